"""Deep-link payloads and Share queries (bot.deeplinks): within Telegram's limits, read back."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.deeplinks import query_start, share_query, shared_fact, start_query

START_PARAMETER = re.compile(r"^[A-Za-z0-9_-]{1,64}$")  # what Telegram takes after start=


def test_a_query_goes_into_a_start_parameter_and_comes_back():
    for query in (
        "what did Turkey sign with Azerbaijan?",
        "Когда Алиев ездил в Китай?",
        "🛩 Baykar",
    ):
        payload = query_start(query)
        assert START_PARAMETER.match(payload) and payload.startswith("q-")
        assert start_query(payload) == query


def test_a_long_query_is_cut_after_its_last_whole_word_that_fits():
    russian = (
        "Что именно Турция и Азербайджан подписали в Стамбуле о совместном производстве дронов?"
    )
    payload = query_start(russian)
    assert len(payload) <= 64
    kept = start_query(payload)
    assert kept == "Что именно Турция и Азербайджан подписали в"  # 43 letters, one byte each
    assert start_query(query_start("x" * 300)) == "x" * 45  # one word too long: cut inside


def test_payloads_the_bot_did_not_write_carry_no_query():
    for payload in (
        "inline",
        "turkey",
        "q-",
        "q-w",
        "q-zAAAA",
        "q-u_w",
        "fact-tr-x",
        "q-u" + "A" * 5,
    ):
        assert start_query(payload) is None, payload


@given(st.text(max_size=300))
def test_any_query_fits_and_reads_back_as_its_first_words(query):
    payload = query_start(query)
    assert START_PARAMETER.match(payload)
    back = start_query(payload)
    normal = " ".join(query.split())
    assert back is None if not normal else normal.startswith(back or "\0")


def test_a_share_query_names_exactly_one_fact():
    assert shared_fact(share_query("tr-baykar-drone-contract")) == "tr-baykar-drone-contract"
    assert shared_fact("fact-") is None and shared_fact("what about fact-x?") is None
