"""A forked worker runs work on a copy of this process's memory, in order; a daemonic
process (the bot's import process) does the work in place."""

from __future__ import annotations

import multiprocessing
import os

import pytest

from knowledge.forked import Forked

STATE = {"word": "before"}


def _where(tag: str) -> tuple[str, int, str]:
    return tag, os.getpid(), STATE["word"]


def test_the_work_runs_in_a_fork_that_sees_memory_as_it_was_when_forked():
    worker: Forked[str, tuple[str, int, str]] = Forked(_where)
    try:
        first = worker.submit("a")
        STATE["word"] = "after"  # the fork is a copy: it keeps what it saw
        second = worker.submit("b")
        assert first.result(10)[0] == "a" and second.result(10)[0] == "b"
        assert first.result()[1] != os.getpid()
        assert second.result()[2] == "before"
        worker.close()  # forked again at the next submit, from memory as it is now
        assert worker.submit("c").result(10)[2] == "after"
    finally:
        worker.close()
        STATE["word"] = "before"


def test_a_daemonic_process_does_the_work_in_place(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(multiprocessing.current_process(), "daemon", True)
    worker: Forked[str, tuple[str, int, str]] = Forked(_where)
    assert worker.submit("x").result(0) == ("x", os.getpid(), "before")
    worker.close()


def test_one_core_does_the_work_in_place(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    worker: Forked[str, tuple[str, int, str]] = Forked(_where)
    assert worker.submit("y").result(0) == ("y", os.getpid(), "before")
    worker.close()
