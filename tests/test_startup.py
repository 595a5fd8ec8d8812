"""Start-up survives a Bot API that refuses the cosmetic calls (command menus, webhook
clean-up): each failure is one warning, and the bot serves on."""

from __future__ import annotations

import logging

from tests.botrunner import BotThread
from tests.userchat import Chat, new_user_id

QUESTION = "what did Turkey sign with Azerbaijan?"
ANSWER = "меморандум о взаимной безопасности"


def test_a_bot_api_refusing_menus_and_webhook_clean_up_is_still_served(
    fake_telegram, tmp_path, caplog
):
    fake = fake_telegram
    fake.inject("setMyCommands", "500", times=100)  # like an emulator that lacks them
    fake.inject("deleteWebhook", "500")
    with BotThread(fake, tmp_path / "bot.db") as bot:
        assert ANSWER in Chat(fake, user_id=new_user_id()).say(QUESTION)["text"]
        assert bot.error is None
    failed = [c.method for c in fake.calls if c.fault]
    assert failed.count("deleteWebhook") == 1  # tried once, not retried
    assert failed.count("setMyCommands") == 4  # each menu tried once: two languages, one admin
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert warnings == [
        f"{method} failed (NetworkError: Internal Server Error); the bot serves on without it"
        for method in ("setMyCommands", "deleteWebhook")  # post_init, then the Updater
    ]
