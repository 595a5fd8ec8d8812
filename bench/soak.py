"""Soak run: issue 19's targets measured through the real ``python -m bot run`` against the
fake Bot API, one table row per figure.

Run by hand (not part of the test suite), from the repository root::

    python -m bench.soak                  # 50,000 questions in 50,000 chats, then the rest
    python -m bench.soak --chats 5000     # a shorter memory run

Each target has a test that asserts it (see docs/reliability.md); this prints the figures a
longer run gives, with the load average beside them (the machine may be shared). Work files
go to bench/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from knowledge.service import Knowledge
from tests.processes import briefbot_import, free_port, post_to_hook, rss_mb
from tests.seeded import seeded_database
from tests.telegram_fake import FakeTelegram

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "soak"
ADMIN_ID = 7001
QUESTION = "what did Turkey sign with Azerbaijan?"
ANSWERED = "меморандум о взаимной безопасности"
SECRET = "soak-SECRET_0123456789"
HOOK = "https://bot.example.com/telegram/hook"
BATCH = 500  # questions pushed before waiting for their replies: the fake's queue stays short
FOLLOWERS = 100


@dataclass(frozen=True)
class Row:
    """One figure against its target."""

    target: str
    figure: str
    limit: str
    met: bool | None  # None: not measured here


def _load() -> str:
    return " ".join(f"{n:.2f}" for n in os.getloadavg())


def _database(name: str) -> Path:
    """A freshly seeded database file under bench/out/soak/."""
    path = OUT / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return seeded_database(path)


def _start(
    fake: FakeTelegram, database: Path, command: list[str] | None = None, **env: str
) -> subprocess.Popen:
    """``python -m bot run`` (or *command*, which runs it) against *fake*, its log in a file
    beside the database (a pipe nobody reads would stall the bot on a long run)."""
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_PATH": str(database),
        "ADMIN_IDS": str(ADMIN_ID),
        "TELEGRAM_MAX_RATE": "0",
        "LOG_LEVEL": "WARNING",
        **env,
    }
    log = database.with_suffix(".log").open("w", encoding="utf-8")
    return subprocess.Popen(
        command or [sys.executable, "-m", "bot", "run"],
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=OUT,
    )


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextlib.contextmanager
def _serving(
    fake: FakeTelegram,
    database: Path,
    command: list[str] | None = None,
    ready: str = "getUpdates",
    **env: str,
) -> Iterator[subprocess.Popen]:
    """The bot started against *fake* (see :func:`_start`), once it has made its first *ready*
    call; stopped on leaving, whatever happened."""
    process = _start(fake, database, command, **env)
    try:
        fake.wait_for(method=ready, timeout=60)
        yield process
    finally:
        _stop(process)


def _wait(condition, timeout: float, what: str) -> float:
    """Poll *condition* until true; the time it took. Raises on timeout."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise RuntimeError(f"timed out waiting for {what}")
        time.sleep(0.005)
    return time.monotonic() - started


def _replied(fake: FakeTelegram, chat_id: int, timeout: float = 30) -> float:
    return _wait(lambda: bool(fake.sent_messages(chat_id)), timeout, f"a reply to {chat_id}")


def _questions() -> list[str]:
    lines = (ROOT / "tests" / "data" / "paraphrases.jsonl").read_text(encoding="utf-8")
    return [json.loads(line)["q"] for line in lines.splitlines() if line.strip()]


