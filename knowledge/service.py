"""The briefing opened: one read model and the services over it.

``Knowledge.open(path)`` seeds the database from ``knowledge/data`` when needed and builds
the index; the bot and the command line then use ``answering``, ``browsing``, ``curation``,
``reports``, ``gaps``, ``drafts``, ``subscriptions`` and ``digests``, ``sessions`` (the bot's
conversation state) and ``preferences`` (choices such as a user's reply language). The domain
never reads settings: the caller passes the database path.
"""

from __future__ import annotations

from pathlib import Path

from knowledge.answering import Answering
from knowledge.briefing import Briefing
from knowledge.browsing import Browsing
from knowledge.curation import Curation
from knowledge.digests import Digests
from knowledge.drafts import Drafts
from knowledge.gaps import Gaps
from knowledge.preferences import Preferences
from knowledge.reports import Reports
from knowledge.store.database import Store
from knowledge.store.seeding import seed
from knowledge.store.sessions import Sessions
from knowledge.subscriptions import Subscriptions

__all__ = ["Knowledge"]


class Knowledge:
    """The services of one briefing, sharing one store and one index."""

    def __init__(self, store: Store) -> None:
        self.briefing = Briefing(store)
        self.browsing = Browsing(self.briefing)
        self.answering = Answering(self.briefing, self.browsing)
        self.curation = Curation(self.briefing)
        self.reports = Reports(self.briefing)
        self.gaps = Gaps(self.answering, self.curation)
        self.drafts = Drafts(self.curation)
        self.preferences = Preferences(store)
        self.subscriptions = Subscriptions(self.briefing)
        self.digests = Digests(self.subscriptions)
        self.sessions = Sessions(store.db)

    @classmethod
    def open(cls, path: str | Path) -> Knowledge:
        """Open the database at *path* (``:memory:`` too), creating and seeding it if needed,
        and warm the answering up."""
        store = Store(path)
        seed(store)
        knowledge = cls(store)
        knowledge.answering.warm_up()
        return knowledge

    @classmethod
    def attach(cls, path: str | Path) -> Knowledge:
        """Open a database file that is in use already (seeded by the process that uses
        it), for work beside it: an import in a process of its own (bot/import_process.py)."""
        return cls(Store(path))

    @property
    def path(self) -> Path:
        """The database file (``:memory:`` for a throwaway one)."""
        return self.briefing.store.path

    @property
    def generation(self) -> int:
        """A number that changes whenever the answerable facts change (for caches)."""
        return self.briefing.index.generation

    def counts(self) -> tuple[int, int]:
        """How many live facts and articles the briefing holds."""
        return self.briefing.store.count_facts(), len(self.briefing.articles)

    def refresh(self, batch: int | None = None) -> int:
        """Take in the facts other processes committed (at most *batch* of them now, the
        rest on the next calls); how many changed."""
        return self.briefing.refresh(batch)

    def try_begin_write(self) -> bool:
        """Take the database's write lock now if it is free (bot.writes waits for it)."""
        return self.briefing.store.try_begin_write()

    def end_write(self, *, commit: bool) -> None:
        """Commit (or roll back) the write transaction begun, releasing the lock."""
        self.briefing.store.end_write(commit=commit)

    def interrupt(self) -> None:
        """Stop the statement the database is running now, from another thread (its
        transaction then fails and is rolled back); nothing when none runs."""
        self.briefing.store.db.conn.interrupt()

    def audit_mark(self) -> int:
        """A mark of the latest saved change of the facts: another one after it means
        something was saved since (an import stopped just as it committed)."""
        return self.briefing.store.audit_mark()

    def note(self, key: str) -> str | None:
        """A note kept in the database (the import under way: bot/imports.py)."""
        return self.briefing.store.meta(key)

    def set_note(self, key: str, value: str) -> None:
        """Keep a note (inside the caller's transaction, when one is open)."""
        self.briefing.store.set_meta(key, value)

    def drop_note(self, key: str) -> None:
        """Forget a note (inside the caller's transaction, when one is open)."""
        self.briefing.store.delete_meta(key)

    def close(self) -> None:
        """Write what is pending and close the database."""
        self.briefing.store.close()
