"""A question analysed once: its language, words, names, search terms and what it asks for.

The index, the matcher and the answer decision all read this one value; nothing downstream
folds or stems the question again.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from knowledge.language import en, every, ru
from knowledge.language.details import YEAR
from knowledge.language.intent import (
    ANAPHORA,
    CLAUSE_WORDS,
    DENIALS,
    EXCEPT_WORDS,
    IDIOM_WORDS,
    INTEREST_LAST,
    INTEREST_WORD,
    PREPOSITIONS,
    QUESTION_WORDS,
    SMALLTALK_WORDS,
    STRICT,
    WANTING_WORD,
    YES_NO_OPENERS,
    YIELD,
    answer_kind,
    aside_positions,
    asks_interest,
    asks_something,
    comparison,
    conclusion_positions,
    excepted_from,
    foreseeing_positions,
    gives_a_party,
    markers,
    read_as,
    smalltalk_kind,
    spelt_out,
    who_someone_is,
    writing_positions,
)
from knowledge.language.names import Concept, Mention, Vocabulary, name_forms
from knowledge.language.spelling import slips
from knowledge.language.words import (
    STEMS_APART,
    STOP_WORDS,
    clean,
    detect_lang,
    fold_token,
    is_money,
    raw_tokens,
    stem,
)
from knowledge.outcomes import Detail
from knowledge.search.index import Index

MAX_QUESTION = 1000  # characters of a question that are read
SHORT_MESSAGE = 4  # words of a message whose "i", "a" may be Russian typed in Latin letters
READING_CHANGES = 2  # ambiguous letters of a word typed in Latin that are read otherwise
MUCH_MORE = 5  # a reading used by this many times more facts is the one meant
MAX_READINGS = 64  # readings of a word typed in Latin tried against the facts' words
LONGEST_READ = 24  # letters of a Latin word beyond which only its first reading is tried

# Russian typed in Latin letters ("kitai", "dolzhnost"): see ru.LATIN_TYPED.
_TRANSLIT_RE = re.compile("|".join(re.escape(latin) for latin, _ in ru.LATIN_TYPED))
_TRANSLIT_MAP = dict(ru.LATIN_TYPED)
_TRANSLIT_AFTER = tuple((re.compile(pattern), letter) for pattern, letter in ru.LATIN_TYPED_AFTER)
_POSSESSIVE = re.compile(r"(?<=[A-Za-z])['’]s\b")
# An apostrophe inside a Latin word that is no English contraction is Russian's soft sign
# ("stat'i", "ispol'zovat'"): the word stays whole, and its readings put the sign back.
_SOFT_SIGN = re.compile(r"(?<=[A-Za-z])['’](?=[A-Za-z])(?!(?:t|re|ve|ll|d|m)\b)")
_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+)[«\"'(]?(\w+)")
# A model's designation: letters, then a number ("TB2", "J-10", «Су-35»).
_DESIGNATION = re.compile(r"[^\W\d_]{1,6}-?\d{1,4}[^\W\d_]?")
# Latin letters, and the digits chat spelling uses for letters ("4to" is «что»)
_LATIN_WORD = re.compile(r"(?=[a-z'46]*[a-z])[a-z'46]+")


@functools.lru_cache(maxsize=50_000)
def cyrillic(word: str) -> str:
    """A folded Latin word read as transliterated Russian ("kitayu" → "китаю"; "etot" →
    "этот": a first "e" is "э" where that makes a Russian function word)."""
    out = _TRANSLIT_RE.sub(lambda m: _TRANSLIT_MAP[m.group(0)], word)
    for pattern, letter in _TRANSLIT_AFTER:
        out = pattern.sub(letter, out)
    for typed, other in ru.LATIN_TYPED_FIRST:
        if out.startswith(typed) and (spelt := other + out[len(typed) :]) in ru.STOP_WORDS:
            return spelt
    return out


@functools.lru_cache(maxsize=50_000)
def readings(word: str, changes: int = READING_CHANGES) -> tuple[str, ...]:
    """The ways a folded Latin word may be read as Russian, :func:`cyrillic`'s first, then
    the spellings one or two of Latin's ambiguous letters allow ("stati" is «стати» or
    «статьи», "sferi" «сферы», "pervoistochnik" «первоисточник», "rol" «роль»): Latin
    has no soft sign, no «ы» apart from «и», no «э» apart from «е»."""
    first = cyrillic(word)
    if len(word) > LONGEST_READ:
        return (first,)  # no Russian word is that long: nothing to tell apart
    found = dict.fromkeys([first])
    layer = [first]
    for _ in range(changes):
        layer = [other for spelt in layer for other in _respelt(spelt) if other not in found]
        found.update(dict.fromkeys(layer[: MAX_READINGS - len(found)]))
        if len(found) >= MAX_READINGS:
            break
    return tuple(found)


def _respelt(word: str) -> list[str]:
    """*word* with one of its ambiguous spellings changed (see :func:`readings`)."""
    out = []
    for start in range(len(word)):
        for typed, other in ru.LATIN_AMBIGUOUS:
            if word.startswith(typed, start):
                out.append(word[:start] + other + word[start + len(typed) :])
    if word and word[-1] in ru.SOFT_AT_END:
        out.append(word + ru.SOFT_SIGN)
    return out


@dataclass(frozen=True)
class Question:
    """Everything the engine reads of one question."""

    text: str  # as asked (clipped)
    lang: str
    words: tuple[str, ...]  # folded words, stop words included
    smalltalk: str | None  # greeting, thanks, bye, help, ack
    asks: Detail | None  # the kind of answer asked for (see knowledge.language.intent)
    strict: bool  # "when exactly", "конкретно": only an explicit detail answers
    compares: str | None  # "parties" or "sources" (see knowledge.language.intent.comparison)
    entities: tuple[Concept, ...]  # named and covered by some fact
    topics: tuple[Concept, ...]
    unknown: tuple[str, ...]  # names the briefing never mentions
    sources: tuple[str, ...]  # concepts that name the article asked about ("the China piece")
    terms: tuple[str, ...]  # search terms of the words that are not entity names
    stems: str  # all content terms, for the fuzzy re-rank
    carried: tuple[str, ...] = ()  # a follow-up's terms taken from the previous question
    previous_fact: str | None = None  # a follow-up: the fact the previous answer cited
    previous_entities: frozenset[str] = frozenset()  # what the previous question named
    previous_asks: Detail | None = None  # the kind of answer the previous question asked
    # A follow-up on the previous fact's subject: the facts beside it in its paragraph, in
    # reading order (see Answering._on_previous).
    onward: tuple[str, ...] = ()
    # +1: the follow-up asks a detail of that fact ("who signed it?"); -1: it asks beyond it
    # ("why?", "tell me more") or about someone new; 0: neither, or it names only someone
    # that fact names too («а с Москвой что?»).
    previous_weight: int = 0
    # A follow-up asking of someone new what was asked before ("and from Turkey?" after
    # what Baku buys from China): the terms asked before and its topics ("topic:<id>"),
    # which order the facts about them.
    echoed: tuple[str, ...] = ()
    # The search terms of what the question asks beyond ("besides purchases"): a fact only
    # about that is not its answer.
    excepted: tuple[str, ...] = ()
    within: bool = False  # "where in Azerbaijan?": it names the country a place is in
    # The parties a question asks the effect on or the gain of ("what does it mean for
    # Moscow?", «последствия для России», "what's in it for Beijing?").
    affected: frozenset[str] = frozenset()
    # A "why" or "what's in it" question: the party whose reasons or gain it asks ("why is
    # Baku turning to Beijing?": Azerbaijan; "why is Baku interesting to Beijing?": China).
    gainer: str | None = None
    # The parties a question sets another against ("Beijing's edge over Moscow"): what is
    # asked is the other's, not theirs.
    rivals: frozenset[str] = frozenset()
    # A word of wanting or planning beside the words of what is wanted ("are they planning
    # to produce Chinese arms there?", «хотят производство открыть?»): it says how it is
    # meant, less what it is about, and weighs less in the search.
    modal: tuple[str, ...] = ()

    @property
    def entity_ids(self) -> frozenset[str]:
        """Ids of the entities the question names."""
        return frozenset(c.id for c in self.entities)


def _chat_reading(word: str, index: Index, vocabulary: Vocabulary) -> str:
    """The Cyrillic reading of a Latin word, as chat spells it too ("pachemu" is «пачему»,
    which is «почему»)."""
    return spelt_out([_reading(word, index, vocabulary)])[0]


_NO_EVIDENCE = en.STOP_WORDS | en.CHAT.keys()  # Latin words that tell no Russian


def _read_latin_as_russian(
    folded: list[str], index: Index, vocabulary: Vocabulary
) -> list[str] | None:
    """The words of a question typed as Russian in Latin letters, in Cyrillic, or None.

    A question counts as such when a third of its words (two or more) read as Russian words
    or names the facts use once transliterated and the facts do not know them in English, or
    when it has a Russian function word ("v", "li", "kak"; in a short message also "i", "a")
    and, with it, a third of its words read as Russian. Then its words are read in Cyrillic
    where the facts know them so ("budet li turtsiya meshat" → «будет ли турция мешат»).
    """
    short = len(folded) <= SHORT_MESSAGE
    # An English stop word or chat spelling ("aw", "tae") of a longer message: no evidence.
    russian = {p: cyrillic(w) for p, w in enumerate(folded) if w in _NO_EVIDENCE and not short}
    counted = [p for p in range(len(folded)) if p not in russian]
    # The words whose reading is remembered (or the facts know in English: fewer readings)
    # first: once the others could not tip the count, they are not read at all.
    counted.sort(key=lambda p: (not _remembered(folded[p], index), not index.knows(folded[p])))
    # English function words around it ("can you tell me kto takoi sun dzhun") are no
    # evidence either way (see _enough_russian for the share that makes a message Russian).
    third = _enough_russian(folded, len(russian), short, vocabulary)
    function = content = loose = 0
    for done, position in enumerate(counted):
        left = len(counted) - done
        if content + left < third and function + loose + left < third:
            return None
        word = folded[position]
        cyr = russian[position] = _chat_reading(word, index, vocabulary)
        if word in en.STOP_WORDS and cyr not in ru.STOP_WORDS:
            continue  # "i" and "a" are Russian too in "kitai i azerbaijan"
        if position == len(folded) - 1 and cyr in ru.NEVER_LAST:
            continue
        if cyr in ru.STOP_WORDS:
            function += 1  # "v", "li", "kak", "pochemu"
            continue
        english = index.knows(word)
        known = index.knows(cyr) or (not english and _names_a_party(cyr, vocabulary, index))
        if known and not vocabulary.resolve(word):
            loose += 1
            content += not english  # unknown in English: surely Russian
    if not (content >= third or (function and function + loose >= third)):
        return None
    read = sorted(russian.items())  # every word read by now, in order
    return [
        word
        if _stays_latin(word, cyr, index, vocabulary)
        else _unslipped(word, cyr, index, vocabulary)
        for word, (_, cyr) in zip(folded, read, strict=True)
    ]


def _stays_latin(word: str, cyr: str, index: Index, vocabulary: Vocabulary) -> bool:
    """Whether a word of a message read as Russian stays as typed: an English function word
    ("tell me", "quick question"), a word the facts know in English and not as read, or a
    party's name typed in its own Latin letters ("Bakı" is Baku, «баки» nothing)."""
    if cyr in ru.STOP_WORDS:
        return False
    if word in en.STOP_WORDS:
        return True
    if index.knows(word) and not index.knows(cyr):
        return True
    return _party_named(word, vocabulary) and not vocabulary.resolve(cyr)


