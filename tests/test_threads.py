"""Follow-up threads stay bounded: the last context expires after 30 minutes and a chat keeps
the contexts of at most ``KEPT`` answers."""

from __future__ import annotations

from bot.threads import MAX_CHATS, SLACK, forget_quiet_chats
from knowledge.followup import KEPT, TTL, Thread


def test_the_last_context_expires_after_thirty_minutes():
    state: dict = {}
    thread = Thread(state)
    thread.remember(0.0, 1, {"q": "first"})
    thread.remember(10.0, 2, {"q": "second"})
    assert thread.context_for(20.0) == {"q": "second"}
    assert thread.context_for(20.0, replied_to=1) == {"q": "first"}  # a reply to an answer
    assert thread.context_for(TTL + 11.0) is None
    assert state["last"] is None  # forgotten, not only ignored


def test_a_chat_keeps_at_most_kept_contexts():
    state: dict = {}
    thread = Thread(state)
    for n in range(KEPT * 3):
        thread.remember(float(n), n, {"n": n})
    assert len(state["by_message"]) == KEPT
    assert thread.context_for(KEPT * 3.0, replied_to=0) == {"n": KEPT * 3 - 1}  # gone: latest
    assert thread.context_for(KEPT * 3.0, replied_to=KEPT * 2) == {"n": KEPT * 2}


class _Application:
    """The part of PTB's Application that keeps chat data."""

    def __init__(self) -> None:
        self.chat_data: dict[int, dict] = {}
        self.user_data: dict[int, dict] = {}

    def drop_chat_data(self, chat_id: int) -> None:
        del self.chat_data[chat_id]

    def drop_user_data(self, user_id: int) -> None:
        del self.user_data[user_id]


def test_fifty_thousand_chats_keep_at_most_the_latest_ten_thousand():
    application = _Application()
    for chat in range(50_000):
        data = application.chat_data.setdefault(chat, {})
        Thread(data.setdefault("thread", {})).remember(float(chat), chat, {"chat": chat})
        forget_quiet_chats(application)
        assert len(application.chat_data) <= MAX_CHATS + SLACK
    assert 49_999 in application.chat_data and 0 not in application.chat_data
    assert Thread(application.chat_data[49_999]["thread"]).context_for(49_999.0) == {"chat": 49_999}


def test_fifty_thousand_users_keep_only_data_that_holds_something():
    application = _Application()
    application.user_data[7001] = {"draft": {"step": "quote"}}  # an admin's form in hand
    for user in range(50_000):
        application.user_data.setdefault(user, {})  # what PTB makes for each reader
        forget_quiet_chats(application)
        assert len(application.user_data) <= MAX_CHATS + SLACK + 1
    assert application.user_data[7001] == {"draft": {"step": "quote"}}
