"""Progress of ``briefbot import`` and ``briefbot export``: drawn in place on a terminal,
absent when standard error is piped."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.progress import Progress
from tests.clirunner import Terminal, briefbot

FACTS = 120


@pytest.fixture(scope="module")
def facts_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fact file of FACTS new facts, each citing its own web page."""
    lines = [
        json.dumps(
            {
                "id": f"bulk-{n}",
                "statement": f"Bulk fact number {n} about Turkey and Azerbaijan.",
                "quote": f"The bulk quote number {n}.",
                "source": f"https://example.com/bulk/{n}",
            }
        )
        for n in range(FACTS)
    ]
    path = tmp_path_factory.mktemp("progress") / "facts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_progress_writes_nothing_when_not_a_terminal():
    stream = io.StringIO()
    with Progress(stream) as progress:
        for done in range(1, 4):
            progress("checking facts", done, 3)
    assert stream.getvalue() == ""


def test_progress_redraws_one_line_and_wipes_it():
    stream = Terminal()
    with Progress(stream, interval=0) as progress:
        progress("checking facts", 1, 3)
        progress("checking facts", 3, 3)
        progress("saving 3 facts", 0, 0)
    widest = len("checking facts 3/3 (100%)")
    assert stream.getvalue() == (
        "\rchecking facts 1/3 (33%)"
        "\rchecking facts 3/3 (100%)"
        "\r"
        + "saving 3 facts...".ljust(widest)  # padded over the longer line before it
        + "\r"
        + " " * widest
        + "\r"
    )


def test_progress_is_drawn_at_most_once_an_interval_but_always_at_the_end():
    stream = Terminal()
    with Progress(stream, interval=60) as progress:
        for done in range(1, 1001):
            progress("exporting facts", done, 1000)
    drawn = stream.getvalue().split("\r")
    assert drawn[1:3] == ["exporting facts 1/1000 (0%)", "exporting facts 1000/1000 (100%)"]


def test_piped_import_and_export_print_no_progress(facts_file: Path, tmp_path: Path):
    database = str(tmp_path / "cli.db")
    run = briefbot("--database", database, "import", str(facts_file), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert run.stdout.startswith(f"imported {FACTS} fact(s), rejected 0 line(s)")
    out = tmp_path / "backup.jsonl"
    run = briefbot("--database", database, "export", str(out), cwd=tmp_path)
    assert run.returncode == 0
    assert run.stderr == f"exported {55 + FACTS} fact(s) and 2 article(s) to {out}\n"


def test_import_and_export_on_a_terminal_show_progress(facts_file: Path, tmp_path: Path):
    database = str(tmp_path / "cli.db")
    run = briefbot("--database", database, "import", str(facts_file), cwd=tmp_path, tty=True)
    assert run.returncode == 0, run.stderr
    assert f"\rchecking facts {FACTS}/{FACTS} (100%)" in run.stderr
    assert f"\rindexing {FACTS} facts..." in run.stderr
    assert run.stderr.endswith("\r")  # the line is wiped before the summary
    assert run.stdout.startswith(f"imported {FACTS} fact(s), rejected 0 line(s)")
    run = briefbot("--database", database, "export", cwd=tmp_path, tty=True)
    total = 55 + FACTS
    assert f"\rexporting facts {total}/{total} (100%)" in run.stderr
    assert "\r" not in run.stdout and run.stdout.count("\n") > total  # the backup itself


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_import_in_a_real_terminal_shows_progress(facts_file: Path, tmp_path: Path):
    """The installed code in a child process whose standard error is a pseudo-terminal."""
    import pty

    leader, follower = pty.openpty()
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONIOENCODING": "utf-8"}
    env.pop("DATABASE_PATH", None)
    database = str(tmp_path / "pty.db")
    command = [sys.executable, "-m", "bot", "--database", database, "import", str(facts_file)]
    with subprocess.Popen(
        command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=follower
    ) as child:
        os.close(follower)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the child closed the terminal (EIO on Linux)
                break
            if not chunk:
                break
            seen += chunk
        out = child.stdout.read().decode() if child.stdout else ""
    os.close(leader)
    assert child.returncode == 0
    assert f"\rchecking facts {FACTS}/{FACTS} (100%)" in seen.decode()
    assert out.startswith(f"imported {FACTS} fact(s)")
