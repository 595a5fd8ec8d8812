"""/export and ``briefbot export`` are a backup: restored into a fresh database by ``import``,
the knowledge answers every question exactly as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowledge.service import Knowledge
from tests.clirunner import briefbot
from tests.seeded import seeded_database

ADMIN = 7
DRILLS_TEXT = (
    "Caspian drills\n"
    "The navies of Azerbaijan and Turkey will drill on the Caspian Sea next spring.\n"
    "Officials in Baku welcomed the plan and promised observers from Kazakhstan."
)
NARNIA = {
    "id": "narnia",
    "kind": "country",
    "iso": None,
    "name_en": "Narnia",
    "name_ru": "Нарния",
    "aliases": ["Narnia", "Нарния", "Нарнии"],
}
PARAPHRASES = Path(__file__).resolve().parent / "data" / "paraphrases.jsonl"
QUESTIONS = [
    "Will the navies drill on the Caspian Sea?",
    "Who will observe the Caspian drill?",
    "What did Narnia sign with Azerbaijan?",
    "Where was the security memorandum signed?",
    "Which company got a drone contract from Azerbaijan?",
    "Is there a naval parade on the Caspian coast?",
    *[json.loads(line)["q"] for line in PARAPHRASES.read_text(encoding="utf-8").splitlines()],
]


def curate(knowledge: Knowledge) -> None:
    """An admin's month: an article and facts citing it, an entity, edits, a deletion."""
    curation = knowledge.curation
    curation.add_article(
        "Caspian drills",
        DRILLS_TEXT,
        ADMIN,
        outlet="Example News",
        url="https://example.com/drills",
        date="2025-06-01",
    )
    curation.add_fact(
        {
            "statement": "Azerbaijan and Turkey will hold a naval drill on the Caspian Sea.",
            "quote": "The navies of Azerbaijan and Turkey will drill on the Caspian Sea",
            "source": "caspian-drills",
            "date": "2025",
        },
        ADMIN,
    )
    curation.add_fact(
        {
            "statement": "Observers from Kazakhstan are promised for the Caspian drill.",
            "quote": "promised observers from Kazakhstan",
            "source": "caspian-drills",
            "questions": ["Who will observe the Caspian drill?"],
        },
        ADMIN,
    )
    knowledge.briefing.store.add_labels("entities", [NARNIA])
    knowledge.briefing.reload_vocabulary()
    curation.add_fact(
        {
            "statement": "Narnia signed a friendship treaty with Azerbaijan.",
            "quote": "Narnia and Azerbaijan signed a treaty of friendship.",
            "source": "https://example.org/narnia",
            "entities": ["Narnia", "azerbaijan"],
        },
        ADMIN,
    )
    curation.edit_fact("tr-istanbul-memorandum", "statement", "Reworded in Istanbul.", ADMIN)
    curation.delete_fact("tr-baykar-drone-contract", ADMIN)


def answers(knowledge: Knowledge) -> list[dict]:
    found = []
    for question in QUESTIONS:
        data = knowledge.answering.ask(question).to_dict()
        data.pop("elapsed_ms", None)
        found.append(data)
    return found


@pytest.fixture
def curated(tmp_path: Path):
    knowledge = Knowledge.open(seeded_database(tmp_path / "curated.db"))
    curate(knowledge)
    yield knowledge
    knowledge.close()


def test_export_restored_into_a_fresh_database_gives_the_same_answers(curated, tmp_path):
    backup = curated.curation.export_jsonl()
    expected = answers(curated)
    fresh = Knowledge.open(seeded_database(tmp_path / "fresh.db"))
    try:
        assert answers(fresh) != expected  # the fresh database knows none of the curation
        report = fresh.curation.import_text(backup, ADMIN, "backup.jsonl")
        assert report.errors == []
        assert (report.articles, report.labels, report.deleted) == (1, 1, 1)
        assert answers(fresh) == expected
        assert fresh.curation.export_jsonl() == backup
        article = fresh.briefing.articles["caspian-drills"]
        assert (article.outlet, article.url, article.date, article.title) == (
            "Example News",
            "https://example.com/drills",
            "2025-06-01",
            "Caspian drills",
        )
        # restoring it again changes nothing
        again = fresh.curation.import_text(backup, ADMIN, "backup.jsonl")
        assert (again.errors, again.articles, again.labels, again.deleted) == ([], 0, 0, 0)
        assert fresh.curation.export_jsonl() == backup
    finally:
        fresh.close()


def test_cli_export_then_import_restores_a_fresh_database(curated, tmp_path):
    backup = tmp_path / "backup.jsonl"
    backup.write_text(curated.curation.export_jsonl(), encoding="utf-8")
    fresh = tmp_path / "cli.db"
    run = briefbot("--database", str(fresh), "import", str(backup), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "imported 57 fact(s), rejected 0 line(s), restored 1 article(s)" in run.stdout
    restored = Knowledge.open(fresh)
    try:
        assert answers(restored) == answers(curated)
    finally:
        restored.close()


def test_unchanged_curated_facts_stay_curated(knowledge: Knowledge, tmp_path):
    """Restoring a curated fact as it is does not freeze it against later re-seeding."""
    backup = knowledge.curation.export_jsonl()
    fresh = Knowledge.open(seeded_database(tmp_path / "fresh.db"))
    try:
        fresh.curation.import_text(backup, ADMIN, "backup.jsonl")
        assert fresh.briefing.store.fact("tr-istanbul-memorandum").origin == "seed"
    finally:
        fresh.close()


def test_a_stored_article_is_never_overwritten(knowledge: Knowledge):
    backup = knowledge.curation.export_jsonl().replace("Документы были оформлены", "Подделка")
    report = knowledge.curation.import_text(backup, ADMIN, "backup.jsonl")
    line = next(
        number
        for number, text in enumerate(backup.splitlines(), start=1)
        if '"id": "turkey-azerbaijan"' in text and '"type": "article"' in text
    )
    assert (line, "article 'turkey-azerbaijan' is stored with another text; kept as it is") in (
        report.errors
    )
    assert "Документы были оформлены" in knowledge.briefing.articles["turkey-azerbaijan"].text


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ({"type": "backup", "format": 9}, "backup format 9 is not one this version reads"),
        ({"type": "photo", "id": "x"}, "unknown line type 'photo'"),
        ({"type": "article", "id": "a", "title": "T"}, "'text' is required"),
        ({"type": "entity", "id": "x", "name_en": "X", "name_ru": "Х"}, "'kind' is required"),
        ({"type": "topic", "id": "x", "name_en": "X", "name_ru": "Х", "aliases": "x"}, "list"),
        ({"type": "deleted", "id": "x", "why": "y"}, "unknown field(s) of deleted: why"),
    ],
)
def test_malformed_backup_lines_are_reported(knowledge: Knowledge, line, message):
    report = knowledge.curation.import_text(json.dumps(line), ADMIN, "backup.jsonl")
    ((number, error),) = report.errors
    assert number == 1 and message in error
