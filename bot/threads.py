"""The thread of a chat: which earlier question a follow-up question leans on.

A chat remembers the context of its last answer for ``TTL`` seconds, and of its recent
answers by their message id, so that replying to an older answer continues that one. Pure
bookkeeping: the engine decides whether a question leans on the context at all.
"""

from __future__ import annotations

from collections import OrderedDict

TTL = 30 * 60.0  # seconds a chat's last question stays the context of the next one
KEPT = 50  # answers per chat whose context a reply can still take up


class Thread:
    """The contexts of one chat's recent answers."""

    def __init__(self) -> None:
        self._last: tuple[float, object] | None = None
        self._by_message: OrderedDict[int, object] = OrderedDict()

    def context_for(self, now: float, replied_to: int | None = None) -> object | None:
        """The context a new question is read in: the answer it replies to, else the last
        answer of the chat while it is fresh."""
        if replied_to is not None and replied_to in self._by_message:
            return self._by_message[replied_to]
        if self._last is not None and now - self._last[0] <= TTL:
            return self._last[1]
        return None

    def remember(self, now: float, message_id: int | None, context: object | None) -> None:
        """Keep an answer's context as the chat's latest (and by its message id)."""
        if context is None:
            return
        self._last = (now, context)
        if message_id is not None:
            self._by_message[message_id] = context
            while len(self._by_message) > KEPT:
                self._by_message.popitem(last=False)
