"""Readers' own words: everyday paraphrases of what the facts say are read as the words the
facts use (synonym groups, phrases read as one word, a fact's example questions), so the
reader gets the fact instead of an unsure reply or another fact."""

from __future__ import annotations

import pytest

from knowledge.language.question import preamble
from knowledge.outcomes import Detail, Outcome
from knowledge.service import Knowledge


@pytest.mark.parametrize(
    "question",
    [
        "Why doesn't the Kremlin trust Baku?",
        "Why isn't Turkey enough for Azerbaijan?",
        "Didn't Turkey and Azerbaijan sign a deal?",
        "Aren't China and Azerbaijan allies?",
    ],
)
def test_half_of_a_negative_contraction_is_no_search_word(
    shared_knowledge: Knowledge, question: str
) -> None:
    """A negative contraction is split at its apostrophe: its "doesn" is no search word."""
    terms = shared_knowledge.answering.analyse(question).terms
    assert not {"doesn", "isn", "didn", "aren"} & set(terms)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "Did China help revamp Azerbaijan's training grounds?",
            "cn-chinese-instructors-training-centres",
        ),
        (
            "What did the Chinese colonel promise at the Baku party?",
            "cn-attache-cooperation-new-heights",
        ),
        (
            "Будут ли Турция и Азербайджан обмениваться разведданными?",
            "tr-intelligence-communications-integration",
        ),
        ("Российская оборонка выдохлась?", "cn-russian-defence-industry-exhausted"),
        ("Which Chinese military kit are they negotiating over?", "cn-arms-purchase-talks"),
        ("Кроме Кавказа куда ещё Анкара метит?", "tr-ankara-promotes-military-products"),
        (
            "Может ли сближение Баку и Анкары привести к объединению?",
            "tr-informal-alliance-regional-bloc",
        ),
        (
            "whose zone of interest was the south caucasus traditionaly?",
            "cn-step-into-russia-turkey-sphere",
        ),
        ("is Baku ditching Russian weapons?", "cn-baku-seeks-alternatives-to-russia"),
        (
            "а баку от российского оружия отказывается че ли",
            "cn-baku-seeks-alternatives-to-russia",
        ),
        ("почему баку к анкаре переметнулся", "tr-baku-ankara-amid-cooling-with-moscow"),
        ("Почему Баку не может просто опереться на Турцию?", "cn-turkey-capabilities-limited"),
        (
            "Does China's step go into area considered of interest of other powers?",
            "cn-step-into-russia-turkey-sphere",
        ),
        (
            "Как автор оценивает поворот Баку к Китаю — разумно ли это, на его взгляд?",
            "cn-rational-step-for-azerbaijan",
        ),
        (  # «возможно создание …», not "would make it possible" (would allow)
            "is it possible Azerbaijan will make Turkish drones itself?",
            "tr-joint-drone-production-azerbaijan",
        ),
        ("what does local assembly of Turkish drones make possible?", "tr-localisation-benefits"),
        ("неужели Турция заблокирует союз Баку с Пекином?", "cn-turkey-watches-cautiously"),
        ("что такое «союз нового типа»?", "cn-new-type-of-union"),  # «такое»: no word to find
        # one party giving another: what it offers, not what comes of something
        ("что Китай даёт Баку кроме оружия?", "cn-china-no-norms-political-autonomy"),
        ("what does China give Azerbaijan?", "cn-china-no-norms-political-autonomy"),
        ("what does Turkey give Azerbaijan?", "tr-new-agreements-security-logistics"),  # no offer
        ("а Китай чем лучше?", "cn-china-wins-predictability"),  # its advantage
        # the document the scope sentence speaks of is the joint statement
        (
            "Which sectors does the joint statement on comprehensive strategic partnership cover?",
            "cn-partnership-document-scope",
        ),
        (
            "Какие сферы охватывает совместное заявление о всестороннем стратегическом "
            "партнёрстве?",
            "cn-partnership-document-scope",
        ),
        ("а для Кремля чем это аукнется?", "tr-moscow-further-loss-of-influence"),  # slang
        (
            "что там китайцы с азербайджанцами мутят в армии?",
            "cn-exchanges-technology-exercises-education",
        ),  # slang: what they are up to
        # military abbreviations of Azerbaijan: no name the briefing lacks
        ("Где подписывали соглашения АзР и Турции?", "tr-istanbul-memorandum"),
        ("китайские спецы в учебках АзВС работали?", "cn-chinese-instructors-training-centres"),
        # a falling-out is the distrust the article tells of
        ("is there bad blood between Moscow and Baku?", "tr-kremlin-baku-distrust-aliyev-ukraine"),
        ("Баку с Москвой поругались?", "tr-kremlin-baku-distrust-aliyev-ukraine"),
    ],
)
def test_a_word_of_a_synonym_group_finds_the_fact(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """Readers' words: "revamp" is modernising, "promise" is saying, "разведданные" are
    intelligence, «выдохлась» is exhausted, «объединение» an alliance, "kit" arms, «метит»
    intends («куда ещё …?» asks where else), a "zone" of interest the article's «зона
    интересов» (a sphere in its translation), dropping («отказывается от», "ditching") what
    one depended on its «снижение зависимости»: each is searched with its group's words."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "term", "fact_id"),
    [
        ("Кем был скреплён меморандум в Стамбуле?", "~sign", "tr-istanbul-memorandum"),
        (
            "Допускают ли специалисты в обозримой перспективе сборку турецких дронов в Баку?",
            "исключа",
            "tr-joint-drone-production-azerbaijan",
        ),
        (
            "Чьей зоной интересов традиционно почитался Южный Кавказ?",
            "~perceiv",
            "cn-step-into-russia-turkey-sphere",
        ),
    ],
)
def test_an_old_fashioned_word_is_read_as_the_facts_say_it(
    shared_knowledge: Knowledge, question: str, term: str, fact_id: str
) -> None:
    """A formal reader's words: «скреплён» is sealed (signed), «допускают» is «не
    исключают», «почитался» is «воспринимался», «специалисты» are experts, «в обозримой
    перспективе» is «в ближайшие годы»."""
    assert term in shared_knowledge.answering.analyse(question).terms
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("азербы рил учились в китайских военках или это кринж фейк", "Китайские инструкторы"),
        ("собираются китайское оружие клепать прям в азере или нет", "локализации части"),
        ("какие сферы покрывает этот док о партнерстве с китаем", "охватывает экономику"),
        ("почему россия ничё не может сделать с этим", "едва ли может противодействовать"),
        ("Would it be fair to say Baku has, in effect, taken Kyiv's side?", "поддерживает Киев"),
        (
            "Which markets beyond the Caucasus does Ankara appear to have in mind?",
            "Ближнем Востоке",
        ),
        ("Why does Beijing's offer appeal to Azerbaijan?", "политическую автономию"),
        ("What have China and Azerbaijan achieved so far?", "реализовали ряд конкретных"),
        ("штаты чё по этой теме, вписываются?", "США сохраняют дистанцию"),  # get involved
        ("кто в выигрыше по китайской статье?", "Китай выигрывает"),
        ("норм ли это для Баку с Китаем дружить?", "шаг рациональный"),  # no norms imposed
        ("what about the yanks, are they in on any of this", "США сохраняют дистанцию"),
        ("чё китайский дядька из посольства наобещал про военку", "достигнет новых высот"),
        ("анкара на что хочет юзать союз с баку в долгосрок", "для продвижения своей"),
        ("can china just back out of the region later?", "уже необратимый"),
        ("китайцы с азерами уже на практике работают или тока болтают", "практической"),
        ("китай с азербайджаном военные дела дальше будут развивать?", "достигнет новых высот"),
        ("правильно ли Баку делает, что дружит с Китаем?", "шаг рациональный"),
        ("wah dem call di informal bloc ting wid turkey", "турецкой версии"),  # Jamaican
        ("whit does china offer baku apart fae the weapons", "политическую автономию"),  # Scots
        ("how is china comin oot on top here", "за счёт предсказуемости"),
        ("why baku a look to china fi weapons nowadays", "ищет альтернативные"),
        ("yo who di chinese army guy at di embassy in baku", "полковник Сун Джун"),
        ("кит-азерб сближение это уже необратимо или как", "уже необратимый"),  # «кит»: Китай
        (
            "where'd the chinese attache give his lil speech about defense ties",
            "в Баку официальном",
        ),
        ("а недоверие кремля к баку в чом видно", "проявляется как в дипломатической"),
        ("and where's Uncle Sam on that?", "США сохраняют дистанцию"),  # a stance, no place
        ("а США куда смотрят?", "США сохраняют дистанцию"),  # how they react, no direction
        # "make his remarks": what he said, nothing produced
        ("Whereabouts did the military attaché make his remarks?", "в Баку официальном"),
        # a teenager's Russian: «гонял» went, «блочить» block, «тащит» wins, «отваливает»
        # drifts away, «раша» Russia
        ("алиев когда в китай сгонял", "23 апреля 2025 года"),
        ("турки будут китай блочить?", "вряд ли станет блокировать"),
        ("за счет чего китай тащит", "за счёт предсказуемости"),
        ("баку от раши отваливает или нет", "отдаляясь от Москвы"),
        ("стало лучше от обучения в Китае?", "повысило профессиональный"),  # it improved
        # an Azerbaijani «балам» (my dear), «ребята» (the men), «ихних» (theirs)
        ("ай балам, наши ребята в китае учатся чтоли? в академиях ихних?", "военных академиях"),
        ("кто такой Сун Джун чё за тип", "военный атташе"),  # «что за тип»: who he is
        ("на предмет чего Баку осуществляет сближение с Пекином?", "шаг рациональный"),
        # officialese: «в отношении», «в рамках», «положение», «занимает» ask nothing to find
        ("Какую позицию официальный Баку занимает в отношении Киева?", "поддерживает Киев"),
        (
            "Каково положение европейских поставок в рамках осуществления военной модернизации "
            "Азербайджана?",
            "Европейские поставки",
        ),
        # Jamaican "ova", "get outta"; "more strong"; figures of speech: "in this game"
        ("how china a win ova di others dem", "за счёт предсказуемости"),
        ("wah china get outta dis azerbaijan ting", "стратегический хаб"),  # its interest
        ("Why Baku make partnership with Ankara more strong now?", "на фоне охлаждения"),
        ("Why China is winning in this game in Caucasus?", "за счёт предсказуемости"),
        ("why is azerbaijan a good place for china", "стратегический хаб"),  # a hub
        # Belarusian letters and words in Russian: «Кітай», «дзе», «калі», «якога», «ці»
        ("Дзе Азербайджан з Турцыяй падпісалі новыя дакументы?", "в Стамбуле"),
        ("Калі Алиев у Кітай ездзіў, якога чысла і года?", "23 апреля 2025"),
        ("Пекин ці навязвае Азербайджану свае нормы, ідэалогію якую?", "не навязывает норм"),
        # Australian: what they have "done" is what they carried out; "fair dinkum" asks
        (
            "so is china-az military cooperation just talk or have they actually done stuff?",
            "реализовали ряд конкретных",
        ),
        ("fair dinkum, no ideological strings at all?", "идеологической лояльности"),
        ("does beijing get baku mixed up in regional fights", "не вмешивается"),  # interfere
        # "what good has it done?" asks what came of it; "kick up a fuss" is to oppose it
        (
            "What good has all that training done them, according to the Chinese fella?",
            "повысило профессиональный",
        ),
        (
            "How will Turkey take the China business, will they kick up a fuss about it?",
            "вряд ли станет блокировать",
        ),
        # how a piece "frames" or "characterizes" something is no search word
        ("How is Azerbaijan characterized as a hub for China?", "стратегический хаб"),
        (
            "How does the Turkey piece frame the trajectory of the partnership beyond one-off "
            "contracts?",
            "институционализированный союз",
        ),
        # an alliance "official" is one formalised, not the official reception
        ("is the china azerbaijan alliance official", "пока не оформлен"),
        # the Caucasus the reader tells of is no side of the name asked: the attaché's
        (
            "я туристам своим про Кавказ рассказываю: кто из китайских военных сказал, что "
            "сотрудничество «достигнет новых высот»? Как его зовут-то?",
            "полковник Сун Джун",
        ),
        # who he is, asked twice: his post, no one else, and no «работе» of the sentences
        ("кто такой Сун Джун и кем он, получается, в Азербайджане работает?", "полковник Сун Джун"),
        # "maybe in China?" is the reader's guess at the place, not where in China
        (
            "where will they produce chinese weapons, maybe in china?",
            "на азербайджанской территории",
        ),
        (
            "а производить китайское оружие где собираются, тоже в китае?",
            "азербайджанской территории",
        ),
        # «назад повернуть» is reversing: the step is irreversible
        ("можно ли назад повернуть шаг Китая на территорию интересов России?", "необратимый"),
        # "could they go back on it" is reversing too, no going on
        ("could china go back on its step into russia's sphere?", "необратимый"),
        # a "photo op" is for show: the visit is called a key stage
        ("was the visit to china just a photo op?", "Ключевым этапом"),
        # the country a war is in is where, no side the question gives
        ("whos azerbaijan backin in the ukraine war like", "поддерживает Киев"),
        ("кого поддерживает Баку в войне на Украине?", "поддерживает Киев"),
        ("Кого поддерживает Баку в украинском вопросе?", "поддерживает Киев"),
        # «выступает в роли»: the role played, no one speaking
        ("В какой роли выступает Анкара на Южном Кавказе?", "гаранта безопасности"),
        ("who does baku back in the ukraine crisis?", "поддерживает Киев"),
        # "block" after "to" is countering (a bloc otherwise); "try" asks nothing
        ("will russia try to block it?", "противодействовать"),
        # "what's China after?" asks what it wants; Scots "lang" is "long"
        ("Whit's China after in Azerbaijan, in the lang run like?", "системный доступ"),
        # «по делу» is in practice (beyond protocol); «мало что ли», "isn't … enough?" limits
        ("u nih s kitaem diplomatiya odna ili uzhe po delu rabotayut", "практической интеграции"),
        ("zachem baku kitai, turcii malo chto li", "возможности ограничены"),
        ("why does baku need china, isn't turkey enough?", "возможности ограничены"),
        # what the Turkey–Azerbaijan cooperation means for Russia: Turkey's article says, not
        # China's, which names Russia too
        ("What does all this Turkey-Azerbaijan cooperation mean for Russia?", "Для Москвы"),
        # an article's "main claim" is its gist: its lead, no claim made in it
        ("What's the main claim of the China article?", "перестаёт быть кулуарной"),
        # "in addition to" sets the memorandum aside, as "besides" does
        ("In addition to the memorandum, what did Azerbaijan sign with Turkey?", "Baykar"),
        # «поважнее» is «важнее»: what is set above the training
        ("Что в китайской статье поважнее учёбы считают?", "более существенным"),
        # what Azerbaijan "represents for" China: what it is of interest as, not a
        # representative
        ("what does Azerbaijan represent for China?", "представляет интерес"),
        # arms built "inside Azerbaijan": localised, Turkey's side as China's
        ("would the turks build weapons inside azerbaijan", "локализация сборки"),
        # what they "already did", what was «конкретно сделано»: what the sides carried out
        ("the chinese say they already did what with azerbaijan?", "передаче технологий"),
        ("Что конкретно сделано Китаем и Азербайджаном?", "передаче технологий"),
        # Scots "aw", "naw", "thegither" are English, no Russian typed in Latin letters
        ("so did aw the trainin make the army ony better or naw", "боеспособность"),
        (
            "so whit have china and azerbaijan done thegither on the military side",
            "передаче технологий",
        ),
        # «всерьёз или одни разговоры?»: in practice, or at the protocol level only
        ("Китай с Азербайджаном это всерьёз?", "практической интеграции"),
        ("Там у Баку с Пекином только разговоры?", "протокольного уровня"),
        # «мотался в Китай»: slang for a trip, no «мотив»
        ("Когда Алиев в Китай мотался?", "23 апреля 2025"),
        # «речь толкал», «выступление»: what was said, as "speech" is
        ("Кто от китайцев речь толкал в Баку?", "полковник Сун Джун"),
        # Northern English: "dyer" is you, "summat" something
        (
            "wat dyer reckon turkey an azerbaijan might end up as, like a bloc or summat",
            "турецкой версии",
        ),
    ],
)
def test_slang_and_understatement_are_read_as_meant(
    shared_knowledge: Knowledge, question: str, quote: str
) -> None:
    """A gamer's «рил» is «реально», «клепать» to produce, «док» a document, «покрывает»
    covers, «ничё не может сделать» cannot counter, «вписываются» getting involved (or keeping
    a distance), «в выигрыше» winning, «норм ли» whether it is sensible (no norms), "the
    yanks" the Americans, «наобещал» «обещал», «юзать» «использовать», «долгосрок»
    «долгосрочной»; «кринж», «фейк», «по этой теме», «дядька» say nothing to search. A
    diplomat's "would it be fair to say", "in effect", "appear" say nothing either, "taken
    Kyiv's side" is supporting Kyiv, "have in mind" intending, "appeal" asks no word;
    what was "achieved so far" is what the sides "carried out"; "back out" is reversing
    course, «тока болтают» «только болтают», talk for form (the protocol level); what
    «дальше будет» is what the attaché says «продолжит»; Jamaican "di", "dem", "fi", "wid",
    "ting" are "the", "they", "for", "with", "thing"; an "army guy" is a military man, and
    to give a speech is to speak; «в чом видно» is «в чём проявляется»; Uncle Sam is the
    United States, and where he is "on that" his stance; Scots "whit", "fae", "oot" are
    "what", "from", "out"."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and quote in answer.results[0].quote


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("скольки азербайджанских военных обучили в китае", "quantity"),  # «сколько»
        ("планируют ли собирать турецкие дроны в АЗ и в какие сроки", "time"),
        ("а с какого времени оно так", "time"),  # since when
        ("And on what grounds does he arrive at that conclusion?", "reason"),
        ("На чём основано это преимущество?", "reason"),
        ("Does the author have much faith in the West's ability to respond?", "stance"),
    ],
)
def test_a_kind_asked_in_everyday_words(shared_knowledge: Knowledge, question: str, asks: str):
    """«скольки» is how many, «в какие сроки» when, "have faith in" a stance (no loyalty)."""
    read = shared_knowledge.answering.analyse(question)
    assert read.asks == asks and "~loyalti" not in read.terms and "срок" not in read.terms


