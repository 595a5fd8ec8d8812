"""bot/keyboards.py: every button kind builds data its own pattern parses, no two kinds (or
the stale-data catch-all) claim the same data, and one URL rule serves form and save."""

from __future__ import annotations

import pytest
from telegram import CallbackQuery, Update, User

from bot import keyboards
from bot.handlers import subscriptions as following
from bot.handlers.taps import handlers
from knowledge.facts import is_url

SAMPLES = {
    keyboards.SOURCE: ("tr-istanbul-memorandum",),
    keyboards.SHOW: ("f-1a2b3c4d5e",),
    keyboards.MORE: (3,),
    keyboards.VOTE: ("+", "cn-localisation-production"),
    keyboards.BRIEF: ("turkey",),
    keyboards.LANGUAGE: ("ru",),
    keyboards.FOLLOW: ("topic:drones",),
    keyboards.UNFOLLOW: ("turkey",),
    keyboards.MENU: ("topics",),
    keyboards.TOPICS: (2,),
}


@pytest.mark.parametrize("kind", keyboards.USER_KINDS, ids=lambda k: k.prefix)
def test_each_kind_parses_what_it_builds_and_nothing_else_claims_it(kind):
    arguments = SAMPLES[kind]
    data = kind.data(*arguments)
    assert kind.parse(data) == tuple(map(str, arguments))
    assert [other for other in keyboards.USER_KINDS if other.parse(data)] == [kind]
    assert not keyboards.unknown(data)


def test_stale_or_forged_data_goes_to_exactly_one_handler():
    routes = handlers() + following.handlers()  # /follow's buttons are routed there
    for data in [
        "src:",
        "fb:+-:x",
        "more:-1",
        "more:1234",
        "x" * 64,
        "nonsense",
        "show:",
        "fol:",
        "unf:",
    ]:
        claimed = [h.callback.__name__ for h in routes if h.check_update(_update(data))]
        assert claimed == ["on_unknown"], data
    claimed = [h.callback.__name__ for h in routes if h.check_update(_update("adm:facts:0"))]
    assert claimed == []  # the admin's buttons are the admin handlers' business
    for kind, arguments in SAMPLES.items():
        claimed = [h for h in routes if h.check_update(_update(kind.data(*arguments)))]
        assert len(claimed) == 1, kind


def test_a_subject_key_too_long_or_with_a_colon_travels_as_a_short_key():
    long_id, colon = "long-" + "x" * 55, "topic:trade:deals"
    keys = [long_id, colon, "topic:agreements", "turkey"]
    for key in keys:
        data = keyboards.FOLLOW.data(keyboards.subject_key(key))
        assert len(data.encode()) <= 64
        (carried,) = keyboards.FOLLOW.parse(data) or ("",)
        assert keyboards.subject_of(carried, keys) == key
    assert keyboards.subject_key("turkey") == "turkey"  # plain keys travel as they are
    brief = keyboards.BRIEF.data(keyboards.subject_key(long_id))
    assert keyboards.subject_of(keyboards.BRIEF.parse(brief)[0], [long_id]) == long_id
    assert keyboards.subject_of("~AAAAAAAAAAA", keys) is None  # a subject gone since


def test_data_over_64_bytes_is_refused_when_built():
    assert keyboards.BRIEF.fits("a" * 58) and not keyboards.BRIEF.fits("a" * 59)
    with pytest.raises(ValueError):
        keyboards.SOURCE.data("x" * 70)


def test_one_url_rule():
    assert is_url("https://example.com/a") and is_url("http://x.org")
    for bad in ("http://.", "ftp://example.com", "https://", "https:// x", "example.com"):
        assert not is_url(bad), bad


def _update(data: str) -> Update:
    user = User(1, "T", False)
    return Update(1, callback_query=CallbackQuery("1", user, "chat", data=data))
