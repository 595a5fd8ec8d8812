"""End to end: users ask the real bot (polling the fake Bot API server) in English and Russian.

Each test reuses one running bot for a whole conversation and ends with ``assert_healthy``:
every message valid Telegram HTML of at most 4096 characters, no failed call, no error reply.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sqlite3
import time

import pytest

from bot.app import build_application
from bot.render import MAX_SHOWN, visible_length
from bot.resilience import DEFAULT_POLICY
from bot.texts import TEXTS
from knowledge.outcomes import Outcome
from tests.telegram_fake import BOT_ID
from tests.userchat import (
    Chat,
    assert_healthy,
    button_data,
    buttons,
    new_user_id,
    question_where,
    quiet,
    replied_id,
)

MEMORANDUM = "меморандум о взаимной безопасности"
# the module's bot retries failed sends as often as in production, with short pauses
QUICK_RETRIES = dataclasses.replace(DEFAULT_POLICY, backoff=0.05, budget=0.5)
QUICK_TRIES = 4  # pauses of 0.05, 0.1 and 0.2 s; a fourth retry would end past 0.5 s
pytestmark = pytest.mark.bot_options(
    build=functools.partial(build_application, policy=QUICK_RETRIES)
)


def quotes(text: str) -> list[str]:
    """The contents of a reply's blockquotes (expandable or not)."""
    return re.findall(r"<blockquote[^>]*>(.*?)</blockquote>", text, re.DOTALL)


def source_button(record: dict, number: int = 1) -> str:
    """The callback data of the Source button of the reply's fact *number*."""
    sources = [b for b in buttons(record) if b.get("callback_data", "").startswith("src:")]
    return sources[number - 1]["callback_data"]


def test_english_question_cites_istanbul_memorandum(chat):
    reply = chat.say("what did Turkey sign with Azerbaijan?")
    text = reply["text"]
    assert MEMORANDUM in text and "memorandum" in text.lower()
    # the English statement in bold, the Russian quote verbatim and collapsed; the quote's
    # translation would only repeat the statement, so it is left out
    assert text.startswith("<b>") and "signed a memorandum on mutual security" in text
    istanbul = "Документы были оформлены в Стамбуле, где министры обороны двух стран закрепили"
    assert f"<blockquote expandable>{istanbul} {MEMORANDUM}.</blockquote>" in text
    assert "<i>" not in text and "The documents were finalised" not in text
    # the source as a short label; the full title is behind the Source button
    assert "— «Azerbaijan and Turkey step up…», paragraph 1" in text  # no Cyrillic label
    assert "военно-промышленное сотрудничество»" not in text
    assert visible_length(text) <= 1000
    for block in text.split("\n\n"):
        assert visible_length(block) <= 700
    # each shown fact has its own Source, 👍 and 👎
    rows = reply["reply_markup"]["inline_keyboard"]
    facts = [
        row[0]["callback_data"].removeprefix("src:")
        for row in rows
        if row[0]["text"].endswith("Source")
    ]
    assert 2 <= len(facts) == len(quotes(text)) <= MAX_SHOWN and len(set(facts)) == len(facts)
    assert "tr-istanbul-memorandum" in facts
    for number, (row, fact) in enumerate(zip(rows, facts, strict=False), 1):
        assert [b["text"] for b in row] == [f"{number} · Source", "👍", "👎"]
        assert [b["callback_data"] for b in row] == [f"src:{fact}", f"fb:+:{fact}", f"fb:-:{fact}"]
    # and each can be shared: a Share button types @bot fact-<id> in the chat the user picks
    share = rows[-1]
    assert [b["text"] for b in share] == [f"↗ {n}" for n in range(1, len(facts) + 1)]
    assert [b["switch_inline_query"] for b in share] == [f"fact-{fact}" for fact in facts]
    assert replied_id(reply) is not None  # it answers the question it was asked


def test_russian_question_gets_russian_answer(chat):
    text = chat.say("Когда Алиев ездил в Китай?")["text"]
    assert "23 апреля 2025 года" in text
    # the Russian statement says what the quote says in the same words: only the quote
    assert "<blockquote>Ключевым этапом в развитии этих отношений" in text
    assert text.count("Ключевым этапом") == 1
    assert "— Altyn-orda.kz, абзац 5" in text
    assert "<i>" not in text  # no translation of a Russian quote for a Russian reader
    reply = chat.say("Какие соглашения подписали Азербайджан и Турция?")
    assert MEMORANDUM in reply["text"] and "paragraph" not in reply["text"]
    assert [b["text"] for b in buttons(reply)][0].endswith("Источник")


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
    "are Baku and Moscow relations worsening?",
]
BROAD = ["drones", "military", "alliance", "Moscow", "cooperation", "Azerbaijan", "China"]


