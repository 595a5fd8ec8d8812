"""knowledge/language/words.py: folding (case, ё, full-width letters, invisible characters,
Latin lookalikes inside Cyrillic words), stems shared by a word's forms, content words without
stop words, and telling Russian from English."""

from __future__ import annotations

import pytest

from knowledge.language.words import content_tokens, detect_lang, fold, stem


def test_fold_basics():
    assert fold("Ёлка и ЁЖ") == "елка и еж"
    assert fold("ＴＵＲＫＥＹ　１２３") == "turkey 123"  # full-width letters, digits, space
    assert fold("Тур\u200bция") == "турция"  # zero-width space
    assert fold("Tur\u200dkey\ufeff") == "turkey"  # zero-width joiner, BOM
    assert fold("Азер\u00adбайджан") == "азербайджан"  # soft hyphen
    assert fold("«Минобороны»—Азербайджана, (КНР)!") == "минобороны азербайджана кнр"


def test_fold_lookalikes_only_inside_cyrillic_words():
    assert fold("Kитай") == "китай"  # Latin K
    assert fold("Тypция") == "турция"  # Latin y and p
    assert fold("Baykar") == "baykar"  # a Latin word stays Latin
    assert fold("Cотрудничество Baykar") == "сотрудничество baykar"


def test_fold_is_idempotent():
    for text in ("Военное сближение КНР", "Turkey's Ministry of Defence", "Ёж\u200b ＡＢＣ"):
        assert fold(fold(text)) == fold(text)


@pytest.mark.parametrize(
    "forms",
    [
        ("Турция", "Турции", "Турцией", "Турцию"),
        ("Анкара", "Анкарой", "Анкаре", "Анкары"),
        ("соглашение", "соглашения", "соглашением"),
        ("беспилотники", "беспилотников", "беспилотниками"),
        ("подписали", "подписал", "подписала"),
        ("defence", "defense"),
        ("modernisation", "modernization"),
        ("sign", "signed", "signing"),
        ("drone", "drones"),
    ],
)
def test_inflected_forms_share_a_stem(forms: tuple[str, ...]):
    assert len({stem(fold(word)) for word in forms}) == 1, [stem(fold(w)) for w in forms]


def test_content_tokens_drop_stop_words():
    assert content_tokens("What did Turkey sign with Azerbaijan?") == [
        "turkey",
        "sign",
        "azerbaijan",
    ]
    assert content_tokens("Что подписали Турция и Азербайджан?") == [
        "подписали",
        "турция",
        "азербайджан",
    ]
    assert [stem(t) for t in content_tokens("Где подписали меморандум?")] == [
        stem("подписали"),
        stem("меморандум"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Что подписали Турция и Азербайджан?", "ru"),
        ("What did Turkey sign?", "en"),
        ("Расскажи про Baykar", "ru"),
        ("Baykar", "en"),
        ("", "en"),
    ],
)
def test_detect_lang(text: str, lang: str):
    assert detect_lang(text) == lang
