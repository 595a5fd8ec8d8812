"""What every user can do: ask, and browse briefs, topics and sources (the buttons under
the replies are in bot/handlers/taps.py)."""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from html import escape
from typing import cast

from telegram import (
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest
from telegram.ext import BaseHandler, MessageHandler, filters

from bot import deeplinks, keyboards
from bot.access import is_admin
from bot.client import BriefBot
from bot.context import Context
from bot.groups import may_change_settings
from bot.render import answer_reply, brief_html, fit_blocks, result_html
from bot.texts import LANGUAGE_NAMES, LANGUAGE_WORDS, clip, reader_lang, t, t_named
from bot.threads import forget_quiet_chats
from bot.writes import write
from knowledge.followup import Thread
from knowledge.language.names import Concept
from knowledge.language.words import fold
from knowledge.outcomes import Answer, Result
from knowledge.preferences import LANGUAGES

MAX_DEEPER = 6  # topic buttons under a brief


async def start(update: Update, context: Context) -> None:
    """/start: a short greeting with buttons to begin; with a deep link
    (``t.me/<bot>?start=<payload>``, bot.deeplinks), what it points to: ``fact-<id>`` that
    fact with its source, ``q-…`` the answer to the inline query it carries, a subject's id
    or name ("turkey") its brief."""
    lang = reader_lang(update, context)
    payload = (context.args or [""])[0]
    if payload.startswith(deeplinks.FACT) and await _send_fact(
        update, context, payload.removeprefix(deeplinks.FACT), lang
    ):
        return
    if deeplinks.start_query(payload):
        await ask(update, context)  # question_of reads the query from the /start message
        return
    knowledge = context.bot_data.knowledge
    if payload and knowledge.browsing.find_concept(payload):
        await send_brief(update, context, payload, lang)
        return
    first = _first_contact(update, context)
    text = greeting(update, context, lang)
    if first:
        text += "\n\n" + t("start_language", lang)
    markup = keyboards.start_keyboard(lang, first=first)
    await update.effective_message.reply_text(text, reply_markup=markup)


LANGUAGE_ASKED = "language_asked"  # user_data: the first /start has asked the reply language


def _first_contact(update: Update, context: Context) -> bool:
    """True the first time a private chat starts (the reply language is asked then, once:
    the mark outlives a restart, bot.persistence); never once a language is chosen."""
    user = update.effective_user
    if update.effective_chat.type != ChatType.PRIVATE or user is None:
        return False
    chosen = context.bot_data.knowledge.preferences.language(user.id)
    first = chosen is None and not context.user_data.get(LANGUAGE_ASKED)
    context.user_data[LANGUAGE_ASKED] = True
    return first


def greeting(update: Update, context: Context, lang: str) -> str:
    """The /start text: hello by first name and what the briefing covers."""
    user = update.effective_user
    name = clip(user.first_name, 40) if user and user.first_name else t("friend", lang)
    coverage = context.bot_data.knowledge.browsing.coverage(lang, limit=4)
    return t("start", lang, name=name, coverage=coverage)


async def _send_fact(update: Update, context: Context, fact_id: str, lang: str) -> bool:
    """Reply with one fact and its buttons; False when there is no such live fact."""
    fact = context.bot_data.knowledge.browsing.fact(fact_id)
    if fact is None:
        return False
    result = context.bot_data.knowledge.browsing.result(fact, lang)
    await update.effective_message.reply_html(
        result_html(result, lang),
        reply_markup=keyboards.fact_keyboard(fact.id, lang),
        disable_web_page_preview=True,
    )
    return True


async def nothing_to_cancel(update: Update, context: Context) -> None:
    """/cancel outside a form (an admin's guided /addfact has its own): nothing to cancel."""
    await update.effective_message.reply_text(t("nothing_to_cancel", reader_lang(update, context)))


async def language(update: Update, context: Context) -> None:
    """/language en|ru: the language of the replies to this user, kept; alone, the choice
    as buttons."""
    choice = " ".join(context.args or []).strip().lower()
    choice = LANGUAGE_WORDS.get(choice, choice)
    if choice in LANGUAGES:
        if await may_change_settings(update, context):
            await set_language(update, context, choice)
        return
    lang = reader_lang(update, context)
    if choice:
        await update.effective_message.reply_text(t("language_unknown", lang))
        return
    await update.effective_message.reply_text(
        t("language_now", lang, name=LANGUAGE_NAMES[lang]),
        reply_markup=keyboards.language_keyboard(lang),
    )


async def set_language(update: Update, context: Context, lang: str) -> None:
    """Keep *lang* (see :func:`keep_language`) and confirm it in that language."""
    await keep_language(update, context, lang)
    await update.effective_message.reply_text(t("language_set", lang))


async def keep_language(update: Update, context: Context, lang: str) -> None:
    """Keep *lang* as the user's reply language (in a group, also the group's notification
    language: the caller has checked the user administers it); waits for another
    process's write lock without holding the loop (bot/writes.py)."""
    knowledge = context.bot_data.knowledge
    user_id, chat = update.effective_user.id, update.effective_chat

    def keep() -> None:
        knowledge.preferences.set_language(user_id, lang)
        if chat is not None and chat.type != ChatType.PRIVATE:
            knowledge.subscriptions.reader(chat.id, lang)

    await write(knowledge, keep)


async def send_answer(message: Message, answer: Answer, offset: int = 0) -> int | None:
    """Reply to a question message with the rendered answer and its buttons; returns the
    answer's message id.

    The answer always quotes the question: the More button reads the question from there.
    """
    text, shown = answer_reply(answer)
    bot = cast(BriefBot, message.get_bot())  # the application's bot (bot/client.py)
    return await bot.send_html(
        message.chat_id,
        text,
        reply_markup=keyboards.answer_markup(answer, offset, shown),
        reply_to=message.message_id,
    )


MAX_TOPIC_ECHO = 100  # characters of an unknown /brief topic repeated in the reply
_ASK_COMMAND = re.compile(r"^/ask(?:@\w+)?(?:\s+|$)", re.IGNORECASE)
_START_QUERY = re.compile(r"^/start(?:@\w+)?\s+(\S+)$", re.IGNORECASE)


def question_of(text: str | None, username: str | None) -> str:
    """The question in a message: its text without a leading /ask or the bot's @mention;
    in a ``/start q-…`` from inline mode, the query the link carries."""
    carried = _START_QUERY.match((text or "").strip())
    if carried and (query := deeplinks.start_query(carried.group(1))):
        return query
    text = _ASK_COMMAND.sub("", (text or "").strip())
    if username:
        text = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())


