"""Follow-up questions: what a chat's last answer leaves for its next question, whether that
question leans on it, how it is read with it, and which earlier answer it leans on.

A :class:`FollowUp` is the question as the engine understood it and the fact its answer
cited. Between questions it is kept as a plain record (:meth:`FollowUp.record`,
:func:`restore`) in the chat's :class:`Thread`, so a conversation goes on after a restart.
:meth:`knowledge.answering.Answering.ask` reads a short question with it (:func:`read_with`)
when the question points back or does not stand on its own; the ranking then moves the fact
cited last and the facts beside it (:mod:`knowledge.search.scoring`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from knowledge.language import every
from knowledge.language.details import CHECKED, STEERS
from knowledge.language.intent import (
    ANAPHORA,
    CHOICE,
    DENIALS,
    PREPOSITIONS,
    PROVENANCE,
    STRICT,
    WHICH,
    aside_positions,
    asks_interest,
    says_how,
    says_meaning,
    says_reverse,
    says_same,
    without_interest,
)
from knowledge.language.names import Concept
from knowledge.language.question import Question
from knowledge.language.words import STOP_WORDS
from knowledge.outcomes import Detail
from knowledge.search.index import TOPIC

__all__ = ["FollowUp", "Thread"]

_PERSONAL = frozenset(every(lambda lang: lang.PERSONAL))  # "he", «он»: back at a person
_PLURAL = frozenset(every(lambda lang: lang.PLURAL))  # "they", «они»: back at a company
_THERE = frozenset(every(lambda lang: lang.THERE))  # "there", «там»: back at a place
_EXISTENTIAL = frozenset(every(lambda lang: lang.EXISTENTIAL))  # "is there"
_OPENERS = frozenset(every(lambda lang: lang.OPENERS))  # "and ...?"
_OPENER_PHRASES = tuple(sorted((tuple(o.split()) for o in _OPENERS), key=len, reverse=True))
_PART = frozenset(every(lambda lang: lang.PART))  # "which bit …?": a part of what was cited
_BEYOND = frozenset(every(lambda lang: lang.BEYOND))  # "tell me more"
_SCOPE = frozenset(every(lambda lang: lang.SCOPE))  # "only in the Caucasus?"
_CONFIRMED = frozenset(every(lambda lang: lang.CONFIRMED))  # "is that confirmed?"
_THE_OTHER = frozenset(every(lambda lang: lang.THE_OTHER))  # "the other article"
_AUTHOR = frozenset(every(lambda lang: lang.AUTHOR))  # "what does the author think of it?"
_ARTICLE = frozenset(every(lambda lang: lang.ARTICLE))
_DEMONSTRATIVE = frozenset(every(lambda lang: lang.DEMONSTRATIVE))  # "these fields"
_ELSE = frozenset(every(lambda lang: lang.ELSE))  # "what else?"
_CHOICE = frozenset(every(lambda lang: lang.CHOICE))  # "the author or someone else?"
ALTERNATIVE_REACH = 3  # words after "or" in which "else" ends the alternative offered
_OTHER_ONE = frozenset(every(lambda lang: lang.OTHER_ONE))  # "and the other one?"
_VERBATIM = frozenset(every(lambda lang: lang.VERBATIM))  # "exact words?", «дословно?»
_INSTEAD = frozenset(every(lambda lang: lang.INSTEAD))  # "what is it, then?"
_FROM = frozenset(every(lambda lang: lang.WRITES_FROM))  # "where does it come from?"
_COMING = frozenset(every(lambda lang: lang.COMING))
_GO_ON = frozenset(every(lambda lang: lang.GO_ON))  # "and?", «а дальше?»
_THEN = tuple(every(lambda lang: lang.THEN))  # "and after that, what …?"
_OF_WHAT = tuple(every(lambda lang: lang.OF_WHAT))  # "after what?", «с кем?»
_IF = frozenset(every(lambda lang: lang.IF))  # "if not official"
_OF_WHAT_WORDS = frozenset(word for phrase in _OF_WHAT for word in phrase)
OF_WHAT_REACH = 1  # words after "after what" still asking it ("after what event tho?")
_WHAT = frozenset(every(lambda lang: lang.WHAT))  # «а с Baykar что?»: what of them, any kind
_CONSEQUENCE = tuple(every(lambda lang: lang.CONSEQUENCE))  # «В результате …»
SETTING = frozenset({"region", "place"})  # kinds of entity a follow-up keeps from before
SHORT = 3  # content words at most in a question that may lean on the previous one
TTL = 30 * 60.0  # seconds a chat's last question stays the context of the next one
KEPT = 50  # answers per chat whose follow-up a reply can still take up


@dataclass(frozen=True)
class FollowUp:
    """What a chat asked last: the question as understood and the fact its answer cited."""

    question: Question
    fact_id: str | None

    def record(self) -> dict[str, Any]:
        """Plain data to keep between questions (in the database, across restarts): the
        question's text and what a follow-up reads of it beyond its own words."""
        question = self.question
        return {
            "text": question.text,
            "entities": [c.id for c in question.entities],
            "topics": [c.id for c in question.topics],
            "carried": list(question.carried),
            "stems": question.stems,
            "fact": self.fact_id,
        }


