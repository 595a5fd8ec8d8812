"""Russian: every word list the engine reads Russian with (see :mod:`knowledge.language`), and
the tables of the Cyrillic script: look-alike letters, transliteration both ways, the case
endings of names.

Data only: the modules that read it hold the logic. Words are folded (lower case, ё as е;
a few lists also hold the ё forms that Russian typed in Latin letters gives: "vsyo" → «всё»);
patterns are regular-expression alternatives.
"""

from __future__ import annotations

from knowledge.outcomes import Detail

# -- words ------------------------------------------------------------------------------

STOP_WORDS = frozenset(
    """
    думает думают считает считают делает делают делать сделал сделали стороны
    сделать сделает сделают сделала
    касательно относительно насчет касаемо
    пока разговоры слухи болтают болтовня среди
    вывод выводу выводы выводам конце заключение заканчивается кончается концовка приходит
    подводит
    читал читала прочитал прочитала читаю понял поняла понимаю понятно запутался запуталась
    объясните объясни расскажите расскажи внимательно первая первой первую вторая второй вторую
    стоит стоят
    успел успела успело успели
    уточнить уточните пояснить поясните позвольте спросить подскажете подскажешь будьте добры
    прошу прощения извините любопытно интересно
    оба обе обеих обоих обеим обоим каждая каждой каждый каждом каждую
    нас нами наши меня мной вами
    сравни сравните сравнить сравнение сравнению сравним две два двух кого наоборот
    а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да
    даже для до его ее ей ему если есть еще же за здесь и из или им их к как какая какие
    каким какое какой каком какую ко когда кто ли либо мне может мы на над надо наш не него
    нее нет ни них но ну о об однако он она они оно от очень по под при с со так также такой
    там те тем то того тоже той только том ты у уже хотя чего чей чем что чтобы чье чья эта
    эти это этого этой этом этот этим этому эту этих этими я про скажи расскажи пожалуйста ли
    сказать можно ведь чьи чьих чья чье чьей чью чьим чьему образом сторона стороны стороне
    функция функцию функции способность способен способна способны разве
    потребности потребностей нужды нужд што шо чо
    вообще вы какова каково каковы каких какого какому зачем почему сколько роль роли играет
    играют играть происходит происходило новость новости новое ситуация сейчас статья статье статьи
    статью статьях автор автора автору материал материале согласно пишет пишут себя себе
    текст тексте текста тексту
    собой сам сама сами типа короче чё че просто ок окей ага ладно могут мог могла могли
    подробнее подробней поподробнее детали деталей детальнее дальше продолжай
    правда верить известно известны известна известен тогда заключается заключаются состоит
    ним ней нем нему туда оттуда сюда остальные остальных остальными остальным остальной
    всему всем всеми вся всю итоге будет края краях скажите тот тех тому
    состоят
    нибудь отчего вдруг другой другая другое другие других другим другими другого другому
    другом другую
    привет приветик здравствуй здравствуйте хай вопрос вопросик слушай слушайте спасибо спс
    плиз подскажи подскажите кстати лол бот сдался сдалась сдались сдалось упоминается
    упоминаются упомянут упомянута упомянуты упоминают упоминание плане больше вроде
    срочно быстро побыстрее темы тему темам темах кратко вкратце суть главная главное мысль
    основная идея
    описывает описывают описывать описал описала описали
    природа природу природы
    который которая которое которые которого которой котором которым которую которых кем
    называет называют называется называл история истории историю историей прямо прям тут
    поводу
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Words the stemmer, and so the slip repair, would put with a word of the facts they have
# nothing to do with: «на выходных» (at the weekend) is no «выходит» (goes beyond), «цены»
# (prices) no «ценны» (valuable), «собирать» (assemble) no «собирается» (intends).
STEMS_APART = {
    **dict.fromkeys(("выходные", "выходных", "выходным", "выходными"), "выходн"),
    **dict.fromkeys(("цена", "цены", "цену", "ценой", "цене", "ценам", "ценах", "ценами"), "цена"),
    **dict.fromkeys(("собирать", "собирают", "собирает", "собирали", "собрать", "соберут"),
                    "собират"),
}  # fmt: skip
NEGATIONS = ("не",)  # «неограниченные» asks about what the facts call «ограниченные»
# Letters written two ways that search as one.
LETTER_VARIANTS = {"ё": "е", "Ё": "Е"}
ALPHABET = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
VOWELS = "аеиоуыэюя"  # a vowel typed twice is a slip; a doubled consonant may be spelling
NEVER_DOUBLED = "йцчшщх"  # ... but not one of these: «заччем» is a slip of «зачем»
# Latin letters that look like Cyrillic ones: inside a Cyrillic word they are typos or
# deliberate look-alikes (the China article writes «Cотрудничество» with a Latin C).
LOOKALIKES = ("aceopxykmthbACEOPXYKMTHB", "асеорхукмтнвАСЕОРХУКМТНВ")
# Each month: its name, and the pattern of its forms in a sentence («мая», «января»).
MONTHS: tuple[tuple[str, str], ...] = (
    ("январь", r"январ\w*"), ("февраль", r"феврал\w*"), ("март", r"март\w*"),
    ("апрель", r"апрел\w*"), ("май", r"ма[йяе]"), ("июнь", r"июн\w*"), ("июль", r"июл\w*"),
    ("август", r"август\w*"), ("сентябрь", r"сентябр\w*"), ("октябрь", r"октябр\w*"),
    ("ноябрь", r"ноябр\w*"), ("декабрь", r"декабр\w*"),
)  # fmt: skip
# Messages that warm the engine up before the first question (see Answering.warm_up).
WARM_UP = ("привет", "что подписали и когда?")

# -- the Cyrillic script ----------------------------------------------------------------

# Russian in Latin letters, for ids made from titles (a simplified BGN/PCGN romanisation).
ROMANISATION = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}  # fmt: skip
# Russian typed in Latin letters ("kitai", "dolzhnost"): multi-letter groups first.
LATIN_TYPED: tuple[tuple[str, str], ...] = (
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("tz", "ц"),
    ("ch", "ч"), ("sh", "ш"), ("cz", "ч"), ("sz", "ш"),  # "czto", "szto": Polish letters
    ("yu", "ю"), ("ju", "ю"), ("ya", "я"), ("ja", "я"),
    ("yo", "ё"), ("iya", "ия"), ("iye", "ие"), ("iyu", "ию"), ("iy", "ий"), ("yy", "ый"),
    ("ai", "ай"), ("ei", "ей"), ("oi", "ой"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"), ("g", "г"), ("d", "д"), ("e", "е"),
    ("z", "з"), ("i", "и"), ("y", "ы"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"),
    ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("f", "ф"), ("h", "х"), ("c", "ц"), ("x", "кс"), ("q", "к"), ("'", "ь"),
    ("4", "ч"), ("6", "ш"),  # chat spelling: "4to", "xo4et", "6kola"
)  # fmt: skip
# ... and then "y" after a vowel, not before one, is й ("kitaiy", "moy").
LATIN_TYPED_AFTER = (
    (r"(?<=[аеоуыиэяю])ы(?=$|[^аеоуыиэяю])", "й"),
    (r"ця$", "тся"),  # "otnositsya" is «относится»
    (r"(?<=[еюя])ца$", "тся"),  # "tyanetsa" is «тянется» ("ulitsa" stays «улица»)
    (r"(?<=[еи])ш$", "шь"),  # "umeesh" is «умеешь»: a verb's "you", spelt with a soft sign
    (r"ыи$", "ый"),  # "dobryi" is «добрый»
    (r"(?<=у)ите$", "йте"),  # "zdravstvuite" is «здравствуйте»
)
# Letters of a word typed in Latin that stand for others as often (see
# knowledge.language.question.readings): no soft sign ("stati" «статьи»), «ы» typed "i"
# ("sferi"), «э» typed "e", and "oi", "ai", "ei" that are two vowels ("pervoistochnik");
# «ж» typed "j", as on Azerbaijani and French keyboards ("podderjivaet", "djun",
# "sblijaetsia"), «тся» typed "tsia", «ё» after «и» typed "yo" ("priyom"), «щ» typed "sh",
# «х» typed "x" ("xochet"), «ий» typed "ii" ("rossiiskaya"), «ш» typed "w" ("dalwe").
LATIN_AMBIGUOUS: tuple[tuple[str, str], ...] = (
    ("и", "ы"), ("и", "ьи"), ("е", "ье"), ("е", "э"), ("я", "ья"), ("ю", "ью"), ("ы", "и"),
    ("ой", "ои"), ("ай", "аи"), ("ей", "еи"), ("ы", "ь"), ("лш", "льш"), ("лк", "льк"),
    ("лн", "льн"), ("лз", "льз"), ("иу", "ю"), ("иа", "я"), ("йу", "ю"), ("йа", "я"),
    ("ыи", "ый"), ("й", "ж"), ("я", "жа"), ("ю", "жу"), ("циа", "тся"), ("йо", "ё"),
    ("ш", "щ"), ("кс", "х"), ("ии", "ий"), ("в", "ш"), ("ц", "тс"),  # "postsovetskoe"
)  # fmt: skip
SOFT_SIGN = "ь"
SOFT_AT_END = frozenset("лтнсдзрмвп")  # "rol" is «роль», "sobirat" «собирать»
# A word's first letter typed in Latin that may be another Russian one: "etot" is «этот»
# (taken only where that makes a function word, as "esli" stays «если»).
LATIN_TYPED_FIRST = (("е", "э"),)
# Noun endings of names by the nominative's ending (nominative ending, the part cut off,
# the other cases' endings): names are matched in every case by their forms, not by stems,
# because short stems collide with common words.
NAME_WORD = r"[а-яё]{3,}"  # a one-word name that declines
NAME_ENDINGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ия", "ия", ("ии", "ию", "ией")),
    ("ея", "я", ("и", "ю", "ей", "е")),
    ("оа", "", ()),  # indeclinable: Самоа («то же самое» is no Samoa)
    ("уа", "", ()),
    ("а", "а", ("ы", "и", "е", "у", "ой")),
    ("я", "я", ("и", "е", "ю", "ей")),
    ("й", "й", ("я", "ю", "ем", "е")),
    ("ь", "ь", ("и", "ю", "ью", "я", "ем", "е")),
    ("ы", "ы", ("ов", "ам", "ах", "ами")),
)
NAME_INDECLINABLE = "оеиуэю"  # last letters of names that do not decline (Токио, Чили, Перу)
NAME_CONSONANT_ENDINGS = ("а", "у", "ом", "е")  # Иран → Ирана, Ирану, Ираном, Иране

# -- names in a sentence (see knowledge.language.cases) ---------------------------------

# A singular name's (genitive, accusative, prepositional) by its nominative's ending: the
# ending, how many letters are cut off, the endings put on (Турция → Турции, Турцию, Турции).
CASE_ENDINGS: tuple[tuple[str, int, tuple[str, str, str]], ...] = (
    ("ия", 1, ("и", "ю", "и")),
    ("а", 1, ("ы", "у", "е")),
    ("я", 1, ("и", "ю", "е")),
    ("й", 1, ("я", "й", "е")),
)
CASE_CONSONANTS = "бвгджзклмнпрстфхцчшщ"  # after one of these, the endings below are added
CASE_CONSONANT_ENDINGS = ("а", "", "е")  # Азербайджан → Азербайджана, Азербайджан, Азербайджане
CASE_FLEETING = ("ец", "ок", "ек")  # endings whose vowel often drops (конец → конца): not guessed
# Spelling: after these letters, this ending is written so (Америка → Америки, not Америкы).
CASE_SPELLING = (("гкхжшщч", "ы", "и"),)
ABOUT_NAMES = ("о", "об")  # «о Турции»; «об» before a vowel sound: «об Азербайджане»
ABOUT_VOWELS = "аиоуэыaiou"  # the first letters that take «об» (Latin names read aloud too)
AND = "и"  # the last two names of a list: «Турции, Китае и беспилотниках»

# -- small talk (see knowledge.language.intent) -----------------------------------------

GREETING = frozenset(
    """привет приветик здравствуй здравствуйте здрасте здрасьте здрасти здорово добрый доброе
    доброго утро день вечер ночи хай салют хелло салам салям алейкум здравия""".split()  # noqa: SIM905
)
THANKS = frozenset(
    """спасибо спасиба пасиб пасибо пасиба спасибки спасибочки спс благодарю благодарствую
    мерси""".split()  # noqa: SIM905
)
BYE = frozenset("пока свидания увидимся прощай".split())  # noqa: SIM905
HELP = frozenset("помочь подскажите подскажи помощь помоги помогите справка команды".split())  # noqa: SIM905
ACK = frozenset(
    """ок окей ага ясно понятно понял поняла хорошо отлично класс супер круто норм ладно
    угу ясненько понятненько""".split()  # noqa: SIM905 - a word list reads better as text
)
# Words that may surround small talk without making it a question about the briefing.
FILLER = frozenset(
    """ты вы вас тебя тебе что кто как умеешь умеете можешь можете делаешь такой такое это ну а
    и ещё еще очень большое всё все тут там мне бот работаешь работает тобой пользоваться
    за желаю сынок дочка милок дружище братан уважаемый уважаемая дорогой дорогая""".split()  # noqa: SIM905 - a word list reads better as text
)
# Asking the time («который час в Баку?»): see en.CLOCK.
CLOCK: tuple[tuple[str, ...], ...] = (("который", "час"), ("сколько", "времени"))
CLOCK_AFTER = frozenset({"в", "во", "сейчас", "там"})
# Phrases that ask what the bot is or does.
ABOUT_ME: tuple[tuple[str, ...], ...] = (
    *CLOCK,
    ("кто", "тебя", "создал"),
    ("кто", "тебя", "сделал"),
    ("что", "ты", "умеешь"),
    ("что", "умеешь"),
    ("что", "вы", "умеете"),
    ("кто", "ты"),
    ("кто", "вы"),
    ("что", "ты", "такое"),
    ("как", "пользоваться"),
    ("что", "ты", "можешь"),
    ("ты", "кто"),
    ("вы", "кто"),
    ("что", "это", "за", "бот"),
    ("что", "это", "такое"),
    ("как", "это", "работает"),
    ("как", "ты", "работаешь"),
    ("как", "тобой", "пользоваться"),
    ("ты", "бот"),
    ("ты", "робот"),
    ("ты", "человек"),
    ("живой", "человек"),
    ("бот", "или"),
    ("что", "ты", "знаешь"),
    ("что", "вы", "знаете"),
    ("какие", "статьи"),
    ("что", "можно", "спросить"),
    ("о", "чем", "можно", "спросить"),
    ("что", "нового"),
    ("кратко", "о", "главном"),
    ("краткое", "содержание"),
    ("как", "дела"),
    ("как", "поживаешь"),
    ("с", "чего", "начать"),
    ("ты", "вообще", "кто"),
    ("кто", "ты", "такой"),
    ("кто", "ты", "такая"),
    ("откуда", "ответы"),
    ("берешь", "ответы"),
    ("твои", "источники"),
    ("пример", "вопроса"),
    ("примеры", "вопросов"),
    ("ты", "ии"),
    ("ты", "чатгпт"),
    ("ты", "нейросеть"),
    ("на", "каком", "языке"),
    ("по", "русски"),
    ("по", "английски"),
)
# Whole messages that ask what the bot is.
WHAT_IS_THIS: tuple[tuple[str, ...], ...] = (("что", "это"), ("что", "это", "такое"),
                                             ("это", "что"))  # fmt: skip
QUESTION = frozenset("вопрос вопросик вопросы спросить спрошу".split())  # noqa: SIM905
ANNOUNCE = frozenset(
    "у меня есть можно один одна небольшой короткий хочу хотел хотела кое что слушай".split()  # noqa: SIM905
)
HELPED_BY: frozenset[str] = frozenset()  # words before "help" that make it a verb
# Chat shorthand read as the words it stands for (folded: «чё» is "че").
CHAT = {"че": "что", "чё": "что", "чо": "что", "шо": "что", "щас": "сейчас", "ща": "сейчас",
        "мб": "может", "оч": "очень", "ваще": "вообще", "кст": "кстати", "спс": "спасибо",
        "пасиб": "спасибо", "пж": "пожалуйста", "пжл": "пожалуйста", "плз": "пожалуйста",
        "ток": "только", "тож": "тоже", "кароч": "короче", "короч": "короче", "чтоли": "ли",
        "чтоль": "ли", "4to": "что", "4e": "что", "4o": "что", "када": "когда",
        "кагда": "когда", "пчм": "почему", "скок": "сколько", "скока": "сколько",
        "скоко": "сколько", "скольк": "сколько", "пачему": "почему", "пачиму": "почему",
        "почиму": "почему", "зачэм": "зачем", "зочем": "зачем", "каторый": "который",
        "каторые": "которые", "сёдня": "сегодня", "седня": "сегодня"}  # fmt: skip
# Word endings chat spells as they sound: «относяця», «интересуеця» are «относятся»,
# «интересуется» (no Russian word ends in a vowel and «ця»; «Турця» is a slip of a name).
CHAT_ENDINGS = (("еця", "ется"), ("иця", "ится"), ("юця", "ются"), ("яця", "ятся"),
                ("етса", "ется"), ("итса", "ится"), ("ютса", "ются"), ("ятса", "ятся"),
                ("етца", "ется"), ("итца", "ится"), ("ютца", "ются"), ("ятца", "ятся"))  # fmt: skip
GOT_IT: tuple[tuple[str, ...], ...] = ()  # acknowledgements in more than one word

# -- the kind of answer asked for (see knowledge.language.intent) ------------------------

# Phrases (folded words, in order) that ask for one kind of detail. Checked longest first;
# of phrases as long, the one listed first wins.
KIND_PHRASES: tuple[tuple[Detail, tuple[str, ...]], ...] = (
    (Detail.AMOUNT, ("за", "сколько")),
    (Detail.AMOUNT, ("во", "сколько", "обошел")),
    (Detail.AMOUNT, ("сколько", "стоит")),
    (Detail.AMOUNT, ("сколько", "стоил")),
    (Detail.AMOUNT, ("сколько", "стоят")),
    (Detail.AMOUNT, ("сколько", "денег")),
    (Detail.AMOUNT, ("сколько", "заплатил")),
    (Detail.AMOUNT, ("сколько", "заплатила")),
    (Detail.AMOUNT, ("сколько", "потратил")),
    (Detail.DURATION, ("на", "сколько", "лет")),
    (Detail.DURATION, ("на", "какой", "срок")),
    (Detail.DURATION, ("какой", "срок")),
    (Detail.DURATION, ("как", "долго")),
    (Detail.DURATION, ("сколько", "лет", "действует")),
    (Detail.DATE, ("в", "каком", "году")),
    (Detail.DATE, ("с", "какого", "года")),
    (Detail.DATE, ("какого", "года")),
    (Detail.DATE, ("какого", "числа")),
    (Detail.DATE, ("в", "какой", "день")),
    (Detail.DATE, ("какой", "датой")),
    (Detail.DATE, ("какая", "дата")),
    (Detail.DATE, ("какую", "дату")),
    (Detail.DATE, ("какой", "даты")),
    (Detail.DATE, ("какое", "число")),
    (Detail.DATE, ("какого", "месяца")),
    (Detail.DATE, ("дата",)),
    (Detail.DATE, ("дату",)),
    (Detail.DATE, ("в", "каком", "месяце")),
    (Detail.REGION, ("какие", "регионы")),
    (Detail.REGION, ("каких", "регионах")),
    (Detail.REGION, ("в", "каких", "регионах")),
    (Detail.COUNTRY, ("какие", "страны")),
    (Detail.COUNTRY, ("каких", "странах")),
    (Detail.CITY, ("в", "каком", "городе")),
    (Detail.PLACE, ("в", "каком", "месте")),
    (Detail.PLACE, ("в", "каком", "регионе")),
    (Detail.MODEL, ("какая", "модель")),
    (Detail.MODEL, ("какие", "модели")),
    (Detail.MODEL, ("какую", "модель")),
    (Detail.MODEL, ("какой", "модели")),
    (Detail.MODEL, ("каких", "моделей")),
    (Detail.CITY, ("какой", "город")),
    (Detail.CITY, ("каком", "городе")),
    (Detail.MODEL, ("модель",)),
    (Detail.MODEL, ("модели",)),
    (Detail.MODEL, ("моделей",)),
    (Detail.NAME, ("как", "зовут")),
    (Detail.NAME, ("как", "звали")),
    (Detail.NAME, ("как", "звать")),
    (Detail.NAME, ("как", "его", "зовут")),
    (Detail.NAME, ("как", "ее", "зовут")),
    (Detail.NAME, ("как", "их", "зовут")),
    (Detail.NAME, ("как", "его", "звали")),
    (Detail.NAME, ("как", "ее", "звали")),
    (Detail.NAME, ("как", "фамилия")),
    (Detail.NAME, ("имя",)),
    (Detail.NAME, ("имена",)),
    (Detail.NAME, ("фамилия",)),
    (Detail.NAME, ("фамилии",)),
    (Detail.ORGANISATION, ("источник", "статьи")),
    (Detail.ORGANISATION, ("источник", "материала")),
    (Detail.ORGANISATION, ("первоисточник",)),
    (Detail.ORGANISATION, ("кто", "сообщил")),
    (Detail.ORGANISATION, ("кто", "сообщает")),
    (Detail.QUANTITY, ("сколько",)),
    (Detail.QUANTITY, ("дальность",)),
    (Detail.QUANTITY, ("численность",)),
    (Detail.QUANTITY, ("численности",)),
    (Detail.QUANTITY, ("какая", "доля")),
    (Detail.QUANTITY, ("какова", "доля")),
    (Detail.QUANTITY, ("какой", "процент")),
    (Detail.QUANTITY, ("какой", "объем")),
    (Detail.QUANTITY, ("каков", "объем")),
    (Detail.AMOUNT, ("заплатил",)),
    (Detail.AMOUNT, ("заплатила",)),
    (Detail.AMOUNT, ("заплатили",)),
    (Detail.AMOUNT, ("стоимость",)),
    (Detail.AMOUNT, ("цена",)),
    (Detail.AMOUNT, ("цене",)),
    (Detail.AMOUNT, ("цену",)),
    (Detail.AMOUNT, ("ценой",)),
    (Detail.AMOUNT, ("стоимости",)),
    (Detail.AMOUNT, ("бюджет",)),
    (Detail.AMOUNT, ("бюджета",)),
    (Detail.AMOUNT, ("насколько", "дорого")),
    (Detail.AMOUNT, ("насколько", "дорогие")),
    (Detail.AMOUNT, ("насколько", "дешево")),
    (Detail.AMOUNT, ("сумма",)),
    (Detail.AMOUNT, ("сумму",)),
    (Detail.AMOUNT, ("долларов",)),
    (Detail.AMOUNT, ("евро",)),
    (Detail.TIME, ("когда",)),
    (Detail.PLACE, ("где",)),
    (Detail.PLACE, ("куда", "еще")),  # «куда ещё метит?»: where else
    (Detail.PLACE, ("место",)),
    (Detail.PLACE, ("местом",)),  # «место подписания?»
    (Detail.PERSON, ("кто",)),
    (Detail.PERSON, ("кого",)),
    (Detail.PERSON, ("кем",)),
    (Detail.REASON, ("почему",)),
    (Detail.REASON, ("зачем",)),
    (Detail.REASON, ("с", "какой", "целью")),
    (Detail.REASON, ("для", "чего")),
    (Detail.REASON, ("ради", "чего")),
    (Detail.REASON, ("по", "какой", "причине")),
    (Detail.REASON, ("какой", "смысл")),  # «какой смысл собирать их там?»
    (Detail.REASON, ("в", "чем", "смысл")),
    (Detail.REASON, ("из", "за", "чего")),
    (Detail.REASON, ("с", "чего", "вдруг")),
    (Detail.REASON, ("отчего",)),
    (Detail.REASON, ("нафига",)),  # slang for «зачем»
    (Detail.REASON, ("нафиг",)),
    (Detail.REASON, ("накой",)),
    (Detail.REASON, ("на", "кой")),
    (Detail.REASON, ("за", "счет", "чего")),
    (Detail.REASON, ("мотивация",)),
    (Detail.REASON, ("мотивы",)),
    (Detail.REASON, ("причины",)),
    (Detail.REASON, ("какая", "причина")),
    (Detail.REASON, ("в", "чем", "причина")),
    (Detail.REASON, ("в", "чем", "логика")),
    (Detail.REASON, ("какая", "логика")),
    (Detail.RESULT, ("значит", "для")),
    (Detail.RESULT, ("означает", "для")),
    (Detail.RESULT, ("к", "чему")),
    (Detail.RESULT, ("на", "что", "влияет")),
    (Detail.RESULT, ("на", "что", "повлияет")),
    (Detail.RESULT, ("что", "даст")),
    (Detail.RESULT, ("что", "дает")),
    (Detail.RESULT, ("что", "изменит")),
    (Detail.RESULT, ("что", "изменится")),
    (Detail.RESULT, ("результат",)),
    (Detail.RESULT, ("результаты",)),
    (Detail.RESULT, ("последствия",)),
    (Detail.RESULT, ("следствия",)),
    (Detail.RESULT, ("чем", "закончился")),
    (Detail.RESULT, ("чем", "закончилась")),
    (Detail.RESULT, ("чем", "закончилось")),
    (Detail.RESULT, ("чем", "завершился")),
    (Detail.RESULT, ("чем", "завершилась")),
    (Detail.RESULT, ("чем", "завершилось")),
    (Detail.RESULT, ("следствие",)),
    (Detail.RESULT, ("итог",)),
    (Detail.RESULT, ("толк",)),  # «толк есть?», «какой от этого толк?»
    (Detail.RESULT, ("толку",)),
    (Detail.RESULT, ("эффект",)),
    (Detail.RESULT, ("плохо", "для")),
    (Detail.RESULT, ("что", "это", "значит")),
    (Detail.RESULT, ("что", "всё", "это", "значит")),
    (Detail.RESULT, ("что", "все", "это", "значит")),
    (Detail.RESULT, ("хорошо", "для")),
    (Detail.RESULT, ("польза",)),
    (Detail.RESULT, ("пользы",)),
    (Detail.RESULT, ("плюсы",)),
    (Detail.WORDS, ("что", "он", "сказал")),
    (Detail.WORDS, ("что", "он", "заявил")),
    (Detail.WORDS, ("что", "она", "сказала")),
    (Detail.WORDS, ("что", "именно", "он", "сказал")),
    (Detail.WORDS, ("что", "ответил")),
    (Detail.WORDS, ("что", "ответила")),
    (Detail.WORDS, ("что", "ответили")),
    (Detail.REASON, ("с", "этого", "что")),
    (Detail.REASON, ("что", "с", "этого")),
    (Detail.REASON, ("что", "получает")),
    (Detail.REASON, ("что", "получит")),
    (Detail.STANCE, ("отреагировал",)),
    (Detail.STANCE, ("отреагировала",)),
    (Detail.STANCE, ("отреагировали",)),
    (Detail.STANCE, ("реакция",)),
    (Detail.STANCE, ("что", "на", "это")),  # «а Москва что на это?»
    (Detail.STANCE, ("относится",)),
    (Detail.STANCE, ("относятся",)),
    (Detail.STANCE, ("относиться",)),
    (Detail.STANCE, ("отнеслась",)),
    (Detail.STANCE, ("отнесся",)),
    (Detail.STANCE, ("отнеслись",)),
    (Detail.STANCE, ("отреагировать",)),
    (Detail.STANCE, ("отреагирует",)),
    (Detail.STANCE, ("реагирует",)),
    (Detail.STANCE, ("реагируют",)),
    (Detail.STANCE, ("реагировать",)),
    (Detail.STANCE, ("позиция",)),
    (Detail.STANCE, ("позиции",)),
    (Detail.STANCE, ("смотрит",)),
)
# Words that only restate what a question of a kind asks: «зачем это нужно?» is «зачем?»
# («надо» is a stop word already).
RESTATING = (
    (
        Detail.REASON,
        frozenset(
            {"нужно", "нужен", "нужна", "нужны", "понадобилось", "понадобился",
             "понадобилась", "понадобились"}
        ),
    ),
)  # fmt: skip
YES_NO_OPENERS: frozenset[str] = frozenset()  # first words of a question that asks yes or no
HOW = frozenset({"как", "чем"})  # «как обучение помогло армии?», «чем помогло обучение?»
EFFECT = frozenset(
    """помогло помогла помог помогли помогает помогало помогал помогала помогали повлияло
    повлиял повлияла повлияли""".split()  # noqa: SIM905
)
# «что может дать локализация?», «что это принесёт Баку?» (see the English WOULD, YIELD).
WHAT = frozenset({"что"})
WOULD = frozenset({"это", "может", "могут", "могла", "могло"})
YIELD = frozenset({"дать", "даст", "принести", "принесет"})
YES_NO_PARTICLES = frozenset({"ли"})  # «будет ли», «правда ли»: early in a yes/no question
# Words that make a time, place or detail question strict («когда именно»).
# Words that ask how sure the fact cited last is («это подтверждено?»).
CONFIRMED = frozenset({"подтверждено", "подтверждена", "подтвержден", "подтверждены",
                       "подтверждается", "подтверждение", "достоверно", "точно", "разговоры",
                       "слухи"})  # fmt: skip
STRICT = frozenset({"конкретно", "точно", "именно", "реально", "конкретные", "конкретных",
                    "конкретная", "конкретный", "точная", "точную", "точное"})  # fmt: skip
CHOICE = frozenset({"или", "либо"})  # «Китай или Турция?»
FOR = frozenset({"для"})  # «последствия для России»: the party affected follows
SIDE = frozenset({"стороны"})  # «интерес со стороны Баку»: whose reasons are asked
# between «для» and a name: «для самого Азербайджана»
BEFORE_NAME = frozenset({"самого", "самой", "самих", "самому", "самим"})
VALUED: frozenset[str] = frozenset()  # the dative says whose gain: «интересен Китаю»
TO: frozenset[str] = frozenset()
# Endings of a name in the dative, which asks whose gain («Зачем Азербайджану Китай?»,
# «Чем Баку интересен Китаю?»), except after a preposition («тянется к Пекину») or a verb
# whose object it is («помешать Китаю», «продаёт Азербайджану»).
# Each ending with the nominative's ending it replaces.
# («России», «Турции» are as often the genitive: not read as the dative).
DATIVE_ENDINGS = (("у", ""), ("ю", "й"), ("е", "а"))
NOT_DATIVE_AFTER = frozenset(
    """к ко по в во на о об при у от из с со до без для против между перед за под над через
    кроме вместо после около вокруг среди ради вне мимо
    помешать мешать мешает мешают помешает препятствовать препятствует противодействовать
    противодействует противостоять противостоит угрожать угрожает помогать помогает помочь
    поможет продавать продает продают поставлять поставляет поставляют уступать уступает
    предлагает предлагают дает дают""".split()  # noqa: SIM905
)
# Words that deny: «почему Баку не закупает у Европы?» asks what keeps it from Europe.
NOT = frozenset({"не", "нет"})
# Words of one party drawing closer to another or buying from it: «почему Баку тянется к
# Пекину?», «зачем Баку закупает у Китая?» ask the reasons of the first party named.
APPROACH = frozenset(
    """сближается сближаться сближения сближение сблизиться тянется тянуться дружить
    дружит укреплять укрепляет связи поворачивается разворачивается ищет искать углублять
    углубляет углублению углубления покупает покупать закупает закупать закупки
    тянутся идет идут уходит уходят""".split()  # noqa: SIM905
)
# Words before a party whose gain or reasons a sentence gives («Для Китая …», «позволяет
# Пекину», «предлагает Азербайджану», «Интерес Китая»), and after it («Баку ищет»).
GAINER_BEFORE = frozenset({"для", "позволяет", "предлагает", "дает", "интерес"})
GAINER_AFTER = frozenset({"ищет", "стремится", "намерена", "намерен"})
WHICH = frozenset("какие каких какая какой какую каком какого".split())  # noqa: SIM905
ORGANISATIONS = frozenset(
    """академия академии академиях академий компания компании компаний компаниях фирма фирмы
    вуз вузы вузах вузов училище училища училищах университет университеты
    университетах издание издания сайт сайта агентство""".split()  # noqa: SIM905 - a word list reads better as text
)
OUTCOME = frozenset({"приведет", "приведёт", "ведет", "ведёт", "идет", "идёт", "заведет"})
COMPARE = frozenset(
    """сравни сравните сравнить сравнение сравнению отличается отличаются отличие разница оба
    обе обеих каждая каждый отличия различия различается""".split()  # noqa: SIM905 - a word list reads better as text
)
TWO_SOURCES: tuple[tuple[str, ...], ...] = (("две", "статьи"), ("двух", "статьях"),
                                            ("обе", "статьи"), ("обеих", "статьях"),
                                            ("двум", "статьям"), ("отличаются", "статьи"),
                                            ("статьи", "отличаются"),
                                            ("расходятся", "статьи"),
                                            ("статьи", "расходятся"),
                                            ("каждой", "статье"), ("каждая", "статья"),
                                            ("каждой", "из", "статей"))  # fmt: skip
# Particles that make a question word an indefinite pronoun: «где-то» (somewhere).
INDEFINITE = frozenset({"то", "нибудь", "либо"})
# Idioms whose words would otherwise ask for a detail: «принять участие» asks no amount.
IDIOMS: tuple[tuple[str, ...], ...] = (
    # «где это сказано?»: which sentence says it, not a place
    ("где", "сказано"), ("где", "написано"), ("где", "говорится"),
    ("принять", "участие"), ("принял", "участие"), ("приняла", "участие"),
    ("приняли", "участие"), ("принимали", "участие"), ("принимает", "участие"),
    ("принимают", "участие"), ("иметь", "значение"), ("имеет", "значение"),
    ("имеют", "значение"), ("нанес", "визит"), ("нанесла", "визит"), ("нанесли", "визит"),
    # «кем становится Анкара?»: what it becomes, not who
    ("кем", "стать"), ("кем", "станет"), ("кем", "станут"), ("кем", "становится"),
    ("кем", "становятся"), ("кем", "стал"), ("кем", "стала"), ("кем", "стали"),
    ("кем", "является"), ("кем", "являются"), ("кем", "будет"), ("кем", "будут"),
)  # fmt: skip
# Idioms read as the one word they mean, for the search («тянется к» is «сближение»):
# each word the phrase stands for is one the facts' synonym groups know.
# A verb ending typed either way (the language's most common slip): idioms read it as one.
REFLEXIVE = ("ться", "тся")
READ_AS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("все", "еще"), "остается"),  # «всё ещё важна»: what the sentence says remains
    (("по", "военной", "части"), "военной"),  # an idiom: "in military matters", no part
    (("уже", "сделали"), "реализовали"), (("уже", "сделано"), "реализовали"),  # done so far
    (("уже", "сделанного"), "реализовали"), (("то", "сделали"), "реализовали"),  # «что-то»
    (("на", "бумаге"), "оформлены"),  # formally: a document signed, not paper
    (("берет", "на", "себя"), "становится"), (("берут", "на", "себя"), "становится"),
    (("принимает", "на", "себя"), "становится"), (("примет", "на", "себя"), "становится"),
    (("не", "может", "закрыть"), "ограничены"), (("не", "сможет", "закрыть"), "ограничены"),
    (("тянется", "к"), "сближение"), (("тянутся", "к"), "сближение"),
    (("к", "тянется"), "сближение"), (("к", "тянутся"), "сближение"),  # «к Анкаре тянется»
    (("потянулся", "к"), "сближение"), (("потянулись", "к"), "сближение"),
    (("к", "потянулся"), "сближение"), (("к", "потянулась"), "сближение"),
    (("к", "потянулись"), "сближение"), (("идет", "к"), "сближение"), (("идут", "к"), "сближение"),
    (("сидит", "на"), "зависимость"), (("сидят", "на"), "зависимость"),
    (("подсел", "на"), "зависимость"), (("берет", "верх"), "выигрывает"),
    (("чем", "берет"), "выигрывает"), (("чем", "берут"), "выигрывает"),
    # «делать оружие» (make arms): production («делать» alone is phrasing)
    (("делать", "оружие"), "производство"), (("делать", "дроны"), "производство"),
    (("делать", "беспилотники"), "производство"), (("делают", "оружие"), "производство"),
    (("делают", "дроны"), "производство"), (("делают", "беспилотники"), "производство"),
    (("взял", "верх"), "выигрывает"), (("взяла", "верх"), "выигрывает"),
    # «обходит остальных» overtakes the rivals; «в обход» (bypassing) is another word
    (("обходит", "остальных"), "выигрывает"), (("обходит", "других"), "выигрывает"),
    (("обходит", "конкурентов"), "выигрывает"), (("обходит", "соперников"), "выигрывает"),
    (("сдает", "позиции"), "снижение"), (("сдает", "позиций"), "снижение"),
    (("теряет", "позиции"), "снижение"), (("теряет", "хватку"), "снижение"),
    (("набирает", "вес"), "укрепляет"), (("набирает", "силу"), "укрепляет"),
    (("набирают", "вес"), "укрепляет"), (("набирают", "силу"), "укрепляет"),
    (("ведет", "себя"), "поведение"), (("ведут", "себя"), "поведение"),
    (("держится", "в", "стороне"), "дистанция"), (("держатся", "в", "стороне"), "дистанция"),
    (("в", "стороне"), "дистанция"), (("расклад", "сил"), "баланс"),
    (("расклада", "сил"), "баланс"),
    (("внешняя", "политика"), "внешнеполитическую"),
    (("внешней", "политики"), "внешнеполитическую"),
    (("внешней", "политике"), "внешнеполитическую"),
    (("внешнюю", "политику"), "внешнеполитическую"),
    (("внешней", "политикой"), "внешнеполитическую"),
    (("чем", "обернулось"), "итог"), (("чем", "обернется"), "итог"),
    (("чем", "оборачивается"), "итог"), (("чем", "оборачиваются"), "итог"),
    (("чем", "грозит"), "означает"), (("чем", "грозят"), "означает"),
    (("хорошая", "идея"), "разумно"), (("поворотный", "момент"), "этап"),
    (("поворотным", "моментом"), "этап"), (("переломный", "момент"), "этап"),
    (("переломным", "моментом"), "этап"),
    (("не", "дотягивает"), "недостаточно"), (("не", "дотягивают"), "недостаточно"),
    (("не", "дотянет"), "недостаточно"), (("не", "тянет"), "недостаточно"),
)  # fmt: skip
# Phrases that say whose account or how a question is put, not what it asks about:
# read as nothing («по версии статьи»: no "version" asked about).
ASIDES: tuple[tuple[str, ...], ...] = (
    ("по", "версии"), ("в", "первую", "очередь"), ("прежде", "всего"),
    ("в", "двух", "словах"), ("кстати", "говоря"), ("честно", "говоря"), ("в", "итоге"),
    ("на", "твой", "взгляд"), ("на", "ваш", "взгляд"), ("точки", "зрения"), ("точка", "зрения"),
    ("на", "практике"), ("по", "мнению", "автора"), ("по", "оценке", "автора"),
    ("на", "взгляд", "автора"), ("как", "считает", "автор"), ("автор", "оценивает"),
    ("оценивает", "автор"), ("согласно", "прогнозу", "автора"),
    ("чем", "занимается"), ("чем", "занимаются"),  # what someone does: what the facts say of them
    ("что", "ты", "знаешь"), ("что", "вы", "знаете"),  # «что ты знаешь о Байкаре?»
    ("если", "говорить", "о"), ("если", "говорить", "об"), ("если", "говорить", "про"),
    ("то", "же", "самое"),  # «а с Китаем то же самое?»: the same as asked before
    ("тоже", "такое"), ("такое", "же"),  # «а с турками тоже такое планируют?»: the same
    ("всю", "жизнь"),  # «читаю всю жизнь»: the reader's own story
    ("последнее", "время"),  # «почему Баку так тянется к Анкаре последнее время?»
    ("по", "утверждению"),  # whose claim it is, not a word of the claim
    ("речь", "идет"), ("речь", "про"), ("речь", "о"), ("речь", "об"),  # is it about
    ("по", "линии"),  # «по линии сотрудничества»: within it, no line asked
    # «где прошёл приём?»: that it took place, not what it was
    ("прошел",), ("прошла",), ("прошло",), ("состоялся",), ("состоялась",), ("состоялось",),
    # a polite preamble: no words of what is asked
    ("хотелось", "бы", "узнать"), ("хотел", "бы", "узнать"), ("хотела", "бы", "узнать"),
    ("хочу", "узнать"), ("любопытно", "стало"), ("интересно", "стало"),
)  # fmt: skip
# Words before what the reader already knows of and asks beyond («кроме закупок что ещё
# обсуждают?»): a sentence only about that is not the answer.
EXCEPT: tuple[tuple[str, ...], ...] = (("кроме",), ("помимо",))
# Words before the others a question sets what it asks about against («чем Китай
# выигрывает у других поставщиков?», «по сравнению с остальными игроками»): the others
# («поставщиков») are not what is asked about.
RIVALS: tuple[tuple[str, ...], ...] = (("по", "сравнению", "с"), ("в", "сравнении", "с"),
                                       ("у",), ("перед",))  # fmt: skip
OTHERS = frozenset({"других", "другими", "остальных", "остальными"})
# Phrases that ask what a party named beside them wants or gains («зачем Китаю
# Азербайджан», «чего добивается Пекин»): read as the word «цель» (its synonym group).
INTEREST: tuple[tuple[str, ...], ...] = (
    ("зачем",), ("для", "чего"), ("ради", "чего"), ("чего", "добивается"),
    ("чего", "добиваются"), ("чего", "хочет"),
    ("чего", "хотят"), ("хочет", "получить"), ("хотят", "получить"), ("что", "нужно"),
    ("что", "надо"), ("какая", "выгода"),
    ("в", "чем", "выгода"), ("что", "получает"), ("что", "получит"), ("с", "этого", "что"),
    ("польза", "для"), ("какие", "выгоды"), ("какую", "выгоду"),
    ("выгодно",), ("выгоден",), ("выгодна",),  # «Азербайджану это выгодно?»
)  # fmt: skip
INTEREST_LAST: frozenset[str] = frozenset()  # «зачем», «для чего» open the question

# -- a question's context (see knowledge.language.question) ------------------------------

ARTICLE = frozenset(
    """статья статье статьи статью статьях материал материале публикация
    публикации новость новости автора газета газете газету газеты инфа инфу информация
    информацию текст тексте текста""".split()  # noqa: SIM905 - a word list reads better as text
)
# Words that ask where an article comes from («источник статьи про Китай», «кто
# опубликовал»): beside the article's name, they ask for the outlet its sentences cite.
PROVENANCE = frozenset(
    """источник первоисточник откуда издание опубликовал опубликовала опубликовано опубликован сайт
    написал написала написано сообщил сообщило ссылается взята взято взят автор автору
    сми""".split()  # noqa: SIM905
)
ABOUT = frozenset({"про", "о", "об", "по"})  # «статья про Турцию»
# What an article comes to at its end («к какому выводу приходит», «в конце статьи»).
CONCLUSION: tuple[tuple[str, ...], ...] = (
    ("вывод",), ("выводу",), ("выводы",), ("выводам",), ("в", "конце"), ("заключение",),
    ("чем", "заканчивается"), ("чем", "кончается"), ("концовка",), ("подводит", "итог"),
)  # fmt: skip
# «а в другой статье?», «а вторая статья о чём?» (after a fact of one article)
THE_OTHER = frozenset({"другой", "другая", "другую", "другом", "другого", "вторая", "второй",
                       "вторую", "втором"})  # fmt: skip
# Words that point back at the previous question.
ANAPHORA = frozenset(
    """он она оно они его ее их это этот эта эти этого этой этом там тогда него нее ним ней
    нем такой такие такое такую таких этому туда оттуда""".split()  # noqa: SIM905 - a word list reads better as text
)
# Words that point back at a person («что он сказал?»).
PERSONAL = frozenset("он она его ее него нее ним ней нем ему".split())  # noqa: SIM905
PLURAL = frozenset("они их им ними них".split())  # noqa: SIM905
THERE = frozenset({"там", "туда", "оттуда"})  # «а что там подписали?»: back at a place
EXISTENTIAL: frozenset[str] = frozenset()  # «там» always points at a place
DEFINITE: frozenset[str] = frozenset()  # no article: «сша» typed in lower case is no word
OPENERS = frozenset({"а", "и", "а что", "ну а"})  # «а Россия?»
# Prepositions that give a party named in a follow-up the role the one before had («а у
# Турции?» after what Baku buys from China: the same asked of Turkey).
PREPOSITIONS = frozenset("с со у от из в во к для на против".split())  # noqa: SIM905
# Question words that, after another one, join a clause to it: «что подписали, когда Алиев
# ездил в Китай?» asks what, not when.
CLAUSE_WORDS = frozenset({"когда", "кто", "где"})
# A word before each of two names that sets them side by side: «и с Китаем, и с Турцией».
BOTH_AND = frozenset({"и"})
# «кто такой» before a person's name asks who they are, not a person.
WHO_IS: tuple[tuple[str, ...], ...] = (("кто", "такой"), ("кто", "такая"), ("кто", "такие"),
                                       ("кто", "это"), ("кто", "был"), ("кто", "была"))  # fmt: skip
# Words of a follow-up that asks beyond the fact cited last («а подробнее?»).
BEYOND = frozenset(
    """подробнее подробней поподробнее детали деталей детальнее ещё еще дальше итог итоги
    последствия результат приведет приведёт кроме помимо продолжай перспективы перспектив
    перспективах будущее самая самый самое наиболее""".split()  # noqa: SIM905
)
# Words of a follow-up that asks for another item of what the fact cited last lists («что
# ещё?», «а кроме этого?»).
ELSE = frozenset({"еще", "кроме", "помимо"})
# The words of a follow-up that only asks the article to go on («и?», «а дальше?», «что
# потом?»): what the next sentence says, in the next paragraph too.
GO_ON = frozenset({"и", "а", "ну", "дальше", "потом", "затем", "что", "будет", "было"})
# A follow-up opening with one of these asks how far the fact cited last goes.
SCOPE = frozenset({"только", "лишь", "исключительно"})  # «только на Кавказе?»
# A follow-up naming someone new with one of these asks the same of them («а Китай тоже?»).
SAME = frozenset({"тоже", "также", "самое", "аналогично", "похожее"})
# A sentence opening with one of these follows from what comes before it: "why?" after it
# is answered there («В результате Азербайджан может превратиться в военный хаб…»).
CONSEQUENCE = ("в результате", "таким образом", "поэтому", "в итоге", "следовательно")

# -- details a sentence states (see knowledge.language.details) --------------------------

VAGUE_TIME = (r"ближайш\w* (?:год\w*|время|месяц\w*)", r"в этом году", r"в прошлом году",
              r"в следующем году", r"скоро", r"вскоре", r"к концу", r"в течение",
              r"в долгосрочной перспективе", r"после завершения")  # fmt: skip
BIG_NUMBERS = (r"сотн\w*", r"сотен", r"тысяч\w*", r"миллион\w*", r"миллиард\w*", r"десятк\w*",
               r"процент\w*", r"млн", r"млрд")  # fmt: skip
MONEY = (r"долл\w*", r"евро", r"рубл\w*", r"манат\w*", r"лир\w*", r"млн", r"млрд")
DURATION_UNITS = (r"лет", r"год\w*", r"месяц\w*", r"недел\w*", r"дн\w*")
UNTIL = (r"до",)  # until a year
SPEECH = (r"по словам", r"заяви\w*", r"отмети\w*", r"отмечает", r"сказа\w*", r"сообща\w*",
          r"не исключа\w*")  # fmt: skip
ROLES = (r"министр\w*", r"(?:президент\w*|руковод\w*|лидер\w*|глав\w+ государств\w*)",
         r"атташе", r"полковник\w*", r"генерал\w*", r"посол\w*", r"эксперт\w*",
         r"аналитик\w*")  # fmt: skip
INSTITUTIONS = (r"кремл\w*",)  # named in common words
RELATIONS = (r"союзник\w*", r"партн[её]р\w*", r"гарант\w*", r"поставщик\w*", r"конкурент\w*",
             r"соперник\w*", r"защитник\w*")  # fmt: skip
PLACE_PREPOSITIONS = (r"в", r"во", r"на")  # before a place's name
WHERE = (r"где",)  # «<Name>, где ...»
COMMON_PLACE_PREPOSITIONS = (r"в", r"во", r"на", r"при")  # before a common noun of a place
PLACE_NOUNS = (r"центр\w*", r"академи\w*", r"учени[яхи]\w*", r"территори\w*",
               r"регион(?:а|е|ы|ов|ах)?", r"город\w*", r"столиц\w*", r"баз[еаых]\w*",
               r"полигон\w*", r"завод\w*", r"предприяти\w*", r"училищ\w*", r"вуз\w*",
               r"границ\w*", r"пространств\w*", r"фланг\w*")  # fmt: skip
# Common nouns that place something only as precisely as the country it is in («на
# азербайджанской территории»): no answer to «где именно».
GENERIC_PLACE_NOUNS = (r"территори\w*", r"регион(?:а|е|ы|ов|ах)?", r"границ\w*", r"пространств\w*",
                       r"фланг\w*")  # fmt: skip
REASON = (r"потому", r"поскольку", r"так как", r"из-за", r"благодаря", r"чтобы", r"ради",
          r"на фоне", r"в условиях", r"представля\w* интерес", r"(?:его|ее|её|их) интерес",
          r"обладая", r"намерена?", r"намерены", r"причин\w*", r"цел[ьи]\w*", r"выгод\w*",
          r"за сч[её]т", r"осложнен\w*")  # fmt: skip
RESULT = (r"таким образом", r"что (?:открывает|усиливает)", r"меняет", r"означа\w*",
          r"в результате", r"позвол\w+", r"привед\w+", r"привест\w*", r"привел\w*",
          r"повыси\w+")  # fmt: skip
NOT_ONLY = (r"не только", r"не просто")  # a sentence giving more than what it names first

# -- elsewhere ---------------------------------------------------------------------------

# Cities people name in Russian, by time zone (see knowledge.digests).
CITY_ZONES = {
    "москва": "Europe/Moscow", "санкт-петербург": "Europe/Moscow", "питер": "Europe/Moscow",
    "баку": "Asia/Baku", "анкара": "Europe/Istanbul", "стамбул": "Europe/Istanbul",
    "пекин": "Asia/Shanghai", "шанхай": "Asia/Shanghai", "киев": "Europe/Kyiv",
    "минск": "Europe/Minsk", "тбилиси": "Asia/Tbilisi", "ереван": "Asia/Yerevan",
    "алматы": "Asia/Almaty", "астана": "Asia/Almaty", "ташкент": "Asia/Tashkent",
    "бишкек": "Asia/Bishkek", "лондон": "Europe/London", "берлин": "Europe/Berlin",
    "париж": "Europe/Paris", "рим": "Europe/Rome", "мадрид": "Europe/Madrid",
    "варшава": "Europe/Warsaw", "рига": "Europe/Riga", "вильнюс": "Europe/Vilnius",
    "таллин": "Europe/Tallinn", "хельсинки": "Europe/Helsinki", "дубай": "Asia/Dubai",
    "тель-авив": "Asia/Jerusalem", "нью-йорк": "America/New_York",
    "екатеринбург": "Asia/Yekaterinburg", "новосибирск": "Asia/Novosibirsk",
    "владивосток": "Asia/Vladivostok", "калининград": "Europe/Kaliningrad",
    "самара": "Europe/Samara", "вашингтон": "America/New_York",
}  # fmt: skip
HOUR_MARKS = ("ч",)  # «19ч» (see knowledge.digests.parse_clock)
# Web-page debris that ends or decorates copied articles (see knowledge.articles).
DEBRIS_LINES = frozenset({"статьи по теме", "читайте также", "похожие статьи", "поделиться",
                          "комментарии", "подписывайтесь на нас"})  # fmt: skip
TAIL_MARKERS = frozenset({"статьи по теме", "читайте также", "похожие статьи"})
