"""The one table of the bot's commands, and everything built from it.

Each row of :data:`COMMANDS` names a command, its callback, who it is for (everyone, or the
curators too) and the keys of its texts in ``bot/texts``: its line in the command menus and
its line in /help (a row may have neither). From the table come the handlers registered in
the application (:func:`handlers`), the command menus in both languages, the public one and
the admins' own (:func:`set_menus`), and /help (:func:`help_command`); tests/test_docs.py
holds the README's command table to it. Buttons, uploads and plain messages are each face
module's ``handlers()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from html import escape

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    MenuButtonCommands,
    Update,
)
from telegram.ext import Application, BaseHandler, CommandHandler

from bot.access import Callback, is_admin
from bot.admin import addfact, drafts, gaps, stats
from bot.admin import commands as curation
from bot.context import Context
from bot.handlers import reader, subscriptions
from bot.texts import TEXTS, reader_lang, t


class Audience(StrEnum):
    """Who a command is for: everyone, or the curators in ADMIN_IDS (whose callbacks check)."""

    READER = "reader"
    ADMIN = "admin"


READER, ADMIN = Audience.READER, Audience.ADMIN


@dataclass(frozen=True)
class Command:
    """One row of the table: ``/name`` runs *callback*; *menu* and *help* are text keys of
    its line in the command menus and in /help (a /help line starts with ``/name``)."""

    name: str
    callback: Callback
    audience: Audience
    menu: str | None = None
    help: str | None = None
    within: Callable[[BaseHandler], BaseHandler] | None = None  # the conversation it opens

    def handler(self) -> BaseHandler:
        """The handler registered for this command: a CommandHandler, or the conversation it
        is the entry of."""
        command: BaseHandler = CommandHandler(self.name, self.callback)
        return self.within(command) if self.within else command


async def help_command(update: Update, context: Context) -> None:
    """/help: how to ask, with examples in both languages, and the commands (and the
    curation commands for an admin)."""
    lang = reader_lang(update, context)
    topics = [tc.concept.name(lang) for tc in context.bot_data.knowledge.browsing.topic_counts()]
    text = help_text(
        lang, is_admin(update, context), ", ".join(topics[:6]), context.bot.username or "bot"
    )
    await update.effective_message.reply_html(text, disable_web_page_preview=True)


COMMANDS: tuple[Command, ...] = (
    Command("start", reader.start, READER, "menu_start"),
    Command("help", help_command, READER, "menu_help"),
    Command("brief", reader.brief, READER, "menu_brief", "help_brief"),
    Command("topics", reader.topics, READER, "menu_topics", "help_topics"),
    Command("sources", reader.sources, READER, "menu_sources", "help_sources"),
    Command("ask", reader.ask, READER, "menu_ask", "help_ask"),
    Command("language", reader.language, READER, "menu_language", "help_language"),
    Command("follow", subscriptions.follow, READER, "menu_follow", "help_follow"),
    Command("unfollow", subscriptions.unfollow, READER, "menu_unfollow"),
    Command("following", subscriptions.following, READER, "menu_following"),
    Command("digest", subscriptions.digest, READER, "menu_digest"),
    Command("timezone", subscriptions.timezone, READER, "menu_timezone"),
    Command("addfact", addfact.start, ADMIN, "menu_addfact", "help_addfact", addfact.conversation),
    Command("editfact", curation.edit_fact, ADMIN, "menu_editfact", "help_editfact"),
    Command("delfact", curation.delete_fact, ADMIN, "menu_delfact", "help_delfact"),
    Command("undo", curation.undo, ADMIN, "menu_undo", "help_undo"),
    Command("facts", curation.list_facts, ADMIN, "menu_facts", "help_facts"),
    Command("addarticle", curation.add_article, ADMIN, "menu_addarticle", "help_addarticle"),
    Command("import", curation.import_usage, ADMIN),  # a file's caption, mostly: no menu line
    Command("export", curation.export, ADMIN, "menu_export", "help_export"),
    Command("drafts", drafts.drafts, ADMIN, "menu_drafts", "help_drafts"),
    Command("gaps", gaps.gaps, ADMIN, "menu_gaps", "help_gaps"),
    Command("stats", stats.stats, ADMIN, "menu_stats", "help_stats"),
    # last: the /addfact form's own /cancel, registered with /addfact, comes first
    Command("cancel", reader.nothing_to_cancel, READER),
)


def handlers() -> list[BaseHandler]:
    """A handler per command of the table, in its order."""
    return [command.handler() for command in COMMANDS]


def menu(lang: str, audience: Audience) -> list[BotCommand]:
    """The command menu in *lang*: everyone's commands, then, for an admin, the curators'."""
    shown = [c for c in COMMANDS if c.menu and (audience is ADMIN or c.audience is READER)]
    shown.sort(key=lambda c: c.audience is ADMIN)
    return [BotCommand(c.name, t(c.menu, lang)) for c in shown if c.menu]


async def set_menus(application: Application) -> None:
    """The command menu in every language; admins also see the curation commands. These
    calls are cosmetic: one that fails is logged once and start-up goes on (bot.resilience)."""
    admins = application.bot_data.settings.admin_ids
    await application.bot.set_chat_menu_button(menu_button=MenuButtonCommands())
    for lang in TEXTS:
        language = None if lang == "en" else lang
        await application.bot.set_my_commands(
            menu(lang, READER), scope=BotCommandScopeDefault(), language_code=language
        )
        for admin_id in sorted(admins):  # a failure (no chat with the admin yet) is logged once
            await application.bot.set_my_commands(
                menu(lang, ADMIN), scope=BotCommandScopeChat(admin_id), language_code=language
            )


def help_text(lang: str, admin: bool, articles: str, username: str) -> str:
    """/help in *lang* (HTML): how to ask, the lines of everyone's commands, inline mode, and
    for an *admin* the curators' commands. *articles* says what the briefing covers."""
    lines = [t("help_intro", lang, articles=escape(articles))]
    lines += [t(c.help, lang) for c in COMMANDS if c.help and c.audience is READER]
    lines.append(t("help_inline", lang, username=escape(username)))
    text = "\n".join(lines)
    if admin:
        curators = [t(c.help, lang) for c in COMMANDS if c.help and c.audience is ADMIN]
        text += f"\n\n<b>{escape(t('help_admin', lang))}</b>\n" + "\n".join(curators)
    return text