def test_a_name_asked_in_belarusian_is_not_stated(shared_knowledge: Knowledge) -> None:
    """«Як завуць …» is «как зовут»: the defence ministers' names, which the briefing does
    not give, not the sentence saying they signed."""
    answer = shared_knowledge.answering.ask(
        "Як завуць міністраў абароны, хто ў Стамбуле падпісваў той мемарандум?"
    )
    assert answer.outcome is Outcome.NOT_STATED


@pytest.mark.parametrize(
    "question", ["so how's it coming together?", "so whats holdin it together then"]
)
def test_coming_or_holding_together_is_forming(shared_knowledge: Knowledge, question: str):
    """What brings or holds an alliance "together" is how it is forming («формируется»),
    nothing done jointly."""
    terms = shared_knowledge.answering.analyse(question).terms
    assert "form" in terms and "~joint" not in terms


def test_to_turn_into_is_to_become(shared_knowledge: Knowledge) -> None:
    """ "turn into" is what the facts call «превратиться», not a turn."""
    terms = shared_knowledge.answering.analyse("What could Azerbaijan turn into?").terms
    assert "~evolv" in terms and "turn" not in terms


def test_what_a_party_will_become_is_what_it_is_becoming(shared_knowledge: Knowledge) -> None:
    """«кем станет Турция?» asks what the facts say Turkey «становится», not what it will
    or will not do («вряд ли станет блокировать»)."""
    answer = shared_knowledge.answering.ask("а турция в итоге кем станет")
    assert answer.answered and "вряд ли станет" not in answer.results[0].quote
    assert "становится" in answer.results[0].quote or "превращается" in answer.results[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "What was the value of the Baykar contract, in dollars or euros?",
        "Сколько стоил контракт с Baykar в евро?",
        "baykar contract cost in rubles or manats?",
    ],
)
def test_a_currency_is_no_name_and_no_slip(shared_knowledge: Knowledge, question: str) -> None:
    """ "euros" and «евро» are no slips of Europe, "rubles" is no "rules": a sum in a
    currency the briefing does not give is not stated, and Europe's sentences are not cited."""
    read = shared_knowledge.answering.analyse(question)
    assert "europe" not in {e.id for e in read.entities} and "rules" not in read.words
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == "not_stated"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "Is the military bond between China and Azerbaijan permanent now?",
            "cn-military-rapprochement-lasting-partnership",
        ),
        ("Разумно ли Азербайджану укреплять связи с Китаем?", "cn-rational-step-for-azerbaijan"),
        (
            "Is Baku looking at Chinese arms instead of Russian ones?",
            "cn-baku-seeks-alternatives-to-russia",
        ),
        ("Почему Турции недостаточно для Азербайджана?", "cn-turkey-capabilities-limited"),
        ("How does Washington treat Baku?", "cn-us-keeps-distance"),
        (
            "Have relations between Baku and Moscow soured?",
            "tr-baku-ankara-amid-cooling-with-moscow",
        ),
        ("what does the partnership declaration cover?", "cn-partnership-document-scope"),
        ("what is next for baykar?", "tr-joint-drone-production-azerbaijan"),
        ("Что Китай и Азербайджан делают вместе?", "cn-exchanges-technology-exercises-education"),
        ("Наладят ли выпуск китайского оружия в Азербайджане?", "cn-localisation-production"),
        ("Чем Азербайджан ценен для Пекина?", "cn-azerbaijan-hub-for-china"),
        ("What might Baykar do in the next few years?", "tr-joint-drone-production-azerbaijan"),
        ("Какие отрасли охватывает совместное заявление?", "cn-partnership-document-scope"),
        ("Can China's step into the region be undone?", "cn-step-into-russia-turkey-sphere"),
        ("Можно ли откатить назад шаг Пекина в регион?", "cn-step-into-russia-turkey-sphere"),
        ("Is China going to fabricate weapons in Azerbaijan?", "cn-localisation-production"),
        # "cautious" is a word of the Turkish watching, "bullish" the attaché's «успешно»
        (
            "China's attache in Baku - bullish or cautious on the military ties?",
            "cn-attache-cooperation-new-heights",
        ),
    ],
)
def test_a_new_synonym_group_finds_the_fact(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """Groups for what a fact says in one word readers say in many: lasting ("permanent",
    «прочное»), rational («разумно»), alternative ("instead"),
    limited («недостаточно»), stance ("treat", "behave"), cooling ("soured"); a joint statement
    («заявление») is a signed document, an agreement; "next" years are the coming ones;
    «вместе» is joint; «выпуск» is production; what one is «ценен» for is an interest;
    what can be "undone", «откатить» is the facts' «необратимый»; "bullish" is «успешно»;
    to "fabricate" is to produce."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("США дружат с Азербайджаном?", "cn-us-keeps-distance"),
        ("Is the US friendly with Azerbaijan?", "cn-us-keeps-distance"),
        ("Does the Baku Ankara friendship weaken Moscow?", "tr-moscow-further-loss-of-influence"),
        ("Is Baku helping Kyiv?", "tr-baku-supports-kyiv"),
        ("Помогает ли Баку Киеву?", "tr-baku-supports-kyiv"),
    ],
)
def test_friends_are_closer_and_help_is_support(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """Being friends with someone is the facts' rapprochement («сближение», "closer"), and
    helping someone is supporting them."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Does the United States stay away from Azerbaijan?", "cn-us-keeps-distance"),
        ("Как США ведут себя с Азербайджаном?", "cn-us-keeps-distance"),
        ("Is Azerbaijan falling out with Russia?", "tr-baku-ankara-amid-cooling-with-moscow"),
        ("Does Baku side with Kyiv?", "tr-baku-supports-kyiv"),
        ("Will Turkey get in the way of China and Azerbaijan?", "cn-turkey-watches-cautiously"),
        (
            "What was the turning point in relations between Beijing and Baku?",
            "cn-aliyev-state-visit-china",
        ),
        (
            "Что стало поворотным моментом в отношениях Китая и Азербайджана?",
            "cn-aliyev-state-visit-china",
        ),
        (
            "Is getting closer to China a good idea for Azerbaijan?",
            "cn-rational-step-for-azerbaijan",
        ),
        ("Will the Turkish Azerbaijani war games get bigger?", "tr-expanded-joint-exercises"),
        ("Чем грозит России союз Баку и Анкары?", "tr-moscow-further-loss-of-influence"),
        ("Чем Турция не дотягивает как партнёр Баку?", "cn-turkey-capabilities-limited"),
        (
            "what was signed during aliyevs state visit to china",
            "cn-comprehensive-strategic-partnership",
        ),
    ],
)
def test_an_idiom_is_read_as_the_word_it_means(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """ "stay away" is distance, "fall out" cooling, "side with" support, "get in the way"
    hindering, "turning point" a milestone, "war games" exercises, «ведут себя» behaviour,
    «чем грозит» what it means for someone, «не дотягивает» limited, a "state visit" a visit
    (no "state" as a country)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "What are the implications of the Turkey Azerbaijan alliance for Russia?",
            "tr-moscow-further-loss-of-influence",
        ),
        ("What is Beijing's objective in Azerbaijan?", "cn-china-interest-access-influence"),
        (
            "Что в партнерстве Китая и Азербайджана пугает противников?",
            "cn-defence-component-alarms-rivals",
        ),
        ("Кто защищает Южный Кавказ?", "tr-turkey-security-guarantor-baku-distances-moscow"),
        ("Does Beijing dictate to Baku?", "cn-china-no-norms-political-autonomy"),
        ("Does the partnership cover economic cooperation?", "cn-partnership-document-scope"),
    ],
)
def test_a_general_word_of_the_subject_finds_the_fact(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """Readers' general words: "implications" are results, an "objective" a purpose,
    «противники» are rivals, «защищает» guarantees security, "dictate" imposes, "economic"
    is the economy."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "Is the Kremlin powerless against the China Azerbaijan partnership?",
            "cn-moscow-cannot-counter",
        ),
        ("Is the West slow to notice China's moves in the Caucasus?", "cn-west-slow-to-react"),
        (
            "Is China testing the region's defences through Azerbaijan?",
            "cn-china-probes-region-supply-routes",
        ),
        ("Чем полезен Азербайджан для Пекина?", "cn-azerbaijan-hub-for-china"),
        ("Does the Baku Ankara alliance hurt Moscow?", "tr-moscow-further-loss-of-influence"),
    ],
)
def test_a_paraphrase_of_one_fact_is_among_its_example_questions(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """Words only one fact's subject takes ("powerless" Moscow, a "slow" West, «полезен»
    for China, a "hurt" Russia) stand in that fact's example questions."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Will Baku get Chinese jammers?", "cn-arms-purchase-talks"),
        ("Does Azerbaijan want Chinese MLRS?", "cn-arms-purchase-talks"),
        ("Is Azerbaijan pro-Ukraine?", "tr-baku-supports-kyiv"),
        ("Why does China come out ahead?", "cn-china-wins-predictability"),
        ("Why is Azerbaijan drifting towards Turkey?", "tr-baku-ankara-amid-cooling-with-moscow"),
        ("What is the Chinese attaché's name?", "cn-attache-cooperation-new-heights"),
    ],
)
def test_an_expert_or_a_casual_reader_finds_the_fact(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """An expert's "jammers", "MLRS" and a casual reader's "pro-Ukraine",
    "come out ahead", "drifting towards", "what's his name" are read as the facts' words
    (a name asked is a detail, not a word to search)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Америка держится в стороне от Азербайджана?", "cn-us-keeps-distance"),
        (
            "Китай с Азербайджаном теперь военные партнеры навсегда?",
            "cn-military-rapprochement-lasting-partnership",
        ),
        ("Влияние России на Кавказе падает?", "tr-russia-influence-declining-opportunities-turkey"),
        ("Умно ли Азербайджан поступает, сближаясь с Китаем?", "cn-rational-step-for-azerbaijan"),
    ],
)
def test_russian_everyday_words_find_the_fact(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """«держится в стороне» keeps a distance, «навсегда» is lasting, «падает» declines,
    «умно» is rational."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "kind", "fact_id"),
    [
        ("How did the cooperation pay off?", "result", "cn-attache-combat-readiness"),
        ("To what end is China courting Baku?", "reason", "cn-china-interest-access-influence"),
        ("Для чего Турции союз с Азербайджаном?", "reason", "tr-ankara-promotes-military-products"),
        ("Чем обернулось сотрудничество с Китаем?", "result", "cn-attache-combat-readiness"),
    ],
)
def test_a_question_word_for_a_reason_or_a_result(
    shared_knowledge: Knowledge, question: str, kind: str | None, fact_id: str
) -> None:
    """ "pay off" asks what came of something (read as "result"), not an amount; "to what
    end", «для чего» ask a reason (and what the party named wants); «чем обернулось» asks
    the result."""
    answer = shared_knowledge.answering.ask(question)
    assert shared_knowledge.answering.analyse(question).asks == kind
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "entities"),
    [
        ("Are Sino-Azerbaijani military ties growing?", {"china", "azerbaijan"}),
        ("азеры покупают китайское оружие?", {"azerbaijan", "china"}),
        ("Cin ve Türkei: what do they want from Aserbaidschan?", {"china", "turkey", "azerbaijan"}),
        ("İstanbul'da Türkiyə ile Azərbaycan ne imzaladı?", {"turkey", "azerbaijan", "istanbul"}),
        ("что китайцы обсуждали в Bakı", {"china", "azerbaijan"}),
    ],
)
def test_a_readers_name_for_a_party_names_it(
    shared_knowledge: Knowledge, question: str, entities: set[str]
) -> None:
    """ "Sino-" is China, «азеры» (the plural of the slang «азер») are Azerbaijanis."""
    named = {c.id for c in shared_knowledge.answering.analyse(question).entities}
    assert named == entities


@pytest.mark.parametrize(
    "question",
    [
        "How do I repair my car?",
        "Is my laptop reliable?",
        "What is the speed of light?",
        "Why do you ignore me?",
        "Is Russia losing the war in Ukraine?",
        "Are students protesting in Turkey?",
        "Где купить газ в Баку?",
        "Почему падает нефть?",
        "How do I rebuild my credit?",
        "Can Russia replace Western goods?",
        "Какая задача у школы?",
        "Кто враг народа?",
        "Будет ли похолодание в Москве?",
        "Как ускорить компьютер?",
        "How do I renovate my kitchen?",
        "How do I make a profit?",
        "Who is the customer here?",
        "Is there a sale in Baku mall?",
        "What is the forecast for the stock market?",
        "Какой у тебя мотивация?",
    ],
)
def test_an_everyday_word_of_another_subject_answers_nothing(
    shared_knowledge: Knowledge, question: str
) -> None:
    """Words kept out of the groups because questions on other subjects use them the same
    way: "repair", "reliable", "speed", "ignore", "losing", "students" ("protesting" is one
    slip from "protect"), "rebuild", "replace", «газ», «нефть», «задача»,
    «враг», «похолодание», «ускорить», "renovate", "profit", "customer", "sale",
    "forecast", «мотивация»."""
    assert not shared_knowledge.answering.ask(question).answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("What raises eyebrows among China's rivals?", "cn-defence-component-alarms-rivals"),
        (
            "Меняет ли союз Китая и Азербайджана расклад сил на постсоветском пространстве?",
            "cn-alliance-changes-post-soviet-balance",
        ),
        ("Is Baykar becoming more influential in the region?", "tr-baykar-strengthens-position"),
        ("Is Moscow able to stop Baku and Beijing getting closer?", "cn-moscow-cannot-counter"),
        (
            "Beyond the Caucasus, where does Ankara hope to sell its weapons?",
            "tr-ankara-promotes-military-products",
        ),
        ("Sun Jun's words on combat readiness, need it fast", "cn-attache-combat-readiness"),
        ("How does Russia see China and Azerbaijan getting closer?", "cn-moscow-cannot-counter"),
        ("And the West, in which manner do they react?", "cn-west-slow-to-react"),
        (
            "Срочно: как сотрудничество с Китаем повлияло на боеготовность армии?",
            "cn-attache-combat-readiness",
        ),
    ],
)
def test_words_a_reader_adds_are_read_as_meant(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """ "raise eyebrows" is alarm, «расклад сил» the balance of power, "influential" is
    influence; "able", "even", "gone", "often", "beyond", "fast", «срочно», "see", "manner" say
    nothing to search ("we see" in the attaché's words is no view of Moscow's)."""
    answer = shared_knowledge.answering.ask(question)
    terms = shared_knowledge.answering.analyse(question).terms
    said = {"abl", "eyebrow", "расклад", "influenti", "beyond", "fast", "срочн", "see", "manner"}
    assert not said & set(terms)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Отчего Запад не успевает реагировать?", "cn-west-slow-to-react"),
        # why it is interested: what Azerbaijan is of interest to it as
        ("С чего вдруг Китай заинтересовался Азербайджаном?", "cn-azerbaijan-hub-for-china"),
        ("For what purpose is China courting Baku?", "cn-china-interest-access-influence"),
        ("Why on earth does Turkey need Azerbaijan?", "tr-ankara-promotes-military-products"),
        ("What's the upshot for Russia?", "tr-moscow-further-loss-of-influence"),
    ],
)
def test_more_ways_to_ask_why(shared_knowledge: Knowledge, question: str, fact_id: str) -> None:
    """«отчего», «с чего вдруг», «по какой причине», «из-за чего», "for what purpose", "why on
    earth" ask a reason and leave no word of their own to search; "upshot" is a result."""
    answer = shared_knowledge.answering.ask(question)
    read = shared_knowledge.answering.analyse(question)
    assert all(shared_knowledge.briefing.index.df[term] for term in read.terms)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "aside"),
    [
        ("Why did Baku want Chinese arms in the first place?", "place"),
        ("Что говорится про Турцию по версии статьи о Китае?", "верс"),
        ("Чем важен Баку с точки зрения Пекина?", "точк"),
        ("What would the Baykar deal change in practice?", "practic"),
        ("Чем занимается Байкар?", "занима"),  # what it does: what the facts say of it
        ("Что ты знаешь о Байкаре?", "знаеш"),  # what the facts say of it
        ("В чём заключается интерес Пекина?", "~sign"),  # «заключается» is no «заключили»
        ("Чем Китай лучше других партнёров Баку?", "друг"),  # «другие» is "other"
        ("Как Баку относится к Украине, судя по статье про Турцию?", "суд"),  # no court
        ("Какой вывод автор делает в самом конце текста?", "сам"),  # «в самом конце»: at the end
        # the articles agreeing is no agreement signed
        ("Do both articles agree that Moscow is losing ground?", "~sign"),
    ],
)
def test_an_aside_is_no_search_word(shared_knowledge: Knowledge, question: str, aside: str) -> None:
    """ "in the first place", «по версии статьи» say how a question is put, not what about:
    «версии» would find the "Turkish version of a regional bloc"."""
    assert aside not in shared_knowledge.answering.analyse(question).terms


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("What kind of union do China and Azerbaijan have?", "cn-new-type-of-union"),
        ("What sort of alliance is it?", "cn-new-type-of-union"),
        ("Who is Sun Jun, what is his post?", "cn-attache-cooperation-new-heights"),
        ("Sun Jun: what is his position?", "cn-attache-cooperation-new-heights"),
        ("Which post does Sun Jun hold?", "cn-attache-cooperation-new-heights"),
        ("In what capacity did Sun Jun speak?", "cn-attache-cooperation-new-heights"),
    ],
)
def test_a_kind_or_a_persons_position_is_read_as_meant(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """ "what kind of" asks the type (the fact says «союз нового типа»); "his position" is
    his job ("what post", "which post" too), not a stance and not a word no fact about him
    uses; "in what capacity" asks no potential."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize("question", ["Где выступил Сун Джун?", "Где выступал китайский атташе?"])
def test_speaking_in_public_is_saying(shared_knowledge: Knowledge, question: str) -> None:
    """«выступил» (spoke in public) is a word of saying: where the attaché spoke is the
    reception in Baku where he said it, not a word no fact uses."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and "официальном приёме" in answer.results[0].quote


def test_hush_hush_is_secret(shared_knowledge: Knowledge) -> None:
    """ "hush hush" asks whether something is secret (the fact: no longer a backroom topic),
    not about a word no fact uses."""
    answer = shared_knowledge.answering.ask(
        "is the china azerbaijan military thing still hush hush?"
    )
    assert answer.answered and "кулуарной темой" in answer.results[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "Does Beijing ask Baku to be ideologically loyal?",
        "Требует ли Китай от Баку идеологической верности?",
    ],
)
def test_loyal_is_the_facts_loyalty(shared_knowledge: Knowledge, question: str) -> None:
    """ "loyal", «верность» are the facts' «лояльность» (a synonym group), not a slip of
    "local" that makes the question about joint production."""
    answering = shared_knowledge.answering
    topics = {c.id for c in answering.analyse(question).topics}
    assert "localisation-production" not in topics
    answer = answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-china-no-norms-political-autonomy"


