"""A user's side of a conversation with the running bot, for the end-to-end user tests.

``Chat`` pushes messages and button presses to the fake Bot API and waits for what the bot
sends back; ``assert_healthy`` checks what every reply must satisfy (valid Telegram HTML,
at most 4096 characters, no failed calls, no error message, no logged errors).
"""

from __future__ import annotations

import atexit
import functools
import itertools
import logging
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bot.texts import TEXTS
from knowledge.outcomes import Answer
from knowledge.service import Knowledge
from tests.botrunner import USER_ID, running_on
from tests.seeded import seeded_database
from tests.telegram_fake import BOT_USERNAME, FakeBotApi
from tests.telegram_html import telegram_html_error

_raw_ids = itertools.count(900_000)
_user_ids = itertools.count(50_001)
ERROR_TEXTS = {TEXTS[lang]["error"] for lang in TEXTS}


def new_user_id() -> int:
    """A user id no other test of the session has used (so chats do not mix)."""
    return next(_user_ids)


@functools.cache
def engine() -> Knowledge:
    """The answer engine on a database of its own, to pick questions by how they are answered
    (so the tests do not depend on exactly how the engine ranks or thresholds)."""
    directory = tempfile.mkdtemp(prefix="userchat-")
    knowledge = Knowledge.open(seeded_database(Path(directory) / "probe.db"))
    atexit.register(shutil.rmtree, directory, True)
    atexit.register(knowledge.close)
    return knowledge


def question_where(predicate: Callable[[Answer], bool], candidates: Iterable[str]) -> str:
    """The first candidate question whose answer satisfies *predicate*."""
    candidates = list(candidates)
    for question in candidates:
        if predicate(engine().answering.ask(question)):
            return question
    raise AssertionError(f"none of {candidates} is answered as the test needs")


