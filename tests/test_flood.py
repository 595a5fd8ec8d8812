"""Bounded resources: per-user flood protection, the question log's retention limit.

Inline answers stay within Telegram's 50 results with a cache time: see
``tests/test_bot_inline.py::_check_articles``, applied to every inline answer there.
"""

from __future__ import annotations

import time

import knowledge.store.journal as store_module
from bot.flood import ADMIN_FACTOR, CAPACITY, RATE, TokenBuckets, Verdict
from bot.texts import TEXTS
from knowledge.service import Knowledge
from tests.botrunner import ADMIN_ID
from tests.userchat import Chat, new_user_id, quiet

SLOW_DOWN = TEXTS["en"]["slow_down"]
QUESTION = "what did Turkey sign with Azerbaijan?"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def take(buckets: TokenBuckets, clock: Clock, key: int, count: int, per_second: float) -> list:
    """*count* updates from *key* at *per_second*; the bucket's verdicts on them."""
    verdicts = []
    for _ in range(count):
        verdicts.append(buckets.take(key))
        clock.now += 1 / per_second
    return verdicts


# -- the bucket, with a fake clock ---------------------------------------------------------


def test_human_pace_with_bursts_of_ten_is_never_throttled():
    clock = Clock()
    buckets = TokenBuckets(clock=clock)
    for _ in range(20):
        assert set(take(buckets, clock, 1, 10, per_second=20)) == {Verdict.PASS}  # a burst
        assert set(take(buckets, clock, 1, 5, per_second=0.2)) == {Verdict.PASS}  # reading
    # twenty quick button presses in a row pass too
    clock.now += 60
    assert set(take(buckets, clock, 1, 20, per_second=20)) == {Verdict.PASS}


def test_a_flood_is_cut_to_the_refill_rate_with_one_notice():
    clock = Clock()
    buckets = TokenBuckets(clock=clock)
    first_second = take(buckets, clock, 1, 50, per_second=50)
    assert first_second.count(Verdict.PASS) <= CAPACITY + RATE + 1
    assert first_second.count(Verdict.WARN) == 1
    ten_more_seconds = take(buckets, clock, 1, 500, per_second=50)
    assert ten_more_seconds.count(Verdict.PASS) <= 10 * RATE + 1
    assert Verdict.WARN not in ten_more_seconds  # told once per throttle period
    # someone else is unaffected
    assert buckets.take(2) is Verdict.PASS


def test_after_a_quiet_spell_the_bucket_is_full_and_a_new_flood_is_told_again():
    clock = Clock()
    buckets = TokenBuckets(clock=clock)
    take(buckets, clock, 1, 100, per_second=50)
    clock.now += CAPACITY / RATE
    again = take(buckets, clock, 1, 50, per_second=50)
    assert again[:CAPACITY] == [Verdict.PASS] * CAPACITY
    assert again.count(Verdict.WARN) == 1


def test_state_is_bounded_idle_users_are_forgotten():
    clock = Clock()
    buckets = TokenBuckets(max_keys=1000, clock=clock)
    for user in range(50_000):  # many users at once: at most max_keys buckets are kept
        buckets.take(user)
        clock.now += 0.0001
    assert len(buckets) == 1000
    clock.now += CAPACITY / RATE  # everyone is idle long enough to be full again
    assert buckets.take(-1) is Verdict.PASS
    assert len(buckets) == 1


def test_admins_get_a_larger_bucket_but_not_an_endless_one():
    clock = Clock()
    buckets = TokenBuckets(CAPACITY * ADMIN_FACTOR, RATE * ADMIN_FACTOR, clock=clock)
    assert set(take(buckets, clock, ADMIN_ID, 60, per_second=50)) == {Verdict.PASS}
    flood = take(buckets, clock, ADMIN_ID, 500, per_second=50)
    assert Verdict.WARN in flood and flood.count(Verdict.PASS) < 250


