"""What a question asks for, read from its wording alone: small talk, or the kind of answer.

Both are pure functions of the folded words, so they hold for any briefing. The kinds that
can be checked against a fact's text (time, place, quantity, ...) decide "not stated"
(:mod:`knowledge.language.details`); reason, stance and yes/no only steer the ranking.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable

from knowledge.language import Language, Phrase, every, ru
from knowledge.outcomes import Detail


def _union(pick: Callable[[Language], frozenset[str]]) -> frozenset[str]:
    """The words *pick* takes from every language, as one set."""
    return frozenset(every(pick))


# -- small talk ---------------------------------------------------------------------------

_GREETING = _union(lambda lang: lang.GREETING)
_THANKS = _union(lambda lang: lang.THANKS)
_BYE = _union(lambda lang: lang.BYE)
_FOR_NOW = _union(lambda lang: lang.FOR_NOW)
_HELP = _union(lambda lang: lang.HELP)
_ACK = _union(lambda lang: lang.ACK)
_FILLER = _union(lambda lang: lang.FILLER)
Phrases = dict[str, list[tuple[int, Phrase]]]  # by first word, with their place in the list


def _by_first(phrases: Iterable[Phrase]) -> Phrases:
    """*phrases* filed by their first word: a question meets only those its words begin."""
    filed: Phrases = {}
    for place, phrase in enumerate(phrases):
        filed.setdefault(phrase[0], []).append((place, phrase))
    return filed


_ABOUT_ME = _by_first(every(lambda lang: lang.ABOUT_ME))
_CLOCK = _by_first(every(lambda lang: lang.CLOCK))
_CLOCK_AFTER = _union(lambda lang: lang.CLOCK_AFTER)
_WHAT_IS_THIS = frozenset(every(lambda lang: lang.WHAT_IS_THIS))  # the whole message
_GOT_IT = _by_first(every(lambda lang: lang.GOT_IT))
_OUTCOME_ALONE = frozenset(every(lambda lang: lang.OUTCOME_ALONE))
_THIS_SERVICE = _by_first(every(lambda lang: lang.THIS_SERVICE))
_GRATITUDE = _union(lambda lang: lang.GRATITUDE)
_REQUESTING = _union(lambda lang: lang.REQUESTING)
_QUESTION = _union(lambda lang: lang.QUESTION)
_ANNOUNCE = _union(lambda lang: lang.ANNOUNCE)
# Each small-talk word's kind; a word in two lists takes the first kind here.
_KIND_OF = {
    word: kind
    for kind, words in (
        ("ack", _ACK),
        ("bye", _BYE),
        ("greeting", _GREETING),
        ("thanks", _THANKS),
        ("help", _HELP),
    )
    for word in words
}
_HELPED_BY = _union(lambda lang: lang.HELPED_BY)
# Words that ask or ask on: "what", «как», "tell", "and" ...
_ASKING_ON = _union(
    lambda lang: lang.QUESTION_WORDS | lang.REQUESTING | lang.WANTING | lang.OPENERS
)
_EMOJI = re.compile(r"^[\W_]*$")
_CHAT = dict(every(lambda lang: lang.CHAT.items()))
_CHAT_ENDINGS = dict(every(lambda lang: lang.CHAT_ENDINGS))
_ENDING_LENGTHS = sorted({len(typed) for typed in _CHAT_ENDINGS}, reverse=True)
CHAT_STEM = 3  # letters at least before an ending chat spells otherwise
_REPEATS = re.compile(r"(\w)\1{2,}")


def spelt_out(folded: list[str]) -> list[str]:
    """Chat shorthand read as the words it stands for ("w" → "with", "dont" → "do",
    «относяця» → «относятся»)."""
    return [_CHAT.get(word) or _ending_spelt_out(word) for word in folded]


def _ending_spelt_out(word: str) -> str:
    for length in _ENDING_LENGTHS:  # a look per length, not per ending: every word comes here
        meant = _CHAT_ENDINGS.get(word[-length:])
        if meant is not None and len(word) - length >= CHAT_STEM:
            return word[:-length] + meant
    return word


def smalltalk_kind(
    text: str,
    folded: list[str],
    *,
    names_subject: bool = False,
    topic_words: Collection[str] = (),
) -> str | None:
    """``greeting``, ``thanks``, ``bye``, ``help`` or ``ack`` when the message is only that.

    A message is small talk when it has no words at all (an emoji, "?"), when every word is a
    small-talk or filler word, or when it has small-talk words and names nothing of the
    briefing (``names_subject``; ``topic_words``, the words naming a topic, count unless they
    ask about the bot: "who made you?" names no production): "hi, what did Turkey sign?" is a
    question, and so is one that asks a kind of answer ("ok, and when?").
    """
    stripped = text.strip()
    if stripped.startswith("/"):
        return _command_kind(stripped)
    if not folded:
        return "ack" if stripped and _EMOJI.match(stripped) else None
    if _REPEATS.search(" ".join(folded)):  # "heyyy"
        folded = [_REPEATS.sub(r"\1", w) for w in folded]
    folded = spelt_out(folded)
    word_kinds = _word_kinds(folded)
    kinds = {k for k in word_kinds if k}
    # ... not asked: "does that make sense?" asks whether it is sensible
    if (got_it := _found(folded, _GOT_IT)) and folded[0] not in YES_NO_OPENERS:
        kinds.add("ack")
    else:
        got_it = []
    if at_length := _said_at_length(stripped, folded, names_subject):
        return at_length
    if about_me := _about_me(folded):
        kinds.add("help")
    if not kinds:
        return None  # most questions: not one word of small talk
    # "who made you?": "made" is no subject here, nor "sense" in "that makes sense"
    # ... nor a word of small talk a topic's name is a slip of ("valeu": "value")
    smalltalk = (word for word, kind in zip(folded, word_kinds, strict=True) if kind)
    ordinary = _FILLER.union(*about_me, *got_it, smalltalk)
    other = any(k is None and w not in ordinary for w, k in zip(folded, word_kinds, strict=True))
    names_subject = names_subject or not ordinary.issuperset(topic_words)
    if other and _asks_beside(stripped, folded, kinds, names_subject=names_subject):
        return None
    if _a_question_besides(folded, kinds, other=other and not about_me, marked="?" in stripped):
        return None
    return next(kind for kind in ("help", "thanks", "bye", "greeting", "ack") if kind in kinds)


def _asks_beside(text: str, folded: list[str], kinds: set[str], *, names_subject: bool) -> bool:
    """Whether the words beside a message's small talk ask about the briefing: it names its
    subjects (not only thanking for them) or only acknowledges ("ok, the drones"); asking
    the time in a place names no subject."""
    if _asks_the_time(folded) or not (names_subject or kinds == {"ack"}):
        return False
    return not _thanks_in_passing(text, folded, kinds)


def _thanks_in_passing(text: str, folded: list[str], kinds: set[str]) -> bool:
    """Whether thanks or a goodbye names the briefing's subjects only in passing, asking
    nothing: "Рахмет, всё понял про Китай и Азербайджан", "thanks for the prompt revert on
    the China–Azerbaijan matter!" (no "?", no question word, request or "and" that asks on)."""
    return (
        not kinds.isdisjoint({"thanks", "bye"})
        and kinds <= {"thanks", "bye", "ack", "greeting"}
        and "?" not in text
        and _ASKING_ON.isdisjoint(folded)
        and answer_kind(folded) is None
    )