def restore(
    record: Mapping[str, Any],
    analyse: Callable[[str], Question],
    concept: Callable[[str], Concept | None],
) -> FollowUp:
    """The follow-up a :meth:`FollowUp.record` keeps, read again as the engine read it
    (*analyse* takes a text apart; *concept* finds an entity or topic still known)."""
    entities = [c for c in map(concept, record["entities"]) if c is not None]
    topics = [c for c in map(concept, record["topics"]) if c is not None]
    question = replace(
        analyse(record["text"]),
        entities=tuple(entities),
        topics=tuple(topics),
        carried=tuple(record["carried"]),
        stems=record["stems"],
    )
    return FollowUp(question, record["fact"])


def _previous_weight(question: Question, previous: Question, hub: frozenset[str]) -> int:
    """How a follow-up relates to the fact the previous answer cited: a detail of it (+1),
    or beyond it (-1): "why?", "what came of it?", "tell me more", or someone the previous
    question did not name (the user has read that fact already)."""
    new_names = question.entity_ids - previous.entity_ids - hub
    if asks_how_far(question):
        return 1  # how far the cited fact goes: its own sentence says
    if not new_names and asks_if_sure(question):
        return 1  # how sure it is («эксперты не исключают»): its own sentence says too
    if not new_names and question.asks not in STEERS and STRICT.intersection(question.words):
        return 1  # «а подробнее? что конкретно»: the specifics the cited fact gives
    # ... or what a party gets out of it ("and what do they get out of it?")
    beyond = (
        _BEYOND.intersection(_not_alternatives(question.words))
        or asks_the_other(question)
        or goes_on(question)
        or carries_on(question)
        or _asks_gain_only(question)
    )
    if new_names or question.asks in STEERS or beyond:
        return -1
    return 1 if question.asks in CHECKED else 0


def _asks_gain_only(question: Question) -> bool:
    """Whether a follow-up asks what a party gets ("and what do they get out of it?"), not
    why ("зачем это нужно?": a bare "why?", which the sentences around the fact answer)."""
    return question.asks is None and asks_interest(list(question.words))


def _same_of(question: Question) -> bool:
    """Whether a follow-up naming someone new asks of them what was asked before: it has
    no question word of its own, and the party comes in the role the preposition before
    it gives ("and from Turkey?", «а у Турции?»), not on its own ("and Turkey?"), or it
    says it asks the same ("and China, same idea?", «а Китай тоже?»)."""
    words = _own_words(question)
    return question.asks is None and bool(words) and (words[0] in PREPOSITIONS or says_same(words))


def _by_preposition(question: Question) -> bool:
    """Whether a follow-up opens, past "and", with a preposition ("and with China?", «а с
    КНР почему?»): the party it names comes in the role the one before had."""
    words = _own_words(question)
    return bool(words) and words[0] in PREPOSITIONS


def _own_words(question: Question) -> list[str]:
    """A follow-up's words past the openers ("and", «а»)."""
    words = [word for word in question.words if word]
    while opener := next((o for o in _OPENER_PHRASES if tuple(words[: len(o)]) == o), None):
        words = words[len(opener) :]
    return words