def _enough_russian(
    folded: list[str], uncounted: int, short: bool, vocabulary: Vocabulary
) -> float:
    """How many words of a Latin-typed message must read as Russian for it to be Russian: a
    third of those that count, and two at least, but one in a short message of names and
    one more word ("baku podderjivaet kiev"): a name says nothing of the language."""
    names = sum(1 for word in folded if vocabulary.resolve(word)) if short else 0
    return max(2 if len(folded) - names > 1 else 1, (len(folded) - uncounted) / 3)


def _names_a_party(word: str, vocabulary: Vocabulary, index: Index) -> bool:
    """Whether a word read in Cyrillic names a party, as spelt or with a slip ("zaapd" is
    «заапд», one slip from «запад», the West)."""
    return bool(vocabulary.resolve(word)) or any(
        not m.concept.is_topic for m in vocabulary.find([word], index.knows)
    )


def _party_named(word: str, vocabulary: Vocabulary) -> bool:
    """Whether a word is exactly a name of a party (not of a topic: "kit" is no party)."""
    concept = vocabulary.resolve(word)
    return concept is not None and not vocabulary.concepts[concept].is_topic


def _remembered(word: str, index: Index) -> bool:
    """Whether :func:`_reading` of a word is remembered for this version of the index."""
    return (word, index.generation) in _READINGS.get(index, {})


def _reading(word: str, index: Index, vocabulary: Vocabulary) -> str:
    """The reading of a Latin-typed word that is a Russian function word or a word for the
    article, else one the facts know, else the first. Function words go first because the
    facts know words by their stems: «стати» would pass for «статьи». Kept per index
    version, as the same words come again and again."""
    # A word the facts know in English ("partner", "state") is read otherwise only where
    # one letter makes it a function word or the article's («статье»).
    return _kept(
        _READINGS,
        word,
        index,
        lambda: _chosen(
            readings(word, 1 if index.knows(word) else READING_CHANGES), index, vocabulary
        ),
    )


def _unslipped(word: str, read: str, index: Index, vocabulary: Vocabulary) -> str:
    """The reading *read* of a word of a message read as Russian; when it is no word of
    the question or the facts, the reading of the word it is one slip of ("mzohet" is
    «может», "noovst" «новость», "syouz" «союз»): in Latin letters the slip is made before
    the word is read. A word of the facts only with letters swapped or one put back: a
    letter left out of a Latin word may be a soft sign its reading adds ("imena" is no
    «имень»). Remembered per index version, as :func:`_reading` is."""
    if len(word) < SLIPPED_FROM or _is_a_word(read, index, vocabulary):
        return read
    return _kept(_UNSLIPPED, word, index, lambda: _slip_read(word, index) or read)


def _slip_read(word: str, index: Index) -> str | None:
    """The reading of what a Latin word was before one slip, if that is a function word or
    (with no letter taken out) a word of the facts."""
    for slipped in slips(word, short=True):
        for reading in readings(slipped, 1):
            if reading in _PHRASING:
                return reading
            if len(slipped) >= len(word) and index.knows(reading):
                return reading
    return None


SLIPPED_FROM = 5  # letters of the shortest Latin word whose slips are read


def _is_a_word(reading: str, index: Index, vocabulary: Vocabulary) -> bool:
    """Whether a reading is a function word, a word of the facts or a name."""
    return (
        reading in _PHRASING
        or reading in _ARTICLE
        or index.knows(reading)
        or bool(vocabulary.resolve(reading))
    )


_QUOTED = re.compile(r"""['"‘“«]([^'"’”»]+)['"’”»]""")  # words in quotation marks


def _quoted_words(text: str) -> set[str]:
    """The folded words a message puts in quotation marks."""
    return {fold_token(t) for quoted in _QUOTED.findall(text) for t in raw_tokens(quoted)}


def _mixed(word: str, index: Index, vocabulary: Vocabulary) -> str:
    """A word of a question in both alphabets: a Latin word that is no English word or name
    the facts know, read in Cyrillic when that is a Russian word the facts know; else as is."""
    if (
        not _LATIN_WORD.fullmatch(word)
        or word in en.STOP_WORDS
        or index.knows(word)
        or vocabulary.resolve(word)
    ):
        return word
    reading = _reading(word, index, vocabulary)
    return reading if reading in ru.STOP_WORDS or index.knows(reading) else word


