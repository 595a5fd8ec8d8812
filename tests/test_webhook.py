"""Webhook mode (``WEBHOOK_URL``): updates posted to the bot's own HTTP server are answered,
requests without the right secret token are refused and change nothing, and going back to
long polling deletes the webhook."""

from __future__ import annotations

import json
import sqlite3
import time

import httpx
import pytest

from bot.config import DEFAULT_WEBHOOK_LISTEN, DEFAULT_WEBHOOK_PORT, ConfigError, Settings
from bot.serving import webhook_path
from tests.botrunner import ADMIN_ID, USER_ID, BotThread, bot_process, stop_process
from tests.clirunner import briefbot
from tests.processes import free_port, post_to_hook, rss_mb
from tests.telegram_fake import FakeTelegram

TOKEN = "123456:ABC-def_GHI"
URL = "https://bot.example.com/telegram/hook"
SECRET = "webhook-SECRET_0123456789"
ADDFACT = "/addfact Webhook statement. | Webhook quote. | https://example.com/webhook"


def _post(port: int, update: dict, secret: str | None) -> httpx.Response:
    """POST *update* to the bot's webhook as Telegram would, retrying while the server starts."""
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    deadline = time.monotonic() + 15
    while True:
        try:
            return httpx.post(
                f"http://127.0.0.1:{port}/telegram/hook",
                content=json.dumps(update),
                headers=headers,
                timeout=10,
            )
        except httpx.ConnectError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def test_webhook_answers_updates_and_refuses_a_wrong_or_missing_secret(tmp_path):
    database = tmp_path / "bot.db"
    port = free_port()
    env = {
        "WEBHOOK_URL": URL,
        "WEBHOOK_SECRET": SECRET,
        "WEBHOOK_LISTEN": "127.0.0.1",
        "WEBHOOK_PORT": str(port),
        "LOG_LEVEL": "DEBUG",
    }
    with FakeTelegram() as fake:
        process = bot_process(fake, database, **env)
        try:
            fake.wait_for(method="setWebhook", timeout=30)
            assert (fake.webhook_url, fake.webhook_secret) == (URL, SECRET)

            question = fake.push_message("what did Turkey sign with Azerbaijan?")
            assert _post(port, question, SECRET).status_code == 200
            reply = fake.wait_for(lambda p: p.get("chat_id") == USER_ID, timeout=15)[-1]
            assert "меморандум о взаимной безопасности" in reply.params["text"]

            for secret in (None, "wrong-secret", SECRET + "x", ""):
                forged = fake.push_message(ADDFACT, user_id=ADMIN_ID)
                assert _post(port, forged, secret).status_code == 403, secret
            # a correct request after the refused ones is handled: they were not queued
            fake.push_message("Когда Алиев ездил в Китай?")
            assert _post(port, fake.push_message("/sources"), SECRET).status_code == 200
            fake.wait_for(lambda p: p.get("chat_id") == USER_ID, count=2, timeout=15)
        finally:
            output = stop_process(process)
    assert not fake.sent_messages(ADMIN_ID), "a refused request reached a handler"
    assert not [c for c in fake.calls if c.method == "getUpdates"], "webhook mode polled"
    with sqlite3.connect(database) as db:
        assert db.execute("select count(*) from facts where source like '%webhook'").fetchone() == (
            0,
        )
        assert db.execute("select count(*) from audit").fetchone() == (0,)
    assert "receiving updates by webhook on 127.0.0.1" in output
    assert SECRET not in output and fake.token not in output


def test_switching_back_to_polling_deletes_the_webhook(tmp_path):
    with FakeTelegram() as fake:
        fake.webhook_url, fake.webhook_secret = URL, SECRET  # left by an earlier webhook run
        with BotThread(fake, tmp_path / "bot.db"):
            assert fake.webhook_url == ""
            fake.push_message("what did Turkey sign with Azerbaijan?")
            fake.wait_for(lambda p: p.get("chat_id") == USER_ID, timeout=15)
        methods = [c.method for c in fake.calls]
    assert methods.index("deleteWebhook") < methods.index("getUpdates")
    assert all(c.ok for c in fake.calls if c.method == "getUpdates" and c.ok is not None)


def test_polling_is_the_default_and_webhook_settings_have_defaults():
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN})
    assert settings.webhook_url is None
    settings = Settings.from_env(
        {"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_URL": URL, "WEBHOOK_SECRET": SECRET}
    )
    assert (settings.webhook_listen, settings.webhook_port) == ("127.0.0.1", 8443)
    assert (DEFAULT_WEBHOOK_LISTEN, DEFAULT_WEBHOOK_PORT) == ("127.0.0.1", 8443)
    assert settings.webhook_secret == SECRET and SECRET in settings.secrets
    assert webhook_path(URL) == "telegram/hook"


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({"WEBHOOK_URL": URL}, "WEBHOOK_SECRET is required"),
        ({"WEBHOOK_URL": URL, "WEBHOOK_SECRET": "has spaces in it"}, "WEBHOOK_SECRET is required"),
        ({"WEBHOOK_URL": "http://bot.example.com/hook", "WEBHOOK_SECRET": SECRET}, "https://"),
        ({"WEBHOOK_URL": URL, "WEBHOOK_SECRET": SECRET, "WEBHOOK_PORT": "http"}, "WEBHOOK_PORT"),
    ],
)
def test_bad_webhook_settings_are_refused(env, says):
    with pytest.raises(ConfigError) as error:
        Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, **env})
    assert says in str(error.value)


def test_run_refuses_webhook_mode_without_a_secret_in_one_line(tmp_path):
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_URL": URL, "WEBHOOK_SECRET": ""}
    result = briefbot("run", cwd=tmp_path, env=env)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "WEBHOOK_SECRET is required with WEBHOOK_URL" in result.stderr
    assert not (tmp_path / "briefbot.db").exists()


def test_strangers_are_refused_cheaply_and_a_repeated_update_is_handled_once(tmp_path):
    port = free_port()
    env = {"WEBHOOK_URL": URL, "WEBHOOK_SECRET": SECRET, "WEBHOOK_PORT": str(port)}
    with FakeTelegram() as fake:
        process = bot_process(fake, tmp_path / "bot.db", **env)
        try:
            fake.wait_for(method="setWebhook", timeout=30)
            question = fake.push_message("what did Turkey sign with Azerbaijan?")
            assert _post(port, question, SECRET).status_code == 200  # served, warmed up
            fake.wait_for(lambda p: p.get("chat_id") == USER_ID, timeout=15)
            before = rss_mb(process.pid)
            huge = b"{" + b" " * (50 * 1024 * 1024) + b"}"
            statuses = {post_to_hook(port, huge, None) for _ in range(10)}
            grown = rss_mb(process.pid) - before
            assert statuses <= {403, 0}, statuses
            assert post_to_hook(port, huge, SECRET) in {413, 0}
            assert post_to_hook(port, b"{not json", SECRET) == 400
            assert post_to_hook(port, b"[1, 2]", SECRET) == 400

            again = fake.push_message("Когда Алиев ездил в Китай?", user_id=USER_ID + 1)
            assert _post(port, again, SECRET).status_code == 200
            assert _post(port, again, SECRET).status_code == 200
            fake.wait_for(lambda p: p.get("chat_id") == USER_ID + 1, timeout=15)
            time.sleep(1.0)
        finally:
            output = stop_process(process)
    assert grown < 20, f"RSS grew {grown:.1f} MB"
    assert len(fake.sent_messages(USER_ID + 1)) == 1, output
    assert "receiving updates by webhook on 127.0.0.1" in output
