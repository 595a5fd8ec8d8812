"""The python-telegram-bot ``Application``: handlers, command menu, error handling, polling."""

from __future__ import annotations

import html
import logging
import sys

from dotenv import load_dotenv
from telegram import BotCommand, BotCommandScopeDefault, Update
from telegram.error import Conflict, InvalidToken
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot import admin, inline, user
from bot.config import ConfigError, Settings, configure_logging
from bot.texts import t, user_lang
from knowledge.engine import Knowledge

log = logging.getLogger(__name__)

USER_COMMANDS = {
    "en": [
        ("start", "What this bot knows"),
        ("help", "How to ask, with examples"),
        ("brief", "A short digest, overall or on a topic"),
        ("topics", "Topics and countries in the briefing"),
        ("sources", "The articles behind the facts"),
        ("ask", "Ask a question (in groups)"),
    ],
    "ru": [
        ("start", "Что знает этот бот"),
        ("help", "Как спрашивать, с примерами"),
        ("brief", "Краткая сводка, общая или по теме"),
        ("topics", "Темы и страны брифинга"),
        ("sources", "Статьи, на которых основаны факты"),
        ("ask", "Задать вопрос (в группах)"),
    ],
}


async def _set_commands(application: Application) -> None:
    for lang, commands in USER_COMMANDS.items():
        await application.bot.set_my_commands(
            [BotCommand(name, description) for name, description in commands],
            scope=BotCommandScopeDefault(),
            language_code=None if lang == "en" else lang,
        )


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log any handler error and tell the user, without internals, that something failed."""
    error = context.error
    if isinstance(error, Conflict):
        log.error(
            "Another bot instance is polling with this token (Telegram answered 409 Conflict). "
            "Stop the other instance; this one is shutting down."
        )
        context.application.stop_running()
        return
    log.error("error while handling an update: %s", type(error).__name__, exc_info=error)
    if isinstance(update, Update):
        lang = user_lang(update)
        try:
            if update.callback_query:
                await update.callback_query.answer(t("error", lang), show_alert=True)
            elif update.effective_message and update.effective_chat:
                await update.effective_chat.send_message(html.escape(t("error", lang)))
        except Exception as notify_error:  # noqa: BLE001 - the user may be unreachable
            log.warning("could not tell the user about the error: %s", type(notify_error).__name__)


def build_application(settings: Settings, knowledge: Knowledge) -> Application:
    """An Application wired with every handler."""
    builder = (
        Application.builder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .base_file_url(settings.file_base_url)
        .post_init(_set_commands)
    )
    if settings.max_rate > 0:
        builder = builder.rate_limiter(
            AIORateLimiter(overall_max_rate=settings.max_rate, overall_time_period=1, max_retries=3)
        )
    application = builder.build()
    application.bot_data["settings"] = settings
    application.bot_data["knowledge"] = knowledge

    application.add_handler(CommandHandler(["start", "help"], user.start))
    application.add_handler(CommandHandler("brief", user.brief))
    application.add_handler(CommandHandler("topics", user.topics))
    application.add_handler(CommandHandler("sources", user.sources))
    application.add_handler(CommandHandler("ask", user.ask))
    for handler in admin.handlers():
        application.add_handler(handler)
    application.add_handler(CallbackQueryHandler(user.on_button))
    application.add_handler(InlineQueryHandler(inline.answer_inline))
    application.add_handler(
        MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND, user.on_text)
    )
    application.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE & ~filters.TEXT, user.not_text
        )
    )
    application.add_error_handler(on_error)
    return application


def run(database: str | None = None) -> int:
    """``briefbot run``: read the configuration and poll Telegram until stopped."""
    load_dotenv()
    try:
        settings = Settings.from_env()
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    knowledge = Knowledge.open(database or settings.database)
    application = build_application(settings, knowledge)
    log.info(
        "briefbot starting: %d facts, %d admins", len(knowledge.index), len(settings.admin_ids)
    )
    try:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:
        print("Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather.", file=sys.stderr)
        return 2
    finally:
        knowledge.close()
    return 0