def _chosen(spelt: tuple[str, ...], index: Index, vocabulary: Vocabulary) -> str:
    """The first of *spelt* that is a function word, the article's or a word of an idiom
    ("kem mozhet stat" is «кем может стать»), else a name the briefing knows ("ukraina"
    is «Украина», although some example question misspells «украйну»), else the first the
    facts know, unless another is used by many times more facts ("voennyi": «военный», not
    the rare stem of «военныи»), else the first."""
    for reading in spelt:
        if reading in _FUNCTION or reading in _ARTICLE or reading in IDIOM_WORDS:
            return reading
    for reading in spelt:
        if vocabulary.resolve(reading):
            return reading
    used = index.frequencies(list(spelt))
    if used[0]:
        most = max(used)
        return spelt[used.index(most)] if most >= MUCH_MORE * used[0] else spelt[0]
    for reading, count in zip(spelt, used, strict=True):
        if count or vocabulary.resolve(reading):
            return reading
    return spelt[0]


def _sentence_starts(text: str) -> set[str]:
    """The first word of every sentence: capitalised by grammar, not because it is a name."""
    return {m.group(1) for m in _SENTENCE_START.finditer(text)}


def _unknown_names(
    words: _Words, names: _Names, writing: set[int], index: Index, known: Vocabulary
) -> list[str]:
    """Capitalised words inside the question that neither the facts nor the names know
    ("What did Putin say…", «Что Эрдоган говорил…»), and model designations however typed
    ("tb2 or akinci?"): names the briefing never mentions; not a language of writing ("in
    English", *writing*: its positions)."""
    found: list[str] = []
    tokens, taken = words.tokens, names.positions | writing
    starts = _sentence_starts(words.text)
    for position, token in enumerate(tokens):
        if position in taken:
            continue
        capitalised = position > 0 and token[:1].isupper() and not token.isupper()
        if not (capitalised and token not in starts) and not _DESIGNATION.fullmatch(token):
            continue
        if not _unknown(token, words.folded[position], names, index, known):
            continue
        if found and position - 1 not in taken and tokens[position - 1] == found[-1].split()[-1]:
            found[-1] += " " + token
        else:
            found.append(token)
    return found


def _unknown(token: str, word: str, names: _Names, index: Index, known: Vocabulary) -> bool:
    """Whether a name-like token (*word* folded) is no word of the facts, nor a typo of one
    or of a name the question gives ("Южом Кавкзе")."""
    if word in STOP_WORDS or len(word) < 3 or known.resolve(token):
        return False
    if index.df[index.correct(word)] > 0:
        return False
    return not known.in_name_of(token, names.entities)


_ARTICLE = frozenset(every(lambda lang: lang.ARTICLE))  # "the China article"
_FOR = frozenset(every(lambda lang: lang.FOR))  # "for Moscow": the party affected
_SIDE = frozenset(every(lambda lang: lang.SIDE))  # "on Baku's side", «со стороны Баку»
_BEFORE_NAME = frozenset(every(lambda lang: lang.BEFORE_NAME))  # "the", «самого»
_RIVALS = tuple(every(lambda lang: lang.RIVALS))  # "over Moscow", «перед Россией»
# "in Azerbaijan": a country or region the question itself places something in
_IN = frozenset(every(lambda lang: lang.PLACE_PREPOSITIONS))
_NAME_ADJECTIVE = every(lambda lang: lang.NAME_ADJECTIVE_ENDINGS)  # "Chinese", «китайские»
_SCOPE = frozenset(every(lambda lang: lang.SCOPE))  # "only in the Caucasus?" guesses no place
_GUESSED = _SCOPE | frozenset(every(lambda lang: lang.GUESSING))  # «тоже в Китае?» neither
_WRITES_FROM = frozenset(every(lambda lang: lang.WRITES_FROM))  # "hi from Tbilisi"
_READERS_OWN = frozenset(every(lambda lang: lang.READERS_OWN))  # "my Grade 11 class"
# What marks a clause telling of the reader ("I'm writing…", "Hello from Baku", «понятно»),
# and what makes it ask all the same ("I'd like to know", «меня интересует»).
_TELLING = frozenset(
    every(lambda lang: lang.READER | lang.READERS_OWN | lang.WRITES_FROM | lang.ACK)
)
_WANTING = frozenset(every(lambda lang: lang.WANTING | lang.REQUESTING | lang.QUESTION_WORDS))
_VALUED = frozenset(every(lambda lang: lang.VALUED))  # "interesting to China"
_TO = frozenset(every(lambda lang: lang.TO))
_APPROACH = frozenset(every(lambda lang: lang.APPROACH))  # "turning to", «сближаться»
_DATIVE = every(lambda lang: lang.DATIVE_ENDINGS)  # «Зачем Азербайджану Китай?»
_NOT_DATIVE_AFTER = frozenset(every(lambda lang: lang.NOT_DATIVE_AFTER))
_FUNCTION = ru.STOP_WORDS | ru.COMPARE  # "v obeih statyah": «обеих», not «обейх»
_PHRASING = _FUNCTION | QUESTION_WORDS  # how a question is put, not what it asks about
_ABOUT = frozenset(every(lambda lang: lang.ABOUT))  # "the article about Turkey"


def _names_an_article(folded: list[str], mention: Mention, named: set[int]) -> list[int] | None:
    """Whether a name stands for an article ("the China article", «статья про Турцию»,
    "the China–Azerbaijan military story"): None when not, else the positions of the one
    word that describes the article beside the names ("military"), which asks nothing."""
    before = folded[max(0, mention.start - 2) : mention.start]
    if before and before[-1] in _ARTICLE and mention.start - 2 in named:
        return None  # «по китайской статье Турция …»: that article is China's
    about = len(before) == 2 and before[0] in _ARTICLE and before[1] in _ABOUT
    if about and mention.start - 3 in named:
        return None  # «в китайской статье про Турцию»: Turkey is what it says of
    if (before and before[-1] in _ARTICLE) or about:
        return []
    described: list[int] = []
    for position in range(mention.end, min(len(folded), mention.end + ARTICLE_REACH)):
        if folded[position] in _ARTICLE:
            return described
        if position in named:
            continue
        if described or folded[position] in STOP_WORDS:  # "after Karabakh in the … article"
            return None
        described.append(position)
    return None


ARTICLE_REACH = 4  # words from a name to the article word it may stand before


def _joined(tokens: list[str], index: Index) -> list[str]:
    """Words typed apart that the facts write as one («кибер безопасность» →
    «кибербезопасность», "cyber security" → "cybersecurity")."""
    out: list[str] = []
    for token in tokens:
        head = fold_token(out[-1]) if out else ""
        if (
            len(head) >= 3
            and len(token) >= 3
            and head not in STOP_WORDS
            and not index.knows(head)
            and index.knows(fold_token(out[-1] + token))
        ):
            out[-1] += token
        else:
            out.append(token)
    return out


@dataclass(frozen=True)
class _Words:
    """A question's text read into words: as typed, and as the engine reads them."""

    text: str
    lang: str
    tokens: list[str]  # original case, Russian typed in Latin letters read in Cyrillic
    folded: list[str]
    as_typed: list[str]  # folded, before any transliteration
    latin: bool  # written in Latin letters only


def normal_text(text: str) -> str:
    """The text a question is read as: its first ``MAX_QUESTION`` characters (cut at a word
    boundary: a cut word is no name), NFKC-normalised, invisible characters dropped. Two
    questions with the same normal text are read alike."""
    if len(text) > MAX_QUESTION:
        head = text[:MAX_QUESTION].rsplit(None, 1)
        text = head[0] if len(head) > 1 else text[:MAX_QUESTION]
    return clean(text)


