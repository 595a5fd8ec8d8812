"""What a question asks for: not stated details, names the briefing lacks, small talk,
follow-ups, Russian typed in Latin letters, and entities found in admins' facts."""

from __future__ import annotations

import json

import pytest

from knowledge.language.intent import answer_kind
from knowledge.language.question import cyrillic, readings
from knowledge.language.words import fold
from knowledge.outcomes import Detail, Outcome
from knowledge.service import Knowledge
from knowledge.store.bundle import read_table, read_text

BAYKAR_CONTRACT = "заключило контракт с компанией Baykar"
ISTANBUL = "министры обороны двух стран закрепили меморандум"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("What did Azerbaijan pay for the Baykar systems?", "amount"),
        ("Сколько стоит контракт?", "amount"),
        ("How many Chinese drones will Baku receive?", "quantity"),
        ("Сколько курсантов обучалось в Китае?", "quantity"),
        ("How long does the contract run?", "duration"),
        ("На сколько лет заключён меморандум?", "duration"),
        ("When did Aliyev visit China?", "time"),
        ("What time was the memorandum signed?", "time"),
        ("В каком году подписали заявление?", "date"),
        ("На какую дату назначили приём?", "date"),
        ("Дата визита?", "date"),
        ("Where were the exercises held?", "place"),
        ("В каком городе разместят производство?", "city"),
        ("Who signed the memorandum?", "person"),
        ("Как звали министра, подписавшего меморандум?", "name"),
        ("А как его зовут?", "name"),
        ("and how does Moscow take that?", "stance"),
        ("did it help?", "result"),
        ("и че в итоге, помогло?", "result"),
        ("hows russia taking all this", "stance"),  # "all" between the words
        ("how is the kremlin taking this?", "stance"),
        ("Кем становится Турция для Баку?", None),  # what it becomes, not who
        ("how much leverage does Moscow still have?", None),  # how far, not what price
        ("How much important is the cooperation for the region?", None),  # how important
        ("where does the US stand in all this?", None),  # a stance, no place
        ("А как министров обороны зовут?", "name"),  # words between «как» and «зовут»
        ("wah di names a di defence ministers", "name"),  # "a": of
        ("Who put their names to the memorandum?", "person"),  # who signed it
        ("What did the two defence ministers put their names to in Istanbul?", None),
        ("В какой именно день подписали меморандум?", "date"),  # «именно» between its words
        ("Istanbul memorandum date?", "date"),
        ("Which day did Aliyev arrive in Beijing?", "date"),
        ("what has been agreed to date?", None),  # "so far"
        ("what would moving the assembly to Azerbaijan give?", "result"),
        ("что может дать локальная сборка?", "result"),
        ("и что в итоге из этого выйдет?", "result"),
        ("и что в итоге?", "result"),  # «в итоге» is all it asks, no aside
        ("so what in the end?", "result"),
        ("а что так?", "reason"),
        ("what will come of it?", "result"),
        ("what would local drone assembly give Baku?", "result"),
        ("and what it will give?", "result"),  # as a learner asks it
        ("где это в статье написано?", None),  # in which sentence, not a place
        ("where will this lead?", "result"),  # what comes of it, not a place
        ("what is azerbaijan worth to china?", None),  # its value to China, no amount
        ("how much is the baykar contract worth?", "amount"),
        ("с чего автор это взял?", "reason"),  # on what grounds
        ("какие доводы он приводит?", "reason"),
        ("so where is this heading?", "result"),
        ("where is that written?", None),
        ("what local drone assembly will give Baku?", "result"),
        ("what does China give Baku?", None),  # what it offers
        ("Which drone models are covered?", "model"),
        ("Why does Beijing want routes through the Caucasus?", "reason"),
        ("how come Moscow lets it happen?", "reason"),
        ("За счёт чего Пекин выигрывает?", "reason"),
        ("Which big Turkish defence firms are involved?", "organisation"),
        ("Which Azerbaijani body signed the deal with Baykar?", "organisation"),
        ("Как Анкара будет реагировать на это?", "stance"),
        ("Кто сообщил о визите?", "organisation"),  # the outlet
        ("Какой сайт писал про учения?", "organisation"),
        ("What is Turkey's stance on the alliance?", "stance"),
        ("Is the alliance formal?", "yesno"),
        ("How far can the rocket systems fire?", "quantity"),
        ("Какова дальность реактивных систем?", "quantity"),
        ("What share of the army's arms is Russian?", "quantity"),
        ("С какого года Турция помогает армии?", "date"),
        ("Since when do Chinese instructors work there?", "time"),
        ("Кто важнее для Баку — Китай или Турция?", None),
        ("What did Turkey sign with Azerbaijan?", None),
        # a "when" clause in a yes/no question asks no time, unless it is what is asked
        ("will moscow object when baku and beijing grow closer", "yesno"),
        ("Будет ли Анкара мешать, когда Баку купит китайское оружие?", "yesno"),
        ("do you know when the memorandum was signed?", "time"),
        ("Не знаете ли, когда Алиев был в Пекине?", "time"),
        ("Знаете ли вы, когда Алиев был в Пекине?", "time"),
        ("Не подскажете ли мне, когда подписали меморандум?", "time"),
        ("do you happen to know when Aliyev went to Beijing?", "time"),
        ("Whereabouts did the attaché speak?", "place"),
        ("where is all this leading?", "result"),
        ("а по чему москва не может помешать?", "reason"),  # «почему» in two words
        ("а кто кого обучал там?", None),  # which of the parties did what: no person
        ("кто с кем подписал?", None),
        ("Чем это объясняется?", "reason"),
        ("what explains that?", "reason"),
        ("где подписали то соглашение?", "place"),  # «то», no «где-то»: where is asked
        ("so whats the main claim, what good has it done?", "result"),
        ("и что в итоге вышло то", "result"),  # «вышло-то»: a shrug, no «что-то»
        ("и что получилось в итоге?", "result"),
        ("timeline?", "time"),
        ("so what? what does it change, really?", "result"),
        # «какое …, когда …»: the «когда» joins a clause to the question asked
        ("какое заявление подписали, когда алиев в китай ездил?", None),
    ],
)
def test_the_kind_of_answer_a_question_asks_for(question: str, kind: str | None):
    assert answer_kind(fold(question).split()) == kind


@pytest.mark.parametrize(
    "question",
    ["How big is the arms deal with Beijing?", "Какова дальность китайских РСЗО для Баку?"],
)
def test_a_size_or_range_the_briefing_does_not_give_is_not_stated(shared_knowledge, question):
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.NOT_STATED and answer.missing == "quantity"


@pytest.mark.parametrize(
    "question",
    [
        "What did Azerbaijan pay for the Baykar systems?",
        "How much is the Baykar contract worth?",
        "Сколько стоит контракт Минобороны Азербайджана с Baykar?",
    ],
)
def test_a_price_the_briefing_does_not_give_is_not_stated(shared_knowledge, question: str):
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.NOT_STATED and not answer.answered
    assert answer.missing == "amount"
    assert BAYKAR_CONTRACT in answer.results[0].quote, "the related fact is shown"


def test_a_date_the_briefing_gives_is_answered(shared_knowledge):
    answer = shared_knowledge.answering.ask("Когда Алиев ездил в Китай?")
    assert answer.outcome == Outcome.ANSWERED
    assert "23 апреля 2025 года" in answer.results[0].quote


def test_a_person_the_briefing_never_mentions_is_named(shared_knowledge):
    answer = shared_knowledge.answering.ask("What did Putin say about the Istanbul memorandum?")
    assert not answer.answered and answer.unknown == ("Putin",)
    assert answer.outcome in (Outcome.NOT_STATED, Outcome.ABSTAIN)


def test_a_mistyped_word_of_a_several_word_name_is_no_unknown_name(shared_knowledge):
    answer = shared_knowledge.answering.ask("Какие возможности у Турции на Южом Кавкзе?")
    assert answer.unknown == () and answer.outcome != Outcome.NOT_STATED
    assert answer.answered


def test_countries_the_briefing_does_not_cover_are_named(shared_knowledge):
    answer = shared_knowledge.answering.ask("What did France sign with Germany?")
    assert answer.outcome == Outcome.ABSTAIN and answer.unknown == ("France", "Germany")


@pytest.mark.parametrize(
    ("latin", "russian"),
    [
        ("kitayu", "китаю"),
        ("turtsiya", "турция"),
        ("dolzhnost", "должност"),
        ("v", "в"),
        ("otnositsya", "относится"),  # "tsya" at the end is «тся»
        ("tyanetsa", "тянется"),  # "tsa" after "e", "yu", "ya" is «тся»...
        ("ulitsa", "улица"),  # ...and «ца» after "i"
        ("etot", "этот"),  # a first "e" that makes a function word is "э"...
        ("esli", "если"),  # ...and stays "е" otherwise
    ],
)
def test_russian_typed_in_latin_letters_is_read_in_cyrillic(latin: str, russian: str):
    assert cyrillic(latin) == russian


@pytest.mark.parametrize(
    ("latin", "meant"),
    [
        ("stati", "статьи"),  # no soft sign in Latin
        ("sferi", "сферы"),  # «ы» typed "i"
        ("pervoistochnik", "первоисточник"),  # "oi" that is two vowels
        ("rol", "роль"),  # a soft sign at the end
        ("viigrivaet", "выигрывает"),  # two letters read otherwise
        ("bolshe", "больше"),  # a soft sign before a consonant
        ("zakliuchili", "заключили"),  # «ю» and «я» typed "iu", "ia" (Russian passports)
        ("soiuz", "союз"),
        ("rossiia", "россия"),
        ("voennyi", "военный"),  # «ый» typed "yi"
        ("podderjivaet", "поддерживает"),  # «ж» typed "j", as Azerbaijani keyboards have it
        ("djun", "джун"),
        ("sblijaetsia", "сближается"),  # "ja" that is «жа»; "tsia" at the end, «тся»
        ("obsujdaetsia", "обсуждается"),
        ("priyom", "приём"),  # "iy" before "o" that is «иё»
        ("posviashennyy", "посвященный"),  # «щ» typed "sh"
        ("xochet", "хочет"),  # «х» typed "x"
        ("postsovetskom", "постсоветском"),  # "ts" across two parts of a word: «тс», not «ц»
    ],
)
def test_a_latin_word_may_be_read_in_the_russian_spellings_latin_cannot_tell_apart(
    latin: str, meant: str
):
    assert meant in readings(latin)


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("kakoj alians mzohet poluchitsya s tucriej", "может"),
        ("otkuda vzyata noovst pro kitai i azerbaidzhan", "новость"),
        ("kakoj alans mozhet poluchitsya s turciej", "альянс"),  # a letter left out
        ("a s turciey kakoi syouz mozhet poluchitsya", "союз"),  # two swapped
    ],
)
def test_a_slip_in_a_latin_typed_word_is_undone_before_it_is_read(
    shared_knowledge, question: str, word: str
):
    """ "mzohet" read letter by letter is «мзохет», no word at all: it is "mozhet" with two
    letters swapped, «может»."""
    assert word in shared_knowledge.answering.analyse(question).words


def test_a_latin_word_is_not_read_as_a_slip_when_it_is_a_word_of_the_question(
    shared_knowledge,
):
    """ "imena" is «имена» (names), which asks for names; not «именна», a slip of a word
    the facts use («именно»)."""
    question = "Kakie eksperty govoryat o lokalizacii sborki turetskih dronov, imena?"
    analysed = shared_knowledge.answering.analyse(question)
    assert "имена" in analysed.words and analysed.asks is Detail.NAME


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("where does Baku get its drones from?", None),
        ("where do Azerbaijan's new weapons come from?", None),
        ("which countries does Baku buy arms from?", "country"),
    ],
)
def test_where_something_comes_from_asks_who_supplies_it(shared_knowledge, question, asks):
    """ "where … from?" asks a source, a party: not a place the briefing would not state
    ("doesn't say where" above Baykar's contract); "which countries … from?" still asks
    countries."""
    answering = shared_knowledge.answering
    assert answering.analyse(question).asks == asks
    assert answering.ask(question).outcome != Outcome.NOT_STATED


@pytest.mark.parametrize(
    "question",
    [
        "how far with china and azerbaijan, is the military thing serious?",
        "how far mate, whats this china azerbaijan story about in one line",
    ],
)
def test_how_far_with_a_pair_asks_how_it_goes_not_a_distance(shared_knowledge, question):
    """ "how far with China and Azerbaijan?", "how far mate" (West African English: how is
    it going, hi) ask no quantity, so the briefing is not said to lack one."""
    assert shared_knowledge.answering.analyse(question).asks is None
    assert shared_knowledge.answering.ask(question).outcome == Outcome.ANSWERED


def test_where_an_article_comes_from_is_its_outlet(shared_knowledge):
    answer = shared_knowledge.answering.ask("Where does the China article come from?")
    assert answer.answered and "Altyn-orda.kz" in answer.results[0].quote


def test_the_name_of_a_document_is_the_sentence_naming_it_not_a_persons_name(shared_knowledge):
    """ "the name of the partnership" asks what the partnership is called, which the sentence
    telling of it gives: no person's name, so the briefing does say it."""
    answer = shared_knowledge.answering.ask("whats the name of the partnership china n az signed")
    assert answer.answered
    assert "всестороннего стратегического партнёрства" in answer.results[0].quote
    minister = "whats the name of the azeri defence minister who signed it"
    assert shared_knowledge.answering.analyse(minister).asks is Detail.NAME


@pytest.mark.parametrize(
    "question",
    [
        "what type of union is it, the author call it some name?",
        "как автор называет этот союз с Китаем, какое имя ему дает?",
    ],
)
def test_what_the_author_calls_a_union_is_the_sentence_calling_it(shared_knowledge, question):
    """Asking what an alliance is called, in a question that also says "name", asks the
    sentence that calls it something: not a person's name the briefing would lack."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert "союз нового типа" in answer.results[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "chto v stat'e pro kitai skazano o evrope",  # apostrophe for the soft sign
        "chto v state pro kitay skazano o evrope",  # and none at all
    ],
)
def test_the_article_asked_about_in_latin_letters_is_the_article(shared_knowledge, question):
    read = shared_knowledge.answering.analyse(question)
    assert read.lang == "ru" and "статье" in read.words
    assert read.sources == ("china",)


@pytest.mark.parametrize(
    ("question", "read", "fact"),
    [
        ("Баку hochet kupit kitaiskie drony?", "купит", "cn-arms-purchase-talks"),
        ("kogda Алиев ездил в Китай", "когда", "cn-aliyev-state-visit-china"),
    ],
)
def test_latin_words_of_a_question_in_both_alphabets_are_read_as_russian(
    shared_knowledge, question: str, read: str, fact: str
):
    answering = shared_knowledge.answering
    assert read in answering.analyse(question).words
    answer = answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("kto takoy sun djun?", "cn-attache-cooperation-new-heights"),
        ("pochemu baku sblijaetsia s ankaroy?", "tr-baku-ankara-amid-cooling-with-moscow"),
        ("baku podderjivaet kiev?", "tr-baku-supports-kyiv"),
    ],
)
def test_russian_typed_with_j_for_zh_and_tsia_for_tsya_is_answered(
    shared_knowledge, question: str, fact: str
):
    """Another common way of typing Russian in Latin letters ("j" for «ж», "ia" for «я»,
    "tsia" for «тся»): these were refused or left unsure."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact


