"""Ranking facts against a question: entity rules, lexical coverage, topics and a fuzzy re-rank.

Scores run from 0 to 100; :mod:`knowledge.answering` turns them into an outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process, utils

from knowledge.facts import Fact
from knowledge.language.question import Question
from knowledge.outcomes import Detail
from knowledge.search.index import TOPIC, Doc, Index

RERANK = 60  # facts compared with rapidfuzz per question, after the postings pre-score
TIE_BREAK = 0.05  # how far literal words move facts that all fit a names-only question
UNKNOWN = 0.3  # weight of a question word that no fact uses, relative to its idf
CARRIED = 0.5  # weight of a word carried over from the previous question of a follow-up
PREVIOUS = 8.0  # points for the fact the previous answer cited, in a follow-up on it
AVOID = 30.0  # points off that fact when the follow-up asks beyond it ("why?", "more")
ONWARD = 25.0  # points for the facts beside that fact, for a follow-up on its subject...
ONWARD_STEP = 0.25  # ...less by this share for each sentence further on: the next comes first
NEXT = 80.0  # more for the very next sentence after a bare "why?": the reason follows a claim
TIED = 0.5  # points within which two facts' scores are a tie that focus() breaks


@dataclass(frozen=True)
class Weights:
    """How much each signal counts; signals a question does not carry drop out."""

    lexical: float = 0.60
    topics: float = 0.15
    fuzzy: float = 0.25
    # A fact about only some of the entities a question names loses up to this share.
    entities: float = 0.5


_NONE = np.zeros(0, np.float32)  # a part the question does not have


@dataclass(frozen=True)
class _Parts:
    """Per-document sums from the postings (arrays as long as the index)."""

    lexical: np.ndarray
    total_idf: float
    topical: np.ndarray
    named: np.ndarray
    allowed: np.ndarray
    onward: np.ndarray  # numbers of the facts beside a follow-up's previous fact


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
        weights: Weights | None = None,
    ) -> None:
        self.index = index
        self.weights = weights or Weights()

    def _fuzzy(self, text: str, candidates: np.ndarray) -> np.ndarray:
        """rapidfuzz token_set_ratio (0–1) of the question's stems against each candidate's."""
        texts = [self.index.doc(n).text for n in candidates.tolist()]
        ratios = process.cdist(
            [text], texts, scorer=fuzz.token_set_ratio, processor=None, dtype=np.float32
        )
        shares: np.ndarray = ratios[0] / 100
        return shares

    def score(self, question: Question) -> list[Scored]:
        """The best candidate facts with their scores, best first.

        Postings give every candidate its lexical, topic and entity parts at once (numpy);
        the rapidfuzz comparison, which can lift a fact by at most its weight, is computed
        only for the ``RERANK`` facts with the best other parts.
        """
        if not len(self.index.numbers):
            return []
        parts = self._parts(question)
        candidates = np.flatnonzero(parts.allowed)
        if not len(candidates):
            return []
        base, factor, weight_sum = self._base(question, parts, candidates)
        if len(candidates) > RERANK:
            best = np.argpartition(-(base * factor), RERANK)[:RERANK]
            if len(parts.onward):
                best = np.union1d(best, np.flatnonzero(np.isin(candidates, parts.onward)))
            candidates, base, factor = candidates[best], base[best], factor[best]
        if question.terms or question.carried:
            base += self.weights.fuzzy / weight_sum * self._fuzzy(question.stems, candidates)
        elif not weight_sum and question.stems:
            # Only names ("Кремль и Баку"): every fact about them fits, and the facts that
            # use the very words asked come first.
            base -= TIE_BREAK * (1 - self._fuzzy(question.stems, candidates))
        scores = 100 * base * factor
        self._previous(question, candidates, scores, parts.onward)
        order = np.lexsort((candidates, -scores))
        return [
            Scored(self.index.doc(n), s)
            for n, s in zip(candidates[order].tolist(), scores[order].tolist(), strict=True)
        ]

    def _parts(self, question: Question) -> _Parts:
        """Every document's lexical, topic and entity sums, from the postings."""
        index, size = self.index, len(self.index.numbers)
        # A word no fact uses still counts against coverage, at reduced weight: it may be
        # off-topic, or just phrasing ("получила", "role") the facts word differently.
        idf = {t: index.idf(t) * (1.0 if index.df[t] > 0 else UNKNOWN) for t in question.terms}
        for term in question.carried:
            # Words carried over from the chat's previous question count for less.
            idf.setdefault(term, CARRIED * index.idf(term) * (index.df[term] > 0))
        lexical = np.zeros(size, np.float32)
        for term, weight in idf.items():
            lexical[index.postings(term)] += weight
        topical = named = _NONE
        if question.topics:
            topical = np.zeros(size, np.float32)
            for topic in question.topics:
                topical[index.label_postings(TOPIC + topic.id)] += 1
        if question.entities:
            named = np.zeros(size, np.float32)
            for entity in question.entity_ids:
                named[index.label_postings(entity)] += 1
            allowed = index.alive & (named > 0)
        elif question.topics:
            allowed = index.alive & ((lexical > 0) | (topical > 0))
        else:
            allowed = index.alive & (lexical > 0)
        onward = self._onward(question)
        if len(onward):
            allowed[onward] = True
        return _Parts(lexical, sum(idf.values()), topical, named, allowed, onward)

    def _base(
        self, question: Question, parts: _Parts, candidates: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, float]:
        """The candidates' weighted score before the fuzzy re-rank, the entity factor, and
        the sum of the weights that apply."""
        weights = self.weights
        base = np.zeros(len(candidates), np.float32)
        weight_sum = 0.0
        if parts.total_idf:
            base += weights.lexical * parts.lexical[candidates] / parts.total_idf
            weight_sum += weights.lexical
        if question.topics:
            base += weights.topics * parts.topical[candidates] / len(question.topics)
            weight_sum += weights.topics
        if question.terms or question.carried:
            weight_sum += weights.fuzzy
        base = base / weight_sum if weight_sum else np.ones(len(candidates), np.float32)
        factor = np.ones(len(candidates), np.float32)
        if question.entities:
            share = parts.named[candidates] / len(question.entities)
            factor -= weights.entities * (1 - share)
        return base, factor, weight_sum

    def _previous(
        self, question: Question, candidates: np.ndarray, scores: np.ndarray, onward: np.ndarray
    ) -> None:
        """A follow-up's previous fact: kept for a detail of it, passed over beyond it; the
        facts beside it come first."""
        index = self.index
        if question.previous_fact in index.docs and question.previous_weight:
            previous = candidates == index.docs[question.previous_fact].number
            scores[previous] += PREVIOUS if question.previous_weight > 0 else -AVOID
        bare_why = (
            question.asks == Detail.REASON and not question.terms and question.previous_weight < 0
        )
        for place, number in enumerate(onward.tolist()):
            bonus = ONWARD * max(0.0, 1 - ONWARD_STEP * place) + (
                NEXT if bare_why and not place else 0
            )
            scores[candidates == number] += bonus

    def _onward(self, question: Question) -> np.ndarray:
        """Document numbers of the facts beside a follow-up's previous fact."""
        docs = self.index.docs
        return np.array([docs[i].number for i in question.onward if i in docs], np.int64)


