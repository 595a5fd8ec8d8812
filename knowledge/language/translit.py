"""Russian in Latin letters, for ids made from titles (a simplified BGN/PCGN romanisation)."""

from __future__ import annotations

_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}  # fmt: skip


def to_latin(text: str) -> str:
    """*text* with Cyrillic letters spelt in Latin; hard and soft signs are dropped, other
    characters kept.

    >>> to_latin("Баку и Анкара")
    'Baku i Ankara'
    """
    out = []
    for char in text:
        latin = _LETTERS.get(char.lower())
        if latin is None:
            out.append(char)
        elif latin:
            out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)
