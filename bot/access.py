"""Who may curate: admins are recognised by numeric Telegram user id, never by username."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot.config import Settings
from bot.texts import t, user_lang
from knowledge.service import Knowledge

log = logging.getLogger(__name__)


def settings_of(context: ContextTypes.DEFAULT_TYPE) -> Settings:
    """The bot's settings."""
    return context.bot_data["settings"]


def knowledge_of(context: ContextTypes.DEFAULT_TYPE) -> Knowledge:
    """The answer engine."""
    return context.bot_data["knowledge"]


def is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """True when the update comes from a user whose numeric id is in ADMIN_IDS."""
    user = update.effective_user
    return user is not None and user.id in settings_of(context).admin_ids


async def require_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
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
