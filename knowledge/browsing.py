"""Looking around the briefing without a question: subjects, digests and fact lists."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from knowledge.articles import Article, Paragraph
from knowledge.briefing import Briefing, label_for, label_of
from knowledge.facts import Fact
from knowledge.language.names import Concept
from knowledge.language.words import fold, raw_tokens
from knowledge.outcomes import Result, Source

BRIEF_POOL = 200  # facts a brief chooses from (the first ones, in curated order)


@dataclass(frozen=True)
class TopicCount:
    """An entity or topic with the number of live facts about it."""

    concept: Concept
    count: int


class Browsing:
    """Subjects with their fact counts, digests, and the admins' fact lists."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self._coverage: dict[tuple[str, int], str] = {}

    def topic_counts(self, kinds: str = "all") -> list[TopicCount]:
        """Entities and/or topics (``kinds``: all, entities, topics) by number of facts."""
        index = self.briefing.index
        counts = []
        for concept in self.briefing.vocabulary.concepts.values():
            if (kinds == "entities" and concept.is_topic) or (
                kinds == "topics" and not concept.is_topic
            ):
                continue
            count = index.label_df[label_of(concept)]
            if count:
                counts.append(TopicCount(concept, count))
        counts.sort(key=lambda tc: (-tc.count, tc.concept.id))
        return counts

    def coverage(self, lang: str, limit: int = 6) -> str:
        """A one-line summary of what the briefing is about (its best-covered entities)."""
        key = (lang, self.briefing.index.generation)
        if key not in self._coverage:
            if any(generation != key[1] for _, generation in self._coverage):
                self._coverage.clear()
            names = [tc.concept.name(lang) for tc in self.topic_counts(kinds="entities")[:limit]]
            self._coverage[key] = ", ".join(names)
        return self._coverage[key]

    def find_concept(self, text: str) -> Concept | None:
        """The entity or topic a user's words name ("Турция", "drones", "turky"), if any."""
        vocabulary = self.briefing.vocabulary
        concept_id = vocabulary.resolve(text)
        if concept_id is None:
            mentions = vocabulary.find(raw_tokens(text))
            concept_id = mentions[0].concept.id if mentions else None
        return vocabulary.concepts.get(concept_id) if concept_id else None

    def find_named(self, label: str) -> Concept | None:
        """The entity or topic a label names exactly ("Turkey", "соглашения"), if any."""
        return self.briefing.named(label)

    def fact(self, fact_id: str) -> Fact | None:
        """A live fact by id, or None (deleted, or never there)."""
        return self.briefing.fact(fact_id)

    def fact_ever(self, fact_id: str) -> Fact | None:
        """A fact by id, deleted ones included (a statistic names what was once cited)."""
        return self.briefing.store.fact(fact_id)

    def result(self, fact: Fact, lang: str) -> Result:
        """A fact as a reader of *lang* sees it: statement, quote, translation, source."""
        return self.briefing.result(fact, lang)

    def label(self, fact: Fact, lang: str) -> str:
        """A short readable name of a fact in *lang*, for a button or a list line."""
        return label_for(fact, lang)

    def facts_now(self, fact_ids: list[str]) -> list[Fact]:
        """The live facts among *fact_ids*, in that order, read from the store: one another
        process saved a moment ago too, before the index has taken it in."""
        stored = {f.id: f for f in self.briefing.store.facts_by_id(fact_ids)}
        return [f for fact_id in fact_ids if (f := stored.get(fact_id)) and not f.deleted]

    def concept(self, concept_id: str) -> Concept | None:
        """An entity or topic by id."""
        return self.briefing.concept(concept_id)

    def concepts(self) -> list[Concept]:
        """Every entity and topic the briefing knows."""
        return list(self.briefing.vocabulary.concepts.values())

    def subject_of(self, label: str) -> Concept | None:
        """The entity or topic a fact's label stands for, if the briefing knows it."""
        return self.briefing.concept(self.briefing.entity_id(label))

    def subject_key(self, concept: Concept) -> str:
        """The key a subject is followed and counted by (topics apart from entities)."""
        return label_of(concept)

    def articles(self) -> list[Article]:
        """The stored articles, oldest first."""
        return list(self.briefing.articles.values())

    def article(self, article_id: str | None) -> Article | None:
        """A stored article by id."""
        return self.briefing.article(article_id)

    def paragraph_of(self, fact: Fact) -> Paragraph | None:
        """The article paragraph a fact's quote stands in."""
        return self.briefing.paragraph_of(fact)

    def source_of(self, fact: Fact) -> Source:
        """Where a fact's quote comes from."""
        return self.briefing.source_of(fact)

    def brief(self, concept: Concept | None, lang: str, limit: int | None = 5) -> list[Result]:
        """The most important facts, overall or about one entity or topic (*limit* None:
        all of the first :data:`BRIEF_POOL`, for paging; a shorter brief is their start).

        Facts are taken in curated order, from each source in turn and one per topic first,
        so a digest is varied.
        """
        limit = BRIEF_POOL if limit is None else limit
        index = self.briefing.index
        if concept is None:
            docs = list(itertools.islice(index.docs.values(), BRIEF_POOL))
        else:
            docs = [index.docs[i] for i in index.about(label_of(concept))][:BRIEF_POOL]
        by_source: dict[str, list[Fact]] = {}
        for doc in docs:
            fact = self.briefing.fact(doc.id)
            if fact is not None:
                by_source.setdefault(fact.source, []).append(fact)
        queues = list(by_source.values())
        chosen: list[Fact] = []
        seen_topics: set[str] = set()
        for fresh_topics_only in (True, False):
            for fact in itertools.chain(*itertools.zip_longest(*queues)):
                if len(chosen) >= limit:
                    break
                if fact is None or fact in chosen:
                    continue
                if fresh_topics_only and seen_topics.intersection(fact.topics):
                    continue
                chosen.append(fact)
                seen_topics.update(fact.topics)
        return [self.briefing.result(f, lang) for f in chosen]

    def list_facts(
        self, query: str = "", offset: int = 0, limit: int = 10
    ) -> tuple[int, list[Fact]]:
        """Live facts whose id or text contains *query* (folded), paged: (total, page)."""
        needle = fold(query)
        facts = [
            fact
            for fact in self.briefing.store.facts()
            if not needle
            or needle
            in fold(
                " ".join(filter(None, [fact.id, fact.statement, fact.statement_ru, fact.quote]))
            )
        ]
        return len(facts), facts[offset : offset + limit]
