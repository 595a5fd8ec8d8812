"""A minimal python-telegram-bot echo bot: the reference for end-to-end replies per second."""

from __future__ import annotations

import os

from telegram import Update
from telegram.ext import Application, ContextTypes, MessageHandler, filters


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the message's text back."""
    await update.effective_message.reply_text(update.effective_message.text)


def main() -> None:
    """Poll the Bot API at TELEGRAM_API_BASE_URL with TELEGRAM_BOT_TOKEN."""
    application = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(os.environ["TELEGRAM_API_BASE_URL"])
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.run_polling()


if __name__ == "__main__":
    main()
