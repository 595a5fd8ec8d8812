"""The python-telegram-bot ``Application``: handlers, command menu, error handling, polling."""

from __future__ import annotations

import asyncio
import functools
import gc
import logging
import sqlite3
import sys

from telegram import Update
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken
from telegram.ext import AIORateLimiter, Application, TypeHandler

from bot import commands, flood, imports, sender, serving
from bot.admin import commands as curation
from bot.admin import drafts, gaps
from bot.client import BriefBot
from bot.config import ConfigError, Settings, configure_logging
from bot.context import CONTEXT_TYPES, Context
from bot.handlers import inline, reader, subscriptions, taps
from bot.ordering import PerUserOrder
from bot.persistence import DatabasePersistence
from bot.resilience import (
    DEFAULT_POLICY,
    RetryingLimiter,
    RetryPolicy,
    connect,
    describe,
    is_transient,
)
from bot.texts import t, user_lang
from bot.transport import BotApiRequest, PollingRequest
from knowledge.service import Knowledge

log = logging.getLogger(__name__)
CONCURRENT_UPDATES = 4
# HTTP connections for sends: the answers under way plus the outbox sender's window (PTB's
# default of one would make them queue for it, and time out)
SEND_CONNECTIONS = CONCURRENT_UPDATES + sender.WINDOW + 4


async def on_error(update: object, context: Context) -> None:
    """Log any handler error and tell the user, without internals, that something failed."""
    error = context.error
    if isinstance(error, Conflict):  # reported once: PollingRequest then stops polling
        log.error(
            "Another bot instance is polling with this token (Telegram answered 409 Conflict). "
            "Stop the other instance; this one is shutting down."
        )
        context.bot_data.conflict = True
        context.application.stop_running()
        return
    if update is None and is_transient(error):  # getUpdates failed; the Updater retries
        log.warning("polling Telegram failed (%s); retrying", describe(error))
        return
    unwritable = isinstance(error, sqlite3.OperationalError)  # read-only, full or locked
    if isinstance(error, Forbidden):  # e.g. the user blocked the bot: no traceback needed
        log.warning("Telegram refused a call: %s", describe(error))
    elif unwritable:
        log.warning("a change could not be saved: the database says %s", error)
    else:
        log.error("error while handling an update: %s", type(error).__name__, exc_info=error)
    if isinstance(update, Update):
        lang = user_lang(update)
        try:
            if update.callback_query:
                try:
                    await update.callback_query.answer(t("error", lang), show_alert=True)
                    return
                except BadRequest:  # the button was answered before the failure
                    pass
            if update.effective_message and update.effective_chat:
                await update.effective_chat.send_message(
                    t("db_unwritable" if unwritable else "error", lang)
                )
        except Exception as notify_error:  # noqa: BLE001 - the user may be unreachable
            log.warning("could not tell the user about the error: %s", type(notify_error).__name__)


def _client(settings: Settings, policy: RetryPolicy) -> BriefBot:
    """The Bot API client: its own connection pools for sending and for long polling, and
    calls paced by Telegram's overall rate (when set) and retried as *policy* says."""
    throttle = None
    if settings.max_rate > 0:
        throttle = AIORateLimiter(
            overall_max_rate=settings.max_rate, overall_time_period=1, max_retries=0
        )
    return BriefBot(
        settings.token,
        base_url=settings.api_base_url,
        base_file_url=settings.file_base_url,
        request=BotApiRequest(
            connection_pool_size=SEND_CONNECTIONS, read_timeout=policy.read_timeout
        ),
        get_updates_request=PollingRequest(
            connection_pool_size=1, read_timeout=policy.read_timeout
        ),
        rate_limiter=RetryingLimiter(policy, throttle),
    )


def build_application(
    settings: Settings,
    knowledge: Knowledge,
    policy: RetryPolicy = DEFAULT_POLICY,
) -> Application:
    """An Application wired with every handler; its Bot API calls ride out faults as *policy*
    says (see bot/resilience.py)."""
    order = PerUserOrder(CONCURRENT_UPDATES)
    builder = (
        Application.builder()
        .bot(_client(settings, policy))
        .post_init(commands.set_menus)
        # Answer several users at once: while one reply is on its way, the next question is
        # matched. A user's own updates are handled in order, one at a time (the /addfact
        # form relies on it): see bot/ordering.py.
        .concurrent_updates(order)
        .context_types(CONTEXT_TYPES)
        # forms, follow-up threads and pending choices outlive a restart (bot/persistence.py)
        .persistence(DatabasePersistence(knowledge))
    )
    application = builder.build()
    order.after = functools.partial(_persist, application)
    application.bot_data.settings = settings
    application.bot_data.knowledge = knowledge
    if settings.answer_cache is not None:
        knowledge.answering.answers_kept = settings.answer_cache

    _add_handlers(application)
    application.add_error_handler(on_error)
    sender.install(application)
    imports.install(application)
    return application


async def _persist(application: Application) -> None:
    """Keep what the update just handled changed (bot/persistence.py), committed at once."""
    await application.update_persistence()
    await application.persistence.flush()


async def take_in_changes(update: object, context: Context) -> None:
    """Before an update is handled: what other processes committed to the database (a
    ``briefbot import`` beside the bot), so the answer knows it. One pragma when nothing
    changed; a large import is taken in a batch an update, the outbox sender (and the
    bot's own import) taking in the rest without holding the loop (``bot.imports.take_in``)."""
    context.bot_data.knowledge.refresh(batch=imports.TAKE_IN_BATCH)


def _add_handlers(application: Application) -> None:
    """Every handler: other processes' changes and the flood guard first, then the commands
    of the table in bot.commands, then each face's buttons, uploads, inline queries and (last:
    an unknown command is one no handler before took) messages."""
    application.add_handler(TypeHandler(object, take_in_changes), group=-2)
    application.add_handler(flood.handler(), group=-1)
    application.add_handlers(commands.handlers())
    for face in (curation, gaps, drafts, subscriptions, taps, inline, reader):
        application.add_handlers(face.handlers())


def run(database: str | None = None) -> int:
    """``briefbot run``: read the configuration and serve Telegram (long polling, or a webhook)
    until stopped. Exits 1 when another instance polls with the token, 2 on a bad
    configuration or a rejected token."""
    try:
        settings = Settings.from_env()
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    configure_logging(settings.log_level, secrets=settings.secrets)
    knowledge = Knowledge.open(database or settings.database)
    application = build_application(settings, knowledge)
    # What start-up made (the knowledge, the handlers) lives as long as the process: out of
    # the collector's sight, each full collection no longer walks it (about 20 ms a time).
    gc.freeze()
    log.info(
        "briefbot starting: %d facts, %d admins",
        knowledge.counts()[0],
        len(settings.admin_ids),
    )
    loop = asyncio.new_event_loop()  # the loop run_polling then runs on
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(connect(application))
        serving.serve(application, settings)
    except InvalidToken:
        print("Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather.", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl-C while still trying to reach Telegram
        return 0
    finally:
        knowledge.close()
        if not loop.is_closed():
            loop.close()
    return 1 if application.bot_data.conflict else 0