def test_both_articles_typed_in_latin_letters_reads_as_both(shared_knowledge):
    """ "v obeih statyah" is «в обеих статьях», a comparison of the two articles: the
    first reading of "obeih" («обейх») is no word, and «обеих» is the function word meant."""
    read = shared_knowledge.answering.analyse("chto pishut pro rossiyu v obeih statyah")
    assert "обеих" in read.words and read.compares == "sources"


def test_english_words_beside_russian_names_stay_english(shared_knowledge):
    read = shared_knowledge.answering.analyse("что Turkey подписала с Azerbaijan?")
    assert {"turkey", "azerbaijan"} <= set(read.words)


def test_english_chat_around_russian_in_latin_letters_stays_english(shared_knowledge):
    question = "can you tell me kto takoi sun dzhun"
    read = shared_knowledge.answering.analyse(question)
    assert read.lang == "ru" and read.words[:4] == ("can", "you", "tell", "me")
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "cn-attache-cooperation-new-heights"


def test_an_english_contraction_is_no_soft_sign(shared_knowledge):
    read = shared_knowledge.answering.analyse("what didn't turkey sign with azerbaijan")
    assert read.lang == "en" and "sign" in read.words


def test_a_translit_question_is_answered_in_russian(shared_knowledge):
    answer = shared_knowledge.answering.ask("baykar pozicii v regione")
    assert answer.lang == "ru" and answer.answered
    assert "Baykar" in answer.results[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "So what's in it for Beijing here?",
        "what is china really after with baku",
        "Зачем Пекину Азербайджан?",
        "Чего добивается Китай в Азербайджане?",
        "Что нужно Пекину от Баку?",
        "what does china get from it?",
        "What is Beijing ultimately after in Azerbaijan?",
    ],
)
def test_asking_what_a_party_gains_finds_its_interest(shared_knowledge, question: str):
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert "интерес" in answer.results[0].quote.lower()


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "Is the Kremlin able to push back against Baku's ties with Beijing?",
            "cn-moscow-cannot-counter",
        ),
        (
            "Who comes out on top in the region, according to the China article?",
            "cn-china-wins-predictability",
        ),
        (
            "Азербайджан сидит на российских поставках оружия?",
            "cn-baku-seeks-alternatives-to-russia",
        ),
        (
            "What document came out of the Aliyev visit to Beijing?",
            "cn-comprehensive-strategic-partnership",
        ),
    ],
)
def test_a_phrasal_verb_is_read_as_the_word_it_means(shared_knowledge, question: str, fact_id: str):
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


def test_an_interest_phrase_without_a_party_adds_nothing(shared_knowledge):
    analyse = shared_knowledge.answering.analyse
    assert "~purpos" in analyse("what's in it for China?").terms
    assert "~purpos" not in analyse("what's in it?").terms


def test_a_follow_up_is_read_with_the_previous_question(shared_knowledge):
    first = shared_knowledge.answering.ask("Tell me about the Istanbul memorandum")
    follow = shared_knowledge.answering.ask("who signed it?", follow_up=first.follow_up)
    assert follow.answered and ISTANBUL in follow.results[0].quote


def test_a_question_that_stands_on_its_own_ignores_the_context(shared_knowledge):
    first = shared_knowledge.answering.ask("Tell me about the Istanbul memorandum")
    other = shared_knowledge.answering.ask("Когда Алиев ездил в Китай?", follow_up=first.follow_up)
    assert "23 апреля 2025 года" in other.results[0].quote


def test_entity_swap_in_a_follow_up(shared_knowledge):
    first = shared_knowledge.answering.ask("What did Turkey sign with Azerbaijan?")
    follow = shared_knowledge.answering.ask("and with China?", follow_up=first.follow_up)
    assert follow.answered and "China" in follow.results[0].statement


def test_an_imported_fact_gets_the_countries_named_in_its_text(knowledge: Knowledge):
    before = knowledge.answering.ask("What did Azerbaijan sign with Pakistan?")
    assert not before.answered and before.unknown == ("Pakistan",)
    row = (
        '{"statement": "Azerbaijan and Pakistan signed a JF-17 contract.", '
        '"quote": "Azerbaijan and Pakistan signed a contract for JF-17 fighters.", '
        '"source": "https://example.org/jf17"}\n'
    )
    assert knowledge.curation.import_text(row, actor=1).imported == 1
    answer = knowledge.answering.ask("What did Azerbaijan sign with Pakistan?")
    assert answer.answered and "Pakistan" in answer.results[0].statement
    assert knowledge.answering.ask("Что Азербайджан подписал с Пакистаном?").answered


@pytest.mark.parametrize(
    "question",
    [
        "Сколько азербайджанских курсантов обучалось в академиях КНР?",
        "В каком городе Азербайджана разместят китайское производство?",
        "Who signed the joint statement on the Chinese side? need names",
    ],
)
def test_details_must_stand_in_the_quote(shared_knowledge, question: str):
    assert not shared_knowledge.answering.ask(question).answered


def test_a_city_named_in_the_quote_answers(shared_knowledge):
    answer = shared_knowledge.answering.ask(
        "В каком городе проходил приём по оборонному сотрудничеству?"
    )
    assert answer.answered and "в Баку" in answer.results[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "В каком городе были оформлены новые азербайджано-турецкие соглашения в области военной "
        "безопасности и логистики?",
        "In which city were the new Azerbaijani-Turkish agreements on military security and "
        "logistics formalised?",
    ],
)
def test_a_detail_the_best_fact_lacks_is_found_in_its_paragraph(shared_knowledge, question):
    """The sentence on the new agreements names no city; the next one in its paragraph,
    «Документы были оформлены в Стамбуле», does, though it shares fewer words with the
    question: the answer, not "the briefing doesn't say where"."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and "в Стамбуле" in answer.results[0].quote


@pytest.mark.parametrize("question", ["Кого Баку поддерживает?", "Whom does Baku support?"])
def test_a_party_named_inside_a_topics_phrase_answers_who(shared_knowledge, question: str):
    """«поддерживает Киев» is also the phrase of a topic (support for Ukraine); the sentence
    still names Kyiv, so it answers "whom?" first."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and "поддерживает Киев" in answer.results[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "kto takoi sun czyun",
        "кто такой Сун Цзюн",
        "kto takoy sun tszyun",
        # «Цзюнь» as many write it, with «у» for «ю» (an alias: two letters from the name)
        "kto takoy sun czun",
        "кто такой сун цзун",
        "who is sun tszun",
    ],
)
def test_a_short_name_word_without_its_soft_sign_is_the_name(shared_knowledge, question: str):
    """Russian in Latin letters drops the soft sign («Цзюнь» typed "czyun"): the name is
    still the attaché's, not a name the briefing lacks."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and "Сун Джун" in answer.results[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "Кто из китайских лидеров принимал Алиева во время государственного визита?",
        "kto iz kitaiskih liderov vstrechal alieva vo vremya vizita v kitai?",
    ],
)
def test_a_person_asked_about_in_another_case_is_given_not_the_answer(
    shared_knowledge, question: str
):
    """«Алиева» is Aliyev in the genitive: the sentence on his visit names him, whom the
    question gives, and no Chinese leader, so it says the briefing does not say who."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.NOT_STATED


def test_which_body_is_answered_by_the_sentence_naming_it(shared_knowledge):
    """ "Which body" asks an organisation: the ministry that signed with Baykar, not a
    sentence that shares the word "body"."""
    answer = shared_knowledge.answering.ask(
        "Which Azerbaijani body concluded the deal with Baykar?"
    )
    assert answer.answered and "Минобороны" in answer.results[0].quote


def test_a_latin_word_of_an_idiom_is_read_as_the_idiom_has_it(shared_knowledge):
    """ "stat" is «стать» (no soft sign in Latin), so «кем может стать …» asks what Baku may
    become, not who: the sentence on the military hub answers, no "doesn't say who"."""
    answer = shared_knowledge.answering.ask("kem mozhet stat azerbaidzhan posle voiny v karabakhe")
    assert answer.answered and "военный хаб региона" in answer.results[0].quote


@pytest.mark.parametrize("question", ["aliev i ukraina", "baku i ukraina"])
def test_a_latin_word_read_as_a_name_is_the_name(shared_knowledge, question: str):
    """ "ukraina" reads «украйна» first ("kitai" is «китай»), and a sloppy example question
    of the facts has «украйну»: a known word, but not the name «Украина» it stands for."""
    read = shared_knowledge.answering.analyse(question)
    assert "ukraine" in read.entity_ids
    answer = shared_knowledge.answering.ask(question)
    first = answer.results[0].quote
    assert answer.answered and ("Украин" in first or "Киев" in first)


def test_a_typo_never_names_a_country_the_briefing_lacks(shared_knowledge):
    answer = shared_knowledge.answering.ask("кибер безопасность китай азербайджан документ")
    assert answer.unknown == ()


@pytest.mark.parametrize("message", ["dobroe utro bot", "privet", "who made you?"])
def test_more_small_talk(shared_knowledge, message: str):
    assert shared_knowledge.answering.ask(message).outcome == "smalltalk"


@pytest.mark.parametrize(
    "message",
    [
        "Hi there, are you a human or a bot and who has made you?",
        "good evening, which services does this bot provide please",
        "what are you able to do",
        "слушай, ты бот или живой человек вообще?",
        "Здравия желаю!",
        "Добрый вечер, сынок",  # a way of addressing the bot, no subject
        "hello there sir",
    ],
)
def test_questions_about_the_bot_are_small_talk(shared_knowledge, message: str):
    """A word of the question about the bot ("made", "services") names no topic of the
    briefing's; nor is «здравия желаю» a question."""
    answer = shared_knowledge.answering.ask(message)
    assert answer.outcome == "smalltalk" and not answer.results


def test_a_topic_beside_a_question_about_the_bot_is_still_asked(shared_knowledge):
    answer = shared_knowledge.answering.ask("what services does Baykar provide?")
    assert answer.answered and "Baykar" in answer.results[0].quote


def test_a_comparison_gets_the_best_fact_for_each_party(shared_knowledge):
    answer = shared_knowledge.answering.ask(
        "Compare what Beijing and Ankara each bring to Baku's army"
    )
    assert answer.answered and len(answer.results) == 2
    statements = " ".join(r.statement for r in answer.results)
    assert "Ankara" in statements and "Chin" in statements


@pytest.mark.parametrize(
    "question",
    ["Сравни, как две статьи описывают положение России", "do both stories mention drones?"],
)
def test_a_comparison_of_the_articles_cites_each_article(shared_knowledge, question):
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert {r.source.article_id for r in answer.results} == {
        "china-azerbaijan",
        "turkey-azerbaijan",
    }


def test_a_comparison_of_the_articles_answers_the_words_asked(shared_knowledge):
    # Each article's sentence on moving production to Azerbaijan, not merely one naming
    # Azerbaijan, China and Turkey together.
    answer = shared_knowledge.answering.ask(
        "Do both articles mention moving weapons production into Azerbaijan?"
    )
    assert answer.answered and len(answer.results) == 2
    assert all("localis" in r.statement.lower() for r in answer.results)


def test_or_nah_is_no_comparison(shared_knowledge):
    answer = shared_knowledge.answering.ask("is washington arming baku or nah")
    assert "США" in answer.results[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "Может ли Москва этому сближению Баку и Пекина помешать, или нет?",
        "Москва-то может мешать сближению Баку с Пекином, или уж руки коротки?",
        "can moscow get in the way of baku and beijing, or not really?",
    ],
)
def test_or_without_another_party_is_no_comparison(shared_knowledge, question):
    """ "…, or not?", «или руки коротки» offer no other party to compare: the question is
    about Moscow, not a choice between the parties it names («Китай или Турция?»)."""
    assert shared_knowledge.answering.analyse(question).compares is None
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "cn-moscow-cannot-counter"


def test_or_before_a_party_is_a_choice(shared_knowledge):
    question = shared_knowledge.answering.analyse("Кто важнее для Баку — Китай или Турция?")
    assert question.compares == "parties"


def test_a_name_written_over_two_of_its_forms_is_one_mention(shared_knowledge):
    """«полковник Сунь» and «Сунь Цзюнь» both name the attaché: in «полковник Сунь Цзюнь»
    they are one name, and «Цзюнь» is no word left over that no fact uses."""
    answer = shared_knowledge.answering.ask("что сказал полковник Сунь Цзюнь о сотрудничестве?")
    assert answer.answered and not answer.unused
    assert answer.results[0].fact_id == "cn-attache-cooperation-new-heights"


def test_the_article_a_question_names_is_where_the_answer_comes_from(shared_knowledge):
    answer = shared_knowledge.answering.ask("What does the China article say about Turkey?")
    assert answer.results and answer.results[0].source.article_id == "china-azerbaijan"
    assert "Турц" in answer.results[0].quote


def test_words_typed_apart_are_read_as_the_facts_write_them(shared_knowledge):
    question = shared_knowledge.answering.analyse("кибер безопасность китай азербайджан")
    assert "кибербезопасность" in question.words
    assert "насколько" not in shared_knowledge.answering.analyse("На сколько лет?").words


@pytest.mark.parametrize(
    "question", ["Where might this alliance end up?", "Что автор считает куда важнее обменов?"]
)
def test_figurative_where_is_no_place_question(question: str):
    assert answer_kind(fold(question).split()) != "place"


@pytest.mark.parametrize(
    ("form", "entity"),
    [
        ("Турцией", "turkey"),
        ("Турции", "turkey"),
        ("китайскими", "china"),
        ("Азербайджаном", "azerbaijan"),
        ("Пекине", "china"),
        ("Анкарой", "turkey"),
    ],
)
def test_forms_the_code_derives_need_no_alias(shared_knowledge, form: str, entity: str):
    """entities.jsonl lists no form that case endings or stems already reach."""
    assert shared_knowledge.briefing.vocabulary.resolve(form) == entity