def _read(text: str, vocabulary: Vocabulary, index: Index) -> _Words:
    text = normal_text(text)
    lang = detect_lang(text)
    if "'" in text or "’" in text:  # "Baku's" → "Baku"
        text = _SOFT_SIGN.sub("", _POSSESSIVE.sub("", text))
    tokens = _joined(raw_tokens(text), index)
    folded = as_typed = [fold_token(t) for t in tokens]
    latin = lang == "en" and bool(folded) and all(_LATIN_WORD.fullmatch(w) for w in folded)
    # an English question quoting the article's words in Latin letters ("what is meant by
    # 'kuluarnaya tema'?"): only those are Russian, where the facts know them so
    quoted = _quoted_words(text) if latin else set()
    if (
        quoted
        and _read_latin_as_russian([w for w in folded if w not in quoted], index, vocabulary)
        is None
    ):
        read = [_mixed(word, index, vocabulary) if word in quoted else word for word in folded]
        tokens, folded = _with_readings(tokens, folded, read), read
        latin = False
    russian = _read_latin_as_russian(folded, index, vocabulary) if latin else None
    if russian is not None:
        tokens = folded = russian
        lang = "ru"
    elif not latin and any(_LATIN_WORD.fullmatch(w) for w in folded):
        # Russian and Latin letters in one question ("Баку hochet kupit drony?"): a Latin
        # word English and the names do not know is Russian where the facts know it so.
        read = [_mixed(word, index, vocabulary) for word in folded]
        if read != folded:
            tokens, folded = _with_readings(tokens, folded, read), read
            lang = detect_lang(" ".join(folded))
    # chat shorthand: "what kinda deal r they making w china", «чё там с дронами»
    spelt = spelt_out(folded)
    tokens, folded = _with_readings(tokens, folded, spelt), spelt
    retyped = [_retyped(word, index, vocabulary) for word in folded]
    if len(folded) > SHORT_MESSAGE:  # "tanks" in a question is no misspelt "thanks"
        retyped = [w if r in SMALLTALK_WORDS else r for w, r in zip(folded, retyped, strict=True)]
    tokens, folded = _with_readings(tokens, folded, retyped), retyped
    return _Words(text, lang, tokens, folded, as_typed, latin)


def _with_readings(tokens: list[str], folded: list[str], read: list[str]) -> list[str]:
    """The tokens with each word whose folded form was read otherwise replaced by that
    reading; the others keep their case (acronyms, names)."""
    return [t if r == f else r for t, f, r in zip(tokens, folded, read, strict=True)]


def _retyped(word: str, index: Index, vocabulary: Vocabulary) -> str:
    """The word a folded *word* was meant to be, when it is one slip away from a word of a
    question ("waht" → "what") or of the facts ("sing" → "sign", "turkye" → "turkey"), and is
    itself neither: a real word the briefing does not use ("sing") fits it worse than the
    one it is a slip of. Of several such words of the facts, the most used one. Names too:
    "Uited States" is the United States; a name the briefing lacks ("Putin") is one slip
    from no word of the facts, and stays itself (remembered, so each costs one look)."""
    if len(word) < 4 or not word.isalpha() or word in STOP_WORDS or word in QUESTION_WORDS:
        return word
    if word in STEMS_APART or is_money(word):
        return word
    return _kept(_RETYPED, word, index, lambda: _nearest_word(word, index, vocabulary))


def _kept(
    store: weakref.WeakKeyDictionary[Index, dict[tuple[str, int], str]],
    word: str,
    index: Index,
    make: Callable[[], str],
) -> str:
    """What *make* gives for *word*, remembered in *store* per index while its facts stay
    the same (``RETYPED_CACHE`` words at most): questions repeat their words."""
    known = store.setdefault(index, {})
    key = (word, index.generation)
    if key not in known:
        if len(known) >= RETYPED_CACHE:
            known.clear()
        known[key] = make()
    return known[key]


def _nearest_word(word: str, index: Index, vocabulary: Vocabulary) -> str:
    if index.knows(word) or vocabulary.resolve(word):
        # known by the stem of the question word it is a slip of: «такй» is «такой»
        # (not so a word of phrasing: «стать» is no slip of «статье»)
        if stem(word) not in _FUNCTION_STEMS:
            return word
        meant = _function_slip(word, slips(word, short=True))
        slip = meant in _FUNCTION_WORDS and index.term(meant) == index.term(word)
        return meant if meant and slip else word
    spoken = slips(word, short=True)
    if meant := _function_slip(word, spoken):
        return meant
    candidates = slips(word) if len(word) < 5 else spoken  # from five letters on, the same
    counts = index.frequencies(candidates)
    known = [(n, c) for n, c in zip(counts, candidates, strict=True) if n > 0]
    # a double letter typed once is the likeliest slip: "planing" is "planning", not "planting";
    # so is a letter typed twice: «китаеем» is «китаем», not «китаемем»
    known = [(n, c) for n, c in known if _undoubled(c, word) or _undoubled(word, c)] or known
    if not known and len(word) == DROPPED_FROM - 1 and word.isascii():
        known = _one_letter_back(spoken, index)
    return max(known)[1] if known else _unnegated(word, index)


def _unnegated(word: str, index: Index) -> str:
    """A word the facts lack that negates one they use ("unlimited", «неограниченные»):
    read as that word, whose sentence answers the question either way ("Is Turkey's
    capacity unlimited?" is answered by «её возможности ограничены»)."""
    for prefix in _NEGATIONS:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= NEGATED_FROM and index.knows(rest):
            return rest
    return word


NEGATED_FROM = 5  # letters of the shortest word read through a negating prefix
_NEGATIONS = every(lambda lang: lang.NEGATIONS)


DROPPED_FROM = 5  # letters of the shortest word a dropped letter is put back into


def _one_letter_back(spoken: list[str], index: Index) -> list[tuple[int, str]]:
    """An English word of four letters read as the five-letter word of the facts it drops a
    letter of ("vist" → "visit", "sate" → "state"), when only one word of theirs fits:
    short words make too many words with a letter put back ("rain", "train", "brain"), and
    Russian ones too (no «плов» is «полов»)."""
    longer = [c for c in spoken if len(c) == DROPPED_FROM]
    counts = index.frequencies(longer)
    known = [(n, c) for n, c in zip(counts, longer, strict=True) if n > 0]
    return known if len({index.term(c) for _, c in known}) == 1 else []


def _function_slip(word: str, spoken: list[str]) -> str | None:
    """The function word a word is one slip of (*spoken*: what it may have been before a
    slip), if any. Not a shorter one: «ценна» is no misspelt «цена», but "whre" is "where";
    a doubled vowel, or any doubled letter in Latin letters, is a slip too ("wherre",
    «поочему»)."""
    if _FUNCTION_WORDS.isdisjoint(spoken):
        return None
    for candidate in spoken:
        shorter = len(candidate) < len(word) and not _undoubled(word, candidate)
        if not shorter and candidate in _FUNCTION_WORDS:
            return candidate
    return None


# a slip of one of these is taken for it ("excetp" is "except")
_FUNCTION_WORDS = STOP_WORDS | QUESTION_WORDS | EXCEPT_WORDS
_FUNCTION_STEMS = frozenset(stem(word) for word in _FUNCTION_WORDS)


def _undoubled(word: str, candidate: str) -> bool:
    """Whether *candidate* is *word* with one letter of a doubled pair left out, where the
    pair is no spelling: any letter in Latin letters, a vowel or a letter Russian never
    doubles in Russian («ценна» is a word, «поочему» and «заччем» slips)."""
    return any(
        word[i] == word[i + 1]
        and word[:i] + word[i + 1 :] == candidate
        and (word.isascii() or word[i] in ru.VOWELS or word[i] in ru.NEVER_DOUBLED)
        for i in range(len(word) - 1)
    )


RETYPED_CACHE = 50_000  # words whose reading is remembered while the facts stay the same
# per index (a process may hold several knowledges), forgotten with it
_RETYPED: weakref.WeakKeyDictionary[Index, dict[tuple[str, int], str]] = weakref.WeakKeyDictionary()
_READINGS: weakref.WeakKeyDictionary[Index, dict[tuple[str, int], str]] = (
    weakref.WeakKeyDictionary()
)  # the same for the reading of words typed in Latin (see _reading)
_UNSLIPPED: weakref.WeakKeyDictionary[Index, dict[tuple[str, int], str]] = (
    weakref.WeakKeyDictionary()
)  # ... and of those read as the word they are one slip of (see _unslipped)