_WHO_KINDS = (Detail.YESNO, Detail.PERSON, Detail.NAME)  # with a hello: who the bot is


def _a_question_besides(folded: list[str], kinds: set[str], *, other: bool, marked: bool) -> bool:
    """Whether a message with small-talk words in it is a question all the same: "ok and
    what for?", «что хочет взамен? не за спасибо же», and one asked politely («а к чему это
    в итоге ведёт, подскажите?»); *other* says it has words of its own, *marked* a "?"."""
    asked = answer_kind(folded)
    asks_a_kind = asked not in (None, Detail.YESNO)
    if kinds <= {"ack", "thanks"} and (asks_a_kind or (other and marked)):
        return True
    # "… lead, at the end of the day?": "day" is no "good day" here; but «Здравствуйте, с
    # кем имею честь?» asks who the bot is
    if kinds <= {"greeting", "bye"} and other and asked not in (None, *_WHO_KINDS):
        return True
    return kinds <= {"ack", "thanks", "help"} and other and asks_a_kind


def _about_me(folded: list[str]) -> list[tuple[str, ...]]:
    """The phrases of a message that ask what the bot is or does: the whole message when it
    is one ("what is this?") or only announces a question to come."""
    about_me = _found(folded, _ABOUT_ME)
    if tuple(folded) in _WHAT_IS_THIS or _announces(folded):
        about_me.append(tuple(folded))
    return about_me


def _command_kind(command: str) -> str | None:
    """``help`` for /help and /start typed as a message; no small talk for another command."""
    words = command[1:].split("@")[0].split()
    return "help" if words and words[0].lower() in {"help", "start"} else None


def _said_at_length(text: str, folded: list[str], names_subject: bool) -> str | None:
    """Small talk said at length, whatever words of the briefing's topics come with it,
    when it names no party: a question naming the bot itself ("what is this service, and
    which organisation runs it?"); thanks without a question ("on behalf of my delegation,
    my sincere gratitude for your assistance"; not "I'd be grateful to learn whether …")."""
    if names_subject:
        return None
    if _found(folded, _THIS_SERVICE):
        return "help"
    if _GRATITUDE.isdisjoint(folded) or not _WHAT.isdisjoint(folded):
        return None  # most messages: read no further
    asks = "?" in text or answer_kind(folded) is not None or bool(_REQUESTING.intersection(folded))
    return None if asks else "thanks"


