"""End to end: a curator (ADMIN_ID) runs every admin command against the real bot."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from datetime import UTC, datetime

from bot.admin import addfact as admin_conversation
from knowledge.service import Knowledge
from tests.botrunner import ADMIN_ID, USER_ID, BotThread
from tests.telegram_html import telegram_html_error
from tests.userchat import Chat, snapshot

NEW_STATEMENT = "Azerbaijan and Turkey plan a joint naval drill on the Caspian Sea."
NEW_QUOTE = "The two navies will hold a drill on the Caspian Sea next spring."
NEW_SOURCE = "https://example.com/caspian-drill"
NEW_QUESTION = "what naval drill is planned on the Caspian Sea?"
ARTICLE_SENTENCE = "Документы были оформлены в Стамбуле"


def say(fake, text: str, user_id: int = ADMIN_ID) -> dict:
    """Send a message as *user_id* and return the bot's next message to that chat."""
    count = len(fake.sent_messages(user_id))
    fake.push_message(text, user_id=user_id)
    return next_message(fake, user_id, count)


def next_message(fake, chat_id: int, count: int, timeout: float = 10.0) -> dict:
    """The bot's message number *count* (0-based) to *chat_id*, once it has been sent."""
    deadline = time.monotonic() + timeout
    while len(sent := fake.sent_messages(chat_id)) <= count:
        assert time.monotonic() < deadline, f"no reply; recent calls: {fake.calls[-8:]}"
        time.sleep(0.02)
    record = sent[count]
    if record["parse_mode"] == "HTML":
        assert telegram_html_error(record["text"]) is None, record["text"]
        assert len(record["plain_text"]) <= 4096
    return record


def press(fake, data: str, user_id: int = ADMIN_ID) -> dict:
    """Press a button with *data* on the bot's last message; return the next bot message."""
    count = len(fake.sent_messages(user_id))
    fake.push_callback(data, user_id=user_id)
    return next_message(fake, user_id, count)


def buttons(record: dict) -> list[str]:
    """Callback data of every button under a message (a Share button has none: it types an
    inline query)."""
    rows = (record["reply_markup"] or {}).get("inline_keyboard", [])
    return [button["callback_data"] for row in rows for button in row if "callback_data" in button]


