"""``python -m bot run`` as a real process against the fake Bot API server."""

from __future__ import annotations

from tests.botrunner import USER_ID, bot_process, stop_process
from tests.telegram_fake import FakeTelegram
from tests.userchat import Chat


def test_bot_process_answers_and_keeps_the_token_out_of_its_logs(tmp_path):
    with FakeTelegram(token="987654:SECRET-process-token") as fake:
        process = bot_process(fake, tmp_path / "bot.db")
        try:
            assert fake.wait_until_polled(timeout=30), "the bot never polled"
            reader = Chat(fake, USER_ID)
            reply = reader.say("what did Turkey sign with Azerbaijan?", timeout=15)["text"]
            assert "меморандум о взаимной безопасности" in reply and "<blockquote" in reply
            # a failing Bot API call gets logged: the token must not show there either
            fake.inject("sendMessage", "502")
            assert "Song Jun" in reader.say("who is Song Jun?", timeout=15)["text"]  # retried
            assert "23 апреля" in reader.say("Когда Алиев ездил в Китай?", timeout=15)["text"]
        finally:
            output = stop_process(process)
    assert fake.token not in output and "SECRET-process-token" not in output
    assert "briefbot starting" in output and "55 facts" in output
    assert " INFO " in output
    assert "Traceback" not in output or "NetworkError" in output
    assert process.returncode == 0, output  # SIGTERM is a clean shutdown
    assert "Application started" in output and "Application.stop() complete" in output


def test_rejected_token_exits_with_advice_and_stays_out_of_the_logs(tmp_path):
    """python-telegram-bot puts a rejected token into its InvalidToken message; the bot's
    logging masks it."""
    wrong = "111:WRONG-secret-token"
    with FakeTelegram() as fake:
        process = bot_process(fake, tmp_path / "bot.db", TELEGRAM_BOT_TOKEN=wrong)
        try:
            output, _ = process.communicate(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert process.returncode == 2
    assert output.count("Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather.") == 1
    assert wrong not in output and "WRONG-secret" not in output
    assert "Traceback" not in output and "ERROR" not in output, output


def test_unreachable_telegram_is_one_line_then_retried_with_backoff(tmp_path):
    """getMe fails (a proxy's 502, then a dropped connection): one warning, then the bot
    tries again after 1 s and 2 s, reaches Telegram and answers."""
    with FakeTelegram() as fake:
        fake.inject("getMe", "502")
        fake.inject("getMe", "drop")
        process = bot_process(fake, tmp_path / "bot.db")
        try:
            assert fake.wait_until_polled(timeout=30), "the bot never polled"
            reply = Chat(fake, USER_ID).say("what did Turkey sign with Azerbaijan?", timeout=15)
            assert "меморандум о взаимной безопасности" in reply["text"]
        finally:
            output = stop_process(process)
        tries = [c.time for c in fake.calls if c.method == "getMe"]
    assert len(tries) == 3
    assert [round(b - a) for a, b in zip(tries, tries[1:], strict=False)] == [1, 2]
    assert output.count("Cannot reach Telegram (NetworkError: ") == 1, output
    assert output.count("Still cannot reach Telegram") == 1, output
    assert "Reached Telegram after 2 failed tries" in output
    assert "Traceback" not in output, output
    assert process.returncode == 0, output
