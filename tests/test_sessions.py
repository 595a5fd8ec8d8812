"""knowledge.store.sessions: the bot's conversation state, written in one transaction, its
own or the caller's (bot.persistence writes inside the one bot.writes begins)."""

from __future__ import annotations

import pytest

from bot.writes import commit_or_roll_back, write_if_free
from knowledge.service import Knowledge


def _stored(knowledge: Knowledge) -> dict[tuple[str, str], str]:
    return {
        (kind, key): value
        for kind in ("chat", "user")
        for key, value in knowledge.sessions.load(kind)
    }


def test_values_are_kept_replaced_and_forgotten(knowledge):
    sessions = knowledge.sessions
    sessions.save({("chat", "1"): '{"a":1}', ("user", "2"): '{"b":2}'})
    sessions.save({("chat", "1"): '{"a":3}', ("user", "2"): None, ("chat", "4"): "{}"})
    assert _stored(knowledge) == {("chat", "1"): '{"a":3}', ("chat", "4"): "{}"}


def test_inside_the_callers_transaction_a_failure_keeps_nothing(knowledge):
    knowledge.sessions.save({("chat", "1"): '{"a":1}'})

    def fails_after_saving() -> None:
        knowledge.sessions.save({("chat", "1"): '{"a":2}', ("chat", "5"): '{"c":5}'})
        raise RuntimeError("the rest of the write failed")

    assert knowledge.try_begin_write()
    with pytest.raises(RuntimeError):
        commit_or_roll_back(knowledge, fails_after_saving)
    assert _stored(knowledge) == {("chat", "1"): '{"a":1}'}
    assert write_if_free(knowledge, lambda: knowledge.sessions.save({("chat", "5"): "{}"}))
    assert _stored(knowledge) == {("chat", "1"): '{"a":1}', ("chat", "5"): "{}"}
