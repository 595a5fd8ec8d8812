"""The bot's conversation state in the database: one JSON value per kind and key.

A kind is ``user``, ``chat`` or ``conversation:<name>``; the key is the user's or chat's id,
or a conversation's key. Each batch of writes is one transaction, so what was written before
a kill -9 is there after it (WAL, see knowledge.store.database).
"""

from __future__ import annotations

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
        transaction."""
        with self.db.atomic():
            for (kind, key), value in entries.items():
                if value is None:
                    self.db.execute("delete from sessions where kind = ? and key = ?", [kind, key])
                    continue
                self.db.execute(
                    "insert into sessions (kind, key, value, updated_at) values (?, ?, ?, ?)"
                    " on conflict (kind, key) do update set value = excluded.value,"
                    " updated_at = excluded.updated_at",
                    [kind, key, value, now()],
                )
