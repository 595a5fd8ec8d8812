"""Inline keyboards and their callback data: the one place that builds and parses it.

Each kind of button is a :class:`Kind` with a prefix and the exact shape of its arguments;
readers' kinds are :data:`USER_KINDS`, curators' :data:`ADMIN_KINDS` (their prefixes start with
``adm:``, which only admins may press). A face module routes a kind to its handler with
``CallbackQueryHandler(handler, pattern=KIND.pattern)``; the handler reads the arguments back
with ``KIND.parse``. Data that no reader's kind matches is :func:`unknown`, and ``adm:`` data
that no admin handler takes is :func:`stale_admin`: stale or forged, answered with a notice.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.deeplinks import share_query
from bot.texts import LANGUAGE_LABELS, clip, t, t_named
from knowledge.language.names import Concept
from knowledge.outcomes import Answer, Outcome, Result

T = TypeVar("T")
MAX_DATA = 64  # bytes of callback data Telegram allows
ADMIN_PREFIX = "adm:"  # admin buttons: only admins may press them (bot/access.py)
_FACT_ID = r"([A-Za-z0-9][A-Za-z0-9_.-]{0,55})"  # the shape knowledge/facts.py allows
SHORT = "~"  # starts the short key of a subject whose own key a button cannot carry
_PLAIN_SUBJECT = re.compile(r"(?:topic:)?[a-z0-9_.-]{1,50}")  # keys buttons carry as they are
_SUBJECT = rf"({SHORT}[A-Za-z0-9_-]{{11}}|(?:topic:)?[a-z0-9_.-]{{1,50}})"
_CONCEPT = rf"({SHORT}[A-Za-z0-9_-]{{11}}|[a-z0-9_.-]{{0,50}})"  # "" for none (overall)


@dataclass(frozen=True)
class Kind:
    """One kind of button: ``prefix:arg1:arg2`` with arguments of a fixed shape (or the
    prefix alone, for a kind without arguments)."""

    prefix: str
    arguments: str = ""  # a regular expression with one group per argument

    @property
    def pattern(self) -> re.Pattern[str]:
        """What the whole callback data of this kind looks like (for CallbackQueryHandler)."""
        arguments = f":{self.arguments}" if self.arguments else ""
        return re.compile(rf"^{re.escape(self.prefix)}{arguments}\Z")

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
BRIEF = Kind("brief", _CONCEPT)  # a concept's brief; "" for the overall one
LANGUAGE = Kind("lang", r"(en|ru)")  # the reply language chosen
FOLLOW = Kind("fol", _SUBJECT)  # follow a subject (its label key, see button_key)
UNFOLLOW = Kind("unf", _SUBJECT)  # stop following a subject
MENU = Kind("menu", r"(topics|follow|language)")  # a /start button that opens a command
TOPICS = Kind("tpc", r"([0-9]{1,3})")  # a page of /topics
HELLO = Kind("hello", r"(en|ru)")  # the reply language chosen under the first /start
BRIEF_PAGE = Kind("brp", r"([0-9]{1,3}):" + _CONCEPT)  # a page of a brief, its concept
FOLLOW_PAGE = Kind("folp", r"([0-9]{1,3})")  # a page of /follow's subjects
USER_KINDS = (
    SOURCE, SHOW, MORE, VOTE, BRIEF, LANGUAGE, FOLLOW, UNFOLLOW, MENU, TOPICS, HELLO,
    BRIEF_PAGE, FOLLOW_PAGE,
)  # fmt: skip
_ARTICLE_ID = r"([A-Za-z0-9][A-Za-z0-9_.:-]{0,79})"  # the shape a backup's article ids have
FACTS = Kind(ADMIN_PREFIX + "facts", r"([0-9]{1,6})")  # a page of /facts, by its first fact
# the guided /addfact (bot/admin/addfact.py): the article cited, then Save or Discard
FORM_SOURCE = Kind(ADMIN_PREFIX + "src", _ARTICLE_ID)
FORM_SAVE = Kind(ADMIN_PREFIX + "ok")
FORM_DISCARD = Kind(ADMIN_PREFIX + "no")
# a quote another fact cites (bot/admin/quotes.py): edit that fact instead, or save a new one
DUPLICATE = Kind(ADMIN_PREFIX + "dup", r"(edit|new)")
# /gaps (bot/admin/gaps.py): a gap is named by the log id of its newest question
GAP_LINK = Kind(ADMIN_PREFIX + "gapl", r"([0-9]{1,12}):([0-9]{1,2})")  # to its n-th closest fact
GAP_NEW = Kind(ADMIN_PREFIX + "gapn", r"([0-9]{1,12})")  # the guided /addfact, prefilled
GAP_DISMISS = Kind(ADMIN_PREFIX + "gapd", r"([0-9]{1,12})")
# /drafts (bot/admin/drafts.py): an action on the draft at a position of the walk
DRAFT_STEP = Kind(ADMIN_PREFIX + "drf", r"(q|s|x):([0-9]{1,4})")  # quote as is, skip, stop
DRAFT_WRITE = Kind(ADMIN_PREFIX + "drw", r"([0-9]{1,4})")  # the guided /addfact, prefilled
DRAFT_OPEN = Kind(ADMIN_PREFIX + "drp", r"([a-z0-9-]{1,50})")  # "Propose facts" on an article
# a .txt sent without a caption (bot/admin/commands.py), named by the id of its message
UPLOAD = Kind(ADMIN_PREFIX + "upl", r"(article|import):([0-9]{1,12})")
FORM_KINDS = (FORM_SOURCE, FORM_SAVE, FORM_DISCARD)  # taken only while a form waits for them
ADMIN_KINDS = (
    FACTS,
    *FORM_KINDS,
    DUPLICATE,
    GAP_LINK,
    GAP_NEW,
    GAP_DISMISS,
    DRAFT_STEP,
    DRAFT_WRITE,
    DRAFT_OPEN,
    UPLOAD,
)


def cited_fact(markup: InlineKeyboardMarkup | None) -> str | None:
    """The fact of the first Source button on a message's keyboard, if it has one."""
    buttons = (button for row in markup.inline_keyboard for button in row) if markup else ()
    return next((found[0] for b in buttons if (found := SOURCE.parse(b.callback_data))), None)


