"""The ``briefbot`` command line: run the bot, ask, chat, import, export, stats, gaps,
the web view and evaluate."""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import os
import signal
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dotenv import load_dotenv

from bot.admin.gaps import gap_text
from bot.admin.stats import figures
from bot.config import DEFAULT_DATABASE
from bot.progress import Progress
from bot.render import answer_html, answer_text, plain_text
from bot.texts import t
from knowledge.errors import EvalFileError, Refused
from knowledge.evaluation import evaluate, format_report, read_items
from knowledge.service import Knowledge

CLI_ACTOR = 0  # audit "actor" for changes made from the command line
READ_BLOCK = 1 << 20  # bytes `briefbot import` reads at a time when counting a file's lines
GAPS_LISTED = 50  # gaps `briefbot gaps` prints


def _open(args: argparse.Namespace) -> Knowledge:
    """The knowledge at --database, else DATABASE_PATH, else briefbot.db."""
    return Knowledge.open(args.database or os.environ.get("DATABASE_PATH") or DEFAULT_DATABASE)


def _answer_json(knowledge: Knowledge, question: str, timings: bool) -> dict[str, Any]:
    answer = knowledge.answering.ask(question)
    data = answer.to_dict()
    data["reply"] = answer_html(answer)
    if timings:
        data["elapsed_ms"] = round(answer.elapsed_ms or 0.0, 3)
    return data


def cmd_ask(args: argparse.Namespace) -> int:
    """Answer one question, or one per line from standard input (JSON Lines with --json)."""
    knowledge = _open(args)
    if args.question is not None:
        _print_answer(knowledge, args.question, args)
        return 0
    for line in sys.stdin:
        if line.strip():
            _print_answer(knowledge, line.strip(), args)
    return 0


def _print_answer(knowledge: Knowledge, question: str, args: argparse.Namespace) -> None:
    if args.json:
        data = _answer_json(knowledge, question, args.timings)
        print(json.dumps(data, ensure_ascii=False), flush=True)
        return
    answer = knowledge.answering.ask(question)
    print(answer_text(answer))
    if args.timings:
        print(f"({answer.elapsed_ms:.2f} ms)")
    print(flush=True)


