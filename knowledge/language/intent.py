"""What a question asks for, read from its wording alone: small talk, or the kind of answer.

Both are pure functions of the folded words, so they hold for any briefing. The kinds that
can be checked against a fact's text (time, place, quantity, ...) decide "not stated"
(:mod:`knowledge.language.details`); reason, stance and yes/no only steer the ranking.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """A word list written as text."""
    return frozenset(text.split())


# -- small talk ---------------------------------------------------------------------------

_GREETING = _words(
    """
    hi hello hey hiya howdy yo greetings morning evening afternoon good day привет приветик
    здравствуй здравствуйте здорово добрый доброе доброго утро день вечер ночи хай салют
    хелло
    """
)
_THANKS = _words(
    """
    thanks thank thx ty cheers appreciate appreciated спасибо спс благодарю благодарствую
    мерси
    """
)
_BYE = _words(
    """
    bye goodbye cya later night пока свидания увидимся прощай
    """
)
_HELP = _words(
    """
    помочь подскажите подскажи help start commands command usage помощь помоги помогите
    справка команды
    """
)
_ACK = _words(
    """
    ok okay okey k kk cool great nice fine good alright sure wow awesome perfect lol helps
    helped helpful useful ок окей ага ясно понятно понял поняла хорошо отлично класс супер
    круто норм ладно угу
    """
)
# Words that may surround small talk without making it a question about the briefing.
_FILLER = _words(
    """
    a the you your u are is am i me we it this that so very much lot for to do can what who
    how does doing work works there all just oh and again bot briefbot here ты вы вас тебя
    тебе что кто как умеешь умеете можешь можете делаешь такой такое это ну а и ещё еще
    очень большое всё все тут там мне бот работаешь работает good day тобой пользоваться за
    """
)
_ABOUT_ME = [
    ("what", "can", "you", "do"),
    ("who", "made", "you"),
    ("who", "created", "you"),
    ("who", "built", "you"),
    ("кто", "тебя", "создал"),
    ("кто", "тебя", "сделал"),
    ("who", "are", "you"),
    ("what", "are", "you"),
    ("how", "does", "this", "work"),
    ("how", "do", "i", "use"),
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
    ("what", "is", "this", "bot"),
    ("what", "bot", "is", "this"),
    ("how", "do", "you", "work"),
    ("how", "does", "it", "work"),
    ("что", "это", "за", "бот"),
    ("что", "это", "такое"),
    ("как", "это", "работает"),
    ("как", "ты", "работаешь"),
    ("как", "тобой", "пользоваться"),
]
# The whole message asks what the bot is.
_WHAT_IS_THIS = {("what", "is", "this"), ("what", "this"), ("что", "это"), ("что", "это", "такое"),
                 ("это", "что"), ("what", "is", "it")}  # fmt: skip
# Each small-talk word's kind; a word in two lists takes the first kind here.
_KIND_OF = {
    word: kind
    for kind, words in (
        ("ack", _ACK),
        ("bye", _BYE),
        ("greeting", _GREETING),
        ("thanks", _THANKS),
        ("help", _HELP),
    )
    for word in words
}
# "did it help?", "would that help": help as a verb of something said before, not a request.
_HELPED_BY = frozenset("it that this they he she did does do will would could".split())  # noqa: SIM905
_EMOJI = re.compile(r"^[\W_]*$")
_CHAT = {"r": "are", "u": "you", "ur": "your", "thx": "thanks", "ty": "thanks", "pls": "please",
         "plz": "please", "hi": "hi", "hru": "how"}  # fmt: skip
_REPEATS = re.compile(r"(\w)\1{2,}")


def smalltalk_kind(text: str, folded: list[str], *, names_subject: bool = False) -> str | None:
    """``greeting``, ``thanks``, ``bye``, ``help`` or ``ack`` when the message is only that.

    A message is small talk when it has no words at all (an emoji, "?"), when every word is a
    small-talk or filler word, or when it has small-talk words and names nothing of the
    briefing (``names_subject``): "hi, what did Turkey sign?" is a question.
    """
    stripped = text.strip()
    if stripped.startswith("/"):
        words = stripped[1:].split("@")[0].split()
        return "help" if words and words[0].lower() in {"help", "start"} else None
    if not folded:
        return "ack" if stripped and _EMOJI.match(stripped) else None
    folded = [_CHAT.get(w, w) for w in (_REPEATS.sub(r"\1", w) for w in folded)]  # "heyyy"
    word_kinds = [
        None if kind == "help" and before in _HELPED_BY else kind
        for before, kind in zip(["", *folded], map(_KIND_OF.get, folded), strict=False)
    ]
    about_me = [phrase for phrase in _ABOUT_ME if _contains(folded, phrase)]
    if tuple(folded) in _WHAT_IS_THIS:
        about_me.append(tuple(folded))
    ordinary = _FILLER.union(*about_me)  # "who made you?": "made" is no subject here
    other = any(k is None and w not in ordinary for w, k in zip(folded, word_kinds, strict=True))
    kinds = {k for k in word_kinds if k}
    if _contains(folded, ("got", "it")):
        kinds.add("ack")
    if about_me:
        kinds.add("help")
    if not kinds or (other and (names_subject or kinds == {"ack"})):
        return None
    return next(kind for kind in ("help", "thanks", "bye", "greeting", "ack") if kind in kinds)


def _contains(words: list[str], phrase: tuple[str, ...]) -> bool:
    if phrase[0] not in words:
        return False
    size = len(phrase)
    return any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1))


# -- the kind of answer asked for ---------------------------------------------------------

# Phrases (folded words, in order) that ask for one kind of detail. Checked longest first;
# the first kind found wins, so "how much did it cost" is an amount, not a quantity.
_KIND_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("amount", ("how", "much", "did", "pay")),
    ("amount", ("how", "much", "does", "cost")),
    ("amount", ("how", "much", "is", "worth")),
    ("amount", ("how", "much", "money")),
    ("amount", ("what", "did", "pay")),
    ("amount", ("how", "much", "will", "pay")),
    ("amount", ("за", "сколько")),
    ("amount", ("во", "сколько", "обошел")),
    ("amount", ("сколько", "стоит")),
    ("amount", ("сколько", "стоил")),
    ("amount", ("сколько", "стоят")),
    ("amount", ("сколько", "денег")),
    ("amount", ("сколько", "заплатил")),
    ("amount", ("сколько", "заплатила")),
    ("amount", ("сколько", "потратил")),
    ("duration", ("how", "long")),
    ("duration", ("for", "how", "many", "years")),
    ("duration", ("на", "сколько", "лет")),
    ("duration", ("на", "какой", "срок")),
    ("duration", ("какой", "срок")),
    ("duration", ("как", "долго")),
    ("duration", ("сколько", "лет", "действует")),
    ("date", ("what", "year")),
    ("date", ("which", "year")),
    ("date", ("what", "date")),
    ("date", ("which", "date")),
    ("date", ("what", "day")),
    ("date", ("what", "month")),
    ("date", ("in", "what", "year")),
    ("date", ("в", "каком", "году")),
    ("date", ("какого", "числа")),
    ("date", ("в", "какой", "день")),
    ("date", ("какой", "датой")),
    ("date", ("какая", "дата")),
    ("date", ("в", "каком", "месяце")),
    ("region", ("which", "regions")),
    ("region", ("what", "regions")),
    ("region", ("какие", "регионы")),
    ("region", ("каких", "регионах")),
    ("region", ("в", "каких", "регионах")),
    ("country", ("which", "countries")),
    ("country", ("what", "countries")),
    ("country", ("какие", "страны")),
    ("country", ("каких", "странах")),
    ("city", ("which", "city")),
    ("city", ("what", "city")),
    ("city", ("in", "which", "city")),
    ("city", ("в", "каком", "городе")),
    ("place", ("в", "каком", "месте")),
    ("place", ("в", "каком", "регионе")),
    ("model", ("which", "model")),
    ("model", ("what", "model")),
    ("model", ("which", "models")),
    ("model", ("what", "models")),
    ("model", ("which", "drone", "models")),
    ("model", ("какая", "модель")),
    ("model", ("какие", "модели")),
    ("model", ("какую", "модель")),
    ("model", ("какой", "модели")),
    ("model", ("каких", "моделей")),
    ("city", ("city",)),
    ("city", ("town",)),
    ("city", ("какой", "город")),
    ("city", ("каком", "городе")),
    ("model", ("model",)),
    ("model", ("models",)),
    ("model", ("модель",)),
    ("model", ("модели",)),
    ("model", ("моделей",)),
    ("name", ("need", "names")),
    ("name", ("what", "is", "his", "name")),
    ("name", ("what", "is", "her", "name")),
    ("name", ("name", "of")),
    ("name", ("names", "of")),
    ("name", ("как", "зовут")),
    ("name", ("имя",)),
    ("name", ("имена",)),
    ("name", ("фамилия",)),
    ("name", ("фамилии",)),
    ("quantity", ("how", "many")),
    ("quantity", ("what", "number", "of")),
    ("quantity", ("сколько",)),
    ("amount", ("pay",)),
    ("amount", ("paid",)),
    ("amount", ("заплатил",)),
    ("amount", ("заплатила",)),
    ("amount", ("заплатили",)),
    ("amount", ("cost",)),
    ("amount", ("costs",)),
    ("amount", ("price",)),
    ("amount", ("worth",)),
    ("amount", ("value", "of")),
    ("amount", ("стоимость",)),
    ("amount", ("цена",)),
    ("amount", ("сумма",)),
    ("amount", ("сумму",)),
    ("amount", ("how", "much")),
    ("time", ("when",)),
    ("time", ("когда",)),
    ("place", ("where",)),
    ("place", ("где",)),
    ("person", ("who",)),
    ("person", ("whom",)),
    ("person", ("кто",)),
    ("person", ("кого",)),
    ("person", ("кем",)),
    ("reason", ("why",)),
    ("reason", ("what", "for")),
    ("reason", ("почему",)),
    ("reason", ("зачем",)),
    ("reason", ("for", "what", "reason")),
    ("reason", ("с", "какой", "целью")),
    ("result", ("make", "a", "difference")),
    ("result", ("lead", "to")),
    ("result", ("leads", "to")),
    ("result", ("what", "would", "change")),
    ("result", ("what", "will", "change")),
    ("result", ("would", "that", "change")),
    ("result", ("would", "it", "change")),
    ("result", ("will", "that", "change")),
    ("result", ("will", "it", "change")),
    ("result", ("what", "changes")),
    ("result", ("what", "came", "of")),
    ("result", ("did", "it", "work")),
    ("result", ("did", "that", "work")),
    ("result", ("mean", "for")),
    ("result", ("means", "for")),
    ("result", ("значит", "для")),
    ("result", ("означает", "для")),
    ("result", ("result",)),
    ("result", ("results",)),
    ("result", ("effect",)),
    ("result", ("effects",)),
    ("result", ("impact",)),
    ("result", ("consequences",)),
    ("result", ("outcome",)),
    ("result", ("achieve",)),
    ("result", ("к", "чему")),
    ("result", ("что", "даст")),
    ("result", ("что", "дает")),
    ("result", ("что", "изменит")),
    ("result", ("что", "изменится")),
    ("result", ("результат",)),
    ("result", ("результаты",)),
    ("result", ("последствия",)),
    ("result", ("итог",)),
    ("result", ("эффект",)),
    ("words", ("what", "did", "he", "say")),
    ("words", ("what", "did", "she", "say")),
    ("words", ("what", "did", "he", "actually", "say")),
    ("words", ("what", "exactly", "did", "he", "say")),
    ("words", ("what", "were", "his", "words")),
    ("words", ("his", "exact", "words")),
    ("words", ("что", "он", "сказал")),
    ("words", ("что", "он", "заявил")),
    ("words", ("что", "она", "сказала")),
    ("words", ("что", "именно", "он", "сказал")),
    ("words", ("что", "ответил")),
    ("words", ("что", "ответила")),
    ("words", ("что", "ответили")),
    ("words", ("what", "did", "he", "reply")),
    ("words", ("what", "did", "they", "reply")),
    ("reason", ("in", "it", "for")),
    ("reason", ("с", "этого", "что")),
    ("reason", ("что", "с", "этого")),
    ("reason", ("что", "получает")),
    ("reason", ("что", "получит")),
    ("stance", ("reacted",)),
    ("stance", ("reaction",)),
    ("stance", ("respond",)),
    ("stance", ("responded",)),
    ("stance", ("отреагировал",)),
    ("stance", ("отреагировала",)),
    ("stance", ("отреагировали",)),
    ("stance", ("реакция",)),
    ("stance", ("position",)),
    ("stance", ("stance",)),
    ("stance", ("view",)),
    ("stance", ("views",)),
    ("stance", ("react",)),
    ("stance", ("attitude",)),
    ("stance", ("относится",)),
    ("stance", ("позиция",)),
    ("stance", ("позиции",)),
    ("stance", ("смотрит",)),
)
_PHRASES = sorted(_KIND_PHRASES, key=lambda item: -len(item[1]))
# The words that say which kind is asked ("city", «году»): they are no subject to search.
_MARKERS: dict[str, frozenset[str]] = {}
for _kind, _phrase in _KIND_PHRASES:
    _MARKERS[_kind] = _MARKERS.get(_kind, frozenset()) | frozenset(_phrase)


def markers(kind: str | None) -> frozenset[str]:
    """The words of the phrases that ask for *kind* (none for an open question)."""
    return _MARKERS.get(kind or "", frozenset())


# The same phrases by their first word, with their rank (longest first wins).
_BY_FIRST: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
for _rank, (_kind, _phrase) in enumerate(_PHRASES):
    _BY_FIRST.setdefault(_phrase[0], []).append((_rank, _kind, _phrase))
_YES_NO_EN = {"is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "will",
              "would", "can", "could", "should", "may", "might"}  # fmt: skip
# Words that make a time, place or detail question strict ("when exactly").
STRICT = frozenset({"exactly", "precisely", "specifically", "exact", "specific", "конкретно",
                    "точно", "именно", "конкретные", "конкретных", "конкретная", "конкретный",
                    "точная", "точную", "точное"})  # fmt: skip
_CHOICE = frozenset({"or", "или", "либо", "vs", "versus"})
_WHICH = frozenset("which what какие каких какая какой какую каком какого".split())  # noqa: SIM905
_ORGANISATIONS = _words(
    """
    academy academies company companies firm firms university universities college colleges
    institution institutions manufacturer manufacturers contractor contractors академия
    академии академиях академий компания компании компаний компаниях фирма фирмы вуз вузы
    вузах вузов училище училища училищах университет университеты университетах
    """
)
_OUTCOME = frozenset({"lead", "leads", "heading", "headed", "end", "going", "приведет", "приведёт",
                      "ведет", "ведёт", "идет", "идёт", "заведет"})  # fmt: skip
_COMPARE = _words(
    """
    compare comparing comparison compared both versus vs difference differ differs each
    сравни сравните сравнить сравнение сравнению отличается отличаются отличие разница оба
    обе обеих каждая каждый
    """
)
_TWO_SOURCES = (("two", "articles"), ("both", "articles"), ("две", "статьи"), ("двух", "статьях"),
                ("обе", "статьи"), ("обеих", "статьях"), ("двум", "статьям"))  # fmt: skip


def comparison(folded: list[str]) -> str | None:
    """``sources`` when a question compares what the articles say, ``parties`` when it
    compares named parties ("Compare China and Turkey", «Китай или Турция?»), else None."""
    if any(_contains(folded, phrase) for phrase in _TWO_SOURCES):
        return "sources"
    if _COMPARE.intersection(folded) or _CHOICE.intersection(folded):
        return "parties"
    return None


# Every word this module reads: a misspelt one ("waht", "wehre") is read as the word it
# was meant to be before the question is taken apart.
QUESTION_WORDS = frozenset(
    w
    for group in (_GREETING, _THANKS, _BYE, _HELP, _ACK, _FILLER, STRICT, _CHOICE, _WHICH,
                  _ORGANISATIONS, _OUTCOME, _COMPARE, *_MARKERS.values())
    for w in group
)  # fmt: skip


# Idioms whose words would otherwise ask for a detail: "pay a visit" asks no amount.
_IDIOMS = (("pay", "visit"), ("paid", "visit"), ("pays", "visit"), ("paying", "visit"),
           ("pay", "attention"), ("paid", "attention"), ("pay", "tribute"), ("paid", "tribute"),
           ("pay", "respects"), ("worth", "noting"), ("worth", "mentioning"),
           ("in", "view", "of"), ("point", "of", "view"), ("take", "place"),
           ("took", "place"), ("taking", "place"), ("take", "part"), ("took", "part"),
           ("taking", "part"), ("make", "sense"), ("makes", "sense"), ("play", "role"),
           ("plays", "role"), ("played", "role"), ("принять", "участие"),
           ("принял", "участие"), ("приняла", "участие"), ("приняли", "участие"),
           ("принимали", "участие"), ("принимает", "участие"), ("принимают", "участие"),
           ("иметь", "значение"), ("имеет", "значение"), ("имеют", "значение"),
           ("нанес", "визит"), ("нанесла", "визит"), ("нанесли", "визит"))  # fmt: skip


def _without_idioms(folded: list[str]) -> list[str]:
    """The words with every idiom's words blanked out (up to two words may stand between
    an idiom's words: "paid his official visit")."""
    words = list(folded)
    for idiom in _IDIOMS:
        for start, word in enumerate(words):
            if word != idiom[0]:
                continue
            position, found = start, [start]
            for part in idiom[1:]:
                ahead = words[position + 1 : position + 4]
                if part not in ahead:
                    break
                position += 1 + ahead.index(part)
                found.append(position)
            else:
                for place in found:
                    words[place] = ""
    return words


def answer_kind(folded: list[str]) -> str | None:
    """The kind of answer a question asks for, or None for an open question.

    Kinds: time, date (a time that must be explicit), place, city, region, country, person,
    name, organisation, quantity, amount, duration, model, reason, result, stance, yesno.
    "Who … — China or Turkey?" offers its own answers, so it is not a person question.
    """
    folded = _without_idioms(folded)
    found = [
        (rank, kind)
        for start, word in enumerate(folded)
        for rank, kind, phrase in _BY_FIRST.get(word, ())
        if tuple(folded[start : start + len(phrase)]) == phrase
    ]
    if found:
        kind = min(found)[1]
        if kind == "person" and _CHOICE.intersection(folded):
            return None  # it offers its own answers
        if kind == "place" and _OUTCOME.intersection(folded):
            return None  # "where will this lead?" asks what comes of it
        return kind
    if any(
        word in _WHICH and _ORGANISATIONS.intersection(folded[start + 1 : start + 4])
        for start, word in enumerate(folded)
    ):
        return "organisation"  # "which Chinese academies", «какая компания»
    if folded and (folded[0] in _YES_NO_EN or "ли" in folded[:4]):
        return "yesno"
    return None
