"""An import run in a process of its own, so that the bot's event loop never waits for it.

Checking 50,000 facts is Python work that holds the interpreter lock: in a thread of the bot
it slowed every answer (a reader waited up to 1.9 s). A child process (started with
``spawn``: nothing of the bot's threads or connections is inherited) opens the database on a
connection and a read model of its own (``Knowledge.attach``), as ``briefbot import`` beside
the bot would, and imports in one write transaction, which also deletes the note of the
import (``bot/imports.py``). It reports over a pipe: its progress (at most ten times a second), then
the report, "stopped" or the reason it failed.

Asked to stop (a flag in shared memory: no lock or semaphore that a dead child could leave
taken), it stops at its next fact, or interrupts the statement running (the transaction is
then rolled back); a child still there :data:`KILL_AFTER` seconds later is killed, which
leaves the database as it was too.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sqlite3
import threading
import time
import traceback
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path

from bot.writes import PATIENCE, POLL, commit_or_roll_back
from knowledge.curation import ImportReport
from knowledge.service import Knowledge

PROGRESS_EVERY = 0.1  # seconds between two progress reports of the child
KILL_AFTER = 4.0  # seconds a child asked to stop has to roll back and exit
NICENESS = 10  # how much lower the child's priority is than the bot's
LISTEN = 0.1  # seconds between two looks at the pipe (and at the stop's deadline)
_SPAWN = multiprocessing.get_context("spawn")


class Stopped(Exception):
    """The import was stopped before it finished; nothing changed."""


class ImportFailed(Exception):
    """The import could not be done (the database refused it, or the child died); nothing
    changed. The message says why; *details* (a traceback) are for the log."""

    def __init__(self, reason: str, details: str = "") -> None:
        super().__init__(reason)
        self.details = details


class ImportProcess:
    """One import in a child process. :meth:`run` blocks until it ends (call it in a
    thread); :meth:`stop` and :attr:`stage` work from any thread."""

    def __init__(self, path: Path, text: str, actor: int, filename: str, note: str) -> None:
        self.arguments = (str(path), text, actor, filename, note)
        self.filename = filename
        self.stage: tuple[str, int, int] = ("", 0, 0)  # the child's last progress
        self._stop: Synchronized[int] = _SPAWN.Value("b", 0, lock=False)
        self._stop_asked: float | None = None

    @property
    def stopped(self) -> bool:
        """Whether :meth:`stop` was called."""
        return self._stop_asked is not None

    def stop(self) -> None:
        """Ask the child to stop and roll back (it is killed if it has not within
        :data:`KILL_AFTER` seconds)."""
        self._stop_asked = time.monotonic()
        self._stop.value = 1

    def run(self) -> ImportReport:
        """Run the import in a child process; its report, or :class:`Stopped` or
        :class:`ImportFailed`."""
        receiver, sender = _SPAWN.Pipe(duplex=False)
        child = _SPAWN.Process(
            target=_child, args=(*self.arguments, sender, self._stop), name="briefbot import"
        )
        child.daemon = True
        child.start()
        sender.close()
        try:
            return self._listen(receiver, child)
        finally:
            receiver.close()
            child.join(KILL_AFTER)
            if child.is_alive():
                child.kill()
                child.join()

    def _listen(self, receiver: Connection, child: BaseProcess) -> ImportReport:
        while True:
            if self._stop_asked is not None and time.monotonic() - self._stop_asked > KILL_AFTER:
                child.kill()  # an uncommitted transaction dies with it
                raise Stopped
            if not receiver.poll(LISTEN):
                continue
            try:
                kind, *rest = receiver.recv()
            except EOFError:  # the child ended without a word: killed, or out of memory
                raise Stopped if self.stopped else ImportFailed("the import process died") from None
            if kind == "progress":
                self.stage = (str(rest[0]), int(rest[1]), int(rest[2]))
            elif kind == "done":
                return rest[0]
            elif kind == "stopped":
                raise Stopped
            else:
                raise ImportFailed(*rest)


class _Work:
    """The child's side: the import in one write transaction, its progress, its stop."""

    def __init__(self, sender: Connection, stop: Synchronized[int]) -> None:
        self.sender, self.stop = sender, stop
        self.knowledge: Knowledge | None = None
        self._said = ("", 0.0)  # the last stage reported, and when

    @property
    def stopped(self) -> bool:
        """Whether the bot asked the import to stop."""
        return bool(self.stop.value)

    def interrupt_when_stopped(self) -> None:
        """Wait for the stop; then interrupt the statement SQLite is running, if any."""
        while not self.stopped:
            time.sleep(LISTEN)
        knowledge = self.knowledge
        if knowledge is not None:
            with contextlib.suppress(sqlite3.ProgrammingError):  # closed meanwhile: done
                knowledge.interrupt()

    def progress(self, stage: str, done: int, total: int) -> None:
        """Report how far the import got (throttled), and stop it when asked."""
        if self.stopped:
            raise Stopped
        now = time.monotonic()
        if stage != self._said[0] or now - self._said[1] >= PROGRESS_EVERY:
            self.sender.send(("progress", stage, done, total))
            self._said = (stage, now)

    def run(self, path: str, text: str, actor: int, filename: str, note: str) -> ImportReport:
        knowledge = self.knowledge = Knowledge.attach(path)
        try:
            deadline = time.monotonic() + PATIENCE
            while not knowledge.try_begin_write():
                self.progress("waiting", 0, 0)
                if time.monotonic() > deadline:
                    raise sqlite3.OperationalError("database is locked")
                time.sleep(POLL)

            def work() -> ImportReport:
                knowledge.refresh()  # what was committed before the lock was taken
                report = knowledge.curation.import_text(text, actor, filename, self.progress)
                self.progress("saving", 0, 0)
                knowledge.drop_note(note)
                return report

            return commit_or_roll_back(knowledge, work)
        finally:
            self.knowledge = None
            knowledge.close()


def _child(
    path: str,
    text: str,
    actor: int,
    filename: str,
    note: str,
    sender: Connection,
    stop: Synchronized[int],
) -> None:
    """The child process: import, then send the report, "stopped" or why it failed. It
    runs at a lower priority, so the bot's answers get the processor first."""
    if hasattr(os, "nice"):
        os.nice(NICENESS)
    work = _Work(sender, stop)
    threading.Thread(target=work.interrupt_when_stopped, daemon=True).start()
    try:
        report = work.run(path, text, actor, filename, note)
    except Stopped:
        sender.send(("stopped",))
    except sqlite3.Error as error:
        sender.send(("stopped",) if work.stopped else ("failed", str(error)))
    except Exception as error:  # noqa: BLE001 - reported to the bot, which logs it
        sender.send(("failed", f"{type(error).__name__}: {error}", traceback.format_exc()))
    else:
        sender.send(("done", report))
    finally:
        sender.close()
