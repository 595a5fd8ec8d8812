"""Russian titles in Latin letters, for article ids."""

from __future__ import annotations

from knowledge.language.translit import to_latin


def test_russian_is_spelt_in_latin_letters():
    assert to_latin("Военное сближение Китая и Азербайджана") == (
        "Voennoe sblizhenie Kitaya i Azerbaydzhana"
    )
    assert to_latin("Подъём, объект, Щёлково, Україна") == "Podem, obekt, Shchelkovo, Ukrayina"
    assert to_latin("Baykar и «Байрактар» 2025") == "Baykar i «Bayraktar» 2025"
