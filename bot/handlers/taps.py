"""The user's buttons, one handler per kind (routed by ``bot.keyboards`` patterns in
``bot/app.py``): Source, "did you mean", More, 👍/👎, briefs, languages, and stale or forged
data.

Callback data may be stale or forged: anything that does not name a live fact, a topic or a
question to continue gets a short notice on the button, never a message.
"""

from __future__ import annotations

from html import escape

from telegram import CallbackQuery, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot import keyboards
from bot.context import Context
from bot.groups import may_change_settings
from bot.handlers import reader, subscriptions
from bot.handlers.reader import keep_language, question_of, send_brief
from bot.render import answer_reply, plain_text, result_html, source_html
from bot.texts import TEXTS, reader_lang, t
from bot.writes import write
from knowledge.facts import Fact
from knowledge.language.names import Concept


def _message(query: CallbackQuery) -> Message | None:
    """The message under the pressed button, if the bot can still reply to it."""
    message = query.message
    return message if isinstance(message, Message) and message.is_accessible else None


def _question(query: CallbackQuery, context: Context) -> str:
    """The question an answer replies to ("" when the button's message has none)."""
    message = _message(query)
    replied = message.reply_to_message if message else None
    return question_of(replied.text, context.bot.username) if replied else ""


def _lang(update: Update, context: Context) -> str:
    """The language of the question under the button, else of the message, else the user's."""
    message = _message(update.callback_query)
    text = _question(update.callback_query, context) or (message.text if message else None)
    return reader_lang(update, context, text)


async def _live_fact(update: Update, context: Context, kind: keyboards.Kind) -> Fact | None:
    """The live fact a Source or Show button names, or None after saying it is gone."""
    query = update.callback_query
    (fact_id,) = kind.parse(query.data) or ("",)
    fact = context.bot_data.knowledge.browsing.fact(fact_id)
    if fact is None:
        await query.answer(t("no_fact", _lang(update, context)))
    elif _message(query) is None:
        await query.answer(t("expired", _lang(update, context)))
        return None
    return fact


async def _replace(query: CallbackQuery, html: str, markup: InlineKeyboardMarkup | None) -> None:
    """Show *html* in place of the message under the button (navigation stays in one
    message); a view already shown (a second tap of a used button) is left as it is."""
    message = _message(query)
    shown = message is not None and message.text == plain_text(html)
    if shown and message.reply_markup == markup:
        return
    try:
        await query.edit_message_text(
            html, parse_mode=ParseMode.HTML, reply_markup=markup, disable_web_page_preview=True
        )
    except BadRequest as error:  # the same view, tapped twice in a race
        if "not modified" not in error.message:
            raise


def _back_to_answer(query: CallbackQuery, context: Context) -> str | None:
    """Callback data that shows the answer again, when the message answers a question."""
    return keyboards.MORE.data(0) if _question(query, context) else None


def _back_to_brief(query: CallbackQuery, context: Context) -> str | None:
    """Callback data that shows the brief page again, when the message shows (or showed,
    before a fact took its place) a page of a brief."""
    message = _message(query)
    return reader.brief_shown(context, message.message_id) if message else None


async def on_source(update: Update, context: Context) -> None:
    """Source: the paragraph a fact's quote stands in, the quote in bold, where it is from;
    in place of the message, with ◀ Back to it."""
    fact = await _live_fact(update, context, keyboards.SOURCE)
    if fact is None:
        return
    query = update.callback_query
    await query.answer()
    lang = _lang(update, context)
    browsing = context.bot_data.knowledge.browsing
    paragraph = browsing.paragraph_of(fact)
    html = source_html(
        fact.quote,
        paragraph.text if paragraph else None,
        browsing.result(fact, lang).translation,
        browsing.source_of(fact),
        lang,
    )
    back = keyboards.SHOW.data(fact.id)
    if not _back_to_brief(query, context):
        back = _back_to_answer(query, context) or back
    await _replace(query, html, keyboards.with_back(None, back, lang))


async def on_show(update: Update, context: Context) -> None:
    """A "did you mean", example or brief number: that fact in full, with its own buttons;
    under an answer or a brief in place of it (with ◀ Back), under small talk as a new
    message."""
    fact = await _live_fact(update, context, keyboards.SHOW)
    if fact is None:
        return
    query = update.callback_query
    await query.answer()
    lang = _lang(update, context)
    result = context.bot_data.knowledge.browsing.result(fact, lang)
    html = result_html(result, lang)
    back = _back_to_brief(query, context) or _back_to_answer(query, context)
    message = _message(query)
    if (
        back is None
        and message is not None
        and message.text
        and message.text.startswith(plain_text(html)[:40])
    ):
        back = None  # Back from its source: the fact itself, in place
        await _replace(query, html, keyboards.fact_keyboard(fact.id, lang))
        return
    if back is not None:
        await _replace(query, html, keyboards.fact_keyboard(fact.id, lang, back))
        return
    await message.reply_html(
        html, reply_markup=keyboards.fact_keyboard(fact.id, lang), disable_web_page_preview=True
    )


