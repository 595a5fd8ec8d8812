"""Inline mode: ``@botname question`` in any chat lists matching facts to send (a Share
button's ``fact-<id>``: that one fact); with no match, one result that says so and a button
that opens the bot, where the question goes on (``start=q-…``, bot.deeplinks)."""

from __future__ import annotations

from html import escape

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import BaseHandler, InlineQueryHandler

from bot import deeplinks
from bot.context import Context
from bot.render import result_html
from bot.texts import clip, reader_lang, t

MAX_RESULTS = 10  # Telegram allows 50; a question rarely has more than a few good facts
CACHE_SECONDS = 300


def _nothing(text: str, lang: str) -> InlineQueryResultArticle:
    """The one result for a query the briefing has nothing on."""
    said = t("inline_none", lang, query=clip(text, 100))
    return InlineQueryResultArticle(
        id="none",
        title=t("inline_none_title", lang),
        description=said,
        input_message_content=InputTextMessageContent(
            escape(f"{said}\n{t('try', lang)}"), parse_mode=ParseMode.HTML
        ),
    )


async def answer_inline(update: Update, context: Context) -> None:
    """Answer an inline query with the facts the engine finds (or the overall brief). Typing
    is not asking: inline queries are not logged."""
    query = update.inline_query
    text = query.query.strip()
    knowledge = context.bot_data.knowledge
    shared = deeplinks.shared_fact(text)
    lang = reader_lang(update, context, None if shared else text or None)
    if shared:  # a Share button's query: exactly that fact
        fact = knowledge.browsing.fact(shared)
        results = [knowledge.browsing.result(fact, lang)] if fact else []
    elif text:
        answer = knowledge.answering.ask(text, lang=lang, limit=MAX_RESULTS)
        results = [*answer.results, *answer.more] if answer.answered else list(answer.results)
    else:
        results = knowledge.browsing.brief(None, lang, limit=MAX_RESULTS)
    articles = [
        InlineQueryResultArticle(
            id=result.fact_id[:64],
            title=clip(result.statement, 100),
            description=clip(result.quote, 200),
            input_message_content=InputTextMessageContent(
                result_html(result, lang), parse_mode=ParseMode.HTML
            ),
        )
        for result in results[:MAX_RESULTS]
    ]
    button = None
    if not articles:
        articles = [_nothing(text, lang)]
        button = InlineQueryResultsButton(
            text=t("inline_open_bot", lang), start_parameter=deeplinks.query_start(text)
        )
    # the language may come from the user's settings or choice: cache per user then
    personal = (
        not text or bool(shared) or knowledge.preferences.language(query.from_user.id) is not None
    )
    await query.answer(articles, cache_time=CACHE_SECONDS, is_personal=personal, button=button)


def handlers() -> list[BaseHandler]:
    """The one handler of inline queries."""
    return [InlineQueryHandler(answer_inline)]