@pytest.mark.parametrize(
    ("word", "topic"),
    [("memo", "agreements"), ("беспилотники", "drones"), ("wargames", "joint-exercises")],
)
def test_a_synonym_group_a_topic_lists_names_the_topic(shared_knowledge, word: str, topic: str):
    """topics.jsonl lists synonym groups by id instead of repeating their words."""
    assert shared_knowledge.briefing.vocabulary.resolve(word) == topic


def test_no_word_stands_in_both_a_topic_and_a_synonym_group():
    grouped = {
        fold(word) for group in read_table("synonyms") for word in [*group["en"], *group["ru"]]
    }
    raw = [json.loads(line) for line in read_text("topics.jsonl").splitlines()]
    assert [a for topic in raw for a in topic["aliases"] if fold(a) in grouped] == []


def test_a_follow_up_beyond_a_fact_gets_what_its_article_says_next(shared_knowledge):
    first = shared_knowledge.answering.ask(
        "Что эксперты говорят о сборке Bayraktar в Азербайджане?"
    )
    follow = shared_knowledge.answering.ask("зачем это нужно?", follow_up=first.follow_up)
    assert follow.results[0].quote.startswith("Такой шаг позволит сократить сроки поставок")


def test_did_it_help_is_a_follow_up_not_a_request_for_help(shared_knowledge):
    first = shared_knowledge.answering.ask("What did the Chinese attaché say about training?")
    follow = shared_knowledge.answering.ask("so did it help?", follow_up=first.follow_up)
    assert follow.outcome != "smalltalk" and follow.results


def test_a_named_subject_with_words_its_facts_do_not_use_gets_its_facts_as_suggestions(
    shared_knowledge,
):
    answer = shared_knowledge.answering.ask("What about Baykar and loyalty?")
    assert answer.outcome == "unsure" and not answer.answered
    assert answer.results and all("Baykar" in r.quote for r in answer.results[:2])


def test_a_named_covered_place_with_words_no_fact_uses_is_a_guess_not_an_answer(shared_knowledge):
    # Baku is covered, so this is no refusal; but nothing says it snows: unsure.
    assert (
        shared_knowledge.answering.ask("Will it snow in Baku tomorrow?").outcome == Outcome.UNSURE
    )


def test_a_refusal_needs_evidence(shared_knowledge):
    assert (
        shared_knowledge.answering.ask("How do I bake a chocolate cake?").outcome == Outcome.ABSTAIN
    )
    assert (
        shared_knowledge.answering.ask("What did Putin say about Baku?").outcome != Outcome.ANSWERED
    )


def test_one_word_no_fact_uses_beside_theirs_is_no_refusal(shared_knowledge):
    """A slip or the reader's own word ("anyhoo") beside a word of the facts ("forming") is
    a guess to show, not a subject the briefing lacks."""
    answer = shared_knowledge.answering.ask("Is one forming anyhoo?")
    assert answer.outcome == Outcome.UNSURE and answer.unused == ("anyhoo",)
    assert any("формируется" in r.quote for r in answer.results)


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("waht did turkye sing with azerbajan?", "подписали новые соглашения"),
        ("kitai i azerbaijan", "Китай"),
        ("wehre did the defence ministers sign the memorandum?", "в Стамбуле"),
        ("when did the president pay his visit to Beijing?", "визит"),
        ("wherre did the two ministers sign the memorandum?", "в Стамбуле"),
        # a slip the facts know by its stem: the name's («турц-»), the question word's («так»)
        ("Турця поставляет оружие Баку?", "Baykar"),
        ("Турци поставляет оружие Баку?", "Baykar"),  # not «турки», a letter replaced
        ("Требует ли Китй от Алиева идеологической верности?", "не требует идеологической"),
        ("Кто такй Сун Джун?", "атташе"),
        # a five-letter word with a letter dropped: "vist" is "visit"
        ("When did Ilham Aliyev pay his state vist to Cina?", "государственный визит"),
        # Russian in Latin letters with a slip in the name: «заапд» is «запад»
        ("zaapd reakciya", "Запад"),
    ],
)
def test_sloppy_typing_is_read_as_meant(shared_knowledge, question, quote):
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED, (answer.outcome, answer.missing)
    assert any(quote in r.quote for r in answer.results), [r.quote for r in answer.results]


def test_chat_shorthand_is_read_as_the_words_it_stands_for(shared_knowledge):
    words = shared_knowledge.answering.analyse("whens the deal w china, dont know").words
    assert words[:5] == ("when", "the", "deal", "with", "china")
    words = shared_knowledge.answering.analyse("why dosent azerbaijan rely on europe").words
    assert words[:2] == ("why", "does")  # a misspelt "doesn't" is no word to look for
    assert shared_knowledge.answering.analyse("kitai i azerbaijan").lang == "ru"  # not "and"
    words = shared_knowledge.answering.analyse("what does baku want acc to the turkey piece").words
    assert words[4] == "according" and "acc" not in words


@pytest.mark.parametrize(
    ("question", "asks"),
    [("wen did aliyev go to china", "time"), ("whr did they sign the memo", "place"),
     ("y is baku turning to china", "reason"), ("wat did turkey sign w az", None)],
)  # fmt: skip
def test_question_words_in_chat_shorthand_ask_what_they_stand_for(
    shared_knowledge, question: str, asks: str | None
):
    read = shared_knowledge.answering.analyse(question)
    assert read.words[0] in ("when", "where", "why", "what") and read.asks == asks


@pytest.mark.parametrize(
    ("question", "words", "fact"),
    [
        ("ваще кто такой сун джун", ("вообще", "кто"), "cn-attache-cooperation-new-heights"),
        ("кароч что там с байкаром", ("короче", "что"), "tr-baykar-drone-contract"),
        ("chyo podpisali v stambule", ("что",), "tr-istanbul-memorandum"),
        ("4to podpisali v stambule", ("что",), "tr-istanbul-memorandum"),  # a digit for «ч»
        ("када алиев в китае был", ("когда",), "cn-aliyev-state-visit-china"),
        ("пчм баку дружит с анкарой", ("почему",), "tr-baku-ankara-amid-cooling-with-moscow"),
    ],
)
def test_russian_chat_shorthand_is_read_as_the_words_it_stands_for(
    shared_knowledge, question: str, words: tuple[str, ...], fact: str
):
    """«ваще», «кароч», «чё» are function words of chat; unknown, they made the question
    one about words no fact uses, and the reply unsure."""
    answering = shared_knowledge.answering
    assert answering.analyse(question).words[: len(words)] == words
    answer = answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact


def test_a_doubled_letter_is_a_slip_unless_russian_spells_it(shared_knowledge):
    assert shared_knowledge.answering.analyse("wherre is it?").asks == "place"
    assert shared_knowledge.answering.analyse("Поочему так?").asks == "reason"  # a vowel
    # a letter Russian never doubles
    assert shared_knowledge.answering.analyse("Заччем Китаю Баку?").asks == "reason"
    assert "ценна" in shared_knowledge.answering.analyse("Чем ценна сделка?").words


@pytest.mark.parametrize(
    ("question", "lang"),
    [("what is this bot?", "en"), ("how does this work?", "en"), ("что ты умеешь?", "ru"),
     ("ты кто такой?", "ru"), ("Что это?", "ru"), ("are you a robot?", "en"),
     ("what do you know?", "en"), ("что ты знаешь?", "ru"), ("ты робот?", "ru"),
     ("what time is it", "en"), ("what's the time?", "en"), ("который час?", "ru"),
     # a place is no subject here: "the time in Beijing" had answered with "timely"
     ("what is the time in beijing", "en"), ("который час в Пекине?", "ru"),
     # a learner's word order, and two questions about the bot in one message
     ("what you can do? you are a robot?", "en"),
     ("а что ты вообще умеешь?", "ru"), ("а вы вообще что можете?", "ru"),
     ("Namaste! What all can you do, kindly tell", "en")],
)  # fmt: skip
def test_questions_about_the_bot_get_the_introduction(shared_knowledge, question, lang):
    answer = shared_knowledge.answering.ask(question)
    assert (answer.outcome, answer.lang) == (Outcome.SMALLTALK, lang)


def test_a_question_on_the_time_of_an_event_is_no_clock_question(shared_knowledge):
    answer = shared_knowledge.answering.ask("what is the time frame of the deal with china")
    assert answer.outcome != Outcome.SMALLTALK


@pytest.mark.parametrize(
    ("message", "lang"),
    [("quick question", "en"), ("hi, I have a question", "en"), ("can I ask something?", "en"),
     ("у меня вопрос", "ru"), ("можно вопрос?", "ru"), ("привет, есть вопрос", "ru")],
)  # fmt: skip
def test_a_message_that_only_announces_a_question_gets_the_help(shared_knowledge, message, lang):
    answer = shared_knowledge.answering.ask(message)
    assert (answer.outcome, answer.lang) == (Outcome.SMALLTALK, lang)
    assert shared_knowledge.answering.analyse(message).smalltalk == "help"


@pytest.mark.parametrize(
    ("message", "lang"),
    [("what sources do you use?", "en"), ("give me a summary", "en"), ("tl;dr", "en"),
     ("what's new?", "en"), ("какие статьи ты знаешь?", "ru"), ("о чем можно спросить?", "ru"),
     ("кратко о главном", "ru"), ("что нового?", "ru")],
)  # fmt: skip
def test_asking_what_the_bot_covers_or_for_a_summary_gets_the_help(shared_knowledge, message, lang):
    """The help says what the briefing covers and how to ask: "what's new?" is no question
    about the «союз нового типа», «какие статьи» no subject the briefing lacks."""
    answer = shared_knowledge.answering.ask(message)
    assert (answer.outcome, answer.smalltalk, answer.lang) == (Outcome.SMALLTALK, "help", lang)


def test_a_summary_of_a_subject_is_a_question(shared_knowledge):
    answer = shared_knowledge.answering.ask("summary of the Baykar deal")
    assert answer.answered and answer.results[0].fact_id == "tr-baykar-drone-contract"


def test_the_question_after_the_announcement_is_answered(shared_knowledge):
    answer = shared_knowledge.answering.ask("a question: what did turkey sign?")
    assert answer.answered and answer.results[0].fact_id.startswith("tr-")


@pytest.mark.parametrize(
    "question",
    [
        "is the US involved?",
        "And the Americans, how involved are they?",
        "США помогают Баку?",  # the Azerbaijan facts that use "help" do not name the US
        "does the us help baku?",  # "the" makes the lower-case "us" a name
        "usa position on baku",
        "что делают сша",
        # the China story only the setting of what is asked about the US
        "whats the US doin in all this china azerbaijan bizness",
        "а что США во всей этой истории с Китаем и Азербайджаном?",
    ],
)
def test_a_party_few_facts_are_about_is_answered_by_them_in_other_words(shared_knowledge, question):
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "cn-us-keeps-distance"


def test_us_as_a_pronoun_names_no_country(shared_knowledge):
    question = shared_knowledge.answering.analyse("tell us about china")
    assert [concept.id for concept in question.entities] == ["china"]


def test_a_message_of_two_questions_is_answered_by_the_facts_of_both(shared_knowledge):
    """The joint statement answers what was signed but not when: the visit, which has the
    date, answers the first question, and the statement follows; no "not stated"."""
    question = "Когда Алиев ездил в Китай с визитом? и что там было подписано?"
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED
    assert [r.fact_id for r in answer.results[:2]] == [
        "cn-aliyev-state-visit-china",
        "cn-comprehensive-strategic-partnership",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "When was the reception with the Chinese attaché held? Was that before the state visit?",
        "Когда был приём с китайским атташе? Это до визита Алиева?",
    ],
)
def test_the_first_questions_detail_is_not_taken_from_the_next_ones_subject(
    shared_knowledge, question
):
    """The visit's date answers no question of the reception's date: "not stated", with the
    reception's sentence, not the visit's."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.NOT_STATED
    assert [r.fact_id for r in answer.results] == ["cn-attache-cooperation-new-heights"]


@pytest.mark.parametrize(
    "question",
    [
        "who signed the memorandum in istanbul, the ministers?",
        "кто подписал меморандум, министры?",
        "Кто именно подписал меморандум — министры, президенты, кто?",
        "where were the turkey-azerbaijan documents signed? confirm istanbul?",
        "Где подписали документы Турция и Азербайджан? В Стамбуле?",
    ],
)
def test_a_guess_after_the_question_is_asked_not_given(shared_knowledge, question):
    """The ministers offered after the comma (or a dash) are the reader's guess: the
    sentence saying the defence ministers signed answers "who?", not "doesn't say who";
    so does Istanbul guessed in a second question ("confirm Istanbul?") the first one's
    "where?", not "doesn't say where"."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id == "tr-istanbul-memorandum"


def test_a_party_compared_with_is_not_what_is_asked_about(shared_knowledge):
    """ "like the Europeans do": Europe is what China is compared to, not the subject."""
    question = "Does China impose political conditions to Baku like the Europeans do?"
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and "Пекин не навязывает норм" in answer.results[0].quote


def test_a_word_the_briefing_never_uses_beside_a_party_is_no_answer(shared_knowledge):
    assert not shared_knowledge.answering.ask("Will the US sanction Baku?").answered


@pytest.mark.parametrize(
    ("question", "person", "fact"),
    [
        ("what did the azeri president sign in china?", "ilham-aliyev",
         "cn-comprehensive-strategic-partnership"),
        ("что подписал президент Азербайджана в Пекине?", "ilham-aliyev",
         "cn-comprehensive-strategic-partnership"),
        ("what did the Chinese military attache say?", "song-jun", None),
    ],
)  # fmt: skip
def test_a_person_named_by_country_and_role_is_that_person(
    shared_knowledge, question, person, fact
):
    answering = shared_knowledge.answering
    assert person in answering.analyse(question).entity_ids
    if fact:
        assert answering.ask(question).results[0].fact_id == fact


def test_a_role_of_a_country_no_alias_gives_names_nobody(shared_knowledge):
    assert shared_knowledge.answering.analyse("who is the president of turkey?").entity_ids == {
        "turkey"
    }


@pytest.mark.parametrize(("message", "lang"), [("why?", "en"), ("tell me more", "en"),
                                               ("почему?", "ru")])  # fmt: skip
def test_a_bare_follow_up_with_nothing_to_follow_asks_for_the_whole_question(
    shared_knowledge, message, lang
):
    answer = shared_knowledge.answering.ask(message)
    assert (answer.outcome, answer.smalltalk, answer.lang) == (Outcome.SMALLTALK, "context", lang)
    assert answer.examples  # questions to ask instead


