"""End to end: /start, /help, /brief, /topics, /sources, the command menu, and updates that are
not questions (stickers, photos, edits, channel posts...), against the real polling bot."""

from __future__ import annotations

import pytest

from bot.render import visible_length
from tests.botrunner import ADMIN_ID
from tests.userchat import Chat, button_data, buttons, engine, new_user_id

TURKEY_TITLE = "Азербайджан и Турция усиливают военно-промышленное сотрудничество"
CHINA_TITLE = "Военное сближение Китая и Азербайджана"


@pytest.fixture
def ru_chat(bot) -> Chat:
    """A private chat of a new user whose Telegram is in Russian."""
    return Chat(bot[0], user_id=new_user_id(), language_code="ru")


def test_command_menu_in_english_and_russian(fake):
    calls = [c.params for c in fake.wait_for(method="setMyCommands", count=4)]
    everyone = [p for p in calls if p.get("scope", {}).get("type") in (None, "default")]
    by_lang = {p.get("language_code") or "": p["commands"] for p in everyone}
    assert set(by_lang) == {"", "ru"}
    names = {"start", "help", "brief", "topics", "sources", "ask"}
    assert {c["command"] for c in by_lang[""]} >= names
    assert {c["command"] for c in by_lang["ru"]} >= names
    english = {c["command"]: c["description"] for c in by_lang[""]}
    russian = {c["command"]: c["description"] for c in by_lang["ru"]}
    assert english["brief"].isascii() and not russian["brief"].isascii()
    assert not {"addfact", "export"} & set(english)  # curation stays out of the public menu


def test_admins_get_the_curation_commands_in_their_menu(fake):
    calls = [c.params for c in fake.wait_for(method="setMyCommands", count=4)]
    admin_menus = [p for p in calls if p.get("scope", {}).get("type") == "chat"]
    assert {p["scope"]["chat_id"] for p in admin_menus} == {ADMIN_ID}
    assert {p.get("language_code") or "" for p in admin_menus} == {"", "ru"}
    for menu in admin_menus:
        names = {c["command"] for c in menu["commands"]}
        assert {"start", "addfact", "editfact", "delfact", "undo", "export", "gaps"} <= names


def test_start_is_short_greets_by_name_and_offers_buttons(chat, ru_chat):
    first = chat.say("/start")  # the first one also asks the reply language
    assert visible_length(first["text"]) <= 400
    assert first["text"].startswith("Hi, Test!") and "Azerbaijan" in first["text"]
    assert first["text"].endswith("Which language shall I reply in?")
    labels = [b["text"] for b in buttons(first)]
    assert labels == ["📰 Brief", "🗂 Topics", "🔔 Follow", "✓ English", "Русский"]
    start = chat.say("/start")
    assert "language" not in start["text"]
    labels = [b["text"] for b in buttons(start)]
    assert labels == ["📰 Brief", "🗂 Topics", "🔔 Follow", "🌐 Language"]
    ru = ru_chat.say("/start")
    assert visible_length(ru["text"]) <= 400 and ru["text"].startswith("Здравствуйте")
    assert [b["text"] for b in buttons(ru)][0] == "📰 Сводка"
    assert [b["text"] for b in buttons(ru)][-2:] == ["English", "✓ Русский"]


def test_first_contact_asks_the_language_once_and_keeps_the_choice(ru_chat):
    first = ru_chat.say("/start")
    assert first["text"].endswith("На каком языке вам отвечать?")
    toast, greeting = ru_chat.press("hello:en", first)
    assert toast["text"] == "From now on I reply in English."
    assert greeting["method"] == "editMessageText"  # in place of the question
    assert greeting["message_id"] == first["message_id"]
    assert greeting["text"].startswith("Hi, Test!") and "language" not in greeting["text"]
    assert [b["text"] for b in buttons(greeting)][-1] == "🌐 Language"
    again = ru_chat.say("/start")
    assert again["text"].startswith("Hi, Test!") and "language" not in again["text"]
    assert "<b>Ask in English or Russian</b>" in ru_chat.say("/help")["text"]


