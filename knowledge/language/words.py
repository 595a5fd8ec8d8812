"""Text normalisation shared by indexing and questions: folding, tokens, stop words, stems.

Quotes are always stored verbatim; only their *search* text goes through :func:`fold`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

from knowledge.language import alternatives, en, every, ru

__all__ = ["detect_lang", "fold"]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z]")
# Runs of letters of one alphabet: counting letters by runs makes far fewer strings.
_CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff]+")
_LATIN_RUN = re.compile(r"[a-zA-Z]+")
_WORD = re.compile(r"\w+")
_RAW_TOKEN = re.compile(r"\w+(?:\.\w+)*\.?")
# Zero-width characters, bidi marks and other format characters vanish from search text.
_INVISIBLE = dict.fromkeys(
    cp for cp in range(0x2000, 0x2070) if unicodedata.category(chr(cp)) == "Cf"
) | {0xFEFF: None, 0x00AD: None, 0x180E: None}
_HAS_INVISIBLE = re.compile("[" + re.escape("".join(map(chr, _INVISIBLE))) + "]")

_LOOKALIKES = str.maketrans(*ru.LOOKALIKES)  # Latin letters read as Cyrillic in a Cyrillic word
# Letters written two ways that search as one (ё and е), in every language read.
LETTER_VARIANTS = dict(every(lambda lang: lang.LETTER_VARIANTS.items()))
_VARIANTS = str.maketrans(LETTER_VARIANTS)

STOP_WORDS = frozenset(every(lambda lang: lang.STOP_WORDS))
# A currency ("euros", «евро», "rubles"): a word of its own, never a slip of a name or of
# another word ("euros" is not Europe, "rubles" not "rules").
_MONEY_WORD = re.compile(rf"(?:{alternatives(lambda lang: lang.MONEY)})")

# Without PyStemmer's own cache: stem() keeps its results already, and the slips of a misspelt
# word, all new, would each be filed in that cache, whose clearing costs more than stemming.
_STEMMERS = {"ru": Stemmer.Stemmer("russian", 0), "en": Stemmer.Stemmer("english", 0)}


def _fix_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if _CYRILLIC.search(word) and _LATIN.search(word):
        return word.translate(_LOOKALIKES)
    return word


def clean(text: str) -> str:
    """NFKC-normalise (full-width letters) and drop invisible format characters; case stays."""
    if text.isascii():
        return text  # nothing to normalise or drop
    text = unicodedata.normalize("NFKC", text)
    # translate() with a table is slow on long text: only when there is something to drop
    return text.translate(_INVISIBLE) if _HAS_INVISIBLE.search(text) else text


def is_money(word: str) -> bool:
    """Whether a folded word names a currency or a sum ("euros", «долларов», "million")."""
    return bool(_MONEY_WORD.fullmatch(word))


def fold(text: str) -> str:
    """Fold text for searching: NFKC, casefold, ё→е (і→и, ў→в …), look-alike letters,
    punctuation to spaces.

    >>> fold("Cотрудничество Турции — «ЁЖ»!")  # the first C is Latin, as the article has it
    'сотрудничество турции еж'
    """
    # Case and letter variants first: folding may turn a letter Cyrillic ("ᲀ" is «в») or
    # Latin ("ə" is "e"), and a word mixing the two alphabets must be seen as mixed then.
    text = clean(text).casefold().translate(_VARIANTS)
    if not text.isascii() and _CYRILLIC.search(text) and _LATIN.search(text):
        # only there may a word mix the two alphabets
        text = _WORD.sub(_fix_word, text)
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
    if text.isascii():
        return "en"  # not one Cyrillic letter
    for match in _WORD.finditer(text):  # mostly the first word decides
        word = match.group()
        if _CYRILLIC.search(word):
            return "ru"
        if _LATIN.search(word):
            break
    cyrillic = sum(map(len, _CYRILLIC_RUN.findall(text)))
    return "ru" if cyrillic > sum(map(len, _LATIN_RUN.findall(text))) else "en"


def _english(token: str) -> str:
    """An English token as the stemmer takes it: American spelling, "-ize" for "-ise"."""
    token = en.SPELLINGS.get(token, token)
    return en.ISATION.sub(lambda m: "iz" + m.group(1), token) if "is" in token else token


# Words kept apart from another word Snowball gives the same stem (see ru.STEMS_APART).
STEMS_APART: dict[str, str] = {
    key: kept for lang in (en, ru) for key, kept in lang.STEMS_APART.items()
}


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    """Snowball stem of one folded token, Russian or English by its script."""
    if token in STEMS_APART:
        return STEMS_APART[token]
    if _CYRILLIC.search(token):
        return str(_STEMMERS["ru"].stemWord(token))
    if token.isdigit():
        return token
    return str(_STEMMERS["en"].stemWord(_english(token)))


def stems(tokens: list[str]) -> list[str]:
    """:func:`stem` of each token; English ones stemmed in one call: a misspelt word's few
    hundred possible slips (see :func:`knowledge.language.spelling.slips`) are all new
    words, and one call costs a fraction of a call each."""
    if _CYRILLIC.search(" ".join(tokens)):
        return [stem(token) for token in tokens]
    batch: list[str] = _STEMMERS["en"].stemWords([_english(token) for token in tokens])
    return [token if token.isdigit() else s for token, s in zip(tokens, batch, strict=True)]


def content_tokens(text: str) -> list[str]:
    """Folded tokens without stop words and one-letter noise."""
    return [t for t in tokens(text) if t not in STOP_WORDS and (len(t) > 1 or t.isdigit())]


def raw_tokens(text: str) -> list[str]:
    """Word tokens with their original case (acronyms such as "US" need it)."""
    return [t.rstrip(".") for t in _RAW_TOKEN.findall(clean(text).replace("_", " "))]
