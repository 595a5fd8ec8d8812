"""Answers outrank bookkeeping: what readers never see (the question log) cannot delay or
replace an answer, and another process's write lock makes nobody but the writer wait."""

from __future__ import annotations

import sqlite3
import threading
import time

from tests.botrunner import ADMIN_ID, BotThread, bot_process, stop_process
from tests.seeded import seeded_database
from tests.telegram_fake import FakeTelegram
from tests.userchat import Chat

QUESTION = "what did Turkey sign with Azerbaijan?"
ANSWERED = "меморандум о взаимной безопасности"
LOCK_SECONDS = 10.0
ADDFACT = "/addfact Lock-test statement about Turkey. | Lock-test quote. | https://example.com/lock"


def test_a_lone_surrogate_then_twenty_questions_are_all_answered(tmp_path):
    database = seeded_database(tmp_path / "bot.db")
    with FakeTelegram() as fake:
        process = bot_process(fake, database)
        try:
            assert fake.wait_until_polled(timeout=30), "the bot never polled"
            Chat(fake, 700).say("\ud800 what did Turkey sign?")
            time.sleep(1.5)  # the log's writer has tried the entry by now
            readers = [Chat(fake, 710 + n) for n in range(20)]
            for reader in readers:
                reader.push(QUESTION)
            fake.wait_for(lambda p: 710 <= p.get("chat_id", 0) < 730, count=20, timeout=30)
        finally:
            output = stop_process(process, kill=False)
    assert all(ANSWERED in reader.views()[0]["text"] for reader in readers)
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
        readers = [Chat(fake, 800 + n) for n in range(25)]
        for reader in readers[:20]:
            reader.push(QUESTION)
        fake.wait_for(lambda p: 800 <= p.get("chat_id", 0) < 820, count=20, timeout=30)
        time.sleep(4)  # the log's writer tries, and gives up
        for reader in readers[20:]:
            reader.push(QUESTION)
        fake.wait_for(lambda p: 820 <= p.get("chat_id", 0) < 825, count=5, timeout=30)
        refusal = Chat(fake, ADMIN_ID).say(ADDFACT)
    assert all(ANSWERED in reader.views()[0]["text"] for reader in readers)
    assert all(len(reader.views()) == 1 for reader in readers), "a reader was told more"
    assert "cannot be written" in refusal["text"]
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
            Chat(fake, 900).say(QUESTION)
            held = threading.Event()
            locker = threading.Thread(
                target=_hold_write_lock, args=(database, LOCK_SECONDS, held), daemon=True
            )
            started = time.monotonic()
            locker.start()
            held.wait(5)
            admin = Chat(fake, ADMIN_ID)
            admin.push(ADDFACT)
            waits = []
            for n in range(8):
                asked = time.monotonic()
                Chat(fake, 910 + n).say(QUESTION)
                waits.append(time.monotonic() - asked)
                time.sleep(0.5)
            assert time.monotonic() - started < LOCK_SECONDS, "the questions outlasted the lock"
            assert not admin.views(), "the admin's change did not wait for the lock"
            (saved_reply,) = admin.wait_new(0, timeout=30)
            locker.join()
        finally:
            output = stop_process(process, kill=False)
    assert max(waits) < 1.0, waits
    assert saved_reply["text"].startswith("Saved fact"), admin.views()
    with sqlite3.connect(database) as db:
        saved = db.execute("select count(*) from facts where source like '%/lock'").fetchone()[0]
    assert saved == 1, output
