"""Rendering an engine ``Answer`` as Telegram HTML or as plain terminal text."""

from __future__ import annotations

import re
from html import escape, unescape

from knowledge.answer import (
    ABSTAIN,
    ANSWERED,
    NOT_STATED,
    SMALLTALK,
    Answer,
    Result,
    Source,
)

TELEGRAM_LIMIT = 4096  # visible characters (UTF-16 code units) of one message
MAX_QUOTE_CHARS = 1200
MAX_STATEMENT_CHARS = 600
MAX_TITLE_CHARS = 300
MAX_URL_CHARS = 300
MAX_PARAGRAPH_CHARS = 3000  # the Source view shows at most this much context around a quote
_TAG = re.compile(r"<[^>]*>")

_TEXTS = {
    "en": {
        "paragraph": "paragraph",
        "source": "Source",
        "unsure": "I'm not certain this is what you mean. The closest fact:",
        "unsure_more": "Or did you mean one of these? (buttons below)",
        "not_mentioned": "The briefing doesn't mention {names}.",
        "not_stated": "The briefing doesn't say {what}.",
        "what_it_says": "What it says:",
        "missing_time": "when",
        "missing_date": "when exactly",
        "missing_place": "where",
        "missing_city": "in which city",
        "missing_region": "which regions",
        "missing_country": "which countries",
        "missing_person": "who",
        "missing_name": "the name",
        "missing_quantity": "how many",
        "missing_amount": "the amount or price",
        "missing_duration": "for how long",
        "missing_model": "which model",
        "smalltalk_greeting": "Hi! I brief you on a set of news articles: {coverage}. "
        "Ask in English or Russian; I answer with the exact sentences of the sources.",
        "smalltalk_help": "I answer questions about a curated briefing ({coverage}) with the "
        "exact source sentences, and say so when the briefing doesn't tell. "
        "Commands: /brief, /topics, /sources.",
        "smalltalk_thanks": "You're welcome! Ask anything else about the briefing.",
        "smalltalk_bye": "Goodbye! Come back with any question about the briefing.",
        "smalltalk_ack": "👍 Ask me anything about the briefing.",
        "examples": "For example:",
        "not_covered": "The briefing doesn't cover {names}.",
        "not_found": "That is not in the briefing, and I won't guess.",
        "covers": "It covers: {coverage}.",
        "try": "Try rephrasing, or see /topics and /brief.",
        "trimmed": "(The reply was shortened; tap More for further facts.)",
        "or": "or",
    },
    "ru": {
        "paragraph": "абзац",
        "source": "Источник",
        "unsure": "Не уверен, что вы спрашиваете именно об этом. Ближайший факт:",
        "unsure_more": "Или вы имели в виду одно из этого? (кнопки ниже)",
        "not_mentioned": "В брифинге не упоминается: {names}.",
        "not_stated": "В брифинге не сказано, {what}.",
        "what_it_says": "Что в нём есть:",
        "missing_time": "когда это было",
        "missing_date": "когда именно",
        "missing_place": "где именно",
        "missing_city": "в каком городе",
        "missing_region": "о каких регионах речь",
        "missing_country": "о каких странах речь",
        "missing_person": "кто именно",
        "missing_name": "как зовут",
        "missing_quantity": "сколько именно",
        "missing_amount": "о какой сумме или цене идёт речь",
        "missing_duration": "на какой срок",
        "missing_model": "о какой модели идёт речь",
        "smalltalk_greeting": "Привет! Я рассказываю о подборке новостных статей: {coverage}. "
        "Спрашивайте по-русски или по-английски — отвечу точными цитатами из источников.",
        "smalltalk_help": "Я отвечаю на вопросы по подборке статей ({coverage}) точными "
        "цитатами из источников и честно говорю, если в них этого нет. "
        "Команды: /brief, /topics, /sources.",
        "smalltalk_thanks": "Пожалуйста! Спрашивайте ещё.",
        "smalltalk_bye": "До встречи! Возвращайтесь с вопросами.",
        "smalltalk_ack": "👍 Спрашивайте что угодно о брифинге.",
        "examples": "Например:",
        "not_covered": "В брифинге нет сведений о: {names}.",
        "not_found": "Этого в брифинге нет, а гадать я не буду.",
        "covers": "Брифинг охватывает: {coverage}.",
        "try": "Переформулируйте вопрос или посмотрите /topics и /brief.",
        "trimmed": "(Ответ сокращён; нажмите «Ещё», чтобы увидеть другие факты.)",
        "or": "и",
    },
}


