"""The answer engine: one object that owns the store, the index and the matcher.

Telegram, inline mode and the command line all call :meth:`Knowledge.ask`.
"""

from __future__ import annotations

import itertools
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz import fuzz

from knowledge.answer import ABSTAIN, ANSWERED, UNSURE, Answer, Result, Source
from knowledge.articles import Article, Paragraph, bundled_articles
from knowledge.facts import EDITABLE, Fact, FactError, read_records, to_jsonl, validate
from knowledge.index import TOPIC, Index, analysis_version
from knowledge.matcher import Matcher, Scored, collapse
from knowledge.store import Store
from knowledge.text import clean, detect_lang, fold
from knowledge.vocabulary import Concept, Vocabulary, load_world

_RAW_TOKEN = re.compile(r"\w+(?:\.\w+)*\.?")
MAX_QUESTION = 1000  # characters of a question that are read
FACT_CACHE = 2000  # facts kept in memory between questions
BRIEF_POOL = 200  # facts a brief chooses from (the first ones, in curated order)


@dataclass
class ImportReport:
    """What an import did: how many facts it stored and which lines it refused."""

    imported: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)


@dataclass(frozen=True)
class TopicCount:
    """An entity or topic with the number of live facts about it."""

    concept: Concept
    count: int


def _label(concept: Concept) -> str:
    """A concept's key in the index's label postings."""
    return TOPIC + concept.id if concept.is_topic else concept.id


def raw_tokens(text: str) -> list[str]:
    """Word tokens with their original case (acronyms such as "US" need it)."""
    return [t.rstrip(".") for t in _RAW_TOKEN.findall(clean(text).replace("_", " "))]


