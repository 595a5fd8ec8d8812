"""A fake Telegram Bot API server for tests (standard library only).

``FakeTelegram`` serves the Bot API subset briefbot uses on ``127.0.0.1`` so that a real
python-telegram-bot ``Bot``/``Application`` can talk to it over HTTP::

    with FakeTelegram() as fake:
        bot = telegram.Bot(fake.token, base_url=fake.base_url, base_file_url=fake.base_file_url)
        fake.push_message("/start")
        ...
        fake.wait_for(lambda p: "Hello" in p["text"])

How PTB talks to the server (see ``telegram/request``): every Bot API call is a ``POST`` to
``<base_url><token>/<method>``; parameters are ``application/x-www-form-urlencoded`` unless a
file is uploaded (then ``multipart/form-data``).  String values are sent verbatim, every other
value (ints, bools, lists, dicts such as ``reply_markup``) is JSON-encoded.  The server decodes
them back (see ``_STRING_PARAMS``) so ``calls`` holds typed values.

PTB maps HTTP status codes to exceptions: 400 -> BadRequest, 401/404 -> InvalidToken,
403 -> Forbidden, 409 -> Conflict, anything else -> NetworkError, and any error response
whose ``parameters.retry_after`` is set -> RetryAfter.
"""

from __future__ import annotations

import contextlib
import copy
import json
import mimetypes
import re
import socket
import sys
import threading
import time
import urllib.parse
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = [
    "BOT_ID",
    "BOT_USERNAME",
    "Call",
    "FakeTelegram",
    "TelegramHTMLError",
    "parse_telegram_html",
    "telegram_html_error",
    "utf16_len",
]

BOT_ID = 1000
BOT_USERNAME = "briefbot_test_bot"
BOT_FIRST_NAME = "BriefBot"
BOT_USER: dict[str, Any] = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": BOT_FIRST_NAME,
    "username": BOT_USERNAME,
}

MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_RESULTS = 50
MAX_KEYBOARD_BUTTONS = 100
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024

FAULTS = ("500", "502", "429", "drop", "timeout", "409", "403")

NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"

# Parameters whose values are free-form strings; everything else PTB JSON-encodes.
_STRING_PARAMS = frozenset(
    {
        "action",
        "address",
        "animation",
        "audio",
        "business_connection_id",
        "callback_query_id",
        "caption",
        "currency",
        "custom_emoji_id",
        "description",
        "document",
        "emoji",
        "explanation",
        "explanation_parse_mode",
        "file_id",
        "first_name",
        "foursquare_id",
        "foursquare_type",
        "game_short_name",
        "google_place_id",
        "google_place_type",
        "inline_message_id",
        "inline_query_id",
        "ip_address",
        "language_code",
        "last_name",
        "message_effect_id",
        "name",
        "next_offset",
        "parse_mode",
        "payload",
        "phone_number",
        "photo",
        "provider_token",
        "query",
        "question",
        "question_parse_mode",
        "secret_token",
        "short_description",
        "start_parameter",
        "sticker",
        "switch_pm_parameter",
        "switch_pm_text",
        "text",
        "thumbnail",
        "title",
        "url",
        "video",
        "video_note",
        "voice",
    }
)

_CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
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

# Update types Telegram does not deliver unless explicitly listed in allowed_updates.
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})

_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (how Telegram counts message length)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


# --------------------------------------------------------------------------------------------
# Telegram HTML (port of tdlib's parse_html, td/telegram/MessageEntity.cpp)
# --------------------------------------------------------------------------------------------

_HTML_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "code",
        "pre",
        "blockquote",
        "tg-emoji",
    }
)
_SIMPLE_ENTITY = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPACE = " \t\r\n\v\f"


class TelegramHTMLError(ValueError):
    """Raised by :func:`parse_telegram_html`; the message is what Telegram puts after
    ``"Bad Request: can't parse entities: "``."""


def _decode_entity(text: str, pos: int) -> tuple[str, int] | None:
    """Decode an HTML entity starting at ``text[pos] == "&"`` like tdlib does.

    Returns (character, position after the entity) or None if it is not a known entity.
    The trailing ";" is optional, as in tdlib.
    """
    n = len(text)
    end = pos + 1
    if end < n and text[end] == "#":
        end += 1
        start = end
        if end < n and text[end] in "xX":
            end += 1
            start = end
            while end < n and text[end] in "0123456789abcdefABCDEF":
                end += 1
            digits = text[start:end]
            value = int(digits, 16) if digits else 0
        else:
            while end < n and text[end].isascii() and text[end].isdigit():
                end += 1
            digits = text[start:end]
            value = int(digits) if digits else 0
        if value == 0 or value >= 0x10FFFF or end - pos >= 10:
            return None
        char = chr(value)
    else:
        while end < n and text[end].isascii() and text[end].isalpha():
            end += 1
        name = text[pos + 1 : end]
        if name not in _NAMED_ENTITIES:
            return None
        char = _NAMED_ENTITIES[name]
    if end < n and text[end] == ";":
        end += 1
    return char, end