def texts(lang: str) -> dict[str, str]:
    """Interface strings for a language (Russian for ``"ru"``, else English)."""
    return _TEXTS["ru" if lang == "ru" else "en"]


def _join(names: tuple[str, ...] | list[str], lang: str) -> str:
    """Names joined as a negative sentence lists them: "France or Germany"."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {texts(lang)['or']} {names[-1]}"


def _clip(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def visible_length(html_text: str) -> int:
    """How long Telegram counts a message we rendered: its visible text in UTF-16 code units.

    Only for HTML made here, where every ``<`` in user data is escaped.
    """
    plain = unescape(_TAG.sub("", html_text))
    return len(plain.encode("utf-16-le", "surrogatepass")) // 2


def source_line(source: Source, lang: str, html: bool = True) -> str:
    """«Title» (Outlet), paragraph N, with a link when the source has one."""
    esc = escape if html else (lambda s: s)
    parts = []
    if source.title:
        parts.append(f"«{esc(_clip(source.title, MAX_TITLE_CHARS))}»")
    if source.outlet:
        parts.append(f"({esc(_clip(source.outlet, MAX_TITLE_CHARS))})")
    line = " ".join(parts)
    if source.paragraph:
        line += f", {texts(lang)['paragraph']} {source.paragraph}"
    if source.url:
        shown = _clip(source.url, MAX_URL_CHARS)
        if html:
            link = f'<a href="{escape(source.url, quote=True)}">{escape(shown)}</a>'
        else:
            link = source.url
        line = f"{line}, {link}" if line else link
    return f"— {line}"


def result_html(result: Result, lang: str) -> str:
    """One fact: the statement in bold, the verbatim quote, its translation, the source."""
    lines = [
        f"<b>{escape(_clip(result.statement, MAX_STATEMENT_CHARS))}</b>",
        f"<blockquote>{escape(_clip(result.quote))}</blockquote>",
    ]
    if result.translation:
        lines.append(f"<i>{escape(_clip(result.translation))}</i>")
    lines.append(source_line(result.source, lang))
    return "\n".join(lines)


def result_text(result: Result, lang: str) -> str:
    """One fact as plain text."""
    lines = [f"* {result.statement}", f"  ❝{result.quote}❞"]
    if result.translation:
        lines.append(f'  "{result.translation}"')
    lines.append("  " + source_line(result.source, lang, html=False))
    return "\n".join(lines)


def _abstention(answer: Answer, html: bool) -> str:
    t = texts(answer.lang)
    esc = escape if html else (lambda s: s)
    if answer.unknown:
        first = t["not_covered"].format(names=esc(_join(answer.unknown, answer.lang)))
    else:
        first = t["not_found"]
    lines = [first]
    if answer.coverage:
        lines.append(t["covers"].format(coverage=esc(answer.coverage)))
    lines.append(t["try"])
    return "\n".join(lines)


def _not_stated(answer: Answer, html: bool) -> list[str]:
    """Why the related facts below are not the answer."""
    t = texts(answer.lang)
    esc = escape if html else (lambda s: s)
    if answer.unknown:
        first = t["not_mentioned"].format(names=esc(_join(answer.unknown, answer.lang)))
    else:
        first = t["not_stated"].format(what=t.get(f"missing_{answer.missing}", "that"))
    return [f"<b>{first}</b>" if html else first, t["what_it_says"]]


def _smalltalk(answer: Answer, html: bool) -> str:
    t = texts(answer.lang)
    esc = escape if html else (lambda s: s)
    lines = [esc(t[f"smalltalk_{answer.smalltalk or 'ack'}"].format(coverage=answer.coverage))]
    if answer.smalltalk in ("greeting", "help") and answer.examples:
        lines.append(t["examples"])
        lines += [f"• {esc(r.label)}" for r in answer.examples]
    return "\n".join(lines)


def fit_count(blocks: list[str], note: str, limit: int = TELEGRAM_LIMIT) -> tuple[str, int]:
    """Join HTML blocks with blank lines; past *limit* visible characters, drop trailing blocks
    and end with *note*.  Returns the text and how many blocks it kept."""
    text = "\n\n".join(blocks)
    if visible_length(text) <= limit:
        return text, len(blocks)
    kept: list[str] = []
    for block in blocks:
        if visible_length("\n\n".join([*kept, block, note])) > limit:
            break
        kept.append(block)
    return "\n\n".join([*kept, note]), len(kept)


def fit_blocks(blocks: list[str], note: str, limit: int = TELEGRAM_LIMIT) -> str:
    """Join HTML blocks with blank lines, dropping trailing blocks (with *note*) past *limit*."""
    return fit_count(blocks, note, limit)[0]


def answer_reply(answer: Answer) -> tuple[str, int]:
    """The Telegram HTML reply for an answer (valid HTML, at most 4096 visible characters)
    and how many of ``answer.results`` it shows (the rest go behind the More button)."""
    t = texts(answer.lang)
    if answer.outcome == ANSWERED:
        blocks = [result_html(r, answer.lang) for r in answer.results]
        return fit_count(blocks, t["trimmed"])
    if answer.outcome == ABSTAIN:
        return _abstention(answer, html=True), 0
    if answer.outcome == SMALLTALK:
        return _smalltalk(answer, html=True), 0
    if answer.outcome == NOT_STATED:
        blocks = [*_not_stated(answer, html=True), *map(_html_of(answer), answer.results[:1])]
        return fit_count(blocks, "…")[0], min(1, len(answer.results))
    blocks = [t["unsure"], result_html(answer.results[0], answer.lang)]
    if len(answer.results) > 1:
        blocks.append(t["unsure_more"])
    return fit_count(blocks, "…")[0], 1


def _html_of(answer: Answer):
    return lambda result: result_html(result, answer.lang)


def answer_html(answer: Answer) -> str:
    """The Telegram HTML reply for an answer (valid HTML, at most 4096 visible characters)."""
    return answer_reply(answer)[0]


def source_html(
    quote: str, paragraph: str | None, translation: str | None, source: Source, lang: str
) -> str:
    """The Source view: the paragraph around a quote with the quote in bold, the quote's
    translation when there is one, and where it comes from."""
    heading = f"<b>{escape(texts(lang)['source'])}</b>"
    start = paragraph.find(quote) if paragraph else -1
    if paragraph is None or start < 0:
        body = f"<b>{escape(_clip(quote))}</b>"
    else:
        end = start + len(quote)
        room = max(0, MAX_PARAGRAPH_CHARS - len(quote)) // 2
        before, after = paragraph[max(0, start - room) : start], paragraph[end : end + room]
        before = ("…" if start > room else "") + before
        after += "…" if end + room < len(paragraph) else ""
        body = f"{escape(before)}<b>{escape(_clip(quote, MAX_PARAGRAPH_CHARS))}</b>{escape(after)}"
    blocks = [heading, f"<blockquote>{body}</blockquote>"]
    if translation:
        blocks.append(f"<i>{escape(_clip(translation))}</i>")
    blocks.append(source_line(source, lang))
    return fit_blocks(blocks, "…")


def answer_text(answer: Answer) -> str:
    """The plain-text reply for the terminal."""
    t = texts(answer.lang)
    if answer.outcome == ANSWERED:
        return "\n\n".join(result_text(r, answer.lang) for r in answer.results)
    if answer.outcome == ABSTAIN:
        return _abstention(answer, html=False)
    if answer.outcome == SMALLTALK:
        return _smalltalk(answer, html=False)
    if answer.outcome == NOT_STATED:
        related = [result_text(r, answer.lang) for r in answer.results[:1]]
        return "\n".join([*_not_stated(answer, html=False), *related])
    options = [f"  {n}. {r.label}" for n, r in enumerate(answer.results[1:], 2)]
    lines = [t["unsure"], result_text(answer.results[0], answer.lang)]
    if options:
        lines += [t["unsure_more"].split("?")[0] + "?", *options]
    return "\n".join(lines)
