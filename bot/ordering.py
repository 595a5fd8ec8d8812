"""Updates handled side by side across users, one after another for each user.

python-telegram-bot documents ``ConversationHandler`` as unsafe beside concurrent update
processing: two steps of one form handled at once both see the form's old state. Here a
user's updates wait for each other (in the order Telegram sent them) while other users'
updates go on at the same time, at most ``limit`` at once. After each update, ``after``
(the application's persistence, see bot.persistence) writes what the update changed, before
the user's next update starts: a kill -9 loses at most the update in hand. The write holds
the user's turn but frees the update's slot, so other users' updates are handled meanwhile.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

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

    async def _handle(self, coroutine: Awaitable[Any]) -> None:
        async with self._running:
            await coroutine
        # Keeping what it changed holds the user's turn, not a slot: meanwhile the next
        # user's question is answered.
        if self.after is not None:
            await self.after()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for the user's earlier updates, then for a free slot, then handle it and
        keep what it changed."""
        key = _key(update)
        if key is None:
            await self._handle(coroutine)
            return
        turn = self._turns.setdefault(key, asyncio.Lock())
        self._queued[key] = self._queued.get(key, 0) + 1
        try:
            async with turn:
                await self._handle(coroutine)
        finally:
            self._queued[key] -= 1
            if not self._queued[key]:  # nobody waits: forget the user
                del self._queued[key], self._turns[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""


def _key(update: object) -> int | None:
    """Whose turn an update waits for: its user, else its chat."""
    if not isinstance(update, Update):
        return None
    if update.effective_user is not None:
        return update.effective_user.id
    return update.effective_chat.id if update.effective_chat is not None else None
