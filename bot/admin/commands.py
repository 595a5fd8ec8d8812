"""Curators' commands: edit, delete, undo and list facts, add articles, import and export
(registered from the table in :mod:`bot.commands`), and the admins' uploads and buttons. Every
handler checks ADMIN_IDS first (see ``admin_only``); /addfact lives in
:mod:`bot.admin.addfact`, /gaps in :mod:`bot.admin.gaps`, /drafts in :mod:`bot.admin.drafts`,
/stats in :mod:`bot.admin.stats`.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from pathlib import PurePath

from telegram import Document, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

from bot import keyboards
from bot.access import admin_only, is_admin
from bot.admin import drafts as admin_drafts
from bot.admin import quotes as admin_quotes
from bot.admin.addfact import store_fact
from bot.admin.form import SKIP
from bot.admin.replies import command_body, refuse, reply
from bot.context import Context
from bot.handlers import reader
from bot.keyboards import DUPLICATE, FACTS, stale_admin
from bot.render import fit_blocks, result_html
from bot.texts import clip, reader_lang, t
from bot.writes import write
from knowledge.errors import Refused
from knowledge.facts import EDITABLE

PAGE = 10
FACTS_LISTS = "facts_lists"  # user_data: the admin's recent /facts lists (see _lists)
MAX_LISTS = 20
MAX_ARTICLE_BYTES = 1024 * 1024
MAX_IMPORT_BYTES = 10 * 1024 * 1024
UPLOADS = "uploads"  # user_data: captionless .txt message id -> [file_id, name, size]
MAX_UPLOADS = 10
MAX_TITLE_LINE = 200  # a longer first line of a captionless article is text, not its title


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
            knowledge,
            lambda: knowledge.curation.edit_fact(
                fact_id, field, "" if value == SKIP else value, _actor(update)
            ),
        )
    except Refused as error:
        await refuse(update, context, error, "adm_not_changed")
        return
    done = t("adm_edited", lang, field=escape(field), id=escape(fact.id))
    await reply(update, [done, result_html(knowledge.browsing.result(fact, lang), lang)])


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
        fact = await write(
            knowledge, lambda: knowledge.curation.delete_fact(parts[0], _actor(update))
        )
    except Refused as error:
        await refuse(update, context, error, "adm_not_changed")
        return
    await reply(update, [t("adm_deleted", lang, id=escape(fact.id))])


@admin_only
async def undo(update: Update, context: Context) -> None:
    """/undo: revert this admin's last fact change and say which it was."""
    lang = reader_lang(update, context)
    knowledge = context.bot_data.knowledge
    undone = await write(knowledge, lambda: knowledge.curation.undo(_actor(update)))
    if undone is None:
        await reply(update, [escape(t("adm_undo_none", lang))])
        return
    fact, key, values = undone.fact, f"adm_undone_{undone.action}", {"id": escape(undone.fact.id)}
    if undone.fields:  # an edit: say which field is back
        key, values["field"] = "adm_undone_editfact_field", escape(", ".join(undone.fields))
    blocks = [t(key, lang, **values)]
    if not fact.deleted:
        blocks.append(result_html(knowledge.browsing.result(fact, lang), lang))
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
        buttons.append(InlineKeyboardButton("◀", callback_data=FACTS.data(max(0, offset - PAGE))))
    if offset + PAGE < total:
        buttons.append(InlineKeyboardButton("▶", callback_data=FACTS.data(offset + PAGE)))
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
async def on_facts_page(update: Update, context: Context) -> None:
    """◀/▶ under a /facts list: another page of that list, in place (expired when the list
    is no longer kept)."""
    callback = update.callback_query
    lang = reader_lang(update, context)
    (offset,) = FACTS.parse(callback.data) or ("0",)
    message = callback.message if isinstance(callback.message, Message) else None
    shown = _lists(context).get(message.message_id) if message else None
    if shown is None:
        await callback.answer(t("adm_list_closed", lang, command="/facts"))
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
        await callback.answer(t("adm_closed", lang))
        return
    await callback.answer()
    raw, fact_id = pending
    if DUPLICATE.parse(callback.data) == (admin_quotes.SAVE,):
        await store_fact(update, context, raw, again=True)
        return
    knowledge = context.bot_data.knowledge
    try:
        fact = await write(
            knowledge,
            lambda: knowledge.curation.edit_fact(
                fact_id, "statement", raw["statement"], _actor(update)
            ),
        )
    except Refused as error:
        await refuse(update, context, error, "adm_not_changed")
        return
    done = t("adm_edited", lang, field="statement", id=escape(fact.id))
    await reply(update, [done, result_html(knowledge.browsing.result(fact, lang), lang)])


# -- uploads ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _File:
    """A document the bot can fetch by its file_id (now, or at a later tap)."""

    file_id: str
    name: str
    size: int

    @classmethod
    def of(cls, document: Document) -> _File:
        return cls(document.file_id, document.file_name or "", document.file_size or 0)