def test_a_bare_follow_up_after_an_answer_still_follows_it(shared_knowledge):
    answering = shared_knowledge.answering
    first = answering.ask("What did Turkey sign with Azerbaijan?")
    assert answering.ask("why?", follow_up=first.follow_up).outcome != Outcome.SMALLTALK


@pytest.mark.parametrize(
    "question",
    ["how has the Chinese training helped the Azerbaijani army?", "is this good for Russia?",
     "чем помогло обучение в Китае?", "это плохо для Москвы?",
     "а как это сказывается на позициях России?",  # «а» before «как»: still how it tells
     "and how does this affect Moscow?"],
)  # fmt: skip
def test_what_came_of_something_is_asked_in_everyday_words(shared_knowledge, question):
    assert shared_knowledge.answering.analyse(question).asks == "result"


def test_an_effect_asked_with_how_is_answered_by_what_came_of_it(shared_knowledge):
    answer = shared_knowledge.answering.ask(
        "how has the Chinese training helped the Azerbaijani army?"
    )
    assert answer.answered and answer.results[0].fact_id == "cn-attache-combat-readiness"


@pytest.mark.parametrize(
    "question",
    ["упоминается ли Запад в статье про Турцию?", "does the Turkey piece mention the West?"],
)
def test_whether_an_article_mentions_someone_is_answered_by_what_it_says(
    shared_knowledge, question
):
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "tr-balance-shifts-to-turkey-west"


def test_tsya_and_tsya_with_a_soft_sign_read_alike_in_an_idiom(shared_knowledge):
    ask = shared_knowledge.answering.ask
    right = ask("почему Баку тянется к Анкаре?")
    slipped = ask("почему баку тянеться к анкаре")
    assert slipped.answered and slipped.results[0].fact_id == right.results[0].fact_id


def test_colloquial_need_is_no_surrender(shared_knowledge):
    ask = shared_knowledge.answering.ask
    plain = ask("зачем Китаю Азербайджан?")
    colloquial = ask("зачем Китаю Азербайджан вообще сдался?")
    assert colloquial.answered and colloquial.results == plain.results


def test_a_tie_goes_to_the_fact_about_the_parties_asked(shared_knowledge):
    answer = shared_knowledge.answering.ask("what is going on with russia in the south caucasus")
    first, second, third = answer.results[:3]
    assert first.score == second.score == third.score  # tied: Turkey's gain, China stepping in
    assert first.fact_id == "tr-russia-influence-declining-opportunities-turkey"
    assert third.fact_id == "cn-step-into-russia-turkey-sphere"  # names China, not asked


def test_a_tie_goes_to_the_sentence_naming_the_parties_asked(shared_knowledge):
    """ "Moscow's clout in the South Caucasus": both «Для Москвы это означает дальнейшее
    снижение влияния на Южном Кавказе» and China stepping into the zone of Russia's and
    Turkey's interests are about both parties and score alike; the sentence that names
    both comes first, not the one that names Russia only (and Turkey, not asked)."""
    answer = shared_knowledge.answering.ask("Moscow's clout in the South Caucasus?")
    first, second = answer.results[:2]
    assert first.score == second.score
    assert first.fact_id == "tr-moscow-further-loss-of-influence"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Why is Azerbaijan interesting to China?", "cn-azerbaijan-hub-for-china"),
        ("What can Azerbaijan become?", "tr-azerbaijan-regional-military-hub"),
    ],
)
def test_a_tie_goes_to_the_sentence_where_the_party_asked_does_what_is_asked(
    shared_knowledge, question, fact
):
    """ "why is Azerbaijan interesting": of the sentences tied on "interest", the one where
    Azerbaijan stands just before it («Азербайджан представляет интерес»), not China's own
    interest; "what can Azerbaijan become": «Азербайджан может превратиться», not the
    alliance becoming something in a sentence naming Azerbaijan elsewhere."""
    answer = shared_knowledge.answering.ask(question)
    first, second = answer.results[:2]
    assert first.score == second.score
    assert first.fact_id == fact


def test_how_a_party_feels_asks_its_stance_not_the_word_feel(shared_knowledge):
    answering = shared_knowledge.answering
    assert answering.analyse("how does moscow feel about baku and ankara?").asks == "stance"
    answer = answering.ask("how does moscow feel about baku and ankara?")
    assert "russia" in answer.results[0].fact_id or "moscow" in answer.results[0].fact_id


def test_the_role_and_country_of_the_person_asked_about_name_nobody_new(shared_knowledge):
    # The visit sentence names «президента Азербайджана Ильхама Алиева»: Aliyev himself.
    answer = shared_knowledge.answering.ask("Whom did Aliyev meet on his state visit to China?")
    assert answer.outcome == Outcome.NOT_STATED
    assert shared_knowledge.answering.ask("who visited China in April 2025?").answered


def test_of_two_facts_citing_one_sentence_the_claim_asked_about_stands_for_it(shared_knowledge):
    # Both cite «…в учебных центрах… в военных академиях КНР»; one says the instructors
    # came to Azerbaijan, the other that Azerbaijani servicemen studied in China.
    answer = shared_knowledge.answering.ask("Where in China did Azerbaijani officers train?")
    assert answer.results[0].fact_id == "cn-azerbaijani-servicemen-prc-academies"


def test_where_exactly_is_answered_by_a_place_more_precise_than_a_country(shared_knowledge):
    answer = shared_knowledge.answering.ask("где именно в Китае учились азербайджанские военные?")
    assert answer.answered  # «в военных академиях КНР»
    assert "имен" not in " ".join(shared_knowledge.answering.analyse("где именно?").terms)


@pytest.mark.parametrize(
    "question", ["what does all this mean for the Kremlin?", "для Кремля что всё это значит?"]
)
def test_what_it_all_means_for_a_party_asks_what_comes_of_it(shared_knowledge, question):
    read = shared_knowledge.answering.analyse(question)
    assert read.asks == "result" and not read.terms


def test_song_jun_in_the_other_russian_spelling_is_song_jun(shared_knowledge):
    assert shared_knowledge.answering.analyse("кто такой Сунь Цзюнь?").entity_ids == {"song-jun"}


def test_hedging_vrode_is_no_search_word(shared_knowledge):
    read = shared_knowledge.answering.analyse("вроде Китай обучал азербайджанцев?")
    assert not any(term.startswith("врод") for term in read.terms)


def test_a_follow_up_in_words_of_its_own_keeps_its_own_answer(shared_knowledge):
    first = shared_knowledge.answering.ask(
        "Which company did Azerbaijan sign a drone contract with?"
    )
    assert first.results[0].fact_id == "tr-baykar-drone-contract"
    follow = shared_knowledge.answering.ask(
        "and will they build drones in Azerbaijan itself?", follow_up=first.follow_up
    )
    assert follow.results[0].fact_id == "tr-joint-drone-production-azerbaijan"


def test_the_context_settles_a_tie_for_a_follow_up_that_stands_on_its_own(shared_knowledge):
    alone = shared_knowledge.answering.ask("joint exercises too?")
    assert alone.results[0].score == alone.results[1].score  # China's and Turkey's tie
    first = shared_knowledge.answering.ask(
        "How will Turkish-Azerbaijani military cooperation develop?"
    )
    follow = shared_knowledge.answering.ask("joint exercises too?", follow_up=first.follow_up)
    assert follow.results[0].quote.startswith("В перспективе стоит ожидать расширения")


@pytest.mark.parametrize(
    "question",
    [
        "and what came of it?",
        "What would that change?",
        "к чему это приведёт?",
        "What does the deal mean for Moscow?",
    ],
)
def test_asking_what_came_of_something_asks_for_a_result(question: str):
    assert answer_kind(fold(question).replace("?", "").split()) == "result"


def test_a_follow_up_asking_what_came_of_it_gets_the_sentence_stating_the_outcome(
    shared_knowledge,
):
    first = shared_knowledge.answering.ask(
        "What have China and Azerbaijan done together on training?"
    )
    follow = shared_knowledge.answering.ask("and what came of it?", follow_up=first.follow_up)
    assert "повысило профессиональный уровень" in follow.results[0].quote


def test_what_will_that_lead_to_gets_the_outcome_the_article_states_next(shared_knowledge):
    first = shared_knowledge.answering.ask("Will Turkey and Azerbaijan hold bigger joint drills?")
    assert "расширения совместных учений" in first.results[0].quote
    follow = shared_knowledge.answering.ask("what will that lead to?", follow_up=first.follow_up)
    assert "формированию неформального альянса" in follow.results[0].quote


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        (
            "Как Москва может отреагировать на военное сближение Баку с Пекином?",
            "едва ли может противодействовать",
        ),
        ("How will Ankara react to Baku and Beijing's military partnership?", "с осторожностью"),
    ],
)
def test_a_stance_is_that_of_the_party_named_first(shared_knowledge, question, quote):
    """Sentences about Baku and Beijing alone say nothing of how Moscow or Ankara reacts."""
    answer = shared_knowledge.answering.ask(question)
    assert quote in answer.results[0].quote


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Why is Baku getting closer to Beijing?", "and what does Beijing get out of this?"),
        ("Почему Азербайджан сближается с Китаем?", "а Пекину это зачем?"),
    ],
)
def test_a_follow_up_naming_its_party_and_asking_its_interest_stands_alone(
    shared_knowledge, first, then
):
    # The earlier question's words (Baku getting closer) only settle a tie here.
    answer = shared_knowledge.answering.ask(first)
    follow = shared_knowledge.answering.ask(then, follow_up=answer.follow_up)
    assert "системный доступ и долговременное влияние" in follow.results[0].quote


def test_made_in_a_country_asks_about_production_there(shared_knowledge):
    answer = shared_knowledge.answering.ask("Are Chinese weapons going to be made in Azerbaijan?")
    assert "локализации части производства" in answer.results[0].quote
    assert shared_knowledge.answering.ask("who made you?").outcome == "smalltalk"


def test_which_organisation_is_not_stated_when_the_sentence_names_none(shared_knowledge):
    answer = shared_knowledge.answering.ask(
        "В каких академиях КНР учились азербайджанские военные?"
    )
    assert answer.outcome == Outcome.NOT_STATED and answer.missing == "organisation"
    company = shared_knowledge.answering.ask("Which company got a drone contract from Azerbaijan?")
    assert company.answered and "Baykar" in company.results[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "Did Azerbaijan and China sign a partnership statement?",
        # The visit's sentence shares no word with this one: it scores low, yet answers.
        "Did Aliyev sign a strategic partnership deal with Beijing?",
    ],
)
def test_a_detail_the_cited_fact_lacks_is_found_beside_it_in_its_paragraph(
    shared_knowledge, question
):
    first = shared_knowledge.answering.ask(question)
    assert "совместное заявление" in first.results[0].quote
    follow = shared_knowledge.answering.ask("when was that?", follow_up=first.follow_up)
    assert follow.answered and "23 апреля 2025 года" in follow.results[0].quote


@pytest.mark.parametrize(
    ("first", "then"),
    [
        # The cited sentence quotes him, but on the future: his words on the results are
        # the sentence the follow-up's own words find.
        ("Кто такой Сун Джун?", "что он сказал о результатах?"),
        ("Кто такой Сун Джун?", "and what did he say about the outcome?"),
        # «Формулировка предельно ясная…» states an outcome too, but nobody says it there:
        # "he" is the person the cited sentence names.
        ("кто атташе Китая в Азербайджане?", "а что он говорил про результаты?"),
        ("кто военный атташе Китая в Азербайджане?", "и что он говорил про результат?"),
    ],
)
def test_what_he_said_about_the_results_is_his_sentence_on_them(shared_knowledge, first, then):
    answer = shared_knowledge.answering.ask(first)
    assert "достигнет новых высот" in answer.results[0].quote
    follow = shared_knowledge.answering.ask(then, follow_up=answer.follow_up)
    assert follow.answered and "повысило профессиональный уровень" in follow.results[0].quote


def test_what_did_he_say_is_answered_by_the_cited_sentence_that_quotes_him(shared_knowledge):
    first = shared_knowledge.answering.ask("Tell me about the Chinese attaché in Baku")
    follow = shared_knowledge.answering.ask("what did he say?", follow_up=first.follow_up)
    assert follow.answered and "достигнет новых высот" in follow.results[0].quote


@pytest.mark.parametrize(
    "question", ["What did they say about drones?", "What was said about the Istanbul memorandum?"]
)
def test_what_was_said_about_a_subject_asks_what_the_briefing_says(shared_knowledge, question):
    assert shared_knowledge.answering.ask(question).answered


def test_a_follow_up_beyond_a_fact_moves_on_from_other_facts_citing_its_sentence(
    shared_knowledge,
):
    first = shared_knowledge.answering.ask(
        "Which joint exercises do Turkey and Azerbaijan plan next?"
    )
    follow = shared_knowledge.answering.ask("what will that lead to?", follow_up=first.follow_up)
    assert follow.results[0].quote != first.results[0].quote


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("where do Azerbaijani officers train in China?", "в военных академиях КНР"),
        ("где учатся азербайджанские военные в Китае?", "в военных академиях КНР"),
    ],
)
def test_a_place_named_by_a_common_noun_answers_where(shared_knowledge, question, quote):
    # "at military academies of the PRC" says where, though no capitalised name follows "at"
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED, (answer.outcome, answer.missing)
    assert quote in answer.results[0].quote


def test_a_bare_why_after_a_claim_looks_first_at_the_next_sentence(shared_knowledge):
    first = shared_knowledge.answering.ask("Can Moscow stop Baku and Beijing getting closer?")
    why = shared_knowledge.answering.ask("why not?", follow_up=first.follow_up)
    assert why.results[0].quote.startswith("Российская оборонная промышленность истощена")


