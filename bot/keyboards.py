"""Inline keyboards and the callback data they carry (always ≤ 64 bytes)."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.texts import t
from knowledge.answer import NOT_STATED, SMALLTALK, UNSURE, Answer

SOURCE = "src"  # src:<fact id>
MORE = "more"  # more:<offset>  (the question is the message the answer replies to)
FEEDBACK = "fb"  # fb:<+|->:<fact id>
SHOW = "show"  # show:<fact id>  ("did you mean" choice)
BRIEF = "brief"  # brief:<concept id>  ("" for the overall brief)
MAX_DATA = 64


def data(*parts: str | int) -> str:
    """Callback data from parts, cut to Telegram's 64-byte limit."""
    text = ":".join(str(p) for p in parts)
    return text.encode()[:MAX_DATA].decode(errors="ignore")


def split(callback_data: str | None) -> tuple[str, list[str]]:
    """(kind, arguments) of callback data; ``("", [])`` for none."""
    if not callback_data:
        return "", []
    kind, _, rest = callback_data.partition(":")
    if kind == FEEDBACK:
        sign, _, fact_id = rest.partition(":")
        return kind, [sign, fact_id]
    return kind, [rest]


def _label(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def answer_keyboard(
    answer: Answer, offset: int = 0, shown: int | None = None
) -> InlineKeyboardMarkup | None:
    """Buttons under an answer: Source, More, 👍/👎; "did you mean" choices when unsure.

    *offset* is where ``answer.results`` start among all results; *shown* how many of them the
    reply could show (all by default): More continues after the last one shown.
    """
    if answer.outcome == SMALLTALK:
        rows = [
            [InlineKeyboardButton(_label(r.label), callback_data=data(SHOW, r.fact_id))]
            for r in answer.examples
        ]
        return InlineKeyboardMarkup(rows) if rows else None
    if not answer.results:
        return None
    if answer.outcome in (UNSURE, NOT_STATED):
        first = answer.results[0].fact_id
        rows = [
            [
                InlineKeyboardButton(
                    t("btn_source", answer.lang), callback_data=data(SOURCE, first)
                ),
                InlineKeyboardButton("👍", callback_data=data(FEEDBACK, "+", first)),
                InlineKeyboardButton("👎", callback_data=data(FEEDBACK, "-", first)),
            ]
        ]
        rows += [
            [InlineKeyboardButton(_label(r.label), callback_data=data(SHOW, r.fact_id))]
            for r in answer.results[1:]
        ]
        return InlineKeyboardMarkup(rows)
    first = answer.results[0].fact_id
    row = [InlineKeyboardButton(t("btn_source", answer.lang), callback_data=data(SOURCE, first))]
    shown = len(answer.results) if shown is None else max(1, shown)
    if answer.more or shown < len(answer.results):
        next_offset = offset + shown
        row.append(
            InlineKeyboardButton(t("btn_more", answer.lang), callback_data=data(MORE, next_offset))
        )
    row += [
        InlineKeyboardButton("👍", callback_data=data(FEEDBACK, "+", first)),
        InlineKeyboardButton("👎", callback_data=data(FEEDBACK, "-", first)),
    ]
    return InlineKeyboardMarkup([row])


def fact_keyboard(fact_id: str, lang: str) -> InlineKeyboardMarkup:
    """Buttons under a single fact (a brief entry or a "did you mean" choice)."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(t("btn_source", lang), callback_data=data(SOURCE, fact_id)),
                InlineKeyboardButton("👍", callback_data=data(FEEDBACK, "+", fact_id)),
                InlineKeyboardButton("👎", callback_data=data(FEEDBACK, "-", fact_id)),
            ]
        ]
    )
