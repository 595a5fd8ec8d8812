"""Which kinds of detail a fact states, read from its own text.

Nothing here is hand-tagged: a fact carries a time when its text names a year, a month or a
date (or it has a date), an amount when it names money, and so on. So the check holds for
every fact an admin adds or imports. Only the few top-ranked facts of a question are read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from knowledge.facts import Fact
from knowledge.language import LANGUAGES, Language, alternatives
from knowledge.language.words import fold
from knowledge.outcomes import Detail

_MONTHS = alternatives(lambda lang: (form for _, form in lang.MONTHS))
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")  # a year a text or a question names
_DATE = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}\b", re.I)
_VAGUE_TIME = re.compile(rf"\b(?:{alternatives(lambda lang: lang.VAGUE_TIME)})\b", re.I)
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")
_BIG_NUMBER_WORD = re.compile(rf"\b(?:{alternatives(lambda lang: lang.BIG_NUMBERS)})\b|%", re.I)
_COUNTED_KINDS = re.compile(rf"^(?:{alternatives(lambda lang: lang.COUNTED_KINDS)})$", re.I)
# A list of three items or more: "economy, infrastructure, energy and defence"
_AND = alternatives(lambda lang: lang.LIST_AND)
_LIST = re.compile(rf"\w+,\s+\w+[^.;:]*?\s(?:{_AND})\s+\w+", re.I)
_MONEY = re.compile(rf"[$€₽£]|\b(?:{alternatives(lambda lang: lang.MONEY)})\b", re.I)
_DURATION = re.compile(
    rf"\b\d{{1,3}}\s*(?:-|–)?\s*(?:{alternatives(lambda lang: lang.DURATION_UNITS)})\b|"
    rf"\b(?:{alternatives(lambda lang: lang.UNTIL)})\s+(?:20\d\d)\b",
    re.I,
)
# Words someone said: a quotation, or speech reported ("по словам", "as X noted"). A
# character class of capitals names the scripts read: it is logic, not a word list.
_SPEECH = re.compile(
    r"[«“\"](?-i:[A-ZА-ЯЁ])[^»”\"]{12,}[»”\"]|"
    rf"\b(?:{alternatives(lambda lang: lang.SPEECH)})\b",
    re.I,
)
_MODEL = re.compile(r"\b[A-ZА-Я][A-Za-zА-Яа-я]{0,6}-?\d{1,4}[A-Za-zА-Яа-я]?\b")
_ROLES = re.compile(rf"\b(?:{alternatives(lambda lang: lang.ROLES)})\b", re.I)
# Each language's roles apart, to tell a role the question gives from another one; the
# languages list the same roles in the same order ("president" and «президент» alike).
_ROLES_BY_LANGUAGE = tuple(
    tuple(re.compile(rf"\b(?:{role})\b", re.I) for role in lang.ROLES) for lang in LANGUAGES
)
_RELATIONS = re.compile(rf"\b(?:{alternatives(lambda lang: lang.RELATIONS)})\b", re.I)
# Institutions a sentence names in common words ("military academies"), or as a web address
# ("Altyn-orda.kz").
_INSTITUTION = re.compile(rf"\b(?:{alternatives(lambda lang: lang.INSTITUTIONS)})\b", re.I)
_WEB_ADDRESS = re.compile(r"\b[\w-]+\.(?:kz|ru|az|com|org|net)\b", re.I)
_PLACE_AFTER = re.compile(
    rf"\b(?:{alternatives(lambda lang: lang.PLACE_PREPOSITIONS)})\s+([A-ZА-ЯЁ][\w-]+)|"
    rf"\b([A-ZА-ЯЁ][\w-]+),\s+(?:{alternatives(lambda lang: lang.WHERE)})\b"
)
# A place named by a common noun: "at military academies", «в учебных центрах», «на учениях»
# (up to two words between the preposition and the noun). Abstract phrases such as «в области»,
# «в условиях», «в региональной политике» say no place, so only nouns of places count.
_COMMON_PLACE = re.compile(
    rf"\b(?:{alternatives(lambda lang: lang.COMMON_PLACE_PREPOSITIONS)})\s+(?:[\w-]+\s+){{0,2}}"
    rf"(?:{alternatives(lambda lang: lang.PLACE_NOUNS)})\b",
    re.I,
)
# The same, by a noun more precise than the country ("at military academies", not «на
# территории»): what "where exactly" may be answered with.
_SPECIFIC_PLACE = re.compile(
    rf"\b(?:{alternatives(lambda lang: lang.COMMON_PLACE_PREPOSITIONS)})\s+(?:[\w-]+\s+){{0,2}}"
    rf"(?!(?:{alternatives(lambda lang: lang.GENERIC_PLACE_NOUNS)})\b)"
    rf"(?:{alternatives(lambda lang: lang.PLACE_NOUNS)})\b",
    re.I,
)
_REASON = re.compile(rf"\b(?:{alternatives(lambda lang: lang.REASON)})\b", re.I)
_RESULT = re.compile(rf"\b(?:{alternatives(lambda lang: lang.RESULT)})\b", re.I)


SENTENCES_KEPT = 5000  # fact sentences whose steering test is remembered


# The two tests are kept per text: each scans the whole sentence for dozens of phrases, and
# the same facts are weighed for question after question.
@lru_cache(maxsize=SENTENCES_KEPT)
def _gives_result(text: str) -> bool:
    """Whether an evidence text states an outcome (what something led to, allows, raised)."""
    return bool(_RESULT.search(text))


@lru_cache(maxsize=SENTENCES_KEPT)
def _gives_reason(text: str) -> bool:
    """Whether an evidence text explains something (a cause, a motive, an interest)."""
    return bool(_REASON.search(text))


def _reasons_why(lang: Language) -> tuple[str, ...]:
    """A language's reason patterns but those saying what an interest is."""
    return tuple(pattern for pattern in lang.REASON if pattern not in lang.INTEREST_STATED)


