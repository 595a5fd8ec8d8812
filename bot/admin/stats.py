"""Curators' view of use: /stats (the figures, and a chart of questions and votes per day
sent as a photo beside them; /gaps is :mod:`bot.admin.gaps`)."""

from __future__ import annotations

import asyncio
from dataclasses import asdict
from html import escape

from telegram import Update
from telegram.constants import ChatAction, ParseMode

from bot.access import admin_only
from bot.admin.replies import reply
from bot.context import Context
from bot.render import fit_blocks
from bot.texts import clip, reader_lang, t
from knowledge.reports import Day
from knowledge.service import Knowledge

CAPTION_LIMIT = 1024  # visible characters of a photo caption
STATEMENT_CHARS = 100  # of each most shown fact, so that five of them fit in the caption


def figures(knowledge: Knowledge, lang: str) -> list[str]:
    """The /stats figures as HTML blocks: questions by outcome, feedback, the size of the
    knowledge, then the most shown facts."""
    numbers = knowledge.reports.stats()
    share = f"{numbers.answered / numbers.questions:.0%}" if numbers.questions else "-"
    values = {k: str(v) for k, v in asdict(numbers).items() if isinstance(v, int)}
    blocks = [t("adm_stats", lang, share=share, **values)]
    if numbers.top_facts:
        blocks.append(t("adm_top_facts", lang))
    for fact_id, count in numbers.top_facts:
        fact = knowledge.browsing.fact_ever(fact_id)  # a deleted fact by its statement too
        statement = f" {escape(clip(fact.statement, STATEMENT_CHARS))}" if fact else ""
        blocks.append(f"{count}× <code>{escape(fact_id)}</code>{statement}")
    return blocks


def _chart(days: list[Day], lang: str) -> bytes:
    """The /stats PNG. matplotlib is imported here, in the worker thread, on the first /stats:
    the bot starts without it and its event loop never waits for the import."""
    from bot.admin.charts import stats_png

    return stats_png(days, lang)


@admin_only
async def stats(update: Update, context: Context) -> None:
    """/stats: the chart of the last days as a photo with the figures as its caption; only
    the figures, and why there is no chart, while nothing has been asked or voted yet."""
    lang = reader_lang(update, context)
    knowledge = context.bot_data.knowledge
    blocks = figures(knowledge, lang)
    days = knowledge.reports.daily()
    if not days:
        await reply(update, [*blocks, escape(t("adm_stats_no_chart", lang))])
        return
    await update.effective_chat.send_action(ChatAction.UPLOAD_PHOTO)  # drawing takes a while
    png = await asyncio.to_thread(_chart, days, lang)  # the event loop keeps answering
    await update.effective_message.reply_photo(
        png, caption=fit_blocks(blocks, "…", CAPTION_LIMIT), parse_mode=ParseMode.HTML
    )