@pytest.mark.parametrize(
    ("question", "said", "fact_id"),
    [
        (
            "What is Beijing really after, in the author's view?",
            "view",
            "cn-china-interest-access-influence",
        ),
        (
            "In the author's opinion, why is Baku turning to China?",
            "opinion",
            "cn-rational-step-for-azerbaijan",
        ),
        ("По мнению автора, что нужно Пекину?", "мнен", "cn-china-interest-access-influence"),
    ],
)
def test_the_authors_view_is_whose_account_not_a_stance(
    shared_knowledge: Knowledge, question: str, said: str, fact_id: str
) -> None:
    """ "in the author's view", «по мнению автора» say whose account the reader wants (the
    articles' only), not that the question asks a stance or about the word "view": the
    reply is what the question asks, not the sentence on rivals' alarm ("in the view of")."""
    answering = shared_knowledge.answering
    question_read = answering.analyse(question)
    assert said not in question_read.terms and question_read.asks is not Detail.STANCE
    answer = answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        "Apart from technology, what does China give Baku?",
        "Besides technology, what does China give Baku?",
        "Что Пекин даёт Баку помимо технологий?",
    ],
)
def test_besides_what_the_reader_knows_is_not_that_again(
    shared_knowledge: Knowledge, question: str
) -> None:
    """ "Apart from technology" sets technology aside: the sentence that gives "not only
    technology but political autonomy" answers, not the one only about technology; the
    words that set it aside are no search words."""
    terms = shared_knowledge.answering.analyse(question).terms
    assert not {"apart", "part", "besid", "помим"} & set(terms)
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-china-no-norms-political-autonomy"


