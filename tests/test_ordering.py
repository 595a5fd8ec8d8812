"""bot.ordering: users side by side, each user's updates in order, and what an update changed
written before the same user's next update starts, without holding up other users."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Chat, Message, Update, User

from bot.ordering import PerUserOrder


def _update(update_id: int, user_id: int) -> Update:
    user = User(user_id, "Reader", is_bot=False)
    chat = Chat(user_id, Chat.PRIVATE)
    message = Message(update_id, datetime.now(UTC), chat, from_user=user, text="q")
    return Update(update_id, message=message)


def test_an_update_being_written_holds_its_user_not_the_others():
    """One slot: while user 1's first update is still being written, user 2's update is
    handled; user 1's next update waits for that write."""

    async def run() -> list[str]:
        order = PerUserOrder(limit=1)
        events: list[str] = []
        release = asyncio.Event()
        writes = 0

        async def after() -> None:
            nonlocal writes
            writes += 1
            number = writes
            if number == 1:
                await release.wait()  # user 1's first write takes its time
            events.append(f"written {number}")

        order.after = after

        async def handle(name: str) -> None:
            events.append(f"handled {name}")
            if name == "user 2":
                release.set()

        updates = asyncio.gather(
            order.do_process_update(_update(1, 1), handle("user 1, first")),
            order.do_process_update(_update(2, 1), handle("user 1, second")),
            order.do_process_update(_update(3, 2), handle("user 2")),
        )
        try:
            await asyncio.wait_for(updates, 5)
        except TimeoutError:
            events.append("user 2 never handled: the write held the only slot")
        return events

    events = asyncio.run(run())
    assert events.index("handled user 2") < events.index("written 1")
    assert events.index("written 1") < events.index("handled user 1, second")
    assert events[0] == "handled user 1, first"
