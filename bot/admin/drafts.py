"""/drafts ARTICLE_ID: the curator goes through an article's draft facts one by one (its
sentences that name something the briefing knows and that no fact cites yet): ✍ write the
statement (the guided /addfact, source and quote filled in), ✓ use the quote as it is, ⏭
skip, ✖ stop. Each saved draft is an ordinary audited fact, answerable at once."""

from __future__ import annotations

from dataclasses import asdict
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from bot.access import admin_only
from bot.admin.replies import command_body, refuse, reply
from bot.context import Context
from bot.keyboards import DRAFT_OPEN, DRAFT_STEP, DRAFT_WRITE
from bot.texts import reader_lang, t
from knowledge.drafts import Draft
from knowledge.errors import Refused

STATE = "drafts"  # user_data key: {"article": id, "items": [Draft as dict], "at": index}


def current_draft(context: Context) -> Draft | None:
    """The draft the curator is looking at, if a walk through drafts is open."""
    state = context.user_data.get(STATE)
    if not state or state["at"] >= len(state["items"]):
        return None
    item = state["items"][state["at"]]
    return Draft(**{**item, "entities": tuple(item["entities"]), "topics": tuple(item["topics"])})


def _coverage_line(context: Context, article_id: str, lang: str) -> str:
    cited, total = context.bot_data.knowledge.drafts.coverage(article_id) or (0, 0)
    return t("adm_drafts_line", lang, id=escape(article_id), cited=str(cited), total=str(total))


async def _show(update: Update, context: Context) -> None:
    """The current draft with its buttons, or that there are no more."""
    lang = reader_lang(update, context)
    state, draft = context.user_data.get(STATE), current_draft(context)
    if state is None or draft is None:
        context.user_data.pop(STATE, None)
        await reply(update, [escape(t("adm_drafts_done", lang))])
        return
    at = state["at"]
    names = ", ".join([*draft.entities, *draft.topics])
    head = t("adm_draft", lang, n=str(at + 1), total=str(len(state["items"])))
    blocks = [
        f"<b>{escape(head)}</b> · ¶{draft.paragraph}",
        f"<blockquote>{escape(draft.quote)}</blockquote>",
        escape(names),
    ]
    buttons = [
        [InlineKeyboardButton(t("adm_draft_btn_write", lang), callback_data=DRAFT_WRITE.data(at))],
        [
            InlineKeyboardButton(
                t("adm_draft_btn_quote", lang), callback_data=DRAFT_STEP.data("q", at)
            )
        ],
        [
            InlineKeyboardButton(
                t("adm_draft_btn_skip", lang), callback_data=DRAFT_STEP.data("s", at)
            ),
            InlineKeyboardButton(
                t("adm_draft_btn_stop", lang), callback_data=DRAFT_STEP.data("x", at)
            ),
        ],
    ]
    await reply(update, blocks, InlineKeyboardMarkup(buttons))


def propose_keyboard(article_id: str, lang: str) -> InlineKeyboardMarkup | None:
    """ "Propose facts" under a newly added article (none when its id is too long a datum)."""
    if not DRAFT_OPEN.fits(article_id):
        return None
    button = InlineKeyboardButton(
        t("adm_draft_btn_propose", lang), callback_data=DRAFT_OPEN.data(article_id)
    )
    return InlineKeyboardMarkup([[button]])


async def _open(update: Update, context: Context, article_id: str) -> None:
    """Open the walk through an article's drafts at the first one."""
    lang = reader_lang(update, context)
    proposed = context.bot_data.knowledge.drafts.propose(article_id)
    if proposed is None:
        await reply(update, [escape(t("adm_drafts_unknown", lang, id=article_id))])
        return
    context.user_data[STATE] = {
        "article": article_id,
        "items": [asdict(d) for d in proposed],
        "at": 0,
    }
    await reply(update, [_coverage_line(context, article_id, lang)])
    await _show(update, context)


@admin_only
async def drafts(update: Update, context: Context) -> None:
    """/drafts ARTICLE_ID: open the walk through that article's drafts; alone, each
    article with how many of its sentences facts cite."""
    lang = reader_lang(update, context)
    words = command_body(update.effective_message).split()
    if not words:
        articles = context.bot_data.knowledge.browsing.articles()
        lines = [_coverage_line(context, a.id, lang) for a in articles]
        await reply(update, [escape(t("adm_drafts_usage", lang)), *lines])
        return
    await _open(update, context, words[0])


@admin_only
async def on_propose(update: Update, context: Context) -> None:
    """ "Propose facts" under /addarticle's reply: the same as /drafts ARTICLE_ID."""
    await update.callback_query.answer()
    article_id = (DRAFT_OPEN.parse(update.callback_query.data) or ("",))[0]
    await _open(update, context, article_id)


@admin_only
async def on_step(update: Update, context: Context) -> None:
    """✓ use the quote as it is (saved), ⏭ skip, ✖ stop; a button under an older draft is
    expired."""
    callback = update.callback_query
    action, at = DRAFT_STEP.parse(callback.data) or ("", "-1")
    lang = reader_lang(update, context)
    state, draft = context.user_data.get(STATE), current_draft(context)
    if state is None or draft is None or int(at) != state["at"]:
        await callback.answer(t("adm_list_closed", lang, command="/drafts"))
        return
    await callback.answer()
    if action == "x":
        context.user_data.pop(STATE, None)
        await reply(update, [escape(t("adm_drafts_stopped", lang))])
        return
    if action == "q":
        try:
            fact = context.bot_data.knowledge.drafts.save_as_quoted(draft, update.effective_user.id)
        except Refused as error:
            await refuse(update, context, error)
        else:
            await reply(update, [t("adm_draft_saved", lang, id=escape(fact.id))])
    state["at"] += 1
    await _show(update, context)


def handlers() -> list[BaseHandler]:
    """The buttons of /drafts and of "Propose facts" (✍ is an entry of the /addfact form)."""
    return [
        CallbackQueryHandler(on_step, pattern=DRAFT_STEP.pattern),
        CallbackQueryHandler(on_propose, pattern=DRAFT_OPEN.pattern),
    ]
