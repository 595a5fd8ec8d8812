"""The Bot API client: python-telegram-bot's ExtBot plus a cheaper send for answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from telegram import InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.ext import ExtBot

# The keyboard, or the Bot API's JSON of it (made once per distinct keyboard: see
# bot.keyboards.answer_markup); never changed once handed over.
Markup = InlineKeyboardMarkup | Mapping[str, Any]
NO_PREVIEW: Mapping[str, Any] = {"is_disabled": True}  # LinkPreviewOptions, as the API reads it


class BriefBot(ExtBot[None]):
    """``ExtBot`` with :meth:`send_html`, which does not build the sent ``Message``.

    Answers are the hot path and the bot never reads the message Telegram returns for them;
    turning that reply (entities, keyboard, the quoted question) into objects cost about a
    fifth of the bot's CPU time per answer in the end-to-end benchmark. Its parameters go as
    the plain JSON the Bot API reads, not as objects PTB would turn into it on every call.
    The call still goes through the rate limiter and the retries like any other.
    """

    async def send_html(
        self,
        chat_id: int,
        text: str,
        *,
        reply_markup: Markup | None = None,
        reply_to: int | None = None,
    ) -> int | None:
        """sendMessage with parse_mode HTML and no link previews, replying to *reply_to*;
        returns the sent message's id."""
        data: dict[str, object] = {
            "chat_id": chat_id,
            "text": text,
            "parse_mode": ParseMode.HTML,
            "link_preview_options": NO_PREVIEW,
            "reply_markup": reply_markup,
        }
        if reply_to is not None:
            data["reply_parameters"] = {"message_id": reply_to, "allow_sending_without_reply": True}
        sent = await self._post("sendMessage", data)
        return sent.get("message_id") if isinstance(sent, dict) else None