@pytest.mark.parametrize(
    "follow_up",
    ["а что ещё обсуждают кроме закупок?", "and besides purchases, what else is discussed?"],
)
def test_besides_the_fact_cited_is_what_else_the_talks_cover(
    shared_knowledge: Knowledge, follow_up: str
) -> None:
    """After the arms talks, «кроме закупок» asks what else is discussed: the local
    production the article names next, not the purchases again."""
    answering = shared_knowledge.answering
    first = answering.ask("What weapons are Baku and Beijing negotiating to buy?")
    assert first.results[0].fact_id == "cn-arms-purchase-talks"
    answer = answering.ask(follow_up, follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == "cn-localisation-production"


@pytest.mark.parametrize(
    "question",
    [
        "How does Washington position itself, according to the article on China?",
        "according to the article, how does washington position itself",
    ],
)
def test_according_to_says_whose_account_not_about_accords(
    shared_knowledge: Knowledge, question: str
) -> None:
    """ "according to" is whose account the reader wants; read as "accords" it made every
    question about the agreements, and the sentence on Washington's distance, the only one
    naming the US, came back unsure."""
    answering = shared_knowledge.answering
    assert not answering.analyse(question).topics
    answer = answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "cn-us-keeps-distance"


def test_what_a_shift_costs_a_country_diplomatically_is_no_price(
    shared_knowledge: Knowledge,
) -> None:
    """ "What does it cost Moscow diplomatically?" asks a loss, not an amount: the reply is
    never "the briefing doesn't say the amount" above the sentence on the Kremlin's distrust."""
    question = "What does Azerbaijan's drift toward Turkey cost Moscow diplomatically?"
    answering = shared_knowledge.answering
    assert answering.analyse(question).asks is not Detail.AMOUNT
    answer = answering.ask(question)
    assert answer.outcome is not Outcome.NOT_STATED
    assert answer.results[0].fact_id == "tr-kremlin-baku-distrust-aliyev-ukraine"


def test_what_a_country_gains_from_ties_is_its_interest(shared_knowledge: Knowledge) -> None:
    """ "what does Beijing gain from …" asks what China is after (the access and influence
    it seeks), not what the ties give Baku."""
    answer = shared_knowledge.answering.ask("what does Beijing gain from its ties with Baku?")
    assert answer.answered
    assert answer.results[0].fact_id == "cn-china-interest-access-influence"


def test_doing_anything_about_it_asks_for_a_reaction(shared_knowledge: Knowledge) -> None:
    """ "Is the West doing anything about …?" asks how it reacts: the sentence on the West
    slow to react, not the step it would react to, which shares more of the words."""
    answer = shared_knowledge.answering.ask(
        "Is the West doing anything about China's step into the region?"
    )
    assert answer.answered
    assert answer.results[0].fact_id == "cn-west-slow-to-react"


def test_how_the_author_describes_is_phrasing(shared_knowledge: Knowledge) -> None:
    """«Как автор описывает природу союза …?»: "describes" and "nature" are how the
    question is put; read as words no fact uses they made the answer unsure."""
    answering = shared_knowledge.answering
    question = "Как автор описывает природу союза Китая и Азербайджана?"
    assert not {"описыва", "природ"} & set(answering.analyse(question).terms)
    answer = answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "cn-new-type-of-union"


@pytest.mark.parametrize(
    "question",
    [
        "What is the US position toward Azerbaijan's army modernisation?",
        "what's washington's attitude towards baku's military modernisation",
    ],
)
def test_toward_is_phrasing(shared_knowledge: Knowledge, question: str) -> None:
    """ "toward(s)" only links a stance to its object: read as a word no fact uses, it made
    the sentence on Washington's distance, the only one naming the US, a guess."""
    answering = shared_knowledge.answering
    assert "toward" not in answering.analyse(question).terms
    answer = answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "cn-us-keeps-distance"


@pytest.mark.parametrize(
    ("question", "phrasing"),
    [
        ("кем становится анкара для южного кавказа", "кем"),
        ("какая роль у турции на южном кавказе получается", "получа"),  # "it turns out"
        ("правильно ли я понимаю, что Китай поставляет оружие Баку?", "~ration"),  # an aside
        ("Kindly advise which outlet is the source of the China report.", "~instructor"),
        ("как зовут министра обороны турции который подписал меморандум", "котор"),
        ("china vs turkey: who supplies more drones?", "vs"),
        ("Как автор называет этот союз?", "называ"),
        ("what does the article call the union?", "call"),
        ("comparing china and turkey, who trains more soldiers?", "compar"),
        ("is there talk of making weapons inside azerbaijan", "insid"),
        ("How does the end of the fighting figure in Azerbaijan's prospects?", "figur"),
    ],
)
def test_grammar_words_are_no_search_words(
    shared_knowledge: Knowledge, question: str, phrasing: str
) -> None:
    """Relative pronouns («который»), question words in other cases («кем»), "vs" and
    "calls" only hold a question together; as words no fact uses they lowered its score."""
    assert phrasing not in shared_knowledge.answering.analyse(question).terms


@pytest.mark.parametrize(
    "question",
    [
        "Beyond the Caucasus, where does Ankara hope to push its arms?",
        "На что рассчитывает Анкара в долгосрочной перспективе?",
    ],
)
def test_hoping_is_intending(shared_knowledge: Knowledge, question: str) -> None:
    """ "hope to", «рассчитывает» are what a party intends (the synonym group of «намерена»):
    the sentence on what Ankara intends to use the alliance for."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-ankara-promotes-military-products"


def test_a_story_is_no_slip_of_exhausted(shared_knowledge: Knowledge) -> None:
    """«история» ("story", phrasing) is one letter from the facts' «истощ-» (exhausted):
    read so, a question on the rapprochement became one on Russia's exhausted industry."""
    answering = shared_knowledge.answering
    question = "Сближение Китая и Азербайджана в военной сфере — всё ещё кулуарная история?"
    assert not any(
        term.startswith(("~exhaust", "истор")) for term in answering.analyse(question).terms
    )
    answer = answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-military-rapprochement-lasting-partnership"


def test_rn_is_now(shared_knowledge: Knowledge) -> None:
    """ "rn" is chat shorthand for "now" (phrasing), not a word no fact uses."""
    question = shared_knowledge.answering.analyse("whats the mood between kremlin n baku rn")
    assert question.words[-1] == "now" and "rn" not in question.terms


def test_according_to_the_article_is_phrasing(shared_knowledge: Knowledge) -> None:
    """«если верить статье» (if the article is to be believed) says whose account, not what
    about: «верить» is no search word (it read as the facts' «версии»)."""
    question = "Почему Баку сближается с Анкарой, если верить автору?"
    analysed = shared_knowledge.answering.analyse(question)
    assert not any(term.startswith("вер") for term in analysed.terms)
    answer = shared_knowledge.answering.ask(question)
    assert answer.results[0].fact_id == "tr-baku-ankara-amid-cooling-with-moscow"


@pytest.mark.parametrize(
    "question", ["что делать в баку на выходных", "chto delat v baku na vyhodnyh"]
)
def test_the_weekend_is_no_slip_of_going_beyond(shared_knowledge: Knowledge, question: str) -> None:
    """«на выходных» (at the weekend) stems and slips to «выходит» (the facts' "goes
    beyond"): read so, a question on weekend plans was answered with the alliance going
    beyond single contracts. It is a word no fact uses, and the reply says so."""
    answer = shared_knowledge.answering.ask(question)
    assert not answer.answered
    assert all("выходит за рамки" not in r.quote for r in answer.results[:1])


@pytest.mark.parametrize(
    ("question", "party"),
    [
        ("is cn selling drones to baku?", "china"),
        ("any new tr deals with azerbaijan?", "turkey"),
        ("what does ru think about all this", "russia"),
    ],
)
def test_country_codes_typed_in_lower_case_are_the_countries(
    shared_knowledge: Knowledge, question: str, party: str
) -> None:
    """Chat writes countries as their two-letter codes ("cn", "tr", "ru"), as "az" already
    was: each names its country, no word no fact uses."""
    read = shared_knowledge.answering.analyse(question)
    assert party in read.entity_ids
    assert not {"cn", "tr", "ru"} & set(read.terms)


def test_getting_close_is_the_rapprochement(shared_knowledge: Knowledge) -> None:
    """ "getting close" is «сближение», as "getting closer" was."""
    read = shared_knowledge.answering.analyse("why are baku and beijing getting close")
    assert "close" not in read.terms


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "Is China–Azerbaijan military cooperation still kept hidden?",
            "cn-military-rapprochement-lasting-partnership",
        ),
        (
            "Остаётся ли военное сотрудничество Китая и Азербайджана тайной?",
            "cn-military-rapprochement-lasting-partnership",
        ),
        (
            "Может ли у Турции и Азербайджана сложиться неофициальный союз?",
            "tr-informal-alliance-regional-bloc",
        ),
        (
            "С кем дружит Баку, пока отношения с Кремлём портятся?",
            "tr-baku-ankara-amid-cooling-with-moscow",
        ),
        (
            "Who does Baku lean on as its ties with Moscow worsen?",
            "tr-baku-ankara-amid-cooling-with-moscow",
        ),
        ("does beijing lecture baku", "cn-china-no-norms-political-autonomy"),
        ("как быстро откликается запад", "cn-west-slow-to-react"),
        ("pochemu baku tyanetsa k turcii", "tr-baku-ankara-amid-cooling-with-moscow"),
        ("kitai hochet razvedat oboronu regiona?", "cn-china-probes-region-supply-routes"),
    ],
)
def test_everyday_words_for_what_the_facts_say(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """Words in synonym groups of their own, which no fact or example question uses:
    "hidden", «тайна» are «кулуарной», «неофициальный» is informal, «портятся» and "worsen"
    are the cooling of relations, "lecture" is «навязывает», «откликается» is reacting; a
    «-тся» typed "tsa" is read as one ("tyanetsa" is «тянется»), «разведать» (scout) is
    «прощупывать». Each was a word no fact uses, and the reply unsure."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and not answer.unused
    assert answer.results[0].fact_id == fact_id


def test_what_something_consists_of_is_phrasing(shared_knowledge: Knowledge) -> None:
    """«в чём состоит …» (what … consists of) asks about what follows it: «состоит» is no
    search word, or it stems with «состоявшемся» (took place) and finds the reception."""
    read = shared_knowledge.answering.analyse("В чём состоит выгода Пекина?")
    assert not any(term.startswith("состо") for term in read.terms)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("относяця", "относятся"), ("интересуеця", "интересуется"), ("сближаюця", "сближаются")],
)
def test_reflexive_endings_typed_as_they_sound_are_read_as_written(
    shared_knowledge: Knowledge, typed: str, meant: str
) -> None:
    """Chat writes «-тся» as it sounds, «-ця»: no Russian word ends so after a vowel, and
    the word is read as written («Турця» stays a slip of «Турция»)."""
    read = shared_knowledge.answering.analyse(f"почему Китай и Азербайджан {typed}")
    assert meant in read.words


def test_how_a_country_relates_typed_as_it_sounds_asks_its_stance(
    shared_knowledge: Knowledge,
) -> None:
    """ "как США относяця к Азербайджану": «относятся» asks a stance, answered by the one
    sentence on the US."""
    answer = shared_knowledge.answering.ask("как сша относяця к азербайджану")
    assert answer.answered and answer.results[0].fact_id == "cn-us-keeps-distance"


@pytest.mark.parametrize(
    "question",
    [
        "Запад отстаёт от Китая в Азербайджане?",
        "Is China's move into Azerbaijan on the West's radar at all?",
    ],
)
def test_lagging_and_noticing_are_the_west_failing_to_keep_up(
    shared_knowledge: Knowledge, question: str
) -> None:
    """«отстаёт», "on the radar" are the facts' «не успевает реагировать … вне его поля
    зрения»: synonym groups of their own, not words no fact uses."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and not answer.unused
    assert answer.results[0].fact_id == "cn-west-slow-to-react"


def test_what_it_turns_into_for_someone_asks_the_outcome(shared_knowledge: Knowledge) -> None:
    """«чем оборачивается …» (what … turns out to mean) is read as «итог», as «чем
    обернулось» was: no word of its own that only example questions use."""
    read = shared_knowledge.answering.analyse("Чем для Кремля оборачивается союз Анкары и Баку?")
    assert not any(term.startswith("оборач") for term in read.terms)
    assert read.affected == frozenset({"russia"})


@pytest.mark.parametrize("question", ["when did aliyev go to china", "Когда Алиев поехал в Китай?"])
def test_going_to_a_country_is_visiting_it(knowledge: Knowledge, question: str) -> None:
    """ "go to", «поехал» are a visit, without an example question that says so: with
    none, the time question took the one fact whose example question used "go" (servicemen
    who go to China to study) and said the briefing does not say when, above that fact."""
    visit = knowledge.briefing.fact("cn-aliyev-state-visit-china")
    assert visit is not None
    kept = [q for q in visit.questions if "go to" not in q and "поехал" not in q]
    knowledge.curation.edit_fact(visit.id, "questions", " | ".join(kept), actor=1)
    answer = knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-aliyev-state-visit-china"


@pytest.mark.parametrize(
    "question", ["где подписывали бумаги", "Где Турция с Азербайджаном подписали оборонные бумаги?"]
)
def test_papers_are_the_documents_signed(shared_knowledge: Knowledge, question: str) -> None:
    """ "papers", «бумаги» are the documents «оформлены в Стамбуле»: a synonym group, so
    that the sentence saying where the documents were signed answers, not only a topic
    alias that no sentence's words carry («где подписывали бумаги» was refused)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-istanbul-memorandum"


def test_assembling_is_production_and_intending_is_not(shared_knowledge: Knowledge) -> None:
    """«собирать» (assemble) and «собирается» (intends) share Snowball's stem: they are
    kept apart, so that assembling drones is production («локализация сборки»), and
    «прямо» (right there) is phrasing, not a word of an example question to follow."""
    read = shared_knowledge.answering.analyse("собирать дроны, куда собирается Турция")
    assert {"~product", "~intend"} <= set(read.terms)
    answer = shared_knowledge.answering.ask("турецкие беспилотники будут собирать прямо в азере?")
    assert answer.answered
    assert answer.results[0].fact_id == "tr-joint-drone-production-azerbaijan"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what does baku gain from putting uavs together at home", "tr-localisation-benefits"),
        ("Кого Баку поддерживает во внешней политике?", "tr-baku-supports-kyiv"),
        ("что известно о внешней политике баку", "tr-baku-supports-kyiv"),
    ],
)
def test_phrases_for_one_word_of_the_facts(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """ "put together" is assembling, "at home" localising, and «внешняя политика» the
    facts' one word «внешнеполитическую»: read word by word, none of them found the
    sentence, and the reply was unsure or cited another."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == fact_id


def test_how_big_a_player_asks_no_size(shared_knowledge: Knowledge) -> None:
    """ "how big a player is Baykar?" asks how strong its position is, which the briefing
    says; read as a size it got "the briefing doesn't say how many" above that sentence."""
    answer = shared_knowledge.answering.ask("how big a player is baykar in the region")
    assert answer.answered
    assert answer.results[0].fact_id == "tr-baykar-strengthens-position"


@pytest.mark.parametrize(
    "question",
    [
        "who is the chinese guy in baku",
        "кто этот китайский чувак в баку",
        "who was the chinese guy in baku talking up the army ties",
    ],
)
def test_the_chinese_guy_is_the_attache(shared_knowledge: Knowledge, question: str) -> None:
    """ "the Chinese guy", «китайский чувак» name the one Chinese person of the briefing,
    and "who is he?" is the sentence giving his post and name, before one only quoting
    him ("talking up" is saying something, no words of its own to find)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-attache-cooperation-new-heights"


@pytest.mark.parametrize(
    "question", ["what did the chinese attache predict", "что прогнозирует китайский атташе"]
)
def test_what_someone_predicts_is_what_they_said(
    shared_knowledge: Knowledge, question: str
) -> None:
    """A forecast is words said («продолжит успешно развиваться»): "predict" is no stem of
    "predictability", which found China's predictability instead."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-attache-cooperation-new-heights"


def test_what_a_party_has_to_do_with_it_asks_about_that_party(shared_knowledge: Knowledge) -> None:
    """«а при чём тут Украина?»: «тут» (here) is phrasing, not a word no fact uses, so the
    question names Ukraine only and is answered by the facts about it (was unsure)."""
    answer = shared_knowledge.answering.ask("а при чём тут Украина?")
    assert answer.answered
    assert {r.fact_id for r in answer.results[:2]} == {
        "tr-baku-supports-kyiv",
        "tr-kremlin-baku-distrust-aliyev-ukraine",
    }


def test_putting_pen_to_paper_is_signing(shared_knowledge: Knowledge) -> None:
    answer = shared_knowledge.answering.ask("who put pen to paper in istanbul")
    assert answer.answered and answer.results[0].fact_id == "tr-istanbul-memorandum"


def test_military_wise_asks_about_the_military_not_wisdom(shared_knowledge: Knowledge) -> None:
    """ "military-wise" is "as to the military": its "wise" is not the sensible of «шаг
    рациональный», which came first for what China and Azerbaijan have done together."""
    question = "what have china and azerbaijan done together military-wise"
    assert not any(
        t.startswith("~ration") for t in shared_knowledge.answering.analyse(question).terms
    )
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-exchanges-technology-exercises-education"


@pytest.mark.parametrize(
    "question",
    [
        "Is Turkey's capacity to help Baku unlimited?",
        "у Турции неограниченные возможности?",
    ],
)
def test_a_negated_word_asks_about_the_word(shared_knowledge: Knowledge, question: str) -> None:
    """ "unlimited" is a word no fact uses, but the sentence saying Turkey's capabilities
    are limited answers it; "capacity" is a country's potential."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-turkey-capabilities-limited"


def test_a_countrys_capacity_is_its_potential(shared_knowledge: Knowledge) -> None:
    answer = shared_knowledge.answering.ask("what happened to russia's export capacity")
    assert answer.answered
    assert answer.results[0].fact_id == "cn-russian-defence-industry-exhausted"


def test_somewhere_asks_no_place(shared_knowledge: Knowledge) -> None:
    """«где-то» is "somewhere": the question asks why, and a place in the answer is no
    reason to prefer a sentence (the one about Europe came first)."""
    question = "Зачем Баку вообще искать оружие где-то кроме России?"
    assert shared_knowledge.answering.analyse(question).asks is Detail.REASON
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-baku-seeks-alternatives-to-russia"


@pytest.mark.parametrize(
    "question",
    ["В обеих статьях Баку отходит от Москвы — где это сказано?", "where does it say that"],
)
def test_where_it_is_said_asks_for_the_sentence_not_a_place(
    shared_knowledge: Knowledge, question: str
) -> None:
    assert shared_knowledge.answering.analyse(question).asks is None


@pytest.mark.parametrize(
    "question", ["Баку отходит от Москвы?", "so baku is going away from moscow yes?"]
)
def test_drifting_away_is_distancing(shared_knowledge: Knowledge, question: str) -> None:
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id in (
        "tr-turkey-security-guarantor-baku-distances-moscow",
        "tr-baku-ankara-amid-cooling-with-moscow",
    )


def test_ii_typed_for_a_russian_ending_is_read_so(shared_knowledge: Knowledge) -> None:
    """ "rossiiskaya" is «российская»: Russia, not a word no fact uses."""
    question = shared_knowledge.answering.analyse("v kakom sostoyanii rossiiskaya oboronka")
    assert "russia" in question.entity_ids


@pytest.mark.parametrize("typed", ["voennyi", "voennyy"])
def test_a_latin_word_is_read_as_the_spelling_the_facts_use_far_more(
    shared_knowledge: Knowledge, typed: str
) -> None:
    """ "voennyi" is «военный» (military), used by many facts, not «военныи», which only a
    reading of a rare word like it would take."""
    question = shared_knowledge.answering.analyse(f"est li {typed} soyuz kitaya i azerbaidzhana")
    assert "воен" in question.terms


def test_trump_cards_are_what_a_party_gains(shared_knowledge: Knowledge) -> None:
    answer = shared_knowledge.answering.ask("какие козыри у Пекина?")
    assert answer.answered
    assert answer.results[0].fact_id == "cn-china-wins-predictability"


@pytest.mark.parametrize(
    "question", ["how did that go down with Moscow?", "how does that sit with the Kremlin?"]
)
def test_how_it_goes_down_with_someone_asks_their_reaction(
    shared_knowledge: Knowledge, question: str
) -> None:
    assert shared_knowledge.answering.analyse(question).asks == "stance"


@pytest.mark.parametrize(
    "question", ["обе статьи про россию что пишут", "obe stati pro rossiyu chto pishut"]
)
def test_both_articles_about_a_party_no_article_is_named_for(
    shared_knowledge: Knowledge, question: str
) -> None:
    """«статьи про Россию» reads like an article's name, but no article is about Russia:
    Russia is what both are asked about (was refused as an article the briefing lacks)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert all(any(name in r.quote for name in ("Росси", "Москв")) for r in answer.results[:2])


def test_chat_shorthand_for_how_much_asks_an_amount(shared_knowledge: Knowledge) -> None:
    answer = shared_knowledge.answering.ask("скок стоит контракт с байкаром")
    assert answer.outcome is Outcome.NOT_STATED


def test_meddling_colloquially_is_interfering(shared_knowledge: Knowledge) -> None:
    answer = shared_knowledge.answering.ask("китай лезет в конфликты в регионе?")
    assert answer.answered
    assert answer.results[0].fact_id == "cn-china-no-norms-political-autonomy"


def test_what_a_party_takes_it_with_is_its_gain(shared_knowledge: Knowledge) -> None:
    """«чем китай берёт?» (what does China win with) asks its edge, not what it takes."""
    answer = shared_knowledge.answering.ask("чем китай берет то")
    assert answer.answered
    assert answer.results[0].fact_id == "cn-china-wins-predictability"


@pytest.mark.parametrize(
    "question", ["does beijing demand anything from baku", "Китай что-то требует?"]
)
def test_demands_are_conditions(shared_knowledge: Knowledge, question: str) -> None:
    """What China demands: nothing (no ideological loyalty, no ideological conditions)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert "cn-china-no-norms-political-autonomy" in {r.fact_id for r in answer.results[:2]}


def test_only_so_much_is_limited(shared_knowledge: Knowledge) -> None:
    """ "can only do so much" is all stop words; it says Turkey's capabilities are limited."""
    answer = shared_knowledge.answering.ask(
        "which article says turkey can only do so much for baku"
    )
    assert answer.answered
    assert answer.results[0].fact_id == "cn-turkey-capabilities-limited"


def test_what_something_lets_a_party_do_is_what_it_allows(shared_knowledge: Knowledge) -> None:
    """ "let Beijing do" is what military cooperation allows («позволяет Пекину …»)."""
    question = "what does working with baku's military let beijing do in the region"
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-china-probes-region-supply-routes"


def test_making_arms_is_production(shared_knowledge: Knowledge) -> None:
    """«делать оружие» is producing arms; «будет» (will) is no word to look for (it found
    «Турция будет наблюдать …»)."""
    answer = shared_knowledge.answering.ask("китай будет делать оружие прям в азербайджане?")
    assert answer.answered
    assert answer.results[0].fact_id == "cn-localisation-production"


def test_please_tell_me_and_that_are_phrasing(shared_knowledge: Knowledge) -> None:
    """«скажите», «тот» (tell me, that) are phrasing, not words to look for: with them the
    reception in Baku was only a guess."""
    answer = shared_knowledge.answering.ask(
        "Скажите, пожалуйста, в каком городе прошёл тот приём, где китайский атташе хвалил"
        " сотрудничество?"
    )
    assert answer.answered
    assert answer.results[0].fact_id == "cn-attache-cooperation-new-heights"


@pytest.mark.parametrize(
    "question",
    [
        "Если говорить о Китае, чем для него интересен Азербайджан?",
        "speaking of China, what makes Azerbaijan interesting to it?",
    ],
)
def test_speaking_of_is_an_aside(shared_knowledge: Knowledge, question: str) -> None:
    """«если говорить о» ("speaking of") only names the subject: it asks for no words said
    (the document's wording came first); "what makes" asks no production (the sentence on
    a production hub came first)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    interest = {"cn-azerbaijan-hub-for-china", "cn-china-interest-access-influence"}
    assert answer.results[0].fact_id in interest


def test_rebuilding_an_army_is_modernising_it(shared_knowledge: Knowledge) -> None:
    """ "rebuilding" is a word of modernisation: with it unknown, a question with another
    new word was only a guess."""
    answer = shared_knowledge.answering.ask(
        "What makes Turkey a fitting helper for rebuilding the Azerbaijani army?"
    )
    assert answer.answered
    assert answer.results[0].fact_id == "tr-ankara-key-ally-army-modernisation"


@pytest.mark.parametrize(
    "question",
    [
        "is the china azerbaijan alliance official on paper",
        "Есть ли уже союз Баку и Пекина на бумаге?",
    ],
)
def test_on_paper_is_formally_concluded(shared_knowledge: Knowledge, question: str) -> None:
    """ "on paper" («на бумаге») asks whether it was formally concluded, which the
    sentence on the alliance not yet formalised answers; not a document's wording."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.results[0].fact_id == "cn-alliance-not-formalised-but-forming"


def test_closer_in_russian_is_a_rapprochement(shared_knowledge: Knowledge) -> None:
    """«теснее» (closer) is «сближение»: why Baku grows closer to Ankara is the cooling
    with Moscow, not what such closeness may lead to."""
    answer = shared_knowledge.answering.ask("почему баку всё теснее общается с анкарой")
    assert answer.answered
    assert answer.results[0].fact_id == "tr-baku-ankara-amid-cooling-with-moscow"


@pytest.mark.parametrize(
    "question",
    [
        "Чем Пекин выигрывает у других поставщиков оружия?",
        "В чём выгода Китая по сравнению с другими партнёрами Азербайджана?",
        "how does china win compared to other partners of baku",
    ],
)
def test_the_others_a_party_is_compared_with_are_not_the_subject(
    shared_knowledge: Knowledge, question: str
) -> None:
    """ "compared to other partners", «у других поставщиков»: what China gains over the
    others, not a sentence about partners or suppliers (Turkey as a partner, Russia's
    suppliers)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-china-wins-predictability"


@pytest.mark.parametrize(
    "question",
    [
        "какую роль Анкара берёт на себя на Южном Кавказе?",
        "какую роль постепенно берет на себя турция",
    ],
)
def test_a_role_taken_on_is_what_a_party_becomes(
    shared_knowledge: Knowledge, question: str
) -> None:
    """«берёт на себя роль» (takes on a role) asks what Ankara becomes: the guarantor of
    security («превращается в гаранта»)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "tr-turkey-security-guarantor-baku-distances-moscow"


@pytest.mark.parametrize(
    "question",
    [
        "Как автор характеризует союз Баку и Пекина, который складывается?",
        "как характеризует автор военный союз кнр и азербайджана",
    ],
)
def test_how_a_union_is_characterised_is_its_character(
    shared_knowledge: Knowledge, question: str
) -> None:
    """«характеризует» (characterises) asks what the union is like: a new type of union,
    constructive, not declarative; not the sentence that only says it is taking shape."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert answer.results[0].fact_id == "cn-new-type-of-union"


def test_the_author_on_a_party_names_the_article(shared_knowledge: Knowledge) -> None:
    """«по мнению автора про Китай»: the author of the China article; China is not a party
    asked about beside Russia (the answer was only a guess, no fact being about both)."""
    answer = shared_knowledge.answering.ask(
        "каково состояние российской оборонки, по мнению автора про Китай?"
    )
    assert answer.answered
    assert answer.results[0].fact_id == "cn-russian-defence-industry-exhausted"


@pytest.mark.parametrize(
    "question",
    [
        "В чём мотивация Баку к углублению военных связей с Пекином?",
        "What are Baku's motives for deepening defence ties with Beijing?",
    ],
)
def test_a_motive_asked_by_name_is_a_reason(shared_knowledge: Knowledge, question: str) -> None:
    """«мотивация», "motives" ask why, as «почему» does: Baku's reasons answer, not the
    sentence on what the cooperation lets Beijing do."""
    assert shared_knowledge.answering.analyse(question).asks is Detail.REASON
    answer = shared_knowledge.answering.ask(question)
    assert answer.results[0].fact_id in {
        "cn-baku-seeks-alternatives-to-russia",
        "cn-rational-step-for-azerbaijan",
    }


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Что Китай предлагает Баку помимо оружия?", "cn-china-no-norms-political-autonomy"),
        (
            "Способна ли Москва воспрепятствовать упрочению связей Баку и Пекина?",
            "cn-moscow-cannot-counter",
        ),
        (
            "Какую функцию принимает на себя Анкара на Южном Кавказе?",
            "tr-turkey-security-guarantor-baku-distances-moscow",
        ),
        (
            "Как сотрудничество Анкары и Баку эволюционирует от разовых сделок?",
            "tr-institutionalised-union",
        ),
    ],
)
def test_formal_russian_paraphrases(shared_knowledge: Knowledge, question: str, fact_id: str):
    """A formal reader's words: «предложение» is an offer («предлагает»), «воспрепятствовать»
    is to prevent, «упрочение» strengthening, «эволюционирует» turning into something
    («превращается»), «разовых» one-off («отдельных»); «принимает на себя» a role is
    becoming it; «функцию», «способна», «каким образом» are how the question is put."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("4to kitai xo4et prodat azerbaidjanu iz oru6iya", "cn-arms-purchase-talks"),
        ("4to podpisali turciya i azerbaidjan", "tr-new-agreements-security-logistics"),
    ],
)
def test_chat_spelling_with_digits_for_letters(shared_knowledge: Knowledge, question, fact_id):
    """Russian typed in Latin letters with digits for letters, as chats write it: "4" is
    «ч» ("4to", "xo4et"), "6" is «ш»."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "what's Beijing's actual goal in Azerbaijan, bottom line?",
            "cn-china-interest-access-influence",
        ),
        (
            "What came out of the schooling, according to the attaché?",
            "cn-attache-combat-readiness",
        ),
    ],
)
def test_how_short_the_answer_is_asked_is_phrasing(shared_knowledge: Knowledge, question, fact_id):
    """ "bottom line", "in one line", "actual" say how the answer is wanted, not what about;
    "schooling" is training (not a school)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


