"""How updates reach the bot: long polling (the default) or a webhook (``WEBHOOK_URL``).

Polling asks Telegram for updates; python-telegram-bot deletes any webhook first, so switching
back from webhook mode needs nothing but unsetting ``WEBHOOK_URL``. In webhook mode PTB's
tornado server listens on ``WEBHOOK_LISTEN:WEBHOOK_PORT`` at the path of ``WEBHOOK_URL`` and
registers that URL with ``WEBHOOK_SECRET`` as its secret token: Telegram sends the secret in
the ``X-Telegram-Bot-Api-Secret-Token`` header of every request, and a request without it
(or with another) is answered 403 before its body is read at all (``bot.webhook``: bodies are
capped at 1 MB, a malformed one gets 400, a re-delivered update is handled once).
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from telegram import Update
from telegram.ext import Application

from bot import webhook
from bot.config import Settings

log = logging.getLogger(__name__)


def webhook_path(url: str) -> str:
    """The path the webhook server answers on: that of the public URL, without its slash."""
    return urlsplit(url).path.strip("/")


def serve(application: Application, settings: Settings) -> None:
    """Run *application* until stopped, by webhook when ``settings.webhook_url`` is set."""
    if not settings.webhook_url:
        log.info("receiving updates by long polling")
        application.run_polling(allowed_updates=Update.ALL_TYPES)
        return
    path = webhook_path(settings.webhook_url)
    webhook.install()
    log.info(
        "receiving updates by webhook on %s:%d/%s",
        settings.webhook_listen,
        settings.webhook_port,
        path,
    )
    application.run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=path,
        webhook_url=settings.webhook_url,
        secret_token=settings.webhook_secret,
        allowed_updates=Update.ALL_TYPES,
    )
