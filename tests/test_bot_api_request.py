"""bot.resilience.BotApiRequest: calls without files go out as one JSON object through httpx,
uploads as multipart; failures reach PTB and bot.resilience as PTB's own client raised them."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import NetworkError, TimedOut

from bot.resilience import BotApiRequest, maybe_carried_out

TOKEN = "123456:TEST-token"
SENT = {
    "message_id": 7,
    "date": 1_700_000_000,
    "chat": {"id": 777, "type": "private"},
    "text": "Привет",
}


def _call(answer: Callable[[httpx.Request], httpx.Response], call: str) -> tuple[object, list]:
    """Make one call through a BotApiRequest whose network is *answer*; what it returned (or
    raised) and the requests that went out."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    async def run() -> object:
        request = BotApiRequest(httpx_kwargs={"transport": httpx.MockTransport(handler)})
        bot = Bot(TOKEN, base_url="https://api.example/bot", request=request)
        await request.initialize()
        try:
            if call == "document":
                return await bot.send_document(777, b"facts", filename="facts.txt")
            markup = InlineKeyboardMarkup([[InlineKeyboardButton("Источник", callback_data="s")]])
            return await bot.send_message(777, "<b>Привет</b>", "HTML", reply_markup=markup)
        except NetworkError as error:
            return error
        finally:
            await request.shutdown()

    return asyncio.run(run()), seen


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"ok": True, "result": SENT})


def test_a_message_goes_out_as_one_json_object():
    sent, requests = _call(_ok, "message")
    assert sent.text == "Привет" and sent.chat_id == 777
    (request,) = requests
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {
        "chat_id": 777,
        "text": "<b>Привет</b>",
        "parse_mode": "HTML",
        "reply_markup": {"inline_keyboard": [[{"text": "Источник", "callback_data": "s"}]]},
    }


def test_an_upload_stays_multipart():
    _, (request,) = _call(_ok, "document")
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert b"facts" in request.content


@pytest.mark.parametrize(
    ("failure", "raised", "carried_out"),
    [
        (httpx.ConnectError("refused"), NetworkError, False),
        (httpx.PoolTimeout("full"), TimedOut, False),
        (httpx.ReadTimeout("slow"), TimedOut, True),
        (httpx.RemoteProtocolError("Server disconnected"), NetworkError, True),
    ],
)
def test_failures_read_as_before(failure, raised, carried_out):
    """A request that never left was not carried out; one lost after sending may have been."""

    def fail(request: httpx.Request) -> httpx.Response:
        raise failure

    error, _ = _call(fail, "message")
    assert type(error) is raised
    assert error.__cause__ is failure
    assert maybe_carried_out("sendMessage", error) is carried_out


def test_a_proxy_error_page_reads_as_a_plain_server_error():
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    error, _ = _call(lambda request: httpx.Response(502, text=page), "message")
    assert isinstance(error, NetworkError)
    assert "HTTP 502, not JSON" in str(error)
