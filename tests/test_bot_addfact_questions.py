"""End to end: the guided /addfact form's example-questions step (step 7 of 8)."""

from __future__ import annotations

import json
import re

from bot.admin.form import read_questions
from bot.texts import TEXTS, t
from tests.userchat import Chat, callbacks, snapshot, stored

SOURCE = "https://example.com/baku-port"
QUOTE = "The port will double its container berths by 2027."
STATEMENT = "The Baku port authority will double its container berths by 2027."
EXAMPLES = ["How big will the harbour in Baku get?", "Насколько вырастет бакинская гавань?"]
# The preview and answers show the quote alone: the statement says nothing more.
# Phrased like the first example, in words neither the statement nor the quote uses.
LIKE_AN_EXAMPLE = "how big is the harbour in Baku going to get?"


def fill_form_up_to_questions(admin: Chat) -> None:
    """Walk /addfact to its example-questions step, with an outside source."""
    assert "step 1 of 8" in admin.say("/addfact")["text"]
    assert "Step 2 of 8" in admin.say(SOURCE)["text"]
    assert "Step 4 of 8" in admin.say(QUOTE)["text"]  # English: no translation step (3)
    assert "Step 5 of 8" in admin.say(STATEMENT)["text"]
    assert "Step 6 of 8" in admin.say("-")["text"]
    prompt = admin.say("-")["plain_text"]
    assert prompt.startswith("Step 7 of 8: example questions this fact answers")
    assert "one a line (or separated by |)" in prompt and "or - to skip" in prompt


def saved_fact_id(admin: Chat) -> str:
    """Press Save on the preview; the id of the fact it reports saved."""
    _, saved = admin.press("adm:ok")
    assert "Saved fact" in saved["text"]
    return re.search(r"<code>(f-\w+)</code>", saved["text"]).group(1)


def test_two_example_questions_are_saved_and_answer_a_question_like_them(
    admin, reader, running_bot
):
    db = running_bot.settings.database
    assert QUOTE not in reader.say(LIKE_AN_EXAMPLE)["text"]
    fill_form_up_to_questions(admin)

    preview = admin.say("\n".join(EXAMPLES))
    assert preview["plain_text"].startswith("Step 8 of 8: this is how the fact will be answered.")
    assert f"Example questions:\n• {EXAMPLES[0]}\n• {EXAMPLES[1]}" in preview["plain_text"]
    assert callbacks(preview) == ["adm:ok", "adm:no"]
    fact_id = saved_fact_id(admin)

    assert json.loads(stored(db, "facts", fact_id)["questions"]) == EXAMPLES
    answer = reader.say(LIKE_AN_EXAMPLE)
    assert f"<blockquote>{QUOTE}</blockquote>" in answer["text"]

    # /undo takes the fact away, its example questions with it.
    assert admin.say("/undo")["text"].startswith(f"Undone: your new fact <code>{fact_id}</code>")
    assert stored(db, "facts", fact_id) is None
    assert QUOTE not in reader.say(LIKE_AN_EXAMPLE)["text"]


def test_questions_separated_by_bars_are_taken_too(admin, running_bot):
    fill_form_up_to_questions(admin)
    preview = admin.say(f" {EXAMPLES[0]} |  {EXAMPLES[1]} | {EXAMPLES[0]}")  # a repeat dropped
    assert f"Example questions:\n• {EXAMPLES[0]}\n• {EXAMPLES[1]}" in preview["plain_text"]
    fact_id = saved_fact_id(admin)
    assert json.loads(stored(running_bot.settings.database, "facts", fact_id)["questions"]) == (
        EXAMPLES
    )


def test_a_dash_skips_the_example_questions(admin, reader, running_bot):
    fill_form_up_to_questions(admin)
    preview = admin.say("-")
    assert "Save it?" in preview["plain_text"] and "Example questions" not in preview["plain_text"]
    fact_id = saved_fact_id(admin)

    fact = stored(running_bot.settings.database, "facts", fact_id)
    assert fact["statement"] == STATEMENT and json.loads(fact["questions"]) == []
    # Without the examples, the question phrased like one is not answered with this fact.
    assert QUOTE not in reader.say(LIKE_AN_EXAMPLE)["text"]


def test_bad_questions_are_refused_and_the_form_goes_on(admin, running_bot):
    db = running_bot.settings.database
    before = snapshot(db)
    fill_form_up_to_questions(admin)

    too_long = "What " + "very " * 70 + "big harbour?"
    refused = admin.say(f"{EXAMPLES[0]}\n{too_long}")
    assert refused["text"] == (
        f"Question 2 is {len(too_long)} characters long; each may have at most 300. "
        "Send the questions again with it shortened, or - to skip."
    )
    assert not callbacks(refused)
    many = "\n".join(f"Question number {n}?" for n in range(21))
    assert admin.say(many)["text"] == (
        "That is 21 questions; a fact takes at most 20. Send them again, one a line, or - to skip."
    )
    assert snapshot(db) == before

    # The form kept everything typed before: the next try reaches the preview and saves.
    preview = admin.say(EXAMPLES[0])
    assert f"<blockquote>{QUOTE}</blockquote>" in preview["text"]
    assert f"Example questions:\n• {EXAMPLES[0]}" in preview["plain_text"]
    fact_id = saved_fact_id(admin)
    fact = stored(db, "facts", fact_id)
    assert (fact["quote"], fact["source"]) == (QUOTE, SOURCE)
    assert json.loads(fact["questions"]) == [EXAMPLES[0]]


def test_the_step_speaks_russian_too():
    assert set(TEXTS["en"]) == set(TEXTS["ru"])
    prompt = t("adm_step_questions", "ru", count="20", limit="300")
    assert prompt.startswith("Шаг 7 из 8: примеры вопросов") and "Не больше 20" in prompt
    assert read_questions("В" * 301, "ru") == (
        [],
        "Вопрос 1 длиной 301 символов, а допустимо не больше 300. "
        "Отправьте вопросы снова, сократив его, или - чтобы пропустить.",
    )
    assert read_questions("Что это? | Что это?\n\nКогда?", "ru") == (["Что это?", "Когда?"], None)
