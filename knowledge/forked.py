"""Work done in a forked copy of this process while this process goes on.

An import spends about half its time checking facts (finding the names their text gives,
validating) and the other half writing them; a fork checks the next batch while this
process writes the last one. A fork holds this process's memory as it was when it was
forked: the work it runs reads the read model and never touches the database (the
connection it inherits is this process's, left alone; a fork ends without closing it), and
it is forked again when the read model that work reads has changed.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Generic, TypeVar

A = TypeVar("A")
R = TypeVar("R")

_WORK: Callable[[Any], Any] | None = None  # what a fork runs: set just before it is forked


def _cores() -> int:
    """The cores this process may run on (all of the machine's where that is not known)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _run(argument: Any) -> Any:
    """The work, in the fork (its function travels by name; the work it reads is memory)."""
    assert _WORK is not None
    return _WORK(argument)


class Forked(Generic[A, R]):
    """One forked process that runs *work* on each argument given, in order."""

    def __init__(self, work: Callable[[A], R]) -> None:
        self._work = work
        self._pool: ProcessPoolExecutor | None = None

    def submit(self, argument: A) -> Future[R]:
        """Start the work on *argument* in the fork, forking it now if it is not running.
        A daemonic process (the bot's import process) may have no children, and a process
        with one core to run on gains nothing from one: there the work is done in place,
        before this returns."""
        global _WORK
        if multiprocessing.current_process().daemon or _cores() < 2:
            done: Future[R] = Future()
            done.set_result(self._work(argument))
            return done
        if self._pool is None:
            _WORK = self._work
            self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
        return self._pool.submit(_run, argument)

    def close(self) -> None:
        """End the fork (work not started yet is dropped); the next submit forks again, from
        this process's memory as it is then."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
