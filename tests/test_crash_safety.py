"""Crash safety: an admin's change is one transaction (the fact with its audit record), confirmed
only after the commit, so a confirmed fact survives the bot being killed with SIGKILL.

That re-seeding never overwrites admin edits is tested in tests/test_seeding.py
(``test_admin_edit_of_curated_fact_survives_reopening``,
``test_changed_curated_file_refreshes_only_untouched_facts``).
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from pathlib import Path

import pytest

from knowledge.service import Knowledge
from tests.botrunner import ADMIN_ID, bot_process
from tests.telegram_fake import FakeTelegram
from tests.userchat import Chat

DATA = Path(__file__).resolve().parent.parent / "knowledge" / "data"
BURST = 60
CONFIRMED_BEFORE_KILL = 10


def commands() -> list[str]:
    """/addfact lines with distinct statements and quotes: verbatim parts of articles, and URL
    sources."""
    lines = (DATA / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    out = []
    for n in range(BURST):
        if n % 2:
            quote, source = f"Crash-safety quote number {n}.", f"https://example.com/crash/{n}"
        else:
            record = records[n % len(records)]
            # a verbatim part of a curated quote that no other fact cites (a quote in use
            # would be refused with a choice)
            cut = min(len(record["quote"]) - 1, 40 + n)
            quote, source = record["quote"][:cut], record["source"]
        out.append(f"/addfact Crash-safety statement number {n}. | {quote} | {source}")
    return out


def confirmed_ids(admin: Chat) -> list[str]:
    """Ids of the facts whose saving the bot has confirmed to the admin."""
    texts = [m["text"] for m in admin.views()]
    assert not [t for t in texts if not t.startswith("Saved fact")], texts
    return [re.search(r"<code>(f-\w+)</code>", t).group(1) for t in texts]


def test_confirmed_facts_survive_sigkill_mid_burst(tmp_path):
    database = tmp_path / "bot.db"
    with FakeTelegram() as fake:
        process = bot_process(fake, database)
        try:
            assert fake.wait_until_polled(timeout=30), "the bot never polled"
            admin = Chat(fake, ADMIN_ID)
            for command in commands():
                admin.push(command)
            deadline = time.monotonic() + 15
            while len(admin.views()) < CONFIRMED_BEFORE_KILL:
                assert time.monotonic() < deadline, f"too few confirmations: {fake.calls[-5:]}"
                time.sleep(0.001)
            process.kill()  # SIGKILL: no shutdown, no cleanup, no final commit
            process.communicate(timeout=10)
            confirmed = confirmed_ids(admin)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert CONFIRMED_BEFORE_KILL <= len(confirmed) < BURST, "the kill came after the burst"

    with sqlite3.connect(database) as db:
        assert db.execute("pragma integrity_check").fetchone() == ("ok",)
        audited = {
            row[0] for row in db.execute("select fact_id from audit where action = ?", ["addfact"])
        }
    assert set(confirmed) <= audited
    knowledge = Knowledge.open(database)
    try:
        for fact_id in confirmed:
            fact = knowledge.briefing.fact(fact_id)
            assert fact is not None and fact.statement.startswith("Crash-safety"), fact_id
    finally:
        knowledge.close()


def test_a_fact_and_its_audit_record_commit_together(tmp_path, monkeypatch):
    database = tmp_path / "bot.db"
    knowledge = Knowledge.open(database)
    try:
        assert knowledge.briefing.store.db.execute("pragma journal_mode").fetchone() == ("wal",)
        assert knowledge.briefing.store.db.execute("pragma synchronous").fetchone() == (
            1,
        )  # NORMAL

        def failing_audit(*args: object) -> None:
            raise RuntimeError("the disk is full")

        monkeypatch.setattr(knowledge.briefing.store, "_audit", failing_audit)
        raw = {"statement": "S.", "quote": "Q.", "source": "https://example.com/atomic"}
        with pytest.raises(RuntimeError):
            knowledge.curation.add_fact(raw, actor=ADMIN_ID)
        with pytest.raises(RuntimeError):
            knowledge.curation.edit_fact(
                "tr-istanbul-memorandum", "statement", "Half-done.", ADMIN_ID
            )
    finally:
        knowledge.close()
    with sqlite3.connect(database) as db:
        assert db.execute("select count(*) from facts where source like '%atomic'").fetchone() == (
            0,
        )
        statement = db.execute("select statement from facts where id = 'tr-istanbul-memorandum'")
        assert statement.fetchone()[0] != "Half-done."
        assert db.execute("select count(*) from audit").fetchone() == (0,)
