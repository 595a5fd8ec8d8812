"""The typed context every handler gets: ``context.bot_data`` is a :class:`BotData`.

As in python-telegram-bot's ``contexttypesbot.py`` example, the application is built with
:data:`CONTEXT_TYPES`, so handlers read ``context.bot_data.settings`` and
``context.bot_data.knowledge`` with their types instead of looking up string keys.
"""

from __future__ import annotations

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.config import Settings
from knowledge.service import Knowledge


class BotData:
    """What the handlers share: the settings and the knowledge, set when the application is
    built, and whether Telegram reported another instance polling with the token."""

    settings: Settings
    knowledge: Knowledge

    def __init__(self) -> None:
        self.conflict = False


Context = CallbackContext[ExtBot[None], dict, dict, BotData]
CONTEXT_TYPES = ContextTypes(context=CallbackContext, bot_data=BotData)
