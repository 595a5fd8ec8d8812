"""The fake Bot API in process: an httpx transport that hands each request to a
:class:`~tests.telegram_fake.state.FakeBotApi` instead of a socket.

python-telegram-bot's own tests swap the request object for an offline one; briefbot's request
classes (``bot.resilience``) carry logic of their own, so the swap happens one layer lower:
``build_application(..., transport=FakeTransport(fake))`` gives them an httpx client whose
transport is this one. Everything above the socket runs as in production: PTB's encoding of
parameters, the fake's decoding of them, status codes, PTB's exceptions.

A request runs in a worker thread (a long poll blocks there, as it would on a server thread);
the client's read time-out is applied here, and a dropped connection raises what httpx raises.
"""

from __future__ import annotations

import asyncio

import httpx

from tests.telegram_fake.state import FakeBotApi


class FakeTransport(httpx.AsyncBaseTransport):
    """Serves httpx requests from *fake*, in process."""

    def __init__(self, fake: FakeBotApi) -> None:
        self.fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer *request* as the fake's HTTP server would (see the module docstring)."""
        body = await request.aread()
        target = request.url.raw_path.decode("ascii")
        content_type = request.headers.get("Content-Type", "")
        timeout = request.extensions.get("timeout", {}).get("read")
        work = asyncio.to_thread(self.fake.handle, target, content_type, body)
        try:
            reply = await asyncio.wait_for(work, timeout)
        except TimeoutError:
            raise httpx.ReadTimeout("timed out (fake Bot API)", request=request) from None
        if reply is None:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            )
        headers = {"Content-Type": reply.content_type, "Content-Length": str(len(reply.body))}
        return httpx.Response(reply.status, headers=headers, content=reply.body, request=request)
