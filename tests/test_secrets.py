"""The bot token stays secret: out of the logs at every level, out of what users are sent, and
out of git (``.env`` is ignored)."""

from __future__ import annotations

import logging
import subprocess
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.config import configure_logging
from bot.resilience import DEFAULT_POLICY
from bot.texts import TEXTS
from tests.botrunner import USER_ID, bot_process
from tests.telegram_fake import Call, FakeTelegram
from tests.userchat import Chat

TOKEN = "918273:Zq7-s3cretPart_xYw"
SECRET = TOKEN.split(":")[1]
BLOCKED = 4242
LEVELS = ["DEBUG", "INFO"]
ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def _bot(fake: FakeTelegram, database: Path, level: str) -> Iterator[list[str]]:
    """``python -m bot run`` at LOG_LEVEL *level*, its output read as it comes (at DEBUG it
    would fill the pipe and block the bot); stopped by SIGTERM on exit, the output then in
    the list yielded."""
    process = bot_process(fake, database, LOG_LEVEL=level)
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.append(process.stdout.read()))
    reader.start()
    try:
        yield output
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        reader.join()


def _exchange(fake: FakeTelegram) -> None:
    """Questions, with faults on the way that get logged: polling failures, a retried send,
    a reply that fails for good (a handler error and an apology), a user who blocked the bot."""
    reader = Chat(fake, USER_ID)
    reader.say("what did Turkey sign with Azerbaijan?", timeout=15)
    fake.inject("getUpdates", "500")
    fake.inject("getUpdates", "drop")
    fake.inject("sendMessage", "429")
    reader.say("who is Song Jun?", timeout=15)
    # a 429 asking for a longer pause than the policy waits out fails the reply at once
    fake.inject("sendMessage", "429", retry_after=int(DEFAULT_POLICY.max_retry_after) + 1)
    apology = reader.say("Когда Алиев ездил в Китай?", timeout=15)
    assert apology["text"] == TEXTS["en"]["error"]
    fake.blocked.add(BLOCKED)
    Chat(fake, BLOCKED).push("what did Turkey sign with Azerbaijan?")
    fake.wait_for(lambda p: p.get("chat_id") == BLOCKED, count=2, include_failed=True, timeout=15)


def _session(level: str, directory: Path) -> tuple[str, list[Call]]:
    """The bot's output and the calls it made in :func:`_exchange`, at LOG_LEVEL *level*."""
    with FakeTelegram(token=TOKEN) as fake:
        with _bot(fake, directory / "bot.db", level) as chunks:
            assert fake.wait_until_polled(timeout=30), "the bot never polled"
            _exchange(fake)
        calls = fake.calls
    return "".join(chunks), calls


@pytest.fixture(scope="module")
def sessions(tmp_path_factory) -> dict[str, tuple[str, list[Call]]]:
    """:func:`_session` at each level, the bots side by side (they mostly wait)."""
    with ThreadPoolExecutor(len(LEVELS)) as pool:
        running = {
            level: pool.submit(_session, level, tmp_path_factory.mktemp(level)) for level in LEVELS
        }
        return {level: future.result() for level, future in running.items()}


@pytest.mark.parametrize("level", LEVELS)
def test_the_token_stays_out_of_logs_and_replies(sessions, level):
    output, calls = sessions[level]
    # the faults and errors were logged (so there was something to leak) ...
    assert "sendMessage failed (RetryAfter" in output and "polling Telegram failed" in output
    assert "error while handling an update: RetryAfter" in output and "Traceback" in output
    assert "Telegram refused a call: Forbidden" in output
    assert ("Calling Bot API endpoint" in output) == (level == "DEBUG")
    # at DEBUG python-telegram-bot logs the Bot API URL, token included: masked
    assert ("Set Bot API URL: " in output) == ("/bot<token>" in output) == (level == "DEBUG")
    # ... and neither the token nor its secret part is anywhere in the output
    assert SECRET not in output, output
    # nor in anything sent to Telegram, i.e. to users
    assert calls and not [c for c in calls if SECRET in repr(c.params)]


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Undo configure_logging: the root handlers' filters and the logger levels."""
    root = logging.getLogger()
    filters = {handler: list(handler.filters) for handler in root.handlers}
    names = ("", "aiohttp", "httpx", "httpcore")
    levels = {name: logging.getLogger(name).level for name in names}
    yield
    for handler, kept in filters.items():
        handler.filters[:] = kept
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def test_http_client_logs_stay_quiet_and_are_masked_anyway(caplog, restore_logging):
    """The HTTP client loggers put request URLs, and so the token, in their lines: even at
    DEBUG they stay at WARNING, and what they do log is masked like everything else."""
    configure_logging("DEBUG", secrets=(TOKEN, SECRET))
    caplog.set_level(logging.DEBUG)
    for name in ("aiohttp.client", "httpx", "httpcore"):
        assert logging.getLogger(name).getEffectiveLevel() == logging.WARNING
    httpx = logging.getLogger("httpx")
    httpx.info("HTTP Request: POST https://api.telegram.org/bot%s/getMe", TOKEN)
    assert not caplog.records
    httpx.warning("HTTP Request: POST https://api.telegram.org/bot%s/getMe", TOKEN)
    logging.getLogger("bot").error("the secret part alone: %s", SECRET)
    assert SECRET not in caplog.text and caplog.text.count("<token>") == 2


def test_env_is_git_ignored():
    lines = (ROOT / ".gitignore").read_text().split()
    assert ".env" in lines