def parse_telegram_html(text: str, *, strict: bool = True) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram-flavoured HTML into (visible text, message entities).

    Entity offsets/lengths are in UTF-16 code units, as in the Bot API.  Raises
    :class:`TelegramHTMLError` with a tdlib-style description on invalid markup.

    With ``strict`` (the default) a ``&`` that does not start ``&lt;``, ``&gt;``, ``&amp;``,
    ``&quot;`` or a numeric reference is an error.  Real Telegram keeps such an ``&`` as a
    literal character; the fake is stricter so that unescaped text is caught in tests.
    """
    n = len(text)
    out: list[str] = []
    u16 = 0  # current offset in the visible text, in UTF-16 code units
    entities: list[dict[str, Any]] = []
    # stack entries: tag name, argument, start offset (utf16), start index into out
    stack: list[tuple[str, str, int, int]] = []

    def byte_offset(index: int) -> int:
        return len(text[:index].encode("utf-8", "surrogatepass"))

    def emit(char: str) -> None:
        nonlocal u16
        out.append(char)
        u16 += 2 if ord(char) > 0xFFFF else 1

    i = 0
    while i < n:
        c = text[i]
        if c == "&":
            decoded = _decode_entity(text, i)
            if decoded is not None:
                char, i = decoded
                if 0xD800 <= ord(char) <= 0xDFFF:
                    raise TelegramHTMLError(
                        "Text contains invalid Unicode characters after decoding HTML entities, "
                        "check for unmatched surrogate code units"
                    )
                emit(char)
                continue
            if strict:
                m = re.match(r"&#?\w*;?", text[i:])
                raise TelegramHTMLError(
                    f'Unsupported HTML entity "{m.group(0) if m else "&"}" at byte offset '
                    f'{byte_offset(i)}; a literal "&" must be written as "&amp;"'
                )
            emit(c)
            i += 1
            continue
        if c != "<":
            emit(c)
            i += 1
            continue

        begin = i
        begin_b = byte_offset(begin)
        i += 1
        if i < n and text[i] == "/":
            # end tag
            if not stack:
                raise TelegramHTMLError(f"Unexpected end tag at byte offset {begin_b}")
            i += 1
            name_start = i
            while i < n and text[i] not in _SPACE and text[i] != ">":
                i += 1
            end_name = text[name_start:i]
            while i < n and text[i] in _SPACE:
                i += 1
            if i >= n or text[i] != ">":
                raise TelegramHTMLError(f"Unclosed end tag at byte offset {begin_b}")
            i += 1
            tag, argument, start, out_index = stack.pop()
            if end_name and end_name != tag:  # tdlib compares case-sensitively
                raise TelegramHTMLError(
                    f'Unmatched end tag at byte offset {begin_b}, expected "</{tag}>", '
                    f'found "</{end_name}>"'
                )
            length = u16 - start
            if length > 0:
                _close_entity(entities, tag, argument, start, length, "".join(out[out_index:]))
            continue

        # start tag
        while i < n and text[i] not in _SPACE and text[i] != ">":
            i += 1
        if i >= n:
            raise TelegramHTMLError(f"Unclosed start tag at byte offset {begin_b}")
        tag = text[begin + 1 : i].lower()
        if tag not in _HTML_TAGS:
            raise TelegramHTMLError(f'Unsupported start tag "{tag}" at byte offset {begin_b}')
        argument = ""
        span_class = ""
        while True:
            while i < n and text[i] in _SPACE:
                i += 1
            if i >= n:
                raise TelegramHTMLError(f'Unclosed start tag "{tag}" at byte offset {begin_b}')
            if text[i] == ">":
                i += 1
                break
            attr_start = i
            while i < n and text[i] not in _SPACE and text[i] not in "=>":
                i += 1
            attr = text[attr_start:i]
            if not attr:
                raise TelegramHTMLError(
                    f'Empty attribute name in the tag "{tag}" at byte offset {begin_b}'
                )
            while i < n and text[i] in _SPACE:
                i += 1
            if i >= n:
                raise TelegramHTMLError(f'Unclosed start tag "{tag}" at byte offset {begin_b}')
            if text[i] != "=":
                if tag == "blockquote" and attr == "expandable":
                    argument = "expandable"
                    continue
                raise TelegramHTMLError(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                    f"at byte offset {begin_b}"
                )
            i += 1
            while i < n and text[i] in _SPACE:
                i += 1
            if i >= n:
                raise TelegramHTMLError(f'Unclosed start tag "{tag}" at byte offset {begin_b}')
            if text[i] not in "\"'":
                token_start = i
                while i < n and (text[i].isascii() and text[i].isalnum() or text[i] in ".-"):
                    i += 1
                value = text[token_start:i].lower()
                if i >= n or (text[i] not in _SPACE and text[i] != ">"):
                    raise TelegramHTMLError(
                        f"Unexpected end of name token at byte offset {byte_offset(token_start)}"
                    )
            else:
                quote = text[i]
                i += 1
                chars: list[str] = []
                while i < n and text[i] != quote:
                    if text[i] == "&":
                        decoded = _decode_entity(text, i)
                        if decoded is not None:
                            chars.append(decoded[0])
                            i = decoded[1]
                            continue
                    chars.append(text[i])
                    i += 1
                if i < n:
                    i += 1
                value = "".join(chars)
            if i >= n:
                raise TelegramHTMLError(f"Unclosed start tag at byte offset {begin_b}")
            if tag == "a" and attr == "href":
                argument = value
            elif tag == "code" and attr == "class" and value.startswith("language-"):
                argument = value[len("language-") :]
            elif tag == "span" and attr == "class":
                span_class = value
            elif tag == "tg-emoji" and attr == "emoji-id":
                argument = value
        if tag == "span" and span_class != "tg-spoiler":
            raise TelegramHTMLError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {begin_b}'
            )
        if tag == "tg-emoji" and not (argument.isascii() and argument.isdigit() and int(argument)):
            raise TelegramHTMLError("Invalid custom emoji identifier specified")
        stack.append((tag, argument, u16, len(out)))

    if stack:
        raise TelegramHTMLError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    for entity in entities:
        entity.pop("_language", None)
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _close_entity(
    entities: list[dict[str, Any]], tag: str, argument: str, offset: int, length: int, inner: str
) -> None:
    """Append the Bot API MessageEntity for a closed tag."""
    entity: dict[str, Any] = {"offset": offset, "length": length}
    if tag in _SIMPLE_ENTITY:
        entity["type"] = _SIMPLE_ENTITY[tag]
    elif tag == "a":
        url = argument or inner
        m = re.fullmatch(r"tg://user\?id=(\d+)", url)
        if m:
            entity["type"] = "text_mention"
            entity["user"] = {"id": int(m.group(1)), "is_bot": False, "first_name": ""}
        else:
            entity["type"] = "text_link"
            entity["url"] = url
    elif tag == "code":
        entity["type"] = "code"
        entity["_language"] = argument
    elif tag == "pre":
        last = entities[-1] if entities else None
        if (
            last is not None
            and last["type"] == "code"
            and last["offset"] == offset
            and last["length"] == length
        ):
            entities.pop()
            entity["type"] = "pre"
            if last.get("_language"):
                entity["language"] = last["_language"]
        else:
            entity["type"] = "pre"
    elif tag == "blockquote":
        entity["type"] = "expandable_blockquote" if argument else "blockquote"
    elif tag == "tg-emoji":
        entity["type"] = "custom_emoji"
        entity["custom_emoji_id"] = argument
    entities.append(entity)


def telegram_html_error(text: str, *, strict: bool = True) -> str | None:
    """Return the Bot API error description sendMessage(parse_mode="HTML") would give for
    ``text`` (invalid markup, empty text, too long), or None if Telegram would accept it."""
    try:
        plain, _ = parse_telegram_html(text, strict=strict)
    except TelegramHTMLError as exc:
        return f"Bad Request: can't parse entities: {exc}"
    if not plain.strip():
        return "Bad Request: message text is empty"
    if utf16_len(plain) > MAX_MESSAGE_LENGTH:
        return "Bad Request: message is too long"
    return None


# --------------------------------------------------------------------------------------------
# Recorded calls
# --------------------------------------------------------------------------------------------


class Call(tuple):
    """One recorded request.  Unpacks as ``(method, params)``; extra attributes:

    ``ok`` (True/False, None while still pending), ``status`` (HTTP status, 0 if the
    connection was dropped), ``result``, ``description``, ``fault`` (the injected fault or
    None) and ``time`` (time.monotonic() at arrival).
    """

    ok: bool | None
    status: int | None
    result: Any
    description: str | None
    fault: str | None
    time: float

    def __new__(cls, method: str, params: dict[str, Any]) -> Call:
        self = super().__new__(cls, (method, params))
        self.ok = None
        self.status = None
        self.result = None
        self.description = None
        self.fault = None
        self.time = time.monotonic()
        return self

    @property
    def method(self) -> str:
        """Canonical Bot API method name, e.g. ``sendMessage``."""
        return self[0]

    @property
    def params(self) -> dict[str, Any]:
        """Decoded request parameters."""
        return self[1]

    def __repr__(self) -> str:
        state = {None: "pending", True: "ok", False: "error"}[self.ok]
        extra = f" fault={self.fault}" if self.fault else ""
        desc = f" {self.description!r}" if self.description and not self.ok else ""
        params = _short_repr(self.params)
        return f"<Call {self.method} {state} status={self.status}{extra}{desc} {params}>"


def _short_repr(value: Any, limit: int = 300) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _ApiError(Exception):
    def __init__(self, status: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


def _bad(description: str) -> _ApiError:
    return _ApiError(400, f"Bad Request: {description}")


# --------------------------------------------------------------------------------------------
# HTTP plumbing
# --------------------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without TCP_NODELAY, Nagle's algorithm and
    # delayed ACKs stall every response by ~40 ms on loopback.
    disable_nagle_algorithm = True
    server_version = "nginx/1.18.0"
    sys_version = ""
    server: _Server

    def do_POST(self) -> None:  # noqa: N802 (http.server naming)
        self.server.fake._serve(self)

    do_GET = do_POST

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, fake: FakeTelegram) -> None:
        self.fake = fake
        self.conns: set[socket.socket] = set()
        self.handler_threads: set[threading.Thread] = set()
        self.conn_lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), _Handler)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        with self.conn_lock:
            self.conns.add(request)
            self.handler_threads.add(threading.current_thread())
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self.conn_lock:
                self.conns.discard(request)
                self.handler_threads.discard(threading.current_thread())

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError) or self.fake._stopping:
            return  # client went away (timeouts, drops, shutdown)
        super().handle_error(request, client_address)

    def close_connections(self) -> None:
        with self.conn_lock:
            conns = list(self.conns)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)


def _read_body(h: BaseHTTPRequestHandler) -> bytes:
    length = h.headers.get("Content-Length")
    if length:
        return h.rfile.read(int(length))
    if "chunked" in h.headers.get("Transfer-Encoding", "").lower():
        chunks = []
        while True:
            size = int(h.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while h.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                break
            chunks.append(h.rfile.read(size))
            h.rfile.readline()
        return b"".join(chunks)
    return b""


def _disposition_param(disposition: str, name: str) -> str | None:
    m = re.search(rf'(?:^|;)\s*{name}="((?:[^"\\]|\\.)*)"', disposition)
    if not m:
        m = re.search(rf"(?:^|;)\s*{name}=([^;\s]+)", disposition)
        return m.group(1) if m else None
    value = m.group(1).replace("\\\\", "\\")
    # httpx percent-escapes '"' and control characters in multipart names (HTML5 rules)
    return re.sub(r"%(22|[01][0-9A-F])", lambda mm: chr(int(mm.group(1), 16)), value)


def _parse_multipart(body: bytes, content_type: str) -> dict[str, Any]:
    m = re.search(r'boundary="?([^";]+)"?', content_type)
    if not m:
        raise ValueError("multipart without boundary")
    delimiter = b"--" + m.group(1).encode("latin-1")
    fields: dict[str, Any] = {}
    for part in body.split(delimiter)[1:]:
        if part.startswith(b"--"):
            break
        if part.startswith(b"\r\n"):
            part = part[2:]
        head, _, content = part.partition(b"\r\n\r\n")
        if content.endswith(b"\r\n"):
            content = content[:-2]
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = headers.get("content-disposition", "")
        name = _disposition_param(disposition, "name")
        if name is None:
            continue
        filename = _disposition_param(disposition, "filename")
        if filename is not None:
            fields[name] = {
                "file_name": filename,
                "content": content,
                "mime_type": headers.get("content-type", "application/octet-stream"),
            }
        else:
            fields[name] = content.decode("utf-8")
    return fields


def _decode_param(name: str, value: Any) -> Any:
    """Undo PTB's encoding: non-string values arrive JSON-encoded."""
    if not isinstance(value, str) or name in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _int_param(params: dict[str, Any], name: str, default: int) -> int:
    value = params.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        raise _bad(f"wrong parameter {name} in request") from None


