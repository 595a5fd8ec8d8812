"""A fan-out survives kill -9: ``python -m bot run`` is killed with SIGKILL while it notifies
hundreds of followers; after a restart every follower has the notification, and only the
messages in flight at the kill (at most the sender's window) arrive twice."""

from __future__ import annotations

import sqlite3
import time
from collections import Counter

from bot.sender import WINDOW
from knowledge.service import Knowledge
from tests.botrunner import ADMIN_ID, bot_process, stop_process, wait_until
from tests.seeded import seeded_database
from tests.telegram_fake import FakeTelegram
from tests.userchat import Chat

FOLLOWERS = 400
FIRST_READER = 300_000
KILL_AFTER = 100
ADDFACT = "/addfact Turkey opened a consulate in Nakhchivan. | Fan-out quote. | https://e.com/fan"


def delivered(fake: FakeTelegram) -> Counter:
    """Notifications Telegram accepted, per follower."""
    return Counter(r["chat_id"] for r in fake.sent_messages() if r["text"].startswith("<b>🔔 New"))


def test_fan_out_killed_mid_way_loses_nothing_and_duplicates_only_what_was_in_flight(tmp_path):
    database = seeded_database(tmp_path / "bot.db")
    knowledge = Knowledge.open(database)
    turkey = knowledge.browsing.find_concept("Turkey")
    readers = range(FIRST_READER, FIRST_READER + FOLLOWERS)
    for chat_id in readers:
        knowledge.subscriptions.follow(chat_id, turkey, "en")
    knowledge.close()

    with FakeTelegram() as fake:
        process = bot_process(fake, database, TELEGRAM_MAX_RATE="100")
        try:
            assert fake.wait_until_polled(timeout=30), "the bot never polled"
            admin = Chat(fake, ADMIN_ID)
            admin.push(ADDFACT)
            wait_until(lambda: sum(delivered(fake).values()) >= KILL_AFTER, 30, "the fan-out")
            stop_process(process, kill=True)  # SIGKILL mid fan-out
            before_restart = delivered(fake)
            assert KILL_AFTER <= len(before_restart) < FOLLOWERS, "the kill came too late"

            process = bot_process(fake, database, TELEGRAM_MAX_RATE="100")
            wait_until(lambda: len(delivered(fake)) == FOLLOWERS, 60, "every follower")
            time.sleep(0.5)  # anything sent twice would arrive now
        finally:
            output = stop_process(process, kill=False)
        counts = delivered(fake)
    assert set(counts) == set(readers), output
    duplicates = sum(n - 1 for n in counts.values())
    assert duplicates <= WINDOW, f"{duplicates} duplicates"
    assert max(counts.values()) <= 2
    assert admin.views()[0]["text"].startswith("Saved fact")
    with sqlite3.connect(database) as db:
        assert db.execute("select count(*) from outbox where sent_at is null").fetchone() == (0,)
        assert db.execute("select count(*) from outbox").fetchone() == (FOLLOWERS,)
