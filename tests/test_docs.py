"""The README's command table and the commands the bot registers are the same, both ways: a
command added to the bot must be documented, and a documented one must exist."""

from __future__ import annotations

import re
from pathlib import Path

from telegram.ext import (
    Application,
    BaseHandler,
    CommandHandler,
    ConversationHandler,
    DictPersistence,
)

from bot.app import _add_handlers
from bot.texts import ADMIN_COMMANDS, USER_COMMANDS

README = Path(__file__).resolve().parent.parent / "README.md"


def _commands(handlers: list[BaseHandler]) -> set[str]:
    names: set[str] = set()
    for handler in handlers:
        if isinstance(handler, CommandHandler):
            names |= set(handler.commands)
        elif isinstance(handler, ConversationHandler):
            states = [h for hs in handler.states.values() for h in hs]
            names |= _commands([*handler.entry_points, *states, *handler.fallbacks])
    return names


def registered() -> set[str]:
    application = Application.builder().token("1:x").persistence(DictPersistence()).build()
    _add_handlers(application)
    return _commands([h for group in application.handlers.values() for h in group])


def documented() -> set[str]:
    rows = re.findall(
        r"^\| (?:everyone|admin) \| ([^|]*(?:\\\|[^|]*)*)\|", README.read_text(), re.M
    )
    return {name for row in rows for name in re.findall(r"`/(\w+)", row)}


def test_every_registered_command_is_in_the_readme_and_every_documented_one_exists():
    assert registered() == documented()


def test_every_command_in_the_menus_is_registered():
    menus = {
        name for lang in ("en", "ru") for name, _ in USER_COMMANDS[lang] + ADMIN_COMMANDS[lang]
    }
    assert menus <= registered()