async def _document_text(
    update: Update,
    context: Context,
    kinds: tuple[str, ...],
    limit: int,
    document: _File | None = None,
) -> str | None:
    """The document (the message's attachment unless given) as text, or None after telling
    the admin what is wrong."""
    lang = reader_lang(update, context)
    document = document or _File.of(update.effective_message.document)
    if not document.name.lower().endswith(kinds):
        await reply(update, [escape(t("adm_wrong_type", lang, kinds=" / ".join(kinds)))])
        return None
    too_big = [escape(t("adm_too_big", lang, size=f"{limit // (1024 * 1024)} MB"))]
    if document.size > limit:
        await reply(update, too_big)
        return None
    data = await (await context.bot.get_file(document.file_id)).download_as_bytearray()
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
            knowledge,
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
    await _import(update, context, (".jsonl", ".json", ".csv"))


async def _import(
    update: Update, context: Context, kinds: tuple[str, ...], document: _File | None = None
) -> None:
    text = await _document_text(update, context, kinds, MAX_IMPORT_BYTES, document)
    if text is None:
        return
    name = document.name if document else update.effective_message.document.file_name or ""
    await context.bot_data.imports.start(update, context, text, name)


async def offer_upload(update: Update, context: Context) -> None:
    """A .txt without a caption: an admin is asked whether it is an article or facts to
    import (the file kept by its file_id until the tap); anyone else gets the reader's
    reply to a message that is not text."""
    if not is_admin(update, context):
        await reader.not_text(update, context)
        return
    message = update.effective_message
    uploads = context.user_data.setdefault(UPLOADS, OrderedDict())
    kept = _File.of(message.document)
    uploads[message.message_id] = [kept.file_id, kept.name, kept.size]
    while len(uploads) > MAX_UPLOADS:
        del uploads[next(iter(uploads))]
    lang = reader_lang(update, context)
    markup = keyboards.upload_keyboard(message.message_id, lang)
    await message.reply_text(t("adm_upload_what", lang), reply_markup=markup)


@admin_only
async def on_upload(update: Update, context: Context) -> None:
    """ "Add as article" or "Import facts" under a captionless .txt: done once, the buttons
    taken away. An article's title is its first line (a whole header TITLE | OUTLET | URL |
    DATE there works too), else the file's name."""
    query = update.callback_query
    choice, message_id = keyboards.UPLOAD.parse(query.data) or ("", "0")
    kept = context.user_data.get(UPLOADS, {}).pop(int(message_id), None)
    if kept is None:
        await query.answer(t("adm_closed", reader_lang(update, context)))
        return
    await query.answer()
    await query.edit_message_reply_markup(None)
    document = _File(*kept)
    if choice == "import":
        await _import(update, context, (".txt",), document)
        return
    text = await _document_text(update, context, (".txt",), MAX_ARTICLE_BYTES, document)
    if text is not None:
        await _store_article(update, context, *_titled(text, document.name))


def _titled(text: str, file_name: str) -> tuple[str, str]:
    """(header, text) of a captionless article: its first line and the rest when that line
    is short enough to be a title, else the file's name and the whole text."""
    first, _, rest = text.strip().partition("\n")
    if len(first) <= MAX_TITLE_LINE and rest.strip():
        return first.strip(), rest
    return PurePath(file_name).stem, text


# -- views --------------------------------------------------------------------------------


@admin_only
async def export(update: Update, context: Context) -> None:
    """/export: a backup (articles, vocabulary, facts) that /import and ``briefbot import``
    restore into an empty database."""
    lang = reader_lang(update, context)
    knowledge = context.bot_data.knowledge
    data = knowledge.curation.export_jsonl()
    stamp = datetime.now(UTC).strftime("%Y%m%d")
    facts, articles = knowledge.counts()
    numbers = {"facts": str(facts), "articles": str(articles)}
    await update.effective_message.reply_document(
        data.encode("utf-8"),
        filename=f"briefbot-backup-{stamp}.jsonl",
        caption=t("adm_backup_caption", lang, **numbers),
    )


def _caption_command(name: str) -> filters.BaseFilter:
    return filters.CaptionRegex(rf"^/{name}(@\w+)?(\s|$)")


@admin_only
async def on_stale(update: Update, context: Context) -> None:
    """Admin data no admin handler takes (an old form's button, or forged): the form is
    closed, not the readers' "ask again"."""
    await update.callback_query.answer(t("adm_closed", reader_lang(update, context)))


def handlers() -> list[BaseHandler]:
    """The admins' uploads (an article, an import, a captionless .txt to ask about) and
    buttons: /facts pages, the choice on a quote in use, the choice on a captionless .txt,
    and the catch-all of stale admin data."""
    article_file = filters.Document.ALL & (
        _caption_command("addarticle")
        | (filters.Document.FileExtension("txt") & filters.CaptionRegex(r"\|"))
    )
    return [
        MessageHandler(article_file, add_article_file),
        MessageHandler(filters.Document.ALL & _caption_command("import"), import_file),
        MessageHandler(
            filters.ChatType.PRIVATE & filters.Document.FileExtension("txt") & ~filters.CAPTION,
            offer_upload,
        ),
        CallbackQueryHandler(on_facts_page, pattern=FACTS.pattern),
        CallbackQueryHandler(on_duplicate, pattern=DUPLICATE.pattern),
        CallbackQueryHandler(on_upload, pattern=keyboards.UPLOAD.pattern),
        CallbackQueryHandler(on_stale, pattern=stale_admin),
    ]
