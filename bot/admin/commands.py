"""Curators' commands: edit, delete, undo and list facts, add articles, import and export,
and register the views of use (/gaps: :mod:`bot.admin.gaps`, /stats:
:mod:`bot.admin.stats`). Every handler checks ADMIN_IDS first (see ``admin_only``); /addfact
lives in :mod:`bot.admin.addfact`.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import UTC, datetime
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.access import admin_only
from bot.admin import drafts as admin_drafts
from bot.admin import gaps as admin_gaps
from bot.admin import quotes as admin_quotes
from bot.admin.addfact import conversation, store_fact
from bot.admin.form import SKIP
from bot.admin.replies import command_body, refuse, reply
from bot.admin.stats import stats
from bot.context import Context
from bot.keyboards import ADMIN_PREFIX
from bot.render import fit_blocks, result_html
from bot.texts import clip, reader_lang, t
from bot.writes import write
from knowledge.errors import Refused
from knowledge.facts import EDITABLE

PAGE = 10
FACTS_DATA = ADMIN_PREFIX + "facts:"  # adm:facts:<offset>
FACTS_LISTS = "facts_lists"  # user_data: the admin's recent /facts lists (see _lists)
MAX_LISTS = 20
MAX_ARTICLE_BYTES = 1024 * 1024
MAX_IMPORT_BYTES = 10 * 1024 * 1024


def _actor(update: Update) -> int:
    return update.effective_user.id


# -- facts --------------------------------------------------------------------------------


@admin_only
async def edit_fact(update: Update, context: Context) -> None:
    """/editfact ID FIELD VALUE ("-" clears an optional field)."""
    lang = reader_lang(update, context)
    parts = command_body(update.effective_message).split(maxsplit=2)
    if len(parts) < 3:
        await reply(update, [escape(t("adm_usage_editfact", lang, fields=", ".join(EDITABLE)))])
        return
    fact_id, field, value = parts
    knowledge = context.bot_data.knowledge
    try:
        fact = await write(
            knowledge.briefing.store,
            lambda: knowledge.curation.edit_fact(
                fact_id, field, "" if value == SKIP else value, _actor(update)
            ),
        )
    except Refused as error:
        await refuse(update, context, error, "adm_not_changed")
        return
    done = t("adm_edited", lang, field=escape(field), id=escape(fact.id))
    await reply(update, [done, result_html(knowledge.briefing.result(fact, lang), lang)])


@admin_only
async def delete_fact(update: Update, context: Context) -> None:
    """/delfact ID: a soft delete that /undo reverts."""
    lang = reader_lang(update, context)
    parts = command_body(update.effective_message).split()
    if len(parts) != 1:
        await reply(update, [escape(t("adm_usage_delfact", lang))])
        return
    knowledge = context.bot_data.knowledge
    try:
        store = knowledge.briefing.store
        fact = await write(store, lambda: knowledge.curation.delete_fact(parts[0], _actor(update)))
    except Refused as error:
        await refuse(update, context, error, "adm_not_changed")
        return
    await reply(update, [t("adm_deleted", lang, id=escape(fact.id))])


@admin_only
async def undo(update: Update, context: Context) -> None:
    """/undo: revert this admin's last fact change and say which it was."""
    lang = reader_lang(update, context)
    knowledge = context.bot_data.knowledge
    undone = await write(knowledge.briefing.store, lambda: knowledge.curation.undo(_actor(update)))
    if undone is None:
        await reply(update, [escape(t("adm_undo_none", lang))])
        return
    fact, key, values = undone.fact, f"adm_undone_{undone.action}", {"id": escape(undone.fact.id)}
    if undone.fields:  # an edit: say which field is back
        key, values["field"] = "adm_undone_editfact_field", escape(", ".join(undone.fields))
    blocks = [t(key, lang, **values)]
    if not fact.deleted:
        blocks.append(result_html(knowledge.briefing.result(fact, lang), lang))
    await reply(update, blocks)