def memory(chats: int) -> list[Row]:
    """RSS of the bot over *chats* questions, each from a chat of its own, sampled every
    fifth of the run (every 10,000 at the full 50,000)."""
    questions = _questions()
    step = max(1, chats // 5)
    samples: list[tuple[int, float]] = []
    with FakeTelegram() as fake, _serving(fake, _database("memory.db")) as process:
        for n in range(20):  # warm up: the first answers load what answering needs
            fake.push_message(questions[n], user_id=10 + n)
        _wait(lambda: fake.sent_count() >= 20, 60, "the warm-up")
        samples.append((0, rss_mb(process.pid)))
        started, base = time.monotonic(), fake.sent_count()
        for n in range(chats):
            fake.push_message(questions[n % len(questions)], user_id=1_000_000 + n)
            if (n + 1) % BATCH == 0 or n + 1 == chats:
                _wait(lambda m=n: fake.sent_count() >= base + m + 1, 300, "replies")
            if (n + 1) % step == 0:
                samples.append((n + 1, rss_mb(process.pid)))
        rate = chats / (time.monotonic() - started)
    curve = ", ".join(f"{done:,}: {rss:.1f}" for done, rss in samples)
    last = samples[-1][1] - samples[-2][1]
    return [
        Row(
            f"RSS over {chats:,} questions in {chats:,} chats (MB)",
            f"{curve} ({rate:.0f} replies/s)",
            "levels off",
            None,
        ),
        Row(f"RSS added by the last {step:,} questions", f"{last:+.1f} MB", "< 5 MB", last < 5),
    ]


def webhook() -> list[Row]:
    """Ten 50 MB posts without the secret, and one update delivered twice, in webhook mode."""
    port = free_port()
    env = {"WEBHOOK_URL": HOOK, "WEBHOOK_SECRET": SECRET, "WEBHOOK_PORT": str(port)}
    with (
        FakeTelegram() as fake,
        _serving(fake, _database("webhook.db"), ready="setWebhook", **env) as process,
    ):
        question = json.dumps(fake.push_message(QUESTION, user_id=50)).encode()
        _wait(lambda: post_to_hook(port, question, SECRET) == 200, 30, "the webhook server")
        _replied(fake, 50)
        before = rss_mb(process.pid)
        huge = b"{" + b" " * (50 * 1024 * 1024) + b"}"
        statuses = sorted({post_to_hook(port, huge, None) for _ in range(10)})
        grown = rss_mb(process.pid) - before
        again = json.dumps(fake.push_message(QUESTION, user_id=51)).encode()
        twice = [post_to_hook(port, again, SECRET) for _ in range(2)]
        _replied(fake, 51)
        time.sleep(1.5)  # a second answer would have arrived by now
        answers = len(fake.sent_messages(51))
    refused = "/".join(str(s) for s in statuses)
    return [
        Row(
            "webhook: 10 posts of 50 MB without the secret, RSS added",
            f"{grown:+.1f} MB (statuses {refused})",
            "< 20 MB",
            grown < 20,
        ),
        Row(
            "webhook: one update posted twice, answers",
            f"{answers} (statuses {twice[0]}, {twice[1]})",
            "1",
            answers == 1,
        ),
    ]


def _import_fact(database: Path) -> subprocess.CompletedProcess[str]:
    facts = OUT / "imported.jsonl"
    fact = {
        "id": "soak-ganja-school",
        "statement": "Turkey opened a drone pilot school in Ganja for Azerbaijani officers.",
        "quote": "Soak-run quote about the Ganja school.",
        "source": "https://example.com/soak",
        "entities": ["Turkey"],
    }
    facts.write_text(json.dumps(fact) + "\n", encoding="utf-8")
    imported = briefbot_import(database, facts)
    imported.check_returncode()
    return imported


def shared_import() -> list[Row]:
    """``briefbot import`` of a fact about Turkey beside the running bot, Turkey followed by
    a hundred chats: until every follower has it, and until a question about it is answered."""
    database = _database("shared.db")
    knowledge = Knowledge.open(database)
    turkey = knowledge.browsing.find_concept("Turkey")
    followers = range(2000, 2000 + FOLLOWERS)
    for chat_id in followers:
        knowledge.subscriptions.follow(chat_id, turkey, "en")
    knowledge.close()

    def notified() -> int:
        return len(
            {m["chat_id"] for m in fake.sent_messages() if "pilot school in Ganja" in m["text"]}
            & set(followers)
        )

    with FakeTelegram() as fake, _serving(fake, database):
        fake.push_message(QUESTION, user_id=60)
        _replied(fake, 60)
        _import_fact(database)
        done = time.monotonic()
        fake.push_message("Where did Turkey open a drone pilot school?", user_id=61)
        answer = _replied(fake, 61)
        knows = "pilot school in Ganja" in fake.sent_messages(61)[0]["text"]
        _wait(lambda: notified() == FOLLOWERS, 60, "every follower")
        everyone = time.monotonic() - done
    return [
        Row(
            f"import by another process: all {FOLLOWERS} followers notified",
            f"{everyone:.2f} s after the import",
            "≤ 30 s",
            everyone <= 30,
        ),
        Row(
            "import by another process: a question about it answered",
            f"{answer:.2f} s after the import" + ("" if knows else " (without the fact)"),
            "≤ 2 s",
            answer <= 2 and knows,
        ),
    ]


def _hold_write_lock(database: Path, seconds: float, held: threading.Event) -> None:
    """Another process's writer (a connection of this one): the write lock kept *seconds*."""
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("insert into meta (key, value) values ('soak-lock', 'held')")
    held.set()
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()


def write_lock(seconds: float = 10.0) -> list[Row]:
    """A write lock held *seconds* elsewhere: other users' reply times, and an admin's
    /addfact sent during it."""
    database = _database("lock.db")
    addfact = "/addfact Soak lock statement about Turkey. | Soak lock quote. | https://x.org/lock"
    waits = []
    with FakeTelegram() as fake, _serving(fake, database):
        fake.push_message(QUESTION, user_id=70)
        _replied(fake, 70)
        held = threading.Event()
        locker = threading.Thread(target=_hold_write_lock, args=(database, seconds, held))
        locker.start()
        held.wait(5)
        lifted = time.monotonic() + seconds
        fake.push_message(addfact, user_id=ADMIN_ID)
        user = 700
        while time.monotonic() < lifted - 1:
            fake.push_message(QUESTION, user_id=user)
            waits.append(_replied(fake, user))
            user += 1
            time.sleep(0.25)
        locker.join()
        saved_after = _replied(fake, ADMIN_ID) - max(0.0, lifted - time.monotonic())
        reply = fake.sent_messages(ADMIN_ID)[0]["text"]
    with sqlite3.connect(database) as db:
        saved = db.execute("select count(*) from facts where source like '%/lock'").fetchone()[0]
    return [
        Row(
            f"{seconds:.0f} s write lock elsewhere: {len(waits)} other users' reply time",
            f"max {max(waits):.2f} s, median {sorted(waits)[len(waits) // 2]:.2f} s",
            "max ≤ 1 s",
            max(waits) <= 1,
        ),
        Row(
            "… an admin's /addfact sent during it",
            f"{'saved' if saved == 1 else 'NOT saved'}, confirmed {saved_after:.2f} s after "
            f"the lock lifted ({reply.split('<')[0].strip()!r})",
            "saved when it lifts",
            saved == 1 and reply.startswith("Saved fact"),
        ),
    ]


def surrogate() -> list[Row]:
    """A question carrying a lone surrogate, then twenty ordinary ones."""
    with FakeTelegram() as fake, _serving(fake, _database("surrogate.db")):
        fake.push_message("\ud800 what did Turkey sign?", user_id=80)
        _replied(fake, 80)
        time.sleep(1.5)  # the log's writer has tried that entry by now
        for n in range(20):
            fake.push_message(QUESTION, user_id=810 + n)
        _wait(lambda: all(fake.sent_messages(810 + n) for n in range(20)), 60, "20 replies")
        right = sum(ANSWERED in fake.sent_messages(810 + n)[0]["text"] for n in range(20))
    return [
        Row("a lone surrogate, then 20 questions: answered", f"{right} of 20", "20", right == 20)
    ]


def _in_namespace(pid: int, *command: str) -> subprocess.CompletedProcess[str]:
    """*command* run in the mount namespace of process *pid*."""
    return subprocess.run(
        ["nsenter", "-t", str(pid), "-m", *command], capture_output=True, text=True, check=False
    )


def disk_full() -> list[Row]:
    """The database's file system filled up after start, then twenty questions.

    A file the bot holds open for writing cannot be made read-only under it: the kernel
    refuses to remount its file system read-only while a writer is open (EBUSY), and chmod
    stops neither root nor an open descriptor. A full disk refuses every write the same way
    (SQLITE_FULL instead of SQLITE_READONLY): the bot runs in a mount namespace of its own
    with its database on a small tmpfs, which is filled once it serves.
    """
    seeded = _database("full-seed.db")
    room = seeded.stat().st_size // 1024 + 4096
    directory = OUT / "full"
    directory.mkdir(exist_ok=True)
    database = directory / "bot.db"
    wrapped = (
        f"mount -t tmpfs -o size={room}k soak {directory} && cp {seeded} {database}"
        f" && exec {sys.executable} -m bot run"
    )
    with (
        FakeTelegram() as fake,
        _serving(fake, database, ["unshare", "-m", "sh", "-c", wrapped]) as process,
    ):
        fake.push_message(QUESTION, user_id=90)
        _replied(fake, 90)
        filled = _in_namespace(process.pid, "dd", "if=/dev/zero", f"of={directory}/fill")
        for n in range(20):
            fake.push_message(QUESTION, user_id=910 + n)
        _wait(lambda: all(fake.sent_messages(910 + n) for n in range(20)), 60, "20 replies")
        time.sleep(4)  # the log's writer tries, and gives up
        replies = [[m["text"] for m in fake.sent_messages(910 + n)] for n in range(20)]
    log = database.with_suffix(".log").read_text(encoding="utf-8")
    said = "cannot be written" in log and "No space left" in filled.stderr
    right = sum(ANSWERED in texts[0] for texts in replies)
    extra = sum(len(texts) - 1 for texts in replies)
    warnings = log.count(" WARNING ")
    return [
        Row(
            "the database's disk filled after start, then 20 questions",
            f"{right} of 20 answered, {extra} extra replies; {warnings} warnings logged"
            + (" (the question log's: it cannot write)" if said else ""),
            "answers keep coming",
            right == 20,
        )
    ]


TARGETS = {
    "memory": lambda: memory(50_000),
    "webhook": webhook,
    "import": shared_import,
    "lock": write_lock,
    "surrogate": surrogate,
    "disk-full": disk_full,
}


def main() -> None:
    """Run every target and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chats", type=int, default=50_000, help="chats in the memory run")
    parser.add_argument("--only", choices=sorted(TARGETS), help="run this target alone")
    args = parser.parse_args()
    TARGETS["memory"] = lambda: memory(args.chats)
    targets = [TARGETS[args.only]] if args.only else list(TARGETS.values())
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.machine()}, {os.cpu_count()} cores")
    print(f"load average before: {_load()}", flush=True)
    rows: list[Row] = []
    for target in targets:
        rows += target()
        print(f"  … load average {_load()}", flush=True)
    print()
    print("| target | figure | limit | met |")
    print("|---|---|---|---|")
    for row in rows:
        met = "—" if row.met is None else ("yes" if row.met else "**no**")
        print(f"| {row.target} | {row.figure} | {row.limit} | {met} |")
    print(f"\nload average after: {_load()}")


if __name__ == "__main__":
    main()
