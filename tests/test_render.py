"""bot/render.py: escaping, Telegram's limits and plain-text rendering of engine answers."""

from __future__ import annotations

import html
from dataclasses import replace

import pytest

from bot import keyboards
from bot.render import (
    TELEGRAM_LIMIT,
    answer_html,
    answer_reply,
    answer_text,
    fit_blocks,
    result_html,
    result_text,
    source_html,
    source_line,
    visible_length,
)
from bot.texts import TEXTS
from knowledge.language.details import CHECKED
from knowledge.outcomes import Answer, Outcome, Result, Source
from tests.telegram_html import parse_telegram_html, telegram_html_error, utf16_len

NASTY = "A < B && C > \"D\" 'E' <b>bold</b> &amp; &#x27; </blockquote>"
NASTY_URL = 'https://example.com/a?x=1&y="2"<script>'


def _source(**kwargs) -> Source:
    values = {
        "article_id": "a",
        "title": "Title",
        "outlet": "Outlet",
        "url": None,
        "paragraph": 2,
        "date": None,
    }
    return Source(**{**values, **kwargs})


def _result(n: int = 1, quote: str = "Цитата.", translation: str | None = "A quote.", **kw):
    return Result(
        fact_id=f"fact-{n}",
        score=90.0,
        statement=kw.pop("statement", f"Statement {n}."),
        quote=quote,
        translation=translation,
        source=kw.pop("source", _source()),
    )


def _answered(*results: Result, more: tuple[Result, ...] = (), lang: str = "en") -> Answer:
    return Answer("q", lang, Outcome.ANSWERED, results=results, more=more, top_score=90.0)


def _plain(text: str) -> str:
    assert telegram_html_error(text) is None, telegram_html_error(text)
    return parse_telegram_html(text)[0]


def test_statement_quote_translation_and_title_are_escaped():
    source = _source(title=NASTY, outlet="Out<let> & co", url=NASTY_URL)
    statement, translation = "Stated <b>x</b> & y", "Translated: 'q' <i>&amp;"
    result = _result(statement=statement, quote=NASTY, translation=translation, source=source)
    text = result_html(result, "en")
    plain = _plain(text)
    assert statement in plain and NASTY in plain and translation in plain  # as typed
    assert "— Out<let> & co, paragraph 2" in plain  # the short label: the outlet
    _, entities = parse_telegram_html(text)
    kinds = [e["type"] for e in entities]
    assert kinds.count("bold") == 1 and kinds.count("expandable_blockquote") == 1
    assert kinds.count("italic") == 1
    # the full title and the link are in the Source view
    view = _plain(source_html(result.quote, None, None, source, "en"))
    assert NASTY in view and NASTY_URL in view
    link = next(
        e
        for e in parse_telegram_html(source_html(result.quote, None, None, source, "en"))[1]
        if e["type"] == "text_link"
    )
    assert link["url"] == NASTY_URL


def test_each_sentence_once_and_a_short_source():
    source = _source(
        title="A very long article title that goes on and on about many things", outlet=None
    )
    same = _result(
        statement="The documents were signed in Istanbul.",
        quote="Документы подписаны в Стамбуле.",
        translation="The documents were signed in Istanbul!",
        source=source,
    )
    text = result_html(same, "en")
    assert "The documents were signed in Istanbul!" not in text  # the translation repeats it
    assert "<blockquote expandable>Документы подписаны в Стамбуле.</blockquote>" in text
    assert text.endswith("— «A very long article title that goes on…», paragraph 2")
    ru = _result(
        statement="Документы подписаны в Стамбуле.",
        quote="Документы были подписаны в Стамбуле.",
        translation=None,
        source=source,
    )
    text = result_html(ru, "ru")
    assert text.count("Стамбуле") == 1 and text.startswith("<blockquote>Документы были")
    adds = _result(
        statement="Deals were signed.",
        quote="Документы подписаны в Стамбуле.",
        translation="The documents were signed in Istanbul.",
        source=_source(title=None, outlet=None, url="https://news.example.com/a?b=1"),
    )
    text = result_html(adds, "en")
    assert "<i>The documents were signed in Istanbul.</i>" in text
    assert text.endswith("— news.example.com, paragraph 2")


