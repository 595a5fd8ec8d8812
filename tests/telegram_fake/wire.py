"""Bot API requests and replies as they travel: decoding what python-telegram-bot sends,
encoding what the fake answers, and the record of each call.

How PTB talks to the Bot API (see ``telegram/request``): every call is a ``POST`` to
``<base_url><token>/<method>``; parameters are ``application/x-www-form-urlencoded`` unless a
file is uploaded (then ``multipart/form-data``). String values are sent verbatim, every other
value (ints, bools, lists, dicts such as ``reply_markup``) JSON-encoded; :func:`parse_params`
decodes them back (see ``_STRING_PARAMS``) so that recorded calls hold typed values. PTB maps
HTTP status codes to exceptions: 400 -> BadRequest, 401/404 -> InvalidToken, 403 -> Forbidden,
409 -> Conflict, anything else -> NetworkError, and any error whose
``parameters.retry_after`` is set -> RetryAfter.
"""

from __future__ import annotations

import json
import re
import time
import urllib.parse
from dataclasses import dataclass
from typing import Any

# Parameters of the implemented methods whose values are free-form strings; PTB JSON-encodes
# everything else.
_STRING_PARAMS = frozenset(
    {
        "callback_query_id",
        "caption",
        "document",
        "file_id",
        "inline_query_id",
        "language_code",
        "next_offset",
        "parse_mode",
        "photo",
        "text",
        "url",
    }
)


@dataclass
class Reply:
    """An HTTP reply of the fake."""

    status: int
    body: bytes
    content_type: str = "application/json"


class Call(tuple):
    """One recorded request. Unpacks as ``(method, params)``; extra attributes:

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
        params = repr(self.params)
        params = params if len(params) <= 300 else params[:297] + "..."
        return f"<Call {self.method} {state} status={self.status}{extra}{desc} {params}>"


class ApiError(Exception):
    """A Bot API error reply: HTTP *status*, *description* and optional *parameters*."""

    def __init__(self, status: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters


def bad(description: str) -> ApiError:
    """400 Bad Request with Telegram's *description*."""
    return ApiError(400, f"Bad Request: {description}")


def json_reply(status: int, obj: Any) -> Reply:
    """*obj* as a JSON reply (with ``\\uXXXX`` escapes when it holds text UTF-8 cannot
    encode, such as a lone surrogate, as Telegram sends it)."""
    text = json.dumps(obj, ensure_ascii=False)
    try:
        return Reply(status, text.encode("utf-8"))
    except UnicodeEncodeError:
        return Reply(status, json.dumps(obj).encode("ascii"))


def error_reply(status: int, description: str, parameters: dict | None = None) -> Reply:
    """The JSON body of a Bot API error."""
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return json_reply(status, body)


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


def parse_params(query: str, content_type: str, body: bytes) -> dict[str, Any]:
    """The typed parameters of a request (query string and form, multipart or JSON body)."""
    raw: dict[str, Any] = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
    typed: dict[str, Any] = {}
    if body:
        if content_type.startswith("application/json"):
            typed = json.loads(body.decode("utf-8"))
            if not isinstance(typed, dict):
                raise ValueError("JSON body must be an object")
        elif content_type.startswith("multipart/form-data"):
            raw.update(_parse_multipart(body, content_type))
        else:
            raw.update(urllib.parse.parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    params = {k: _decode_param(k, v) for k, v in raw.items()}
    params.update(typed)
    return params


def int_param(params: dict[str, Any], name: str, default: int) -> int:
    """An integer parameter, as Telegram reads it."""
    value = params.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        raise bad(f"wrong parameter {name} in request") from None
