"""Inline mode: ``@botname question`` in any chat lists matching facts to send."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode

from bot.context import Context
from bot.render import result_html
from bot.texts import user_lang

MAX_RESULTS = 10  # Telegram allows 50; a question rarely has more than a few good facts
CACHE_SECONDS = 300


async def answer_inline(update: Update, context: Context) -> None:
    """Answer an inline query with the facts the engine finds (or the overall brief)."""
    query = update.inline_query
    text = query.query.strip()
    knowledge = context.bot_data.knowledge
    if text:
        lang = user_lang(update, text)
        answer = knowledge.answering.ask(text, limit=MAX_RESULTS)
        results = [*answer.results, *answer.more] if answer.answered else list(answer.results)
    else:
        lang = user_lang(update)
        results = knowledge.browsing.brief(None, lang, limit=MAX_RESULTS)
    articles = [
        InlineQueryResultArticle(
            id=result.fact_id[:64],
            title=result.statement[:100],
            description=result.quote[:200],
            input_message_content=InputTextMessageContent(
                result_html(result, lang), parse_mode=ParseMode.HTML
            ),
        )
        for result in results[:MAX_RESULTS]
    ]
    # an empty query is answered in the user's Telegram language: cache it per user
    await query.answer(articles, cache_time=CACHE_SECONDS, is_personal=not text)