REPLIES = "replies"  # chat_data: question message id (as text) -> the bot's answer's id
KEPT_REPLIES = 50  # questions per chat whose answer an edit of the question may replace


async def ask(update: Update, context: Context) -> None:
    """A question (plain text in private, /ask, a mention or a reply in groups)."""
    message = update.effective_message
    question = question_of(message.text, context.bot.username)
    if not question:
        await message.reply_text(t("empty", reader_lang(update, context)))
        return
    answer = _answered(update, context, question)
    _log(update, context, answer, question)
    _keep(update, context, await send_answer(message, answer), answer)


async def on_edit(update: Update, context: Context) -> None:
    """An edited question is answered again: in the bot's earlier answer, edited, where
    Telegram allows it, else in a new one."""
    message = update.effective_message
    question = question_of(message.text, context.bot.username)
    if not question or not _addressed(message, context):
        return
    answer = _answered(update, context, question)
    _log(update, context, answer, question)
    earlier = context.chat_data.get(REPLIES, {}).get(str(message.message_id))
    if earlier is None or not await _edit_answer(message, earlier, answer):
        earlier = await send_answer(message, answer)
    _keep(update, context, earlier, answer)


def _answered(update: Update, context: Context, question: str) -> Answer:
    """The answer to *question* read in the chat's thread, in the reader's language."""
    message = update.effective_message
    knowledge = context.bot_data.knowledge
    thread = Thread(context.chat_data.setdefault("thread", {}))
    replied = message.reply_to_message
    record = thread.context_for(time.time(), replied.message_id if replied else None)
    # a message of ours the thread has no record of (a notification whose record is not
    # kept yet, an answer long forgotten): its Source button names its fact
    if (
        replied is not None
        and not thread.holds(replied.message_id)
        and (cited := keyboards.cited_fact(replied.reply_markup))
    ):
        record = knowledge.answering.fact_follow_up(cited) or record
    previous = knowledge.answering.restore_follow_up(record) if record else None
    lang = reader_lang(update, context, question)
    return knowledge.answering.ask(question, lang=lang, follow_up=previous)


def _log(update: Update, context: Context, answer: Answer, question: str) -> None:
    """Log the *question* as the reader typed it (what /gaps shows): only queued
    (knowledge.reports), so the reply does not wait, and queued before the reply is sent, so
    a /stats asked once the reply is seen counts it."""
    user = update.effective_user
    context.bot_data.knowledge.reports.log(answer, user.id if user else None, question)


def _keep(update: Update, context: Context, sent: int | None, answer: Answer) -> None:
    """Remember the answer: its context for follow-ups (wall-clock time, since the thread
    outlives the process: bot.persistence) and its message for an edit of the question."""
    if sent is not None:
        replies = context.chat_data.setdefault(REPLIES, {})
        replies[str(update.effective_message.message_id)] = sent
        while len(replies) > KEPT_REPLIES:
            del replies[next(iter(replies))]
    if answer.follow_up is not None:
        thread = Thread(context.chat_data.setdefault("thread", {}))
        thread.remember(time.time(), sent, answer.follow_up.record())
    forget_quiet_chats(context.application)


