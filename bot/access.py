"""Who may curate: admins are recognised by numeric Telegram user id, never by username."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import ConversationHandler

from bot.context import Context
from bot.texts import t, user_lang

log = logging.getLogger(__name__)
Callback = Callable[[Update, Context], Awaitable[object]]


def is_admin(update: Update, context: Context) -> bool:
    """True when the update comes from a user whose numeric id is in ADMIN_IDS."""
    user = update.effective_user
    return user is not None and user.id in context.bot_data.settings.admin_ids


async def require_admin(update: Update, context: Context) -> bool:
    """Check admin rights; refuse politely (and log the attempt) when they are missing."""
    if is_admin(update, context):
        return True
    user = update.effective_user
    what = "callback" if update.callback_query else "command"
    log.warning("refused admin %s from user %s", what, user.id if user else None)
    text = t("admin_only", user_lang(update))
    if update.callback_query:
        await update.callback_query.answer(text, show_alert=True)
    elif update.effective_message:
        await update.effective_message.reply_text(text)
    return False


def admin_only(callback: Callback) -> Callback:
    """Run *callback* for admins only; anyone else is refused (and logged), nothing changes."""

    @functools.wraps(callback)
    async def guarded(update: Update, context: Context) -> object:
        if not await require_admin(update, context):
            return ConversationHandler.END
        return await callback(update, context)

    return guarded