def test_start_buttons_open_the_brief_topics_follow_and_language(chat):
    chat.say("/start")
    start = chat.say("/start")
    data = {b["text"]: b["callback_data"] for b in buttons(start)}
    _, brief = chat.press(data["📰 Brief"], start)
    assert brief["text"].startswith("<b>Briefing</b>")
    _, topics = chat.press(data["🗂 Topics"], start)
    assert any(b["callback_data"].startswith("brief:") for b in buttons(topics))
    _, follow = chat.press(data["🔔 Follow"], start)
    assert any(b["callback_data"].startswith("fol:") for b in buttons(follow))
    _, language = chat.press(data["🌐 Language"], start)
    assert [b["text"] for b in buttons(language)] == ["✓ English", "Русский"]


def test_deep_links_open_a_subjects_brief_or_a_fact(chat):
    turkey = chat.say("/start turkey")
    assert turkey["text"].startswith("<b>") and "Turkey" in turkey["text"].split("\n")[0]
    assert turkey["text"] == chat.say("/brief Turkey")["text"]  # the Turkey brief itself
    fact = chat.say("/start fact-tr-baykar-drone-contract")
    assert "Baykar" in fact["text"]
    data = [b.get("callback_data") or b["switch_inline_query"] for b in buttons(fact)]
    assert data == [
        "src:tr-baykar-drone-contract",
        "fb:+:tr-baykar-drone-contract",
        "fb:-:tr-baykar-drone-contract",
        "fact-tr-baykar-drone-contract",  # Share: @bot fact-<id> in the chat the user picks
    ]
    assert chat.say("/start inline")["text"].startswith("Hi, Test!")
    assert chat.say("/start fact-no-such-fact")["text"].startswith("Hi, Test!")


def test_help_gives_examples_and_commands(chat, ru_chat):
    text = chat.say("/help")["text"]
    assert visible_length(text) <= 900
    assert "what did Turkey sign with Azerbaijan?" in text and "Когда Алиев ездил в Китай?" in text
    for command in ("/brief", "/topics", "/sources", "/ask", "/follow", "/language"):
        assert command in text
    assert "@briefbot_test_bot" in text

    ru = ru_chat.say("/help")["text"]
    assert "Спрашивайте по-русски или по-английски" in ru and "/brief [тема]" in ru
    assert visible_length(ru) <= 900


def test_brief_overall_and_on_a_topic(chat, ru_chat):
    overall = chat.say("/brief")
    text = overall["text"]
    assert text.startswith("<b>Briefing</b>") and visible_length(text) <= 1500
    assert [line[:3] for line in text.split("\n\n")[1:6]] == ["1. ", "2. ", "3. ", "4. ", "5. "]
    assert "— Altyn-orda.kz, paragraph" in text  # each line with its short source
    # a button per fact (the fact with its quote) and topic buttons to go deeper
    data = [b["callback_data"] for b in buttons(overall)]
    facts = [d for d in data if d.startswith("show:")]
    assert [b["text"] for b in buttons(overall)][:5] == ["1", "2", "3", "4", "5"]
    assert len(facts) == 5 and len(set(facts)) == 5
    assert any(d.startswith("brief:") for d in data)
    _, fact = chat.press(facts[0], overall)
    assert "<blockquote" in fact["text"]
    # the number opened the fact in place of the brief, with ◀ Back to it (from its Source too)
    assert fact["method"] == "editMessageText" and fact["message_id"] == overall["message_id"]
    _, source = chat.press(button_data(fact, "Source"), fact)
    _, again = chat.press(button_data(source, "◀ Back"), source)
    assert again["message_id"] == overall["message_id"] and again["text"] == fact["text"]
    _, brief = chat.press(button_data(again, "◀ Back"), again)
    assert brief["message_id"] == overall["message_id"] and brief["text"] == overall["text"]

    turkey = chat.say("/brief Turkey")
    assert turkey["text"].startswith("<b>Briefing: Turkey</b>")
    assert "— «Azerbaijan and Turkey step up…», paragraph" in turkey["text"]  # English title
    deeper = [
        b["callback_data"] for b in buttons(turkey) if b["callback_data"].startswith("brief:")
    ]
    assert deeper and "brief:turkey" not in deeper
    _, more = chat.press(deeper[0], turkey)
    assert more["text"].startswith("<b>Briefing: ")
    # the topic's brief took the Turkey brief's place, with ◀ Back to it
    assert more["method"] == "editMessageText" and more["message_id"] == turkey["message_id"]
    _, back = chat.press(button_data(more, "◀ Back"), more)
    assert back["message_id"] == turkey["message_id"] and back["text"] == turkey["text"]

    ru = chat.say("/brief турция")["text"]
    assert ru.startswith("<b>Брифинг о Турции</b>") and "абзац" in ru

    assert ru_chat.say("/brief")["text"].startswith("<b>Брифинг</b>")
    assert chat.say("/brief drones")["text"].startswith("<b>Briefing: Drones</b>")

    unknown = chat.say("/brief unknown-thing")["text"]
    assert "unknown-thing" in unknown and "/topics" in unknown
    france = chat.say("/brief France")["text"]
    assert "France" in france and "/topics" in france
    odd = chat.say("/brief <b>&amp;")["text"]
    assert "<b>&amp;" in odd  # sent as plain text, shown as typed


