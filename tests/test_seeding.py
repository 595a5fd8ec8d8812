"""Opening the database: it is created, seeded once, migrated, and admin changes survive."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import knowledge.store.seeding as seeding_module
from knowledge.service import Knowledge
from knowledge.store.bundle import read_table

DATA = Path(__file__).resolve().parent.parent / "knowledge" / "data"
ADMIN = 42


def count_lines(name: str) -> int:
    text = (DATA / name).read_text(encoding="utf-8")
    return sum(1 for line in text.splitlines() if line.strip())


def curated() -> list[dict]:
    text = (DATA / "facts.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def snapshot(path: Path) -> dict[str, list[tuple]]:
    return {
        table: rows(path, f"select * from {table} order by id")
        for table in ("facts", "articles", "entities", "topics")
    }


def reopen(path: Path) -> Knowledge:
    return Knowledge.open(path)


def test_fresh_database_is_created_and_seeded(db_path: Path):
    assert not db_path.exists()
    k = Knowledge.open(db_path)
    try:
        assert db_path.exists()
        assert k.briefing.store.count_facts() == count_lines("facts.jsonl")
        assert len(k.briefing.index) == count_lines("facts.jsonl")
        assert len(k.briefing.articles) == count_lines("articles.jsonl")
        assert len(k.briefing.store.entities()) == count_lines("entities.jsonl")
        assert len(k.briefing.store.topics()) == count_lines("topics.jsonl")
        assert k.answering.ask("What did Turkey sign with Azerbaijan?").answered
    finally:
        k.close()


def test_seeded_facts_equal_the_curated_file(knowledge: Knowledge):
    for record in curated():
        fact = knowledge.briefing.fact(record["id"])
        assert fact is not None, record["id"]
        assert fact.statement == record["statement"]
        assert fact.quote == record["quote"]
        assert fact.paragraph == record["paragraph"]
        assert list(fact.entities) == record["entities"]
        assert fact.origin == "seed"
    exported = [json.loads(line) for line in knowledge.curation.export_jsonl().splitlines()]
    facts = [r for r in exported if "type" not in r]
    assert [r["id"] for r in facts] == [r["id"] for r in curated()]


def test_reopening_is_idempotent(db_path: Path):
    Knowledge.open(db_path).close()
    before = snapshot(db_path)
    for _ in range(2):
        k = reopen(db_path)
        assert k.briefing.store.count_facts() == count_lines("facts.jsonl")
        k.close()
    assert snapshot(db_path) == before, "re-opening must not rewrite or duplicate rows"
    for table in ("facts", "articles", "entities", "topics"):
        duplicates = rows(db_path, f"select id from {table} group by id having count(*) > 1")
        assert duplicates == [], table
    assert rows(db_path, "select count(*) from entities") == [(count_lines("entities.jsonl"),)]
    assert rows(db_path, "select count(*) from topics") == [(count_lines("topics.jsonl"),)]


def test_admin_edit_of_curated_fact_survives_reopening(db_path: Path, knowledge: Knowledge):
    new = "Edited by an admin: the memorandum was signed in Istanbul."
    knowledge.curation.edit_fact("tr-istanbul-memorandum", "statement", new, ADMIN)
    knowledge.close()
    for _ in range(2):
        k = reopen(db_path)
        assert k.briefing.fact("tr-istanbul-memorandum").statement == new
        assert k.briefing.store.count_facts() == count_lines("facts.jsonl")
        k.close()


def test_admin_deleted_curated_fact_stays_deleted(db_path: Path, knowledge: Knowledge):
    knowledge.curation.delete_fact("cn-us-keeps-distance", ADMIN)
    assert knowledge.briefing.fact("cn-us-keeps-distance") is None
    knowledge.close()
    k = reopen(db_path)
    try:
        assert k.briefing.fact("cn-us-keeps-distance") is None
        assert k.briefing.store.count_facts() == count_lines("facts.jsonl") - 1
        exported = k.curation.export_jsonl().splitlines()
        mentions = [line for line in exported if "cn-us-keeps-distance" in line]
        assert mentions == ['{"type": "deleted", "id": "cn-us-keeps-distance"}']
        answer = k.answering.ask("Does the United States keep its distance from Azerbaijan?")
        assert all(r.fact_id != "cn-us-keeps-distance" for r in answer.results)
    finally:
        k.close()


def test_admin_added_fact_survives_reopening(db_path: Path, knowledge: Knowledge):
    knowledge.curation.add_fact(
        {
            "id": "admin-caspian-parade",
            "statement": "Azerbaijan and Turkey held a naval parade on the Caspian coast.",
            "quote": "A naval parade took place on the Caspian coast.",
            "source": "https://example.org/caspian-parade",
            "entities": ["Turkey", "Azerbaijan"],
            "date": "2025-05-01",
        },
        ADMIN,
    )
    knowledge.close()
    k = reopen(db_path)
    try:
        fact = k.briefing.fact("admin-caspian-parade")
        assert fact is not None
        assert fact.origin == "admin"
        assert set(fact.entities) == {"turkey", "azerbaijan"}
        assert k.briefing.store.count_facts() == count_lines("facts.jsonl") + 1
        answer = k.answering.ask("Was there a naval parade on the Caspian?")
        assert answer.answered
        assert answer.results[0].fact_id == "admin-caspian-parade"
    finally:
        k.close()


def test_undo_works_after_reopening(db_path: Path, knowledge: Knowledge):
    original = knowledge.briefing.fact("tr-baykar-strengthens-position").statement
    knowledge.curation.edit_fact("tr-baykar-strengthens-position", "statement", "Changed.", ADMIN)
    knowledge.close()
    k = reopen(db_path)
    try:
        assert k.briefing.fact("tr-baykar-strengthens-position").statement == "Changed."
        undone = k.curation.undo(ADMIN)
        action, fact = undone.action, undone.fact
        assert action == "editfact"
        assert fact.statement == original
        assert k.briefing.fact("tr-baykar-strengthens-position").statement == original
        assert k.curation.undo(ADMIN) is None
    finally:
        k.close()


def test_changed_curated_file_refreshes_only_untouched_facts(
    db_path: Path, knowledge: Knowledge, monkeypatch: pytest.MonkeyPatch
):
    """A new release of facts.jsonl updates curated facts, but never one an admin touched."""
    knowledge.curation.edit_fact("tr-istanbul-memorandum", "statement", "Admin wording.", ADMIN)
    knowledge.curation.delete_fact("tr-baykar-drone-contract", ADMIN)
    knowledge.close()
    changed = {"tr-istanbul-memorandum", "tr-baykar-drone-contract", "cn-us-keeps-distance"}
    release = [
        {**r, "statement": r["statement"] + " (updated)"} if r["id"] in changed else r
        for r in curated()
    ]
    monkeypatch.setattr(
        seeding_module,
        "read_table",
        lambda table: release if table == "facts" else read_table(table),
    )
    monkeypatch.setattr(seeding_module, "digest", lambda *tables: "a new release")
    k = reopen(db_path)
    try:
        assert k.briefing.fact("cn-us-keeps-distance").statement.endswith("(updated)")
        assert k.briefing.fact("tr-istanbul-memorandum").statement == "Admin wording."
        assert k.briefing.fact("tr-baykar-drone-contract") is None
    finally:
        k.close()


def test_migrations_are_recorded_once(db_path: Path):
    Knowledge.open(db_path).close()
    Knowledge.open(db_path).close()
    applied = rows(db_path, "select migration_set, name from _sqlite_migrations")
    assert ("briefbot", "m001_initial") in applied
    assert len(applied) == len(set(applied)), "a migration was applied twice"


def test_database_uses_wal_journal(db_path: Path, knowledge: Knowledge):
    assert rows(db_path, "pragma journal_mode") == [("wal",)]


def test_missing_parent_directories_are_created(tmp_path: Path):
    path = tmp_path / "nested" / "dir" / "bot.db"
    Knowledge.open(path).close()
    assert path.is_file()
