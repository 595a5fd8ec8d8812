"""Names in Russian sentences: every subject the briefing knows has its case forms, lists
are joined with commas and «и», and a name without a known form keeps the colon form."""

from __future__ import annotations

import pytest

from bot.render import answer_text
from bot.texts import t_named
from knowledge.language.cases import about, declined, declined_list
from knowledge.language.names import Concept
from knowledge.outcomes import Answer, Outcome
from knowledge.store.bundle import read_table

TURKEY = Concept("turkey", "country", "Turkey", "Турция")
CHINA = Concept("china", "country", "China", "Китай")
AZERBAIJAN = Concept("azerbaijan", "country", "Azerbaijan", "Азербайджан")
DRONES = Concept("drones", "topic", "Drones", "Беспилотники")
UNKNOWN = Concept("karabakh-2", "region", "Nagorno-Karabakh", "Нагорный Карабах")


def _known() -> list[Concept]:
    entities = [
        Concept(e["id"], e["kind"], e["name_en"], e["name_ru"]) for e in read_table("entities")
    ]
    topics = [Concept(t["id"], "topic", t["name_en"], t["name_ru"]) for t in read_table("topics")]
    return entities + topics


@pytest.mark.parametrize("concept", _known(), ids=lambda c: c.id)
def test_every_curated_subject_has_its_case_forms(concept: Concept) -> None:
    assert all(declined(concept, case) for case in ("gen", "acc", "prep"))


def test_the_listed_forms_are_of_curated_names() -> None:
    names = {concept.name_ru for concept in _known()}
    assert [row["name"] for row in read_table("cases_ru") if row["name"] not in names] == []


@pytest.mark.parametrize(
    ("concept", "forms"),
    [
        (TURKEY, ("Турции", "Турцию", "Турции")),
        (CHINA, ("Китая", "Китай", "Китае")),
        (AZERBAIJAN, ("Азербайджана", "Азербайджан", "Азербайджане")),
        (Concept("europe", "region", "Europe", "Европа"), ("Европы", "Европу", "Европе")),
        (Concept("us", "country", "United States", "США"), ("США", "США", "США")),
        (Concept("baykar", "organisation", "Baykar", "Baykar"), ("Baykar",) * 3),
        (Concept("aliyev", "person", "Aliyev", "Алиев"), ("Алиева", "Алиева", "Алиеве")),
        (
            Concept("logistics", "topic", "Logistics", "Логистика"),
            ("логистики", "логистику", "логистике"),
        ),
        (DRONES, ("беспилотников", "беспилотники", "беспилотниках")),
        (
            Concept("south-caucasus", "region", "South Caucasus", "Южный Кавказ"),
            ("Южного Кавказа", "Южный Кавказ", "Южном Кавказе"),
        ),
    ],
    ids=lambda value: value.id if isinstance(value, Concept) else "",
)
def test_case_forms(concept: Concept, forms: tuple[str, str, str]) -> None:
    assert tuple(declined(concept, case) for case in ("gen", "acc", "prep")) == forms


def test_a_form_the_rules_cannot_tell_is_not_guessed() -> None:
    assert declined(UNKNOWN, "prep") is None  # several words, not listed
    assert declined(Concept("x", "region", "Sich", "Сечь"), "gen") is None  # -ь: which gender?
    assert declined_list([TURKEY, UNKNOWN], "gen") is None


def test_lists_are_joined_with_commas_and_i_and_take_the_right_preposition() -> None:
    assert about([TURKEY]) == "о Турции"
    assert about([AZERBAIJAN, TURKEY]) == "об Азербайджане и Турции"
    assert about([TURKEY, CHINA, DRONES]) == "о Турции, Китае и беспилотниках"
    assert declined_list([TURKEY, CHINA], "acc") == "Турцию и Китай"


def test_a_text_naming_subjects_declines_them_or_keeps_the_colon_form() -> None:
    assert (
        t_named("ntf_new", "ru", [TURKEY, DRONES]) == "🔔 Новое в брифинге о Турции и беспилотниках"
    )
    assert t_named("ntf_new", "ru", [TURKEY, UNKNOWN]) == (
        "🔔 Новое в брифинге: Турция и Нагорный Карабах"
    )
    assert t_named("unfol_done", "ru", [UNKNOWN]) == "Подписка отменена: Нагорный Карабах."
    assert t_named("btn_unfollow", "ru", [AZERBAIJAN]) == "🔕 Отписаться от Азербайджана"
    assert (
        t_named("ntf_new", "en", [TURKEY, DRONES]) == "🔔 New in the briefing on Turkey and Drones"
    )


def test_a_refusal_names_what_the_briefing_does_not_know_after_a_colon() -> None:
    """An unknown name cannot be declined safely: it stands in the nominative, listed."""
    unknown = ("Франция", "Германия", "Италия")
    refusal = answer_text(Answer("q", "ru", Outcome.ABSTAIN, unknown=unknown))
    assert refusal.splitlines()[0] == "Брифинг не охватывает: Франция, Германия и Италия."
    english = answer_text(Answer("q", "en", Outcome.ABSTAIN, unknown=("France", "Germany")))
    assert english.splitlines()[0] == "The briefing doesn't cover France or Germany."


def test_the_republics_initials_name_azerbaijan(shared_knowledge):
    """«АР» (Азербайджанская Республика) is how Russian-language officialese writes
    Azerbaijan, as «КНР» is China and «РФ» Russia."""
    answering = shared_knowledge.answering
    assert "azerbaijan" in answering.analyse("что АР закупает у КНР").entity_ids
    answer = answering.ask("европ. поставки оружия в АР — в чем проблема")
    assert answer.answered
    assert answer.results[0].fact_id == "cn-european-supplies-political-conditions"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "izvinite, tut net russkih bukv. gde podpisali memorandum s turkami?",
            "tr-istanbul-memorandum",
        ),
        (
            "Sorry, no Russian letters here: where did Baku and Ankara sign the memorandum?",
            "tr-istanbul-memorandum",
        ),
    ],
)
def test_russian_letters_name_no_country(shared_knowledge, question, fact_id):
    """ "no Russian letters", «по-русски» name a language: read as Russia, the question
    about Turkey alone was taken to ask of Russia too, and left unsure."""
    answering = shared_knowledge.answering
    assert "russia" not in answering.analyse(question).entity_ids
    answer = answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


def test_asking_to_write_in_russian_is_small_talk(shared_knowledge):
    answer = shared_knowledge.answering.ask("Можно ли задавать вам вопросы по-русски?")
    assert answer.outcome == Outcome.SMALLTALK
