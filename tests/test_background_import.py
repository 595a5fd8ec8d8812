"""An admin's /import of 50,000 facts never freezes the bot: it runs in the background, with
its progress edited into one message; readers are answered meanwhile; SIGTERM stops it within
10 s with nothing changed (and the admin told); kill -9 leaves all or nothing, and the admin
hears at the next start."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from bot.import_process import ImportProcess, Stopped
from bot.imports import NOTE, Imports
from bot.texts import t
from knowledge.curation import Curation
from knowledge.service import Knowledge
from tests.botrunner import ADMIN_ID, BotThread, bot_process
from tests.clirunner import briefbot
from tests.seeded import seeded_database
from tests.telegram_fake import FakeBotApi, FakeTelegram
from tests.userchat import Chat, buttons, new_user_id

ROWS = 50_000
SEEDED = 55  # live facts of a freshly seeded database
QUESTION = "what did Turkey sign with Azerbaijan?"
STOPPED = "The import of bulk.jsonl was stopped because the bot was shutting down: nothing was"


def bulk_file(count: int = ROWS) -> bytes:
    """*count* distinct facts citing outside sources (lean rows: 50,000 stay under 10 MB)."""
    rows = []
    for n in range(count):
        statement = f"Bulkland and Partner{n} signed protocol {n} on grain."
        rows.append(
            {
                "id": f"bulk-{n}",
                "statement": statement,
                "quote": statement,
                "source": f"https://e.org/{n}",
            }
        )
    return "\n".join(json.dumps(row) for row in rows).encode()


def live_facts(database: Path) -> int:
    """How many live facts the database holds, read beside the bot."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return int(db.execute("select count(*) from facts where deleted = 0").fetchone()[0])


