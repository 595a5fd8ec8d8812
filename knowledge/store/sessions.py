"""The bot's conversation state in the database: one JSON value per kind and key.

A kind is ``user``, ``chat`` or ``conversation:<name>``; the key is the user's or chat's id,
or a conversation's key. Each batch of writes is one transaction, so what was written before
a kill -9 is there after it (WAL, see knowledge.store.database).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlite_utils import Database

from knowledge.store.database import now


class Sessions:
    """Reads and writes of the ``sessions`` table."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def load(self, kind: str) -> Iterator[tuple[str, str]]:
        """(key, JSON value) of every entry of *kind*."""
        yield from self.db.execute("select key, value from sessions where kind = ?", [kind])

    def save(self, entries: dict[tuple[str, str], str | None]) -> None:
        """Keep each value under its (kind, key), None forgetting the entry, in one
        transaction: the caller's when one is open (the bot's write after each update, which
        rolls all of it back on a failure), else one of its own. Inside the caller's, no
        savepoint: sqlite-utils names each one anew, and reading that name from the
        system's random source and compiling two new statements was half of this write."""
        gone = [(kind, key) for (kind, key), value in entries.items() if value is None]
        stamp = now()
        kept = [(*entry, value, stamp) for entry, value in entries.items() if value is not None]
        conn = self.db.conn
        with contextlib.nullcontext() if conn.in_transaction else self.db.atomic():
            conn.executemany("delete from sessions where kind = ? and key = ?", gone)
            conn.executemany(
                "insert into sessions (kind, key, value, updated_at) values (?, ?, ?, ?)"
                " on conflict (kind, key) do update set value = excluded.value,"
                " updated_at = excluded.updated_at",
                kept,
            )
