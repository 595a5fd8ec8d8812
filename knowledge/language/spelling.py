"""Finding the known word a misspelt one was meant to be: the fewest edits (OSA distance:
insertions, deletions, substitutions and swaps of neighbours) within a budget.

Words are kept by length, since a word more than *budget* letters longer or shorter cannot be
that close: a query compares itself with a few hundred words, not with every one.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

from knowledge.language import LANGUAGES, en


class ByLength:
    """Known words by length, searched for the one closest to a query."""

    def __init__(self, words: Iterable[str]) -> None:
        self._buckets: dict[int, tuple[list[str], list[int]]] = {}
        for place, word in enumerate(words):
            bucket = self._buckets.setdefault(len(word), ([], []))
            bucket[0].append(word)
            bucket[1].append(place)

    def nearest(self, query: str, budget: int) -> tuple[int, int] | None:
        """(edits, place among the words given) of the word fewest edits from *query*, at
        most *budget*; on a tie the word given first. None when none is that close."""
        best: tuple[int, int] | None = None
        for length in range(len(query) - budget, len(query) + budget + 1) if budget else ():
            words, places = self._buckets.get(length, ([], []))
            found = process.extractOne(query, words, scorer=OSA.distance, score_cutoff=budget)
            if found and (best is None or (found[1], places[found[2]]) < best):
                best = (int(found[1]), places[found[2]])
        return best


def _alphabet(word: str) -> str:
    """The alphabet a letter dropped from *word* comes from: that of the first language
    other than English with a letter in it, else English's."""
    for lang in LANGUAGES:
        if lang is not en and any(c in lang.ALPHABET for c in word):
            return lang.ALPHABET
    return en.ALPHABET


def slips(word: str, *, short: bool = False) -> list[str]:
    """The words *word* may have been before one slip of the kind people make on a phone
    (neighbours swapped, a letter doubled or dropped). Substitutions are
    left out: "tanks" is not a misspelt "talks". A word under five letters is read only
    with its neighbours swapped ("waht", "sing"): a dropped letter there makes too many
    words ("rain" is not "train"); *short* reads it with every slip, for the few words
    questions are made of («какя» is «какая»).

    >>> slips("waht")
    ['awht', 'what', 'wath']
    >>> "azerbaijan" in slips("azerbajan")
    True
    """
    swapped = [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)]
    if len(word) < 5 and not short:
        return [w for w in swapped if w != word]
    alphabet = _alphabet(word)
    undoubled = [word[:i] + word[i + 1 :] for i in range(1, len(word)) if word[i] == word[i - 1]]
    extra = [word[:i] + word[i + 1 :] for i in range(1, len(word))]
    dropped = [head + c + tail for head, tail in _cuts(word) for c in alphabet]
    found = dict.fromkeys([*swapped, *undoubled, *extra, *dropped])
    found.pop(word, None)
    return list(found)


def _cuts(word: str) -> list[tuple[str, str]]:
    """The word cut in two at each place after its first letter."""
    return [(word[:i], word[i:]) for i in range(1, len(word) + 1)]
