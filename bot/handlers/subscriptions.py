"""Readers' commands: /follow, /unfollow, /following, /digest and /timezone.

What a chat follows and when its digest is due live in the database (``knowledge.subscriptions``,
``knowledge.digests``); the messages themselves go out through the outbox (``bot.sender``).
In a group they are the group's: only its administrators change them (``bot.groups``), and
their language is that of the administrator who last did.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import keyboards
from bot.context import Context
from bot.groups import group_settings
from bot.handlers import reader
from bot.texts import clip, reader_lang, t, t_named
from bot.writes import write
from knowledge.digests import DAILY, OFF, WEEKLY, parse_clock, zone
from knowledge.language.names import Concept

MAX_ECHO = 100  # characters of an unknown subject repeated in the reply
FOLLOWED = "✓ "  # marks a subject the chat follows


@group_settings
async def follow(update: Update, context: Context) -> None:
    """/follow SUBJECT: follow an entity or topic; alone, the subjects as buttons."""
    lang = reader_lang(update, context)
    text = " ".join(context.args or []).strip()
    knowledge = context.bot_data.knowledge
    message = update.effective_message
    if not text:
        markup = _keyboard(context, update.effective_chat.id, lang)
        await message.reply_text(t("fol_usage", lang), reply_markup=markup)
        return
    concept = knowledge.browsing.find_concept(text)
    if concept is None:
        await message.reply_text(t("fol_unknown", lang, subject=clip(text, MAX_ECHO)))
        return
    await message.reply_text(await _follow(context, update.effective_chat.id, concept, lang))


def _keyboard(
    context: Context, chat_id: int, lang: str, page: int = 0, key: str | None = None
) -> InlineKeyboardMarkup:
    """A page of the subjects, most covered first, as buttons two a row, those the chat
    follows marked ✓, with ◀ ▶ to the other pages; with *key*, the page that subject is on."""
    knowledge = context.bot_data.knowledge
    followed = set(knowledge.subscriptions.subjects(chat_id))
    subjects = []
    for _, concept_id in reader.subjects(context, lang):
        concept = knowledge.browsing.concept(concept_id)
        if concept is not None:
            subjects.append((knowledge.browsing.subject_key(concept), concept))
    keys = [subject for subject, _ in subjects]
    if key in keys:
        page = keys.index(key) // keyboards.PAGE
    shown, page, pages = keyboards.paged(subjects, page)
    buttons = []
    for subject, concept in shown:
        mark = FOLLOWED if subject in followed else "🔔 "
        label = mark + clip(concept.name(lang), keyboards.MAX_LABEL - len(mark))
        data = keyboards.FOLLOW.data(keyboards.button_key(subject))
        buttons.append(InlineKeyboardButton(label, callback_data=data))
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    turn = keyboards.page_row(page, pages, keyboards.FOLLOW_PAGE.data)
    return InlineKeyboardMarkup([*rows, turn] if turn else rows)


async def _follow(context: Context, chat_id: int, concept: Concept, lang: str) -> str:
    knowledge = context.bot_data.knowledge
    new = await write(knowledge, lambda: knowledge.subscriptions.follow(chat_id, concept, lang))
    return t_named("fol_done" if new else "fol_already", lang, [concept])


def _subject(context: Context, args: tuple[str, ...] | None) -> Concept | None:
    """The subject a follow or unfollow button names (None when stale or forged)."""
    browsing = context.bot_data.knowledge.browsing
    keys = (browsing.subject_key(concept) for concept in browsing.concepts())
    key = keyboards.key_from_button(args[0], keys) if args else None
    return context.bot_data.knowledge.subscriptions.concept(key) if key else None


@group_settings
async def on_button(update: Update, context: Context) -> None:
    """A /follow button: follow its subject (stale or forged data gets a short notice)."""
    query = update.callback_query
    lang = reader_lang(update, context)
    concept = _subject(context, keyboards.FOLLOW.parse(query.data))
    chat = update.effective_chat
    if concept is None or chat is None:
        await query.answer(t("expired", lang))
        return
    await query.answer(await _follow(context, chat.id, concept, lang))
    key = context.bot_data.knowledge.browsing.subject_key(concept)
    await _show(query, _keyboard(context, chat.id, lang, key=key))


async def on_page(update: Update, context: Context) -> None:
    """◀ ▶ under /follow: another page of subjects, in place."""
    query = update.callback_query
    (page,) = keyboards.FOLLOW_PAGE.parse(query.data) or ("0",)
    lang = reader_lang(update, context)
    chat = update.effective_chat
    if chat is None or not isinstance(query.message, Message):
        await query.answer(t("expired", lang))
        return
    await query.answer()
    await _show(query, _keyboard(context, chat.id, lang, int(page)))


async def _show(query: CallbackQuery, markup: InlineKeyboardMarkup) -> None:
    """*markup* in place of the buttons under the message, unless they are the same."""
    if isinstance(query.message, Message) and query.message.reply_markup != markup:
        try:
            await query.edit_message_reply_markup(markup)
        except BadRequest as error:  # shown already (a press raced another)
            if "not modified" not in error.message:
                raise


@group_settings
async def on_unfollow_button(update: Update, context: Context) -> None:
    """An Unfollow button under a notification: stop following its subject (a toast says so)."""
    query = update.callback_query
    lang = reader_lang(update, context)
    subscriptions = context.bot_data.knowledge.subscriptions
    concept = _subject(context, keyboards.UNFOLLOW.parse(query.data))
    if concept is None or update.effective_chat is None:
        await query.answer(t("expired", lang))
        return
    chat_id = update.effective_chat.id
    knowledge = context.bot_data.knowledge
    gone = await write(knowledge, lambda: subscriptions.unfollow(chat_id, concept))
    await query.answer(t_named("unfol_done" if gone else "unfol_not", lang, [concept]))


@group_settings
async def unfollow(update: Update, context: Context) -> None:
    """/unfollow SUBJECT: stop following it."""
    lang = reader_lang(update, context)
    text = " ".join(context.args or []).strip()
    message = update.effective_message
    if not text:
        await message.reply_text(t("unfol_usage", lang))
        return
    knowledge = context.bot_data.knowledge
    concept = knowledge.browsing.find_concept(text)
    if concept is None:
        await message.reply_text(t("fol_unknown", lang, subject=clip(text, MAX_ECHO)))
        return
    chat_id = update.effective_chat.id
    gone = await write(knowledge, lambda: knowledge.subscriptions.unfollow(chat_id, concept))
    await message.reply_text(t_named("unfol_done" if gone else "unfol_not", lang, [concept]))


def _digest_state(reader: dict[str, Any], lang: str) -> str:
    if reader["digest"] == OFF:
        return t("digest_is_off", lang)
    return t(
        "digest_state",
        lang,
        mode=t(f"mode_{reader['digest']}", lang),
        clock=reader["digest_time"],
        tz=reader["timezone"],
    )


async def following(update: Update, context: Context) -> None:
    """/following: what the chat follows, and its digest."""
    lang = reader_lang(update, context)
    knowledge = context.bot_data.knowledge
    chat = update.effective_chat
    concepts = knowledge.subscriptions.following(chat.id)
    # a member's look at a group's settings leaves the group's language as it is
    keep = lang if chat.type == ChatType.PRIVATE else None
    reader = await write(knowledge, lambda: knowledge.subscriptions.reader(chat.id, keep))
    if not concepts:
        text = t("following_none", lang)
    else:
        digest = _digest_state(reader, lang)
        text = t_named("following_list", lang, concepts, digest=digest)
    await update.effective_message.reply_text(text)


@group_settings
async def digest(update: Update, context: Context) -> None:
    """/digest daily HH:MM, /digest weekly [HH:MM], /digest off."""
    lang = reader_lang(update, context)
    knowledge = context.bot_data.knowledge
    chat_id = update.effective_chat.id
    args = [a.lower() for a in context.args or []]
    reader = await write(knowledge, lambda: knowledge.subscriptions.reader(chat_id, lang))
    usage = t("digest_usage", lang, tz=reader["timezone"])
    if args == [OFF]:
        await write(knowledge, lambda: knowledge.digests.set_digest(chat_id, OFF, None, lang))
        await update.effective_message.reply_text(t("digest_stopped", lang))
        return
    if not args or args[0] not in (DAILY, WEEKLY):
        await update.effective_message.reply_text(usage)
        return
    try:
        clock = parse_clock(" ".join(args[1:])) if len(args) > 1 else None
    except ValueError:
        await update.effective_message.reply_text(usage)
        return
    due, reader = await write(
        knowledge,
        lambda: (
            knowledge.digests.set_digest(chat_id, args[0], clock, lang),
            knowledge.subscriptions.reader(chat_id, lang),
        ),
    )
    local = due.astimezone(zone(reader["timezone"])) if due else datetime.now()
    text = t(
        "digest_set",
        lang,
        mode=t(f"mode_{args[0]}", lang),
        clock=reader["digest_time"],
        tz=reader["timezone"],
        due=local.strftime("%Y-%m-%d %H:%M"),
    )
    await update.effective_message.reply_text(text)


@group_settings
async def timezone(update: Update, context: Context) -> None:
    """/timezone NAME or OFFSET: the zone digest times are read in (UTC by default)."""
    lang = reader_lang(update, context)
    knowledge = context.bot_data.knowledge
    chat_id = update.effective_chat.id
    text = " ".join(context.args or []).strip()
    if not text:
        reader = await write(knowledge, lambda: knowledge.subscriptions.reader(chat_id, lang))
        await update.effective_message.reply_text(t("tz_usage", lang, tz=reader["timezone"]))
        return
    try:
        stored = await write(knowledge, lambda: knowledge.digests.set_timezone(chat_id, text, lang))
    except ValueError:
        await update.effective_message.reply_text(t("tz_bad", lang, tz=clip(text, MAX_ECHO)))
        return
    await update.effective_message.reply_text(t("tz_set", lang, tz=stored))


def handlers() -> list[BaseHandler]:
    """The Follow and Unfollow buttons (the commands are in the table of bot.commands)."""
    return [
        CallbackQueryHandler(on_button, pattern=keyboards.FOLLOW.pattern),
        CallbackQueryHandler(on_page, pattern=keyboards.FOLLOW_PAGE.pattern),
        CallbackQueryHandler(on_unfollow_button, pattern=keyboards.UNFOLLOW.pattern),
    ]
