"""Running the ``briefbot`` command line in the test process, as a user would run it.

:func:`briefbot` calls ``bot.cli.main`` with the arguments, working directory, standard input
and environment a shell would give it, captures what it prints and its exit status, and puts
the directory and the environment (which a ``.env`` file may have changed) back afterwards.
A child process would add only its start-up time; a few tests still run the real
``briefbot`` / ``python -m bot`` (see ``tests/test_cli.py``).
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

from bot.cli import main


class Terminal(io.StringIO):
    """Captured output that says it is a terminal, as standard error is in an interactive
    shell (progress is drawn only there)."""

    def isatty(self) -> bool:
        return True


def briefbot(
    *args: str,
    cwd: Path,
    stdin: str | None = None,
    env: dict[str, str] | None = None,
    tty: bool = False,
) -> subprocess.CompletedProcess[str]:
    """``briefbot ARGS`` in *cwd*, without DATABASE_PATH unless *env* sets it; output is
    captured as from a pipe, or with *tty* as from a terminal."""
    saved_env, saved_cwd, saved_stdin = dict(os.environ), Path.cwd(), sys.stdin
    out, err = (Terminal(), Terminal()) if tty else (io.StringIO(), io.StringIO())
    os.environ.pop("DATABASE_PATH", None)
    os.environ.update(env or {})
    try:
        os.chdir(cwd)
        sys.stdin = io.StringIO(stdin or "")
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exit_:  # argparse's errors
                code = exit_.code if isinstance(exit_.code, int) else 1
    finally:
        sys.stdin = saved_stdin
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
    return subprocess.CompletedProcess(["briefbot", *args], code, out.getvalue(), err.getvalue())