_WHY = re.compile(rf"\b(?:{alternatives(_reasons_why)})\b", re.I)


@lru_cache(maxsize=SENTENCES_KEPT)
def explains_why(text: str) -> bool:
    """Whether an evidence text gives a reason other than by saying what an interest is:
    what "why is China interested?" asks («представляет интерес как хаб», not «Его интерес
    — доступ», which says what the interest is)."""
    return bool(_WHY.search(text))


_CIRCUMSTANCE = re.compile(rf"\b(?:{alternatives(lambda lang: lang.CIRCUMSTANCE)})\b", re.I)


@lru_cache(maxsize=SENTENCES_KEPT)
def gives_circumstance(text: str) -> bool:
    """Whether an evidence text says what circumstances something happens in («на фоне
    охлаждения», "amid the cooling"): the reason "why now?" asks."""
    return bool(_CIRCUMSTANCE.search(text))


_DRAWBACK = re.compile(rf"\b(?:{alternatives(lambda lang: lang.DRAWBACK)})\b", re.I)


@lru_cache(maxsize=SENTENCES_KEPT)
def gives_drawback(text: str) -> bool:
    """Whether an evidence text says what holds a party back (means limited, supplies
    complicated, ties cooling): the reason a bare "why not Turkey?" asks."""
    return bool(_DRAWBACK.search(text))


_NOT_ONLY = re.compile(rf"\b(?:{alternatives(lambda lang: lang.NOT_ONLY)})\b", re.I)
_ABOVE = re.compile(rf"\b(?:{alternatives(lambda lang: lang.ABOVE)})\b", re.I)


def gives_words(text: str) -> bool:
    """Whether a text gives someone's words: a quotation, or speech reported."""
    return bool(_SPEECH.search(text))


def sets_above(text: str) -> bool:
    """Whether a text sets something above another ("far more significant is …")."""
    return bool(_ABOVE.search(text))


