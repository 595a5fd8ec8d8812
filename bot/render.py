"""Rendering an engine ``Answer`` as Telegram HTML or as plain terminal text.

A reply is sized for a phone: each fact says its statement once in the reader's language,
keeps the verbatim quote (collapsed in an expandable blockquote under the statement), adds
the quote's translation only when it says more than the statement, and names its source
with a short label; the full title and link are behind the Source button, further facts
behind More.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from html import escape, unescape
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from bot.texts import clip, texts
from knowledge.language.cases import listing
from knowledge.language.words import fold
from knowledge.outcomes import Answer, Outcome, Result, Source

TELEGRAM_LIMIT = 4096  # visible characters (UTF-16 code units) of one message
MAX_QUOTE_CHARS = 500  # of a quote in an answer (the Source view shows all of it)
MAX_STATEMENT_CHARS = 300
MAX_LABEL_CHARS = 40  # a source's short label: outlet, or the article's title cut short
SCREEN = 1000  # visible characters an answer of several facts stays within (one always shown)
MAX_SHOWN = 3  # facts shown at once; the rest are behind More
BRIEF_LIMIT = 1500  # visible characters of a /brief
MAX_BRIEF_STATEMENT = 220
NEAR_IDENTICAL = 80  # token-sort ratio of folded texts at which two sentences say the same
MAX_TITLE_CHARS = 300
MAX_URL_CHARS = 300
MAX_PARAGRAPH_CHARS = 3000  # the Source view shows at most this much context around a quote
_TAG = re.compile(r"<[^>]*>")


def _join(names: tuple[str, ...] | list[str], lang: str) -> str:
    """Names joined as a negative sentence lists them: "France or Germany" (in Russian
    «Франция и Германия», after a colon: a name the briefing does not know is not declined)."""
    return listing(names, texts(lang)["or"])


def plain_text(html_text: str) -> str:
    """The visible text of HTML made here (where every ``<`` in user data is escaped)."""
    return unescape(_TAG.sub("", html_text))


def visible_length(html_text: str) -> int:
    """How long Telegram counts a message we rendered: its visible text in UTF-16 code units."""
    return len(plain_text(html_text).encode("utf-16-le", "surrogatepass")) // 2


def source_line(source: Source, lang: str, html: bool = True) -> str:
    """«Title» (Outlet), paragraph N, with a link when the source has one."""
    esc = escape if html else (lambda s: s)
    parts = []
    title = source.title_in(lang)
    if title:
        parts.append(f"«{esc(clip(title, MAX_TITLE_CHARS))}»")
    if source.outlet:
        parts.append(f"({esc(clip(source.outlet, MAX_TITLE_CHARS))})")
    line = " ".join(parts)
    if source.paragraph:
        line += f", {texts(lang)['paragraph']} {source.paragraph}"
    if source.url:
        shown = clip(source.url, MAX_URL_CHARS)
        if html:
            link = f'<a href="{escape(source.url, quote=True)}">{escape(shown)}</a>'
        else:
            link = source.url
        line = f"{line}, {link}" if line else link
    return f"— {line}"


def short_source(source: Source, lang: str, html: bool = True) -> str:
    """— Outlet, paragraph N: the outlet, else the article's title (in the reader's language
    when there is one) cut short, else the link's host."""
    title = source.title_in(lang)
    if source.outlet:
        name = clip(source.outlet, MAX_LABEL_CHARS)
    elif title:
        name = f"«{clip(title, MAX_LABEL_CHARS, words=True)}»"
    else:
        name = urlsplit(source.url or "").hostname or ""
    parts = [escape(name) if html else name]
    if source.paragraph:
        parts.append(f"{texts(lang)['paragraph']} {source.paragraph}")
    return "— " + ", ".join(part for part in parts if part)


@lru_cache(maxsize=4096)  # the same facts are shown again and again: compare them once
def _near(one: str | None, other: str | None) -> bool:
    """True when two sentences say the same in the same words (give or take a few)."""
    if not one or not other:
        return False
    return fuzz.token_sort_ratio(fold(one), fold(other)) >= NEAR_IDENTICAL


