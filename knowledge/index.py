"""In-memory inverted index over facts: stem and entity postings, updated one fact at a time."""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources

from knowledge.facts import Fact
from knowledge.text import content_tokens, fold, stem

TOPIC = "topic:"
SYNONYM = "~"


def load_synonyms() -> dict[str, str]:
    """Stem → synonym-group term, from ``knowledge/data/synonyms.jsonl`` (EN and RU words).

    A stem in two groups keeps the first; every member of a group searches as one term.
    """
    path = resources.files("knowledge") / "data" / "synonyms.jsonl"
    mapping: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        group = json.loads(line)
        words = [*group.get("en", []), *group.get("ru", [])]
        term = SYNONYM + stem(fold(words[0]))
        for word in words:
            for token in fold(word).split():
                mapping.setdefault(stem(token), term)
    return mapping


@dataclass
class Doc:
    """What the matcher needs of one fact, pre-processed once."""

    fact: Fact
    stems: frozenset[str]
    text: str  # stems of the searchable fields, space-joined, for rapidfuzz
    entities: frozenset[str]
    topics: frozenset[str]
    words: frozenset[str]

    @property
    def labels(self) -> set[str]:
        """Keys of this fact in the label postings: its entities and its topics."""
        return set(self.entities) | {TOPIC + t for t in self.topics}


MONTHS = (
    ("january", "январь"), ("february", "февраль"), ("march", "март"), ("april", "апрель"),
    ("may", "май"), ("june", "июнь"), ("july", "июль"), ("august", "август"),
    ("september", "сентябрь"), ("october", "октябрь"), ("november", "ноябрь"),
    ("december", "декабрь"),
)  # fmt: skip


def date_words(date: str | None) -> list[str]:
    """Words a question may use for a fact's date: the year and the month in EN and RU."""
    if not date:
        return []
    words = [date[:4]]
    if len(date) >= 7 and date[5:7].isdigit() and 1 <= int(date[5:7]) <= 12:
        words += MONTHS[int(date[5:7]) - 1]
    return words


def fact_search_text(fact: Fact) -> list[str]:
    """Folded content tokens of everything a question may be matched against."""
    fields = [fact.statement, fact.statement_ru, fact.quote, fact.quote_en]
    return [t for f in fields if f for t in content_tokens(f)] + date_words(fact.date)


class Index:
    """Postings from stems and entity ids to facts; add and remove are incremental."""

    def __init__(self, synonyms: Mapping[str, str] | None = None) -> None:
        self.synonyms = synonyms if synonyms is not None else load_synonyms()
        self.docs: dict[str, Doc] = {}
        self.postings: dict[str, set[str]] = defaultdict(set)
        # Entity ids and "topic:<id>" labels to the facts about them.
        self.label_postings: dict[str, set[str]] = defaultdict(set)
        self.words: Counter[str] = Counter()  # surface words, for typo correction

    def __len__(self) -> int:
        return len(self.docs)

    def add(self, fact: Fact, entities: Iterable[str]) -> None:
        """Index one fact (replacing an older version of it) under its resolved entities."""
        self.remove(fact.id)
        words = fact_search_text(fact)
        stems = [self.term(w) for w in words]
        doc = Doc(
            fact=fact,
            stems=frozenset(stems),
            text=" ".join(dict.fromkeys(stems)),
            entities=frozenset(entities),
            topics=frozenset(fact.topics),
            words=frozenset(words),
        )
        self.docs[fact.id] = doc
        for s in doc.stems:
            self.postings[s].add(fact.id)
        for label in doc.labels:
            self.label_postings[label].add(fact.id)
        self.words.update(doc.words)

    def remove(self, fact_id: str) -> None:
        """Forget a fact, if it is indexed."""
        doc = self.docs.pop(fact_id, None)
        if doc is None:
            return
        for s in doc.stems:
            posting = self.postings.get(s)
            if posting is not None:
                posting.discard(fact_id)
                if not posting:
                    del self.postings[s]
        for label in doc.labels:
            posting = self.label_postings.get(label)
            if posting is not None:
                posting.discard(fact_id)
                if not posting:
                    del self.label_postings[label]
        self.words.subtract(doc.words)
        for word in doc.words:
            if self.words[word] <= 0:
                del self.words[word]

    def term(self, word: str) -> str:
        """The search term of a folded word: its stem, or its synonym group."""
        word_stem = stem(word)
        return self.synonyms.get(word_stem, word_stem)

    def knows(self, word: str) -> bool:
        """Whether a folded word (or a synonym of it) occurs in some fact."""
        return self.term(word) in self.postings

    def idf(self, term: str) -> float:
        """Inverse document frequency; unseen terms weigh the most."""
        df = len(self.postings.get(term, ()))
        return math.log(1 + (len(self.docs) - df + 0.5) / (df + 0.5))

    def covers(self, entity: str) -> bool:
        """Whether any fact is about this entity."""
        return bool(self.label_postings.get(entity))

    def about(self, label: str) -> set[str]:
        """Ids of the facts about an entity id, or a topic id given as ``topic:<id>``."""
        return self.label_postings.get(label, set())
