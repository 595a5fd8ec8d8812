"""The curated data: quotes stand verbatim in their articles, references resolve, articles split.

These tests read ``knowledge/data`` directly (the raw article files with plain ``in``), so a
quote that only matches after normalisation is caught.
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from knowledge.articles import Article, bundled_articles, split_sentences, strip_boilerplate
from knowledge.facts import FIELDS, validate
from knowledge.language.words import fold
from knowledge.store.bundle import read_table

DATA = Path(__file__).resolve().parent.parent / "knowledge" / "data"
LATIN_C_WORD = "\u0043отрудничество"  # «Cотрудничество» with a Latin capital C
CYRILLIC_C_WORD = "\u0421отрудничество"  # the same word spelt with a Cyrillic С
BOILERPLATE = ("Статьи по теме", "Back to top button")


def read_jsonl(name: str) -> list[dict]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@cache
def facts() -> list[dict]:
    return read_jsonl("facts.jsonl")


@cache
def entities() -> list[dict]:
    return read_jsonl("entities.jsonl")


@cache
def topics() -> list[dict]:
    return read_jsonl("topics.jsonl")


@cache
def article_meta() -> list[dict]:
    return read_table("articles")


@cache
def raw_texts() -> dict[str, str]:
    """Article id → the article file exactly as shipped."""
    return {
        item["id"]: (DATA / "articles" / item["file"]).read_text(encoding="utf-8")
        for item in article_meta()
    }


@cache
def articles() -> dict[str, Article]:
    return {a.id: a for a in bundled_articles()}


def fact_ids() -> list[str]:
    return [f["id"] for f in facts()]


# -- the data files ----------------------------------------------------------------------


def test_data_files_are_not_empty():
    assert len(facts()) > 0
    assert len(entities()) > 0
    assert len(topics()) > 0
    assert len(article_meta()) > 0


def test_every_article_file_exists_and_is_listed_once():
    files = [item["file"] for item in article_meta()]
    assert len(files) == len(set(files))
    for name in files:
        assert (DATA / "articles" / name).is_file(), name
    shipped = {p.name for p in (DATA / "articles").glob("*.txt")}
    assert shipped == set(files), "every shipped article file is described in articles.jsonl"


def test_fact_records_use_only_known_fields():
    for fact in facts():
        assert set(fact) <= set(FIELDS), fact["id"]
        for required in ("id", "statement", "quote", "source"):
            assert isinstance(fact.get(required), str) and fact[required].strip(), (
                fact["id"],
                required,
            )


@pytest.mark.parametrize("fact_id", fact_ids())
def test_quote_stands_verbatim_in_its_article_file(fact_id: str):
    fact = next(f for f in facts() if f["id"] == fact_id)
    assert fact["source"] in raw_texts(), f"{fact_id}: source is not a bundled article"
    assert fact["quote"] in raw_texts()[fact["source"]]


@pytest.mark.parametrize("fact_id", fact_ids())
def test_paragraph_number_matches_locate(fact_id: str):
    fact = next(f for f in facts() if f["id"] == fact_id)
    article = articles()[fact["source"]]
    located = article.locate(fact["quote"])
    assert located is not None
    assert fact["paragraph"] == located
    assert fact["quote"] in article.paragraph(located).text


def test_every_curated_record_passes_validation():
    for record in facts():
        fact = validate(record, articles(), origin="seed")
        assert fact.id == record["id"]
        assert fact.quote == record["quote"], "validation must not alter a quote"
        assert fact.article_id == record["source"]
        assert fact.paragraph == record["paragraph"]


def test_english_quote_translations_present_for_russian_quotes():
    for fact in facts():
        if articles()[fact["source"]].lang == "ru":
            assert fact.get("quote_en"), f"{fact['id']} has no English translation"
            assert fact.get("statement_ru"), f"{fact['id']} has no Russian statement"


def test_paragraph_texts_are_lines_of_the_file():
    for article_id, article in articles().items():
        lines = {line.strip() for line in raw_texts()[article_id].splitlines()}
        assert article.paragraphs, article_id
        for paragraph in article.paragraphs:
            assert paragraph.text in lines
        numbers = [p.number for p in article.paragraphs]
        assert numbers == list(range(1, len(numbers) + 1))


# -- the Latin «C» -----------------------------------------------------------------------


def test_latin_c_quote_is_kept_verbatim():
    quoted = [f for f in facts() if LATIN_C_WORD in f["quote"]]
    assert quoted, "the curated quote with a Latin C in «Cотрудничество» is present"
    for fact in quoted:
        assert CYRILLIC_C_WORD not in fact["quote"]
        assert fact["quote"] in raw_texts()[fact["source"]]


def test_fold_turns_the_latin_c_word_into_cyrillic():
    assert fold(LATIN_C_WORD) == fold(CYRILLIC_C_WORD) == "сотрудничество"
    assert fold(f"«{LATIN_C_WORD} повысило»") == "сотрудничество повысило"
    assert not any("a" <= ch <= "z" for ch in fold(LATIN_C_WORD))


def test_stored_latin_c_quote_is_verbatim_and_found_by_cyrillic_question(shared_knowledge):
    fact_id = next(f["id"] for f in facts() if LATIN_C_WORD in f["quote"])
    stored = shared_knowledge.briefing.fact(fact_id)
    assert stored is not None
    assert LATIN_C_WORD in stored.quote
    answer = shared_knowledge.answering.ask(
        f"{CYRILLIC_C_WORD} повысило профессиональный уровень личного состава?"
    )
    assert answer.answered
    shown = [r.quote for r in answer.results]
    assert any(LATIN_C_WORD in q for q in shown), "the answer shows the quote as written"


# -- ids and references ------------------------------------------------------------------


def test_ids_are_unique():
    for name, items in (("facts", facts()), ("entities", entities()), ("topics", topics())):
        counts = Counter(item["id"] for item in items)
        assert not [i for i, n in counts.items() if n > 1], f"duplicate {name} ids"
    articles_ids = Counter(item["id"] for item in article_meta())
    assert all(n == 1 for n in articles_ids.values())
    both = {e["id"] for e in entities()} & {t["id"] for t in topics()}
    assert not both, "an id names both an entity and a topic"


def test_referenced_entities_and_topics_exist():
    entity_ids = {e["id"] for e in entities()}
    topic_ids = {t["id"] for t in topics()}
    for fact in facts():
        assert fact["entities"], f"{fact['id']} names no entity"
        assert set(fact["entities"]) <= entity_ids, (fact["id"], fact["entities"])
        assert set(fact.get("topics") or []) <= topic_ids, (fact["id"], fact["topics"])


def test_every_entity_and_topic_has_names_in_both_languages():
    for item in [*entities(), *topics()]:
        assert item["name_en"].strip() and item["name_ru"].strip(), item["id"]


# -- boilerplate and headings ------------------------------------------------------------


def test_raw_files_do_contain_boilerplate():
    """Guard: the boilerplate checks below are only meaningful if the debris is there."""
    joined = "\n".join(raw_texts().values())
    for marker in BOILERPLATE:
        assert marker in joined


@pytest.mark.parametrize("article_id", [item["id"] for item in article_meta()])
def test_boilerplate_is_not_in_any_paragraph(article_id: str):
    article = articles()[article_id]
    for paragraph in article.paragraphs:
        for marker in BOILERPLATE:
            assert marker.casefold() not in paragraph.text.casefold()
            for sentence in paragraph.sentences:
                assert marker.casefold() not in sentence.casefold()


def test_headings_and_title_are_not_paragraphs():
    article = articles()["turkey-azerbaijan"]
    texts = [p.text for p in article.paragraphs]
    assert article.title not in texts
    assert "Новый этап взаимодействия" not in texts
    assert texts[0].startswith("Азербайджан и Турция подписали новые соглашения")


def test_strip_boilerplate_on_pasted_web_page():
    page = (
        "Заголовок статьи\n\n"
        "Первый абзац с нормальным предложением.\n"
        "Поделиться\n"
        "Второй абзац тоже нормальный.\n"
        "Back to top\n"
        "Читайте также\n"
        "Другая статья, которая сюда не относится.\n"
    )
    body = strip_boilerplate(page)
    assert "Поделиться" not in body
    assert "Back to top" not in body
    assert "Другая статья" not in body
    article = Article(id="pasted", title="Заголовок статьи", text=page)
    assert [p.text for p in article.paragraphs] == [
        "Первый абзац с нормальным предложением.",
        "Второй абзац тоже нормальный.",
    ]
    assert article.locate("Другая статья") is None


def test_locate_refuses_text_that_is_not_verbatim():
    article = articles()["turkey-azerbaijan"]
    assert article.locate("") is None
    assert article.locate("   ") is None
    # The same words with a typo, different quotes or other spacing are not the quote.
    assert article.locate("Компания Baykar укрепляет свои позиции") == 5
    assert article.locate("Компания Байкар укрепляет свои позиции") is None
    assert article.locate("Компания  Baykar укрепляет свои позиции") is None
    # A quote cannot span two paragraphs.
    assert article.locate("институционализированный союз. Баку усиливает") is None


# -- sentences ---------------------------------------------------------------------------


def test_sentences_keep_guillemet_quotes_whole():
    for article in articles().values():
        for paragraph in article.paragraphs:
            for sentence in paragraph.sentences:
                assert sentence.count("«") == sentence.count("»"), sentence


def test_attache_sentence_keeps_the_quote_and_prc_inside():
    paragraph = articles()["china-azerbaijan"].paragraph(2)
    assert paragraph is not None
    first = paragraph.sentences[0]
    assert first.startswith("На состоявшемся в Баку")
    assert "военный атташе КНР в Азербайджане" in first
    assert first.endswith("достигнет новых высот».")


def test_prc_abbreviation_does_not_end_a_sentence_early():
    paragraph = articles()["china-azerbaijan"].paragraph(3)
    assert paragraph is not None
    ends_with_prc = [s for s in paragraph.sentences if "академиях КНР" in s]
    assert len(ends_with_prc) == 1
    assert ends_with_prc[0].startswith("Китайские инструкторы")
    assert all(not s.startswith("КНР") for s in paragraph.sentences)
    quote = next(s for s in paragraph.sentences if LATIN_C_WORD in s)
    assert quote.startswith("В результате, как отмечает Сун Джун")
    assert quote.endswith("боеспособность».")


def test_split_sentences_examples():
    assert split_sentences("Инструкторы из КНР работают в Баку. Курсанты учатся в КНР.") == (
        "Инструкторы из КНР работают в Баку.",
        "Курсанты учатся в КНР.",
    )
    assert split_sentences("Он заявил: «Сотрудничество продолжится». Потом добавил.") == (
        "Он заявил: «Сотрудничество продолжится».",
        "Потом добавил.",
    )


def test_closest_sentences_help_fix_a_near_miss():
    article = articles()["turkey-azerbaijan"]
    closest = article.closest_sentences("Компания Байкар укрепляет позиции в оборонной политике")
    assert closest
    assert closest[0] == "Компания Baykar укрепляет свои позиции в региональной оборонной политике."
