"""Answers outrank bookkeeping: what readers never see (the question log) cannot delay or
replace an answer, and another process's write lock makes nobody but the writer wait."""

from __future__ import annotations

import sqlite3
import threading
import time

from tests.botrunner import ADMIN_ID, BotThread, bot_process
from tests.seeded import seeded_database
from tests.telegram_fake import FakeTelegram
from tests.test_fanout_crash import _end

QUESTION = "what did Turkey sign with Azerbaijan?"
ANSWERED = "меморандум о взаимной безопасности"
LOCK_SECONDS = 10.0
ADDFACT = "/addfact Lock-test statement about Turkey. | Lock-test quote. | https://example.com/lock"


def answered(fake: FakeTelegram, chat_id: int) -> list[str]:
    return [m["text"] for m in fake.sent_messages(chat_id)]


def test_a_lone_surrogate_then_twenty_questions_are_all_answered(tmp_path):
    database = seeded_database(tmp_path / "bot.db")
    with FakeTelegram() as fake:
        process = bot_process(fake, database)
        try:
            assert fake.wait_until_polled(timeout=30), "the bot never polled"
            fake.push_message("\ud800 what did Turkey sign?", user_id=700)
            fake.wait_for(lambda p: p.get("chat_id") == 700, timeout=15)
            time.sleep(1.5)  # the log's writer has tried the entry by now
            for n in range(20):
                fake.push_message(QUESTION, user_id=710 + n)
            fake.wait_for(lambda p: 710 <= p.get("chat_id", 0) < 730, count=20, timeout=30)
        finally:
            output = _end(process, kill=False)
    replies = [answered(fake, 710 + n) for n in range(20)]
    assert all(ANSWERED in texts[0] for texts in replies)
    assert output.count("characters UTF-8 cannot hold was cleaned") == 1, output
    with sqlite3.connect(database) as db:
        logged = db.execute("select count(*) from questions").fetchone()[0]
    assert logged == 21


def test_answers_keep_coming_when_the_database_turns_read_only(tmp_path, caplog):
    database = seeded_database(tmp_path / "bot.db")
    with FakeTelegram() as fake, BotThread(fake, database) as bot:
        store = bot.knowledge.briefing.store
        store.db.execute("PRAGMA query_only = 1")  # every write now fails as on a read-only file
        journal_connect = store.journal._connect

        def read_only() -> sqlite3.Connection:
            conn = journal_connect()
            conn.execute("PRAGMA query_only = 1")
            return conn

        store.journal._connect = read_only
        for n in range(20):
            fake.push_message(QUESTION, user_id=800 + n)
        fake.wait_for(lambda p: 800 <= p.get("chat_id", 0) < 820, count=20, timeout=30)
        time.sleep(4)  # the log's writer tries, and gives up
        for n in range(5):
            fake.push_message(QUESTION, user_id=820 + n)
        fake.wait_for(lambda p: 820 <= p.get("chat_id", 0) < 825, count=5, timeout=30)
        fake.push_message(ADDFACT, user_id=ADMIN_ID)
        fake.wait_for(lambda p: p.get("chat_id") == ADMIN_ID, timeout=30)
    assert all(ANSWERED in answered(fake, 800 + n)[0] for n in range(25))
    assert all(len(answered(fake, 800 + n)) == 1 for n in range(25)), "a reader was told more"
    assert "cannot be written" in answered(fake, ADMIN_ID)[0]
    warnings = [r.getMessage() for r in caplog.records if r.name == "knowledge.store.journal"]
    assert sum("cannot be written" in w for w in warnings) == 1, warnings
    assert any("gave up writing" in w for w in warnings), warnings


def _hold_write_lock(database, seconds: float, held: threading.Event) -> None:
    """Another process's writer: the write lock taken and kept for *seconds*."""
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("insert into meta (key, value) values ('lock-test', 'held')")
    held.set()
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()


def test_a_write_lock_elsewhere_delays_only_the_admin_whose_fact_is_saved_after(tmp_path):
    database = seeded_database(tmp_path / "bot.db")
    with FakeTelegram() as fake:
        process = bot_process(fake, database)
        try:
            assert fake.wait_until_polled(timeout=30), "the bot never polled"
            fake.push_message(QUESTION, user_id=900)
            fake.wait_for(lambda p: p.get("chat_id") == 900, timeout=15)
            held = threading.Event()
            locker = threading.Thread(
                target=_hold_write_lock, args=(database, LOCK_SECONDS, held), daemon=True
            )
            started = time.monotonic()
            locker.start()
            held.wait(5)
            fake.push_message(ADDFACT, user_id=ADMIN_ID)
            waits = []
            for n in range(8):
                asked = time.monotonic()
                fake.push_message(QUESTION, user_id=910 + n)
                fake.wait_for(lambda p, c=910 + n: p.get("chat_id") == c, timeout=15)
                waits.append(time.monotonic() - asked)
                time.sleep(0.5)
            assert time.monotonic() - started < LOCK_SECONDS, "the questions outlasted the lock"
            assert not answered(fake, ADMIN_ID), "the admin's change did not wait for the lock"
            fake.wait_for(lambda p: p.get("chat_id") == ADMIN_ID, timeout=30)
            locker.join()
        finally:
            output = _end(process, kill=False)
    assert max(waits) < 1.0, waits
    assert answered(fake, ADMIN_ID)[0].startswith("Saved fact"), answered(fake, ADMIN_ID)
    with sqlite3.connect(database) as db:
        saved = db.execute("select count(*) from facts where source like '%/lock'").fetchone()[0]
    assert saved == 1, output
