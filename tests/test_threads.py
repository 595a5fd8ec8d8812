"""Follow-up threads stay bounded: contexts expire after 30 minutes, a chat keeps at most
``KEPT``, and the bot keeps the threads of at most ``MAX_CHATS`` chats however many ask."""

from __future__ import annotations

import tracemalloc

from bot.threads import KEPT, MAX_CHATS, TTL, Thread, Threads


def test_a_context_expires_after_thirty_minutes():
    thread = Thread()
    thread.remember(0.0, 1, "first")
    thread.remember(10.0, 2, "second")
    assert thread.context_for(20.0) == "second"
    assert thread.context_for(20.0, replied_to=1) == "first"
    assert thread.context_for(TTL + 5.0, replied_to=1) == "second"  # "first" is evicted
    assert thread.context_for(TTL + 5.0) == "second"
    assert thread.context_for(TTL + 11.0) is None
    assert len(thread) == 0


def test_a_chat_keeps_at_most_kept_contexts():
    thread = Thread()
    for n in range(KEPT * 3):
        thread.remember(float(n), n, f"context {n}")
    assert len(thread) == KEPT + 1  # by message id, and the latest
    assert thread.context_for(KEPT * 3.0, replied_to=0) == f"context {KEPT * 3 - 1}"
    assert thread.context_for(KEPT * 3.0, replied_to=KEPT * 2) == f"context {KEPT * 2}"


def test_fifty_thousand_chats_keep_memory_bounded():
    threads = Threads()
    tracemalloc.start()
    sizes = []
    for chat in range(50_000):
        now = float(chat) / 10  # ten questions a second
        thread = threads.of(chat, now)
        for n in range(3):
            thread.remember(now, chat * 10 + n, ("context", chat, n))
        if chat % 10_000 == 9_999:
            sizes.append(tracemalloc.get_traced_memory()[0])
    tracemalloc.stop()
    assert len(threads) <= MAX_CHATS
    assert sizes[-1] - sizes[1] < 1_000_000, sizes  # level after the bound is reached


def test_a_chat_quiet_for_thirty_minutes_is_evicted():
    threads = Threads()
    threads.of(1, 0.0).remember(0.0, 10, "old")
    threads.of(2, TTL + 1.0)
    assert len(threads) == 1
    assert threads.of(1, TTL + 2.0).context_for(TTL + 2.0, replied_to=10) is None  # a new one
