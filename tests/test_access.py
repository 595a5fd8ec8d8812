"""Only numeric ADMIN_IDS curate: every admin command and button is refused to anyone else,
politely, with nothing changed and no document sent."""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Iterator

import pytest
from telegram import CallbackQuery, Update, User
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, ConversationHandler

from bot import commands
from bot.admin import commands as admin
from bot.admin import drafts, gaps
from bot.config import ConfigError, parse_admin_ids
from bot.texts import t
from tests.botrunner import ADMIN_ID, USER_ID, BotThread
from tests.telegram_fake import BOT_USER
from tests.userchat import Chat, snapshot

REFUSAL = t("admin_only", "en")
SOURCE = "https://example.com/forged"
_strangers = itertools.count(60_001)  # a fresh non-admin per case: no case is rate-limited

COMMANDS = [
    "/addfact",
    f"/addfact Forged statement. | Forged quote. | {SOURCE}",
    "/editfact tr-istanbul-memorandum statement Forged.",
    "/delfact tr-istanbul-memorandum",
    "/undo",
    "/facts",
    "/facts baykar",
    f"/addarticle Forged | Outlet | {SOURCE}\nForged text of the article.",
    "/export",
    "/gaps",
    "/drafts",
    "/drafts china-azerbaijan",
    "/stats",
    "/import",
    "/addfact@briefbot_test_bot Forged. | Forged. | https://example.com/x",
    "/EXPORT",
    "/Delfact@BriefBot_Test_Bot tr-istanbul-memorandum",
    "/export@briefbot_test_bot",
    "/editfact tr-istanbul-memorandum statement <b>x</b>'; DROP TABLE facts; --",
]
DOCUMENTS = [
    ("article.txt", "/addarticle Forged | - | -"),
    ("article.txt", "Forged | - | -"),
    ("facts.jsonl", "/import"),
    ("facts.csv", "/import@briefbot_test_bot"),
]
ASKED = [("notes.txt", None)]  # a captionless .txt: admins are asked what it is, readers told
# the bot reads text
CALLBACKS = [
    "adm:facts:0",
    "adm:facts:10",
    "adm:facts:²",
    "adm:facts:-1",
    "adm:src:turkey-azerbaijan",
    "adm:src:https://example.com/forged",
    "adm:ok",
    "adm:no",
    "adm:dup:edit",
    "adm:dup:new",
    "adm:gapl:1:0",
    "adm:gapn:1",
    "adm:gapd:1",
    "adm:drf:q:0",
    "adm:drw:0",
    "adm:drp:china-azerbaijan",
    "adm:upl:article:1",
    "adm:upl:import:1",
    "adm:anything",
    "adm:",
]


def flatten(handlers: list[BaseHandler]) -> Iterator[BaseHandler]:
    """Every handler, those inside conversations (entry points, states, fallbacks) included."""
    for handler in handlers:
        if isinstance(handler, ConversationHandler):
            inner = [*handler.entry_points, *handler.fallbacks]
            inner += [h for state in handler.states.values() for h in state]
            yield from flatten(inner)
        else:
            yield handler


@pytest.fixture
def stranger(bot) -> Iterator[Chat]:
    """The private chat of a user who is not an admin and has not been seen yet (so no case
    is rate-limited); after the test the database is as before and no document was sent."""
    fake, runner = bot
    before = snapshot(runner.settings.database)
    yield Chat(fake, user_id=next(_strangers))
    assert snapshot(runner.settings.database) == before
    methods = {call.method for call in fake.calls}
    assert not methods & {"sendDocument", "getFile", "editMessageText"}


def admin_handlers() -> list[BaseHandler]:
    """The curators' commands (the registry's admin rows) and their faces' buttons and uploads."""
    rows = [c.handler() for c in commands.COMMANDS if c.audience is commands.ADMIN]
    return [*rows, *admin.handlers(), *gaps.handlers(), *drafts.handlers()]


def _pressed(data: str) -> Update:
    user = User(USER_ID, "T", False)
    return Update(1, callback_query=CallbackQuery("1", user, "chat", data=data))