@dataclass(frozen=True)
class _Said:
    """What a reply says of a fact: each sentence once."""

    statement: str | None  # None when the quote says it in the same words
    quote: str
    translation: str | None  # None when the statement says it already


def _said(result: Result) -> _Said:
    statement = None if _near(result.statement, result.quote) else result.statement
    translation = result.translation
    if _near(translation, statement or result.statement):
        translation = None
    return _Said(statement, result.quote, translation)


def result_html(
    result: Result, lang: str, number: int | None = None, *, cited: bool = False
) -> str:
    """One fact: the statement in bold, the verbatim quote (collapsed under a statement), its
    translation when it adds to the statement, and the short source label; *cited*: the full
    source line with its link instead (a notification has no Source button)."""
    return _fact_html(
        result.statement, result.quote, result.translation, result.source, lang, number, cited
    )


@lru_cache(maxsize=4096)  # answers show the same facts again and again: render each once
def _fact_html(
    statement: str,
    quote: str,
    translation: str | None,
    source: Source,
    lang: str,
    number: int | None,
    cited: bool,
) -> str:
    """:func:`result_html` of a fact with these texts (an edited fact's new texts are another
    entry)."""
    result = Result("", 0.0, statement, quote, translation, source)
    said = _said(result)
    mark = f"{number}. " if number else ""
    quote = escape(clip(said.quote, MAX_QUOTE_CHARS))
    if said.statement:
        lines = [
            f"<b>{mark}{escape(clip(said.statement, MAX_STATEMENT_CHARS))}</b>",
            f"<blockquote expandable>{quote}</blockquote>",
        ]
    else:
        lines = [f"<b>{mark.strip()}</b>"] if mark else []
        lines.append(f"<blockquote>{quote}</blockquote>")
    if said.translation:
        lines.append(f"<i>{escape(clip(said.translation, MAX_QUOTE_CHARS))}</i>")
    lines.append((source_line if cited else short_source)(result.source, lang))
    return "\n".join(lines)


def result_text(result: Result, lang: str) -> str:
    """One fact as plain text (each sentence once, the full source line)."""
    said = _said(result)
    lines = (
        [f"* {said.statement}", f"  ❝{said.quote}❞"] if said.statement else [f"* ❝{said.quote}❞"]
    )
    if said.translation:
        lines.append(f'  "{said.translation}"')
    lines.append("  " + source_line(result.source, lang, html=False))
    return "\n".join(lines)


def brief_html(
    title: str, results: list[Result] | tuple[Result, ...], lang: str, first: int = 1
) -> tuple[str, int]:
    """A /brief: the title, one numbered line per fact (its statement and short source,
    numbered from *first*) and a hint at the buttons, within :data:`BRIEF_LIMIT`; returns
    the text and how many facts it lists."""
    lines = [
        f"{n}. {escape(clip(r.statement, MAX_BRIEF_STATEMENT))} {short_source(r.source, lang)}"
        for n, r in enumerate(results, first)
    ]
    hint = f"<i>{escape(texts(lang)['brief_deeper'])}</i>"
    text, kept = fit_count([f"<b>{escape(title)}</b>", *lines], "…", BRIEF_LIMIT - 80)
    return f"{text}\n\n{hint}", max(0, kept - 1)


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


def _unsure_lead(answer: Answer, html: bool) -> list[str]:
    """The lines before an unsure reply's closest fact: the words of the question no fact
    uses, when there are any (the reader may say them otherwise, or learn the briefing
    lacks them), and that the fact is a guess."""
    t = texts(answer.lang)
    esc = escape if html else (lambda s: s)
    opening, closing = ("«", "»") if answer.lang == "ru" else ("“", "”")
    words = ", ".join(f"{opening}{esc(word)}{closing}" for word in answer.unused)
    return [t["unsure_unused"].format(words=words), t["unsure"]] if words else [t["unsure"]]


