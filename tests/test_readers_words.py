"""Readers' own words: everyday paraphrases of what the facts say are read as the words the
facts use (synonym groups, phrases read as one word, a fact's example questions), so the
reader gets the fact instead of an unsure reply or another fact."""

from __future__ import annotations

import pytest

from knowledge.service import Knowledge


@pytest.mark.parametrize(
    "question",
    [
        "Why doesn't the Kremlin trust Baku?",
        "Why isn't Turkey enough for Azerbaijan?",
        "Didn't Turkey and Azerbaijan sign a deal?",
        "Aren't China and Azerbaijan allies?",
    ],
)
def test_half_of_a_negative_contraction_is_no_search_word(
    shared_knowledge: Knowledge, question: str
) -> None:
    """A negative contraction is split at its apostrophe: its "doesn" is no search word."""
    terms = shared_knowledge.answering.analyse(question).terms
    assert not {"doesn", "isn", "didn", "aren"} & set(terms)