@dataclass
class _Names:
    """What a question names: covered entities, names the briefing lacks, topics, articles."""

    entities: dict[str, Concept]
    uncovered: dict[str, Concept]
    sources: dict[str, Concept]
    topics: dict[str, Concept]
    positions: set[int]  # token positions that are part of an entity's name
    affected: set[str]  # entities named right after "for", «для»
    # entities a party named before is set against ("Beijing's edge over Moscow")
    rivals: set[str] = field(default_factory=set)
    # entities named as the ones whose gain is asked: "for China", "interesting to China",
    # «Китаю» (the dative), in the question's order
    gainers: list[str] = field(default_factory=list)
    # names the briefing lacks of a place the reader writes from ("hi from Tbilisi")
    whence: set[str] = field(default_factory=set)
    placed: bool = False  # a country or region named right after "in", «в»
    persons: set[int] = field(default_factory=set)  # positions of a person's name, as named
    topic_words: set[str] = field(default_factory=set)  # the words that name the topics
    topic_spans: dict[str, set[int]] = field(default_factory=dict)  # where each is named


def _unread(mention: Mention, typed: list[str], meant: list[str], vocabulary: Vocabulary) -> bool:
    """Whether a topic's mention stands as meant: not in a word read as another (*meant*,
    :func:`read_as`) that names no such topic ("make his remarks": no production;
    «выгоднее других» still a gain)."""
    if mention.end - mention.start != 1:
        return True
    word = meant[mention.start]
    return (
        not word
        or word == typed[mention.start]
        or any(m.concept == mention.concept for m in vocabulary.find([word]))
    )


def _names(
    words: _Words, vocabulary: Vocabulary, index: Index, asides: set[int], meant: list[str]
) -> _Names:
    # A typo may reach a name the facts use, never one they lack ("кибер" is no "Либерия");
    # "Russian letters" name a language, no country.
    writing = writing_positions(words.folded)
    mentions = [
        m
        for m in vocabulary.find(words.tokens, index.knows)
        if not (m.fuzzy and not m.concept.is_topic and not index.covers(m.concept.id))
        and not writing.issuperset(range(m.start, m.end))
    ]
    mentions += [
        m for m in vocabulary.holders(words.tokens, mentions) if index.covers(m.concept.id)
    ]
    names = _Names({}, {}, {}, {}, set(), set())
    named = {p for m in mentions if not m.concept.is_topic for p in range(m.start, m.end)}
    for mention in mentions:
        concept = mention.concept
        if concept.is_topic:
            unread = _unread(mention, words.folded, meant, vocabulary)
            if unread and not asides.issuperset(range(mention.start, mention.end)):
                names.topics[concept.id] = concept
                names.topic_words.update(words.folded[mention.start : mention.end])
                names.topic_spans.setdefault(concept.id, set()).update(
                    range(mention.start, mention.end)
                )
            continue
        names.positions.update(range(mention.start, mention.end))
        if (described := _names_an_article(words.folded, mention, named)) is not None:
            names.sources[concept.id] = concept
            names.positions.update(described)
        elif index.covers(concept.id):
            names.entities[concept.id] = concept
            _note_role(names, words.folded, mention, vocabulary)
            if _by_name(words.folded[mention.start : mention.end], concept):
                names.persons.update(range(mention.start, mention.end))
        else:
            names.uncovered[concept.id] = concept
            if mention.start and words.folded[mention.start - 1] in _WRITES_FROM:
                names.whence.add(concept.name(words.lang))
    for party in _parties_in_topics(words, vocabulary, mentions):
        if index.covers(party.id):  # its word stays one to look for, as the topic's
            names.entities.setdefault(party.id, party)
    return names


_BOTH_AND = frozenset(every(lambda lang: lang.BOTH_AND))


def _both_and(folded: list[str], named: set[int]) -> str | None:
    """``parties`` when two names (*named*: their positions) each follow an "and" of their
    own («и с Китаем, и с Турцией речь про локализацию?»): both are asked about alike."""
    starts = [n for n in sorted(named) if n - 1 not in named]
    paired = [
        n
        for n in starts
        if (n >= 1 and folded[n - 1] in _BOTH_AND)
        or (n >= 2 and folded[n - 1] in PREPOSITIONS and folded[n - 2] in _BOTH_AND)
    ]
    return "parties" if len(paired) >= 2 else None


def _by_name(typed: list[str], concept: Concept) -> bool:
    """Whether a person is named by their name ("Sun Jun", «Сун Цзюня»), not a role only
    ("the attaché"): who they are is then a question, where a role asks their name."""
    return concept.kind == "person" and not name_forms(concept).isdisjoint(typed)


def _named_from(folded: list[str], mention: Mention) -> int:
    """Where a name's phrase starts, a word like "the" or «самого» before it included: what
    stands before that ("for the Kremlin", «для самого Азербайджана») says its role."""
    before = mention.start - 1
    return before if before > 0 and folded[before] in _BEFORE_NAME else mention.start


def _note_role(names: _Names, folded: list[str], mention: Mention, vocabulary: Vocabulary) -> None:
    """Note what the words around a party say of it: the one affected ("for Moscow"), the
    one whose gain is asked («Китаю»), a country something is placed in ("in Azerbaijan",
    not "only in the Caucasus?" or «тоже в Китае?»: a guess at the place asked, nor «на
    китайские технологии»)."""
    concept = mention.concept
    start = _named_from(folded, mention)
    before = folded[start - 1] if start else ""  # "for Moscow", "for the Kremlin"
    if before in _FOR:
        names.affected.add(concept.id)
    if names.entities.keys() - {concept.id} and any(
        tuple(folded[max(0, start - len(phrase)) : start]) == phrase for phrase in _RIVALS
    ):
        names.rivals.add(concept.id)
    if _named_as_gainer(folded, mention, vocabulary) or _given_to(folded, mention, names):
        names.gainers.append(concept.id)
    if before in _IN and (start < 2 or folded[start - 2] not in _GUESSED):
        # not «на китайские технологии»: an adjective of the name places nothing in it
        adjective = folded[mention.end - 1].endswith(_NAME_ADJECTIVE)
        names.placed |= concept.kind in ("country", "region") and not adjective


def _named_as_gainer(folded: list[str], mention: Mention, vocabulary: Vocabulary) -> bool:
    """Whether a party is named as the one whose gain a question asks: right after "for"
    («для»), after a word of value and "to" ("interesting to China"), or in the dative
    outside a preposition or a verb governing it («Зачем Азербайджану Китай?», not
    «тянется к Пекину», «помешать Китаю»; «Баку», the same in every case, is no dative)."""
    start = _named_from(folded, mention)
    before = folded[max(0, start - 2) : start]
    # not "shopping for Chinese arms": a name that qualifies the next word
    qualifies = mention.end < len(folded) and folded[mention.end] not in STOP_WORDS
    if before[-1:] and before[-1] in _FOR:
        return not qualifies
    after = folded[mention.end] if mention.end < len(folded) else ""
    if after in _SIDE or (before[-1:] and before[-1] in _SIDE):
        return True  # "on Azerbaijan's side", «со стороны Азербайджана»
    if len(before) == 2 and before[0] in _VALUED and before[1] in _TO:
        return not qualifies
    # not «тянется к Пекину», «продаёт оружие Азербайджану»: the object of a word before
    if mention.end - mention.start != 1 or not _NOT_DATIVE_AFTER.isdisjoint(before):
        return False
    word = folded[mention.start]
    return any(
        word.endswith(dative)
        and vocabulary.resolve(word[: -len(dative)] + own) == mention.concept.id
        for dative, own in _DATIVE
    )


def _given_to(folded: list[str], mention: Mention, names: _Names) -> bool:
    """Whether a party is named as the one something is given, of a question asking its gain
    ("what does the cooperation give Beijing?"; not "why did China give Baku arms?")."""
    start = _named_from(folded, mention)
    return start > 0 and folded[start - 1] in YIELD and gives_a_party(folded, names.positions)


_GAINER_BEFORE = frozenset(every(lambda lang: lang.GAINER_BEFORE))
_GAINER_AFTER = frozenset(every(lambda lang: lang.GAINER_AFTER))


