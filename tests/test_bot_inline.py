"""End to end: inline mode (``@bot question`` in any chat) against the real polling bot."""

from __future__ import annotations

import re
from html import escape

from bot.handlers.inline import MAX_RESULTS
from tests.telegram_html import telegram_html_error
from tests.userchat import Chat, buttons, new_user_id


def _check_articles(params: dict) -> list[dict]:
    results = params["results"]
    assert len(results) <= 50
    assert params.get("cache_time") is not None and params["cache_time"] > 0
    assert len({r["id"] for r in results}) == len(results)
    for result in results:
        assert result["type"] == "article" and result["title"] and result["description"]
        content = result["input_message_content"]
        assert content["parse_mode"] == "HTML"
        assert telegram_html_error(content["message_text"]) is None
        assert "<blockquote" in content["message_text"]
        assert result["description"][:40] in content["message_text"]  # the quote
    return results


def test_inline_question_lists_facts_with_quotes(chat):
    results = _check_articles(chat.inline("what did Turkey sign with Azerbaijan?"))
    memorandum = next(r for r in results[:3] if r["id"] == "tr-istanbul-memorandum")
    text = memorandum["input_message_content"]["message_text"]
    assert "меморандум о взаимной безопасности" in text and "<b>The agreements were" in text
    assert "paragraph 1" in text and "The documents were" not in text  # said once

    ru = _check_articles(chat.inline("Когда Алиев ездил в Китай?"))
    visit = next(r for r in ru[:3] if r["id"] == "cn-aliyev-state-visit-china")
    assert visit["title"].startswith("Ключевым этапом")
    assert "абзац 5" in visit["input_message_content"]["message_text"]

    many = _check_articles(chat.inline("military"))
    assert 3 < len(many) <= MAX_RESULTS


def test_empty_inline_query_offers_the_overall_brief(chat):
    params = chat.inline("")
    results = _check_articles(params)
    assert 5 <= len(results) <= MAX_RESULTS
    assert len({r["title"] for r in results}) == len(results)
    # the language comes from the user's Telegram settings: not shared between users
    assert params.get("is_personal") is True
    brief = chat.say("/brief")["text"]
    assert all(escape(r["title"][:50]) in brief for r in results[:5])
    spaces = _check_articles(chat.inline("   "))
    assert [r["id"] for r in spaces] == [r["id"] for r in results]


def test_inline_query_not_in_the_briefing(chat):
    for query in ("What did France sign with Germany?", "what's the weather?", "<b>&", "x" * 256):
        params = chat.inline(query)
        # one result that says so, and a button that opens the bot
        [result] = params["results"]
        assert result["title"] == "Not in the briefing"
        text = result["input_message_content"]["message_text"]
        assert telegram_html_error(text) is None and "Nothing in the briefing matches" in text
        assert re.match(r"^q-[A-Za-z0-9_-]{1,62}$", params["button"]["start_parameter"])
        assert params["button"]["text"] == "Ask the bot in a chat"
    # the bot keeps answering ordinary messages afterwards
    assert "<blockquote" in chat.say("who is Song Jun?")["text"]


def test_the_open_the_bot_button_goes_on_with_the_query_in_the_chat(chat, bot):
    query = "What did France sign with Germany?"
    start = chat.inline(query)["button"]["start_parameter"]
    pushed = chat.push(f"/start {start}")
    reply = chat.wait_new(0)[0]
    assert reply["message"]["reply_to_message"]["message_id"] == pushed["message_id"]
    asked = Chat(bot[0], user_id=new_user_id()).say(query)  # the same as asking it in the chat
    assert reply["text"] == asked["text"] and "France" in reply["text"]


def test_a_share_button_sends_exactly_its_fact_through_inline_mode(chat):
    reply = chat.say("who is Song Jun?")
    share = next(b for b in buttons(reply) if "switch_inline_query" in b)
    assert share["text"] in ("↗ Share", "↗ 1")  # one fact shown, or the first of several
    params = chat.inline(share["switch_inline_query"])  # what Telegram types for the user
    [result] = params["results"]
    assert result["id"] == share["switch_inline_query"].removeprefix("fact-")
    sent = result["input_message_content"]["message_text"]
    statement = sent.split("\n")[0].removeprefix("<b>").removesuffix("</b>")
    assert statement in reply["text"] and "<blockquote" in sent
    assert chat.inline("fact-no-such-fact")["results"][0]["title"] == "Not in the briefing"