async def _edit_answer(message: Message, answer_id: int, answer: Answer) -> bool:
    """Put *answer* in place of the bot's answer *answer_id*; False when Telegram refuses."""
    text, shown = answer_reply(answer)
    try:
        await message.get_bot().edit_message_text(
            text,
            chat_id=message.chat_id,
            message_id=answer_id,
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
            reply_markup=keyboards.answer_keyboard(answer, 0, shown),
        )
    except BadRequest as error:  # deleted or too old; unchanged is as good as edited
        return "not modified" in error.message.lower()
    return True


def _addressed(message: Message, context: Context) -> bool:
    """Whether a text is a question to the bot: in private, or mentioning or replying to it."""
    replied = message.reply_to_message
    username = context.bot.username or ""
    return (
        message.chat.type == ChatType.PRIVATE
        or bool(username and f"@{username}".lower() in (message.text or "").lower())
        or bool(replied and replied.from_user and replied.from_user.id == context.bot.id)
    )


async def on_text(update: Update, context: Context) -> None:
    """Plain text: a question in private chats; in groups only a mention of or reply to the bot."""
    if _addressed(update.effective_message, context):
        await ask(update, context)


async def brief(update: Update, context: Context) -> None:
    """/brief [topic or country]: the most important facts, overall or on one subject."""
    topic = " ".join(context.args or []).strip()
    await send_brief(update, context, topic, reader_lang(update, context, topic or None))


async def send_brief(update: Update, context: Context, topic: str, lang: str) -> None:
    """The brief on *topic* (a concept id or the user's words; "" for the overall brief)."""
    knowledge = context.bot_data.knowledge
    concept = None
    if topic:
        concept = knowledge.browsing.concept(topic) or knowledge.browsing.find_concept(topic)
        if concept is None or concept.kind == "world":
            shown = clip(topic, MAX_TOPIC_ECHO)
            await update.effective_message.reply_text(t("brief_unknown", lang, topic=shown))
            return
    view = brief_page(context, concept, lang, 0)
    if view is None:
        name = concept.name(lang) if concept else ""
        await update.effective_message.reply_text(t("brief_empty", lang, name=name))
        return
    text, markup = view
    sent = await update.effective_message.reply_html(
        text, reply_markup=markup, disable_web_page_preview=True
    )
    remember_brief(context, sent.message_id, concept.id if concept else "", 0)


BRIEF_PAGE = 5  # facts a page of a brief lists (fewer when they would not fit)
# chat_data: message id -> [concept id, page, backs] of the brief it shows; backs are the
# callback data of the views it was opened from in that message, the latest last
BRIEFS = "briefs"
KEPT_BRIEFS = 20  # brief messages per chat that a fact opened from them comes back to


def remember_brief(
    context: Context, message_id: int, concept_id: str, page: int, backs: list[str] | None = None
) -> None:
    """That a message shows this page of a brief, so that a fact or topic opened from it in
    its place has ◀ Back to it; *backs*: the views the brief was opened from, for its own
    ◀ Back."""
    briefs = context.chat_data.setdefault(BRIEFS, OrderedDict())
    briefs[message_id] = [concept_id, page, list(backs or [])]
    briefs.move_to_end(message_id)
    while len(briefs) > KEPT_BRIEFS:
        briefs.popitem(last=False)


def brief_shown(context: Context, message_id: int) -> str | None:
    """The callback data that shows again the brief page a message shows, if it shows one."""
    shown = context.chat_data.get(BRIEFS, {}).get(message_id)
    if shown is None:
        return None
    concept_id, page = shown[:2]
    return keyboards.BRIEF_PAGE.data(page, keyboards.button_key(concept_id) if concept_id else "")


def brief_backs(context: Context, message_id: int) -> tuple[str, list[str]] | None:
    """The concept id of the brief a message shows and the views it was opened from."""
    shown = context.chat_data.get(BRIEFS, {}).get(message_id)
    if shown is None:
        return None
    return shown[0], list(shown[2]) if len(shown) > 2 else []


def forget_brief(context: Context, message_id: int) -> None:
    """That a message no longer shows a brief (another view took its place)."""
    context.chat_data.get(BRIEFS, {}).pop(message_id, None)


