"""State that survives a restart: the real bot (``python -m bot run``) is killed with SIGKILL
in the middle of a conversation and started again on the same database; the guided /addfact
form goes on at the step it was at, and a follow-up is read in the chat's context."""

from __future__ import annotations

import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.botrunner import ADMIN_ID, USER_ID, bot_process, wait_until
from tests.telegram_fake import FakeTelegram
from tests.userchat import Chat

QUOTE = "Таким образом, сотрудничество выходит за рамки отдельных контрактов"
STATEMENT = "Restart-safety: the cooperation goes beyond single contracts."


@contextmanager
def running(fake: FakeTelegram, database: Path) -> Iterator[subprocess.Popen]:
    """The bot as a child process, killed with SIGKILL (no shutdown) when the block ends, a
    moment after its last reply (the persistence write follows it within the same update)."""
    polls = sum(1 for call in fake.calls if call.method == "getUpdates")
    process = bot_process(fake, database)
    try:
        fake.wait_for(
            method="getUpdates",
            count=polls + 1,
            include_failed=True,
            include_pending=True,
            timeout=30,
        )
        yield process
        time.sleep(0.2)
    finally:
        process.kill()
        process.communicate(timeout=10)


def test_guided_addfact_resumes_at_its_step_after_sigkill(tmp_path):
    database = tmp_path / "bot.db"
    with FakeTelegram() as fake:
        admin = Chat(fake, user_id=ADMIN_ID)
        with running(fake, database):
            assert "step 1" in admin.say("/addfact")["plain_text"]
            assert "quote" in admin.say("turkey-azerbaijan")["plain_text"].lower()
            assert "English translation" in admin.say(QUOTE)["plain_text"]
        # killed while the form waits for the translation
        with running(fake, database):
            assert "Step 4 of 8" in admin.say("-")["plain_text"]
            assert "Step 5 of 8" in admin.say(STATEMENT)["plain_text"]
            assert "Step 6 of 8" in admin.say("-")["plain_text"]
            assert "Step 7 of 8" in admin.say("Turkey")["plain_text"]
            assert "Save it?" in admin.say("-")["plain_text"]
        # killed while the preview waits for Save: the button still saves
        with running(fake, database):
            _, saved = admin.press("adm:ok")
            assert saved["plain_text"].startswith("Saved fact")
    with sqlite3.connect(database) as db:
        saved = db.execute("select quote, source from facts where statement = ?", [STATEMENT])
        assert saved.fetchall() == [(QUOTE, "turkey-azerbaijan")]
        assert db.execute("select count(*) from sessions where kind like 'conv%'").fetchone() == (
            0,
        )


def test_follow_up_after_sigkill_is_read_in_context(tmp_path):
    database = tmp_path / "bot.db"
    with FakeTelegram() as fake:
        reader = Chat(fake, user_id=USER_ID)
        with running(fake, database):
            assert "Turkey" in reader.say("what did Turkey sign with Azerbaijan?")["plain_text"]
            # killed once the update that answered is done: its thread is in the database
            wait_until(lambda: _saved_thread(database, USER_ID), 10, "the chat's thread saved")
        with running(fake, database):
            reply = reader.say("and when was that?")["plain_text"]
    # in context: the date is not stated, but the signing in Istanbul is what it says
    assert "Istanbul" in reply, reply


def _saved_thread(database: Path, chat_id: int) -> bool:
    """Whether the chat's follow-up thread is in the sessions table (bot.persistence)."""
    with sqlite3.connect(database) as conn:
        row = conn.execute(
            "select value from sessions where kind = 'chat' and key = ?", [str(chat_id)]
        ).fetchone()
    return row is not None and '"thread"' in row[0]


def test_the_first_start_asks_the_language_and_a_restart_does_not_ask_again(tmp_path):
    database = tmp_path / "bot.db"
    with FakeTelegram() as fake:
        reader = Chat(fake, user_id=USER_ID)
        with running(fake, database):
            assert "Which language" in reader.say("/start")["plain_text"]
        with running(fake, database):  # no language chosen, but asked once already
            assert "Which language" not in reader.say("/start")["plain_text"]


def test_what_a_conversation_holds_reads_back_as_it_was_written():
    from collections import OrderedDict

    from bot.persistence import decode, encode

    data = {
        "facts_lists": OrderedDict({12: ["baykar", "<b>1.</b>"], 9: ["", "…"]}),
        "addfact_pending": ({"statement": "S.", "quote": "Q."}, "f-1", 1.5),
        "thread": {"last": [2.5, {"fact": "tr-x"}], "by_message": {"7": {"fact": "tr-x"}}},
    }
    again = decode(encode(data))
    assert list(again["facts_lists"].items()) == [(12, ["baykar", "<b>1.</b>"]), (9, ["", "…"])]
    again["facts_lists"].popitem(last=False)  # still ordered, oldest first
    raw, fact_id, at = again["addfact_pending"]
    assert (raw, fact_id, at) == ({"statement": "S.", "quote": "Q."}, "f-1", 1.5)
    assert again["thread"] == data["thread"]
