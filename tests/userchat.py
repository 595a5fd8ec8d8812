"""A user's side of a conversation with the running bot, for the end-to-end user tests.

``Chat`` is the one way the tests talk to the bot: it pushes messages, edits, files, button
presses and inline queries to the fake Bot API as one user in one chat (private or a group's)
and waits for what the bot sends back, each reply checked to be what Telegram accepts.
``assert_healthy`` checks what every reply must satisfy (valid Telegram HTML, at most 4096
characters, no failed calls, no error message, no logged errors).
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
from tests.telegram_fake import BOT_USERNAME, Call, FakeBotApi
from tests.telegram_html import telegram_html_error

_raw_ids = itertools.count(900_000)
_user_ids = itertools.count(50_001)
ERROR_TEXTS = {TEXTS[lang]["error"] for lang in TEXTS}
_NEW = ("sendMessage", "sendDocument", "sendPhoto")  # what makes a new message in a chat


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


def callbacks(record: dict[str, Any]) -> list[str]:
    """The callback data of every button under a sent message, in order (a Share button has
    none: it types an inline query)."""
    return [button["callback_data"] for button in buttons(record) if "callback_data" in button]


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
    """One user in one chat (private by default) talking to the bot.

    A group's members are one ``Chat`` each, with the group's *chat_id*; alone, a group chat
    of the user's own has the id ``-user_id``.
    """

    def __init__(
        self,
        fake: FakeBotApi,
        user_id: int = USER_ID,
        chat_type: str = "private",
        language_code: str = "en",
        chat_id: int | None = None,
    ) -> None:
        self.fake = fake
        self.user_id = user_id
        self.chat_type = chat_type
        default = user_id if chat_type == "private" else -user_id
        self.chat_id = default if chat_id is None else chat_id
        self.language_code = language_code

    # -- what the bot sent ---------------------------------------------------------------

    def sent(self) -> list[dict[str, Any]]:
        """Every message the bot sent to this chat (texts, documents, photos), oldest first."""
        return [r for r in self.fake.sent_messages(self.chat_id) if r["method"] in _NEW]

    def views(self) -> list[dict[str, Any]]:
        """Every message the bot sent here and every edit of one, oldest first."""
        return list(self.fake.sent_messages(self.chat_id))

    def attempts(self) -> list[Call]:
        """Every sendMessage call to this chat, failed and faulted ones included."""
        return [
            c
            for c in self.fake.calls
            if c.method == "sendMessage" and str(c.params.get("chat_id")) == str(self.chat_id)
        ]

    def wait_view(self, before: int, timeout: float = 10.0) -> dict[str, Any]:
        """The first message sent or edited here after the first *before* views."""
        deadline = time.monotonic() + timeout
        while len(views := self.views()) <= before:
            assert time.monotonic() < deadline, f"no new or edited message in {self.chat_id}"
            time.sleep(0.01)
        return _valid(views[before])

    def wait_view_starting(self, prefix: str, before: int = 0, timeout: float = 60.0) -> dict:
        """The first message sent or edited here, after the first *before* views, whose text
        starts with *prefix* (an import's report, which may replace its progress message)."""
        deadline = time.monotonic() + timeout
        while True:
            views = self.views()[before:]
            found = [view for view in views if view["plain_text"].startswith(prefix)]
            if found:
                return _valid(found[0])
            assert time.monotonic() < deadline, f"no {prefix!r} in {self.chat_id}: {views[-3:]}"
            time.sleep(0.02)

    def wait_new(self, before: int, count: int = 1, timeout: float = 10.0) -> list[dict]:
        """Wait until the bot has sent *count* messages here after the first *before*."""
        deadline = time.monotonic() + timeout
        while True:
            sent = self.sent()
            if len(sent) >= before + count:
                return [_valid(record) for record in sent[before:]]
            failed = [
                c
                for c in self.fake.calls
                if c.method in _NEW
                and c.ok is False
                and c.fault is None
                and str(c.params.get("chat_id")) == str(self.chat_id)
            ]
            assert not failed, f"sending failed: {failed}"
            assert time.monotonic() < deadline, (
                f"timed out waiting for {count} message(s) to chat {self.chat_id}; "
                f"recent calls: {self.fake.calls[-8:]}"
            )
            time.sleep(0.01)

    # -- what the user does --------------------------------------------------------------

    def push(self, text: str, **kwargs: Any) -> dict[str, Any]:
        """Send a text message without waiting; returns the pushed message.

        *kwargs* go to ``FakeBotApi.push_message`` (``username``, ``reply_to_message``...).
        """
        update = self.fake.push_message(text, **self._sender(), **kwargs)
        return update["message"]

    def say(self, text: str, timeout: float = 10.0, **kwargs: Any) -> dict[str, Any]:
        """Send a text message and return the bot's (single) reply record."""
        return self.say_many(text, 1, timeout, **kwargs)[0]

    def say_many(
        self, text: str, count: int, timeout: float = 10.0, **kwargs: Any
    ) -> list[dict[str, Any]]:
        """Send a text message and wait up to *timeout* seconds for *count* messages from the
        bot (a bot in another process may want longer than one in this one)."""
        before = len(self.sent())
        self.push(text, **kwargs)
        return self.wait_new(before, count, timeout)

    def edit(self, message: dict[str, Any], text: str) -> dict[str, Any]:
        """Change the user's earlier *message* to *text* (an edited_message update)."""
        return self.fake.push_edit(self.chat_id, message["message_id"], text)

    def push_document(
        self, file_name: str, content: bytes, caption: str | None = None
    ) -> dict[str, Any]:
        """Send a file (a document with *caption*) without waiting; returns the update."""
        return self.fake.push_document(file_name, content, caption=caption, **self._sender())

    def upload(self, file_name: str, content: bytes, caption: str | None = None) -> dict:
        """Send a file and return the bot's next message or edit here."""
        before = len(self.views())
        self.push_document(file_name, content, caption)
        return self.wait_view(before)

    def push_raw(self, message: dict[str, Any], kind: str = "message") -> dict[str, Any]:
        """Push a message-like update of *kind* (message, edited_message, channel_post...);
        a text starting with "/" gets its bot_command entity, as Telegram adds."""
        chat: dict[str, Any] = {"id": self.chat_id, "type": self.chat_type}
        chat.update({"first_name": "Test"} if self.chat_type == "private" else {"title": "T"})
        full = {"message_id": next(_raw_ids), "date": int(time.time()), "chat": chat, **message}
        text = message.get("text", "")
        if text.startswith("/") and "entities" not in message:
            length = len(text.split()[0])
            full["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        if kind != "channel_post":
            sender = {"id": self.user_id, "is_bot": False, "first_name": "Test"}
            full.setdefault("from", {**sender, "language_code": self.language_code})
        return self.fake.push_update({kind: full})

    def push_press(self, data: str, message: dict[str, Any] | None = None) -> str:
        """Press a button (callback *data*) under *message* (a sent record or message dict;
        by default the bot's last message to the user) without waiting; the query's id."""
        target = message.get("message", message) if message else None
        update = self.fake.push_callback(
            data, user_id=self.user_id, message=target, language_code=self.language_code
        )
        return update["callback_query"]["id"]

    def press(
        self, data: str, message: dict[str, Any] | None = None, *, expect_reply: bool = True
    ) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """Press a button (callback *data*) under *message*, as :meth:`push_press`.

        Returns the answerCallbackQuery parameters and the bot's new message, or the message
        it edited in place (None when no reply is expected).
        """
        before = len(self.views())
        query_id = self.push_press(data, message)
        answer = self.fake.wait_for(
            lambda p: str(p.get("callback_query_id")) == query_id,
            method="answerCallbackQuery",
        )[-1].params
        if not expect_reply:
            return answer, None
        return answer, self.wait_view(before)

    def push_inline(self, query: str) -> str:
        """Type ``@bot query`` without waiting; the inline query's id."""
        update = self.fake.push_inline(
            query, user_id=self.user_id, language_code=self.language_code
        )
        return update["inline_query"]["id"]

    def inline(self, query: str) -> dict[str, Any]:
        """Type ``@bot query``; returns the answerInlineQuery parameters."""
        query_id = self.push_inline(query)
        return self.fake.wait_for(
            lambda p: str(p.get("inline_query_id")) == query_id, method="answerInlineQuery"
        )[-1].params

    def mention(self, text: str) -> str:
        """*text* addressed to the bot by @username."""
        return f"@{BOT_USERNAME} {text}"

    def _sender(self) -> dict[str, Any]:
        """Who sends, where: the keyword arguments of the fake's ``push_*``."""
        return {
            "user_id": self.user_id,
            "chat_id": self.chat_id,
            "chat_type": self.chat_type,
            "language_code": self.language_code,
        }


def _valid(record: dict[str, Any]) -> dict[str, Any]:
    """*record*, once checked to be what Telegram accepts: valid HTML, at most 4096 characters."""
    if record["parse_mode"] == "HTML":
        assert telegram_html_error(record["text"]) is None, record["text"]
    assert len(record["plain_text"]) <= 4096
    return record


def snapshot(database) -> tuple[list, list, int]:
    """Facts, articles and audit length straight from the database (read-only)."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        facts = db.execute("select * from facts order by id").fetchall()
        articles = db.execute("select id, title, text from articles order by id").fetchall()
        audit = db.execute("select count(*) from audit").fetchone()[0]
    return facts, articles, audit


def stored(database: Path, table: str, row_id: str) -> dict[str, Any] | None:
    """One live row of *table* (facts or articles) straight from the database (read-only)."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        db.row_factory = sqlite3.Row
        row = db.execute(f"select * from {table} where id = ?", [row_id]).fetchone()
    if row is None or (table == "facts" and row["deleted"]):
        return None
    return dict(row)


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
