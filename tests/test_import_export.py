"""Bulk import (JSONL and CSV), export, and the ``briefbot import`` / ``export`` commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowledge.errors import FactError
from knowledge.facts import FIELDS
from knowledge.service import Knowledge
from tests.clirunner import briefbot

ADMIN = 7
PARADE = {
    "id": "imp-caspian-parade",
    "statement": "Azerbaijan and Turkey plan a joint naval parade on the Caspian coast.",
    "quote": "A joint naval parade is planned for the Caspian coast.",
    "source": "https://example.org/news/caspian-parade",
    "entities": ["Turkey", "Azerbaijan"],
    "topics": ["joint-exercises"],
    "date": "2025-06",
}
# A verbatim piece of paragraph 5 of the Turkey article.
ASSEMBLY_QUOTE = (
    "Эксперты не исключают, что в ближайшие годы возможно создание совместных производств"
)
ASSEMBLY = {
    "id": "imp-assembly-lines",
    "statement": "Turkish experts expect assembly lines for unmanned aircraft in Ganja.",
    "quote": ASSEMBLY_QUOTE,
    "source": "turkey-azerbaijan",
    "entities": ["turkey", "azerbaijan"],
}


def jsonl(*items: object) -> str:
    return "\n".join(item if isinstance(item, str) else json.dumps(item) for item in items)


def errors_by_line(report) -> dict[int, str]:
    return dict(report.errors)


def fact_lines(exported: str) -> list[str]:
    """The lines of a backup that are facts (the others carry a "type")."""
    return [line for line in exported.splitlines() if '"type": ' not in line[:10]]


# -- JSONL -------------------------------------------------------------------------------


def test_jsonl_good_and_bad_rows(knowledge: Knowledge):
    before = knowledge.briefing.store.count_facts()
    text = jsonl(
        PARADE,  # 1 good, URL source
        {"id": "no-statement", "quote": "q", "source": "https://example.org/a"},  # 2
        '{"statement": "broken", "quote": ',  # 3 invalid JSON
        {"statement": "s", "quote": "Этих слов нет в статье.", "source": "turkey-azerbaijan"},
        {"statement": "s", "quote": "q", "source": "my-notebook"},  # 5 unknown source
        {"statement": "s", "quote": "q", "source": "https://e.org/x", "date": "2025-02-30"},
        {"statement": "s", "quote": "q", "source": "https://e.org/x", "date": "23.04.2025"},
        {"statement": "s", "quote": "q", "source": "https://e.org/x", "colour": "red"},  # 8
        "",  # 9 blank lines are skipped, not errors
        ASSEMBLY,  # 10 good, verbatim quote of a known article
    )
    report = knowledge.curation.import_text(text, ADMIN, "facts.jsonl")
    errors = errors_by_line(report)
    assert report.imported == 2
    assert sorted(errors) == [2, 3, 4, 5, 6, 7, 8]
    assert "statement" in errors[2]
    assert "JSON" in errors[3]
    assert "verbatim" in errors[4] and "turkey-azerbaijan" in errors[4]
    assert "source" in errors[5] and "URL" in errors[5]
    assert "date" in errors[6] and "2025-02-30" in errors[6]
    assert "date" in errors[7]
    assert "colour" in errors[8]
    assert knowledge.briefing.store.count_facts() == before + 2
    assert knowledge.briefing.fact("no-statement") is None


def test_imported_rows_are_answerable_at_once(knowledge: Knowledge):
    knowledge.curation.import_text(jsonl(PARADE, ASSEMBLY), ADMIN, "facts.jsonl")
    answer = knowledge.answering.ask("Is there a naval parade on the Caspian coast?")
    assert answer.answered
    assert answer.results[0].fact_id == PARADE["id"]
    assert answer.results[0].quote == PARADE["quote"]
    assert answer.results[0].source.url == PARADE["source"]
    answer = knowledge.answering.ask("Will there be assembly lines in Ganja?")
    assert answer.answered
    assert answer.results[0].quote == ASSEMBLY_QUOTE
    assert answer.results[0].source.article_id == "turkey-azerbaijan"
    assert answer.results[0].source.paragraph == 5


def test_entity_names_are_resolved_to_ids(knowledge: Knowledge):
    knowledge.curation.import_text(
        jsonl({**PARADE, "entities": ["Турция", "Baku", "azerbaijan"]}), ADMIN, "x.jsonl"
    )
    assert knowledge.briefing.fact(PARADE["id"]).entities == ("turkey", "azerbaijan")


def test_url_source_needs_no_verbatim_check(knowledge: Knowledge):
    report = knowledge.curation.import_text(
        jsonl(
            {
                "statement": "Outside report.",
                "quote": "Words found nowhere in the articles.",
                "source": "http://example.com/report?id=1",
            }
        ),
        ADMIN,
        "x.jsonl",
    )
    assert report.errors == []
    assert report.imported == 1


def test_non_http_link_is_not_a_source(knowledge: Knowledge):
    report = knowledge.curation.import_text(
        jsonl({"statement": "s", "quote": "q", "source": "ftp://example.com/file"}), ADMIN, ""
    )
    assert report.imported == 0
    assert [line for line, _ in report.errors] == [1]


def test_wrong_paragraph_is_reported(knowledge: Knowledge):
    report = knowledge.curation.import_text(jsonl({**ASSEMBLY, "paragraph": 2}), ADMIN, "x.jsonl")
    assert report.imported == 0
    ((line, message),) = report.errors
    assert line == 1
    assert "5" in message and "2" in message
    report = knowledge.curation.import_text(jsonl({**ASSEMBLY, "paragraph": 5}), ADMIN, "x.jsonl")
    assert report.imported == 1


def test_upsert_by_id(knowledge: Knowledge):
    before = knowledge.briefing.store.count_facts()
    knowledge.curation.import_text(jsonl(PARADE), ADMIN, "x.jsonl")
    updated = {**PARADE, "statement": "Azerbaijan and Turkey postponed the Caspian naval parade."}
    report = knowledge.curation.import_text(jsonl(updated), ADMIN, "x.jsonl")
    assert report.imported == 1
    assert knowledge.briefing.store.count_facts() == before + 1
    assert knowledge.briefing.fact(PARADE["id"]).statement == updated["statement"]
    exported = knowledge.curation.export_jsonl()
    assert exported.count(f'"id": "{PARADE["id"]}"') == 1
    answer = knowledge.answering.ask("Was the Caspian naval parade postponed?")
    assert answer.results[0].statement == updated["statement"]


def test_same_id_twice_in_one_file_keeps_one_fact(knowledge: Knowledge):
    before = knowledge.briefing.store.count_facts()
    second = {**PARADE, "statement": "Second version of the parade fact."}
    knowledge.curation.import_text(jsonl(PARADE, second), ADMIN, "x.jsonl")
    assert knowledge.briefing.store.count_facts() == before + 1
    assert knowledge.briefing.fact(PARADE["id"]).statement == second["statement"]


def test_reimport_of_a_curated_fact_updates_it(knowledge: Knowledge):
    record = json.loads(fact_lines(knowledge.curation.export_jsonl())[0])
    before = knowledge.briefing.store.count_facts()
    report = knowledge.curation.import_text(jsonl({**record, "statement": "Reworded."}), ADMIN, "x")
    assert report.errors == []
    assert knowledge.briefing.store.count_facts() == before
    assert knowledge.briefing.fact(record["id"]).statement == "Reworded."


def test_import_without_id_gets_a_stable_id(knowledge: Knowledge):
    row = {k: v for k, v in PARADE.items() if k != "id"}
    knowledge.curation.import_text(jsonl(row), ADMIN, "x.jsonl")
    knowledge.curation.import_text(jsonl(row), ADMIN, "x.jsonl")
    matching = [
        line for line in knowledge.curation.export_jsonl().splitlines() if "naval parade" in line
    ]
    assert len(matching) == 1


def test_empty_import_does_nothing(knowledge: Knowledge):
    before = knowledge.curation.export_jsonl()
    report = knowledge.curation.import_text("", ADMIN, "empty.jsonl")
    assert report.imported == 0 and report.errors == []
    assert knowledge.curation.export_jsonl() == before


BROKEN_FIRST_LINE = '"statement": "a line that lost its opening brace", "quote": "q"}'


def test_jsonl_with_broken_first_line_still_imports_the_rest(knowledge: Knowledge):
    """A .jsonl file stays JSONL even when its first line is damaged."""
    report = knowledge.curation.import_text(jsonl(BROKEN_FIRST_LINE, PARADE), ADMIN, "facts.jsonl")
    assert [line for line, _ in report.errors] == [1]
    assert report.imported == 1


def test_malformed_list_text_is_reported_not_raised(knowledge: Knowledge):
    """A list cell like "[Turkey" is a bad row, not a crash of the whole import."""
    report = knowledge.curation.import_text(
        jsonl({**PARADE, "entities": "[Turkey"}, ASSEMBLY), ADMIN, ""
    )
    assert [line for line, _ in report.errors] == [1]
    assert report.imported == 1


def test_admin_edit_with_malformed_list_text_is_a_fact_error(knowledge: Knowledge):
    with pytest.raises(FactError):
        knowledge.curation.edit_fact("tr-istanbul-memorandum", "topics", "[agreements", ADMIN)


def test_month_out_of_range_is_rejected(knowledge: Knowledge):
    report = knowledge.curation.import_text(
        jsonl({"statement": "s", "quote": "q", "source": "https://e.org/x", "date": "2025-13"}),
        ADMIN,
        "x.jsonl",
    )
    assert report.imported == 0
    assert [line for line, _ in report.errors] == [1]


# -- CSV ---------------------------------------------------------------------------------

CSV_TEXT = (
    "id,statement,quote,source,entities,topics,date\n"
    f"csv-parade,{PARADE['statement']},{PARADE['quote']},{PARADE['source']},"
    "Turkey;Azerbaijan,joint-exercises,2025-06\n"  # 2 good
    "csv-missing,,a quote,https://example.org/x,,,\n"  # 3 no statement
    'csv-bad-quote,"Baykar grows.","Компания Байкар укрепляет позиции.",turkey-azerbaijan,,,\n'
    "csv-bad-source,s,q,notes.txt,,,\n"  # 5
    "csv-bad-date,s,q,https://example.org/x,,,2025-04-31\n"  # 6
    "csv-extra,s,q,https://example.org/x,,,2025,surplus\n"  # 7 too many cells
    f'csv-assembly,"{ASSEMBLY["statement"]}","{ASSEMBLY_QUOTE}",turkey-azerbaijan,'
    '"turkey, azerbaijan",,\n'  # 8 good
)


def test_csv_good_and_bad_rows(knowledge: Knowledge):
    before = knowledge.briefing.store.count_facts()
    report = knowledge.curation.import_text(CSV_TEXT, ADMIN, "facts.csv")
    errors = errors_by_line(report)
    assert report.imported == 2
    assert sorted(errors) == [3, 4, 5, 6, 7]
    assert "statement" in errors[3]
    assert "verbatim" in errors[4]
    assert "source" in errors[5]
    assert "date" in errors[6]
    assert "cells" in errors[7] or "header" in errors[7]
    assert knowledge.briefing.store.count_facts() == before + 2
    assert knowledge.briefing.fact("csv-parade").entities == ("turkey", "azerbaijan")
    assert knowledge.briefing.fact("csv-assembly").paragraph == 5
    answer = knowledge.answering.ask("Is there a naval parade on the Caspian coast?")
    assert answer.answered and answer.results[0].fact_id == "csv-parade"


def test_csv_is_recognised_without_a_file_name(knowledge: Knowledge):
    report = knowledge.curation.import_text(CSV_TEXT, ADMIN)
    assert report.imported == 2


def test_csv_with_byte_order_mark_and_unknown_column(knowledge: Knowledge):
    text = "\ufeffid,statement,quote,source,notes\nbom-1,s,q,https://example.org/x,hello\n"
    report = knowledge.curation.import_text(text, ADMIN, "excel.csv")
    assert report.imported == 0
    ((line, message),) = report.errors
    assert line == 2 and "notes" in message
    text = "\ufeffid,statement,quote,source\nbom-1,s,q,https://example.org/x\n"
    assert knowledge.curation.import_text(text, ADMIN, "excel.csv").imported == 1
    assert knowledge.briefing.fact("bom-1") is not None


# -- export ------------------------------------------------------------------------------


def test_export_is_a_backup_whose_facts_are_in_the_exchange_format(knowledge: Knowledge):
    exported = knowledge.curation.export_jsonl()
    records = [json.loads(line) for line in exported.splitlines()]
    assert records[0] == {"type": "backup", "format": 1}
    kinds = [r.get("type", "fact") for r in records[1:]]
    assert kinds == sorted(kinds, key=["article", "entity", "topic", "fact"].index)
    assert kinds.count("article") == 2 and kinds.count("entity") == 19
    assert kinds.count("fact") == knowledge.briefing.store.count_facts()
    for line in fact_lines(exported):
        record = json.loads(line)
        assert tuple(record) == FIELDS
    assert "\\u04" not in knowledge.curation.export_jsonl(), (
        "Cyrillic is written as text, not escaped"
    )


def test_export_import_round_trip(tmp_path: Path):
    first = Knowledge.open(tmp_path / "first.db")
    first.curation.import_text(jsonl(PARADE, ASSEMBLY), ADMIN, "x.jsonl")
    first.curation.import_text(CSV_TEXT, ADMIN, "x.csv")
    first.curation.edit_fact("tr-istanbul-memorandum", "statement", "Reworded by an admin.", ADMIN)
    exported = first.curation.export_jsonl()
    first.close()

    second = Knowledge.open(tmp_path / "second.db")
    try:
        report = second.curation.import_text(exported, ADMIN, "export.jsonl")
        assert report.errors == []
        assert report.imported == len(fact_lines(exported))
        assert second.curation.export_jsonl() == exported
        # Importing the same export again changes nothing.
        second.curation.import_text(exported, ADMIN, "export.jsonl")
        assert second.curation.export_jsonl() == exported
    finally:
        second.close()


# -- the command line --------------------------------------------------------------------


def test_cli_import_good_file(tmp_path: Path):
    db = tmp_path / "cli.db"
    path = tmp_path / "good.jsonl"
    path.write_text(jsonl(PARADE, ASSEMBLY) + "\n", encoding="utf-8")
    run = briefbot("--database", str(db), "import", str(path), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "imported 2 fact(s), rejected 0 line(s)" in run.stdout
    assert run.stderr == ""
    k = Knowledge.open(db)
    try:
        assert k.briefing.fact(PARADE["id"]) is not None
        assert k.briefing.fact(ASSEMBLY["id"]) is not None
    finally:
        k.close()
    exported = briefbot("--database", str(db), "export", cwd=tmp_path)
    assert exported.returncode == 0
    assert PARADE["id"] in exported.stdout


def test_cli_import_reports_bad_lines_and_fails(tmp_path: Path):
    db = tmp_path / "cli.db"
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        jsonl(PARADE, {"quote": "q", "source": "https://example.org/x"}, "not json at all"),
        encoding="utf-8",
    )
    run = briefbot("--database", str(db), "import", str(path), cwd=tmp_path)
    assert run.returncode == 1
    assert "imported 1 fact(s), rejected 2 line(s)" in run.stdout
    lines = run.stderr.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("mixed.jsonl:2:") and "statement" in lines[0]
    assert lines[1].startswith("mixed.jsonl:3:") and "JSON" in lines[1]


def test_cli_import_csv(tmp_path: Path):
    path = tmp_path / "facts.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    run = briefbot("--database", str(tmp_path / "cli.db"), "import", str(path), cwd=tmp_path)
    assert run.returncode == 1
    assert "imported 2 fact(s), rejected 5 line(s)" in run.stdout
    assert [line.split(":")[1] for line in run.stderr.splitlines()] == ["3", "4", "5", "6", "7"]


def test_cli_import_missing_file(tmp_path: Path):
    run = briefbot(
        "--database",
        str(tmp_path / "cli.db"),
        "import",
        str(tmp_path / "nope.jsonl"),
        cwd=tmp_path,
    )
    assert run.returncode == 2
    assert "cannot read" in run.stderr and "nope.jsonl" in run.stderr


def test_cli_import_file_that_is_not_utf8(tmp_path: Path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("id,statement,quote,source\nx,Été,q,https://e.org\n".encode("latin-1"))
    run = briefbot("--database", str(tmp_path / "cli.db"), "import", str(path), cwd=tmp_path)
    assert run.returncode == 2
    assert "cannot read" in run.stderr


def test_cli_export_to_file_round_trips(tmp_path: Path):
    db = tmp_path / "cli.db"
    out = tmp_path / "out.jsonl"
    run = briefbot("--database", str(db), "export", str(out), cwd=tmp_path)
    assert run.returncode == 0
    lines = fact_lines(out.read_text(encoding="utf-8"))
    assert f"exported {len(lines)} fact(s) and 2 article(s)" in run.stderr
    run = briefbot("--database", str(tmp_path / "other.db"), "import", str(out), cwd=tmp_path)
    assert run.returncode == 0
    assert f"imported {len(lines)} fact(s), rejected 0 line(s)" in run.stdout


def test_topic_names_are_stored_as_topic_ids(tmp_path):
    knowledge = Knowledge.open(tmp_path / "k.db")
    fact = knowledge.curation.edit_fact(
        "tr-baykar-drone-contract", "topics", "Agreements, дроны", actor=1
    )
    assert fact.topics == ("agreements", "drones")


def test_a_stored_row_keeps_russian_readable_json(tmp_path: Path):
    record = {
        "id": "ru-labels",
        "statement": "A.",
        "quote": "Q.",
        "source": "https://e.org/x",
        "questions": ["Кто подписал?", "Who signed?"],
    }
    knowledge = Knowledge.open(tmp_path / "k.db")
    knowledge.curation.import_text(json.dumps(record, ensure_ascii=False), ADMIN, "a.jsonl")
    (stored,) = knowledge.briefing.store.db.execute(
        "select questions from facts where id = 'ru-labels'"
    ).fetchone()
    knowledge.close()
    assert stored == '["Кто подписал?", "Who signed?"]'  # what the web view shows
