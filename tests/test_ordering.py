"""bot.ordering: users side by side, each user's updates in order, and what an update changed
written before the same user's next update starts, without holding up other users."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from datetime import UTC, datetime

from telegram import Chat, Message, Update, User

from bot.ordering import PerUserOrder
from bot.persistence import DatabasePersistence
from tests.botrunner import BotThread, wait_until
from tests.telegram_fake import FakeTelegram


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


def test_each_answered_question_writes_its_chat_once(monkeypatch, tmp_path):
    """The write after an update waits until python-telegram-bot is done with it (PTB marks
    the chat for its persistence again then): each chat's data is copied and encoded once,
    not again at the next update."""
    writes: Counter[int] = Counter()
    update_chat_data = DatabasePersistence.update_chat_data

    async def counted(self, chat_id: int, data: dict) -> None:
        writes[chat_id] += 1
        await update_chat_data(self, chat_id, data)

    monkeypatch.setattr(DatabasePersistence, "update_chat_data", counted)
    users = range(5000, 5006)
    with FakeTelegram() as fake, BotThread(fake, tmp_path / "bot.db"):
        for user in users:
            fake.push_message("what did Turkey sign with Azerbaijan?", user_id=user)
        fake.wait_for(count=len(users), timeout=30)
        wait_until(lambda: len(writes) == len(users), 10, "every chat written")
        time.sleep(0.3)  # a second write would come with the next update's
        fake.push_message("hello", user_id=6000)
        wait_until(lambda: writes[6000] == 1, 10, "the last chat written")
    assert {user: writes[user] for user in users} == dict.fromkeys(users, 1)
