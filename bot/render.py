"""Rendering an engine ``Answer`` as Telegram HTML or as plain terminal text."""

from __future__ import annotations

from html import escape

from knowledge.answer import ABSTAIN, ANSWERED, Answer, Result, Source

TELEGRAM_LIMIT = 4096
MAX_QUOTE_CHARS = 1200

_TEXTS = {
    "en": {
        "paragraph": "paragraph",
        "unsure": "I'm not certain which fact you mean. Did you mean:",
        "not_covered": "The briefing doesn't cover {names}.",
        "not_found": "That is not in the briefing, and I won't guess.",
        "covers": "It covers: {coverage}.",
        "try": "Try rephrasing, or see /topics and /brief.",
        "trimmed": "(The reply was shortened; tap More for further facts.)",
        "and": "and",
    },
    "ru": {
        "paragraph": "абзац",
        "unsure": "Не уверен, какой факт вы имеете в виду. Возможно, вы спрашиваете:",
        "not_covered": "В брифинге нет сведений о: {names}.",
        "not_found": "Этого в брифинге нет, а гадать я не буду.",
        "covers": "Брифинг охватывает: {coverage}.",
        "try": "Переформулируйте вопрос или посмотрите /topics и /brief.",
        "trimmed": "(Ответ сокращён; нажмите «Ещё», чтобы увидеть другие факты.)",
        "and": "и",
    },
}


def texts(lang: str) -> dict[str, str]:
    """Interface strings for a language (Russian for ``"ru"``, else English)."""
    return _TEXTS["ru" if lang == "ru" else "en"]


def _join(names: tuple[str, ...] | list[str], lang: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {texts(lang)['and']} {names[-1]}"


def _clip(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def source_line(source: Source, lang: str, html: bool = True) -> str:
    """«Title» (Outlet), paragraph N, with a link when the source has one."""
    esc = escape if html else (lambda s: s)
    parts = []
    if source.title:
        parts.append(f"«{esc(source.title)}»")
    if source.outlet:
        parts.append(f"({esc(source.outlet)})")
    line = " ".join(parts)
    if source.paragraph:
        line += f", {texts(lang)['paragraph']} {source.paragraph}"
    if source.url:
        if html:
            link = f'<a href="{escape(source.url, quote=True)}">{escape(source.url)}</a>'
        else:
            link = source.url
        line = f"{line}, {link}" if line else link
    return f"— {line}"


def result_html(result: Result, lang: str) -> str:
    """One fact: the statement in bold, the verbatim quote, its translation, the source."""
    lines = [
        f"<b>{escape(result.statement)}</b>",
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
    if answer.uncovered:
        first = t["not_covered"].format(names=esc(_join(answer.uncovered, answer.lang)))
    else:
        first = t["not_found"]
    lines = [first]
    if answer.coverage:
        lines.append(t["covers"].format(coverage=esc(answer.coverage)))
    lines.append(t["try"])
    return "\n".join(lines)


def fit_blocks(blocks: list[str], note: str, limit: int = TELEGRAM_LIMIT) -> str:
    """Join blocks with blank lines, dropping trailing blocks (with *note*) past *limit*."""
    text = "\n\n".join(blocks)
    if len(text) <= limit:
        return text
    kept: list[str] = []
    for block in blocks:
        if len("\n\n".join([*kept, block, note])) > limit:
            break
        kept.append(block)
    return "\n\n".join([*kept, note])


def answer_html(answer: Answer) -> str:
    """The Telegram HTML reply for an answer (valid HTML, at most 4096 characters)."""
    t = texts(answer.lang)
    if answer.outcome == ANSWERED:
        blocks = [result_html(r, answer.lang) for r in answer.results]
        return fit_blocks(blocks, t["trimmed"])
    if answer.outcome == ABSTAIN:
        return _abstention(answer, html=True)
    options = [f"{n}. {escape(r.statement)}" for n, r in enumerate(answer.results, 1)]
    return fit_blocks([t["unsure"], "\n".join(options)], t["trimmed"])


def answer_text(answer: Answer) -> str:
    """The plain-text reply for the terminal."""
    t = texts(answer.lang)
    if answer.outcome == ANSWERED:
        return "\n\n".join(result_text(r, answer.lang) for r in answer.results)
    if answer.outcome == ABSTAIN:
        return _abstention(answer, html=False)
    options = [f"  {n}. {r.statement}" for n, r in enumerate(answer.results, 1)]
    return "\n".join([t["unsure"], *options])
