"""Conversations beyond one private question, through the real bot against the fake Bot API:
a group's settings are the group's (a member who is not an administrator cannot change its
follows, digest or time zone: one-line refusal, nothing stored; an administrator can, and
Telegram is asked once a minute at most), and an edited question is answered again in the
bot's earlier answer."""

from __future__ import annotations

import sqlite3
import time

from tests.userchat import new_user_id, quiet

REFUSAL = "Only this group's administrators can change its follows, digest, time zone and language."


def say(fake, group: int, user: int, text: str) -> str:
    """*user* says *text* in *group*; the bot's one reply there."""
    before = len(fake.sent_messages(group))
    fake.push_message(text, user_id=user, chat_id=group, chat_type="supergroup")
    deadline = time.monotonic() + 10
    while len(sent := fake.sent_messages(group)) <= before:
        assert time.monotonic() < deadline, fake.calls[-5:]
        time.sleep(0.01)
    return sent[before]["plain_text"]


def settings(bot, group: int) -> tuple[list, list]:
    """The group's follows and reader row, straight from the database."""
    with sqlite3.connect(f"file:{bot[1].settings.database}?mode=ro", uri=True) as db:
        follows = db.execute("select subject from follows where chat_id = ?", [group]).fetchall()
        reader = db.execute(
            "select lang, digest, timezone from readers where chat_id = ?", [group]
        ).fetchall()
    return follows, reader


def test_only_a_groups_administrators_change_its_settings(bot, fake):
    group, member, administrator = -new_user_id(), new_user_id(), new_user_id()
    fake.set_administrators(group, {administrator})
    changes = ("/follow Turkey", "/digest daily 08:00", "/timezone +3", "/unfollow Turkey")
    for command in (*changes, "/language ru"):
        assert say(fake, group, member, command) == REFUSAL
    assert settings(bot, group) == ([], [])

    assert say(fake, group, administrator, "/follow Turkey").startswith("You now follow Turkey")
    assert say(fake, group, administrator, "/timezone +3").startswith("Time zone")
    assert say(fake, group, member, "/following").startswith("You follow Turkey.")
    assert say(fake, group, member, "/follow China") == REFUSAL
    assert say(fake, group, administrator, "/language ru") == "Теперь я отвечаю по-русски."
    assert say(fake, group, member, "/following").startswith("You follow Turkey.")
    quiet(fake)
    # the group's language is its administrator's choice, not the last member's look
    assert settings(bot, group) == ([("turkey",)], [("ru", "off", "+03:00")])
    asked = [c for c in fake.calls if c.method == "getChatMember"]
    assert len([c for c in asked if str(c.params["user_id"]) == str(member)]) == 1  # cached


def test_a_members_follow_button_in_a_group_is_refused(bot, fake):
    group, member = -new_user_id(), new_user_id()
    fake.set_administrators(group, set())
    assert say(fake, group, member, "/follow") == REFUSAL
    message = {"message_id": 1, "chat": {"id": group, "type": "supergroup"}, "date": 0}
    update = fake.push_callback("fol:turkey", user_id=member, message=message)
    query = update["callback_query"]["id"]
    answer = fake.wait_for(
        lambda p: str(p.get("callback_query_id")) == query, method="answerCallbackQuery"
    )[-1].params
    assert answer["text"] == REFUSAL
    quiet(fake)
    assert settings(bot, group) == ([], [])


def test_an_edited_question_is_answered_again_in_the_earlier_answer(fake):
    user = new_user_id()
    question = fake.push_message("what did Turkey sign with Azerbaijan?", user_id=user)["message"]
    deadline = time.monotonic() + 10
    while not (sent := fake.sent_messages(user)):
        assert time.monotonic() < deadline, fake.calls[-5:]
        time.sleep(0.01)
    assert "Istanbul" in sent[0]["plain_text"]
    fake.push_edit(user, question["message_id"], "What did Aliyev do in China?")
    while len(sent := fake.sent_messages(user)) < 2:
        assert time.monotonic() < deadline, fake.calls[-5:]
        time.sleep(0.01)
    quiet(fake)
    edit = sent[1]
    assert edit["method"] == "editMessageText" and edit["message_id"] == sent[0]["message_id"]
    assert "China" in edit["plain_text"] and "Istanbul" not in edit["plain_text"]
    assert len(fake.sent_messages(user)) == 2  # no new message


def test_a_members_start_menu_follow_button_in_a_group_is_refused(bot, fake):
    group, member = -new_user_id(), new_user_id()
    fake.set_administrators(group, set())
    say(fake, group, member, "/start")
    message = fake.sent_messages(group)[-1]["message"]
    update = fake.push_callback("menu:follow", user_id=member, message=message)
    query = update["callback_query"]["id"]
    answer = fake.wait_for(
        lambda p: str(p.get("callback_query_id")) == query, method="answerCallbackQuery"
    )[-1].params
    assert answer["text"] == REFUSAL
    quiet(fake)
    assert settings(bot, group) == ([], [])
