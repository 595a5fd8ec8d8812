"""In-memory inverted index over facts, built for 100k+ facts and incremental updates.

Each fact gets a document number. Postings (search term → document numbers, and entity or
topic label → document numbers) are append-only ``array('i')`` buffers that numpy reads
without copying; a replaced or deleted fact's old number is simply marked dead. Scoring a
question is then a few vectorised additions over the postings of its terms.
"""

from __future__ import annotations

import bisect
import itertools
import math
import sys
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TypeVar

import numpy as np

from knowledge.facts import Fact
from knowledge.language import LANGUAGES
from knowledge.language.spelling import ByLength
from knowledge.language.words import content_tokens, fold, stem
from knowledge.store.bundle import digest, read_table

TOPIC = "topic:"
_T = TypeVar("_T")
CORRECTIONS = 50_000  # corrected words remembered between questions
ROOT = 6  # letters two stems share at least to count as forms of one word
SYNONYM = "~"
# Bump when the way search terms are derived from a fact changes, so stored terms are rebuilt.
ANALYSIS_VERSION = "2"


def load_synonyms() -> dict[str, str]:
    """Stem → synonym-group term, from ``knowledge/data/synonyms.jsonl`` (EN and RU words).

    A stem in two groups keeps the first; every member of a group searches as one term.
    """
    mapping: dict[str, str] = {}
    for group in read_table("synonyms"):
        words = [*group.get("en", []), *group.get("ru", [])]
        term = SYNONYM + stem(fold(words[0]))
        for word in words:
            for token in fold(word).split():
                mapping.setdefault(stem(token), term)
    return mapping


def analysis_version() -> str:
    """Identifies how search terms are derived (code version and synonym table)."""
    return f"{ANALYSIS_VERSION}-{digest('synonyms')[:12]}"


def date_words(date: str | None) -> list[str]:
    """Words a question may use for a fact's date: the year and the month in EN and RU."""
    if not date:
        return []
    words = [date[:4]]
    if len(date) >= 7 and date[5:7].isdigit() and 1 <= int(date[5:7]) <= 12:
        words += [lang.MONTHS[int(date[5:7]) - 1][0] for lang in LANGUAGES]
    return words


class Doc:
    """What the matcher needs of one fact (not its texts, which stay in the store).

    At 100k facts these are most of the engine's memory, so a document holds shared objects
    only: its terms are interned strings (a few thousand distinct ones across all facts), and
    its entity set and topic tuple are shared with every fact that has the same ones.
    """

    __slots__ = ("number", "id", "terms", "entities", "topics")

    def __init__(
        self,
        number: int,
        fact_id: str,
        terms: tuple[str, ...],
        entities: frozenset[str],
        topics: tuple[str, ...],
    ) -> None:
        self.number = number
        self.id = fact_id
        self.terms = terms  # distinct search terms
        self.entities = entities
        self.topics = topics

    @property
    def text(self) -> str:
        """The terms joined, for rapidfuzz: built only for the few re-rank candidates."""
        return " ".join(self.terms)

    @property
    def labels(self) -> list[str]:
        """Keys of this fact in the label postings: its entities and its topics."""
        if not self.topics:
            return list(self.entities)
        return [*self.entities, *(TOPIC + t for t in self.topics)]


def _append_postings(
    table: dict[str, array[int]], counts: Counter[str], keys: list[str], owners: np.ndarray
) -> None:
    """Append (key, document number) pairs to *table*, grouped by key with numpy."""
    if not keys:
        return
    ids: dict[str, int] = {}
    key_ids = np.array([ids.setdefault(k, len(ids)) for k in keys], dtype=np.int64)
    order = np.argsort(key_ids, kind="stable")
    grouped = owners[order]
    bounds = np.searchsorted(key_ids[order], np.arange(len(ids) + 1))
    for key, key_id in ids.items():
        chunk = grouped[bounds[key_id] : bounds[key_id + 1]]
        buffer = table.get(key)
        if buffer is None:
            buffer = table[key] = array("i")
        buffer.frombytes(chunk.tobytes())
        counts[key] += len(chunk)


