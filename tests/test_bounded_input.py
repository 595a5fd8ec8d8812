"""Every input bounded: ids trimmed and checked on import with the line number, malformed
import files refused line by line, an overlong /timezone answered plainly, ``.env`` read from
the working directory only, and a database that cannot be used refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

from knowledge.service import Knowledge
from tests.clirunner import briefbot
from tests.userchat import Chat, new_user_id

FACT = {
    "statement": "Turkey trained Azerbaijani drone pilots.",
    "quote": "Bounded-input quote.",
    "source": "https://example.com/bounded",
}


def test_an_id_ending_in_a_line_break_is_trimmed_and_found(knowledge: Knowledge):
    report = knowledge.curation.import_text(
        json.dumps({**FACT, "id": "trimmed-id\n"}), 1, "facts.jsonl"
    )
    assert (report.imported, report.errors) == (1, [])
    assert knowledge.briefing.fact("trimmed-id") is not None


def test_label_ids_that_buttons_cannot_carry_are_refused_with_their_line(knowledge: Knowledge):
    lines = [
        {"type": "entity", "id": "x" * 60, "kind": "org", "name_en": "Long", "name_ru": "Длин"},
        {"type": "topic", "id": "Trade:Deals", "name_en": "Trade", "name_ru": "Торговля"},
        {"type": "entity", "id": " Ganja-Plant ", "kind": "org", "name_en": "G", "name_ru": "Г"},
    ]
    text = "\n".join(json.dumps(line) for line in lines)
    report = knowledge.curation.import_text(text, 1, "backup.jsonl")
    errors = dict(report.errors)
    assert sorted(errors) == [1, 2]
    assert "1-40 lower-case letters" in errors[1] and "1-40 lower-case letters" in errors[2]
    assert report.labels == 1
    assert knowledge.briefing.concept("ganja-plant") is not None


def test_malformed_import_files_are_refused_with_the_line_and_the_reason(knowledge: Knowledge):
    deep = "[" * 100_000 + "]" * 100_000
    huge_number = '{"statement": ' + "9" * 5000 + "}"
    report = knowledge.curation.import_text(
        "\n".join([json.dumps(FACT), deep, huge_number]), 1, "facts.jsonl"
    )
    errors = dict(report.errors)
    assert report.imported == 1
    assert "nested too deeply" in errors[2]
    assert "4300 digits" in errors[3]

    cell = "x" * 140_000
    csv_text = f'statement,quote,source\na,b,https://e.com/a\n"{cell}",q,https://e.com/b\n'
    report = knowledge.curation.import_text(csv_text, 1, "facts.csv")
    assert report.imported == 1
    ((line, reason),) = report.errors
    assert line == 3 and "field larger than field limit" in reason


def test_an_overlong_time_zone_gets_a_plain_reply(fake):
    reader = Chat(fake, new_user_id())
    reply = reader.say("/timezone " + "Europe" * 60)["text"]
    assert reply.startswith("I don't know the time zone")
    assert len(reply) < 400


def test_dotenv_is_read_from_the_working_directory_only(tmp_path: Path):
    (tmp_path / ".env").write_text("DATABASE_PATH=from-above.db\n", encoding="utf-8")
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    result = briefbot("ask", "Who is Song Jun?", cwd=work)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "from-above.db").exists()
    assert (work / "briefbot.db").exists()


def test_a_database_that_cannot_be_used_is_one_line_and_exit_code_2(tmp_path: Path):
    (tmp_path / "broken.db").write_bytes(b"this is not a database, " * 100)
    env = {"DATABASE_PATH": "broken.db", "TELEGRAM_BOT_TOKEN": "123456:ABC-def_GHI"}
    for command in (["run"], ["ask", "Who is Song Jun?"]):
        result = briefbot(*command, cwd=tmp_path, env=env)
        assert result.returncode == 2, result
        assert result.stderr.strip().splitlines() == [
            "the database cannot be used: file is not a database"
        ]
