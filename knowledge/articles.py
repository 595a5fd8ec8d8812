"""Source articles: boilerplate stripping, paragraphs, sentences, and finding quotes in them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from rapidfuzz import fuzz, process
from razdel import sentenize

from knowledge.language import every
from knowledge.language.words import LETTER_VARIANTS, fold
from knowledge.store.bundle import read_table, read_text

# Web-page debris that ends or decorates copied articles; a line that is one of these (or
# anything after a "related articles" marker) is not part of the text.
_DEBRIS_LINES = frozenset(every(lambda lang: lang.DEBRIS_LINES))
_TAIL_MARKERS = frozenset(every(lambda lang: lang.TAIL_MARKERS))
_SENTENCE_END = re.compile(r"[.!?…»\"”):;]$")
# What a quote may differ in from its article and still be the article's words: letters
# written two ways (ё/е), the kind of quotation marks or dashes, and whitespace (runs,
# no-break and zero-width spaces).
_SAME = str.maketrans(
    LETTER_VARIANTS | dict.fromkeys("«»„“”‟″‹›‘’‚‛`′'", '"') | dict.fromkeys("‐‑‒–—―−", "-")
)
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_HEADING_MAX_WORDS = 12


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph: its 1-based number, its text and its sentences."""

    number: int
    text: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class Article:
    """An article as stored: metadata plus the verbatim text it was received with."""

    id: str
    title: str
    text: str
    outlet: str | None = None
    lang: str = "ru"
    date: str | None = None
    url: str | None = None
    title_en: str | None = None
    origin: str = "seed"
    extra: dict[str, Any] = field(default_factory=dict[str, Any], compare=False, repr=False)

    @cached_property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Body paragraphs, without headline, subheadings and web debris."""
        return split_paragraphs(self.text, self.title)

    def locate(self, quote: str) -> int | None:
        """Number of the paragraph holding *quote* verbatim, or None when it is not verbatim."""
        if not quote.strip():
            return None
        for paragraph in self.paragraphs:
            if quote in paragraph.text:
                return paragraph.number
        return None

    def find(self, quote: str) -> tuple[int, str] | None:
        """(paragraph number, the quote as the article writes it) for a quote that stands in
        the article verbatim or differs only in ё/е, quotation marks, dashes or whitespace."""
        quote = quote.strip()
        number = self.locate(quote)
        if number is not None:
            return number, quote
        wanted = _loose(quote)[0]
        if not wanted:
            return None
        for paragraph in self.paragraphs:
            loose, starts = _loose(paragraph.text)
            at = loose.find(wanted)
            if at >= 0:
                end = starts[at + len(wanted) - 1] + 1
                return paragraph.number, paragraph.text[starts[at] : end]
        return None

    def closest_sentences(self, quote: str, limit: int = 3) -> list[str]:
        """The article's sentences most like *quote* (to help someone fix a near-miss)."""
        sentences = [s for p in self.paragraphs for s in p.sentences]
        found = process.extract(
            fold(quote), [fold(s) for s in sentences], scorer=fuzz.WRatio, limit=limit
        )
        return [sentences[index] for _, score, index in found if score >= 50]

    def paragraph(self, number: int) -> Paragraph | None:
        """The paragraph with that number, if any."""
        if 1 <= number <= len(self.paragraphs):
            return self.paragraphs[number - 1]
        return None


def _loose(text: str) -> tuple[str, list[int]]:
    """*text* with ё, quotation marks, dashes and whitespace made uniform (a whitespace run is
    one space, invisible characters go), and where each of its characters starts in *text*."""
    chars: list[str] = []
    starts: list[int] = []
    for i, char in enumerate(text):
        if char in _INVISIBLE or (char.isspace() and chars and chars[-1] == " "):
            continue
        chars.append(" " if char.isspace() else char.translate(_SAME))
        starts.append(i)
    return "".join(chars), starts


def strip_boilerplate(text: str) -> str:
    """Remove web-page debris lines and everything after a 'related articles' marker."""
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        key = line.strip().casefold()
        if key in _TAIL_MARKERS:
            break
        if key in _DEBRIS_LINES:
            continue
        kept.append(line)
    return "\n".join(kept).strip()


def _is_heading(line: str, title: str | None) -> bool:
    if title and fold(line) == fold(title):
        return True
    return len(line.split()) <= _HEADING_MAX_WORDS and not _SENTENCE_END.search(line)


def split_sentences(text: str) -> tuple[str, ...]:
    """Russian-aware sentence split (quotes, initials, abbreviations) via razdel."""
    return tuple(s.text for s in sentenize(text))


def split_paragraphs(text: str, title: str | None = None) -> tuple[Paragraph, ...]:
    """Split article text into numbered body paragraphs.

    A paragraph is a non-empty line. A short line without closing punctuation is a headline
    or subheading and is not counted, nor is web debris.
    """
    body = strip_boilerplate(text)
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    paragraphs: list[Paragraph] = []
    for line in lines:
        if _is_heading(line, title):
            continue
        paragraphs.append(Paragraph(len(paragraphs) + 1, line, split_sentences(line)))
    return tuple(paragraphs)


def bundled_articles() -> list[Article]:
    """The curated articles shipped in ``knowledge/data``."""
    articles = []
    for item in read_table("articles"):
        text = read_text(f"articles/{item['file']}")
        articles.append(
            Article(
                id=item["id"],
                title=item["title"],
                title_en=item.get("title_en"),
                text=text,
                outlet=item.get("outlet"),
                lang=item.get("lang", "ru"),
                date=item.get("date"),
                url=item.get("url"),
            )
        )
    return articles