def leans_back(question: Question) -> bool:
    """Whether a question points back ("who signed it?", «а Россия?», "and with China?",
    "anything else?"), or is one word that only makes sense with what came before
    ("militarily?", "meaning?")."""
    words = question.words
    if not words or question.smalltalk:
        return False
    if len(words) == 1:
        return True
    opener = words[0] in _OPENERS | _SCOPE or " ".join(words[:2]) in _OPENERS
    # "anything else apart from the memorandum?": else than what was cited; "after what?"
    back = asks_else(question) or preposition_asked(question) is not None
    # "which bit is the most controversial?": a part of what was cited
    part = not _PART.isdisjoint(words) and not WHICH.isdisjoint(words)
    return opener or back or part or bool(ANAPHORA.intersection(without_interest(list(words))))


def asks_how_far(question: Question) -> bool:
    """Whether a follow-up asks how far the cited fact goes ("only the Caucasus, or other
    regions too?", «только на Кавказе?»): its subject is that fact, whatever it names."""
    return bool(question.words) and question.words[0] in _SCOPE


def asks_effect_of_it(question: Question) -> bool:
    """Whether a question asks what "this" does to something ("and how does this affect
    relations with the Kremlin?", «а как это отражается на отношениях с Кремлём?»): its
    subject is what was cited, however many words of its own it has."""
    return question.asks == Detail.RESULT and bool(ANAPHORA.intersection(question.words))


def asks_choice_of_it(question: Question) -> bool:
    """Whether a question offers answers to choose from about what was cited ("what was
    it about — security or logistics?", «это было в Баку или в Пекине?»): its own words are
    the choices, its subject the cited fact."""
    words = set(question.words)
    return not CHOICE.isdisjoint(words) and not ANAPHORA.isdisjoint(words)


def asks_authors_view(question: Question) -> bool:
    """Whether a follow-up asks what the author makes of what was cited ("so what does the
    author think of that?", «а автор как это оценивает?»): naming no one new, pointing
    back, asking no detail but a view; not one naming the author in an aside ("so how is
    it taking shape, in the author's words?"), unless the aside is all it asks («и как это
    оценивает сам автор?»)."""
    aside = aside_positions(list(question.words)) if question.terms else set()
    words = {word for n, word in enumerate(question.words) if n not in aside}
    if _AUTHOR.isdisjoint(words) or ANAPHORA.isdisjoint(words):
        return False
    return (
        question.asks in (None, Detail.STANCE) and question.entity_ids <= question.previous_entities
    )


def asks_other_article(question: Question) -> bool:
    """Whether a question asks of "the other article" («в другой статье»): the one the
    fact cited last is not from."""
    words = question.words
    return any(a in _THE_OTHER and b in _ARTICLE for a, b in zip(words, words[1:], strict=False))


def asks_source_only(question: Question) -> bool:
    """Whether a question only asks where something comes from ("source?", «откуда инфа?»):
    naming nothing, it asks it of the fact cited last."""
    return not question.entities and asks_source(question)


def asks_source(question: Question) -> bool:
    """Whether a question's words only ask where something comes from, whatever it names;
    not "why not, according to the author?", which asks his reasons."""
    if question.asks in (Detail.REASON, Detail.RESULT):
        return False
    asked = PROVENANCE.intersection(question.words)
    if _FROM.isdisjoint(question.words):  # "did they come over?" asks where no one comes from
        asked -= _COMING
    said = len(asked) + len(_ARTICLE.intersection(question.words))  # «инфа»: what was read
    # not "what does the author think of that?": his view, not who he is
    return bool(asked) and len(question.terms) <= said and not asks_authors_view(question)


def pointed_at(question: Question) -> set[str]:
    """The words a follow-up points back with ("why those regions?", «а почему эти
    страны?»): each right after "those", «эти» stands for what the last answer named."""
    words = question.words
    return {word for before, word in zip(words, words[1:], strict=False) if before in ANAPHORA}


def asks_if_sure(question: Question) -> bool:
    """Whether a follow-up asks how sure the fact cited last is ("is that confirmed?")."""
    return bool(_CONFIRMED.intersection(question.words))


def asks_else(question: Question) -> bool:
    """Whether a follow-up asks for another item of what the fact cited last lists ("what
    else?", «что ещё?»)."""
    return bool(_ELSE.intersection(_not_alternatives(question.words)))


