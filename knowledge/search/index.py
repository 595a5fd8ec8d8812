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
from collections.abc import Iterable, Iterator, Mapping

import numpy as np

from knowledge.facts import Fact
from knowledge.language import LANGUAGES
from knowledge.language.spelling import ByLength
from knowledge.language.words import STEMS_APART, content_tokens, fold, stem, stems
from knowledge.store.bundle import digest, read_table

TOPIC = "topic:"
CORRECTIONS = 50_000  # corrected words remembered between questions
NEAREST_STEM = 4  # letters of the shortest stem read as a slip of a known one
BITMAPS = 64  # terms' postings kept as bitmaps too, at most (one bit a fact each)
PIECES = 200_000  # text pieces whose terms are remembered between facts
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
    """One indexed fact as the matcher hands it on: its document number and id.

    Made on demand: the index keeps no object per fact, only arrays (see :class:`Index`).
    """

    __slots__ = ("number", "id", "_index")

    def __init__(self, number: int, fact_id: str, index: Index) -> None:
        self.number = number
        self.id = fact_id
        self._index = index

    @property
    def terms(self) -> list[str]:
        """The fact's distinct search terms, in the order they were indexed."""
        return self._index.terms_at(self.number)

    @property
    def labels(self) -> list[str]:
        """Keys of this fact in the label postings: its entities and its topics."""
        return self._index.labels_at(self.number)


class Docs(Mapping[str, Doc]):
    """The live facts by id, in the order they were indexed (a view over the index)."""

    def __init__(self, index: Index) -> None:
        self._index = index

    def __getitem__(self, fact_id: str) -> Doc:
        return Doc(self._index.number_of[fact_id], fact_id, self._index)

    def __contains__(self, fact_id: object) -> bool:
        return fact_id in self._index.number_of

    def __iter__(self) -> Iterator[str]:
        return iter(self._index.number_of)

    def __len__(self) -> int:
        return len(self._index.number_of)


