"""The ``briefbot`` command line, run as a user would run it: in the test process (see
``tests/clirunner.py``), and as the installed ``briefbot`` and ``python -m bot`` processes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from knowledge.service import Knowledge
from tests.clirunner import briefbot as run_cli
from tests.seeded import seeded_database

QUESTION = "what did Turkey sign with Azerbaijan?"
ISTANBUL_QUOTE = (
    "Документы были оформлены в Стамбуле, где министры обороны двух стран закрепили "
    "меморандум о взаимной безопасности."
)
TELEGRAM_TAGS = {"b", "strong", "i", "em", "u", "s", "a", "code", "pre", "blockquote"}


def briefbot_command() -> list[str]:
    """The installed console script (next to this Python, else on PATH)."""
    here = Path(sys.executable).parent / "briefbot"
    found = str(here) if here.exists() else shutil.which("briefbot")
    if found is None:
        pytest.skip("the briefbot console script is not installed")
    return [found]


def run(
    command: list[str], *args: str, cwd: Path, stdin: str | None = None, env: dict | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "DATABASE_PATH"}
    environment["PYTHONIOENCODING"] = "utf-8"
    environment.update(env or {})
    return subprocess.run(
        [*command, *args],
        cwd=cwd,
        env=environment,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli")


@pytest.fixture(scope="module")
def database(workdir: Path) -> Path:
    """A seeded database shared by the read-only commands of this module."""
    return seeded_database(workdir / "briefbot.db")


def briefbot(database: Path, *args: str, stdin: str | None = None):
    result = run_cli("--database", str(database), *args, cwd=database.parent, stdin=stdin)
    assert result.returncode == 0, result.stderr
    return result


class TagChecker(HTMLParser):
    """Collects tags and checks they nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, f"</{tag}> closes {self.open}"
        self.open.pop()

    def handle_data(self, data):
        self.text.append(data)


def check_telegram_html(reply: str) -> str:
    """Assert *reply* is well-formed Telegram HTML; return its visible text."""
    checker = TagChecker()
    checker.feed(reply)
    checker.close()
    assert checker.open == [], f"unclosed tags {checker.open}"
    assert set(checker.tags) <= TELEGRAM_TAGS, set(checker.tags) - TELEGRAM_TAGS
    assert len(reply) <= 4096
    return "".join(checker.text)


# -- ask --json --------------------------------------------------------------------------