def _not_alternatives(words: tuple[str, ...]) -> list[str]:
    """The words without an "else" that ends an alternative offered ("who thinks so, the
    author or someone else?", «сам автор или кто-то ещё?"): who of them, nothing more."""
    return [
        word
        for n, word in enumerate(words)
        if word not in _ELSE or _CHOICE.isdisjoint(words[max(0, n - ALTERNATIVE_REACH) : n])
    ]


def asks_the_other(question: Question) -> bool:
    """Whether a follow-up asks for the other one of what was asked, naming no one ("and
    the other one?" after the first of two deals, «а второй?», "wasn't there a second
    deal?"): not the one cited."""
    named = question.entity_ids - question.previous_entities  # of the chat's, none new
    others = not _OTHER_ONE.isdisjoint(question.words)
    return not named and others and not asks_reverse(question)  # not "the other way"


def asks_what_was_done(question: Question) -> bool:
    """Whether a follow-up of one word to look for asks what or who did it («а чё
    подписали?», "who signed?"): a kind asked, or "what" (not «кто кого обучал?», which of
    the parties did what), no one's gain ("and what does China get?"), and nothing instead
    of what was cited ("what is it, then?")."""
    words = set(question.words)
    return (
        len(question.terms) == 1
        and question.gainer is None
        and (question.asks in CHECKED or (question.asks is None and not _WHAT.isdisjoint(words)))
        and _INSTEAD.isdisjoint(words)
        and not asks_else(question)
    )


def asks_meaning(question: Question) -> bool:
    """Whether a follow-up asks what words mean ("'absence of ideological conditions'
    meaning?", «что имеется в виду под …?»), not what something means for someone."""
    return question.asks is None and says_meaning(list(question.words))


def asks_wording(question: Question, terms: Callable[[str], str]) -> bool:
    """Whether a follow-up only asks for the exact words of what was cited ("exact words,
    please", «а как это в статье названо, дословно?»): no word of its own to look for
    besides those asking it (*terms*: a word's search term)."""
    asked = _VERBATIM.intersection(question.words)
    return bool(asked) and set(question.terms) <= {terms(w) for w in asked}


def asks_how(question: Question) -> bool:
    """Whether a follow-up asks how, of no other kind ("so how is it forming, then?")."""
    return question.asks is None and says_how(list(question.words))


def goes_on(question: Question) -> bool:
    """Whether a follow-up only asks the article to go on ("and?", "what happens next?",
    «а дальше?»)."""
    return bool(question.words) and set(question.words) <= _GO_ON


def carries_on(question: Question) -> bool:
    """Whether a follow-up opens or ends by asking what comes after ("and after that, what
    could Azerbaijan turn into?", «а потом что?»): the article's next sentences first, in
    the next paragraph too."""
    return then_said(question) is not None


def then_said(question: Question) -> str | None:
    """The words with which a follow-up asks what comes after ("after that", «потом»), or
    None."""
    words = tuple(_own_words(question))
    for phrase in _THEN:
        if words[: len(phrase)] == phrase or words[len(words) - len(phrase) :] == phrase:
            return " ".join(phrase)
    return None


def preposition_asked(question: Question) -> str | None:
    """The preposition a follow-up asks the rest of ("after what tho?", "for what?", «с
    кем?»): what the cited sentence says after it, when it uses it; or None."""
    words = _own_words(question)
    words = [word for word in words if word not in STOP_WORDS or word in _OF_WHAT_WORDS]
    for phrase in _OF_WHAT:
        if tuple(words[: len(phrase)]) == phrase and len(words) <= len(phrase) + OF_WHAT_REACH:
            return phrase[0]
    return None


def asks_reverse(question: Question) -> bool:
    """Whether a follow-up asks the other direction of what was cited ("and the traffic
    the other way?", «а наоборот?»): a sentence naming both sides may say it too."""
    return says_reverse(list(question.words))


def sets_denied_aside(question: Question) -> bool:
    """Whether a follow-up sets aside what was denied ("so how is it forming, if not
    officially?", «а что тогда, если не союз?»): what the cited sentence says instead."""
    words = question.words
    return any(
        word in _IF and not DENIALS.isdisjoint(words[at + 1 : at + 3])
        for at, word in enumerate(words)
    )


def follows_from_before(sentence: str) -> bool:
    """Whether a sentence opens by saying it follows from what comes before it («В
    результате …», "As a result, …"): its reason is there, not after it."""
    return sentence.lower().startswith(_CONSEQUENCE)


