"""The webhook's gate: strangers are refused before their body is read, bodies are capped,
and an update Telegram delivers twice is handled once.

python-telegram-bot's webhook server (tornado, ``telegram.ext._utils.webhookhandler``) reads
a request's whole body before it looks at the secret token, so a stranger can make the bot
buffer hundreds of megabytes only to be told 403. :class:`GuardedHandler` streams the body
instead: ``prepare`` runs as soon as the headers are in, refuses a missing or wrong secret
there (403, nothing read), and caps what it will accept (``MAX_BODY``; Telegram's updates are
a few kilobytes). A body that is not a JSON object gets 400. Telegram re-delivers an update
it did not see acknowledged; the ids of the ``RECENT_IDS`` latest updates are remembered and
a repeat is acknowledged (200) without being handled again.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from http import HTTPStatus

import tornado.web
from telegram.ext import _updater
from telegram.ext._utils.webhookhandler import TelegramHandler, WebhookAppClass

MAX_BODY = 1024 * 1024  # bytes of a request body accepted
RECENT_IDS = 10_000  # update ids remembered to recognise a re-delivery


class RecentIds:
    """The latest update ids seen, at most *size* of them."""

    def __init__(self, size: int = RECENT_IDS) -> None:
        self.size = size
        self._ids: OrderedDict[int, None] = OrderedDict()

    def seen(self, update_id: int) -> bool:
        """True when *update_id* was seen already; else remember it and return False."""
        if update_id in self._ids:
            return True
        self._ids[update_id] = None
        if len(self._ids) > self.size:
            self._ids.popitem(last=False)
        return False


@tornado.web.stream_request_body
class GuardedHandler(TelegramHandler):
    """PTB's handler behind the gate described in the module docstring."""

    recent: RecentIds

    def initialize(self, recent: RecentIds, **shared: object) -> None:  # type: ignore[override]
        """Per request, as tornado does: PTB's shared objects and the recent update ids."""
        super().initialize(**shared)
        self.recent = recent
        self._chunks: list[bytes] = []
        self._size = 0

    def prepare(self) -> None:
        """Headers only: the content type and the secret, then the size the body may have."""
        self._validate_post()
        if int(self.request.headers.get("Content-Length") or 0) > MAX_BODY:
            raise tornado.web.HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        self.request.connection.set_max_body_size(MAX_BODY)

    def data_received(self, chunk: bytes) -> None:
        """Keep the body's pieces (the cap above bounds them)."""
        self._size += len(chunk)
        if self._size > MAX_BODY:
            raise tornado.web.HTTPError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        self._chunks.append(chunk)

    async def post(self) -> None:
        """A JSON object with an update id not handled yet goes on to PTB; a repeat is
        acknowledged; anything else is a bad request."""
        self.request.body = b"".join(self._chunks)
        try:
            data = json.loads(self.request.body)
        except ValueError as error:
            raise tornado.web.HTTPError(HTTPStatus.BAD_REQUEST, reason="Not JSON") from error
        update_id = data.get("update_id") if isinstance(data, dict) else None
        if not isinstance(update_id, int):
            raise tornado.web.HTTPError(HTTPStatus.BAD_REQUEST, reason="Not an update")
        if self.recent.seen(update_id):
            self.set_status(HTTPStatus.OK)
            return
        await super().post()


class GuardedApp(WebhookAppClass):
    """PTB's webhook application with :class:`GuardedHandler` on its path."""

    def __init__(
        self, webhook_path: str, bot: object, update_queue: object, secret_token: str | None = None
    ) -> None:
        self.shared_objects = {
            "bot": bot,
            "update_queue": update_queue,
            "secret_token": secret_token,
        }
        handler = (
            rf"{webhook_path}/?",
            GuardedHandler,
            {**self.shared_objects, "recent": RecentIds()},
        )
        tornado.web.Application.__init__(self, [handler])  # as PTB's own __init__ does


def install() -> None:
    """Make ``Application.run_webhook`` serve through :class:`GuardedApp` (PTB builds its
    tornado application from this module-level name)."""
    _updater.WebhookAppClass = GuardedApp  # type: ignore[attr-defined]