class Rows:
    """Variable-length rows of integer ids, all in one flat array: row *n* is
    ``flat[ends[n-1]:ends[n]]``. Appending a row is amortised O(its length)."""

    def __init__(self, flat: array[int] | None = None, ends: array[int] | None = None) -> None:
        self.flat = flat if flat is not None else array("i")
        self.ends = ends if ends is not None else array("q")

    def append_many(self, ids: np.ndarray, lengths: list[int]) -> None:
        """Add rows of *lengths* ids each, taken in turn from *ids*."""
        base = self.ends[-1] if self.ends else 0
        self.flat.frombytes(ids.astype(np.int32).tobytes())
        self.ends.frombytes((base + np.cumsum(lengths, dtype=np.int64)).tobytes())

    def row(self, number: int) -> array[int]:
        """The ids of one row."""
        return self.flat[self.ends[number - 1] if number else 0 : self.ends[number]]

    def rows(self, numbers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The ids of the rows *numbers*, one row after another, and each row's length."""
        ends = np.frombuffer(self.ends, dtype=np.int64)
        stops = ends[numbers]
        starts = np.where(numbers > 0, ends[numbers - 1], 0)
        lengths = stops - starts
        positions = np.arange(int(lengths.sum()), dtype=np.int64)
        positions += np.repeat(starts - (np.cumsum(lengths) - lengths), lengths)
        return np.frombuffer(self.flat, dtype=np.int32)[positions], lengths

    def keep(self, numbers: np.ndarray) -> Rows:
        """A copy holding only the rows *numbers*, renumbered from 0 in that order."""
        ends = np.frombuffer(self.ends, dtype=np.int64)
        starts = np.concatenate(([0], ends[:-1])) if len(ends) else ends
        lengths = (ends - starts)[numbers]
        new_ends = np.cumsum(lengths, dtype=np.int64)
        positions = np.arange(int(new_ends[-1]) if len(new_ends) else 0, dtype=np.int64)
        positions += np.repeat(starts[numbers] - (new_ends - lengths), lengths)
        flat = np.frombuffer(self.flat, dtype=np.int32)[positions]
        return Rows(array("i", flat.tobytes()), array("q", new_ends.tobytes()))


class Names:
    """Strings numbered in the order first seen (search terms, or labels)."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names: list[str] = [sys.intern(n) for n in names]
        self.ids: dict[str, int] = {n: i for i, n in enumerate(self.names)}
        self._array = np.empty(0, dtype=object)

    def array(self) -> np.ndarray:
        """The names as a numpy array, to look many ids up at once (new names are only
        ever appended, so the array is made again only when some came)."""
        if len(self._array) != len(self.names):
            self._array = np.array(self.names, dtype=object)
        return self._array

    def number(self, keys: list[str]) -> np.ndarray:
        """The ids of *keys*, numbering the new ones."""
        ids, names = self.ids, self.names
        found = []
        for key in keys:
            key_id = ids.get(key)
            if key_id is None:
                key_id = ids[key] = len(names)
                names.append(sys.intern(key))
            found.append(key_id)
        return np.array(found, dtype=np.int64)


def _append_postings(
    table: dict[str, array[int]],
    counts: Counter[str],
    names: list[str],
    key_ids: np.ndarray,
    owners: np.ndarray,
) -> None:
    """Append (key, document number) pairs to *table*, grouped by key with numpy; counts
    are raised key by key in the order the keys were first numbered."""
    if not len(key_ids):
        return
    order = np.argsort(key_ids, kind="stable")
    grouped = owners[order]
    present = np.unique(key_ids)
    bounds = np.searchsorted(key_ids[order], np.append(present, present[-1] + 1))
    for place, key_id in enumerate(present.tolist()):
        key = names[key_id]
        chunk = grouped[bounds[place] : bounds[place + 1]]
        buffer = table.get(key)
        if buffer is None:
            buffer = table[key] = array("i")
        buffer.frombytes(chunk.tobytes())
        counts[key] += len(chunk)


def _unpacked(names: list[str], rows: Rows) -> tuple[dict[str, array[int]], Counter[str]]:
    """Postings by name from stored rows (one per name), and the names' counts."""
    table: dict[str, array[int]] = {}
    counts: Counter[str] = Counter()
    for number, name in enumerate(names):
        found = rows.row(number)
        if found:
            table[name] = found
            counts[name] = len(found)
    return table, counts


class Index:
    """Postings from search terms and labels to facts; add and remove are incremental.

    Nothing here is a Python object per fact beyond its id: each fact's term ids and label
    ids are rows of flat integer arrays (:class:`Rows`), so a million facts take a few
    hundred megabytes, load from stored blobs (:mod:`knowledge.search.stored`) in a second,
    and give the garbage collector almost nothing to walk.
    """

    def __init__(self, synonyms: Mapping[str, str] | None = None) -> None:
        self.synonyms = synonyms if synonyms is not None else load_synonyms()
        self.number_of: dict[str, int] = {}  # live facts' document numbers by id
        self.docs = Docs(self)
        self.numbers: list[str | None] = []  # document number → fact id (None once dead)
        self.terms = Names()
        self.label_names = Names()
        self.doc_terms = Rows()
        self.doc_labels = Rows()
        self._postings: dict[str, array[int]] = {}
        self._labels: dict[str, array[int]] = {}
        self.df: Counter[str] = Counter()  # live document frequency of terms
        self.label_df: Counter[str] = Counter()
        self._alive = np.zeros(1024, dtype=bool)
        self.generation = 0  # changes whenever the indexed facts change
        self._vocabulary: tuple[int, list[str]] = (-1, [])
        self._counts: tuple[int, dict[str, int]] = (-1, {})
        self._spelling: tuple[int, ByLength] = (-1, ByLength(()))
        self._sorted: tuple[int, list[str]] = (-1, [])
        self._corrected: tuple[int, dict[str, str]] = (-1, {})
        self._pieces: dict[str, tuple[str, ...]] = {}  # a text piece's terms (see terms_of)
        self._bitmaps: tuple[int, dict[str, np.ndarray]] = (-1, {})

    def __len__(self) -> int:
        return len(self.number_of)

    # -- building ------------------------------------------------------------------------

    def term(self, word: str) -> str:
        """The search term of a folded word: its stem, or its synonym group."""
        word_stem = stem(word)
        return self.synonyms.get(word_stem, word_stem)

    def terms_of(self, fact: Fact) -> tuple[str, ...]:
        """Distinct search terms of everything a question may be matched against."""
        fields = [fact.statement, fact.statement_ru, fact.quote, fact.quote_en, *fact.questions]
        terms: list[str] = []
        for field in fields:
            terms += self.text_terms(field) if field else ()
        terms += (self.term(w) for w in date_words(fact.date))
        return tuple(dict.fromkeys(terms))

    def text_terms(self, text: str) -> list[str]:
        """The search terms of a text's content words, in order.

        Text is taken a whitespace-separated piece at a time, each piece's terms
        remembered: folding never joins or splits across whitespace, so these are the
        text's terms, and an import of many facts (or the answers citing them) folds each
        distinct piece once."""
        pieces = self._pieces
        if len(pieces) > PIECES:
            pieces.clear()
        terms: list[str] = []
        for piece in text.split():
            found = pieces.get(piece)
            if found is None:
                found = pieces[piece] = tuple(self.term(w) for w in content_tokens(piece))
            terms += found
        return terms

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
        self._grow(len(self.numbers) + len(entries))
        numbers, number_of = self.numbers, self.number_of
        terms_flat: list[str] = []
        labels_flat: list[str] = []
        term_counts: list[int] = []
        label_counts: list[int] = []
        first = len(numbers)
        for fact_id, entities, topics, terms in entries:
            if fact_id in number_of:
                self.remove(fact_id)
            number_of[fact_id] = len(numbers)
            numbers.append(fact_id)
            distinct = dict.fromkeys(terms)
            labels = dict.fromkeys(entities)
            labels.update(dict.fromkeys(TOPIC + t for t in topics))
            terms_flat += distinct
            labels_flat += labels
            term_counts.append(len(distinct))
            label_counts.append(len(labels))
        owners = np.arange(first, len(numbers), dtype=np.int32)
        self._alive[first : len(numbers)] = True
        term_ids = self.terms.number(terms_flat)
        label_ids = self.label_names.number(labels_flat)
        self.doc_terms.append_many(term_ids, term_counts)
        self.doc_labels.append_many(label_ids, label_counts)
        _append_postings(
            self._postings, self.df, self.terms.names, term_ids, np.repeat(owners, term_counts)
        )
        _append_postings(
            self._labels,
            self.label_df,
            self.label_names.names,
            label_ids,
            np.repeat(owners, label_counts),
        )
        self.generation += 1

    def clear(self) -> None:
        """Forget every fact (before loading the index anew)."""
        self.restore([], [], [], Rows(), Rows(), Rows(), Rows())

    def restore(
        self,
        ids: list[str],
        terms: list[str],
        labels: list[str],
        doc_terms: Rows,
        doc_labels: Rows,
        postings: Rows,
        label_postings: Rows,
    ) -> None:
        """Take the state of a stored snapshot (:mod:`knowledge.search.stored`): live facts
        numbered from 0, with each name's postings as rows of *postings*."""
        self.numbers = list(ids)
        self.number_of = dict(zip(ids, range(len(ids)), strict=True))
        self.terms, self.label_names = Names(terms), Names(labels)
        self.doc_terms, self.doc_labels = doc_terms, doc_labels
        self._postings, self.df = _unpacked(self.terms.names, postings)
        self._labels, self.label_df = _unpacked(self.label_names.names, label_postings)
        self._alive = np.zeros(max(len(ids), 1024), dtype=bool)
        self._alive[: len(ids)] = True
        self.generation += 1

    def _grow(self, needed: int) -> None:
        if needed > len(self._alive):
            grown = np.zeros(max(needed, 2 * len(self._alive)), dtype=bool)
            grown[: len(self._alive)] = self._alive
            self._alive = grown

    def remove(self, fact_id: str) -> None:
        """Forget a fact, if it is indexed (its postings stay, masked as dead)."""
        number = self.number_of.pop(fact_id, None)
        if number is None:
            return
        self._alive[number] = False
        self.numbers[number] = None
        self.df.subtract(self.terms_at(number))
        self.label_df.subtract(self.labels_at(number))
        self.generation += 1

    # -- reading -------------------------------------------------------------------------

    def knows(self, word: str) -> bool:
        """Whether a folded word (or a synonym of it) occurs in some live fact."""
        return self.df[self.term(word)] > 0

    def used(self, terms: Iterable[str]) -> list[str]:
        """The search terms (already stemmed) that some live fact uses, in order: a
        question's words the briefing knows, not its phrasing or words no fact has."""
        return [term for term in terms if self.df[term] > 0]

    def frequencies(self, words: list[str]) -> list[int]:
        """How many live facts use each folded word (or a synonym of it): :meth:`knows` of
        many words, stemmed at once."""
        if self._counts[0] != self.generation:
            counts = {t: n for t, n in self.df.items() if n > 0 and t not in self.synonyms}
            counts.update((s, n) for s, t in self.synonyms.items() if (n := self.df[t]) > 0)
            self._counts = (self.generation, counts)
        known = self._counts[1]  # stem → live facts using it or its synonym group
        return [known.get(s, 0) for s in stems(words)]

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
        if self.df[term] > 0 or word.isdigit() or word in STEMS_APART:
            return term
        whole = self.synonyms.get(word, word)
        if self.df[whole] > 0:  # Snowball cut the word short: «приём» → "при", «приёме» → "прием"
            return whole
        if not budget:
            return term
        word_stem = stem(word)
        if len(word_stem) < NEAREST_STEM:  # "pinned" is "pin", one letter from "win"
            return term
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

    def bitmap(self, term: str) -> np.ndarray:
        """A term's postings as bits over the document numbers (bit ``n % 8`` of byte
        ``n // 8``): whether a fact holds the term in one look, where a binary search of
        a long list makes many scattered reads. Made on first use and kept while the
        indexed facts stay the same (``BITMAPS`` of them: 8 MB at a million facts)."""
        if self._bitmaps[0] != self.generation or len(self._bitmaps[1]) >= BITMAPS:
            self._bitmaps = (self.generation, {})
        bits = self._bitmaps[1].get(term)
        if bits is None:
            marked = np.zeros(len(self.numbers), dtype=bool)
            marked[self.postings(term)] = True
            bits = self._bitmaps[1][term] = np.packbits(marked, bitorder="little")
        return bits

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
        return Doc(number, fact_id, self)

    def terms_at(self, number: int) -> list[str]:
        """The search terms of the fact with that document number."""
        names = self.terms.names
        return [names[i] for i in self.doc_terms.row(number)]

    def joined_terms(self, numbers: list[int]) -> list[str]:
        """Each fact's search terms joined by spaces (what the fuzzy re-rank compares),
        looked up for all the facts at once."""
        ids, lengths = self.doc_terms.rows(np.array(numbers, dtype=np.int64))
        words = self.terms.array()[ids].tolist()
        texts, start = [], 0
        for length in lengths.tolist():
            texts.append(" ".join(words[start : start + length]))
            start += length
        return texts

    def labels_at(self, number: int) -> list[str]:
        """The label keys (entity ids, ``topic:<id>``) of the fact with that number."""
        names = self.label_names.names
        return [names[i] for i in self.doc_labels.row(number)]
