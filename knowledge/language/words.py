"""Text normalisation shared by indexing and questions: folding, tokens, stop words, stems.

Quotes are always stored verbatim; only their *search* text goes through :func:`fold`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z]")
_WORD = re.compile(r"\w+")
_RAW_TOKEN = re.compile(r"\w+(?:\.\w+)*\.?")
# Zero-width characters, bidi marks and other format characters vanish from search text.
_INVISIBLE = dict.fromkeys(
    cp for cp in range(0x2000, 0x2070) if unicodedata.category(chr(cp)) == "Cf"
) | {0xFEFF: None, 0x00AD: None, 0x180E: None}
_HAS_INVISIBLE = re.compile("[" + re.escape("".join(map(chr, _INVISIBLE))) + "]")

# Latin letters that look like Cyrillic ones: inside a Cyrillic word they are typos or
# deliberate look-alikes (the China article writes «Cотрудничество» with a Latin C).
_LOOKALIKES = str.maketrans("aceopxykmthbACEOPXYKMTHB", "асеорхукмтнвАСЕОРХУКМТНВ")

# British spellings folded to one form so "defence" and "defense" share a stem.
_SPELLING = {
    "defence": "defense",
    "offence": "offense",
    "programme": "program",
    "programmes": "programs",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "centre": "center",
    "centres": "centers",
    "favour": "favor",
    "labour": "labor",
}
_ISATION = re.compile(r"(?<=\w)is(ation|ations|e|es|ed|ing)$")

STOP_WORDS_EN = frozenset(
    """
    tell told think thinks thought going gonna
    a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing done down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves me please pls plz exactly exact know known anything something
    thing things there's
    what's whats who's whos hi hello hey thanks thank also yet still ever much many us let
    lets kind give show explain describe mean meant actually really well get got role roles
    play plays playing played happen happens happening happened news latest situation
    current currently article articles piece story report author analysis according per
    writer writes say says """.split()  # noqa: SIM905 - a word list reads better as text
)

STOP_WORDS_RU = frozenset(
    """
    думает думают считает считают делает делают делать сделал сделали
    стоит стоят
    а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да
    даже для до его ее ей ему если есть еще же за здесь и из или им их к как какая какие
    каким какое какой каком какую ко когда кто ли либо мне может мы на над надо наш не него
    нее нет ни них но ну о об однако он она они оно от очень по под при с со так также такой
    там те тем то того тоже той только том ты у уже хотя чего чей чем что чтобы чье чья эта
    эти это этого этой этом этот я про скажи расскажи пожалуйста ли сказать можно ведь чьи чьих
    вообще вы какова каково каковы каких какого какому зачем почему сколько роль роли играет
    играют играть происходит происходило новости новое ситуация сейчас статья статье статьи
    статью статьях автор автора автору материал материале согласно пишет пишут
    """.split()  # noqa: SIM905 - a word list reads better as text
)
STOP_WORDS = STOP_WORDS_EN | STOP_WORDS_RU

_STEMMERS = {"ru": Stemmer.Stemmer("russian"), "en": Stemmer.Stemmer("english")}


def _fix_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if _CYRILLIC.search(word) and _LATIN.search(word):
        return word.translate(_LOOKALIKES)
    return word


def clean(text: str) -> str:
    """NFKC-normalise (full-width letters) and drop invisible format characters; case stays."""
    text = unicodedata.normalize("NFKC", text)
    # translate() with a table is slow on long text: only when there is something to drop
    return text.translate(_INVISIBLE) if _HAS_INVISIBLE.search(text) else text


def fold(text: str) -> str:
    """Fold text for searching: NFKC, casefold, ё→е, look-alike letters, punctuation to spaces.

    >>> fold("Cотрудничество Турции — «ЁЖ»!")  # the first C is Latin, as the article has it
    'сотрудничество турции еж'
    """
    text = clean(text)
    text = _WORD.sub(_fix_word, text)
    text = text.casefold().replace("ё", "е")
    return " ".join(_WORD.findall(text.replace("_", " ")))


@lru_cache(maxsize=100_000)
def fold_token(token: str) -> str:
    """:func:`fold` for one word, memoised (questions repeat words)."""
    return fold(token)


def tokens(text: str) -> list[str]:
    """Folded word tokens of *text* (stop words included)."""
    return fold(text).split()


def detect_lang(text: str) -> str:
    """``"ru"`` when the text opens with a Cyrillic word or has more Cyrillic than Latin
    letters, else ``"en"``.

    >>> detect_lang("Что с Baykar?"), detect_lang("what is КНР?")
    ('ru', 'en')
    """
    for word in _WORD.findall(text):
        if _CYRILLIC.search(word):
            return "ru"
        if _LATIN.search(word):
            break
    return "ru" if len(_CYRILLIC.findall(text)) > len(_LATIN.findall(text)) else "en"


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """Snowball stem of one folded token, Russian or English by its script."""
    if _CYRILLIC.search(token):
        return str(_STEMMERS["ru"].stemWord(token))
    if token.isdigit():
        return token
    token = _SPELLING.get(token, token)
    token = _ISATION.sub(lambda m: "iz" + m.group(1), token)
    return str(_STEMMERS["en"].stemWord(token))


def content_tokens(text: str) -> list[str]:
    """Folded tokens without stop words and one-letter noise."""
    return [t for t in tokens(text) if t not in STOP_WORDS and (len(t) > 1 or t.isdigit())]


def raw_tokens(text: str) -> list[str]:
    """Word tokens with their original case (acronyms such as "US" need it)."""
    return [t.rstrip(".") for t in _RAW_TOKEN.findall(clean(text).replace("_", " "))]
