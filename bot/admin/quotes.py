"""A new fact whose quote another live fact already cites: say which fact, and let the admin
edit that fact instead or save a second fact with the same quote.

The choice is offered under the one-line /addfact's reply (the fact waits in the admin's
``user_data``); the guided form warns at its quote step and the admin decides by going on or
by /cancel. The buttons' handler is :func:`bot.admin.commands.on_duplicate`.
"""

from __future__ import annotations

import time
from html import escape
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.context import Context
from bot.keyboards import DUPLICATE
from bot.texts import t
from knowledge.facts import Fact

PENDING = "addfact_pending"  # user_data: (record, id of the fact citing its quote, when)
EDIT, SAVE = "edit", "new"  # DUPLICATE's choices: edit the fact citing it, or save anyway
PENDING_SECONDS = 15 * 60


def _statement(fact: Fact) -> str:
    text = fact.statement
    return escape(text if len(text) <= 300 else text[:299].rstrip() + "…")


def offer(
    context: Context, raw: dict[str, Any], fact: Fact, lang: str
) -> tuple[list[str], InlineKeyboardMarkup]:
    """The refusal (HTML blocks) and its two buttons; *raw* waits for the admin's tap."""
    context.user_data[PENDING] = (raw, fact.id, time.time())
    text = t("adm_quote_used", lang, id=escape(fact.id), statement=_statement(fact))
    buttons = [
        [
            InlineKeyboardButton(
                t("adm_btn_edit_instead", lang, id=fact.id), callback_data=DUPLICATE.data(EDIT)
            )
        ],
        [InlineKeyboardButton(t("adm_btn_save_anyway", lang), callback_data=DUPLICATE.data(SAVE))],
    ]
    return [text], InlineKeyboardMarkup(buttons)


def warning(fact: Fact, lang: str) -> str:
    """HTML for the guided form: which fact already cites the quote, and how to edit it."""
    return t("adm_quote_used_form", lang, id=escape(fact.id), statement=_statement(fact))


def take_pending(context: Context) -> tuple[dict[str, Any], str] | None:
    """The record waiting for the admin's choice and the id of the fact citing its quote;
    None when there is none or it has waited too long. Taken once."""
    pending = context.user_data.pop(PENDING, None)
    if pending is None or time.time() - pending[2] > PENDING_SECONDS:
        return None
    return pending[0], pending[1]
