"""The briefing opened: one read model and the services over it.

``Knowledge.open(path)`` seeds the database from ``knowledge/data`` when needed and builds
the index; the bot and the command line then use ``answering``, ``browsing``, ``curation``,
``reports``, ``follows`` and ``digests``. The domain never reads settings: the caller passes
the database path.
"""

from __future__ import annotations

from pathlib import Path

from knowledge.answering import Answering
from knowledge.briefing import Briefing
from knowledge.browsing import Browsing
from knowledge.curation import Curation
from knowledge.digests import Digests
from knowledge.follows import Follows
from knowledge.reports import Reports
from knowledge.seeding import seed
from knowledge.store import Store


class Knowledge:
    """The services of one briefing, sharing one store and one index."""

    def __init__(self, store: Store) -> None:
        self.briefing = Briefing(store)
        self.browsing = Browsing(self.briefing)
        self.answering = Answering(self.briefing, self.browsing)
        self.curation = Curation(self.briefing)
        self.reports = Reports(self.briefing)
        self.follows = Follows(self.briefing)
        self.digests = Digests(self.follows)

    @classmethod
    def open(cls, path: str | Path) -> Knowledge:
        """Open the database at *path* (``:memory:`` too), creating and seeding it if needed."""
        store = Store(path)
        seed(store)
        return cls(store)

    def close(self) -> None:
        """Write what is pending and close the database."""
        self.briefing.store.close()
