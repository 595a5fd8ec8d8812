"""Shared pytest fixtures: one meaning per name, for every test module.

The fake Bot API and the bot:

- ``fake_telegram``: a fresh fake Bot API served over HTTP on 127.0.0.1, for one test;
- ``fake_server``: the same, for tests of the fake itself and of plain PTB bots;
- ``running_bot``: the real bot polling ``fake_telegram``, with a fresh database;
- ``bot``: ``(fake, runner)``, one running bot shared by the tests of a module (in a thread);
  a module changes its settings with ``pytestmark = pytest.mark.bot_options(admin_ids=...)``;
- ``fake``: the fake Bot API of the module's ``bot``, checked for health after the test;
- ``chat``: a private chat of a new user with the module's ``bot``, checked likewise;
- ``admin``, ``reader``: the private chats of ADMIN_ID and of USER_ID with ``running_bot``.

The answer engine:

- ``db_path``: where a test's own database goes (it does not exist yet);
- ``knowledge``: an engine on a freshly seeded database at ``db_path``, for one test;
- ``shared_knowledge``: one engine on its own database for the tests of a module, which
  leave it as they found it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge.service import Knowledge
from tests.botrunner import ADMIN_ID, USER_ID, BotThread
from tests.seeded import seeded_database
from tests.telegram_fake import FakeBotApi, FakeTelegram
from tests.userchat import Chat, assert_healthy, new_user_id


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "bot_options(**kwargs): BotThread options for the module's shared bot"
    )


@pytest.fixture
def fake_telegram() -> Iterator[FakeTelegram]:
    """A fresh fake Bot API on 127.0.0.1; long polls are woken after the test."""
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def fake_server() -> Iterator[FakeTelegram]:
    """A fresh fake Bot API server on 127.0.0.1; stopped after the test."""
    with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def running_bot(fake_telegram: FakeBotApi, tmp_path: Path) -> Iterator[BotThread]:
    """The real bot polling ``fake_telegram``, with a fresh database; ADMIN_ID is an admin."""
    with BotThread(fake_telegram, tmp_path / "bot.db") as runner:
        yield runner


@pytest.fixture(scope="module")
def bot(tmp_path_factory, request) -> Iterator[tuple[FakeBotApi, BotThread]]:
    """One running bot shared by a test module, with the module's ``bot_options``."""
    marker = request.node.get_closest_marker("bot_options")
    options = marker.kwargs if marker else {}
    name = request.module.__name__.rpartition(".")[2].removeprefix("test_")
    database = tmp_path_factory.mktemp(name) / "bot.db"
    with FakeTelegram() as fake, BotThread(fake, database, **options) as runner:
        yield fake, runner


@pytest.fixture
def fake(bot, caplog) -> Iterator[FakeBotApi]:
    """The module bot's fake Bot API; after the test, every call since its start succeeded,
    every message was valid, and nothing logged an error."""
    fake, runner = bot
    since = len(fake.calls)
    yield fake
    assert runner.error is None
    assert_healthy(fake, caplog, since)


@pytest.fixture
def chat(bot, caplog) -> Iterator[Chat]:
    """A private chat of a new user with the module's bot; checked for health after the test."""
    fake, runner = bot
    since = len(fake.calls)
    yield Chat(fake, user_id=new_user_id())
    assert runner.error is None
    assert_healthy(fake, caplog, since)


@pytest.fixture
def admin(running_bot: BotThread, fake_telegram: FakeBotApi) -> Chat:
    """The curator's (ADMIN_ID's) private chat with the test's own running bot."""
    return Chat(fake_telegram, user_id=ADMIN_ID)


@pytest.fixture
def reader(running_bot: BotThread, fake_telegram: FakeBotApi) -> Chat:
    """A reader's (USER_ID's) private chat with the test's own running bot."""
    return Chat(fake_telegram, user_id=USER_ID)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's own database goes; nothing is there yet."""
    return tmp_path / "briefbot.db"


@pytest.fixture
def knowledge(db_path: Path) -> Iterator[Knowledge]:
    """The answer engine on a freshly seeded database of the test's own."""
    engine = Knowledge.open(seeded_database(db_path))
    yield engine
    engine.close()


@pytest.fixture(scope="module")
def shared_knowledge(tmp_path_factory) -> Iterator[Knowledge]:
    """One answer engine for the module's tests, on a seeded database of its own."""
    engine = Knowledge.open(seeded_database(tmp_path_factory.mktemp("knowledge") / "k.db"))
    yield engine
    engine.close()