@pytest.mark.parametrize("question", ["why not Europe?", "почему не европа"])
def test_why_not_a_supplier_is_what_complicates_its_supplies(shared_knowledge, question):
    """ "complicated by political conditions" («осложнены политическими условиями») gives
    the reason European arms are hard to get: it comes before a sentence that only
    mentions Europe beside a reason of its own."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.results[0].fact_id == "cn-european-supplies-political-conditions"


def test_a_bare_why_about_a_sentence_giving_its_own_reason_stays_with_it(shared_knowledge):
    first = shared_knowledge.answering.ask("баку снижает зависимость от российского оружия?")
    why = shared_knowledge.answering.ask("зачем?", follow_up=first.follow_up)
    assert "ищет альтернативные источники" in why.results[0].quote


@pytest.mark.parametrize(
    "question",
    ["What does Chia actually want out of it long term?", "why does Cina's offer appeal?"],
)
def test_a_four_letter_slip_of_a_covered_name_is_that_name(shared_knowledge, question):
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome != Outcome.ABSTAIN and not answer.unknown
    assert answer.results and "Chia" not in str(answer.unknown)


def test_an_answer_is_built_in_the_readers_language(shared_knowledge: Knowledge) -> None:
    """A Russian question from a reader who chose English: the facts, their labels and the
    coverage line in English, the question's own language kept for the log."""
    question = "Что Турция подписала с Азербайджаном?"
    russian = shared_knowledge.answering.ask(question)
    english = shared_knowledge.answering.ask(question, lang="en")
    assert (russian.lang, russian.asked_in, english.lang, english.asked_in) == (
        "ru",
        "ru",
        "en",
        "ru",
    )
    assert [r.fact_id for r in english.results] == [r.fact_id for r in russian.results]
    first_en, first_ru = english.results[0], russian.results[0]
    assert not _has_cyrillic(first_en.statement + first_en.label + (first_en.translation or ""))
    assert _has_cyrillic(first_ru.statement) and _has_cyrillic(first_ru.label)
    assert first_en.quote == first_ru.quote  # the source stays verbatim
    nothing = shared_knowledge.answering.ask("Какая погода на Марсе?", lang="en")
    assert nothing.coverage and not _has_cyrillic(nothing.coverage)


def _has_cyrillic(text: str) -> bool:
    return any("а" <= c.lower() <= "я" or c in "ёЁ" for c in text)


@pytest.mark.parametrize(
    ("question", "entity"),
    [("What does the Uited States do?", "united-states"), ("Why does Cina want Baku?", "china")],
)
def test_a_name_typed_with_a_dropped_letter_is_the_name(
    shared_knowledge: Knowledge, question: str, entity: str
) -> None:
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED and not answer.unknown
    assert entity in {c.id for c in shared_knowledge.answering.analyse(question).entities}


@pytest.mark.parametrize("name", ["Erdogan", "Pashinyan", "Macron"])
def test_a_name_the_briefing_lacks_is_no_slip_of_a_word(
    shared_knowledge: Knowledge, name: str
) -> None:
    answer = shared_knowledge.answering.ask(f"What did {name} say about Azerbaijan?")
    assert answer.outcome == Outcome.ABSTAIN and answer.unknown == (name,)


def test_a_follow_up_naming_someone_new_stays_in_the_article_it_follows(shared_knowledge):
    # both articles say Moscow is losing ground; after a China-article answer, the China one
    first = shared_knowledge.answering.ask(
        "What does Ankara think of Beijing's military ties with Baku?"
    )
    assert first.results[0].source.article_id == "china-azerbaijan"
    moscow = shared_knowledge.answering.ask("and Moscow?", follow_up=first.follow_up)
    assert moscow.results[0].source.article_id == "china-azerbaijan"
    assert "Москва" in moscow.results[0].quote


def test_an_english_question_is_not_read_as_russian_beyond_what_could_count(
    shared_knowledge, monkeypatch
):
    from knowledge.language import question as reading

    tried: list[str] = []
    original = reading._reading

    def counted(word, index, vocabulary):
        tried.append(word)
        return original(word, index, vocabulary)

    monkeypatch.setattr(reading, "_reading", counted)
    answering = shared_knowledge.answering
    # Five words could read as Russian and two would have to: after four that do not, the
    # last cannot tip it, and its readings (64 spellings) are not tried.
    english = answering.analyse("What did Zantorsatn and Velkaria quietly agree about pipelines?")
    assert english.lang == "en" and "zantorsatn" in english.words
    assert len(tried) == 4
    russian = answering.analyse("budet li turtsiya meshat kitayu")
    assert russian.lang == "ru" and "турция" in russian.words


TALKS, BAYKAR = "cn-arms-purchase-talks", "tr-baykar-drone-contract"


@pytest.mark.parametrize(
    ("question", "outcome", "fact_id"),
    [
        ("Which Chinese company will make the drones Baku buys?", Outcome.NOT_STATED, TALKS),
        ("Какая китайская компания поставит беспилотники?", Outcome.NOT_STATED, TALKS),
        ("Which Turkish company got the drone contract?", Outcome.ANSWERED, BAYKAR),
    ],
)
def test_a_company_of_one_side_is_stated_only_by_a_fact_on_that_side(
    shared_knowledge, question, outcome, fact_id
):
    """Baykar is a company, but not a Chinese one: "which Chinese company" is not stated, and
    the reply cites the Chinese drone talks, not the Turkish contract."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == outcome and answer.results[0].fact_id == fact_id


def test_each_side_of_a_choice_is_weighed_on_the_common_ground(shared_knowledge):
    """ "Kyiv or Moscow?" about Baku: each side is looked up with Baku, the ground both are
    set on, so Baku's support for Kyiv leads, not a fact on Russia without Baku's side."""
    answer = shared_knowledge.answering.ask("Is Baku on the side of Kyiv or of Moscow?")
    assert answer.results[0].fact_id == "tr-baku-supports-kyiv"


def test_a_question_naming_one_party_is_answered_about_it(shared_knowledge):
    # China's arms talks use more of the words, but the question is about Turkey.
    answer = shared_knowledge.answering.ask("Турция поставляет оружие Баку?")
    assert answer.results and "Baykar" in answer.results[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "Who represents China's army in Baku as its attaché?",
        "who is the representative of the chinese military in baku, the attache?",
    ],
)
def test_who_asks_of_someone_named_by_a_role_get_the_sentence_naming_him(
    shared_knowledge, question: str
):
    """«По словам китайского представителя» shares the words of "who represents …", but
    names the attaché only by a role again; the reply leads with a sentence with his name
    (unsure: it shares few of the words asked), not "the briefing doesn't say who"."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome in (Outcome.ANSWERED, Outcome.UNSURE)
    assert "Сун Джун" in answer.results[0].quote


def test_who_is_answered_first_by_the_sentence_that_names_someone(shared_knowledge):
    """Two sentences fit "who is the Chinese military man in Baku?" equally; the one that
    gives his name comes before the one that only says "the Chinese representative"."""
    answer = shared_knowledge.answering.ask("who is the Chinese military man in Baku?")
    assert answer.answered
    assert "Сун Джун" in answer.results[0].quote


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        # the benefits of a step are what it leads to
        ("какие плюсы у сборки дронов в Азербайджане?", "сократить сроки поставок"),
        # the upside for a party is what it gains
        ("what's the upside for Beijing?", "позволяет Пекину прощупывать"),
    ],
)
def test_benefits_ask_what_a_step_brings_or_a_party_gains(shared_knowledge, question, fragment):
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert fragment in answer.results[0].quote


@pytest.mark.parametrize("question", ["какой курс доллара?", "курс биткоина сегодня"])
def test_one_known_word_beside_words_no_fact_uses_is_no_sure_answer(shared_knowledge, question):
    """«курс» is a word of the briefing («курс на сближение»), «доллар» is not: one word
    in common is no answer to a question about something else."""
    assert not shared_knowledge.answering.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "what did Russia and China sign?",
        "что подписали Россия и Китай?",
        "What did Russia sign with Azerbaijan?",
        "Did Russia sign anything with Baku?",
    ],
)
def test_countries_asked_about_are_not_answered_by_a_fact_without_them(shared_knowledge, question):
    """The briefing has China's and Turkey's agreements with Baku, nothing Russia signed:
    the reply may offer them as a guess, never as the answer (nor a sentence whose example
    question says "a sign of distrust")."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome != Outcome.ANSWERED


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("whose sphere is China stepping into?", "whose"),
        ("Чьей зоной интересов был регион?", "чьей"),
    ],
)
def test_whose_asks_which_party_and_is_no_word_to_find(shared_knowledge, question, word):
    """No fact says "whose": counted as a word no fact uses, it made the question unsure."""
    terms = shared_knowledge.answering.analyse(question).terms
    assert all(not word.startswith(term) for term in terms)


@pytest.mark.parametrize(
    "question",
    [
        "какой источник у статьи про Китай?",
        "what outlet is the China–Azerbaijan story from?",
        "откуда новость про Китай",
        "which outlet is the China story credited to?",
        "who pubished the china article",  # a slip of a word asking where it comes from
        "откуда статья про китай, кто опубликвал",
        "whats the source for the china azerbaijan story",  # no "what … for": no purpose asked
        "Who was the original source for the China–Azerbaijan military story?",  # no person
        "which media published the information about China and Azerbaijan?",
        "what publication is cited as the source for the china azerbaijan story",
        "На какой источник ссылается публикация о военном сближении Китая и Азербайджана?",
        # words of its title name the article too, and a polite preamble asks nothing
        "Не могли бы Вы пояснить, откуда взят материал о китайско-азербайджанском военном "
        "сближении?",
        "кто первоисточник текста про Китай?",
        "who report di china azerbaijan story?",  # who reports it: its outlet
        "g'day. where'd this china-azerbaijan story come from, what outlet?",
        "Какое издание является первоисточником в кейсе о военном сближении Китая и Азербайджана?",
    ],
)
def test_where_an_article_comes_from_is_the_sentence_citing_its_outlet(shared_knowledge, question):
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert "Altyn-orda.kz" in answer.results[0].quote


def test_where_an_article_of_no_known_outlet_comes_from_is_not_answered(shared_knowledge):
    """The Turkey article's outlet is not known: no sentence naming a company answers it."""
    assert not shared_knowledge.answering.ask("who published the Turkey article?").answered


def test_a_name_the_briefing_lacks_in_the_setting_of_a_question_is_no_refusal(
    shared_knowledge,
):
    """ "Caspian" is where the reader is coming from, before the ";": the question asks
    about the attaché, and its answer is no "the briefing doesn't mention Caspian"."""
    answer = shared_knowledge.answering.ask(
        "I'm preparing notes on Caspian security; who is the Chinese attaché quoted in Baku?"
    )
    assert answer.outcome in (Outcome.ANSWERED, Outcome.UNSURE)
    assert answer.unknown == ()
    assert "Сун Джун" in answer.results[0].quote


def test_a_long_question_is_answered_despite_the_phrasing_no_fact_uses(shared_knowledge):
    """Five words of the briefing and more ("purchases", "discussing", "production",
    "territory" …): "setting aside mere", "indicate", "onto" are how it is put, not a
    subject the briefing lacks."""
    answer = shared_knowledge.answering.ask(
        "Setting aside mere purchases, does the piece indicate that Baku and Beijing are "
        "discussing moving part of the production onto Azerbaijani soil?"
    )
    assert answer.answered
    assert "локализации части производства" in answer.results[0].quote


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        (
            "Per the Chinese colonel, what practical effect did the training have on the men "
            "and their fighting fitness?",
            "повысило профессиональный уровень",
        ),
        (
            "What qualities, in the author's opinion, make Turkey a suitable partner for "
            "bringing Baku's army up to date?",
            "Обладая современными технологиями",
        ),
        ("как поживает baykar в региональной оборонке", "Baykar укрепляет свои позиции"),
        (
            "Does the Turkish article hint the Baku–Ankara ties might grow into some alliance?",
            "институционализированный союз",
        ),
    ],
)
def test_a_clear_match_is_answered_though_some_words_are_no_facts(
    shared_knowledge, question, quoted
):
    """ "men", "fitness", "qualities", "suitable", «поживает», "hint" are no fact's words,
    but two or more of the question's are the briefing's, the others the lesser part, and
    the match answers: an answer, not a guess."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert quoted in answer.results[0].quote


@pytest.mark.parametrize(
    "question", ["What's the weather forecast for Baku this weekend?", "baykar deal value usd"]
)
def test_a_match_on_a_name_alone_is_no_answer(shared_knowledge, question):
    """Baku or Baykar and words no fact uses ("weather", "usd"): not an answer."""
    assert not shared_knowledge.answering.ask(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "What is the value of the Baykar contract?",
        "Does the article give the value of the Baykar deal?",
        "baykar contract value usd",
    ],
)
def test_the_value_of_a_contract_is_not_stated(shared_knowledge, question):
    """The amount is asked of the contract: the contract stays a word to search for (the
    sentence on it is shown), and the reply says the briefing gives no amount."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.NOT_STATED
    assert answer.results[0].fact_id == "tr-baykar-drone-contract"


def test_a_tie_goes_to_the_sentence_giving_the_result_asked(shared_knowledge):
    """Two facts tie on "what effect did …": the one that says what came of the exchanges
    (the attaché: «повысило профессиональный уровень») comes before the one listing them,
    whose words are closer to the question's."""
    answer = shared_knowledge.answering.ask(
        "What effect did training exchanges have on Azerbaijan's personnel?"
    )
    assert answer.answered
    assert answer.results[0].fact_id == "cn-attache-combat-readiness"


@pytest.mark.parametrize(
    "question",
    [
        "which fields does the china azerbaijan strategic partnership span",
        "Что охватывает партнёрство?",
    ],
)
def test_what_a_document_spans_is_what_it_covers(shared_knowledge, question):
    """ "span" is the article's «охватывает»: the sentence listing the fields, not the one
    establishing the partnership, which shares more of the question's other words."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-partnership-document-scope"


def test_what_a_document_extends_to_is_what_it_covers(shared_knowledge):
    """«распространяется» (extends to) is «охватывает» as well: asked of the joint statement
    just cited, the sentence listing its fields answers it."""
    answering = shared_knowledge.answering
    visit = answering.ask("когда Алиев был в Китае с визитом?")
    signed = answering.ask("что там подписали?", follow_up=visit.follow_up)
    assert signed.results[0].fact_id == "cn-comprehensive-strategic-partnership"
    answer = answering.ask("на какие области оно распространяется?", follow_up=signed.follow_up)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-partnership-document-scope"


@pytest.mark.parametrize(
    "question",
    [
        "to what end would Turkish drones be assembled in Azerbaijan?",
        "Для чего нужна сборка турецких дронов в Азербайджане?",
        "what's the point of building turkish drones in azerbaijan?",
        "какой смысл собирать турецкие дроны в Азербайджане?",
        "Why would localising Turkish drone assembly in Azerbaijan make sense?",
    ],
)
def test_what_a_step_is_for_is_what_it_allows(shared_knowledge, question):
    """The purpose of a step is what it allows («Такой шаг позволит сократить сроки
    поставок …»), not the sentence that the step may happen, which shares more words."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-localisation-benefits"