def test_needs_are_phrasing_not_a_misspelt_word(shared_knowledge: Knowledge) -> None:
    """«потребности» (needs) is a word no fact uses, and two letters from words they do: it
    says what a partner cannot cover, which the sentence on Turkey's limits answers."""
    answer = shared_knowledge.answering.ask(
        "почему турция не может одна закрыть все потребности армии"
    )
    assert answer.answered and answer.results[0].fact_id == "cn-turkey-capabilities-limited"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "I would be most grateful to learn whether drones will be assembled in Azerbaijan.",
            "tr-joint-drone-production-azerbaijan",
        ),
        (
            "Kindly inform me of the outcome of the training in China, if you would.",
            "cn-attache-combat-readiness",
        ),
    ],
)
def test_a_courteous_preamble_is_phrasing(shared_knowledge: Knowledge, question, fact_id):
    """ "I would be most grateful to learn whether …", "kindly inform me": a polite reader's
    words around the question are no words to look for, and the answer is sure."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


def test_chat_russian_with_w_for_sh_and_colloquial_what(shared_knowledge: Knowledge) -> None:
    """ "w" is «ш» as often as «в» in Latin-letter Russian, and «што», «чо» are «что»:
    "i 4o dalwe" («и чо дальше») asks to go on, not about something the briefing lacks;
    "wto podpisali v stambule" searches only what was signed."""
    answering = shared_knowledge.answering
    assert answering.ask("i 4o dalwe").outcome is not Outcome.ABSTAIN
    assert answering.analyse("wto podpisali v stambule").terms == ("~sign",)
    assert answering.ask("wto podpisali v stambule").results[0].fact_id == "tr-istanbul-memorandum"


def test_how_a_visit_ended_asks_what_came_of_it(shared_knowledge: Knowledge) -> None:
    assert shared_knowledge.answering.analyse("Чем закончился визит Алиева?").asks is Detail.RESULT


def test_being_aware_is_noticing(shared_knowledge: Knowledge) -> None:
    """ "aware" is noticing: the West, which fails to react to changes outside its field of
    view («вне его непосредственного поля зрения»)."""
    answer = shared_knowledge.answering.ask("Is the West aware of these developments?")
    assert answer.answered and answer.results[0].fact_id == "cn-west-slow-to-react"


def test_attach_is_an_ordinary_word_not_the_attache(shared_knowledge: Knowledge) -> None:
    """ "attach" shares the attaché's stem and is one letter from his alias: it names nobody,
    and the article it is attached to is not "the attaché's"; it is phrasing ("attach a
    label", "strings attached"), no word to look for."""
    question = shared_knowledge.answering.analyse("Which tag does the text attach to the bloc?")
    assert not question.entities and not question.sources
    assert not any(term.startswith("attach") for term in question.terms)
    assert {c.id for c in shared_knowledge.answering.analyse("the atache's words").entities} == {
        "song-jun"
    }


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("How is Baykar's standing in the region described?", "tr-baykar-strengthens-position"),
        ("are turkish ties with azerbaijan still one-off sales", "tr-institutionalised-union"),
    ],
)
def test_a_standing_is_a_position_and_one_off_deals_are_separate(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


def test_what_it_is_about_is_no_search_word(shared_knowledge: Knowledge) -> None:
    """«речь идёт о …» asks whether the briefing is about it: no word to look for."""
    question = shared_knowledge.answering.analyse("Речь идёт о поставках дронов из Турции?")
    assert not {"реч", "идет"} & set(question.terms)


def test_along_the_line_of_is_no_search_word(shared_knowledge: Knowledge) -> None:
    """«по линии сотрудничества» says within what, not a line: where they trained is the
    sentence with the academies."""
    answer = shared_knowledge.answering.ask(
        "Где по линии военного сотрудничества с Китаем учились военные Азербайджана?"
    )
    assert answer.answered
    assert answer.results[0].fact_id == "cn-azerbaijani-servicemen-prc-academies"


def test_losing_is_declining_and_both_is_no_search_word(shared_knowledge: Knowledge) -> None:
    question = shared_knowledge.answering.analyse(
        "Что пишут обе статьи о том, как Россия теряет влияние?"
    )
    assert "~declin" in question.terms and not {"обе", "теря"} & set(question.terms)
    answer = shared_knowledge.answering.ask(
        "Что пишут обе статьи о том, как Россия теряет влияние?"
    )
    assert answer.answered
    assert answer.results[0].fact_id == "tr-russia-influence-declining-opportunities-turkey"


@pytest.mark.parametrize("message", ["Merhaba!", "guten Tag", "Selam, bot", "bonjour"])
def test_a_greeting_in_another_language_is_small_talk(
    shared_knowledge: Knowledge, message: str
) -> None:
    assert shared_knowledge.answering.ask(message).outcome == Outcome.SMALLTALK


def test_slang_for_why_asks_a_reason(shared_knowledge: Knowledge) -> None:
    question = shared_knowledge.answering.analyse("нафига Баку китайское оружие?")
    assert question.asks is Detail.REASON and "нафиг" not in question.terms


def test_the_same_is_no_search_word(shared_knowledge: Knowledge) -> None:
    """«тоже такое» asks the same again: no word «так» to look for."""
    question = shared_knowledge.answering.analyse("а с турками тоже такое обсуждают?")
    assert "так" not in question.terms


def test_products_are_goods_not_production(shared_knowledge: Knowledge) -> None:
    """Snowball stems "products" as "production": promoting Turkish products is no answer
    to where drones will be built."""
    answer = shared_knowledge.answering.ask("Is Turkey planning production in Azerbaijan?")
    assert answer.results[0].fact_id == "tr-joint-drone-production-azerbaijan"


def test_waiting_for_is_expecting(shared_knowledge: Knowledge) -> None:
    """«ждут» is what the article says «стоит ожидать»: a word of the briefing, not unknown."""
    question = shared_knowledge.answering.analyse("Чего ждут эксперты от Анкары и Баку?")
    assert "~expect" in question.terms


def test_az_in_russian_typed_in_latin_is_azerbaijan(shared_knowledge: Knowledge) -> None:
    question = shared_knowledge.answering.analyse("kakie drony kupilo minoborony az")
    assert "azerbaijan" in question.entity_ids


def test_at_ours_asks_nothing_new_of_a_follow_up(shared_knowledge: Knowledge) -> None:
    """«у нас» is where the reader lives: after China's arms talks, "will they assemble
    them here?" is still China's localisation, not a new subject."""
    answering = shared_knowledge.answering
    first = answering.ask("что Баку покупает у Китая?")
    answer = answering.ask("а собирать у нас будут?", follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == "cn-localisation-production"


def test_took_place_is_no_search_word(shared_knowledge: Knowledge) -> None:
    """«прошёл» says that the reception took place: no word to look for, and no slip of
    «провёл» (held) either."""
    question = shared_knowledge.answering.analyse("Где прошёл приём у атташе?")
    assert question.asks is Detail.PLACE and not {"провел", "прошел"} & set(question.terms)


def test_compare_and_two_are_no_search_words(shared_knowledge: Knowledge) -> None:
    """«сравни», «две статьи» say how to answer (both articles, side by side), as "compare"
    and "both" do in English: no words to look for."""
    question = shared_knowledge.answering.analyse("Сравни, что две статьи пишут о Турции")
    assert question.compares == "sources" and not {"сравн", "две"} & set(question.terms)


def test_prospects_are_what_the_coming_years_may_bring(shared_knowledge: Knowledge) -> None:
    """«перспективы» (the plural) is the future group's word, and «в ближайшие годы» says
    what the future holds."""
    answer = shared_knowledge.answering.ask("какие перспективы у Baykar в Азербайджане?")
    assert answer.answered
    assert answer.results[0].fact_id == "tr-joint-drone-production-azerbaijan"


def test_going_back_is_reversing(shared_knowledge: Knowledge) -> None:
    """ "go back" is undoing a step, not "back" (support) and "go" (a visit)."""
    answer = shared_knowledge.answering.ask("is there any going back for china?")
    assert answer.answered and answer.results[0].fact_id == "cn-step-into-russia-turkey-sphere"


def test_russian_typed_with_polish_letters_is_read(shared_knowledge: Knowledge) -> None:
    """ "sz" and "cz" are ш and ч to a reader used to Polish letters: "szto" is «что»."""
    question = shared_knowledge.answering.analyse("szto podpisali turcija i azerbajdzan")
    assert question.terms == ("~sign",) and question.entity_ids == {"turkey", "azerbaijan"}


def test_friends_with_is_partnership(shared_knowledge: Knowledge) -> None:
    answer = shared_knowledge.answering.ask("is china friends with baku?")
    assert answer.answered
    assert answer.results[0].fact_id == "cn-comprehensive-strategic-partnership"


def test_caring_about_a_country_is_its_interest_not_caution(shared_knowledge: Knowledge) -> None:
    """ "care about" asks Ankara's interest; "careful" (caution) only shares its stem."""
    answer = shared_knowledge.answering.ask("why does Ankara care about Baku so much?")
    assert answer.results[0].fact_id == "tr-ankara-promotes-military-products"


def test_a_name_after_an_article_already_named_is_no_article(shared_knowledge: Knowledge) -> None:
    """In «в китайской статье Турция …» the article is China's; Turkey is asked about, and
    «всё ещё» is what the sentence says remains."""
    question = shared_knowledge.answering.analyse("в китайской статье Турция всё ещё нужна Баку?")
    assert "turkey" in question.entity_ids and "turkey" not in question.sources
    answer = shared_knowledge.answering.ask("в китайской статье Турция всё ещё нужна Баку?")
    assert answer.results[0].fact_id == "cn-turkey-capabilities-limited"


def test_unhappy_is_worried(shared_knowledge: Knowledge) -> None:
    question = shared_knowledge.answering.analyse("Кто недоволен сближением Пекина и Баку?")
    assert "~worri" in question.terms


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Китайцы у нас завод откроют, гардаш? Производство в Азербайджане будет?",
         "cn-localisation-production"),
        ("vala, s Moskvoy otnosheniya poholodali, poetomu s Turciey druzhim?",
         "tr-baku-ankara-amid-cooling-with-moscow"),
        ("bro is baku supporting kyiv or not", "tr-baku-supports-kyiv"),
    ],
)  # fmt: skip
def test_how_a_reader_addresses_the_bot_is_no_search_word(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """ "bro", «гардаш» (Azerbaijani "brother"), «муаллим», "vala" address the bot or
    exclaim: read as words no fact uses, they made a plain question unsure."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and not answer.unused
    assert answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Скажите на милость, что Турция с Азербайджаном подписала? Запамятовал, старость не "
         "радость.", "tr-new-agreements-security-logistics"),
        ("Я человек старой закалки, мне бы попроще: зачем Китаю Азербайджан?",
         "cn-azerbaijan-hub-for-china"),
        ("Что ж получается, Турция нынче гарант безопасности? Где такое написано?",
         "tr-turkey-security-guarantor-baku-distances-moscow"),
    ],
)  # fmt: skip
def test_an_old_fashioned_readers_asides_are_no_search_words(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """«скажите на милость», «старость не радость», «нынче», «запамятовал» are how an older
    reader talks; read as words no fact uses, they made a plain question unsure, and
    «старой» (of «старой закалки») was taken for a slip of the facts' «строй»."""
    answering = shared_knowledge.answering
    assert "строй" not in answering.analyse(question).words
    answer = answering.ask(question)
    assert answer.answered and not answer.unused
    assert answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("Слышал, Турция с Азербайджаном подписали меморандум о безопасности. Это правда?",
         "tr-istanbul-memorandum"),
        ("I heard Chinese instructors worked in Azerbaijan. Is that so?",
         "cn-chinese-instructors-training-centres"),
    ],
)  # fmt: skip
def test_a_question_about_what_the_reader_told_before_it_asks_that(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """ "I heard X. Is that true?": the question only points back, so what the reader told
    is what it asks about, not a scene set before it."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


def test_i_wanted_to_ask_is_phrasing(shared_knowledge: Knowledge) -> None:
    """«я вот что хотел спросить, голубчик»: no word of what is asked; «хотел» is no slip
    of the facts' «хотят»."""
    question = "Я вот что хотел спросить, голубчик: кто выступал на приёме в Баку?"
    answering = shared_knowledge.answering
    assert not {"~intend", "голубчик"} & set(answering.analyse(question).terms)
    answer = answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "cn-attache-cooperation-new-heights"


@pytest.mark.parametrize(
    "question",
    [
        "Турция так и останется в стороне, пока Китай и Баку сближаются?",
        "will ankara just stay on the sidelines while beijing moves in?",
    ],
)
def test_standing_aside_is_watching(shared_knowledge: Knowledge, question: str) -> None:
    """ "on the sidelines", «в стороне»: to look on, what the fact says Turkey will do
    («будет наблюдать … вряд ли станет блокировать»)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "cn-turkey-watches-cautiously"


def test_what_grows_out_of_it_asks_what_comes_of_it(shared_knowledge: Knowledge) -> None:
    """«что, по их разумению, из этого вырастет?» after the memorandum asks what comes of it
    (a result, not the memorandum again); «по их разумению» is an aside."""
    answering = shared_knowledge.answering
    first = answering.ask("Где Азербайджан и Турция подписали меморандум?")
    answer = answering.ask(
        "И что, по их разумению, из всего этого вырастет?", follow_up=first.follow_up
    )
    assert answer.answered
    assert answer.results[0].fact_id != "tr-istanbul-memorandum"
    assert "~ration" not in answering.analyse("по их разумению, что из этого вырастет?").terms


def test_what_it_will_lead_to_is_the_facts_lead(shared_knowledge: Knowledge) -> None:
    """«приведёт» is the facts' «привести» (lead to): no word no fact uses, so a chat's
    "what will it all lead to?" after the exercises is sure of the informal alliance."""
    answering = shared_knowledge.answering
    first = answering.ask("А учений с турками станет больше?")
    answer = answering.ask("и к чему всё это в итоге приведёт?", follow_up=first.follow_up)
    assert answer.answered and not answer.unused
    assert answer.results[0].fact_id == "tr-informal-alliance-regional-bloc"


def test_use_to_us_is_a_gain(shared_knowledge: Knowledge) -> None:
    """«какая нам польза?» after drone assembly in Azerbaijan asks what it gives: «польза»
    is a gain and «нам» no word of what is asked."""
    answering = shared_knowledge.answering
    first = answering.ask("Байкар будет дроны у нас собирать?")
    answer = answering.ask("а нам какая с этого польза?", follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == "tr-localisation-benefits"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "а что Турция с Азербайджаном будут делать потом?",
            "tr-joint-drone-production-azerbaijan",
        ),
        ("что Анкара потом собирается делать с союзом?", "tr-ankara-promotes-military-products"),
    ],
)
def test_later_asks_the_outlook(shared_knowledge: Knowledge, question: str, fact_id: str) -> None:
    """«потом» ("later") asks what lies ahead, as «в перспективе» says; it is no slip for
    another word («против»), and the answer is the article's outlook, not Turkey's caution."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    "question", ["может ли Пекин сдать назад?", "у Китая есть путь назад из Закавказья?"]
)
def test_going_back_asks_whether_the_step_is_reversible(
    shared_knowledge: Knowledge, question: str
) -> None:
    """«сдать назад», «путь назад» ask whether the step can be undone: the sentence calling
    China's step «осторожный, но уже необратимый»."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id == "cn-step-into-russia-turkey-sphere"


@pytest.mark.parametrize("question", ["байкар окреп?", "позиции байкара как, сильнее стал?"])
def test_stronger_asks_who_strengthens(shared_knowledge: Knowledge, question: str) -> None:
    """ "stronger", «сильнее» ask what «укрепляет свои позиции» says; «сильные позиции» (as
    they stand) stays another word."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id == "tr-baykar-strengthens-position"