def test_source_line_forms():
    assert source_line(_source(), "en") == "— «Title» (Outlet), paragraph 2"
    assert source_line(_source(), "ru") == "— «Title» (Outlet), абзац 2"
    assert source_line(_source(outlet=None, paragraph=None), "en") == "— «Title»"
    only_url = _source(title=None, outlet=None, paragraph=None, url="https://x.org/?a=1&b=2")
    line = source_line(only_url, "en")
    assert line == '— <a href="https://x.org/?a=1&amp;b=2">https://x.org/?a=1&amp;b=2</a>'
    assert source_line(only_url, "en", html=False) == "— https://x.org/?a=1&b=2"
    assert source_line(_source(title="<&>"), "en", html=False) == "— «<&>» (Outlet), paragraph 2"


def test_answer_reply_shows_results_in_order():
    answer = _answered(_result(1), _result(2))
    text, shown = answer_reply(answer)
    assert shown == 2 and text == answer_html(answer)
    assert text.index("<b>1. Statement 1.") < text.index("<b>2. Statement 2.")
    assert text.count("<blockquote expandable>") == 2 and "shortened" not in text
    assert telegram_html_error(text) is None


def test_very_long_answer_is_trimmed_to_telegram_limits():
    huge = "Очень длинная цитата & <тег> " * 120  # about 3500 characters
    results = tuple(_result(n, quote=huge, translation=huge) for n in range(1, 4))
    answer = _answered(*results)
    text, shown = answer_reply(answer)
    assert shown == 1  # one screenful; the rest is behind More
    assert telegram_html_error(text) is None  # valid and at most 4096 visible characters
    assert utf16_len(_plain(text)) <= TELEGRAM_LIMIT
    assert "…</blockquote>" in text  # the quote itself is clipped visibly
    # More continues with the first fact that was not shown
    markup = keyboards.answer_keyboard(answer, 0, shown)
    more = [b for row in markup.inline_keyboard for b in row if b.text == "More"]
    assert more and more[0].callback_data == f"more:{shown}"
    # past Telegram's limit (a fact longer than a message), trailing facts give way to a note
    text, shown = answer_reply(_answered(*results, lang="ru"))
    assert shown == 1 and telegram_html_error(text) is None


def test_long_statements_titles_and_urls_cannot_overflow_one_message():
    source = _source(title="T" * 5000, outlet="O" * 5000, url="https://x.org/" + "u" * 5000)
    result = _result(
        statement="S & " * 2000, quote="Q" * 5000, translation="E" * 5000, source=source
    )
    text, shown = answer_reply(_answered(result))
    assert shown == 1
    assert telegram_html_error(text) is None


def test_limit_counts_visible_utf16_units_not_markup():
    emoji = "😀" * 1500  # 3000 UTF-16 units, 1500 code points
    text, shown = answer_reply(
        _answered(
            _result(1, quote=emoji, translation=None), _result(2, quote=emoji, translation=None)
        )
    )
    assert telegram_html_error(text) is None and shown == 1
    escaped = "&" * 400  # 2000 characters of HTML, only 400 visible: two fit a screen
    text, shown = answer_reply(
        _answered(
            _result(1, quote=escaped, translation=None), _result(2, quote=escaped, translation=None)
        )
    )
    assert shown == 2
    assert visible_length("<b>a&amp;b</b>") == 3


def test_fit_blocks_keeps_what_fits():
    assert fit_blocks(["a", "b"], "…") == "a\n\nb"
    assert fit_blocks(["a" * 10, "b" * 10], "…", limit=15) == "a" * 10 + "\n\n…"


