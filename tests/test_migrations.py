"""Schema migrations: a database made by an older release (only m001) is upgraded in place when
the bot opens it, and what the admins added or edited there is kept."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from knowledge.articles import bundled_articles
from knowledge.facts import validate
from knowledge.service import Knowledge
from knowledge.store.bundle import read_table
from knowledge.store.schema import migrations
from knowledge.store.seeding import record_hash as _hash

ADMIN = 7001
ADMIN_FACT = {
    "id": "admin-caspian-parade",
    "statement": "Azerbaijan and Turkey held a naval parade on the Caspian coast.",
    "quote": "A naval parade took place on the Caspian coast.",
    "source": "https://example.org/caspian-parade",
    "entities": ["turkey", "azerbaijan"],
}
EDITED = "tr-istanbul-memorandum"
EDITED_STATEMENT = "Admin wording: the memorandum was signed in Istanbul."


def old_database(path: Path) -> None:
    """A database as the release with only m001 left it: curated facts seeded, one fact added
    and one curated fact edited by an admin, both audited."""
    db = Database(path)
    migrations.apply(db, stop_before="m002_search_terms")
    assert "terms" not in db["facts"].columns_dict and not db["meta"].exists()
    articles = {a.id: a for a in bundled_articles()}
    rows, audit = [], []

    def m001_row(fact_row: dict) -> dict:
        return {k: v for k, v in fact_row.items() if k != "questions"}  # a column of m003

    for record in read_table("facts"):
        row = {
            **m001_row(validate(record, articles, origin="seed").to_row()),
            "seed_hash": _hash(record),
        }
        if row["id"] == EDITED:
            edited = {**row, "statement": EDITED_STATEMENT, "admin_touched": 1}
            audit.append(("editfact", EDITED, row, edited))
            row = edited
        rows.append(row)
    added = {
        **m001_row(validate(ADMIN_FACT, articles, origin="admin").to_row()),
        "admin_touched": 1,
    }
    rows.append(added)
    audit.append(("addfact", added["id"], None, added))
    db["facts"].insert_all(rows)
    db["audit"].insert_all(
        {
            "ts": "2025-05-01T00:00:00+00:00",
            "actor": ADMIN,
            "action": action,
            "fact_id": fact_id,
            "before": json.dumps(before) if before else None,
            "after": json.dumps(after),
        }
        for action, fact_id, before, after in audit
    )
    db.close()


MIGRATED = [
    "m001_initial",
    "m002_search_terms",
    "m003_fact_questions",
    "m004_follows",
    "m005_quote_index",
    "m006_reader_languages",
    "m007_paragraph_index",
    "m008_sessions",
    "m009_dismissed_gaps",
    "m010_web_view",
    "m011_stored_index",
    "m012_outbox_rows_per_change",
]


def applied(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("select name from _sqlite_migrations order by rowid")]


def test_an_m001_database_is_upgraded_in_place(tmp_path: Path):
    path = tmp_path / "old.db"
    old_database(path)
    assert applied(path) == ["m001_initial"]

    knowledge = Knowledge.open(path)
    try:
        assert applied(path) == MIGRATED
        db = knowledge.briefing.store.db
        assert db["readers"].exists() and db["reader_languages"].exists()
        assert db["sessions"].exists()
        columns = knowledge.briefing.store.db["facts"].columns_dict
        assert "terms" in columns and knowledge.briefing.store.db["meta"].exists()
        missing = knowledge.briefing.store.db.execute(
            "select count(*) from facts where deleted = 0 and terms is null"
        ).fetchone()[0]
        assert missing == 0, "search terms were not filled in"

        assert knowledge.briefing.store.count_facts() == len(read_table("facts")) + 1
        answer = knowledge.answering.ask("Was there a naval parade on the Caspian?")
        assert answer.answered and answer.results[0].fact_id == ADMIN_FACT["id"]
        assert knowledge.briefing.fact(EDITED).statement == EDITED_STATEMENT
        undone = knowledge.curation.undo(ADMIN)  # the old audit trail still works
        action, fact = undone.action, undone.fact
        assert (action, fact.id, fact.deleted) == ("addfact", ADMIN_FACT["id"], True)
    finally:
        knowledge.close()

    knowledge = Knowledge.open(path)  # a second opening migrates and overwrites nothing
    try:
        assert applied(path) == MIGRATED
        assert knowledge.briefing.fact(EDITED).statement == EDITED_STATEMENT
        assert knowledge.briefing.fact(ADMIN_FACT["id"]) is None
        assert knowledge.briefing.store.count_facts() == len(read_table("facts"))
    finally:
        knowledge.close()