def cmd_chat(args: argparse.Namespace) -> int:
    """An interactive chat in the terminal, with line editing and history where available."""
    with contextlib.suppress(ImportError):  # not on every platform
        import readline  # noqa: F401 - importing it gives input() editing and history

    knowledge = _open(args)
    print("Ask about the briefing (English or Russian). /quit or Ctrl-D to quit.")
    follow_up = None
    while True:
        try:
            question = input("you> ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if question in {"/quit", "/exit", "quit", "exit"}:
            return 0
        if not question:
            continue
        answer = knowledge.answering.ask(question, follow_up=follow_up)
        knowledge.reports.log(answer, None)
        follow_up = answer.follow_up
        print(answer_text(answer))
        print()


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """SIGTERM (a service manager, ``docker stop``) stops the work as Ctrl-C does, so its
    transaction is rolled back and the user told, instead of the process just vanishing."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():  # only it gets signals
        yield
        return
    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _count_lines(path: Path) -> int:
    """How many lines a file has, read once in blocks (so an import can show how far it
    got without holding the file); raises UnicodeDecodeError when it is not UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    lines, last = 0, b"\n"
    with path.open("rb") as file:
        while block := file.read(READ_BLOCK):
            decoder.decode(block)
            lines += block.count(b"\n")
            last = block[-1:]
    decoder.decode(b"", final=True)
    return lines + (last != b"\n")


def cmd_import(args: argparse.Namespace) -> int:
    """Bulk-import facts from a JSONL or CSV file."""
    path = Path(args.file)
    try:
        lines = _count_lines(path)
    except (OSError, UnicodeDecodeError) as error:
        print(f"cannot read {path}: {error}", file=sys.stderr)
        return 2
    knowledge = _open(args)
    started = time.perf_counter()
    mark = knowledge.audit_mark()
    try:
        with (
            Progress() as progress,
            _sigterm_interrupts(),
            path.open(encoding="utf-8", newline="\n") as file,
        ):
            report = knowledge.curation.import_lines(file, CLI_ACTOR, path.name, progress, lines)
    except KeyboardInterrupt:  # Ctrl-C or SIGTERM: the import's transaction rolled back...
        if knowledge.audit_mark() != mark:  # ...unless the stop came as it committed
            print(f"import of {path.name} was saved before it could be stopped", file=sys.stderr)
            return 0
        print(f"import of {path.name} stopped before it finished: nothing changed", file=sys.stderr)
        return 130
    seconds = time.perf_counter() - started
    for line, message in report.errors:
        print(f"{path.name}:{line}: {message}", file=sys.stderr)
    for line, message in report.warnings:
        print(f"{path.name}:{line}: warning: {message}", file=sys.stderr)
    restored = (
        f", restored {report.articles} article(s), {report.labels} entit(ies) and topic(s),"
        f" {report.deleted} deletion(s)"
        if report.articles or report.labels or report.deleted
        else ""
    )
    print(
        f"imported {report.imported} fact(s), rejected {len(report.errors)} line(s)"
        f"{restored} in {seconds:.1f} s"
    )
    return 1 if report.errors else 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write a backup of the knowledge (articles, vocabulary, facts) to a file or stdout."""
    knowledge = _open(args)
    with Progress() as progress:
        data = knowledge.curation.export_jsonl(progress)
    if args.file:
        Path(args.file).write_text(data, encoding="utf-8")
        facts, articles = knowledge.counts()
        print(f"exported {facts} fact(s) and {articles} article(s) to {args.file}", file=sys.stderr)
    else:
        sys.stdout.write(data)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """Print the figures /stats shows; with --png, first write its chart to a PNG file."""
    knowledge = _open(args)
    if args.png:
        from bot.admin.charts import stats_png  # matplotlib loads only when a chart is drawn

        try:
            Path(args.png).write_bytes(stats_png(knowledge.reports.daily(), "en"))
        except OSError as error:
            print(
                f"briefbot stats: cannot write {args.png}: {error.strerror or error}",
                file=sys.stderr,
            )
            return 2
    print("\n\n".join(plain_text(block) for block in figures(knowledge, "en")))
    return 0


def cmd_gaps(args: argparse.Namespace) -> int:
    """Print the open gaps as /gaps lists them, each with its closest facts; with --link N
    FACT make gap N one of FACT's example questions (audited, like the ✓ button)."""
    knowledge = _open(args)
    found = knowledge.gaps.unanswered(limit=GAPS_LISTED)
    if args.link:
        number, fact_id = args.link
        if not (number.isdigit() and 1 <= int(number) <= len(found.gaps)):
            print(f"briefbot gaps: no gap number {number}", file=sys.stderr)
            return 2
        question = found.gaps[int(number) - 1].question
        try:
            fact = knowledge.gaps.link(question, fact_id, CLI_ACTOR)
        except Refused as error:
            print(f"briefbot gaps: {error}", file=sys.stderr)
            return 2
        print(f"Linked «{question}» to {fact.id}.")
        return 0
    if not found.gaps:
        print(t("adm_gaps_none", "en"))
    for number, gap in enumerate(found.gaps, 1):
        print(plain_text(gap_text(number, gap, knowledge, "en")))
        for fact in knowledge.gaps.closest(gap.question):
            print(f"   ✓ {fact.id}: {knowledge.browsing.label(fact, 'en')}")
    if found.not_stated:
        print(t("adm_gaps_not_stated", "en", count=str(found.not_stated)))
    return 0


def cmd_web(args: argparse.Namespace) -> int:
    """Serve the curator's read-only web view (Datasette); beyond the loopback interface only
    with WEB_PASSWORD."""
    from bot import web  # Datasette loads only for the web view

    password = os.environ.get("WEB_PASSWORD") or None
    if not web.is_loopback(args.host) and password is None:
        print(
            f"briefbot web: listening on {args.host} needs WEB_PASSWORD (or use 127.0.0.1)",
            file=sys.stderr,
        )
        return 2
    knowledge = _open(args)  # created, seeded and migrated before it is opened read-only
    path = knowledge.path
    knowledge.close()
    print(f"briefbot web: http://{args.host}:{args.port}/ (read-only; Ctrl-C stops it)")
    web.serve(path, args.host, args.port, password)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Measure top-1, top-3 and abstention accuracy on a question set."""
    try:
        items = [item for name in args.file for item in read_items(Path(name))]
    except EvalFileError as error:
        print(f"briefbot eval: {error}", file=sys.stderr)
        return 2
    knowledge = _open(args)
    print(format_report(evaluate(knowledge.answering, items)))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Start the Telegram bot (long polling)."""
    from bot.app import run

    return run(database=args.database)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``briefbot``."""
    parser = argparse.ArgumentParser(
        prog="briefbot", description="A Telegram bot that briefs people on curated articles."
    )
    parser.add_argument("--database", help="SQLite file (default: $DATABASE_PATH or briefbot.db)")
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("run", help="start the Telegram bot").set_defaults(func=cmd_run)

    ask = sub.add_parser("ask", help="answer a question (or questions from stdin)")
    ask.add_argument("question", nargs="?", help="the question; omit to read stdin")
    ask.add_argument("--json", action="store_true", help="print JSON (JSON Lines for stdin)")
    ask.add_argument("--timings", action="store_true", help="add the engine time per question")
    ask.set_defaults(func=cmd_ask)

    sub.add_parser("chat", help="chat with the bot in the terminal").set_defaults(func=cmd_chat)

    imp = sub.add_parser("import", help="import facts (JSONL or CSV) or restore a backup")
    imp.add_argument("file")
    imp.set_defaults(func=cmd_import)

    exp = sub.add_parser("export", help="write a backup: articles, vocabulary and facts")
    exp.add_argument("file", nargs="?")
    exp.set_defaults(func=cmd_export)

    st = sub.add_parser("stats", help="usage figures; --png FILE also writes the /stats chart")
    st.add_argument("--png", metavar="FILE", help="write the chart of the last days as PNG")
    st.set_defaults(func=cmd_stats)

    gp = sub.add_parser("gaps", help="questions the briefing does not answer yet; --link one")
    gp.add_argument("--link", nargs=2, metavar=("N", "FACT"), help="link gap N to fact FACT")
    gp.set_defaults(func=cmd_gaps)

    wb = sub.add_parser("web", help="the curator's read-only web view of the database")
    wb.add_argument("--host", default="127.0.0.1", help="address to listen on")
    wb.add_argument("--port", type=int, default=8001, help="port to listen on")
    wb.set_defaults(func=cmd_web)

    ev = sub.add_parser("eval", help="evaluate on a question set (JSONL)")
    ev.add_argument("file", nargs="+", help="one or more question sets")
    ev.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``briefbot`` console script."""
    load_dotenv(Path(".env"))  # the .env where briefbot runs: not beside the code, not above
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except sqlite3.DatabaseError as error:  # read-only, not a database, a full disk
        print(f"the database cannot be used: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # the reader stopped early (`briefbot ask --json | head -1`): fine
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the exit's own flush has nowhere to fail
        return 0


if __name__ == "__main__":
    sys.exit(main())