def test_unsure_answer_shows_the_first_suggestion_in_full_and_offers_the_others():
    first = _result(1, statement="A <b> & C")
    answer = Answer("q", "en", Outcome.UNSURE, results=(first, replace(_result(2), label="Other?")))
    text, shown = answer_reply(answer)
    assert shown == 1 and telegram_html_error(text) is None
    assert "closest fact" in text and "A &lt;b&gt; &amp; C" in text
    assert f"<blockquote expandable>{html.escape(first.quote)}</blockquote>" in text
    markup = keyboards.answer_keyboard(answer)
    assert [b.callback_data for row in markup.inline_keyboard for b in row] == [
        "src:fact-1",
        "fb:+:fact-1",
        "fb:-:fact-1",
        "show:fact-2",
    ]
    assert markup.inline_keyboard[-1][0].text == "Other?"


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("en", "Nothing in the briefing uses “weather”, “<b>”."),
        ("ru", "В брифинге нет слов «weather», «<b>»."),
    ],
)
def test_unsure_answer_names_the_words_no_fact_uses(lang: str, lead: str):
    answer = Answer("q", lang, Outcome.UNSURE, results=(_result(1),), unused=("weather", "<b>"))
    text, _ = answer_reply(answer)
    assert telegram_html_error(text) is None
    assert _plain(text).startswith(lead)
    assert answer_text(answer).splitlines()[0] == lead


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_abstentions(lang):
    covered = Answer("q", lang, Outcome.ABSTAIN, unknown=("France", "Ger<many>"), coverage="A & B")
    text = answer_html(covered)
    assert telegram_html_error(text) is None
    plain = _plain(text)
    assert "France" in plain and "Ger<many>" in plain and "A & B" in plain
    assert "/topics" in plain
    if lang == "en":
        assert plain.startswith("The briefing doesn't cover France or Ger<many>.")
    nothing = answer_html(Answer("q", lang, Outcome.ABSTAIN, coverage="Azerbaijan"))
    assert telegram_html_error(nothing) is None and "/brief" in nothing
    assert keyboards.answer_keyboard(Answer("q", lang, Outcome.ABSTAIN)) is None


def test_source_view_bolds_the_quote_in_its_paragraph():
    paragraph = "Before & <after>. The quote & more. After it."
    text = source_html("The quote & more.", paragraph, "Перевод", _source(), "en")
    assert telegram_html_error(text) is None
    assert "Before &amp; &lt;after&gt;. <b>The quote &amp; more.</b> After it." in text
    assert text.startswith("<b>Source</b>") and "<i>Перевод</i>" in text
    assert text.endswith("— «Title» (Outlet), paragraph 2")
    missing = source_html("Not there.", paragraph, None, _source(), "ru")
    assert "<b>Not there.</b>" in missing and missing.startswith("<b>Источник</b>")
    assert "<b>Only</b>" in source_html("Only", None, None, _source(paragraph=None), "en")


def test_source_view_of_a_huge_paragraph_keeps_the_quote_in_view():
    quote = "THE QUOTE."
    paragraph = "x" * 6000 + " " + quote + " " + "y" * 6000
    text = source_html(quote, paragraph, None, _source(), "en")
    assert telegram_html_error(text) is None
    assert f"<b>{quote}</b>" in text and "«Title»" in text
    assert "<blockquote>…x" in text and "y…</blockquote>" in text


def test_plain_text_rendering():
    result = _result(statement="A <b>", quote="Цитата & <i>", translation="Quote")
    text = result_text(result, "en")
    assert text.splitlines() == [
        "* A <b>",
        "  ❝Цитата & <i>❞",
        '  "Quote"',
        "  — «Title» (Outlet), paragraph 2",
    ]
    answered = answer_text(_answered(result, _result(2)))
    assert "* A <b>" in answered and "* Statement 2." in answered and "&lt;" not in answered
    unsure = answer_text(Answer("q", "en", Outcome.UNSURE, results=(result,)))
    assert unsure.splitlines() == [
        "I'm not certain this is what you mean. The closest fact:",
        *text.splitlines(),
    ]
    abstain = answer_text(
        Answer("q", "ru", Outcome.ABSTAIN, unknown=("Франция",), coverage="A & B")
    )
    assert abstain.splitlines()[0] == "Брифинг не охватывает: Франция."
    assert "A & B" in abstain and html.escape("A & B") not in abstain


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_checked_detail_has_words_for_not_stated(lang: str):
    assert [kind for kind in sorted(CHECKED) if f"missing_{kind}" not in TEXTS[lang]] == []


def test_a_fact_rendered_again_after_an_edit_shows_its_new_texts():
    """Rendering is kept per fact's texts and language: the same fact shows the same, an
    edited statement, quote, translation or source shows as edited, in each language."""
    first = _result(1)
    assert result_html(first, "en") == result_html(replace(first), "en")
    edits = [
        replace(first, statement="Statement edited."),
        replace(first, quote="Другая цитата."),
        replace(first, translation="Another quote."),
        replace(first, source=_source(outlet="Other outlet")),
    ]
    shows = ["Statement edited.", "Другая цитата.", "Another quote.", "Other outlet"]
    for edited, shown in zip(edits, shows, strict=True):
        assert shown in _plain(result_html(edited, "en"))
        assert shown not in _plain(result_html(first, "en"))
    assert result_html(first, "ru") != result_html(first, "en")  # the paragraph's word