async def on_more(update: Update, context: Context) -> None:
    """More: the next results of the question the answer replies to, in place of the ones
    shown (◀ Back returns to the first); a More already used changes nothing."""
    query = update.callback_query
    (offset,) = keyboards.MORE.parse(query.data) or ("0",)
    question = _question(query, context)
    lang = _lang(update, context)
    if not question:
        await query.answer(t("expired", lang))
        return
    await query.answer()
    knowledge = context.bot_data.knowledge
    answer = knowledge.answering.ask(question, lang=lang, offset=int(offset))
    if not answer.results:
        await _replace(query, escape(t("more_none", lang)), None)
        return
    html, shown = answer_reply(answer)
    markup = keyboards.answer_keyboard(answer, int(offset), shown)
    if int(offset):
        markup = keyboards.with_back(markup, keyboards.MORE.data(0), lang)
    await _replace(query, html, markup)


async def on_vote(update: Update, context: Context) -> None:
    """👍 / 👎: stored once per user and fact (a later vote replaces it)."""
    query = update.callback_query
    sign, fact_id = keyboards.VOTE.parse(query.data) or ("", "")
    knowledge = context.bot_data.knowledge
    lang = _lang(update, context)
    if knowledge.browsing.fact(fact_id) is None:
        await query.answer(t("no_fact", lang))
        return
    question = _question(query, context) or None
    user_id, value = query.from_user.id, 1 if sign == "+" else -1
    counted = await write(
        knowledge, lambda: knowledge.reports.vote(user_id, fact_id, value, question)
    )
    await query.answer(t("thanks" if counted else "vote_again", lang))
    message = _message(query)
    markup = message.reply_markup if message else None
    if counted and isinstance(markup, InlineKeyboardMarkup):
        marked = keyboards.with_vote(markup, fact_id, sign)
        if marked != markup:
            try:
                await query.edit_message_reply_markup(marked)
            except BadRequest as error:  # marked already (a press raced another)
                if "not modified" not in error.message:
                    raise


async def on_brief(update: Update, context: Context) -> None:
    """A topic button: the brief on that entity or topic ("" for the overall brief); under a
    brief or a /topics page in place of it, with ◀ Back to it, elsewhere (/start, an answer)
    as a new message."""
    query = update.callback_query
    (carried,) = keyboards.BRIEF.parse(query.data) or ("",)
    concept = _concept(context, carried) if carried else None
    message = _message(query)
    if message is None or (carried and concept is None):
        await query.answer(t("expired", _lang(update, context)))
        return
    await query.answer()
    lang = reader_lang(update, context)
    concept_id = concept.id if concept else ""
    shown = reader.brief_backs(context, message.message_id)
    back = _back_to_brief(query, context) or _topics_page_of(message)
    view = reader.brief_page(context, concept, lang, 0) if back else None
    if back is None or view is None:
        await send_brief(update, context, concept_id, lang)
        return
    await _replace(query, view[0], keyboards.with_back(view[1], back, lang))
    backs = [*(shown[1] if shown else []), back]
    reader.remember_brief(context, message.message_id, concept_id, 0, backs)


def _topics_page_of(message: Message) -> str | None:
    """Callback data that shows again the /topics page a message shows, if it shows one."""
    rows = message.reply_markup.inline_keyboard if message.reply_markup else ()
    for button in (button for row in rows for button in row):
        parsed = keyboards.TOPICS.parse(button.callback_data or "")
        if parsed and "/" in button.text:  # the middle of ◀ k/n ▶: the page it is on
            return keyboards.TOPICS.data(int(parsed[0]))
    titles = {t("topics_title", lang) for lang in TEXTS}
    return keyboards.TOPICS.data(0) if message.text in titles else None


def _concept(context: Context, carried: str) -> Concept | None:
    """The entity or topic a brief button carries (its id, or its short key)."""
    browsing = context.bot_data.knowledge.browsing
    concept_id = keyboards.key_from_button(carried, (c.id for c in browsing.concepts()))
    return browsing.concept(concept_id) if concept_id else None