def test_what_a_party_is_after_is_its_motive_not_what_it_may_do(shared_knowledge):
    """ "what's in it for Beijing?" asks China's interest: its motive, before the sentence
    on what the cooperation lets it do."""
    answer = shared_knowledge.answering.ask("so what's in it for Beijing?")
    assert answer.results[0].fact_id in {
        "cn-china-interest-access-influence",
        "cn-azerbaijan-hub-for-china",
    }


@pytest.mark.parametrize(
    "question", ["что это всё значит для Кремля", "И что всё это значит для России?"]
)
def test_what_it_means_for_a_country_is_the_sentence_saying_so(shared_knowledge, question):
    """Two sentences give an outcome for Russia; «значит для» is said by the one that
    says «Для Москвы это означает …» (a synonym group), not by the one on Turkey's chances."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-moscow-further-loss-of-influence"


@pytest.mark.parametrize(
    "question",
    [
        "Who is the Chinese officer who spoke about cooperation with Azerbaijan?",
        "Кто тот китайский офицер, что говорил о сотрудничестве с Азербайджаном?",
    ],
)
def test_who_is_answered_by_the_sentence_saying_who_they_are(shared_knowledge, question):
    """Two sentences name Song Jun: one quotes him, one says who he is ("the PRC's military
    attaché in Azerbaijan, Colonel Song Jun"). "Who is …?" gets the second first."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert "полковник Сун Джун" in answer.results[0].quote


@pytest.mark.parametrize(
    "question", ["who does the turkey article quote", "кого цитирует статья о Турции"]
)
def test_a_question_on_an_article_its_words_miss_is_a_guess_from_it(shared_knowledge, question):
    """Nothing in the Turkey article is said by someone quoted: the question names the
    article, so it is no refusal, and the guess shown comes from that article."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome != Outcome.ABSTAIN
    assert answer.results and all(
        shared_knowledge.answering.briefing.fact(r.fact_id).article_id == "turkey-azerbaijan"
        for r in answer.results
    )


def test_quoted_in_russian_asks_whose_words(shared_knowledge):
    """«цитируется» asks whose words, as "quoted" does: it was a word no fact uses, and
    the question was refused."""
    answer = shared_knowledge.answering.ask("кто цитируется в статье про Китай")
    assert answer.answered
    assert answer.results[0].fact_id.startswith("cn-")


@pytest.mark.parametrize(
    "question",
    [
        "Кто, кроме Турции, выигрывает от смещения баланса сил на Кавказе?",
        "who else besides turkey gains as the balance of power shifts",
    ],
)
def test_who_is_answered_by_a_region_that_acts(shared_knowledge, question):
    """ "Who else gains?" is answered by «в пользу Турции и, возможно, Запада»: the West,
    a region acting as a party, is someone. It was "not stated" above that very sentence."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert "возможно, Запада" in answer.results[0].quote


@pytest.mark.parametrize(
    "question",
    ["what topics did China and Azerbaijan discuss?", "какие темы обсуждали Китай и Баку"],
)
def test_topics_asked_about_are_phrasing(shared_knowledge, question):
    """ "what topics …" asks what was discussed, not for the sentence using the word
    "topic" («перестаёт быть кулуарной темой»)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id != "cn-military-rapprochement-lasting-partnership"


@pytest.mark.parametrize(
    "question", ["кто президент Китая", "who is china's leader", "кто лидер Китая?"]
)
def test_who_leads_a_country_is_not_answered_by_another_countrys_leader(shared_knowledge, question):
    """The briefing names Azerbaijan's president (on his visit to China), not China's: to
    "who is China's president/leader?" that is not stated, not Aliyev. A leader is the
    president's role asked again, no one new."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.NOT_STATED


@pytest.mark.parametrize(
    "question",
    [
        "Какие последствия для России у военного союза Баку и Анкары?",
        "What are the consequences for Russia of the Baku–Ankara military alliance?",
        # its one search word is in a China sentence naming Russia; «это» stands for it here
        "What is the consequence for Moscow of this Turkish-Azerbaijani cooperation?",
    ],
)
def test_the_effect_for_a_party_is_the_sentence_about_that_party(shared_knowledge, question):
    """ "consequences for Russia": the party after "for"/«для» is the one affected, and the
    sentence on what it means for Moscow comes before Ankara's plans for the alliance and
    before a sentence that only names Moscow with the question's words."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-moscow-further-loss-of-influence"


@pytest.mark.parametrize(
    "question",
    [
        "По какой цене Баку покупает китайские дроны?",
        "За какую цену Турция продала дроны?",
        "how expensive are the turkish drones",
        "насколько дорогие турецкие дроны",
        "what's the budget of the china azerbaijan defence deal",
        "какой бюджет у сделки Китая и Азербайджана",
    ],
)
def test_a_price_asked_in_any_case_is_an_amount_the_briefing_does_not_give(
    shared_knowledge, question
):
    """«по какой цене», «за какую цену», "how expensive", "budget" ask an amount, as «цена»
    does; the briefing gives none, so the reply says so instead of answering with the talks
    on purchases. «цене» is no «ценна» (valuable) either: no motive is searched for."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.NOT_STATED
    assert "~purpos" not in shared_knowledge.answering.analyse(question).terms


def test_the_strength_of_an_army_is_a_number_the_briefing_does_not_give(shared_knowledge):
    """«численность» (head count) asks a number, as «сколько» does: the briefing gives no
    size of Azerbaijan's army, so it is not stated, not the partnership's scope."""
    answer = shared_knowledge.answering.ask("какая численность армии Азербайджана")
    assert answer.outcome == Outcome.NOT_STATED


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("summarize the turkey article", "turkey-azerbaijan"),
        ("кратко о чем статья про Китай", "china-azerbaijan"),
        ("главная мысль статьи о Турции", "turkey-azerbaijan"),
        ("main idea of the turkey article", "turkey-azerbaijan"),
    ],
)
def test_the_gist_of_an_article_is_its_own_facts(shared_knowledge, question, article):
    """ "summarize the Turkey article", «главная мысль статьи о Турции» ask about the article
    as a whole: its facts answer, never a refusal (a named article is the briefing's) nor
    the help text."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED
    briefing = shared_knowledge.answering.briefing
    assert all(briefing.fact(r.fact_id).article_id == article for r in answer.results)


@pytest.mark.parametrize(
    "question",
    ["чем отличаются статьи в оценке роли России", "how do the articles differ on turkey"],
)
def test_how_the_articles_differ_compares_the_two_articles(shared_knowledge, question):
    """ "how do the articles differ", «чем отличаются статьи» compare what the two articles
    say, one fact from each, not two parties."""
    read = shared_knowledge.answering.analyse(question)
    assert read.compares == "sources"
    answer = shared_knowledge.answering.ask(question)
    briefing = shared_knowledge.answering.briefing
    assert answer.answered
    assert {briefing.fact(r.fact_id).article_id for r in answer.results} == {
        "china-azerbaijan",
        "turkey-azerbaijan",
    }


@pytest.mark.parametrize("question", ["did aliyev visit moscow", "Алиев ездил в Москву?"])
def test_a_visit_to_another_country_is_a_guess_at_most(shared_knowledge, question):
    """The briefing has Aliyev's visit to China, none to Moscow: that visit is offered as a
    guess, never as the answer to a visit to Russia."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome != Outcome.ANSWERED


@pytest.mark.parametrize(
    "question",
    [
        "what will the joint drone production give azerbaijan",
        "Что даст совместное производство беспилотников Азербайджану?",
    ],
)
def test_what_a_step_gives_is_the_sentence_after_it(shared_knowledge, question):
    """The question names the step (joint production of drones), which one sentence
    states, and asks what it gives: the next sentence, «Такой шаг позволит сократить
    сроки поставок …», answers it, not the sentence that only restates the step."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-localisation-benefits"


@pytest.mark.parametrize(
    "question",
    [
        "where in azerbaijan will china make its weapons",
        "где в Азербайджане Китай наладит производство оружия?",
    ],
)
def test_where_inside_a_country_is_not_another_country(shared_knowledge, question):
    """ "where in Azerbaijan?" asks a place inside it: the localisation sentence says only
    «на азербайджанской территории», and the hub sentence's «в Европе и на Ближнем Востоке»
    is where pressure is, not a place in Azerbaijan; the briefing does not say where."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.NOT_STATED and answer.missing == "place"


def test_a_place_guessed_with_only_asks_where_else(shared_knowledge):
    """ "only in the Caucasus?" guesses the place asked, it places nothing inside it: the
    sentence naming the Caucasus, Central Asia and the Middle East answers it."""
    answer = shared_knowledge.answering.ask(
        "Ankara wants to sell its arms where? Only in Caucasus?"
    )
    assert answer.answered
    assert answer.results[0].fact_id == "tr-ankara-promotes-military-products"


def test_the_name_asked_may_be_a_company_s(shared_knowledge):
    answer = shared_knowledge.answering.ask(
        "the drone firm the ministry signed a contract with, whats its name"
    )
    assert answer.answered
    assert answer.results[0].fact_id == "tr-baykar-drone-contract"


@pytest.mark.parametrize(
    "question",
    ["which drones exactly is azerbaijan getting from baykar, tb2?", "Азербайджан купил TB2?"],
)
def test_a_model_designation_the_briefing_lacks_is_not_stated(shared_knowledge, question):
    """A model's designation, however typed, is a name: the briefing names no drone model."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.NOT_STATED
    assert answer.unknown == ("tb2",) or answer.unknown == ("TB2",)


def test_where_inside_a_country_is_answered_by_a_place_there(shared_knowledge):
    answer = shared_knowledge.answering.ask("where in China do Azerbaijani servicemen study?")
    assert answer.answered
    assert "в военных академиях КНР" in answer.results[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "Есть ли у России союзный договор с Азербайджаном?",
        "does russia have an alliance treaty with baku?",
    ],
)
def test_the_one_party_named_outweighs_the_words_of_another_partys_fact(shared_knowledge, question):
    """Russia's alliance with Baku is Moscow's formal allied relations, not the
    China–Azerbaijan alliance that is not yet formalised, which uses more of the words but
    is not about Russia."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-moscow-cannot-counter"


AZERBAIJAN_REASONS = {"cn-rational-step-for-azerbaijan", "cn-baku-seeks-alternatives-to-russia"}


@pytest.mark.parametrize(
    "question",
    [
        "Зачем Азербайджану дружить с Пекином?",
        "Why is Baku seeking closer ties with Beijing?",
        "zachem azerbaidzhanu sblizhatsya s kitaem",
        "зачем Баку ищет сближения с Китаем, если есть Россия",
        "зачем Баку закупает оружие у Китая?",
        "why is azerbaijan buying chinese weapons?",
    ],
)
def test_why_a_party_draws_closer_gives_its_reasons_not_the_other_partys_gain(
    shared_knowledge, question: str
):
    """Whose reasons a "why" question asks decides between two parties' motives: Baku's
    («Для Азербайджана … шаг рациональный», «Баку ищет альтернативные источники»), not
    what Beijing gains from the same cooperation, nor the sentence saying that Baku buys
    Chinese arms, which gives no reason."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id in AZERBAIJAN_REASONS


@pytest.mark.parametrize(
    ("question", "gainer"),
    [
        ("Зачем Азербайджану Китай?", "azerbaijan"),
        ("Зачем Китаю Азербайджан?", "china"),
        ("Зачем Пекину Баку?", "china"),
        ("Почему Баку тянется к Пекину?", "azerbaijan"),
        ("Why is Azerbaijan interesting to China?", "china"),
        ("Why is Baku turning to Beijing?", "azerbaijan"),
        ("what's in it for Beijing?", "china"),
        ("why is baku shopping for chinese arms instead of russian ones", "azerbaijan"),
        ("why doesn't azerbaijan just rely on europe for weapons", None),
        ("Зачем Баку искать оружие кроме России?", "azerbaijan"),
        ("Where did Aliyev sign it?", None),
        ("Чего Пекин хочет в итоге от Баку?", "china"),
        ("Зачем Баку понадобился Пекин?", "azerbaijan"),
        ("china vs turkey - who gains more from russia getting weaker?", None),
        ("Почему у Москвы не получается помешать Китаю?", None),  # China: what is prevented
        ("Зачем Пекин продаёт оружие Азербайджану?", "china"),  # Baku: to whom it is sold
        ("А что Анкара хочет получить от Баку?", "turkey"),
        ("What is Baku worth to Beijing?", "china"),
        ("what does azerbaijan want?", "azerbaijan"),  # not China's interest in it
        ("а Баку что с этого?", "azerbaijan"),
    ],
)
def test_whose_gain_a_question_asks(shared_knowledge, question: str, gainer: str | None):
    assert shared_knowledge.answering.analyse(question).gainer == gainer


@pytest.mark.parametrize("question", ["what's in it for Baku?", "so what's in it for Azerbaijan?"])
def test_a_partys_gain_is_not_found_by_the_interest_word_of_anothers(shared_knowledge, question):
    """Only Beijing's and Ankara's gains say «интерес»; Baku's do not: asked what is in it
    for Baku, its own gain answers, not China's interest."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id in {
        "cn-baku-seeks-alternatives-to-russia",
        "cn-rational-step-for-azerbaijan",
        "cn-china-no-norms-political-autonomy",
    }


@pytest.mark.parametrize(
    "question", ["чего Китай хочет от Азербайджана?", "kitay chto hochet ot azerov"]
)
def test_what_a_party_wants_of_another_is_its_gain_not_a_plan(shared_knowledge, question):
    """«хочет» is the facts' «намерена» too, and an example question of the purchase talks
    says «хочет закупить»: asked what China wants of Baku, its gain answers, not a plan."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id in {
        "cn-china-interest-access-influence",
        "cn-azerbaijan-hub-for-china",
    }


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "Почему Азербайджан к Турции так тянется в последнее время?",
            "tr-baku-ankara-amid-cooling-with-moscow",
        ),
        ("а что Запад делает по поводу сближения Китая с Баку?", "cn-west-slow-to-react"),
    ],
)
def test_word_order_and_phrasing_do_not_hide_what_is_asked(
    shared_knowledge, question: str, fact_id: str
):
    """«к Турции … тянется» is drawing closer as «тянется к Турции» is; «в последнее
    время» (lately) and «по поводу» (regarding) are how it is put, not «последняя
    составляющая» or a slip of «провод»."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