def goes_beyond(text: str) -> bool:
    """Whether an evidence text gives more than what it names first ("not only technology
    but political autonomy"): an answer to "what besides technology?"."""
    return bool(_NOT_ONLY.search(text))


# The kinds of question that only steer: a fact whose evidence passes the test comes first.
STEERS: dict[Detail, Callable[[str], bool]] = {
    Detail.REASON: _gives_reason,
    Detail.RESULT: _gives_result,
}


def evidence(fact: Fact) -> str:
    """The text a detail must stand in: the verbatim quote and its translation (the statement
    is a curator's summary and may add context the source sentence does not give)."""
    return " ".join(filter(None, [fact.quote, fact.quote_en]))


@dataclass(frozen=True)
class _Evidence:
    """A fact's source sentence, and what the question already gives."""

    text: str
    strict: bool
    asked_words: frozenset[str]
    others: frozenset[str]  # kinds of the entities the sentence names beyond the question's
    capitals: frozenset[str]
    within: bool = False  # the question gives the country or region asked about


# The kinds that answer "who?" ("role": a person named by a role only, no name).
_WHO = frozenset({"person", "role", "organisation", "country", "world", "region"})
ROLE_NAME_REACH = 3  # words after a role in which a name makes it that person's role


def _time(e: _Evidence) -> bool:
    explicit = bool(YEAR.search(e.text) or _DATE.search(e.text))
    return explicit or (not e.strict and bool(_VAGUE_TIME.search(e.text)))


def _quantity(e: _Evidence) -> bool:
    # "How many sectors does it cover?" is answered by the list of them, where "how many
    # drones?" needs a number.
    numbers = [n for n in _NUMBER.findall(e.text) if not YEAR.fullmatch(n)]
    numbers = [n for n in numbers if not _DATE.search(e.text) or len(n) > 2]
    if numbers or _BIG_NUMBER_WORD.search(e.text):
        return True
    counted = any(_COUNTED_KINDS.match(word) for word in e.asked_words)
    return counted and bool(_LIST.search(e.text))


def _city(e: _Evidence) -> bool:
    named = {fold(m.group(1) or m.group(2)) for m in _PLACE_AFTER.finditer(e.text)}
    named -= e.asked_words
    return bool(named & e.capitals) or "place" in e.others


def _place(e: _Evidence) -> bool:
    # A country merely named is no answer to "where": the sentence must say where; "where
    # exactly" asks for a place by its name or a noun more precise than a country («в
    # военных академиях КНР»), not «на территории Азербайджана».
    # "Where in Azerbaijan?" asks a place inside the one given: a city or such a noun, not
    # another country or region («давление … в Европе»).
    if e.within:
        return _city(e) or bool(_SPECIFIC_PLACE.search(e.text))
    common = _SPECIFIC_PLACE if e.strict else _COMMON_PLACE
    return "place" in e.others or _named_place(e.text, e.asked_words) or bool(common.search(e.text))


def _organisation(e: _Evidence) -> bool:
    # "Which institutions trained them?" is answered by the kind («в военных академиях
    # КНР»), "which academies?" only by their names: the question gives the kind itself.
    if "organisation" in e.others or _WEB_ADDRESS.search(e.text):
        return True
    if any(_INSTITUTION.fullmatch(word) for word in e.asked_words):
        return False
    return bool(_INSTITUTION.search(e.text))


