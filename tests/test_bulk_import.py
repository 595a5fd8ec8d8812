"""A bulk import streams its file a batch at a time in one transaction: the web view's
full-text search, filled once at the end, finds exactly what the import left; the checks
across batches (a quote used twice, an id given twice) hold as within one; a stopped import
changes nothing and leaves the search kept up as before."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot import web
from knowledge import curation
from knowledge.service import Knowledge

ADMIN = 7
BATCH = 2  # facts a batch holds in these tests, so a few lines span several batches


def fact(n: int, words: str, quote: str | None = None) -> dict[str, str]:
    """A fact record citing a web page (no verbatim check), with *words* in its statement."""
    return {
        "id": f"bulk-{n}",
        "statement": f"Partner{n} and Baku {words}.",
        "quote": quote or f"Quote number {n} of the bulk file.",
        "source": f"https://example.org/bulk/{n}",
    }


def jsonl(*records: dict[str, str]) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def searched(database: Path, words: str) -> list[str]:
    """The ids the curator's web view finds for *words*, as its search box shows them."""
    view = web.make(database)
    url = f"/briefbot/facts.json?_search={words}&_shape=array"
    return sorted(row["id"] for row in asyncio.run(view.client.get(url)).json())


def search_index_is_sound(knowledge: Knowledge) -> None:
    """FTS5's own check that the full-text index holds exactly the facts' current texts."""
    knowledge.briefing.store.db.execute(
        "insert into facts_fts (facts_fts) values ('integrity-check')"
    )


@pytest.fixture
def batched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(curation, "IMPORT_BATCH", BATCH)


@pytest.mark.usefixtures("batched")
def test_search_finds_what_a_batched_import_left(tmp_path: Path):
    database = tmp_path / "bulk.db"
    knowledge = Knowledge.open(database)
    knowledge.curation.import_text(jsonl(fact(1, "signed a zebrafish accord")), ADMIN, "a.jsonl")
    records = [fact(n, "agreed on quokka drills") for n in range(2, 8)]
    records.insert(1, fact(1, "revised the walrus treaty"))  # a stored fact, rewritten
    records.append(fact(3, "dropped the narwhal plan"))  # an id given again, batches later
    report = knowledge.curation.import_text(jsonl(*records), ADMIN, "b.jsonl")
    assert report.errors == [] and report.imported == 7
    search_index_is_sound(knowledge)
    knowledge.close()
    assert searched(database, "zebrafish") == []
    assert searched(database, "walrus") == ["bulk-1"]
    assert searched(database, "quokka") == [f"bulk-{n}" for n in (2, 4, 5, 6, 7)]
    assert searched(database, "narwhal") == ["bulk-3"]


@pytest.mark.usefixtures("batched")
def test_search_follows_an_admin_after_an_import(tmp_path: Path):
    database = tmp_path / "bulk.db"
    knowledge = Knowledge.open(database)
    knowledge.curation.import_text(jsonl(*(fact(n, "met") for n in range(5))), ADMIN, "a")
    knowledge.curation.edit_fact("bulk-4", "statement", "Partner4 left the pelican pact.", ADMIN)
    knowledge.close()
    assert searched(database, "pelican") == ["bulk-4"]  # the triggers are back


@pytest.mark.usefixtures("batched")
def test_a_stopped_import_leaves_facts_and_search_as_they_were(tmp_path: Path):
    database = tmp_path / "bulk.db"
    knowledge = Knowledge.open(database)
    before = knowledge.briefing.store.count_facts()

    def stop_at_line_4(stage: str, done: int, total: int) -> None:
        if done == 4:
            raise KeyboardInterrupt

    records = jsonl(*(fact(n, "charted a lynx route") for n in range(6)))
    with pytest.raises(KeyboardInterrupt):
        knowledge.curation.import_text(records, ADMIN, "a.jsonl", stop_at_line_4)
    knowledge.close()
    knowledge = Knowledge.open(database)
    assert knowledge.briefing.store.count_facts() == before
    knowledge.curation.add_fact(fact(9, "charted an ibis route"), ADMIN)
    search_index_is_sound(knowledge)
    knowledge.close()
    assert searched(database, "lynx") == []
    assert searched(database, "ibis") == ["bulk-9"]


