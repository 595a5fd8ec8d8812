"""Names in a sentence: lists joined as prose, and the Russian case forms of the names the
bot knows («Новое в брифинге о Турции и беспилотниках», «Вы подписались на Турцию»).

A one-word singular name is declined by its ending (Турция → Турции, Азербайджан →
Азербайджане; the endings are in :mod:`knowledge.language.ru`); an all-capitals or Latin one
is not declined (США, Baykar). Every other name (several words, a plural) has its forms
listed in ``knowledge/data/cases_ru.jsonl``. A name with neither has no case form here: a
sentence naming it keeps a colon form ("…: name").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from knowledge.language import ru
from knowledge.language.names import Concept
from knowledge.store.bundle import read_table

__all__ = ["about", "declined_list", "listing"]

CASES = ("gen", "acc", "prep")  # genitive (от …), accusative (на …), prepositional (о …)
_CAPITALISED = re.compile("[А-ЯЁ][а-яё]+")


def listing(items: Sequence[str], conjunction: str) -> str:
    """Items as prose lists them: "A", "A and B", "A, B and C".

    >>> listing(["Turkey", "China", "drones"], "and")
    'Turkey, China and drones'
    """
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


@cache
def _listed() -> dict[str, dict[str, str]]:
    return {row["name"]: row for row in read_table("cases_ru")}


def _by_ending(word: str, case: str, animate: bool) -> str | None:
    """A one-word singular name in *case* by its ending, or None when the rules don't know."""
    if not re.search("[а-яё]", word, re.IGNORECASE) or word.isupper():
        return word  # Latin (Baykar) or an abbreviation (США): not declined
    if not _CAPITALISED.fullmatch(word):
        return None
    if animate and case == "acc":
        case = "gen"  # a person: the accusative is the genitive (Алиева)
    at = CASES.index(case)
    for ending, cut, endings in ru.CASE_ENDINGS:
        if word.endswith(ending):
            return _spelt(word[:-cut], endings[at])
    if word[-1] in ru.CASE_CONSONANTS and not word.endswith(ru.CASE_FLEETING):
        return word + ru.CASE_CONSONANT_ENDINGS[at]
    return None  # -ь (masculine or feminine), -о, -е, -и, a fleeting vowel …: not guessed


def _spelt(stem: str, ending: str) -> str:
    """*stem* + *ending* as Russian spelling writes it (Америк + ы → Америки)."""
    for letters, written, spelt in ru.CASE_SPELLING:
        if ending == written and stem[-1:] in letters:
            return stem + spelt
    return stem + ending


def declined(concept: Concept, case: str) -> str | None:
    """*concept*'s Russian name in *case* ("gen", "acc", "prep") as it stands in a sentence
    (a topic in lower case: «о беспилотниках»), or None when its form is not known."""
    name = concept.name_ru
    row = _listed().get(name)
    if row is not None:
        return row[case]
    if " " in name:
        return None
    form = _by_ending(name, case, animate=concept.kind == "person")
    if form is None or not concept.is_topic or form.isupper():
        return form
    return form[0].lower() + form[1:]


def declined_list(concepts: Sequence[Concept], case: str) -> str | None:
    """Several names in *case*, joined with commas and «и»; None when one's form is unknown."""
    forms = [declined(concept, case) for concept in concepts]
    if not forms or None in forms:
        return None
    return listing([form for form in forms if form is not None], ru.AND)


def about(concepts: Sequence[Concept]) -> str | None:
    """«о Турции и Китае», «об Азербайджане»: the preposition «о» (or «об» before a vowel
    sound) with the names in the prepositional case; None when one's form is unknown."""
    names = declined_list(concepts, "prep")
    if names is None:
        return None
    plain, before_vowel = ru.ABOUT_NAMES
    return f"{before_vowel if names[0].lower() in ru.ABOUT_VOWELS else plain} {names}"