def test_ask_json_prints_one_answer_object(database: Path):
    """The installed console script, as a process."""
    result = run(
        briefbot_command(),
        "--database",
        str(database),
        "ask",
        "--json",
        QUESTION,
        cwd=database.parent,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert {"question", "lang", "answered", "results", "reply"} <= set(data)
    assert data["question"] == QUESTION
    assert data["lang"] == "en"
    assert data["answered"] is True
    assert data["results"]
    for item in data["results"]:
        assert {"fact_id", "score", "statement", "quote", "source"} <= set(item)
        assert isinstance(item["score"], int | float)
        assert {"article_id", "title", "outlet", "url"} <= set(item["source"])
    # "Signed" ties the memorandum with the sentence before it; both are right, and the
    # memorandum must be cited.
    top = next(r for r in data["results"] if r["quote"] == ISTANBUL_QUOTE)
    assert top["source"]["article_id"] == "turkey-azerbaijan"
    assert (
        top["source"]["title"]
        == "Азербайджан и Турция усиливают военно-промышленное сотрудничество"
    )
    assert "elapsed_ms" not in data


def test_ask_json_reply_is_escaped_telegram_html(database: Path):
    data = json.loads(briefbot(database, "ask", "--json", QUESTION).stdout)
    reply = data["reply"]
    visible = check_telegram_html(reply)
    assert escape(ISTANBUL_QUOTE) in reply
    assert f"<blockquote expandable>{escape(ISTANBUL_QUOTE)}</blockquote>" in reply
    assert ISTANBUL_QUOTE in visible
    for number, item in enumerate(data["results"], 1):
        assert f"<b>{number}. {escape(item['statement'])}</b>" in reply
        assert escape(item["quote"]) in reply  # the translation only when it adds to it


def test_ask_json_escapes_quotation_marks(database: Path):
    question = "Could Azerbaijan and Turkey form an informal Turkish version of a regional bloc?"
    data = json.loads(briefbot(database, "ask", "--json", question).stdout)
    assert data["answered"]
    statement = data["results"][0]["statement"]
    assert '"' in statement, "this fact's statement quotes a phrase"
    visible = check_telegram_html(data["reply"])
    assert statement in visible


def test_reply_escapes_markup_in_facts(tmp_path: Path):
    """Text that looks like HTML in a fact is shown as text, never sent as markup."""
    fact = {
        "id": "markup-fact",
        "statement": "Baku & Ankara signed the <b>Caspian</b> drone protocol.",
        "quote": 'The protocol "A&B" was <signed> on the Caspian coast.',
        "source": "https://example.org/?a=1&b=2",
        "entities": ["Turkey", "Azerbaijan"],
    }
    path = tmp_path / "markup.jsonl"
    path.write_text(json.dumps(fact) + "\n", encoding="utf-8")
    db = tmp_path / "markup.db"
    imported = run_cli("--database", str(db), "import", str(path), cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    data = json.loads(briefbot(db, "ask", "--json", "Caspian drone protocol").stdout)
    assert data["answered"] and data["results"][0]["fact_id"] == "markup-fact"
    reply = data["reply"]
    visible = check_telegram_html(reply)
    assert fact["statement"] in visible
    assert fact["quote"] in visible
    assert "&lt;signed&gt;" in reply and "A&amp;B" in reply
    assert "<b>Caspian</b>" not in reply
    assert "— example.org" in visible  # a short label; the link is behind the Source button


def test_ask_json_abstention(database: Path):
    data = json.loads(briefbot(database, "ask", "--json", "What did Japan sign with Korea?").stdout)
    assert data["answered"] is False
    assert data["results"] == []
    assert "Japan" in data["reply"]
    check_telegram_html(data["reply"])


def test_ask_json_russian(database: Path):
    question = "Где министры обороны Азербайджана и Турции подписали меморандум?"
    data = json.loads(briefbot(database, "ask", "--json", question).stdout)
    assert data["lang"] == "ru"
    assert data["answered"] is True
    assert data["results"][0]["quote"] == ISTANBUL_QUOTE
    assert "абзац" in data["reply"]
    check_telegram_html(data["reply"])


def test_ask_stdin_prints_one_json_object_per_line(database: Path):
    questions = [QUESTION, "", "Как приготовить плов?", "Кто такой Сун Джун?"]
    result = briefbot(database, "ask", "--json", stdin="\n".join(questions) + "\n")
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["question"] for o in objects] == [q for q in questions if q]
    assert [o["answered"] for o in objects] == [True, False, True]
    assert [o["lang"] for o in objects] == ["en", "ru", "ru"]


def test_ask_timings_adds_elapsed_ms(database: Path):
    data = json.loads(briefbot(database, "ask", "--json", "--timings", QUESTION).stdout)
    assert isinstance(data["elapsed_ms"], int | float)
    assert 0 <= data["elapsed_ms"] < 10_000


def test_ask_plain_text_prints_the_quote(database: Path):
    result = briefbot(database, "ask", QUESTION)
    assert ISTANBUL_QUOTE in result.stdout
    assert "<b>" not in result.stdout and "<blockquote>" not in result.stdout
    assert "paragraph 1" in result.stdout
    assert "Istanbul" in result.stdout  # the English statement and translation


def test_ask_plain_text_timings(database: Path):
    result = briefbot(database, "ask", "--timings", QUESTION)
    assert ISTANBUL_QUOTE in result.stdout
    assert " ms)" in result.stdout


def test_ask_plain_text_abstention(database: Path):
    result = briefbot(database, "ask", "What did Japan sign with Korea?")
    assert "Japan" in result.stdout
    assert "❝" not in result.stdout


def test_python_dash_m_bot_works(database: Path):
    result = run(
        [sys.executable, "-m", "bot"],
        "--database",
        str(database),
        "ask",
        "--json",
        QUESTION,
        cwd=database.parent,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["answered"] is True
    assert ISTANBUL_QUOTE in [r["quote"] for r in data["results"]]


# -- database location -------------------------------------------------------------------


def test_database_path_from_environment(tmp_path: Path):
    db = tmp_path / "env" / "bot.db"
    result = run_cli("ask", "--json", QUESTION, cwd=tmp_path, env={"DATABASE_PATH": str(db)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["answered"] is True
    assert db.is_file()
    assert not (tmp_path / "briefbot.db").exists()


def test_database_option_beats_environment(tmp_path: Path):
    chosen = tmp_path / "chosen.db"
    ignored = tmp_path / "ignored.db"
    result = run_cli(
        "--database",
        str(chosen),
        "ask",
        QUESTION,
        cwd=tmp_path,
        env={"DATABASE_PATH": str(ignored)},
    )
    assert result.returncode == 0, result.stderr
    assert chosen.is_file()
    assert not ignored.exists()


# -- export and eval ---------------------------------------------------------------------


def test_export_prints_a_backup(database: Path):
    result = briefbot(database, "export")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    facts = [r for r in records if "type" not in r]
    k = Knowledge.open(database)
    try:
        assert len(facts) == k.briefing.store.count_facts()
    finally:
        k.close()
    assert all({"id", "statement", "quote", "source"} <= set(r) for r in facts)
    assert any(r["quote"] == ISTANBUL_QUOTE for r in facts)
    assert not any("Статьи по теме" in r["quote"] for r in facts)
    assert [r["id"] for r in records if r.get("type") == "article"] == [
        "china-azerbaijan",
        "turkey-azerbaijan",
    ]


def test_eval_prints_accuracy_lines(database: Path, tmp_path: Path):
    questions = tmp_path / "questions.jsonl"
    questions.write_text(
        "\n".join(
            json.dumps(item, ensure_ascii=False)
            for item in [
                {
                    "q": "Where was the mutual security memorandum signed?",
                    "expect_any": ["Стамбуле"],
                },
                {
                    "q": "Какой контракт получила компания Baykar?",
                    "expect_any": ["Baykar на поставку"],
                },
                {"q": "How do I make pancakes?", "abstain": True},
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = briefbot(database, "eval", str(questions))
    lines = result.stdout.splitlines()
    assert lines[0].startswith("answerable:  top-1 2/2 (100.0 %), top-3 2/2 (100.0 %)")
    assert "abstain:     not answered 1/1 (100.0 %)" in lines


def test_eval_lists_misses(database: Path, tmp_path: Path):
    questions = tmp_path / "misses.jsonl"
    questions.write_text(
        json.dumps({"q": "What did Turkey sign with Azerbaijan?", "expect_any": ["nowhere"]})
        + "\n"
        + json.dumps({"q": "What did Turkey sign with Azerbaijan?", "abstain": True})
        + "\n",
        encoding="utf-8",
    )
    result = briefbot(database, "eval", str(questions))
    assert "answerable: 'What did Turkey sign with Azerbaijan?' -> <answered" in result.stdout
    assert "abstain: 'What did Turkey sign with Azerbaijan?' -> <answered" in result.stdout
    assert "answerable:  top-1 0/1 (0.0 %)" in result.stdout
    assert "abstain:     not answered 0/1 (0.0 %)" in result.stdout


def test_eval_refuses_a_malformed_file_in_one_line(database: Path, tmp_path: Path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"q": "x", "expect_any": ["y"]}\n{not json\n', encoding="utf-8")
    result = run_cli("--database", str(database), "eval", str(bad), cwd=database.parent)
    assert result.returncode == 2
    assert result.stderr.strip().endswith(
        "bad.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes)"
    )
    missing = run_cli(
        "--database", str(database), "eval", str(tmp_path / "missing.jsonl"), cwd=database.parent
    )
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_eval_runs_on_the_paraphrase_set(database: Path):
    paraphrases = Path(__file__).resolve().parent / "data" / "paraphrases.jsonl"
    result = briefbot(database, "eval", str(paraphrases))
    for label in ("answerable:", "abstain:"):
        assert any(line.startswith(label) for line in result.stdout.splitlines()), label


def test_unknown_command_fails(database: Path):
    result = run_cli("--database", str(database), "frobnicate", cwd=database.parent)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_database_path_is_read_from_dotenv_in_the_working_directory(tmp_path: Path):
    (tmp_path / ".env").write_text("DATABASE_PATH=from-dotenv.db\n", encoding="utf-8")
    result = run_cli("ask", "Who is Song Jun?", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "from-dotenv.db").exists()
    assert not (tmp_path / "briefbot.db").exists()


# -- ends quietly ------------------------------------------------------------------------


def test_ask_json_piped_into_head_ends_quietly(database: Path):
    """`briefbot ask --json < questions | head -1`: the reader leaves after one line."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "--database", str(database), "ask", "--json"],
        cwd=database.parent,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    process.stdin.write((QUESTION + "\n").encode() * 200)
    process.stdin.close()
    assert json.loads(process.stdout.readline())["question"] == QUESTION
    process.stdout.close()  # as `head -1` does
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert stderr == ""


def test_chat_goes_on_after_an_empty_line_and_quits_on_quit(database: Path):
    result = briefbot(database, "chat", stdin=f"\n   \n{QUESTION}\n/quit\nwho is Song Jun?\n")
    assert ISTANBUL_QUOTE in result.stdout  # answered after the empty lines
    assert "Song Jun" not in result.stdout.split(ISTANBUL_QUOTE, 1)[1]  # not after /quit
    assert result.stdout.count("you> ") == 4


def test_import_of_an_unreadable_file_is_one_line_and_exit_code_2(tmp_path: Path):
    for target in (tmp_path / "missing.jsonl", tmp_path):  # no such file; a directory
        result = run_cli("--database", str(tmp_path / "i.db"), "import", str(target), cwd=tmp_path)
        assert result.returncode == 2
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"cannot read {target}: ")
        assert result.stdout == ""