def test_topics_buttons_open_their_brief(chat, ru_chat):
    reply = chat.say("/topics")
    topics = [b for b in buttons(reply) if b["callback_data"].startswith("brief:")]
    assert len(topics) == 8  # a page; ◀ ▶ turn it
    labels = [b["text"] for b in topics]
    assert labels[0].startswith("Azerbaijan (") and any(
        label.startswith("Turkey (") for label in labels
    )
    turkey = next(b for b in topics if b["text"].startswith("Turkey ("))
    assert turkey["callback_data"] == "brief:turkey"
    answer, brief = chat.press("brief:turkey", reply)
    assert not answer.get("text")
    assert brief["text"].startswith("<b>Briefing: Turkey</b>") and "\n\n1. " in brief["text"]
    _, brief = chat.press("brief:drones", reply)
    assert brief["text"].startswith("<b>Briefing: Drones</b>")
    ru = ru_chat.say("/topics")
    assert ru["text"].startswith("Темы") and buttons(ru)[0]["text"].startswith("Азербайджан (")


def test_a_topic_opens_in_place_of_topics_and_back_returns_to_their_page(chat):
    topics = chat.say("/topics")
    turn_page = next(b for b in buttons(topics) if b["text"] == "▶")["callback_data"]
    _, second = chat.press(turn_page, topics)
    assert second["message_id"] == topics["message_id"]
    subject = next(b for b in buttons(second) if b["callback_data"].startswith("brief:"))
    _, brief = chat.press(subject["callback_data"], second)
    assert brief["method"] == "editMessageText" and brief["message_id"] == topics["message_id"]
    assert brief["text"].startswith("<b>Briefing: ")
    back = buttons(brief)[-1]
    assert back["text"] == "◀ Back"
    turn = [b for b in buttons(brief) if b["text"] == "▶"]
    if turn:  # a longer brief: its pages keep the way back
        _, brief = chat.press(turn[0]["callback_data"], brief)
        assert buttons(brief)[-1] == back
    _, again = chat.press(back["callback_data"], brief)
    assert again["message_id"] == topics["message_id"]
    assert again["text"] == second["text"] and buttons(again) == buttons(second)


def test_sources_list_titles_outlets_dates_and_ids(bot, chat, ru_chat):
    text = chat.say("/sources")["text"]
    english = "<b>Azerbaijan and Turkey step up military-industrial cooperation</b>"
    assert english in text and TURKEY_TITLE in text and CHINA_TITLE in text
    assert "Altyn-orda.kz" in text and "unknown" not in text
    assert "id:" not in text  # internal ids are for curators
    ru = ru_chat.say("/sources")["text"]
    assert f"<b>{TURKEY_TITLE}</b>" in ru and "Статьи брифинга" in ru and "не указано" not in ru
    curator = Chat(bot[0], user_id=ADMIN_ID).say("/sources")["text"]
    assert "id: <code>turkey-azerbaijan</code>" in curator
    assert "id: <code>china-azerbaijan</code>" in curator


