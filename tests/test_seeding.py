"""Opening the database: it is created, seeded once, migrated, and admin changes survive."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import knowledge.store as store_module
from knowledge.engine import Knowledge

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
        assert k.store.count_facts() == count_lines("facts.jsonl")
        assert len(k.index) == count_lines("facts.jsonl")
        assert len(k.articles()) == len(json.loads((DATA / "articles.json").read_text("utf-8")))
        assert len(k.store.entities()) == count_lines("entities.jsonl")
        assert len(k.store.topics()) == count_lines("topics.jsonl")
        assert k.ask("What did Turkey sign with Azerbaijan?", log=False).answered
    finally:
        k.close()


def test_seeded_facts_equal_the_curated_file(knowledge: Knowledge):
    for record in curated():
        fact = knowledge.fact(record["id"])
        assert fact is not None, record["id"]
        assert fact.statement == record["statement"]
        assert fact.quote == record["quote"]
        assert fact.paragraph == record["paragraph"]
        assert list(fact.entities) == record["entities"]
        assert fact.origin == "seed"
    exported = [json.loads(line) for line in knowledge.export_jsonl().splitlines()]
    assert [r["id"] for r in exported] == [r["id"] for r in curated()]


def test_reopening_is_idempotent(db_path: Path):
    Knowledge.open(db_path).close()
    before = snapshot(db_path)
    for _ in range(2):
        k = reopen(db_path)
        assert k.store.count_facts() == count_lines("facts.jsonl")
        k.close()
    assert snapshot(db_path) == before, "re-opening must not rewrite or duplicate rows"
    for table in ("facts", "articles", "entities", "topics"):
        duplicates = rows(db_path, f"select id from {table} group by id having count(*) > 1")
        assert duplicates == [], table
    assert rows(db_path, "select count(*) from entities") == [(count_lines("entities.jsonl"),)]
    assert rows(db_path, "select count(*) from topics") == [(count_lines("topics.jsonl"),)]


def test_admin_edit_of_curated_fact_survives_reopening(db_path: Path, knowledge: Knowledge):
    new = "Edited by an admin: the memorandum was signed in Istanbul."
    knowledge.edit_fact("tr-istanbul-memorandum", "statement", new, ADMIN)
    knowledge.close()
    for _ in range(2):
        k = reopen(db_path)
        assert k.fact("tr-istanbul-memorandum").statement == new
        assert k.store.count_facts() == count_lines("facts.jsonl")
        k.close()


def test_admin_deleted_curated_fact_stays_deleted(db_path: Path, knowledge: Knowledge):
    knowledge.delete_fact("cn-us-keeps-distance", ADMIN)
    assert knowledge.fact("cn-us-keeps-distance") is None
    knowledge.close()
    k = reopen(db_path)
    try:
        assert k.fact("cn-us-keeps-distance") is None
        assert k.store.count_facts() == count_lines("facts.jsonl") - 1
        assert "cn-us-keeps-distance" not in k.export_jsonl()
        answer = k.ask("Does the United States keep its distance from Azerbaijan?", log=False)
        assert all(r.fact_id != "cn-us-keeps-distance" for r in answer.results)
    finally:
        k.close()


def test_admin_added_fact_survives_reopening(db_path: Path, knowledge: Knowledge):
    knowledge.add_fact(
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
        fact = k.fact("admin-caspian-parade")
        assert fact is not None
        assert fact.origin == "admin"
        assert set(fact.entities) == {"turkey", "azerbaijan"}
        assert k.store.count_facts() == count_lines("facts.jsonl") + 1
        answer = k.ask("Was there a naval parade on the Caspian?", log=False)
        assert answer.answered
        assert answer.results[0].fact_id == "admin-caspian-parade"
    finally:
        k.close()


def test_undo_works_after_reopening(db_path: Path, knowledge: Knowledge):
    original = knowledge.fact("tr-baykar-strengthens-position").statement
    knowledge.edit_fact("tr-baykar-strengthens-position", "statement", "Changed.", ADMIN)
    knowledge.close()
    k = reopen(db_path)
    try:
        assert k.fact("tr-baykar-strengthens-position").statement == "Changed."
        action, fact = k.undo(ADMIN)
        assert action == "editfact"
        assert fact.statement == original
        assert k.fact("tr-baykar-strengthens-position").statement == original
        assert k.undo(ADMIN) is None
    finally:
        k.close()


def test_changed_curated_file_refreshes_only_untouched_facts(
    db_path: Path, knowledge: Knowledge, monkeypatch: pytest.MonkeyPatch
):
    """A new release of facts.jsonl updates curated facts, but never one an admin touched."""
    knowledge.edit_fact("tr-istanbul-memorandum", "statement", "Admin wording.", ADMIN)
    knowledge.delete_fact("tr-baykar-drone-contract", ADMIN)
    knowledge.close()
    changed = {"tr-istanbul-memorandum", "tr-baykar-drone-contract", "cn-us-keeps-distance"}
    release = [
        {**r, "statement": r["statement"] + " (updated)"} if r["id"] in changed else r
        for r in curated()
    ]
    monkeypatch.setattr(store_module, "curated_records", lambda: release)
    k = reopen(db_path)
    try:
        assert k.fact("cn-us-keeps-distance").statement.endswith("(updated)")
        assert k.fact("tr-istanbul-memorandum").statement == "Admin wording."
        assert k.fact("tr-baykar-drone-contract") is None
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


def test_database_path_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "from-env.db"))
    k = Knowledge.open()
    try:
        assert k.store.count_facts() == count_lines("facts.jsonl")
    finally:
        k.close()
    assert (tmp_path / "from-env.db").is_file()
    assert not list(work.iterdir()), "nothing is written to the working directory"
