"""Admins' replies: the text after a command, length-safe HTML replies, and the one mapping
from the domain's refusals (:class:`knowledge.errors.Refused`) to a reply."""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardMarkup, Message, Update

from bot.context import Context
from bot.render import fit_blocks
from bot.texts import clip, reader_lang, t
from knowledge.errors import FactError, Refused

MAX_REASON = 500  # characters of a refusal's reason shown


def command_body(message: Message) -> str:
    """What follows the /command in a message's text or caption (line breaks kept)."""
    parts = (message.text or message.caption or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


async def reply(
    update: Update, blocks: list[str], markup: InlineKeyboardMarkup | None = None
) -> None:
    """Send HTML blocks to the update's chat, dropping trailing ones past Telegram's limit."""
    await update.effective_message.reply_html(
        fit_blocks(blocks, "…"), reply_markup=markup, disable_web_page_preview=True
    )


def closest(sentences: list[str], lang: str) -> list[str]:
    """The article sentences a near-miss quote probably meant, one blockquote each."""
    if not sentences:
        return []
    quotes = [f"<blockquote>{escape(clip(s, 1200))}</blockquote>" for s in sentences]
    return [escape(t("adm_closest", lang)), *quotes]


def refusal(error: Refused, lang: str, key: str = "adm_not_saved") -> list[str]:
    """Why a fact, a change or an article was refused: the reason under *key* ("Not saved:
    …" or "Nothing changed: …"), with the closest sentences for a quote not in its article."""
    if isinstance(error, FactError):
        reason, sentences = error.message, error.closest
    else:
        reason, sentences = str(error), []
    return [t(key, lang, reason=escape(clip(reason, MAX_REASON))), *closest(sentences, lang)]


async def refuse(
    update: Update, context: Context, error: Refused, key: str = "adm_not_saved"
) -> None:
    """Reply with :func:`refusal` in the admin's language."""
    await reply(update, refusal(error, reader_lang(update, context), key))
