"""Riding out Bot API faults: sends retried with bounded backoff, and one poller per token.

*Sends* (every Bot API call but getUpdates) go through :class:`RetryingLimiter`, installed as
the bot's rate limiter: ``ExtBot`` routes exactly those calls through
``BaseRateLimiter.process_request``, with the endpoint's name, after python-telegram-bot has
turned Telegram's answer into an exception. So this hook is the simplest place PTB offers to
retry by error type without replacing the bot or its HTTP client (PTB expects limiters to
retry only RetryAfter; network errors are the deliberate addition). When
``TELEGRAM_MAX_RATE`` is above 0, PTB's :class:`~telegram.ext.AIORateLimiter` still paces
every attempt, but no RetryAfter reaches it, so its retries can't multiply ours. A dropped
connection or a time-out after the request was sent can hide a message Telegram did carry
out, and Telegram has no idempotency key: such a send is retried once at most
(``MAX_UNSURE_RETRIES``), so a message may, rarely, arrive twice, never more; a request that
never left (a refused connection, a full pool) is retried as any fault.

*getUpdates* is retried for ever by PTB's Updater. :class:`PollingRequest` only stands down
once Telegram answers 409 Conflict (another instance polls with the token): later polls,
including the Updater's last "confirm updates" call on shutdown, never reach Telegram, where
each would cut off the other instance's long poll and stop that instance too.

Both HTTP clients are :class:`BotApiRequest`, which reads a proxy's HTML error page as a
plain 5xx, so a 502 costs one warning line rather than a JSON-parsing traceback.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

import httpx
from telegram._utils.defaultvalue import DefaultValue
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, BaseRateLimiter
from telegram.request import HTTPXRequest, RequestData

log = logging.getLogger(__name__)

_NO_UPDATES = b'{"ok": true, "result": []}'
#: calls that only dress the bot up (menus, descriptions) or tidy up (a webhook left over):
#: tried once; a failure is logged once per method and the bot serves on without it
COSMETIC = frozenset(
    {"setMyCommands", "setMyDescription", "setMyShortDescription", "deleteWebhook"}
)
#: getMe is retried by :func:`connect`, which knows it is start-up, not by the limiter
UNRETRIED = frozenset({"getMe"})
#: calls that post something new: one Telegram may have carried out is not repeated blindly
POSTING = ("send", "copyMessage", "forwardMessage")
_AFTER_SENDING = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)  # the request (or part of it) went out
MAX_UNSURE_RETRIES = 1  # retries of a posting call after a failure Telegram may have acted on
CONNECT_FIRST_DELAY = 1.0  # seconds before the first new try to reach Telegram at start-up
CONNECT_MAX_DELAY = 60.0  # ...doubled up to this
Result = bool | dict[str, Any] | list[dict[str, Any]]
Callback = Callable[..., Coroutine[Any, Any, Result]]


@dataclass(frozen=True)
class RetryPolicy:
    """How sends ride out faults, and how long any Bot API call may wait for its answer.

    A fault (a 5xx, a dropped connection, a time-out) is retried with a doubling pause while
    the retry starts within :attr:`budget` seconds of the first try. A 429 is flow control,
    not a fault: its ``retry_after`` is waited out and spends none of that budget (it has its
    own, :attr:`flow_budget`)."""

    #: wait before the first retry after a fault; doubled for each later one...
    backoff: float = 0.5
    #: ...up to this
    max_backoff: float = 8.0
    #: no retry after a fault whose wait would end later than this many seconds after the
    #: first try, 429 pauses not counted
    budget: float = 30.0
    #: longest RetryAfter honoured (an answer comes late rather than never); a longer one is
    #: not waited out (the call fails at once)
    max_retry_after: float = 300.0
    #: at most this many seconds of RetryAfter pauses per call
    flow_budget: float = 600.0
    #: seconds to wait for Telegram's answer (for getUpdates on top of the long-poll timeout)
    read_timeout: float = 5.0

    def delay(
        self, error: Exception, faults: int, elapsed: float, paused: float = 0.0
    ) -> float | None:
        """Seconds to wait before trying again after *error*, or None to give up: the error
        is a refusal, the budget is spent, or Telegram asks for too long a pause. *faults*:
        faults so far, this one included; *elapsed*: seconds since the first try, 429 pauses
        not counted; *paused*: seconds of 429 pauses so far."""
        if isinstance(error, RetryAfter):
            # PTB reads it so too: the public `retry_after` warns of its coming type change
            wait = error._retry_after.total_seconds()
            fits = wait <= self.max_retry_after and paused + wait <= self.flow_budget
            return wait if fits else None
        if not is_transient(error):
            return None
        wait = min(self.backoff * 2 ** (faults - 1), self.max_backoff)
        return wait if elapsed + wait <= self.budget else None


DEFAULT_POLICY = RetryPolicy()


def is_transient(error: BaseException) -> bool:
    """A fault that may pass by itself: a network error, time-out or 5xx, not a refusal (bad
    request, blocked by the user, rejected token, conflict) that a retry would only repeat."""
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest)


def maybe_carried_out(endpoint: str, error: BaseException) -> bool:
    """True when a posting call failed after its request may have reached Telegram: no
    answer in time, or the connection lost while sending or waiting (not a refused
    connection, a full pool or an error status: then Telegram did not act on it)."""
    if not endpoint.startswith(POSTING) or not isinstance(error, NetworkError):
        return False
    return isinstance(error.__cause__, _AFTER_SENDING)


def describe(error: BaseException) -> str:
    """*error* on one short line, for a log message."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text[:160]}{'…' if len(text) > 160 else ''}"


