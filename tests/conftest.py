"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from botrunner import BotThread
from fake_telegram import FakeTelegram


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