def focus(terms: frozenset[str], fields: tuple[frozenset[str], ...]) -> float:
    """How directly one field of a fact (its statement, quote or one example question) says
    what the question asks: the best Dice overlap of the question's terms with a field's.
    Scores saturate when a fact's text as a whole holds every word asked; this tells apart
    the fact that says it in one place from one whose many fields happen to cover it.

    >>> focus(frozenset({"sign", "agreement"}), (frozenset({"sign", "agreement", "new"}),))
    0.8
    """
    if not terms:
        return 0.0
    return max((2 * len(terms & f) / (len(terms) + len(f)) for f in fields), default=0.0)


def break_ties(
    ranked: list[tuple[Scored, Fact]], focus_of: Callable[[Fact], float]
) -> list[tuple[Scored, Fact]]:
    """The ranking with facts of the same score (within ``TIED``) ordered by *focus_of*,
    the most direct first; scores, and so outcomes, stay as they are."""
    ordered: list[tuple[Scored, Fact]] = []
    start = 0
    while start < len(ranked):
        end = start + 1
        while end < len(ranked) and ranked[start][0].score - ranked[end][0].score <= TIED:
            end += 1
        group = ranked[start:end]
        ordered += sorted(group, key=lambda item: -focus_of(item[1])) if len(group) > 1 else group
        start = end
    return ordered


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
