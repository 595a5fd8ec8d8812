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

*getUpdates* is retried for ever by PTB's Updater. ``bot.transport.PollingRequest`` only stands down
once Telegram answers 409 Conflict (another instance polls with the token): later polls,
including the Updater's last "confirm updates" call on shutdown, never reach Telegram, where
each would cut off the other instance's long poll and stop that instance too.

The HTTP clients themselves (aiohttp, a proxy's HTML error page read as a plain 5xx) are
in bot/transport.py.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application, BaseRateLimiter

from bot.transport import may_have_arrived

log = logging.getLogger(__name__)

#: calls that only dress the bot up (menus, descriptions) or tidy up (a webhook left over):
#: tried once; a failure is logged once per method and the bot serves on without it
COSMETIC = frozenset(
    {"setMyCommands", "setMyDescription", "setMyShortDescription", "deleteWebhook"}
)
#: getMe is retried by :func:`connect`, which knows it is start-up, not by the limiter
UNRETRIED = frozenset({"getMe"})
#: calls that post something new: one Telegram may have carried out is not repeated blindly
POSTING = ("send", "copyMessage", "forwardMessage")
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
    return may_have_arrived(error.__cause__)


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