def stored(database, table: str, row_id: str) -> dict | None:
    """One live row of *table* (facts or articles) straight from the database."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        db.row_factory = sqlite3.Row
        row = db.execute(f"select * from {table} where id = ?", [row_id]).fetchone()
    if row is None or (table == "facts" and row["deleted"]):
        return None
    return dict(row)


def test_addfact_in_one_line_is_answerable_at_once(fake_telegram, running_bot):
    assert NEW_STATEMENT not in say(fake_telegram, NEW_QUESTION, USER_ID)["text"]

    reply = say(fake_telegram, f"/addfact {NEW_STATEMENT} | {NEW_QUOTE} | {NEW_SOURCE}")
    fact_id = re.search(r"<code>(f-\w+)</code>", reply["text"]).group(1)
    assert "Saved fact" in reply["text"] and NEW_SOURCE in reply["text"]
    assert stored(running_bot.settings.database, "facts", fact_id)["statement"] == NEW_STATEMENT

    answer = say(fake_telegram, NEW_QUESTION, USER_ID)
    assert NEW_STATEMENT in answer["text"] and NEW_QUOTE in answer["text"]


def test_addfact_with_a_wrong_quote_shows_the_closest_sentences(fake_telegram, running_bot):
    before = snapshot(running_bot.settings.database)
    near_miss = "Азербайджан и Турция подписали новые соглашения в сфере безопасности"
    reply = say(fake_telegram, f"/addfact Deals were signed. | {near_miss} | turkey-azerbaijan")
    assert reply["text"].startswith("Not saved: the quote is not verbatim")
    assert (
        "<blockquote>Азербайджан и Турция подписали новые соглашения в области военной "
        "безопасности и логистики.</blockquote>" in reply["text"]
    )
    assert snapshot(running_bot.settings.database) == before

    quote = "Такой шаг позволит сократить сроки поставок"
    reply = say(
        fake_telegram, f"/addfact Delivery times would shrink. | {quote} | turkey-azerbaijan"
    )
    assert "article <code>turkey-azerbaijan</code>, paragraph 5" in reply["text"]


def test_guided_addfact_through_every_step(fake_telegram, running_bot):
    fake = fake_telegram
    first = say(fake, "/addfact")
    assert "step 1 of 8" in first["text"]
    assert "adm:src:turkey-azerbaijan" in buttons(first)
    assert "Step 2 of 8" in press(fake, "adm:src:turkey-azerbaijan")["text"]

    retry = say(fake, "Документы были подписаны в Стамбуле")
    assert "not stand verbatim" in retry["text"]
    assert f"<blockquote>{ARTICLE_SENTENCE}, где министры" in retry["text"]
    assert "English translation" in say(fake, ARTICLE_SENTENCE)["text"]
    assert "Step 4 of 8" in say(fake, "The documents were finalised in Istanbul.")["text"]
    assert "Step 5 of 8" in say(fake, "The documents were signed in Istanbul.")["text"]
    assert "Step 6 of 8" in say(fake, "Документы подписали в Стамбуле.")["text"]

    assert "Step 7 of 8" in say(fake, "Turkey, Азербайджан, Narnia; agreements")["text"]
    preview = say(fake, "-")  # no example questions
    assert "<b>The documents were signed in Istanbul.</b>" in preview["text"]
    assert f"<blockquote expandable>{ARTICLE_SENTENCE}</blockquote>" in preview["text"]
    assert "Entities: Turkey, Azerbaijan, Narnia" in preview["plain_text"]
    assert "Topics: Agreements & memoranda" in preview["plain_text"]
    assert "Not in the vocabulary (kept as written): Narnia" in preview["plain_text"]
    assert buttons(preview) == ["adm:ok", "adm:no"]

    saved = press(fake, "adm:ok")
    fact_id = re.search(r"<code>(f-\w+)</code>", saved["text"]).group(1)
    assert "paragraph 1" in saved["text"]
    fact = stored(running_bot.settings.database, "facts", fact_id)
    assert fact["statement_ru"] == "Документы подписали в Стамбуле."
    assert fact["quote_en"] == "The documents were finalised in Istanbul."
    assert json.loads(fact["entities"]) == ["turkey", "azerbaijan", "Narnia"]
    assert json.loads(fact["topics"]) == ["agreements"]


def test_guided_addfact_cancel_discard_and_bad_source(fake_telegram, running_bot):
    fake = fake_telegram
    before = snapshot(running_bot.settings.database)
    say(fake, "/addfact")
    assert "neither a known article id" in say(fake, "no-such-article")["text"]
    assert "neither a known article id" in say(fake, "http://.")["text"]  # as the save says
    assert "Step 2 of 8" in say(fake, NEW_SOURCE)["text"]
    assert say(fake, "/cancel")["text"] == "Cancelled; nothing was changed."
    # The form is over: text is a question again, /cancel has nothing to cancel.
    assert "memorandum" in say(fake, "what did Turkey sign with Azerbaijan?")["text"].lower()
    assert say(fake, "/cancel")["text"] == "There is nothing to cancel."

    say(fake, "/addfact")
    press(fake, "adm:src:china-azerbaijan")
    say(fake, "Военное сближение Китая и Азербайджана перестаёт быть кулуарной темой")
    say(fake, "-")  # no translation
    say(fake, "Military ties are no longer a backroom topic.")
    say(fake, "-")
    say(fake, "-")
    assert "adm:no" in buttons(say(fake, "-"))
    assert press(fake, "adm:no")["text"] == "Cancelled; nothing was changed."
    fake.push_callback("adm:ok", user_id=ADMIN_ID)  # a stale Save button
    fake.wait_for(
        lambda p: p.get("text") == "This form is closed; nothing was changed.",
        method="answerCallbackQuery",
    )
    assert snapshot(running_bot.settings.database) == before


def test_an_admins_old_or_unknown_buttons_are_closed(fake_telegram, running_bot):
    """Admin data that no handler takes (a form's button with no form open, a choice with
    nothing waiting, data of no kind) says the form is closed, a list no longer kept says to
    ask for it again (not the readers' "please ask again"); nothing changes."""
    say(fake_telegram, "/start")  # a message under which the buttons are pressed
    sent = len(fake_telegram.sent_messages(ADMIN_ID))
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
        query = fake_telegram.push_callback(data, user_id=ADMIN_ID)["callback_query"]
        answers = fake_telegram.wait_for(
            lambda p, q=query: p.get("callback_query_id") == q["id"],
            method="answerCallbackQuery",
        )
        assert answers[0].params["text"] == toast, data
    assert len(fake_telegram.sent_messages(ADMIN_ID)) == sent
    assert snapshot(running_bot.settings.database) == before


def test_an_admin_who_chose_russian_is_told_in_russian_that_a_form_is_closed(
    fake_telegram, running_bot
):
    say(fake_telegram, "/language ru")
    for data, toast in [
        ("adm:ok", "Эта форма закрыта; ничего не изменено."),
        ("adm:facts:10", "Этот список устарел; отправьте /facts ещё раз."),
    ]:
        query = fake_telegram.push_callback(data, user_id=ADMIN_ID)["callback_query"]
        answers = fake_telegram.wait_for(
            lambda p, q=query: p.get("callback_query_id") == q["id"],
            method="answerCallbackQuery",
        )
        assert answers[0].params["text"] == toast


def test_editfact_delfact_and_undo(fake_telegram, running_bot):
    fake = fake_telegram
    question = "what did Turkey sign with Azerbaijan?"
    fact_id = "tr-istanbul-memorandum"
    db = running_bot.settings.database
    assert stored(db, "facts", fact_id) is not None

    reply = say(fake, f"/editfact {fact_id} statement The new statement about Istanbul.")
    assert f"Changed statement of <code>{fact_id}</code>" in reply["text"]
    assert "<b>The new statement about Istanbul.</b>" in reply["text"]
    reply = say(fake, f"/editfact {fact_id} topics agreements, security-guarantees")
    assert json.loads(stored(db, "facts", fact_id)["topics"]) == [
        "agreements",
        "security-guarantees",
    ]

    assert say(fake, f"/delfact {fact_id}")["text"].startswith("Deleted fact")
    assert stored(db, "facts", fact_id) is None
    assert fact_id not in json.dumps(say(fake, question, USER_ID))

    assert "is restored" in say(fake, "/undo")["text"]
    assert stored(db, "facts", fact_id) is not None
    undone = say(fake, "/undo")["text"]
    assert undone.startswith(f"Undone: your edit of topics of <code>{fact_id}</code>; the previous")
    assert "The new statement" in stored(db, "facts", fact_id)["statement"]
    say(fake, "/undo")
    assert "The new statement" not in stored(db, "facts", fact_id)["statement"]
    assert say(fake, "/undo")["text"] == "You have no fact change to undo."


def test_bad_input_gets_usage_and_changes_nothing(fake_telegram, running_bot):
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
        assert say(fake_telegram, command)["text"].startswith(expected), command
    usage = say(fake_telegram, "/editfact")["text"]
    assert "topics, questions." in usage and "/editfact ID questions Q1 | Q2" in usage
    assert snapshot(running_bot.settings.database) == before


def test_facts_pages_keep_the_query(fake_telegram, running_bot):
    fake = fake_telegram
    first = say(fake, "/facts")
    assert first["plain_text"].startswith("Facts 1-10 of 55")
    assert buttons(first) == ["adm:facts:10"]
    assert first["plain_text"].count("\n\n") == 10

    count = len(fake.sent_messages(ADMIN_ID))
    fake.push_callback("adm:facts:50", user_id=ADMIN_ID)
    last = next_message(fake, ADMIN_ID, count)
    assert last["method"] == "editMessageText" and last["message_id"] == first["message_id"]
    assert last["plain_text"].startswith("Facts 51-55 of 55")
    assert buttons(last) == ["adm:facts:40"]

    found = say(fake, "/facts Азербайджан")
    total = int(re.search(r"of (\d+)", found["plain_text"]).group(1))
    assert 10 < total < 55 and found["plain_text"].startswith("Facts matching “Азербайджан”")
    assert press(fake, "adm:facts:10")["plain_text"].startswith(
        f"Facts matching “Азербайджан”: 11-{min(20, total)} of {total}"
    )
    assert say(fake, "/facts no such words anywhere")["text"] == "No facts found."


def test_addarticle_as_text_and_as_document_then_cite_it(fake_telegram, running_bot):
    fake = fake_telegram
    text = (
        "/addarticle Caspian drills | Example News | https://example.com/drills\n"
        "The navies of Azerbaijan and Turkey will drill on the Caspian Sea. It is a first.\n"
        "Officials in Baku welcomed the plan."
    )
    reply = say(fake, text)
    assert "Saved article <code>caspian-drills</code>: 2 paragraphs, 3 sentences" in reply["text"]
    reply = say(fake, "/addfact A first Caspian naval drill. | It is a first. | caspian-drills")
    assert "article <code>caspian-drills</code>, paragraph 1" in reply["text"]

    content = "Заголовок\n\nПервый абзац статьи. Второе предложение.\n\nВторой абзац.\n"
    count = len(fake.sent_messages(ADMIN_ID))
    fake.push_document("note.txt", content.encode(), caption="Notes | - | -", user_id=ADMIN_ID)
    reply = next_message(fake, ADMIN_ID, count)
    assert "Saved article <code>notes</code>: 2 paragraphs, 3 sentences" in reply["text"]
    assert stored(running_bot.settings.database, "articles", "notes")["outlet"] is None
    reply = say(fake, "/addfact The second sentence. | Второе предложение. | notes")
    assert "article <code>notes</code>, paragraph 1" in reply["text"]

    before = snapshot(running_bot.settings.database)
    uploads = [
        ("bad.txt", content.encode("cp1251"), "/addarticle Bad | - | -", "not UTF-8"),
        ("big.txt", b"A line.\n" * 140_000, "Big | - | -", "larger than 1 MB"),
        ("doc.pdf", b"%PDF-1.4", "/addarticle PDF | - | -", "Please send a .txt file."),
    ]
    for name, data, caption, expected in uploads:
        count = len(fake.sent_messages(ADMIN_ID))
        fake.push_document(name, data, caption=caption, user_id=ADMIN_ID)
        assert expected in next_message(fake, ADMIN_ID, count)["text"], name
    assert snapshot(running_bot.settings.database) == before


def test_export_is_a_backup_that_import_restores(fake_telegram, running_bot, tmp_path):
    say(fake_telegram, "/addarticle Caspian drills | Example News | -\nIt is a first drill.")
    say(fake_telegram, "/addfact A first Caspian drill. | It is a first drill. | caspian-drills")
    say(fake_telegram, f"/addfact {NEW_STATEMENT} | {NEW_QUOTE} | {NEW_SOURCE}")
    say(fake_telegram, "/editfact cn-localisation-production date 2025-04")
    document = say(fake_telegram, "/export")
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

    admin = Chat(fake_telegram, ADMIN_ID)
    count = len(admin.views())
    backup = exported.replace("It is a first drill.", "It is a second drill.")
    fake_telegram.push_document(
        "backup.jsonl", backup.encode(), caption="/import", user_id=ADMIN_ID
    )
    reply = admin.wait_view_starting("Imported", count)["plain_text"]
    assert reply.startswith("Imported 56 facts.\n\nRefused lines (2):")
    assert "article 'caspian-drills' is stored with another text" in reply


def test_import_document_reports_lines(fake_telegram, running_bot):
    good = {"statement": NEW_STATEMENT, "quote": NEW_QUOTE, "source": NEW_SOURCE}
    lines = [json.dumps(good), "{not json", json.dumps({"statement": "No quote", "source": "x"})]
    admin = Chat(fake_telegram, ADMIN_ID)
    count = len(admin.views())
    data = "\n".join(lines).encode()
    fake_telegram.push_document("facts.jsonl", data, caption="/import", user_id=ADMIN_ID)
    reply = admin.wait_view_starting("Imported", count)
    assert telegram_html_error(reply["text"]) is None
    assert reply["plain_text"].startswith("Imported 1 facts.\n\nRefused lines (2):\n\n2: not valid")
    assert "\n\n3: 'quote' is required" in reply["plain_text"]
    assert NEW_STATEMENT in say(fake_telegram, NEW_QUESTION, USER_ID)["text"]


def test_gaps_and_stats(fake_telegram, running_bot):
    fake = fake_telegram
    assert say(fake, "/gaps")["text"] == "No unanswered questions so far."
    for question in [
        "what is the weather in Narnia?",
        "What is the weather in Narnia",
        "how many penguins live on the moon?",
        "what did Turkey sign with Azerbaijan?",
    ]:
        say(fake, question, USER_ID)
    fake.push_callback("fb:+:tr-istanbul-memorandum", user_id=USER_ID)
    fake.wait_for(lambda p: p.get("text") == "Thanks for the feedback!", method=None)

    count = len(fake.sent_messages(ADMIN_ID))
    fake.push_message("/gaps", user_id=ADMIN_ID)
    gaps = [next_message(fake, ADMIN_ID, count + n)["plain_text"] for n in range(3)]
    assert gaps[0].startswith("Questions readers asked that the briefing does not answer yet")
    assert gaps[1].startswith("1. «What is the weather in Narnia» · 2× · unanswered")
    assert "also asked: «what is the weather in Narnia?»" in gaps[1]
    assert gaps[2] == "2. «how many penguins live on the moon?» · 1× · unanswered"

    stats = say(fake, "/stats")["plain_text"]
    assert "Questions: 4; answered 1 (25%), unsure 0, not stated 0, abstained 3" in stats
    assert "Feedback: 👍 1, 👎 0" in stats and "55 facts, 2 articles" in stats
    assert "Most shown facts:\n\n1× " in stats


def test_admin_fact_survives_a_restart(fake_telegram, tmp_path):
    database = tmp_path / "bot.db"
    with BotThread(fake_telegram, database):
        say(fake_telegram, f"/addfact {NEW_STATEMENT} | {NEW_QUOTE} | {NEW_SOURCE}")
    with BotThread(fake_telegram, database):
        assert NEW_STATEMENT in say(fake_telegram, NEW_QUESTION, USER_ID)["text"]


def test_replies_follow_the_admins_language(fake_telegram, running_bot):
    fake_telegram.push_update(
        {
            "message": {
                "message_id": 999,
                "date": int(time.time()),
                "chat": {"id": ADMIN_ID, "type": "private", "first_name": "Admin"},
                "from": {"id": ADMIN_ID, "is_bot": False, "first_name": "A", "language_code": "ru"},
                "text": "/delfact",
                "entities": [{"type": "bot_command", "offset": 0, "length": 8}],
            }
        }
    )
    reply = next_message(fake_telegram, ADMIN_ID, 0)
    assert reply["text"].startswith("Формат: /delfact")


def test_a_stale_form_ends_without_a_change(fake_telegram, running_bot, monkeypatch):
    before = snapshot(running_bot.settings.database)
    say(fake_telegram, "/addfact")
    monkeypatch.setattr(admin_conversation, "TIMEOUT_SECONDS", 0)
    assert say(fake_telegram, "turkey-azerbaijan")["text"].startswith("That form has expired")
    assert "memorandum" in say(fake_telegram, "what did Turkey sign with Azerbaijan?")["text"]
    assert snapshot(running_bot.settings.database) == before


GROUP = -990_001


def test_the_form_is_private_and_group_messages_are_never_its_input(fake_telegram, running_bot):
    fake = fake_telegram
    say(fake, "/addfact")
    assert "Step 2 of 8" in press(fake, "adm:src:turkey-azerbaijan")["text"]
    # the admin asks in a group while the form waits for a quote in private
    count = len(fake.sent_messages(GROUP))
    fake.push_message(
        "@briefbot_test_bot what did Turkey sign with Azerbaijan?",
        user_id=ADMIN_ID,
        chat_id=GROUP,
        chat_type="group",
    )
    answer = next_message(fake, GROUP, count)
    assert "меморандум" in answer["text"] and "verbatim" not in answer["text"]
    fake.push_message("/addfact", user_id=ADMIN_ID, chat_id=GROUP, chat_type="group")
    assert "private chat" in next_message(fake, GROUP, count + 1)["text"]
    # the private form is where it was
    assert "English translation" in say(fake, ARTICLE_SENTENCE)["text"]


def test_two_form_steps_sent_at_once_are_taken_in_order(fake_telegram, running_bot):
    fake = fake_telegram
    say(fake, "/addfact")
    press(fake, "adm:src:turkey-azerbaijan")
    say(fake, ARTICLE_SENTENCE)
    count = len(fake.sent_messages(ADMIN_ID))
    fake.push_message("The documents were finalised in Istanbul.", user_id=ADMIN_ID)
    fake.push_message("The documents were signed in Istanbul.", user_id=ADMIN_ID)
    first, second = next_message(fake, ADMIN_ID, count), next_message(fake, ADMIN_ID, count + 1)
    assert "Step 4 of 8" in first["text"] and "Step 5 of 8" in second["text"]
    assert "Step 6 of 8" in say(fake, "-")["text"]
    assert "Step 7 of 8" in say(fake, "-")["text"]
    preview = say(fake, "-")
    assert "<b>The documents were signed in Istanbul.</b>" in preview["text"]


def test_each_facts_list_pages_itself(fake_telegram, running_bot):
    fake = fake_telegram
    everything = say(fake, "/facts")
    found = say(fake, "/facts Азербайджан")
    total = int(re.search(r"of (\d+)", found["plain_text"]).group(1))
    # the first list's ▶ pages the whole table, though a search came after it
    count = len(fake.sent_messages(ADMIN_ID))
    fake.push_callback("adm:facts:10", user_id=ADMIN_ID, message=everything["message"])
    page = next_message(fake, ADMIN_ID, count)
    assert page["message_id"] == everything["message_id"]
    assert page["plain_text"].startswith("Facts 11-20 of 55")
    assert press(fake, "adm:facts:10")["plain_text"].startswith(
        f"Facts matching “Азербайджан”: 11-{min(20, total)} of {total}"
    )


def test_admins_see_their_commands_in_help(fake_telegram, running_bot):
    mine = say(fake_telegram, "/help")["plain_text"]
    assert "Curator commands" in mine and "/addfact" in mine and "/gaps" in mine
    theirs = say(fake_telegram, "/help", USER_ID)["plain_text"]
    assert "Curator commands" not in theirs and "/addfact" not in theirs


def test_an_admin_who_chose_english_gets_english_replies_whatever_the_client(
    fake_telegram, running_bot
):
    admin = Chat(fake_telegram, user_id=ADMIN_ID, language_code="ru")
    assert admin.say("/facts")["plain_text"].startswith("Факты 1-10 из")
    admin.say("/language en")
    assert admin.say("/facts")["plain_text"].startswith("Facts 1-10 of")
    assert admin.say("/undo")["plain_text"].isascii()  # "Nothing to undo", not Russian


def test_a_txt_without_a_caption_asks_article_or_import(fake_telegram, running_bot):
    fake, database = fake_telegram, running_bot.settings.database
    article = "Учения на Каспии\n\nПервый абзац статьи. Второе предложение.\n"
    count = len(fake.sent_messages(ADMIN_ID))
    fake.push_document("caspian.txt", article.encode(), user_id=ADMIN_ID)
    choice = next_message(fake, ADMIN_ID, count)
    assert choice["text"].startswith("What is this file?")
    labels = [b["text"] for row in choice["reply_markup"]["inline_keyboard"] for b in row]
    assert labels == ["📄 Add as article", "📥 Import facts"]
    [add, _] = buttons(choice)
    saved = press(fake, add)
    assert "Saved article <code>ucheniya-na-kaspii</code>: 1 paragraphs" in saved["text"]
    assert stored(database, "articles", "ucheniya-na-kaspii")["title"] == "Учения на Каспии"
    removed = fake.wait_for(method="editMessageReplyMarkup")[-1].params
    assert removed["message_id"] == choice["message_id"] and not removed.get("reply_markup")
    update = fake.push_callback(add, user_id=ADMIN_ID, message=choice["message"])
    query = update["callback_query"]["id"]
    answer = fake.wait_for(
        lambda p: str(p.get("callback_query_id")) == query, method="answerCallbackQuery"
    )[-1].params
    assert answer["text"] == "This form is closed; nothing was changed."  # used once

    good = {"statement": NEW_STATEMENT, "quote": NEW_QUOTE, "source": NEW_SOURCE}
    count = len(fake.sent_messages(ADMIN_ID))
    fake.push_document("facts.txt", json.dumps(good).encode(), user_id=ADMIN_ID)
    [_, imports] = buttons(next_message(fake, ADMIN_ID, count))
    assert press(fake, imports)["plain_text"] == "Imported 1 facts."

    count = len(fake.sent_messages(USER_ID))  # a reader's .txt is no question
    fake.push_document("caspian.txt", article.encode(), user_id=USER_ID)
    assert next_message(fake, USER_ID, count)["text"].startswith("I answer questions")
