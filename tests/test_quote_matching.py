"""Quotes as curators type them: ё written as е, straight quotation marks for «», a hyphen for
a dash, other spacing; stored as the article writes it. A quote another fact already cites is
pointed out with that fact's id."""

from __future__ import annotations

import json

import pytest

from knowledge.articles import bundled_articles
from knowledge.errors import DuplicateQuote
from knowledge.service import Knowledge

ADMIN = 7
ALLIANCE = "неформального альянса — «турецкой версии регионального блока»"
RECEPTION = "На состоявшемся в Баку официальном приёме, посвящённом сотрудничеству"
INSTRUCTORS_ID = "cn-chinese-instructors-training-centres"


@pytest.mark.parametrize(
    ("typed", "article_id", "exact", "paragraph"),
    [
        ('неформального альянса - "турецкой версии регионального блока"', "turkey-azerbaijan",
         ALLIANCE, 7),
        ("неформального  альянса –\u00a0„турецкой версии регионального блока“", "turkey-azerbaijan",
         ALLIANCE, 7),
        ("На состоявшемся в Баку официальном приеме, посвященном сотрудничеству",
         "china-azerbaijan", RECEPTION, 2),
        ("  На состоявшемся в Баку\nофициальном прие\u200bме, посвящённом сотрудничеству ",
         "china-azerbaijan", RECEPTION, 2),
    ],
)  # fmt: skip
def test_a_quote_differing_only_in_spelling_marks_is_found_as_the_article_writes_it(
    typed, article_id, exact, paragraph
):
    article = {a.id: a for a in bundled_articles()}[article_id]
    assert article.locate(typed) is None  # not verbatim...
    assert article.find(typed) == (paragraph, exact)  # ...but the same words


def test_other_differences_are_still_refused():
    article = {a.id: a for a in bundled_articles()}["turkey-azerbaijan"]
    assert article.find("Компания Байкар укрепляет свои позиции") is None  # another word
    assert article.find("компания Baykar укрепляет свои позиции") is None  # another case
    assert article.find("\u200b") is None and article.find(" ") is None


def test_an_admins_fact_stores_the_articles_own_text(knowledge: Knowledge):
    fact = knowledge.curation.add_fact(
        {
            "statement": "Experts call it a Turkish version of a regional bloc.",
            "quote": 'неформального альянса - "турецкой версии регионального блока"',
            "source": "turkey-azerbaijan",
        },
        ADMIN,
    )
    assert knowledge.briefing.store.fact(fact.id).quote == ALLIANCE
    assert fact.paragraph == 7
    answer = knowledge.answering.ask("What is the Turkish version of a regional bloc?")
    assert any(r.quote == ALLIANCE for r in answer.results)


def test_an_edited_quote_is_stored_as_the_article_writes_it(knowledge: Knowledge):
    typed = "На состоявшемся в Баку официальном приеме, посвященном сотрудничеству"
    fact = knowledge.curation.edit_fact("cn-attache-cooperation-new-heights", "quote", typed, ADMIN)
    assert fact.quote == RECEPTION


def test_a_quote_in_use_names_the_fact_and_can_be_saved_all_the_same(knowledge: Knowledge):
    quote = knowledge.briefing.fact(INSTRUCTORS_ID).quote.replace("ё", "е")
    raw = {"statement": "Chinese instructors helped.", "quote": quote, "source": "china-azerbaijan"}
    with pytest.raises(DuplicateQuote) as raised:
        knowledge.curation.add_fact(raw, ADMIN)
    assert raised.value.fact.id == INSTRUCTORS_ID
    assert f"already used by fact '{INSTRUCTORS_ID}'" in raised.value.message
    fact = knowledge.curation.add_fact(raw, ADMIN, allow_duplicate=True)
    assert knowledge.briefing.fact(fact.id) is not None
    # the same quote from another source is another quote
    other = {**raw, "source": "https://example.org/instructors"}
    assert knowledge.curation.add_fact(other, ADMIN).source == other["source"]


def test_check_quote_gives_the_stored_text_and_the_fact_citing_it(knowledge: Knowledge):
    quote = knowledge.briefing.fact(INSTRUCTORS_ID).quote
    exact, used_by = knowledge.curation.check_quote("china-azerbaijan", f" {quote} ")
    assert exact == quote and used_by.id == INSTRUCTORS_ID
    assert knowledge.curation.check_quote("china-azerbaijan", RECEPTION) == (RECEPTION, None)


def test_an_import_warns_per_line_about_a_quote_in_use(knowledge: Knowledge):
    quote = knowledge.briefing.fact(INSTRUCTORS_ID).quote
    rows = [
        {"id": "imp-a", "statement": "A.", "quote": quote, "source": "china-azerbaijan"},
        {"id": "imp-b", "statement": "B.", "quote": "Q.", "source": "https://e.org/x"},
        {"id": "imp-c", "statement": "C.", "quote": "Q.", "source": "https://e.org/x"},
    ]
    text = "\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
    report = knowledge.curation.import_text(text, ADMIN, "facts.jsonl")
    assert report.errors == [] and report.imported == 3
    assert report.warnings == [
        (1, f"the quote is already used by fact '{INSTRUCTORS_ID}'; stored all the same"),
        (3, "the quote is already used by fact 'imp-b'; stored all the same"),
    ]


def test_an_import_warns_only_about_live_facts_of_the_same_source(knowledge: Knowledge):
    quote = knowledge.briefing.fact(INSTRUCTORS_ID).quote
    knowledge.curation.add_fact(
        {"id": "gone", "statement": "G.", "quote": "Gone.", "source": "https://e.org/y"}, ADMIN
    )
    knowledge.curation.delete_fact("gone", ADMIN)
    rows = [
        {"id": "imp-a", "statement": "A.", "quote": quote, "source": "https://e.org/x"},
        {"id": "imp-b", "statement": "B.", "quote": "Gone.", "source": "https://e.org/y"},
    ]
    text = "\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
    report = knowledge.curation.import_text(text, ADMIN, "facts.jsonl")
    assert report.errors == [] and report.imported == 2
    assert report.warnings == []