def _smalltalk(answer: Answer, html: bool) -> str:
    t = texts(answer.lang)
    esc = escape if html else (lambda s: s)
    lines = [esc(t[f"smalltalk_{answer.smalltalk or 'ack'}"].format(coverage=answer.coverage))]
    if answer.smalltalk in ("greeting", "help", "context") and answer.examples:
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
    if answer.outcome == Outcome.ANSWERED:
        count = _screenful(answer)
        numbered = count > 1
        blocks = [
            result_html(r, answer.lang, n if numbered else None)
            for n, r in enumerate(answer.results[:count], 1)
        ]
        return fit_count(blocks, t["trimmed"])
    if answer.outcome == Outcome.ABSTAIN:
        return _abstention(answer, html=True), 0
    if answer.outcome == Outcome.SMALLTALK:
        return _smalltalk(answer, html=True), 0
    if answer.outcome == Outcome.NOT_STATED:
        blocks = [*_not_stated(answer, html=True), *map(_html_of(answer), answer.results[:1])]
        return fit_count(blocks, "…")[0], min(1, len(answer.results))
    blocks = [
        "\n".join(_unsure_lead(answer, html=True)),
        result_html(answer.results[0], answer.lang),
    ]
    if len(answer.results) > 1:
        blocks.append(t["unsure_more"])
    return fit_count(blocks, "…")[0], 1


def _screenful(answer: Answer) -> int:
    """How many of an answer's facts fit one phone screen (:data:`SCREEN`); at least one."""
    blocks = [result_html(r, answer.lang, 9) for r in answer.results[:MAX_SHOWN]]
    count = 1
    while count < len(blocks) and visible_length("\n\n".join(blocks[: count + 1])) <= SCREEN:
        count += 1
    return count


def _html_of(answer: Answer) -> Callable[[Result], str]:
    return lambda result: result_html(result, answer.lang)


def answer_html(answer: Answer) -> str:
    """The Telegram HTML reply for an answer (valid HTML, at most 4096 visible characters)."""
    return answer_reply(answer)[0]


def source_html(
    quote: str, paragraph: str | None, translation: str | None, source: Source, lang: str
) -> str:
    """The Source view: the paragraph around a quote with the quote in bold, the quote's
    translation when there is one, and where it comes from."""
    heading = f"<b>{escape(texts(lang)['source_title'])}</b>"
    start = paragraph.find(quote) if paragraph else -1
    if paragraph is None or start < 0:
        body = f"<b>{escape(clip(quote, MAX_QUOTE_CHARS))}</b>"
    else:
        end = start + len(quote)
        room = max(0, MAX_PARAGRAPH_CHARS - len(quote)) // 2
        before, after = paragraph[max(0, start - room) : start], paragraph[end : end + room]
        before = ("…" if start > room else "") + before
        after += "…" if end + room < len(paragraph) else ""
        body = f"{escape(before)}<b>{escape(clip(quote, MAX_PARAGRAPH_CHARS))}</b>{escape(after)}"
    blocks = [heading, f"<blockquote>{body}</blockquote>"]
    if translation:
        blocks.append(f"<i>{escape(clip(translation, MAX_QUOTE_CHARS))}</i>")
    blocks.append(source_line(source, lang))
    return fit_blocks(blocks, "…")


def answer_text(answer: Answer) -> str:
    """The plain-text reply for the terminal."""
    t = texts(answer.lang)
    if answer.outcome == Outcome.ANSWERED:
        return "\n\n".join(result_text(r, answer.lang) for r in answer.results)
    if answer.outcome == Outcome.ABSTAIN:
        return _abstention(answer, html=False)
    if answer.outcome == Outcome.SMALLTALK:
        return _smalltalk(answer, html=False)
    if answer.outcome == Outcome.NOT_STATED:
        related = [result_text(r, answer.lang) for r in answer.results[:1]]
        return "\n".join([*_not_stated(answer, html=False), *related])
    options = [f"  {n}. {r.label}" for n, r in enumerate(answer.results[1:], 2)]
    lines = [*_unsure_lead(answer, html=False), result_text(answer.results[0], answer.lang)]
    if options:
        lines += [t["unsure_more"].split("?")[0] + "?", *options]
    return "\n".join(lines)