def button_key(key: str) -> str:
    """What a button carries for a subject (a concept id, or a follow key "topic:" + id):
    the key itself when it is short and plain, else :data:`SHORT` and 11 characters of its
    SHA-256, so an imported id of any length or with ":" still fits Telegram's 64 bytes."""
    if _PLAIN_SUBJECT.fullmatch(key):
        return key
    digest = hashlib.sha256(key.encode()).digest()
    return SHORT + base64.urlsafe_b64encode(digest).decode()[:11]


def key_from_button(carried: str, keys: Iterable[str]) -> str | None:
    """The subject key a button carried: itself when plain, else the one of *keys* whose
    :func:`subject_key` it is (None when no subject has it any more)."""
    if not carried.startswith(SHORT):
        return carried
    return next((key for key in keys if button_key(key) == carried), None)


def unknown(data: object) -> bool:
    """True for callback data no user button kind parses and that is not an admin's."""
    if isinstance(data, str) and data.startswith(ADMIN_PREFIX):
        return False
    return all(kind.parse(data) is None for kind in USER_KINDS)


def stale_admin(data: object) -> bool:
    """True for admin data that no admin handler takes: no admin kind parses it, or it is a
    form's button and no form waits for it (the form, registered first, takes it when one
    does)."""
    if not (isinstance(data, str) and data.startswith(ADMIN_PREFIX)):
        return False
    return all(kind.parse(data) is None for kind in ADMIN_KINDS if kind not in FORM_KINDS)


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


