"""Running the real bot against the fake Bot API served on 127.0.0.1: in a thread of the
test process, or as a child process."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from telegram.ext import Application

from bot.app import build_application
from bot.config import Settings
from knowledge.service import Knowledge
from tests.seeded import seeded_database
from tests.telegram_fake import FakeBotApi, FakeTelegram

ADMIN_ID = 7001
USER_ID = 42
_running: dict[int, BotThread] = {}  # by id() of the fake each polls


def running_on(fake: FakeBotApi) -> BotThread | None:
    """The BotThread polling *fake*, if one is."""
    return _running.get(id(fake))


class BotThread:
    """The real ``Application`` with ``run_polling`` in a background thread.

    It talks to *fake* over HTTP, through the bot's own client (bot/transport.py). A
    *database* that does not exist yet is created freshly seeded. The knowledge is opened
    inside that thread (SQLite connections belong to one thread); ``knowledge`` is available
    once ``start()`` returns, for read-only checks.
    """

    def __init__(
        self,
        fake: FakeTelegram,
        database: Path,
        admin_ids: frozenset[int] = frozenset({ADMIN_ID}),
        max_rate: float = 0,
        build: Callable[..., Application] = build_application,
    ) -> None:
        self.settings = Settings(
            token=fake.token,
            admin_ids=admin_ids,
            database=database,
            api_base_url=fake.base_url,
            max_rate=max_rate,
        )
        self.fake = fake
        self.build = build
        self.knowledge: Knowledge | None = None
        self.application: Application | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.error: BaseException | None = None

    def _run(self) -> None:
        try:
            self._loop = asyncio.new_event_loop()
            asyncio.set_event_loop(self._loop)
            if not self.settings.database.exists():
                seeded_database(self.settings.database)
            self.knowledge = Knowledge.open(self.settings.database)
            application = self.build(self.settings, self.knowledge)
            self.application = application
            self._ready.set()
            application.run_polling(timeout=1, stop_signals=None, close_loop=False)
        except BaseException as error:  # noqa: BLE001 - reported to the test
            self.error = error
            self._ready.set()
        finally:
            if self.knowledge is not None:
                self.knowledge.close()
            if self._loop is not None:
                self._loop.close()

    def start(self) -> BotThread:
        """Start polling and wait until the bot asks for updates (its first long poll has
        arrived at the fake)."""
        polls = sum(1 for call in self.fake.calls if call.method == "getUpdates")
        self._thread.start()
        self._ready.wait(30)
        if self.error:
            raise self.error
        self.fake.wait_for(
            method="getUpdates", count=polls + 1, include_failed=True, include_pending=True
        )
        _running[id(self.fake)] = self
        return self

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Wait until every update the bot has fetched is handled (its update queue joined)."""
        assert self._loop is not None and self.application is not None
        joined = self.application.update_queue.join()
        asyncio.run_coroutine_threadsafe(joined, self._loop).result(timeout)

    def stop(self) -> None:
        """Stop polling gracefully and wait for the thread."""
        _running.pop(id(self.fake), None)
        if self._loop is not None and self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(30)

    def __enter__(self) -> BotThread:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def bot_process(
    fake: FakeTelegram, database: Path, admin_ids: str = str(ADMIN_ID), **env: str
) -> subprocess.Popen:
    """``python -m bot run`` as a child process pointed at the fake server."""
    environment = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_PATH": str(database),
        "ADMIN_IDS": admin_ids,
        "TELEGRAM_MAX_RATE": "0",
        "LOG_LEVEL": "INFO",
        **env,
    }
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=database.parent,
    )


def stop_process(process: subprocess.Popen, kill: bool = False) -> str:
    """Stop a bot process, with SIGTERM as a service manager would (SIGKILL, no shutdown, with
    *kill*), and return its output; one that outlives SIGTERM by 15 s is killed (its return
    code then says so)."""
    process.kill() if kill else process.terminate()
    try:
        return process.communicate(timeout=15)[0]
    except subprocess.TimeoutExpired:
        process.kill()
        return process.communicate()[0]


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Wait until *condition* holds (what a bot in another process did shows up slowly)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.005)
