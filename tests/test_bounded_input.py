"""Every input bounded: ids trimmed and checked on import with the line number, malformed
import files refused line by line, imported subject ids of any length or with ":" opened
from their buttons, an overlong /timezone answered plainly, ``.env`` read from
the working directory only, and a database that cannot be used refused in one line."""

from __future__ import annotations

import json
from pathlib import Path

from knowledge.service import Knowledge
from tests.botrunner import ADMIN_ID
from tests.clirunner import briefbot
from tests.userchat import Chat, buttons, new_user_id

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


def test_label_ids_are_trimmed_and_bounded_with_their_line(knowledge: Knowledge):
    lines = [
        {"type": "entity", "id": "x" * 101, "kind": "org", "name_en": "Long", "name_ru": "Длин"},
        {"type": "topic", "id": "topic:deals", "name_en": "Deals", "name_ru": "Сделки"},
        {"type": "entity", "id": " Ganja-Plant ", "kind": "org", "name_en": "G", "name_ru": "Г"},
        {"type": "topic", "id": "Trade:Deals", "name_en": "Trade", "name_ru": "Торговля"},
    ]
    text = "\n".join(json.dumps(line) for line in lines)
    report = knowledge.curation.import_text(text, 1, "backup.jsonl")
    errors = dict(report.errors)
    assert sorted(errors) == [1, 2]
    assert "1-100 lower-case letters" in errors[1] and "not with 'topic:'" in errors[2]
    assert report.labels == 2
    assert knowledge.briefing.concept("ganja-plant") is not None
    assert knowledge.briefing.concept("trade:deals") is not None


LONG_ID = "longcorp-" + "x" * 51  # 60 characters: "brief:" + it would not fit 64 bytes
SUBJECTS_BACKUP = [
    {"type": "entity", "id": LONG_ID, "kind": "org", "name_en": "Longcorp", "name_ru": "Лонгкорп"},
    {"type": "topic", "id": "trade:deals", "name_en": "Trade deals", "name_ru": "Сделки"},
    {
        "statement": "Longcorp signed a trade deal with Azerbaijan.",
        "quote": "Longcorp signed a trade deal with Azerbaijan.",
        "source": "https://example.com/longcorp",
        "entities": ["Longcorp"],
        "topics": ["trade:deals"],
    },
]


def _topic_button(reader: Chat, name: str) -> tuple[dict, str]:
    """The /topics page holding *name*'s button, and that button's data (pages turned)."""
    page = reader.say("/topics")
    while True:
        found = [b for b in buttons(page) if b["text"].startswith(name + " (")]
        if found:
            return page, found[0]["callback_data"]
        turn = [b for b in buttons(page) if b["text"] == "▶"]
        assert turn, f"no {name!r} in /topics"
        _, page = reader.press(turn[0]["callback_data"], page)


def test_an_imported_60_character_id_and_an_id_with_a_colon_open_from_topics(
    fake_telegram, running_bot
):
    admin = Chat(fake_telegram, ADMIN_ID)
    backup = "\n".join(json.dumps(line) for line in SUBJECTS_BACKUP).encode()
    admin.push_document("backup.jsonl", backup, caption="/import")
    assert admin.wait_view_starting("Imported")["plain_text"].startswith("Imported 1 facts.")

    reader = Chat(fake_telegram, new_user_id())
    for name in ("Longcorp", "Trade deals"):
        page, data = _topic_button(reader, name)
        assert len(data.encode()) <= 64
        _, brief = reader.press(data, page)
        assert "Longcorp signed a trade deal with Azerbaijan." in brief["plain_text"], name

    follow = reader.say("/follow Longcorp")["plain_text"]
    assert follow.startswith("You now follow Longcorp.")


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


def test_every_free_text_argument_is_bounded_in_the_reply(fake):
    reader = Chat(fake, new_user_id())
    long = "Narnia" * 600  # one 3,600-letter word
    for command in ("/follow", "/unfollow", "/digest daily", "/digest", "/language", "/timezone"):
        reply = reader.say(f"{command} {long}")["plain_text"]
        assert reply.strip() and len(reply) < 600, (command, len(reply))
        assert long[:200] not in reply, command
