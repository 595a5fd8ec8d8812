"""What Telegram accepts in a message, a keyboard, a command menu and inline results, with
the error descriptions it gives otherwise (raised as :class:`~tests.telegram_fake.wire.ApiError`).
"""

from __future__ import annotations

import json
import re
from typing import Any

from tests.telegram_fake.wire import bad
from tests.telegram_html import (
    MAX_MESSAGE_LENGTH,
    TelegramHTMLError,
    parse_telegram_html,
    utf16_len,
)

MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_RESULTS = 50
MAX_KEYBOARD_BUTTONS = 100
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024
MAX_PHOTO_BYTES = 10 * 1024 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)

_BUTTON_ACTIONS = frozenset(
    {
        "url",
        "callback_data",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)

_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")


def format_text(
    text: Any, parse_mode: Any, entities: Any, *, caption: bool = False
) -> tuple[str, list[dict[str, Any]]]:
    """Validate text/caption like Telegram; return (visible text, entities)."""
    text = "" if text is None else str(text)
    mode = str(parse_mode or "").lower()
    if mode == "html":
        try:
            plain, ents = parse_telegram_html(text)
        except TelegramHTMLError as exc:
            raise bad(f"can't parse entities: {exc}") from None
    elif mode in ("", "markdown", "markdownv2"):
        # Markdown is not validated by the fake; the text is taken verbatim.
        plain = text
        ents = list(entities) if isinstance(entities, list) else []
    else:
        raise bad("unsupported parse_mode")
    if caption:
        if utf16_len(plain) > MAX_CAPTION_LENGTH:
            raise bad("message caption is too long")
    else:
        if not plain.strip():
            raise bad("message text is empty")
        if utf16_len(plain) > MAX_MESSAGE_LENGTH:
            raise bad("message is too long")
    return plain, ents


def image_size(content: bytes) -> tuple[int, int]:
    """(width, height) of an uploaded photo; Telegram refuses what it cannot read as an image.
    The fake reads PNG (what briefbot sends): the signature, then the IHDR chunk."""
    if content[:8] != PNG_SIGNATURE or content[12:16] != b"IHDR" or len(content) < 24:
        raise bad("IMAGE_PROCESS_FAILED")
    width, height = int.from_bytes(content[16:20], "big"), int.from_bytes(content[20:24], "big")
    if not width or not height:
        raise bad("IMAGE_PROCESS_FAILED")
    return width, height


def check_markup(markup: Any) -> dict[str, Any] | None:
    """Validate reply_markup; return it if it is an inline keyboard (echoed in Message)."""
    if markup is None or markup == "":
        return None
    if isinstance(markup, str):
        try:
            markup = json.loads(markup)
        except ValueError:
            raise bad("can't parse reply keyboard markup JSON object") from None
    if not isinstance(markup, dict):
        raise bad("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in markup:
        return None
    rows = markup["inline_keyboard"]
    not_object = "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
    if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
        raise bad(not_object)
    count = 0
    for row in rows:
        for button in row:
            count += 1
            if not isinstance(button, dict):
                raise bad(not_object)
            if not isinstance(button.get("text"), str):
                raise bad(
                    'can\'t parse inline keyboard button: Field "text" must be of type String'
                )
            if "callback_data" in button:
                data = str(button["callback_data"])
                if not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
                    raise bad("BUTTON_DATA_INVALID")
            if "url" in button and not re.match(
                r"(https?|tg)://\S+$", str(button["url"]), re.IGNORECASE
            ):
                raise bad(f"inline keyboard button URL '{button['url']}' is invalid")
            if not _BUTTON_ACTIONS & button.keys():
                raise bad(
                    "can't parse inline keyboard button: Text buttons are unallowed in the "
                    "inline keyboard"
                )
    if count > MAX_KEYBOARD_BUTTONS:
        raise bad("reply markup is too long")
    return markup


def check_commands(commands: Any) -> None:
    """Validate setMyCommands' command list."""
    if not isinstance(commands, list):
        raise bad("can't parse commands JSON object")
    if len(commands) > 100:
        raise bad("too many commands specified")
    for cmd in commands:
        if not isinstance(cmd, dict):
            raise bad("can't parse BotCommand")
        if not _COMMAND_RE.fullmatch(str(cmd.get("command", ""))):
            raise bad("BOT_COMMAND_INVALID")
        if not 1 <= len(str(cmd.get("description", "")).strip()) <= 256:
            raise bad(
                "command description is empty"
                if not cmd.get("description")
                else "BOT_COMMAND_DESCRIPTION_INVALID"
            )


def check_inline_results(results: Any) -> None:
    """Validate answerInlineQuery's results: their number, ids, texts and keyboards."""
    if not isinstance(results, list):
        raise bad("can't parse inline query results JSON object")
    if len(results) > MAX_INLINE_RESULTS:
        raise bad("RESULTS_TOO_MUCH")
    seen: set[str] = set()
    for result in results:
        if not isinstance(result, dict):
            raise bad("can't parse InlineQueryResult")
        rid = str(result.get("id", ""))
        if not 1 <= len(rid.encode("utf-8")) <= 64:
            raise bad("RESULT_ID_INVALID")
        if rid in seen:
            raise bad("RESULT_ID_DUPLICATE")
        seen.add(rid)
        content = result.get("input_message_content")
        if isinstance(content, dict) and "message_text" in content:
            format_text(
                content.get("message_text"), content.get("parse_mode"), content.get("entities")
            )
        check_markup(result.get("reply_markup"))
