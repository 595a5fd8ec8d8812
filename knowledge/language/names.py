"""Names of things: entities, topics and the world's countries, found in a question.

Every alias is folded and stemmed, so «Турцией», «Турции» and "Turkey's" all reach the same
entity; single-word aliases are also reachable with a typo ("turky", "azerbajan", "Chian").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import OSA

from knowledge.language import every, ru
from knowledge.language.spelling import ByLength, slips
from knowledge.language.words import STOP_WORDS, fold, fold_token, is_money, raw_tokens, stem
from knowledge.store.bundle import read_table

__all__ = ["Concept"]

WORLD_PREFIX = "world:"


@dataclass(frozen=True)
class Concept:
    """An entity, a topic or a world country, with display names."""

    id: str
    kind: str  # country, person, organisation, place, region, topic, world
    name_en: str
    name_ru: str

    @property
    def is_topic(self) -> bool:
        """Topics describe subjects; every other kind is a named entity."""
        return self.kind == "topic"

    def name(self, lang: str) -> str:
        """Display name in ``"ru"`` or ``"en"``."""
        return self.name_ru if lang == "ru" else self.name_en


@dataclass(frozen=True)
class Mention:
    """A concept named in a question: which tokens named it and whether by a typo."""

    concept: Concept
    start: int
    end: int
    fuzzy: bool = False


# Articles before a lower-case acronym that is also a word make it a name ("the us").
_DEFINITE = frozenset(every(lambda lang: lang.DEFINITE))
MIN_STEM = 5  # shorter stems collide with common words (Киев → "ки", Грузия → "груз")
SLIP_STEM = 3  # letters of the shortest stem that may be the start of a mistyped name
NEAREST_CACHE = 50_000  # typo lookups remembered between questions
NAME_FORMS_CACHE = 5000  # concepts whose names' forms are kept between questions


@lru_cache(maxsize=200_000)
def alias_key(word: str) -> str:
    """How one folded word of a name is compared: by stem when the stem is long enough to be
    distinctive, otherwise by its exact form (so every inflection must be listed as an alias),
    less a final soft sign, which Russian typed in Latin letters leaves out ("Czyun" is
    «Цзюнь»).
    """
    word_stem = stem(word)
    return word_stem if len(word_stem) >= MIN_STEM else "=" + word.removesuffix(ru.SOFT_SIGN)


@lru_cache(maxsize=200_000)
def _token_key(token: str) -> str:
    """:func:`alias_key` of a token as typed (folded first), memoised in one step: curated
    texts and questions repeat their words."""
    return alias_key(fold_token(token))


def _one_slip(typed: str, meant: str) -> bool:
    """Whether a word of three letters or more is *meant* or one edit from it."""
    return typed == meant or (len(typed) >= 3 and OSA.distance(typed, meant, score_cutoff=1) <= 1)


_DECLINES = re.compile(ru.NAME_WORD)


def russian_forms(word: str) -> list[str]:
    """Case forms of a one-word Russian name (Иран → Ирана, Ирану, Ираном, Иране)."""
    if not _DECLINES.fullmatch(word):
        return []
    for ending, cut, endings in ru.NAME_ENDINGS:
        if word.endswith(ending):
            return [word[: len(word) - len(cut)] + e for e in endings]
    if word[-1] in ru.NAME_INDECLINABLE:
        return []  # indeclinable (Токио, Чили, Перу)
    return [word + e for e in ru.NAME_CONSONANT_ENDINGS]


@lru_cache(maxsize=NAME_FORMS_CACHE)
def name_forms(concept: Concept) -> frozenset[str]:
    """The folded words of a concept's English and Russian names, with the Russian cases of
    each (kept: the same parties are asked about again and again, and a renamed one is
    another concept)."""
    names = fold(f"{concept.name_en} {concept.name_ru}").split()
    return frozenset(names).union(form for name in names for form in russian_forms(name))


def max_typos(word: str) -> int:
    """How many edits a word of this length may carry and still be recognised."""
    if len(word) < 5:
        return 0
    return 1 if len(word) < 9 else 2


# Words of a person's role ("president", «атташе»): with a country they name its holder.
_ROLE = re.compile("|".join(every(lambda lang: lang.ROLES)))
ROLE_REACH = 2  # words between a country and the role it qualifies ("Chinese military attaché")


def load_world() -> list[dict[str, Any]]:
    """The bundled gazetteer of the world's countries and capitals (EN/RU)."""
    return read_table("world")


