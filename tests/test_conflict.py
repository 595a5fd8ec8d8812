"""One poller per token: a second instance (Telegram answers getUpdates with 409 Conflict)
stops with one clear message and a non-zero exit, not a loop of tracebacks."""

from __future__ import annotations

import subprocess

import pytest

from tests.botrunner import USER_ID, bot_process
from tests.telegram_fake import FakeTelegram
from tests.userchat import Chat

MESSAGE = "Another bot instance is polling with this token"


def _exit(process: subprocess.Popen, timeout: float = 15) -> str:
    """Wait for the bot to stop by itself; its output."""
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
        raise AssertionError(f"the bot kept running after the conflict:\n{output}") from None
    return output


@pytest.mark.parametrize("when", ["at start", "while answering"])
def test_a_second_poller_stops_with_one_clear_message(tmp_path, when):
    with FakeTelegram() as fake:
        if when == "at start":
            fake.inject("getUpdates", "409", times=1000)
        process = bot_process(fake, tmp_path / "bot.db")
        try:
            if when == "while answering":
                assert fake.wait_until_polled(timeout=30), "the bot never polled"
                Chat(fake, USER_ID).say("what did Turkey sign with Azerbaijan?", timeout=15)
                fake.inject("getUpdates", "409", times=1000)
            output = _exit(process)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
        polls = [c for c in fake.calls if c.method == "getUpdates"]
    assert process.returncode == 1, output
    assert output.count(MESSAGE) == 1, output
    assert "Traceback" not in output, output
    # the 409 was the last poll: no retry, and no "confirm updates" call on the way out, which
    # with real Telegram would cut off the other instance's long poll and stop it too
    assert polls[-1].fault == "409" and sum(c.fault == "409" for c in polls) == 1