def brief_page(
    context: Context, concept: Concept | None, lang: str, page: int
) -> tuple[str, InlineKeyboardMarkup | None] | None:
    """Page *page* of the brief on *concept* (None: overall), which pages through all its
    facts: the text and its buttons; None when there are no facts."""
    results = context.bot_data.knowledge.browsing.brief(concept, lang, limit=None)
    if not results:
        return None
    title = t_named("brief_about", lang, [concept]) if concept else t("brief_title", lang)
    starts = _page_starts(title, results, lang)
    page = min(max(page, 0), len(starts) - 1)
    start = starts[page]
    text, listed = brief_html(title, results[start : start + BRIEF_PAGE], lang, start + 1)
    fact_ids = [r.fact_id for r in results[start : start + listed]]
    deeper = [(c.name(lang), c.id) for c in _deeper(context, fact_ids, concept)]
    key = keyboards.button_key(concept.id) if concept else ""
    turn = keyboards.page_row(page, len(starts), lambda p: keyboards.BRIEF_PAGE.data(p, key))
    return text, keyboards.brief_keyboard(fact_ids, deeper, start + 1, turn)


def _page_starts(title: str, results: list[Result], lang: str) -> list[int]:
    """Where each page of a brief starts: :data:`BRIEF_PAGE` facts, or as many as fit."""
    starts, start = [], 0
    while start < len(results):
        starts.append(start)
        _, listed = brief_html(title, results[start : start + BRIEF_PAGE], lang, start + 1)
        start += max(1, listed)
    return starts


def _deeper(context: Context, fact_ids: list[str], current: Concept | None) -> list[Concept]:
    """The subjects of a brief's facts, most covered first, to go deeper with (not the brief's
    own subject, not ones too long for a button's data)."""
    knowledge = context.bot_data.knowledge
    counts = {tc.concept.id: tc.count for tc in knowledge.browsing.topic_counts()}
    found: dict[str, Concept] = {}
    for fact_id in fact_ids:
        fact = knowledge.browsing.fact(fact_id)
        for label in (*fact.entities, *fact.topics) if fact else ():
            concept = knowledge.browsing.subject_of(label)
            if concept and concept.id in counts:
                found.setdefault(concept.id, concept)
    found.pop(current.id if current else "", None)
    return sorted(found.values(), key=lambda c: -counts[c.id])[:MAX_DEEPER]


async def topics(update: Update, context: Context) -> None:
    """/topics: entities and topics with fact counts, as buttons that open their brief."""
    lang = reader_lang(update, context)
    markup = keyboards.topics_keyboard(subjects(context, lang), 0)
    await update.effective_message.reply_text(t("topics_title", lang), reply_markup=markup)


def subjects(context: Context, lang: str) -> list[tuple[str, str]]:
    """(label with fact count, concept id) of the briefing's subjects, most covered first;
    the outlets that published the articles are sources, not subjects."""
    knowledge = context.bot_data.knowledge
    outlets = {fold(a.outlet) for a in knowledge.browsing.articles() if a.outlet}
    return [
        (f"{tc.concept.name(lang)} ({tc.count})", tc.concept.id)
        for tc in knowledge.browsing.topic_counts()
        if fold(tc.concept.name("en")) not in outlets
    ]


async def sources(update: Update, context: Context) -> None:
    """/sources: every article with its title in the reader's language, outlet, date and
    link where known; curators also see each article's id (what /addfact cites)."""
    lang = reader_lang(update, context)
    curator = is_admin(update, context)
    lines = [f"<b>{escape(t('sources_title', lang))}</b>"]
    for article in context.bot_data.knowledge.browsing.articles():
        english = lang == "en" and article.title_en
        parts = [f"<b>{escape(article.title_en if english else article.title)}</b>"]
        if english:  # the original title too, as the article gives it
            parts.append(f"<i>{escape(article.title)}</i>")
        known = " · ".join(escape(v) for v in (article.outlet, article.date) if v)
        if known:
            parts.append(known)
        if article.url:
            parts.append(f'<a href="{escape(article.url, quote=True)}">{escape(article.url)}</a>')
        if curator:
            parts.append(f"id: <code>{escape(article.id)}</code>")
        lines.append("\n".join(parts))
    await update.effective_message.reply_html(fit_blocks(lines, "…"), disable_web_page_preview=True)


async def not_text(update: Update, context: Context) -> None:
    """Stickers, photos and the like in a private chat: say what the bot understands."""
    await update.effective_message.reply_text(t("not_text", reader_lang(update, context)))


async def unknown_command(update: Update, context: Context) -> None:
    """A command the bot does not have, in a private chat: point to /help."""
    await update.effective_message.reply_text(t("unknown_command", reader_lang(update, context)))


def handlers() -> list[BaseHandler]:
    """Messages that are not commands: questions (and their edits), what is not text, and
    unknown commands in a private chat (registered after every command)."""
    private = filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE
    return [
        MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, on_text),
        MessageHandler(
            filters.UpdateType.EDITED_MESSAGE & filters.TEXT & ~filters.COMMAND, on_edit
        ),
        MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, not_text),
        MessageHandler(private & filters.COMMAND, unknown_command),
    ]
