"""Benchmark: engine latency, import speed, recall and memory at 1k/10k/100k facts, and
end-to-end replies per second through the real bot versus a minimal echo bot.

Run by hand (not part of the test suite)::

    python -m bench.bench                 # all sizes and the end-to-end comparison
    python -m bench.bench --sizes 1000 --no-e2e

from the repository root (bench and tests are packages there; the fake Bot API server is
``tests.telegram_fake``).

Work files go to bench/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from bench.synthetic import generate, heavy_questions, write_jsonl
from tests.telegram_fake import FakeTelegram

ROOT = Path(__file__).resolve().parent.parent

# The project's own question set (written for tuning, not taken from any shared set).
DEV_SET = ROOT / "tests" / "data" / "paraphrases.jsonl"
HEAVY_QUESTIONS = 100
OUT = ROOT / "bench" / "out"
NAIVE_QUESTIONS = 40  # the naive scan takes ~1 s per question at 100k facts
RECALL_QUESTIONS = 300
_USER_IDS = itertools.count(100_000)  # every simulated user asks once


def _briefbot(*args: str, database: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--database", str(database), *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _peak_rss_mb(database: Path, question: str) -> float:
    """Peak resident memory of one ``briefbot ask`` process, in MB."""
    code = (
        "import resource, subprocess, sys;"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    command = [sys.executable, "-m", "bot", "--database", str(database), "ask", question]
    out = subprocess.run(
        [sys.executable, "-c", code, *command], capture_output=True, text=True, cwd=ROOT
    )
    return int(out.stdout.strip()) / 1024


def _dev_questions() -> list[str]:
    lines = DEV_SET.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["q"] for line in lines if line.strip()]


def run_size(size: int) -> dict:
    """Generate, import and question a table of *size* synthetic facts (plus the curated)."""
    OUT.mkdir(parents=True, exist_ok=True)
    database = OUT / f"bench-{size}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    items = generate(size)
    data = OUT / f"synthetic-{size}.jsonl"
    write_jsonl(items, data)
    _briefbot("ask", "warm up", database=database)  # create and seed first
    started = time.perf_counter()
    result = _briefbot("import", str(data), database=database)
    import_seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"import failed: {result.stderr[-2000:]}")

    synthetic = items[:RECALL_QUESTIONS]
    heavy = heavy_questions(HEAVY_QUESTIONS)
    questions = _dev_questions() + heavy + [s.question for s in synthetic]
    started = time.perf_counter()
    first = _briefbot("ask", questions[0], database=database)
    startup = time.perf_counter() - started
    assert first.returncode == 0, first.stderr
    out = _briefbot("ask", "--json", "--timings", database=database, stdin="\n".join(questions))
    answers = [json.loads(line) for line in out.stdout.splitlines()]
    engine_ms = [a["elapsed_ms"] for a in answers]
    start = len(_dev_questions())
    heavy_ms = engine_ms[start : start + len(heavy)]
    hits = 0
    for item, answer in zip(synthetic, answers[len(questions) - len(synthetic) :], strict=True):
        hits += item.record["id"] in [r["fact_id"] for r in answer["results"][:3]]

    texts = [item.record["statement"] for item in items]
    naive_questions = questions[:NAIVE_QUESTIONS]
    naive_ms = []
    for question in naive_questions:
        started = time.perf_counter()
        process.extract(
            question, texts, scorer=fuzz.WRatio, processor=utils.default_process, limit=3
        )
        naive_ms.append((time.perf_counter() - started) * 1000)
    engine_same = engine_ms[:NAIVE_QUESTIONS]
    evaluation = _briefbot("eval", str(DEV_SET), database=database).stdout.strip().splitlines()
    return {
        "facts": size,
        "import_s": import_seconds,
        "startup_s": startup,
        "p50_ms": statistics.median(engine_ms),
        "p99_ms": _percentile(engine_ms, 0.99),
        "heavy_p99_ms": _percentile(heavy_ms, 0.99),
        "naive_p50_ms": statistics.median(naive_ms),
        "ratio": statistics.median(naive_ms) / statistics.median(engine_same),
        "recall3": hits / len(synthetic),
        "rss_mb": _peak_rss_mb(database, questions[0]),
        "dev": next((line for line in evaluation if line.startswith("answerable:  top-1")), "?"),
    }


# -- end to end ---------------------------------------------------------------------------


def _drive(fake, count: int, questions: list[str], settle: int = 0) -> float:
    """Push one question from each of *count* users; replies per second until all answered.

    With *settle*, the rate is measured from the settle-th reply on, after the rate
    limiter's initial burst allowance is spent.
    """
    before = len(fake.sent_messages())
    started = time.perf_counter()
    for n in range(count):
        fake.push_message(questions[n % len(questions)], user_id=next(_USER_IDS))
    replies = fake.wait_for(count=before + count, timeout=300)[before:]
    if settle:
        return (len(replies) - 1 - settle) / (replies[-1].time - replies[settle].time)
    return count / (time.perf_counter() - started)


def _start(command: list[str], fake, database: Path, max_rate: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_PATH": str(database),
        "TELEGRAM_MAX_RATE": str(max_rate),
        "LOG_LEVEL": "WARNING",
    }
    child = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
    fake.wait_for(method="getUpdates", timeout=60)
    return child


def run_e2e(users: int, database: Path, rounds: int = 5) -> dict:
    """Replies per second of briefbot and of the echo bot, each its own process, driven the
    same way through the same loopback fake Bot API server.

    Both bots run side by side (each with its own fake server) and are driven in alternating
    rounds; the median round of each is reported, which keeps the noise of a shared virtual
    machine out of the ratio.
    """
    questions = _dev_questions()
    commands = {
        "echo": [sys.executable, str(ROOT / "bench" / "echo_bot.py")],
        "briefbot": [sys.executable, "-m", "bot", "run"],
    }
    samples: dict[str, list[float]] = {name: [] for name in commands}
    with FakeTelegram() as echo_fake, FakeTelegram() as bot_fake:
        fakes = {"echo": echo_fake, "briefbot": bot_fake}
        children = [_start(commands[n], fakes[n], database, 0) for n in commands]
        try:
            for name in commands:
                _drive(fakes[name], 20, questions)  # warm up
            for _ in range(rounds):
                for name in commands:
                    samples[name].append(_drive(fakes[name], users, questions))
        finally:
            for child in children:
                child.terminate()
                child.wait(30)
    rates = {name: statistics.median(values) for name, values in samples.items()}
    with FakeTelegram() as fake:
        child = _start(commands["briefbot"], fake, database, 30)
        try:
            rates["limited"] = _drive(fake, 300, questions, settle=60)
        finally:
            child.terminate()
            child.wait(30)
    return rates


def main() -> None:
    """Run the benchmark and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--users", type=int, default=500, help="users in the end-to-end run")
    parser.add_argument("--no-e2e", action="store_true", help="skip the end-to-end comparison")
    parser.add_argument(
        "--e2e-facts", action="store_true", help="end to end on the largest table, not the briefing"
    )
    args = parser.parse_args()
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    header = (
        "| facts | import s | start-up s | p50 ms | p99 ms | heavy p99 ms | naive p50 ms |"
        " ratio | recall@3 | peak RSS MB | own set |"
    )
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    for size in args.sizes:
        row = run_size(size)
        print(
            f"| {row['facts']:,} | {row['import_s']:.1f} | {row['startup_s']:.2f} |"
            f" {row['p50_ms']:.2f} | {row['p99_ms']:.2f} | {row['heavy_p99_ms']:.2f} |"
            f" {row['naive_p50_ms']:.0f} |"
            f" {row['ratio']:.0f}× | {row['recall3']:.1%} | {row['rss_mb']:.0f} | {row['dev']} |",
            flush=True,
        )
    if not args.no_e2e:
        # The bot as users run it: the curated briefing (engine time at 100k facts is in
        # the table above; pass --e2e-facts to drive the largest table instead).
        if args.e2e_facts:
            database = OUT / f"bench-{args.sizes[-1]}.db"
        else:
            database = OUT / "e2e.db"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{database}{suffix}").unlink(missing_ok=True)
            _briefbot("ask", "warm up", database=database)
        rates = run_e2e(args.users, database)
        print()
        print(f"| end to end (loopback fake Bot API, {database.name}) | replies/s |")
        print("|---|---|")
        print(f"| echo bot, no rate limiter | {rates['echo']:.0f} |")
        print(f"| briefbot, no rate limiter | {rates['briefbot']:.0f} |")
        print(f"| ratio briefbot / echo | {rates['briefbot'] / rates['echo']:.2f} |")
        print(f"| briefbot, TELEGRAM_MAX_RATE=30 (steady state) | {rates['limited']:.1f} |")


if __name__ == "__main__":
    main()