def test_updates_that_are_not_questions(bot, chat, caplog):
    fake, _ = bot
    sticker = {
        "file_id": "CAACAgI",
        "file_unique_id": "AgAD",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "emoji": "👍",
    }
    photo = [{"file_id": "AgACAgI", "file_unique_id": "AQAD", "width": 90, "height": 90}]
    chat.push_raw({"sticker": sticker})
    assert "questions written as text" in chat.wait_new(0)[0]["text"]
    chat.push_raw({"photo": photo, "caption": ""})
    chat.push_raw({"photo": photo})
    chat.push_raw({"location": {"latitude": 40.4, "longitude": 49.9}})
    assert len(chat.wait_new(0, 4)) == 4
    assert all("questions written as text" in m["text"] for m in chat.sent())

    # silently ignored: edits of what is not a question, channel posts, service messages,
    # groups' stickers (an edited question is answered again: tests/test_bot_questions.py)
    chat.push_raw({"sticker": sticker, "edit_date": 1}, kind="edited_message")
    chat.push_raw(
        {
            "pinned_message": {
                "message_id": 1,
                "date": 1,
                "chat": {"id": chat.chat_id, "type": "private"},
            }
        }
    )
    channel = Chat(fake, user_id=new_user_id(), chat_type="channel")
    channel.push_raw({"text": "what did Turkey sign with Azerbaijan?"}, kind="channel_post")
    channel.push_raw({"text": "/brief"}, kind="channel_post")
    group = Chat(fake, user_id=new_user_id(), chat_type="group")
    group.push_raw({"sticker": sticker})
    group.push_raw({"new_chat_members": [{"id": 5, "is_bot": False, "first_name": "New"}]})
    fake.push_update(
        {
            "my_chat_member": {
                "chat": {"id": group.chat_id, "type": "group", "title": "g"},
                "from": {"id": 5, "is_bot": False, "first_name": "A"},
                "date": 1,
                "old_chat_member": {
                    "status": "left",
                    "user": {"id": 1000, "is_bot": True, "first_name": "BriefBot"},
                },
                "new_chat_member": {
                    "status": "member",
                    "user": {"id": 1000, "is_bot": True, "first_name": "BriefBot"},
                },
            }
        }
    )
    unknown = chat.say("/nosuchcommand")
    assert "/help" in unknown["text"]
    after = chat.say("what did Turkey sign with Azerbaijan?")
    assert "<blockquote" in after["text"]
    assert len(chat.sent()) == 6  # nothing for the ignored updates
    assert not channel.views() and not group.views()


def test_brief_pages_through_all_facts_of_its_subject_in_place(chat):
    turkey = engine().browsing.find_concept("Turkey")
    count = next(tc.count for tc in engine().browsing.topic_counts() if tc.concept == turkey)
    first = chat.say("/brief Turkey")
    seen, view, number = [], first, 1
    while True:
        assert view["text"].startswith("<b>Briefing: Turkey</b>")
        assert visible_length(view["text"]) <= 1500
        shown = [b for b in buttons(view) if b["callback_data"].startswith("show:")]
        assert [b["text"] for b in shown] == [str(n) for n in range(number, number + len(shown))]
        assert f"\n\n{number}. " in view["text"]  # numbered on from the page before
        seen += [b["callback_data"] for b in shown]
        number += len(shown)
        turn = [b for b in buttons(view) if b["text"] == "▶"]
        if not turn:
            break
        _, view = chat.press(turn[0]["callback_data"], view)
        assert view["method"] == "editMessageText" and view["message_id"] == first["message_id"]
    assert len(seen) == len(set(seen)) == count > 5  # every fact on Turkey, each once
    pages = [b["text"] for b in buttons(view) if "/" in b["text"]]
    assert pages == [f"{pages[0].split('/')[1]}/{pages[0].split('/')[1]}"]  # the last page
    back = next(b for b in buttons(view) if b["text"] == "◀")
    _, previous = chat.press(back["callback_data"], view)
    assert previous["message_id"] == first["message_id"] and previous["text"] != view["text"]


def test_topics_page_through_short_labels_in_place_without_outlets(chat):
    first = chat.say("/topics")
    labels = [b["text"] for b in buttons(first) if b["callback_data"].startswith("brief:")]
    assert 1 <= len(labels) <= 8 and all(len(label) <= 24 for label in labels)
    assert not any("Altyn" in label for label in labels)  # an outlet is a source, no subject
    turn = [b for b in buttons(first) if b["text"] == "▶"]
    if turn:  # more subjects than one page holds
        _, second = chat.press(turn[0]["callback_data"], first)
        assert second["method"] == "editMessageText" and second["message_id"] == first["message_id"]
        others = [b["text"] for b in buttons(second) if b["callback_data"].startswith("brief:")]
        assert others and not set(others) & set(labels)
