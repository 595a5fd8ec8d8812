"""bot/keyboards.py: every button kind builds data its own pattern parses, no two kinds (or
the stale-data catch-alls) claim the same data, and one URL rule serves form and save."""

from __future__ import annotations

import pytest
from telegram import CallbackQuery, Update, User

from bot import keyboards
from bot.admin import commands as curation
from bot.admin import drafts, gaps
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
    keyboards.HELLO: ("en",),
    keyboards.BRIEF_PAGE: (2, "turkey"),
    keyboards.FOLLOW_PAGE: (1,),
}
ADMIN_SAMPLES = {
    keyboards.FACTS: (10,),
    keyboards.FORM_SOURCE: ("turkey-azerbaijan",),
    keyboards.FORM_SAVE: (),
    keyboards.FORM_DISCARD: (),
    keyboards.DUPLICATE: ("edit",),
    keyboards.GAP_LINK: (12, 0),
    keyboards.GAP_NEW: (12,),
    keyboards.GAP_DISMISS: (12,),
    keyboards.DRAFT_STEP: ("q", 3),
    keyboards.DRAFT_WRITE: (3,),
    keyboards.DRAFT_OPEN: ("ucheniya-na-kaspii",),
    keyboards.UPLOAD: ("article", 12),
}
KINDS = (*keyboards.USER_KINDS, *keyboards.ADMIN_KINDS)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.prefix)
def test_each_kind_parses_what_it_builds_and_nothing_else_claims_it(kind):
    arguments = {**SAMPLES, **ADMIN_SAMPLES}[kind]
    data = kind.data(*arguments)
    assert kind.parse(data) == tuple(map(str, arguments))
    assert [other for other in KINDS if other.parse(data) is not None] == [kind]
    assert not keyboards.unknown(data)
    assert keyboards.stale_admin(data) == (kind in keyboards.FORM_KINDS)


def test_the_admin_buttons_keep_the_data_already_in_chats():
    """Admins' buttons sent before the kinds existed still read back the same."""
    assert keyboards.FACTS.parse("adm:facts:10") == ("10",)
    assert keyboards.FORM_SOURCE.parse("adm:src:china-azerbaijan") == ("china-azerbaijan",)
    assert keyboards.FORM_SAVE.data() == "adm:ok" and keyboards.FORM_DISCARD.data() == "adm:no"
    assert keyboards.DUPLICATE.data("new") == "adm:dup:new"


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
        data = keyboards.FOLLOW.data(keyboards.button_key(key))
        assert len(data.encode()) <= 64
        (carried,) = keyboards.FOLLOW.parse(data) or ("",)
        assert keyboards.key_from_button(carried, keys) == key
    assert keyboards.button_key("turkey") == "turkey"  # plain keys travel as they are
    brief = keyboards.BRIEF.data(keyboards.button_key(long_id))
    assert keyboards.key_from_button(keyboards.BRIEF.parse(brief)[0], [long_id]) == long_id
    page = keyboards.BRIEF_PAGE.data(999, keyboards.button_key(colon.removeprefix("topic:")))
    assert len(page.encode()) <= 64
    _, carried = keyboards.BRIEF_PAGE.parse(page) or ("", "")
    assert keyboards.key_from_button(carried, ["trade:deals"]) == "trade:deals"
    assert keyboards.key_from_button("~AAAAAAAAAAA", keys) is None  # a subject gone since


def test_admin_data_goes_to_its_handler_and_the_rest_is_stale():
    """Outside the /addfact form (whose buttons only it takes, while it waits for them)."""
    routes = curation.handlers() + gaps.handlers() + drafts.handlers()
    for kind, arguments in ADMIN_SAMPLES.items():
        if kind in (keyboards.GAP_NEW, keyboards.DRAFT_WRITE):
            continue  # entries of the form (bot/admin/addfact.py)
        claimed = [
            h.callback.__name__ for h in routes if h.check_update(_update(kind.data(*arguments)))
        ]
        assert len(claimed) == 1, kind
        assert (claimed == ["on_stale"]) == (kind in keyboards.FORM_KINDS), kind
    for data in ["adm:", "adm:facts:x", "adm:facts:1234567", "adm:dup:other", "adm:src:a/b"]:
        claimed = [h.callback.__name__ for h in routes if h.check_update(_update(data))]
        assert claimed == ["on_stale"], data


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


LANGS = ("en", "ru")
ASKED = [
    "what did Turkey sign with Azerbaijan?",  # answered
    "Когда Алиев ездил в Китай?",
    "what did Macron say about Brazil?",  # abstained: no keyboard
    "hello",  # small talk with examples
    "turkey azerbaijan",  # more behind the More button
    "when did they sign the gas deal?",  # not stated
]


def test_an_answer_keyboard_as_json_is_the_keyboard_of_that_answer(shared_knowledge):
    """Built once per distinct keyboard, each answer still gets its own buttons: asked in
    turn and again, every answer's JSON is what its keyboard turns into."""
    answers = [shared_knowledge.answering.ask(q, lang=lang) for q in ASKED for lang in LANGS]
    for answer in answers + answers[::-1]:
        for offset, shown in [(0, None), (0, 1), (3, 2)]:
            built = keyboards.answer_keyboard(answer, offset, shown)
            expected = built.to_dict() if built else None
            assert keyboards.answer_markup(answer, offset, shown) == expected
    assert len({str(keyboards.answer_markup(a)) for a in answers}) > len(ASKED)
