"""Answer quality on questions written by people who had not seen the fact table.

The floors sit a little under today's figures (docs/matching.md, "Accuracy"): a change that
makes the bot answer worse on any kind of question fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.evaluation import evaluate, read_items

QUESTIONS = Path(__file__).parent / "data" / "questions.jsonl"


@pytest.fixture(scope="module")
def report(shared_knowledge):
    return evaluate(shared_knowledge.answering, read_items(QUESTIONS))


def share(report, kind: str, field: str = "right") -> float:
    tally = report.kinds[kind]
    return getattr(tally, field) / tally.total


def test_answerable_questions_get_the_right_fact_first(report):
    assert share(report, "answerable") >= 0.91
    assert share(report, "answerable", "top3") >= 0.95


def test_follow_ups_keep_the_thread(report):
    assert share(report, "follow-up") >= 0.88


@pytest.mark.parametrize("kind", ["not_stated", "abstain", "smalltalk"])
def test_what_the_briefing_does_not_say_is_never_answered_as_if_it_did(report, kind):
    assert share(report, kind) >= 0.95