def gainers_named(tokens: list[str], vocabulary: Vocabulary) -> list[str]:
    """The parties a statement gives the gain or reasons of: named after "for", "lets",
    "offers" («для», «позволяет», «предлагает») or before "interest", "is looking",
    "intends" ("China's interest", «Баку ищет», «Анкара намерена»)."""
    folded = [fold_token(token) for token in tokens]
    if _GAINER_BEFORE.isdisjoint(folded) and _GAINER_AFTER.isdisjoint(folded):
        return []  # most statements: no names looked for
    return [
        m.concept.id
        for m in vocabulary.find(tokens, typos=False, topics=False)
        if (m.start and folded[m.start - 1] in _GAINER_BEFORE)
        or not _GAINER_AFTER.isdisjoint(folded[m.end : m.end + 2])
    ]


def _parties_in_topics(
    words: _Words, vocabulary: Vocabulary, mentions: list[Mention]
) -> list[Concept]:
    """The parties named inside the phrases of the topics found: «поддерживает Киев» is
    the topic of support for Ukraine, and names Ukraine too."""
    return [
        party.concept
        for topic in mentions
        if topic.concept.is_topic and topic.end - topic.start > 1
        for party in vocabulary.find(
            words.tokens[topic.start : topic.end], typos=False, topics=False
        )
    ]


def _asks_on(folded: list[str], at: int, named: set[int]) -> bool:
    """Whether the question word at *at* goes on as a question ("Song Jun, where did he
    speak?"; «азеры где учились?», a name put first as what is asked about), not as a
    clause ("Istanbul, where the ministers signed …")."""
    fronted = all(n in named for n in range(at))
    return fronted or not YES_NO_OPENERS.isdisjoint(folded[at + 1 : at + 2])


def _kind_asked(
    folded: list[str], meant: list[str], named: set[int], persons: set[int]
) -> Detail | None:
    """The kind of answer asked, in the words as typed or else as read: a phrase read as one
    word asks what that word asks ("how did it go down with Moscow?": a reaction). A word
    like "where" just after a name (*named*: its positions) opens a clause about it: "…
    finalised in Istanbul, where the ministers signed a memorandum?" asks no place. "Who
    is" before a person's name (*persons*) asks no one else: who they are, also when the
    question asks it twice («кто такой Сун Джун и кем он в Азербайджане работает?»)."""
    who_is = who_someone_is(folded, persons)
    opening = {
        n
        for n, word in enumerate(folded)
        if word in CLAUSE_WORDS and n - 1 in named and not _asks_on(folded, n, named)
    } | who_is
    if opening and len(meant) == len(folded):  # as read, where it reads word for word
        meant = ["" if n in opening else w for n, w in enumerate(meant)]
    folded = ["" if n in opening else w for n, w in enumerate(folded)]
    asks = answer_kind(folded)
    if asks is None and meant != folded:
        asks = answer_kind(meant)
    if _checks_a_year(asks, folded):
        return Detail.TIME
    return None if who_is and asks is Detail.PERSON else asks


_ASKING = frozenset(every(lambda lang: lang.QUESTION_WORDS))  # what, who, «что», «кто» ...


def _checks_a_year(asks: Detail | None, folded: list[str]) -> bool:
    """Whether a question asking no kind but yes or no names a year: "that was 2024,
    right?", "was it in 2024?" check when it was, whatever the year."""
    plain = asks is Detail.YESNO or (asks is None and _ASKING.isdisjoint(folded))
    return plain and any(map(YEAR.fullmatch, folded))


_BRACKETED = re.compile(r"\s*(\([^()]*\))")  # a remark in brackets
# A sentence of its own: up to its full stop or exclamation mark, or a question mark.
_SENTENCE = re.compile(r"[^.!?…]*(?:[.!?…]+|$)")


def preamble(text: str) -> tuple[str, str]:
    """A message split into what the reader tells around asking and the question itself:
    before it ("We argued about it over tea. Is it good for Azerbaijan?") and after it, a
    remark («За счёт чего выигрывает Китай? Замечу, что историку такие обобщения
    подозрительны.»), or what it says before a colon ("For my report to the Ministry: on
    what date …?"); ``("", text)`` when it has nothing of its own around those asked. A remark in
    brackets inside a question («… опереться на Турцию (союзник ведь)?») is told too."""
    bracketed = _BRACKETED.findall(text)
    if bracketed and (rest := _BRACKETED.sub("", text)).strip():
        around, question = preamble(rest)
        return " ".join([around, *bracketed]).strip(), question
    sentences = _sentences(text)
    asked = [n for n, s in enumerate(sentences) if _ending(s).endswith("?")]
    if not asked:
        return "", text
    first, last = asked[0], asked[-1] + 1
    if first == 0 and (lead := _lead(sentences[first])):
        sentences[first : first + 1] = [lead, sentences[first][len(lead) :]]
        first, last = first + 1, last + 1
    # ... a remark ends as a statement does: "what about the Russian arms industry" with
    # no stop after the question is another question, «… всё им расскажи» a remark still
    if not _ending(sentences[-1]).endswith((".", "!", "…")) and _may_ask(sentences[-1]):
        last = len(sentences)
    if first == 0 and last == len(sentences):
        return "", text
    told = "".join([*sentences[:first], *sentences[last:]]).strip()
    return told, "".join(sentences[first:last]).strip()


def _may_ask(sentence: str) -> bool:
    """Whether a sentence with no stop after a question may ask one of its own: it asks
    something ("what about the Russian arms industry") or is too short to tell ("and
    Baykar"); a longer one asking nothing is a remark («Мне для экскурсии надо, туристы
    нынче любопытные попались, всё им расскажи»)."""
    folded = _folded(sentence)
    return len(folded) < REMARK_WORDS or asks_something(folded)


REMARK_WORDS = 4  # words at least of a remark after a question with no stop of its own


def questions_asked(text: str) -> list[str]:
    """The questions a message asks: its sentences ending in a question mark."""
    return [sentence for sentence in _sentences(text) if _ending(sentence).endswith("?")]


@functools.lru_cache(maxsize=5_000)
def through_last_question(text: str) -> str:
    """The message up to the end of its last question, without a remark after it ("Where
    were they signed? I have only seen Istanbul on postcards."); all of it when no
    sentence ends in a question mark. Kept: each fact checked for a detail asks it."""
    sentences = _sentences(text)
    last = max((n for n, s in enumerate(sentences) if _ending(s).endswith("?")), default=None)
    return text if last is None else "".join(sentences[: last + 1])


def guessed_words(text: str) -> frozenset[str]:
    """The words of a guess a question ends with after a comma ("who signed it, the
    ministers?", «кто подписал, министры?») or of guesses after a dash («кто закрепил
    меморандум — министры, президенты, кто?»), none when it ends otherwise."""
    text = text.strip()
    if not text.endswith("?"):
        return frozenset()
    for mark, most in _GUESS_MARKS:
        head, found, tail = text.rpartition(mark)
        if found and head.strip() and len(tail.split()) <= most:
            return frozenset(fold_token(token) for token in raw_tokens(tail))
    return frozenset()


GUESS_WORDS = 3  # words at most of a guess after a question's last comma
GUESSES_WORDS = 5  # ... of guesses after a dash
_GUESS_MARKS = ((" — ", GUESSES_WORDS), (" – ", GUESSES_WORDS), (" - ", GUESSES_WORDS),
                (",", GUESS_WORDS))  # fmt: skip


def _sentences(text: str) -> list[str]:
    """The sentences of a text, a closing bracket or quote after a stop kept with its
    sentence ("(… догадки.)")."""
    sentences: list[str] = []
    for piece in _SENTENCE.findall(text):
        if sentences and piece.strip() and not piece.strip().strip(_CLOSING):
            sentences[-1] += piece
        elif piece.strip():
            sentences.append(piece)
    return sentences


def _lead(sentence: str) -> str:
    """What a question says before a colon, when a question of three words or more follows
    it ("For accuracy: on what date did …?") and it asks nothing itself (not "How does the
    piece describe the alliance: merely declarative, or more?"), or ""."""
    before, colon, after = sentence.partition(": ")
    if (
        not colon
        or len(after.split()) < LEAD_ASKED
        or asks_something([fold_token(t) for t in raw_tokens(before)])
    ):
        return ""
    return before + colon


LEAD_ASKED = 3  # words of a question after a colon that make what comes before it a lead
_CLOSING = ')»"'  # what may close a sentence after its stop


