"""Answers hold when words are mistyped as people mistype them on a phone: every answerable
question of the project's sets that is answered right when typed cleanly is asked again with
one and with two of its longer words slipped (tests/typos.py: neighbours swapped, a letter
dropped or doubled), and must stay right first, and never be refused. The Russian ones are
asked again typed in Latin letters, as two common ways of writing Russian without a Russian
keyboard spell them; and every one is asked again wrapped in chat ("hey, quick question: …",
"… спасибо!")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from knowledge.language import spelling
from knowledge.outcomes import Outcome
from tests.typos import variants

DATA = Path(__file__).parent / "data"
SETS = ("questions.jsonl", "paraphrases.jsonl")
# What each number of slips keeps right first, at least; and what it may refuse, at most.
RIGHT = {1: 0.95, 2: 0.90}
REFUSED = {1: 0.01, 2: 0.01}
# Russian in Latin letters as people type it: phone-style (no soft sign, "h", "ya") and
# the older "kh", "ja", "'" for the soft sign, with "i" for «ы» and «й».
ROMANISED = {
    "phone": dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", [
        "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya",
    ], strict=True)),
    "kh": dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", [
        "a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "kh", "c", "ch", "sh", "shch", "", "i", "'", "e", "ju", "ja",
    ], strict=True)),
}  # fmt: skip
ROMANISED_RIGHT = 0.95  # of the Russian questions right when typed in Cyrillic
# Chat around a question, taken in turn (before, after).
WRAPPED = {
    "en": [("hey, quick question: ", ""), ("", " thanks!"), ("pls tell me ", ""),
           ("I was wondering ", ""), ("", " lol"), ("hi bot, ", ""), ("quick q - ", ""),
           ("so basically ", ", right?")],
    "ru": [("привет, вопрос: ", ""), ("", " спасибо!"), ("подскажи пожалуйста, ", ""),
           ("слушай, ", ""), ("", " плиз"), ("здравствуйте, ", ""), ("кстати ", "")],
}  # fmt: skip
WRAPPED_RIGHT = 0.95


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def _right_first(answer, expect: list[str]) -> bool:
    return (
        answer.outcome == Outcome.ANSWERED
        and bool(answer.results)
        and any(_fold(e) in _fold(answer.results[0].quote) for e in expect)
    )


@pytest.fixture(scope="module")
def clean_right(shared_knowledge):
    items = [
        json.loads(line)
        for name in SETS
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    answerable = [i for i in items if i.get("expect_any") and not i.get("after")]
    ask = shared_knowledge.answering.ask
    return [i for i in answerable if _right_first(ask(i["q"]), i["expect_any"])]


@pytest.mark.parametrize("slips", [1, 2])
def test_mistyped_questions_stay_right_and_are_never_refused(shared_knowledge, clean_right, slips):
    asked = [(q, i["expect_any"]) for i in clean_right if (q := variants(i["q"], slips))]
    answers = [(shared_knowledge.answering.ask(q), expect) for q, expect in asked]
    right = [q for (q, _), (a, e) in zip(asked, answers, strict=True) if _right_first(a, e)]
    refused = [
        q for (q, _), (a, _) in zip(asked, answers, strict=True) if a.outcome == Outcome.ABSTAIN
    ]
    assert len(asked) > 150
    assert len(right) >= RIGHT[slips] * len(asked), (len(right), len(asked))
    assert len(refused) <= REFUSED[slips] * len(asked), refused


@pytest.mark.parametrize("scheme", sorted(ROMANISED))
def test_russian_questions_typed_in_latin_letters_stay_right(shared_knowledge, clean_right, scheme):
    letters = ROMANISED[scheme]
    russian = [i for i in clean_right if re.search("[а-яё]", i["q"], re.I)]
    asked = [
        (re.sub(r"[?!.,«»\"]", "", "".join(letters.get(c, c) for c in i["q"].lower())), i)
        for i in russian
    ]
    wrong = [
        q for q, i in asked if not _right_first(shared_knowledge.answering.ask(q), i["expect_any"])
    ]
    assert len(asked) > 100
    assert len(wrong) <= (1 - ROMANISED_RIGHT) * len(asked), wrong


def test_questions_wrapped_in_chat_stay_right(shared_knowledge, clean_right):
    asked = []
    for number, item in enumerate(clean_right):
        chat = WRAPPED["ru" if re.search("[а-яё]", item["q"], re.I) else "en"]
        before, after = chat[number % len(chat)]
        asked.append((before + item["q"][0].lower() + item["q"][1:] + after, item))
    wrong = [
        q for q, i in asked if not _right_first(shared_knowledge.answering.ask(q), i["expect_any"])
    ]
    assert len(asked) > 300
    assert len(wrong) <= (1 - WRAPPED_RIGHT) * len(asked), wrong


@pytest.mark.parametrize(
    "question",
    ["Что, по словам Сун Джна, дало обучение военных?", "what did Song Jnu say it achieved"],
)
def test_a_slip_in_a_later_word_of_a_name_is_still_the_name(shared_knowledge, question):
    """ "Сун Джна" is Song Jun with a letter left out of «Джуна»: read as an unknown
    name, it was refused as someone the briefing does not know."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-attache-combat-readiness"


