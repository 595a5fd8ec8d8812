"""The question log, written in the background so that no answer ever waits for it.

Readers never see the log: it feeds /gaps and /stats. So a question is only queued here (a
bounded buffer, text made encodable), and a writer thread with its own SQLite connection
commits the queue in batches. A batch that cannot be written (the database locked, read-only
or on a full disk) is tried again a few times, then given up with its count in the log; the
first failure of a kind is logged once, so a broken disk does not flood the log either.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections import deque
from collections.abc import Callable

log = logging.getLogger(__name__)

QUESTION_LOG_LIMIT = 100_000  # newest questions kept; older ones are pruned
LOG_BATCH = 64  # entries written per commit at most...
LOG_DELAY = 1.0  # ...or after this many seconds
PENDING_LIMIT = 10_000  # entries waiting at most; beyond, the oldest are dropped
ATTEMPTS = 3  # writes of one batch before it is given up
MAX_TEXT = 1000  # characters of a question kept

Row = tuple[str, int | None, str, str, str, float, str | None]


def encodable(text: str) -> str:
    """*text* as SQLite can store it: lone surrogates (which UTF-8 cannot encode) become "?"."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


class Journal:
    """A buffered question log with a writer thread (or, for ``:memory:``, none: it is then
    written when asked to flush, on the caller's connection)."""

    def __init__(self, connect: Callable[[], sqlite3.Connection], threaded: bool) -> None:
        self._connect = connect
        self._conn: sqlite3.Connection | None = None
        self._pending: deque[Row] = deque()
        self._lock = threading.Lock()  # one flush at a time
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._failures = 0
        self._warned: set[str] = set()
        self.dropped = 0  # entries given up (write failures, overflow)
        self._thread: threading.Thread | None = None
        self._owns = threaded  # the connection is the journal's own (closed with it)
        if threaded:
            self._thread = threading.Thread(target=self._run, name="question log", daemon=True)
            self._thread.start()

    def add(self, row: Row) -> None:
        """Queue one entry; returns at once (the writer thread commits it)."""
        text = row[2][:MAX_TEXT]
        question = encodable(text)
        if question != text:
            self._warn_once("text", "a question with characters UTF-8 cannot hold was cleaned")
        self._pending.append((row[0], row[1], question, *row[3:]))
        if len(self._pending) > PENDING_LIMIT:
            self._pending.popleft()
            self.dropped += 1
        if len(self._pending) >= LOG_BATCH:
            self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.wait(LOG_DELAY)
            self._wake.clear()
            self.flush()

    def flush(self) -> None:
        """Write what is queued now, in batches; a failing batch stays queued for the next
        flush, up to ``ATTEMPTS`` tries, then it is given up."""
        with self._lock:
            while self._pending:
                batch = [self._pending[i] for i in range(min(LOG_BATCH, len(self._pending)))]
                try:
                    self._write(batch)
                except sqlite3.Error as error:
                    self._failed(error, len(batch))
                    return
                for _ in batch:
                    self._pending.popleft()
                self._failures = 0

    def _write(self, batch: list[Row]) -> None:
        if self._conn is None:
            self._conn = self._connect()
        conn = self._conn
        # One statement for the batch: executemany lets go of the GIL and takes it back for
        # every row, and each time the event loop's thread, busy answering, had to hand it
        # over (about ten thread switches per question asked).
        rows = ", ".join(["(?, ?, ?, ?, ?, ?, ?)"] * len(batch))
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "insert into questions (ts, user_id, question, lang, outcome, top_score,"
                f" top_fact) values {rows}",
                [value for row in batch for value in row],
            )
            conn.execute(
                "delete from questions where id <= (select max(id) from questions) - ?",
                [QUESTION_LOG_LIMIT],
            )

    def _failed(self, error: sqlite3.Error, size: int) -> None:
        """Count a failed write; after ``ATTEMPTS`` give the batch up and say how much."""
        self._failures += 1
        self._warn_once(
            str(error), f"the question log cannot be written ({error}); answering goes on"
        )
        if self._failures >= ATTEMPTS:
            for _ in range(size):
                self._pending.popleft()
            self.dropped += size
            self._failures = 0
            log.warning(
                "gave up writing %d question-log entries after %d attempts (%d given up so far)",
                size,
                ATTEMPTS,
                self.dropped,
            )

    def _warn_once(self, kind: str, message: str) -> None:
        if kind not in self._warned:
            self._warned.add(kind)
            log.warning(message)

    def close(self) -> None:
        """Stop the writer thread and try once more to write what is left; what still
        cannot be written is counted and given up (a shutdown does not wait on a broken
        disk)."""
        if self._thread is not None:
            self._stop.set()
            self._wake.set()
            self._thread.join(2)
            self._thread = None
        self.flush()
        if self._pending:
            self.dropped += len(self._pending)
            log.warning("gave up %d question-log entries at shutdown", len(self._pending))
            self._pending.clear()
        if self._conn is not None and self._owns:
            self._conn.close()
            self._conn = None