class _Deferred(Exception):
    """Carries a RetryAfter past the throttle, whose own retries would multiply ours."""

    def __init__(self, error: RetryAfter) -> None:
        super().__init__(str(error))
        self.error = error


class RetryingLimiter(BaseRateLimiter[None]):
    """Retries a failed send under a :class:`RetryPolicy`, logging each retry on one line;
    *throttle*, when given, paces every attempt."""

    def __init__(self, policy: RetryPolicy, throttle: BaseRateLimiter | None = None) -> None:
        self.policy = policy
        self.throttle = throttle
        #: monotonic time until which Telegram asked for a pause (its latest 429), so that
        #: senders of bulk messages (bot/sender.py) hold back instead of adding to it
        self.resume_at = 0.0
        self._warned: set[str] = set()  # cosmetic methods whose failure was logged

    async def initialize(self) -> None:
        """Start the throttle."""
        if self.throttle is not None:
            await self.throttle.initialize()

    async def shutdown(self) -> None:
        """Stop the throttle."""
        if self.throttle is not None:
            await self.throttle.shutdown()

    async def process_request(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: None,
    ) -> Result:
        """Make the call, and again after each transient failure while the policy allows."""
        if endpoint in COSMETIC:
            return await self._cosmetic(callback, args, kwargs, endpoint, data)
        if endpoint in UNRETRIED:
            return await self._attempt(callback, args, kwargs, endpoint, data)
        started = time.monotonic()
        faults = retries = unsure = 0
        paused = 0.0  # seconds waited on 429s
        while True:
            try:
                return await self._attempt(callback, args, kwargs, endpoint, data)
            except TelegramError as error:
                flow = isinstance(error, RetryAfter)
                if flow:
                    # the timedelta PTB keeps (its public property warns while it can be an int)
                    pause = error._retry_after.total_seconds()  # type: ignore[attr-defined]
                    self.resume_at = max(self.resume_at, time.monotonic() + pause)
                faults += not flow
                unsure += maybe_carried_out(endpoint, error)
                elapsed = time.monotonic() - started - paused
                delay = self.policy.delay(error, faults, elapsed, paused)
                if delay is None or unsure > MAX_UNSURE_RETRIES:
                    raise
                retries += 1
                log.warning(
                    "%s failed (%s); retry %d in %.1f s", endpoint, describe(error), retries, delay
                )
            await asyncio.sleep(delay)
            paused += delay if flow else 0.0

    async def _cosmetic(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
    ) -> Result:
        try:
            return await self._attempt(callback, args, kwargs, endpoint, data)
        except TelegramError as error:
            if endpoint not in self._warned:
                self._warned.add(endpoint)
                log.warning(
                    "%s failed (%s); the bot serves on without it", endpoint, describe(error)
                )
            return True

    async def _attempt(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
    ) -> Result:
        if self.throttle is None:
            return await callback(*args, **kwargs)

        async def deferring(*args: Any, **kwargs: Any) -> Result:
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                raise _Deferred(error) from None

        try:
            return await self.throttle.process_request(
                deferring, args, kwargs, endpoint, data, None
            )
        except _Deferred as deferred:
            raise deferred.error from None


