"""The briefing opened: one read model and the services over it.

``Knowledge.open(path)`` seeds the database from ``knowledge/data`` when needed and builds
the index; the bot and the command line then use ``answering``, ``browsing``, ``curation``,
``reports``, ``gaps``, ``drafts``, ``subscriptions`` and ``digests``, ``sessions`` (the bot's
conversation state) and ``preferences`` (choices such as a user's reply language). The domain
never reads settings: the caller passes the database path.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from knowledge.answering import Answering
from knowledge.briefing import Briefing
from knowledge.browsing import Browsing
from knowledge.curation import Curation
from knowledge.digests import Digests
from knowledge.drafts import Drafts
from knowledge.gaps import Gaps
from knowledge.outcomes import Answer, Result
from knowledge.preferences import Preferences
from knowledge.reports import Reports
from knowledge.store.database import Store
from knowledge.store.seeding import seed
from knowledge.store.sessions import Sessions
from knowledge.subscriptions import Subscriptions


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

    def in_language(self, answer: Answer, lang: str) -> Answer:
        """The same answer for a reader of *lang*: its facts, labels and coverage in it."""
        if answer.lang == lang:
            return answer

        def again(results: tuple[Result, ...]) -> tuple[Result, ...]:
            facts = ((r, self.briefing.fact(r.fact_id)) for r in results)
            return tuple(self.briefing.result(f, lang, r.score) for r, f in facts if f)

        return replace(
            answer,
            lang=lang,
            results=again(answer.results),
            more=again(answer.more),
            examples=again(answer.examples),
            coverage=self.browsing.coverage(lang) if answer.coverage else "",
        )

    def close(self) -> None:
        """Write what is pending and close the database."""
        self.briefing.store.close()
