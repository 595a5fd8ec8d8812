"""Benchmark: fan-out of one admin change to many followers, through the real bot.

Run by hand from the repository root (not part of the test suite)::

    python -m bench.fanout --followers 10000 --rate 0
    python -m bench.fanout --followers 10000 --rate 30

``briefbot run`` (``python -m bot run``) runs as a child process against the loopback fake
Bot API (``tests.telegram_fake``) with ``TELEGRAM_MAX_RATE=--rate``; the database holds the
curated briefing and *followers* chats following Turkey. An admin adds a fact about Turkey;
the figures are the messages per second from the first notification to the last, the
steady-state rate (the middle 80 % of the fan-out, past the limiter's initial burst), the
bot process's CPU time per notification (from /proc), and how long a user who asks a
question half-way through waits for the answer.

Work files go to bench/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from knowledge.service import Knowledge
from tests.botrunner import ADMIN_ID, bot_process
from tests.seeded import seeded_database
from tests.telegram_fake import FakeTelegram

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
FIRST_READER = 1_000_000
ASKER = 999
ADDFACT = "/addfact Turkey opened a consulate in Nakhchivan. | Bench quote. | https://e.com/b"


def _cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _notifications(fake: FakeTelegram) -> list[float]:
    """Arrival times of the accepted notifications so far."""
    return [
        c.time
        for c in fake.calls
        if c.method == "sendMessage" and c.ok and c.params.get("chat_id", 0) >= FIRST_READER
    ]


def _database(followers: int) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(dir=OUT)) / "fanout.db"
    seeded_database(path)
    knowledge = Knowledge.open(path)
    turkey = knowledge.browsing.find_concept("Turkey")
    store = knowledge.briefing.store
    reader = knowledge.subscriptions.reader
    for chat_id in range(FIRST_READER, FIRST_READER + followers):
        reader(chat_id, "en")
    with store.db.atomic():
        store.db.conn.executemany(
            "insert into follows (chat_id, subject, created_at) values (?, ?, '')",
            [(c, turkey.id) for c in range(FIRST_READER, FIRST_READER + followers)],
        )
    knowledge.close()
    return path


def _ask_midway(fake: FakeTelegram, followers: int, started: float) -> float:
    """Ask a question once half the notifications are out; seconds until the answer."""
    while len(_notifications(fake)) < followers // 2:
        time.sleep(0.01)
        if time.monotonic() - started > 3600:
            raise TimeoutError("the fan-out stalled")
    asked = time.monotonic()
    fake.push_message("what did Turkey sign with Azerbaijan?", user_id=ASKER)
    answer = fake.wait_for(lambda p: p.get("chat_id") == ASKER, timeout=60)[0]
    return answer.time - asked


def run(followers: int, rate: float) -> dict[str, float]:
    """One fan-out; its figures."""
    database = _database(followers)
    with FakeTelegram() as fake:
        process = bot_process(fake, database, TELEGRAM_MAX_RATE=str(rate), LOG_LEVEL="WARNING")
        try:
            assert fake.wait_until_polled(timeout=60), "the bot never polled"
            cpu_before = _cpu_seconds(process.pid)
            started = time.monotonic()
            fake.push_message(ADDFACT, user_id=ADMIN_ID)
            answer_wait = _ask_midway(fake, followers, started)
            while len(_notifications(fake)) < followers:
                time.sleep(0.05)
            cpu = _cpu_seconds(process.pid) - cpu_before
        finally:
            process.terminate()
            process.communicate(timeout=30)
        times = sorted(_notifications(fake))
    first, last = times[0], times[-1]
    low, high = times[len(times) // 10], times[len(times) * 9 // 10]
    return {
        "followers": followers,
        "rate": rate,
        "seconds": last - first,
        "per_second": (len(times) - 1) / (last - first),
        "steady_per_second": (len(times) * 8 // 10) / (high - low),
        "cpu_ms_per_notification": 1000 * cpu / followers,
        "answer_wait_s": answer_wait,
    }


def main() -> None:
    """Parse the arguments, run, print one table row."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--followers", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=0.0, help="TELEGRAM_MAX_RATE")
    args = parser.parse_args()
    result = run(args.followers, args.rate)
    print(
        f"| {result['followers']:,} | {result['rate']:g} | {result['seconds']:.1f} "
        f"| {result['per_second']:.1f} | {result['steady_per_second']:.1f} "
        f"| {result['cpu_ms_per_notification']:.2f} | {result['answer_wait_s']:.2f} |"
    )


if __name__ == "__main__":
    main()
