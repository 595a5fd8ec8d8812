"""A synthetic fact table for benchmarks: fictional parties, real verbs and subjects, dates."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

SYLLABLES = [
    "zan", "tor", "mor", "vel", "kar", "dul", "bre", "sin", "qua", "lio", "ter", "nav",
    "ost", "rim", "gal", "fen", "hal", "jor", "pex", "ula", "cor", "dax", "ery", "wyn",
]  # fmt: skip
ENDINGS = ["ia", "stan", "land", "ovia", "ara", "ica", "mark", "ora"]
VERBS = [
    ("signed", "подписали"),
    ("ratified", "ратифицировали"),
    ("negotiated", "обсудили"),
    ("suspended", "приостановили"),
    ("extended", "продлили"),
    ("announced", "объявили"),
]
SUBJECTS = [
    ("a fisheries agreement", "соглашение о рыболовстве"),
    ("a rail link treaty", "договор о железной дороге"),
    ("a gas pipeline contract", "контракт на газопровод"),
    ("a customs union protocol", "протокол о таможенном союзе"),
    ("a joint naval exercise plan", "план совместных военно-морских учений"),
    ("a grain export deal", "сделку по экспорту зерна"),
    ("a satellite launch programme", "программу запуска спутников"),
    ("a border demarcation accord", "соглашение о демаркации границы"),
    ("a water sharing memorandum", "меморандум о совместном использовании воды"),
    ("a vaccine supply contract", "контракт на поставку вакцин"),
    ("a tourism visa waiver", "соглашение о безвизовом режиме"),
    ("a power grid interconnection", "соглашение об объединении энергосетей"),
]
PLACES = ["Velmora", "Ostrin", "Kaldun", "Brevik", "Sorrano", "Tamlin", "Querro", "Hadrin"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


HUBS = ("Varnostan", "Keldoria")  # two parties each named in about a tenth of all facts
HUB_SHARE = 0.1
UNKNOWN_WORDS = ["reportedly", "quietly", "finally", "allegedly", "secretly"]


@dataclass(frozen=True)
class Synthetic:
    """One synthetic fact record and a question that names it (with a typo)."""

    record: dict
    question: str


def _name(rng: random.Random) -> str:
    parts = rng.sample(SYLLABLES, rng.choice([2, 3]))
    return ("".join(parts) + rng.choice(ENDINGS)).capitalize()


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 6:
        return word
    i = rng.randrange(1, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def generate(count: int, seed: int = 7) -> list[Synthetic]:
    """*count* facts with distinct party pairs, each with a question naming it."""
    rng = random.Random(seed)
    names = sorted({_name(rng) for _ in range(max(200, int(count**0.5) * 3))})
    seen: set[tuple[str, str, int]] = set()
    items = []
    n = 0
    while len(items) < count:
        a, b = rng.sample(names, 2)
        if rng.random() < HUB_SHARE:
            a = HUBS[0]
        if rng.random() < HUB_SHARE:
            b = HUBS[1]
        subject = rng.randrange(len(SUBJECTS))
        if (a, b, subject) in seen:
            continue
        seen.add((a, b, subject))
        n += 1
        verb, verb_ru = rng.choice(VERBS)
        subj, subj_ru = SUBJECTS[subject]
        place = rng.choice(PLACES)
        year, month = rng.randint(2015, 2025), rng.randint(1, 12)
        statement = f"{a} and {b} {verb} {subj} in {place} in {MONTHS[month - 1]} {year}."
        record = {
            "id": f"syn-{n}",
            "statement": statement,
            "statement_ru": f"{a} и {b} {verb_ru} {subj_ru} в {place} в {year} году.",
            "quote": statement,
            "source": f"https://example.org/synthetic/{n}",
            "date": f"{year}-{month:02d}",
            "entities": [a, b],
            "topics": [],
        }
        key_word = subj.split()[1]
        question = f"What did {_typo(a, rng)} and {b} agree about {key_word}?"
        items.append(Synthetic(record, question))
    return items


def heavy_questions(count: int, seed: int = 11) -> list[str]:
    """The heavy kind real traffic brings: both frequent parties, a misspelt subject word and
    a word no fact uses ("What did Varnostan and Keldoria quietly agree about pipleine?")."""
    rng = random.Random(seed)
    questions = []
    for _ in range(count):
        subject = SUBJECTS[rng.randrange(len(SUBJECTS))][0].split()[1]
        word = rng.choice(UNKNOWN_WORDS)
        questions.append(
            f"What did {HUBS[0]} and {HUBS[1]} {word} agree about {_typo(subject, rng)}?"
        )
    return questions


def write_jsonl(items: list[Synthetic], path) -> None:
    """Write the records as an importable JSONL file."""
    with open(path, "w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item.record, ensure_ascii=False) + "\n")
