"""Shared pytest fixtures."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_telegram import FakeTelegram


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    """A started fake Telegram Bot API server on 127.0.0.1; stopped after the test."""
    with FakeTelegram() as fake:
        yield fake
