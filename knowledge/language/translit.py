"""Russian in Latin letters, for ids made from titles (a simplified BGN/PCGN romanisation)."""

from __future__ import annotations

from knowledge.language import ru


def to_latin(text: str) -> str:
    """*text* with Cyrillic letters spelt in Latin; hard and soft signs are dropped, other
    characters kept.

    >>> to_latin("Баку и Анкара")
    'Baku i Ankara'
    """
    out = []
    for char in text:
        latin = ru.ROMANISATION.get(char.lower())
        if latin is None:
            out.append(char)
        elif latin:
            out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)
