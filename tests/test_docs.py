"""The table of commands in bot/commands.py is the one source: the bot registers exactly its
commands, the README's command table documents exactly them (for the same audience), and a
row added to the table alone shows in the command menus and /help, and is missing from the
README until it is documented there."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from telegram import BotCommand
from telegram.ext import (
    Application,
    BaseHandler,
    CommandHandler,
    ConversationHandler,
    DictPersistence,
)

from bot import commands
from bot.app import _add_handlers
from bot.commands import ADMIN, READER, Audience, Command
from bot.handlers import reader
from bot.texts import TEXTS, t

README = Path(__file__).resolve().parent.parent / "README.md"
ADMIN_ID = 7


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
    """Every command the application answers, however deep in a conversation."""
    application = Application.builder().token("1:x").persistence(DictPersistence()).build()
    _add_handlers(application)
    return _commands([h for group in application.handlers.values() for h in group])


def documented() -> dict[str, Audience]:
    """The commands of the README's table, by the audience of their row."""
    rows = re.findall(r"^\| (everyone|admin) \| ([^|]*(?:\\\|[^|]*)*)\|", README.read_text(), re.M)
    audience = {"everyone": READER, "admin": ADMIN}
    return {name: audience[who] for who, row in rows for name in re.findall(r"`/(\w+)", row)}


def in_the_table() -> dict[str, Audience]:
    return {c.name: c.audience for c in commands.COMMANDS}


def test_the_bot_registers_the_commands_of_the_table_and_no_other():
    assert registered() == set(in_the_table())


def test_the_readme_documents_every_command_of_the_table_and_no_other():
    assert documented() == in_the_table()


def test_each_command_has_one_row_and_a_name_telegram_accepts():
    names = [c.name for c in commands.COMMANDS]
    assert len(names) == len(set(names))
    assert all(re.fullmatch(r"[a-z0-9_]{1,32}", name) for name in names)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_every_row_has_its_texts_and_a_help_line_names_its_command(lang):
    for command in commands.COMMANDS:
        if command.menu:
            assert 3 <= len(t(command.menu, lang)) <= 256, command.name
        if command.help:
            assert re.match(rf"/{command.name}(\s|$)", t(command.help, lang)), command.help


def menus() -> dict[tuple[str, str], list[str]]:
    """The menus set at start-up, by (scope, language): the commands of each, in order."""
    calls: list[dict] = []

    async def set_my_commands(menu: list[BotCommand], scope, language_code=None) -> None:
        calls.append({"menu": menu, "scope": scope.type, "lang": language_code or "en"})

    async def set_chat_menu_button(menu_button) -> None:
        pass

    bot = SimpleNamespace(
        set_my_commands=set_my_commands, set_chat_menu_button=set_chat_menu_button
    )
    settings = SimpleNamespace(admin_ids={ADMIN_ID})
    application = SimpleNamespace(bot=bot, bot_data=SimpleNamespace(settings=settings))
    asyncio.run(commands.set_menus(application))
    return {(c["scope"], c["lang"]): [b.command for b in c["menu"]] for c in calls}


def test_the_menus_are_everyones_commands_and_for_admins_the_curators_too():
    for (scope, lang), names in menus().items():
        expected = [c.name for c in commands.COMMANDS if c.menu and c.audience is READER]
        if scope == "chat":
            expected += [c.name for c in commands.COMMANDS if c.menu and c.audience is ADMIN]
        assert names == expected, (scope, lang)


@pytest.mark.parametrize("audience", list(Audience))
def test_a_command_added_to_the_table_alone_is_in_the_menus_and_help_and_needs_the_readme(
    monkeypatch, audience
):
    for lang in TEXTS:
        monkeypatch.setitem(TEXTS[lang], "menu_ping", f"Ping ({lang})")
        monkeypatch.setitem(TEXTS[lang], "help_ping", f"/ping — is the bot there? ({lang})")
    ping = Command("ping", reader.nothing_to_cancel, audience, "menu_ping", "help_ping")
    monkeypatch.setattr(commands, "COMMANDS", (*commands.COMMANDS, ping))

    assert "ping" in registered()
    shown = {key: "ping" in names for key, names in menus().items()}
    everyone = audience is READER
    assert shown == {
        ("default", "en"): everyone,
        ("default", "ru"): everyone,
        ("chat", "en"): True,
        ("chat", "ru"): True,
    }
    for lang in TEXTS:
        line = f"/ping — is the bot there? ({lang})"
        assert line in commands.help_text(lang, True, "Turkey", "briefbot")
        assert (line in commands.help_text(lang, False, "Turkey", "briefbot")) is everyone
    assert "ping" not in documented()
    with pytest.raises(AssertionError):
        test_the_readme_documents_every_command_of_the_table_and_no_other()