# -- the running bot -------------------------------------------------------------------------


def most_passed(started: float) -> float:
    """How many updates of one user can have passed since *started*: a full bucket and what
    refilled since (an upper bound, however slow the machine)."""
    return CAPACITY + RATE * (time.monotonic() - started) + 1


def test_a_flooder_does_not_starve_another_user(fake):
    flooder, other = Chat(fake, new_user_id()), Chat(fake, new_user_id())
    started, latency = time.monotonic(), None
    for n in range(50):
        flooder.push(QUESTION)
        if n == 25:
            asked = time.monotonic()
            answer = other.say("who is Song Jun?")
            latency = time.monotonic() - asked
            assert "<blockquote" in answer["text"]
        time.sleep(0.02)
    assert latency is not None and latency < 2.0

    quiet(fake)
    sent = [m["text"] for m in flooder.views()]
    assert sent.count(SLOW_DOWN) == 1
    answers = [text for text in sent if text != SLOW_DOWN]
    assert CAPACITY <= len(answers) <= most_passed(started) < 50 / 2
    assert all("<blockquote" in text for text in answers)


def test_a_burst_of_ten_questions_is_all_answered(fake):
    chat = Chat(fake, new_user_id())
    questions = [
        "what did Turkey sign with Azerbaijan?",
        "who is Song Jun?",
        "Когда Алиев ездил в Китай?",
        "which Chinese weapons is Baku interested in?",
        "what about Baykar?",
        "what is the weather in Narnia?",
        "drones",
        "Турция",
        "/brief",
        "/sources",
    ]
    for question in questions:
        chat.push(question)
    chat.wait_new(0, count=10)
    quiet(fake)
    sent = [m["text"] for m in chat.views()]
    assert len(sent) == 10 and SLOW_DOWN not in sent


def test_button_presses_and_inline_queries_are_limited_too(fake):
    chat = Chat(fake, new_user_id())
    reply = chat.say(QUESTION)
    started = time.monotonic()
    pressed = {chat.push_press("fb:+:tr-istanbul-memorandum", reply) for _ in range(50)}
    typist = Chat(fake, new_user_id())
    typed = {typist.push_inline("baykar") for _ in range(50)}
    quiet(fake)
    calls = fake.calls

    answers = [
        c.params.get("text")
        for c in calls
        if c.method == "answerCallbackQuery" and c.params["callback_query_id"] in pressed
    ]
    assert answers.count(SLOW_DOWN) == 1  # the rest of the dropped presses get no answer
    assert CAPACITY - 1 <= len(answers) - 1 <= most_passed(started)
    inline = [
        c for c in calls if c.method == "answerInlineQuery" and c.params["inline_query_id"] in typed
    ]
    assert CAPACITY <= len(inline) <= most_passed(started)


def test_an_admin_burst_passes(fake):
    admin = Chat(fake, ADMIN_ID)
    for _ in range(40):
        admin.push("/facts baykar")
    admin.wait_new(0, count=40)
    quiet(fake)
    assert SLOW_DOWN not in [m["text"] for m in admin.views()]


# -- the question log ------------------------------------------------------------------------


def test_the_question_log_keeps_only_the_newest(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "QUESTION_LOG_LIMIT", 10)
    knowledge = Knowledge.open(tmp_path / "log.db")
    try:
        store = knowledge.briefing.store
        for n in range(2499):
            store.log_question(f"question {n}", "en", "abstain", 0.0, None, 1)
        knowledge.reports.log(knowledge.answering.ask("the newest question of all"), 1)
        rows = store.questions()
        assert len(rows) <= 10 + 1000  # pruning may run only now and then
        assert rows[0]["question"] == "the newest question of all"
        kept = {row["question"] for row in rows}
        assert {f"question {n}" for n in range(2490, 2499)} <= kept
        assert "question 0" not in kept and "question 1000" not in kept
    finally:
        knowledge.close()