def points_at_someone(question: Question) -> bool:
    """Whether a question points back at a person ("what did he say?", «а что он сказал?»)."""
    return bool(_PERSONAL.intersection(question.words))


def points_at_a_place(question: Question) -> bool:
    """Whether a question points back at a place ("what did they sign there?", «а что там
    подписали?»), not "is there …?"."""
    words = ("", *question.words, "")
    return any(
        word in _THERE and before not in _EXISTENTIAL and after not in _EXISTENTIAL
        for before, word, after in zip(words, words[1:], words[2:], strict=False)
    )


def points_at_them(question: Question) -> bool:
    """Whether a question points back with "they" («а они что-то соберут на месте?»): at a
    company or a ministry the previous answer named, when it named one."""
    return bool(_PLURAL.intersection(question.words))


def may_follow(question: Question, *, answered: bool) -> bool:
    """Whether a question may be read in the previous one's context: one short enough, or
    one pointing back at what was said ("which of these fields worries rivals most?",
    «каковы перспективы этой компании в регионе?») that alone is not *answered*."""
    if question.unknown:
        return False
    # "what did Turkey sign with Azerbaijan?" stands alone; «а Европа и США почему не
    # вариант?», not answered alone, opens as a follow-up does
    opens = bool(question.words) and question.words[0] in _OPENERS
    if len(question.entities) > 1 and (answered or not opens):
        return False
    if len(question.terms) <= SHORT or asks_meaning(question):
        return True  # ... "'absence of ideological conditions' meaning?": of what was cited
    return not answered and not _DEMONSTRATIVE.isdisjoint(question.words)


def read_with(
    question: Question, follow_up: FollowUp, hub: frozenset[str] = frozenset()
) -> Question:
    """The follow-up read with what the previous question asked about.

    Entities the follow-up names replace the previous ones (only the previous regions and
    places, the setting of the parties named with them, stay; all stay when the new ones
    are asked how they take "that"); the previous question's words come along at reduced
    weight, or the words it carried when it had none of its own ("when?"): after "what did
    they sign there?", the visit asked about before it is no longer what "what does it
    cover?" is about.
    A follow-up that only names someone ("а США?") asks about them: the previous words only
    order the facts about them. Naming only the briefing's *hub* (the entities most facts are
    about) names no one new ("could they assemble them in Azerbaijan?" after Baykar's contract).
    One that only names an article asks there what was asked before.
    """
    previous = follow_up.question
    kept = _kept(question, previous, hub)
    entities = {c.id: c for c in [*question.entities, *kept]}
    topics = question.topics or previous.topics
    echoed: tuple[str, ...] = ()
    asks = previous.asks if (switch := _switches_article(question)) else question.asks
    carried = tuple(t for t in (previous.terms or previous.carried) if t not in question.terms)
    stems = f"{question.stems} {previous.stems}"
    if question.entities and not question.terms:  # «а США?»: about them, whatever they did
        # ... ordered by what was asked of the others, not by the others' names ("and
        # China?" after what Turkey signed: what China signed, not China as Turkey sees it)
        # ... and by what the chat was about before that (the alliance, still the subject)
        stems = " ".join(dict.fromkeys((question.stems, *carried, *previous.carried)))
        # ... and first by the words asked before when it asks the same of them ("and
        # from Turkey?" after what Baku buys from China: what Turkey supplies)
        echoed = _echoed(carried, previous) if _same_of(question) else ()
        if echoed and _detail_again(question, previous):
            asks = previous.asks
        carried, topics = (), question.topics
    return replace(
        question,
        entities=tuple(entities.values()),
        topics=topics,
        carried=tuple(dict.fromkeys(carried)),
        stems=stems.strip(),
        previous_fact=follow_up.fact_id,
        previous_entities=previous.entity_ids,
        previous_asks=previous.asks,
        previous_weight=_previous_weight(question, previous, hub),
        echoed=echoed,
        gainer=_gain_asked(question, previous),
        asks=asks,
        affected=previous.affected if switch else question.affected,
    )


def _echoed(carried: tuple[str, ...], previous: Question) -> tuple[str, ...]:
    """What a follow-up asks again of a new party: the terms asked before, not how they were
    put («намерен закупать»: the buying, not an intent), and the topics asked about."""
    asked = [t for t in carried if t not in previous.modal]
    return (*asked, *(TOPIC + t.id for t in previous.topics))


