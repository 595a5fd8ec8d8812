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
import contextlib
import gc
import itertools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.peers import Fts5, TokenSet
from bench.synthetic import generate, heavy_questions, write_jsonl
from knowledge.service import Knowledge
from tests.telegram_fake import FakeTelegram

ROOT = Path(__file__).resolve().parent.parent

# The project's own question set (written for tuning, not taken from any shared set).
DEV_SET = ROOT / "tests" / "data" / "paraphrases.jsonl"
# Other questions about the briefing, asked while warming up (none of them is timed).
QUESTION_FILE = ROOT / "tests" / "data" / "questions.jsonl"
HEAVY_QUESTIONS = 100
OUT = ROOT / "bench" / "out"
PEER_EVERY = 4  # the peers answer every named question and one in four of the others
RECALL_QUESTIONS = 300
# Questions asked of the engine and FTS5 before any is timed: other synthetic questions than
# the timed ones, and as many other questions about the briefing, so that caches of words,
# pages and the briefing's facts are warm as on a server that has been answering for a
# while, and no timed question is ever asked twice.
WARM_UP = 300
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


def _import(data: Path, database: Path) -> float:
    """Run ``briefbot import`` on *data*; returns the import process's peak RSS (MB)."""
    with subprocess.Popen(
        [sys.executable, "-m", "bot", "--database", str(database), "import", str(data)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    ) as child:
        assert child.stderr is not None
        errors = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"import failed: {errors[-2000:]}")
    return usage.ru_maxrss / 1024


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _startup_and_rss(database: Path) -> tuple[float, float]:
    """Seconds from opening the knowledge to its first answer, and the resident memory (MB)
    then, in a fresh process that holds nothing else."""
    code = (
        "import sys, time; from pathlib import Path; started = time.perf_counter();"
        "from knowledge.service import Knowledge; k = Knowledge.open(sys.argv[1]);"
        "k.answering.ask('What did Varnostan and Keldoria agree about pipeline?');"
        "rss = Path('/proc/self/status').read_text().split('VmRSS:')[1].split()[0];"
        "print(time.perf_counter() - started, int(rss) / 1024)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(database)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    seconds, rss = out.stdout.split()
    return float(seconds), float(rss)


def _questions(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["q"] for line in lines if line.strip()]


def _dev_questions() -> list[str]:
    return _questions(DEV_SET)


def _warm_up_questions(timed: list[str]) -> list[str]:
    """Questions about the briefing that no timed question repeats."""
    return [q for q in _questions(QUESTION_FILE) if q not in timed][:WARM_UP]


def _timed(ask, question: str) -> tuple[float, list[str]]:
    started = time.perf_counter()
    found = ask(question)
    return (time.perf_counter() - started) * 1000, found


def run_size(size: int) -> dict:
    """Generate, import and question a table of *size* synthetic facts (plus the curated),
    the engine and then its peers in this one process."""
    OUT.mkdir(parents=True, exist_ok=True)
    database = OUT / f"bench-{size}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    items = generate(size)
    data = OUT / f"synthetic-{size}.jsonl"
    write_jsonl(items, data)
    _briefbot("ask", "warm up", database=database)  # create and seed first
    started = time.perf_counter()
    import_peak_mb = _import(data, database)
    import_seconds = time.perf_counter() - started
    startup, rss = _startup_and_rss(database)
    knowledge = Knowledge.open(database)

    def engine(question: str) -> list[str]:
        return [r.fact_id for r in knowledge.answering.ask(question).results[:3]]

    records = [item.record for item in items]
    peers = {"fts5": Fts5(records).top3, "token_set": TokenSet(records).top3}
    synthetic = items[:RECALL_QUESTIONS]
    heavy = heavy_questions(HEAVY_QUESTIONS)
    named = [(s.question, s.record["id"]) for s in synthetic]
    questions = [(q, None) for q in _dev_questions() + heavy] + named
    # What set-up made lives to the end, as start-up's does in ``briefbot run``, which
    # freezes it likewise: full collections no longer walk it in the middle of a timed call.
    gc.freeze()
    # token_set scans every text anew for each question and keeps nothing: nothing to warm.
    warm_up = [item.question for item in items[RECALL_QUESTIONS : RECALL_QUESTIONS + WARM_UP]]
    for question in warm_up + _warm_up_questions([q for q, _ in questions]):
        engine(question)
        peers["fts5"](question)
    times: dict[str, list[float]] = {"engine": [], **{name: [] for name in peers}}
    hits = dict.fromkeys(times, 0)
    heavy_ms = []
    # Each is timed in a pass of its own: token_set's scans of every text empty the
    # processor's caches, which no question to the bot would find emptied.
    for name, ask in [("engine", engine), *peers.items()]:
        for number, (question, expected) in enumerate(questions):
            if name != "engine" and number % PEER_EVERY and expected is None:
                continue  # the peers are slow at scale: a sample of the unnamed questions
            elapsed, found = _timed(ask, question)
            times[name].append(elapsed)
            hits[name] += expected is not None and expected in found
            if name == "engine" and question in heavy:
                heavy_ms.append(elapsed)
    evaluation = _briefbot("eval", str(DEV_SET), database=database).stdout.strip().splitlines()
    row = {
        "facts": size,
        "import_s": import_seconds,
        "import_peak_mb": import_peak_mb,
        "startup_s": startup,
        "rss_mb": rss,
        "p50_ms": statistics.median(times["engine"]),
        "p99_ms": _percentile(times["engine"], 0.99),
        "heavy_p99_ms": _percentile(heavy_ms, 0.99),
        "recall3": hits["engine"] / len(named),
        "dev": next((line for line in evaluation if line.startswith("answerable:  top-1")), "?"),
    }
    for name in peers:
        row[f"{name}_p50_ms"] = statistics.median(times[name])
        row[f"{name}_recall3"] = hits[name] / len(named)
    return row


# -- end to end ---------------------------------------------------------------------------


def _drive(fake, count: int, questions: list[str], settle: int = 0) -> float:
    """Push one question from each of *count* users; replies per second until all answered.

    With *settle*, the rate is measured from the settle-th reply on, after the rate
    limiter's initial burst allowance is spent.
    """
    before = fake.sent_count()
    started = time.perf_counter()
    for n in range(count):
        fake.push_message(questions[n % len(questions)], user_id=next(_USER_IDS))
    _wait_sent(fake, before + count)
    elapsed = time.perf_counter() - started
    if settle:
        replies = fake.wait_for(count=before + count, timeout=300)[before:]
        return (len(replies) - 1 - settle) / (replies[-1].time - replies[settle].time)
    return count / elapsed


def _wait_sent(fake, total: int, timeout: float = 300) -> None:
    """Wait until *total* messages were sent, looking every millisecond. (The fake's
    ``wait_for`` scans every call so far at each new one, holding the lock its request
    handlers need: thousands of calls into a run, that cost the fake more time per reply
    than the bots it measures, and slowed their requests.)"""
    deadline = time.monotonic() + timeout
    while fake.sent_count() < total:
        if time.monotonic() > deadline:
            raise AssertionError(f"{fake.sent_count()} of {total} messages after {timeout} s")
        time.sleep(0.001)


def _start(
    command: list[str],
    fake,
    database: Path,
    max_rate: int,
    cwd: Path = ROOT,
    extra: dict[str, str] | None = None,
) -> subprocess.Popen:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_PATH": str(database),
        "TELEGRAM_MAX_RATE": str(max_rate),
        "LOG_LEVEL": "WARNING",
        **(extra or {}),
    }
    child = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL)
    fake.wait_for(method="getUpdates", timeout=60)
    return child