async def on_brief_page(update: Update, context: Context) -> None:
    """◀ ▶ under a /brief: another page of its facts, in place."""
    query = update.callback_query
    page, carried = keyboards.BRIEF_PAGE.parse(query.data) or ("0", "")
    lang = reader_lang(update, context)
    concept = _concept(context, carried) if carried else None
    view = None
    if _message(query) is not None and (concept or not carried):
        view = reader.brief_page(context, concept, lang, int(page))
    if view is None:
        await query.answer(t("expired", lang))
        return
    await query.answer()
    message_id, concept_id = query.message.message_id, concept.id if concept else ""
    shown = reader.brief_backs(context, message_id)
    backs = shown[1] if shown else []
    if shown and shown[0] != concept_id:  # ◀ Back to the brief this one was opened from
        backs = backs[:-1]
    await _replace(
        query, view[0], keyboards.with_back(view[1], backs[-1], lang) if backs else view[1]
    )
    reader.remember_brief(context, message_id, concept_id, int(page), backs)


async def on_language(update: Update, context: Context) -> None:
    """A language button under /language: keep that reply language; the message says so
    in place, the chosen button marked ✓."""
    query = update.callback_query
    (lang,) = keyboards.LANGUAGE.parse(query.data) or ("en",)
    if _message(query) is None:
        await query.answer(t("expired", lang))
        return
    if not await may_change_settings(update, context):  # a group's, by its administrators
        return
    await query.answer()
    await keep_language(update, context, lang)
    await _replace(query, escape(t("language_set", lang)), keyboards.language_keyboard(lang))


async def on_hello(update: Update, context: Context) -> None:
    """A language button under the first /start: keep that reply language; the greeting,
    now in it, takes the place of the question (with the usual /start buttons)."""
    query = update.callback_query
    (lang,) = keyboards.HELLO.parse(query.data) or ("en",)
    if _message(query) is None:
        await query.answer(t("expired", lang))
        return
    if not await may_change_settings(update, context):  # forged under a group's message
        return
    await keep_language(update, context, lang)
    await query.answer(t("language_set", lang))
    text = escape(reader.greeting(update, context, lang))
    await _replace(query, text, keyboards.start_keyboard(lang))


async def on_menu(update: Update, context: Context) -> None:
    """A /start button: the topics, the subjects to follow, or the language choice."""
    query = update.callback_query
    (choice,) = keyboards.MENU.parse(query.data) or ("topics",)
    if _message(query) is None:
        await query.answer(t("expired", _lang(update, context)))
        return
    if choice == "follow" and not await may_change_settings(update, context):
        return  # a group's follows are its administrators' (the refusal answers the tap)
    await query.answer()
    opens = {"topics": reader.topics, "follow": subscriptions.follow, "language": reader.language}
    await opens[choice](update, context)


async def on_topics_page(update: Update, context: Context) -> None:
    """◀ ▶ under /topics: another page of subjects, in place."""
    query = update.callback_query
    (page,) = keyboards.TOPICS.parse(query.data) or ("0",)
    lang = reader_lang(update, context)
    if _message(query) is None:
        await query.answer(t("expired", lang))
        return
    await query.answer()
    markup = keyboards.topics_keyboard(reader.subjects(context, lang), int(page))
    await _replace(query, escape(t("topics_title", lang)), markup)
    reader.forget_brief(context, query.message.message_id)  # a brief opened here, left


async def on_unknown(update: Update, context: Context) -> None:
    """Callback data no button of this bot carries (stale or forged): a notice, nothing else."""
    await update.callback_query.answer(t("expired", _lang(update, context)))


def handlers() -> list[BaseHandler]:
    """One handler per button kind, each with its own pattern; none overlaps another."""
    return [
        CallbackQueryHandler(on_source, pattern=keyboards.SOURCE.pattern),
        CallbackQueryHandler(on_show, pattern=keyboards.SHOW.pattern),
        CallbackQueryHandler(on_more, pattern=keyboards.MORE.pattern),
        CallbackQueryHandler(on_vote, pattern=keyboards.VOTE.pattern),
        CallbackQueryHandler(on_brief, pattern=keyboards.BRIEF.pattern),
        CallbackQueryHandler(on_brief_page, pattern=keyboards.BRIEF_PAGE.pattern),
        CallbackQueryHandler(on_language, pattern=keyboards.LANGUAGE.pattern),
        CallbackQueryHandler(on_menu, pattern=keyboards.MENU.pattern),
        CallbackQueryHandler(on_hello, pattern=keyboards.HELLO.pattern),
        CallbackQueryHandler(on_topics_page, pattern=keyboards.TOPICS.pattern),
        CallbackQueryHandler(on_unknown, pattern=keyboards.unknown),
    ]
