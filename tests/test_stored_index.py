"""The built index stored in the database: reopening loads it instead of re-indexing, and
it is never trusted beyond the facts: a change made behind it (raw SQL, another process) is
replayed from the fact log, and a damaged or outdated one is rebuilt."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from knowledge.briefing import Briefing
from knowledge.service import Knowledge
from tests.seeded import seeded_database

QUESTIONS = [
    json.loads(line)["q"]
    for line in Path("tests/data/questions.jsonl").read_text(encoding="utf-8").splitlines()[:40]
    if line.strip()
]
NEW_FACT = {
    "statement": "Zantoria and Morvania signed a fisheries treaty.",
    "quote": "Zantoria and Morvania signed a fisheries treaty.",
    "source": "https://example.org/zantoria",
    "entities": ["Zantoria", "Morvania"],
}
NEW_QUESTION = "What did Zantoria sign with Morvania?"


def _answers(knowledge: Knowledge) -> list[list[str]]:
    return [[r.fact_id for r in knowledge.answering.ask(q).results] for q in QUESTIONS]


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = seeded_database(tmp_path / "k.db")
    Knowledge.open(path).close()  # the first opening stores the index
    return path


@pytest.fixture
def no_rebuild(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Briefing) -> None:
        raise AssertionError("the index was rebuilt")

    monkeypatch.setattr(Briefing, "_rebuild", refuse)


def test_reopening_loads_the_stored_index_and_answers_alike(database: Path):
    rebuilt = _answers(Knowledge.open(":memory:"))
    assert any(rebuilt)
    loaded = Knowledge.open(database)
    assert _answers(loaded) == rebuilt


def test_reopening_does_not_rebuild(database: Path, no_rebuild: None):
    knowledge = Knowledge.open(database)
    assert knowledge.answering.ask(QUESTIONS[0]).results


def test_a_fact_deleted_by_raw_sql_is_not_answered_after_reopening(database: Path, no_rebuild):
    knowledge = Knowledge.open(database)
    first = knowledge.answering.ask(QUESTIONS[0]).results[0].fact_id
    knowledge.close()
    with sqlite3.connect(database) as db:
        db.execute("update facts set deleted = 1 where id = ?", [first])
    reopened = Knowledge.open(database)
    assert first not in [r.fact_id for r in reopened.answering.ask(QUESTIONS[0]).results]


def test_a_curated_fact_is_answered_after_reopening_without_a_rebuild(database, no_rebuild):
    knowledge = Knowledge.open(database)
    fact = knowledge.curation.add_fact(NEW_FACT, actor=1)
    assert knowledge.briefing.refresh() == 0  # its own write: nothing to replay
    knowledge.close()
    reopened = Knowledge.open(database)
    assert reopened.answering.ask(NEW_QUESTION).results[0].fact_id == fact.id


@pytest.mark.parametrize("part", ["postings", "ids", "header", "doc_terms"])
def test_a_damaged_stored_index_is_rebuilt_and_answers_alike(database: Path, part: str):
    expected = _answers(Knowledge.open(database))
    with sqlite3.connect(database) as db:
        (data,) = db.execute("select data from search_index where part = ?", [part]).fetchone()
        damaged = bytes([data[0] ^ 0xFF]) + data[1:]
        db.execute("update search_index set data = ? where part = ?", [damaged, part])
    rebuilds: list[int] = []
    original = Briefing._rebuild

    def counted(self: Briefing) -> None:
        rebuilds.append(1)
        original(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Briefing, "_rebuild", counted)
        assert _answers(Knowledge.open(database)) == expected
        assert rebuilds == [1]
        Knowledge.open(database)  # stored again whole: loaded, not rebuilt
        assert rebuilds == [1]


def test_a_stored_index_with_the_wrong_fact_count_is_rebuilt(database: Path):
    with sqlite3.connect(database) as db:  # a fact removed without the log seeing it
        db.execute("drop trigger fact_log_delete")
        db.execute("delete from facts where rowid = (select min(rowid) from facts)")
    knowledge = Knowledge.open(database)
    assert len(knowledge.briefing.index) == knowledge.briefing.store.count_facts()


def test_another_process_storing_the_index_is_followed(database, monkeypatch):
    bot = Knowledge.open(database)
    other = Knowledge.open(database)
    monkeypatch.setattr("knowledge.briefing.SAVE_AFTER", 1)  # its imports store the index
    for n in (1, 2):  # the second store drops the log the bot would replay from
        record = {**NEW_FACT, "id": f"z-{n}", "quote": f"{NEW_FACT['quote']} ({n})"}
        assert other.curation.import_text(json.dumps(record), actor=2).imported == 1
    assert bot.briefing.store.fact_log_kept_from() > 0
    assert bot.briefing.refresh() == len(bot.briefing.index)  # the stored index, reloaded
    assert {"z-1", "z-2"} <= set(bot.briefing.index.docs)


def test_a_bot_takes_in_another_stores_import_a_batch_at_a_time(database, monkeypatch):
    bot = Knowledge.open(database)
    other = Knowledge.open(database)
    monkeypatch.setattr("knowledge.briefing.SAVE_AFTER", 1)
    records = [{**NEW_FACT, "id": f"z-{n}", "quote": f"{NEW_FACT['quote']} ({n})"} for n in (1, 2)]
    other.curation.import_text("\n".join(map(json.dumps, records)), actor=2)
    assert bot.briefing.refresh(batch=1) == 1  # replayed from the log, not reloaded
    assert bot.briefing.refresh(batch=1) == 1
    assert bot.briefing.refresh(batch=1) == 0
    assert bot.answering.ask(NEW_QUESTION).results[0].fact_id in {"z-1", "z-2"}


def test_a_bulk_import_stores_the_index_for_the_next_start(database, monkeypatch):
    monkeypatch.setattr("knowledge.briefing.SAVE_AFTER", 2)
    records = [{**NEW_FACT, "id": f"z-{n}", "quote": f"{NEW_FACT['quote']} ({n})"} for n in (1, 2)]
    knowledge = Knowledge.open(database)
    knowledge.curation.import_text("\n".join(map(json.dumps, records)), actor=2)
    knowledge.close()
    with sqlite3.connect(database) as db:  # stored as of the newest change
        (header,) = db.execute("select data from search_index where part = 'header'").fetchone()
        (newest,) = db.execute("select seq from sqlite_sequence where name = 'fact_log'").fetchone()
    assert json.loads(header)["seq"] == newest
    monkeypatch.setattr(Briefing, "_rebuild", lambda self: pytest.fail("rebuilt"))
    reopened = Knowledge.open(database)
    assert {"z-1", "z-2"} <= set(reopened.briefing.index.docs)
    assert reopened.answering.ask(NEW_QUESTION).results[0].fact_id in {"z-1", "z-2"}


def test_the_facts_of_a_paragraph_are_read_by_the_paragraph_index(knowledge: Knowledge):
    """ "why?" and "what came of it?" read the facts of one paragraph: by the index on
    (article, paragraph), not by walking every live fact by the index on ``deleted``
    (30 ms a question at 100,000 facts)."""
    store = knowledge.briefing.store
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        assert store.paragraph_facts("turkey-azerbaijan", 1)
    finally:
        store.db.conn.set_trace_callback(None)
    (statement,) = [s for s in statements if "paragraph" in s]
    plan = " ".join(str(row) for row in store.db.conn.execute(f"explain query plan {statement}"))
    assert "article_id" in plan and "deleted" not in plan