def test_grey_zone_offers_did_you_mean_buttons(chat):
    question = question_where(lambda a: a.outcome == Outcome.UNSURE and len(a.results) >= 2, GREY)
    reply = chat.say(question)
    assert "not certain" in reply["plain_text"]
    assert quotes(reply["text"]), "the first suggestion is shown in full, quote included"
    assert button_data(reply, "Source").startswith("src:")
    options = [b for b in buttons(reply) if b.get("callback_data", "").startswith("show:")]
    assert options and all(not b["text"].endswith("…") or len(b["text"]) <= 60 for b in options)
    fact_id = options[0]["callback_data"].removeprefix("show:")
    answer, fact = chat.press(options[0]["callback_data"], reply)
    assert "text" not in answer or not answer.get("show_alert")
    assert quotes(fact["text"])
    assert button_data(fact, "Source") == f"src:{fact_id}"


def test_source_button_shows_the_paragraph_with_the_quote_in_bold(chat):
    reply = chat.say("what did Turkey sign with Azerbaijan?")
    _, source = chat.press(source_button(reply), reply)
    text = source["text"]
    # the first fact's quote, in bold inside its whole paragraph, with its translation
    quote = quotes(reply["text"])[0]
    assert f"<b>{quote}</b>" in text and len(quotes(text)[0]) > len(quote) + 20
    assert "<i>Azerbaijan and Turkey have signed new agreements" in text
    assert text.startswith("<b>Source</b>")
    assert "«Azerbaijan and Turkey step up military-industrial cooperation»" in text
    assert "paragraph 1" in text

    _, memorandum = chat.press("src:tr-istanbul-memorandum", reply)
    text = memorandum["text"]
    assert "<b>Документы были оформлены в Стамбуле" in text and MEMORANDUM + ".</b>" in text
    assert "Азербайджан и Турция подписали новые соглашения" in text  # the rest of the paragraph
    assert "<i>The documents were finalised in Istanbul" in text

    # the Source replaced the answer in place; ◀ Back brings the answer back
    assert [b["text"] for b in buttons(memorandum)] == ["◀ Back"]
    _, back = chat.press(button_data(memorandum, "◀ Back"), memorandum)
    assert back["message_id"] == reply["message_id"] and back["text"] == reply["text"]
    _, second = chat.press(source_button(back, 2), back)
    assert f"<b>{quotes(back['text'])[1]}" in second["text"]  # its own fact's source
    assert second["method"] == "editMessageText"
    ru = chat.say("Когда Алиев ездил в Китай?")
    _, ru_source = chat.press(source_button(ru), ru)
    assert ru_source["text"].startswith("<b>Источник</b>") and "<i>" not in ru_source["text"]
    assert "(Altyn-orda.kz), абзац 5" in ru_source["text"]


def test_more_pages_through_results_and_then_says_none(chat):
    first = chat.say(question_where(lambda a: a.answered and len(a.results) == 3 and a.more, BROAD))
    assert 1 <= len(quotes(first["text"])) <= 3 and visible_length(first["text"]) <= 1000
    more = button_data(first, "More")
    _, second = chat.press(more, first)
    assert quotes(second["text"])
    assert not set(quotes(first["text"])) & set(quotes(second["text"]))  # new facts only
    assert replied_id(second) == replied_id(first)  # still tied to the question
    assert second["method"] == "editMessageText" and second["message_id"] == first["message_id"]
    assert "More" not in [b["text"] for b in buttons(second)]
    assert "◀ Back" in [b["text"] for b in buttons(second)]
    views = len(chat.views())
    chat.press(more, second, expect_reply=False)  # the same More tapped again: nothing new
    time.sleep(0.3)
    assert len(chat.views()) == views
    _, none = chat.press("more:60", first)
    assert none["text"] == "No further facts for this question."


