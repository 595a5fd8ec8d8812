"""Ranking facts against a question: entity rules, lexical coverage, topics and a fuzzy re-rank.

Scores run from 0 to 100; :mod:`knowledge.answering` turns them into an outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process, utils

from knowledge.facts import Fact
from knowledge.language.question import Question
from knowledge.outcomes import Detail
from knowledge.search.index import TOPIC, Doc, Index

RERANK = 60  # facts compared with rapidfuzz per question, after the postings pre-score
TEXT_CACHE = 20_000  # re-rank candidates whose joined terms are kept between questions
TIE_BREAK = 0.05  # how far literal words move facts that all fit a names-only question
UNKNOWN = 0.3  # weight of a question word that no fact uses, relative to its idf
MODAL = 0.5  # weight of a word of wanting beside the words of what is wanted (Question.modal)
CARRIED = 0.5  # weight of a word carried over from the previous question of a follow-up
PREVIOUS = 8.0  # points for the fact the previous answer cited, in a follow-up on it
AVOID = 30.0  # points off that fact when the follow-up asks beyond it ("why?", "more")
ONWARD = 25.0  # points for the facts beside that fact, for a follow-up on its subject...
ONWARD_STEP = 0.25  # ...less by this share for each sentence further on: the next comes first
NEXT = 80.0  # more for the very next sentence after a bare "why?" or "what came of it?"
MERGE_SHARE = 8  # postings below 1/8 of the index are merged, above it marked in a mask
# The best are sought in the postings below 1/64 of the index, then below 1/8, else in all.
PRUNE_SHARES = (64, 8)
LONG_SHARE = 64  # a word's postings over 1/64 of the index are read from its bitmap
PAIRED_FROM = 10 * RERANK  # taken postings of more facts are first paired (Matcher._paired)
DENSE_SHARE = 8  # candidates over 1/8 of the index (more than pruning keeps) summed densely
BOUND_SLACK = 1e-3  # relative room between a pruning bound and the float32 scores it bounds
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
    """The candidates a question selects, and their sums from the postings (one entry per
    candidate)."""

    candidates: np.ndarray  # document numbers, ascending
    lexical: np.ndarray
    total_idf: float
    topical: np.ndarray
    named: np.ndarray
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
        self._texts: dict[int, str] = {}  # joined terms by document number...
        self._texts_generation = -1  # ...while the index stays as it was

    def _texts_of(self, numbers: list[int]) -> list[str]:
        """Candidates' joined terms: the same facts come up question after question, so
        the few thousand most recent are kept; the others are joined all at once."""
        if self._texts_generation != self.index.generation or len(self._texts) > TEXT_CACHE:
            self._texts.clear()
            self._texts_generation = self.index.generation
        texts = self._texts
        missing = [n for n in numbers if n not in texts]
        if missing:
            texts.update(zip(missing, self.index.joined_terms(missing), strict=True))
        return [texts[n] for n in numbers]

    def _fuzzy(self, text: str, candidates: np.ndarray) -> np.ndarray:
        """rapidfuzz token_set_ratio (0–1) of the question's stems against each candidate's."""
        texts = self._texts_of(candidates.tolist())
        ratios = process.cdist(
            [text], texts, scorer=fuzz.token_set_ratio, processor=None, dtype=np.float32
        )
        shares: np.ndarray = ratios[0] / 100
        return shares

    def use_any(self, numbers: np.ndarray, terms: Iterable[str]) -> bool:
        """Whether any of the facts *numbers* (ascending) holds any of *terms*: a look per
        fact, not a pass over postings that may hold most of a million facts."""
        members = _Members(numbers, len(self.index.numbers), self.index.bitmap)
        lists = [_Postings(self.index.postings(term), 1.0, term) for term in terms]
        return bool(members.any_of(lists).any())

    def score(self, question: Question) -> list[Scored]:
        """The best candidate facts with their scores, best first.

        Postings give every candidate its lexical, topic and entity parts at once (numpy);
        the rapidfuzz comparison, which can lift a fact by at most its weight, is computed
        only for the ``RERANK`` facts with the best other parts.
        """
        if not len(self.index.numbers):
            return []
        parts = self._parts(question)
        candidates = parts.candidates
        if not len(candidates):
            return []
        base, factor, weight_sum = self._base(question, parts)
        if len(candidates) > RERANK:
            best = _best(base * factor, RERANK)
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
        """The facts the question's names (or else its words and topics) select, with their
        lexical, topic and entity sums: work in proportion to the postings read, not to
        the size of the index, and where a few rare postings decide the best facts, to
        those alone (see :meth:`_pruned`)."""
        index = self.index
        # A word no fact uses still counts against coverage, at reduced weight: it may be
        # off-topic, or just phrasing ("получила", "role") the facts word differently.
        idf = {
            t: index.idf(t)
            * (1.0 if index.df[t] > 0 else UNKNOWN)
            * (MODAL if t in question.modal else 1.0)
            for t in question.terms
        }
        idf.update(self._carried(question, idf))
        words = [_Postings(index.postings(term), weight, term) for term, weight in idf.items()]
        topics = [_Postings(index.label_postings(TOPIC + t.id), 1.0) for t in question.topics]
        names = [_Postings(index.label_postings(e), 1.0) for e in question.entity_ids]
        lists = _Lists(words, sum(idf.values()), topics, names, self._onward(question))
        pruned = self._pruned(question, lists)
        if pruned is not None:
            return pruned
        selecting = names if question.entities else words + topics
        selected = self._selected([postings.found for postings in selecting], lists.onward)
        return self._summed(question, lists, selected)

    def _carried(self, question: Question, own: dict[str, float]) -> dict[str, float]:
        """The weights of the words carried over from the chat's previous question: each
        counts for less than a word of the follow-up's own, and all of them together for
        no more than CARRIED of its own words (three words of the drones assembled there
        do not outweigh "what will Azerbaijan turn into?")."""
        index = self.index
        carried = {
            term: CARRIED * index.idf(term) * (index.df[term] > 0)
            for term in question.carried
            if term not in own
        }
        own_total, carried_total = sum(own.values()), sum(carried.values())
        if own_total and carried_total > CARRIED * own_total:
            scale = CARRIED * own_total / carried_total
            carried = {term: weight * scale for term, weight in carried.items()}
        return carried

    def _summed(self, question: Question, lists: _Lists, candidates: np.ndarray) -> _Parts:
        """*candidates* with their sums of the question's postings."""
        members = _Members(candidates, len(self.index.numbers), self.index.bitmap)
        return _Parts(
            candidates,
            members.sums(lists.words),
            lists.total_idf,
            members.sums(lists.topics) if question.topics else _NONE,
            members.sums(lists.names) if question.entities else _NONE,
            lists.onward,
        )

    def _pruned(self, question: Question, lists: _Lists) -> _Parts | None:
        """The parts of fewer candidates that hold the same ``RERANK`` best, or None.

        Without names, the score before the re-rank is a sum: each word's or topic's
        postings add its share to the facts in them. The postings with the largest shares
        are taken, as many as stay few against the index (``PRUNE_SHARES``); when
        ``RERANK`` facts in them score above what all the other postings together could
        give, no other fact can be among the best (MaxScore). Taking fewer postings could
        only leave fewer such facts, so one try per bound tells. A question naming two rare
        parties and two common words then scores a thousand facts, not a quarter of the
        index; one naming two frequent parties, the tenth of it where either is.

        With names of the briefing, only the facts with one of them are scored, and the
        sum is multiplied by the share of the names a fact has (at most 1): the same bound
        holds for the facts with a name in the postings taken. That is worth it where
        the names are in many facts (``LONG_SHARE``)."""
        weight_sum = self._weight_sum(question, lists.total_idf)
        named = sum(len(p.found) for p in lists.names)
        if not weight_sum or (question.entities and named * LONG_SHARE < len(self.index.numbers)):
            return None
        weights, size = self.weights, len(self.index.numbers)
        # Words no fact uses, carried over from the previous question, may weigh nothing.
        lexical = weights.lexical / lists.total_idf / weight_sum if lists.total_idf else 0.0
        shares = [(postings, lexical * postings.weight) for postings in lists.words] + [
            (p, weights.topics / len(lists.topics) / weight_sum) for p in lists.topics
        ]
        shares = sorted(
            ((p, s) for p, s in shares if len(p.found)), key=lambda i: (-i[1], len(i[0].found))
        )
        tried = 0
        for bound in PRUNE_SHARES:
            taken, total = 0, 0
            for postings, _ in shares[:-1]:  # all of them would leave nothing out
                if (total + len(postings.found)) * bound >= size:
                    break
                taken, total = taken + 1, total + len(postings.found)
            if taken > tried:
                tried = taken
                parts = self._within(question, lists, shares, taken)
                if parts is not None:
                    return parts
        return None

    def _within(
        self,
        question: Question,
        lists: _Lists,
        shares: list[tuple[_Postings, float]],
        taken: int,
    ) -> _Parts | None:
        """The parts of the facts in the first *taken* postings of *shares*, when they
        hold the ``RERANK`` best (see :meth:`_pruned`), else None."""
        rest = sum(share for _, share in shares[taken:])
        found = [p.found for p, _ in shares[:taken]]
        if question.entities:  # of those, the facts with a name asked
            members = [_Members(f, len(self.index.numbers), self.index.bitmap) for f in found]
            found = [f[m.any_of(lists.names)] for f, m in zip(found, members, strict=True)]
        elif sum(map(len, found)) > PAIRED_FROM:
            parts = self._paired(question, lists, shares[:taken], shares[taken:])
            if parts is not None:
                return parts
        candidates = self._selected(found, lists.onward)
        return self._above(question, lists, candidates, rest)

    def _paired(
        self,
        question: Question,
        lists: _Lists,
        taken: list[tuple[_Postings, float]],
        beyond: list[tuple[_Postings, float]],
    ) -> _Parts | None:
        """The parts of fewer facts than all in the *taken* postings, when they hold the
        ``RERANK`` best, else None: those in a short list (``RERANK`` facts at most), in
        two longer ones, or in one and the first list *beyond*. Any other fact is in one
        longer list alone (scoring at most its share and those beyond the first) or in
        none (those beyond). Where two frequent parties are asked about with a common word
        ("Varnostan and Keldoria ... border"), a few thousand facts are scored, not the
        tenth of the index naming either; where two rare ones are, a hundred, not the
        thousand naming either."""
        if not beyond:
            return None
        size = len(self.index.numbers)
        short = [p.found for p, _ in taken if len(p.found) <= RERANK]
        long = sorted(
            (item for item in taken if len(item[0].found) > RERANK),
            key=lambda item: len(item[0].found),
        )
        paired = [p for p, _ in long] + [beyond[0][0]]
        found = []
        for place, (postings, _) in enumerate(long):
            members = _Members(postings.found, size, self.index.bitmap)
            found += [postings.found[members.of(other)] for other in paired[place + 1 :]]
        rest = sum(share for _, share in beyond)
        alone = max((share for _, share in long), default=0.0) + rest - beyond[0][1]
        candidates = self._selected(short + found, lists.onward)
        return self._above(question, lists, candidates, max(rest, alone))

    def _above(
        self, question: Question, lists: _Lists, candidates: np.ndarray, bound: float
    ) -> _Parts | None:
        """The parts of *candidates* when ``RERANK`` of them score above *bound*, the most
        any other fact could score, else None."""
        if len(candidates) <= RERANK:
            return None
        parts = self._summed(question, lists, candidates)
        base, factor, _ = self._base(question, parts)
        if np.partition(base * factor, -RERANK)[-RERANK] > bound * (1 + BOUND_SLACK):
            return parts
        return None

    def _selected(self, postings: list[np.ndarray], onward: np.ndarray) -> np.ndarray:
        """The live document numbers in any of *postings* (each ascending), and *onward*'s,
        ascending: merged when the postings are few against the index, else marked."""
        alive, size = self.index.alive, len(self.index.numbers)
        total = sum(len(found) for found in postings)
        if len(postings) == 1:
            found = postings[0]
        elif total * MERGE_SHARE < size:
            found = _distinct(np.concatenate([*postings, np.empty(0, np.int32)]))
        else:
            marked = np.zeros(size, dtype=bool)
            for numbers in postings:
                marked[numbers] = True
            found = np.flatnonzero(marked)
        if len(self.index) < size:  # some fact was replaced or deleted
            found = found[alive[found]]
        found = found.astype(np.int64)
        return _distinct(np.concatenate([found, onward])) if len(onward) else found

    def _weight_sum(self, question: Question, total_idf: float) -> float:
        """The sum of the weights of the signals the question carries."""
        weights = self.weights
        weight_sum = 0.0
        if total_idf:
            weight_sum += weights.lexical
        if question.topics:
            weight_sum += weights.topics
        if question.terms or question.carried:
            weight_sum += weights.fuzzy
        return weight_sum

    def _base(self, question: Question, parts: _Parts) -> tuple[np.ndarray, np.ndarray, float]:
        """The candidates' weighted score before the fuzzy re-rank, the entity factor, and
        the sum of the weights that apply."""
        weights, candidates = self.weights, parts.candidates
        base = np.zeros(len(candidates), np.float32)
        if parts.total_idf:
            base += weights.lexical * parts.lexical / parts.total_idf
        if question.topics:
            base += weights.topics * parts.topical / len(question.topics)
        weight_sum = self._weight_sum(question, parts.total_idf)
        base = base / weight_sum if weight_sum else np.ones(len(candidates), np.float32)
        factor = np.ones(len(candidates), np.float32)
        if question.entities:
            share = parts.named / len(question.entities)
            factor -= weights.entities * (1 - share)
        return base, factor, weight_sum

    def _previous(
        self, question: Question, candidates: np.ndarray, scores: np.ndarray, onward: np.ndarray
    ) -> None:
        """A follow-up's previous fact: kept for a detail of it, passed over beyond it; the
        facts beside it come first."""
        index = self.index
        number = index.number_of.get(question.previous_fact or "")
        if number is not None and question.previous_weight:
            previous = candidates == number
            scores[previous] += PREVIOUS if question.previous_weight > 0 else -AVOID
        bare = (  # "why?", "what will that lead to?", "tell me more": what the article says next
            question.asks in (Detail.REASON, Detail.RESULT, None)
            and not question.terms
            and question.previous_weight < 0
            and not question.entity_ids - question.previous_entities
        )
        for place, number in enumerate(onward.tolist()):
            bonus = ONWARD * max(0.0, 1 - ONWARD_STEP * place) + (NEXT if bare and not place else 0)
            scores[candidates == number] += bonus

    def _onward(self, question: Question) -> np.ndarray:
        """Document numbers of the facts beside a follow-up's previous fact."""
        number_of = self.index.number_of
        return np.array([number_of[i] for i in question.onward if i in number_of], np.int64)


