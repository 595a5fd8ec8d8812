"""Admins' changes, saved without making anyone else wait.

SQLite lets one connection write at a time. When another process holds the write lock (a
``briefbot import``, a backup, a second bot), a change made on the event loop would block it,
and every reader's answer with it, until the lock lifts. So an admin's change first waits for
the lock here, asynchronously (the loop answers others meanwhile), then runs at once inside
the write transaction it took, and is committed, or rolled back when it fails: the change is
saved when the lock lifts, all of it or nothing.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

from knowledge.service import Knowledge

T = TypeVar("T")
PATIENCE = 60.0  # seconds an admin's change waits for another process's write lock
POLL = 0.05  # seconds between two looks at the lock


def write_if_free(knowledge: Knowledge, work: Callable[[], object]) -> bool:
    """Run *work* in one write transaction now if the write lock is free; False (nothing
    done) when another connection holds it. For bookkeeping that can wait for a later
    chance without holding up the update in hand."""
    if not knowledge.try_begin_write():
        return False
    commit_or_roll_back(knowledge, work)
    return True


async def write(knowledge: Knowledge, work: Callable[[], T]) -> T:
    """Run *work* (synchronous changes through *knowledge*'s services) in one write
    transaction, once the write lock is free; raises ``sqlite3.OperationalError`` after
    ``PATIENCE`` seconds."""
    deadline = time.monotonic() + PATIENCE
    while not knowledge.try_begin_write():
        if time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")
        await asyncio.sleep(POLL)
    return commit_or_roll_back(knowledge, work)


def commit_or_roll_back(knowledge: Knowledge, work: Callable[[], T]) -> T:
    """Run *work* inside the write transaction just begun (``try_begin_write``): committed,
    or rolled back when it fails. Also for an import's own process (bot/import_process.py)."""
    try:
        result = work()
    except BaseException:
        knowledge.end_write(commit=False)
        raise
    try:
        knowledge.end_write(commit=True)
    except sqlite3.Error:  # a full disk fails the COMMIT itself: the transaction is not left open
        knowledge.end_write(commit=False)
        raise
    return result
