"""Tests proving the fake Telegram Bot API behaves like Telegram for PTB: over HTTP (most of
them, ``fake_server``)."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes
from telegram.request import HTTPXRequest

from tests.telegram_fake import BOT_ID, BOT_USERNAME, FakeTelegram
from tests.telegram_html import telegram_html_error

T = Any


def make_bot(fake: FakeTelegram, token: str | None = None, **request_kwargs: Any) -> Bot:
    """A real PTB Bot pointed at the fake server."""
    kwargs: dict[str, Any] = {}
    if request_kwargs:
        kwargs["request"] = HTTPXRequest(**request_kwargs)
    return Bot(
        token or fake.token,
        base_url=fake.base_url,
        base_file_url=fake.base_file_url,
        **kwargs,
    )


def with_bot(fake: FakeTelegram, fn: Callable[[Bot], Awaitable[T]], **request_kwargs: Any) -> T:
    """Run ``fn(bot)`` inside an initialized Bot, synchronously."""

    async def main() -> T:
        async with make_bot(fake, **request_kwargs) as bot:
            return await fn(bot)

    return asyncio.run(main())


def raw_post(fake: FakeTelegram, path: str, data: dict[str, str] | None = None) -> tuple[int, Any]:
    """POST form data with urllib; return (status, decoded JSON)."""
    body = urllib.parse.urlencode(data or {}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{fake.port}{path}", data=body)
    try:
        with urllib.request.urlopen(req, timeout=5) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


# ------------------------------------------------------------------ basics


def test_get_me_and_bot_identity(fake_server: FakeTelegram) -> None:
    me = with_bot(fake_server, lambda bot: bot.get_me())
    assert me.id == BOT_ID
    assert me.username == BOT_USERNAME
    assert me.is_bot and me.supports_inline_queries and me.can_join_groups
    assert fake_server.calls[0] == ("getMe", {})


def test_wrong_token_is_rejected(fake_server: FakeTelegram) -> None:
    async def main() -> None:
        async with make_bot(fake_server, token="999:WRONG"):
            pass

    with pytest.raises(InvalidToken):
        asyncio.run(main())
    status, body = raw_post(fake_server, "/bot999:WRONG/getMe")
    assert status == 401
    assert body == {"ok": False, "error_code": 401, "description": "Unauthorized"}


def test_unknown_method_and_case_insensitive_names(fake_server: FakeTelegram) -> None:
    status, body = raw_post(fake_server, f"/bot{fake_server.token}/sendCarrierPigeon")
    assert status == 404
    assert body["description"] == "Not Found: method not found"
    status, body = raw_post(fake_server, f"/bot{fake_server.token}/GETME")
    assert status == 200 and body["ok"] and body["result"]["id"] == BOT_ID
    assert fake_server.calls[-1].method == "getMe"
    # PTB maps 404 to InvalidToken; do_api_request re-raises that as EndPointNotFound
    with pytest.raises(EndPointNotFound):
        with_bot(fake_server, lambda bot: bot.do_api_request("sendCarrierPigeon"))


# ------------------------------------------------------------------ sendMessage / HTML


def test_send_message_html_with_keyboard(fake_server: FakeTelegram) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data="more:1")]])
    html = '<b>Hi</b> &amp; <a href="https://example.com/?a=1&amp;b=2">link</a> 😀 <i>x</i>'
    msg = with_bot(
        fake_server,
        lambda bot: bot.send_message(42, html, parse_mode=ParseMode.HTML, reply_markup=keyboard),
    )
    assert msg.text == "Hi & link 😀 x"
    assert msg.from_user.id == BOT_ID and msg.chat.id == 42
    assert msg.reply_markup == keyboard
    kinds = [(e.type, e.offset, e.length) for e in msg.entities]
    assert kinds == [("bold", 0, 2), ("text_link", 5, 4), ("italic", 13, 1)]
    assert msg.entities[1].url == "https://example.com/?a=1&b=2"

    (record,) = fake_server.sent_messages(chat_id=42)
    assert record["text"] == html and record["plain_text"] == "Hi & link 😀 x"
    assert record["reply_markup"] == keyboard.to_dict()
    method, params = fake_server.calls[-1]
    assert method == "sendMessage"
    assert params["chat_id"] == 42 and params["parse_mode"] == "HTML"


@pytest.mark.parametrize(
    "text",
    ["<b>x", "a < b", "&foo;", "<p>x</p>", "<b>x</i>", "<b><i>x</b></i>", "x</b>"],
)
def test_invalid_html_is_bad_request(fake_server: FakeTelegram, text: str) -> None:
    with pytest.raises(BadRequest, match="(?i)can't parse entities"):
        with_bot(fake_server, lambda bot: bot.send_message(42, text, parse_mode="HTML"))
    assert fake_server.sent_messages() == []
    assert fake_server.calls[-1].ok is False and fake_server.calls[-1].status == 400


def test_plain_text_is_not_parsed(fake_server: FakeTelegram) -> None:
    msg = with_bot(fake_server, lambda bot: bot.send_message(42, "a < b & <c>"))
    assert msg.text == "a < b & <c>"


def test_message_length_limits(fake_server: FakeTelegram) -> None:
    async def main(bot: Bot) -> None:
        await bot.send_message(42, "a" * 4096)
        # the limit applies to the visible text, after entity parsing
        await bot.send_message(42, "<b>" + "&amp;" * 4096 + "</b>", parse_mode="HTML")
        with pytest.raises(BadRequest, match="(?i)message is too long"):
            await bot.send_message(42, "a" * 4097)
        # counted in UTF-16 code units: an emoji is 2
        with pytest.raises(BadRequest, match="(?i)message is too long"):
            await bot.send_message(42, "😀" * 2049)
        with pytest.raises(BadRequest, match="(?i)message text is empty"):
            await bot.send_message(42, "<b> </b>", parse_mode="HTML")

    with_bot(fake_server, main)
    assert len(fake_server.sent_messages()) == 2


def test_callback_data_limit(fake_server: FakeTelegram) -> None:
    ok = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="é" * 32)]])
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="a" * 65)]])

    async def main(bot: Bot) -> None:
        await bot.send_message(42, "fits", reply_markup=ok)
        with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):
            await bot.send_message(42, "too long", reply_markup=too_long)

    with_bot(fake_server, main)


def test_telegram_html_error_function() -> None:
    valid = [
        "plain",
        "<b>bold <i>both</i></b> <u>u</u> <s>s</s> <ins>i</ins> <del>d</del> <strike>x</strike>",
        '<span class="tg-spoiler">sp</span> <tg-spoiler>sp</tg-spoiler>',
        '<pre><code class="language-python">x = 1</code></pre> <code>c</code>',
        "<blockquote expandable>quote</blockquote> <blockquote>q</blockquote>",
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
        "&lt;tag&gt; &quot;q&quot; &#39; &#x1F600; a > b",
        "<B>upper start tag</b>",
        "<b>closing with empty name</>",
    ]
    for text in valid:
        assert telegram_html_error(text) is None, text
    invalid = {
        "<b>x": "Can't find end tag",
        "a < b": 'Unsupported start tag ""',
        "&foo;": "Unsupported HTML entity",
        "fish & chips": "Unsupported HTML entity",
        '<span class="x">s</span>': 'must have class "tg-spoiler"',
        "<b>x</i>": "Unmatched end tag",
        "</b>": "Unexpected end tag",
        "<br>": 'Unsupported start tag "br"',
        "<b": "Unclosed start tag",
        "": "message text is empty",
        "a" * 4097: "message is too long",
    }
    for text, fragment in invalid.items():
        error = telegram_html_error(text)
        assert error is not None and fragment in error, (text[:20], error)
    assert telegram_html_error("fish & chips", strict=False) is None


# ------------------------------------------------------------------ documents


def test_send_document_and_download_pushed_document(fake_server: FakeTelegram) -> None:
    payload = b"\x00\x01binary\r\n--not-a-boundary\xff" * 100

    async def main(bot: Bot) -> bytes:
        msg = await bot.send_document(
            42, payload, filename="report é.txt", caption="<b>Report</b>", parse_mode="HTML"
        )
        assert msg.document.file_name == "report é.txt"
        assert msg.document.file_size == len(payload)
        assert msg.caption == "Report"
        fake_server.push_document("in.csv", b"a,b\n1,2\n", caption="data")
        (update,) = await bot.get_updates()
        assert update.message.caption == "data"
        tg_file = await update.message.document.get_file()
        return bytes(await tg_file.download_as_bytearray())

    assert with_bot(fake_server, main) == b"a,b\n1,2\n"
    (record,) = fake_server.sent_messages()
    assert record["method"] == "sendDocument"
    assert record["file_name"] == "report é.txt"
    assert record["file_bytes"] == payload
    assert record["text"] == "<b>Report</b>" and record["plain_text"] == "Report"


def png(width: int, height: int) -> bytes:
    """The start of a PNG: signature and IHDR chunk (all the fake reads of a photo)."""
    size = width.to_bytes(4, "big") + height.to_bytes(4, "big")
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + size + b"\x08\x06\x00\x00\x00" * 20


def test_send_photo_and_refusals(fake_server: FakeTelegram) -> None:
    picture = png(900, 750)

    async def main(bot: Bot) -> list[str]:
        msg = await bot.send_photo(42, picture, caption="<b>Chart</b>", parse_mode="HTML")
        assert (msg.photo[0].width, msg.photo[0].height) == (900, 750)
        assert msg.caption == "Chart"
        again = await bot.send_photo(42, msg.photo[0].file_id)  # an earlier upload, by id
        assert again.photo[0].file_unique_id == msg.photo[0].file_unique_id
        refusals = []
        tries = [(b"GIF89a not a png", None), (png(9000, 2000), None), (picture, "x" * 1025)]
        for bad_photo, caption in tries:
            with pytest.raises(BadRequest) as refused:
                await bot.send_photo(42, bad_photo, caption=caption)
            refusals.append(refused.value.message)
        return refusals

    assert with_bot(fake_server, main) == [
        "Image_process_failed",  # PTB capitalises Telegram's description
        "Photo_invalid_dimensions",
        "Message caption is too long",
    ]
    first, second = fake_server.sent_messages()
    assert first["method"] == second["method"] == "sendPhoto"
    assert first["file_bytes"] == picture
    assert first["text"] == "<b>Chart</b>" and first["plain_text"] == "Chart"


# ------------------------------------------------------------------ updates


def test_get_updates_and_offset(fake_server: FakeTelegram) -> None:
    first = fake_server.push_message("/start now", username="alice")
    fake_server.push_message("hello")
    fake_server.push_message("hi group", user_id=7, chat_type="group", chat_id=-100)

    async def main(bot: Bot) -> None:
        updates = await bot.get_updates()
        assert [u.update_id for u in updates] == [first["update_id"] + i for i in range(3)]
        start = updates[0].message
        assert start.text == "/start now" and start.from_user.username == "alice"
        assert start.entities[0].type == "bot_command" and start.entities[0].length == 6
        assert updates[2].effective_chat.type == "group"
        assert len(await bot.get_updates(limit=1)) == 1
        # offset confirms (drops) everything below it
        rest = await bot.get_updates(offset=updates[1].update_id)
        assert [u.update_id for u in rest] == [u.update_id for u in updates[1:]]
        assert await bot.get_updates(offset=updates[-1].update_id + 1) == ()
        assert await bot.get_updates() == ()

    with_bot(fake_server, main)
    assert fake_server.wait_until_polled(timeout=0)


def test_long_poll_returns_early_when_update_arrives(fake_server: FakeTelegram) -> None:
    timer = threading.Timer(0.3, fake_server.push_message, args=("wake up",))

    async def main(bot: Bot) -> tuple[float, Any]:
        timer.start()
        started = time.monotonic()
        updates = await bot.get_updates(timeout=10)
        return time.monotonic() - started, updates

    elapsed, updates = with_bot(fake_server, main)
    timer.join()
    assert [u.message.text for u in updates] == ["wake up"]
    assert 0.2 < elapsed < 3


def test_long_poll_times_out_empty(fake_server: FakeTelegram) -> None:
    async def main(bot: Bot) -> tuple[float, Any]:
        started = time.monotonic()
        updates = await bot.get_updates(timeout=1)
        return time.monotonic() - started, updates

    elapsed, updates = with_bot(fake_server, main)
    assert updates == ()
    assert 0.9 < elapsed < 3


def test_stop_unblocks_long_poll() -> None:
    fake = FakeTelegram().start()
    result: dict[str, Any] = {}

    def poll() -> None:
        result["reply"] = raw_post(fake, f"/bot{fake.token}/getUpdates", {"timeout": "30"})

    thread = threading.Thread(target=poll)
    thread.start()
    deadline = time.monotonic() + 5
    while not fake.calls and time.monotonic() < deadline:
        time.sleep(0.01)
    assert fake.calls[0].method == "getUpdates" and fake.calls[0].ok is None  # still polling
    started = time.monotonic()
    fake.stop()
    thread.join(timeout=5)
    assert not thread.is_alive()
    assert time.monotonic() - started < 2.5
    fake.stop()  # idempotent


# ------------------------------------------------------------------ faults


def test_injected_429_raises_retry_after(
    fake_server: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # avoid PTB's int->timedelta deprecation warning
    fake_server.inject("sendMessage", "429", retry_after=7)

    async def main(bot: Bot) -> None:
        with pytest.raises(RetryAfter) as info:
            await bot.send_message(42, "x")
        assert info.value.retry_after == dtm.timedelta(seconds=7)
        await bot.send_message(42, "x")  # only the next call was faulted

    with_bot(fake_server, main)
    faulted = [c for c in fake_server.calls if c.fault]
    assert [(c.method, c.fault, c.status) for c in faulted] == [("sendMessage", "429", 429)]
    assert len(fake_server.sent_messages()) == 1


@pytest.mark.parametrize("fault", ["500", "502", "drop"])
def test_injected_server_errors_raise_network_error(fake_server: FakeTelegram, fault: str) -> None:
    fake_server.inject("SENDMESSAGE", fault, times=2)

    async def main(bot: Bot) -> None:
        for _ in range(2):
            with pytest.raises(NetworkError) as info:
                await bot.send_message(42, "x")
            assert not isinstance(info.value, BadRequest | TimedOut)
        await bot.send_message(42, "x")

    with_bot(fake_server, main)
    faults = [c.fault for c in fake_server.calls if c.method == "sendMessage"]
    assert faults == [fault, fault, None]


def test_injected_timeout_raises_timed_out(fake_server: FakeTelegram) -> None:
    # The read time-out must outlast any other call on a loaded machine (the bot's getMe
    # first), and the held answer must outlast the time-out.
    fake_server.hold_seconds = 4.0
    fake_server.inject("sendMessage", "timeout")

    async def main(bot: Bot) -> None:
        with pytest.raises(TimedOut):
            await bot.send_message(42, "x")
        await bot.send_message(42, "y")

    with_bot(fake_server, main, read_timeout=1.5)
    assert [r["text"] for r in fake_server.sent_messages()] == ["y"]


def test_injected_409_and_403(fake_server: FakeTelegram) -> None:
    fake_server.inject("getUpdates", "409")
    fake_server.inject("sendMessage", "403")

    async def main(bot: Bot) -> None:
        with pytest.raises(Conflict):
            await bot.get_updates()
        with pytest.raises(Forbidden, match="(?i)blocked"):
            await bot.send_message(42, "x")

    with_bot(fake_server, main)


# ------------------------------------------------------------------ callbacks, inline, edits


def test_callback_edit_and_answer(fake_server: FakeTelegram) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Next", callback_data="next")]])

    async def main(bot: Bot) -> None:
        sent = await bot.send_message(42, "page 1", reply_markup=keyboard)
        update = fake_server.push_callback("next")
        assert update["callback_query"]["message"]["message_id"] == sent.message_id
        (upd,) = await bot.get_updates()
        query = upd.callback_query
        assert query.data == "next" and query.message.text == "page 1"
        await query.answer("ok")
        with pytest.raises(BadRequest, match="(?i)query is too old"):
            await query.answer("again")
        edited = await query.edit_message_text("<i>page 2</i>", parse_mode="HTML")
        assert edited.text == "page 2" and edited.reply_markup is None
        with pytest.raises(BadRequest, match="(?i)message is not modified"):
            await query.edit_message_text("<i>page 2</i>", parse_mode="HTML")
        with pytest.raises(BadRequest, match="(?i)message to edit not found"):
            await bot.edit_message_text("x", chat_id=42, message_id=sent.message_id + 100)

    with_bot(fake_server, main)
    assert [r["method"] for r in fake_server.sent_messages(42)] == [
        "sendMessage",
        "editMessageText",
    ]


def test_inline_query_and_commands(fake_server: FakeTelegram) -> None:
    def article(i: int) -> InlineQueryResultArticle:
        return InlineQueryResultArticle(str(i), f"t{i}", InputTextMessageContent(f"<b>{i}</b>"))

    async def main(bot: Bot) -> None:
        fake_server.push_inline("climate")
        fake_server.push_inline("again")
        first, second = await bot.get_updates()
        assert first.inline_query.query == "climate"
        with pytest.raises(BadRequest, match="(?i)RESULTS_TOO_MUCH"):
            await first.inline_query.answer([article(i) for i in range(51)])
        assert await first.inline_query.answer([article(i) for i in range(50)])
        assert await second.inline_query.answer([])
        assert await bot.set_my_commands([("start", "Start"), ("help", "Help")])
        with pytest.raises(BadRequest):
            await bot.set_my_commands([("Bad-Command", "x")])

    with_bot(fake_server, main)
    params = fake_server.wait_for(method="answerInlineQuery")[0].params
    assert isinstance(params["results"], list) and len(params["results"]) == 50


def test_application_polling_end_to_end(fake_server: FakeTelegram) -> None:
    async def start(update: Any, context: ContextTypes.DEFAULT_TYPE) -> None:
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]])
        await update.message.reply_html("<b>Welcome</b>", reply_markup=keyboard)

    async def button(update: Any, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.callback_query.answer()
        await update.callback_query.edit_message_text("Gone")

    async def main() -> None:
        app = (
            Application.builder()
            .token(fake_server.token)
            .base_url(fake_server.base_url)
            .base_file_url(fake_server.base_file_url)
            .build()
        )
        app.add_handler(CommandHandler("start", start))
        app.add_handler(CallbackQueryHandler(button))
        async with app:
            await app.start()
            await app.updater.start_polling(poll_interval=0, timeout=1)
            fake_server.push_message("/start")
            await asyncio.to_thread(fake_server.wait_for, lambda p: "Welcome" in p["text"])
            fake_server.push_callback("go")
            await asyncio.to_thread(fake_server.wait_for, method="editMessageText")
            assert await asyncio.to_thread(fake_server.wait_until_polled, 5)
            await app.updater.stop()
            await app.stop()

    asyncio.run(main())
    texts = [r["plain_text"] for r in fake_server.sent_messages(42)]
    assert texts == ["Welcome", "Gone"]
    assert fake_server.errors == []


def test_wait_for_timeout_dumps_calls(fake_server: FakeTelegram) -> None:
    with_bot(fake_server, lambda bot: bot.send_message(42, "nope"))
    with pytest.raises(AssertionError, match="(?i)Recent calls") as info:
        fake_server.wait_for(lambda p: p["text"] == "yes", timeout=0.2)
    assert "sendMessage" in str(info.value)