def _facts_page(
    context: Context, query: str, offset: int, lang: str
) -> tuple[str, InlineKeyboardMarkup | None]:
    total, facts = context.bot_data.knowledge.browsing.list_facts(query, offset, PAGE)
    if not facts:
        return escape(t("adm_facts_none", lang)), None
    key = "adm_facts_matching" if query else "adm_facts_title"
    numbers = {"first": str(offset + 1), "last": str(offset + len(facts)), "total": str(total)}
    lines = [f"<b>{escape(t(key, lang, query=clip(query, 100), **numbers))}</b>"]
    for fact in facts:
        text = fact.statement_ru if lang == "ru" and fact.statement_ru else fact.statement
        lines.append(f"<code>{escape(fact.id)}</code> {escape(clip(text, 200))}")
    buttons = []
    if offset > 0:
        buttons.append(
            InlineKeyboardButton("◀", callback_data=f"{FACTS_DATA}{max(0, offset - PAGE)}")
        )
    if offset + PAGE < total:
        buttons.append(InlineKeyboardButton("▶", callback_data=f"{FACTS_DATA}{offset + PAGE}"))
    markup = InlineKeyboardMarkup([buttons]) if buttons else None
    return fit_blocks(lines, "…"), markup


def _lists(context: Context) -> OrderedDict[int, list[str]]:
    """The admin's recent /facts lists by message id: [query, text shown]."""
    return context.user_data.setdefault(FACTS_LISTS, OrderedDict())


@admin_only
async def list_facts(update: Update, context: Context) -> None:
    """/facts [query]: live facts with their ids, ten a page, with ◀/▶ buttons that page
    this list (its query is kept by message)."""
    query = command_body(update.effective_message)
    text, markup = _facts_page(context, query, 0, reader_lang(update, context))
    sent = await update.effective_message.reply_html(text, reply_markup=markup)
    lists = _lists(context)
    lists[sent.message_id] = [query, text]
    while len(lists) > MAX_LISTS:
        lists.popitem(last=False)


@admin_only
async def on_button(update: Update, context: Context) -> None:
    """Admin buttons ("adm:..."), checked on every press: the /facts pages, else expired."""
    callback = update.callback_query
    lang = reader_lang(update, context)
    offset = callback.data.removeprefix(FACTS_DATA)
    message = callback.message if isinstance(callback.message, Message) else None
    shown = _lists(context).get(message.message_id) if message else None
    valid = callback.data.startswith(FACTS_DATA) and offset.isascii() and offset.isdigit()
    if not valid or shown is None:
        await callback.answer(t("expired", lang))
        return
    await callback.answer()
    text, markup = _facts_page(context, shown[0], int(offset), lang)
    if shown[1] != text:  # a double tap shows the same page
        await callback.edit_message_text(text, parse_mode="HTML", reply_markup=markup)
        shown[1] = text


@admin_only
async def on_duplicate(update: Update, context: Context) -> None:
    """The choice under a fact whose quote another fact cites: edit that fact, or save anyway."""
    callback = update.callback_query
    lang = reader_lang(update, context)
    pending = admin_quotes.take_pending(context)
    if pending is None:
        await callback.answer(t("expired", lang))
        return
    await callback.answer()
    raw, fact_id = pending
    if callback.data == admin_quotes.SAVE_DATA:
        await store_fact(update, context, raw, again=True)
        return
    knowledge = context.bot_data.knowledge
    try:
        fact = await write(
            knowledge.briefing.store,
            lambda: knowledge.curation.edit_fact(
                fact_id, "statement", raw["statement"], _actor(update)
            ),
        )
    except Refused as error:
        await refuse(update, context, error, "adm_not_changed")
        return
    done = t("adm_edited", lang, field="statement", id=escape(fact.id))
    await reply(update, [done, result_html(knowledge.briefing.result(fact, lang), lang)])


# -- uploads ------------------------------------------------------------------------------


async def _document_text(
    update: Update, context: Context, kinds: tuple[str, ...], limit: int
) -> str | None:
    """The attached document as text, or None after telling the admin what is wrong."""
    lang = reader_lang(update, context)
    document = update.effective_message.document
    if not (document.file_name or "").lower().endswith(kinds):
        await reply(update, [escape(t("adm_wrong_type", lang, kinds=" / ".join(kinds)))])
        return None
    too_big = [escape(t("adm_too_big", lang, size=f"{limit // (1024 * 1024)} MB"))]
    if (document.file_size or 0) > limit:
        await reply(update, too_big)
        return None
    data = await (await document.get_file()).download_as_bytearray()
    if len(data) > limit:
        await reply(update, too_big)
        return None
    try:
        return bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError:
        await reply(update, [escape(t("adm_not_utf8", lang))])
        return None


def _header(line: str) -> tuple[str, str | None, str | None, str | None] | None:
    """TITLE | OUTLET | URL | DATE (all but the title may be left out, empty or "-"); None
    when malformed."""
    parts = [p.strip() for p in line.split("|")]
    if len(parts) > 4 or not parts[0]:
        return None
    title, *rest = (parts + ["", "", ""])[:4]
    outlet, url, date = (None if part in ("", SKIP) else part for part in rest)
    return title, outlet, url, date


