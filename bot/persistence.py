"""python-telegram-bot's persistence over the bot's own SQLite database.

What a conversation has in hand lives in ``user_data`` and ``chat_data`` (the guided /addfact
form's draft, the follow-up thread of knowledge.followup, an admin's pending "save anyway" and
/facts lists) and in the /addfact ``ConversationHandler``'s states. :class:`DatabasePersistence`
keeps them as JSON rows of the ``sessions`` table (``Knowledge.sessions``), in the file the
facts are in, not in a pickle beside it. After every update bot.ordering has PTB hand over
what changed and :meth:`DatabasePersistence.flush` commit it, so a kill -9 loses at most the
update in hand: a restart resumes each form at its step and reads a follow-up in its chat's
context. (PTB's own run every ``SAFETY_INTERVAL`` seconds hands over what the outbox sender
changed, committed with the next update.) Bot data (settings and the knowledge) is built at
start, and the buttons' data is plain text: neither is kept.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import OrderedDict
from typing import Any

from telegram.ext import BasePersistence, PersistenceInput
from telegram.ext._utils.types import ConversationDict, ConversationKey

from bot.writes import write_if_free
from knowledge.service import Knowledge

log = logging.getLogger(__name__)

USER, CHAT, CONVERSATION = "user", "chat", "conversation:"
INT_KEYS = "~int-keys"  # how a dict keyed by numbers (message ids) is written in JSON
SAFETY_INTERVAL = 60  # seconds between PTB's own runs; bot.ordering persists after each update


def encode(value: Any) -> str:
    """JSON for a user's or chat's data: dicts keyed by numbers keep their number keys."""
    return json.dumps(_plain(value), ensure_ascii=False, separators=(",", ":"))


def decode(text: str) -> Any:
    """The data :func:`encode` wrote (dicts as ordered dicts, which the data relies on)."""
    return json.loads(text, object_pairs_hook=_dict)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        if value and all(isinstance(key, int) for key in value):
            return {INT_KEYS: [[key, _plain(item)] for key, item in value.items()]}
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _dict(pairs: list[tuple[str, Any]]) -> OrderedDict[Any, Any]:
    if len(pairs) == 1 and pairs[0][0] == INT_KEYS:
        return OrderedDict((int(key), item) for key, item in pairs[0][1])
    return OrderedDict(pairs)


class DatabasePersistence(BasePersistence[dict[str, Any], dict[str, Any], Any]):
    """User data, chat data and conversation states in the ``sessions`` table."""

    def __init__(self, knowledge: Knowledge) -> None:
        super().__init__(
            store_data=PersistenceInput(bot_data=False, callback_data=False),
            update_interval=SAFETY_INTERVAL,
        )
        self.sessions = knowledge.sessions
        self.knowledge = knowledge  # whose write lock a flush takes only when it is free
        self._written: dict[tuple[str, str], str | None] = {}  # skips unchanged writes
        self._pending: dict[tuple[str, str], str | None] = {}  # written by flush()
        self._failing = False  # the last flush found the database unwritable (warned once)

    def _write(self, kind: str, key: str, value: str | None) -> None:
        if self._written.get((kind, key)) == value:
            return
        self._pending[kind, key] = value
        if value is None:  # forgotten: nothing to compare later writes with
            self._written.pop((kind, key), None)
        else:
            self._written[kind, key] = value

    def _load(self, kind: str) -> dict[int, dict[str, Any]]:
        loaded = {}
        for key, value in self.sessions.load(kind):
            self._written[kind, key] = value
            loaded[int(key)] = decode(value)
        return loaded

    async def get_user_data(self) -> dict[int, dict[str, Any]]:
        """Every user's data as last written."""
        return self._load(USER)

    async def get_chat_data(self) -> dict[int, dict[str, Any]]:
        """Every chat's data as last written."""
        return self._load(CHAT)

    async def get_conversations(self, name: str) -> ConversationDict:
        """The states of conversation *name* by key (chat id, user id)."""
        found: ConversationDict = {}
        for key, value in self.sessions.load(CONVERSATION + name):
            self._written[CONVERSATION + name, key] = value
            found[tuple(json.loads(key))] = json.loads(value)
        return found

    async def update_conversation(
        self, name: str, key: ConversationKey, new_state: object | None
    ) -> None:
        """Keep a conversation's state (None: it ended)."""
        value = None if new_state is None else json.dumps(new_state)
        self._write(CONVERSATION + name, json.dumps(list(key)), value)

    async def update_user_data(self, user_id: int, data: dict[str, Any]) -> None:
        """Keep a user's data (an empty dict is forgotten)."""
        self._write(USER, str(user_id), encode(data) if data else None)

    async def update_chat_data(self, chat_id: int, data: dict[str, Any]) -> None:
        """Keep a chat's data (an empty dict is forgotten)."""
        self._write(CHAT, str(chat_id), encode(data) if data else None)

    async def drop_user_data(self, user_id: int) -> None:
        """Forget a user's data."""
        self._write(USER, str(user_id), None)

    async def drop_chat_data(self, chat_id: int) -> None:
        """Forget a chat's data."""
        self._write(CHAT, str(chat_id), None)

    async def refresh_user_data(self, user_id: int, user_data: dict[str, Any]) -> None:
        """Nothing to do: this process is the only writer."""

    async def refresh_chat_data(self, chat_id: int, chat_data: dict[str, Any]) -> None:
        """Nothing to do: this process is the only writer."""

    # Bot data and callback data are not kept (PersistenceInput above): PTB never calls these.

    async def get_bot_data(self) -> Any:
        """Not kept: the bot data is built at start."""
        return None

    async def update_bot_data(self, data: Any) -> None:
        """Not kept: the bot data is built at start."""

    async def refresh_bot_data(self, bot_data: Any) -> None:
        """Not kept: the bot data is built at start."""

    async def get_callback_data(self) -> None:
        """Not kept: the buttons' data is plain text."""
        return None

    async def update_callback_data(self, data: Any) -> None:
        """Not kept: the buttons' data is plain text."""

    async def flush(self) -> None:
        """Commit what changed since the last flush, in one transaction (after each update:
        see bot.app; a fan-out that touched thousands of chats is one commit, not thousands)."""
        pending = self._pending
        # While another process holds the write lock, what changed waits for the next
        # update's flush: a chat's state is no reason to keep an update slot waiting. A
        # database that cannot be written (read-only, disk full) keeps it waiting too: the
        # reader already has the answer and must not be told of a failure besides.
        try:
            saved = bool(pending) and write_if_free(
                self.knowledge, lambda: self.sessions.save(pending)
            )
        except sqlite3.OperationalError as error:
            if not self._failing:
                log.warning("the chats' state cannot be saved (%s); kept in memory", error)
            self._failing = True
            return
        if saved:
            self._pending = {}
            self._failing = False
