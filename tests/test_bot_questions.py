"""End to end: users ask the real bot (polling the fake Bot API server) in English and Russian.

Each test reuses one running bot for a whole conversation and ends with ``assert_healthy``:
every message valid Telegram HTML of at most 4096 characters, no failed call, no error reply.
"""

from __future__ import annotations

import dataclasses
import functools
import sqlite3

import pytest

from bot.app import build_application
from bot.resilience import DEFAULT_POLICY
from bot.texts import TEXTS
from knowledge.answer import UNSURE
from tests.telegram_fake import BOT_ID
from tests.userchat import (
    Chat,
    assert_healthy,
    button_data,
    buttons,
    new_user_id,
    question_where,
    replied_id,
)

MEMORANDUM = "меморандум о взаимной безопасности"
# the module's bot retries failed sends as often as in production, with short pauses
QUICK_RETRIES = dataclasses.replace(DEFAULT_POLICY, backoff=0.05, budget=0.5)
QUICK_TRIES = 4  # pauses of 0.05, 0.1 and 0.2 s; a fourth retry would end past 0.5 s
pytestmark = pytest.mark.bot_options(
    build=functools.partial(build_application, policy=QUICK_RETRIES)
)


def test_english_question_cites_istanbul_memorandum(chat):
    reply = chat.say("what did Turkey sign with Azerbaijan?")
    text = reply["text"]
    assert MEMORANDUM in text
    assert "<blockquote>" in text and "memorandum" in text.lower()
    # the English statement in bold, the Russian quote verbatim, its translation in italics
    assert text.startswith("<b>") and "signed a memorandum on mutual security" in text
    assert f"{MEMORANDUM}.</blockquote>" in text
    assert "<i>The documents were finalised in Istanbul" in text
    source = "— «Азербайджан и Турция усиливают военно-промышленное сотрудничество», paragraph 1"
    assert source in text
    labels = [b["text"] for b in buttons(reply)]
    assert labels[0] == "Source" and labels[-2:] == ["👍", "👎"]
    assert replied_id(reply) is not None  # it answers the question it was asked


def test_russian_question_gets_russian_answer(chat):
    text = chat.say("Когда Алиев ездил в Китай?")["text"]
    assert "<b>Ключевым этапом" in text and "23 апреля 2025 года" in text
    assert "<blockquote>Ключевым этапом в развитии этих отношений" in text
    assert "(Altyn-orda.kz), абзац 5" in text
    assert "<i>" not in text  # no translation of a Russian quote for a Russian reader
    reply = chat.say("Какие соглашения подписали Азербайджан и Турция?")
    assert MEMORANDUM in reply["text"] and "paragraph" not in reply["text"]
    assert [b["text"] for b in buttons(reply)][0] == "Источник"


def test_off_topic_questions_are_declined_honestly(chat):
    text = chat.say("What did France sign with Germany?")["plain_text"]
    assert "doesn't cover France" in text and "Germany" in text
    assert "/topics" in text and "Azerbaijan" in text
    weather = chat.say("what's the weather?")
    assert "not in the briefing" in weather["plain_text"]
    assert "/topics" in weather["plain_text"]
    assert not buttons(weather)
    ru = chat.say("Что подписали Франция и Германия?")["plain_text"]
    assert "Франция" in ru and "/topics" in ru


GREY = [
    "military budget",
    "military reform",
    "army reform",
    "air force",
    "turkish drone factory?",
    "reform of forces",
]
BROAD = ["drones", "military", "alliance", "Moscow", "cooperation", "Azerbaijan", "China"]


def test_grey_zone_offers_did_you_mean_buttons(chat):
    question = question_where(lambda a: a.outcome == UNSURE and len(a.results) >= 2, GREY)
    reply = chat.say(question)
    assert "not certain" in reply["plain_text"]
    assert "<blockquote>" in reply["text"], "the first suggestion is shown in full, quote included"
    assert button_data(reply, "Source").startswith("src:")
    options = [b for b in buttons(reply) if b["callback_data"].startswith("show:")]
    assert options and all(not b["text"].endswith("…") or len(b["text"]) <= 60 for b in options)
    fact_id = options[0]["callback_data"].removeprefix("show:")
    answer, fact = chat.press(options[0]["callback_data"], reply)
    assert "text" not in answer or not answer.get("show_alert")
    assert "<blockquote>" in fact["text"]
    assert button_data(fact, "Source") == f"src:{fact_id}"


def _first(tag: str, text: str) -> str:
    """The content of the first <tag> element of a reply."""
    return text.split(f"<{tag}>", 1)[1].split(f"</{tag}>", 1)[0]