async def _store_article(update: Update, context: Context, header: str, text: str) -> None:
    lang = reader_lang(update, context)
    fields = _header(header)
    if fields is None or not text.strip():
        await reply(update, [escape(t("adm_usage_addarticle", lang))])
        return
    title, outlet, url, date = fields
    knowledge = context.bot_data.knowledge
    try:
        article = await write(
            knowledge.briefing.store,
            lambda: knowledge.curation.add_article(
                title, text, _actor(update), outlet=outlet, url=url, date=date
            ),
        )
    except Refused as error:
        await refuse(update, context, error)
        return
    sentences = sum(len(p.sentences) for p in article.paragraphs)
    done = t(
        "adm_article_added",
        lang,
        id=escape(article.id),
        paragraphs=str(len(article.paragraphs)),
        sentences=str(sentences),
    )
    await reply(update, [done], admin_drafts.propose_keyboard(article.id, lang))


@admin_only
async def add_article(update: Update, context: Context) -> None:
    """/addarticle TITLE | OUTLET | URL | DATE, the text on the following lines."""
    header, _, text = command_body(update.effective_message).partition("\n")
    await _store_article(update, context, header, text)


@admin_only
async def add_article_file(update: Update, context: Context) -> None:
    """A .txt document captioned "[/addarticle] TITLE | OUTLET | URL | DATE"."""
    caption = update.effective_message.caption or ""
    header = command_body(update.effective_message) if caption.startswith("/") else caption
    text = await _document_text(update, context, (".txt",), MAX_ARTICLE_BYTES)
    if text is not None:
        await _store_article(update, context, header, text)


@admin_only
async def import_usage(update: Update, context: Context) -> None:
    """/import without a file: say how to send one."""
    await reply(update, [escape(t("adm_usage_import", reader_lang(update, context)))])


@admin_only
async def import_file(update: Update, context: Context) -> None:
    """A .jsonl or .csv document captioned /import: imported in the background
    (:mod:`bot.imports`), good rows stored, bad ones listed."""
    text = await _document_text(update, context, (".jsonl", ".json", ".csv"), MAX_IMPORT_BYTES)
    if text is not None:
        name = update.effective_message.document.file_name or ""
        await context.bot_data.imports.start(update, context, text, name)


# -- views --------------------------------------------------------------------------------


@admin_only
async def export(update: Update, context: Context) -> None:
    """/export: a backup (articles, vocabulary, facts) that /import and ``briefbot import``
    restore into an empty database."""
    lang = reader_lang(update, context)
    knowledge = context.bot_data.knowledge
    data = knowledge.curation.export_jsonl()
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    numbers = {
        "facts": str(knowledge.briefing.store.count_facts()),
        "articles": str(len(knowledge.briefing.articles)),
    }
    await update.effective_message.reply_document(
        data.encode("utf-8"),
        filename=f"briefbot-backup-{stamp}.jsonl",
        caption=t("adm_backup_caption", lang, **numbers),
    )


def _caption_command(name: str) -> filters.BaseFilter:
    return filters.CaptionRegex(rf"^/{name}(@\w+)?(\s|$)")


def handlers() -> list[BaseHandler]:
    """Handlers of the admin commands, uploads and "adm:" buttons."""
    article_file = filters.Document.ALL & (
        _caption_command("addarticle")
        | (filters.Document.FileExtension("txt") & filters.CaptionRegex(r"\|"))
    )
    return [
        conversation(),
        CommandHandler("editfact", edit_fact),
        CommandHandler("delfact", delete_fact),
        CommandHandler("undo", undo),
        CommandHandler("facts", list_facts),
        CommandHandler("addarticle", add_article),
        CommandHandler("import", import_usage),
        CommandHandler("export", export),
        CommandHandler("gaps", admin_gaps.gaps),
        CommandHandler("stats", stats),
        MessageHandler(article_file, add_article_file),
        MessageHandler(filters.Document.ALL & _caption_command("import"), import_file),
        CallbackQueryHandler(on_duplicate, pattern=admin_quotes.PATTERN),
        *admin_gaps.handlers(),
        *admin_drafts.handlers(),
        CallbackQueryHandler(on_button, pattern=rf"^{ADMIN_PREFIX}(?!{admin_quotes.KIND})"),
    ]