def _ending(sentence: str) -> str:
    """A sentence without the closing bracket or quote after its stop ("(… догадки.)")."""
    return sentence.rstrip().rstrip(_CLOSING)


def analyse(text: str, vocabulary: Vocabulary, index: Index) -> Question:
    """Take a question apart once, for the matcher and the answer decision.

    A clause that only remarks on the reader («я краем уха слышала, пока туристов в
    автобус сажала») is no part of what is asked: see :func:`_remarked`."""
    question = _told_apart(text, vocabulary, index)
    if not question.smalltalk and (kind := _small_talk_beside(text, vocabulary, index)):
        return replace(question, smalltalk=kind)
    remarked = _remarked(text, vocabulary, index)
    if not remarked or question.smalltalk:
        return question
    return replace(question, terms=tuple(t for t in question.terms if t not in remarked))


def _small_talk_beside(text: str, vocabulary: Vocabulary, index: Index) -> str | None:
    """The small talk a message is beside what the reader tells of themselves ("Hi, I'm
    writing a paper on the Caucasus. Who are you?", «привет, у меня доклад про Турцию, ты
    кто?», "Hello from Baku! Nice to meet you", "thx, perfect for my essay on drones"): what
    it tells names the briefing's subjects, but asks and wants nothing of them. A sentence
    telling of the reader tells in all its clauses («Я пенсионер, бывший военный,
    интересуюсь Кавказом.»), but those small talk alone. None when nothing tells of the
    reader, or the rest is no small talk."""
    folded = _folded(text)
    if _TELLING.isdisjoint(folded):
        return None  # most questions
    kept: list[str] = []
    told = False
    for sentence in _sentences(text):
        clauses = [(c, _folded(c)) for c in _CLAUSE.split(sentence) if c.strip()]
        tells = (
            not _ending(sentence).endswith("?")
            and _tells_of_the_reader(_folded(sentence))
            and not any(asks_something(words) for _, words in clauses)
        )
        for clause, words in clauses:
            if (tells or _tells_of_the_reader(words)) and not _analysed(
                clause, vocabulary, index
            ).smalltalk:
                told = True
            else:
                kept.append(clause)
    if not told:
        return None
    if not kept:  # all of it tells: small talk if it has words of small talk in it
        return smalltalk_kind(text, folded)
    ending = "?" if "?" in text else ""
    return _analysed(", ".join(kept) + ending, vocabulary, index).smalltalk


def _folded(text: str) -> list[str]:
    """The folded words of a stretch of text, chat spellings spelt out."""
    return spelt_out([fold_token(token) for token in raw_tokens(text)])


def _tells_of_the_reader(folded: list[str]) -> bool:
    """Whether a clause tells of the reader (I, my, «у меня», "from Baku", «теперь
    понятно»), asking and wanting nothing."""
    words = set(folded)
    return (
        not _TELLING.isdisjoint(words) and _WANTING.isdisjoint(words) and not asks_something(folded)
    )


def _remarked(text: str, vocabulary: Vocabulary, index: Index) -> set[str]:
    """The words of a message's remarks: clauses of a sentence not asked (no "?") that ask
    nothing, name nothing of the briefing and use no word a fact uses, in a message whose
    other clauses do use some. Words no fact has make an answer less sure; in a remark they
    are not asked at all."""
    if not _CLAUSE.search(text.strip().rstrip(_ENDS)):
        return set()  # most questions: one clause
    remarked: set[str] = set()
    known: set[str] = set()
    for sentence in _sentences(text):
        asked = _ending(sentence).endswith("?")
        for clause in filter(str.strip, _CLAUSE.split(sentence)):
            folded = _folded(clause)
            terms = {index.correct(w) for w in folded if w not in STOP_WORDS and len(w) > 1}
            if (
                asked
                or index.used(terms)
                or asks_something(folded)
                or vocabulary.find(raw_tokens(clause), index.knows)
            ):
                known |= terms
            else:
                remarked |= terms
    return remarked - known if index.used(known) else set()


_CLAUSE = re.compile(r"[,;:.!?…—–]+")  # what ends a clause
_ENDS = "?!.…"  # what ends a message


def _told_apart(text: str, vocabulary: Vocabulary, index: Index) -> Question:
    """:func:`analyse` of what the reader tells apart from what is asked.

    What the reader tells before asking («Мы с женой спорили за чаем. Почему Баку …?»)
    only sets the scene: its words are no words the question asks, so they make the answer
    no less sure, and one a typo away from a word of the facts («служил», «сложился») does
    not steer it. Its names of the briefing still count; one it lacks ("Some Kazakh site, I
    think.") is the reader's own, no subject the question asks about."""
    told, asked = preamble(text)
    question = _analysed(text, vocabulary, index)
    if not told or question.smalltalk:
        return question
    alone = _analysed(asked, vocabulary, index)
    if _asks_of_what_is_told(alone, index):
        return question
    own = set(alone.terms)
    terms = tuple(t for t in question.terms if t in own)
    unknown = tuple(name for name in question.unknown if name in alone.unknown)
    # what it asks, the question says («меня интересует …» in a remark asks no interest)
    return replace(
        question,
        terms=terms,
        unknown=unknown,
        asks=alone.asks,
        gainer=alone.gainer,
        # ... and its subjects, unless it points back at someone told of («… какой-то
        # китайский военный выступал. Что он сказал?»)
        topics=question.topics if _PERSONS_TOLD & set(alone.words) else alone.topics,
    )


# "he", «они»: a question pointing back at someone a preamble tells of
_PERSONS_TOLD = frozenset(every(lambda lang: lang.PERSONAL | lang.PLURAL))


def _asks_of_what_is_told(asked: Question, index: Index) -> bool:
    """Whether the question after a preamble only asks of what it tells, pointing back at
    it and naming nothing of its own («Говорят, дроны будут собирать в Азербайджане. Правда
    ли это?"): then what is told is what is asked about."""
    known = index.used(asked.terms)
    return not asked.entities and len(known) <= 1 and not ANAPHORA.isdisjoint(asked.words)


def _analysed(text: str, vocabulary: Vocabulary, index: Index) -> Question:
    """:func:`analyse` of one stretch of text."""
    words = _read(text, vocabulary, index)
    folded = words.folded
    asides = aside_positions(folded)  # phrasing: no topic in it, no interest phrase hidden
    meant = read_as(folded)
    names = _names(words, vocabulary, index, asides, meant)
    _drop_causative(folded, meant, names)
    unknown = [c.name(words.lang) for c in names.uncovered.values()]
    writing = writing_positions(folded)  # "in English": how to answer, nothing to find
    unknown += _unknown_names(words, names, writing, index, vocabulary)
    asks = _kind_asked(folded, meant, names.positions, names.persons)
    if (gift := _gift(meant, names.positions)) is not None and _offers(names, index):
        # "what does China give Baku?": its offer
        meant = [en.OFFER_WORD if n == gift else w for n, w in enumerate(meant)]
        asks = None if asks is Detail.RESULT else asks
    terms = _search_terms(meant, names.positions | writing, markers(asks), index)
    stems = [index.term(w) for w in meant if w and w not in STOP_WORDS]
    excepted = _excepted(meant, names.positions, index)
    interest = _asks_interest(folded, asides, names.positions)
    # "who gains more, China or Turkey?": no one party's
    compares = comparison(folded, names.positions) or _both_and(folded, names.positions)
    asks_gain = (asks is Detail.REASON or interest) and compares is None
    gainer = _gainer(names, folded, interest) if asks_gain else None
    if interest:
        terms, stems = (_of_interest(found, names, gainer, index) for found in (terms, stems))
    named = bool(names.entities or names.sources or _subjects(words, names, unknown))
    return Question(
        text=words.text,
        lang=words.lang,
        words=tuple(folded),
        smalltalk=_smalltalk(words, named, names.topic_words),
        asks=asks,
        strict=bool(STRICT.intersection(folded)),
        within=names.placed,
        compares=compares,
        entities=tuple(names.entities.values()),
        topics=_topics_asked(names, folded, asks, bool(terms or names.entities)),
        unknown=tuple(dict.fromkeys(unknown)),
        sources=tuple(names.sources),
        terms=tuple(dict.fromkeys(terms)),
        stems=" ".join(stems),
        excepted=excepted,
        affected=frozenset(names.affected),
        rivals=frozenset(names.rivals),
        gainer=gainer,
        modal=_modal(terms, index),
    )