def _word_kinds(folded: list[str]) -> list[str | None]:
    """Each word's small-talk kind, or None. "help" after "it", "did" is a verb of something
    said before; a farewell word that has another meaning (FOR_NOW) between words of a question
    ("это пока слухи?", «или пока разговоры») is «пока», "for now", not "bye" (a farewell has
    only small talk on one side: "ok bye then", «ну всё, пока»); «до свидания» is one anywhere."""
    plain = [word not in _KIND_OF and word not in _FILLER for word in folded]
    return [
        None
        if (kind == "help" and before in _HELPED_BY)
        or (kind == "bye" and folded[at] in _FOR_NOW and any(plain[:at]) and any(plain[at + 1 :]))
        else kind
        for at, (before, kind) in enumerate(
            zip(["", *folded], map(_KIND_OF.get, folded), strict=False)
        )
    ]


def _asks_the_time(folded: list[str]) -> bool:
    """Whether the message asks the time, here or in a place ("what time is it in Beijing
    now?"): the place is no subject of the briefing's."""
    return any(
        folded[start : start + len(phrase)] == list(phrase)
        and (start + len(phrase) == len(folded) or folded[start + len(phrase)] in _CLOCK_AFTER)
        for start, word in enumerate(folded)
        for _, phrase in _CLOCK.get(word, ())
    )


def _announces(folded: list[str]) -> bool:
    """Whether the message only says a question is coming ("quick question", «у меня
    вопрос»): the help, which says how to ask, answers it."""
    words = set(folded)
    return bool(words & _QUESTION) and words <= _QUESTION | _ANNOUNCE | _FILLER | _KIND_OF.keys()


def _found(folded: list[str], phrases: Phrases) -> list[Phrase]:
    """The phrases that stand in the words, looked up by each word."""
    return [
        phrase
        for start, word in enumerate(folded)
        for _, phrase in phrases.get(word, ())
        if tuple(folded[start : start + len(phrase)]) == phrase
    ]


# -- the kind of answer asked for ---------------------------------------------------------

# Phrases (folded words, in order) that ask for one kind of detail. Checked longest first;
# the first kind found wins, so "how much did it cost" is an amount, not a quantity.
_KIND_PHRASES = every(lambda lang: lang.KIND_PHRASES)
_PHRASES = sorted(_KIND_PHRASES, key=lambda item: -len(item[1]))
# The words that say which kind is asked ("city", «году»): they are no subject to search.
_MARKERS: dict[Detail, frozenset[str]] = {}
for _kind, _phrase in _KIND_PHRASES:
    _MARKERS[_kind] = _MARKERS.get(_kind, frozenset()) | frozenset(_phrase)
for _kind, _words in every(lambda lang: lang.RESTATING):
    _MARKERS[_kind] = _MARKERS.get(_kind, frozenset()) | _words
# "how does this affect …?", «как это сказывается на …?»: the effect asked, no word to find
_EFFECT = _union(lambda lang: lang.EFFECT)
_MARKERS[Detail.RESULT] |= _EFFECT


def markers(kind: Detail | None) -> frozenset[str]:
    """The words of the phrases that ask for *kind*, and those that only restate it (none
    for an open question)."""
    return _MARKERS.get(kind, frozenset()) if kind else frozenset()


# The same phrases by their first word, with their rank (longest first wins).
_BY_FIRST: dict[str, list[tuple[int, Detail, tuple[str, ...]]]] = {}
for _rank, (_kind, _phrase) in enumerate(_PHRASES):
    _BY_FIRST.setdefault(_phrase[0], []).append((_rank, _kind, _phrase))
YES_NO_OPENERS = _union(lambda lang: lang.YES_NO_OPENERS)
HOW_WORDS = _union(lambda lang: lang.HOW)  # "how", «как», «чем»
_HOW_PHRASES = _by_first(every(lambda lang: lang.HOW_PHRASES))
_MEANING = _by_first(every(lambda lang: lang.MEANING))


def says_meaning(folded: list[str]) -> bool:
    """Whether a question asks what words mean ("'absence of ideological conditions'
    meaning?", «что имеется в виду под …?»)."""
    return bool(_found(folded, _MEANING))


def says_how(folded: list[str]) -> bool:
    """Whether a question asks how, in a word or in other words ("through what means?",
    «каким образом?»)."""
    return not HOW_WORDS.isdisjoint(folded) or bool(_found(folded, _HOW_PHRASES))


