"""Answers kept for a question asked again (``Answering.ask``): the answer a fresh search
gives, never one the facts, the vocabulary or the articles have moved past, never one read in
a chat's context, and only as many as ``answers_kept``."""

from __future__ import annotations

import pytest

from bot.app import build_application
from bot.config import Settings
from knowledge.service import Knowledge

QUESTION = "What contract did Baykar get from Azerbaijan's defence ministry?"
OTHERS = ("Who signed the Shusha declaration?", "When was the naval parade on the Caspian?")
ADMIN = 1


@pytest.fixture
def searches(knowledge: Knowledge, monkeypatch) -> list[str]:
    """The questions the engine searched the facts for, in order (not those answered from
    the kept answers), as it read them (see :func:`read`)."""
    searched: list[str] = []
    matcher = knowledge.answering.matcher
    score = matcher.score

    def counted(question, *args, **kwargs):
        searched.append(question.text)
        return score(question, *args, **kwargs)

    monkeypatch.setattr(matcher, "score", counted)
    return searched


def read(knowledge: Knowledge, *questions: str) -> list[str]:
    """The questions as the engine reads them (without the apostrophes, for one)."""
    return [knowledge.answering.analyse(question).text for question in questions]


def test_a_question_asked_again_gets_the_answer_a_fresh_search_gives(knowledge, searches):
    first = knowledge.answering.ask(QUESTION)
    again = knowledge.answering.ask(QUESTION)
    assert searches == read(knowledge, QUESTION)
    assert again == first and again.to_dict() == first.to_dict()
    assert again.follow_up == first.follow_up and again.elapsed_ms is not None
    knowledge.answering.answers_kept = 0
    fresh = knowledge.answering.ask(QUESTION)
    assert searches == read(knowledge, QUESTION, QUESTION)
    assert fresh == first and fresh.to_dict() == first.to_dict()


def test_each_language_and_page_is_kept_apart(knowledge, searches):
    english = knowledge.answering.ask(QUESTION, lang="en")
    russian = knowledge.answering.ask(QUESTION, lang="ru")
    more = knowledge.answering.ask(QUESTION, lang="en", offset=3)
    assert len(searches) == 3
    assert (english.lang, russian.lang) == ("en", "ru")
    assert english.results[0].statement != russian.results[0].statement
    assert [r.fact_id for r in more.results] != [r.fact_id for r in english.results]
    assert knowledge.answering.ask(QUESTION, lang="ru") == russian
    assert len(searches) == 3


def test_a_follow_up_is_always_searched_afresh(knowledge, searches):
    context = knowledge.answering.ask(QUESTION).follow_up
    assert context is not None
    counts = []
    for _ in range(2):
        knowledge.answering.ask("and who signed it?", follow_up=context)
        counts.append(len(searches))
    assert counts[1] - counts[0] == counts[0] - 1 > 0  # the second time searched as the first


def test_the_least_recently_asked_answer_goes_first(knowledge, searches):
    knowledge.answering.answers_kept = 2
    for question in (QUESTION, OTHERS[0], QUESTION, OTHERS[1], QUESTION, OTHERS[0]):
        knowledge.answering.ask(question)
    # OTHERS[0] was the least recently asked when OTHERS[1] came: it had to be searched again
    assert searches == read(knowledge, QUESTION, OTHERS[0], OTHERS[1], OTHERS[0])


def test_changed_facts_articles_or_vocabulary_are_never_answered_from_before(knowledge, searches):
    answering, curation = knowledge.answering, knowledge.curation
    first = answering.ask(QUESTION)
    curation.delete_fact(first.results[0].fact_id, actor=ADMIN)
    assert first.results[0].fact_id not in [r.fact_id for r in answering.ask(QUESTION).results]
    curation.undo(actor=ADMIN)
    assert answering.ask(QUESTION) == first
    assert len(searches) == 3
    curation.add_article("A new article", "A paragraph of its own.\n\nAnother one.", ADMIN)
    answering.ask(QUESTION)
    knowledge.briefing.reload_vocabulary()
    answering.ask(QUESTION)
    assert len(searches) == 5


def test_answer_cache_setting_reaches_the_engine(knowledge, searches):
    build_application(Settings(token="1:A", answer_cache=0), knowledge)
    assert knowledge.answering.answers_kept == 0
    knowledge.answering.ask(QUESTION)
    knowledge.answering.ask(QUESTION)
    assert len(searches) == 2
