"""/gaps, the curator's loop in the chat: each question readers asked that the briefing does
not answer yet, with the two or three closest facts as buttons ("✓ <label>": this fact
answers it), ➕ New fact (the guided /addfact, the question already its first example
question) and Dismiss. Linking is an audited edit of the fact's example questions, so /undo
unlinks it."""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.access import admin_only
from bot.admin.replies import refusal, reply
from bot.context import Context
from bot.keyboards import GAP_DISMISS, GAP_LINK, GAP_NEW
from bot.texts import clip, reader_lang, t
from knowledge.errors import Refused
from knowledge.gaps import Gap
from knowledge.service import Knowledge

SHOWN_GAPS = 10  # one message each, so that each has its own buttons
LABEL_CHARS = 40  # of a fact's label on its button
QUESTION_CHARS = 200  # of a question shown


def gap_text(number: int, gap: Gap, knowledge: Knowledge, lang: str) -> str:
    """One gap as HTML: the question as typed, how often, a word for how it went, the other
    wordings, and the facts shown for it that readers voted 👎."""
    word = t("adm_gap_unsure" if gap.unsure else "adm_gap_unanswered", lang)
    question = escape(clip(gap.question, QUESTION_CHARS))
    lines = [f"<b>{number}.</b> «{question}» · {gap.count}× · {word}"]
    others = [f"«{escape(clip(w, 100))}»" for w in gap.wordings[1:4]]
    if others:
        lines.append(f"{escape(t('adm_gap_also', lang))}: {'; '.join(others)}")
    for fact_id in gap.voted_down[:2]:
        fact = knowledge.browsing.fact(fact_id)
        name = knowledge.browsing.label(fact, lang) if fact else fact_id
        lines.append(f"{escape(t('adm_gap_shown', lang))}: {escape(name)}")
    return "\n".join(lines)


def gap_keyboard(gap: Gap, knowledge: Knowledge, lang: str) -> InlineKeyboardMarkup:
    """✓ a closest fact (one a row), then ➕ New fact and Dismiss."""
    rows = [
        [
            InlineKeyboardButton(
                f"✓ {clip(knowledge.browsing.label(fact, lang), LABEL_CHARS, words=True)}",
                callback_data=GAP_LINK.data(gap.key, n),
            )
        ]
        for n, fact in enumerate(knowledge.gaps.closest(gap.question))
    ]
    rows.append(
        [
            InlineKeyboardButton(t("adm_gap_btn_new", lang), callback_data=GAP_NEW.data(gap.key)),
            InlineKeyboardButton(
                t("adm_gap_btn_dismiss", lang), callback_data=GAP_DISMISS.data(gap.key)
            ),
        ]
    )
    return InlineKeyboardMarkup(rows)


@admin_only
async def gaps(update: Update, context: Context) -> None:
    """/gaps: a title (with the count of not-stated questions left out), then one message
    per open gap with its buttons."""
    lang = reader_lang(update, context)
    knowledge = context.bot_data.knowledge
    found = knowledge.gaps.unanswered(limit=SHOWN_GAPS)
    head = [f"<b>{escape(t('adm_gaps_title', lang))}</b>"] if found.gaps else []
    if not found.gaps:
        head.append(escape(t("adm_gaps_none", lang)))
    if found.not_stated:
        head.append(escape(t("adm_gaps_not_stated", lang, count=str(found.not_stated))))
    await reply(update, head)
    for number, gap in enumerate(found.gaps, 1):
        await reply(
            update, [gap_text(number, gap, knowledge, lang)], gap_keyboard(gap, knowledge, lang)
        )


async def _gap_question(update: Update, context: Context, key: str) -> str | None:
    """The question a gap button names; the admin is told when the log no longer has it."""
    question = context.bot_data.knowledge.gaps.question(int(key))
    if question is None:
        await update.callback_query.answer(
            t("adm_gap_gone", reader_lang(update, context)), show_alert=True
        )
    return question


@admin_only
async def on_link(update: Update, context: Context) -> None:
    """✓ <fact>: the question becomes one of that fact's example questions; the gap's
    message says so and loses its buttons."""
    callback = update.callback_query
    key, number = GAP_LINK.parse(callback.data) or ("0", "0")
    lang = reader_lang(update, context)
    knowledge = context.bot_data.knowledge
    question = await _gap_question(update, context, key)
    if question is None:
        return
    closest = knowledge.gaps.closest(question)
    if int(number) >= len(closest):
        await callback.answer(t("adm_list_closed", lang, command="/gaps"))
        return
    await callback.answer()
    try:
        fact = knowledge.gaps.link(question, closest[int(number)].id, update.effective_user.id)
    except Refused as error:
        await reply(update, refusal(error, lang, "adm_not_changed"))
        return
    text = t("adm_gap_linked", lang, question=escape(clip(question, 200)), id=escape(fact.id))
    await callback.edit_message_text(text, parse_mode="HTML")


@admin_only
async def on_dismiss(update: Update, context: Context) -> None:
    """Dismiss: the question (and its wordings alike) leaves /gaps for good."""
    callback = update.callback_query
    key = (GAP_DISMISS.parse(callback.data) or ("0",))[0]
    question = await _gap_question(update, context, key)
    if question is None:
        return
    await callback.answer()
    context.bot_data.knowledge.gaps.dismiss(question, update.effective_user.id)
    text = t(
        "adm_gap_dismissed", reader_lang(update, context), question=escape(clip(question, 200))
    )
    await callback.edit_message_text(text, parse_mode="HTML")


def handlers() -> list[BaseHandler]:
    """The /gaps buttons (bot.keyboards.stale_admin leaves their data to them); ➕ New fact is
    an entry of the /addfact form (bot/admin/addfact.py)."""
    return [
        CallbackQueryHandler(on_link, pattern=GAP_LINK.pattern),
        CallbackQueryHandler(on_dismiss, pattern=GAP_DISMISS.pattern),
    ]
