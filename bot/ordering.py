"""Updates handled side by side across users, one after another for each user.

python-telegram-bot documents ``ConversationHandler`` as unsafe beside concurrent update
processing: two steps of one form handled at once both see the form's old state. Here a
user's updates wait for each other (in the order Telegram sent them) while other users'
updates go on at the same time, at most ``limit`` at once. After each update, ``after``
(the application's persistence, see bot.persistence) writes what the update changed, before
the user's next update starts: a kill -9 loses at most the update in hand. The write holds
the user's turn but frees the update's slot, so other users' updates are handled meanwhile,
and it waits for python-telegram-bot to finish with the update, so that each update's changes
are copied and written once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

log = logging.getLogger(__name__)

WAITING = 1024  # updates that may wait for their user's turn (not counted in the limit)


class PerUserOrder(BaseUpdateProcessor):
    """At most *limit* updates at once; a user's updates in order, one at a time."""

    def __init__(self, limit: int) -> None:
        super().__init__(max_concurrent_updates=WAITING)
        self.limit = limit
        self._running = asyncio.Semaphore(limit)
        self._turns: dict[int, asyncio.Lock] = {}
        self._queued: dict[int, int] = {}
        #: awaited after each update (set once the application is built)
        self.after: Callable[[], Awaitable[None]] | None = None
        self._keeping: set[asyncio.Future[None]] = set()  # writes under way

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for the user's earlier updates, then for a free slot, then handle it; what
        it changed is kept once python-telegram-bot is done with it (see :meth:`_keep`),
        before the user's next update starts."""
        key = _key(update)
        turn = None
        if key is not None:
            turn = self._turns.setdefault(key, asyncio.Lock())
            self._queued[key] = self._queued.get(key, 0) + 1
            await turn.acquire()
        try:
            async with self._running:
                await coroutine
        except BaseException:
            self._next(key, turn)
            raise
        task = asyncio.current_task()
        assert task is not None  # PTB runs each update in a task of its own
        task.add_done_callback(lambda _: self._keep(key, turn))

    def _keep(self, key: int | None, turn: asyncio.Lock | None) -> None:
        """Write what the update changed, then let the user's next update in. This runs when
        the update's task has ended: python-telegram-bot marks the update's chat and user
        for its persistence once more then, and a write before that mark would be repeated
        at the next update (every chat's data copied and encoded twice)."""
        keeping = asyncio.ensure_future(self._write_then_next(key, turn))
        self._keeping.add(keeping)
        keeping.add_done_callback(self._keeping.discard)

    async def _write_then_next(self, key: int | None, turn: asyncio.Lock | None) -> None:
        try:
            if self.after is not None:
                await self.after()
        except Exception:  # noqa: BLE001 - logged; the next update still goes on
            log.exception("could not keep what an update changed")
        finally:
            self._next(key, turn)

    def _next(self, key: int | None, turn: asyncio.Lock | None) -> None:
        """Let the user's next update in, and forget a user nobody waits for."""
        if key is None or turn is None:
            return
        turn.release()
        self._queued[key] -= 1
        if not self._queued[key]:
            del self._queued[key], self._turns[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Let the writes under way finish (python-telegram-bot then flushes its
        persistence)."""
        if self._keeping:
            await asyncio.gather(*self._keeping, return_exceptions=True)


def _key(update: object) -> int | None:
    """Whose turn an update waits for: its user, else its chat."""
    if not isinstance(update, Update):
        return None
    if update.effective_user is not None:
        return update.effective_user.id
    return update.effective_chat.id if update.effective_chat is not None else None
