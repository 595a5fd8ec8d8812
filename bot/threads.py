"""Which chats' data the bot keeps: the latest ``MAX_CHATS`` to ask. A chat's data holds its
follow-up thread (:class:`knowledge.followup.Thread`) and the answers an edited question
replaces. Users' data is kept while it holds something (an admin's form in hand)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

MAX_CHATS = 10_000  # chats whose data (thread, answers to edit) is kept: the latest to ask
SLACK = 1_000  # chats past the bound before the quietest are forgotten, a batch at a time


class ChatDataOwner(Protocol):
    """What :func:`forget_quiet_chats` needs of python-telegram-bot's Application."""

    @property
    def chat_data(self) -> Mapping[int, dict[str, Any]]: ...

    @property
    def user_data(self) -> Mapping[int, dict[str, Any]]: ...

    def drop_chat_data(self, chat_id: int) -> None: ...

    def drop_user_data(self, user_id: int) -> None: ...


def forget_quiet_chats(application: ChatDataOwner) -> int:
    """Keep the data of at most ``MAX_CHATS`` chats, those that asked last: a chat's thread
    is worth nothing once its context has expired, and without a bound every chat that ever
    wrote would stay in memory. Returns how many chats were forgotten."""
    _forget_empty_users(application)
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


def _forget_empty_users(application: ChatDataOwner) -> None:
    """Drop the empty data python-telegram-bot makes for every user it persists (one per
    reader who ever asked, else): past the bound, an empty entry is worth nothing."""
    users = application.user_data
    if len(users) > MAX_CHATS + SLACK:
        for user in [user for user, data in users.items() if not data]:
            application.drop_user_data(user)
