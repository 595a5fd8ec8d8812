"""A fake Telegram Bot API for the tests (standard library and httpx only).

- ``state``: :class:`FakeBotApi`, the Bot API's state and methods, the driver API (``push_*``,
  ``wait_for``, ``inject``), no sockets;
- ``server``: :class:`FakeTelegram`, the same served over HTTP on 127.0.0.1;
- ``wire``: decoding requests as PTB encodes them, encoding replies, the :class:`Call` record;
- ``checks``: what Telegram accepts in messages, keyboards, command menus, inline results.

What Telegram accepts as HTML is checked by ``tests.telegram_html``.
"""

from tests.telegram_fake.server import FakeTelegram
from tests.telegram_fake.state import BOT_ID, BOT_USER, BOT_USERNAME, FAULTS, Call, FakeBotApi

__all__ = [
    "BOT_ID",
    "BOT_USER",
    "BOT_USERNAME",
    "FAULTS",
    "Call",
    "FakeBotApi",
    "FakeTelegram",
]