_WOULD = _union(lambda lang: lang.WOULD)
YIELD = _union(lambda lang: lang.YIELD)  # "give", «дать»: what comes of it, or a gain
_WHAT = _union(lambda lang: lang.WHAT)
_BENEFIT = _union(lambda lang: lang.BENEFIT)
_PAST = _union(lambda lang: lang.PAST)
_YES_NO_PARTICLES = _union(lambda lang: lang.YES_NO_PARTICLES)
# Words that make a time, place or detail question strict ("when exactly").
STRICT = _union(lambda lang: lang.STRICT)
CHOICE = _union(lambda lang: lang.CHOICE)  # "China or Turkey?"
WHICH = _union(lambda lang: lang.WHICH)  # "which", «какой»
_ORGANISATIONS = _union(lambda lang: lang.ORGANISATIONS)
_TITLED = _union(lambda lang: lang.TITLED)
_CALLED = _union(lambda lang: lang.CALLED)
_TITLED_CALLED = _union(lambda lang: lang.TITLED_CALLED)
_FROM = _union(lambda lang: lang.WRITES_FROM)  # "where does Baku get its drones from?"
_OUTCOME = _union(lambda lang: lang.OUTCOME)
_SHOWING = _union(lambda lang: lang.SHOWING)
_COMPARE = _union(lambda lang: lang.COMPARE)
_TWO_SOURCES = _by_first(every(lambda lang: lang.TWO_SOURCES))


CHOICE_REACH = 3  # words after "or" in which the other party of a choice is named


def comparison(folded: list[str], named: set[int]) -> str | None:
    """``sources`` when a question compares what the articles say, ``parties`` when it
    compares named parties ("Compare China and Turkey", «Китай или Турция?»; not "can
    Moscow stop it, or not?": *named*, the positions of the names, offer no other party
    after its "or"), else None."""
    if _found(folded, _TWO_SOURCES):
        return "sources"
    if _COMPARE.intersection(folded):
        return "parties"
    offers = (
        not named.isdisjoint(range(n + 1, n + 1 + CHOICE_REACH))
        for n, word in enumerate(folded)
        if word in CHOICE
    )
    return "parties" if any(offers) else None


# Words that ask where an article comes from ("the source of the article", "attributed",
# «опубликовал»).
PROVENANCE = _union(lambda lang: lang.PROVENANCE)
# The words of small talk: a slip of one is read as it only in a short message ("thnaks"),
# never inside a question ("Did Azerbaijan buy Chinese tanks?").
SMALLTALK_WORDS = frozenset().union(_GREETING, _THANKS, _BYE, _HELP, _ACK)
PHRASE_WORD_FROM = 4  # letters of the shortest word of a phrase a slip is read as
# Every word this module reads: a misspelt one ("waht", "wehre") is read as the word it
# was meant to be before the question is taken apart.
QUESTION_WORDS = frozenset(
    w
    for group in (_GREETING, _THANKS, _BYE, _HELP, _ACK, _FILLER, STRICT, CHOICE, WHICH,
                  _ORGANISATIONS, _OUTCOME, _SHOWING, _COMPARE, PROVENANCE, _GRATITUDE,
                  *_MARKERS.values())
    for w in group
) | frozenset(  # ... and the words of its phrases: "put pen to papre" is signing
    w
    for phrases in (every(lambda lang: lang.IDIOMS), every(lambda lang: lang.INTEREST),
                    every(lambda lang: lang.ASIDES),  # «старой закалки» is no slip of «строй»
                    every(lambda lang: lang.THIS_SERVICE),
                    [phrase for phrase, _ in every(lambda lang: lang.READ_AS)])
    for phrase in phrases
    for w in phrase
    if len(w) >= PHRASE_WORD_FROM
)  # fmt: skip


# Idioms whose words would otherwise ask for a detail: "pay a visit" asks no amount.
_IDIOMS = _by_first(every(lambda lang: lang.IDIOMS))
# Their words: Russian typed in Latin letters is read as them first ("stat" is «стать»).
IDIOM_WORDS = frozenset(word for filed in _IDIOMS.values() for _, idiom in filed for word in idiom)
_INTEREST = _by_first(every(lambda lang: lang.INTEREST))
INTEREST_LAST = _union(lambda lang: lang.INTEREST_LAST)
INTEREST_WORD = "purpose"  # a word of the synonym group an interest phrase stands for
WANTING_WORD = "intend"  # a word of the group of «хочет», which an interest phrase may use


def _places(phrase: tuple[str, ...], words: list[str]) -> list[int] | None:
    """Where *phrase* stands in *words*, or None; up to two words may stand between its
    words ("paid his official visit")."""
    for start, word in enumerate(words):
        if word != phrase[0]:
            continue
        position, found = start, [start]
        for part in phrase[1:]:
            ahead = words[position + 1 : position + 4]
            if part not in ahead:
                break
            position += 1 + ahead.index(part)
            found.append(position)
        else:
            return found
    return None


