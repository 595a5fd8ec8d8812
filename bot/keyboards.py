"""Inline keyboards and their callback data: the one place that builds and parses it.

Each kind of user button is a :class:`Kind` with a prefix and the exact shape of its
arguments. ``bot/app.py`` routes a kind to its handler with ``CallbackQueryHandler(handler,
pattern=KIND.pattern)``; the handler reads the arguments back with ``KIND.parse``. Data that
no kind (and no admin button) matches is :func:`unknown`: stale or forged, answered with a
notice, whatever order the handlers were registered in.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.texts import clip, t
from knowledge.outcomes import NOT_STATED, SMALLTALK, UNSURE, Answer, Result

MAX_DATA = 64  # bytes of callback data Telegram allows
ADMIN_PREFIX = "adm:"  # admin buttons (bot/admin/commands.py, bot/admin/addfact.py)
_FACT_ID = r"([A-Za-z0-9][A-Za-z0-9_.-]{0,55})"  # the shape knowledge/facts.py allows
SHORT = "~"  # starts the short key of a subject whose own key a button cannot carry
_PLAIN_SUBJECT = re.compile(r"(?:topic:)?[a-z0-9_.-]{1,50}")  # keys buttons carry as they are
_SUBJECT = rf"({SHORT}[A-Za-z0-9_-]{{11}}|(?:topic:)?[a-z0-9_.-]{{1,50}})"


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
BRIEF = Kind("brief", rf"({SHORT}[A-Za-z0-9_-]{{11}}|[a-z0-9_.-]{{0,50}})")  # "": overall
LANGUAGE = Kind("lang", r"(en|ru)")  # the reply language chosen
FOLLOW = Kind("fol", _SUBJECT)  # follow a subject (its label key, see subject_key)
UNFOLLOW = Kind("unf", _SUBJECT)  # stop following a subject
MENU = Kind("menu", r"(topics|follow|language)")  # a /start button that opens a command
TOPICS = Kind("tpc", r"([0-9]{1,3})")  # a page of /topics
USER_KINDS = (SOURCE, SHOW, MORE, VOTE, BRIEF, LANGUAGE, FOLLOW, UNFOLLOW, MENU, TOPICS)
# /gaps (bot/admin/gaps.py): a gap is named by the log id of its newest question
GAP_LINK = Kind(ADMIN_PREFIX + "gapl", r"([0-9]{1,12}):([0-9]{1,2})")  # to its n-th closest fact
GAP_NEW = Kind(ADMIN_PREFIX + "gapn", r"([0-9]{1,12})")  # the guided /addfact, prefilled
GAP_DISMISS = Kind(ADMIN_PREFIX + "gapd", r"([0-9]{1,12})")
# /drafts (bot/admin/drafts.py): an action on the draft at a position of the walk
DRAFT_STEP = Kind(ADMIN_PREFIX + "drf", r"(q|s|x):([0-9]{1,4})")  # quote as is, skip, stop
DRAFT_WRITE = Kind(ADMIN_PREFIX + "drw", r"([0-9]{1,4})")  # the guided /addfact, prefilled
DRAFT_OPEN = Kind(ADMIN_PREFIX + "drp", r"([a-z0-9-]{1,50})")  # "Propose facts" on an article


def subject_key(key: str) -> str:
    """What a button carries for a subject (a concept id, or a follow key "topic:" + id):
    the key itself when it is short and plain, else :data:`SHORT` and 11 characters of its
    SHA-256, so an imported id of any length or with ":" still fits Telegram's 64 bytes."""
    if _PLAIN_SUBJECT.fullmatch(key):
        return key
    digest = hashlib.sha256(key.encode()).digest()
    return SHORT + base64.urlsafe_b64encode(digest).decode()[:11]


def subject_of(carried: str, keys: Iterable[str]) -> str | None:
    """The subject key a button carried: itself when plain, else the one of *keys* whose
    :func:`subject_key` it is (None when no subject has it any more)."""
    if not carried.startswith(SHORT):
        return carried
    return next((key for key in keys if subject_key(key) == carried), None)


def unknown(data: object) -> bool:
    """True for callback data no user button kind parses and no admin button claims."""
    if isinstance(data, str) and data.startswith(ADMIN_PREFIX):
        return False
    return all(kind.parse(data) is None for kind in USER_KINDS)


VOTED = " ✓"  # marks the vote a user gave on a fact's button


def _vote_label(sign: str, chosen: bool = False) -> str:
    return ("👍" if sign == "+" else "👎") + (VOTED if chosen else "")


def _fact_buttons(fact_id: str, lang: str, number: int | None = None) -> list[InlineKeyboardButton]:
    """Source, 👍 and 👎 of one fact (numbered like the fact when a reply shows several)."""
    source = t("btn_source", lang) if number is None else f"{number} · {t('btn_source', lang)}"
    return [
        InlineKeyboardButton(source, callback_data=SOURCE.data(fact_id)),
        InlineKeyboardButton(_vote_label("+"), callback_data=VOTE.data("+", fact_id)),
        InlineKeyboardButton(_vote_label("-"), callback_data=VOTE.data("-", fact_id)),
    ]


def with_vote(markup: InlineKeyboardMarkup, fact_id: str, sign: str) -> InlineKeyboardMarkup:
    """*markup* with the user's vote on *fact_id* marked (and the other vote unmarked)."""
    rows = []
    for row in markup.inline_keyboard:
        buttons = []
        for button in row:
            vote = VOTE.parse(button.callback_data)
            if vote is not None and vote[1] == fact_id:
                label = _vote_label(vote[0], chosen=vote[0] == sign)
                button = InlineKeyboardButton(label, callback_data=button.callback_data)
            buttons.append(button)
        rows.append(buttons)
    return InlineKeyboardMarkup(rows)