def test_a_party_weighed_against_is_no_second_subject(shared_knowledge):
    """«если есть Турция» weighs Turkey against China in Baku's reasons: what holds Turkey
    back answers first, and Baku's own reasons follow, though they do not name Turkey (as
    "what did Turkey and China sign?" would need)."""
    answer = shared_knowledge.answering.ask("Зачем Азербайджану Китай, если есть Турция?")
    shown = [r.fact_id for r in answer.results]
    assert answer.answered and shown[0] == "cn-turkey-capabilities-limited"
    assert AZERBAIJAN_REASONS & set(shown)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Что подписали, когда Алиев ездил в Китай?", "cn-comprehensive-strategic-partnership"),
        ("What did Aliyev sign when he visited Beijing?", "cn-comprehensive-strategic-partnership"),
        ("Зачем Азербайджану Китай, когда есть Турция?", "cn-turkey-capabilities-limited"),
        ("What did the ministers who met in Istanbul sign?", "tr-istanbul-memorandum"),
        ("Что подписали те, кто встречался в Стамбуле?", "tr-istanbul-memorandum"),
    ],
)
def test_when_joining_a_clause_asks_no_time(shared_knowledge, question: str, fact_id: str):
    """ "when", "who" after another question word join a clause to it: what was signed on
    the visit is asked, not its date, and what the ministers signed, not who they are
    (which the reply would call not stated)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that the agreements were finalised in Istanbul, where the defence "
        "ministers signed a memorandum?",
        "Правда ли, что документы оформили в Стамбуле, где министры подписали меморандум?",
        "So the piece says the agreements were finalised in Istanbul, where the defence "
        "ministers signed a memorandum, right?",
    ],
)
def test_where_after_a_name_opens_a_clause_about_it(shared_knowledge, question: str):
    """ "Istanbul, where the ministers signed …" tells of Istanbul: the question asks no
    place, and is answered by the sentence it checks (it was "not stated" before)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "tr-istanbul-memorandum"


@pytest.mark.parametrize(
    "question",
    ["Song Jun, where did he speak?", "азеры где учились у китая", "Алиев где подписал заявление?"],
)
def test_where_after_a_name_can_still_ask(shared_knowledge, question: str):
    """A name put first, then the question about it, asks the place."""
    assert shared_knowledge.answering.analyse(question).asks is Detail.PLACE


def test_whose_claim_it_is_is_no_search_word(shared_knowledge):
    question = shared_knowledge.answering.analyse("Каковы, по утверждению атташе, итоги?")
    assert not any(term.startswith("утвержд") for term in question.terms)


def test_what_a_party_needed_another_for_is_its_reasons(shared_knowledge):
    """«понадобился» only restates «зачем»: «Зачем Баку понадобился Пекин?» asks Baku's
    reasons, not a sentence with a word of need."""
    question = shared_knowledge.answering.analyse("Зачем Баку понадобился Пекин?")
    assert question.asks is Detail.REASON and not any("понадоб" in t for t in question.terms)


def test_a_question_naming_two_parties_is_answered_about_them(shared_knowledge):
    """Two parties named (not the hub) and no comparison: the facts about either come
    before a sentence about suppliers in general."""
    answer = shared_knowledge.answering.ask(
        "and what about america and the eu as weapons suppliers for baku?"
    )
    assert answer.results[0].fact_id in {
        "cn-us-keeps-distance",
        "cn-european-supplies-political-conditions",
    }


@pytest.mark.parametrize("question", ["What's in it for Ankara?", "Чего Анкара добивается в Баку?"])
def test_what_turkey_is_after_is_its_own_intent(shared_knowledge, question: str):
    """A statement naming what a party intends («Анкара намерена …») gives its gain: what
    Turkey is after is its plan to promote its arms, not China's interest."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "tr-ankara-promotes-military-products"


@pytest.mark.parametrize(
    "question", ["Why is China interested in Azerbaijan?", "почему Китаю интересен Азербайджан?"]
)
def test_why_a_party_is_interested_is_what_the_other_is_of_interest_as(shared_knowledge, question):
    """ "Why is China interested?" is answered by what Azerbaijan is of interest to it as (a
    hub), a reason; «Его интерес — системный доступ …» says what the interest is, which
    "what does China want?" asks."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "cn-azerbaijan-hub-for-china"


@pytest.mark.parametrize(
    "question",
    [
        "who's this Song Jun and what was his message about defence ties with Azerbaijan?",
        "Кто такой Сун Джун и что он говорил о сотрудничестве Китая и Азербайджана?",
        # told, not asked: "who" and "is" around the name
        "Tell me who Colonel Sun Jun is, and how he spoke of the China–Azerbaijan relationship",
    ],
)
def test_who_someone_named_is_asks_no_one_else(shared_knowledge, question):
    """ "Who is Song Jun?" is answered by the sentence giving his role, although it names
    no one but him and the countries asked about."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "cn-attache-cooperation-new-heights"


def test_who_the_holder_of_a_role_is_still_asks_a_person(shared_knowledge):
    assert shared_knowledge.answering.analyse("Who is the attaché?").asks is Detail.PERSON


@pytest.mark.parametrize(
    "question",
    [
        "Who was signing memorandum in Istanbul, which ministers?",
        "кто подписал меморандум в Стамбуле, какие министры?",
        "Кто подписал меморандум в Стамбуле? Какие такие министры?",
    ],
)
def test_which_role_asks_which_and_is_answered_by_the_role(shared_knowledge, question):
    """ "which ministers?" asks which ones: «министры обороны двух стран» answers it, where
    "who are the ministers?" would give the role itself and ask their names."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "tr-istanbul-memorandum"


def test_what_he_said_asks_his_words(shared_knowledge):
    question = shared_knowledge.answering.analyse("tell me what he said, the attaché")
    assert question.asks is Detail.WORDS


def test_each_article_asks_what_both_say(shared_knowledge):
    answer = shared_knowledge.answering.ask("What does each article say about Moscow?")
    assert answer.answered
    assert {r.fact_id.split("-")[0] for r in answer.results} == {"cn", "tr"}


def test_and_before_each_of_two_parties_asks_of_both(shared_knowledge):
    """«и Китай, и Турция» sets the two side by side: each one's sentence, answered."""
    answer = shared_knowledge.answering.ask(
        "И Китай, и Турция готовы собирать оружие в Азербайджане?"
    )
    assert answer.answered
    assert answer.results[0].fact_id == "cn-localisation-production"
    assert [r.fact_id.split("-")[0] for r in answer.results] == ["cn", "tr"]


@pytest.mark.parametrize(
    "question", ["What does Beijing get from Baku?", "what does china need from azerbaijan"]
)
def test_what_a_party_gets_from_another_asks_its_gain(shared_knowledge, question):
    """ "what does China get from Baku?" asks China's gain: the sentences giving it, not
    every sentence about the two."""
    gains = {
        "cn-china-interest-access-influence",
        "cn-azerbaijan-hub-for-china",
        "cn-china-probes-region-supply-routes",
        "cn-azerbaijan-transit-production-hub",
    }
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id in gains


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("How does Moscow look at Baku's alliance with Ankara?", Detail.STANCE),
        ("what did the chinese training do for azerbaijan's troops?", Detail.RESULT),
    ],
)
def test_looking_at_is_a_view_and_doing_for_is_a_result(shared_knowledge, question, kind):
    assert shared_knowledge.answering.analyse(question).asks is kind


def test_whom_and_vice_versa_are_no_search_words(shared_knowledge):
    question = shared_knowledge.answering.analyse("Кто кого учил: китайцы нас или наоборот?")
    assert not {"ког", "наоборот"} & set(question.terms)


@pytest.mark.parametrize(
    "question", ["who's the author of the china piece?", "Кто автор статьи про Китай?"]
)
def test_the_author_of_an_article_is_asked_as_its_source(shared_knowledge, question):
    """The article names no author: the sentence citing its outlet answers "who is the
    author?", not the attaché it quotes."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.results[0].fact_id == "cn-military-rapprochement-lasting-partnership"


@pytest.mark.parametrize(
    "question",
    [
        "откуда информация о военном сближении Китая и Азербайджана?",
        "Каков первоисточник информации о военном сближении Китая и Азербайджана?",
    ],
)
def test_a_source_asked_in_the_words_of_a_title_is_the_articles(shared_knowledge, question):
    """Where something comes from, asked in the words of one article's title, is where that
    article comes from: the sentence citing its outlet, answered."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-military-rapprochement-lasting-partnership"


def test_the_authors_view_in_the_words_of_a_title_is_no_source_question(shared_knowledge):
    answer = shared_knowledge.answering.ask(
        "is the author for or against baku cosying up to china?"
    )
    assert answer.results[0].fact_id != "cn-military-rapprochement-lasting-partnership"


def test_the_author_of_an_article_whose_outlet_is_unknown_is_not_answered(shared_knowledge):
    """The Turkey article cites no outlet: "who is its author?" is no question its first
    sentences answer; the reply is unsure and names the word it could not find."""
    answer = shared_knowledge.answering.ask("who is the author of the turkey article")
    assert answer.outcome == Outcome.UNSURE and answer.unused == ("author",)


@pytest.mark.parametrize(
    ("question", "fragments"),
    [
        # "turn to" draws closer, it is no «превращается» (turns into a hub)
        ("Why isn't Baku turning to Europe and America for weapons?", ("США", "Европейские")),
        ("why won't moscow block baku's rapprochement with beijing?", ("Москва",)),
        # "for Baku" names no gainer either: what keeps Europe away is asked
        ("Why isn't Europe an obvious arms supplier for Baku?", ("Европейские",)),
    ],
)
def test_why_not_asks_what_keeps_a_party_from_the_other(shared_knowledge, question, fragments):
    """Denied, drawing closer asks no reasons of the first party named (Baku's reasons
    for China are no answer to why it does not turn to the West)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and any(f in answer.results[0].quote for f in fragments)


def test_a_side_is_whose_view_or_reasons_not_a_word_to_look_for(shared_knowledge):
    """ "the Chinese side" is China speaking, not «стороны» (the parties) of any sentence;
    "the reason on Azerbaijan's side" asks Azerbaijan's reasons."""
    answering = shared_knowledge.answering
    answer = answering.ask("what did all the training achieve, in the words of the Chinese side?")
    assert answer.answered and "повысило профессиональный уровень" in answer.results[0].quote
    for question in (
        "What is the reason on Azerbaijan's side for the partnership with China?",
        "какая причина со стороны Азербайджана дружить с Китаем",
    ):
        read = answering.analyse(question)
        assert (read.asks, read.gainer) == ("reason", "azerbaijan")


def test_the_effect_on_a_party_is_the_sentence_that_says_it_is_for_them(shared_knowledge):
    """ "for the Kremlin" names the party affected as "for Moscow" does, and the sentence
    saying what it means for them («Для Москвы это означает …») comes first."""
    answer = shared_knowledge.answering.ask(
        "What does the growing Baku–Ankara alliance mean for the Kremlin?"
    )
    assert answer.answered and "Для Москвы это означает" in answer.results[0].quote


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("Tell me the exact number of Chinese instructors who worked in Azerbaijan", "quantity"),
        ("what is the number of drones in the Baykar contract?", "quantity"),
        ("Baykar drone deal - value?", "amount"),  # what it is worth
    ],
)
def test_the_number_or_value_of_something_is_a_detail_the_briefing_lacks(
    shared_knowledge, question, missing
):
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.NOT_STATED and answer.missing == missing


@pytest.mark.parametrize(
    "question",
    [
        "Мы с соседом вчера долго спорили на даче. Почему Баку сближается с Анкарой?",
        "My uncle served in Baku in the eighties and remembers it fondly. "
        "Why is Baku so close to the Turks now?",
        # «служил» is a slip away from the facts' «сложиться»: told, not asked
        "Отец служил под Баку, я там вырос. Почему Баку так к Анкаре потянулся?",
    ],
)
def test_what_the_reader_tells_before_asking_only_sets_the_scene(shared_knowledge, question):
    """The sentences before the one asked («мы с соседом спорили») are not what is asked,
    so the answer is as sure as the question alone makes it. "so close to" and «потянулся
    к» draw closer, as "closer" does."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.unused == ()
    assert "на фоне охлаждения отношений с Москвой" in answer.results[0].quote


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        ("Я прочитал статью и запутался: что Турция подписала с Азербайджаном?", "подписали"),
        ("Про Карабах там во второй статье что-то было, а что именно?", "Карабах"),
        ("I read the piece twice and I'm still confused, what did Turkey sign?", "подписали"),
    ],
)
def test_the_readers_own_reading_is_no_word_of_the_question(shared_knowledge, question, fragment):
    """«прочитал», «запутался», «во второй статье», "confused" tell how the reader read,
    not what they ask: the answer is as sure as the question itself makes it."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and fragment in answer.results[0].quote


@pytest.mark.parametrize(
    "question", ["Beijing edge over Moscow - why?", "в чем преимущество Китая перед Россией?"]
)
def test_a_party_set_against_another_is_not_what_is_asked(shared_knowledge, question):
    """ "over Moscow", «перед Россией»: China's edge is asked, and the sentence on it answers
    though it names no Russia (it was only a guess, as if Russia's part were asked too)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and "Китай выигрывает" in answer.results[0].quote


def test_a_stance_needs_only_its_holder_named_in_the_answer(shared_knowledge):
    """ "US stance on AZ–China ties?" asks the US's view of the others: the sentence on the
    US answers it, though it names neither China nor Azerbaijan."""
    answer = shared_knowledge.answering.ask("Washington's stance on the Baku–Beijing ties?")
    assert answer.answered and "США сохраняют дистанцию" in answer.results[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "Для самого Азербайджана дружить с Китаем выгодно?",
        "Выгодно ли самому Азербайджану сближение с Пекином?",
    ],
)
def test_whether_it_pays_for_a_party_asks_that_partys_gain(shared_knowledge, question):
    """«выгодно» asks a gain, and «для самого Азербайджана» names whose: Baku's rational
    step, not what Beijing gets."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and "шаг рациональный" in answer.results[0].quote


def test_what_something_affects_asks_what_comes_of_it(shared_knowledge):
    """«на что влияет …?» asks the result («меняет баланс сил»), not what the alliance is."""
    answer = shared_knowledge.answering.ask("на что влияет союз Пекина и Баку?")
    assert answer.answered and "меняет баланс сил" in answer.results[0].quote