class Index:
    """Postings from search terms and labels to facts; add and remove are incremental."""

    def __init__(self, synonyms: Mapping[str, str] | None = None) -> None:
        self.synonyms = synonyms if synonyms is not None else load_synonyms()
        self.docs: dict[str, Doc] = {}  # live facts by id
        self.numbers: list[str | None] = []  # document number → fact id (None once dead)
        self._postings: dict[str, array[int]] = {}
        self._labels: dict[str, array[int]] = {}
        self.df: Counter[str] = Counter()  # live document frequency of terms
        self.label_df: Counter[str] = Counter()
        self._alive = np.zeros(1024, dtype=bool)
        self.generation = 0  # changes whenever the indexed facts change
        self._vocabulary: tuple[int, list[str]] = (-1, [])
        self._spelling: tuple[int, ByLength] = (-1, ByLength(()))
        self._sorted: tuple[int, list[str]] = (-1, [])
        self._corrected: tuple[int, dict[str, str]] = (-1, {})
        self._shared: dict[object, object] = {}  # one copy of each entity set and topic tuple

    def __len__(self) -> int:
        return len(self.docs)

    # -- building ------------------------------------------------------------------------

    def term(self, word: str) -> str:
        """The search term of a folded word: its stem, or its synonym group."""
        word_stem = stem(word)
        return self.synonyms.get(word_stem, word_stem)

    def terms_of(self, fact: Fact) -> tuple[str, ...]:
        """Distinct search terms of everything a question may be matched against."""
        fields = [fact.statement, fact.statement_ru, fact.quote, fact.quote_en, *fact.questions]
        words = [t for f in fields if f for t in content_tokens(f)] + date_words(fact.date)
        return tuple(dict.fromkeys(self.term(w) for w in words))

    def add(self, fact: Fact, entities: Iterable[str], terms: Iterable[str] | None = None) -> None:
        """Index one fact (replacing an older version of it); *terms* may come precomputed."""
        if terms is None:
            terms = self.terms_of(fact)
        self.add_many([(fact.id, entities, fact.topics, terms)])

    def add_many(
        self, entries: Iterable[tuple[str, Iterable[str], Iterable[str], Iterable[str]]]
    ) -> None:
        """Index many (fact id, entity ids, topic ids, search terms): the fast path for loading.

        Postings are grouped with numpy and appended term by term, not posting by posting.
        """
        entries = list(entries)
        needed = len(self.numbers) + len(entries)
        if needed > len(self._alive):
            grown = np.zeros(max(needed, 2 * len(self._alive)), dtype=bool)
            grown[: len(self._alive)] = self._alive
            self._alive = grown
        numbers, docs = self.numbers, self.docs
        terms_flat: list[str] = []
        labels_flat: list[str] = []
        term_counts: list[int] = []
        label_counts: list[int] = []
        first = len(numbers)
        for fact_id, entities, topics, terms in entries:
            if fact_id in docs:
                self.remove(fact_id)
            doc = Doc(
                len(numbers),
                fact_id,
                tuple(map(sys.intern, terms)),
                self._one(frozenset(entities)),
                self._one(tuple(topics)),
            )
            numbers.append(fact_id)
            docs[fact_id] = doc
            labels = doc.labels
            terms_flat += doc.terms
            labels_flat += labels
            term_counts.append(len(doc.terms))
            label_counts.append(len(labels))
        owners = np.arange(first, len(numbers), dtype=np.int32)
        self._alive[first : len(numbers)] = True
        _append_postings(self._postings, self.df, terms_flat, np.repeat(owners, term_counts))
        _append_postings(self._labels, self.label_df, labels_flat, np.repeat(owners, label_counts))
        self.generation += 1

    def _one(self, value: _T) -> _T:
        """The shared copy of an equal *value* (an entity set, a topic tuple)."""
        return self._shared.setdefault(value, value)  # type: ignore[return-value]

    def remove(self, fact_id: str) -> None:
        """Forget a fact, if it is indexed (its postings stay, masked as dead)."""
        doc = self.docs.pop(fact_id, None)
        if doc is None:
            return
        self._alive[doc.number] = False
        self.numbers[doc.number] = None
        self.df.subtract(doc.terms)
        self.label_df.subtract(doc.labels)
        self.generation += 1

    # -- reading -------------------------------------------------------------------------

    def knows(self, word: str) -> bool:
        """Whether a folded word (or a synonym of it) occurs in some live fact."""
        return self.df[self.term(word)] > 0

    def vocabulary(self) -> list[str]:
        """Stems a misspelt word may be corrected to (plain terms and synonym members)."""
        if self._vocabulary[0] != self.generation:
            plain = [t for t, n in self.df.items() if n > 0 and not t.startswith(SYNONYM)]
            synonyms = [s for s, t in self.synonyms.items() if self.df[t] > 0]
            self._vocabulary = (self.generation, plain + synonyms)
        return self._vocabulary[1]

    def correct(self, word: str) -> str:
        """The term of a folded *word*, or of the knowledge's word it is a misspelling or
        another form of; remembered until the indexed facts change."""
        if self._corrected[0] != self.generation:
            self._corrected = (self.generation, {})
        found = self._corrected[1].get(word)
        if found is None:
            found = self._corrected[1][word] = self._correct(word)
            if len(self._corrected[1]) > CORRECTIONS:
                self._corrected = (self.generation, {})
        return found

    def _correct(self, word: str) -> str:
        term = self.term(word)
        # Ordinary words: one slip in six letters or more, else it is likely another word
        # ("tanks" is not a misspelt "talks").
        budget = 1 if len(word) >= 6 else 0
        if self.df[term] > 0 or word.isdigit():
            return term
        whole = self.synonyms.get(word, word)
        if self.df[whole] > 0:  # Snowball cut the word short: «приём» → "при", «приёме» → "прием"
            return whole
        if not budget:
            return term
        word_stem = stem(word)
        known = self._nearest(word_stem, budget) or self.same_root(word_stem)
        return self.synonyms.get(known, known) if known else term

    def _nearest(self, word_stem: str, budget: int) -> str | None:
        """The known stem fewest edits (at most *budget*) from *word_stem*, the first in the
        vocabulary on a tie."""
        if self._spelling[0] != self.generation:
            self._spelling = (self.generation, ByLength(self.vocabulary()))
        found = self._spelling[1].nearest(word_stem, budget)
        return self.vocabulary()[found[1]] if found else None

    def same_root(self, word_stem: str) -> str | None:
        """A known stem that shares its first ``ROOT`` letters with *word_stem* and is wholly
        contained in it or contains it (подписыва → подпис): another form of the same word,
        which Snowball stems apart (Russian verb aspects, "-ing"/"-ed" leftovers)."""
        if len(word_stem) < ROOT:
            return None
        if self._sorted[0] != self.generation:
            self._sorted = (self.generation, sorted(self.vocabulary()))
        ordered = self._sorted[1]
        start = bisect.bisect_left(ordered, word_stem[:ROOT])
        best = None
        for known in itertools.islice(ordered, start, start + 50):
            if not known.startswith(word_stem[:ROOT]):
                break
            if (word_stem.startswith(known) or known.startswith(word_stem)) and (
                best is None or len(known) > len(best)
            ):
                best = known
        return best

    def idf(self, term: str) -> float:
        """Inverse document frequency; unseen terms weigh the most."""
        df = max(self.df[term], 0)
        return math.log(1 + (len(self.docs) - df + 0.5) / (df + 0.5))

    def covers(self, label: str) -> bool:
        """Whether any live fact carries this entity id (or ``topic:<id>`` label)."""
        return self.label_df[label] > 0

    def about(self, label: str) -> list[str]:
        """Ids of the live facts about an entity id, or a topic given as ``topic:<id>``."""
        numbers = self._labels.get(label, ())
        return [fid for n in numbers if (fid := self.numbers[n]) is not None]

    def postings(self, term: str) -> np.ndarray:
        """Document numbers holding a term (dead ones included; mask with ``alive``)."""
        buffer = self._postings.get(term)
        return np.frombuffer(buffer, dtype=np.int32) if buffer else np.empty(0, np.int32)

    def label_postings(self, label: str) -> np.ndarray:
        """Document numbers carrying a label (dead ones included)."""
        buffer = self._labels.get(label)
        return np.frombuffer(buffer, dtype=np.int32) if buffer else np.empty(0, np.int32)

    @property
    def alive(self) -> np.ndarray:
        """Mask of live document numbers, one entry per number given so far."""
        return self._alive[: len(self.numbers)]

    def doc(self, number: int) -> Doc:
        """The live document with that number."""
        fact_id = self.numbers[number]
        assert fact_id is not None
        return self.docs[fact_id]