def buttons(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The inline buttons of a sent message, row by row flattened."""
    markup = record.get("reply_markup") or {}
    return [button for row in markup.get("inline_keyboard", []) for button in row]


def button_data(record: dict[str, Any], label: str) -> str:
    """The callback data of the button whose text is *label*."""
    for button in buttons(record):
        if button["text"] == label:
            return button["callback_data"]
    raise AssertionError(f"no button {label!r} in {[b['text'] for b in buttons(record)]}")


def replied_id(record: dict[str, Any]) -> int | None:
    """The message id a sent message replies to (None when it is not a reply)."""
    replied = record["message"].get("reply_to_message")
    return replied["message_id"] if replied else None


class Chat:
    """One user in one chat (private by default) talking to the bot."""

    def __init__(
        self,
        fake: FakeBotApi,
        user_id: int = USER_ID,
        chat_type: str = "private",
        language_code: str = "en",
    ) -> None:
        self.fake = fake
        self.user_id = user_id
        self.chat_type = chat_type
        self.chat_id = user_id if chat_type == "private" else -user_id
        self.language_code = language_code

    # -- what the bot sent ---------------------------------------------------------------

    def sent(self) -> list[dict[str, Any]]:
        """Every message the bot sent to this chat, oldest first."""
        return [r for r in self.fake.sent_messages(self.chat_id) if r["method"] == "sendMessage"]

    def views(self) -> list[dict[str, Any]]:
        """Every message the bot sent here and every edit of one, oldest first."""
        methods = ("sendMessage", "editMessageText")
        return [r for r in self.fake.sent_messages(self.chat_id) if r["method"] in methods]

    def wait_view(self, before: int, timeout: float = 10.0) -> dict[str, Any]:
        """The first message sent or edited here after the first *before* views."""
        deadline = time.monotonic() + timeout
        while len(views := self.views()) <= before:
            assert time.monotonic() < deadline, f"no new or edited message in {self.chat_id}"
            time.sleep(0.01)
        return views[before]

    def wait_view_starting(self, prefix: str, before: int = 0, timeout: float = 60.0) -> dict:
        """The first message sent or edited here, after the first *before* views, whose text
        starts with *prefix* (an import's report, which may replace its progress message)."""
        deadline = time.monotonic() + timeout
        while True:
            views = self.views()[before:]
            found = [view for view in views if view["plain_text"].startswith(prefix)]
            if found:
                return found[0]
            assert time.monotonic() < deadline, f"no {prefix!r} in {self.chat_id}: {views[-3:]}"
            time.sleep(0.02)

    def wait_new(self, before: int, count: int = 1, timeout: float = 10.0) -> list[dict]:
        """Wait until the bot has sent *count* messages here after the first *before*."""
        deadline = time.monotonic() + timeout
        while True:
            sent = self.sent()
            if len(sent) >= before + count:
                return sent[before:]
            failed = [
                c
                for c in self.fake.calls
                if c.method == "sendMessage"
                and c.ok is False
                and c.fault is None
                and str(c.params.get("chat_id")) == str(self.chat_id)
            ]
            assert not failed, f"sendMessage failed: {failed}"
            assert time.monotonic() < deadline, (
                f"timed out waiting for {count} message(s) to chat {self.chat_id}; "
                f"recent calls: {self.fake.calls[-8:]}"
            )
            time.sleep(0.01)

    # -- what the user does --------------------------------------------------------------

    def push(self, text: str, **kwargs: Any) -> dict[str, Any]:
        """Send a text message without waiting; returns the pushed message."""
        if self.language_code == "en":
            update = self.fake.push_message(
                text, user_id=self.user_id, chat_type=self.chat_type, **kwargs
            )
            return update["message"]
        message = {
            "message_id": next(_raw_ids),
            "from": {
                "id": self.user_id,
                "is_bot": False,
                "first_name": "Test",
                "language_code": self.language_code,
            },
            "chat": {"id": self.chat_id, "type": self.chat_type, "first_name": "Test"},
            "date": int(time.time()),
            "text": text,
        }
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        self.fake.push_update({"message": message})
        return message

    def say(self, text: str, **kwargs: Any) -> dict[str, Any]:
        """Send a text message and return the bot's (single) reply record."""
        return self.say_many(text, 1, **kwargs)[0]

    def say_many(self, text: str, count: int, **kwargs: Any) -> list[dict[str, Any]]:
        """Send a text message and wait for *count* messages from the bot."""
        before = len(self.sent())
        self.push(text, **kwargs)
        return self.wait_new(before, count)

    def push_raw(self, message: dict[str, Any], kind: str = "message") -> dict[str, Any]:
        """Push a message-like update of *kind* (message, edited_message, channel_post...)."""
        chat: dict[str, Any] = {"id": self.chat_id, "type": self.chat_type}
        chat.update({"first_name": "Test"} if self.chat_type == "private" else {"title": "T"})
        full = {"message_id": next(_raw_ids), "date": int(time.time()), "chat": chat, **message}
        if kind != "channel_post":
            full.setdefault(
                "from",
                {"id": self.user_id, "is_bot": False, "first_name": "Test", "language_code": "en"},
            )
        return self.fake.push_update({kind: full})

    def press(
        self, data: str, message: dict[str, Any] | None = None, *, expect_reply: bool = True
    ) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """Press a button (callback *data*) under *message* (a sent record or message dict).

        Returns the answerCallbackQuery parameters and the bot's new message, or the message
        it edited in place (None when no reply is expected).
        """
        before = len(self.views())
        target = message.get("message", message) if message else None
        update = self.fake.push_callback(data, user_id=self.user_id, message=target)
        query_id = update["callback_query"]["id"]
        answer = self.fake.wait_for(
            lambda p: str(p.get("callback_query_id")) == query_id,
            method="answerCallbackQuery",
        )[-1].params
        if not expect_reply:
            return answer, None
        return answer, self.wait_view(before)

    def inline(self, query: str) -> dict[str, Any]:
        """Type ``@bot query``; returns the answerInlineQuery parameters."""
        update = self.fake.push_inline(query, user_id=self.user_id)
        query_id = update["inline_query"]["id"]
        return self.fake.wait_for(
            lambda p: str(p.get("inline_query_id")) == query_id, method="answerInlineQuery"
        )[-1].params

    def mention(self, text: str) -> str:
        """*text* addressed to the bot by @username."""
        return f"@{BOT_USERNAME} {text}"


def snapshot(database) -> tuple[list, list, int]:
    """Facts, articles and audit length straight from the database (read-only)."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        facts = db.execute("select * from facts order by id").fetchall()
        articles = db.execute("select id, title, text from articles order by id").fetchall()
        audit = db.execute("select count(*) from audit").fetchone()[0]
    return facts, articles, audit


def quiet(fake: FakeBotApi, seconds: float = 0.5) -> None:
    """Wait until the bot has fetched every update and made no call but polls for *seconds*;
    for a bot polling in this process, until it has handled every update it fetched and no
    call is under way (then a short quiet spell is enough)."""
    assert fake.wait_until_polled()
    runner = running_on(fake)
    if runner is not None:
        runner.wait_idle()
        seconds = 0.05
        deadline = time.monotonic() + 10
        while any(c.ok is None and c.method != "getUpdates" for c in fake.calls):
            assert time.monotonic() < deadline, "a Bot API call never ended"
            time.sleep(0.01)
    count, since = -1, time.monotonic()
    while time.monotonic() - since < seconds:
        calls = sum(1 for c in fake.calls if c.method != "getUpdates")
        if calls != count:
            count, since = calls, time.monotonic()
        time.sleep(0.02)


def assert_healthy(fake: FakeBotApi, caplog: Any = None, since: int = 0) -> None:
    """Since call number *since*: every call succeeded (injected faults aside), every message is
    valid Telegram HTML of at most 4096 characters, no error reply, no error logged."""
    calls = fake.calls[since:]
    failed = [c for c in calls if c.ok is False and c.fault is None]
    assert not failed, f"failed Bot API calls: {failed}"
    for call in calls:
        if call.method not in ("sendMessage", "editMessageText"):
            continue
        text = call.params["text"]
        if call.params.get("parse_mode") == "HTML":
            assert telegram_html_error(text) is None, (telegram_html_error(text), text)
        assert len(text) <= 4096
        assert text not in ERROR_TEXTS, "the bot reported an internal error"
    if caplog is not None:
        errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
        assert not errors, [r.getMessage() for r in errors]
