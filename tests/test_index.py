"""The inverted index: incremental adds, replacements and deletions, and what the engine sees."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge import answering
from knowledge.facts import Fact
from knowledge.language.names import Concept
from knowledge.language.question import Question
from knowledge.language.words import content_tokens
from knowledge.search.index import Index
from knowledge.search.scoring import RERANK, Matcher
from knowledge.service import Knowledge


def _fact(fact_id: str, statement: str, topics: tuple[str, ...] = ()) -> Fact:
    return Fact(
        id=fact_id,
        statement=statement,
        quote=statement,
        source="https://example.org/a",
        topics=topics,
    )


def test_add_replace_and_remove_keep_postings_and_counts_right():
    index = Index(synonyms={})
    index.add(_fact("a", "Zantoria signed a fisheries treaty"), ["zantoria"])
    index.add(_fact("b", "Morvania signed a rail treaty", ("rail",)), ["morvania"])
    assert index.df["sign"] == 2 and index.covers("zantoria") and index.covers("topic:rail")

    index.add(_fact("a", "Zantoria suspended a fisheries treaty"), ["zantoria"])  # replace
    assert index.df["sign"] == 1 and index.df["suspend"] == 1
    assert len(index) == 2 and index.about("zantoria") == ["a"]

    index.remove("b")
    assert index.df["sign"] == 0 and not index.covers("morvania")
    alive = index.alive
    assert [index.numbers[n] for n in index.postings("treati") if alive[n]] == ["a"]


def test_adding_a_fact_indexes_only_that_fact(tmp_path, monkeypatch):
    knowledge = Knowledge.open(tmp_path / "k.db")
    batches: list[int] = []
    original = Index.add_many

    def counting(self, entries):
        entries = list(entries)
        batches.append(len(entries))
        return original(self, entries)

    monkeypatch.setattr(Index, "add_many", counting)
    before = len(knowledge.briefing.index)
    fact = knowledge.curation.add_fact(
        {
            "statement": "Zantoria and Morvania signed a fisheries treaty.",
            "quote": "Zantoria and Morvania signed a fisheries treaty.",
            "source": "https://example.org/zantoria",
            "entities": ["Zantoria", "Morvania"],
        },
        actor=1,
    )
    assert batches == [1]  # one fact indexed, no rebuild
    assert len(knowledge.briefing.index) == before + 1
    answer = knowledge.answering.ask("What did Zantoria sign with Morvania?")
    assert answer.answered and answer.results[0].fact_id == fact.id


def test_deleted_fact_is_never_returned_and_undo_brings_it_back(tmp_path):
    knowledge = Knowledge.open(tmp_path / "k.db")
    question = "What contract did Baykar get from Azerbaijan's defence ministry?"
    first = knowledge.answering.ask(question).results[0].fact_id
    knowledge.curation.delete_fact(first, actor=1)
    assert first not in [r.fact_id for r in knowledge.answering.ask(question).results]
    knowledge.curation.undo(actor=1)
    assert knowledge.answering.ask(question).results[0].fact_id == first


def test_terms_taken_piece_by_piece_are_the_whole_texts_terms():
    index = Index()
    texts = [
        "Cотрудничество Турции — «ЁЖ»!",  # a Latin C inside a Cyrillic word
        "a\u00a0b\u200bc ｆｕｌｌ-width co_operation, 2024. США/Turkey",
        "¨a b¨ signed\u00adan accord",
    ]
    for text in texts:
        fact = _fact("x", text)
        words = [w for w in content_tokens(text) for _ in (0, 1)]  # statement and quote
        assert index.terms_of(fact) == tuple(dict.fromkeys(index.term(w) for w in words))
        assert index.terms_of(fact) == index.terms_of(fact)  # remembered pieces alike


@pytest.mark.parametrize("terms", [["t1"], ["t1", "t2"], ["t0", "t1", "t2", "t3"], []])
def test_the_matcher_selects_exactly_the_live_facts_its_postings_name(terms):
    index = Index(synonyms={})
    index.add_many(
        (f"f{n}", [], (), [f"t{k}" for k in range(4) if n % (k + 2) == 0]) for n in range(400)
    )
    for n in range(0, 400, 7):
        index.remove(f"f{n}")
    index.add_many([("f14", [], (), ["t1", "t3"])])  # a replaced fact: a new number
    matcher = Matcher(index)
    postings = [index.postings(t) for t in terms]
    onward = np.array([index.number_of["f3"]])
    marked = np.zeros(len(index.numbers), dtype=bool)
    for found in postings:
        marked[found] = True
    expected = np.flatnonzero(marked & index.alive)
    for share in (1, 10_000):  # marked in a mask, and merged
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("knowledge.search.scoring.MERGE_SHARE", share)
            assert matcher._selected(postings, np.empty(0, np.int64)).tolist() == expected.tolist()
            with_onward = sorted({*expected.tolist(), *onward.tolist()})
            assert matcher._selected(postings, onward).tolist() == with_onward


def test_facts_terms_joined_at_once_are_each_facts_terms():
    index = Index(synonyms={})
    index.add_many((f"f{n}", [], (), [f"t{k}" for k in range(n % 5)]) for n in range(50))
    index.add_many([("f3", [], (), ["new", "t1"])])  # replaced: a new number, a new term
    numbers = [0, 3, 7, 1, 50, 49, 4]
    expected = [" ".join(index.terms_at(n)) for n in numbers]
    assert index.joined_terms(numbers) == expected
    assert expected[4] == "new t1" and expected[0] == ""


def _asking(*terms: str, onward: tuple[str, ...] = (), names: tuple[str, ...] = ()) -> Question:
    return Question(
        text=" ".join(terms),
        lang="en",
        words=terms,
        smalltalk=None,
        asks=None,
        strict=False,
        compares=None,
        entities=tuple(Concept(name, "country", name, name) for name in names),
        topics=(),
        unknown=(),
        sources=(),
        terms=terms,
        stems=" ".join(terms),
        onward=onward,
    )


@pytest.mark.parametrize(
    "question",
    [
        _asking("name5", "rare7", "common", "usual"),
        _asking("name5", "common"),  # ties among the facts that use only the common word
        _asking("rare3", "name8", "usual", "absent"),
        _asking("name5", "rare7", "common", onward=("f2", "f4")),
        _asking("common", "usual"),  # no rare word: every fact is scored
        # Two frequent words together: the facts with both, or with one and "usual"
        _asking("often3", "seldom3", "usual"),
        _asking("often3", "seldom3", "usual", onward=("f2", "f4")),
        # Rare words of 600 facts in all: those with one and "usual" (the next rarest)
        _asking("rare3", "rare7", "rare9", "usual", "common"),
        # Names of the briefing: only the facts with one are scored, weighed by how many
        _asking("name5", "rare7", "common", names=("hub",)),
        _asking("name5", "rare7", "common", names=("hub", "side")),
        _asking("name5", "rare7", "common", names=("hub", "side"), onward=("f2", "f4")),
        _asking("rare7", "often3", "common", names=("hub", "side")),  # others would rank
        _asking("common", "usual", names=("hub",)),  # no rare word: all the hub's facts
    ],
)
def test_scoring_only_the_facts_rare_words_select_ranks_as_scoring_them_all(question):
    index = Index(synonyms={})
    index.add_many(
        (
            f"f{n}",
            ["hub"] * (n % 4 == 0) + ["side"] * (n % 5 == 0),  # 5,000 and 4,000 facts
            (),
            ["common"] * (n % 2 == 0)
            + ["usual"] * (n % 3 == 0)
            + [f"rare{n % 97}", f"name{n % 211}"]
            + [f"often{n % 13}", f"seldom{n % 26}"],  # "seldom3" facts all say "often3"
        )
        for n in range(20_000)
    )
    for n in range(0, 20_000, 11):
        index.remove(f"f{n}")
    matcher = Matcher(index)
    scored: list[int] = []
    summed = matcher._summed

    def counting(question, lists, candidates):
        scored.append(len(candidates))
        return summed(question, lists, candidates)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matcher, "_summed", counting)
        pruned = [(s.doc.id, s.score) for s in matcher.score(question)]
        patch.setattr("knowledge.search.scoring.PRUNE_SHARES", ())  # never pruned
        whole = [(s.doc.id, s.score) for s in matcher.score(question)]
    assert pruned == whole and len(whole) >= RERANK
    if {"name5", "rare9"} & set(question.terms):  # the rare words' few hundred, not 10,000
        assert scored[-2] < 400 < scored[-1]
    if "often3" in question.terms:  # not all the live facts saying either word
        either = index.alive[np.union1d(index.postings("often3"), index.postings("seldom3"))]
        assert scored[-2] < 0.7 * either.sum() < scored[-1]
    assert all(fact_id in [i for i, _ in whole] for fact_id in question.onward)


def test_a_question_is_read_once_until_the_facts_change(tmp_path, monkeypatch):
    knowledge = Knowledge.open(":memory:")
    readings: list[str] = []
    original = answering.analyse

    def counted(text, vocabulary, index):
        readings.append(text)
        return original(text, vocabulary, index)

    monkeypatch.setattr(answering, "analyse", counted)
    question = "What contract did Baykar get from Azerbaijan's defence ministry?"
    first = knowledge.answering.ask(question)
    again = knowledge.answering.ask(question + "\u200b")  # the same normal text
    assert readings == [question] and again.results == first.results
    knowledge.curation.delete_fact(first.results[0].fact_id, actor=1)
    after = knowledge.answering.ask(question)
    assert len(readings) == 2  # read again: the facts changed
    assert first.results[0].fact_id not in [r.fact_id for r in after.results]


def test_tied_facts_are_ordered_by_the_most_direct_field_and_keep_their_scores(
    shared_knowledge: Knowledge,
) -> None:
    from knowledge.search.scoring import Scored, break_ties, focus

    briefing = shared_knowledge.briefing
    ids = [
        "cn-aliyev-state-visit-china",
        "tr-new-agreements-security-logistics",
        "cn-new-type-of-union",
    ]
    facts = [briefing.fact(fact_id) for fact_id in ids]
    assert all(facts)
    ranked = [
        (Scored(briefing.index.docs[f.id], score), f)
        for f, score in zip(facts, [100.0, 100.0, 90.0], strict=True)
    ]
    direct = {"tr-new-agreements-security-logistics": 1.0}  # the second fact says it in one place
    ordered = break_ties(ranked, lambda fact: direct.get(fact.id, 0.0))
    assert [f.id for _, f in ordered] == [ids[1], ids[0], ids[2]]  # only the tie moved
    assert [s.score for s, _ in ordered] == [100.0, 100.0, 90.0]
    # focus: the best Dice overlap of the question's terms with one field, not with them all
    assert focus(frozenset({"a", "b"}), (frozenset({"a"}), frozenset({"b"}))) == 2 / 3
    assert focus(frozenset({"a", "b"}), (frozenset({"a", "b", "c"}),)) == 0.8