def test_the_table_covers_every_admin_handler():
    """A new admin command, button or upload must get a row here."""
    handlers = list(flatten(admin_handlers()))
    named = {re.match(r"/(\w+)", c).group(1).lower() for c in COMMANDS}
    named.add("cancel")  # the guided form's own: a reader never gets into the form
    for handler in handlers:
        if isinstance(handler, CommandHandler):
            assert handler.commands <= named, handler.commands - named
        elif isinstance(handler, CallbackQueryHandler):
            assert any(handler.check_update(_pressed(data)) for data in CALLBACKS), handler.pattern
    uploads = [
        Update.de_json(
            {
                "update_id": 1,
                "message": {
                    "message_id": 1,
                    "date": 0,
                    "chat": {"id": USER_ID, "type": "private"},
                    "from": {"id": USER_ID, "is_bot": False, "first_name": "T"},
                    "document": {"file_id": "x", "file_unique_id": "x", "file_name": name},
                    "caption": caption,
                },
            },
            None,
        )
        for name, caption in [*DOCUMENTS, *ASKED]
    ]
    top_level = [h for h in admin.handlers() if type(h).__name__ == "MessageHandler"]
    assert top_level
    for handler in top_level:
        assert any(handler.check_update(update) for update in uploads), handler.filters


@pytest.mark.parametrize("command", COMMANDS)
def test_non_admin_commands_are_refused(stranger, command):
    assert stranger.say(command)["text"] == REFUSAL


@pytest.mark.parametrize("command", ["/export", "/delfact tr-istanbul-memorandum", "/addfact"])
def test_non_admin_commands_in_a_group_are_refused(stranger, command):
    group = Chat(stranger.fake, user_id=stranger.user_id, chat_type="group")
    assert group.say(command)["text"] == REFUSAL


def test_an_edited_command_of_a_non_admin_is_refused(stranger):
    edited = {"text": "/delfact tr-istanbul-memorandum", "edit_date": int(time.time())}
    stranger.push_raw(edited, kind="edited_message")
    assert stranger.wait_new(0)[0]["text"] == REFUSAL


@pytest.mark.parametrize(("file_name", "caption"), DOCUMENTS)
def test_non_admin_uploads_are_refused_unread(stranger, file_name, caption):
    assert stranger.upload(file_name, b'{"statement": "x"}\n', caption)["text"] == REFUSAL


def test_a_non_admins_captionless_txt_gets_the_readers_reply_unread(stranger):
    [(file_name, _)] = ASKED
    reply = stranger.upload(file_name, b"Some text.\n")
    assert reply["text"].startswith("I answer questions written as")


@pytest.mark.parametrize("data", CALLBACKS)
def test_forged_admin_buttons_are_refused(stranger, data):
    message = {
        "message_id": 1,
        "from": BOT_USER,
        "chat": {"id": stranger.chat_id, "type": "private", "first_name": "Test"},
        "date": int(time.time()),
        "text": "Facts 1-10 of 55",
    }
    answer, _ = stranger.press(data, message, expect_reply=False)
    assert answer["text"] == REFUSAL and answer["show_alert"] is True
    assert not stranger.views()


def test_forged_save_during_an_admins_form_is_refused(bot):
    fake, runner = bot
    admin, reader = Chat(fake, user_id=ADMIN_ID), Chat(fake, user_id=USER_ID)
    before = snapshot(runner.settings.database)
    steps = ["/addfact", SOURCE, "A forged-looking quote.", "A statement.", "-", "-", "-"]
    for text in steps:
        preview = admin.say(text)
    assert "Save it?" in preview["plain_text"]

    forged, _ = reader.press("adm:ok", preview, expect_reply=False)
    assert forged["text"] == REFUSAL
    assert snapshot(runner.settings.database) == before

    _, cancelled = admin.press("adm:no", preview)
    assert cancelled["text"] == "Cancelled; nothing was changed."
    assert snapshot(runner.settings.database) == before


def test_admins_are_known_by_numeric_id_not_username(fake_telegram, tmp_path):
    with BotThread(fake_telegram, tmp_path / "bot.db", admin_ids=frozenset({ADMIN_ID})):
        admin = Chat(fake_telegram, user_id=ADMIN_ID)
        assert "Questions" in admin.say("/stats", username="chief")["text"]
        # Someone else under the admin's (released, re-registered) username: still refused.
        impostor = Chat(fake_telegram, user_id=USER_ID)
        assert impostor.say("/stats", username="chief")["text"] == REFUSAL
        # Names that look like the admin's id are only names.
        other = Chat(fake_telegram, user_id=next(_strangers))
        named = {"username": f"id{ADMIN_ID}", "first_name": str(ADMIN_ID)}
        assert other.say("/stats", **named)["text"] == REFUSAL
    assert parse_admin_ids(f"{ADMIN_ID}, 7002") == frozenset({ADMIN_ID, 7002})
    with pytest.raises(ConfigError):
        parse_admin_ids("@chief")
