"""bot.transport: the bot's aiohttp client, against the fake Bot API on 127.0.0.1. Calls
without files arrive as one JSON object, uploads as multipart; failures reach PTB and
bot.resilience as they must for retries to be safe; a conflict stops polling; shutdown
closes the session."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import Conflict, NetworkError, TimedOut
from telegram.ext import ExtBot

from bot.resilience import RetryingLimiter, RetryPolicy, maybe_carried_out
from bot.transport import BotApiRequest, PollingRequest
from tests.telegram_fake import FakeTelegram

FAST = RetryPolicy(backoff=0.01, max_backoff=0.1, budget=1.0)


def _run(
    fake: FakeTelegram,
    call: Callable[[ExtBot], Awaitable[Any]],
    base_url: str | None = None,
    **request: Any,
) -> Any:
    """*call* on a bot whose HTTP client is a BotApiRequest and whose sends are retried as
    the bot's are (fast); what it returned or the NetworkError it raised. With *base_url*
    (where the fake is not), the bot starts without its getMe."""

    async def main() -> Any:
        bot = ExtBot(
            fake.token,
            base_url=base_url or fake.base_url,
            request=BotApiRequest(**request),
            get_updates_request=PollingRequest(**request),
            rate_limiter=RetryingLimiter(FAST),
        )
        try:
            if base_url is None:
                async with bot:
                    return await call(bot)
            await bot.request.initialize()
            try:
                return await call(bot)
            finally:
                await bot.request.shutdown()
        except NetworkError as error:
            return error

    return asyncio.run(main())


def _bodies(fake: FakeTelegram) -> list[tuple[str, bytes]]:
    """The content type and body of each request the fake receives from now on."""
    seen: list[tuple[str, bytes]] = []
    handle = fake.handle

    def recording(target: str, content_type: str, body: bytes) -> Any:
        if not target.endswith("/getMe"):
            seen.append((content_type, body))
        return handle(target, content_type, body)

    fake.handle = recording  # type: ignore[method-assign]
    return seen


def _free_port() -> int:
    """A port of 127.0.0.1 where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_message_arrives_as_one_json_object(fake_server: FakeTelegram) -> None:
    seen = _bodies(fake_server)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Источник", callback_data="s")]])
    sent = _run(
        fake_server, lambda bot: bot.send_message(777, "<b>Привет</b>", "HTML", reply_markup=markup)
    )
    assert sent.text == "Привет"
    ((content_type, body),) = seen
    assert content_type == "application/json"
    assert json.loads(body) == {
        "chat_id": 777,
        "text": "<b>Привет</b>",
        "parse_mode": "HTML",
        "reply_markup": {"inline_keyboard": [[{"text": "Источник", "callback_data": "s"}]]},
    }
    assert "Привет".encode() in body  # not escaped: a third of the size


def test_an_upload_arrives_multipart(fake_server: FakeTelegram) -> None:
    seen = _bodies(fake_server)
    _run(
        fake_server,
        lambda bot: bot.send_document(777, b"a,b\n", filename="facts.csv", caption="Факты"),
    )
    ((content_type, _),) = seen
    assert content_type.startswith("multipart/form-data; boundary=")
    (document,) = fake_server.sent_messages(777)
    assert document["method"] == "sendDocument"
    assert document["file_bytes"] == b"a,b\n" and document["file_name"] == "facts.csv"
    assert document["text"] == "Факты"  # the caption


def test_a_proxy_error_page_is_a_server_error_and_retried(fake_server, caplog) -> None:
    fake_server.inject("sendMessage", "502")  # nginx's HTML page
    with caplog.at_level(logging.WARNING):
        sent = _run(fake_server, lambda bot: bot.send_message(777, "hi"))
    assert sent.text == "hi"
    assert [c.fault for c in fake_server.calls if c.method == "sendMessage"] == ["502", None]
    assert "HTTP 502, not JSON" in caplog.text  # one warning line, no JSON traceback
    assert "Traceback" not in caplog.text


