"""Subscriptions and digests, end to end: readers follow subjects with /follow, an admin's change
reaches each follower once, in their language, with its citation; an import reaches a
follower as one message; a blocked follower is unsubscribed; digests come when due."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from tests.botrunner import ADMIN_ID
from tests.userchat import Chat, new_user_id, quiet

FACT = "/addfact {statement} | {quote} | https://example.com/{slug}"


def admin(fake, text: str) -> dict:
    """An admin command, and the bot's reply to it."""
    return Chat(fake, user_id=ADMIN_ID).say(text)


def add_fact(fake, statement: str, slug: str) -> str:
    """Add a fact as the admin; its id."""
    reply = admin(fake, FACT.format(statement=statement, quote=f"Quote of {slug}.", slug=slug))
    return re.search(r"<code>(f-\w+)</code>", reply["text"]).group(1)


def notifications(chat: Chat) -> list[dict]:
    return [m for m in chat.sent() if m["text"].startswith(("<b>🔔", "<b>🗞"))]


def test_followers_get_a_change_once_in_their_language_with_its_citation(fake):
    english, russian = Chat(fake, new_user_id()), Chat(fake, new_user_id(), language_code="ru")
    bystander = Chat(fake, new_user_id())
    assert english.say("/follow Turkey")["text"].startswith("You now follow Turkey.")
    assert english.say("/follow turky")["text"] == "You already follow Turkey."
    assert russian.say("/follow Турция")["text"].startswith("Вы подписались на Турцию.")
    assert bystander.say("/follow drones")["text"].startswith("You now follow Drones")

    fact_id = add_fact(fake, "Turkey and Azerbaijan signed a naval pact.", "naval-pact")
    sent = english.wait_new(2)[0]
    assert sent["text"].startswith("<b>🔔 New in the briefing on Turkey</b>")
    assert "<b>Turkey and Azerbaijan signed a naval pact.</b>" in sent["text"]
    assert "<blockquote expandable>Quote of naval-pact.</blockquote>" in sent["text"]
    assert "https://example.com/naval-pact" in sent["text"]
    assert russian.wait_new(1)[0]["text"].startswith("<b>🔔 Новое в брифинге о Турции</b>")

    admin(fake, f"/editfact {fact_id} statement Turkey and Azerbaijan signed a new naval pact.")
    changed = english.wait_new(3)[0]["text"]
    assert changed.startswith("<b>🔔 Changed in the briefing on Turkey</b>")
    assert "signed a new naval pact" in changed
    quiet(fake, 1.5)
    # the fact has no Russian statement: its Russian readers see the quote, which stayed
    assert len(notifications(english)) == 2 and len(notifications(russian)) == 1
    assert not notifications(bystander)


def test_an_edit_no_reader_sees_notifies_nobody_and_a_new_label_only_its_followers(fake):
    turkey, china = Chat(fake, new_user_id()), Chat(fake, new_user_id())
    assert turkey.say("/follow Turkey")["text"].startswith("You now follow Turkey.")
    assert china.say("/follow China")["text"].startswith("You now follow China.")
    fact_id = add_fact(fake, "Turkey and Azerbaijan signed a river pact.", "river-pact")
    assert turkey.wait_new(1)[0]["text"].startswith("<b>🔔 New in the briefing on Turkey</b>")

    assert admin(fake, f"/editfact {fact_id} date 2024-05-01")["text"].startswith("Changed date")
    quiet(fake, 1.5)
    assert len(notifications(turkey)) == 1  # the date is not in what a follower sees
    assert not notifications(china)

    admin(fake, f"/editfact {fact_id} entities Turkey, Azerbaijan, China")
    assert china.wait_new(1)[0]["text"].startswith("<b>🔔 New in the briefing on China</b>")
    quiet(fake, 1.5)
    assert len(notifications(turkey)) == 1 and len(notifications(china)) == 1


