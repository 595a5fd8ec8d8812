"""One database, many processes: what ``briefbot import`` commits beside a running bot reaches
its followers and its answers without a restart, and a notification whose fact is gone is
dropped (with a log line), never marked sent."""

from __future__ import annotations

import json
import sqlite3
import time

from knowledge.service import Knowledge
from tests.botrunner import bot_process, stop_process, wait_until
from tests.processes import briefbot_import
from tests.seeded import seeded_database
from tests.telegram_fake import FakeTelegram
from tests.userchat import Chat

FOLLOWERS = (501, 502, 503)
IMPORTED = {
    "id": "shared-ganja-school",
    "statement": "Turkey opened a drone pilot school in Ganja for Azerbaijani officers.",
    "quote": "Shared-database quote about the Ganja school.",
    "source": "https://example.com/shared",
    "entities": ["Turkey"],
}


def test_an_import_by_another_process_reaches_followers_and_answers(tmp_path):
    database = seeded_database(tmp_path / "bot.db")
    knowledge = Knowledge.open(database)
    turkey = knowledge.browsing.find_concept("Turkey")
    for chat_id in FOLLOWERS:
        knowledge.subscriptions.follow(chat_id, turkey, "en")
    knowledge.close()
    facts = tmp_path / "facts.jsonl"
    facts.write_text(json.dumps(IMPORTED) + "\n", encoding="utf-8")

    with FakeTelegram() as fake:
        process = bot_process(fake, database)
        try:
            assert fake.wait_until_polled(timeout=30), "the bot never polled"
            Chat(fake, 600).say("where is the drone pilot school?", timeout=15)

            imported = briefbot_import(database, facts)
            assert imported.returncode == 0, imported.stderr
            done = time.monotonic()
            reply = Chat(fake, 601).say("Where did Turkey open a drone pilot school?", timeout=15)
            assert time.monotonic() - done < 2.0
            assert "drone pilot school in Ganja" in reply["text"]

            def notified() -> set[int]:
                return {
                    m["chat_id"]
                    for m in fake.sent_messages()
                    if "drone pilot school in Ganja" in m["text"] and m["chat_id"] in FOLLOWERS
                }

            wait_until(lambda: notified() == set(FOLLOWERS), 30, "every follower's notification")
            assert time.monotonic() - done < 30
        finally:
            output = stop_process(process, kill=False)
    with sqlite3.connect(database) as db:
        pending = db.execute("select count(*) from outbox where sent_at is null").fetchone()[0]
    assert pending == 0, output


def test_a_notification_whose_fact_is_gone_is_dropped_not_marked_sent(tmp_path):
    database = seeded_database(tmp_path / "bot.db")
    with sqlite3.connect(database) as db:
        db.execute(
            "insert into outbox (chat_id, kind, batch, fact_id, payload, created_at)"
            " values (?, 'fact', 'gone-1', 'no-such-fact', 'new', '2026-01-01T00:00:00')",
            [FOLLOWERS[0]],
        )
    with FakeTelegram() as fake:
        process = bot_process(fake, database)
        try:
            assert fake.wait_until_polled(timeout=30), "the bot never polled"

            def left() -> int:
                with sqlite3.connect(database) as db:
                    return db.execute("select count(*) from outbox").fetchone()[0]

            wait_until(lambda: left() == 0, 15, "the row to be dropped")
        finally:
            output = stop_process(process, kill=False)
    assert not fake.sent_messages(FOLLOWERS[0])
    assert "dropped: its facts (no-such-fact) are deleted or gone" in output
