"""The typed context every handler gets: ``context.bot_data`` is a :class:`BotData`.

As in python-telegram-bot's ``contexttypesbot.py`` example, the application is built with
:data:`CONTEXT_TYPES`, so handlers read ``context.bot_data.settings`` and
``context.bot_data.knowledge`` with their types instead of looking up string keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from telegram.ext import CallbackContext, ContextTypes, ExtBot

from bot.config import Settings
from knowledge.service import Knowledge

if TYPE_CHECKING:
    from bot.imports import Imports
    from bot.sender import Sender


class BotData:
    """What the handlers share: the settings and the knowledge, set when the application is
    built, whether Telegram reported another instance polling with the token, and the outbox
    sender while the application runs (``bot.sender.install``), and which group members
    administer their group (``bot.groups``)."""

    settings: Settings
    knowledge: Knowledge
    imports: Imports  # the admin's import under way (bot.imports.install)

    def __init__(self) -> None:
        self.conflict = False
        self.sender: Sender | None = None
        #: (group, member) -> (when asked, is an administrator): see bot.groups
        self.group_admins: dict[tuple[int, int], tuple[float, bool]] = {}


Context = CallbackContext[ExtBot[None], dict[str, Any], dict[str, Any], BotData]
CONTEXT_TYPES = ContextTypes(context=CallbackContext, bot_data=BotData)