def test_where_it_shows_asks_in_what_and_each_other_is_no_friend(
    shared_knowledge: Knowledge,
) -> None:
    """«где видно, что …» asks in what something shows, not a place the sentence must
    name; «друг другу» ("each other") is phrasing, no word of friendship to look for."""
    answering = shared_knowledge.answering
    question = answering.analyse("где видно, что Москва и Баку друг другу не доверяют?")
    assert question.asks is None
    assert not any(term.startswith("друг") for term in question.terms)
    answer = answering.ask("где видно, что Москва и Баку друг другу не доверяют?")
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id == "tr-kremlin-baku-distrust-aliyev-ukraine"


@pytest.mark.parametrize(
    "question",
    ["а по военке Пекин с Баку что успели сделать?", "что Китай и Азербайджан успели сделать?"],
)
def test_what_was_managed_so_far_is_what_was_carried_out(
    shared_knowledge: Knowledge, question: str
) -> None:
    """«успели сделать» asks what has been carried out («реализовали ряд конкретных
    инициатив»); «по военке» is army slang for «по военной части»."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id == "cn-exchanges-technology-exercises-education"


@pytest.mark.parametrize("aside", ["in the authors view", "in the writers opinion"])
def test_the_authors_view_typed_without_an_apostrophe_is_an_aside(
    shared_knowledge: Knowledge, aside: str
) -> None:
    """ "in the authors view" is "in the author's view" typed without its apostrophe: whose
    view the answer is, no word to look for."""
    terms = shared_knowledge.answering.analyse(f"why does Turkey need Azerbaijan {aside}").terms
    assert not {"author", "view", "writer", "opinion"} & set(terms)


@pytest.mark.parametrize(
    "question",
    [
        "Насколько я понимаю, Баку ведёт с Пекином переговоры о закупках; о каком оружии "
        "идёт речь, если позволите?",
        "Dear Sir or Madam, which arms is Baku negotiating to buy from Beijing, if any?",
    ],
)
def test_a_formal_readers_asides_are_no_words_to_look_for(
    shared_knowledge: Knowledge, question: str
) -> None:
    """«насколько я понимаю», «если позволите», "Dear Sir or Madam", "if any": how a formal
    reader frames the question, not what it asks."""
    answering = shared_knowledge.answering
    terms = " ".join(answering.analyse(question).terms)
    assert not any(word in terms for word in ("наскольк", "позвол", "sir", "madam", "any"))
    answer = answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == "cn-arms-purchase-talks"


@pytest.mark.parametrize(
    "question",
    [
        "Назовите поимённо министров, закрепивших меморандум в Стамбуле",
        "Please list by name the defence ministers who signed the memorandum in Istanbul",
    ],
)
def test_names_asked_by_name_that_the_sentence_gives_only_by_post_are_not_stated(
    shared_knowledge: Knowledge, question: str
) -> None:
    """«поимённо», "by name" ask names: the Istanbul sentence gives the ministers only by
    their post, so the names are not stated."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.NOT_STATED


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "His Excellency asks: what did Turkey sign with Azerbaijan?",
            "tr-new-agreements-security-logistics",
        ),
        (
            "What evidence is there of distrust between the Kremlin and Baku?",
            "tr-kremlin-baku-distrust-aliyev-ukraine",
        ),
        (
            "Что автор полагает более существенным в связях Пекина и Баку, чем обмены?",
            "cn-defence-industry-dialogue-more-significant",
        ),
    ],
)
def test_honorifics_and_words_of_belief_are_phrasing(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """ "His Excellency" names no one the briefing lacks; "evidence", «полагает» ("believes")
    are how the question is put, not words to look for («полагает» is no «полагаться»)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "remark_words", "fact_id"),
    [
        (
            "Почему Москва не может противодействовать сближению Баку и Пекина? Замечу, что "
            "коллеги со мной спорят, но всё же.",
            ("коллег", "спор"),
            "cn-moscow-cannot-counter",
        ),
        (
            "Did Turkey and Azerbaijan sign new agreements? I ask because my students keep "
            "bringing it up.",
            ("student", "bring"),
            "tr-new-agreements-security-logistics",
        ),
    ],
)
def test_a_remark_after_the_question_is_no_words_it_asks(
    shared_knowledge: Knowledge, question: str, remark_words: tuple[str, ...], fact_id: str
) -> None:
    """A statement after the question («Замечу, что …», "I ask because …") only comments on
    it, as a preamble sets the scene: its words are not searched, and the answer is sure."""
    answering = shared_knowledge.answering
    terms = " ".join(answering.analyse(question).terms)
    assert not any(word in terms for word in remark_words)
    answer = answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("is anyone moving weapons production to Azerbaijan?", "cn-localisation-production"),
        ("Обсуждают ли перенос производства оружия в Азербайджан?", "cn-localisation-production"),
        ("will turkish drones be assembled locally?", "tr-joint-drone-production-azerbaijan"),
    ],
)
def test_moving_production_is_localising(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """ "moving production into Azerbaijan", «перенос производства», "built locally" are
    what the articles call localisation: read word by word, "move" found «такой шаг»."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        "I was reading about this the other day: who reported the China and Azerbaijan story? "
        "Some site from Kazakhstan, I believe.",
        "Читал на днях: кто сообщил о сближении Китая и Азербайджана? Вроде казахский сайт.",
    ],
)
def test_a_name_the_briefing_lacks_in_a_remark_is_the_readers_own(
    shared_knowledge: Knowledge, question: str
) -> None:
    """A country the briefing lacks in a remark beside the question (where the reader read
    it) is no subject asked about: the answer is not "not stated", and "the other day",
    «на днях» are when the reader read, no search words."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id == "cn-military-rapprochement-lasting-partnership"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "Военное сотрудничество Китая и Азербайджана — это всё для галочки?",
            "cn-practical-integration",
        ),
        ("Is China's military cooperation with Baku merely symbolic?", "cn-practical-integration"),
        ("is the china–azerbaijan military stuff just for show?", "cn-practical-integration"),
        (
            "How is Turkey expected to react to the whole China and Azerbaijan business?",
            "cn-turkey-watches-cautiously",
        ),
        ("А Запад как на всю эту движуху реагирует?", "cn-west-slow-to-react"),
    ],
)
def test_idioms_of_show_and_filler_words(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """ "for show", «для галочки», "symbolic" ask whether it stays at what the article calls
    the protocol level; "the whole … business", «движуха», "merely" are filler, and "expected
    to react" asks a stance, not what the article expects: read as words to find, they
    left the answer unsure."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        "Is it just a bunch of arms deals between Turkey and Azerbaijan, or something bigger?",
        "У Турции с Азербайджаном пара контрактов или что-то большее?",
        "с турками это просто контракты или уже чёт большее?",  # «чёт»: «что-то»
    ],
)
def test_a_few_deals_or_something_bigger(shared_knowledge: Knowledge, question: str) -> None:
    """ "a bunch of deals or something bigger?" asks whether it grows past single contracts,
    which the article says it does (into an institutionalised union); "handful", "bunch"
    are no words to look for ("handful" was read as a slip of "hand")."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id == "tr-institutionalised-union"


@pytest.mark.parametrize(
    "question",
    [
        "what good would it do to assemble the drones locally?",
        "what good would it do to put turkish drones together in azerbaijan?",
        "что хорошего даст локализация?",
    ],
)
def test_what_good_would_it_do_asks_what_comes_of_it(
    shared_knowledge: Knowledge, question: str
) -> None:
    """ "what good would it do?", «что хорошего даст?» ask what comes of it, as "what
    would it give?" does: the sentence on the gains, before the one that it may happen."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id == "tr-localisation-benefits"


