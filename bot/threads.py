"""The thread of a chat: which earlier question a follow-up question leans on.

A chat remembers the context of its last answer for ``TTL`` seconds, and of its recent
answers by their message id, so that replying to an older answer continues that one. Pure
bookkeeping: the engine decides whether a question leans on the context at all.

The thread keeps its state in a plain dict (the chat's ``chat_data``, which bot.persistence
keeps in the database), contexts as the engine's plain records and times as wall-clock
seconds, so a chat's thread goes on after a restart.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

TTL = 30 * 60.0  # seconds a chat's last question stays the context of the next one
KEPT = 50  # answers per chat whose context a reply can still take up
MAX_CHATS = 10_000  # chats whose data (thread, answers to edit) is kept: the latest to ask
SLACK = 1_000  # chats past the bound before the quietest are forgotten, a batch at a time


class ChatDataOwner(Protocol):
    """What :func:`forget_quiet_chats` needs of python-telegram-bot's Application."""

    @property
    def chat_data(self) -> Mapping[int, dict[str, Any]]: ...

    def drop_chat_data(self, chat_id: int) -> None: ...


class Thread:
    """The contexts of one chat's recent answers, kept in *state*."""

    def __init__(self, state: dict[str, Any]) -> None:
        self._state = state
        state.setdefault("last", None)  # [time, context]
        state.setdefault("by_message", {})  # message id (as text) -> context, oldest first

    def context_for(self, now: float, replied_to: int | None = None) -> dict[str, Any] | None:
        """The context a new question is read in: the answer it replies to, else the last
        answer of the chat while it is fresh."""
        by_message = self._state["by_message"]
        if replied_to is not None and str(replied_to) in by_message:
            found: dict[str, Any] = by_message[str(replied_to)]
            return found
        last = self._state["last"]
        if last is not None and now - last[0] > TTL:
            self._state["last"] = last = None  # expired: nothing to keep
        return last[1] if last is not None else None

    def remember(self, now: float, message_id: int | None, context: dict[str, Any] | None) -> None:
        """Keep an answer's context as the chat's latest (and by its message id)."""
        if context is None:
            return
        self._state["last"] = [now, context]
        if message_id is not None:
            by_message = self._state["by_message"]
            by_message[str(message_id)] = context
            while len(by_message) > KEPT:
                del by_message[next(iter(by_message))]


def forget_quiet_chats(application: ChatDataOwner) -> int:
    """Keep the data of at most ``MAX_CHATS`` chats, those that asked last: a chat's thread
    is worth nothing once its context has expired, and without a bound every chat that ever
    wrote would stay in memory. Returns how many chats were forgotten."""
    chats = application.chat_data
    if len(chats) <= MAX_CHATS + SLACK:
        return 0

    def asked_at(chat: int) -> float:
        last = chats[chat].get("thread", {}).get("last")
        return float(last[0]) if last else 0.0

    quiet = sorted(chats, key=asked_at)[: len(chats) - MAX_CHATS]
    for chat in quiet:
        application.drop_chat_data(chat)
    return len(quiet)