class _Postings(NamedTuple):
    """The facts of one word, topic or name, and the weight it adds to each."""

    found: np.ndarray  # document numbers, ascending (dead ones included)
    weight: float
    term: str | None = None  # a word's term: a long list may be read from its bitmap


@dataclass(frozen=True)
class _Lists:
    """A question's postings with their weights: words (by idf), topics and names."""

    words: list[_Postings]
    total_idf: float
    topics: list[_Postings]
    names: list[_Postings]
    onward: np.ndarray


class _Members:
    """Which candidates each posting list holds. A long list (over ``1/LONG_SHARE`` of
    the index) is read from its term's bitmap, one look per candidate; otherwise the
    shorter of the two is searched for in the other. Either way the work is in proportion
    to the candidates, and few scattered reads: after other work has filled the caches
    (the bench asks FTS5 in between), a binary search in a long list costs four times as
    much as a look in its bitmap."""

    def __init__(
        self, candidates: np.ndarray, size: int, bitmap: Callable[[str], np.ndarray]
    ) -> None:
        self._keys = candidates.astype(np.int32)  # the postings' type: no converted copies
        self._size = size
        self._bitmap = bitmap

    def of(self, postings: _Postings) -> np.ndarray:
        """A mask over the candidates: those that *postings* holds."""
        keys, found = self._keys, postings.found
        if not len(found) or not len(keys):
            return np.zeros(len(keys), dtype=bool)
        if postings.term is not None and len(found) * LONG_SHARE >= self._size:
            bits = self._bitmap(postings.term)
            held: np.ndarray = ((bits[keys >> 3] >> (keys & 7)) & 1).astype(bool)
            return held
        if len(found) > len(keys):
            places = np.minimum(np.searchsorted(found, keys), len(found) - 1)
            held = found[places] == keys
            return held
        places = np.minimum(np.searchsorted(keys, found), len(keys) - 1)
        held = np.zeros(len(keys), dtype=bool)
        held[places[keys[places] == found]] = True
        return held

    def any_of(self, lists: list[_Postings]) -> np.ndarray:
        """A mask over the candidates: those that any of *lists* holds."""
        held = np.zeros(len(self._keys), dtype=bool)
        for postings in lists:
            held |= self.of(postings)
        return held

    def sums(self, lists: list[_Postings]) -> np.ndarray:
        """Each candidate's sum of the weights of the postings it is in: float32, added in
        the postings' order, so a fact's sum is the same whichever others are scored.
        Candidates that are a good share of the index (``DENSE_SHARE``) are summed in one
        table-long array, each posting list added at once."""
        if len(self._keys) * DENSE_SHARE >= self._size:
            table = np.zeros(self._size, np.float32)  # untouched pages stay unmapped
            for postings in lists:
                table[postings.found] += postings.weight
            summed: np.ndarray = table[self._keys]
            return summed
        sums = np.zeros(len(self._keys), np.float32)
        for postings in lists:
            # Adding 0 leaves a sum as it is: the same sums as adding where the mask holds,
            # and numpy's masked add costs fifteen times as much.
            sums += np.float32(postings.weight) * self.of(postings)
        return sums