def _blanked(folded: list[str], phrases: Phrases) -> list[str]:
    """The words with every word of each of *phrases* that stands in them blanked out, one
    phrase after another in their order (a phrase blanked out may hide a later one)."""
    words = list(folded)
    for _, phrase in sorted(filed for word in set(folded) for filed in phrases.get(word, ())):
        while (found := _places(phrase, words)) is not None:
            for place in found:
                words[place] = ""
    return words


def _without_idioms(folded: list[str]) -> list[str]:
    """The words with every idiom's words blanked out, and the question words of
    indefinite pronouns («где-то», «кто-нибудь»: somewhere, anyone), which ask nothing."""
    words = _blanked(folded, _IDIOMS)
    after = [*words[1:], ""][: len(words)]
    return [
        "" if then in _INDEFINITE and word in _INDEFINITE_OF else word
        for word, then in zip(words, after, strict=True)
    ]


_INDEFINITE = _union(lambda lang: lang.INDEFINITE)
_INDEFINITE_OF = _union(lambda lang: lang.INDEFINITE_OF)
_DEFINITE = _union(lambda lang: lang.DEFINITE)
_READ_AS = every(lambda lang: lang.READ_AS)
_READ_AS_FIRST = frozenset(phrase[0] for phrase, _ in _READ_AS)
_ASIDES = _by_first(every(lambda lang: lang.ASIDES))
_REFLEXIVE = re.compile(f"{ru.REFLEXIVE[0]}$")


_RIVALS = tuple(every(lambda lang: lang.RIVALS))
_OTHERS = _union(lambda lang: lang.OTHERS)
_STOP = _union(lambda lang: lang.STOP_WORDS)


def _without_rivals(words: list[str]) -> list[str]:
    """The words with a comparison against the others ("over other arms suppliers", «по
    сравнению с другими партнёрами») blanked out, the words naming the others included:
    what is compared is asked about, not the others."""
    if _OTHERS.isdisjoint(words):
        return words
    out = list(words)
    for place, word in enumerate(words[:-1]):
        if word not in _OTHERS:
            continue
        for phrase in _RIVALS:
            start = place - len(phrase)
            if start >= 0 and tuple(words[start:place]) == phrase:
                end = place + 2  # "other suppliers", and "other arms suppliers"
                last = min(len(words), place + 1 + OTHERS_NAMED_IN)
                while end < last and words[end] not in _STOP:
                    end += 1
                out[start:end] = [""] * (end - start)
                break
    return out


OTHERS_NAMED_IN = 3  # words after "other" that may name the others ("arms suppliers")


def read_as(folded: list[str]) -> list[str]:
    """The words with each phrasal verb or idiom the language data lists replaced by the
    one word it means ("push back" → "counter"), its other words blanked out; asides
    («по версии статьи», "in the first place") and then comparisons with the others ("over
    other suppliers") blanked out whole. A Russian verb's «-ться» and «-тся», the
    language's most common slip, read alike («тянеться к», «тянуться к»)."""
    words = _blanked([_REFLEXIVE.sub(ru.REFLEXIVE[1], w) for w in folded], _ASIDES)
    # found before the phrases are read: "edge over other suppliers" reads "edge over" too
    others = {n for n, word in enumerate(_without_rivals(words)) if word != words[n]}
    present = set(words)
    if not present.isdisjoint(_READ_AS_FIRST):  # most questions: no phrase to read as one
        _read_phrases(words, present)
    return ["" if n in others else word for n, word in enumerate(words)]


def _read_phrases(words: list[str], present: set[str]) -> None:
    """Each phrase of READ_AS in *words* replaced by the one word it means, in place."""
    for phrase, word in _READ_AS:
        if phrase[0] not in present:
            continue
        while (found := _places(phrase, words)) is not None:
            words[found[0]] = word
            present.add(word)
            for place in found[1:]:
                words[place] = ""


_WRITING = _by_first(every(lambda lang: lang.WRITING))


def writing_positions(folded: list[str]) -> set[int]:
    """Where the words naming a language of writing stand ("no Russian letters", «по-русски»):
    a language, no country named."""
    return {n for n, word in enumerate(_blanked(folded, _WRITING)) if word != folded[n]}


def aside_positions(folded: list[str]) -> set[int]:
    """Where the words of an aside stand ("according to", «по мнению автора»): phrasing,
    so no topic is read in them ("according" is no "accord")."""
    return {n for n, word in enumerate(_blanked(folded, _ASIDES)) if word != folded[n]}


_EXCEPT = _by_first(every(lambda lang: lang.EXCEPT))
EXCEPT_WORDS = frozenset(_EXCEPT)  # "besides", «кроме»: no search words


def excepted_from(folded: list[str]) -> list[int]:
    """Where what a question asks beyond begins: the word after each "besides", «кроме»
    ("besides purchases, what else is discussed?")."""
    found = (_places(phrase, folded) for word in set(folded) for _, phrase in _EXCEPT.get(word, ()))
    return sorted(places[-1] + 1 for places in found if places is not None)


