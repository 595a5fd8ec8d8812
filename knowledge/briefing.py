"""The read model every service shares: articles, vocabulary, the index and fact texts.

Answering, browsing, curation and reports each take one :class:`Briefing`; none of them
keeps state of its own about facts, so a change made through curation is seen by all at once.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import json

from knowledge.articles import Article, Paragraph
from knowledge.facts import Fact
from knowledge.language.names import Concept, Vocabulary, load_world
from knowledge.language.words import detect_lang, raw_tokens
from knowledge.outcomes import Result, Source
from knowledge.search import stored
from knowledge.search.index import TOPIC, Index, analysis_version
from knowledge.store.bundle import digest
from knowledge.store.database import SearchRow, Store

FACT_CACHE = 2000  # facts kept in memory between questions
LOAD_BATCH = 5000  # facts read and indexed at a time on opening
SAVE_AFTER = 2000  # facts changed since the stored index that make opening store it anew


def label_for(fact: Fact, lang: str, limit: int = 60) -> str:
    """A short readable name of a fact: its first well-formed example question in *lang*
    (capitalised, ending with "?", not typed in Latin letters for Russian), else its
    statement cut at a word boundary."""
    for question in fact.questions:
        if (
            len(question) <= limit
            and question[:1].isupper()
            and question.endswith("?")
            and detect_lang(question) == lang
        ):
            return question
    statement = statement_for(fact, lang)
    if len(statement) <= limit:
        return statement
    return statement[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def statement_for(fact: Fact, lang: str) -> str:
    """What a fact says in *lang*: its statement in that language; without one, never the
    other language's statement but the quote (in its English translation for an English
    reader, where there is one), which stands for itself."""
    if lang == "ru":
        return fact.statement_ru or fact.quote
    if detect_lang(fact.statement) == "en":
        return fact.statement
    return fact.quote_en or fact.quote


def label_of(concept: Concept) -> str:
    """A concept's key in the index's label postings."""
    return TOPIC + concept.id if concept.is_topic else concept.id


class Briefing:
    """What the briefing holds now, read from one store and kept in step with it."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.articles: dict[str, Article] = {a.id: a for a in store.articles()}
        self.vocabulary = Vocabulary(store.entities(), store.topics(), load_world())
        self.index = Index()
        self._resolved: dict[str, str] = {}
        self._cache: dict[str, Fact] = {}
        self._cache_generation = -1
        self._seq = 0  # the position in the fact log the index reflects
        self._mark = store.change_mark()
        self._persistent = str(store.path) != ":memory:"
        self._seq_saved: int | None = None  # the log position of the stored index
        #: facts changed elsewhere that ``refresh(batch)`` has not taken in yet: (id, its
        #: row, or None when it is no longer live)
        self._backlog: list[tuple[str, SearchRow | None]] = []
        self._load_index()

    def index_key(self) -> str:
        """What a stored index must have been built with to be used: the way search terms
        are derived and the vocabulary that resolves facts' entity labels."""
        labels = json.dumps([self.store.entities(), self.store.topics()], sort_keys=True)
        world = digest("world")[:12]
        return f"{analysis_version()}|{hashlib.sha1(labels.encode()).hexdigest()[:12]}|{world}"

    def _load_index(self) -> None:
        """Load the stored index and replay the facts changed since it was written; without
        a usable one, index every fact and store the result.

        The garbage collector is paused meanwhile: what loading builds lives as long as
        the index, and walking it again and again was a third of a rebuild."""
        collecting = gc.isenabled()
        gc.disable()
        try:
            self.index.clear()
            self._backlog = []
            restored = self._restore()
            if not restored:
                self._rebuild()
            replayed = self._catch_up()
            if restored and len(self.index) != self.store.count_facts():
                self.index.clear()  # the stored index disagrees with the facts: rebuilt
                self._seq_saved = None
                self._rebuild()
                self._catch_up()
        finally:
            if collecting:
                gc.enable()
        if self._persistent and (self._seq_saved is None or replayed >= SAVE_AFTER):
            self.save_index()

    def _restore(self) -> bool:
        """Whether the stored index was current enough to load (the fact log still holds
        every change since it)."""
        self._seq_saved = None
        if not self._persistent:
            return False
        parts = self.store.search_index()
        seq = (stored.header_of(parts) or {}).get("seq")
        if not isinstance(seq, int) or seq < self.store.fact_log_kept_from():
            return False
        loaded = stored.decode(parts, self.index_key(), self.index)
        if loaded is None:
            self.index.clear()
            return False
        self._seq = self._seq_saved = loaded
        return True

    def _rebuild(self) -> None:
        """Index every live fact, reusing stored search terms while they are current.

        Facts are read and indexed a batch at a time, so what loading holds at once is bounded
        by the batch."""
        version = analysis_version()
        stale = self.store.meta("analysis") != version
        self._seq = self.store.fact_seq()  # whatever is logged later is replayed after
        rows = self.store.search_rows()
        while batch := list(itertools.islice(rows, LOAD_BATCH)):
            self._index_batch(batch, stale)
        if stale:
            self.store.set_meta("analysis", version)

    def _catch_up(self) -> int:
        """Take in the facts the log shows changed after the index's position (and any
        backlog left by a batched refresh); returns how many changed."""
        pending = self._backlog + self._pending()
        self._backlog = []
        self._take_in(pending)
        return len(pending)

    def _pending(self) -> list[tuple[str, SearchRow | None]]:
        """The facts the log shows changed after the index's position, which moves past
        them: those no longer live first (to leave the index), then the live ones."""
        newest, changed, live = self.store.changed_since(self._seq)
        self._seq = newest
        kept = {row[0] for row in live}
        gone: list[tuple[str, SearchRow | None]] = [(i, None) for i in changed if i not in kept]
        return gone + [(row[0], row) for row in live]

    def _take_in(self, changes: list[tuple[str, SearchRow | None]]) -> None:
        for fact_id, row in changes:
            if row is None:
                self.index.remove(fact_id)
        live = [row for _, row in changes if row is not None]
        if live:
            self._index_batch(live, stale=False)

    def save_index(self) -> None:
        """Store the index as it is now (after taking in what the log shows), so the next
        opening loads it instead of rebuilding; a briefing in memory keeps none."""
        if not self._persistent:
            return
        self._catch_up()
        parts = stored.encode(self.index, self.index_key(), self._seq)
        if parts is not None:
            self.store.save_search_index(parts, self._seq)
            self._seq_saved = self._seq

    def _index_batch(self, rows: list[SearchRow], stale: bool) -> None:
        computed = []
        entries = []
        for fact_id, entities, topics, stored_terms in rows:
            if stale or stored_terms is None:
                terms = self.index.terms_of(self._stored(fact_id))
                computed.append((fact_id, " ".join(terms)))
            else:
                terms = tuple(stored_terms.split())
            entries.append((fact_id, [self.entity_id(label) for label in entities], topics, terms))
        self.index.add_many(entries)
        if computed:
            self.store.set_terms(computed)

    def refresh(self, batch: int | None = None) -> int:
        """Take in what other processes committed (``briefbot import``, a second bot, an
        admin tool): new articles, entities and topics, and each fact changed since the
        index's position in the fact log (or the stored index again, when another process
        stored a newer one and dropped the log before it). Cheap when nothing changed
        elsewhere (one pragma); returns how many facts were taken in.

        With *batch*, at most that many facts are indexed now and the rest kept for the next
        calls: a caller on an event loop takes in 50,000 imported facts a batch at a time and
        answers others in between (a fact not taken in yet is not answered yet)."""
        if not self._backlog:
            if not self._changed_elsewhere():
                return 0
            if self.store.fact_log_kept_from() > self._seq:
                self._load_index()
                return len(self.index)
            self._backlog = self._pending()
        taken = self._backlog if batch is None else self._backlog[:batch]
        self._backlog = [] if batch is None else self._backlog[batch:]
        self._take_in(taken)
        return len(taken)

    def _changed_elsewhere(self) -> bool:
        """Whether facts, articles or the vocabulary changed elsewhere since the last look;
        articles and vocabulary are read again if they did."""
        store = self.store
        if not store.changed_elsewhere():
            return False
        mark = store.change_mark()  # other commits may be only the question log, the outbox
        if mark == self._mark:
            return False
        articles, labels = mark[1] != self._mark[1], mark[2] != self._mark[2]
        self._mark = mark
        if articles:
            self.articles = {a.id: a for a in store.articles()}
        if labels:
            self.reload_vocabulary()
        return True

    def _took_in_own_write(self) -> None:
        """After indexing facts this process saved: the index is at the log position after
        that save, if it was at the one before it (else the next catch-up replays them)."""
        before, after = self.store.written
        if before == self._seq:
            self._seq = after

    def _stored(self, fact_id: str) -> Fact:
        fact = self.store.fact(fact_id)
        assert fact is not None
        return fact

    def reload_vocabulary(self) -> None:
        """Read entities and topics again after a restore added some."""
        self.vocabulary = Vocabulary(self.store.entities(), self.store.topics(), load_world())
        self._resolved.clear()

    def entity_id(self, label: str) -> str:
        """The known entity a fact's label names, else the label itself."""
        if label not in self._resolved:
            self._resolved[label] = self.vocabulary.resolve(label) or label
        return self._resolved[label]

    def index_fact(self, fact: Fact, terms: tuple[str, ...] | None = None) -> None:
        """Put a live fact (or its new version) in the index; a deleted one leaves it."""
        if fact.deleted:
            self.index.remove(fact.id)
        else:
            entities = {self.entity_id(e) for e in fact.entities}
            self.index.add(fact, entities, self.index.terms_of(fact) if terms is None else terms)
        self._took_in_own_write()

    def imported(self, saved: int) -> None:
        """After an import's last batch: store the index when the import saved many facts,
        so the next opening loads it instead of replaying them."""
        if saved >= SAVE_AFTER:
            self.save_index()

    def index_facts(self, pairs: list[tuple[Fact, tuple[str, ...]]]) -> None:
        """Index many new live facts with their search terms at once (a batch of an import,
        which stores the index at its end)."""
        self.index.add_many(
            (fact.id, {self.entity_id(e) for e in fact.entities}, fact.topics, terms)
            for fact, terms in pairs
        )
        self._took_in_own_write()

    def prefetch(self, fact_ids: list[str]) -> None:
        """Read the facts a ranking will look at into the cache, in one query."""
        self._current_cache()
        missing = [i for i in fact_ids if i not in self._cache and i in self.index.docs]
        if len(self._cache) + len(missing) > FACT_CACHE:
            self._cache.clear()
        for fact in self.store.facts_by_id(missing):
            self._cache[fact.id] = fact

    def _current_cache(self) -> None:
        if self._cache_generation != self.index.generation:
            self._cache.clear()
            self._cache_generation = self.index.generation

    def fact(self, fact_id: str) -> Fact | None:
        """A live fact by id (texts are read from the store, with a small cache)."""
        if fact_id not in self.index.docs:
            return None
        self._current_cache()
        fact = self._cache.get(fact_id)
        if fact is None:
            fact = self.store.fact(fact_id)
            if fact is None:
                return None
            if len(self._cache) >= FACT_CACHE:
                self._cache.clear()
            self._cache[fact_id] = fact
        return fact

    def articles_about(self, concept_ids: tuple[str, ...]) -> set[str]:
        """Ids of the articles whose title names all these concepts ("the China article")."""
        return {i for i in self.articles if self.title_names(i).issuperset(concept_ids)}

    def title_names(self, article_id: str) -> set[str]:
        """Ids of the concepts an article's title names."""
        article = self.articles[article_id]
        title = " ".join(filter(None, [article.title, article.title_en]))
        return {m.concept.id for m in self.vocabulary.find(raw_tokens(title), typos=False)}

    def article(self, article_id: str | None) -> Article | None:
        """A stored article by id."""
        return self.articles.get(article_id) if article_id else None

    def concept(self, concept_id: str) -> Concept | None:
        """An entity or topic by id."""
        return self.vocabulary.concepts.get(concept_id)

    def named(self, label: str) -> Concept | None:
        """The entity or topic a label names exactly ("Turkey", "соглашения"), if any."""
        return self.concept(self.vocabulary.resolve(label) or "")

    def paragraph_of(self, fact: Fact) -> Paragraph | None:
        """The article paragraph a fact's quote stands in."""
        article = self.article(fact.article_id)
        return article.paragraph(fact.paragraph) if article and fact.paragraph else None

    def beside(self, fact: Fact, *, earlier: bool = False) -> list[str]:
        """Ids of the facts quoting the rest of a fact's paragraph (with *earlier*, also the
        part before it), in reading order: where an article goes on from a fact (its
        consequence, its reason, more of it) or gives a detail it lacks (the visit's date)."""
        paragraph = self.paragraph_of(fact)
        if paragraph is None or fact.article_id is None:
            return []
        start = paragraph.text.find(fact.quote)
        return [
            other.id
            for position, other in self._placed(fact.article_id, paragraph)
            if other.id != fact.id and (position > start or earlier)
        ]

    def concludes(self, fact: Fact) -> bool:
        """Whether a fact quotes its article's closing paragraph."""
        article = self.article(fact.article_id)
        return bool(
            article and article.paragraphs and fact.paragraph == article.paragraphs[-1].number
        )

    def following(self, fact: Fact) -> list[str]:
        """Ids of the facts quoting the paragraph after a fact's, in reading order: where
        the article goes on once its paragraph ends."""
        article = self.article(fact.article_id)
        after = article.paragraph(fact.paragraph + 1) if article and fact.paragraph else None
        if after is None or article is None:
            return []
        facts = self.store.paragraph_facts(article.id, after.number)
        return [f.id for f in sorted(facts, key=lambda f: after.text.find(f.quote))]

    def preceding(self, fact: Fact) -> list[str]:
        """Ids of the facts quoting what comes just before a fact, nearest first: the rest
        of its paragraph before it, then the paragraph before that (where a sentence
        opening «В результате …» has its reason)."""
        paragraph = self.paragraph_of(fact)
        article = self.article(fact.article_id)
        if paragraph is None or article is None or fact.paragraph is None:
            return []
        start = paragraph.text.find(fact.quote)
        earlier = [
            other.id
            for position, other in self._placed(article.id, paragraph)
            if other.quote != fact.quote and -1 < position < start
        ]
        before = article.paragraph(fact.paragraph - 1)
        earlier_paragraph = [f.id for _, f in self._placed(article.id, before)] if before else []
        return [*reversed(earlier), *reversed(earlier_paragraph)]

    def _placed(self, article_id: str, paragraph: Paragraph) -> list[tuple[int, Fact]]:
        """The facts quoting *paragraph*, each with where its quote starts there, in reading
        order (facts quoting one sentence by id)."""
        facts = self.store.paragraph_facts(article_id, paragraph.number)
        placed = [(paragraph.text.find(f.quote), f) for f in facts]
        return sorted(placed, key=lambda item: (item[0], item[1].id))

    def alongside(self, fact: Fact) -> list[str]:
        """Ids of the other facts quoting the same sentence as *fact* (the other items of
        a list it gives: joint exercises, then intelligence systems, then defence planning)."""
        if fact.article_id is None or fact.paragraph is None:
            return []
        same = self.store.paragraph_facts(fact.article_id, fact.paragraph)
        return [other.id for other in same if other.id != fact.id and other.quote == fact.quote]

    def source_of(self, fact: Fact) -> Source:
        """Where a fact's quote comes from."""
        article = self.article(fact.article_id)
        if article is None:
            return Source(None, None, None, fact.source, None, fact.date)
        return Source(
            article.id,
            article.title,
            article.outlet,
            article.url,
            fact.paragraph,
            article.date,
            article.title_en,
        )

    def result(self, fact: Fact, lang: str, score: float = 0.0) -> Result:
        """A fact presented in a language: the statement in it, the quote, a translation."""
        statement = statement_for(fact, lang)
        article = self.article(fact.article_id)
        quote_lang = article.lang if article else detect_lang(fact.quote)
        translation = fact.quote_en if lang == "en" and quote_lang != "en" else None
        return Result(
            label=label_for(fact, lang),
            fact_id=fact.id,
            score=score,
            statement=statement,
            quote=fact.quote,
            translation=translation,
            source=self.source_of(fact),
            date=fact.date,
        )