def test_more_works_on_every_page(chat):
    first = chat.say(question_where(lambda a: a.answered and a.more, BROAD[::-1]))
    _, second = chat.press(button_data(first, "More"), first)
    assert quotes(second["text"])
    if any(b["text"] == "More" for b in buttons(second)):
        _, third = chat.press(button_data(second, "More"), second)
        assert quotes(third["text"]) or third["text"].startswith("No further")
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
    assert source_button(reply) == f"src:{fact_id}"  # the first row is about the first fact
    up, _ = chat.press(button_data(reply, "👍"), reply, expect_reply=False)
    down, _ = chat.press(button_data(reply, "👎"), reply, expect_reply=False)
    assert up["text"] == down["text"] == "Thanks for the feedback!"
    again, _ = chat.press(f"fb:-:{fact_id}", reply, expect_reply=False)
    assert again["text"] == "You gave this vote already."
    chat.say("who is Song Jun?")  # the bot has handled the presses
    # the vote shows on the button: 👎 marked on that fact's row only
    now = chat.fake.message(chat.chat_id, reply["message_id"])
    labels = [[b["text"] for b in row] for row in now["reply_markup"]["inline_keyboard"]]
    assert labels[0][1:] == ["👍", "👎 ✓"] and labels[1][1:] == ["👍", "👎"]
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
    assert quotes(chat.say("who is Song Jun?")["text"])


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
    assert quotes(more["text"])
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
    # Telegram fails while the Source is shown, on every try the retry policy allows
    fake.inject("editMessageText", "502", times=QUICK_TRIES)
    answer, apology = chat.press(source_button(reply), reply)
    assert not answer.get("text")  # the button was already answered when sending failed
    assert apology["text"] == TEXTS["en"]["error"]
    fake.inject("sendMessage", "502", times=QUICK_TRIES)
    before = len(chat.sent())
    chat.push("who is Song Jun?")
    assert chat.wait_new(before)[0]["text"] == TEXTS["en"]["error"]
    assert quotes(chat.say("who is Song Jun?")["text"])
    assert runner.error is None


def test_language_sets_the_reply_language_per_user(chat, bot):
    choice = chat.say("/language")
    assert [b["callback_data"] for b in buttons(choice)] == ["lang:en", "lang:ru"]
    assert [b["text"] for b in buttons(choice)] == ["✓ English", "Русский"]
    _, done = chat.press("lang:ru", choice)
    assert done["text"] == "Теперь я отвечаю по-русски."
    assert done["method"] == "editMessageText"  # the choice replaces the keyboard's message
    assert [b["text"] for b in buttons(done)] == ["English", "✓ Русский"]
    reply = chat.say("what did Turkey sign with Azerbaijan?")
    assert MEMORANDUM in reply["text"] and "абзац 1" in reply["text"]
    assert "paragraph" not in reply["text"] and buttons(reply)[0]["text"].endswith("Источник")
    assert "Команды" in chat.say("/help")["text"]
    others = Chat(chat.fake, user_id=new_user_id())  # another user keeps the default
    assert "paragraph 1" in others.say("what did Turkey sign with Azerbaijan?")["text"]
    assert chat.say("/language en")["text"] == "From now on I reply in English."
    english = chat.say("Когда Алиев ездил в Китай?")["text"]
    assert "23 April 2025" in english or "April 23, 2025" in english or "paragraph 5" in english
    assert "абзац" not in english
    assert "English (en) or Russian (ru)" in chat.say("/language fr")["text"]
    with sqlite3.connect(bot[1].settings.database) as db:  # kept across restarts
        row = db.execute(
            "select lang from reader_languages where user_id = ?", [chat.user_id]
        ).fetchone()
    assert row == ("en",)


def test_english_answers_carry_no_cyrillic_outside_the_quote(chat):
    for question in ("what did Turkey sign with Azerbaijan?", "when did Aliyev visit China?"):
        text = chat.say(question)["text"]
        outside = re.sub(r"<blockquote[^>]*>.*?</blockquote>", "", text, flags=re.S)
        assert not re.search("[а-яА-ЯёЁ]", outside), outside


def test_an_edited_question_is_answered_again_in_the_earlier_answer(chat):
    question = chat.push("what did Turkey sign with Azerbaijan?")
    (answer,) = chat.wait_new(0)
    assert "Istanbul" in answer["plain_text"]
    chat.edit(question, "What did Aliyev do in China?")
    edit = chat.wait_view(1)
    quiet(chat.fake)
    assert edit["method"] == "editMessageText" and edit["message_id"] == answer["message_id"]
    assert "China" in edit["plain_text"] and "Istanbul" not in edit["plain_text"]
    assert len(chat.views()) == 2  # no new message
