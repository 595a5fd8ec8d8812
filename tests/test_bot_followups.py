"""Follow-up questions in Telegram: the chat's previous answer is their context."""

from __future__ import annotations

from tests.userchat import Chat, new_user_id

ISTANBUL = "министры обороны двух стран закрепили меморандум"


def test_a_follow_up_leans_on_the_chats_previous_question(chat):
    chat.say("Tell me about the Istanbul memorandum")
    reply = chat.say("who signed it?")
    assert ISTANBUL in reply["text"]


def test_a_question_that_stands_alone_ignores_the_previous_one(chat):
    chat.say("Tell me about the Istanbul memorandum")
    reply = chat.say("Когда Алиев ездил в Китай?")
    assert "23 апреля 2025 года" in reply["text"]


def test_replying_to_an_older_answer_continues_that_one(chat):
    first = chat.say("Tell me about the Istanbul memorandum")
    chat.say("Когда Алиев ездил в Китай?")
    reply = chat.say("who signed it?", reply_to_message=first["message"])
    assert ISTANBUL in reply["text"]


def test_a_reply_to_a_message_whose_record_is_gone_follows_up_on_its_source_fact(chat):
    """A message of ours the thread holds no record of (a notification replied to before
    its record is written, an answer long forgotten) still names its fact by its Source
    button: a reply to it continues that fact, not the chat's last answer."""
    first = chat.say("Tell me about the Istanbul memorandum")
    chat.say("Когда Алиев ездил в Китай?")
    forgotten = {**first["message"], "message_id": first["message"]["message_id"] + 10_000}
    reply = chat.say("who signed it?", reply_to_message=forgotten)
    assert ISTANBUL in reply["text"]


def test_follow_ups_do_not_cross_chats(chat, bot):
    fake, _ = bot
    chat.say("What did Turkey sign with Azerbaijan?")
    reply = chat.say("and with China?")
    assert "совместное заявление" in reply["text"]
    other = Chat(fake, user_id=new_user_id()).say("and with China?")
    assert "совместное заявление" not in other["text"], "another chat has no context"


def test_a_detail_the_previous_fact_lacks_is_not_stated(chat):
    chat.say("Tell me about the Baykar contract")
    reply = chat.say("when?")
    assert "doesn't say when" in reply["plain_text"]


def test_a_bare_follow_up_without_an_earlier_answer_asks_for_the_whole_question(chat):
    reply = chat.say("why?")
    assert "ask the whole question" in reply["plain_text"]
    assert "not in the briefing" not in reply["plain_text"]
    buttons = [b["text"] for row in reply["reply_markup"]["inline_keyboard"] for b in row]
    assert len(buttons) == 3  # example questions to ask instead