def _share_row(fact_ids: list[str], lang: str) -> list[InlineKeyboardButton]:
    """Share: the fact sent to another chat through inline mode (``@bot fact-<id>`` returns
    exactly it); numbered like the facts when a reply shows several."""
    return [
        InlineKeyboardButton(
            t("btn_share", lang) if len(fact_ids) == 1 else f"↗ {n}",
            switch_inline_query=share_query(fact_id),
        )
        for n, fact_id in enumerate(fact_ids, 1)
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
    """Buttons under an answer: Source, More, 👍/👎, Share; "did you mean" choices when unsure.

    *offset* is where ``answer.results`` start among all results; *shown* how many of them the
    reply could show (all by default): More continues after the last one shown.
    """
    if answer.outcome == Outcome.SMALLTALK:
        rows = _choices(answer.examples)
        return InlineKeyboardMarkup(rows) if rows else None
    if not answer.results:
        return None
    first = answer.results[0].fact_id
    if answer.outcome in (Outcome.UNSURE, Outcome.NOT_STATED):
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
    rows.append(_share_row([r.fact_id for r in answer.results[:shown]], answer.lang))
    return InlineKeyboardMarkup(rows)


MAX_MARKUPS = 4096  # distinct answer keyboards kept as JSON (cleared past it)
_markups: dict[tuple[object, ...], dict[str, Any] | None] = {}


def answer_markup(
    answer: Answer, offset: int = 0, shown: int | None = None
) -> dict[str, Any] | None:
    """:func:`answer_keyboard` as the Bot API's JSON, made once per distinct keyboard: answers
    show the same facts again and again, and building the buttons and turning them into JSON
    cost about as much as rendering the reply. The dict is shared: never change it."""
    key = (
        answer.outcome,
        answer.lang,
        offset,
        shown,
        bool(answer.more),
        tuple((r.fact_id, r.label, r.statement) for r in answer.results),
        tuple((r.fact_id, r.label, r.statement) for r in answer.examples),
    )
    if key not in _markups:
        if len(_markups) >= MAX_MARKUPS:
            _markups.clear()
        markup = answer_keyboard(answer, offset, shown)
        _markups[key] = markup.to_dict() if markup else None
    return _markups[key]


def fact_keyboard(fact_id: str, lang: str, back: str | None = None) -> InlineKeyboardMarkup:
    """Buttons under a single fact (a brief entry or a "did you mean" choice): Source, 👍/👎,
    Share; with *back* (callback data), a ◀ Back button to where the reader came from."""
    rows = [_fact_buttons(fact_id, lang), _share_row([fact_id], lang)]
    return InlineKeyboardMarkup(rows + ([[back_button(back, lang)]] if back else []))


def back_button(data: str, lang: str) -> InlineKeyboardButton:
    """◀ Back: to the view a message showed before a button replaced it."""
    return InlineKeyboardButton(t("btn_back", lang), callback_data=data)


def with_back(markup: InlineKeyboardMarkup | None, data: str, lang: str) -> InlineKeyboardMarkup:
    """*markup* with a ◀ Back row under it."""
    rows = [list(row) for row in markup.inline_keyboard] if markup else []
    return InlineKeyboardMarkup([*rows, [back_button(data, lang)]])


MAX_NOTIFIED_FACTS = 3  # facts of a notification or digest with their own buttons
MAX_UNFOLLOW_LABEL = 56  # characters of an Unfollow button (🔕 and the name in its case)


def notification_keyboard(
    fact_ids: list[str], subjects: list[tuple[Concept, str]], lang: str
) -> InlineKeyboardMarkup | None:
    """Under a 🔔 or 🗞 message: Source, 👍 and 👎 of its (first) facts, numbered when there
    are several, then an Unfollow button per (concept, subject key) it came for."""
    shown = fact_ids[:MAX_NOTIFIED_FACTS]
    rows = [
        _fact_buttons(f, lang, n if len(fact_ids) > 1 else None) for n, f in enumerate(shown, 1)
    ]
    rows += [
        [
            InlineKeyboardButton(
                clip(t_named("btn_unfollow", lang, [concept]), MAX_UNFOLLOW_LABEL),
                callback_data=UNFOLLOW.data(button_key(key)),
            )
        ]
        for concept, key in subjects
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def brief_button(label: str, concept_id: str) -> InlineKeyboardButton:
    """A button that opens the brief on a concept."""
    return InlineKeyboardButton(label, callback_data=BRIEF.data(button_key(concept_id)))


def brief_keyboard(
    fact_ids: list[str],
    topics: list[tuple[str, str]],
    first: int = 1,
    turn: list[InlineKeyboardButton] | None = None,
) -> InlineKeyboardMarkup | None:
    """Under a /brief: a numbered button per listed fact (the fact with its quote; numbers
    from *first*), the *turn* row to its other pages, then buttons of (label, concept id)
    topics to go deeper."""
    rows = [
        [
            InlineKeyboardButton(str(n), callback_data=SHOW.data(f))
            for n, f in enumerate(fact_ids, first)
        ],
        turn or [],
    ]
    deeper = [brief_button(label, concept_id) for label, concept_id in topics]
    rows += [deeper[i : i + 3] for i in range(0, len(deeper), 3)]
    rows = [row for row in rows if row]
    return InlineKeyboardMarkup(rows) if rows else None


PAGE = 8  # subject buttons on one page of a list
MAX_LABEL = 24  # characters of a subject button's label


def page_row(page: int, pages: int, data: Callable[[int], str]) -> list[InlineKeyboardButton]:
    """◀ page/pages ▶ under a paged list; *data* is the callback data showing a page (the
    middle button shows the page it is on again). Empty when there is one page."""
    if pages <= 1:
        return []
    turn = [InlineKeyboardButton("◀", callback_data=data(page - 1))] if page > 0 else []
    turn.append(InlineKeyboardButton(f"{page + 1}/{pages}", callback_data=data(page)))
    if page < pages - 1:
        turn.append(InlineKeyboardButton("▶", callback_data=data(page + 1)))
    return turn


def paged(items: list[T], page: int, size: int = PAGE) -> tuple[list[T], int, int]:
    """The items on *page* (kept within the pages there are), that page and the page count."""
    pages = max(1, -(-len(items) // size))
    page = min(max(page, 0), pages - 1)
    return items[page * size : (page + 1) * size], page, pages


def topics_keyboard(subjects: list[tuple[str, str]], page: int) -> InlineKeyboardMarkup:
    """One page of (label, concept id) subjects as buttons that open their brief, two a row,
    with ◀ ▶ to the other pages."""
    shown, page, pages = paged(subjects, page)
    buttons = [brief_button(clip(label, MAX_LABEL), concept_id) for label, concept_id in shown]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    turn = page_row(page, pages, TOPICS.data)
    return InlineKeyboardMarkup([*rows, turn] if turn else rows)


def start_keyboard(lang: str, *, first: bool = False) -> InlineKeyboardMarkup:
    """Under /start: the overall brief, the topics, following and the reply language; the
    *first* time, the languages themselves to choose from, *lang* marked ✓."""
    if first:
        menu = [
            InlineKeyboardButton(t("btn_menu_brief", lang), callback_data=BRIEF.data("")),
            InlineKeyboardButton(t("btn_menu_topics", lang), callback_data=MENU.data("topics")),
            InlineKeyboardButton(t("btn_menu_follow", lang), callback_data=MENU.data("follow")),
        ]
        return InlineKeyboardMarkup([menu, *language_keyboard(lang, HELLO).inline_keyboard])
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


def upload_keyboard(message_id: int, lang: str) -> InlineKeyboardMarkup:
    """Under an admin's captionless .txt: add it as an article, or import its facts."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t(f"btn_upload_{choice}", lang), callback_data=UPLOAD.data(choice, message_id)
                )
                for choice in ("article", "import")
            ]
        ]
    )


def language_keyboard(chosen: str | None = None, kind: Kind = LANGUAGE) -> InlineKeyboardMarkup:
    """The reply languages to choose from, the *chosen* one marked ✓ (buttons of *kind*)."""
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    f"✓ {label}" if lang == chosen else label, callback_data=kind.data(lang)
                )
                for lang, label in LANGUAGE_LABELS.items()
            ]
        ]
    )