def _detail_again(question: Question, previous: Question) -> bool:
    """Whether a follow-up asking the same of a new party asks the detail asked before
    («а с турками так же?» after "where?"), not what of it («а с Baykar что?»)."""
    return previous.asks in CHECKED and _WHAT.isdisjoint(question.words)


def _switches_article(question: Question) -> bool:
    """Whether a follow-up only names an article ("and in the China piece?"): it asks there
    what the previous question asked, its kind and the party it asked the effect on (what
    a drift from Moscow means for Russia), not a sentence sharing one of its words."""
    return bool(question.sources) and not (question.terms or question.entities or question.asks)


def _gain_asked(question: Question, previous: Question) -> str | None:
    """The party whose gain a follow-up asks: "and what do they get out of it?" after what
    Beijing offers Baku is Beijing's, the party the previous question asked about first."""
    if question.gainer is None and not question.entities and _asks_gain_only(question):
        return previous.gainer or next((c.id for c in previous.entities), None)
    if (
        question.gainer is None
        and question.asks is Detail.REASON
        and previous.gainer not in (None, *question.entity_ids)
        and _by_preposition(question)
    ):
        # «а с КНР почему?» after why Baku draws closer to Ankara: Baku's reasons still
        return previous.gainer
    return question.gainer


def _kept(question: Question, previous: Question, hub: frozenset[str]) -> list[Concept]:
    """The previous question's entities a follow-up keeps: all when it names none but the
    *hub*; else regions and places, as the setting of what the parties asked about did (a
    region asked about alone or with the hub, «а Запад как реагирует?», "why is Europe a
    hard supplier for Baku?", was the subject, replaced); all of them when the parties named
    are asked how they take "that" ("how's that going down in the Kremlin?" after Baku's
    support for Kyiv: what they did). A region named first was the subject: the party named
    now stands in its place, and the rest stays."""
    if question.entity_ids <= hub:
        return list(previous.entities)
    new_kinds = {c.kind for c in question.entities}
    setting = any(c.kind not in SETTING and c.id not in hub for c in previous.entities)
    takes_that = question.asks == Detail.STANCE and bool(ANAPHORA & set(question.words))
    if previous.entities and previous.entities[0].kind in SETTING:
        # "the West's response to China's push into the Caucasus": "and Turkey?" asks
        # Turkey's response to it
        return list(previous.entities[1:])
    return [
        c
        for c in previous.entities
        if takes_that or (setting and c.kind in SETTING and c.kind not in new_kinds)
    ]


class Thread:
    """The follow-ups of one chat's recent answers, kept in *state* (a plain dict the caller
    persists): the last one for ``TTL`` seconds, and those of the latest ``KEPT`` answers by
    their message id, so that replying to an older answer continues that one. Pure
    bookkeeping: whether a question leans on the follow-up at all is the engine's to say."""

    def __init__(self, state: dict[str, Any]) -> None:
        self._state = state
        state.setdefault("last", None)  # [time, record]
        state.setdefault("by_message", {})  # message id (as text) -> record, oldest first

    def context_for(self, now: float, replied_to: int | None = None) -> dict[str, Any] | None:
        """The record a new question is read with: the answer it replies to, else the last
        answer of the chat while it is fresh (times are wall-clock seconds)."""
        by_message = self._state["by_message"]
        if replied_to is not None and str(replied_to) in by_message:
            found: dict[str, Any] = by_message[str(replied_to)]
            return found
        last = self._state["last"]
        if last is not None and now - last[0] > TTL:
            self._state["last"] = last = None  # expired: nothing to keep
        return last[1] if last is not None else None

    def holds(self, message_id: int) -> bool:
        """Whether the follow-up of the answer sent as *message_id* is kept."""
        return str(message_id) in self._state["by_message"]

    def remember(self, now: float, message_id: int | None, record: dict[str, Any] | None) -> None:
        """Keep an answer's follow-up record as the chat's latest (and by its message id)."""
        if record is None:
            return
        self._state["last"] = [now, record]
        if message_id is not None:
            by_message = self._state["by_message"]
            by_message[str(message_id)] = record
            while len(by_message) > KEPT:
                del by_message[next(iter(by_message))]