def _update_type(update: dict[str, Any]) -> str:
    return next((k for k in update if k != "update_id"), "")


# --------------------------------------------------------------------------------------------
# The fake server
# --------------------------------------------------------------------------------------------


class FakeTelegram:
    """In-process fake Telegram Bot API server (see module docstring)."""

    def __init__(self, token: str = "123456:TEST-token") -> None:
        self.token = token
        #: how long a "timeout" fault holds the request before dropping it
        self.hold_seconds: float = 3.0
        #: upper bound for a getUpdates long poll, whatever timeout the client asks for
        self.max_poll_seconds: float = 60.0
        #: reject "&" that is not part of an entity (real Telegram keeps it as literal text)
        self.strict_html_entities: bool = True
        #: chat ids that "blocked the bot": sending to them gives 403 Forbidden
        self.blocked: set[int] = set()
        #: exceptions raised inside the fake's own handlers (bugs in the fake)
        self.errors: list[BaseException] = []

        self._cond = threading.Condition(threading.RLock())
        self._stop_event = threading.Event()
        self._stopping = False
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

        self._calls: list[Call] = []
        self._sent: list[dict[str, Any]] = []
        self._pending: list[dict[str, Any]] = []
        self._faults: dict[str, list[tuple[str, int]]] = {}
        self._next_update_id = 100_001
        self._last_pushed_update_id: int | None = None
        self._max_poll_offset: int | None = None
        self._next_message_id = 1
        self._next_file = 1
        self._next_query = 1
        self._chats: dict[int, dict[str, Any]] = {}
        self._messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._last_bot_message: dict[int, tuple[int, int]] = {}
        self._files: dict[str, dict[str, Any]] = {}
        self._files_by_path: dict[str, dict[str, Any]] = {}
        self._callback_queries: set[str] = set()
        self._inline_queries: set[str] = set()
        self._commands: dict[tuple[str, str], list[dict[str, Any]]] = {}

        methods: dict[str, Callable[[dict[str, Any]], Any]] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "answerInlineQuery": self._answer_inline_query,
            "sendDocument": self._send_document,
            "getFile": self._get_file,
            "sendChatAction": self._send_chat_action,
            "deleteMessage": self._delete_message,
            "close": lambda params: True,
            "logOut": lambda params: True,
        }
        self._methods = {name.lower(): (name, fn) for name, fn in methods.items()}

    # ---------------------------------------------------------------- lifecycle

    def start(self) -> FakeTelegram:
        """Bind 127.0.0.1 on a free port and serve in a background thread."""
        if self._server is not None:
            return self
        self._server = _Server(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="FakeTelegram",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving: wakes long polls and held requests, closes all connections."""
        server = self._server
        if server is None:
            return
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._stop_event.set()
        server.shutdown()
        server.close_connections()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=2)
        deadline = time.monotonic() + 2
        with server.conn_lock:
            threads = list(server.handler_threads)
        for thread in threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
        self._server = None

    def __enter__(self) -> FakeTelegram:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """TCP port the server listens on."""
        if self._server is None:
            raise RuntimeError("FakeTelegram is not started")
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        """Value for PTB's ``base_url`` (PTB appends the token)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """Value for PTB's ``base_file_url`` (PTB appends the token)."""
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ---------------------------------------------------------------- test-side: inspection

    @property
    def calls(self) -> list[Call]:
        """Snapshot of every request so far as ``(method, params)`` tuples (see :class:`Call`)."""
        with self._cond:
            return list(self._calls)

    def clear_calls(self) -> None:
        """Forget recorded calls and sent messages (the chat state is kept)."""
        with self._cond:
            self._calls.clear()
            self._sent.clear()

    def sent_messages(self, chat_id: int | str | None = None) -> list[dict[str, Any]]:
        """Successful sendMessage / editMessageText / sendDocument calls, oldest first.

        Each record: ``method``, ``chat_id``, ``message_id``, ``text`` (exactly as sent, i.e.
        raw HTML; the caption for documents), ``plain_text`` (visible text after parsing),
        ``parse_mode``, ``reply_markup``, ``params``, ``message`` (the returned Message) and,
        for documents, ``file_name`` and ``file_bytes``.
        """
        with self._cond:
            records = [
                r for r in self._sent if chat_id is None or str(r["chat_id"]) == str(chat_id)
            ]
            return copy.deepcopy(records)

    def get_message(self, chat_id: int, message_id: int) -> dict[str, Any] | None:
        """Current state (after edits) of a message the fake knows, or None if deleted/unknown."""
        with self._cond:
            msg = self._messages.get((int(chat_id), int(message_id)))
            return copy.deepcopy(msg)

    def wait_for(
        self,
        predicate: Callable[[dict[str, Any]], bool] | None = None,
        *,
        method: str | None = "sendMessage",
        count: int = 1,
        timeout: float = 10.0,
        include_failed: bool = False,
    ) -> list[Call]:
        """Block until at least ``count`` successful calls of ``method`` (None = any method)
        whose params satisfy ``predicate`` exist in total; return all of them.

        Raises AssertionError with a dump of the recent calls on timeout.
        """
        wanted = method.lower() if method else None
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                matches = [
                    c
                    for c in self._calls
                    if (wanted is None or c.method.lower() == wanted)
                    and (c.ok or (include_failed and c.ok is not None))
                    and (predicate is None or predicate(c.params))
                ]
                if len(matches) >= count:
                    return matches
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    recent = "\n".join(f"  {c!r}" for c in self._calls[-20:]) or "  (none)"
                    raise AssertionError(
                        f"timed out after {timeout}s waiting for {count} {method or 'any'} "
                        f"call(s) matching {predicate!r}; found {len(matches)}.\n"
                        f"Recent calls:\n{recent}"
                    )
                self._cond.wait(remaining)

    def wait_until_polled(self, timeout: float = 10.0) -> bool:
        """Wait until getUpdates was called with an offset past every pushed update (i.e. the
        bot has fetched and confirmed them; it may still be processing them).  If nothing was
        pushed, any getUpdates call counts.  Returns False on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                offset = self._max_poll_offset
                last = self._last_pushed_update_id
                if offset is not None and (last is None or offset > last):
                    return True
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._cond.wait(remaining)

    # ---------------------------------------------------------------- test-side: faults

    def inject(self, method: str, fault: str, *, times: int = 1, retry_after: int = 1) -> None:
        """Make the next ``times`` calls of ``method`` (case-insensitive, "*" = any) fail.

        ``fault``: "500", "502" (nginx HTML page, like the real thing), "429" (with
        parameters.retry_after), "409" (getUpdates conflict), "403" (bot blocked by user),
        "drop" (close the connection without a response) or "timeout" (hold the request for
        ``hold_seconds`` and then drop it).
        """
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; expected one of {FAULTS}")
        with self._cond:
            self._faults.setdefault(method.lower(), []).extend([(fault, retry_after)] * times)

    def clear_faults(self) -> None:
        """Remove all pending injected faults."""
        with self._cond:
            self._faults.clear()

    # ---------------------------------------------------------------- test-side: updates

    def _user(
        self, user_id: int, first_name: str = "Test", username: str | None = None
    ) -> dict[str, Any]:
        user: dict[str, Any] = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name,
            "language_code": "en",
        }
        if username:
            user["username"] = username
        return user

    def _chat_for(
        self,
        chat_id: int,
        chat_type: str = "private",
        user: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        chat = self._chats.get(chat_id)
        if chat is not None and chat["type"] == chat_type:
            return chat
        chat = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = (user or {}).get("first_name", "Test")
            if user and user.get("username"):
                chat["username"] = user["username"]
        else:
            chat["title"] = f"Test {chat_type}"
        self._chats[chat_id] = chat
        return chat

    def _new_message_id(self) -> int:
        mid = self._next_message_id
        self._next_message_id += 1
        return mid

    def _enqueue(self, update: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            if "update_id" not in update:
                update = {"update_id": self._next_update_id, **update}
            self._next_update_id = max(self._next_update_id, update["update_id"] + 1)
            if self._last_pushed_update_id is None:
                self._last_pushed_update_id = update["update_id"]
            else:
                self._last_pushed_update_id = max(self._last_pushed_update_id, update["update_id"])
            self._pending.append(copy.deepcopy(update))
            self._pending.sort(key=lambda u: u["update_id"])
            self._cond.notify_all()
            return update

    def push_update(self, raw: dict[str, Any]) -> dict[str, Any]:
        """Queue an arbitrary Update dict (update_id is assigned if missing); returns it."""
        return self._enqueue(dict(raw))

    def push_message(
        self,
        text: str,
        *,
        user_id: int = 42,
        chat_id: int | None = None,
        chat_type: str = "private",
        first_name: str = "Test",
        username: str | None = None,
        reply_to_message: dict[str, Any] | int | None = None,
        entities: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """Queue a text message from a user; returns the Update.

        ``chat_id`` defaults to ``user_id`` for private chats and ``-user_id`` otherwise.
        Text starting with "/" gets a bot_command entity, as Telegram adds.
        """
        with self._cond:
            if chat_id is None:
                chat_id = user_id if chat_type == "private" else -user_id
            user = self._user(user_id, first_name, username)
            chat = self._chat_for(chat_id, chat_type, user)
            msg: dict[str, Any] = {
                "message_id": self._new_message_id(),
                "from": user,
                "chat": chat,
                "date": int(time.time()),
                "text": text,
            }
            if entities is None and text.startswith("/"):
                command = re.match(r"/[^\s]*", text).group(0)  # type: ignore[union-attr]
                entities = [{"type": "bot_command", "offset": 0, "length": utf16_len(command)}]
            if entities:
                msg["entities"] = entities
            if reply_to_message is not None:
                if isinstance(reply_to_message, int):
                    replied = self._messages.get((chat_id, reply_to_message))
                    if replied is None:
                        raise ValueError(f"unknown message {reply_to_message} in chat {chat_id}")
                    reply_to_message = replied
                msg["reply_to_message"] = copy.deepcopy(reply_to_message)
            self._messages[(chat_id, msg["message_id"])] = msg
            return self._enqueue({"message": copy.deepcopy(msg)})

    def push_callback(
        self,
        data: str,
        *,
        user_id: int = 42,
        message: dict[str, Any] | int | None = None,
    ) -> dict[str, Any]:
        """Queue a callback_query (inline button press); returns the Update.

        ``message``: the message carrying the button (dict or message_id in the user's chat);
        by default the last message the bot sent to ``user_id``.
        """
        with self._cond:
            if message is None:
                key = self._last_bot_message.get(user_id)
                if key is None or key not in self._messages:
                    raise AssertionError(f"the bot has not sent any message to {user_id} yet")
                message = self._messages[key]
            elif isinstance(message, int):
                found = self._messages.get((user_id, message))
                if found is None:
                    raise ValueError(f"unknown message {message} in chat {user_id}")
                message = found
            else:
                key = (message["chat"]["id"], message["message_id"])
                self._messages.setdefault(key, copy.deepcopy(message))
            query_id = str(9_000_000_000 + self._next_query)
            self._next_query += 1
            self._callback_queries.add(query_id)
            query = {
                "id": query_id,
                "from": self._user(user_id),
                "message": copy.deepcopy(message),
                "chat_instance": f"-{7_000_000 + abs(int(message['chat']['id']))}",
                "data": data,
            }
            return self._enqueue({"callback_query": query})

    def push_inline(self, query: str, *, user_id: int = 42) -> dict[str, Any]:
        """Queue an inline_query; returns the Update."""
        with self._cond:
            query_id = str(8_000_000_000 + self._next_query)
            self._next_query += 1
            self._inline_queries.add(query_id)
            inline = {
                "id": query_id,
                "from": self._user(user_id),
                "query": query,
                "offset": "",
                "chat_type": "private",
            }
            return self._enqueue({"inline_query": inline})

    def _register_file(self, file_name: str | None, content: bytes, mime_type: str | None) -> dict:
        n = self._next_file
        self._next_file += 1
        ext = ""
        if file_name and "." in file_name:
            ext = "." + re.sub(r"[^A-Za-z0-9]", "", file_name.rsplit(".", 1)[1])[:10]
        record = {
            "file_id": f"BQACAgIAAxkBAAI{n:06d}",
            "file_unique_id": f"AgAD{n:06d}",
            "file_path": f"documents/file_{n}{ext}",
            "file_name": file_name,
            "mime_type": mime_type
            or (mimetypes.guess_type(file_name or "")[0] or "application/octet-stream"),
            "content": content,
        }
        self._files[record["file_id"]] = record
        self._files_by_path[record["file_path"]] = record
        return record

    @staticmethod
    def _document_obj(record: dict[str, Any]) -> dict[str, Any]:
        doc = {
            "file_id": record["file_id"],
            "file_unique_id": record["file_unique_id"],
            "mime_type": record["mime_type"],
            "file_size": len(record["content"]),
        }
        if record["file_name"]:
            doc["file_name"] = record["file_name"]
        return doc

    def push_document(
        self,
        file_name: str,
        content: bytes,
        *,
        caption: str | None = None,
        user_id: int = 42,
        mime_type: str | None = None,
    ) -> dict[str, Any]:
        """Queue a message with a document; the bot can fetch it via getFile + download."""
        with self._cond:
            user = self._user(user_id)
            chat = self._chat_for(user_id, "private", user)
            record = self._register_file(file_name, bytes(content), mime_type)
            msg: dict[str, Any] = {
                "message_id": self._new_message_id(),
                "from": user,
                "chat": chat,
                "date": int(time.time()),
                "document": self._document_obj(record),
            }
            if caption:
                msg["caption"] = caption
            self._messages[(user_id, msg["message_id"])] = msg
            return self._enqueue({"message": copy.deepcopy(msg)})

    # ---------------------------------------------------------------- request handling

    def _send(
        self, h: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str = "application/json"
    ) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        if self._stopping:
            h.send_header("Connection", "close")
            h.close_connection = True
        h.end_headers()
        h.wfile.write(body)

    def _send_json(self, h: BaseHTTPRequestHandler, status: int, obj: Any) -> None:
        self._send(h, status, json.dumps(obj, ensure_ascii=False).encode("utf-8"))

    @staticmethod
    def _error_body(status: int, description: str, parameters: dict | None = None) -> dict:
        body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
        if parameters:
            body["parameters"] = parameters
        return body

    def _finish(self, call: Call, status: int, ok: bool, result: Any, description: Any) -> None:
        with self._cond:
            call.status = status
            call.ok = ok
            call.result = result
            call.description = description
            self._cond.notify_all()

    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        split = urllib.parse.urlsplit(h.path)
        path = urllib.parse.unquote(split.path)
        body = _read_body(h)
        m = re.fullmatch(r"/bot([^/]*)/([^/]*)", path)
        if m:
            self._serve_api(h, m.group(1), m.group(2), split.query, body)
            return
        m = re.fullmatch(r"/file/bot([^/]*)/(.+)", path)
        if m:
            self._serve_file(h, m.group(1), m.group(2))
            return
        self._send_json(h, 404, self._error_body(404, "Not Found"))

    def _parse_params(self, h: BaseHTTPRequestHandler, query: str, body: bytes) -> dict[str, Any]:
        raw: dict[str, Any] = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
        ctype = h.headers.get("Content-Type", "")
        typed: dict[str, Any] = {}
        if body:
            if ctype.startswith("application/json"):
                typed = json.loads(body.decode("utf-8"))
                if not isinstance(typed, dict):
                    raise ValueError("JSON body must be an object")
            elif ctype.startswith("multipart/form-data"):
                raw.update(_parse_multipart(body, ctype))
            else:
                raw.update(urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        params = {k: _decode_param(k, v) for k, v in raw.items()}
        params.update(typed)
        return params

    def _serve_api(
        self, h: BaseHTTPRequestHandler, token: str, method: str, query: str, body: bytes
    ) -> None:
        entry = self._methods.get(method.lower())
        name = entry[0] if entry else method
        try:
            params = self._parse_params(h, query, body)
        except (ValueError, UnicodeDecodeError) as exc:
            params = {"_unparseable": repr(exc)}
        call = Call(name, params)
        fault: tuple[str, int] | None = None
        with self._cond:
            self._calls.append(call)
            if token == self.token:
                for key in (method.lower(), "*"):
                    queue = self._faults.get(key)
                    if queue:
                        fault = queue.pop(0)
                        break
        if token != self.token:
            self._finish(call, 401, False, None, "Unauthorized")
            self._send_json(h, 401, self._error_body(401, "Unauthorized"))
            return
        if fault is not None:
            call.fault = fault[0]
            self._apply_fault(h, call, *fault)
            return
        if entry is None:
            desc = "Not Found: method not found"
            self._finish(call, 404, False, None, desc)
            self._send_json(h, 404, self._error_body(404, desc))
            return
        if "_unparseable" in params:
            err: _ApiError | None = _bad("can't parse request parameters")
        else:
            err = None
        try:
            if err is not None:
                raise err
            result = entry[1](params)
        except _ApiError as exc:
            self._finish(call, exc.status, False, None, exc.description)
            self._send_json(
                h, exc.status, self._error_body(exc.status, exc.description, exc.parameters)
            )
            return
        except Exception as exc:  # a bug in the fake itself
            self.errors.append(exc)
            desc = f"Internal Server Error (fake_telegram bug: {exc!r})"
            self._finish(call, 500, False, None, desc)
            self._send_json(h, 500, self._error_body(500, desc))
            raise
        self._finish(call, 200, True, result, None)
        self._send_json(h, 200, {"ok": True, "result": result})

    def _apply_fault(
        self, h: BaseHTTPRequestHandler, call: Call, fault: str, retry_after: int
    ) -> None:
        if fault in ("drop", "timeout"):
            if fault == "timeout":
                self._stop_event.wait(self.hold_seconds)
            self._finish(call, 0, False, None, f"connection dropped (injected {fault})")
            h.close_connection = True
            return
        if fault == "502":
            html = (
                "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.18.0</center>"
                "\r\n</body>\r\n</html>\r\n"
            )
            self._finish(call, 502, False, None, "Bad Gateway")
            self._send(h, 502, html.encode(), "text/html")
            return
        parameters = None
        if fault == "429":
            desc = f"Too Many Requests: retry after {retry_after}"
            parameters = {"retry_after": retry_after}
        elif fault == "409":
            desc = (
                "Conflict: terminated by other getUpdates request; make sure that only one bot "
                "instance is running"
            )
        elif fault == "403":
            desc = "Forbidden: bot was blocked by the user"
        else:
            desc = "Internal Server Error"
        status = int(fault)
        self._finish(call, status, False, None, desc)
        self._send_json(h, status, self._error_body(status, desc, parameters))

    def _serve_file(self, h: BaseHTTPRequestHandler, token: str, file_path: str) -> None:
        call = Call("downloadFile", {"file_path": file_path})
        with self._cond:
            self._calls.append(call)
            record = self._files_by_path.get(file_path)
        if token != self.token:
            self._finish(call, 401, False, None, "Unauthorized")
            self._send_json(h, 401, self._error_body(401, "Unauthorized"))
        elif record is None:
            self._finish(call, 404, False, None, "Not Found")
            self._send_json(h, 404, self._error_body(404, "Not Found"))
        else:
            self._finish(call, 200, True, None, None)
            self._send(h, 200, record["content"], "application/octet-stream")

    # ---------------------------------------------------------------- helpers for methods

    def _resolve_chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _bad("chat_id is empty")
        with self._cond:
            if isinstance(chat_id, str):
                if chat_id.startswith("@"):
                    for chat in self._chats.values():
                        if chat.get("username", "").lower() == chat_id[1:].lower():
                            return chat
                raise _bad("chat not found")
            if isinstance(chat_id, bool) or not isinstance(chat_id, int):
                raise _bad("chat not found")
            if chat_id in self.blocked:
                raise _ApiError(403, "Forbidden: bot was blocked by the user")
            chat = self._chats.get(chat_id)
            if chat is None:
                chat = self._chat_for(chat_id, "private" if chat_id > 0 else "group")
            return chat

    def _format(
        self,
        text: Any,
        parse_mode: Any,
        entities: Any,
        *,
        caption: bool = False,
    ) -> tuple[str, list[dict[str, Any]]]:
        """Validate text/caption like Telegram; return (visible text, entities)."""
        text = "" if text is None else str(text)
        mode = str(parse_mode or "").lower()
        if mode == "html":
            try:
                plain, ents = parse_telegram_html(text, strict=self.strict_html_entities)
            except TelegramHTMLError as exc:
                raise _bad(f"can't parse entities: {exc}") from None
        elif mode in ("", "markdown", "markdownv2"):
            # Markdown is not validated by the fake; the text is taken verbatim.
            plain = text
            ents = list(entities) if isinstance(entities, list) else []
        else:
            raise _bad("unsupported parse_mode")
        if caption:
            if utf16_len(plain) > MAX_CAPTION_LENGTH:
                raise _bad("message caption is too long")
        else:
            if not plain.strip():
                raise _bad("message text is empty")
            if utf16_len(plain) > MAX_MESSAGE_LENGTH:
                raise _bad("message is too long")
        return plain, ents

    @staticmethod
    def _check_markup(markup: Any) -> dict[str, Any] | None:
        """Validate reply_markup; return it if it is an inline keyboard (echoed in Message)."""
        if markup is None or markup == "":
            return None
        if isinstance(markup, str):
            try:
                markup = json.loads(markup)
            except ValueError:
                raise _bad("can't parse reply keyboard markup JSON object") from None
        if not isinstance(markup, dict):
            raise _bad("can't parse reply keyboard markup JSON object")
        if "inline_keyboard" not in markup:
            return None
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise _bad("can't parse inline keyboard button: InlineKeyboardButton must be an Object")
        count = 0
        for row in rows:
            for button in row:
                count += 1
                if not isinstance(button, dict):
                    raise _bad(
                        "can't parse inline keyboard button: InlineKeyboardButton must be an Object"
                    )
                if not isinstance(button.get("text"), str):
                    raise _bad(
                        'can\'t parse inline keyboard button: Field "text" must be of type String'
                    )
                if "callback_data" in button:
                    data = str(button["callback_data"])
                    if not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES:
                        raise _bad("BUTTON_DATA_INVALID")
                if "url" in button and not re.match(
                    r"(https?|tg)://\S+$", str(button["url"]), re.IGNORECASE
                ):
                    raise _bad(f"inline keyboard button URL '{button['url']}' is invalid")
                if not _BUTTON_ACTIONS & button.keys():
                    raise _bad(
                        "can't parse inline keyboard button: Text buttons are unallowed in the "
                        "inline keyboard"
                    )
        if count > MAX_KEYBOARD_BUTTONS:
            raise _bad("reply markup is too long")
        return markup

    def _store_bot_message(
        self,
        chat: dict[str, Any],
        fields: dict[str, Any],
        markup: dict[str, Any] | None,
        params: dict[str, Any],
    ) -> dict[str, Any]:
        with self._cond:
            msg: dict[str, Any] = {
                "message_id": self._new_message_id(),
                "from": dict(BOT_USER),
                "chat": copy.deepcopy(chat),
                "date": int(time.time()),
            }
            msg.update(fields)
            reply_id = (params.get("reply_parameters") or {}).get("message_id") or params.get(
                "reply_to_message_id"
            )
            if reply_id:
                replied = self._messages.get((chat["id"], int(reply_id)))
                allow = params.get("allow_sending_without_reply") or (
                    params.get("reply_parameters") or {}
                ).get("allow_sending_without_reply")
                if replied is not None:
                    replied = copy.deepcopy(replied)
                    replied.pop("reply_to_message", None)
                    msg["reply_to_message"] = replied
                elif not allow:
                    raise _bad("message to be replied not found")
            if markup is not None:
                msg["reply_markup"] = markup
            self._messages[(chat["id"], msg["message_id"])] = msg
            self._last_bot_message[chat["id"]] = (chat["id"], msg["message_id"])
            return copy.deepcopy(msg)

    def _record_sent(self, method: str, params: dict[str, Any], message: Any, **extra: Any) -> None:
        text_key = "caption" if method == "sendDocument" else "text"
        if isinstance(message, dict):
            chat_id = message["chat"]["id"]
            message_id = message["message_id"]
            plain = message.get(text_key)
        else:
            chat_id = params.get("chat_id")
            message_id = params.get("message_id")
            plain = None
        record = {
            "method": method,
            "chat_id": chat_id,
            "message_id": message_id,
            "text": params.get(text_key),
            "plain_text": plain,
            "parse_mode": params.get("parse_mode"),
            "reply_markup": params.get("reply_markup"),
            "params": params,
            "message": message,
            **extra,
        }
        with self._cond:
            self._sent.append(record)

    def _target_message(self, params: dict[str, Any], *, action: str) -> dict[str, Any]:
        self._resolve_chat(params)
        chat_id = params["chat_id"]
        message_id = params.get("message_id")
        if message_id is None:
            raise _bad("message identifier is not specified")
        msg = self._messages.get((int(chat_id), int(message_id)))
        if msg is None:
            raise _bad(f"message to {action} not found")
        return msg

    # ---------------------------------------------------------------- Bot API methods

    def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            **BOT_USER,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = _int_param(params, "offset", 0)
        limit = min(max(_int_param(params, "limit", 100), 1), 100)
        try:
            timeout = max(0.0, float(params.get("timeout") or 0))
        except (TypeError, ValueError):
            raise _bad("wrong parameter timeout in request") from None
        allowed = params.get("allowed_updates")
        allowed_set = set(allowed) if isinstance(allowed, list) and allowed else None
        deadline = time.monotonic() + min(timeout, self.max_poll_seconds)
        with self._cond:
            if offset > 0:
                self._pending = [u for u in self._pending if u["update_id"] >= offset]
            elif offset < 0:
                self._pending = self._pending[offset:]
            if self._max_poll_offset is None or offset > self._max_poll_offset:
                self._max_poll_offset = offset
            self._cond.notify_all()
            while True:
                # Telegram discards updates of types the bot did not ask for
                self._pending = [
                    u
                    for u in self._pending
                    if (
                        _update_type(u) in allowed_set
                        if allowed_set is not None
                        else _update_type(u) not in _OPT_IN_UPDATES
                    )
                ]
                if self._pending or self._stopping:
                    return copy.deepcopy(self._pending[:limit])
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return []
                self._cond.wait(remaining)

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        if params.get("drop_pending_updates"):
            with self._cond:
                self._pending.clear()
        return True

    def _get_webhook_info(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            pending = len(self._pending)
        return {"url": "", "has_custom_certificate": False, "pending_update_count": pending}

    @staticmethod
    def _commands_key(params: dict[str, Any]) -> tuple[str, str]:
        scope = params.get("scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(params.get("language_code") or "")

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad("can't parse commands JSON object")
        if len(commands) > 100:
            raise _bad("too many commands specified")
        for cmd in commands:
            if not isinstance(cmd, dict):
                raise _bad("can't parse BotCommand")
            if not _COMMAND_RE.fullmatch(str(cmd.get("command", ""))):
                raise _bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(cmd.get("description", "")).strip()) <= 256:
                raise _bad(
                    "command description is empty"
                    if not cmd.get("description")
                    else "BOT_COMMAND_DESCRIPTION_INVALID"
                )
        with self._cond:
            self._commands[self._commands_key(params)] = [
                {"command": c["command"], "description": c["description"]} for c in commands
            ]
        return True

    def _get_my_commands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        with self._cond:
            return copy.deepcopy(self._commands.get(self._commands_key(params), []))

    def _delete_my_commands(self, params: dict[str, Any]) -> bool:
        with self._cond:
            self._commands.pop(self._commands_key(params), None)
        return True

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._resolve_chat(params)
        plain, entities = self._format(
            params.get("text"), params.get("parse_mode"), params.get("entities")
        )
        markup = self._check_markup(params.get("reply_markup"))
        fields: dict[str, Any] = {"text": plain}
        if entities:
            fields["entities"] = entities
        msg = self._store_bot_message(chat, fields, markup, params)
        self._record_sent("sendMessage", params, msg)
        return msg

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        plain, entities = self._format(
            params.get("text"), params.get("parse_mode"), params.get("entities")
        )
        markup = self._check_markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            self._record_sent("editMessageText", params, True)
            return True
        with self._cond:
            msg = self._target_message(params, action="edit")
            if msg["from"]["id"] != BOT_ID:
                raise _bad("message can't be edited")
            if "text" not in msg:
                raise _bad("there is no text in the message to edit")
            if (
                msg["text"] == plain
                and msg.get("entities", []) == entities
                and msg.get("reply_markup") == markup
            ):
                raise _bad(NOT_MODIFIED[len("Bad Request: ") :])
            msg["text"] = plain
            if entities:
                msg["entities"] = entities
            else:
                msg.pop("entities", None)
            if markup is not None:
                msg["reply_markup"] = markup
            else:
                msg.pop("reply_markup", None)
            msg["edit_date"] = int(time.time())
            result = copy.deepcopy(msg)
        self._record_sent("editMessageText", params, result)
        return result

    def _edit_message_reply_markup(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        markup = self._check_markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            return True
        with self._cond:
            msg = self._target_message(params, action="edit")
            if msg["from"]["id"] != BOT_ID:
                raise _bad("message can't be edited")
            if msg.get("reply_markup") == markup:
                raise _bad(NOT_MODIFIED[len("Bad Request: ") :])
            if markup is not None:
                msg["reply_markup"] = markup
            else:
                msg.pop("reply_markup", None)
            msg["edit_date"] = int(time.time())
            return copy.deepcopy(msg)

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise _bad("MESSAGE_TOO_LONG")
        with self._cond:
            if query_id not in self._callback_queries:
                raise _bad(QUERY_TOO_OLD[len("Bad Request: ") :])
            self._callback_queries.discard(query_id)
        return True

    def _answer_inline_query(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("inline_query_id") or "")
        results = params.get("results")
        if not isinstance(results, list):
            raise _bad("can't parse inline query results JSON object")
        if len(results) > MAX_INLINE_RESULTS:
            raise _bad("RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            if not isinstance(result, dict):
                raise _bad("can't parse InlineQueryResult")
            rid = str(result.get("id", ""))
            if not 1 <= len(rid.encode("utf-8")) <= 64:
                raise _bad("RESULT_ID_INVALID")
            if rid in seen:
                raise _bad("RESULT_ID_DUPLICATE")
            seen.add(rid)
            content = result.get("input_message_content")
            if isinstance(content, dict) and "message_text" in content:
                self._format(
                    content.get("message_text"),
                    content.get("parse_mode"),
                    content.get("entities"),
                )
            self._check_markup(result.get("reply_markup"))
        with self._cond:
            if query_id not in self._inline_queries:
                raise _bad(QUERY_TOO_OLD[len("Bad Request: ") :])
            self._inline_queries.discard(query_id)
        return True

    def _send_document(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._resolve_chat(params)
        document = params.get("document")
        caption = params.get("caption")
        fields: dict[str, Any] = {}
        if caption:
            plain, entities = self._format(
                caption, params.get("parse_mode"), params.get("caption_entities"), caption=True
            )
            if plain:
                fields["caption"] = plain
            if entities:
                fields["caption_entities"] = entities
        markup = self._check_markup(params.get("reply_markup"))
        with self._cond:
            if isinstance(document, dict) and "content" in document:
                if not document["content"]:
                    raise _bad("file must be non-empty")
                record = self._register_file(
                    document.get("file_name"), document["content"], document.get("mime_type")
                )
            elif isinstance(document, str) and document:
                record = self._files.get(document)
                if record is None:
                    if re.match(r"https?://", document):
                        raise _bad("failed to get HTTP URL content")
                    raise _bad("wrong file identifier/HTTP URL specified")
            else:
                raise _bad("there is no document in the request")
            fields = {"document": self._document_obj(record), **fields}
            msg = self._store_bot_message(chat, fields, markup, params)
        self._record_sent(
            "sendDocument",
            params,
            msg,
            file_name=record["file_name"],
            file_bytes=record["content"],
        )
        return msg

    def _get_file(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._cond:
            record = self._files.get(str(params.get("file_id") or ""))
        if record is None:
            raise _bad("invalid file_id")
        if len(record["content"]) > MAX_DOWNLOAD_BYTES:
            raise _bad("file is too big")
        return {
            "file_id": record["file_id"],
            "file_unique_id": record["file_unique_id"],
            "file_size": len(record["content"]),
            "file_path": record["file_path"],
        }

    def _send_chat_action(self, params: dict[str, Any]) -> bool:
        self._resolve_chat(params)
        if params.get("action") not in _CHAT_ACTIONS:
            raise _bad("wrong parameter action in request")
        return True

    def _delete_message(self, params: dict[str, Any]) -> bool:
        with self._cond:
            msg = self._target_message(params, action="delete")
            del self._messages[(msg["chat"]["id"], msg["message_id"])]
        return True