def test_what_is_it_about_is_phrasing(shared_knowledge: Knowledge) -> None:
    """«о чём речь?» asks what is meant, no «речь» to look for in the facts."""
    answer = shared_knowledge.answering.ask("что за «турецкий блок» такой, о чём речь?")
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id == "tr-informal-alliance-regional-bloc"


@pytest.mark.parametrize(
    "question",
    ["what does the military cooperation give Beijing?", "and what does all this bring China?"],
)
def test_what_it_gives_a_party_asks_its_gain(shared_knowledge: Knowledge, question: str) -> None:
    """ "what does the cooperation give Beijing?" asks what China gains, as "what's in it
    for Beijing?" does: read word by word it found the attaché on what it gave the army."""
    answering = shared_knowledge.answering
    assert answering.analyse(question).gainer == "china"
    answer = answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id in CHINAS_GAIN


CHINAS_GAIN = {
    "cn-china-probes-region-supply-routes",
    "cn-china-interest-access-influence",
    "cn-azerbaijan-hub-for-china",
}


@pytest.mark.parametrize(
    "question",
    [
        "what does Azerbaijan give China?",
        "what did the cooperation give the azerbaijani army?",
        "why does Turkey give Baku drones?",
    ],
)
def test_what_one_party_gives_another_or_what_came_of_it_is_no_gain(
    shared_knowledge: Knowledge, question: str
) -> None:
    """A party named before "give" is the one giving, "what did it give?" asks what came of
    it, and "why does Turkey give Baku drones?" asks Turkey's reasons if anyone's: none of
    them asks the gain of the party given to."""
    assert shared_knowledge.answering.analyse(question).gainer is None


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("почему баку к анкаре жмётся?", "tr-baku-ankara-amid-cooling-with-moscow"),
        ("Выгодно ли Азербайджану корешиться с Китаем?", "cn-rational-step-for-azerbaijan"),
    ],
)
def test_slang_for_drawing_closer(shared_knowledge: Knowledge, question: str, fact_id: str) -> None:
    """«жмётся к Анкаре» (snuggles up to), «корешиться» (be mates) are drawing closer, what
    the facts call «сближение»: unknown words, they left the answer unsure or elsewhere."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("message", "told", "asked"),
    [
        (
            "For accuracy in my report to the Ministry: on what date did Aliyev visit China?",
            "For accuracy in my report to the Ministry:",
            "on what date did Aliyev visit China?",
        ),
        (
            "Что Турция подписала с Баку? (Уточню: меня интересует только то, что написано.)",
            "(Уточню: меня интересует только то, что написано.)",
            "Что Турция подписала с Баку?",
        ),
        ("The joint statement: what does it cover?", "The joint statement:", "what does it cover?"),
        (
            "Почему Баку не может просто опереться на Турцию (союзник ведь)?",
            "(союзник ведь)",
            "Почему Баку не может просто опереться на Турцию?",
        ),
        ("Quick one: who?", "", "Quick one: who?"),
        ("Hi! What did they sign? 🙂", "Hi!", "What did they sign? 🙂"),  # no bracket to close
        # a question before its colon, its choices after
        (
            "How does the China piece characterise the alliance: merely declarative, or more?",
            "",
            "How does the China piece characterise the alliance: merely declarative, or more?",
        ),
        (
            "Как статья описывает союз: он декларативный или нет?",
            "",
            "Как статья описывает союз: он декларативный или нет?",
        ),
        # a remark after the question with no stop of its own, asking nothing
        (
            "Где подписали соглашения? Мне для экскурсии надо, туристы любопытные попались",
            "Мне для экскурсии надо, туристы любопытные попались",
            "Где подписали соглашения?",
        ),
        (
            "why cant russia stop it? whats wrong w their defense industry",
            "",
            "why cant russia stop it? whats wrong w their defense industry",
        ),
        ("What did they sign? and Baykar", "", "What did they sign? and Baykar"),
    ],
)
def test_what_is_told_before_a_colon_or_in_brackets_after(message: str, told: str, asked: str):
    """What a message says before a colon that a question follows, and a remark in brackets
    after the question (its closing bracket past the stop) or inside it, is told, not asked;
    a question before a colon is asked ("declarative" is no "declare": nothing said)."""
    assert preamble(message) == (told, asked)


@pytest.mark.parametrize(
    ("question", "fact_ids"),
    [
        (
            "For accuracy in my report to the Ministry: on what date did Aliyev make his state "
            "visit to the People's Republic of China?",
            {"cn-aliyev-state-visit-china"},
        ),
        (
            "Что в статье о Турции говорится о позиции Баку по Украине? (Уточню: меня интересует "
            "именно то, что написано, а не мои собственные догадки.)",
            {"tr-baku-supports-kyiv", "tr-kremlin-baku-distrust-aliyev-ukraine"},
        ),
        (
            "А китайские инструкторы-то, скажите-ка, чем в Азербайджане занимались? Мне для "
            "лекции надо, студенты нынче любопытные попались, всё им объясни",
            {"cn-chinese-instructors-training-centres"},
        ),
        (  # remarks in a sentence not asked, words no fact has
            "А что Китай предлагает Азербайджану, кроме техники? Что-то там про автономию было, "
            "я краем уха слышала, пока детей в школу вела",
            {"cn-china-no-norms-political-autonomy"},
        ),
    ],
)
def test_a_remark_around_the_question_asks_nothing(
    shared_knowledge: Knowledge, question: str, fact_ids: set[str]
) -> None:
    """The lead before a colon, a remark in brackets or after the question are no words to
    look for, and «меня интересует» in a remark asks no party's interest (it found Ankara's
    aims)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id in fact_ids


@pytest.mark.parametrize(
    "question",
    ["А Запад что, как всегда проспал?", "Is the West asleep at the wheel again?"],
)
def test_asleep_is_failing_to_react(shared_knowledge: Knowledge, question: str) -> None:
    """ "asleep", «проспал» say what the article does: the West fails to react in time;
    «как всегда» is the reader's sigh, no word to look for."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id == "cn-west-slow-to-react"


def test_a_question_pointing_back_at_someone_told_of_keeps_the_tellings_subjects(
    shared_knowledge: Knowledge,
) -> None:
    """«… на приёме выступал атташе. Что он сказал?»: "he" is the one the preamble tells
    of, so what it tells of (the reception) is the subject too; a preamble pointed at by no
    one sets no subject («Мне интересны мотивы сторон.» asks no motives)."""
    analyse = shared_knowledge.answering.analyse
    told = analyse(
        "На приёме в Баку выступал китайский военный атташе. Что он сказал о военном "
        "сотрудничестве?"
    )
    assert "state-visit-diplomacy" in {topic.id for topic in told.topics}
    aside = analyse("Мне интересны мотивы сторон. Что Турция подписала с Баку?")
    assert "motives-interests" not in {topic.id for topic in aside.topics}


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "Батоно, кто в итоге больше всех выигрывает и за счёт чего?",
            "cn-china-wins-predictability",
        ),
        (
            "In plain terms, what kinds of cooperation have China and Azerbaijan already done?",
            "cn-exchanges-technology-exercises-education",
        ),
        (
            "The piece says something matters more than the training exchanges. What is it?",
            "cn-defence-industry-dialogue-more-significant",
        ),
        (
            "What does the military side of things let Beijing do there, practically speaking?",
            "cn-china-probes-region-supply-routes",
        ),
        (
            "В рамках какого мероприятия прозвучало заявление атташе КНР?",
            "cn-attache-cooperation-new-heights",
        ),
    ],
)
def test_how_a_reader_puts_it_is_no_word_to_look_for(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """An honorific («батоно»), "in plain terms" and "practically speaking" are phrasing;
    "already done" is what the sides carried out, "matters more" what is more significant,
    and the one event a speech was given at is the reception, not the «ряд мероприятий»."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "Какое направление взаимодействия Баку и Пекина автор считает более значимым по "
            "сравнению с образовательными обменами?",
            "cn-defence-industry-dialogue-more-significant",
        ),
        ("а какова позиция сша в этом раскладе", "cn-us-keeps-distance"),
        ("Какова позиция США в этой конфигурации?", "cn-us-keeps-distance"),
        ("Azerbaycan and Türkiye signed new anlaşmalar, in which areas?", None),
        ("Türkiye savunma anlaşması with Azerbaycan?", None),
    ],
)
def test_a_comparison_a_situation_and_turkish_words(
    shared_knowledge: Knowledge, question: str, fact_id: str | None
) -> None:
    """What a question sets the answer against («по сравнению с обменами») is not the
    answer, the sentence setting something above it is; «в этом раскладе» is the situation
    told of, no word to look for; a Turkish reader's "anlaşma" is an agreement."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id == (fact_id or "tr-new-agreements-security-logistics")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "В чём, по мнению автора, долгосрочный интерес Пекина в отношениях с Баку?",
            "cn-china-interest-access-influence",
        ),
        (
            "Каковы перспективы институционализации турецко-азербайджанского союза?",
            "tr-institutionalised-union",
        ),
        (
            "Каковы последствия углубления азербайджано-турецкого сотрудничества для позиций "
            "России в регионе?",
            "tr-moscow-further-loss-of-influence",
        ),
        (
            "как автор оценивает динамику самостоятельности баку по отношению к москве в "
            "заключении статьи про турцию",
            "tr-turkey-security-guarantor-baku-distances-moscow",
        ),
    ],
)
def test_an_academic_readers_nouns(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """«долгосрочный» is «долговременный», «институционализация» the institutionalised
    union; «для позиций России» asks the effect on Russia (the sentence saying what it
    means for Moscow, though it shares no other word); «в заключении статьи» asks its
    conclusion, no signing."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id == fact_id


