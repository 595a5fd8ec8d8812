"""End to end: a curator adds facts whose quotes need a second look, articles, and undoes."""

from __future__ import annotations

import re

from tests.userchat import Chat, callbacks, new_user_id, stored

INSTRUCTORS_ID = "cn-chinese-instructors-training-centres"
ALLIANCE = "неформального альянса — «турецкой версии регионального блока»"


def test_a_quote_typed_with_other_marks_is_saved_as_the_article_writes_it(admin, running_bot):
    typed = 'неформального альянса - "турецкой версии регионального блока"'
    reply = admin.say(f"/addfact A Turkish bloc. | {typed} | turkey-azerbaijan")
    assert "paragraph 7" in reply["text"]
    fact_id = re.search(r"<code>(f-\w+)</code>", reply["text"]).group(1)
    assert stored(running_bot.settings.database, "facts", fact_id)["quote"] == ALLIANCE


def test_a_quote_in_use_offers_to_edit_that_fact_or_save_a_second_one(admin, running_bot):
    db = running_bot.settings.database
    quote = stored(db, "facts", INSTRUCTORS_ID)["quote"]
    reply = admin.say(
        f"/addfact Chinese instructors modernised centres. | {quote} | china-azerbaijan"
    )
    assert reply["text"].startswith(
        f"Not saved: this quote is already used by fact <code>{INSTRUCTORS_ID}</code>"
    )
    assert callbacks(reply) == ["adm:dup:edit", "adm:dup:new"]
    _, edited = admin.press("adm:dup:edit")
    assert f"Changed statement of <code>{INSTRUCTORS_ID}</code>" in edited["text"]
    statement = stored(db, "facts", INSTRUCTORS_ID)["statement"]
    assert statement == "Chinese instructors modernised centres."
    assert admin.say("/undo")["text"].startswith(
        f"Undone: your edit of statement of <code>{INSTRUCTORS_ID}</code>; the previous statement"
    )

    admin.say(f"/addfact A second fact on the same quote. | {quote} | china-azerbaijan")
    _, saved = admin.press("adm:dup:new")
    fact_id = re.search(r"Saved fact <code>(f-\w+)</code>", saved["text"]).group(1)
    assert stored(db, "facts", fact_id)["quote"] == quote
    twice, _ = admin.press("adm:dup:new", expect_reply=False)  # pressed twice: taken once
    assert twice["text"] == "This form is closed; nothing was changed."


def test_the_guided_form_points_out_a_quote_in_use(admin, running_bot):
    quote = stored(running_bot.settings.database, "facts", INSTRUCTORS_ID)["quote"]
    admin.say("/addfact")
    admin.press("adm:src:china-azerbaijan")
    reply = admin.say(quote.replace("ё", "е"))
    assert reply["plain_text"].startswith(
        f"Note: this quote is already used by fact {INSTRUCTORS_ID}:"
    )
    assert f"/editfact {INSTRUCTORS_ID} FIELD VALUE" in reply["plain_text"]
    assert "English translation" in reply["plain_text"]


def test_addarticle_with_a_russian_title_and_a_date(admin, running_bot):
    db = running_bot.settings.database
    text = "Баку и Анкара провели учения на Каспии. Это первые такие учения.\nВторой абзац."
    header = "/addarticle Учения на Каспии: подъём | Пример | https://example.com/a | 2025-06-01"
    reply = admin.say(f"{header}\n{text}")
    assert "Saved article <code>ucheniya-na-kaspii-podem</code>" in reply["text"]
    article = stored(db, "articles", "ucheniya-na-kaspii-podem")
    assert (article["date"], article["outlet"]) == ("2025-06-01", "Пример")

    again = admin.say(f"/addarticle Другой заголовок\n  {text.replace(chr(10), chr(10) * 2)}")
    assert again["text"] == (
        "Not saved: this text is already stored as article &#x27;ucheniya-na-kaspii-podem&#x27;"
    )
    same_title = admin.say("/addarticle Учения на Каспии: подъём\nДругой текст статьи.")
    assert "Saved article <code>ucheniya-na-kaspii-podem-2</code>" in same_title["text"]
    bad_date = admin.say("/addarticle Title | - | - | 23.04.2025\nSome text.")
    assert bad_date["text"].startswith("Not saved: &#x27;date&#x27; must look like 2025-04-23")
    assert stored(db, "articles", "title") is None


def test_a_fact_without_a_russian_statement_shows_russian_readers_its_quote(admin, fake_telegram):
    reply = admin.say(f"/addfact A Turkish bloc takes shape. | {ALLIANCE} | turkey-azerbaijan")
    fact_id = re.search(r"<code>(f-\w+)</code>", reply["text"]).group(1)
    russian = Chat(fake_telegram, user_id=new_user_id(), language_code="ru")
    shown = russian.say(f"/start fact-{fact_id}")["text"]
    assert ALLIANCE in shown and "Turkish bloc" not in shown  # the quote, not English
    english = Chat(fake_telegram, user_id=new_user_id())
    assert "<b>A Turkish bloc takes shape.</b>" in english.say(f"/start fact-{fact_id}")["text"]
