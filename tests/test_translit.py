"""Russian titles in Latin letters, for article ids."""

from __future__ import annotations

from knowledge.language.translit import to_latin


def test_russian_is_spelt_in_latin_letters():
    assert to_latin("Военное сближение Китая и Азербайджана") == (
        "Voennoe sblizhenie Kitaya i Azerbaydzhana"
    )
    assert to_latin("Подъём, объект, Щёлково, Україна") == "Podem, obekt, Shchelkovo, Ukrayina"
    assert to_latin("Baykar и «Байрактар» 2025") == "Baykar i «Bayraktar» 2025"


def test_a_name_typed_in_its_own_latin_letters_stays_that_name(shared_knowledge):
    """ "Bakı" in a question typed in Latin Russian is Baku, not the reading «баки»; a
    topic's word ("kit", for weapons) is still read in Cyrillic («кит», chat for Китай)."""
    analyse = shared_knowledge.answering.analyse
    question = analyse("Moskva mozhet pomeshat sblizheniyu Bakı i Pekina?")
    assert question.entity_ids == {"russia", "azerbaijan", "china"}
    assert "китай" in analyse("chto tam pro proizvodstvo kit oruzhiya v az").words


def test_azerbaijani_and_turkish_letters_fold_to_their_latin_spelling(shared_knowledge):
    """ "qardaş" is "qardash", a word of address, no word to look for."""
    question = shared_knowledge.answering.analyse("Türkiyə же наш qardaş, зачем нам Китай?")
    assert not any("qarda" in term for term in question.terms)
