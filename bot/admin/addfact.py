"""/addfact: one line (``STATEMENT | QUOTE | SOURCE``) or a guided form, step by step."""

from __future__ import annotations

import functools
import time
import warnings
from collections.abc import Awaitable, Callable
from html import escape
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import (
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.access import Callback, admin_only, require_admin
from bot.admin import quotes as admin_quotes
from bot.admin.drafts import current_draft
from bot.admin.form import SKIP, preview_blocks, read_questions, sort_labels
from bot.admin.replies import closest, command_body, refuse, reply
from bot.context import Context
from bot.keyboards import DRAFT_WRITE, FORM_DISCARD, FORM_SAVE, FORM_SOURCE, GAP_NEW
from bot.texts import clip, reader_lang, t
from bot.writes import write
from knowledge.errors import DuplicateQuote, FactError, Refused
from knowledge.facts import (
    MAX_QUESTION,
    MAX_QUESTIONS,
    MAX_QUOTE,
    MAX_STATEMENT,
    is_url,
)
from knowledge.language.words import detect_lang

Step = Callable[[Update, Context, dict[str, Any]], Awaitable[int]]

END = ConversationHandler.END
SOURCE, QUOTE, QUOTE_EN, STATEMENT, STATEMENT_RU, LABELS, QUESTIONS, CONFIRM = range(8)
STEP_PROMPTS = {QUOTE_EN: "adm_step_quote_en", STATEMENT: "adm_step_statement"}
TIMEOUT_SECONDS = 15 * 60  # a form untouched this long is stale
DRAFT = "addfact_draft"  # key of the form in context.user_data
MAX_SOURCE_BUTTONS = 20


async def store_fact(
    update: Update, context: Context, raw: dict[str, Any], again: bool = False
) -> None:
    """Add the fact and confirm it, or say why not (a quote in use: see bot.admin.quotes)."""
    lang = reader_lang(update, context)
    try:
        knowledge = context.bot_data.knowledge
        fact = await write(
            knowledge,
            lambda: knowledge.curation.add_fact(raw, update.effective_user.id, again),
        )
    except DuplicateQuote as error:  # asks: edit the fact citing the quote, or save anyway
        await reply(update, *admin_quotes.offer(context, raw, error.fact, lang))
        return
    except Refused as error:
        await refuse(update, context, error)
        return
    if fact.article_id:
        text = t(
            "adm_fact_added_article",
            lang,
            id=escape(fact.id),
            article=escape(fact.article_id),
            paragraph=str(fact.paragraph),
        )
    else:
        text = t("adm_fact_added_url", lang, id=escape(fact.id), url=escape(fact.source))
    await reply(update, [text])


# -- /addfact in one line -----------------------------------------------------------------


async def add_one_line(update: Update, context: Context, body: str) -> None:
    """/addfact STATEMENT | QUOTE | SOURCE (a quote may itself contain "|")."""
    parts = [p.strip() for p in body.split("|")]
    if len(parts) < 3 or not all(parts):
        await reply(update, [escape(t("adm_usage_addfact", reader_lang(update, context)))])
        return
    raw = {"statement": parts[0], "quote": " | ".join(parts[1:-1]), "source": parts[-1]}
    await store_fact(update, context, raw)


# -- the guided form ----------------------------------------------------------------------


@admin_only
async def start(update: Update, context: Context) -> int:
    """/addfact: with arguments store the fact at once; alone, open the form at its source."""
    body = command_body(update.effective_message)
    if body:
        await add_one_line(update, context, body)
        return END
    if update.effective_chat.type != ChatType.PRIVATE:  # a group's messages are not a form's
        await reply(update, [escape(t("adm_form_private", reader_lang(update, context)))])
        return END
    context.user_data[DRAFT] = {"at": time.time()}  # a new form replaces an open one
    await _ask_source(update, context)
    return SOURCE


@admin_only
async def start_from_gap(update: Update, context: Context) -> int:
    """➕ New fact under a /gaps question: the form, with that question as the new fact's
    first example question."""
    key = (GAP_NEW.parse(update.callback_query.data) or ("0",))[0]
    question = context.bot_data.knowledge.gaps.question(int(key))
    lang = reader_lang(update, context)
    if question is None:
        await update.callback_query.answer(t("adm_gap_gone", lang), show_alert=True)
        return END
    await update.callback_query.answer()
    context.user_data[DRAFT] = {"at": time.time(), "asked": [question]}
    await reply(update, [escape(t("adm_gap_form", lang, question=clip(question, 200)))])
    await _ask_source(update, context)
    return SOURCE


@admin_only
async def start_from_draft(update: Update, context: Context) -> int:
    """✍ under a /drafts draft: the form with its source and quote filled in, at the
    translation (a non-English quote) or the statement."""
    draft = current_draft(context)
    lang = reader_lang(update, context)
    if draft is None:
        await update.callback_query.answer(t("adm_list_closed", lang, command="/drafts"))
        return END
    await update.callback_query.answer()
    context.user_data[DRAFT] = {"at": time.time(), "source": draft.article_id, "quote": draft.quote}
    after = QUOTE_EN if detect_lang(draft.quote) != "en" else STATEMENT
    await reply(
        update,
        [f"<blockquote>{escape(draft.quote)}</blockquote>", escape(t(STEP_PROMPTS[after], lang))],
    )
    return after


async def _ask_source(update: Update, context: Context) -> None:
    """The form's first step: the source, with the newest articles as buttons."""
    articles = list(context.bot_data.knowledge.browsing.articles())[-MAX_SOURCE_BUTTONS:]
    rows = [
        [InlineKeyboardButton(clip(a.title, 60), callback_data=FORM_SOURCE.data(a.id))]
        for a in articles
        if FORM_SOURCE.fits(a.id)
    ]
    await reply(
        update,
        [t("adm_step_source", reader_lang(update, context))],
        InlineKeyboardMarkup(rows) if rows else None,
    )


def step(callback: Step) -> Callback:
    """A form step: admins only, the form must be fresh; *callback* gets the draft."""

    @functools.wraps(callback)
    async def guarded(update: Update, context: Context) -> int:
        if not await require_admin(update, context):
            return END
        if update.callback_query:
            await update.callback_query.answer()
        draft = context.user_data.get(DRAFT)
        if draft is None or time.time() - draft["at"] > TIMEOUT_SECONDS:
            context.user_data.pop(DRAFT, None)
            await reply(update, [escape(t("adm_stale", reader_lang(update, context)))])
            return END
        draft["at"] = time.time()
        return await callback(update, context, draft)

    return guarded


async def _take_source(update: Update, context: Context, draft: dict[str, Any], source: str) -> int:
    lang = reader_lang(update, context)
    article = context.bot_data.knowledge.browsing.article(source)
    if article is None and not is_url(source):
        await reply(update, [escape(t("adm_bad_source", lang))])
        return SOURCE
    draft["source"] = source
    if article is None:
        name = escape(source)
    else:
        name = f"«{escape(article.title)}» (<code>{escape(article.id)}</code>)"
    await reply(update, [t("adm_step_quote", lang, source=name)])
    return QUOTE


@step
async def source_button(update: Update, context: Context, draft: dict[str, Any]) -> int:
    """An article chosen with its button."""
    (article_id,) = FORM_SOURCE.parse(update.callback_query.data) or ("",)
    return await _take_source(update, context, draft, article_id)


@step
async def source_text(update: Update, context: Context, draft: dict[str, Any]) -> int:
    """An article id or a link, typed."""
    return await _take_source(update, context, draft, update.effective_message.text.strip())


async def _too_long(update: Update, context: Context, text: str, limit: int) -> bool:
    if len(text) <= limit:
        return False
    await reply(update, [t("adm_too_long", reader_lang(update, context), limit=str(limit))])
    return True


@step
async def quote(update: Update, context: Context, draft: dict[str, Any]) -> int:
    """The quote; from an article it must stand there verbatim, else the step is asked again."""
    text = update.effective_message.text.strip()
    if await _too_long(update, context, text, MAX_QUOTE):
        return QUOTE
    lang = reader_lang(update, context)
    try:  # stored as the article writes it; a quote another fact cites is pointed out
        text, used_by = context.bot_data.knowledge.curation.check_quote(draft["source"], text)
    except FactError as error:
        await reply(update, [escape(t("adm_bad_quote", lang)), *closest(error.closest, lang)])
        return QUOTE
    draft["quote"] = text
    warned = [admin_quotes.warning(used_by, lang)] if used_by else []
    after = QUOTE_EN if detect_lang(text) != "en" else STATEMENT  # English readers: translation
    await reply(update, [*warned, escape(t(STEP_PROMPTS[after], lang))])
    return after


async def _field(
    update: Update, context: Context, draft: dict[str, Any], key: str, limit: int, optional: bool
) -> bool:
    """Keep the typed text as draft[key] ("-" leaves an optional field empty); False, after
    saying so, when it is too long."""
    text = update.effective_message.text.strip()
    if await _too_long(update, context, text, limit):
        return False
    draft[key] = None if optional and text == SKIP else text
    return True


@step
async def quote_en(update: Update, context: Context, draft: dict[str, Any]) -> int:
    """The quote's English translation, or "-"."""
    if not await _field(update, context, draft, "quote_en", MAX_QUOTE, optional=True):
        return QUOTE_EN
    await reply(update, [escape(t("adm_step_statement", reader_lang(update, context)))])
    return STATEMENT


@step
async def statement(update: Update, context: Context, draft: dict[str, Any]) -> int:
    """The English statement."""
    if not await _field(update, context, draft, "statement", MAX_STATEMENT, optional=False):
        return STATEMENT
    await reply(update, [escape(t("adm_step_ru", reader_lang(update, context)))])
    return STATEMENT_RU


@step
async def statement_ru(update: Update, context: Context, draft: dict[str, Any]) -> int:
    """The Russian statement, or "-"."""
    if not await _field(update, context, draft, "statement_ru", MAX_STATEMENT, optional=True):
        return STATEMENT_RU
    await reply(update, [t("adm_step_labels", reader_lang(update, context))])
    return LABELS


def _draft_record(draft: dict[str, Any]) -> dict[str, Any]:
    keys = ("statement", "statement_ru", "quote", "quote_en", "source", "entities", "topics")
    return {key: draft.get(key) for key in (*keys, "questions")}


@step
async def labels(update: Update, context: Context, draft: dict[str, Any]) -> int:
    """Entities and topics; then the example questions."""
    entities, topics, unknown = sort_labels(context, update.effective_message.text.strip())
    draft.update(entities=entities, topics=topics, unknown=unknown)
    limits = {"count": str(MAX_QUESTIONS), "limit": str(MAX_QUESTION)}
    await reply(update, [t("adm_step_questions", reader_lang(update, context), **limits)])
    return QUESTIONS


@step
async def questions(update: Update, context: Context, draft: dict[str, Any]) -> int:
    """Example questions the fact answers, one a line or "|"-separated, or "-"; too many or
    too long ones are refused (the form waits for them again); then the preview, rendered
    like an answer, with Save/Discard."""
    lang = reader_lang(update, context)
    found, why_not = read_questions(update.effective_message.text.strip(), lang)
    if why_not is not None:
        await reply(update, [escape(why_not)])
        return QUESTIONS
    draft["questions"] = list(dict.fromkeys([*draft.get("asked", []), *found]))
    try:
        fact = context.bot_data.knowledge.curation.preview(_draft_record(draft))
    except Refused as error:
        context.user_data.pop(DRAFT, None)
        await refuse(update, context, error)
        return END
    buttons = [
        InlineKeyboardButton(t("adm_btn_save", lang), callback_data=FORM_SAVE.data()),
        InlineKeyboardButton(t("adm_btn_discard", lang), callback_data=FORM_DISCARD.data()),
    ]
    await reply(update, preview_blocks(context, draft, fact, lang), InlineKeyboardMarkup([buttons]))
    return CONFIRM


@step
async def save(update: Update, context: Context, draft: dict[str, Any]) -> int:
    """Save: the fact is stored (one transaction, audited) and confirmed."""
    context.user_data.pop(DRAFT, None)
    await store_fact(update, context, _draft_record(draft), again=True)  # warned at the quote
    return END


@step
async def discard(update: Update, context: Context, draft: dict[str, Any]) -> int:
    """Discard: nothing is stored."""
    context.user_data.pop(DRAFT, None)
    await reply(update, [escape(t("adm_cancelled", reader_lang(update, context)))])
    return END


@admin_only
async def cancel(update: Update, context: Context) -> int:
    """/cancel inside the form: end it without a change."""
    context.user_data.pop(DRAFT, None)
    await reply(update, [escape(t("adm_cancelled", reader_lang(update, context)))])
    return END


def conversation(command: BaseHandler) -> ConversationHandler:
    """The /addfact handler around *command* (``/addfact`` → :func:`start`, as the table in
    :mod:`bot.commands` builds it): one-line facts anywhere; the guided form in the admin's
    private chat only, keyed by chat and user, so nothing said in a group is taken as its
    input. ➕ New fact under a gap and ✍ Write under a draft open the form too."""
    text = filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE
    with warnings.catch_warnings():
        # Buttons belong to the admin's form, not to one message: per_message stays False.
        warnings.filterwarnings("ignore", message=".*per_message", category=PTBUserWarning)
        return ConversationHandler(
            entry_points=[
                command,
                CallbackQueryHandler(start_from_gap, pattern=GAP_NEW.pattern),
                CallbackQueryHandler(start_from_draft, pattern=DRAFT_WRITE.pattern),
            ],
            states={
                SOURCE: [
                    CallbackQueryHandler(source_button, pattern=FORM_SOURCE.pattern),
                    MessageHandler(text, source_text),
                ],
                QUOTE: [MessageHandler(text, quote)],
                QUOTE_EN: [MessageHandler(text, quote_en)],
                STATEMENT: [MessageHandler(text, statement)],
                STATEMENT_RU: [MessageHandler(text, statement_ru)],
                LABELS: [MessageHandler(text, labels)],
                QUESTIONS: [MessageHandler(text, questions)],
                CONFIRM: [
                    CallbackQueryHandler(save, pattern=FORM_SAVE.pattern),
                    CallbackQueryHandler(discard, pattern=FORM_DISCARD.pattern),
                ],
            },
            fallbacks=[CommandHandler("cancel", cancel)],
            allow_reentry=True,
            per_chat=True,
            per_user=True,
            name="addfact",
            persistent=True,  # a restart resumes the form at its step (bot.persistence)
        )