def note(database: Path) -> str | None:
    """The note of an import under way, if the database holds one."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        row = db.execute("select value from meta where key = 'import_in_progress'").fetchone()
    return row[0] if row else None


def start_import(fake: FakeBotApi) -> dict:
    """Send the bulk file as the admin; the progress message, once the bot has sent it."""
    admin = Chat(fake, ADMIN_ID)
    admin.push_document("bulk.jsonl", bulk_file(), caption="/import")
    progress = admin.wait_view(0, timeout=60)
    assert progress["plain_text"].startswith("Importing bulk.jsonl: "), progress["plain_text"]
    return progress


def test_a_reader_is_answered_while_a_large_import_runs(fake_telegram, running_bot: BotThread):
    admin = Chat(fake_telegram, ADMIN_ID)
    progress = start_import(fake_telegram)

    voter, reader = Chat(fake_telegram, new_user_id()), Chat(fake_telegram, new_user_id())
    first = voter.say(QUESTION)
    vote = next(b["callback_data"] for b in buttons(first) if b["callback_data"].startswith("fb:+"))
    voter.push_press(vote, first)
    asked = time.monotonic()
    answer = reader.say(QUESTION)  # while the vote waits for the import's write lock
    waited = time.monotonic() - asked
    assert "меморандум о взаимной безопасности" in answer["text"]
    assert not any(view["plain_text"].startswith("Imported") for view in admin.views())
    assert waited < 1.0, f"the reader waited {waited:.2f} s during the import"

    deadline = time.monotonic() + 120
    while not (views := admin.views())[-1]["plain_text"].startswith("Imported"):
        assert time.monotonic() < deadline, views[-1]["plain_text"]
        time.sleep(0.1)
    report = views[-1]
    assert report["plain_text"] == f"Imported {ROWS} facts."
    assert report["method"] == "editMessageText"  # one message, edited from progress to report
    assert report["message_id"] == progress["message_id"]
    assert len(admin.sent()) == 1
    assert "Partner777 signed protocol 777" in reader.say("What did Partner777 sign?")["text"]
    assert note(running_bot.settings.database) is None
    thanked = fake_telegram.wait_for(method="answerCallbackQuery", timeout=30)[-1].params
    assert thanked["text"].startswith("Thanks")  # the vote waited for the import, then saved
    with sqlite3.connect(f"file:{running_bot.settings.database}?mode=ro", uri=True) as db:
        assert db.execute("select count(*) from feedback").fetchone()[0] == 1


def _stopped_within(process: subprocess.Popen, seconds: float) -> tuple[float, str]:
    """SIGTERM *process*; how long it took to exit (killed after *seconds* + 5) and its output."""
    started = time.monotonic()
    process.terminate()
    try:
        output = process.communicate(timeout=seconds + 5)
    except subprocess.TimeoutExpired:
        process.kill()
        output = process.communicate()
    return time.monotonic() - started, "".join(part for part in output if part)


def test_sigterm_during_an_import_rolls_it_back_within_10_s_and_says_so(tmp_path: Path):
    database = tmp_path / "bot.db"
    with FakeTelegram() as fake:
        process = bot_process(fake, database)
        assert fake.wait_until_polled(timeout=30), "the bot never polled"
        start_import(fake)
        took, output = _stopped_within(process, 10)
        assert took < 10, f"the bot took {took:.1f} s to stop:\n{output}"
        assert process.returncode == 0
        told = Chat(fake, ADMIN_ID).views()[-1]["plain_text"]
    assert told.startswith(STOPPED)
    assert live_facts(database) == SEEDED
    assert note(database) is None


def test_kill_9_during_an_import_leaves_nothing_and_the_admin_hears_at_the_next_start(
    tmp_path: Path,
):
    database = tmp_path / "bot.db"
    with FakeTelegram() as fake:
        process = bot_process(fake, database)
        assert fake.wait_until_polled(timeout=30), "the bot never polled"
        start_import(fake)
        process.kill()
        process.communicate(timeout=10)
        assert live_facts(database) == SEEDED
        assert note(database) is not None

        admin = Chat(fake, ADMIN_ID)
        before = len(admin.views())
        process = bot_process(fake, database)
        try:
            told = admin.wait_view(before, timeout=30)["plain_text"]
            # the note goes once the admin was told (told again after a kill in between)
            deadline = time.monotonic() + 10
            while note(database) is not None and time.monotonic() < deadline:
                time.sleep(0.05)
        finally:
            _stopped_within(process, 10)
    assert told.startswith(STOPPED)
    assert note(database) is None
    assert live_facts(database) == SEEDED


def test_sigterm_stops_briefbot_import_with_nothing_changed(tmp_path: Path):
    database = seeded_database(tmp_path / "cli.db")
    (tmp_path / "bulk.jsonl").write_bytes(bulk_file())
    command = [sys.executable, "-m", "bot", "--database", str(database), "import", "bulk.jsonl"]
    process = subprocess.Popen(command, cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    time.sleep(2)  # opened, and checking the facts
    assert process.poll() is None, "the import ended before it could be stopped"
    took, output = _stopped_within(process, 10)
    assert took < 10
    if "was saved before it could be stopped" in output:  # the stop came as it committed
        assert process.returncode == 0, output
        assert live_facts(database) == SEEDED + ROWS
        return
    assert process.returncode == 130, output
    assert "import of bulk.jsonl stopped before it finished: nothing changed" in output
    assert live_facts(database) == SEEDED


def test_an_import_stopped_as_it_committed_says_it_was_saved(tmp_path: Path, monkeypatch):
    """A stop that comes once the import's transaction has committed (Ctrl-C as COMMIT
    returns) cannot undo it: the command says the import was saved, not "nothing changed"."""
    database = seeded_database(tmp_path / "cli.db")
    (tmp_path / "bulk.jsonl").write_bytes(bulk_file(20))
    import_lines = Curation.import_lines

    def committed_then_stopped(self: Curation, *args: Any, **kwargs: Any) -> Any:
        import_lines(self, *args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(Curation, "import_lines", committed_then_stopped)
    done = briefbot("--database", str(database), "import", "bulk.jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "import of bulk.jsonl was saved before it could be stopped" in done.stderr
    assert "nothing changed" not in done.stderr
    assert live_facts(database) == SEEDED + 20


def test_a_bot_on_an_in_memory_database_refuses_an_import_it_could_not_see():
    """Another process cannot reach an in-memory database: the admin is told, nothing runs."""
    knowledge = Knowledge.open(":memory:")
    replies: list[str] = []

    async def reply_text(text: str) -> None:
        replies.append(text)

    user = SimpleNamespace(id=ADMIN_ID, language_code="en")
    update = SimpleNamespace(
        effective_user=user,
        effective_chat=SimpleNamespace(id=ADMIN_ID),
        effective_message=SimpleNamespace(reply_text=reply_text),
    )
    context = SimpleNamespace(bot_data=SimpleNamespace(knowledge=knowledge))
    imports = Imports(knowledge)
    try:
        asyncio.run(imports.start(update, context, bulk_file(3).decode(), "bulk.jsonl"))  # type: ignore[arg-type]
    finally:
        knowledge.close()
    assert replies == [t("adm_import_in_memory", "en")]
    assert imports.job is None


def test_a_stop_that_came_as_the_import_committed_is_reported_as_saved():
    """The note of an import goes with its commit: a "stopped" import whose note is gone was
    saved after all, and the admin is told so, not that nothing changed."""
    knowledge = Knowledge.open(":memory:")
    imports = Imports(knowledge)
    job = ImportProcess(Path("bot.db"), "", ADMIN_ID, "bulk.jsonl", NOTE)

    def told() -> str:
        async def outcome() -> str:
            work: asyncio.Future = asyncio.get_running_loop().create_future()
            work.set_exception(Stopped())
            return imports._outcome(job, work, "en")[0]

        return asyncio.run(outcome())

    try:
        knowledge.set_note(NOTE, "{}")
        assert told().startswith("The import of bulk.jsonl was stopped")
        knowledge.drop_note(NOTE)
        assert told().startswith("The import of bulk.jsonl was saved just as")
    finally:
        knowledge.close()