def _person(e: _Evidence) -> bool:
    # "Who?" is answered by someone named (a person, an organisation, a country, a region
    # acting as one: «в пользу … Запада»), or by a role ("the defence ministers"); a role
    # the question gives itself ("who are the defence ministers?") answers nothing, another
    # one does ("the attaché, Colonel …").
    # A role just before the name of someone the question gives is theirs («президента
    # Азербайджана Ильхама Алиева» to "whom did Aliyev meet?"), no one new.
    if e.others & _WHO or _holder_of_relation(e):
        return True
    given = {
        place
        for roles in _ROLES_BY_LANGUAGE
        for place, role in enumerate(roles)
        if any(role.fullmatch(word) for word in e.asked_words)
    }
    if given:  # "presidents?" gives «президент» too: the ministers are someone new
        return any(
            _someone_new(role, e)
            for roles in _ROLES_BY_LANGUAGE
            for place, role in enumerate(roles)
            if place not in given
        )
    return _someone_new(_ROLES, e)


def _holder_of_relation(e: _Evidence) -> bool:
    """Whether the question asks who stands in a relation ("ally", «партнёр») the text gives
    someone: «Анкара становится ключевым союзником» answers "who is the main ally?", also
    to a question that already guesses Turkey."""
    asked = any(_RELATIONS.fullmatch(word) for word in e.asked_words)
    return asked and bool(_RELATIONS.search(e.text))


def _someone_new(role: re.Pattern[str], e: _Evidence) -> bool:
    """Whether *role* stands in the text for someone other than a person the question names."""
    for found in role.finditer(e.text):
        after = fold(e.text[found.end() :]).split()[:ROLE_NAME_REACH]
        if not e.asked_words.intersection(after):
            return True
    return False


_CHECKS: dict[Detail, Callable[[_Evidence], bool]] = {
    Detail.TIME: _time,
    Detail.DATE: lambda e: _time(replace(e, strict=True)),
    Detail.DURATION: lambda e: bool(_DURATION.search(e.text)),
    Detail.AMOUNT: lambda e: bool(_MONEY.search(e.text)),
    Detail.QUANTITY: _quantity,
    Detail.MODEL: lambda e: any(fold(m) not in e.asked_words for m in _MODEL.findall(e.text)),
    Detail.NAME: lambda e: "person" in e.others,
    Detail.WORDS: lambda e: gives_words(e.text),
    Detail.ORGANISATION: _organisation,
    Detail.CITY: _city,
    Detail.REGION: lambda e: bool(e.others & {"region", "place"}),
    Detail.COUNTRY: lambda e: bool(e.others & {"country", "world"}),
    Detail.PERSON: _person,
    Detail.PLACE: _place,
}
CHECKED = frozenset(_CHECKS)
# The kinds whose check reads which entities a sentence names (the costlier part to find).
_READ_NAMES = frozenset(
    {
        Detail.NAME,
        Detail.ORGANISATION,
        Detail.CITY,
        Detail.REGION,
        Detail.COUNTRY,
        Detail.PERSON,
        Detail.PLACE,
    }
)


def states(
    text: str,
    kind: Detail | None,
    *,
    strict: bool,
    asked_entities: frozenset[str],
    asked_words: frozenset[str],
    entity_kinds: Callable[[], Mapping[str, str]],
    capitals: frozenset[str] = frozenset(),
    within: bool = False,
) -> bool:
    """Whether the evidence *text* of a fact states the kind of detail a question asks for.

    ``asked_entities`` and ``asked_words`` are what the question already names: a detail the
    question itself gives ("in Baku") does not answer it, and with ``within`` ("where in
    Azerbaijan?") only a place inside the one given does. ``entity_kinds`` gives the entities
    the text names with their kinds (person, role, organisation, place, country, region); it is
    called only for the kinds of detail that need them.
    """
    check = _CHECKS.get(kind) if kind else None
    if check is None:
        return True
    named = entity_kinds().items() if kind in _READ_NAMES else ()
    others = frozenset(k for e, k in named if e not in asked_entities)
    return check(_Evidence(text, strict, asked_words, others, capitals, within))


def _named_place(text: str, asked_words: frozenset[str]) -> bool:
    """Whether the text says "in <Name>" for a name the question does not use."""
    names = (m.group(1) or m.group(2) for m in _PLACE_AFTER.finditer(text))
    return any(fold(name) not in asked_words for name in names)