_CONCLUSION = _by_first(every(lambda lang: lang.CONCLUSION))


def asks_conclusion(folded: list[str]) -> bool:
    """Whether the question asks what an article comes to at its end ("the conclusion of
    the Turkey piece", «в конце статьи»): its closing paragraph says."""
    return bool(_found(folded, _CONCLUSION))


_FORESEEING = _union(lambda lang: lang.FORESEEING)
_TELLERS = _union(lambda lang: lang.ARTICLE | lang.AUTHOR)


def foreseeing_positions(folded: list[str]) -> set[int]:
    """Where a verb of what the article or its author foresees stands in a question naming
    them ("what reaction does the piece anticipate?", «чего ожидает автор?»)."""
    if _TELLERS.isdisjoint(folded):
        return set()
    return {n for n, word in enumerate(folded) if word in _FORESEEING}


def conclusion_positions(folded: list[str]) -> set[int]:
    """Where the words asking for an article's end stand ("by the close of the article"):
    where to look, no word to find ("close" is no "closer")."""
    return {n for n, word in enumerate(_blanked(folded, _CONCLUSION)) if word != folded[n]}


_SAME = _by_first(every(lambda lang: lang.SAME))
_REVERSE = _by_first(every(lambda lang: lang.REVERSE))


def says_same(folded: list[str]) -> bool:
    """Whether a follow-up says it asks what was asked before ("and China, same idea?",
    «а с турками так же?»)."""
    return bool(_found(folded, _SAME))


def says_reverse(folded: list[str]) -> bool:
    """Whether a follow-up asks the other direction of what was cited ("and the traffic
    the other way?", «а наоборот?»)."""
    return bool(_found(folded, _REVERSE))


def asks_interest(folded: list[str]) -> bool:
    """Whether the question asks what a party wants or gains ("what's in it for China?",
    «зачем Китаю Азербайджан?»): words no fact uses, which stand for its "purpose"."""
    opened = _unopened(folded)  # "and what does China get?"
    if len(opened) > 1 and opened[0] in _WHAT and opened[-1] in INTEREST_LAST:
        return True
    return any(
        _places(phrase, folded) is not None
        for word in set(folded)
        for _, phrase in _INTEREST.get(word, ())
    )


def gives_a_party(folded: list[str], named: set[int]) -> bool:
    """Whether a question asks what something gives a party ("what does the army
    cooperation give Beijing?"): its gain, as "what's in it for Beijing?" asks. Not what
    one party gives another ("what does China give Baku?"): a party named before the giving
    word is its subject, unless a preposition governs it ("what does cooperation with
    Turkey give Baku?")."""
    if folded[:1] and folded[0] in _OPENING_WORDS:
        folded, named = folded[1:], {n - 1 for n in named}
    if not folded or folded[0] not in _WHAT or not _PAST.isdisjoint(folded):
        return False  # "what did the cooperation give the army?": what came of it
    if folded[1:2] and folded[1] in _WOULD:
        return False  # "what would that give Baku?": what comes of it (_asks_what_comes_of)
    for n, word in enumerate(folded):
        if word in YIELD and (n + 1 in named or (n + 2 in named and folded[n + 1] in _DEFINITE)):
            starts = [p for p in named if p < n and p - 1 not in named]
            return all(p > 0 and folded[p - 1] in PREPOSITIONS for p in starts)
    return False


def without_interest(folded: list[str]) -> list[str]:
    """The words with those of interest phrases blanked out: the "it" of "what's in it for
    China?" points back at nothing."""
    return _blanked(folded, _INTEREST)


# one-word openers of a follow-up ("and", «а»), before what it asks
_OPENING_WORDS = frozenset(w for w in every(lambda lang: lang.OPENERS) if " " not in w)


def _unopened(folded: list[str]) -> list[str]:
    """The words after a follow-up's one-word opener ("and", «а»), or all of them."""
    return folded[1:] if folded[:1] and folded[0] in _OPENING_WORDS else folded


CLAUSE_WORDS = _union(lambda lang: lang.CLAUSE_WORDS)  # "when": "what …, when …?"
_EMBEDDING = _union(lambda lang: lang.EMBEDDING)  # "do you know when …?"
PREPOSITIONS = _union(lambda lang: lang.PREPOSITIONS)  # "and from Turkey?", «и с Китаем»


DENIALS = _union(lambda lang: lang.NOT)  # "doesn't", «не»: a denied why
_NOW = _union(lambda lang: lang.NOW)


def asks_why_now(asks: Detail | None, folded: list[str]) -> bool:
    """Whether a question asks why at this time ("why now?", «почему именно сейчас?»,
    "why's it timely?"): the circumstances answer it."""
    return asks is Detail.REASON and not _NOW.isdisjoint(folded)


