"""Answers hold when words are mistyped as people type on a phone.

Every answerable line of the project's question sets that is answered right when typed
cleanly is asked again with one and with two of its longer words slipped (a swapped, dropped
or doubled letter; ``tests/typos.py``, seeded by the question). The floors sit a little under
today's figures (README, "Accuracy").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowledge.outcomes import ABSTAIN, ANSWERED
from tests.typos import variants

DATA = Path(__file__).parent / "data"


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def _right_first(answer, expect: list[str]) -> bool:
    quote = _norm(answer.results[0].quote) if answer.results else ""
    return answer.outcome == ANSWERED and any(_norm(e) in quote for e in expect)


@pytest.fixture(scope="module")
def clean(shared_knowledge) -> list[dict]:
    """The answerable lines (no chat before them) answered right when typed cleanly."""
    items = [
        item
        for path in sorted(DATA.glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and (item := json.loads(line)).get("expect_any") and not item.get("after")
    ]
    ask = shared_knowledge.answering.ask
    return [item for item in items if _right_first(ask(item["q"]), item["expect_any"])]


@pytest.mark.parametrize(("slips", "floor"), [(1, 0.93), (2, 0.88)])
def test_slipped_words_keep_the_right_answer(shared_knowledge, clean, slips, floor):
    asked = [(q, item) for item in clean if (q := variants(item["q"], slips))]
    answers = [(shared_knowledge.answering.ask(q), item) for q, item in asked]
    right = sum(_right_first(answer, item["expect_any"]) for answer, item in answers)
    refused = [
        q for (q, _), (answer, _) in zip(asked, answers, strict=True) if answer.outcome == ABSTAIN
    ]
    assert len(asked) > 200
    assert right / len(asked) >= floor
    assert len(refused) / len(asked) <= 0.02, refused


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("waht did turkye sing with azerbajan?", "подписали новые соглашения"),
        ("kitai i azerbaijan", "Китая и Азербайджана"),
        ("What does Chia actually want out of it long term?", "долговременное влияние"),
        ("How are Baku's relatinos with Moscow?", "Москв"),
    ],
)
def test_typed_as_people_type_is_still_answered(shared_knowledge, question, quote):
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome != ABSTAIN
    assert any(quote in r.quote for r in answer.results), [r.quote for r in answer.results]