def test_source_button_shows_the_paragraph_with_the_quote_in_bold(chat):
    reply = chat.say("what did Turkey sign with Azerbaijan?")
    _, source = chat.press(button_data(reply, "Source"), reply)
    text = source["text"]
    # the first fact's quote, in bold inside its whole paragraph, with its translation
    quote = _first("blockquote", reply["text"])
    assert f"<b>{quote}</b>" in text and len(_first("blockquote", text)) > len(quote) + 20
    assert f"<i>{_first('i', reply['text'])}</i>" in text
    assert text.startswith("<b>Source</b>")
    assert "«Азербайджан и Турция усиливают военно-промышленное сотрудничество»" in text
    assert "paragraph 1" in text

    _, memorandum = chat.press("src:tr-istanbul-memorandum", reply)
    text = memorandum["text"]
    assert "<b>Документы были оформлены в Стамбуле" in text and MEMORANDUM + ".</b>" in text
    assert "Азербайджан и Турция подписали новые соглашения" in text  # the rest of the paragraph
    assert "<i>The documents were finalised in Istanbul" in text

    ru = chat.say("Когда Алиев ездил в Китай?")
    _, ru_source = chat.press(button_data(ru, "Источник"), ru)
    assert ru_source["text"].startswith("<b>Источник</b>") and "<i>" not in ru_source["text"]
    assert "(Altyn-orda.kz), абзац 5" in ru_source["text"]


def test_more_pages_through_results_and_then_says_none(chat):
    first = chat.say(question_where(lambda a: a.answered and len(a.results) == 3 and a.more, BROAD))
    assert first["text"].count("<blockquote>") == 3
    more = button_data(first, "More")
    _, second = chat.press(more, first)
    assert second["text"].count("<blockquote>") >= 1
    shown_first = {b for b in first["text"].split("<b>")[1:]}
    assert not shown_first & set(second["text"].split("<b>")[1:])  # new facts only
    assert replied_id(second) == replied_id(first)  # still tied to the question
    assert "More" not in [b["text"] for b in buttons(second)]
    _, none = chat.press("more:60", first)
    assert none["text"] == "No further facts for this question."


def test_more_works_on_every_page(chat):
    first = chat.say(question_where(lambda a: a.answered and a.more, BROAD[::-1]))
    _, second = chat.press(button_data(first, "More"), first)
    assert "<blockquote>" in second["text"]
    if any(b["text"] == "More" for b in buttons(second)):
        _, third = chat.press(button_data(second, "More"), second)
        assert "<blockquote>" in third["text"] or third["text"].startswith("No further")
    _, again = chat.press(button_data(first, "More"), first)
    assert again["text"] == second["text"]


def _feedback(bot) -> list[tuple]:
    """Feedback rows, read through a connection of the test's own thread."""
    with sqlite3.connect(bot[1].settings.database) as db:
        return db.execute("select user_id, fact_id, value, question from feedback").fetchall()


def test_feedback_is_stored(chat, bot):
    reply = chat.say("what did Turkey sign with Azerbaijan?")
    fact_id = button_data(reply, "👍").removeprefix("fb:+:")
    assert button_data(reply, "👎") == f"fb:-:{fact_id}"
    assert button_data(reply, "Source") == f"src:{fact_id}"  # all about the first fact
    up, _ = chat.press(button_data(reply, "👍"), reply, expect_reply=False)
    down, _ = chat.press(button_data(reply, "👎"), reply, expect_reply=False)
    assert up["text"] == down["text"] == "Thanks for the feedback!"
    chat.say("who is Song Jun?")  # the bot has handled both presses
    question = "what did Turkey sign with Azerbaijan?"
    # a user's later vote on the same fact replaces the earlier one
    mine = [row for row in _feedback(bot) if row[0] == chat.user_id]
    assert mine == [(chat.user_id, fact_id, -1, question)]
    ru = chat.say("Когда Алиев ездил в Китай?")
    ru_fact = button_data(ru, "👍").removeprefix("fb:+:")
    chat.press(button_data(ru, "👍"), ru, expect_reply=False)
    other = Chat(chat.fake, user_id=new_user_id())
    reply = other.say("what did Turkey sign with Azerbaijan?")
    answer, _ = other.press(button_data(reply, "👍"), reply, expect_reply=False)
    other.say("who is Song Jun?")
    rows = [row for row in _feedback(bot) if row[0] in (chat.user_id, other.user_id)]
    assert sorted(rows) == sorted(
        [
            (chat.user_id, ru_fact, 1, "Когда Алиев ездил в Китай?"),
            (chat.user_id, fact_id, -1, question),
            (other.user_id, fact_id, 1, question),
        ]
    )