def _choices(results: Iterable[Result]) -> list[list[InlineKeyboardButton]]:
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
    shown = len(answer.results) if shown is None else max(1, shown)
    if shown == 1:
        rows = [_fact_buttons(first, answer.lang)]
    else:
        rows = [
            _fact_buttons(r.fact_id, answer.lang, n)
            for n, r in enumerate(answer.results[:shown], 1)
        ]
    if (answer.more or shown < len(answer.results)) and offset + shown < 1000:
        more = InlineKeyboardButton(
            t("btn_more", answer.lang), callback_data=MORE.data(offset + shown)
        )
        if shown == 1:
            rows[0].insert(1, more)
        else:
            rows.append([more])
    return InlineKeyboardMarkup(rows)


def fact_keyboard(fact_id: str, lang: str, back: str | None = None) -> InlineKeyboardMarkup:
    """Buttons under a single fact (a brief entry or a "did you mean" choice); with *back*
    (callback data), a ◀ Back button to where the reader came from."""
    rows = [_fact_buttons(fact_id, lang)]
    return InlineKeyboardMarkup(rows + ([[back_button(back, lang)]] if back else []))


def back_button(data: str, lang: str) -> InlineKeyboardButton:
    """◀ Back: to the view a message showed before a button replaced it."""
    return InlineKeyboardButton(t("btn_back", lang), callback_data=data)


def with_back(markup: InlineKeyboardMarkup | None, data: str, lang: str) -> InlineKeyboardMarkup:
    """*markup* with a ◀ Back row under it."""
    rows = [list(row) for row in markup.inline_keyboard] if markup else []
    return InlineKeyboardMarkup([*rows, [back_button(data, lang)]])


MAX_NOTIFIED_FACTS = 3  # facts of a notification or digest with their own buttons


def notification_keyboard(
    fact_ids: list[str], subjects: list[tuple[str, str]], lang: str
) -> InlineKeyboardMarkup | None:
    """Under a 🔔 or 🗞 message: Source, 👍 and 👎 of its (first) facts, numbered when there
    are several, then an Unfollow button per (name, subject key) it came for."""
    shown = fact_ids[:MAX_NOTIFIED_FACTS]
    rows = [
        _fact_buttons(f, lang, n if len(fact_ids) > 1 else None) for n, f in enumerate(shown, 1)
    ]
    rows += [
        [
            InlineKeyboardButton(
                t("btn_unfollow", lang, name=clip(name, 40)),
                callback_data=UNFOLLOW.data(subject_key(key)),
            )
        ]
        for name, key in subjects
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def brief_button(label: str, concept_id: str) -> InlineKeyboardButton:
    """A button that opens the brief on a concept."""
    return InlineKeyboardButton(label, callback_data=BRIEF.data(subject_key(concept_id)))


def brief_keyboard(
    fact_ids: list[str], topics: list[tuple[str, str]]
) -> InlineKeyboardMarkup | None:
    """Under a /brief: a numbered button per listed fact (the fact with its quote), then
    buttons of (label, concept id) topics to go deeper."""
    rows = [
        [
            InlineKeyboardButton(str(n), callback_data=SHOW.data(f))
            for n, f in enumerate(fact_ids, 1)
        ]
    ]
    deeper = [brief_button(label, concept_id) for label, concept_id in topics]
    rows += [deeper[i : i + 3] for i in range(0, len(deeper), 3)]
    rows = [row for row in rows if row]
    return InlineKeyboardMarkup(rows) if rows else None


PAGE = 8  # subject buttons on one page of a list
MAX_LABEL = 24  # characters of a subject button's label


def topics_keyboard(subjects: list[tuple[str, str]], page: int) -> InlineKeyboardMarkup:
    """One page of (label, concept id) subjects as buttons that open their brief, two a row,
    with ◀ ▶ to the other pages."""
    pages = max(1, -(-len(subjects) // PAGE))
    page = min(max(page, 0), pages - 1)
    shown = subjects[page * PAGE : (page + 1) * PAGE]
    buttons = [brief_button(clip(label, MAX_LABEL), concept_id) for label, concept_id in shown]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    turn = []
    if page > 0:
        turn.append(InlineKeyboardButton("◀", callback_data=TOPICS.data(page - 1)))
    if pages > 1:
        turn.append(InlineKeyboardButton(f"{page + 1}/{pages}", callback_data=TOPICS.data(page)))
    if page < pages - 1:
        turn.append(InlineKeyboardButton("▶", callback_data=TOPICS.data(page + 1)))
    return InlineKeyboardMarkup([*rows, turn] if turn else rows)


def start_keyboard(lang: str) -> InlineKeyboardMarkup:
    """Under /start: the overall brief, the topics, following and the reply language."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(t("btn_menu_brief", lang), callback_data=BRIEF.data("")),
                InlineKeyboardButton(t("btn_menu_topics", lang), callback_data=MENU.data("topics")),
            ],
            [
                InlineKeyboardButton(t("btn_menu_follow", lang), callback_data=MENU.data("follow")),
                InlineKeyboardButton(
                    t("btn_menu_language", lang), callback_data=MENU.data("language")
                ),
            ],
        ]
    )


LANGUAGE_LABELS = {"en": "English", "ru": "Русский"}


def language_keyboard(chosen: str | None = None) -> InlineKeyboardMarkup:
    """The reply languages to choose from, the *chosen* one marked ✓."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    f"✓ {label}" if lang == chosen else label, callback_data=LANGUAGE.data(lang)
                )
                for lang, label in LANGUAGE_LABELS.items()
            ]
        ]
    )
