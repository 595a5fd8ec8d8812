"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from botrunner import BotThread
from fake_telegram import FakeTelegram
from userchat import Chat, assert_healthy, new_user_id, shared_bot


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    """A started fake Telegram Bot API server on 127.0.0.1; stopped after the test."""
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def running_bot(fake_telegram: FakeTelegram, tmp_path) -> Iterator[BotThread]:
    """The real bot polling the fake server, with a fresh database; ADMIN_ID is an admin."""
    with BotThread(fake_telegram, tmp_path / "bot.db") as runner:
        yield runner


@pytest.fixture(scope="module")
def bot(tmp_path_factory, request) -> Iterator[tuple[FakeTelegram, BotThread]]:
    """One running bot shared by a test module (starting one takes about a second)."""
    name = request.module.__name__.removeprefix("test_")
    yield from shared_bot(tmp_path_factory.mktemp(name) / "bot.db")


@pytest.fixture
def chat(bot, caplog) -> Iterator[Chat]:
    """A private chat of a new user with the module's bot; checked for health after the test."""
    fake, runner = bot
    since = len(fake.calls)
    yield Chat(fake, user_id=new_user_id())
    assert runner.error is None
    assert_healthy(fake, caplog, since)
