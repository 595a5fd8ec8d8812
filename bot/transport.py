"""The Bot API's HTTP client: python-telegram-bot's ``BaseRequest`` over one aiohttp session.

PTB's own client (``HTTPXRequest``: httpx, httpcore, h11 and anyio) cost more CPU per reply
than everything else the bot does for an answer: on the loopback bench (docs/performance.md,
"End to end") a reply took 1.4-1.6 ms of CPU with it and 0.9-1.0 ms through aiohttp, whose
HTTP parser is written in C; with every question new the bot went from 0.52-0.59 to 0.73-0.78
of the minimal echo bot's replies a second. ``BaseRequest`` is PTB's documented extension
point for such a backend, and aiohttp a well-kept library: this module only maps PTB's calls
onto it. What the bot relies on:

- a call without files is posted as one JSON object (``application/json``, which the Bot API
  reads like a form): percent-encoding every parameter, Cyrillic text three times its size,
  was a tenth of the bot's CPU time per answer; uploads go multipart, as PTB sends them;
- PTB's time-outs: connect, pool (waiting for a free connection: aiohttp's ``connect`` spans
  both) and read (for getUpdates PTB adds the long poll). aiohttp has no write time-out: its
  read clock starts once the headers are out, so an upload's read time-out includes the
  write time-out;
- at most ``connection_pool_size`` connections;
- a proxy from the environment (``HTTPS_PROXY``, ``HTTP_PROXY``, ``ALL_PROXY``, with
  ``NO_PROXY``), read once at start-up as PTB's httpx client read it; aiohttp reads it per
  request when asked to, which cost more than the whole send;
- a 5xx whose body is not JSON (a proxy's HTML error page, such as nginx's 502) reads as the
  JSON error Telegram would send, so PTB raises its NetworkError without first logging a
  JSON-parsing traceback;
- time-outs raise PTB's TimedOut, other failures its NetworkError, aiohttp's exception as the
  cause, which :func:`may_have_arrived` reads for bot/resilience.py.
"""

from __future__ import annotations

import json
import urllib.request
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

_NO_UPDATES = b'{"ok": true, "result": []}'
#: failures after the request (or part of it) went out: Telegram may have acted on it
_AFTER_SENDING = (
    aiohttp.SocketTimeoutError,  # no answer within the read time-out
    aiohttp.ServerDisconnectedError,
    aiohttp.ClientPayloadError,  # the answer broke off
    aiohttp.ClientOSError,  # the connection failed while sending or waiting...
)
_NEVER_SENT = aiohttp.ClientConnectorError  # ...unless it never connected (a ClientOSError too)
Timeouts = tuple[float | None, float | None, float | None, float | None]


def may_have_arrived(error: BaseException | None) -> bool:
    """True when *error* (aiohttp's, the cause of PTB's) came after the request went out, so
    Telegram may have carried it out: not a refused connection or a full pool."""
    return isinstance(error, _AFTER_SENDING) and not isinstance(error, _NEVER_SENT)


