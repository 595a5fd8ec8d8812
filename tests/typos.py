"""Deterministic typo variants of questions: the kind of slips people make on a phone keyboard.

Each variant changes one or two content words (5+ letters, not the first letter) by one edit:
swapping two neighbouring letters, dropping a letter, or doubling one. Seeded by the question,
so every run makes the same variants."""

from __future__ import annotations

import random
import re

WORD = re.compile(r"[A-Za-zА-Яа-яЁё]{5,}")


def _slip(word: str, rnd: random.Random) -> str:
    i = rnd.randrange(1, len(word) - 1)
    kind = rnd.choice(("swap", "drop", "double"))
    if kind == "swap" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def variants(q: str, n_words: int) -> str | None:
    """The question with n_words of its content words slipped, or None when it has too few."""
    rnd = random.Random(f"{n_words}:{q}")
    spans = [m.span() for m in WORD.finditer(q)]
    if len(spans) < n_words:
        return None
    chosen = sorted(rnd.sample(spans, n_words), reverse=True)
    for a, b in chosen:
        q = q[:a] + _slip(q[a:b], rnd) + q[b:]
    return q
