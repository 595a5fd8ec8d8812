"""Scoring facts against a question: entity rules, lexical coverage, topics and a fuzzy re-rank.

Scores run from 0 to 100. Three bands decide the outcome (see ``Thresholds``); their values
were tuned on the development questions plus the paraphrase set in ``tests/data`` and are
explained in the README ("How matching works").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process, utils
from rapidfuzz.distance import OSA

from knowledge.facts import Fact
from knowledge.index import TOPIC, Doc, Index
from knowledge.text import STOP_WORDS, fold_token, stem
from knowledge.vocabulary import Concept, Vocabulary

RERANK = 100  # facts compared with rapidfuzz per question, after the postings pre-score
TIE_BREAK = 0.05  # how far literal words move facts that all fit a names-only question
UNKNOWN = 0.75  # weight of a question word that no fact uses, relative to its idf


@dataclass(frozen=True)
class Thresholds:
    """Score bands: answer at or above ``answer``; suggest between; abstain below ``suggest``."""

    answer: float = 50.0
    suggest: float = 30.0
    # Further results must be this close to the best one to be shown beside it.
    margin: float = 20.0


@dataclass(frozen=True)
class Weights:
    """How much each signal counts; signals a question does not carry drop out."""

    lexical: float = 0.60
    topics: float = 0.25
    fuzzy: float = 0.15
    # A fact about only some of the entities a question names loses up to this share.
    entities: float = 0.5


@dataclass(frozen=True)
class Analysis:
    """A question taken apart: the concepts it names and the words left to match."""

    lang: str
    entities: tuple[Concept, ...]
    topics: tuple[Concept, ...]
    uncovered: tuple[Concept, ...]
    terms: tuple[str, ...]  # stems of the words that are not entity names
    text: str  # all content stems, for the fuzzy re-rank


@dataclass(frozen=True)
class Scored:
    """A fact with its score."""

    doc: Doc
    score: float


class Matcher:
    """Finds the facts that answer a question."""

    def __init__(
        self,
        index: Index,
        vocabulary: Vocabulary,
        thresholds: Thresholds | None = None,
        weights: Weights | None = None,
    ) -> None:
        self.index = index
        self.vocabulary = vocabulary
        self.thresholds = thresholds or Thresholds()
        self.weights = weights or Weights()
        self._vocabulary: tuple[int, list[str]] = (-1, [])

    def analyse(self, raw_tokens: list[str], lang: str) -> Analysis:
        """Find named concepts and the remaining content terms of a tokenised question."""
        mentions = self.vocabulary.find(raw_tokens, self.index.knows)
        entity_spans = [m for m in mentions if not m.concept.is_topic]
        entities: dict[str, Concept] = {}
        uncovered: dict[str, Concept] = {}
        for mention in entity_spans:
            target = entities if self.index.covers(mention.concept.id) else uncovered
            target[mention.concept.id] = mention.concept
        topics = {m.concept.id: m.concept for m in mentions if m.concept.is_topic}
        in_entity = {i for m in entity_spans for i in range(m.start, m.end)}
        folded = [fold_token(t) for t in raw_tokens]
        terms = [
            self._correct(word)
            for position, word in enumerate(folded)
            if position not in in_entity
            and word not in STOP_WORDS
            and (len(word) > 1 or word.isdigit())
        ]
        all_stems = [self.index.term(w) for w in folded if w not in STOP_WORDS]
        return Analysis(
            lang=lang,
            entities=tuple(entities.values()),
            topics=tuple(topics.values()),
            uncovered=tuple(uncovered.values()),
            terms=tuple(dict.fromkeys(terms)),
            text=" ".join(all_stems),
        )

    def _correct(self, word: str) -> str:
        """The term of *word*, or of the knowledge's word it is a misspelling of."""
        term = self.index.term(word)
        # Ordinary words: one slip in six letters or more, else it is likely another word
        # ("tanks" is not a misspelt "talks").
        budget = 1 if len(word) >= 6 else 0
        if self.index.df[term] > 0 or not budget or word.isdigit():
            return term
        if self._vocabulary[0] != self.index.generation:
            self._vocabulary = (self.index.generation, self.index.vocabulary())
        found = process.extractOne(
            stem(word), self._vocabulary[1], scorer=OSA.distance, score_cutoff=budget
        )
        return self.index.synonyms.get(found[0], found[0]) if found else term

    def _fuzzy(self, text: str, candidates: np.ndarray) -> np.ndarray:
        """rapidfuzz token_set_ratio (0–1) of the question's stems against each candidate's."""
        return np.fromiter(
            (
                fuzz.token_set_ratio(text, self.index.doc(n).text, processor=None) / 100
                for n in candidates.tolist()
            ),
            np.float32,
            len(candidates),
        )

    def score(self, analysis: Analysis) -> list[Scored]:
        """The best candidate facts with their scores, best first.

        Postings give every candidate its lexical, topic and entity parts at once (numpy);
        the rapidfuzz comparison, which can lift a fact by at most its weight, is computed
        only for the ``RERANK`` facts with the best other parts.
        """
        index, weights = self.index, self.weights
        size = len(index.numbers)
        if not size:
            return []
        wanted = {c.id for c in analysis.entities}
        topic_ids = {c.id for c in analysis.topics}
        # A word no fact uses still counts against coverage, at reduced weight: it may be
        # off-topic, or just phrasing ("получила", "role") the facts word differently.
        idf = {t: index.idf(t) * (1.0 if index.df[t] > 0 else UNKNOWN) for t in analysis.terms}
        total_idf = sum(idf.values())
        lexical = np.zeros(size, np.float32)
        for term, weight in idf.items():
            lexical[index.postings(term)] += weight
        topical = np.zeros(size, np.float32)
        for topic in topic_ids:
            topical[index.label_postings(TOPIC + topic)] += 1
        if wanted:
            named = np.zeros(size, np.float32)
            for entity in wanted:
                named[index.label_postings(entity)] += 1
            allowed = index.alive & (named > 0)
        else:
            allowed = index.alive & ((lexical > 0) | (topical > 0))
        candidates = np.flatnonzero(allowed)
        if not len(candidates):
            return []
        base = np.zeros(len(candidates), np.float32)
        weight_sum = 0.0
        if total_idf:
            base += weights.lexical * lexical[candidates] / total_idf
            weight_sum += weights.lexical
        if topic_ids:
            base += weights.topics * topical[candidates] / len(topic_ids)
            weight_sum += weights.topics
        if analysis.terms:
            weight_sum += weights.fuzzy
        base = base / weight_sum if weight_sum else np.ones(len(candidates), np.float32)
        factor = np.ones(len(candidates), np.float32)
        if wanted:
            factor -= weights.entities * (1 - named[candidates] / len(wanted))
        if len(candidates) > RERANK:
            best = np.argpartition(-(base * factor), RERANK)[:RERANK]
            candidates, base, factor = candidates[best], base[best], factor[best]
        if analysis.terms:
            base += weights.fuzzy / weight_sum * self._fuzzy(analysis.text, candidates)
        elif not weight_sum and analysis.text:
            # Only names ("Кремль и Баку"): every fact about them fits, and the facts that
            # use the very words asked come first.
            base -= TIE_BREAK * (1 - self._fuzzy(analysis.text, candidates))
        scores = 100 * base * factor
        order = np.lexsort((candidates, -scores))
        return [
            Scored(index.doc(n), s)
            for n, s in zip(candidates[order].tolist(), scores[order].tolist(), strict=True)
        ]


def collapse(
    scored: list[Scored], limit: int, fact_of: Callable[[str], Fact | None]
) -> list[tuple[Scored, Fact]]:
    """The best *limit* results with their facts, near-duplicates dropped (same quote or
    nearly the same statement as a better one)."""
    kept: list[tuple[Scored, Fact]] = []
    for item in scored:
        fact = fact_of(item.doc.id)
        if fact is None or any(
            k.quote == fact.quote
            or fuzz.ratio(k.statement, fact.statement, processor=utils.default_process) >= 90
            for _, k in kept
        ):
            continue
        kept.append((item, fact))
        if len(kept) >= limit:
            break
    return kept