def _drop_causative(folded: list[str], meant: list[str], names: _Names) -> None:
    """Blank a "make" that makes a party named right after it do something ("does Beijing
    make Baku toe the line?"), in *meant* (also read as part of a phrase: "make … some") and
    as a topic's word: no production asked."""
    for n in sorted(names.positions):
        if n and folded[n - 1] in en.CAUSATIVE and not folded[n].endswith(_NAME_ADJECTIVE):
            meant[n - 1] = ""
            for topic, span in list(names.topic_spans.items()):
                if span <= {n - 1}:
                    del names.topic_spans[topic]
                    names.topics.pop(topic, None)


def _as_interest(terms: list[str], index: Index) -> list[str]:
    """A question's terms when it asks a party's interest: «чего Китай хочет?» asks no plan
    («намерена») and "and what China gets?" no getting, but the interest itself."""
    asking = {index.term(WANTING_WORD), *(index.term(word) for word in INTEREST_LAST)}
    return [*(t for t in terms if t not in asking), index.term(INTEREST_WORD)]


def _topics_asked(
    names: _Names, folded: list[str], asks: Detail | None, more: bool
) -> tuple[Concept, ...]:
    """The topics a question names; in one asking only its kind (not *more*), not those
    named by the words asking it ("for what reason?", «по какой причине?» ask why, of no
    motives in general)."""
    if more:
        return tuple(names.topics.values())
    kind_words = markers(asks)
    return tuple(
        topic
        for topic in names.topics.values()
        if not kind_words.issuperset(folded[p] for p in names.topic_spans[topic.id])
    )


def _of_interest(terms: list[str], names: _Names, gainer: str | None, index: Index) -> list[str]:
    """The terms of a question asking a party's interest: the interest itself (:func:`
    _as_interest`). With two parties named, whose gain is asked sorts the facts
    (Answering._for_gainer): the interest word would favour the other party's gain as much
    («Зачем Азербайджану Китай?» is not answered by what Beijing gains), and the wanting word
    an interest phrase uses is no plan to look for («чего Китай хочет от Баку?»)."""
    if not names.entities:
        return terms
    if gainer is None or len(names.entities) == 1:
        return _as_interest(terms, index)
    wanting = index.term(WANTING_WORD)
    return [t for t in terms if t != wanting]


def _modal(terms: list[str], index: Index) -> tuple[str, ...]:
    """The wanting term of a question (see ``Question.modal``) when it asks of something
    else the facts know too."""
    wanting = index.term(WANTING_WORD)
    return (wanting,) if wanting in terms and len(index.used(terms)) > 1 else ()


def _asks_interest(folded: list[str], asides: set[int], named: set[int]) -> bool:
    """Whether a question asks what a party wants or gains, an aside inside the phrase
    hiding it no more («чего Китай в итоге хочет?»), or what something gives a party."""
    unasided = [word for n, word in enumerate(folded) if n not in asides]
    return asks_interest(unasided) or gives_a_party(folded, named)


_GIVE = frozenset(every(lambda lang: lang.GIVE))
GIFT_REACH = 3  # words from "give" in which both parties, giver and given, are named


def _gift(meant: list[str], named: set[int]) -> int | None:
    """Where one party is said to give another ("what does China give Baku?", «что даёт
    Азербайджану Китай?»): the position of "give", which asks what the first offers, not
    what comes of something ("what would local assembly give Azerbaijan?")."""
    for n, word in enumerate(meant):
        if word in _GIVE:
            near = {p for p in named if 0 < abs(p - n) <= GIFT_REACH}
            if len(near) >= 2 and (n - 1 in near or n + 1 in near):
                return n
    return None


def _offers(names: _Names, index: Index) -> bool:
    """Whether the facts tell of an offer between the parties a question names: each is
    named by a fact saying what is offered (China to Azerbaijan; not Turkey, whose giving
    the facts tell otherwise)."""
    offered = index.postings(index.correct(en.OFFER_WORD))
    return all(
        np.intersect1d(offered, index.label_postings(entity)).size for entity in names.entities
    )


def _search_terms(
    meant: list[str], named: set[int], kind_words: frozenset[str], index: Index
) -> list[str]:
    """The search terms of a question's words: not names, stop words, the words asking
    its kind, how precise («где именно»), what it sets aside ("besides"), that it asks
    for an article's end ("by the close of the article": "close" is no "closer") or what
    the article foresees ("anticipate")."""
    skipped = named | conclusion_positions(meant) | foreseeing_positions(meant)
    return [
        index.correct(word)
        for position, word in enumerate(meant)
        if position not in skipped
        and word not in STOP_WORDS
        and word not in kind_words
        and word not in STRICT
        and word not in EXCEPT_WORDS
        and (len(word) > 1 or word.isdigit())
    ]


def _subjects(words: _Words, names: _Names, unknown: list[str]) -> list[str]:
    """The names the briefing lacks that a message is about: not the place the reader
    says they write from ("Good morning from Tbilisi!", «из солнечного Сочи»), nor one of
    their own ("with my Grade 11 class")."""
    after = {
        token
        for at, before in enumerate(words.folded)
        if before in _WRITES_FROM or before in _READERS_OWN
        for token in words.tokens[at + 1 : at + 1 + FROM_REACH]
    }
    return [name for name in unknown if name not in names.whence and name.split()[0] not in after]


FROM_REACH = 2  # words after "from" a place the reader writes from may stand at


def _smalltalk(words: _Words, named: bool, topic_words: set[str]) -> str | None:
    """The kind of small talk a message is: typed in Latin letters and read as Russian, in
    Cyrillic first ("privet", "dobroe utro"; "chto ty mozhesh" asks what the bot can do,
    though "ty" is English "thank you"); then as typed, and as read ("thnaks", "helo"); a
    Russian message's Latin words last in Cyrillic ("sağ ol, очень помог"). None for a
    question."""
    readings = [words.as_typed, words.folded]
    if words.latin:  # as read in Cyrillic, with its slips mended ("voobshe": «вообще»)
        readings[:0] = [words.folded, [cyrillic(w) for w in words.as_typed]]
    elif any(_LATIN_WORD.fullmatch(w) for w in words.as_typed):  # "sağ ol, очень помог"
        readings.append([cyrillic(w) if _LATIN_WORD.fullmatch(w) else w for w in words.as_typed])
    for reading in dict.fromkeys(tuple(r) for r in readings):
        if smalltalk := smalltalk_kind(
            words.text, list(reading), names_subject=named, topic_words=topic_words
        ):
            return smalltalk
    return None


def _gainer(names: _Names, folded: list[str], interest: bool) -> str | None:
    """The party whose reasons or gain a question asks: one it names as such ("for China",
    «Китаю»), else the first it names when it asks what that one wants («чего Китай хочет
    от Баку?», and after a question on Baku's arms purchases, "and what does China get from
    it?": China's gain, not the purchases) or why it draws closer to another ("why is Baku
    turning to Beijing?"; not "why doesn't Baku rely on Europe?", which asks Europe's)."""
    if not DENIALS.isdisjoint(folded) and not interest:
        return None  # "why isn't Europe a supplier for Baku?": what keeps Europe away
    if names.gainers:
        return names.gainers[0]
    approaches = not _APPROACH.isdisjoint(folded)
    if (len(names.entities) > 1 and approaches) or (names.entities and interest):
        return next(iter(names.entities))
    return None


EXCEPT_REACH = 3  # words after "besides" in which what it sets aside is looked for


def _excepted(meant: list[str], named: set[int], index: Index) -> tuple[str, ...]:
    """The search term of what a question asks beyond ("besides purchases"); none when it
    sets a party aside («кроме России»): that is the subject of many facts, not of one."""
    found = []
    for start in excepted_from(meant):
        for position in range(start, min(start + EXCEPT_REACH, len(meant))):
            if position in named:
                break
            if (word := meant[position]) and word not in STOP_WORDS:
                found.append(index.correct(word))
                break
    return tuple(found)
