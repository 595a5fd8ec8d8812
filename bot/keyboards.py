"""Inline keyboards and their callback data: the one place that builds and parses it.

Each kind of user button is a :class:`Kind` with a prefix and the exact shape of its
arguments. ``bot/app.py`` routes a kind to its handler with ``CallbackQueryHandler(handler,
pattern=KIND.pattern)``; the handler reads the arguments back with ``KIND.parse``. Data that
no kind (and no admin button) matches is :func:`unknown`: stale or forged, answered with a
notice, whatever order the handlers were registered in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.texts import clip, t
from knowledge.answer import NOT_STATED, SMALLTALK, UNSURE, Answer

MAX_DATA = 64  # bytes of callback data Telegram allows
ADMIN_PREFIX = "adm:"  # admin buttons (bot/admin.py, bot/admin_conversation.py)
_FACT_ID = r"([A-Za-z0-9][A-Za-z0-9_.-]{0,55})"  # the shape knowledge/facts.py allows


@dataclass(frozen=True)
class Kind:
    """One kind of button: ``prefix:arg1:arg2`` with arguments of a fixed shape."""

    prefix: str
    arguments: str  # a regular expression with one group per argument

    @property
    def pattern(self) -> re.Pattern[str]:
        """What the whole callback data of this kind looks like (for CallbackQueryHandler)."""
        return re.compile(rf"^{re.escape(self.prefix)}:{self.arguments}$")

    def data(self, *arguments: str | int) -> str:
        """The callback data for *arguments*."""
        data = ":".join([self.prefix, *map(str, arguments)])
        if len(data.encode()) > MAX_DATA:
            raise ValueError(f"callback data over {MAX_DATA} bytes: {data!r}")
        return data

    def fits(self, *arguments: str | int) -> bool:
        """True when the data for *arguments* stays within Telegram's 64 bytes."""
        return len(":".join([self.prefix, *map(str, arguments)]).encode()) <= MAX_DATA

    def parse(self, data: object) -> tuple[str, ...] | None:
        """The arguments in *data*, or None when it is not this kind's."""
        match = self.pattern.match(data) if isinstance(data, str) else None
        return match.groups() if match else None


SOURCE = Kind("src", _FACT_ID)  # the paragraph around a fact's quote
SHOW = Kind("show", _FACT_ID)  # one fact in full ("did you mean", examples)
MORE = Kind("more", r"([0-9]{1,3})")  # further results; the question is the replied message
VOTE = Kind("fb", r"([+-]):" + _FACT_ID)  # 👍 / 👎 on a fact
BRIEF = Kind("brief", r"([a-z0-9_.-]{0,58})")  # a concept's brief; "" for the overall one
USER_KINDS = (SOURCE, SHOW, MORE, VOTE, BRIEF)


def unknown(data: object) -> bool:
    """True for callback data no user button kind parses and no admin button claims."""
    if isinstance(data, str) and data.startswith(ADMIN_PREFIX):
        return False
    return all(kind.parse(data) is None for kind in USER_KINDS)


def _fact_buttons(fact_id: str, lang: str) -> list[InlineKeyboardButton]:
    """Source, 👍 and 👎 of one fact."""
    return [
        InlineKeyboardButton(t("btn_source", lang), callback_data=SOURCE.data(fact_id)),
        InlineKeyboardButton("👍", callback_data=VOTE.data("+", fact_id)),
        InlineKeyboardButton("👎", callback_data=VOTE.data("-", fact_id)),
    ]


def _choices(results) -> list[list[InlineKeyboardButton]]:
    """One "did you mean" / example button a row, labelled with the fact's readable label."""
    return [
        [InlineKeyboardButton(r.label or clip(r.statement, 60), callback_data=SHOW.data(r.fact_id))]
        for r in results
    ]


def answer_keyboard(
    answer: Answer, offset: int = 0, shown: int | None = None
) -> InlineKeyboardMarkup | None:
    """Buttons under an answer: Source, More, 👍/👎; "did you mean" choices when unsure.

    *offset* is where ``answer.results`` start among all results; *shown* how many of them the
    reply could show (all by default): More continues after the last one shown.
    """
    if answer.outcome == SMALLTALK:
        rows = _choices(answer.examples)
        return InlineKeyboardMarkup(rows) if rows else None
    if not answer.results:
        return None
    first = answer.results[0].fact_id
    if answer.outcome in (UNSURE, NOT_STATED):
        return InlineKeyboardMarkup(
            [_fact_buttons(first, answer.lang), *_choices(answer.results[1:])]
        )
    row = _fact_buttons(first, answer.lang)
    shown = len(answer.results) if shown is None else max(1, shown)
    if (answer.more or shown < len(answer.results)) and offset + shown < 1000:
        more = MORE.data(offset + shown)
        row.insert(1, InlineKeyboardButton(t("btn_more", answer.lang), callback_data=more))
    return InlineKeyboardMarkup([row])


def fact_keyboard(fact_id: str, lang: str) -> InlineKeyboardMarkup:
    """Buttons under a single fact (a brief entry or a "did you mean" choice)."""
    return InlineKeyboardMarkup([_fact_buttons(fact_id, lang)])


def brief_button(label: str, concept_id: str) -> InlineKeyboardButton:
    """A button that opens the brief on a concept."""
    return InlineKeyboardButton(label, callback_data=BRIEF.data(concept_id))