def test_a_change_says_what_changed_to_whom_it_shows_and_an_undo_is_a_correction(fake):
    english, russian = Chat(fake, new_user_id()), Chat(fake, new_user_id(), language_code="ru")
    assert english.say("/follow Turkey")["text"].startswith("You now follow Turkey.")
    assert russian.say("/follow Турция")["text"].startswith("Вы подписались на Турцию.")
    fact_id = add_fact(fake, "Turkey and Azerbaijan signed a rail pact.", "rail-pact")
    english.wait_new(1), russian.wait_new(1)
    admin(fake, f"/editfact {fact_id} statement_ru Турция и Азербайджан подписали пакт.")
    russian.wait_new(2)  # a Russian statement: news for Russian readers only
    assert russian.sent()[-1]["text"].startswith(
        "<b>🔔 Изменения в брифинге о Турции</b>\nИзменено: формулировка."
    )

    admin(fake, f"/editfact {fact_id} statement Turkey and Azerbaijan signed a railway pact.")
    changed = english.wait_new(2)[0]["text"]
    assert changed.startswith(
        "<b>🔔 Changed in the briefing on Turkey</b>\nChanged: the statement."
    )
    assert admin(fake, "/undo")["text"]
    corrected = english.wait_new(3)[0]["text"]
    assert corrected.startswith(
        "<b>🔔 Correction in the briefing on Turkey</b>\nChanged: the statement."
    )
    assert "signed a rail pact" in corrected
    quiet(fake, 1.5)
    assert len(notifications(english)) == 3
    assert len(notifications(russian)) == 2  # the English statement is not what they read


