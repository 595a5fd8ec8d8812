"""knowledge/followup.py: what a chat's last answer leaves for the next question, kept as a
record and read back the same; which questions lean back and which may follow."""

from __future__ import annotations

import dataclasses
import json

import pytest

from knowledge.followup import FollowUp, leans_back, may_follow, points_at_a_place, read_with
from knowledge.outcomes import Detail, Outcome
from knowledge.search.scoring import CARRIED


def test_a_follow_up_survives_its_record(shared_knowledge):
    """The record is plain JSON (it is kept in the database) and reads back as the engine
    read the question: same names, carried words and stems, same fact."""
    answering = shared_knowledge.answering
    first = answering.ask("What did Turkey sign with Azerbaijan?")
    assert first.follow_up is not None
    record = json.loads(json.dumps(first.follow_up.record()))
    back = answering.restore_follow_up(record)
    assert back.fact_id == first.follow_up.fact_id == first.results[0].fact_id
    assert back.question.entity_ids == first.follow_up.question.entity_ids
    assert (back.question.stems, back.question.carried) == (
        first.follow_up.question.stems,
        first.follow_up.question.carried,
    )
    assert back.record() == record


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("who signed it?", True),
        ("and with China?", True),
        ("а Россия?", True),
        ("what did Turkey sign with Azerbaijan?", False),
        ("hello", False),
        ("what's in it for Beijing?", False),  # the "it" of an idiom points at nothing
        ("what's in it?", True),
    ],
)
def test_a_question_leans_back_when_it_points_back(shared_knowledge, text, leans):
    assert leans_back(shared_knowledge.answering.analyse(text)) is leans


def test_only_a_short_question_may_follow(shared_knowledge):
    analyse = shared_knowledge.answering.analyse
    assert may_follow(analyse("when was that?"), answered=True)
    long = analyse("when did Turkey sign the drone contract with Azerbaijan?")
    assert not may_follow(long, answered=False)
    # ... or a longer one pointing back, when alone it finds no sure answer
    pointing = analyse("Which of these fields makes the biggest worries?")
    assert may_follow(pointing, answered=False) and not may_follow(pointing, answered=True)


def test_read_with_keeps_the_previous_subject_and_cites_its_fact(shared_knowledge):
    answering = shared_knowledge.answering
    first = answering.ask("What did Turkey sign with Azerbaijan?")
    follow_up = first.follow_up
    assert isinstance(follow_up, FollowUp)
    read = read_with(answering.analyse("when was that?"), follow_up)
    assert read.entity_ids == follow_up.question.entity_ids
    assert read.previous_fact == follow_up.fact_id
    assert read.previous_weight == 1  # a detail of the fact cited: it is kept
    beyond = read_with(answering.analyse("why?"), follow_up)
    assert beyond.previous_weight == -1  # beyond it: passed over


