"""End to end: a curator (ADMIN_ID) runs every admin command against the real bot."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

from bot.admin import addfact as admin_conversation
from knowledge.service import Knowledge
from tests.botrunner import ADMIN_ID, USER_ID, BotThread
from tests.userchat import Chat, callbacks, snapshot, stored

NEW_STATEMENT = "Azerbaijan and Turkey plan a joint naval drill on the Caspian Sea."
NEW_QUOTE = "The two navies will hold a drill on the Caspian Sea next spring."
NEW_SOURCE = "https://example.com/caspian-drill"
NEW_QUESTION = "what naval drill is planned on the Caspian Sea?"
ARTICLE_SENTENCE = "Документы были оформлены в Стамбуле"


def test_addfact_in_one_line_is_answerable_at_once(admin, reader, running_bot):
    assert NEW_STATEMENT not in reader.say(NEW_QUESTION)["text"]

    reply = admin.say(f"/addfact {NEW_STATEMENT} | {NEW_QUOTE} | {NEW_SOURCE}")
    fact_id = re.search(r"<code>(f-\w+)</code>", reply["text"]).group(1)
    assert "Saved fact" in reply["text"] and NEW_SOURCE in reply["text"]
    assert stored(running_bot.settings.database, "facts", fact_id)["statement"] == NEW_STATEMENT

    answer = reader.say(NEW_QUESTION)
    assert NEW_STATEMENT in answer["text"] and NEW_QUOTE in answer["text"]


def test_addfact_with_a_wrong_quote_shows_the_closest_sentences(admin, running_bot):
    before = snapshot(running_bot.settings.database)
    near_miss = "Азербайджан и Турция подписали новые соглашения в сфере безопасности"
    reply = admin.say(f"/addfact Deals were signed. | {near_miss} | turkey-azerbaijan")
    assert reply["text"].startswith("Not saved: the quote is not verbatim")
    assert (
        "<blockquote>Азербайджан и Турция подписали новые соглашения в области военной "
        "безопасности и логистики.</blockquote>" in reply["text"]
    )
    assert snapshot(running_bot.settings.database) == before

    quote = "Такой шаг позволит сократить сроки поставок"
    reply = admin.say(f"/addfact Delivery times would shrink. | {quote} | turkey-azerbaijan")
    assert "article <code>turkey-azerbaijan</code>, paragraph 5" in reply["text"]


def test_guided_addfact_through_every_step(admin, running_bot):
    first = admin.say("/addfact")
    assert "step 1 of 8" in first["text"]
    assert "adm:src:turkey-azerbaijan" in callbacks(first)
    assert "Step 2 of 8" in admin.press("adm:src:turkey-azerbaijan")[1]["text"]

    retry = admin.say("Документы были подписаны в Стамбуле")
    assert "not stand verbatim" in retry["text"]
    assert f"<blockquote>{ARTICLE_SENTENCE}, где министры" in retry["text"]
    assert "English translation" in admin.say(ARTICLE_SENTENCE)["text"]
    assert "Step 4 of 8" in admin.say("The documents were finalised in Istanbul.")["text"]
    assert "Step 5 of 8" in admin.say("The documents were signed in Istanbul.")["text"]
    assert "Step 6 of 8" in admin.say("Документы подписали в Стамбуле.")["text"]

    assert "Step 7 of 8" in admin.say("Turkey, Азербайджан, Narnia; agreements")["text"]
    preview = admin.say("-")  # no example questions
    assert "<b>The documents were signed in Istanbul.</b>" in preview["text"]
    assert f"<blockquote expandable>{ARTICLE_SENTENCE}</blockquote>" in preview["text"]
    assert "Entities: Turkey, Azerbaijan, Narnia" in preview["plain_text"]
    assert "Topics: Agreements & memoranda" in preview["plain_text"]
    assert "Not in the vocabulary (kept as written): Narnia" in preview["plain_text"]
    assert callbacks(preview) == ["adm:ok", "adm:no"]

    _, saved = admin.press("adm:ok")
    fact_id = re.search(r"<code>(f-\w+)</code>", saved["text"]).group(1)
    assert "paragraph 1" in saved["text"]
    fact = stored(running_bot.settings.database, "facts", fact_id)
    assert fact["statement_ru"] == "Документы подписали в Стамбуле."
    assert fact["quote_en"] == "The documents were finalised in Istanbul."
    assert json.loads(fact["entities"]) == ["turkey", "azerbaijan", "Narnia"]
    assert json.loads(fact["topics"]) == ["agreements"]


def test_guided_addfact_cancel_discard_and_bad_source(admin, running_bot):
    before = snapshot(running_bot.settings.database)
    admin.say("/addfact")
    assert "neither a known article id" in admin.say("no-such-article")["text"]
    assert "neither a known article id" in admin.say("http://.")["text"]  # as the save says
    assert "Step 2 of 8" in admin.say(NEW_SOURCE)["text"]
    assert admin.say("/cancel")["text"] == "Cancelled; nothing was changed."
    # The form is over: text is a question again, /cancel has nothing to cancel.
    assert "memorandum" in admin.say("what did Turkey sign with Azerbaijan?")["text"].lower()
    assert admin.say("/cancel")["text"] == "There is nothing to cancel."

    admin.say("/addfact")
    admin.press("adm:src:china-azerbaijan")
    admin.say("Военное сближение Китая и Азербайджана перестаёт быть кулуарной темой")
    admin.say("-")  # no translation
    admin.say("Military ties are no longer a backroom topic.")
    admin.say("-")
    admin.say("-")
    assert "adm:no" in callbacks(admin.say("-"))
    assert admin.press("adm:no")[1]["text"] == "Cancelled; nothing was changed."
    stale, _ = admin.press("adm:ok", expect_reply=False)  # a stale Save button
    assert stale["text"] == "This form is closed; nothing was changed."
    assert snapshot(running_bot.settings.database) == before


def test_an_admins_old_or_unknown_buttons_are_closed(admin, running_bot):
    """Admin data that no handler takes (a form's button with no form open, a choice with
    nothing waiting, data of no kind) says the form is closed, a list no longer kept says to
    ask for it again (not the readers' "please ask again"); nothing changes."""
    admin.say("/start")  # a message under which the buttons are pressed
    views = len(admin.views())
    before = snapshot(running_bot.settings.database)
    closed = "This form is closed; nothing was changed."
    toasts = {
        "adm:src:china-azerbaijan": closed,
        "adm:dup:new": closed,
        "adm:nonsense": closed,
        "adm:facts:x": closed,
        "adm:facts:10": "This list is out of date; send /facts again.",
    }
    for data, toast in toasts.items():
        answer, _ = admin.press(data, expect_reply=False)
        assert answer["text"] == toast, data
    assert len(admin.views()) == views
    assert snapshot(running_bot.settings.database) == before


def test_an_admin_who_chose_russian_is_told_in_russian_that_a_form_is_closed(admin):
    admin.say("/language ru")
    for data, toast in [
        ("adm:ok", "Эта форма закрыта; ничего не изменено."),
        ("adm:facts:10", "Этот список устарел; отправьте /facts ещё раз."),
    ]:
        answer, _ = admin.press(data, expect_reply=False)
        assert answer["text"] == toast, data


def test_editfact_delfact_and_undo(admin, reader, running_bot):
    question = "what did Turkey sign with Azerbaijan?"
    fact_id = "tr-istanbul-memorandum"
    db = running_bot.settings.database
    assert stored(db, "facts", fact_id) is not None

    reply = admin.say(f"/editfact {fact_id} statement The new statement about Istanbul.")
    assert f"Changed statement of <code>{fact_id}</code>" in reply["text"]
    assert "<b>The new statement about Istanbul.</b>" in reply["text"]
    reply = admin.say(f"/editfact {fact_id} topics agreements, security-guarantees")
    assert json.loads(stored(db, "facts", fact_id)["topics"]) == [
        "agreements",
        "security-guarantees",
    ]

    assert admin.say(f"/delfact {fact_id}")["text"].startswith("Deleted fact")
    assert stored(db, "facts", fact_id) is None
    assert fact_id not in json.dumps(reader.say(question))

    assert "is restored" in admin.say("/undo")["text"]
    assert stored(db, "facts", fact_id) is not None
    undone = admin.say("/undo")["text"]
    assert undone.startswith(f"Undone: your edit of topics of <code>{fact_id}</code>; the previous")
    assert "The new statement" in stored(db, "facts", fact_id)["statement"]
    admin.say("/undo")
    assert "The new statement" not in stored(db, "facts", fact_id)["statement"]
    assert admin.say("/undo")["text"] == "You have no fact change to undo."


def test_bad_input_gets_usage_and_changes_nothing(admin, running_bot):
    before = snapshot(running_bot.settings.database)
    cases = {
        "/addfact only a statement": "Usage: /addfact",
        "/addfact a statement | a quote": "Usage: /addfact",
        "/addfact a statement |  | https://example.com": "Usage: /addfact",
        "/addfact S | Q | not-an-article": "Not saved: &#x27;source&#x27; must be",
        "/addfact S | Q | https://example.com | extra": "Not saved: &#x27;source&#x27;",
        "/editfact": "Usage: /editfact",
        "/editfact cn-localisation-production statement": "Usage: /editfact",
        "/editfact no-such-fact statement X": "Nothing changed: there is no fact",
        "/editfact cn-localisation-production colour red": "Nothing changed: &#x27;colour&#x27;",
        "/editfact cn-localisation-production statement -": "Nothing changed: &#x27;statement",
        "/editfact cn-localisation-production date tomorrow": "Nothing changed: &#x27;date",
        "/editfact cn-localisation-production quote Not in it": "Nothing changed: the quote",
        "/delfact": "Usage: /delfact",
        "/delfact a b": "Usage: /delfact",
        "/delfact no-such-fact": "Nothing changed: there is no fact",
        "/addarticle": "Usage: /addarticle",
        "/addarticle Title | Outlet | https://example.com": "Usage: /addarticle",
        "/addarticle A | B | C | D | E\nSome text.": "Usage: /addarticle",
        "/addarticle Title | - | ftp://example.com\nSome text.": "Not saved: the link",
        "/import": "Send a .jsonl or .csv file",
        "/undo": "You have no fact change to undo.",
    }
    for command, expected in cases.items():
        assert admin.say(command)["text"].startswith(expected), command
    usage = admin.say("/editfact")["text"]
    assert "topics, questions." in usage and "/editfact ID questions Q1 | Q2" in usage
    assert snapshot(running_bot.settings.database) == before


def test_facts_pages_keep_the_query(admin):
    first = admin.say("/facts")
    assert first["plain_text"].startswith("Facts 1-10 of 55")
    assert callbacks(first) == ["adm:facts:10"]
    assert first["plain_text"].count("\n\n") == 10

    _, last = admin.press("adm:facts:50")
    assert last["method"] == "editMessageText" and last["message_id"] == first["message_id"]
    assert last["plain_text"].startswith("Facts 51-55 of 55")
    assert callbacks(last) == ["adm:facts:40"]

    found = admin.say("/facts Азербайджан")
    total = int(re.search(r"of (\d+)", found["plain_text"]).group(1))
    assert 10 < total < 55 and found["plain_text"].startswith("Facts matching “Азербайджан”")
    assert admin.press("adm:facts:10")[1]["plain_text"].startswith(
        f"Facts matching “Азербайджан”: 11-{min(20, total)} of {total}"
    )
    assert admin.say("/facts no such words anywhere")["text"] == "No facts found."


def test_addarticle_as_text_and_as_document_then_cite_it(admin, running_bot):
    text = (
        "/addarticle Caspian drills | Example News | https://example.com/drills\n"
        "The navies of Azerbaijan and Turkey will drill on the Caspian Sea. It is a first.\n"
        "Officials in Baku welcomed the plan."
    )
    reply = admin.say(text)
    assert "Saved article <code>caspian-drills</code>: 2 paragraphs, 3 sentences" in reply["text"]
    reply = admin.say("/addfact A first Caspian naval drill. | It is a first. | caspian-drills")
    assert "article <code>caspian-drills</code>, paragraph 1" in reply["text"]

    content = "Заголовок\n\nПервый абзац статьи. Второе предложение.\n\nВторой абзац.\n"
    reply = admin.upload("note.txt", content.encode(), caption="Notes | - | -")
    assert "Saved article <code>notes</code>: 2 paragraphs, 3 sentences" in reply["text"]
    assert stored(running_bot.settings.database, "articles", "notes")["outlet"] is None
    reply = admin.say("/addfact The second sentence. | Второе предложение. | notes")
    assert "article <code>notes</code>, paragraph 1" in reply["text"]

    before = snapshot(running_bot.settings.database)
    uploads = [
        ("bad.txt", content.encode("cp1251"), "/addarticle Bad | - | -", "not UTF-8"),
        ("big.txt", b"A line.\n" * 140_000, "Big | - | -", "larger than 1 MB"),
        ("doc.pdf", b"%PDF-1.4", "/addarticle PDF | - | -", "Please send a .txt file."),
    ]
    for name, data, caption, expected in uploads:
        assert expected in admin.upload(name, data, caption=caption)["text"], name
    assert snapshot(running_bot.settings.database) == before


def test_export_is_a_backup_that_import_restores(admin, tmp_path):
    admin.say("/addarticle Caspian drills | Example News | -\nIt is a first drill.")
    admin.say("/addfact A first Caspian drill. | It is a first drill. | caspian-drills")
    admin.say(f"/addfact {NEW_STATEMENT} | {NEW_QUOTE} | {NEW_SOURCE}")
    admin.say("/editfact cn-localisation-production date 2025-04")
    document = admin.say("/export")
    assert document["method"] == "sendDocument"
    assert document["file_name"] == f"briefbot-backup-{datetime.now(UTC):%Y%m%d}.jsonl"
    assert document["text"].startswith("Backup: 57 facts, 3 articles.")
    exported = document["file_bytes"].decode()

    fresh = Knowledge.open(tmp_path / "fresh.db")
    try:
        assert fresh.curation.export_jsonl() != exported
        report = fresh.curation.import_text(exported, actor=1, filename=document["file_name"])
        assert report.errors == [] and report.imported == 57 and report.articles == 1
        assert fresh.curation.export_jsonl() == exported
    finally:
        fresh.close()

    backup = exported.replace("It is a first drill.", "It is a second drill.")
    count = len(admin.views())
    admin.push_document("backup.jsonl", backup.encode(), caption="/import")
    reply = admin.wait_view_starting("Imported", count)["plain_text"]
    assert reply.startswith("Imported 56 facts.\n\nRefused lines (2):")
    assert "article 'caspian-drills' is stored with another text" in reply


def test_import_document_reports_lines(admin, reader):
    good = {"statement": NEW_STATEMENT, "quote": NEW_QUOTE, "source": NEW_SOURCE}
    lines = [json.dumps(good), "{not json", json.dumps({"statement": "No quote", "source": "x"})]
    count = len(admin.views())
    admin.push_document("facts.jsonl", "\n".join(lines).encode(), caption="/import")
    reply = admin.wait_view_starting("Imported", count)  # checked to be valid HTML
    assert reply["plain_text"].startswith("Imported 1 facts.\n\nRefused lines (2):\n\n2: not valid")
    assert "\n\n3: 'quote' is required" in reply["plain_text"]
    assert NEW_STATEMENT in reader.say(NEW_QUESTION)["text"]


def test_gaps_and_stats(admin, reader):
    assert admin.say("/gaps")["text"] == "No unanswered questions so far."
    for question in [
        "what is the weather in Narnia?",
        "What is the weather in Narnia",
        "how many penguins live on the moon?",
        "what did Turkey sign with Azerbaijan?",
    ]:
        reader.say(question)
    thanks, _ = reader.press("fb:+:tr-istanbul-memorandum", expect_reply=False)
    assert thanks["text"] == "Thanks for the feedback!"

    gaps = [message["plain_text"] for message in admin.say_many("/gaps", 3)]
    assert gaps[0].startswith("Questions readers asked that the briefing does not answer yet")
    assert gaps[1].startswith("1. «What is the weather in Narnia» · 2× · unanswered")
    assert "also asked: «what is the weather in Narnia?»" in gaps[1]
    assert gaps[2] == "2. «how many penguins live on the moon?» · 1× · unanswered"

    stats = admin.say("/stats")["plain_text"]
    assert "Questions: 4; answered 1 (25%), unsure 0, not stated 0, abstained 3" in stats
    assert "Feedback: 👍 1, 👎 0" in stats and "55 facts, 2 articles" in stats
    assert "Most shown facts:\n\n1× " in stats


def test_admin_fact_survives_a_restart(fake_telegram, tmp_path):
    database = tmp_path / "bot.db"
    admin, reader = Chat(fake_telegram, ADMIN_ID), Chat(fake_telegram, USER_ID)
    with BotThread(fake_telegram, database):
        admin.say(f"/addfact {NEW_STATEMENT} | {NEW_QUOTE} | {NEW_SOURCE}")
    with BotThread(fake_telegram, database):
        assert NEW_STATEMENT in reader.say(NEW_QUESTION)["text"]


def test_replies_follow_the_admins_language(fake_telegram, running_bot):
    admin = Chat(fake_telegram, ADMIN_ID, language_code="ru")
    assert admin.say("/delfact")["text"].startswith("Формат: /delfact")


def test_a_stale_form_ends_without_a_change(admin, running_bot, monkeypatch):
    before = snapshot(running_bot.settings.database)
    admin.say("/addfact")
    monkeypatch.setattr(admin_conversation, "TIMEOUT_SECONDS", 0)
    assert admin.say("turkey-azerbaijan")["text"].startswith("That form has expired")
    assert "memorandum" in admin.say("what did Turkey sign with Azerbaijan?")["text"]
    assert snapshot(running_bot.settings.database) == before


GROUP = -990_001


def test_the_form_is_private_and_group_messages_are_never_its_input(admin, fake_telegram):
    group = Chat(fake_telegram, ADMIN_ID, chat_type="group", chat_id=GROUP)
    admin.say("/addfact")
    assert "Step 2 of 8" in admin.press("adm:src:turkey-azerbaijan")[1]["text"]
    # the admin asks in a group while the form waits for a quote in private
    answer = group.say(group.mention("what did Turkey sign with Azerbaijan?"))
    assert "меморандум" in answer["text"] and "verbatim" not in answer["text"]
    assert "private chat" in group.say("/addfact")["text"]
    # the private form is where it was
    assert "English translation" in admin.say(ARTICLE_SENTENCE)["text"]


def test_two_form_steps_sent_at_once_are_taken_in_order(admin):
    admin.say("/addfact")
    admin.press("adm:src:turkey-azerbaijan")
    admin.say(ARTICLE_SENTENCE)
    count = len(admin.sent())
    admin.push("The documents were finalised in Istanbul.")
    admin.push("The documents were signed in Istanbul.")
    first, second = admin.wait_new(count, 2)
    assert "Step 4 of 8" in first["text"] and "Step 5 of 8" in second["text"]
    assert "Step 6 of 8" in admin.say("-")["text"]
    assert "Step 7 of 8" in admin.say("-")["text"]
    preview = admin.say("-")
    assert "<b>The documents were signed in Istanbul.</b>" in preview["text"]


def test_each_facts_list_pages_itself(admin):
    everything = admin.say("/facts")
    found = admin.say("/facts Азербайджан")
    total = int(re.search(r"of (\d+)", found["plain_text"]).group(1))
    # the first list's ▶ pages the whole table, though a search came after it
    _, page = admin.press("adm:facts:10", everything)
    assert page["message_id"] == everything["message_id"]
    assert page["plain_text"].startswith("Facts 11-20 of 55")
    assert admin.press("adm:facts:10")[1]["plain_text"].startswith(
        f"Facts matching “Азербайджан”: 11-{min(20, total)} of {total}"
    )


def test_admins_see_their_commands_in_help(admin, reader):
    mine = admin.say("/help")["plain_text"]
    assert "Curator commands" in mine and "/addfact" in mine and "/gaps" in mine
    theirs = reader.say("/help")["plain_text"]
    assert "Curator commands" not in theirs and "/addfact" not in theirs


def test_an_admin_who_chose_english_gets_english_replies_whatever_the_client(
    fake_telegram, running_bot
):
    admin = Chat(fake_telegram, user_id=ADMIN_ID, language_code="ru")
    assert admin.say("/facts")["plain_text"].startswith("Факты 1-10 из")
    admin.say("/language en")
    assert admin.say("/facts")["plain_text"].startswith("Facts 1-10 of")
    assert admin.say("/undo")["plain_text"].isascii()  # "Nothing to undo", not Russian


def test_a_txt_without_a_caption_asks_article_or_import(admin, reader, running_bot):
    fake, database = admin.fake, running_bot.settings.database
    article = "Учения на Каспии\n\nПервый абзац статьи. Второе предложение.\n"
    choice = admin.upload("caspian.txt", article.encode())
    assert choice["text"].startswith("What is this file?")
    labels = [b["text"] for row in choice["reply_markup"]["inline_keyboard"] for b in row]
    assert labels == ["📄 Add as article", "📥 Import facts"]
    [add, _] = callbacks(choice)
    _, saved = admin.press(add)
    assert "Saved article <code>ucheniya-na-kaspii</code>: 1 paragraphs" in saved["text"]
    assert stored(database, "articles", "ucheniya-na-kaspii")["title"] == "Учения на Каспии"
    removed = fake.wait_for(method="editMessageReplyMarkup")[-1].params
    assert removed["message_id"] == choice["message_id"] and not removed.get("reply_markup")
    answer, _ = admin.press(add, choice, expect_reply=False)
    assert answer["text"] == "This form is closed; nothing was changed."  # used once

    good = {"statement": NEW_STATEMENT, "quote": NEW_QUOTE, "source": NEW_SOURCE}
    [_, imports] = callbacks(admin.upload("facts.txt", json.dumps(good).encode()))
    before = len(admin.views())
    admin.press(imports)  # a progress message may come first, then the report in its place
    assert admin.wait_view_starting("Imported", before)["plain_text"] == "Imported 1 facts."

    # a reader's .txt is no question
    assert reader.upload("caspian.txt", article.encode())["text"].startswith("I answer questions")