def test_by_what_mechanisms_it_forms_de_facto_asks_how_it_forms(
    shared_knowledge: Knowledge,
) -> None:
    """«посредством каких механизмов … де-факто?» after the alliance not yet formalised asks
    how it forms «по сути»: the same sentence, answered ("mechanisms" is no word to find)."""
    answering = shared_knowledge.answering
    first = answering.ask("Военный альянс Китая и Азербайджана уже оформлен юридически?")
    answer = answering.ask(
        "В таком случае посредством каких механизмов он складывается де-факто?",
        follow_up=first.follow_up,
    )
    assert answer.outcome == Outcome.ANSWERED
    assert answer.results[0].fact_id == "cn-alliance-not-formalised-but-forming"


def test_what_the_author_explains_it_by_asks_why(shared_knowledge: Knowledge) -> None:
    """«Чем автор объясняет …?» asks the reason; «как это соотносится с позицией Баку в
    отношении Украины?» then asks Baku's stance on Ukraine («соотносится» is phrasing)."""
    answering = shared_knowledge.answering
    first = answering.ask("Чем автор объясняет усиление партнёрства Баку с Анкарой?")
    assert first.outcome == Outcome.ANSWERED
    assert first.results[0].fact_id == "tr-baku-ankara-amid-cooling-with-moscow"
    then = answering.ask(
        "А как это соотносится с позицией Баку в отношении Украины?", follow_up=first.follow_up
    )
    assert then.outcome == Outcome.ANSWERED
    assert then.results[0].fact_id in {
        "tr-kremlin-baku-distrust-aliyev-ukraine",
        "tr-baku-supports-kyiv",
    }


def test_besides_defence_passes_over_the_sentence_setting_defence_above(
    shared_knowledge: Knowledge,
) -> None:
    """«кроме обороны» passes over the sentence about the defence industry, though it sets
    that above the exchanges: it is about defence all the same (only a sentence that does
    not name what is set aside is kept for that)."""
    answer = shared_knowledge.answering.ask("какие сферы там в заявлении с китаем кроме обороны")
    assert answer.results[0].fact_id == "cn-partnership-document-scope"


def test_a_whole_is_no_purpose(shared_knowledge: Knowledge) -> None:
    """«целый союз» ("a whole union") stemmed with «цель» (purpose): a fact whose reader
    question said it was found for "what's the upside for Baku?" after the drone assembly,
    over the next sentence, which gives the upside."""
    answering = shared_knowledge.answering
    assert answering.analyse("целый союз").terms != answering.analyse("цель союза").terms
    first = answering.ask("will they assemble turkish drones in azerbaijan")
    answer = answering.ask("what's the upside for Baku?", follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == "tr-localisation-benefits"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("What does China really want from Azerbaijan, ano ba talaga?",
         "cn-china-interest-access-influence"),
        ("Is it a smart move for Azerbaijan to get closer to China po?",
         "cn-rational-step-for-azerbaijan"),
        ("Who is Sun Jun po? The Chinese guy at the embassy?",
         "cn-attache-cooperation-new-heights"),
    ],
)  # fmt: skip
def test_a_polite_particle_is_no_search_word(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """A Filipino reader's "po", "ano ba", "talaga" (and a Singaporean's "lah") are
    politeness and emphasis: as words no fact uses they made the reply unsure. The Chinese
    "guy at the embassy" is the military attaché."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id
    assert not answer.unused


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("азеры от москвы отворачиваются?", "tr-turkey-security-guarantor-baku-distances-moscow"),
        ("pochemu kitai tam vseh obygryvaet", "cn-china-wins-predictability"),
        ("Could Moscow put a spanner in the works for Baku and Beijing?",
         "cn-moscow-cannot-counter"),
        ("Is Baku merely swapping one patron for another?",
         "tr-turkey-security-guarantor-baku-distances-moscow"),
        ("what does the china article say about moscows political room for manouvre",
         "cn-russian-defence-industry-exhausted"),
        ("how much political wiggle room does moscow have rn",
         "cn-russian-defence-industry-exhausted"),
        ("For ordinary people like us po, is the Turkey-Azerbaijan thing a big deal?",
         "tr-cooperation-important-regional-factor"),
    ],
)  # fmt: skip
def test_a_colloquial_word_or_idiom_finds_the_fact(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """«отворачиваются» is distancing, «обыгрывает» winning, "a spanner in the works"
    hindering, a "patron" a guarantor, "room for manoeuvre" (however spelt) and "wiggle room"
    the facts' political flexibility ("how much wiggle room" asks no amount; "manoeuvres"
    alone are exercises); "a big deal" is important, no agreement, and "ordinary people"
    are the reader's own."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


def test_declarative_is_no_saying(shared_knowledge: Knowledge) -> None:
    """ "declarative" stemmed with "declare", a word of saying: the alliance the article
    calls «не декларативный» was searched among the facts quoting someone."""
    answering = shared_knowledge.answering
    assert "~say" not in answering.analyse("is the alliance merely declarative?").terms
    answer = answering.ask(
        "How does the China piece characterise the sort of alliance that is "
        "emerging: merely declarative, or something more substantive?"
    )
    assert answer.answered and answer.results[0].fact_id == "cn-new-type-of-union"


def test_a_last_word_that_reads_as_a_russian_preposition_is_no_russian(
    shared_knowledge: Knowledge,
) -> None:
    """ "po" ends a Filipino reader's question politely; read as «по», it made "which
    regions po?" Russian typed in Latin letters (a Russian sentence ends with no «по»)."""
    answering = shared_knowledge.answering
    assert answering.analyse("which regions po?").lang == "en"
    assert answering.analyse("a chto po turcii").lang == "ru"
    first = answering.ask("What is Ankara's long-term plan with Azerbaijan?")
    answer = answering.ask("which regions po?", follow_up=first.follow_up)
    assert answer.answered and answer.results[0].fact_id == "tr-ankara-promotes-military-products"


def test_a_short_stem_is_no_slip_of_another(shared_knowledge: Knowledge) -> None:
    """ "pinned" stems to "pin", one letter from "win": read as a slip, "is it pinned on
    someone else?" searched for who gains, and the experts' forecast fell behind."""
    answering = shared_knowledge.answering
    assert "~gain" not in answering.analyse("is it pinned on someone else?").terms
    answer = answering.ask(
        "How sure is the Turkey article that Turkish drones will be assembled in Azerbaijan? "
        "Is that the author's own claim, or is it pinned on someone else?"
    )
    assert answer.answered
    assert answer.results[0].fact_id == "tr-joint-drone-production-azerbaijan"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("are they planing to fabricate chinese weapons inside azerbaijan",
         "cn-localisation-production"),
        ("does turkey want to flog its weapons to other countries off the back of this",
         "tr-ankara-promotes-military-products"),
    ],
)  # fmt: skip
def test_wanting_weighs_less_than_what_is_wanted(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """ "planning to produce Chinese arms there" is about production: the plan word had found
    the purchase talks («ведут переговоры о закупках»), which share it with the question
    through their readers' «хотят купить». Where the wanting is what is asked (to "flog",
    to sell, its weapons), Ankara's intention still comes first."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id


@pytest.mark.parametrize("question", ["and whats china get", "what does Beijing get?"])
def test_what_a_party_gets_asks_its_gain(shared_knowledge: Knowledge, question: str) -> None:
    """ "what does China get?" ends as "what for?" does and asks the same: what that party
    wants from it (an opening "and" too)."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered
    assert {r.fact_id for r in answer.results[:3]} & {
        "cn-china-interest-access-influence",
        "cn-azerbaijan-hub-for-china",
    }


def test_good_is_no_search_word_and_no_goods(shared_knowledge: Knowledge) -> None:
    """ "why is it good for Azerbaijan?" asks Azerbaijan's reasons: "good" is no search word
    (its stem is that of "goods", a word of a sentence on China's transit of its goods)."""
    answer = shared_knowledge.answering.ask("And for the Azerbaijan side, why is it good?")
    assert answer.results[0].fact_id in {
        "cn-rational-step-for-azerbaijan",
        "cn-baku-seeks-alternatives-to-russia",
    }


def test_quoted_words_in_latin_letters_are_the_articles(shared_knowledge: Knowledge) -> None:
    """An English question quoting the article in Latin letters ("what does 'kuluarnaya
    tema' mean?") asks of the sentence with those words, read in Cyrillic; its other words
    stay English, and "sentence" is no word to find (the message was refused)."""
    answer = shared_knowledge.answering.ask(
        "what is meant by 'kuluarnaya tema' in the first sentence?"
    )
    assert answer.results[0].fact_id == "cn-military-rapprochement-lasting-partnership"


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("ngl what did all the training achieve tbh", "tbh"),
        ("ngl what did all the training achieve tbh", "ngl"),
        ("idk, imo it's big?", "imo"),
        ("what role is Ankara getting in the South Caucasus?", "get"),
        ("а что про США написано?", "написа"),
        ("roughly when was the visit?", "rough"),
        ("когда примерно был визит?", "примерн"),
        ("скажите-ка, где подписали меморандум?", "ка"),
        ("я слышала, Баку поддерживает Киев?", "слыша"),
        ("I heard Baku backs Kyiv, is that true?", "heard"),
        ("I heard Baku backs Kyiv, is that true?", "true"),
        ("what's the deal with Russia's defence industry?", "~agreement"),  # no deal signed
        ("А почему, не сочтёте за труд пояснить?", "труд"),
        ("after what event ah", "ah"),  # Singlish particles
        ("so china stepping into whose area sia", "sia"),
        ("can or not lah", "lah"),
        # what the article foresees: no «стоит ожидать» of another sentence
        ("What reaction from Turkey does the China piece anticipate?", "~expect"),
        ("Какую реакцию Турции предсказывает автор?", "предсказыва"),
        ("what concrete outcome did the cooperation bring?", "concret"),  # no «конкретных»
        ("Кто выступает в качестве гаранта безопасности?", "качеств"),  # «в качестве»: as
        ("В чём заключалось участие китайских инструкторов?", "~sign"),  # no contract
        ("an how dem a win over everybody", "everybodi"),  # over whom: no one asked
        ("And the Turks, what'll they make of it?", "ll"),  # "what'll"
        ("ok makasih, when can happen kah?", "kah"),  # Indonesian particles
        ("Какую позицию Баку занимает в отношении Киева?", "занима"),  # officialese
        ("Какую позицию Баку занимает в отношении Киева?", "~relat"),
        ("а чё у турции такого есть", "так"),  # no «Таким образом» of another sentence
        ("why is baku turning to china, eli5", "eli5"),  # no name the briefing lacks
        ("tl;dr of the turkey article?", "tl"),
        ("how so? like concretely", "concret"),  # how precise, as «конкретно»
        ("what could all this ultimately lead to?", "ultim"),  # no «В результате» asked
        # dialect interjections and youth slang: "ja", "lekker", "aye", «имхо», «кринж»
        ("ja but what does that mean", "ja"),
        ("drones, lekker. what else?", "lekker"),
        ("aye, and who signed it?", "aye"),
        ("имхо это кринж, кто подписал?", "имх"),
        ("who reckons that? sounds like a load of oul guff", "load"),
        ("only turkey? catch yerself on", "catch"),
        # "a look in" is a chance, "how are they placed" their standing, "when it's at
        # home" a Briticism: none a word of its own
        ("and why's ankara getting a look in now?", "look"),
        ("how are they placed, Baykar?", "place"),
        ("and who's Baykar when it's at home?", "home"),
        # "most likely" hedges: no "line" it is one letter from
        ("when's that most likely, after what?", "line"),
        # «хоть» is "at least": no «хотят» it is a letter from
        ("а толк от этого был? помогло хоть?", "~intend"),
        # «на самом деле» is "really": no «по сути» of a sentence asked
        ("какой у Китая интерес на самом деле?", "сут"),
        # «хотелось бы»: the reader's polite wish, no one's intent asked
        ("А что он сказал? Хотелось бы дословно.", "~intend"),
    ],
)
def test_phrasing_words_are_no_search_words(
    shared_knowledge: Knowledge, question: str, word: str
) -> None:
    """ "tbh", "ngl", "imo", "idk", "getting", "roughly", "I heard", "is that true", the «-ка»
    of «скажите-ка», what a piece "anticipates" say how it is put: no word to find (a word
    no fact uses makes the answer less sure; "getting" found "getting more structured")."""
    assert word not in shared_knowledge.answering.analyse(question).terms


def test_an_article_named_in_another_word_is_the_article(shared_knowledge: Knowledge) -> None:
    """«по материалу о Турции»: the Turkey article, not Turkey as a party asked about."""
    read = shared_knowledge.answering.analyse("Поддерживает ли Баку Киев, по материалу о Турции?")
    assert read.sources == ("turkey",) and "turkey" not in read.entity_ids


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "Does Beijing make Baku toe some ideological line?",
            "cn-china-no-norms-political-autonomy",
        ),
        ("is there talk of making chinese weapons inside azerbaijan", "cn-localisation-production"),
    ],
)
def test_make_before_a_party_makes_it_do_something(
    shared_knowledge: Knowledge, question: str, fact_id: str
) -> None:
    """ "make Baku toe the line" asks no production (the localisation talks); "making
    Chinese weapons" does."""
    answer = shared_knowledge.answering.ask(question)
    assert answer.answered and answer.results[0].fact_id == fact_id
