"""A group's settings are the group's, through the real bot against the fake Bot API: a
member who is not an administrator cannot change its follows, digest, time zone or language
(one-line refusal, nothing stored; its buttons too); an administrator can, and Telegram is
asked once a minute at most."""

from __future__ import annotations

import sqlite3

from tests.userchat import Chat, new_user_id, quiet

REFUSAL = "Only this group's administrators can change its follows, digest, time zone and language."


def settings(bot, group: int) -> tuple[list, list]:
    """The group's follows and reader row, straight from the database."""
    with sqlite3.connect(f"file:{bot[1].settings.database}?mode=ro", uri=True) as db:
        follows = db.execute("select subject from follows where chat_id = ?", [group]).fetchall()
        reader = db.execute(
            "select lang, digest, timezone from readers where chat_id = ?", [group]
        ).fetchall()
    return follows, reader


def test_only_a_groups_administrators_change_its_settings(bot, fake):
    group = -new_user_id()
    reader, administrator = (
        Chat(fake, new_user_id(), chat_type="supergroup", chat_id=group) for _ in range(2)
    )
    fake.set_administrators(group, {administrator.user_id})
    changes = ("/follow Turkey", "/digest daily 08:00", "/timezone +3", "/unfollow Turkey")
    for command in (*changes, "/language ru"):
        assert reader.say(command)["plain_text"] == REFUSAL
    assert settings(bot, group) == ([], [])

    assert administrator.say("/follow Turkey")["plain_text"].startswith("You now follow Turkey")
    assert administrator.say("/timezone +3")["plain_text"].startswith("Time zone")
    assert reader.say("/following")["plain_text"].startswith("You follow Turkey.")
    assert reader.say("/follow China")["plain_text"] == REFUSAL
    assert administrator.say("/language ru")["plain_text"] == "Теперь я отвечаю по-русски."
    assert reader.say("/following")["plain_text"].startswith("You follow Turkey.")
    quiet(fake)
    # the group's language is its administrator's choice, not the last member's look
    assert settings(bot, group) == ([("turkey",)], [("ru", "off", "+03:00")])
    asked = [c for c in fake.calls if c.method == "getChatMember"]
    assert len([c for c in asked if str(c.params["user_id"]) == str(reader.user_id)]) == 1


def test_a_members_follow_button_in_a_group_is_refused(bot, fake):
    group = -new_user_id()
    fake.set_administrators(group, set())
    reader = Chat(fake, new_user_id(), chat_type="supergroup", chat_id=group)
    assert reader.say("/follow")["plain_text"] == REFUSAL
    message = {"message_id": 1, "chat": {"id": group, "type": "supergroup"}, "date": 0}
    answer, _ = reader.press("fol:turkey", message, expect_reply=False)
    assert answer["text"] == REFUSAL
    quiet(fake)
    assert settings(bot, group) == ([], [])


def test_a_members_start_menu_follow_button_in_a_group_is_refused(bot, fake):
    group = -new_user_id()
    fake.set_administrators(group, set())
    reader = Chat(fake, new_user_id(), chat_type="supergroup", chat_id=group)
    menu = reader.say("/start")
    answer, _ = reader.press("menu:follow", menu, expect_reply=False)
    assert answer["text"] == REFUSAL
    quiet(fake)
    assert settings(bot, group) == ([], [])