COUNTRY_KINDS = frozenset({"country", "world"})


class Vocabulary:
    """Alias tables for entities, topics and world countries, with typo-tolerant lookup."""

    def __init__(
        self,
        entities: list[dict[str, Any]],
        topics: list[dict[str, Any]],
        world: list[dict[str, Any]],
    ) -> None:
        self.concepts: dict[str, Concept] = {}
        self._phrases: dict[tuple[str, ...], str] = {}
        self._acronyms: dict[str, str] = {}  # short all-caps aliases matched case-sensitively
        self._longest: dict[str, int] = {}  # first word of an alias → its longest alias
        self._resolved: dict[str, str | None] = {}  # label → what it resolves to
        capitals: set[str] = set()
        by_iso: dict[str, str] = {}
        for entity in entities:
            concept = Concept(entity["id"], entity["kind"], entity["name_en"], entity["name_ru"])
            self.concepts[concept.id] = concept
            if entity.get("iso"):
                by_iso[entity["iso"].upper()] = concept.id
        for topic in topics:
            self.concepts[topic["id"]] = Concept(
                topic["id"], "topic", topic["name_en"], topic["name_ru"]
            )
        # World countries first, so curated entities win any shared alias.
        for country in world:
            concept_id = by_iso.get(country["iso"].upper())
            if concept_id is None:
                concept_id = WORLD_PREFIX + country["iso"].lower()
                self.concepts[concept_id] = Concept(
                    concept_id, "world", country["name_en"], country["name_ru"]
                )
            capitals.update(fold(capital) for capital in country.get("capitals", []))
            for alias in [*country.get("names", []), *country.get("capitals", [])]:
                self._add_alias(alias, concept_id)
        # Topics before entities, so a word that names both ("Russian") names the entity.
        for item in [*topics, *entities]:
            names = [item["id"].replace("-", " "), item["name_en"], item["name_ru"]]
            for alias in [*names, *item.get("aliases", [])]:
                self._add_alias(alias, item["id"])
        # Folded names of the world's capitals: a sentence saying "in <one>" names a city.
        self.capitals = frozenset(capitals)
        self._build_fuzzy()
        self._roles = self._role_holders(entities)
        # Each person's country, by the same aliases (Aliyev: Azerbaijan).
        self._countries = {person: country for (country, _), person in self._roles.items()}

    def _names_here(self, concept_id: str, tokens: list[str], topics: bool) -> bool:
        """Whether the words that match an alias of the concept name it: a topic only where
        topics are looked for, and not by a stop word alone ("concerning Ukraine" is about
        Ukraine, no one's concern, though "concern" names the reactions of other powers)."""
        if not self.concepts[concept_id].is_topic:
            return True
        return topics and not (len(tokens) == 1 and fold_token(tokens[0]) in STOP_WORDS)

    def _add_alias(self, alias: str, concept_id: str) -> None:
        stripped = alias.strip()
        if 1 < len(stripped) <= 3 and stripped.isupper():
            self._acronyms[stripped.replace(".", "")] = concept_id
            return
        words = fold(stripped).split()
        while len(words) > 1 and words[0] in STOP_WORDS:
            words = words[1:]  # "the States" is named by "States", not by "the state visit"
        if not words or (len(words) == 1 and words[0] in STOP_WORDS):
            return
        if len(words) == 1:
            for form in russian_forms(words[0]):
                self._phrases.setdefault((alias_key(form),), concept_id)
                self._longest.setdefault(alias_key(form), 1)
        key = tuple(alias_key(w) for w in words)
        self._phrases[key] = concept_id
        self._longest[key[0]] = max(self._longest.get(key[0], 0), len(key))

    def _build_fuzzy(self) -> None:
        forms: dict[str, str] = {}
        for key, concept_id in self._phrases.items():
            form = key[0].lstrip("=")
            if len(key) == 1 and max_typos(form) and form not in forms:
                forms[form] = concept_id
        # Shorter forms first, then in alias order: the first of equally close forms wins.
        by_length = sorted(forms, key=len)
        self._forms = by_length
        self._form_concepts = forms
        self._spelling = ByLength(by_length)
        self._nearest_cache: dict[str, tuple[int, str] | None] = {}
        self._slip_cache: dict[str, str | None] = {}
        # The starts of names' forms: a word known by its stem that is one of them may be a
        # slip of that name (see _slip_of_name).
        self._form_prefixes = frozenset(
            form[:end]
            for form in by_length
            if not self.concepts[forms[form]].is_topic
            for end in range(SLIP_STEM, len(form) + 1)
        )
        # The word keys of each concept's several-word names ("южн", "кавказ"), and those
        # names of parties by their first word (for a slip in a later one: "Сун Джна") and
        # by their second (for a slip in the first: «Сон Джун»).
        self._name_words: dict[str, set[str]] = {}
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._by_second: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key, concept_id in self._phrases.items():
            if len(key) > 1:
                self._name_words.setdefault(concept_id, set()).update(w.lstrip("=") for w in key)
                if not self.concepts[concept_id].is_topic:
                    self._by_first.setdefault(key[0], []).append((key, concept_id))
                    self._by_second.setdefault(key[1], []).append((key, concept_id))

    def _role_holders(self, entities: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
        """(country, role word's key) → the person an alias names by them: "Azerbaijani
        president" and «президент Азербайджана» make the president of Azerbaijan Aliyev."""
        roles: dict[tuple[str, str], str] = {}
        for entity in entities:
            if entity["kind"] != "person":
                continue
            for alias in entity.get("aliases", []):
                tokens = raw_tokens(alias)
                countries = self._countries_in(tokens)
                if len(countries) != 1:
                    continue
                country = countries[0]
                for position, token in enumerate(tokens):
                    word = fold_token(token)
                    if not country.start <= position < country.end and _ROLE.fullmatch(word):
                        roles.setdefault((country.concept.id, stem(word)), entity["id"])
        return roles

    def _countries_in(self, tokens: list[str]) -> list[Mention]:
        """The countries a shorter part of a name names ("Azerbaijani" in "Azerbaijani
        president", itself an alias of the person)."""
        keys = [_token_key(t) for t in tokens]
        found = []
        for size in range(1, len(keys)):
            for start in range(len(keys) - size + 1):
                concept_id = self._phrases.get(tuple(keys[start : start + size]))
                if concept_id and self.concepts[concept_id].kind in COUNTRY_KINDS:
                    found.append(Mention(self.concepts[concept_id], start, start + size))
        return found

    def country_of(self, person_id: str) -> str | None:
        """The country a person holds a role of, by the curated aliases ("Azerbaijani
        president": Azerbaijan), if any."""
        return self._countries.get(person_id)

    def holders(self, tokens: list[str], mentions: list[Mention]) -> list[Mention]:
        """The people a question names by their country and role ("the azeri president",
        «китайский атташе») where it does not name them: a mention on the role word."""
        found: list[Mention] = []
        named = {m.concept.id for m in mentions}
        taken = {p for m in mentions for p in range(m.start, m.end)}
        for country in (m for m in mentions if m.concept.kind in COUNTRY_KINDS):
            near = range(
                max(0, country.start - ROLE_REACH - 1),
                min(len(tokens), country.end + ROLE_REACH + 1),
            )
            for position in near:
                word = fold_token(tokens[position])
                person = self._roles.get((country.concept.id, stem(word)))
                if position in taken or person is None or person in named:
                    continue
                found.append(Mention(self.concepts[person], position, position + 1))
                named.add(person)
        return found

    def in_name_of(self, token: str, concept_ids: Iterable[str]) -> bool:
        """Whether a word is a slip (one edit) of a word of one of these concepts'
        several-word names: "Южом" beside «Кавказе» is part of «Южном Кавказе», not a name
        the briefing lacks."""
        key = _token_key(token).lstrip("=")
        return any(
            OSA.distance(key, word, score_cutoff=1) <= 1
            for concept_id in concept_ids
            for word in self._name_words.get(concept_id, ())
        )

    def resolve(self, label: str) -> str | None:
        """The concept id a label names exactly ("Turkey", "Анкара", "turkey"), if any;
        remembered, as an import names the same parties again and again."""
        if label in self.concepts:
            return label
        if label not in self._resolved:
            if len(self._resolved) >= NEAREST_CACHE:
                self._resolved.clear()
            self._resolved[label] = self._resolve(label)
        return self._resolved[label]

    def _resolve(self, label: str) -> str | None:
        stripped = label.strip()
        if stripped.replace(".", "") in self._acronyms:
            return self._acronyms[stripped.replace(".", "")]
        return self._phrases.get(tuple(alias_key(w) for w in fold(stripped).split()))

    def find(
        self,
        raw_tokens: list[str],
        is_known: Callable[[str], bool] = lambda word: False,
        *,
        typos: bool = True,
        topics: bool = True,
    ) -> list[Mention]:
        """Concepts named in a tokenised question (longest phrase first, then typos).

        ``raw_tokens`` keep their original case (for acronyms such as "US"); a word for which
        ``is_known`` is true is an ordinary word of the knowledge, never a typo of a name.
        ``typos=False`` reads curated text, where names are spelt right. ``topics=False``
        finds only parties, also inside a topic's phrase ("supporting Kyiv" names Ukraine).
        """
        keys = [_token_key(t) for t in raw_tokens]
        taken = [False] * len(keys)
        mentions: list[Mention] = []
        # Only positions where some alias begins are tried, longest alias first.
        starts = [(p, n) for p, key in enumerate(keys) if (n := self._longest.get(key, 0))]
        for size in range(min(max((n for _, n in starts), default=0), len(keys)), 0, -1):
            for start, longest in starts:
                if size > longest or start + size > len(keys) or any(taken[start : start + size]):
                    continue
                concept_id = self._phrases.get(tuple(keys[start : start + size]))
                if concept_id is None or not self._names_here(
                    concept_id, raw_tokens[start : start + size], topics
                ):
                    continue
                end = self._reach(concept_id, keys, taken, start, start + size)
                mentions.append(Mention(self.concepts[concept_id], start, end))
                taken[start:end] = [True] * (end - start)
        for position in range(len(raw_tokens)):
            if taken[position]:
                continue
            if found := self._one_word(raw_tokens, keys, taken, position, is_known, typos):
                concept_id, end, fuzzy = found
                mentions.append(Mention(self.concepts[concept_id], position, end, fuzzy))
                taken[position:end] = [True] * (end - position)
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _reach(
        self, concept_id: str, keys: list[str], taken: list[bool], start: int, end: int
    ) -> int:
        """Where a name found at *start*..*end* ends, with another name of the same concept
        that overlaps it and goes on («полковник Сунь» and «Сунь Цзюнь» in «полковник Сунь
        Цзюнь»: one mention, no «Цзюнь» left over as a word no fact uses)."""
        for inner in range(start + 1, end):
            longest = min(len(keys), inner + self._longest.get(keys[inner], 0))
            for stop in range(longest, end, -1):
                if any(taken[end:stop]):
                    continue
                if self._phrases.get(tuple(keys[inner:stop])) == concept_id:
                    return stop
        return end

    def _one_word(
        self,
        raw_tokens: list[str],
        keys: list[str],
        taken: list[bool],
        position: int,
        is_known: Callable[[str], bool],
        typos: bool,
    ) -> tuple[str, int, bool] | None:
        """(concept id, end, whether typed with a slip) of the name starting at *position*
        that no alias spells out: an acronym, or with *typos* a name of several words with
        a slip in a later one, or one word a slip of a name."""
        if typos and (slipped := self._slipped_phrase(keys, taken, position)):
            return slipped[0], slipped[1], True
        if concept_id := self._acronym(raw_tokens, position):
            return concept_id, position + 1, False
        if typos and (concept_id := self._fuzzy(fold_token(raw_tokens[position]), is_known)):
            return concept_id, position + 1, True
        return None

    def _slipped_phrase(
        self, keys: list[str], taken: list[bool], start: int
    ) -> tuple[str, int] | None:
        """(concept id, end) of a several-word name of a party whose first word stands at
        *start* as spelt and whose other words are each one slip off ("Сун Джна"), or
        whose second word is spelt and the others one slip off («Сон Джун»)."""
        second = keys[start + 1] if start + 1 < len(keys) else None
        for key, concept_id in (
            *self._by_first.get(keys[start], ()),
            *self._by_second.get(second or "", ()),
        ):
            end = start + len(key)
            if end > len(keys) or any(taken[start:end]):
                continue
            typed = [word.lstrip("=") for word in keys[start:end]]
            meant = [word.lstrip("=") for word in key]
            if all(map(_one_slip, typed, meant)):
                return concept_id, end
        return None

    def _acronym(self, raw_tokens: list[str], position: int) -> str | None:
        """The concept an acronym token names ("US", "U.S."). Typed in lower case ("usa",
        «сша») it is one too, unless it is an ordinary word ("us"), which only "the" before
        it makes a name ("does the us help baku?")."""
        token = raw_tokens[position]
        concept_id = self._acronyms.get(token.upper().replace(".", ""))
        if concept_id is None or token.isupper():
            return concept_id
        after_the = position > 0 and raw_tokens[position - 1].lower() in _DEFINITE
        return None if fold_token(token) in STOP_WORDS and not after_the else concept_id

    def _fuzzy(self, word: str, is_known: Callable[[str], bool]) -> str | None:
        if word in STOP_WORDS or word.isdigit() or is_money(word):
            return None
        if is_known(word):
            return self._slip_of_name(word)
        if not max_typos(word):
            return self._short_slip(word)
        found = [near for query in {word, stem(word)} if (near := self._nearest(query))]
        return min(found)[1] if found else None

    def _slip_of_name(self, word: str) -> str | None:
        """The one-word name a word the facts know by its stem is one phone slip of (a
        letter dropped, doubled or swapped, never replaced): «Турця» is Turkey, although
        the facts know «турц-» as a word too. Remembered, as questions repeat their words."""
        if stem(word) not in self._form_prefixes:
            return None  # known as a word of its own, not as the start of a name
        if word not in self._slip_cache:
            # «турци»: «турции» with a letter dropped, though «турки» is one letter away too
            named = {self._form_concepts.get(form) for form in slips(word, short=True)}
            named.discard(None)
            concept_id = named.pop() if len(named) == 1 else None
            if concept_id is not None and self.concepts[concept_id].is_topic:
                concept_id = None
            if len(self._slip_cache) >= NEAREST_CACHE:
                self._slip_cache.clear()
            self._slip_cache[word] = concept_id
        return self._slip_cache[word]

    def _short_slip(self, word: str) -> str | None:
        """A four-letter word read as a five-letter name it drops one letter of ("Chia",
        "Cina" → China): the typo, not the name, is too short for the usual budget."""
        if len(word) != 4 or not word.isalpha():
            return None
        found = self._spelling.nearest(word, 1)
        if found is None or len(self._forms[found[1]]) != len(word) + 1:
            return None
        return self._form_concepts[self._forms[found[1]]]

    def _nearest(self, query: str) -> tuple[int, str] | None:
        """(edits, concept id) of the single-word alias fewest edits from *query*, within its
        typo budget; remembered, as questions repeat their words."""
        if query in self._nearest_cache:
            return self._nearest_cache[query]
        found = self._spelling.nearest(query, max_typos(query))
        best = (found[0], self._form_concepts[self._forms[found[1]]]) if found else None
        if len(self._nearest_cache) >= NEAREST_CACHE:
            self._nearest_cache.clear()
        self._nearest_cache[query] = best
        return best