class BotApiRequest(BaseRequest):
    """PTB's ``BaseRequest`` over one aiohttp session (see the module docstring); the
    time-outs are PTB's defaults, read_timeout the bot's."""

    def __init__(
        self,
        connection_pool_size: int = 1,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        self._size = connection_pool_size
        self._defaults: Timeouts = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._proxies: dict[str, str] = {}
        self._by_url: dict[str, str | None] = {}  # each method URL's proxy, looked up once
        self._timeouts: dict[tuple[Timeouts, bool], aiohttp.ClientTimeout] = {}
        self._json_headers = {"User-Agent": self.USER_AGENT, "Content-Type": "application/json"}

    @property
    def read_timeout(self) -> float | None:
        """See :attr:`telegram.request.BaseRequest.read_timeout`."""
        return self._defaults[0]

    @property
    def closed(self) -> bool:
        """Whether there is no open session (before initialize, after shutdown)."""
        return self._session is None or self._session.closed

    async def initialize(self) -> None:
        """Open the session (it needs the running event loop) and read the proxy settings."""
        if self.closed:
            self._proxies = urllib.request.getproxies_environment()
            self._by_url.clear()
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._size),
                cookie_jar=aiohttp.DummyCookieJar(),  # the Bot API sets none
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """See :meth:`telegram.request.BaseRequest.do_request`."""
        if self._session is None or self._session.closed:
            raise RuntimeError("This BotApiRequest is not initialized")
        upload = request_data is not None and request_data.contains_files
        given = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        timeout = self._timeout(given, upload)
        body, headers = self._body(request_data)
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout, proxy=self._proxy(url)
            ) as response:
                code, payload = response.status, await response.read()
        except TimeoutError as error:  # aiohttp's time-outs are TimeoutErrors too
            raise TimedOut(f"Timed out ({type(error).__name__}: {error})") from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error
        return code, _json_error(code, payload)

    def _body(self, request_data: RequestData | None) -> tuple[Any, dict[str, str]]:
        """The request's body and headers: JSON, or multipart when it carries files."""
        if request_data is None:
            return None, {"User-Agent": self.USER_AGENT}
        if not request_data.contains_files:
            parameters = request_data.parameters
            text = json.dumps(parameters, ensure_ascii=False, separators=(",", ":"))
            return text.encode(), self._json_headers
        form = aiohttp.FormData()
        for name, value in request_data.json_parameters.items():
            form.add_field(name, value)
        for name, (filename, content, mime_type) in request_data.multipart_data.items():
            form.add_field(name, content, filename=filename, content_type=mime_type)
        return form, {"User-Agent": self.USER_AGENT}

    def _timeout(self, given: tuple[Any, ...], upload: bool) -> aiohttp.ClientTimeout:
        """aiohttp's time-outs for PTB's (read, write, connect, pool), each the default when
        not given; built once for each combination."""
        defaults = list(self._defaults)
        if upload:
            defaults[1] = self._media_write_timeout
        read, write, connect, pool = (
            default if isinstance(value, DefaultValue) else value
            for value, default in zip(given, defaults, strict=True)
        )
        key = ((read, write, connect, pool), upload)
        timeout = self._timeouts.get(key)
        if timeout is None:
            sock_read = read
            if upload and read is not None:
                sock_read = None if write is None else read + write
            timeout = self._timeouts[key] = aiohttp.ClientTimeout(
                total=None,
                connect=None if connect is None or pool is None else connect + pool,
                sock_connect=connect,
                sock_read=sock_read,
            )
        return timeout

    def _proxy(self, url: str) -> str | None:
        """The proxy for *url* from the environment read at start-up, or None."""
        if url not in self._by_url:
            parts = urlsplit(url)
            proxy = self._proxies.get(parts.scheme) or self._proxies.get("all")
            bypass = proxy is None or urllib.request.proxy_bypass(parts.netloc)  # NO_PROXY
            self._by_url[url] = None if bypass else proxy
        return self._by_url[url]


def _json_error(code: int, payload: bytes) -> bytes:
    """*payload*, or, for a 5xx whose body is not JSON, the JSON error Telegram would send."""
    if code >= HTTPStatus.INTERNAL_SERVER_ERROR:
        try:
            json.loads(payload)
        except ValueError:
            error = {"ok": False, "error_code": code, "description": f"HTTP {code}, not JSON"}
            return json.dumps(error).encode()
    return payload


class PollingRequest(BotApiRequest):
    """The HTTP client for getUpdates; after a 409 Conflict it stops asking Telegram and
    answers every later poll with no updates."""

    conflict = False

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        """See :meth:`telegram.request.BaseRequest.do_request`."""
        if self.conflict:
            return HTTPStatus.OK, _NO_UPDATES
        code, payload = await super().do_request(*args, **kwargs)
        self.conflict = code == HTTPStatus.CONFLICT
        return code, payload