def asks_why_not(asks: Detail | None, folded: list[str]) -> bool:
    """Whether a question asks why not, of no words of its own beyond a name: "why not
    Europe?", «а почему не Турция?», «зачем им Китай, если Турция есть?» (what holds that
    party back)."""
    if asks is not Detail.REASON:
        return False
    if any(
        word in _CONDITION and not _HAVING.isdisjoint(folded[n + 1 : n + 1 + HAVING_REACH])
        for n, word in enumerate(folded)
    ):
        return True
    if DENIALS.isdisjoint(folded) or _chosen_over_others(folded):
        return False
    return len([w for w in folded if w and w not in _STOP and w not in _OPENING_WORDS]) <= 2


_SOMEONE_ELSE = _union(lambda lang: lang.SOMEONE_ELSE)
OTHERS_REACH = 2  # words after "not" in which the others stand («а не кто-то другой»)


def _chosen_over_others(folded: list[str]) -> bool:
    """Whether "not" sets the others aside ("why Turkey, not someone else?")."""
    return any(
        word in DENIALS and not _SOMEONE_ELSE.isdisjoint(folded[n + 1 : n + 1 + OTHERS_REACH])
        for n, word in enumerate(folded)
    )


_CONDITION = _union(lambda lang: lang.CONDITION)  # "if", «если»
_HAVING = _union(lambda lang: lang.HAVING)  # "there is", «есть»
HAVING_REACH = 3  # words after "if" in which having the other is said («если Турция есть»)


def _asks_what_comes_of(folded: list[str]) -> bool:
    """Whether a question asks what comes of something: "(and) what would local drone
    assembly give (Azerbaijan)?", «(а) что может дать локализация?», "what good would it
    do?", and as a learner asks it, "what it will give?"."""
    folded = _unopened(folded)
    if len(folded) >= 3 and folded[0] in _WHAT and folded[1] in _BENEFIT:
        return folded[2] in _WOULD or folded[2] in YIELD
    if len(folded) < 3 or folded[0] not in _WHAT:
        return False
    would = next((n for n, word in enumerate(folded) if word in _WOULD), None)
    return would is not None and not YIELD.isdisjoint(folded[would + 1 :])


_WHO_IS = _by_first(every(lambda lang: lang.WHO_IS))
ANAPHORA = _union(lambda lang: lang.ANAPHORA)  # words that point back ("that", «это»)
_POINTING = ANAPHORA | _DEFINITE  # "who is this Song Jun?"


def who_someone_is(folded: list[str], persons: set[int]) -> set[int]:
    """The positions of a "who is" («кто такой») just before a person's name (*persons*:
    its positions), a "this" or "the" between them, or around it as a question is told
    ("tell me who Colonel Sun Jun is", «скажите, кто Сун Джун такой»): it asks who they
    are, so every fact about them may answer, not only one naming someone else."""
    asking: set[int] = set()
    for start, word in enumerate(folded):
        for _, phrase in _WHO_IS.get(word, ()):
            end = start + len(phrase)
            if tuple(folded[start:end]) == phrase:
                while end < len(folded) and folded[end] in _POINTING and end not in persons:
                    end += 1
                if end in persons:
                    asking.update(range(start, start + len(phrase)))
            elif start + 1 in persons and _told_around(folded, start + 1, phrase[1:], persons):
                asking.add(start)
    return asking


def _told_around(folded: list[str], name: int, rest: tuple[str, ...], persons: set[int]) -> bool:
    """Whether the rest of a "who is" follows the name starting at *name*."""
    end = name
    while end in persons:
        end += 1
    return tuple(folded[end : end + len(rest)]) == rest


def _joins(folded: list[str], start: int, found: list[tuple[int, Detail, int]]) -> bool:
    """Whether the word at *start* joins a clause to a question asked before it ("what did
    he sign when he visited Beijing?", «зачем Баку Китай, когда есть Турция?»), rather than
    asking a kind of its own ("where and when?")."""
    if not start or folded[start] not in CLAUSE_WORDS or folded[start - 1] in _OPENING_WORDS:
        return False
    asked = _WHAT | WHICH | HOW_WORDS
    if any(other < start for _, _, other in found) or not asked.isdisjoint(folded[:start]):
        return True
    # "will Turkey block it when …?" asks yes or no: "when" joins, unless it is the
    # question asked ("do you know when …?")
    yes_no = folded[0] in YES_NO_OPENERS or _YES_NO_PARTICLES.intersection(folded[:start])
    return bool(yes_no) and _EMBEDDING.isdisjoint(folded[:start])


def _which_first(folded: list[str]) -> list[str]:
    """The words with a closing "which" put before its noun: «Регионы какие?» asks as
    «какие регионы?»."""
    if len(folded) >= 2 and folded[-1] in WHICH and folded[-2] not in WHICH:
        return [*folded[:-2], folded[-1], folded[-2]]
    return folded