def _cpu_seconds(pid: int) -> float:
    """The CPU time a process has spent so far (user and system, from /proc; 0 elsewhere)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _copy_database(source: Path, target: Path) -> None:
    """*source* (with its write-ahead log, if any) as *target*."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    for suffix in ("", "-wal"):
        if Path(f"{source}{suffix}").exists():
            shutil.copyfile(f"{source}{suffix}", f"{target}{suffix}")


def run_e2e(
    users: int, database: Path, rounds: int = 5, baseline: Path | None = None
) -> dict[str, float]:
    """Replies per second of briefbot and of the echo bot, each its own process, driven the
    same way through the same loopback fake Bot API server.

    The bots run side by side (each with its own fake server) and are driven in alternating
    rounds; the median round of each is reported, which keeps the noise of a shared virtual
    machine out of the ratio, and ``<name>_ratio`` is the median of the rounds' own ratios to
    the echo bot. "fresh" is briefbot with no answers kept (``ANSWER_CACHE=0``): the bench
    asks its 45 questions over and over, so "briefbot" answers nearly all of them from the
    answers it keeps, and "fresh" is the figure for questions never asked before. With
    *baseline* (another checkout of the project), the briefbot of that checkout takes its
    turn in each round as well, on a database it seeded itself.
    """
    questions = _dev_questions()
    own_copy = OUT / "e2e-fresh.db"  # two bots on one file would each take in the other's writes
    _copy_database(database, own_copy)
    bot = [sys.executable, "-m", "bot", "run"]
    bots: dict[str, tuple[list[str], Path, Path, dict[str, str]]] = {
        "echo": ([sys.executable, str(ROOT / "bench" / "echo_bot.py")], ROOT, database, {}),
        "briefbot": (bot, ROOT, database, {}),
        "fresh": (bot, ROOT, own_copy, {"ANSWER_CACHE": "0"}),
    }
    if baseline is not None:
        seeded = OUT / "e2e-baseline.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{seeded}{suffix}").unlink(missing_ok=True)
        subprocess.run(
            [sys.executable, "-m", "bot", "--database", str(seeded), "ask", "warm up"],
            cwd=baseline,
            capture_output=True,
            check=True,
        )
        bots["baseline"] = (bot, baseline, seeded, {})
    samples: dict[str, list[float]] = {name: [] for name in bots}
    cpu: dict[str, list[float]] = {name: [] for name in bots}
    with contextlib.ExitStack() as stack:
        fakes = {name: stack.enter_context(FakeTelegram()) for name in bots}
        children = {
            name: _start(command, fakes[name], data, 0, cwd, extra)
            for name, (command, cwd, data, extra) in bots.items()
        }
        try:
            for name in bots:
                _drive(fakes[name], len(questions), questions)  # warm up
            for _ in range(rounds):
                for name in bots:
                    spent = _cpu_seconds(children[name].pid)
                    samples[name].append(_drive(fakes[name], users, questions))
                    spent = _cpu_seconds(children[name].pid) - spent
                    cpu[name].append(spent * 1000 / users)
        finally:
            for child in children.values():
                child.terminate()
                child.wait(30)
    rates = {name: statistics.median(values) for name, values in samples.items()}
    rates |= {f"{name}_cpu_ms": statistics.median(values) for name, values in cpu.items()}
    for name in bots.keys() - {"echo"}:
        ratios = [rate / echo for rate, echo in zip(samples[name], samples["echo"], strict=True)]
        rates[f"{name}_ratio"] = statistics.median(ratios)
    with FakeTelegram() as fake:
        child = _start(bot, fake, database, 30)
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
    parser.add_argument("--million", action="store_true", help="also 1,000,000 facts (slow)")
    parser.add_argument("--users", type=int, default=500, help="users in the end-to-end run")
    parser.add_argument("--no-e2e", action="store_true", help="skip the end-to-end comparison")
    parser.add_argument(
        "--e2e-facts", action="store_true", help="end to end on the largest table, not the briefing"
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        help="another checkout whose bot takes its turn in the end-to-end rounds too",
    )
    args = parser.parse_args()
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    header = (
        "| facts | import s | import peak MB | start-up s | RSS MB | p50 ms | p99 ms |"
        " heavy p99 ms | recall@3 |"
        " FTS5 p50 ms | FTS5 recall@3 | FTS5 / engine | token_set p50 ms | token_set recall@3 |"
        " own set |"
    )
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    sizes = [*args.sizes, 1_000_000] if args.million else args.sizes
    for size in sizes:
        row = run_size(size)
        print(
            f"| {row['facts']:,} | {row['import_s']:.1f} | {row['import_peak_mb']:.0f} |"
            f" {row['startup_s']:.2f} |"
            f" {row['rss_mb']:.0f} | {row['p50_ms']:.2f} | {row['p99_ms']:.2f} |"
            f" {row['heavy_p99_ms']:.2f} | {row['recall3']:.1%} | {row['fts5_p50_ms']:.2f} |"
            f" {row['fts5_recall3']:.1%} | {row['fts5_p50_ms'] / row['p50_ms']:.1f}× |"
            f" {row['token_set_p50_ms']:.1f} | {row['token_set_recall3']:.1%} | {row['dev']} |",
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
        rates = run_e2e(args.users, database, baseline=args.baseline)
        print()
        print(
            f"| end to end (loopback fake Bot API, {database.name}) | replies/s |"
            " median of the rounds' ratios to echo | CPU ms per reply |"
        )
        print("|---|---|---|---|")
        names = {
            "echo": "echo bot",
            "briefbot": "briefbot",
            "fresh": "briefbot, no answers kept (ANSWER_CACHE=0)",
            "baseline": f"baseline ({args.baseline})",
        }
        for name, label in names.items():
            if name in rates:
                ratio = f"{rates[name + '_ratio']:.2f}" if name != "echo" else "1"
                print(f"| {label} | {rates[name]:.0f} | {ratio} | {rates[name + '_cpu_ms']:.2f} |")
        print(f"| briefbot, TELEGRAM_MAX_RATE=30 (steady state) | {rates['limited']:.1f} | | |")


if __name__ == "__main__":
    main()
