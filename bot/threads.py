"""The thread of a chat: which earlier question a follow-up question leans on.

A chat remembers the context of its last answer for ``TTL`` seconds, and of its recent
answers by their message id (as long), so that replying to an older answer continues that
one. Pure bookkeeping: the engine decides whether a question leans on the context at all.

Memory is bounded: a context older than ``TTL`` is evicted, a chat keeps at most ``KEPT``,
and :class:`Threads` keeps the threads of the ``MAX_CHATS`` chats that asked last (a chat
quiet for ``TTL`` has nothing left to keep anyway).
"""

from __future__ import annotations

from collections import OrderedDict

TTL = 30 * 60.0  # seconds a context stays one a follow-up can lean on
KEPT = 50  # answers per chat whose context a reply can still take up
MAX_CHATS = 10_000  # chats whose threads are kept, the most recently active


class Thread:
    """The contexts of one chat's recent answers."""

    def __init__(self) -> None:
        self._last: tuple[float, object] | None = None
        self._by_message: OrderedDict[int, tuple[float, object]] = OrderedDict()

    def context_for(self, now: float, replied_to: int | None = None) -> object | None:
        """The context a new question is read in: the answer it replies to, else the last
        answer of the chat while it is fresh."""
        self.expire(now)
        if replied_to is not None and replied_to in self._by_message:
            return self._by_message[replied_to][1]
        return self._last[1] if self._last is not None else None

    def remember(self, now: float, message_id: int | None, context: object | None) -> None:
        """Keep an answer's context as the chat's latest (and by its message id)."""
        if context is None:
            return
        self._last = (now, context)
        if message_id is not None:
            self._by_message[message_id] = (now, context)
            while len(self._by_message) > KEPT:
                self._by_message.popitem(last=False)

    def expire(self, now: float) -> None:
        """Forget the contexts older than ``TTL`` (oldest first, so this stops early)."""
        if self._last is not None and now - self._last[0] > TTL:
            self._last = None
        while self._by_message:
            first = next(iter(self._by_message.values()))
            if now - first[0] <= TTL:
                break
            self._by_message.popitem(last=False)

    def __len__(self) -> int:
        return len(self._by_message) + (self._last is not None)


class Threads:
    """The threads of the chats that asked most recently, at most ``MAX_CHATS``."""

    def __init__(self, max_chats: int = MAX_CHATS) -> None:
        self.max_chats = max_chats
        self._chats: OrderedDict[int, Thread] = OrderedDict()

    def of(self, chat_id: int, now: float) -> Thread:
        """The chat's thread (a new one for a chat not kept); evicts the least recently
        asking chats beyond the bound, and an expired one at the far end."""
        thread = self._chats.pop(chat_id, None) or Thread()
        self._chats[chat_id] = thread
        while len(self._chats) > self.max_chats:
            self._chats.popitem(last=False)
        oldest_id, oldest = next(iter(self._chats.items()))
        oldest.expire(now)
        if not oldest and oldest_id != chat_id:
            del self._chats[oldest_id]
        return thread

    def __len__(self) -> int:
        return len(self._chats)