@pytest.mark.parametrize("question", ["кто такой сон джун", "who is son jun"])
def test_a_slip_in_the_first_word_of_a_name_is_still_the_name(shared_knowledge, question):
    """«Сон Джун» is Song Jun with a slip in the first word, the second as spelt: it was
    refused as a question of nothing the briefing knows."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-attache-cooperation-new-heights"


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("What did Ankara and Baku just put pen to papre on?", "paper"),
        ("What would Baku gain from puting Turkish UAVs together at home?", "putting"),
    ],
)
def test_a_slip_in_a_word_of_a_phrase_is_read_as_that_word(shared_knowledge, question, read):
    """The words of the phrases read as one word ("put pen to paper" is signing) are
    words of questions: a slip of one is read as it, so the phrase still holds."""
    assert read in shared_knowledge.answering.analyse(question).words


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("как в стате про Китай оценивают Турцию?", "статье"),
        ("что в стате про турцию сказано о россии", "статье"),
    ],
)
def test_a_slip_of_a_phrasing_word_is_that_word(shared_knowledge, question, read):
    """«стате» is «статье» with its soft sign dropped: a word of phrasing, not the search
    word «стат» that the example questions' «статья» makes of it."""
    question = shared_knowledge.answering.analyse(question)
    assert read in question.words
    assert not any(term.startswith("стат") for term in question.terms)


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("China give Azerbaijan what excetp technology?", "except"),
        ("зачем баку с китаеем связался", "китаем"),
    ],
)
def test_a_slip_of_a_word_asked_beside_is_that_word(shared_knowledge, question, read):
    """ "excetp" is "except", which sets technology aside (no search word of its own);
    «китаеем» is «китаем» with a letter typed twice, not «китаемем», a letter put in."""
    assert read in shared_knowledge.answering.analyse(question).words


def test_a_double_letter_typed_once_is_the_word_with_it_doubled(shared_knowledge):
    """ "planing" is one letter from "planning" and from "planting" (a word of the
    production group): a double letter typed once is the likelier slip."""
    answer = shared_knowledge.answering.ask("will turkey help with azerbaijans defence planing?")
    assert answer.answered
    assert answer.results[0].fact_id == "tr-turkey-defence-planning"


def test_a_first_letter_is_not_taken_for_a_slip():
    """A letter typed too many is seldom the first: «спорта» (sport) is no «порта», which
    would be read as the facts' «портятся» (relations souring)."""
    assert "порта" not in spelling.slips("спорта")
    assert "спора" in spelling.slips("спорта")


@pytest.mark.parametrize(
    ("message", "read"),
    [("пачему", "почему"), ("pachemu", "почему"), ("a pachemu", "почему"), ("kada", "когда")],
)
def test_words_spelt_as_said_are_read_in_either_alphabet(shared_knowledge, message, read):
    """«пачему» is «почему» spelt as it is said, in Cyrillic or in Latin letters: a "why?"
    follow-up, not a word no fact uses (which was refused)."""
    assert read in shared_knowledge.answering.analyse(message).words


def test_a_why_spelt_as_said_follows_up(shared_knowledge):
    answering = shared_knowledge.answering
    first = answering.ask("может ли Москва помешать Баку и Пекину?")
    answer = answering.ask("пачему?", follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-russian-defence-industry-exhausted"