TITLE_REACH = 3  # words after the one asking a name in which a titled thing is named
BARE_EFFECT = 2  # words past stop words in "did it help?": whether it had an effect, its result


def _open_choice(folded: list[str]) -> bool:
    """Whether a choice offered leaves it open: "the author or someone else?", «сам автор
    или кто-то ещё?» still ask who."""
    return any(
        word in CHOICE and not _SOMEONE_ELSE.isdisjoint(folded[n + 1 : n + 1 + OTHERS_REACH])
        for n, word in enumerate(folded)
    )


def _phrased(kind: Detail, folded: list[str], start: int, open_choice: bool) -> Detail | None:
    """The kind a phrase asks, read with the rest of the question (the phrase at *start*;
    *open_choice*: whether a choice it offers is left open, :func:`_open_choice`)."""
    if kind == Detail.PERSON and CHOICE.intersection(folded) and not open_choice:
        return None  # it offers its own answers
    if kind == Detail.PLACE and _OUTCOME.intersection(folded):
        return Detail.RESULT  # "where will this lead?" asks what comes of it
    if kind == Detail.PLACE and _SHOWING.intersection(folded):
        return None  # "where does the distrust show?" asks in what
    if kind == Detail.NAME and _ORGANISATIONS.intersection(folded):
        return Detail.ORGANISATION  # "the drone company, what's its name?"
    if kind == Detail.NAME and _TITLED.intersection(folded[start + 1 : start + 2 + TITLE_REACH]):
        return None  # "the name of the partnership": the sentence telling of it names it
    if kind == Detail.NAME and _CALLED.intersection(folded) and _TITLED_CALLED.intersection(folded):
        return None  # "what type of union is it, the author call it some name?": the same
    return kind


def _not_a_place(kind: Detail | None) -> Detail | None:
    """The kind a question ending in "from" asks: where something comes from is its
    source, a party, not a place."""
    return None if kind in (Detail.PLACE, Detail.CITY) else kind


_QUESTION_OPENERS = HOW_WORDS | _WHAT | WHICH | YES_NO_OPENERS


def asks_something(folded: list[str]) -> bool:
    """Whether words ask a question of their own: open with "how", "what", "which", a
    yes/no opener, or ask a kind ("How does the piece describe the alliance: …?" asks
    before its colon; "For accuracy: …" does not)."""
    opener = folded[0] if folded else ""
    return opener in _QUESTION_OPENERS or answer_kind(folded) is not None


def answer_kind(folded: list[str]) -> Detail | None:
    """The kind of answer a question asks for, or None for an open question.

    Kinds: time, date (a time that must be explicit), place, city, region, country, person,
    name, organisation, quantity, amount, duration, model, reason, result, stance, yesno.
    "Who … — China or Turkey?" offers its own answers, so it is not a person question.
    An aside says nothing of the kind: "in the author's view" asks no stance.
    """
    if folded and folded[-1] in _FROM:  # "where do its drones come from?" asks who supplies
        return _not_a_place(answer_kind(folded[:-1]))
    if tuple(word for word in folded if word) in _OUTCOME_ALONE:
        return Detail.RESULT  # «и чё в итоге?»: what came of it, «в итоге» no aside here
    open_choice = _open_choice(folded)  # before «кто-то» is blanked as an aside
    folded = _which_first(_blanked(_without_idioms(folded), _ASIDES))
    # «на что в итоге влияет»: the phrase asking «на что влияет», an aside inside it
    plain = [word for word in folded if word and word not in STRICT]  # «в какой именно день»
    found = [
        (rank, kind, start)
        for words in ((folded, plain) if len(plain) < len(folded) else (folded,))
        for start, word in enumerate(words)
        for rank, kind, phrase in _BY_FIRST.get(word, ())
        if tuple(words[start : start + len(phrase)]) == phrase
    ]
    found = [item for item in found if not _joins(folded, item[2], found)]
    if found:
        _, kind, start = min(found)
        return _phrased(kind, folded, start, open_choice)
    if any(
        word in WHICH and _ORGANISATIONS.intersection(folded[start + 1 : start + 5])
        for start, word in enumerate(folded)
    ):
        return Detail.ORGANISATION  # "which Chinese academies", «какая компания»
    opening = _unopened(folded)
    if opening and _EFFECT.intersection(folded) and _THANKS.isdisjoint(folded):
        bare = [word for word in opening if word and word not in _STOP]
        if opening[0] in HOW_WORDS or len(bare) <= BARE_EFFECT:
            # "how did the training help the soldiers?", «а как это сказывается?», "did
            # it help?", «и что, помогло?»
            return Detail.RESULT
    if _asks_what_comes_of(folded):
        return Detail.RESULT  # "what would local drone assembly give?"
    if folded and (folded[0] in YES_NO_OPENERS or _YES_NO_PARTICLES.intersection(folded[:4])):
        return Detail.YESNO
    return None
