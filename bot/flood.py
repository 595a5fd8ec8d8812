"""Per-user flood protection: a token bucket per user, checked before any handler runs.

Every update from a user (message, button press, inline query, …) costs one token. A bucket
holds ``CAPACITY`` tokens and refills at ``RATE`` per second, so a burst of ten questions (or
twenty quick button presses) passes while someone sending 50 messages a second is cut to about
one a second. A dropped update gets no reply; the user is told once per throttle period (until
the bucket has filled up again) that they are too fast. Admins get a larger, faster bucket.
"""

from __future__ import annotations

import enum
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.access import is_admin
from bot.context import Context
from bot.texts import t, user_lang

log = logging.getLogger(__name__)

CAPACITY = 20  # a burst of this many updates passes at once
RATE = 1.0  # tokens refilled per second: the sustained rate a user is served at
ADMIN_FACTOR = 5  # admins: five times the burst and the rate
MAX_USERS = 10_000  # buckets kept at most; the least recently seen are forgotten first


class Verdict(enum.Enum):
    """What to do with an update."""

    PASS = "pass"
    WARN = "warn"  # drop it, and tell the user to slow down
    DROP = "drop"  # drop it silently (the user has been told)


@dataclass
class _Bucket:
    """One user's tokens, when they were last counted, and whether the user was told."""

    tokens: float
    stamp: float
    warned: bool = False


class TokenBuckets:
    """Token buckets by key: *capacity* tokens each, refilled at *rate* tokens per second.

    A bucket untouched long enough to be full again is forgotten, and at most *max_keys*
    buckets are kept (the least recently used go first), so memory stays bounded.
    """

    def __init__(
        self,
        capacity: float = CAPACITY,
        rate: float = RATE,
        max_keys: int = MAX_USERS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.capacity = capacity
        self.rate = rate
        self.max_keys = max_keys
        self.clock = clock
        self._buckets: OrderedDict[int, _Bucket] = OrderedDict()  # least recently used first

    def __len__(self) -> int:
        return len(self._buckets)

    def take(self, key: int) -> Verdict:
        """Spend one token of *key*'s bucket if it has one."""
        now = self.clock()
        self._evict(now)
        bucket = self._buckets.pop(key, None)
        if bucket is None:
            bucket = _Bucket(self.capacity, now)
        else:
            bucket.tokens = min(self.capacity, bucket.tokens + (now - bucket.stamp) * self.rate)
            bucket.stamp = now
            if bucket.tokens >= self.capacity:
                bucket.warned = False
        self._buckets[key] = bucket
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            return Verdict.PASS
        if bucket.warned:
            return Verdict.DROP
        bucket.warned = True
        return Verdict.WARN

    def _evict(self, now: float) -> None:
        """Forget buckets idle long enough to be full, and the oldest beyond *max_keys*."""
        full_after = self.capacity / self.rate
        while self._buckets:
            oldest = next(iter(self._buckets.values()))
            if now - oldest.stamp < full_after and len(self._buckets) < self.max_keys:
                break
            self._buckets.popitem(last=False)


class FloodGuard:
    """The check every update passes first (see :func:`handler`)."""

    def __init__(self) -> None:
        self.users = TokenBuckets()
        self.admins = TokenBuckets(CAPACITY * ADMIN_FACTOR, RATE * ADMIN_FACTOR)

    async def __call__(self, update: Update, context: Context) -> None:
        """Let the update through, or stop it (raising ``ApplicationHandlerStop``)."""
        user = update.effective_user
        if user is None:
            return
        buckets = self.admins if is_admin(update, context) else self.users
        verdict = buckets.take(user.id)
        if verdict is Verdict.PASS:
            return
        if verdict is Verdict.WARN:
            log.warning("user %s is sending too fast; dropping updates", user.id)
            await _tell(update)
        raise ApplicationHandlerStop


async def _tell(update: Update) -> None:
    """Tell the user to slow down: on the button they pressed, or in their chat (an inline
    query has neither; it just goes unanswered)."""
    text = t("slow_down", user_lang(update))
    try:
        if update.callback_query:
            await update.callback_query.answer(text)
        elif update.effective_message and update.effective_chat:
            await update.effective_chat.send_message(text)
    except TelegramError as error:  # the notice is a courtesy; the update is dropped anyway
        log.warning("could not send the slow-down notice: %s", type(error).__name__)


def handler() -> TypeHandler:
    """The flood guard as a handler; register it in group -1 so it runs before all others."""
    return TypeHandler(Update, FloodGuard())