FORGED = [
    "?",
    "nonsense",
    "src:",
    "src:no-such-fact",
    "show:no-such-fact",
    "fb:+:no-such-fact",
    "fb:+-:tr-istanbul-memorandum",
    "fb::",
    "more:",
    "more:abc",
    "more:-1",
    "more:²",
    "more:" + "9" * 59,
    "brief:no-such",
    "addfact:x",
    "del:tr-istanbul-memorandum",
    "x" * 64,
]


def test_forged_or_expired_buttons_are_harmless(chat, bot):
    reply = chat.say("what did Turkey sign with Azerbaijan?")
    for data in FORGED:
        answer, _ = chat.press(data, reply, expect_reply=False)
        assert answer.get("text") in {
            "This button has expired; please ask again.",
            "That fact is no longer in the briefing.",
        }, data
    # no message about any of them, and the bot keeps answering
    after = chat.say("Когда Алиев ездил в Китай?")
    assert "23 апреля" in after["text"] and len(chat.sent()) == 2
    assert not [row for row in _feedback(bot) if row[0] == chat.user_id]


def test_more_button_on_a_message_without_its_question(chat):
    reply = chat.say(question_where(lambda a: a.answered and a.more, BROAD))
    orphan = {**reply["message"]}
    orphan.pop("reply_to_message", None)
    answer, _ = chat.press(button_data(reply, "More"), orphan, expect_reply=False)
    assert answer.get("text") == "This button has expired; please ask again."
    inaccessible = {
        "message_id": reply["message"]["message_id"],
        "date": 0,
        "chat": reply["message"]["chat"],
    }
    answer, _ = chat.press("src:tr-istanbul-memorandum", inaccessible, expect_reply=False)
    assert answer.get("text")
    assert "blockquote" in chat.say("who is Song Jun?")["text"]


def test_group_chat_answers_only_when_addressed(bot, caplog):
    fake = bot[0]
    since = len(fake.calls)
    group = Chat(fake, user_id=new_user_id(), chat_type="group")
    group.push("what did Turkey sign with Azerbaijan?")  # not addressed to the bot: ignored
    mention = group.say(group.mention("what did Turkey sign with Azerbaijan?"))
    assert MEMORANDUM in mention["text"] and len(group.sent()) == 1
    ask = group.say("/ask Когда Алиев ездил в Китай?")
    assert "23 апреля 2025 года" in ask["text"]
    ask_at = group.say("/ask@briefbot_test_bot who is Song Jun?")
    assert "Сун Джун" in ask_at["text"]
    empty = group.say("/ask")
    assert "Ask me a question" in empty["text"]
    follow = group.say("and drones?", reply_to_message=mention["message"])
    assert "Baykar" in follow["text"] or "беспилот" in follow["text"]
    other = {
        "message_id": 5,
        "from": {"id": 5, "is_bot": False, "first_name": "Other"},
        "chat": {"id": group.chat_id, "type": "group", "title": "Test group"},
        "date": 1,
        "text": "hello",
    }
    group.push("what did Turkey sign with Azerbaijan?", reply_to_message=other)  # ignored
    # More in a group re-asks the question without the /ask or @mention
    broad = question_where(lambda a: a.answered and a.more, BROAD)
    drones = group.say(f"/ask {broad}")
    _, more = group.press(button_data(drones, "More"), drones)
    assert "<blockquote>" in more["text"]
    mentioned = group.say(group.mention(broad))
    _, more2 = group.press(button_data(mentioned, "More"), mentioned)
    assert more2["text"] == more["text"]
    texts = [m["text"] for m in group.sent()]
    assert sum(MEMORANDUM in t for t in texts) == 1  # the unaddressed questions got nothing
    assert all(m["message"].get("reply_to_message") for m in group.sent())
    assert all(m["message"]["from"]["id"] == BOT_ID for m in group.sent())
    assert_healthy(fake, caplog, since)


def test_a_failed_reply_gets_an_apology_and_the_bot_carries_on(bot):
    fake, runner = bot
    chat = Chat(fake, user_id=new_user_id())
    reply = chat.say("what did Turkey sign with Azerbaijan?")
    # Telegram fails while the Source is sent, on every try the retry policy allows
    fake.inject("sendMessage", "502", times=QUICK_TRIES)
    answer, apology = chat.press(button_data(reply, "Source"), reply)
    assert not answer.get("text")  # the button was already answered when sending failed
    assert apology["text"] == TEXTS["en"]["error"]
    fake.inject("sendMessage", "502", times=QUICK_TRIES)
    before = len(chat.sent())
    chat.push("who is Song Jun?")
    assert chat.wait_new(before)[0]["text"] == TEXTS["en"]["error"]
    assert "<blockquote>" in chat.say("who is Song Jun?")["text"]
    assert runner.error is None