class Knowledge:
    """The briefing: facts, articles and the engine that answers questions about them."""

    def __init__(self, store: Store) -> None:
        self.store = store
        bundled = {a.id: a for a in bundled_articles()}
        self.store.seed(lambda record: validate(record, bundled, origin="seed"))
        self._articles = {a.id: a for a in store.articles()}
        self.vocabulary = Vocabulary(store.entities(), store.topics(), load_world())
        self.index = Index()
        self._resolved: dict[str, str] = {}
        self._cache: dict[str, Fact] = {}
        self._cache_generation = -1
        self._coverage: dict[tuple[str, int], str] = {}
        self._load_index()
        self.matcher = Matcher(self.index, self.vocabulary)

    @classmethod
    def open(cls, path: str | Path | None = None) -> Knowledge:
        """Open (creating and seeding when missing) the database at *path* or DATABASE_PATH."""
        return cls(Store(path))

    def close(self) -> None:
        """Close the database."""
        self.store.close()

    # -- helpers ---------------------------------------------------------------------

    def _load_index(self) -> None:
        """Index every live fact, reusing stored search terms while they are current."""
        version = analysis_version()
        stale = self.store.meta("analysis") != version
        computed = []
        entries = []
        for fact_id, entities, topics, stored in self.store.search_rows():
            if stale or stored is None:
                fact = self.store.fact(fact_id)
                assert fact is not None
                terms = self.index.terms_of(fact)
                computed.append((fact_id, " ".join(terms)))
            else:
                terms = stored.split()
            entries.append((fact_id, [self._entity_id(label) for label in entities], topics, terms))
        self.index.add_many(entries)
        if computed:
            self.store.set_terms(computed)
        if stale:
            self.store.set_meta("analysis", version)

    def _entity_id(self, label: str) -> str:
        if label not in self._resolved:
            self._resolved[label] = self.vocabulary.resolve(label) or label
        return self._resolved[label]

    def _index(self, fact: Fact, terms: tuple[str, ...]) -> None:
        self.index.add(fact, {self._entity_id(e) for e in fact.entities}, terms)

    def _store_fact(self, fact: Fact, actor: int, action: str) -> None:
        """Save a fact (with its audit record) and index it; deleted facts leave the index."""
        terms = self.index.terms_of(fact)
        self.store.save_fact(fact, actor, action, " ".join(terms))
        if fact.deleted:
            self.index.remove(fact.id)
        else:
            self._index(fact, terms)

    def _validate(self, raw: dict, origin: str) -> Fact:
        fact = validate(raw, self._articles, origin=origin, resolve_entity=self.vocabulary.resolve)
        topics = tuple(dict.fromkeys(self._topic_id(label) for label in fact.topics))
        return replace(fact, topics=topics) if topics != fact.topics else fact

    def _topic_id(self, label: str) -> str:
        """The topic a label names ("Agreements", "соглашения"), else the label as given."""
        concept = self.concept(self.vocabulary.resolve(label) or "")
        return concept.id if concept is not None and concept.is_topic else label

    def article(self, article_id: str | None) -> Article | None:
        """A stored article by id."""
        return self._articles.get(article_id) if article_id else None

    def articles(self) -> list[Article]:
        """Every stored article."""
        return list(self._articles.values())

    def concept(self, concept_id: str) -> Concept | None:
        """An entity or topic by id."""
        return self.vocabulary.concepts.get(concept_id)

    def source_of(self, fact: Fact) -> Source:
        """Where a fact's quote comes from."""
        article = self.article(fact.article_id)
        if article is None:
            return Source(None, None, None, fact.source, None, fact.date)
        return Source(
            article.id, article.title, article.outlet, article.url, fact.paragraph, article.date
        )

    def result(self, fact: Fact, lang: str, score: float = 0.0) -> Result:
        """A fact presented in a language: the statement in it, the quote, a translation."""
        statement = fact.statement_ru if lang == "ru" and fact.statement_ru else fact.statement
        article = self.article(fact.article_id)
        quote_lang = article.lang if article else detect_lang(fact.quote)
        translation = fact.quote_en if lang == "en" and quote_lang != "en" else None
        return Result(
            fact_id=fact.id,
            score=score,
            statement=statement,
            quote=fact.quote,
            translation=translation,
            source=self.source_of(fact),
            date=fact.date,
        )

    def coverage(self, lang: str, limit: int = 6) -> str:
        """A one-line summary of what the briefing is about (its best-covered entities)."""
        key = (lang, self.index.generation)
        if key not in self._coverage:
            self._coverage.clear()
            names = [tc.concept.name(lang) for tc in self.topic_counts(kinds="entities")[:limit]]
            self._coverage[key] = ", ".join(names)
        return self._coverage[key]

    # -- asking ----------------------------------------------------------------------

    def ask(
        self,
        question: str,
        *,
        user_id: int | None = None,
        log: bool = True,
        limit: int = 3,
        offset: int = 0,
    ) -> Answer:
        """Answer a question: confident facts, "did you mean" suggestions, or an abstention."""
        started = time.perf_counter()
        question = question[:MAX_QUESTION]
        lang = detect_lang(question)
        analysis = self.matcher.analyse(raw_tokens(question), lang)
        thresholds = self.matcher.thresholds
        if analysis.uncovered:
            answer = Answer(
                question,
                lang,
                ABSTAIN,
                uncovered=tuple(c.name(lang) for c in analysis.uncovered),
                coverage=self.coverage(lang),
            )
        else:
            ranked = collapse(self.matcher.score(analysis), offset + 2 * limit, self.fact)
            top = ranked[0][0].score if ranked else 0.0
            if top >= thresholds.answer:
                good = [
                    (s, f)
                    for s, f in ranked
                    if s.score >= thresholds.answer and s.score >= top - thresholds.margin
                ]
                shown, more = good[offset : offset + limit], good[offset + limit :]
                answer = Answer(
                    question,
                    lang,
                    ANSWERED,
                    results=self._results(shown, lang),
                    more=self._results(more[:limit], lang),
                    top_score=top,
                )
            elif top >= thresholds.suggest:
                suggestions = [(s, f) for s, f in ranked if s.score >= thresholds.suggest][:limit]
                answer = Answer(
                    question,
                    lang,
                    UNSURE,
                    results=self._results(suggestions, lang),
                    top_score=top,
                    coverage=self.coverage(lang),
                )
            else:
                answer = Answer(
                    question, lang, ABSTAIN, top_score=top, coverage=self.coverage(lang)
                )
        elapsed = (time.perf_counter() - started) * 1000
        if log:
            top_fact = answer.results[0].fact_id if answer.results else None
            self.store.log_question(
                question, lang, answer.outcome, answer.top_score, top_fact, user_id
            )
        return replace(answer, elapsed_ms=elapsed)

    def _results(self, ranked: Iterable[tuple[Scored, Fact]], lang: str) -> tuple[Result, ...]:
        return tuple(self.result(fact, lang, s.score) for s, fact in ranked)

    # -- browsing --------------------------------------------------------------------

    def fact(self, fact_id: str) -> Fact | None:
        """A live fact by id (texts are read from the store, with a small cache)."""
        if fact_id not in self.index.docs:
            return None
        if self._cache_generation != self.index.generation:
            self._cache.clear()
            self._cache_generation = self.index.generation
        fact = self._cache.get(fact_id)
        if fact is None:
            fact = self.store.fact(fact_id)
            if fact is None:
                return None
            if len(self._cache) >= FACT_CACHE:
                self._cache.clear()
            self._cache[fact_id] = fact
        return fact

    def paragraph_of(self, fact: Fact) -> Paragraph | None:
        """The article paragraph a fact's quote stands in."""
        article = self.article(fact.article_id)
        return article.paragraph(fact.paragraph) if article and fact.paragraph else None

    def topic_counts(self, kinds: str = "all") -> list[TopicCount]:
        """Entities and/or topics (``kinds``: all, entities, topics) by number of facts."""
        counts = []
        for concept in self.vocabulary.concepts.values():
            if (kinds == "entities" and concept.is_topic) or (
                kinds == "topics" and not concept.is_topic
            ):
                continue
            count = self.index.label_df[_label(concept)]
            if count:
                counts.append(TopicCount(concept, count))
        counts.sort(key=lambda tc: (-tc.count, tc.concept.id))
        return counts

    def find_concept(self, text: str) -> Concept | None:
        """The entity or topic a user's words name ("Турция", "drones", "turky"), if any."""
        concept_id = self.vocabulary.resolve(text)
        if concept_id is None:
            mentions = self.vocabulary.find(raw_tokens(text))
            concept_id = mentions[0].concept.id if mentions else None
        return self.vocabulary.concepts.get(concept_id) if concept_id else None

    def brief(self, concept: Concept | None, lang: str, limit: int = 5) -> list[Result]:
        """The most important facts, overall or about one entity or topic.

        Facts are taken in curated order, from each source in turn and one per topic first,
        so a digest is varied.
        """
        if concept is None:
            docs = list(itertools.islice(self.index.docs.values(), BRIEF_POOL))
        else:
            docs = [self.index.docs[i] for i in self.index.about(_label(concept))][:BRIEF_POOL]
        by_source: dict[str, list[Fact]] = {}
        for doc in docs:
            fact = self.fact(doc.id)
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
        return [self.result(f, lang) for f in chosen]

    def list_facts(
        self, query: str = "", offset: int = 0, limit: int = 10
    ) -> tuple[int, list[Fact]]:
        """Live facts whose id or text contains *query* (folded), paged: (total, page)."""
        needle = fold(query)
        facts = [
            fact
            for fact in self.store.facts()
            if not needle
            or needle
            in fold(
                " ".join(filter(None, [fact.id, fact.statement, fact.statement_ru, fact.quote]))
            )
        ]
        return len(facts), facts[offset : offset + limit]

    # -- changing --------------------------------------------------------------------

    def add_fact(self, raw: dict, actor: int) -> Fact:
        """Validate and store an admin's fact; it is answerable at once."""
        fact = self._validate(raw, origin="admin")
        existing = self.store.fact(fact.id)
        if existing is not None and not existing.deleted:
            raise FactError(f"a fact with id '{fact.id}' already exists")
        self._store_fact(fact, actor, "addfact")
        return fact

    def edit_fact(self, fact_id: str, field_name: str, value: str, actor: int) -> Fact:
        """Change one field of a live fact (validated like a new fact)."""
        current = self.fact(fact_id)
        if current is None:
            raise FactError(f"there is no fact '{fact_id}'")
        if field_name not in EDITABLE:
            raise FactError(f"'{field_name}' cannot be edited; fields: {', '.join(EDITABLE)}")
        record = current.to_record()
        record.pop("paragraph")
        record[field_name] = value
        fact = replace(self._validate(record, origin=current.origin), id=current.id)
        self._store_fact(fact, actor, "editfact")
        return fact

    def delete_fact(self, fact_id: str, actor: int) -> Fact:
        """Soft-delete a fact (``/undo`` brings it back)."""
        current = self.fact(fact_id)
        if current is None:
            raise FactError(f"there is no fact '{fact_id}'")
        deleted = replace(current, deleted=True)
        self._store_fact(deleted, actor, "delfact")
        return deleted

    def undo(self, actor: int) -> tuple[str, Fact] | None:
        """Revert the actor's last fact change; returns (what was undone, the fact now)."""
        change = self.store.last_change(actor)
        if change is None:
            return None
        _, restored = self.store.undo(change, actor)
        self.index.remove(change["fact_id"])
        if restored is not None and not restored.deleted:
            self._index(restored, self.index.terms_of(restored))
        fact = restored or self.store.fact(change["fact_id"])
        assert fact is not None
        return change["action"], fact

    def add_article(
        self,
        title: str,
        text: str,
        actor: int,
        *,
        outlet: str | None = None,
        url: str | None = None,
        date: str | None = None,
    ) -> Article:
        """Store a new article so facts can cite it; raises ValueError on bad input."""
        title = title.strip()
        if not title or not text.strip():
            raise ValueError("an article needs a title and a text")
        if url and not re.match(r"^https?://\S+$", url):
            raise ValueError("the link must start with http:// or https://")
        base = re.sub(r"[^a-z0-9]+", "-", fold(title).encode("ascii", "ignore").decode())
        base = base.strip("-")[:40] or "article"
        article_id, n = base, 2
        while article_id in self._articles:
            article_id, n = f"{base}-{n}", n + 1
        article = Article(
            id=article_id,
            title=title,
            text=text.strip(),
            outlet=outlet or None,
            lang=detect_lang(text),
            date=date or None,
            url=url or None,
            origin="admin",
        )
        if not article.paragraphs:
            raise ValueError("the text has no paragraphs to cite")
        self.store.add_article(article, actor)
        self._articles[article.id] = article
        return article

    def import_text(self, text: str, actor: int, filename: str = "") -> ImportReport:
        """Bulk import from JSONL or CSV text: good rows are stored, bad ones reported."""
        report = ImportReport()
        good: dict[str, Fact] = {}
        for line, record in read_records(text, filename):
            if isinstance(record, FactError):
                report.errors.append((line, record.message))
                continue
            try:
                fact = self._validate(record, origin="import")
            except FactError as error:
                report.errors.append((line, error.message))
                continue
            good[fact.id] = fact
        if good:
            pairs = [(fact, self.index.terms_of(fact)) for fact in good.values()]
            report.imported = self.store.save_facts(
                [(fact, " ".join(terms)) for fact, terms in pairs], actor
            )
            for fact, terms in pairs:
                self._index(fact, terms)
        return report

    def export_jsonl(self) -> str:
        """Every live fact as JSONL that :meth:`import_text` reads back."""
        return to_jsonl(self.store.facts())

    def feedback(self, user_id: int, fact_id: str, value: int, question: str | None = None) -> None:
        """Store a user's 👍 (+1) or 👎 (-1) on a fact."""
        self.store.add_feedback(user_id, fact_id, 1 if value > 0 else -1, question)

    # -- curators' views -------------------------------------------------------------

    def gaps(self, limit: int = 10) -> list[tuple[str, int, float]]:
        """Unanswered or unsure questions, near-duplicates grouped.

        Returns (an example question, how often it was asked, the best score it got).
        """
        groups: list[list] = []  # [folded, shown question, count, best score]
        for row in self.store.questions(outcomes=(ABSTAIN, UNSURE)):
            key = fold(row["question"])
            for group in groups:
                if fuzz.token_set_ratio(key, group[0], processor=None) >= 85:
                    group[2] += 1
                    group[3] = max(group[3], row["top_score"] or 0.0)
                    break
            else:
                groups.append([key, row["question"], 1, row["top_score"] or 0.0])
        groups.sort(key=lambda g: -g[2])
        return [(g[1], g[2], g[3]) for g in groups[:limit]]

    def stats(self) -> dict:
        """Questions asked, share answered, top facts and feedback counts."""
        rows = self.store.questions()
        outcomes = Counter(r["outcome"] for r in rows)
        top_facts = Counter(
            r["top_fact"] for r in rows if r["outcome"] == ANSWERED and r["top_fact"]
        ).most_common(5)
        return {
            "questions": len(rows),
            "answered": outcomes[ANSWERED],
            "unsure": outcomes[UNSURE],
            "abstained": outcomes[ABSTAIN],
            "top_facts": top_facts,
            "feedback": self.store.feedback_counts(),
            "facts": len(self.index),
            "articles": len(self._articles),
        }
