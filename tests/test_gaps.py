"""The curator's loop end to end: /gaps lists what readers asked and the bot missed, one tap
links it to a fact (answered with it from then on, in any chat; /undo unlinks it), ➕ New
fact opens the form with the question filled in, Dismiss drops it; `briefbot gaps` too."""

from __future__ import annotations

from bot.cli import main
from knowledge.service import Knowledge
from tests.botrunner import ADMIN_ID, USER_ID
from tests.test_bot_admin import buttons, next_message, say

MISSED = "are Baku and Moscow relations worsening?"  # unsure on the curated facts
ALIKE = "Are Baku and Moscow relations worsening"
UNSURE = "I'm not certain"
OTHER_READER = USER_ID + 1


def _gap_messages(fake) -> list[dict]:
    """/gaps: the title message, then one message per gap."""
    count = len(fake.sent_messages(ADMIN_ID))
    fake.push_message("/gaps", user_id=ADMIN_ID)
    head = next_message(fake, ADMIN_ID, count)
    messages = [head]
    while True:
        try:
            messages.append(next_message(fake, ADMIN_ID, count + len(messages), timeout=1.0))
        except AssertionError:
            return messages


def _labelled(record: dict) -> dict[str, str]:
    rows = (record["reply_markup"] or {}).get("inline_keyboard", [])
    return {b["text"]: b["callback_data"] for row in rows for b in row}


def test_link_from_gaps_answers_the_question_and_undo_unlinks(fake_telegram, running_bot):
    fake = fake_telegram
    assert say(fake, MISSED, USER_ID)["plain_text"].startswith(UNSURE)
    say(fake, ALIKE, OTHER_READER)
    say(fake, "How much did the drones cost?", USER_ID)  # not stated: handled as designed

    head, gap = _gap_messages(fake)
    assert "questions on details the briefing does not state (1)." in head["plain_text"]
    assert gap["plain_text"].startswith(f"1. «{ALIKE}» · 2× · ")
    assert f"also asked: «{MISSED}»" in gap["plain_text"]
    assert "(" not in gap["plain_text"].split("·")[-1]  # a word, no score
    choices = _labelled(gap)
    assert {"➕ New fact", "Dismiss"} <= set(choices)
    links = [label for label in choices if label.startswith("✓ ")]
    assert 2 <= len(links) <= 3
    closest = choices[links[0]]

    count = len(fake.sent_messages(ADMIN_ID))
    fake.push_callback(closest, user_id=ADMIN_ID, message=gap["message"])
    linked = next_message(fake, ADMIN_ID, count)
    assert linked["method"] == "editMessageText" and not linked.get("reply_markup")
    assert linked["plain_text"].startswith(f"Linked: «{ALIKE}» is now an example question of")
    fact_id = linked["plain_text"].split("example question of ")[1].split(" ")[0]

    again = say(fake, ALIKE, OTHER_READER + 1)  # a chat that never asked it
    assert not again["plain_text"].startswith(UNSURE)
    assert buttons(again)[1] == f"fb:+:{fact_id}"
    assert _gap_messages(fake)[1:] == []

    assert say(fake, "/undo")["plain_text"].startswith("Undone")
    assert len(_gap_messages(fake)) == 2


def test_new_fact_and_dismiss_buttons(fake_telegram, running_bot):
    fake = fake_telegram
    say(fake, "what's the weather in Narnia?", USER_ID)
    _, gap = _gap_messages(fake)
    assert gap["plain_text"].startswith("1. «what's the weather in Narnia?» · 1× · unanswered")
    choices = _labelled(gap)

    count = len(fake.sent_messages(ADMIN_ID))
    fake.push_callback(choices["➕ New fact"], user_id=ADMIN_ID, message=gap["message"])
    form = next_message(fake, ADMIN_ID, count)
    assert "«what's the weather in Narnia?» (its first example question)" in form["plain_text"]
    assert say(fake, "/cancel")["plain_text"]

    count = len(fake.sent_messages(ADMIN_ID))
    fake.push_callback(choices["Dismiss"], user_id=ADMIN_ID, message=gap["message"])
    done = next_message(fake, ADMIN_ID, count)
    assert done["plain_text"] == "Dismissed: «what's the weather in Narnia?» stays out of /gaps."
    head = _gap_messages(fake)
    assert [m["plain_text"] for m in head] == ["No unanswered questions so far."]


def test_cli_gaps_lists_and_links(tmp_path, capsys):
    database = str(tmp_path / "cli.db")
    knowledge = Knowledge.open(database)
    knowledge.reports.log(knowledge.answering.ask(MISSED), USER_ID)
    knowledge.close()
    assert main(["--database", database, "gaps"]) == 0
    listed = capsys.readouterr().out
    assert listed.startswith(f"1. «{MISSED}» · 1× · ")
    assert "   ✓ tr-baku-ankara-amid-cooling-with-moscow: " in listed
    fact = "tr-baku-ankara-amid-cooling-with-moscow"
    assert main(["--database", database, "gaps", "--link", "1", fact]) == 0
    assert capsys.readouterr().out == f"Linked «{MISSED}» to {fact}.\n"
    assert main(["--database", database, "gaps"]) == 0
    assert capsys.readouterr().out.strip() == "No unanswered questions so far."
    assert main(["--database", database, "gaps", "--link", "9", fact]) == 2
    assert Knowledge.open(database).answering.ask(MISSED).results[0].fact_id == fact