@pytest.mark.parametrize(
    ("question", "fragment"),
    [
        ("Which outlet is cited at the beginning of the China piece?", "Altyn-orda.kz"),
        ("does the author consider Baku's rapprochement with Beijing a good step?", "рациональный"),
        ("What does the author consider more significant than the training?", "существенным"),
    ],
)
def test_words_of_how_the_reader_asks_are_no_words_to_look_for(
    shared_knowledge, question, fragment
):
    """ "cited" asks where an article comes from; "consider", "beginning" only say how the
    reader asks."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and fragment in answer.results[0].quote


def test_stated_and_located_are_no_state_and_no_localisation(shared_knowledge):
    """Snowball stems "stated" as "state" (a country) and "located" as "local"
    (localisation): "stated" is said, and "located" only restates "where"."""
    answering = shared_knowledge.answering
    assert answering.analyse("what was stated at the reception?").terms[0] == "~say"
    located = answering.analyse("where are the training centres located?")
    assert located.asks == "place" and not any("local" in t for t in located.terms)


def test_a_latin_letter_verb_without_its_soft_sign_is_read_as_a_function_word(shared_knowledge):
    """ "sdelat" is «сделать» (no word to look for), not an unknown «сделат»."""
    answer = shared_knowledge.answering.ask("a moskva chto mozhet sdelat?")
    assert answer.answered and answer.unused == ()


@pytest.mark.parametrize(
    "question",
    [
        "Зачем Баку вообще идёт к Пекину, какая логика?",
        "С чего вдруг Азербайджан к КНР потянулся?",
        "Почему Азербайджан к Китаю потянулся, в чём причина?",
    ],
)
def test_going_over_to_a_party_asks_the_reasons_of_the_one_who_goes(shared_knowledge, question):
    """«идёт к», «к … потянулся» draw closer: Baku's reasons are asked («шаг рациональный»),
    not a sentence where «речь идёт» about what was done; «какая логика» asks why."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and "шаг рациональный" in answer.results[0].quote


def test_how_one_party_is_different_from_another_compares_them(shared_knowledge):
    """ "different from", "unlike" compare: the reply sets one fact of each party side by
    side; "the Chinese one" is no word to look for."""
    answering = shared_knowledge.answering
    question = "In what way is Ankara's partnership with Baku different from the Chinese one?"
    assert answering.analyse(question).compares == "parties"
    assert "one" not in answering.analyse(question).terms
    answer = answering.ask(question)
    assert answer.answered
    assert {r.source.article_id for r in answer.results[:2]} == {
        "china-azerbaijan",
        "turkey-azerbaijan",
    }


@pytest.mark.parametrize(
    "question",
    ["на что в итоге повлияет союз Китая и Азербайджана?", "и к чему в итоге это ведёт?"],
)
def test_an_aside_inside_the_phrase_asking_a_kind_hides_nothing(shared_knowledge, question):
    """«в итоге» ("in the end") is an aside: «на что … повлияет» around it still asks a
    result, and it is no word to look for."""
    read = shared_knowledge.answering.analyse(question)
    assert read.asks == "result"
    assert not any(term.startswith("итог") for term in read.terms)


@pytest.mark.parametrize(
    ("question", "article", "closing"),
    [
        ("What does the Turkey piece conclude?", "turkey-azerbaijan", 10),
        ("Чем заканчивается статья про Китай, какой там вывод?", "china-azerbaijan", 9),
        ("whats the author's conclusion in the china article", "china-azerbaijan", 9),
        ("what role for Ankara at the end of the Turkish story?", "turkey-azerbaijan", 10),
        ("How does the China report sum it all up?", "china-azerbaijan", 9),
        ("Какой вывод автор делает в самом конце текста про Китай?", "china-azerbaijan", 9),
        ("Кем становится Анкара по итогу статьи про Турцию?", "turkey-azerbaijan", 10),
        (
            "whats the turkey article's bottom line on ankaras role in the south caucasus",
            "turkey-azerbaijan",
            10,
        ),
        # "close" is where to look, no "closer"
        ("What is Ankara becoming in the Caucasus by the close of the article?",
         "turkey-azerbaijan", 10),
    ],
)  # fmt: skip
def test_what_an_article_concludes_is_in_its_closing_paragraph(
    shared_knowledge, question, article, closing
):
    """ "the conclusion", «вывод», "at the end", "the bottom line" of an article ask what its
    closing paragraph says; "the author" here asks no outlet."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    source = answer.results[0].source
    assert (source.article_id, source.paragraph) == (article, closing)


@pytest.mark.parametrize(
    "question",
    [
        "What advantage does Beijing have over other weapons sellers?",
        "Beijing's edge over other arms exporters?",
        "Чем Китай обходит остальных?",  # overtakes them: no «в обход» (bypassing)
        "Чем Китай выгоднее других партнёров, если верить автору?",  # better than the others
        "чем китай лучше других",
    ],
)
def test_the_others_a_party_is_set_against_are_no_words_of_the_question(shared_knowledge, question):
    """ "over other arms exporters" says against whom: what China wins by is asked, not the
    sentences about arms suppliers."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and "выигрывает за счёт предсказуемости" in answer.results[0].quote


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("Baykar набирает вес?", "tr-baykar-strengthens-position"),  # gains weight: strengthens
        # «изменил» is the «меняет» of the sentence, as "changed" is
        ("что уже изменил союз Китая и Азербайджана?", "cn-alliance-changes-post-soviet-balance"),
    ],
)
def test_words_of_the_same_meaning_find_the_sentence(shared_knowledge, question, fact):
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact


@pytest.mark.parametrize(
    ("polite", "plain"),
    [
        ("Хотелось бы узнать, когда Алиев ездил в Китай?", "Когда Алиев ездил в Китай?"),
        (
            "Будьте добры, что подписали Турция и Азербайджан?",
            "Что подписали Турция и Азербайджан?",
        ),
        ("Прошу прощения, не подскажете, где подписали меморандум?", "Где подписали меморандум?"),
        ("Мне вот любопытно стало: зачем Китаю Азербайджан?", "Зачем Китаю Азербайджан?"),
        (
            "Интересно, а что Турция подписала с Азербайджаном?",
            "Что Турция подписала с Азербайджаном?",
        ),
    ],
)
def test_a_polite_preamble_is_no_word_of_the_question(shared_knowledge, polite, plain):
    """ "I'd like to know", "be so kind", "I wonder" ask nothing: «будьте» is no «будут», and
    «интересно» no interest of a party's."""
    answering = shared_knowledge.answering
    assert answering.analyse(polite).terms == answering.analyse(plain).terms
    assert answering.ask(polite).results[0].fact_id == answering.ask(plain).results[0].fact_id


def test_ukrainian_words_of_a_question_are_read(shared_knowledge):
    answer = shared_knowledge.answering.ask("що підписали Туреччина і Азербайджан?")
    assert answer.answered
    assert answer.results[0].fact_id == "tr-new-agreements-security-logistics"


def test_the_amount_of_a_contract_is_not_stated(shared_knowledge):
    answer = shared_knowledge.answering.ask("What was the amount of the Baykar contract?")
    assert (answer.outcome, answer.missing) == (Outcome.NOT_STATED, "amount")


@pytest.mark.parametrize("question", ["what did colonel Sun say?", "что сказал полковник Сун?"])
def test_the_attache_by_rank_and_surname_is_the_attache(shared_knowledge, question):
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and not answer.unknown
    assert answer.results[0].fact_id == "cn-attache-cooperation-new-heights"


def test_competitors_answer_who(shared_knowledge):
    """ "who?" is answered by «геополитических конкурентов»: rivals are someone."""
    answer = shared_knowledge.answering.ask(
        "Who is alarmed by the defence part of the China–Azerbaijan partnership?"
    )
    assert answer.answered
    assert answer.results[0].fact_id == "cn-defence-component-alarms-rivals"


@pytest.mark.parametrize("question", ["Чего хочет Китай?", "чего Китай в итоге хочет?"])
def test_what_a_party_wants_is_its_interest_not_a_purchase_it_plans(shared_knowledge, question):
    """«хочет» in «чего … хочет» asks China's interest; as a word of plans ("wants to buy")
    it had found the arms talks through their example question."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-china-interest-access-influence"


def test_a_stop_word_names_no_topic(shared_knowledge):
    """ "concerning Ukraine" is about Ukraine: "concerning" is no "concern" of other powers
    (a topic, whose facts had all tied first)."""
    question = "What is the attitude of Baku concerning Ukraine?"
    assert not shared_knowledge.answering.analyse(question).topics
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "tr-baku-supports-kyiv"


def test_the_place_a_country_holds_for_another_is_its_role(shared_knowledge):
    """«какое место … занимает» asks a role, no location (it had cited the training
    centres as a place)."""
    answer = shared_knowledge.answering.ask(
        "Какое место занимает Азербайджан для Китая на Южном Кавказе?"
    )
    assert answer.answered and answer.results[0].fact_id == "cn-azerbaijan-hub-for-china"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # «стал» is only "became": no word of the key-ally sentence's example questions
        ("почему Баку стал ближе к Анкаре?", "tr-baku-ankara-amid-cooling-with-moscow"),
        (
            "почему Азербайджан стал теснее дружить с Турцией?",
            "tr-baku-ankara-amid-cooling-with-moscow",
        ),
    ],
)
def test_an_auxiliary_verb_is_no_word_of_the_question(shared_knowledge, question, fact):
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact


def test_an_institution_named_by_its_kind_answers_what_kind(shared_knowledge):
    """ "In what institutions were they trained?" is answered by «в военных академиях КНР»
    (what kind); "which academies?" gives the kind itself and asks their names, which
    the briefing does not state."""
    answering = shared_knowledge.answering
    kind = answering.ask("In which institutions did Azerbaijani servicemen train in China?")
    assert kind.answered
    assert kind.results[0].fact_id == "cn-azerbaijani-servicemen-prc-academies"
    names = answering.ask("Which Chinese academies did the Azerbaijani officers attend?")
    assert names.outcome == Outcome.NOT_STATED


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "Как автор интерпретирует высказывание атташе в контексте эволюции диалога?",
            "cn-practical-integration",
        ),
        ("how does the author read the attaché's words?", "cn-practical-integration"),
        # no words of his quoted: the sentence on the visit itself
        ("как автор оценивает визит Алиева в Китай?", "cn-aliyev-state-visit-china"),
    ],
)
def test_the_authors_reading_of_someones_words_is_the_comment_after_them(
    shared_knowledge, question, fact_id
):
    """How the author reads what someone said is the article's comment just after their
    words («Формулировка предельно ясная …»), though it names no one; of someone whose
    words the article does not give, the sentence about them."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        "How many sectors does the China-Azerbaijan partnership statement cover?",
        "сколько сфер охватывает заявление о стратегическом партнёрстве?",
    ],
)
def test_how_many_kinds_is_answered_by_the_list_of_them(shared_knowledge, question):
    """ "How many sectors?" counts the sectors the sentence lists («экономику,
    инфраструктуру, энергетику, кибербезопасность и оборону»); "how many drones?" still
    needs a number."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "cn-partnership-document-scope"
    drones = shared_knowledge.answering.ask("how many drones did Azerbaijan buy from Baykar?")
    assert drones.outcome == Outcome.NOT_STATED


@pytest.mark.parametrize(
    "question",
    [
        "When the author writes that Beijing imposes no norms and demands no ideological "
        "loyalty, is that attributed to anyone, or is it his own assertion?",
        "Does the Turkey piece say how much this cooperation matters for regional politics?",
    ],
)
def test_a_lead_with_when_and_how_much_it_matters_ask_no_detail(shared_knowledge, question):
    """ "When the author writes that …, is that …?" leads into the question, asking no
    time; "how much it matters" asks how far, no amount: neither is "not stated"."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome != Outcome.NOT_STATED and answer.missing is None


def test_what_he_said_after_a_preposition_is_what_it_is_about(shared_knowledge):
    """ "the writer's gloss on what he said" asks no words of his: the question is whether
    the sentence is his characterisation, and it is not "not stated"."""
    question = (
        "The text says the dialogue is moving past the ceremonial stage into practical "
        "integration. Is that his characterization, or the writer's gloss on what he said?"
    )
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome != Outcome.NOT_STATED
    assert "cn-practical-integration" in [r.fact_id for r in answer.results]


def test_went_over_to_a_party_asks_the_reasons_of_the_one_who_went(shared_knowledge):
    """«пошёл к», «повернулся к» draw closer, as «идёт к»: Baku's reasons are asked."""
    for question in ("почему Баку пошёл к Пекину?", "почему Баку повернулся к Китаю?"):
        assert shared_knowledge.answering.analyse(question).gainer == "azerbaijan"


@pytest.mark.parametrize(
    "question",
    ["а как это отражается на отношениях с Кремлём?", "И как это сказывается на позициях России?"],
)
def test_the_word_asking_an_effect_is_no_word_to_look_for(shared_knowledge, question):
    """«отражается», «сказывается» ask what comes of it, as "affect" does: no fact needs to
    use them (nor is «сказывается» a slip of «оказывает»)."""
    asked = shared_knowledge.answering.analyse(question)
    assert asked.asks is Detail.RESULT
    assert not any(term.startswith(("отража", "оказыва", "сказыва")) for term in asked.terms)


def test_a_remark_after_the_question_gives_no_place(shared_knowledge):
    """A reader's remark after the question ("I have only seen Istanbul on postcards") is no
    place the question gives: the sentence saying Istanbul answers "where?"."""
    answer = shared_knowledge.answering.ask(
        "Где подписали меморандум? Стамбул я видела только на открытках."
    )
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id == "tr-istanbul-memorandum"


@pytest.mark.parametrize(
    "question",
    [
        "Азербайджанские офицеры учились в Китае? А кто модернизировал их учебные центры?",
        "Did Azerbaijani officers study in China? And who helped upgrade their training centres?",
    ],
)
def test_people_named_by_their_trade_answer_who(shared_knowledge, question):
    """«Китайские инструкторы» answer "who helped?" as a named person would."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-chinese-instructors-training-centres"


@pytest.mark.parametrize(
    "question",
    ["Briefly, what is in it for China with Azerbaijan?", "what's in it for Beijing with Baku?"],
)
def test_of_tied_facts_the_one_naming_the_parties_comes_first(shared_knowledge, question):
    """«Для Китая Азербайджан представляет интерес как … хаб» names both parties asked; «Его
    интерес — …» leans on the sentence before it: tied, the first stands alone better."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.results[0].fact_id == "cn-azerbaijan-hub-for-china"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("why is baku turning to ankara at this time", "tr-baku-ankara-amid-cooling-with-moscow"),
        (
            "so how come baku is cosying up to beijing, what's the reason",
            "cn-rational-step-for-azerbaijan",
        ),
    ],
)
def test_a_party_turning_to_another_is_given_its_reasons_for_that_one(
    shared_knowledge, question, fact_id
):
    """ "Cosying up" turns to a party as "turning to" does; Baku's reasons for China answer
    nothing about Ankara."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id