@pytest.mark.parametrize("follow", ["only in the Caucasus?", "только на Кавказе?"])
def test_only_asks_how_far_the_fact_cited_goes(shared_knowledge, follow):
    answering = shared_knowledge.answering
    first = answering.ask("Where does Ankara want to sell its weapons in the long run?")
    assert first.results[0].fact_id == "tr-ankara-promotes-military-products"
    answer = answering.ask(follow, follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == "tr-ankara-promotes-military-products"


@pytest.mark.parametrize(
    ("chain", "fact_id"),
    [
        # a place named before it and not in the cited sentence is no longer asked about
        (("Who signed the memorandum in Istanbul?", "what else they sign besides memorandum?",
          "only buy the drones or also maintenance?"), "tr-baykar-drone-contract"),
        # one asking nothing the cited sentence says is asked alone
        (("what else did they sign besides the memorandum in Istanbul?",
          "only buy the drones or also maintenance?"), "tr-baykar-drone-contract"),
    ],
)  # fmt: skip
def test_how_far_is_asked_of_the_cited_fact_in_its_words(shared_knowledge, chain, fact_id):
    answering = shared_knowledge.answering
    answer = answering.ask(chain[0])
    for follow in chain[1:]:
        answer = answering.ask(follow, follow_up=answer.follow_up)
    assert answer.answered and answer.results[0].fact_id == fact_id


def test_a_region_asked_about_alone_is_replaced_not_kept_as_the_setting(shared_knowledge):
    answering = shared_knowledge.answering
    first = answering.ask("How is the West reacting to all this?")
    assert first.results[0].fact_id == "cn-west-slow-to-react"
    answer = answering.ask("and what about Moscow?", follow_up=first.follow_up)
    assert answer.follow_up.question.entity_ids == {"russia"}
    top = shared_knowledge.briefing.fact(answer.results[0].fact_id)
    assert answer.answered and "russia" in top.entities and "the-west" not in top.entities
    # named with a party, a region is the setting the next party is asked about in
    first = answering.ask("What is Turkey doing in the South Caucasus?")
    read = read_with(answering.analyse("and Russia?"), first.follow_up)
    assert read.entity_ids == {"russia", "south-caucasus"}


@pytest.mark.parametrize(
    ("first", "follow"),
    [
        ("Will Azerbaijan assemble Turkish drones at home?", "who says so?"),
        ("Будут ли в Азербайджане собирать турецкие дроны?", "кто так считает?"),
    ],
)
def test_who_said_it_is_the_experts_the_cited_sentence_names(shared_knowledge, first, follow):
    answering = shared_knowledge.answering
    asked = answering.ask(first)
    assert asked.results[0].fact_id == "tr-joint-drone-production-azerbaijan"
    answer = answering.ask(follow, follow_up=asked.follow_up)
    assert answer.answered and answer.results[0].quote.startswith("Эксперты не исключают")


@pytest.mark.parametrize(
    "then", ["can Russia do anything about it?", "what did moscow say? can they do smth"]
)
def test_doing_anything_about_it_asks_whether_they_can_counter_it(shared_knowledge, then):
    answering = shared_knowledge.answering
    first = answering.ask("What is Azerbaijan buying from China?")
    answer = answering.ask(then, follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == "cn-moscow-cannot-counter"


def test_a_tie_is_settled_by_the_context_among_all_the_facts_offered(shared_knowledge):
    """«а Китаю это зачем?» after the arms talks: alone, five facts on China's interest tie;
    the sentence that goes on from the talks settles it, also when it is not among the
    three shown but behind the reply's "more" button."""
    answering = shared_knowledge.answering
    first = answering.ask("Какое оружие Баку хочет купить у Китая?")
    assert first.results[0].fact_id == "cn-arms-purchase-talks"
    answer = answering.ask("а Китаю это зачем?", follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == "cn-azerbaijan-transit-production-hub"


@pytest.mark.parametrize("follow", ["зачем это нужно?", "why is that needed?", "зачем?"])
def test_needed_in_a_why_only_restates_it(shared_knowledge, follow):
    """ "why is that needed?" asks what "why?" asks: «нужно», "needed" are no search words."""
    answering = shared_knowledge.answering
    first = answering.ask("Will Turkish drones be assembled in Azerbaijan?")
    assert first.results[0].fact_id == "tr-joint-drone-production-azerbaijan"
    assert not answering.analyse(follow).terms
    answer = answering.ask(follow, follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == "tr-localisation-benefits"


@pytest.mark.parametrize(
    "first",
    ["Does the US keep its distance from Baku?", "Как ведут себя США, если верить статье о Китае?"],
)
@pytest.mark.parametrize("then", ["and Europe?", "а Европа?"])
def test_another_party_alone_gets_the_parallel_sentence_of_the_paragraph(
    shared_knowledge, first, then
):
    """The China article lists Turkey, Europe and the US in one paragraph: after the US, «а
    Европа?» is Europe's sentence there, not another paragraph's passing mention of Europe."""
    answering = shared_knowledge.answering
    asked = answering.ask(first)
    assert asked.results[0].fact_id == "cn-us-keeps-distance"
    answer = answering.ask(then, follow_up=asked.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-european-supplies-political-conditions"


@pytest.mark.parametrize(
    "more", ["tell me more", "what else?", "more details please", "подробнее", "что ещё?"]
)
def test_asking_for_more_goes_on_to_the_next_sentence(shared_knowledge, more):
    """ "what else?", «подробнее» ask for more of the same subject: the sentence the article
    goes on with, never "not in the briefing" for words no fact uses. Asked with nothing
    before, they ask for a whole question."""
    answering = shared_knowledge.answering
    first = answering.ask("Is there a formal military alliance between China and Azerbaijan?")
    assert first.results[0].fact_id == "cn-alliance-not-formalised-but-forming"
    answer = answering.ask(more, follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == "cn-new-type-of-union"
    alone = answering.ask(more)
    assert alone.outcome.value == "smalltalk" and alone.smalltalk == "context"


def test_asking_what_exactly_stays_on_the_fact_cited(shared_knowledge):
    """«а что конкретно?» asks the specifics the cited fact gives, not the next sentence."""
    answering = shared_knowledge.answering
    first = answering.ask("Какие мероприятия реализовали Китай и Азербайджан?")
    assert first.results[0].fact_id == "cn-exchanges-technology-exercises-education"
    answer = answering.ask("а подробнее, что конкретно?", follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-exchanges-technology-exercises-education"


@pytest.mark.parametrize(
    "turn", ["in what way?", "правда?", "more info", "что ещё известно?", "и что тогда?"]
)
def test_a_chat_turn_without_a_subject_of_its_own_is_never_refused(shared_knowledge, turn):
    """Words like "way", "info", «правда», «известно» say how a reader asks, not what about:
    after an answer they lean on it; alone they ask for a whole question."""
    answering = shared_knowledge.answering
    first = answering.ask("What did Turkey sign with Azerbaijan?")
    answer = answering.ask(turn, follow_up=first.follow_up)
    assert answer.answered and answer.results[0].source.article_id == "turkey-azerbaijan"
    assert answering.ask(turn).smalltalk == "context"


def test_a_follow_up_on_words_no_fact_uses_is_answered(shared_knowledge):
    """A question of a name and words no fact knows is answered unsure; "and why?" after it
    carries only those words, which weigh nothing, and is still read, never a crash."""
    answering = shared_knowledge.answering
    first = answering.ask("Aliyev qwertyuiopz zxcvbnmq")
    assert first.follow_up is not None
    why = answering.ask("and why?", follow_up=first.follow_up)
    assert why.results and why.results[0].fact_id.startswith("cn-")


def test_a_follow_up_carries_the_words_of_the_question_before_it_not_older_ones(
    shared_knowledge,
):
    """Visit → what was signed during it → what "it" covers: the document's scope, not the
    visit, whose words the second question already left behind."""
    answering = shared_knowledge.answering
    follow_up = None
    for text in (
        "When did Aliyev travel to China on a state visit?",
        "what did they sign during it?",
    ):
        follow_up = answering.ask(text, follow_up=follow_up).follow_up
    answer = answering.ask("and what does it cover?", follow_up=follow_up)
    assert answer.answered
    assert "охватывает экономику" in answer.results[0].quote


@pytest.mark.parametrize("more", ["what else?", "а что ещё?"])
def test_what_else_gets_the_next_item_of_the_sentence_cited(shared_knowledge, more):
    """One sentence lists joint exercises, intelligence systems and defence planning, one
    fact each: "what else?" after the exercises is the next item, not the next sentence."""
    answering = shared_knowledge.answering
    first = answering.ask("Will Turkey and Azerbaijan run more joint drills?")
    assert "joint military exercises" in first.results[0].statement
    answer = answering.ask(more, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].quote == first.results[0].quote
    assert answer.results[0].fact_id != first.results[0].fact_id


@pytest.mark.parametrize("go_on", ["и?", "and then?", "а дальше?"])
def test_and_goes_on_into_the_next_paragraph(shared_knowledge, go_on):
    """The benefits of assembling drones locally end their paragraph; "and?" after them
    is what the article says next, in the next paragraph: Azerbaijan as a regional hub."""
    answering = shared_knowledge.answering
    follow_up = None
    for text in ("Will Turkish drones be assembled in Azerbaijan?", "why?"):
        follow_up = answering.ask(text, follow_up=follow_up).follow_up
    answer = answering.ask(go_on, follow_up=follow_up)
    assert answer.answered
    assert "военный хаб региона" in answer.results[0].quote


@pytest.mark.parametrize(
    "prospects", ["and its prospects in the region?", "а какие у неё перспективы?"]
)
def test_prospects_look_beyond_the_fact_cited(shared_knowledge, prospects):
    """After Baykar's contract, "its prospects" ask where the company goes from there (its
    growing position, or the joint production expected in the coming years), not the
    contract again."""
    answering = shared_knowledge.answering
    first = answering.ask("Which Turkish company has the drone contract with Baku?")
    assert first.results[0].fact_id == "tr-baykar-drone-contract"
    answer = answering.ask(prospects, follow_up=first.follow_up)
    assert answer.results[0].fact_id in {
        "tr-baykar-strengthens-position",
        "tr-joint-drone-production-azerbaijan",
    }


def test_a_follow_up_that_fits_alone_stays_in_the_article_it_follows(shared_knowledge):
    """After China's arms talks, "will some of the production move to Azerbaijan?" fits
    Turkey's localisation alone; read with the talks it is China's local production, the
    sentence after them, and that article's answer is the one given."""
    answering = shared_knowledge.answering
    first = answering.ask("What weapons are Baku and Beijing negotiating to buy?")
    assert first.results[0].fact_id == "cn-arms-purchase-talks"
    follow = "Will some of the production move to Azerbaijan?"
    assert answering.ask(follow).results[0].fact_id == "tr-localisation-benefits"
    answer = answering.ask(follow, follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == "cn-localisation-production"


@pytest.mark.parametrize("more", ["what else did they sign?", "а что ещё они подписали?"])
def test_what_else_in_words_of_its_own_leaves_the_item_cited(shared_knowledge, more):
    """ "what else did they sign?" after the Istanbul memorandum: the words that found the
    memorandum («меморандум», "ministers") are not carried into the search, or they find it
    again; the other thing signed (the drone contract, the new agreements) comes first."""
    answering = shared_knowledge.answering
    first = answering.ask("Which memorandum did the Turkish and Azerbaijani defence chiefs sign?")
    assert first.results[0].fact_id == "tr-istanbul-memorandum"
    answer = answering.ask(more, follow_up=first.follow_up)
    assert answer.results[0].fact_id != "tr-istanbul-memorandum"
    assert answer.results[0].fact_id in {
        "tr-baykar-drone-contract",
        "tr-new-agreements-security-logistics",
    }


@pytest.mark.parametrize("why", ["why?", "почему?"])
def test_why_after_as_a_result_looks_before_it(shared_knowledge, why):
    """«В результате Азербайджан может превратиться в военный хаб…» opens by saying it
    follows from what comes before: "why?" after it is answered there (assembling the
    drones locally), not by the other article's hub sentence."""
    answering = shared_knowledge.answering
    first = answering.ask("Could Azerbaijan become a military hub?")
    assert first.results[0].fact_id == "tr-azerbaijan-regional-military-hub"
    answer = answering.ask(why, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-localisation-benefits"


@pytest.mark.parametrize("swap", ["and china?", "а Китай?"])
def test_and_the_other_party_asks_what_was_asked_of_the_first(shared_knowledge, swap):
    """ "and China?" after what Turkey signed with Azerbaijan asks what China signed: the
    facts about China are ordered by what was asked ("sign"), not by the name of the party
    it replaces (which put "Turkey will watch the alliance warily" first)."""
    answering = shared_knowledge.answering
    first = answering.ask("what did turkey sign with azerbaijan?")
    assert first.results[0].fact_id.startswith("tr-")
    answer = answering.ask(swap, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-comprehensive-strategic-partnership"


@pytest.mark.parametrize(
    ("question", "swap"),
    [
        ("will Turkish UAVs be produced in Azerbaijan?", "and with China?"),
        ("Будут ли турецкие беспилотники собирать в Азербайджане?", "а у Китая?"),
    ],
)
def test_and_with_the_other_party_asks_the_same_of_it(shared_knowledge, question, swap):
    """ "and with China?" after whether Turkish drones will be made in Azerbaijan asks the
    same of China (its plan to localise part of its production there): the preposition
    gives China the role Turkey had, and what was asked orders China's facts first."""
    answering = shared_knowledge.answering
    first = answering.ask(question)
    assert first.results[0].fact_id == "tr-joint-drone-production-azerbaijan"
    answer = answering.ask(swap, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-localisation-production"


@pytest.mark.parametrize(
    "they",
    ["could they build drones in azerbaijan too?", "а они будут что-то собирать в Азербайджане?"],
)
def test_they_after_a_company_asks_about_that_company(shared_knowledge, they):
    """ "they" after Baykar's drone contract is Baykar: the joint production of Turkish
    drones in Azerbaijan, not China's plan to localise part of its production there."""
    answering = shared_knowledge.answering
    first = answering.ask("which company got the drone contract from azerbaijan's ministry?")
    assert first.results[0].fact_id == "tr-baykar-drone-contract"
    answer = answering.ask(they, follow_up=first.follow_up)
    assert answer.results[0].fact_id == "tr-joint-drone-production-azerbaijan"


@pytest.mark.parametrize(
    "follow_up",
    [
        "could they be assembled in Azerbaijan at some point?",
        "will they end up making them in Azerbaijan?",
    ],
)
def test_naming_the_hub_in_a_follow_up_names_no_one_new(shared_knowledge, follow_up):
    """Azerbaijan, which nearly every fact is about, is the setting of "could they be
    assembled in Azerbaijan?" after Baykar's contract: the question is still about Baykar's
    drones (made in Azerbaijan jointly), not about China's production there."""
    answering = shared_knowledge.answering
    first = answering.ask("what is the Baykar contract for?")
    assert first.results[0].fact_id == "tr-baykar-drone-contract"
    answer = answering.ask(follow_up, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-joint-drone-production-azerbaijan"


@pytest.mark.parametrize(
    ("question", "follow_up"),
    [
        ("почему Баку ищет альтернативу российскому оружию?", "и что Китай предлагает взамен?"),
        (
            "why is Baku looking for alternatives to Russian weapons?",
            "and what does China offer in return?",
        ),
    ],
)
def test_the_context_does_not_unsettle_the_answer_it_agrees_with(
    shared_knowledge, question, follow_up
):
    """Read alone, "and what does China offer in return?" is answered by what China offers
    (political autonomy); read with the chat, the same fact comes first at a lower score.
    The chat's words agree with the answer: it stays an answer, not a guess."""
    answering = shared_knowledge.answering
    first = answering.ask(question)
    answer = answering.ask(follow_up, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-china-no-norms-political-autonomy"


@pytest.mark.parametrize("swap", ["and the US?", "а США?"])
def test_a_region_asked_about_with_the_hub_is_replaced(shared_knowledge, swap):
    """Europe, asked about with Baku only, is the subject of "why is Europe a hard supplier
    for Baku?", not its setting: "and the US?" asks about the US alone."""
    answering = shared_knowledge.answering
    first = answering.ask("why is europe not an easy supplier for baku?")
    answer = answering.ask(swap, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-us-keeps-distance"


@pytest.mark.parametrize("sure", ["is that confirmed?", "это подтверждено?"])
def test_is_it_confirmed_asks_about_the_fact_cited(shared_knowledge, sure):
    """ "is that confirmed?" asks how sure the fact cited is («эксперты не исключают»),
    which its own sentence says: not what the article says next (the benefits of it)."""
    answering = shared_knowledge.answering
    first = answering.ask("Will Turkish drones be assembled in Azerbaijan?")
    assert first.results[0].fact_id == "tr-joint-drone-production-azerbaijan"
    answer = answering.ask(sure, follow_up=first.follow_up)
    assert answer.results[0].fact_id == "tr-joint-drone-production-azerbaijan"


def test_swapping_the_party_keeps_the_subject_of_the_turn_before(shared_knowledge):
    """«а с Турцией почему?» after «что он покупает?» after why Baku draws closer to China:
    Turkey's facts are ordered by the whole chat's subject (drawing closer), not only by
    the turn just before (buying), so Baku's partnership with Ankara comes first."""
    answering = shared_knowledge.answering
    why = answering.ask("Почему Баку сближается с Китаем?")
    buys = answering.ask("А что он покупает?", follow_up=why.follow_up)
    assert buys.results[0].fact_id == "cn-arms-purchase-talks"
    answer = answering.ask("а с Турцией почему?", follow_up=buys.follow_up)
    assert answer.results[0].fact_id == "tr-baku-ankara-amid-cooling-with-moscow"


def test_a_fact_saved_but_not_yet_indexed_can_be_replied_to(knowledge):
    """A notification may go out between a fact's save and its index update (another
    thread saves, the outbox sends): a reply to it must still follow up on that fact, so
    its follow-up record is read from the store."""
    known = knowledge.briefing.fact("tr-istanbul-memorandum")
    assert known is not None
    new = dataclasses.replace(known, id="tr-istanbul-memorandum-again")
    knowledge.briefing.store.save_fact(new, 1, "addfact", "")
    assert knowledge.briefing.fact(new.id) is None  # not in the index yet
    record = knowledge.answering.fact_follow_up(new.id)
    assert record is not None
    assert knowledge.answering.restore_follow_up(record).fact_id == new.id


def test_who_put_their_names_on_it_asks_who_signed(shared_knowledge):
    """ "put their names on it" is signing it: after where the documents were signed,
    the answer is the sentence naming the defence ministers who did (was unsure)."""
    answering = shared_knowledge.answering
    first = answering.ask("what did Azerbaijan sign with Turkey")
    where = answering.ask("where was that?", follow_up=first.follow_up)
    answer = answering.ask("and who put their names on it", follow_up=where.follow_up)
    assert answer.answered
    assert "министры обороны двух стран" in answer.results[0].quote


@pytest.mark.parametrize("why", ["why can't it counter it?", "почему она не может помешать?"])
def test_why_in_the_words_of_the_fact_cited_asks_its_reason(shared_knowledge, why):
    """ "why can't it counter it?" only restates the fact cited (Moscow cannot counter
    the rapprochement): it is a bare "why?", answered by the next sentence (Russia's
    defence industry is exhausted), not by another fact using "counter" (Turkey's)."""
    answering = shared_knowledge.answering
    first = answering.ask("can Moscow counter the rapprochement of Baku and Beijing?")
    assert first.results[0].fact_id == "cn-moscow-cannot-counter"
    answer = answering.ask(why, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-russian-defence-industry-exhausted"


@pytest.mark.parametrize(
    ("where", "why"),
    [
        ("Where does Ankara want to sell its weapons in the long run?", "почему именно туда?"),
        ("Куда Анкара собирается экспортировать свои вооружения при помощи Баку?",
         "А почему именно в эти края?"),
    ],
)  # fmt: skip
def test_why_there_asks_the_reason_for_the_place_cited(shared_knowledge, where, why):
    """«почему именно туда?» («туда», «в эти края»: there) after where Ankara will sell its
    arms is answered by that very sentence (where Baku has strong positions): «туда» and
    «края» point back, they are no words to look for (an unrelated fact came first)."""
    answering = shared_knowledge.answering
    first = answering.ask(where)
    assert first.results[0].fact_id == "tr-ankara-promotes-military-products"
    answer = answering.ask(why, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-ankara-promotes-military-products"


def test_the_big_name_asks_which_company_not_its_name(shared_knowledge):
    """ "which company is the big name" asks for a company; "big name" asks no name
    (the answer said the briefing gives none, above the sentence naming Baykar)."""
    answering = shared_knowledge.answering
    first = answering.ask("who is the chinese military attache")
    answer = answering.ask(
        "ok and on the turkish side which company is the big name", follow_up=first.follow_up
    )
    assert answer.answered
    assert "Baykar" in answer.results[0].quote


def test_what_a_document_touches_on_is_what_it_covers(shared_knowledge):
    """«затрагивает» (touches on) is «охватывает»: after what was signed, the sentence on
    the document's scope, not the signing again."""
    answering = shared_knowledge.answering
    first = answering.ask("Когда Алиев был в Пекине с госвизитом?")
    signed = answering.ask("что там подписали?", follow_up=first.follow_up)
    assert signed.results[0].fact_id == "cn-comprehensive-strategic-partnership"
    answer = answering.ask("какие темы затрагивает этот документ?", follow_up=signed.follow_up)
    assert answer.results[0].fact_id == "cn-partnership-document-scope"


@pytest.mark.parametrize(
    "how",
    ["how is that going down in Moscow?", "how did that go down with the Kremlin?",
     "как к этому отнеслась Москва?"],
)  # fmt: skip
def test_how_a_new_party_takes_that_is_about_what_was_asked(shared_knowledge, how):
    """ "how's that going down in Moscow?" after Baku's support for Kyiv asks Moscow's
    stance on that support: the Kremlin's distrust over Aliyev's steps on Ukraine, not any
    fact about Moscow (a phrase read as "react" asks a stance, and "that" keeps Ukraine)."""
    answering = shared_knowledge.answering
    first = answering.ask("did baku back kyiv?")
    assert first.results[0].fact_id == "tr-baku-supports-kyiv"
    answer = answering.ask(how, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-kremlin-baku-distrust-aliyev-ukraine"


@pytest.mark.parametrize("why", ["а зачем это нужно?", "and why do that?"])
def test_why_after_what_a_step_serves_is_answered_by_it(shared_knowledge, why):
    """«Такой шаг позволит …» says what assembling drones in Azerbaijan is for: a bare
    "why?" after it is answered by that sentence, not by the one before it."""
    answering = shared_knowledge.answering
    first = answering.ask("что даст сборка турецких дронов в азербайджане")
    assert first.results[0].fact_id == "tr-localisation-benefits"
    answer = answering.ask(why, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-localisation-benefits"


def test_what_one_side_gets_in_return_is_what_the_other_offers(shared_knowledge):
    """ "what does Baku get in return?" after China's interest asks what China offers
    (technology and political autonomy), not China's interest again."""
    answering = shared_knowledge.answering
    first = answering.ask("what is China's interest in Azerbaijan?")
    assert first.results[0].fact_id == "cn-china-interest-access-influence"
    answer = answering.ask("what does baku get in return?", follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-china-no-norms-political-autonomy"


def test_the_same_is_no_samoa(shared_knowledge):
    """«то же самое» (the same) after Turkish drones asks the same of China: «самое» is no
    case of «Самоа», an island the briefing never names (it was told "not stated")."""
    answering = shared_knowledge.answering
    first = answering.ask("are turkish drones going to be made in azerbaijan")
    answer = answering.ask("а с Китаем то же самое?", follow_up=first.follow_up)
    assert answer.answered
    assert not answer.unknown


def test_a_party_named_inside_a_topic_is_named(shared_knowledge):
    """«поддерживает Киев» is the topic of support for Ukraine and names Ukraine too: "how
    does the Kremlin read that?" then asks about Ukraine, the Kremlin's distrust over it."""
    answering = shared_knowledge.answering
    first = answering.ask("Баку поддерживает Киев?")
    assert "ukraine" in first.follow_up.question.entity_ids
    answer = answering.ask("and how does the kremlin read that", follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-kremlin-baku-distrust-aliyev-ukraine"


@pytest.mark.parametrize(
    "question",
    ["а турция разве не может это закрыть?", "турция не сможет закрыть потребности баку?"],
)
def test_a_party_that_cannot_cover_the_needs_is_limited(shared_knowledge, question):
    """«не может закрыть» (cannot cover the needs) asks whether its capabilities are
    limited: Turkey stays a partner, but its capabilities are limited."""
    answering = shared_knowledge.answering
    first = answering.ask("почему азербайджан ищет новых поставщиков оружия")
    answer = answering.ask(question, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-turkey-capabilities-limited"


def test_how_a_party_sees_it_and_whether_it_can_do_anything(shared_knowledge):
    """ "how does Moscow see it, can it do anything?" asks Moscow's stance and whether it
    can counter what was asked about: Moscow can hardly counter the rapprochement."""
    answering = shared_knowledge.answering
    assert answering.analyse("how does moscow see it").asks is Detail.STANCE
    first = answering.ask("why is baku getting closer to beijing")
    answer = answering.ask(
        "and how does the kremlin see this, can it do anything", follow_up=first.follow_up
    )
    assert answer.answered
    assert answer.results[0].fact_id == "cn-moscow-cannot-counter"


def test_the_consequences_for_a_party_after_its_rival_gained(shared_knowledge):
    """«следствия» asks what came of it, as «последствия» does: for Moscow, after Baku's
    ties with Ankara, its influence in the South Caucasus declines."""
    answering = shared_knowledge.answering
    first = answering.ask("Почему Баку укрепляет связи с Анкарой?")
    answer = answering.ask("А какие из этого следствия для Москвы?", follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id in {
        "tr-moscow-further-loss-of-influence",
        "tr-russia-influence-declining-opportunities-turkey",
    }


@pytest.mark.parametrize(
    "how",
    [
        "and how is it forming?",
        "then how is it getting formed?",  # "get": a common word the sentence need not say
        "how is it forming, if not juridically?",  # a word no fact uses
    ],
)
def test_how_it_happens_when_the_cited_sentence_says_how(shared_knowledge, how):
    """ "how is it forming, then?" after the alliance that is not formalised but is forming
    «через совокупность соглашений …»: the sentence cited says how, not the one after it."""
    answering = shared_knowledge.answering
    first = answering.ask("Do China and Azerbaijan have a formal military alliance?")
    assert first.results[0].fact_id == "cn-alliance-not-formalised-but-forming"
    answer = answering.ask(how, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-alliance-not-formalised-but-forming"


def test_a_follow_up_with_its_own_word_takes_the_sentence_beside_that_uses_it(shared_knowledge):
    """After "when was that?" cited the visit, "and what does it cover?" asks what the
    document covers («охватывает экономику …»), two sentences on, not the sentence on what
    was signed, which the words carried from the first question point at."""
    answering = shared_knowledge.answering
    first = answering.ask("What agreement did Aliyev sign in China?")
    second = answering.ask("and when was that?", follow_up=first.follow_up)
    answer = answering.ask("and what does it cover?", follow_up=second.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-partnership-document-scope"


def test_what_that_would_give_after_the_sentence_saying_it(shared_knowledge):
    """ "what would that give Baku?" after «Такой шаг позволит сократить сроки поставок …»:
    the sentence cited says what the step gives; the next one does not."""
    answering = shared_knowledge.answering
    first = answering.ask("Will Turkish drones be produced in Azerbaijan?")
    second = answering.ask("what would localising them achieve?", follow_up=first.follow_up)
    assert second.results[0].fact_id == "tr-localisation-benefits"
    answer = answering.ask("and what would that give Baku?", follow_up=second.follow_up)
    assert answer.answered and answer.results[0].fact_id == "tr-localisation-benefits"


def test_from_another_party_asks_the_same_subject_of_it(shared_knowledge):
    """ "and from Turkey?" after the arms Baku is buying from China: what Baku buys from
    Turkey, the subject (procurement) carried by the earlier question's topics even where
    no word of it is in the sentence (Baykar's contract)."""
    answering = shared_knowledge.answering
    first = answering.ask("which weapons is Baku in talks to buy from China?")
    answer = answering.ask("and from Turkey?", follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == "tr-baykar-drone-contract"


def test_with_another_party_is_not_about_the_party_replaced(shared_knowledge):
    """ "and with Turkey?" after China's alliance with Baku asks Turkey's alliance with Baku:
    not the China article's sentence on Turkey watching China's."""
    answering = shared_knowledge.answering
    first = answering.ask("Do Beijing and Baku already have a military alliance?")
    answer = answering.ask("and with Turkey?", follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id in {
        "tr-informal-alliance-regional-bloc",
        "tr-institutionalised-union",
    }


def test_how_it_goes_over_with_a_party_asks_its_reaction(shared_knowledge):
    answering = shared_knowledge.answering
    first = answering.ask("is Baku supporting Kyiv?")
    answer = answering.ask("and how did that go over with Moscow?", follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-kremlin-baku-distrust-aliyev-ukraine"


def test_a_closing_which_asks_as_one_before_its_noun(shared_knowledge):
    """«а регионы какие?» asks which regions, as «какие регионы?» does: the plan cited
    names them."""
    answering = shared_knowledge.answering
    assert answering.analyse("а регионы какие?").asks == "region"
    first = answering.ask("What is Turkey's long-term plan for the alliance with Azerbaijan?")
    then = answering.ask("а регионы какие?", follow_up=first.follow_up)
    assert then.answered and "Центральной Азии" in then.results[0].quote


def test_asking_leave_to_ask_is_no_word_of_the_question(shared_knowledge):
    """ "if I may ask" is politeness: "may" is no word to look for, and "May I know which
    ...?" asks which, not yes or no."""
    answering = shared_knowledge.answering
    assert answering.analyse("May I know which firm got the drone deal?").asks != "yesno"
    first = answering.ask("Has the China-Azerbaijan military alliance been formalised?")
    then = answering.ask("and how is it forming, if I may ask?", follow_up=first.follow_up)
    assert then.answered and "через совокупность соглашений" in then.results[0].quote


def test_words_that_only_introduce_or_ask_to_explain_are_not_looked_for(shared_knowledge):
    """ "regarding", «касательно», "clarify" say how the reader asks, not what about: as
    search words they matched nothing and made the answer look weaker than it is."""
    answering = shared_knowledge.answering
    for question in ("Regarding the drones, who makes them?", "Касательно дронов: кто их делает?"):
        assert answering.analyse(question).terms == answering.analyse(question[10:]).terms
    first = answering.ask("How does Ankara see the China-Azerbaijan alliance?")
    then = answering.ask("and what of Moscow, clarify its view?", follow_up=first.follow_up)
    assert then.answered and "едва ли может противодействовать" in then.results[0].quote


def test_why_those_things_asks_why_of_what_the_last_answer_named(shared_knowledge):
    """ "why those countries?" points back at the regions the cited sentence names; that
    sentence gives its own reason («где у Баку традиционно сильные позиции»)."""
    answering = shared_knowledge.answering
    first = answering.ask("Where else, beyond the Caucasus, does Ankara hope to sell arms?")
    then = answering.ask("and why those places?", follow_up=first.follow_up)
    assert then.answered and "традиционно сильные позиции" in then.results[0].quote


@pytest.mark.parametrize(
    "then", ["and what do they get out of all this?", "what do they gain from that?"]
)
def test_what_they_get_out_of_it_is_the_gain_of_the_party_asked_about(shared_knowledge, then):
    """After what Beijing offers Baku, "what's in it for them?" asks Beijing's gain (the
    party asked about first), beyond the offer just cited."""
    answering = shared_knowledge.answering
    first = answering.ask("What does Beijing give Baku apart from technology?")
    answer = answering.ask(then, follow_up=first.follow_up)
    first_quote = answer.results[0].quote
    assert answer.answered and ("интерес" in first_quote or "для Пекина" in first_quote)


def test_headline_style_follow_ups_ask_their_kind(shared_knowledge):
    """ "venue?", «место?» ask where; "Turkey angle?" asks Turkey's view, no word "angle"
    to look for (it made the reply unsure)."""
    answering = shared_knowledge.answering
    assert answering.analyse("venue?").asks == "place"
    assert answering.analyse("Turkey angle?").asks == "stance"
    first = answering.ask("Ankara–Baku security memo: what's in it?")
    then = answering.ask("venue?", follow_up=first.follow_up)
    assert then.answered and "в Стамбуле" in then.results[0].quote
    place = answering.ask("меморандум о взаимной безопасности: место подписания?")
    assert place.answered and "в Стамбуле" in place.results[0].quote


@pytest.mark.parametrize("then", ["and why not from Europe?", "and Europe, why not?"])
def test_a_tie_after_a_party_swap_goes_to_the_sentence_about_that_party(shared_knowledge, then):
    """Two sentences name Europe; the one about it (its supplies), not the one placing
    Chinese technology there, breaks the tie, as for a question asked alone."""
    answering = shared_knowledge.answering
    first = answering.ask("Why is Baku looking past Russia for arms?")
    answer = answering.ask(then, follow_up=first.follow_up)
    assert answer.answered and "Европейские поставки" in answer.results[0].quote


@pytest.mark.parametrize("then", ["а Кремль что на это?", "and what did the Kremlin think of it?"])
def test_what_a_party_says_to_that_asks_its_reaction(shared_knowledge, then):
    """«а Кремль что на это?» and "what did they think of it?" ask how a party takes what
    was just cited, not any sentence naming it."""
    answering = shared_knowledge.answering
    assert answering.analyse(then).asks == "stance"
    first = answering.ask("Чем Азербайджан интересен Пекину?")
    answer = answering.ask(then, follow_up=first.follow_up)
    assert answer.answered and "едва ли может противодействовать" in answer.results[0].quote


def test_a_region_asked_about_first_is_replaced_by_the_party_swapped_in(shared_knowledge):
    """ "and Ankara?" after how the West meets China's advance asks how Ankara meets it: the
    West, the subject, goes; China, what it reacts to, stays."""
    answering = shared_knowledge.answering
    first = answering.ask("How is the West reacting to China's advance into the Caucasus?")
    assert first.follow_up is not None
    read = read_with(answering.analyse("and Ankara?"), first.follow_up)
    assert "the-west" not in read.entity_ids
    assert {"turkey", "china"} <= read.entity_ids


@pytest.mark.parametrize("then", ["source?", "откуда это?", "а инфа откуда?"])
def test_where_the_cited_fact_comes_from_is_its_article_s_outlet(shared_knowledge, then):
    """ "source?" after a China-article fact asks where that article comes from: the
    sentence citing its outlet, not "sources" of arms."""
    answering = shared_knowledge.answering
    first = answering.ask("Have Baku and Beijing formally become allies?")
    answer = answering.ask(then, follow_up=first.follow_up)
    assert answer.answered and "Altyn-orda.kz" in answer.results[0].quote


@pytest.mark.parametrize(
    "then",
    [
        "а что в другой статье про Москву?",
        "and the other article?",
        "а о чём вторая статья?",
        "and the second piece?",
    ],
)
def test_the_other_article_is_the_one_the_cited_fact_is_not_from(shared_knowledge, then):
    """«а что в другой статье?» after a Turkey-article fact asks the same of the China
    article: its facts only."""
    answering = shared_knowledge.answering
    first = answering.ask("What does the Baku–Ankara partnership mean for Moscow?")
    assert first.results[0].source.article_id == "turkey-azerbaijan"
    answer = answering.ask(then, follow_up=first.follow_up)
    assert answer.results
    assert {r.source.article_id for r in answer.results} == {"china-azerbaijan"}
    assert answer.outcome != "abstain"


def test_what_was_done_in_military_matters_and_what_good_it_did(shared_knowledge):
    """«по военной части» is an idiom ("in military matters"), not a part of production;
    «уже сделали» asks what has been carried out; «какой от этого толк?» asks its result."""
    answering = shared_knowledge.answering
    first = answering.ask("А что Пекин и Баку по военной части уже сделали?")
    assert first.answered and "реализовали ряд конкретных" in first.results[0].quote
    assert answering.analyse("какой от этого толк?").asks == "result"
    then = answering.ask("а толк от этого какой?", follow_up=first.follow_up)
    assert then.answered and "повысило профессиональный уровень" in then.results[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "Какие шаги из уже сделанного перечислил китайский военный атташе?",
        "a realno chto-to sdelali s kitaem ili tolko boltovnya",
    ],
)
def test_what_was_done_so_far_is_asked_without_the_readers_doubt(shared_knowledge, question):
    """«из уже сделанного» asks what was carried out; «или только болтовня» doubts, and is
    no word to look for: the answer is sure."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and "реализовали ряд конкретных" in answer.results[0].quote


def test_a_party_swapped_in_is_looked_for_in_the_sentences_that_name_it(shared_knowledge):
    """«а Украина тут при чём?» after Russia's waning influence: a sentence naming Ukraine
    (Aliyev's steps towards it), not one only labelled with it."""
    answering = shared_knowledge.answering
    first = answering.ask("Почему слабеет влияние Москвы на Южном Кавказе?")
    answer = answering.ask("а Украина тут при чём?", follow_up=first.follow_up)
    assert answer.answered and "Украин" in answer.results[0].quote


@pytest.mark.parametrize(
    "then", ["what did they put their names to there?", "а что они там подписали?"]
)
def test_there_points_back_at_the_place_the_cited_fact_names(shared_knowledge, then):
    """ "what did they put their names to there?" after where the Baku–Ankara deals were
    signed asks what the sentence naming Istanbul says was signed, not the next sentence
    (Baykar's contract); "is there …?" points at no place."""
    answering = shared_knowledge.answering
    assert not points_at_a_place(answering.analyse("is there a treaty?"))
    first = answering.ask("where were the new Turkey-Azerbaijan deals signed?")
    assert "Стамбуле" in first.results[0].quote
    answer = answering.ask(then, follow_up=first.follow_up)
    assert answer.answered and "Стамбуле" in answer.results[0].quote


@pytest.mark.parametrize(
    "then", ["and which of them matters most?", "а какая из них самая важная?"]
)
def test_which_of_a_list_stands_out_is_said_after_the_list(shared_knowledge, then):
    """ "which of them matters most?" after the fields the partnership covers asks which
    stands out: the next sentence says («именно последняя составляющая»)."""
    answering = shared_knowledge.answering
    first = answering.ask("Which fields does the Baku–Beijing partnership document cover?")
    assert "охватывает" in first.results[0].quote
    answer = answering.ask(then, follow_up=first.follow_up)
    assert answer.answered and "последняя составляющая" in answer.results[0].quote


@pytest.mark.parametrize("guess", ["who signed it, the presidents?", "кто подписал, президенты?"])
def test_a_role_guessed_wrong_leaves_the_role_the_sentence_gives(shared_knowledge, guess):
    """ "the presidents?" gives a role in either language; the defence ministers of the
    memorandum's sentence («министры обороны») are someone else, and so its answer."""
    answering = shared_knowledge.answering
    first = answering.ask("What did Azerbaijan and Turkey sign in Istanbul?")
    answer = answering.ask(guess, follow_up=first.follow_up)
    assert answer.answered
    assert "министры обороны двух стран" in answer.results[0].quote


@pytest.mark.parametrize("swap", ["and China, same idea?", "and China too?", "а Китай тоже?"])
def test_a_party_swapped_in_with_same_or_too_is_asked_the_same(shared_knowledge, swap):
    """ "and China too?" after Turkish drones assembled in Azerbaijan asks whether China's
    production moves there as well, not anything about China."""
    answering = shared_knowledge.answering
    first = answering.ask("Will Turkish drones be assembled in Azerbaijan?")
    answer = answering.ask(swap, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-localisation-production"


def test_words_carried_from_before_weigh_less_than_the_follow_ups_own(shared_knowledge):
    """Three words of the drone assembly carried over do not outweigh the one word the
    follow-up asks with ("turn into"): together they count for at most half of it."""
    answering = shared_knowledge.answering
    question = answering.analyse("what will Azerbaijan turn into?")
    carried = dataclasses.replace(question, carried=("~local", "~product", "~drone"))
    own = {term: answering.briefing.index.idf(term) for term in question.terms}
    weights = answering.matcher._carried(carried, own)
    assert set(weights) == {"~local", "~product", "~drone"}
    assert 0 < sum(weights.values()) <= CARRIED * sum(own.values()) + 1e-9


def test_the_same_asked_of_a_party_swapped_in_asks_the_same_kind(shared_knowledge):
    """«а с турками так же?» after where the Chinese arms would be made asks where of
    Turkey's: the sentence placing Turkish drone assembly in Azerbaijan."""
    answering = shared_knowledge.answering
    chat = ["О каких китайских системах договаривается Баку?", "а делать их где будут?"]
    follow_up = None
    for question in chat:
        follow_up = answering.ask(question, follow_up=follow_up).follow_up
    answer = answering.ask("а с турками так же?", follow_up=follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-joint-drone-production-azerbaijan"


def test_how_the_kremlin_takes_it_is_the_kremlin_s_stance_on_what_was_cited(shared_knowledge):
    """«как к этому Кремль относится?» after Baku's support for Kyiv: «относится» asks a
    stance, no topic of other powers' reactions (whose sentences, none of them on Kyiv,
    had all come first)."""
    answering = shared_knowledge.answering
    first = answering.ask("Поддерживает ли Баку Украину?")
    answer = answering.ask("а как к этому Кремль относится?", follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-kremlin-baku-distrust-aliyev-ukraine"


@pytest.mark.parametrize(
    ("before", "why_not", "fact_id"),
    [
        ("Зачем Баку ищет новых поставщиков оружия?", "а почему не Турция?",
         "cn-turkey-capabilities-limited"),
        ("What arms is Azerbaijan negotiating to buy from Beijing?", "and why not Europe?",
         "cn-european-supplies-political-conditions"),
        ("зачем азербайджану китай", "а турция чем не устраивает",
         "cn-turkey-capabilities-limited"),
        ("зачем азербайджану китай", "what's wrong with turkey then?",
         "cn-turkey-capabilities-limited"),
        ("почему Азербайджан тянется к Китаю?", "а турция чё, не может?",
         "cn-turkey-capabilities-limited"),
        ("Турция союзник Азербайджана?", "зачем им тогда Китай, раз есть Турция?",
         "cn-turkey-capabilities-limited"),
        ("what is Turkey to Azerbaijan?", "so why China, when they have Turkey?",
         "cn-turkey-capabilities-limited"),
    ],
)  # fmt: skip
def test_why_not_a_party_asks_what_holds_it_back(shared_knowledge, before, why_not, fact_id):
    """A bare "why not Turkey?" asks what holds that party back (its means limited, its
    supplies complicated), not what the briefing says of it most; so do «чем не устраивает»,
    "what's wrong with" it and "why China, when they have Turkey?"."""
    answering = shared_knowledge.answering
    first = answering.ask(before)
    answer = answering.ask(why_not, follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("before", "view", "fact_id"),
    [
        ("What did Colonel Song Jun say at the reception in Baku?",
         "and what does the author make of that?", "cn-practical-integration"),
        ("Китай ставит Баку идеологические условия?", "а автор что об этом думает?",
         "cn-china-interest-access-influence"),
    ],
)  # fmt: skip
def test_the_authors_view_of_what_was_cited_is_his_comment_after_it(
    shared_knowledge, before, view, fact_id
):
    """ "what does the author make of that?" asks the article's own comment on the fact
    cited (the sentence after it), not where the article comes from ("author" is also a
    word asking the source) and not the article's opening."""
    answering = shared_knowledge.answering
    first = answering.ask(before)
    answer = answering.ask(view, follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize("then", ["and the result?", "а итог какой?"])
def test_the_result_asked_after_a_sentence_that_is_a_result_is_that_sentence(
    shared_knowledge, then
):
    """A cited sentence opening «В результате …» is the result of what came before it:
    asked "and the result?" after Chinese help with training, it answers, not the training
    itself cited again."""
    answering = shared_knowledge.answering
    first = answering.ask("Как Китай помогал Азербайджану готовить военных?")
    assert first.results[0].fact_id == "cn-attache-combat-readiness"
    answer = answering.ask(then, follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == "cn-attache-combat-readiness"


def test_a_switch_of_article_keeps_the_party_the_effect_was_asked_on(shared_knowledge):
    """ "and in the China piece?" after what Baku's drift from Moscow means for Russia asks
    the China article's sentences about Russia, not one sharing the word "distance"."""
    answering = shared_knowledge.answering
    first = answering.ask(
        "In the Turkey article, what does Baku drifting from Moscow mean for Russia?"
    )
    answer = answering.ask("and in the China piece?", follow_up=first.follow_up)
    assert answer.answered
    assert "russia" in answer.results[0].fact_id or "moscow" in answer.results[0].fact_id


def test_what_it_affects_is_what_it_changes(shared_knowledge):
    """«на что он влияет?» after the alliance not yet formalised asks what it changes: «И он
    уже меняет баланс сил …», the sentence after it."""
    answering = shared_knowledge.answering
    first = answering.ask("военный союз китая и азербайджана уже оформлен?")
    answer = answering.ask("а на что он влияет?", follow_up=first.follow_up)
    assert answer.answered and "меняет баланс сил" in answer.results[0].quote


@pytest.mark.parametrize(
    ("before", "then"),
    [
        ("how does the distrust between the Kremlin and Baku show?", "who comes out ahead, then?"),
        ("В чём проявляется недоверие между Москвой и Баку?", "так кто в итоге выигрывает?"),
    ],
)
def test_who_wins_after_a_sentence_that_says_nothing_of_winning_looks_beyond_it(
    shared_knowledge, before, then
):
    """A "who?" follow-up whose own words the cited sentence does not use asks no one that
    sentence names: who gains is the balance shifting towards Turkey, not Aliyev."""
    answering = shared_knowledge.answering
    first = answering.ask(before)
    answer = answering.ask(then, follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == "tr-balance-shifts-to-turkey-west"


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (
            "How is the balance of power shifting, according to the Turkey article?",
            "And what does the China piece say on that score?",
        ),
        (
            "Как меняется баланс сил, по статье о Турции?",
            "А что китайская статья говорит на этот счёт?",
        ),
    ],
)
def test_on_that_score_asks_of_what_was_asked(shared_knowledge, first, then):
    """ "on that score", «на этот счёт» point back at what was asked: no words of their
    own to look for, so the other article's sentence on the balance of power answers."""
    answering = shared_knowledge.answering
    answer = answering.ask(then, follow_up=answering.ask(first).follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-alliance-changes-post-soviet-balance"


def test_wanting_to_do_something_is_a_plan_not_an_interest(shared_knowledge):
    """ "do they want to produce them in Azerbaijan too?" after the arms talks asks of a
    plan (the talks on localising production), not what a party is after ("want" alone
    asks that: "what does China want?")."""
    answering = shared_knowledge.answering
    first = answering.ask("What arms is Baku in talks to buy from China?")
    answer = answering.ask(
        "and do they want to produce them in azerbaijan as well?", follow_up=first.follow_up
    )
    assert answer.answered
    assert answer.results[0].fact_id == "cn-localisation-production"


def test_what_of_a_new_party_asks_no_detail_asked_before(shared_knowledge):
    """«а с Baykar что?» after "where did they sign the memorandum?" asks what of Baykar,
    not where: the contract with it, not the sentence naming a place («в Азербайджане»)."""
    answering = shared_knowledge.answering
    first = answering.ask("где Азербайджан и Турция подписали меморандум?")
    answer = answering.ask("а с Baykar что?", follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-baykar-drone-contract"


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Почему Азербайджан сближается с Турцией?", "а с Китаем почему?"),
        ("Why is Baku getting closer to Ankara?", "and with Beijing, why?"),
    ],
)
def test_why_with_another_party_asks_the_same_partys_reasons(shared_knowledge, first, then):
    """«а с Китаем почему?» after why Baku draws closer to Ankara asks Baku's reasons for
    China, not China's: the party named after the preposition takes Ankara's role."""
    answering = shared_knowledge.answering
    answer = answering.ask(then, follow_up=answering.ask(first).follow_up)
    assert answer.answered
    assert answer.results[0].fact_id in {
        "cn-baku-seeks-alternatives-to-russia",
        "cn-rational-step-for-azerbaijan",
    }


def test_one_word_after_a_question_is_read_with_it(shared_knowledge):
    """ "militarily?" alone is a word most facts use; after "why is China interested in
    Azerbaijan?" it asks what China gains militarily."""
    answering = shared_knowledge.answering
    first = answering.ask("Why is China interested in Azerbaijan?")
    answer = answering.ask("militarily?", follow_up=first.follow_up)
    assert answer.results[0].fact_id == "cn-china-probes-region-supply-routes"


def test_what_does_that_mean_asks_what_comes_of_it(shared_knowledge):
    for question in ("what does that mean?", "and the implications?"):
        assert shared_knowledge.answering.analyse(question).asks == Detail.RESULT


@pytest.mark.parametrize("then", ["and where he said it?", "а где он это сказал?"])
def test_where_someone_said_it_is_where_the_article_has_them_speak(shared_knowledge, then):
    """After the attaché's remark on the personnel (a paragraph giving no place), "where
    did he say it?" is the sentence in the paragraph before that has him speak at the
    reception in Baku, not the next sentence naming academies."""
    answering = shared_knowledge.answering
    first = answering.ask(
        "Who said that the cooperation raised the professional level of the personnel?"
    )
    answer = answering.ask(then, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-attache-cooperation-new-heights"


@pytest.mark.parametrize(
    ("before", "then", "fact_id"),
    [
        ("кто по турецкой статье главный союзник азербайджана в модернизации армии",
         "а в китайской статье про турцию чё пишут", "cn-turkey-watches-cautiously"),
        ("Does the Turkey piece say experts foresee joint drone production in Azerbaijan?",
         "Over what sort of timeframe?", "tr-joint-drone-production-azerbaijan"),
        ("What did the two sides sign during Aliyev's state visit to China?",
         "How wide-ranging is that document, then?", "cn-partnership-document-scope"),
        ("Why does the China article say Baku is looking for alternative sources of military "
         "modernisation?", "And what of the European suppliers?",
         "cn-european-supplies-political-conditions"),
        ("Для Китая Азербайджан это что, какой хаб?",
         "а эта территория раньше чьей зоной интересов считалась?",
         "cn-step-into-russia-turkey-sphere"),
        ("Кто сказал, что сотрудничество достигнет новых высот?",
         "А какие результаты он приводит?", "cn-attache-combat-readiness"),
        ("Where does Ankara want to promote its military products?", "Why there in particular?",
         "tr-ankara-promotes-military-products"),
        ("why is Azerbaijan turning to China?", "n europe? cannot buy from them meh",
         "cn-european-supplies-political-conditions"),
        ("what would assembling the drones in Azerbaijan give it?",
         "and after that, what could it turn into?", "tr-azerbaijan-regional-military-hub"),
        ("что китайские инструкторы делали в азербайджане", "и че в итоге, помогло?",
         "cn-attache-combat-readiness"),
        ("Где был подписан меморандум о взаимной безопасности между Азербайджаном и Турцией?",
         "А кроме меморандума?", "tr-baykar-drone-contract"),
        ("what was signed in istanbul between turkey and azerbaijan",
         "anything else apart from the memorandum?", "tr-baykar-drone-contract"),
        ("зачем азербайджану китай вообще по оружию", "а турция чё, не вывозит?",
         "cn-turkey-capabilities-limited"),
        ("is it official military alliance between china and azerbaijan?",
         "so how it is forming then if not officially?", "cn-alliance-not-formalised-but-forming"),
        ("Is China and Azerbaijan a formal military alliance already?",
         "so what is it then, if not official?", "cn-alliance-not-formalised-but-forming"),
        ("What role could Azerbaijan play as a hub, per the Turkish article?",
         "after what event tho?", "tr-azerbaijan-regional-military-hub"),
        ("Может ли Азербайджан стать военным хабом региона?", "а после чего?",
         "tr-azerbaijan-regional-military-hub"),
        ("azerbaijan make contract with baykar?", "for what", "tr-baykar-drone-contract"),
        ("Is Baku supporting Ukraine?", "And how does this affect the relation with the Kremlin?",
         "tr-kremlin-baku-distrust-aliyev-ukraine"),
        ("does baku support ukraine", "how that affect relations w moscow",
         "tr-kremlin-baku-distrust-aliyev-ukraine"),
        ("why azerbaijan want chinese weapons?", "and what china gets??",
         "cn-china-interest-access-influence"),
        ("what the chinese attache said at the reception in baku?", "and it work? any results?",
         "cn-attache-combat-readiness"),
        ("Что сказал китайский атташе на приёме в Баку?", "а результаты какие-то есть?",
         "cn-attache-combat-readiness"),
        ("Что даст Азербайджану локализация сборки турецких дронов?",
         "а потом во что это его превратит?", "tr-azerbaijan-regional-military-hub"),
        ("who di chinese attache inna baku", "wah him seh?", "cn-attache-cooperation-new-heights"),
        ("москва может помешать китаю с баку", "а чё так?",
         "cn-russian-defence-industry-exhausted"),
        ("а с байкаром что подписали?", "и чё в итоге?", "tr-institutionalised-union"),
        ("china gonna make weapons inside azerbaijan?", "an turkey? same ting?",
         "tr-joint-drone-production-azerbaijan"),
        ("dem seh di military ting wid china go reach new heights?", "who said dat?",
         "cn-attache-cooperation-new-heights"),
        ("чего китай хочет от азербайджана", "а взамен что дают?",
         "cn-china-no-norms-political-autonomy"),
        ("what does China want from Azerbaijan?", "and what does it give in return?",
         "cn-china-no-norms-political-autonomy"),
        ("что подписали министры обороны в стамбуле?",
         "а он про что, про безопасность или про логистику?", "tr-istanbul-memorandum"),
        ("what did the defence ministers sign in Istanbul?",
         "was that about security or logistics?", "tr-istanbul-memorandum"),
        ("what does Turkey intend to use the alliance for in the long run?",
         "which regions does it cover? why those?", "tr-ankara-promotes-military-products"),
        ("что Китай и Азербайджан уже реализовали в военной сфере?",
         "и к чему это привело?", "cn-attache-combat-readiness"),
        ("у Китая с Азербайджаном уже военный союз?", "так а что это тогда такое?",
         "cn-new-type-of-union"),
        ("что охватывает документ о стратегическом партнёрстве?",
         "а какая часть самая спорная?", "cn-defence-component-alarms-rivals"),
        ("what areas does the partnership statement cover?",
         "which part is the most contentious?", "cn-defence-component-alarms-rivals"),
        ("Why is Azerbaijan moving closer to Turkey?", "and Russia?",
         "tr-russia-influence-declining-opportunities-turkey"),
        ("why is Baku moving closer to Ankara?", "and what about Russia's clout?",
         "tr-russia-influence-declining-opportunities-turkey"),
        ("почему Баку дружит с Анкарой?", "а с Россией как?",
         "tr-russia-influence-declining-opportunities-turkey"),
        ("азеры хабом станут?", "кгда примерно",
         "tr-azerbaijan-regional-military-hub"),
        ("россия может помешать китаю с азербайджаном?", "пчму",
         "cn-russian-defence-industry-exhausted"),
        ("Китайские инструкторы чем занимались в Азербайджане?", "а наоборот?",
         "cn-chinese-instructors-training-centres"),  # the sentence says that too
        ("Chinese instructors were in Azerbaijan, I understand. In what capacity?",
         "And the other way round?", "cn-chinese-instructors-training-centres"),
        # a party the next sentence names, asked of with words of its own
        ("Why is Azerbaijan turning to China for weapons?",
         "What about Turkey — isn't it their main partner?", "cn-turkey-capabilities-limited"),
        # "for what reason?" asks why, of no motives in general
        ("Может ли Россия помешать Китаю и Азербайджану?", "По какой причине?",
         "cn-russian-defence-industry-exhausted"),
        ("Can Russia stop Baku and Beijing getting closer?", "for what reason?",
         "cn-russian-defence-industry-exhausted"),
        # what it is turning into: the article says so in the next paragraph
        ("What did the ministers sign in Istanbul?", "roger. so what's it all turning into?",
         "tr-institutionalised-union"),
        ("Что Азербайджан подписал с Турцией в Стамбуле?", "и во что это всё превращается?",
         "tr-institutionalised-union"),
        ("Как Россия отреагирует на сближение Китая и Азербайджана?", "А Турция что сделает?",
         "cn-turkey-watches-cautiously"),  # the article it follows, all else equal
        # "on that occasion" points back, no word to find
        ("When did Aliyev go to China on a state visit?",
         "And what did the two sides sign on that occasion?",
         "cn-comprehensive-strategic-partnership"),
        # how, in other words: the cited sentence goes on to say (the author named aside)
        ("Военный союз Китая и Азербайджана оформлен юридически?",
         "а каким образом он формируется?",
         "cn-alliance-not-formalised-but-forming"),
        ("Оформлен ли между Китаем и Азербайджаном военный альянс в юридическом смысле?",
         "Каким же образом, в таком случае, он фактически формируется?",
         "cn-alliance-not-formalised-but-forming"),
        ("Может ли Москва противодействовать сближению Баку и Пекина?", "Чем это объясняется?",
         "cn-russian-defence-industry-exhausted"),  # why: the next sentence
        # London "wiv": "with"
        ("is baku drifting away from moscow", "any sign wiv ukraine?",
         "tr-kremlin-baku-distrust-aliyev-ukraine"),
        # why that party over the others: its strengths, not what holds it back
        ("why baku getting closer to ankara", "why turkey tho, not someone else",
         "tr-ankara-key-ally-army-modernisation"),
        ("Почему Баку сближается с Анкарой?", "почему Турция, а не кто-то другой?",
         "tr-ankara-key-ally-army-modernisation"),
        ("What is Azerbaijan for China, strategically?", "And why is this step so delicate?",
         "cn-step-into-russia-turkey-sphere"),  # "delicate": «шаг осторожный»
        # "these fields": a longer question pointing back, unsure alone
        ("Which fields does the strategic partnership cover?",
         "Which of these fields makes the biggest worries?", "cn-defence-component-alarms-rivals"),
        ("чё китайцы с азерами мутят по армии", "и чё в итоге, норм стало?",
         "cn-attache-combat-readiness"),  # whether it got better: what it raised
        ("Is the China–Azerbaijan alliance legally formalised?",
         "Then through what means is it taking shape, in the author's words?",
         "cn-alliance-not-formalised-but-forming"),
        # what the one party named wants: its gain, not the previous question's purchases
        ("why azerbaijan turning to china for weapons", "and wetin china get from it",
         "cn-china-interest-access-influence"),
        ("Китай навязывает Баку идеологию?", "а сам китай чё хочет с этого",
         "cn-china-interest-access-influence"),
        # "what else?": the other items of the sentence cited, though they quote it too
        ("азер с турцией учения будут совместные", "а еще что ожидают",
         "tr-intelligence-communications-integration"),
        ("Experts say what about future production of Turkish drones?", "When can happen kah?",
         "tr-joint-drone-production-azerbaijan"),  # an Indonesian "kah" asks nothing
        # two parties after «а», not answered alone: read on the alternatives; "not an
        # option" is not one of them
        ("какие у азера альтернативы россии по оружию", "а европа и сша почему не вариант",
         "cn-european-supplies-political-conditions"),
        # what they "make of it" is how they react ("what'll" asks no "ll")
        ("What's Moscow going to do about Baku getting pally with Beijing?",
         "And the Turks, what'll they make of it?", "cn-turkey-watches-cautiously"),
        # how "it" is "coming together": the cited sentence on how it is forming
        ("Is there a proper treaty between China and Azerbaijan, a proper alliance like?",
         "So how's it coming together then, if there's no paper signed?",
         "cn-alliance-not-formalised-but-forming"),
        # whose "patch" or "backyard": the zone of interests, not the diplomatic sphere
        ("What's in it for China, this Azerbaijan business?",
         "Stepping into whose patch, though? Whose backyard was it?",
         "cn-step-into-russia-turkey-sphere"),
        # «в обратку», «в обратную сторону»: the other way (no «необратимый» step)
        ("что китайцы делают с обучением азербайджанских военных",
         "а в обратку? азеры сами куда-то ездят учиться?",
         "cn-azerbaijani-servicemen-prc-academies"),
        ("Китайские инструкторы чем занимались в Азербайджане?", "а в обратную сторону?",
         "cn-chinese-instructors-training-centres"),
        # "who's that good for?" asks who gains, no "good day"
        ("how's russia's influence in the south caucasus going?", "who's that good for?",
         "tr-russia-influence-declining-opportunities-turkey"),
        # "which one" is a part of what was cited; "on edge" its worries
        ("what areas does the china-az strategic partnership cover",
         "which one's got everyone on edge?", "cn-defence-component-alarms-rivals"),
        # Belarusian: «чаму не можа?» is «почему не может?», no word unknown to refuse on
        ("Масква ці можа спыніць сближение Баку з Пекінам?", "чаму не можа?",
         "cn-russian-defence-industry-exhausted"),
        # "is that official?" asks how sure the cited sentence is: the experts' guess
        ("What do experts expect about Turkish drone production in Azerbaijan?",
         "Is that official?", "tr-joint-drone-production-azerbaijan"),
        ("are china and azerbaijan strategic partners now?", "is that official?",
         "cn-comprehensive-strategic-partnership"),
        # ... and of an alliance, whether it is formalised
        ("Китай и Азербайджан теперь союзники?", "а это официально?",
         "cn-alliance-not-formalised-but-forming"),
        # who did what the cited sentence tells, in its word: the ministry it names
        ("какая фирма получила контракт на дроны?", "кто заключил?", "tr-baykar-drone-contract"),
        # "who said that?" of the training's results for Azerbaijan: Song Jun, though he is
        # no Azerbaijani (the country is what was said about, not whose person is asked)
        ("what did the training do for Azerbaijan's army?", "who said that?",
         "cn-attache-combat-readiness"),
        ("Что дало обучение азербайджанской армии?", "а кто это сказал?",
         "cn-attache-combat-readiness"),
        # «а что в нём?» after a document signed: what it covers
        ("что азербайджан подписал с китаем во время визита", "и что в нем",
         "cn-partnership-document-scope"),
        ("что азербайджан подписал с китаем во время визита", "а о чём этот документ?",
         "cn-partnership-document-scope"),
        # a party's gain asked after a sentence giving it a clause of its own («…, а Баку
        # укрепляет свою самостоятельность»): that clause
        ("Кто становится гарантом безопасности на Южном Кавказе?",
         "а Азербайджан что с этого получает?",
         "tr-turkey-security-guarantor-baku-distances-moscow"),
        # one of the two parties asked about before, after a sentence telling of each: its
        # claim (no visit in «приезжали», no source in "come over")
        ("Азербайджанские военные учатся в Китае?", "а китайцы сами к ним ездили?",
         "cn-chinese-instructors-training-centres"),
        ("did azerbaijani officers study in china?", "and did the chinese come over to them?",
         "cn-chinese-instructors-training-centres"),
        # what words of the cited sentence mean: another sentence using them says, never the
        # cited one («абсолютного отсутствия идеологических условий»)
        ("За счёт чего выигрывает Китай?", "а что значит отсутствие идеологических условий?",
         "cn-china-no-norms-political-autonomy"),
        # ... and a party new to the chat that the cited sentence tells of
        ("где учатся азербайджанские военные?", "а китайцы к ним ездят?",
         "cn-chinese-instructors-training-centres"),
        # "PR talk" is talk for form's sake: the protocol level (no name the briefing lacks)
        ("what did the chinese attache say?", "so just PR talk or what?",
         "cn-practical-integration"),
        # a party new to the chat asked whether it cannot help: the sentence beside the cited
        # one on its limits, not what else its help finds
        ("почему азербайджан тянется к китаю?", "а турки разве не помогут?",
         "cn-turkey-capabilities-limited"),
        # «и что теперь?» asks the article to go on: past the sentence cited
        ("у Китая с Азербайджаном военный союз подписан или нет", "и что теперь?",
         "cn-new-type-of-union"),
        # what else was signed is never the sentence cited: the contract beside it
        ("что подписали в Стамбуле?", "а ещё что-нибудь подписали?", "tr-baykar-drone-contract"),
        # "go on" asks the article to go on, and no going: what it says next
        ("What joint exercises can we expect between Turkey and Azerbaijan?", "go on",
         "tr-informal-alliance-regional-bloc"),
        ("What joint exercises can we expect between Turkey and Azerbaijan?", "carry on",
         "tr-informal-alliance-regional-bloc"),
        # what else besides the one item the reader names: the rest of the cited list
        ("what weapons is baku shopping for from china?", "and what else besides drones?",
         "cn-arms-purchase-talks"),
        # ... not when the sentence names nothing past it, or the list is not of it
        ("what weapons is baku shopping for from china?", "а что обсуждали кроме покупок?",
         "cn-localisation-production"),
        ("who signed the memorandum in istanbul?", "anything else besides the memorandum?",
         "tr-baykar-drone-contract"),
        # what words said mean: the author's reading of them next, not what came of them
        ("what did the chinese attache say at the reception in baku?", "what does that mean?",
         "cn-practical-integration"),
        ("what did the chinese attache say at the reception in baku?",
         "but what does that actually mean in practice", "cn-practical-integration"),
        ("What did Sun Jun say about the future of military cooperation?", "meaning?",
         "cn-practical-integration"),
        ("What's the deal with the attaché's 'new heights' line?",
         "what's that supposed to mean?", "cn-practical-integration"),
        # "at the end of the day" is no "good day": what it all leads to
        ("What should we expect in terms of joint exercises between Turkey and Azerbaijan?",
         "and where could all this lead at the end of the day?",
         "tr-informal-alliance-regional-bloc"),
        # "could Moscow step in?" asks whether it can counter it
        ("Does Russia still have any formal ties with Azerbaijan, per the China article?",
         "so Moscow could step in if it liked, eh?", "cn-moscow-cannot-counter"),
        # an apology and "didn't quite catch the name" are no words to find
        ("What did the Chinese military attaché say at that reception in Baku?",
         "Who said that, sorry? I didn't quite catch the name.",
         "cn-attache-cooperation-new-heights"),
        # the most sensitive point of what was signed: the one that alarms rivals
        ("what did aliyev sign in china?", "which part is the most sensitive?",
         "cn-defence-component-alarms-rivals"),
        # what is in the statement signed: what it covers
        ("what did aliyev sign in china?", "what's in the statement?",
         "cn-partnership-document-scope"),
        ("и чё там подписали в китае?", "а чё в этом заявлении то",
         "cn-partnership-document-scope"),
        # "how does that show?": where it manifests itself, the next sentence
        ("Bottom line, what do the Turkey–Azerbaijan deals mean for Russia?",
         "how does that show?", "tr-kremlin-baku-distrust-aliyev-ukraine"),
        # better or worse than before: the change the cited sentence tells
        ("как щас влияние россии на южном кавказе?", "хуже или лучше чем раньше?",
         "tr-russia-influence-declining-opportunities-turkey"),
        # "em" is "them"; a year checked is a date asked, whatever the year
        ("where'd azerbaijan and turkey sign them new agreements", "who signed em",
         "tr-istanbul-memorandum"),
        ("When was Aliyev's state visit to China?", "that was 2024 right?",
         "cn-aliyev-state-visit-china"),
        # another party named after a why: its place in the same reasoning, not a swap
        ("почему баку с китаем сближается?", "а турция?", "cn-turkey-capabilities-limited"),
        ("why is azerbaijan turning to china", "haven't they got turkey for that?",
         "cn-turkey-capabilities-limited"),
        # Baku's gain is the clause of its own in the sentence cited, whatever the topic
        ("Какую роль Анкара играет на Южном Кавказе?", "А Баку что от этого получает?",
         "tr-turkey-security-guarantor-baku-distances-moscow"),
        # «фактически», "de facto": what happens "in essence"; a bodyguard is a guarantor
        ("Заключён ли формальный военный союз между Китаем и Азербайджаном?", "А фактически?",
         "cn-alliance-not-formalised-but-forming"),
        ("is the china alliance official?", "and de facto?",
         "cn-alliance-not-formalised-but-forming"),
        ("whats the bottom line on turkey and azerbaijan", "so turkey's their bodyguard now?",
         "tr-turkey-security-guarantor-baku-distances-moscow"),
        # the exact words of what was cited: its sentence, quoted
        ("К чему совместные учения с Турцией могут привести?",
         "а вот как это в статье названо, дословно можно?", "tr-informal-alliance-regional-bloc"),
        ("what did sun jun say", "how is it worded exactly?", "cn-attache-cooperation-new-heights"),
        # the same asked of another party: the buying, however it was put, also a little
        # below the best about them
        ("Какие вооружения Азербайджан намерен закупать у Китая?", "А у Турции?",
         "tr-baykar-drone-contract"),
        ("what weapons is azerbaijan after from china", "and from the turks?",
         "tr-baykar-drone-contract"),
        ("what azerbaijan is buying from china", "what about from turkey",
         "tr-baykar-drone-contract"),
        # what it all leads to: the article's conclusion opening the next paragraph
        ("Что подписали Азербайджан и Турция в Стамбуле?", "И к чему это в итоге ведёт?",
         "tr-institutionalised-union"),
        ("Что было подписано в Стамбуле?", "И что из этого следует?", "tr-institutionalised-union"),
        ("что ещё подписали в стамбуле?", "и что это всё значит в целом",
         "tr-institutionalised-union"),
        # what a word of the cited sentence means, said there after its colon
        ("What does China offer Azerbaijan apart from technology?",
         "What do they mean by autonomy? Kindly explain.", "cn-china-no-norms-political-autonomy"),
        ("что китай предлагает азербайджану кроме техники?", "в смысле автономию? это как",
         "cn-china-no-norms-political-autonomy"),
        ("Что Китай предлагает Азербайджану помимо технологий?", "Что под этим понимается?",
         "cn-china-no-norms-political-autonomy"),
        # "bother", "abi" are no words to look for: "why?", "right?"
        ("Could Turkish drones be assembled in Azerbaijan?", "why bother",
         "tr-localisation-benefits"),
        ("Is Turkey still Azerbaijan's strategic partner?", "But it can't provide everything, abi?",
         "cn-turkey-capabilities-limited"),
        # "make any of it over there": produce some, no take on it
        ("what weapons is baku lookin to buy from china", "they gonna make any of it over there?",
         "cn-localisation-production"),
        # more of the words of the one who spoke, not the author's comment on them
        ("what did the chinese attache say at the reception", "what else did he say",
         "cn-exchanges-technology-exercises-education"),
        ("what did the chinese attache say at the reception", "go on, what else did he say",
         "cn-exchanges-technology-exercises-education"),
        # why not rely on them, after the sentence giving their limits: that sentence
        ("is turkey still azerbaijans strategic partner", "so why not just stick with em then",
         "cn-turkey-capabilities-limited"),
        # what it adds up to, its significance: the article's conclusion from it
        ("What did the Azeri defence ministry sign with Baykar?", "So what? What's that add up to?",
         "tr-institutionalised-union"),
        ("С какой компанией заключило контракт Минобороны Азербайджана?",
         "И какое значение это имеет для характера сотрудничества в целом?",
         "tr-institutionalised-union"),
        # the author's view: the comment after the words cited, or the cited sentence's own
        # comment on itself («…, что усиливает сигнал …»)
        ("Что китайский атташе сказал о будущем военного сотрудничества?",
         "И как это оценивает сам автор?", "cn-practical-integration"),
        ("Что турецкая статья сообщает о позиции Баку по Украине?",
         "Как это интерпретирует автор?", "tr-baku-supports-kyiv"),
        # Scots "onyway" is "anyway"; «на китайские технологии» places nothing in China, so
        # "where exactly?" is answered by «в Европе и на Ближнем Востоке»
        ("Is there a formal China-Azerbaijan military alliance?", "But is one formin' onyway? How?",
         "cn-alliance-not-formalised-but-forming"),
        ("Почему Азербайджан для Пекина такой удобный узел?",
         "А давление на китайские технологии где именно, в каких краях?",
         "cn-azerbaijan-transit-production-hub"),
        # «кто говорит?» asks who holds the view, as "who says so?": no word of saying to find
        ("Вот турки, говорят, дроны свои в Азербайджане собирать будут, правда?",
         "А кто так считает-то, кто говорит?", "tr-joint-drone-production-azerbaijan"),
        # "when was that?" after the joint statement: the visit just before it gives the date,
        # though few of the chat's words are in it
        ("Какой документ он с китайцами подписал?", "а када это было",
         "cn-aliyev-state-visit-china"),
        # «а ещё что?» after one item of a list was asked about: the rest of that list
        ("технологии китай азербайджану передавал?", "а еще что",
         "cn-exchanges-technology-exercises-education"),
        # "lean on them": depend on them
        ("Europe and the US, are they any help to Baku on arms?",
         "And Russia? Does Baku still lean on them?", "cn-baku-seeks-alternatives-to-russia"),
        # "meaning what?" in a word the cited sentence uses past its colon: that sentence
        ("How is the wording of the joint statement on strategic partnership described?",
         "Meaning what, precisely, in terms of the fields it encompasses?",
         "cn-partnership-document-scope"),
        # "what else, besides X?", X a list's first item in the next sentence: that list
        ("Почему Москва не может помешать сближению Баку и Пекина?",
         "А что ещё, помимо истощения промышленности?", "cn-russian-defence-industry-exhausted"),
        # "why now?" after a sentence giving a reason but no circumstance: the circumstances
        # its paragraph gives before it («на фоне охлаждения отношений с Москвой»)
        ("Чем Анкара привлекательна для Баку как военный союзник?",
         "Почему этот разворот происходит именно сейчас?",
         "tr-baku-ankara-amid-cooling-with-moscow"),
        # a bare «Причина?», "Reason?": a bare "why?", the reason in the sentences after
        ("Может ли Россия помешать сближению Азербайджана с Китаем?", "Причина?",
         "cn-russian-defence-industry-exhausted"),
        ("Can Russia stop Azerbaijan and China getting closer?", "Reason?",
         "cn-russian-defence-industry-exhausted"),
        # "after what?" of a sentence that says after what: that sentence
        ("what could azerbaijan become accordin to the turkey article?",
         "when's that most likely, after what?", "tr-azerbaijan-regional-military-hub"),
        # "the author or someone else?" leaves the choice open: who holds the view cited
        ("Могут ли в Азербайджане собирать турецкие беспилотники?",
         "А кто так думает — автор или кто-то ещё?", "tr-joint-drone-production-azerbaijan"),
        ("Could Turkish drones be assembled in Azerbaijan?",
         "who says so, the author or someone else?", "tr-joint-drone-production-azerbaijan"),
        # how the author describes a word the cited sentence describes past its dash
        # («… — шаг осторожный, но уже необратимый»): that sentence
        ("Is China stepping into Russia and Turkey's zone of interest?",
         "and how does the author characterise this step?", "cn-step-into-russia-turkey-sphere"),
        ("Китай заходит в зону интересов России и Турции?", "А как автор характеризует этот шаг?",
         "cn-step-into-russia-turkey-sphere"),
        # «упомянутое лицо»: the person mentioned, pointed back at
        ("Кто из китайских официальных лиц выступил на приёме в Баку?",
         "А какую должность и воинское звание занимает упомянутое лицо?",
         "cn-attache-cooperation-new-heights"),
        # "the other one" after the first of two: not the one cited
        ("azerbaijan signed two things with turkey, what's the first one", "and the other one?",
         "tr-baykar-drone-contract"),
        ("что подписали в Стамбуле?", "а второе?", "tr-baykar-drone-contract"),
        # British "wot": what
        ("could azerbaijan turn into a regional military hub?", "after wot?",
         "tr-azerbaijan-regional-military-hub"),
        # "so what is it then?" after "not formalised": what the article says it is instead
        ("is there an official china azerbaijan military alliance", "so what is it then",
         "cn-new-type-of-union"),
        # how far the cited fact goes: its own sentence, whatever regions the reader names
        ("In the long run, what does Ankara want from its alliance with Baku?",
         "only caucasus or other regions also?", "tr-ankara-promotes-military-products"),
    ],
)  # fmt: skip
def test_a_follow_up_in_a_readers_words_asks_what_it_means(shared_knowledge, before, then, fact_id):
    """«в китайской статье про Турцию»: the article is China's, Turkey what it says of (not
    "the article about Turkey"); a "timeframe" asks when; "wide-ranging" is the facts'
    «широка»; "suppliers" are the facts' supplies; «раньше … считалась» is the facts'
    «традиционно воспринимавшуюся» (whose zone the region was is answered, not guessed);
    «какие результаты он приводит?» asks what the speaker cites («как отмечает Сун Джун»),
    not what may lead to what («может привести к»); "in particular" and "meh" are no words
    to look for: "why there in particular?" asks why those markets (where Baku's position is
    traditionally strong), "n europe? … meh" asks about Europe."""
    answering = shared_knowledge.answering
    first = answering.ask(before)
    answer = answering.ask(then, follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    "then", ["Why not, on the author's reasoning?", "Why not, according to the author?"]
)
def test_why_according_to_the_author_asks_his_reasons_not_his_outlet(shared_knowledge, then):
    """ "the author" is a word of where a fact comes from; with "why" it asks the reasons the
    article gives (Russia's exhausted arms industry), not the outlet it is from."""
    answering = shared_knowledge.answering
    first = answering.ask(
        "Does the China article think Moscow can stop Baku and Beijing getting closer?"
    )
    answer = answering.ask(then, follow_up=first.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-russian-defence-industry-exhausted"


def test_who_said_it_is_whom_the_cited_sentence_names_as_saying_it(shared_knowledge):
    """«а кто это сказал?» after «Эксперты не исключают …» is that sentence (the experts),
    not a sentence with someone's words in it: "said" is no word it has to use."""
    answering = shared_knowledge.answering
    follow_up = None
    for question in ("с кем у азеров контракт на дроны", "а завод ихний будет в азербайджане?"):
        follow_up = answering.ask(question, follow_up=follow_up).follow_up
    answer = answering.ask("а кто это сказал?", follow_up=follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-joint-drone-production-azerbaijan"


def test_a_question_asked_politely_is_no_request_for_help(shared_knowledge):
    """«подскажите» after a question asking what it leads to is politeness: the reply
    answers it from the chat, it does not introduce the bot."""
    answering = shared_knowledge.answering
    first = answering.ask("Какие соглашения Азербайджан подписал с Турцией?")
    answer = answering.ask("А к чему это в итоге ведёт, подскажите?", follow_up=first.follow_up)
    assert answer.outcome == Outcome.ANSWERED
    assert answering.ask("подскажите, пожалуйста").outcome == Outcome.SMALLTALK


@pytest.mark.parametrize(
    ("before", "then"),
    [
        ("did azeri soldiers train in china?", "and the chinese, what did they do?"),
        ("Did Azerbaijani servicemen study in China?", "and what did the Chinese do?"),
    ],
)
def test_a_follow_up_turning_to_the_other_party_gets_the_sentences_other_claim(
    shared_knowledge, before, then
):
    """One sentence says both that Chinese instructors modernised Azerbaijan's training
    centres and that Azerbaijani servicemen trained in China: after the second, a question
    on the Chinese side alone is answered by that sentence, not by the next one (what the
    cooperation raised)."""
    answering = shared_knowledge.answering
    first = answering.ask(before)
    answer = answering.ask(then, follow_up=first.follow_up)
    assert answer.answered and "Китайские инструкторы принимали участие" in answer.results[0].quote


def test_the_same_asked_of_the_other_article_carries_what_the_cited_fact_says(shared_knowledge):
    """«то же самое?» of the Turkey article after China's talk of making arms in Azerbaijan:
    the rarest words of the cited sentence (localising) go with it, so the Turkish drones
    assembled in Azerbaijan come first, not Ankara as an ally."""
    answering = shared_knowledge.answering
    first = answering.ask("Обсуждается ли производство китайского оружия в Азербайджане?")
    answer = answering.ask("А в статье про Турцию то же самое?", follow_up=first.follow_up)
    assert answer.results[0].fact_id == "tr-joint-drone-production-azerbaijan"