def test_a_refused_connection_was_not_carried_out_and_is_retried(fake_server, caplog) -> None:
    with caplog.at_level(logging.WARNING):
        error = _run(
            fake_server,
            lambda bot: bot.send_message(777, "hi"),
            base_url=f"http://127.0.0.1:{_free_port()}/bot",
        )
    assert isinstance(error, NetworkError) and not isinstance(error, TimedOut)
    assert isinstance(error.__cause__, aiohttp.ClientConnectorError)
    assert not maybe_carried_out("sendMessage", error)
    retries = [r for r in caplog.records if "sendMessage failed" in r.getMessage()]
    assert len(retries) > 1  # more than a send Telegram may have carried out gets


def test_a_send_that_timed_out_is_retried_once_at_most(fake_server: FakeTelegram) -> None:
    fake_server.hold_seconds = 1.0
    fake_server.inject("sendMessage", "timeout", times=3)
    error = _run(fake_server, lambda bot: bot.send_message(777, "hi"), read_timeout=0.2)
    assert isinstance(error, TimedOut)
    assert isinstance(error.__cause__, aiohttp.SocketTimeoutError)
    assert maybe_carried_out("sendMessage", error)
    assert [c.method for c in fake_server.calls].count("sendMessage") == 2
    assert fake_server.sent_messages() == []


def test_a_dropped_connection_may_have_carried_out_a_send(fake_server: FakeTelegram) -> None:
    fake_server.inject("sendMessage", "drop", times=2)
    error = _run(fake_server, lambda bot: bot.send_message(777, "hi"))
    assert isinstance(error, NetworkError) and not isinstance(error, TimedOut)
    assert isinstance(error.__cause__, aiohttp.ServerDisconnectedError)
    assert maybe_carried_out("sendMessage", error)
    assert [c.fault for c in fake_server.calls if c.method == "sendMessage"] == ["drop"] * 2


def test_a_long_poll_outlasts_the_read_timeout(fake_server: FakeTelegram) -> None:
    """PTB adds getUpdates' own timeout to the read time-out; the client must keep it."""
    started = time.monotonic()
    updates = _run(fake_server, lambda bot: bot.get_updates(timeout=1), read_timeout=0.2)
    assert updates == () and time.monotonic() - started >= 0.9


def test_a_conflict_stands_polling_down(fake_server: FakeTelegram) -> None:
    fake_server.inject("getUpdates", "409")

    async def poll_twice(bot: ExtBot) -> tuple[Any, ...]:
        with pytest.raises(Conflict):
            await bot.get_updates(timeout=0)
        fake_server.push_message("hello", user_id=42)
        return await bot.get_updates(timeout=0)

    assert _run(fake_server, poll_twice) == ()
    assert [c.method for c in fake_server.calls].count("getUpdates") == 1


def test_shutdown_closes_the_session(fake_server: FakeTelegram) -> None:
    request = BotApiRequest()

    async def main() -> None:
        bot = ExtBot(fake_server.token, base_url=fake_server.base_url, request=request)
        async with bot:
            assert not request.closed
            await bot.send_message(777, "hi")
        assert request.closed
        with pytest.raises(RuntimeError, match="not initialized"):
            await request.do_request(f"{fake_server.base_url}{fake_server.token}/getMe", "POST")

    asyncio.run(main())


def test_a_proxy_from_the_environment_is_used(fake_server, monkeypatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{_free_port()}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    error = _run(fake_server, lambda bot: bot.send_message(777, "hi"))
    assert isinstance(error.__cause__, aiohttp.ClientProxyConnectionError)
    assert fake_server.sent_messages() == []


def test_no_proxy_is_honoured(fake_server, monkeypatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{_free_port()}")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    assert _run(fake_server, lambda bot: bot.send_message(777, "hi")).text == "hi"