class BotApiRequest(HTTPXRequest):
    """PTB's HTTP client (httpx), except that

    - a call without files is posted as one JSON object (``application/json``, which the Bot
      API reads like a form) rather than form-encoded: percent-encoding every parameter,
      Cyrillic text three times its size, was a tenth of the bot's CPU time per answer;
      uploads stay multipart, as PTB sends them;
    - a 5xx whose body is not JSON (a proxy's HTML error page, such as nginx's 502) reads as
      the JSON error Telegram would send: PTB then raises its NetworkError without first
      logging a JSON-parsing traceback.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._urls: dict[str, httpx.URL] = {}  # each method's URL, parsed once

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        write_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        connect_timeout: Any = HTTPXRequest.DEFAULT_NONE,
        pool_timeout: Any = HTTPXRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """See :meth:`telegram.request.BaseRequest.do_request`."""
        if method == "POST" and request_data is not None and not request_data.contains_files:
            timeouts = (read_timeout, write_timeout, connect_timeout, pool_timeout)
            code, payload = await self._post_json(url, request_data, *timeouts)
        else:
            code, payload = await super().do_request(
                url,
                method,
                request_data,
                read_timeout,
                write_timeout,
                connect_timeout,
                pool_timeout,
            )
        if code >= HTTPStatus.INTERNAL_SERVER_ERROR:
            try:
                json.loads(payload)
            except ValueError:
                error = {"ok": False, "error_code": code, "description": f"HTTP {code}, not JSON"}
                payload = json.dumps(error).encode()
        return code, payload

    async def _post_json(
        self,
        url: str,
        request_data: RequestData,
        read_timeout: Any,
        write_timeout: Any,
        connect_timeout: Any,
        pool_timeout: Any,
    ) -> tuple[int, bytes]:
        """POST the parameters as JSON through httpx, its time-outs and failures raised as
        :meth:`HTTPXRequest.do_request` raises them (the httpx error as the cause, which
        :func:`maybe_carried_out` reads)."""
        defaults = self._client.timeout
        timeout = httpx.Timeout(
            connect=_given(connect_timeout, defaults.connect),
            read=_given(read_timeout, defaults.read),
            write=_given(write_timeout, defaults.write),
            pool=_given(pool_timeout, defaults.pool),
        )
        body = json.dumps(request_data.parameters, ensure_ascii=False, separators=(",", ":"))
        parsed = self._urls.get(url)
        if parsed is None:  # one per Bot API method: httpx parses a text URL on every call
            parsed = self._urls[url] = httpx.URL(url)
        try:
            response = await self._client.request(
                method="POST",
                url=parsed,
                headers={"User-Agent": self.USER_AGENT, "Content-Type": "application/json"},
                timeout=timeout,
                content=body.encode(),
            )
        except httpx.TimeoutException as error:
            if isinstance(error, httpx.PoolTimeout):
                raise TimedOut(
                    message="Pool timeout: All connections in the connection pool are occupied. "
                    "Request was *not* sent to Telegram. Consider adjusting the connection "
                    "pool size or the pool timeout."
                ) from error
            raise TimedOut from error
        except httpx.HTTPError as error:
            raise NetworkError(f"httpx.{error.__class__.__name__}: {error}") from error
        return response.status_code, response.content


def _given(value: Any, default: float | None) -> float | None:
    """A time-out the caller gave, else the client's own."""
    return default if isinstance(value, DefaultValue) else value


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


async def connect(
    application: Application,
    first_delay: float = CONNECT_FIRST_DELAY,
    max_delay: float = CONNECT_MAX_DELAY,
) -> None:
    """Initialise *application* (its getMe reaches Telegram), trying again with a doubling
    pause while Telegram cannot be reached: one warning line, then an info line per try.
    A rejected token (InvalidToken) or any other refusal is raised at once."""
    delay = first_delay
    failures = 0
    while True:
        try:
            await application.initialize()
        except TelegramError as error:
            if not is_transient(error):
                raise
            failures += 1
            if failures == 1:
                log.warning(
                    "Cannot reach Telegram (%s); trying again in %.0f s, then less often",
                    describe(error),
                    delay,
                )
            else:
                log.info(
                    "Still cannot reach Telegram (%s); next try in %.0f s", describe(error), delay
                )
            await asyncio.sleep(delay)
            delay = min(delay * 2, max_delay)
            continue
        if failures:
            log.info("Reached Telegram after %d failed tries", failures)
        return
