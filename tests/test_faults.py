"""Transient Bot API faults: the real bot, polling the fake server, rides them out.

Faults on getUpdates are retried by python-telegram-bot's Updater; faults on sends by
``bot.resilience.RetryingLimiter``, with and without the AIORateLimiter throttle. Each case
injects one fault, then checks that the question is answered, that the bot keeps answering and
that the only log lines are one-line warnings.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time

import aiohttp
import pytest
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)

from bot.app import build_application
from bot.resilience import DEFAULT_POLICY, RetryPolicy, describe, maybe_carried_out
from bot.texts import TEXTS
from tests.botrunner import BotThread
from tests.telegram_fake import FakeTelegram
from tests.userchat import Chat, new_user_id

FAULTS = ["500", "502", "429", "drop", "timeout"]
# quick backoff; a read time-out (1 s, and 1 s + the 1 s long poll for getUpdates) shorter
# than the fake's 3 s "timeout" fault, so that fault times out rather than just drops
FAST = RetryPolicy(backoff=0.2, budget=2.5, read_timeout=1.0)
FAST_TRIES = 4  # 502s at 0.2, 0.4, 0.8 s pauses; a fourth retry would end 3 s in, past 2.5 s
QUESTION = "what did Turkey sign with Azerbaijan?"
ANSWER = "меморандум о взаимной безопасности"
RU_QUESTION = "Когда Алиев ездил в Китай?"
RU_ANSWER = "23 апреля"


def _shared(tmp_path_factory: pytest.TempPathFactory, max_rate: float):
    database = tmp_path_factory.mktemp("faults") / "bot.db"
    build = functools.partial(build_application, policy=FAST)
    with FakeTelegram() as fake, BotThread(fake, database, max_rate=max_rate, build=build) as bot:
        yield fake, bot


@pytest.fixture(scope="module")
def plain(tmp_path_factory):
    """The bot without a throttle (TELEGRAM_MAX_RATE=0), for the module."""
    yield from _shared(tmp_path_factory, max_rate=0)


@pytest.fixture(scope="module")
def limited(tmp_path_factory):
    """The bot with the AIORateLimiter throttle, for the module."""
    yield from _shared(tmp_path_factory, max_rate=30)


def _wait_fault(fake: FakeTelegram, method: str, fault: str, since: int) -> None:
    deadline = time.monotonic() + 10
    while not any(c.method == method and c.fault == fault for c in fake.calls[since:]):
        assert time.monotonic() < deadline, f"the injected {fault} on {method} never applied"
        time.sleep(0.01)


def _retry_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "bot.resilience"]


def _assert_quiet(caplog: pytest.LogCaptureFixture) -> None:
    """Nothing above WARNING, and every warning one line without a traceback."""
    for record in caplog.records:
        assert record.levelno <= logging.WARNING, record.getMessage()
        assert record.exc_info is None and "\n" not in record.getMessage(), record.getMessage()


def _keeps_answering(fake: FakeTelegram) -> None:
    chat = Chat(fake, user_id=new_user_id())
    assert ANSWER in chat.say(QUESTION)["text"]
    assert RU_ANSWER in chat.say(RU_QUESTION)["text"]


@pytest.mark.parametrize("fault", FAULTS)
def test_polling_rides_out_a_fault(plain, fault, caplog):
    fake, bot = plain
    since = len(fake.calls)
    fake.inject("getUpdates", fault)
    _wait_fault(fake, "getUpdates", fault, since)
    chat = Chat(fake, user_id=new_user_id())
    assert ANSWER in chat.say(QUESTION)["text"]
    _keeps_answering(fake)
    assert bot.error is None
    _assert_quiet(caplog)
    if fault in ("500", "502", "drop"):  # the Updater's error callback reached on_error
        assert any("polling Telegram failed" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("throttle", [False, True], ids=["no-limiter", "limiter"])
@pytest.mark.parametrize("fault", FAULTS)
def test_a_send_rides_out_a_fault(request, throttle, fault, caplog):
    fake, bot = request.getfixturevalue("limited" if throttle else "plain")
    chat = Chat(fake, user_id=new_user_id())
    fake.inject("sendMessage", fault)
    assert ANSWER in chat.say(QUESTION)["text"]
    assert [c.fault for c in chat.attempts()] == [fault, None]  # one retry
    (line,) = _retry_lines(caplog)
    assert line.levelno == logging.WARNING
    assert line.getMessage().startswith("sendMessage failed (")
    assert "retry 1 in" in line.getMessage()
    _keeps_answering(fake)
    assert bot.error is None
    _assert_quiet(caplog)


def test_retries_are_bounded_then_the_user_gets_an_apology(plain, caplog):
    fake, _ = plain
    chat = Chat(fake, user_id=new_user_id())
    fake.inject("sendMessage", "502", times=FAST_TRIES)
    started = time.monotonic()
    assert chat.say(QUESTION)["text"] == TEXTS["en"]["error"]
    sends = chat.attempts()
    assert [c.fault for c in sends] == ["502"] * FAST_TRIES + [None]  # then the apology
    gaps = [later.time - earlier.time for earlier, later in zip(sends, sends[1:-1], strict=False)]
    # exponential backoff: never sooner, and later only by the scheduling of a busy machine
    backoff = zip(gaps, [0.2, 0.4, 0.8], strict=True)
    assert all(want - 0.02 <= gap < want + 0.25 for gap, want in backoff)
    assert time.monotonic() - started < 3
    assert len(_retry_lines(caplog)) == FAST_TRIES - 1
    _keeps_answering(fake)


@pytest.mark.parametrize("throttle", [False, True], ids=["no-limiter", "limiter"])
def test_an_answer_survives_four_faults_in_a_row(request, throttle, caplog):
    """500, a dropped connection, 429 (flow control: waited out, not counted) and 502."""
    fake, bot = request.getfixturevalue("limited" if throttle else "plain")
    chat = Chat(fake, user_id=new_user_id())
    for fault in ("500", "drop", "429", "502"):
        fake.inject("sendMessage", fault)
    assert ANSWER in chat.say(QUESTION)["text"]
    assert [c.fault for c in chat.attempts()] == ["500", "drop", "429", "502", None]
    assert [line.getMessage().split("; ")[-1] for line in _retry_lines(caplog)] == [
        "retry 1 in 0.2 s",
        "retry 2 in 0.4 s",
        "retry 3 in 1.0 s",
        "retry 4 in 0.8 s",
    ]
    assert bot.error is None
    _assert_quiet(caplog)


def test_a_retry_after_beyond_the_cap_is_not_waited_out(plain):
    fake, _ = plain
    chat = Chat(fake, user_id=new_user_id())
    fake.inject("sendMessage", "429", retry_after=int(FAST.max_retry_after) + 1)
    assert chat.say(QUESTION)["text"] == TEXTS["en"]["error"]
    assert [c.fault for c in chat.attempts()] == ["429", None]
    _keeps_answering(fake)


@pytest.mark.parametrize("blocked_by", ["user", "fault"])
def test_a_blocked_bot_is_not_retried_and_nothing_breaks(plain, blocked_by, caplog):
    fake, bot = plain
    chat = Chat(fake, user_id=new_user_id())
    if blocked_by == "user":
        fake.blocked.add(chat.user_id)  # the answer and the apology both get 403
    else:
        fake.inject("sendMessage", "403")  # only the answer does
    chat.push(QUESTION)
    expected = 2  # the answer, then the apology, each tried once
    fake.wait_for(lambda p: p.get("chat_id") == chat.chat_id, count=expected, include_failed=True)
    _keeps_answering(fake)
    assert [c.status for c in chat.attempts()] == [403, 403 if blocked_by == "user" else 200]
    assert not _retry_lines(caplog)
    assert bot.error is None


# -- the policy itself ---------------------------------------------------------------------


def _delays(policy: RetryPolicy, error: Exception, tries: int = 8) -> list[float | None]:
    """The pauses after *tries* faults in a row, each try taking no time."""
    delays: list[float | None] = []
    elapsed = 0.0
    for faults in range(1, tries + 1):
        delays.append(policy.delay(error, faults, elapsed))
        elapsed += delays[-1] or 0.0
    return delays


@pytest.mark.parametrize(
    "error", [NetworkError("Bad Gateway"), TimedOut(), NetworkError("aiohttp.ClientOSError: ")]
)
def test_faults_are_retried_with_backoff_for_about_30_seconds(error):
    delays = _delays(DEFAULT_POLICY, error)
    assert delays[:7] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, None]  # 23.5 s of pauses, then no more
    assert DEFAULT_POLICY.delay(error, 2, DEFAULT_POLICY.budget - 0.5) is None


@pytest.mark.parametrize(
    "error",
    [
        BadRequest("Bad Request: chat not found"),
        Forbidden("Forbidden: bot was blocked by the user"),
        InvalidToken(),
        Conflict("Conflict: terminated by other getUpdates request"),
        ValueError("not Telegram's"),
    ],
)
def test_refusals_are_not_retried(error):
    assert DEFAULT_POLICY.delay(error, 1, 0) is None


def test_retry_after_is_honoured_up_to_a_cap_without_spending_the_fault_budget():
    assert DEFAULT_POLICY.delay(RetryAfter(7), 0, 0) == 7.0
    assert DEFAULT_POLICY.delay(RetryAfter(7), 6, DEFAULT_POLICY.budget) == 7.0
    assert DEFAULT_POLICY.delay(RetryAfter(61), 0, 0) == 61.0  # a long one delays the answer
    assert DEFAULT_POLICY.delay(RetryAfter(300), 0, 0) == 300.0
    assert DEFAULT_POLICY.delay(RetryAfter(301), 0, 0) is None  # not waited out, not cut short
    assert DEFAULT_POLICY.delay(RetryAfter(300), 0, 0, paused=301) is None  # 10 min at most


def test_a_send_telegram_may_have_carried_out_is_retried_once_at_most(plain, caplog):
    """A dropped connection after the request was sent: Telegram may have the message, so it
    is sent again once (it may arrive twice), not for as long as the fault budget allows."""
    fake, _ = plain
    chat = Chat(fake, user_id=new_user_id())
    fake.inject("sendMessage", "drop", times=3)
    assert chat.say(QUESTION)["text"] == TEXTS["en"]["error"]
    assert [c.fault for c in chat.attempts()] == ["drop", "drop", "drop", None]
    # the answer: tried, retried once, given up; the apology: dropped, retried once, delivered
    assert len(_retry_lines(caplog)) == 2
    _keeps_answering(fake)


def test_which_failures_telegram_may_have_acted_on():
    def failed(error: Exception, cause: Exception) -> Exception:
        error.__cause__ = cause
        return error

    async def refusal() -> aiohttp.ClientError:
        async with aiohttp.ClientSession() as session:
            try:
                await session.post("http://127.0.0.1:1/botX/sendMessage")  # nothing listens
            except aiohttp.ClientError as error:
                return error
        raise AssertionError("port 1 answered")

    read = failed(TimedOut(), aiohttp.SocketTimeoutError("slow"))
    dropped = failed(NetworkError("x"), aiohttp.ServerDisconnectedError())
    refused = failed(NetworkError("x"), asyncio.run(refusal()))
    pool = failed(TimedOut(), aiohttp.ConnectionTimeoutError("full"))
    assert maybe_carried_out("sendMessage", read)
    assert maybe_carried_out("sendMessage", dropped)
    assert isinstance(refused.__cause__, aiohttp.ClientOSError)  # as a broken connection is
    assert not maybe_carried_out("sendMessage", refused)
    assert not maybe_carried_out("sendMessage", pool)
    assert not maybe_carried_out("answerCallbackQuery", read)  # answering twice changes nothing


def test_an_error_is_described_on_one_short_line():
    text = describe(NetworkError("Bad Gateway (502).\r\n<html>\n" + "x" * 500))
    assert text.startswith("NetworkError: Bad Gateway (502). <html> x")
    assert "\n" not in text and len(text) < 200
