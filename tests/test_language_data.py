"""Language data in one place per language: word lists live in knowledge/language/<lang>.py
(and the bot's texts in bot/texts/), never in the modules that hold the logic.

The scan reads every string literal of the package sources except documentation (docstrings;
comments are no literals) and fails on one that holds a Cyrillic letter outside those places.
A Cyrillic letter inside a regular-expression character class ("[A-ZА-ЯЁ]": a capital of any
script read) is logic about scripts, not a word list, so character classes are left out.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from knowledge.language import LANGUAGES, Language, alternatives, en, every, ru
from knowledge.language.details import states
from knowledge.language.intent import answer_kind, smalltalk_kind
from knowledge.language.words import STOP_WORDS

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("knowledge", "bot")
# Where Cyrillic words may stand: the Russian data module and the bot's texts.
ALLOWED = (Path("knowledge/language/ru.py"), Path("bot/texts"))
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CHARACTER_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")


def _documentation(tree: ast.AST) -> set[int]:
    """Ids of the string constants that are documentation: a string standing alone as a
    statement (a module's, class's or function's docstring)."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }


def cyrillic_literals(path: Path) -> list[str]:
    """``line: literal`` for each string literal of *path* holding a Cyrillic letter outside
    a character class (documentation left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    documentation = _documentation(tree)
    found = [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in documentation
        and _CYRILLIC.search(_CHARACTER_CLASS.sub("", node.value))
    ]
    return [f"{line}: {value!r}" for line, value in sorted(found)]


def _sources() -> list[Path]:
    return sorted(p for package in PACKAGES for p in (ROOT / package).rglob("*.py"))


def test_no_cyrillic_word_lists_outside_the_language_data() -> None:
    found = {
        str(path.relative_to(ROOT)): literals
        for path in _sources()
        if not any(path.relative_to(ROOT).is_relative_to(place) for place in ALLOWED)
        and (literals := cyrillic_literals(path))
    }
    assert found == {}


def test_the_scan_finds_a_word_list_and_passes_logic(tmp_path: Path) -> None:
    source = tmp_path / "module.py"
    source.write_text(
        '"""Docstring: «Когда?» is documentation."""\n'
        'CAPITALS = r"[A-ZА-ЯЁ]\\w+"  # a character class: logic\n'
        'WORDS = frozenset({"привет", "hello"})\n'
        'PATTERN = r"(?:[аб]|когда)"\n',
        encoding="utf-8",
    )
    assert cyrillic_literals(source) == ["3: 'привет'", "4: '(?:[аб]|когда)'"]


def test_the_scan_reads_every_package_module() -> None:
    sources = {str(p.relative_to(ROOT)) for p in _sources()}
    assert {"knowledge/language/ru.py", "knowledge/answering.py", "bot/keyboards.py"} <= sources


def test_languages_are_joined_english_first() -> None:
    assert (en, ru) == LANGUAGES
    assert every(lambda lang: lang.WARM_UP) == (*en.WARM_UP, *ru.WARM_UP)
    assert alternatives(lambda lang: lang.HOUR_MARKS) == "h|ч"


@pytest.mark.parametrize("lang", LANGUAGES, ids=("en", "ru"))
def test_each_language_gives_its_words_to_the_readers(lang: Language) -> None:
    """Every language's lists reach the logic that reads them (checked by one word each)."""
    assert lang.STOP_WORDS <= STOP_WORDS
    greeting = sorted(lang.GREETING)[0]
    assert smalltalk_kind(greeting, [greeting]) == "greeting"
    kind, phrase = lang.KIND_PHRASES[0]
    assert answer_kind(list(phrase)) == kind
    month, _ = lang.MONTHS[4]
    assert states(f"on 3 {month}", "date", **_NOTHING_ASKED)
    assert not states(f"on 3 {month}x", "date", **_NOTHING_ASKED)


_NOTHING_ASKED = {
    "strict": True,
    "asked_entities": frozenset(),
    "asked_words": frozenset(),
    "entity_kinds": dict,
}


def test_month_names_are_read_in_both_places() -> None:
    """One month table a language: a fact's date is searched by the month's name, and a
    sentence's date is read by the name's forms («3 мая»)."""
    from knowledge.search.index import date_words

    assert date_words("2024-05-03") == ["2024", "may", "май"]
    assert states("Визит состоялся 3 мая 2024 года.", "date", **_NOTHING_ASKED)
    assert not states("Визит состоялся в мае.", "date", **_NOTHING_ASKED)


def test_every_phrase_is_read_as_a_word_the_facts_use(shared_knowledge) -> None:
    """... or as a word asking a follow-up beyond the fact cited ("go on" as "more")."""
    index = shared_knowledge.answering.briefing.index
    beyond = every(lambda lang: lang.BEYOND)
    unknown = [
        (phrase, word)
        for phrase, word in every(lambda lang: lang.READ_AS)
        if index.df[index.term(word)] == 0 and word not in beyond
    ]
    assert unknown == []


def test_the_languages_list_the_same_roles_in_the_same_order() -> None:
    """The checks read a role a question gives in one language as given in the other."""
    assert len(en.ROLES) == len(ru.ROLES)
    assert re.fullmatch(en.ROLES[1], "presidents") and re.fullmatch(ru.ROLES[1], "президенты")