@pytest.mark.usefixtures("batched")
def test_a_quote_used_again_batches_later_is_a_warning(knowledge: Knowledge):
    shared = "The same sentence, cited twice."
    records = [fact(1, "met", shared), *(fact(n, "met") for n in range(2, 6))]
    records.append({**fact(6, "met again", shared), "source": records[0]["source"]})
    report = knowledge.curation.import_text(jsonl(*records), ADMIN, "a.jsonl")
    assert report.imported == 6
    assert report.warnings == [
        (6, "the quote is already used by fact 'bulk-1'; stored all the same")
    ]


@pytest.mark.usefixtures("batched")
def test_a_batched_import_is_one_audit_record(knowledge: Knowledge):
    knowledge.curation.import_text(jsonl(*(fact(n, "met") for n in range(7))), ADMIN, "a")
    rows = knowledge.briefing.store.db.execute(
        "select action, after from audit where actor = ?", [ADMIN]
    ).fetchall()
    assert rows == [("import", json.dumps({"count": 7}))]


@pytest.mark.usefixtures("batched")
def test_a_batched_import_reaches_a_follower_as_one_notification(knowledge: Knowledge):
    turkey = knowledge.briefing.named("Turkey")
    assert turkey is not None
    knowledge.subscriptions.follow(42, turkey, "en")
    records = [{**fact(n, "met"), "entities": ["turkey"]} for n in range(7)]
    knowledge.curation.import_text(jsonl(*records), ADMIN, "a.jsonl")
    (notification,) = knowledge.subscriptions.pending()
    assert notification.chat_id == 42
    assert sorted(notification.fact_ids) == sorted(f"bulk-{n}" for n in range(7))


def facts_indexes(knowledge: Knowledge) -> set[str]:
    return {
        row[0]
        for row in knowledge.briefing.store.db.execute(
            "select sql from sqlite_master where type = 'index' and tbl_name = 'facts'"
            " and sql is not null"
        )
    }


@pytest.mark.usefixtures("batched")
def test_a_large_import_builds_the_indexes_it_drops_and_still_finds_shared_quotes(
    tmp_path: Path,
):
    knowledge = Knowledge.open(tmp_path / "bulk.db")
    indexes = facts_indexes(knowledge)
    assert any("quote" in sql for sql in indexes)
    size = knowledge.briefing.store.count_facts(include_deleted=True)  # as many again
    shared = "The same sentence, cited twice."
    records = [fact(1, "met", shared), *(fact(n, "met") for n in range(2, size))]
    records.append({**fact(size, "met again", shared), "source": records[0]["source"]})
    seen_while_importing: list[set[str]] = []

    def stop_at_line_4(stage: str, done: int, total: int) -> None:
        seen_while_importing.append(facts_indexes(knowledge))
        if done == 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        knowledge.curation.import_text(jsonl(*records), ADMIN, "a.jsonl", stop_at_line_4)
    assert seen_while_importing[-1] == set()  # dropped while the rows went in
    assert facts_indexes(knowledge) == indexes  # and back with the rest when stopped

    report = knowledge.curation.import_text(jsonl(*records), ADMIN, "a.jsonl")
    assert report.imported == size
    assert report.warnings == [
        (size, "the quote is already used by fact 'bulk-1'; stored all the same")
    ]
    assert facts_indexes(knowledge) == indexes
    search_index_is_sound(knowledge)


def test_a_small_import_keeps_the_indexes(knowledge: Knowledge):
    indexes = facts_indexes(knowledge)
    seen_while_importing: list[set[str]] = []

    def look(stage: str, done: int, total: int) -> None:
        seen_while_importing.append(facts_indexes(knowledge))

    knowledge.curation.import_text(jsonl(fact(1, "met"), fact(2, "met")), ADMIN, "a", look)
    assert seen_while_importing and all(seen == indexes for seen in seen_while_importing)