def _best(scores: np.ndarray, count: int) -> np.ndarray:
    """Positions of the *count* highest scores, of tied ones the first: the same facts
    whichever others are scored beside them (see ``Matcher._pruned``)."""
    kth = np.partition(scores, -count)[-count]
    above = np.flatnonzero(scores > kth)
    tied = np.flatnonzero(scores == kth)[: count - len(above)]
    return np.concatenate([above, tied])


def _distinct(numbers: np.ndarray) -> np.ndarray:
    """*numbers* ascending without repeats (a stable sort merges their ascending runs)."""
    ordered = np.sort(numbers, kind="stable")
    if len(ordered) < 2:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


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
    scored: list[Scored],
    limit: int,
    fact_of: Callable[[str], Fact | None],
    prefer: Callable[[Fact], float] | None = None,
) -> list[tuple[Scored, Fact]]:
    """The best *limit* results with their facts, near-duplicates dropped (same quote or
    nearly the same statement as a better one). Of two tied for their place, the one
    *prefer* rates higher stays: facts citing one sentence for different claims ("trained
    in China's academies", "Chinese instructors in Azerbaijan's centres") tie on their
    shared quote, and the claim asked about should stand for it."""
    kept: list[tuple[Scored, Fact]] = []
    for item in scored:
        fact = fact_of(item.doc.id)
        if fact is None:
            continue
        twin = next((n for n, (_, k) in enumerate(kept) if _duplicate(k, fact)), None)
        if twin is not None:
            other_score, other = kept[twin]
            tied = other_score.score - item.score <= TIED
            if prefer is not None and tied and prefer(fact) > prefer(other):
                kept[twin] = (replace(item, score=other_score.score), fact)
            continue
        kept.append((item, fact))
        if len(kept) >= limit:
            break
    return kept


def _duplicate(kept: Fact, fact: Fact) -> bool:
    """Whether *fact* repeats a fact already kept: the same quote, or nearly the same
    statement."""
    return (
        kept.quote == fact.quote
        or fuzz.ratio(kept.statement, fact.statement, processor=utils.default_process) >= 90
    )