def test_a_notification_has_its_buttons_and_a_reply_to_it_follows_up_on_its_fact(fake):
    reader = Chat(fake, new_user_id())
    assert reader.say("/follow Turkey")["text"].startswith("You now follow Turkey.")
    fact_id = add_fact(fake, "Turkey and Azerbaijan signed a canal pact.", "canal-pact")
    sent = reader.wait_new(1)[0]
    labels = [[b["text"] for b in row] for row in sent["reply_markup"]["inline_keyboard"]]
    assert labels == [["Source", "👍", "👎"], ["🔕 Unfollow Turkey"]]
    assert sent["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == f"src:{fact_id}"

    answer = reader.say("when was that?", reply_to_message=sent["message"])["text"]
    assert "canal pact" in answer  # read as a follow-up on the notified fact

    toast, _ = reader.press("unf:turkey", sent, expect_reply=False)
    assert toast["text"] == "You no longer follow Turkey."
    assert reader.say("/following")["text"].startswith("You follow nothing yet")


def test_russian_readers_get_their_subjects_named_in_the_right_case(fake):
    """Russian sentences decline the names they carry: «о Турции и беспилотниках», «на
    Турцию», «от Турции» (the nominative after «на» was the bug)."""
    reader = Chat(fake, new_user_id())
    assert reader.say("/language ru")["text"] == "Теперь я отвечаю по-русски."
    assert reader.say("/follow Турция")["text"] == (
        "Вы подписались на Турцию. Новые и изменённые факты будут приходить в этот чат; "
        "/unfollow Турция отменяет подписку."
    )
    assert reader.say("/follow турцию")["text"] == "Вы уже подписаны на Турцию."
    assert reader.say("/follow дроны")["text"].startswith("Вы подписались на беспилотники.")
    add_fact(fake, "Turkey sold drones to Azerbaijan.", "drone-sale")
    sent = reader.wait_new(4)[0]
    assert sent["text"].startswith("<b>🔔 Новое в брифинге о беспилотниках и Турции</b>\n")
    labels = [b["text"] for row in sent["reply_markup"]["inline_keyboard"] for b in row]
    assert labels[-2:] == ["🔕 Отписаться от беспилотников", "🔕 Отписаться от Турции"]
    assert reader.say("/following")["text"].startswith("Вы подписаны на Турцию и беспилотники.")
    toast, _ = reader.press("unf:turkey", sent, expect_reply=False)
    assert toast["text"] == "Вы отписались от Турции."
    assert reader.say("/unfollow Турция")["text"] == (
        "Вы не подписаны на Турцию. Ваши подписки — /following."
    )


def test_notifications_come_in_the_language_chosen_with_language(fake):
    reader = Chat(fake, new_user_id())  # a Telegram client in English
    assert reader.say("/follow Turkey")["text"].startswith("You now follow Turkey.")
    assert reader.say("/language ru")["text"] == "Теперь я отвечаю по-русски."
    add_fact(fake, "Turkey and Azerbaijan held a joint naval drill.", "naval-drill")
    sent = reader.wait_new(2)[0]["text"]
    assert sent.startswith("<b>🔔 Новое в брифинге о Турции</b>")
    assert reader.say("/following")["text"].startswith("Вы подписаны на Турцию.\nСводка: выключена")


def test_an_import_reaches_a_follower_as_one_message(fake):
    reader = Chat(fake, new_user_id())
    reader.say("/follow Baykar")
    rows = [
        {
            "statement": f"Baykar import fact number {n}.",
            "quote": f"Baykar quote {n}.",
            "source": f"https://example.com/baykar-{n}",
            "entities": ["baykar"],
        }
        for n in range(3)
    ]
    data = "".join(json.dumps(row) + "\n" for row in rows).encode()
    admin = Chat(fake, user_id=ADMIN_ID)
    before = len(admin.views())
    admin.push_document("baykar.jsonl", data, caption="/import")
    admin.wait_view_starting("Imported", before)
    message = reader.wait_new(1, timeout=30)[0]["text"]
    assert all(f"Baykar import fact number {n}." in message for n in range(3))
    quiet(fake, 1.5)
    assert len(notifications(reader)) == 1


def test_follow_buttons_following_and_unfollow(fake):
    reader = Chat(fake, new_user_id())
    menu = reader.say("/follow")
    labels = [b["text"] for row in menu["reply_markup"]["inline_keyboard"] for b in row]
    assert "🔔 Turkey" in labels and all(len(label) <= 24 for label in labels)
    answer, _ = reader.press("fol:turkey", menu, expect_reply=False)
    assert answer["text"].startswith("You now follow Turkey.")
    marked = fake.wait_for(method="editMessageReplyMarkup")[-1].params["reply_markup"]
    assert "✓ Turkey" in str(marked) and "🔔 Turkey" not in str(marked)  # the menu shows it
    assert reader.say("/unfollow turkey")["text"] == "You no longer follow Turkey."
    # eight subjects a page, turned in place; a follow on a later page keeps that page
    follows = [b for row in menu["reply_markup"]["inline_keyboard"] for b in row]
    assert len([b for b in follows if b["callback_data"].startswith("fol:")]) == 8
    turn = next(b["callback_data"] for b in follows if b["text"] == "▶")
    edits = len(fake.wait_for(method="editMessageReplyMarkup"))
    reader.press(turn, menu, expect_reply=False)
    second = fake.wait_for(method="editMessageReplyMarkup", count=edits + 1)[-1]
    second = second.params["reply_markup"]
    later = [b for row in second["inline_keyboard"] for b in row]
    assert "2/" in str([b["text"] for b in later]) and "🔔 Turkey" not in str(later)
    subject = next(b for b in later if b["callback_data"].startswith("fol:"))
    reader.press(subject["callback_data"], menu, expect_reply=False)
    marked = fake.wait_for(method="editMessageReplyMarkup", count=edits + 2)[-1]
    marked = marked.params["reply_markup"]
    kept = [b["text"] for row in marked["inline_keyboard"] for b in row]
    assert "✓ " + subject["text"].removeprefix("🔔 ") in kept and any("2/" in k for k in kept)
    assert reader.say("/unfollow " + subject["text"].removeprefix("🔔 "))["text"].startswith(
        "You no longer follow"
    )
    answer, _ = reader.press("fol:topic:drones", menu, expect_reply=False)
    assert answer["text"].startswith("You now follow Drones.")
    reader.say("/follow Азербайджан")
    listed = reader.say("/following")["text"]
    assert listed.startswith("You follow Drones and Azerbaijan.") and "Digest: off" in listed
    assert reader.say("/unfollow drones")["text"] == "You no longer follow Drones."
    assert reader.say("/unfollow drones")["text"].startswith("You don't follow Drones.")
    assert "Narnia" in reader.say("/follow Narnia")["text"]
    answer, _ = reader.press("fol:topic:no-such-topic", menu, expect_reply=False)
    assert answer["text"] == "This button has expired; please ask again."


def test_digest_and_timezone_commands(fake):
    reader = Chat(fake, new_user_id())
    text = reader.say("/digest daily 8:30")["text"]
    assert text.startswith("Digest: daily at 08:30 (UTC); the next is due ")
    assert reader.say("/timezone Europe/Moscow")["text"] == "Time zone: Europe/Moscow."
    assert "weekly, on Mondays, at 09:00 (Europe/Moscow)" in reader.say("/digest weekly")["text"]
    assert reader.say("/timezone +3")["text"] == "Time zone: +03:00."
    assert reader.say("/digest sometimes")["text"].startswith("Usage: /digest daily HH:MM")
    assert reader.say("/digest daily 25:00")["text"].startswith("Usage: /digest daily HH:MM")
    assert "Mars/Base" in reader.say("/timezone Mars/Base")["text"]
    assert reader.say("/digest off")["text"] == "Digests are off."


def test_a_due_digest_lists_what_is_new_and_nothing_comes_when_nothing_is(bot, fake):
    _, runner = bot
    reader = Chat(fake, new_user_id())
    reader.say("/digest daily 08:00")
    add_fact(fake, "Azerbaijan opened a drone school.", "drone-school")
    sender = runner.application.bot_data.sender

    def force_digest() -> None:
        with sqlite3.connect(runner.settings.database) as db:
            db.execute(
                "update readers set next_digest_at = '2000-01-01T00:00:00+00:00' where chat_id = ?",
                [reader.chat_id],
            )
        sender._digests_at = 0.0

    force_digest()
    digest = reader.wait_new(1)[0]["text"]
    assert digest.startswith("<b>🗞 Your digest:")
    assert "Azerbaijan opened a drone school." in digest
    force_digest()  # nothing new since: no message
    quiet(fake, 1.5)
    assert len(notifications(reader)) == 1


@pytest.fixture
def blocking_bot(running_bot):
    return running_bot


def test_a_blocked_follower_is_unsubscribed_and_logged_once(blocking_bot, caplog):
    fake = blocking_bot.fake
    reader, other = Chat(fake, new_user_id()), Chat(fake, new_user_id())
    reader.say("/follow Turkey")
    other.say("/follow Turkey")
    fake.blocked.add(reader.chat_id)
    add_fact(fake, "Turkey sent an envoy to Baku.", "envoy")
    other.wait_new(1)
    add_fact(fake, "Turkey sent a second envoy to Baku.", "envoy-2")
    other.wait_new(2)
    quiet(fake, 1.0)
    with sqlite3.connect(blocking_bot.settings.database) as db:
        follows = db.execute("select count(*) from follows where chat_id = ?", [reader.chat_id])
        assert follows.fetchone() == (0,)
    refused = [c for c in fake.calls if c.params.get("chat_id") == reader.chat_id and not c.ok]
    assert len(refused) == 1
    assert sum("blocked the bot" in r.getMessage() for r in caplog.records) == 1


def test_times_zones_and_languages_are_read_as_people_write_them(fake):
    reader = Chat(fake, new_user_id())
    assert reader.say("/digest daily 8")["text"].startswith("Digest: daily at 08:00 (UTC)")
    assert reader.say("/digest daily 8pm")["text"].startswith("Digest: daily at 20:00 (UTC)")
    assert reader.say("/digest daily 08.30")["text"].startswith("Digest: daily at 08:30 (UTC)")
    assert reader.say("/timezone Moscow")["text"] == "Time zone: Europe/Moscow."
    assert reader.say("/timezone Баку")["text"] == "Time zone: Asia/Baku."
    long_name = reader.say("/timezone " + "x" * 300)["text"]
    assert long_name.startswith("I don't know the time zone") and len(long_name) < 300
    assert reader.say("/language русский")["text"] == "Теперь я отвечаю по-русски."
    assert reader.say("/language english")["text"] == "From now on I reply in English."
    assert reader.say("/cancel")["text"] == "There is nothing to cancel."
