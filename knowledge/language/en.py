"""English: every word list the engine reads English with (see :mod:`knowledge.language`).

Data only: the modules that read it hold the logic. Words are folded (lower case); patterns
are regular-expression alternatives, joined with the other languages' by the module reading them.
"""

from __future__ import annotations

import re

from knowledge.outcomes import Detail

# -- words ------------------------------------------------------------------------------

STOP_WORDS = frozenset(
    """
    roughly approximately approx hear heard true overall roger wilco occasion occasions concrete
    lah leh lor sia hor ah
    eli5 tl dr tldr innit ultimately
    ja lekker boet bru eish yoh aye och wee eh oul guff eejit maybe perhaps second supposed
    sorry pardon quite likely someone somebody anyone anybody
    tell told think thinks thought going gonna whose side clarify clarified clarification
    regarding concerning regards read reading confused understand understood information
    consider considers beginning located reckon reckons reckoned
    manner appear appears appeal appeals phrase meh
    sure rumour rumours rumor rumors speculation one ones
    conclusion conclusions conclude concludes end ending closing sum sums summed
    a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing done down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves me please pls plz exactly exact know known anything something
    thing things there's ya excellency evidence merely simply purely business affair whole
    handful couple bunch good sentence sentences paragraph paragraphs passage
    tbh imo imho ngl fyi afaik iirc lmk smh idk
    what's whats who's whos hi hello hey thanks thank also yet still ever much many us let
    lets kind give show explain describe mean meant actually actual really well get got
    frame frames framed framing game
    getting gotten role roles heading headed worth
    play plays playing played happen happens happening happened news latest situation
    current currently article articles piece pieces story stories report author analysis
    according per writer writes say says im ive youre theyre whatever stuff btw tho like sort
    ok okay yes else details elaborate info way ways
    yeah yep nope nah mention mentioned mentions mentioning
    quick question questions q lol wondering wonder curious dear hiya yo cheers thx ty bot
    isn aren wasn weren doesn don didn hasn haven hadn wouldn couldn shouldn mustn needn
    name even able gone often earth may might shall beyond apart aside
    attach attached attaches attaching
    basically literally honestly anyway anyways right
    fast asap quickly urgent urgently sometime see sees toward towards
    vs versus inside call calls called compare compared comparing figure topic topics
    summarize summarise summary gist overview point points idea
    grateful obliged kindly pray whether learn inform enlighten appreciate ask asking advise
    ordinary people bro buddy dude mate guys folks sir madam maam qardash qardas kardes
    guy fella bloke chap
    vallah wallah vala
    kinds sorts mechanism mechanisms
    po ba talaga naman ano ang lah leh lor
    kah sih dong deh nih banyak bach mun boyo
    ll ve re d everybody everyone gday dinkum
    try tries trying tried attempt attempting
    bother bothered abi sha shey oya stick sticking
    la lad lads yous youse yall aint darn dang heck damn bloody bleedin feckin fecking shite
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Azerbaijani and Turkish letters a reader types in names ("Bakı", "Azərbaycan", "İstanbul"):
# folded to the Latin letters our aliases are written in.
LETTER_VARIANTS: dict[str, str] = {
    "ı": "i", "ə": "e", "Ə": "E", "\u0307": "", "ş": "sh", "ç": "ch", "ğ": "g"
}  # fmt: skip
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
# British spellings folded to one form so "defence" and "defense" share a stem, and a form
# the stemmer would part from its word.
SPELLINGS = {
    "defence": "defense",
    "offence": "offense",
    "programme": "program",
    "programmes": "programs",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "centre": "center",
    "centres": "centers",
    "favour": "favor",
    "labour": "labor",
    "militarily": "military",  # the stemmer parts it from "military" ("militarili")
}
# "-isation", "-ise", ... spelt with z before stemming.
ISATION = re.compile(r"(?<=\w)is(ation|ations|e|es|ed|ing)$")
# Each month: its name, and the pattern of its forms in a sentence (one form in English).
MONTHS: tuple[tuple[str, str], ...] = tuple(
    (month, month)
    for month in """january february march april may june july august september october
    november december""".split()  # noqa: SIM905 - a word list reads better as text
)
# Messages that warm the engine up before the first question (see Answering.warm_up).
WARM_UP = ("hello", "what was signed and when?")

# -- small talk (see knowledge.language.intent) -----------------------------------------

GREETING = frozenset(
    """hi hello hey hiya howdy yo sup greetings morning evening afternoon day gm salam
    salaam aleykum alaykum hola merhaba selam hallo guten tag bonjour ciao gday namaste
    namaskar gwaan wagwan wagwaan yow kia ora aloha shalom howzit sawubona jambo habari
    sannu akwaaba ahoj czesc hej hei moin servus gruezi ola oi konnichiwa annyeong marhaba
    ahlan mabuhay kumusta kamusta halo selamat awright howya howaya wassup whatsup watsup
    annyeonghaseyo olá salem""".split()  # noqa: SIM905
)
THANKS = frozenset(
    """thanks thank thx ty cheers appreciate appreciated merci sagol tesekkurler salamat
    obrigado obrigada valeu gracias danke grazie diolch makasih asante dankie ngiyabonga
    takk kiitos arigato shukran toda medaase dziekuje thanx thanq thnx rahmet spsb
    spasibo""".split()  # noqa: SIM905
)
BYE = frozenset(
    "bye goodbye cya later night see tara cheerio adios laters sayonara hooroo ciao".split()  # noqa: SIM905
)
FOR_NOW = frozenset({"later", "see", "night"})  # farewells that are other words in a question
HELP = frozenset("help start commands command usage".split())  # noqa: SIM905
ACK = frozenset(
    """ok okay okey k kk cool great nice fine good alright sure wow awesome perfect lol helps
    helped helpful useful roger wilco""".split()  # noqa: SIM905 - a word list reads better as text
)
# Words that may surround small talk without making it a question about the briefing.
FILLER = frozenset(
    """a the you your u are is am i me we it this that so very much lot for to do can what who
    how does doing work works there all just oh and again bot briefbot here good day
    ya sir madam maam buddy bro mate dude guys folks mean wie gehts geht
    partner pardner pal pals friend friends amigo chief boss fam yall too also
    craic rafiki gani que qué tal tudo bem love chale ei""".split()  # noqa: SIM905
)
# Asking the time ("what's the time in Baku?"): no clock here, so what the bot does instead,
# with any place or "now" after it (see CLOCK_AFTER).
CLOCK: tuple[tuple[str, ...], ...] = (("what", "time", "is", "it"), ("what", "is", "the", "time"),
                                      ("what", "the", "time"))  # fmt: skip
CLOCK_AFTER = frozenset({"in", "now", "there", "right", "at"})
# Phrases naming the bot itself ("what is this service, and who runs it?"): a message with
# one asks about the bot, whatever words of the briefing's topics come with it.
THIS_SERVICE: tuple[tuple[str, ...], ...] = (
    ("this", "service"), ("this", "bot"), ("this", "chatbot"), ("your", "service"),
)  # fmt: skip
# Thanks said at length ("my sincere gratitude for your assistance"): a message with one of
# these and no question in it thanks, whatever words of the briefing's topics come with it.
GRATITUDE = frozenset({"gratitude", "grateful", "thankful", "thanks", "thank"})
# ... but "I'd be grateful to learn whether …" asks, and so does "thanks, now tell me …"
REQUESTING = frozenset({"would", "if", "whether", "learn", "know", "tell", "explain", "show"})
# Phrases that ask what the bot is or does.
ABOUT_ME: tuple[tuple[str, ...], ...] = (
    *CLOCK,
    ("what", "can", "you", "do"),
    ("what", "you", "can", "do"),
    ("who", "made", "you"),
    ("who", "has", "made", "you"),
    ("you", "able"),
    ("what", "services"),
    ("which", "services"),
    ("bot", "provide"),
    ("bot", "provides"),
    ("you", "offer"),
    ("who", "created", "you"),
    ("who", "built", "you"),
    ("who", "are", "you"),
    ("what", "are", "you"),
    ("how", "does", "this", "work"),
    # how to use it: "hows this thing work, i just type a question in?"
    ("how", "this", "work"),
    ("how", "this", "thing", "work"),
    ("this", "thing", "work"),
    ("how", "does", "this", "thing", "work"),
    ("how", "does", "the", "bot", "work"),
    ("how", "does", "this", "bot", "work"),
    ("how", "to", "use"),
    ("how", "do", "i", "ask"),
    ("do", "i", "just", "type"),
    ("do", "i", "just", "ask"),
    ("i", "just", "type"),
    ("type", "a", "question"),
    ("type", "my", "question"),
    ("type", "questions"),
    ("what", "do", "i", "type"),
    ("what", "should", "i", "type"),
    ("what", "should", "i", "ask"),
    ("just", "ask", "you"),
    ("how", "do", "i", "start"),
    ("how", "do", "i", "use"),
    ("what", "is", "this", "bot"),
    ("what", "bot", "is", "this"),
    ("how", "do", "you", "work"),
    ("how", "does", "it", "work"),
    ("how", "exactly", "does", "it", "work"),
    ("what", "can", "you", "help"),
    ("what", "sources", "do", "you"),
    ("what", "articles", "do", "you"),
    ("which", "articles", "do", "you"),
    ("what", "topics", "do", "you"),
    ("what", "can", "i", "ask"),
    ("are", "you", "a", "bot"),
    ("are", "you", "a", "robot"),
    ("are", "you", "bot"),
    ("are", "you", "robot"),
    ("you", "are", "a", "bot"),
    ("you", "are", "a", "robot"),
    ("you", "are", "bot"),
    ("you", "are", "robot"),
    ("are", "you", "human"),
    ("are", "you", "real"),
    ("are", "you", "a", "real"),
    ("are", "you", "a", "person"),
    ("are", "you", "a", "machine"),
    ("you", "a", "bot"),  # "yuh a bot or a real person?"
    ("human", "or", "machine"),
    ("person", "or", "machine"),
    ("human", "or", "bot"),
    ("human", "or", "robot"),
    ("person", "or", "bot"),
    ("person", "or", "program"),
    ("who", "am", "i", "talking", "to"),
    ("you", "a", "robot"),
    ("you", "a", "real"),
    ("you", "a", "human"),
    ("computer", "program"),
    ("computer", "programme"),
    ("computer", "programs"),
    ("computer", "programmes"),
    # "how are you?", "how ya going?": as «как дела?», what the bot is there for
    ("how", "are", "you"),
    ("how", "are", "ya"),
    ("who", "are", "ya"),
    ("computer", "thing"),
    ("computer", "things"),
    ("how", "you", "doing"),
    ("how", "ya", "doing"),
    ("how", "ya", "going"),
    ("how", "far"),  # Nigerian "how far?": how are you
    ("you", "fit", "do"),  # "wetin you fit do?": what can you do
    ("how", "you", "going"),
    ("how", "is", "it", "going"),
    ("how", "it", "going"),
    ("what", "up"),
    ("nice", "to", "meet", "you"),
    ("pleased", "to", "meet", "you"),
    ("who", "programmed", "you"),
    ("who", "developed", "you"),
    ("who", "developed", "this"),
    ("who", "made", "this", "bot"),
    ("who", "built", "this", "bot"),
    ("who", "created", "this", "bot"),
    ("questions", "can", "i", "ask"),
    ("use", "this", "service"),
    ("are", "you", "a", "human"),
    ("are", "you", "an", "ai"),
    ("what", "do", "you", "know"),
    ("what", "new"),
    ("summary",),
    ("summarize",),
    ("summarise",),
    ("tl", "dr"),
    ("main", "points"),
    ("your", "answers"),
    # which languages the bot reads and answers in: "do you answer in English too?"
    *(
        phrase
        for language in (
            "english",
            "russian",
            "german",
            "french",
            "spanish",
            "hindi",
            "ukrainian",
            "kazakh",
            "turkish",
            "azerbaijani",
            "chinese",
            "arabic",
        )
        for phrase in (
            ("answer", "in", language),
            ("reply", "in", language),
            ("respond", "in", language),
            ("ask", "in", language),
            ("write", "in", language),
            ("speak", language),
            ("understand", language),
            ("know", language),
        )
    ),
    ("your", "sources"),
    ("your", "purpose"),
    ("example", "question"),
    ("example", "questions"),
    ("are", "you", "chatgpt"),
    ("chatgpt",),
    ("is", "this", "an", "ai"),
    ("is", "this", "a", "bot"),
    ("what", "languages"),
    ("which", "languages"),
    ("what", "can", "ya", "do"),
    ("do", "you", "speak"),
    ("ask", "in", "english"),
    ("ask", "in", "russian"),
)
# Whole messages that ask what the bot is.
WHAT_IS_THIS: tuple[tuple[str, ...], ...] = (("what", "is", "this"), ("what", "this"),
                                             ("what", "is", "it"))  # fmt: skip
# A message that only announces a question ("quick question", "can I ask something?") has
# a word of QUESTION and otherwise words of ANNOUNCE, small talk or filler: help answers it.
QUESTION = frozenset("question questions q ask".split())  # noqa: SIM905
ANNOUNCE = frozenset("quick short small one have got may i a something another".split())  # noqa: SIM905
# "did it help?", "would that help": help as a verb of something said before, not a request.
HELPED_BY = frozenset("it that this they he she did does do will would could".split())  # noqa: SIM905
CHAT_ENDINGS: tuple[tuple[str, str], ...] = ()  # word endings chat spells otherwise
# Chat shorthand read as the words it stands for.
CHAT = {"r": "are", "u": "you", "ur": "your", "thx": "thanks", "ty": "thanks", "pls": "please",
        "plz": "please", "hi": "hi", "hru": "how", "w": "with", "n": "and", "tho": "though",
        "bizness": "business", "biz": "business", "wiv": "with",  # London "wiv"
        "dont": "do", "doesnt": "does", "dosent": "does", "dosnt": "does", "didnt": "did",
        "cant": "can", "wont": "will",
        "isnt": "is", "arent": "are", "wasnt": "was", "werent": "were", "havent": "have",
        "hasnt": "has", "wouldnt": "would", "couldnt": "could", "shouldnt": "should",
        "kinda": "kind", "gonna": "going", "wanna": "want", "abt": "about", "bout": "about",
        "bc": "because", "cuz": "because", "coz": "because", "smth": "something",
        "sth": "something", "thru": "through", "whats": "what", "hows": "how", "whos": "who",
        "wheres": "where", "whens": "when", "rn": "now", "wat": "what", "wut": "what",
        "wht": "what", "hw": "how", "y": "why", "wen": "when", "whn": "when", "whr": "where",
        "ppl": "people", "govt": "government", "gov": "government", "mil": "military",
        "pres": "president", "prez": "president", "b4": "before", "acc": "according",
        "bcoz": "because", "becoz": "because", "bcz": "because", "yanks": "americans",
        "yank": "american",
        # Caribbean and West African spellings: "wah dem call di bloc?", "who said dat?"
        "di": "the", "dem": "they", "wah": "what", "weh": "what", "fi": "for", "mek": "make",
        "seh": "say", "sey": "say", "dat": "that", "dis": "this", "ting": "thing",
        "nuh": "not", "cyaan": "can", "inna": "in", "wid": "with", "mi": "me", "yuh": "you",
        "unu": "you", "pon": "on", "deh": "there", "tek": "take", "likkle": "little",
        "gettin": "getting", "happen": "happens", "an": "and", "ova": "over",
        # Nigerian Pidgin: "wetin china gain?", "abeg who sign am?"
        "wetin": "what", "abeg": "please", "dey": "are", "oga": "boss",
        # Scots: "whit did they sign when aliyev went tae china", "is it reactin at aw"
        "whit": "what", "tae": "to", "fae": "from", "aw": "all", "dae": "do", "daein": "doing",
        "o": "of", "oot": "out", "aboot": "about", "efter": "after", "jist": "just",
        "mair": "more", "doon": "down", "wi": "with", "ye": "you", "ony": "any",
        "itsel": "itself", "cannae": "can", "dinnae": "do", "isnae": "is", "wisnae": "was",
        "didnae": "did", "wouldnae": "would", "couldnae": "could", "disnae": "does",
        "ken": "know", "onyway": "anyway", "onything": "anything", "onybody": "anybody",
        "lang": "long", "whaur": "where", "gie": "give", "gied": "gave", "telt": "told",
        "tellt": "told", "frae": "from", "wha": "who", "nae": "no", "masel": "myself",
        "yersel": "yourself", "yerself": "yourself", "thegither": "together", "aff": "off",
        "noo": "now", "naw": "no", "oan": "on", "whits": "what",
        # British: "wot for exactly", "after wot"; a developer's "econ", "doc"
        "wot": "what", "wots": "what", "econ": "economy", "doc": "document",
        "docs": "documents",
        # Dropped letters and folk spellings: "who signed em", "nothin", "somethin"
        "em": "them", "nothin": "nothing", "somethin": "something", "anythin": "anything",
        "yer": "your", "lemme": "let", "gimme": "give", "dunno": "know",
        "cos": "because",
        # Northern English and Geordie: "wat dyer reckon … a bloc or summat", "hoo's that gan doon"
        "summat": "something", "owt": "anything", "nowt": "nothing", "dyer": "you",
        "hoo": "how", "hoos": "how", "gan": "go", "gannin": "going", "wor": "our",
        "divvent": "do", "dinnit": "is", "gaun": "going"}  # fmt: skip
# Acknowledgements in more than one word ("got it", "thanks, that makes sense")
GOT_IT: tuple[tuple[str, ...], ...] = (
    ("got", "it"), ("makes", "sense"), ("make", "sense"), ("made", "sense"),
    ("that", "explains", "it"), ("fair", "enough"),
    # what the reader thinks of the bot: "nice bot", "stupid bot", "not bad for a robot"
    *((word, thing) for word in ("nice", "good", "great", "cool", "smart", "clever", "bad",
                                 "stupid", "dumb", "useless", "silly", "lovely")
      for thing in ("bot", "robot")),
    ("bad", "for", "a", "robot"), ("bad", "for", "a", "bot"),
)  # fmt: skip
# A whole message that asks what came of it ("so what in the end?"); see ru.OUTCOME_ALONE.
OUTCOME_ALONE = frozenset({("what", "in", "the", "end"), ("so", "what", "in", "the", "end"),
                           ("and", "what", "in", "the", "end"), ("in", "the", "end"),
                           ("and", "in", "the", "end"), ("so", "in", "the", "end")})  # fmt: skip

# -- the kind of answer asked for (see knowledge.language.intent) ------------------------

# Phrases (folded words, in order) that ask for one kind of detail. Checked longest first;
# of phrases as long, the one listed first wins ("how much did it cost" is an amount).
KIND_PHRASES: tuple[tuple[Detail, tuple[str, ...]], ...] = (
    (Detail.AMOUNT, ("how", "much", "did", "pay")),
    (Detail.AMOUNT, ("how", "much", "does", "cost")),
    (Detail.AMOUNT, ("how", "much", "is", "worth")),
    (Detail.AMOUNT, ("how", "much", "money")),
    (Detail.AMOUNT, ("what", "did", "pay")),
    (Detail.AMOUNT, ("how", "much", "will", "pay")),
    (Detail.DURATION, ("how", "long")),
    (Detail.DURATION, ("for", "how", "many", "years")),
    (Detail.DATE, ("what", "year")),
    (Detail.DATE, ("which", "year")),
    (Detail.DATE, ("what", "date")),
    (Detail.DATE, ("which", "date")),
    (Detail.DATE, ("what", "day")),
    (Detail.DATE, ("which", "day")),
    (Detail.DATE, ("what", "month")),
    (Detail.DATE, ("in", "what", "year")),
    (Detail.REGION, ("which", "regions")),
    (Detail.REGION, ("what", "regions")),
    (Detail.COUNTRY, ("which", "countries")),
    (Detail.COUNTRY, ("what", "countries")),
    (Detail.CITY, ("which", "city")),
    (Detail.CITY, ("what", "city")),
    (Detail.CITY, ("in", "which", "city")),
    (Detail.MODEL, ("which", "model")),
    (Detail.MODEL, ("what", "model")),
    (Detail.MODEL, ("which", "models")),
    (Detail.MODEL, ("what", "models")),
    (Detail.MODEL, ("which", "drone", "models")),
    (Detail.CITY, ("city",)),
    (Detail.CITY, ("town",)),
    (Detail.MODEL, ("model",)),
    (Detail.MODEL, ("models",)),
    (Detail.NAME, ("by", "name")),  # "list the ministers by name"
    (Detail.NAME, ("need", "names")),
    (Detail.NAME, ("what", "is", "his", "name")),
    (Detail.NAME, ("what", "is", "her", "name")),
    (Detail.NAME, ("name", "of")),
    (Detail.NAME, ("names", "of")),
    (Detail.NAME, ("name",)),
    (Detail.NAME, ("names",)),  # "wah di names a di ministers": "a" is "of"
    (Detail.ORGANISATION, ("who", "reported")),
    (Detail.ORGANISATION, ("who", "reports")),
    (Detail.QUANTITY, ("how", "many")),
    (Detail.QUANTITY, ("what", "number", "of")),
    (Detail.QUANTITY, ("the", "number", "of")),
    (Detail.QUANTITY, ("exact", "number")),
    (Detail.QUANTITY, ("how", "far")),
    (Detail.QUANTITY, ("how", "big")),
    (Detail.QUANTITY, ("how", "large")),
    (Detail.QUANTITY, ("the", "range", "of")),
    (Detail.QUANTITY, ("what", "percentage")),
    (Detail.QUANTITY, ("what", "percent")),
    (Detail.QUANTITY, ("what", "share", "of")),
    (Detail.QUANTITY, ("what", "proportion")),
    (Detail.TIME, ("since", "when")),
    (Detail.TIME, ("what", "time")),
    (Detail.TIME, ("at", "what", "time")),
    (Detail.TIME, ("timeframe",)),
    (Detail.TIME, ("timeline",)),  # not "supply timelines": the deliveries' times
    (Detail.TIME, ("timescale",)),
    (Detail.TIME, ("time", "frame")),
    (Detail.AMOUNT, ("pay",)),
    (Detail.AMOUNT, ("paid",)),
    (Detail.AMOUNT, ("cost",)),
    (Detail.AMOUNT, ("costs",)),
    (Detail.AMOUNT, ("price",)),
    (Detail.AMOUNT, ("amount",)),
    (Detail.AMOUNT, ("value",)),
    (Detail.AMOUNT, ("worth",)),  # "contract value?"
    (Detail.AMOUNT, ("prices",)),
    (Detail.AMOUNT, ("budget",)),
    (Detail.AMOUNT, ("how", "expensive")),
    (Detail.AMOUNT, ("how", "cheap")),
    (Detail.AMOUNT, ("worth",)),
    (Detail.AMOUNT, ("value", "of")),
    (Detail.AMOUNT, ("usd",)),  # "baykar contract value usd"
    (Detail.AMOUNT, ("dollars",)),
    (Detail.AMOUNT, ("euros",)),
    (Detail.AMOUNT, ("how", "much")),
    (Detail.DATE, ("date",)),  # "memorandum date?"
    (Detail.TIME, ("when",)),
    (Detail.PLACE, ("where",)),
    (Detail.PLACE, ("whereabouts",)),
    (Detail.PLACE, ("venue",)),
    (Detail.PLACE, ("location",)),  # headline style: "venue?"
    (Detail.PERSON, ("who",)),
    (Detail.PERSON, ("whom",)),
    (Detail.REASON, ("why",)),
    (Detail.REASON, ("how", "come")),
    (Detail.REASON, ("the", "logic")),  # "what's the logic behind it?"
    (Detail.REASON, ("the", "rationale")),
    (Detail.REASON, ("what", "for")),
    (Detail.REASON, ("what", "wrong", "with")),  # "what's wrong with Turkey?": why not it
    (Detail.REASON, ("for", "what", "reason")),
    (Detail.REASON, ("to", "what", "end")),
    (Detail.REASON, ("for", "what", "purpose")),
    (Detail.REASON, ("motivation",)),
    (Detail.REASON, ("motives",)),
    (Detail.REASON, ("reasons",)),
    (Detail.REASON, ("reason",)),
    (Detail.REASON, ("the", "reason")),
    (Detail.REASON, ("what", "reason")),
    (Detail.REASON, ("what", "explains")),  # "what explains it?"
    (Detail.REASON, ("the", "point", "of")),  # "what's the point of assembling them there?"
    (Detail.RESULT, ("what", "does", "it", "affect")),
    (Detail.RESULT, ("what", "will", "it", "change")),
    (Detail.RESULT, ("make", "a", "difference")),
    (Detail.RESULT, ("lead", "to")),
    (Detail.RESULT, ("leads", "to")),
    (Detail.RESULT, ("what", "would", "change")),
    (Detail.RESULT, ("what", "will", "change")),
    (Detail.RESULT, ("would", "that", "change")),
    (Detail.RESULT, ("would", "it", "change")),
    (Detail.RESULT, ("will", "that", "change")),
    (Detail.RESULT, ("will", "it", "change")),
    (Detail.RESULT, ("does", "that", "change")),
    (Detail.RESULT, ("does", "it", "change")),
    (Detail.RESULT, ("does", "this", "change")),
    (Detail.RESULT, ("did", "that", "change")),
    (Detail.RESULT, ("did", "it", "change")),
    (Detail.RESULT, ("what", "changes")),
    (Detail.RESULT, ("what", "came", "of")),
    (Detail.RESULT, ("come", "of")),  # "what will come of it?"
    (Detail.RESULT, ("comes", "of")),
    (Detail.RESULT, ("did", "it", "work")),
    (Detail.RESULT, ("did", "that", "work")),
    (Detail.RESULT, ("mean", "for")),
    (Detail.RESULT, ("means", "for")),
    (Detail.RESULT, ("result",)),
    # "what good has all that training done them?": what came of it
    (Detail.RESULT, ("what", "good", "has")),
    (Detail.RESULT, ("what", "good", "did")),
    (Detail.RESULT, ("what", "good", "will")),
    (Detail.RESULT, ("what", "good", "does")),
    (Detail.RESULT, ("results",)),
    (Detail.RESULT, ("effect",)),
    (Detail.RESULT, ("effects",)),
    (Detail.RESULT, ("impact",)),
    (Detail.RESULT, ("consequences",)),
    (Detail.RESULT, ("outcome",)),
    (Detail.RESULT, ("achieve",)),
    (Detail.RESULT, ("bad", "for")),
    (Detail.RESULT, ("what", "does", "this", "mean")),
    (Detail.RESULT, ("what", "does", "that", "mean")),
    (Detail.RESULT, ("implications",)),
    (Detail.RESULT, ("what", "does", "it", "all", "mean")),
    (Detail.RESULT, ("what", "does", "all", "this", "mean")),
    (Detail.RESULT, ("good", "for")),
    (Detail.RESULT, ("do", "for")),  # "what did the training do for the army?"
    (Detail.RESULT, ("did", "for")),
    (Detail.RESULT, ("does", "for")),
    (Detail.RESULT, ("done", "for")),
    (Detail.RESULT, ("benefit",)),
    (Detail.RESULT, ("benefits",)),
    (Detail.RESULT, ("upside",)),
    (Detail.RESULT, ("advantages",)),
    # "what's that add up to?", "bigger picture?", "its significance?": what comes of it
    (Detail.RESULT, ("add", "up")),
    (Detail.RESULT, ("adds", "up")),
    (Detail.RESULT, ("bigger", "picture")),
    (Detail.RESULT, ("big", "picture")),
    (Detail.RESULT, ("significance",)),
    (Detail.RESULT, ("upshot",)),
    (Detail.WORDS, ("what", "did", "he", "say")),
    (Detail.WORDS, ("what", "did", "she", "say")),
    (Detail.WORDS, ("what", "did", "he", "actually", "say")),
    (Detail.WORDS, ("what", "exactly", "did", "he", "say")),
    (Detail.WORDS, ("what", "were", "his", "words")),
    (Detail.WORDS, ("his", "exact", "words")),
    (Detail.WORDS, ("what", "did", "he", "reply")),
    (Detail.WORDS, ("what", "did", "they", "reply")),
    (Detail.WORDS, ("what", "he", "said")),
    (Detail.WORDS, ("what", "she", "said")),
    (Detail.WORDS, ("what", "he", "says")),
    (Detail.WORDS, ("what", "she", "says")),
    (Detail.REASON, ("in", "it", "for")),
    (Detail.REASON, ("on", "what", "grounds")),  # "on what grounds does he conclude that?"
    (Detail.REASON, ("on", "what", "basis")),
    (Detail.STANCE, ("reacted",)),
    (Detail.STANCE, ("reaction",)),
    (Detail.STANCE, ("think", "of")),  # "what did Moscow think of it?"
    (Detail.STANCE, ("thinks", "of")),
    (Detail.STANCE, ("respond",)),
    (Detail.STANCE, ("faith", "in")),  # "does the author have much faith in the West?"
    (Detail.STANCE, ("responded",)),
    (Detail.STANCE, ("position",)),
    (Detail.STANCE, ("stance",)),
    (Detail.STANCE, ("angle",)),
    (Detail.STANCE, ("take", "on")),  # "Turkey angle?"
    (Detail.STANCE, ("view",)),
    (Detail.STANCE, ("see", "it")),
    (Detail.STANCE, ("see", "this")),
    (Detail.STANCE, ("see", "that")),
    (Detail.STANCE, ("see", "all", "this")),
    (Detail.STANCE, ("sees", "it")),
    (Detail.STANCE, ("sees", "this")),
    (Detail.STANCE, ("views",)),
    (Detail.STANCE, ("look", "at")),  # "how does Russia look at the alliance?"
    (Detail.STANCE, ("looks", "at")),
    (Detail.STANCE, ("react",)),
    (Detail.STANCE, ("attitude",)),
    (Detail.STANCE, ("feel",)),
    (Detail.STANCE, ("feels",)),
    (Detail.STANCE, ("opinion",)),
    (Detail.STANCE, ("take", "it")),
    (Detail.STANCE, ("take", "that")),
    (Detail.STANCE, ("take", "this")),
    (Detail.STANCE, ("taking", "it")),
    (Detail.STANCE, ("taking", "that")),
    (Detail.STANCE, ("taking", "this")),
    (Detail.STANCE, ("taking", "all", "this")),
    (Detail.STANCE, ("taking", "all", "that")),
    (Detail.STANCE, ("take", "all", "this")),
    (Detail.STANCE, ("take", "all", "that")),
    (Detail.STANCE, ("takes", "it")),
    (Detail.STANCE, ("takes", "this")),
    (Detail.STANCE, ("takes", "that")),
    (Detail.STANCE, ("read", "that")),
    (Detail.STANCE, ("read", "it")),
    (Detail.STANCE, ("read", "this")),
    (Detail.STANCE, ("reads", "that")),
    (Detail.STANCE, ("reads", "it")),
    (Detail.STANCE, ("reads", "this")),
)
# Words that only restate what a question of a kind asks: "why is that needed?" is "why?".
RESTATING = ((Detail.REASON, frozenset({"need", "needed", "needs"})),)
# "how did the training help the soldiers?": a question opening with HOW that has a verb
# of EFFECT asks what came of something, wherever the verb stands.
HOW = frozenset({"how"})
# ... and the phrases asking it in other words ("through what means is it taking shape?")
HOW_PHRASES: tuple[tuple[str, ...], ...] = (("what", "means"), ("which", "means"),
                                             ("what", "way"), ("which", "way"))  # fmt: skip
EFFECT = frozenset(
    "help helped helps affect affected affects impact impacted benefit benefited".split()  # noqa: SIM905
)
# "what would local assembly give?": "what", then one of WOULD, and one of YIELD last (or
# third: «что может дать …») asks what comes of something.
WHAT = frozenset({"what"})
WOULD = frozenset({"would", "could", "will", "might"})
YIELD = frozenset({"give", "gives", "bring", "brings", "yield", "yields"})
# One party giving another ("what does China give Baku?"): what it offers, not what comes of it
GIVE = frozenset({"give", "gives", "giving", "gave"})
OFFER_WORD = "offer"  # the word of the facts a party's giving is read as
# "make" before a party it acts on makes them do something ("does Beijing make Baku toe the
# line?"): no production asked
CAUSATIVE = frozenset({"make", "makes", "made", "making"})
# Words of a "why" question asking why at this time ("why now?", "why's it timely?"): the
# circumstances answer it
NOW = frozenset({"now", "timely", "lately", "recently", "nowadays", "currently"})
# Endings of the adjective of a party's name ("Chinese", "Turkish", "Russian", "Azeri"):
# "making Chinese weapons" makes things, and "pressure on Chinese tech" is put in no country
NAME_ADJECTIVE_ENDINGS = ("ese", "ish", "ian", "ean", "can", "i")
MEANING_WORD = "mean"  # the word of the facts' group of meaning ("meaning?": no word to find)
BECOMING_WORD = "transform"  # the word of the facts "what is it turning into?" is read as
BENEFIT = frozenset({"good", "use"})  # "what good would it do?": what comes of it
# A language of writing ("no Russian letters here", "can I ask in Russian?"): no country.
WRITING: tuple[tuple[str, ...], ...] = (
    ("russian", "letters"), ("russian", "keyboard"), ("russian", "layout"), ("in", "russian"),
    ("russian", "language"), ("speak", "russian"), ("russian", "alphabet"),
    ("speak", "azerbaijani"), ("speak", "turkish"), ("speak", "chinese"),
    ("in", "english"), ("into", "english"), ("speak", "english"), ("english", "language"),
    ("english", "translation"), ("english", "version"),  # "what does it say, in English?"
)  # fmt: skip
PAST = frozenset({"did"})  # "what did it give?": what came of it, no gain still to come
# A question opening with one of these asks yes or no.
YES_NO_OPENERS = frozenset({"is", "are", "was", "were", "has", "have", "had", "does", "do", "did",
                            "will", "would", "can", "could", "should", "may", "might"})  # fmt: skip
YES_NO_PARTICLES: frozenset[str] = frozenset()  # words early in a question that ask yes or no
# Words that make a time, place or detail question strict ("when exactly").
STRICT = frozenset({"exactly", "precisely", "specifically", "exact", "specific", "concretely"})
# Words the stemmer would put with a word they have nothing to do with: "predictability"
# is no "predict" (what someone forecast is what they said).
STEMS_APART = dict.fromkeys(
    ("predictability", "predictable", "unpredictable", "unpredictability"), "predictab"
) | {"schooling": "train"}  # schooling is training, not a school
# "careful" is cautious, "care about" is no caution (Snowball stems both "care")
STEMS_APART |= dict.fromkeys(("careful", "carefully"), "careful")
# "products" are goods, not their production (Snowball stems both "product")
STEMS_APART |= dict.fromkeys(("product", "products"), "products")
# the attaché is no "attach" (a stop word; Snowball stems both "attach")
STEMS_APART |= {"attache": "attache"}
# a supplier is one who supplies: "European suppliers" are the facts' European supplies
STEMS_APART |= dict.fromkeys(("supplier", "suppliers"), "suppli")
# what is "declarative" is only declared, no words said (Snowball stems both "declar")
STEMS_APART |= dict.fromkeys(("declarative", "declaratory"), "declarative")
# a representative is a person, not what something represents (Snowball stems both "repres")
STEMS_APART |= dict.fromkeys(("representative", "representatives"), "representative")
# Prefixes that negate a word: "unlimited" asks about what the facts call "limited".
NEGATIONS = ("un", "non")
# Words that ask how sure the fact cited last is ("is that confirmed?").
CONFIRMED = frozenset({"confirmed", "confirm", "confirmation", "certain", "verified", "sure",
                       "rumour", "rumours", "rumor", "rumors", "speculation", "official",
                       "officially"})  # fmt: skip
CHOICE = frozenset({"or", "vs", "versus"})  # "China or Turkey?"
FOR = frozenset({"for"})  # "the consequences for Russia": the party affected follows
SIDE = frozenset({"side"})  # "the reason on Azerbaijan's side": whose reasons are asked
BEFORE_NAME = frozenset({"the"})  # between "for" and a name: "for the Kremlin"
# Words of value before "to" and a party: "interesting to China" asks China's gain.
VALUED = frozenset(
    "interesting interest valuable important attractive useful matter matters worth".split()  # noqa: SIM905
)
TO = frozenset({"to"})
# Words of one party drawing closer to another or buying from it: "why is Baku turning to
# Beijing?", "why is Baku shopping in China?" ask the reasons of the first party named.
# Words that deny: "why doesn't Baku turn to Europe?" asks what keeps it from Europe.
# Words denying a why: "why not Europe?", and "what's wrong with Turkey?" (what holds it back).
NOT = frozenset(
    "not doesn don didn isn aren won never doesnt dont didnt wont wrong cannot".split()  # noqa: SIM905
)  # noqa: SIM905
APPROACH = frozenset(
    """turn turns turning close closer ties seek seeks seeking court courts courting pivot pivoting
    tilt tilting lean leans leaning drawn drift drifting rapprochement befriend deepen
    deepening buy buys buying shop shopping purchase purchases purchasing procure procures
    procuring cosy cosying cozy cozying warming""".split()  # noqa: SIM905
)
DATIVE_ENDINGS: tuple[tuple[str, str], ...] = ()  # English marks whose gain by "for" or "to"
NOT_DATIVE_AFTER: frozenset[str] = frozenset()
# Words before a party whose gain or reasons a sentence gives ("For China, …", "lets
# Beijing", "offers Azerbaijan"), and after it ("China's interest", "Baku is looking for").
GAINER_BEFORE = frozenset({"for", "lets", "allows", "offers", "gives"})
GAINER_AFTER = frozenset({"interest", "interests", "seeks", "looking", "intends"})
WHICH = frozenset({"which", "what"})  # which ... organisation
ORGANISATIONS = frozenset(
    """academy academies company companies firm firms university universities college colleges
    institution institutions manufacturer manufacturers contractor contractors body bodies agency
    agencies ministry ministries department""".split()  # noqa: SIM905
)
# Things whose name is their own words, which the sentence telling of them gives ("the name
# of the partnership they signed"): no person's name is asked.
TITLED = frozenset(
    """partnership partnerships alliance alliances agreement agreements deal deals pact treaty
    document documents statement declaration memorandum format bloc axis union""".split()  # noqa: SIM905
)
# Asking what a titled thing is called ("what type of union is it, what does the author call
# it?"): the sentence telling of it names it, though the question says "name". Not "called":
# "what was the minister who signed the deal called?" asks his name.
CALLED = frozenset({"call", "calls", "calling", "dub", "dubs"})
TITLED_CALLED = TITLED  # "what does the author call the union?": the same words
# "where will it lead?", "where is all this leading?"
OUTCOME = frozenset({"lead", "leads", "leading", "heading", "headed", "end", "going"})
# "where does the distrust show?" asks in what it shows, not a place
# ... and "where is that written?": in which sentence
SHOWING = frozenset({"show", "shows", "manifest", "manifests", "manifested", "evident", "visible",
                     "written", "stated"})  # fmt: skip
COMPARE = frozenset(
    """compare comparing comparison compared both versus vs difference differences differ
    differs different each unlike""".split()  # noqa: SIM905
)
TWO_SOURCES: tuple[tuple[str, ...], ...] = (
    ("two", "articles"), ("both", "articles"), ("two", "pieces"), ("both", "pieces"),
    ("two", "stories"), ("both", "stories"), ("two", "reports"), ("both", "reports"),
    ("articles", "differ"), ("pieces", "differ"), ("stories", "differ"),
    ("each", "article"), ("each", "piece"), ("each", "story"), ("each", "report"),
    ("each", "text"), ("either", "article"), ("either", "piece"),
)  # fmt: skip
INDEFINITE: frozenset[str] = frozenset()  # "somewhere" is one word: no question word in it
INDEFINITE_OF: frozenset[str] = frozenset()
# Idioms whose words would otherwise ask for a detail: "pay a visit" asks no amount.
IDIOMS: tuple[tuple[str, ...], ...] = (
    # "where does it say that?": which sentence says it, not a place
    ("where", "does", "it", "say"), ("where", "is", "it", "said"), ("where", "is", "that", "said"),
    ("where", "stand"), ("where", "stands"),  # "where does Washington stand on it?": a stance
    ("where", "does", "stand"), ("where", "do", "stand"), ("where", "did", "stand"),  # "the US"
    ("worth", "to"),  # "what is Azerbaijan worth to Beijing?": its value to it, no amount
    # "where's Uncle Sam on all this?": where they stand, a stance
    ("where", "on", "all", "this"), ("where", "on", "this"), ("where", "on", "that"),
    ("where", "on", "it"),
    ("how", "far", "with"),  # West African English: "how far with China and Baku?", how it goes
    ("how", "far", "mate"), ("how", "far", "bro"), ("how", "far", "boss"),  # a greeting: "hi"
    ("how", "far", "guy"), ("how", "far", "chale"),
    ("pay", "visit"), ("paid", "visit"), ("pays", "visit"), ("paying", "visit"),
    ("pay", "attention"), ("paid", "attention"), ("pay", "tribute"), ("paid", "tribute"),
    ("pay", "respects"), ("worth", "noting"), ("worth", "mentioning"),
    ("put", "names"), ("put", "name"), ("puts", "names"), ("putting", "names"),  # signing
    ("in", "view", "of"), ("point", "of", "view"), ("take", "place"),
    ("took", "place"), ("taking", "place"), ("take", "part"), ("took", "part"),
    ("taking", "part"), ("make", "sense"), ("makes", "sense"), ("play", "role"),
    ("pay", "off"), ("paid", "off"), ("pays", "off"), ("paying", "off"),
    ("plays", "role"), ("played", "role"), ("big", "name"), ("big", "names"),  # a major player
    # "how much influence / wiggle room": how far, not how much money
    ("how", "much", "room"), ("how", "much", "influence"), ("how", "much", "leverage"),
    ("how", "much", "control"), ("how", "much", "power"), ("how", "much", "freedom"),
    ("how", "much", "autonomy"), ("how", "much", "independence"), ("how", "much", "trust"),
    ("how", "much", "weight"), ("how", "much", "pressure"), ("how", "much", "say"),
    ("how", "much", "matters"), ("how", "much", "matter"), ("how", "much", "difference"),
    ("how", "much", "impact"), ("how", "much", "flexibility"),  # "how much wiggle room" read
    # "how much important is it?" in a learner's English: how important, no money asked
    ("how", "much", "important"), ("how", "much", "significant"), ("how", "much", "serious"),
    ("how", "much", "strong"), ("how", "much", "close"), ("how", "much", "useful"),
    ("how", "much", "helpful"), ("how", "much", "dangerous"), ("how", "much", "likely"),
    ("how", "much", "real"), ("how", "much", "deep"), ("how", "much", "powerful"),
    ("how", "much", "influential"), ("how", "much", "effective"), ("how", "much", "relevant"),
    # "the writer's gloss on what he said": his words are what it is about, not what it asks
    ("on", "what", "said"), ("of", "what", "said"), ("about", "what", "said"),
    ("on", "what", "says"), ("of", "what", "says"), ("about", "what", "says"),
    # "When the author writes that …, is that …?": a lead, no time asked
    ("when", "writes"), ("when", "describes"), ("when", "calls"), ("when", "mentions"),
    ("when", "argues"), ("when", "claims"), ("when", "refers"),
    # "how big a player are they?": how strong a position, not a size
    ("how", "big", "a", "player"), ("how", "big", "player"), ("how", "big", "a", "role"),
    ("how", "big", "role"), ("how", "big", "a", "deal"),
    ("up", "to", "date"), ("to", "date"),  # "so far", no date asked
    # "what does it cost Moscow diplomatically?": a loss, not a price
    ("cost", "diplomatically"), ("costs", "diplomatically"), ("cost", "politically"),
    ("costs", "politically"), ("cost", "strategically"), ("costs", "strategically"),
)  # fmt: skip
# Phrasal verbs and idioms read as the one word they mean, for the search ("push back" is
# "counter"): each word the phrase stands for is one the facts' synonym groups know.
READ_AS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("on", "paper"), "signed"),  # formally: a document signed, not paper
    (("official",), "formalised"), (("officially",), "formalised"),  # "is the alliance official?"
    (("army", "guy"), "military"), (("army", "man"), "military"),  # "the embassy's army guy"
    (("give", "speech"), "speak"), (("gave", "speech"), "speak"), (("giving", "speech"), "speak"),
    (("make", "speech"), "speak"), (("made", "speech"), "speak"),  # "where he mek him speech"
    (("make", "remarks"), "remarks"), (("made", "remarks"), "remarks"),  # nothing produced
    (("making", "remarks"), "remarks"), (("make", "remark"), "remarks"),
    (("made", "remark"), "remarks"), (("make", "comments"), "comments"),
    (("made", "comments"), "comments"),
    (("turn", "into"), "transform"), (("turns", "into"), "transform"),  # what it becomes
    (("taken", "side"), "support"), (("take", "side"), "support"),  # "taken Kyiv's side"
    (("takes", "side"), "support"), (("taking", "side"), "support"),
    (("have", "in", "mind"), "intend"), (("has", "in", "mind"), "intend"),
    # what has been done: the sides "carried out" concrete activities
    (("achieved", "so", "far"), "carried"), (("done", "so", "far"), "carried"),
    (("accomplished", "so", "far"), "carried"),
    (("turning", "into"), "transform"), (("turned", "into"), "transform"),
    (("on", "the", "sidelines"), "watch"), (("stand", "by"), "watch"),  # look on
    (("back", "out"), "reverse"), (("backs", "out"), "reverse"),  # "can China back out?"
    (("backed", "out"), "reverse"), (("backing", "out"), "reverse"),
    (("stand", "aside"), "watch"), (("stay", "out"), "watch"),
    (("get", "in", "return"), "offer"), (("gets", "in", "return"), "offer"),
    (("make", "possible"), "allow"), (("makes", "possible"), "allow"),  # "make it possible"
    (("made", "possible"), "allow"), (("making", "possible"), "allow"),
    (("give", "in", "return"), "offer"), (("gives", "in", "return"), "offer"),  # the other side
    (("giving", "in", "return"), "offer"), (("gave", "in", "return"), "offer"),
    (("come", "out", "on", "top"), "win"), (("comes", "out", "on", "top"), "win"),
    (("coming", "out", "on", "top"), "win"), (("came", "out", "on", "top"), "win"),
    (("more", "strong"), "stronger"),  # "make the partnership more strong"
    # "does Baku still lean on them?": depend on them
    (("lean", "on"), "depend"), (("leans", "on"), "depend"),
    # "isn't Turkey enough?": its means are limited
    (("not", "enough"), "limited"), (("isn", "t", "enough"), "limited"),
    # "what does Azerbaijan represent for China?": what it is of interest as
    (("represent", "for"), "interest"), (("represents", "for"), "interest"),
    # "make any of it over there": produce some of it, no take on it
    (("make", "any"), "produce"), (("make", "some"), "produce"), (("make", "part"), "produce"),
    (("make", "of", "it"), "react"), (("make", "of", "that"), "react"),  # their take on it
    (("make", "of", "this"), "react"),
    *(
        ((verb, "together"), "forming")
        for verb in ("come", "comes", "coming", "came", "hold", "holds", "holding")
    ),
    (("kick", "up", "fuss"), "oppose"), (("make", "fuss"), "oppose"),  # object to it
    (("done", "stuff"), "carried"), (("did", "stuff"), "carried"),  # what they carried out
    (("on", "edge"), "alarm"),  # "which one's got everyone on edge?": the worries
    (("mixed", "up"), "interfere"),  # "get Baku mixed up in regional fights"
    (("long", "game"), "longterm"),  # "Ankara's long game": its long-term aim, no game
    # "why is Azerbaijan a good place for China?": what the facts call a hub
    *(((adjective, "place"), "hub") for adjective in ("good", "ideal", "perfect", "convenient")),
    (("upper", "hand"), "win"), (("edge", "over"), "win"), (("advantage", "over"), "win"),
    (("come", "out", "ahead"), "win"), (("comes", "out", "ahead"), "win"),
    (("came", "out", "ahead"), "win"), (("coming", "out", "ahead"), "win"),
    (("bad", "blood"), "distrust"),  # "bad blood between the Kremlin and Baku"
    (("raise", "eyebrows"), "alarm"), (("raises", "eyebrows"), "alarm"),
    (("raised", "eyebrows"), "alarm"), (("raising", "eyebrows"), "alarm"),
    (("pay", "off"), "result"), (("paid", "off"), "result"), (("pays", "off"), "result"),
    (("paying", "off"), "result"),
    (("came", "out", "of"), "result"), (("come", "out", "of"), "result"),
    (("comes", "out", "of"), "result"), (("coming", "out", "of"), "result"),
    (("push", "back"), "counter"), (("pushes", "back"), "counter"),
    (("pushing", "back"), "counter"), (("stand", "up", "to"), "counter"),
    # "de facto", "in reality": what the article says happens "in essence"
    (("de", "facto"), "essence"), (("in", "reality"), "essence"), (("in", "effect"), "essence"),
    (("step", "in"), "counter"), (("steps", "in"), "counter"),  # "could Moscow step in?"
    # "block" is a bloc as a noun, a verb after these: "will Russia try to block it?"
    (("to", "block"), "counter"), (("and", "block"), "counter"), (("can", "block"), "counter"),
    (("could", "block"), "counter"), (("will", "block"), "counter"),
    (("would", "block"), "counter"), (("might", "block"), "counter"),
    (("how", "placed"), "positions"),  # "how are they placed?": their standing
    (("do", "anything", "about"), "counter"), (("do", "something", "about"), "counter"),
    (("do", "nothing", "about"), "counter"), (("does", "nothing", "about"), "counter"),
    (("can", "do", "anything"), "counter"), (("could", "do", "anything"), "counter"),
    (("can", "do", "something"), "counter"), (("could", "do", "something"), "counter"),
    (("doing", "anything", "about"), "react"), (("doing", "something", "about"), "react"),
    (("doing", "nothing", "about"), "react"), (("did", "anything", "about"), "react"),
    (("did", "nothing", "about"), "react"), (("done", "anything", "about"), "react"),
    (("go", "down", "with"), "react"), (("goes", "down", "with"), "react"),
    (("went", "down", "with"), "react"), (("going", "down", "with"), "react"),
    (("go", "over", "with"), "react"), (("goes", "over", "with"), "react"),
    (("going", "over", "with"), "react"), (("went", "over", "with"), "react"),
    (("go", "down", "in"), "react"), (("goes", "down", "in"), "react"),
    (("going", "down", "in"), "react"), (("went", "down", "in"), "react"),
    (("sit", "with"), "react"), (("sits", "with"), "react"),
    (("only", "so", "much"), "limited"), (("let", "do"), "allow"), (("lets", "do"), "allow"),
    (("cosy", "up"), "rapprochement"), (("cosying", "up"), "rapprochement"),
    (("cozy", "up"), "rapprochement"), (("cozying", "up"), "rapprochement"),
    (("cosies", "up"), "rapprochement"), (("warm", "up"), "rapprochement"),
    (("warming", "up"), "rapprochement"), (("grow", "closer"), "rapprochement"),
    (("growing", "closer"), "rapprochement"), (("get", "closer"), "rapprochement"),
    (("getting", "closer"), "rapprochement"), (("get", "close"), "rapprochement"),
    (("getting", "close"), "rapprochement"), (("got", "close"), "rapprochement"),
    (("team", "up"), "cooperate"), (("teaming", "up"), "cooperate"),
    (("teamed", "up"), "cooperate"),
    (("lose", "grip"), "decline"), (("losing", "grip"), "decline"),
    (("lost", "grip"), "decline"), (("lose", "ground"), "decline"),
    (("losing", "ground"), "decline"), (("fall", "behind"), "decline"),
    (("shop", "for"), "buy"), (("shopping", "for"), "buy"),
    (("what", "kind", "of"), "type"), (("what", "sort", "of"), "type"),
    (("which", "kind", "of"), "type"), (("what", "kinds", "of"), "type"),
    (("his", "position"), "job"), (("her", "position"), "job"), (("his", "post"), "job"),
    (("her", "post"), "job"), (("his", "title"), "job"), (("her", "title"), "job"),
    (("what", "post"), "job"), (("which", "post"), "job"),
    (("his", "capacity"), "job"), (("her", "capacity"), "job"),  # a role, no potential
    (("hush", "hush"), "secret"), (("under", "wraps"), "secret"),
    (("behind", "closed", "doors"), "secret"), (("closed", "doors"), "secret"),
    (("step", "up"), "strengthen"), (("stepping", "up"), "strengthen"),
    (("stepped", "up"), "strengthen"), (("ramp", "up"), "strengthen"),
    (("ramping", "up"), "strengthen"),
    (("pull", "away"), "distance"), (("pulling", "away"), "distance"),
    (("drift", "away"), "distance"), (("drifting", "away"), "distance"),
    (("arm", "length"), "distance"),
    (("drift", "towards"), "closer"), (("drifting", "towards"), "closer"),
    (("drifts", "towards"), "closer"), (("drift", "toward"), "closer"),
    (("drifting", "toward"), "closer"),
    (("stay", "away"), "distance"), (("stays", "away"), "distance"),
    (("staying", "away"), "distance"), (("keep", "away"), "distance"),
    (("keeps", "away"), "distance"),
    (("going", "away"), "distance"), (("goes", "away"), "distance"),  # "going away from Moscow"
    (("moving", "away"), "distance"), (("moves", "away"), "distance"),
    (("move", "away"), "distance"), (("moved", "away"), "distance"),
    (("turning", "away"), "distance"), (("turns", "away"), "distance"),
    (("fall", "out"), "cooling"), (("falling", "out"), "cooling"), (("fell", "out"), "cooling"),
    (("fallen", "out"), "cooling"),
    (("side", "with"), "support"), (("sides", "with"), "support"), (("siding", "with"), "support"),
    (("sided", "with"), "support"), (("on", "the", "side", "of"), "support"),
    (("get", "in", "the", "way"), "hinder"), (("gets", "in", "the", "way"), "hinder"),
    (("spanner", "in", "the", "works"), "hinder"), (("wrench", "in", "the", "works"), "hinder"),
    # "room for manoeuvre", "wiggle room": the facts' political flexibility
    (("room", "for", "manoeuvre"), "flexibility"), (("room", "for", "maneuver"), "flexibility"),
    (("room", "for", "manouvre"), "flexibility"), (("wiggle", "room"), "flexibility"),
    (("stand", "in", "the", "way"), "hinder"), (("stands", "in", "the", "way"), "hinder"),
    (("run", "out", "of", "steam"), "exhausted"), (("running", "out", "of", "steam"), "exhausted"),
    (("ran", "out", "of", "steam"), "exhausted"),
    (("turning", "point"), "milestone"),
    (("one", "off"), "separate"),  # "one-off deals": individual contracts
    (("friends", "with"), "partner"), (("friend", "of"), "partner"),
    (("go", "back"), "reverse"), (("goes", "back"), "reverse"), (("going", "back"), "reverse"),
    (("turn", "back"), "reverse"), (("turning", "back"), "reverse"),
    (("stated",), "said"),  # said, not a state (Snowball stems both "state")
    # "turn to Beijing" draws closer; "turn into a hub" (the facts' «превращается») does not
    (("turn", "to"), "closer"), (("turns", "to"), "closer"), (("turning", "to"), "closer"),
    (("turned", "to"), "closer"), (("close", "to"), "closer"), (("close", "with"), "closer"),
    (("good", "idea"), "sensible"),
    (("for", "show"), "protocol"),  # done for form's sake: the article's protocol level
    (("pr", "talk"), "protocol"), (("pr", "stunt"), "protocol"), (("just", "pr"), "protocol"),
    # "a few deals or something bigger?": what grows past single contracts into an institution
    (("something", "bigger"), "institutionalised"),
    # "how is Turkey expected to react?" asks its stance, not what the article expects
    (("expected", "to", "react"), "react"), (("expected", "to", "respond"), "respond"),
    (("likely", "to", "react"), "react"), (("likely", "to", "respond"), "respond"),
    # "is the West asleep?": failing to react in time
    (("asleep", "at", "the", "wheel"), "react"), (("asleep",), "react"), (("sleeping",), "react"),
    (("napping",), "react"),
    # "do they want to produce them there?": a plan, not what they are after
    (("want", "to"), "intend"), (("wants", "to"), "intend"), (("wanted", "to"), "intend"),
    (("war", "games"), "exercises"), (("war", "game"), "exercises"),
    (("state", "visit"), "visit"), (("state", "visits"), "visit"),
    (("put", "together"), "assemble"), (("puts", "together"), "assemble"),
    (("putting", "together"), "assemble"), (("at", "home"), "localise"),
    # "moving production into Azerbaijan", "built locally": what the articles call localising
    (("move", "production"), "localise"), (("moves", "production"), "localise"),
    (("moving", "production"), "localise"), (("moved", "production"), "localise"),
    (("shift", "production"), "localise"), (("shifting", "production"), "localise"),
    (("locally",), "localise"),
    # "make weapons inside Azerbaijan": made within the country, localised
    *(
        ((verb, "inside"), "localise")
        for verb in ("make", "makes", "making", "made", "build", "building", "built",
                     "produce", "produced", "producing", "assemble", "assembled", "assembling")
    ),
    (("talk", "up"), "say"), (("talks", "up"), "say"), (("talking", "up"), "say"),
    (("talked", "up"), "say"),
    (("put", "their", "names"), "sign"), (("put", "their", "name"), "sign"),
    (("put", "his", "name"), "sign"), (("put", "pen", "to", "paper"), "sign"),
    # "military-wise" is about the military: no "wise" (sensible) asked
    (("military", "wise"), "military"), (("defence", "wise"), "defence"),
    (("security", "wise"), "security"),
    (("go", "to"), "visit"), (("goes", "to"), "visit"), (("flew", "to"), "visit"),
    (("fly", "to"), "visit"),
    # "what have they already done together?": what the sides carried out so far
    (("already", "done"), "carried"), (("done", "so", "far"), "carried"),
    (("done", "together"), "carried"), (("did", "together"), "carried"),
    (("already", "did"), "carried"),
    # "something matters more than the exchanges": what the article finds more significant
    (("matters", "more"), "significant"), (("matter", "more"), "significant"),
    (("more", "important"), "significant"),
    (("does", "show"), "manifests"), (("do", "show"), "manifests"),  # "how does that show?"
    (("is", "shown"), "manifests"), (("are", "shown"), "manifests"),
    (("most", "sensitive"), "alarms"), (("most", "controversial"), "alarms"),  # the sore point
    (("in", "statement"), "covers"), (("in", "document"), "covers"),  # "what's in the statement?"
    (("a", "look", "in"), "opportunity"),  # "why's Ankara getting a look in now?": a chance
    (("photo", "op"), "ceremonial"), (("photo", "opportunity"), "ceremonial"),  # for show
    (("big", "deal"), "important"),  # "is the Turkey-Azerbaijan thing a big deal?": no deal
    # asking the article to go on ("go on, what else?"): as "more", no going in it (last:
    # "go back on it" is reversing)
    (("go", "on"), "more"), (("carry", "on"), "more"), (("keep", "going"), "more"),
    (("go", "ahead"), "more"),
)  # fmt: skip
# Phrases that say whose account or how a question is put, or only that something
# happened ("take place"), not what it asks about: read as nothing.
ASIDES: tuple[tuple[str, ...], ...] = (
    ("in", "particular"),  # "why there in particular?"
    ("what", "the", "deal", "with"),  # "what's the deal with Russia's defense industry?"
    ("fair", "to", "say"), ("in", "effect"), ("to", "use", "the", "author", "phrase"),
    ("in", "the", "first", "place"), ("first", "of", "all"), ("by", "the", "way"),
    ("the", "other", "day"),  # "I was reading about it the other day": when the reader read
    # "what does the China piece say on that score?": of what was asked, no word of its own
    ("on", "that", "score"), ("on", "this", "score"), ("on", "that", "front"),
    ("on", "this", "front"), ("in", "that", "regard"), ("in", "this", "regard"),
    ("in", "that", "respect"), ("in", "this", "respect"), ("on", "that", "point"),
    ("on", "this", "point"), ("on", "that", "matter"), ("on", "this", "matter"),
    ("on", "reasoning"), ("by", "reasoning"), ("in", "reasoning"),  # "on the author's reasoning"
    ("in", "the", "version", "of"), ("in", "a", "nutshell"), ("take", "place"),
    ("takes", "place"), ("took", "place"), ("taking", "place"), ("taken", "place"),
    # how plainly to put it: "in plain terms", "practically speaking" (before "in terms of",
    # which would take "in plain terms, what kinds of" apart)
    ("in", "plain", "terms"), ("in", "simple", "terms"), ("in", "plain", "english"),
    ("practically", "speaking"), ("generally", "speaking"), ("broadly", "speaking"),
    ("roughly", "speaking"), ("simply", "put"), ("put", "simply"),
    ("in", "practice"), ("in", "practical", "terms"), ("in", "terms", "of"),
    ("do", "the", "needful"),  # Indian English: "please do it"
    ("articles", "agree"), ("pieces", "agree"), ("stories", "agree"), ("both", "agree"),
    ("in", "the", "author", "view"), ("in", "the", "author", "opinion"),
    ("in", "the", "writer", "view"), ("in", "the", "writer", "opinion"),
    ("in", "the", "authors", "view"), ("in", "the", "authors", "opinion"),  # typed without "'"
    ("in", "the", "writers", "view"), ("in", "the", "writers", "opinion"),
    ("in", "the", "author", "words"), ("in", "the", "authors", "words"),
    ("in", "the", "view", "of", "the", "author"), ("in", "the", "opinion", "of", "the", "author"),
    ("according", "to"),  # whom a claim is from, not "accords" (agreements)
    ("catch", "yourself", "on"), ("sounds", "like"),  # Northern Irish "don't be daft"; "it seems"
    ("load", "of"), ("loads", "of"),  # "a load of guff": much, no cargo
    ("than", "before"), ("than", "it", "used", "to", "be"),  # "better than before?": a change
    ("at", "the", "end", "of", "the", "day"),  # "in the end": no farewell, no time
    ("didn", "t", "catch"), ("when", "at", "home"),  # "didn't catch the name", "when it's at home"
    # a formal reader's asides: "if any", "Dear Sir or Madam", "as I understand it"
    ("if", "any"), ("dear", "sir", "or", "madam"), ("dear", "sir"), ("dear", "madam"),
    ("as", "i", "understand", "it"), ("if", "i", "may"), ("if", "i", "may", "ask"),
    ("with", "considerable", "interest"), ("with", "great", "interest"),
    ("speaking", "of"), ("when", "it", "comes", "to"),
    ("what", "makes"), ("what", "made"), ("what", "make"),  # what makes it so: no production
    ("one", "line"), ("bottom", "line"), ("in", "short"),  # how short an answer, not a line
    # "the main claim of the China piece": its gist, no claim made in it
    ("main", "claim"), ("main", "claims"), ("main", "point"), ("main", "argument"),
    ("main", "message"), ("main", "idea"), ("central", "claim"), ("key", "claim"),
    ("in", "a", "nutshell"),
    ("these", "days"), ("of", "late"),  # when the reader asks, not a time asked
    ("described", "as"), ("portrayed", "as"), ("a", "matter", "of"),  # how it is put
    ("characterized", "as"), ("characterised", "as"), ("depicted", "as"),
    # asking leave to ask: "May I know which ...?" asks which, not yes or no
    ("may", "i", "know"), ("may", "i", "ask"), ("can", "i", "know"), ("can", "i", "ask"),
    ("can", "you", "tell"), ("could", "you", "tell"), ("would", "you", "tell"),
    ("in", "what", "capacity"), ("in", "which", "capacity"),  # in what role: no potential
)  # fmt: skip
# Words before what the reader already knows of and asks beyond ("besides purchases, what
# else is discussed?"): a sentence only about that is not the answer.
EXCEPT: tuple[tuple[str, ...], ...] = (
    ("besides",), ("apart", "from"), ("aside", "from"), ("other", "than"), ("except",),
    ("compared", "to"), ("compared", "with"), ("in", "comparison", "with"),
    ("in", "comparison", "to"), ("over", "and", "above"), ("in", "addition", "to"),
)  # fmt: skip
# Words before the others a question sets what it asks about against ("what edge does
# China have over other suppliers?"): the others ("suppliers") are not what is asked about.
RIVALS: tuple[tuple[str, ...], ...] = (
    ("than",), ("over",), ("compared", "to"), ("compared", "with"), ("vs",), ("versus",),
)  # fmt: skip
OTHERS = frozenset({"other", "others"})
# After "not", the others a party is chosen over ("why Turkey, not someone else?"): no "why
# not Turkey?" asked.
SOMEONE_ELSE = frozenset({"someone", "somebody", "anyone", "anybody", "other", "others"})
# Phrases that ask what a party named beside them wants or gains ("what's in it for China",
# "what is Beijing really after"): they are read as the word "purpose" (its synonym group).
INTEREST: tuple[tuple[str, ...], ...] = (
    ("in", "it", "for"), ("get", "out", "of"), ("gets", "out", "of"), ("getting", "out", "of"),
    ("get", "outta"), ("gets", "outta"), ("getting", "outta"),
    ("really", "after"), ("ultimately", "after"), ("actually", "after"), ("truly", "after"),
    ("stand", "to", "gain"), ("stands", "to", "gain"),
    ("get", "from", "it"), ("gets", "from", "it"), ("get", "from", "this"),
    ("gets", "from", "this"), ("get", "from", "that"), ("gets", "from", "that"),
    ("upside", "for"), ("benefit", "for"), ("benefits", "for"),
    ("gain", "from"), ("gains", "from"), ("for", "what", "purpose"), ("to", "what", "end"),
    ("care", "about"), ("cares", "about"), ("what", "get", "from"), ("what", "gets", "from"),
    ("what", "want", "from"), ("what", "wants", "from"), ("what", "need", "from"),
    ("what", "needs", "from"), ("worth", "to"),
    ("what", "want"), ("what", "wants"),  # "what does Azerbaijan want?": its reasons
    # "what's China after in Azerbaijan?": what it wants there
    ("what", "after", "in"), ("what", "after", "from"), ("what", "after", "with"),
    ("what", "after", "there"), ("what", "after", "here"),
)  # fmt: skip
# A question that opens with WHAT and ends with one of these asks the same: "what for?",
# "what do they need the drones for?"; not "what's the source for the China story?".
INTEREST_LAST = frozenset({"for", "get", "gets"})  # "and what does China get?": its gain

# -- a question's context (see knowledge.language.question) ------------------------------

ARTICLE = frozenset(
    "article articles piece pieces story stories report reports text texts news information".split()  # noqa: SIM905
)
ABOUT = frozenset({"on", "about"})  # "the article about Turkey"
# "and the other article?", "the second piece?": the one the last answer is not from
THE_OTHER = frozenset({"other", "second"})
AUTHOR = frozenset({"author", "authors", "writer", "journalist"})  # "what does the author think?"
# A clause by which a sentence comments on what it tells (", which reinforces the signal"):
# the author's view of it, in the sentence itself
COMMENT_CLAUSE = (r",\s*which\s+\w+s\b",)
# What an article or its author foresees ("what reaction does the piece anticipate?"): how
# the question is put, no word to find (not the «стоит ожидать» of another sentence).
FORESEEING = frozenset(
    """anticipate anticipates expect expects predict predicts foresee foresees forecast
    forecasts envisage envisages envision envisions""".split()  # noqa: SIM905
)
# What an article comes to at its end ("the conclusion of the Turkey piece", "by the end").
CONCLUSION: tuple[tuple[str, ...], ...] = (
    ("conclusion",), ("conclusions",), ("conclude",), ("concludes",), ("the", "end"),
    ("ending",), ("closing",), ("sum", "up"), ("sums", "up"), ("summed", "up"),
    ("sum", "it", "up"), ("sums", "it", "up"), ("sum", "it", "all", "up"),
    ("sums", "it", "all", "up"), ("bottom", "line"), ("takeaway",), ("verdict",),
    ("close", "of", "the"),  # "by the close of the article"
)  # fmt: skip
# Words that ask where an article comes from ("the source of the China piece", "who
# published it"): beside the article's name, they ask for the outlet its sentences cite.
PROVENANCE = frozenset(
    """source outlet published publish publishes publisher publication site website wrote written
    report reports reported reporting cite cites citing attributed credited original originally
    author
    authors media cited come comes came""".split()  # noqa: SIM905
)
# Words that point back at the previous question.
ANAPHORA = frozenset(
    "it its that this these those he she they them his her their there then such".split()  # noqa: SIM905
)
# Words that point back at something named before ("which of these fields?", "this step").
DEMONSTRATIVE = frozenset({"this", "these", "those"})
PERSONAL = frozenset("he him his she her".split())  # noqa: SIM905 - point back at a person
PLURAL = frozenset("they them their".split())  # noqa: SIM905 - back at a company or ministry
THERE = frozenset({"there"})  # "what did they sign there?": back at a place
# Words beside "there" that make it no place: "is there a treaty?", "there are talks".
EXISTENTIAL = frozenset("is are was were be been will".split())  # noqa: SIM905
DEFINITE = frozenset({"the"})  # makes a lower-case acronym that is also a word a name: "the us"
OPENERS = frozenset({"and", "also", "what about", "how about"})  # "and with China?"
# A part of what was cited, asked with "which": "which bit is the most controversial?"
PART = frozenset({"bit", "bits", "part", "parts", "element", "elements", "aspect", "aspects",
                  "one", "ones"})  # fmt: skip
# Prepositions that give a party named in a follow-up the role the one before had ("and
# from Turkey?" after what Baku buys from China: the same asked of Turkey).
PREPOSITIONS = frozenset("from with to in for at by against".split())  # noqa: SIM905
# Question words that, after another one, join a clause to it: "what did he sign when he
# visited Beijing?" asks what, not when; "what did the ministers who met sign?", not who.
CLAUSE_WORDS = frozenset({"when", "who", "whom", "where"})
# Words before a clause word that make it the question asked, also in a yes/no opening
# ("do you know when …?"): not "will Turkey block it when …?".
EMBEDDING = frozenset({"know", "tell", "say", "remember", "me", "us", "idea", "sure", "ask"})
# A word before each of two names that sets them side by side (none in English: "both").
BOTH_AND: frozenset[str] = frozenset()
# "who is" before a person's name asks who they are, not a person: "who is Song Jun and
# what did he say?" is answered by what the sentences about him say.
WHO_IS: tuple[tuple[str, ...], ...] = (("who", "is"), ("who", "was"), ("who", "are"),
                                       ("who", "this"), ("who", "that"))  # fmt: skip
# Words of a follow-up that asks beyond the fact cited last ("tell me more").
BEYOND = frozenset(
    """more else lead leads result results consequence consequences next further
    besides details elaborate info prospects future most""".split()  # noqa: SIM905 - a word list reads better as text
)
# Words of a follow-up that asks for another item of what the fact cited last lists ("what
# else?", "anything besides?").
ELSE = frozenset({"else", "besides"})
# Words by which a sentence's list goes on past an item ("drones, electronic warfare and
# rockets"): "what else besides drones?" after it is asked of that sentence.
LIST_GOES_ON = frozenset({"and", "also"})
# Words of a follow-up asking for the other one of what was asked ("and the other one?").
OTHER_ONE = frozenset({"other", "others", "second"})
# Words of a follow-up asking what holds instead of what the cited sentence says ("so what
# is it, then?", "in whose favour, then?"): not what that sentence tells.
INSTEAD = frozenset({"then", "instead"})
# Phrases asking what words mean ("'absence of ideological conditions' meaning?").
# Not "meant" alone: "what's that meant to signal?" asks what it signals.
MEANING: tuple[tuple[str, ...], ...] = (("mean",), ("meaning",), ("means",),
                                        ("what", "is", "meant"))  # fmt: skip
# Words opening a clause that tells of another party ("Ankara becomes …, while Baku …").
WHILE = frozenset({"while", "whereas"})
# The words of a follow-up that only asks the article to go on ("and?", "so?", "what
# happens next?"): what the next sentence says, in the next paragraph too.
# ... and "so what is it then?" after "not formalised" (as «так а что тогда это такое?»)
GO_ON = frozenset({"and", "so", "then", "next", "what", "happens", "comes", "after", "that", "is",
                   "it"})  # fmt: skip
# A follow-up opening or ending with one of these asks what comes after the fact cited last,
# in words of its own ("and after that, what could Azerbaijan turn into?"): the article's
# next sentences, in the next paragraph too.
# "so what is it then, if not official?": a follow-up setting aside what the cited sentence
# denies asks what that sentence says instead.
IF = frozenset({"if"})
# "why China, if there is Turkey?": a condition of having the other, whose drawback is asked
CONDITION = IF | frozenset({"when", "since"})
HAVING = frozenset({"there", "have", "has", "got"})
# A follow-up that is a preposition and a question word ("after what?", "for what?", "with
# whom?") asks what the cited sentence says after that preposition, when it uses it.
OF_WHAT: tuple[tuple[str, ...], ...] = (("after", "what"), ("after", "which"), ("for", "what"),
    ("with", "whom"), ("with", "who"), ("against", "whom"), ("against", "who"),
    ("against", "what"), ("from", "whom"), ("from", "who"), ("to", "whom"), ("since", "when"),
    ("until", "when"))  # fmt: skip
# Not "then": "then what is taking shape instead?" is "so".
THEN: tuple[tuple[str, ...], ...] = (("after", "that"), ("after", "this"), ("afterwards",),
    ("next",), ("later",), ("go", "on"), ("carry", "on"), ("keep", "going"),
    ("go", "ahead"))  # fmt: skip

# A follow-up opening with one of these asks how far the fact cited last goes ("only in
# the Caucasus?"): that fact's sentence answers it.
SCOPE = frozenset({"only", "just", "solely", "exclusively"})
# Words before "in <country>" that make it the reader's guess at a place, not the country a
# place is asked inside of ("where will they make them, maybe in China?").
# Words asking for the exact words of what was cited ("exact words?", "how is it worded?")
VERBATIM = frozenset(
    "verbatim exact exactly wording worded words quote quoted literally precise precisely".split()  # noqa: SIM905
)
GUESSING = frozenset({"also", "maybe", "perhaps", "probably"})
# Words naming a war by the country it is in ("the Ukraine war", "war in Ukraine"): that
# country is where, not a side a "who?" question gives.
WAR = frozenset({"war", "conflict", "invasion", "fighting", "question", "issue", "crisis"})
# A follow-up naming someone new with one of these asks the same of them ("and China, same
# idea?", "China too?").
SAME: tuple[tuple[str, ...], ...] = (("same",), ("too",), ("also",), ("likewise",), ("similar",),
                                      ("either",))  # fmt: skip
# "and the other way round?": the other direction of what the cited sentence says
REVERSE: tuple[tuple[str, ...], ...] = (("other", "way"), ("vice", "versa"), ("in", "reverse"),
                                         ("other", "direction"), ("the", "reverse"))  # fmt: skip
# Before a place a reader says they write from ("good morning from Tbilisi"): no subject.
WRITES_FROM = frozenset({"from"})
# Words of PROVENANCE that ask where something comes from only with "from" ("where does it
# come from?"; "did the Chinese come over to them?" asks a visit).
COMING = frozenset({"come", "comes", "came"})
# Before a name of the reader's own ("my Grade 11 class", "our Institute"): no subject either.
READERS_OWN = frozenset({"my", "our"})
# The reader speaking of themselves ("I'm writing a paper on the Caucasus"): beside small
# talk, a clause with one of these that asks nothing and wants nothing (WANTING) tells, not
# asks.
READER = frozenset({"i", "im", "ive", "me", "we", "us", "mine"})
WANTING = frozenset({"want", "wanna", "interested", "curious", "wonder", "wondering", "need"})
# ... and a clause with a question word anywhere in it asks ("yo what did the colonel say lol")
QUESTION_WORDS = frozenset({"what", "who", "whom", "whose", "when", "where", "why", "how", "which"})
# A sentence opening with one of these follows from what comes before it: "why?" after it
# is answered there ("As a result, Azerbaijan may become the region's military hub").
CONSEQUENCE = ("as a result", "thus", "therefore", "hence", "consequently")

# -- details a sentence states (see knowledge.language.details) --------------------------

VAGUE_TIME = (r"coming years", r"next year", r"this year", r"last year", r"soon",
              r"by the end of", r"within")  # fmt: skip
# Kinds of thing "how many?" may count in a list ("how many sectors does it cover?": «экономику,
# инфраструктуру … и оборону»), and the word before a list's last item.
COUNTED_KINDS = (
    r"sectors?",
    r"areas?",
    r"fields?",
    r"spheres?",
    r"domains?",
    r"kinds?",
    r"types?",
    r"categories",
    r"directions?",
    r"things",
    r"items?",
    r"points?",
)
LIST_AND = (r"and",)
BIG_NUMBERS = (r"hundreds?", r"thousands?", r"millions?", r"billions?", r"dozens?", r"percent",
               r"per cent")  # fmt: skip
MONEY = (r"usd", r"eur", r"dollars?", r"euros?", r"rubles?", r"roubles?", r"manats?", r"lira",
         r"million", r"billion")  # fmt: skip
DURATION_UNITS = (r"years?", r"months?", r"weeks?", r"days?")
UNTIL = (r"until", r"till", r"through")  # until a year
SPEECH = (r"said", r"says", r"stated", r"noted", r"reports", r"according to")
# One pattern a role, its other names with it: to "who is China's leader?", a president
# is the same role asked, no one new.
ROLES = (r"minister\w*", r"(?:president|leader)\w*", r"attach\w*", r"colonel\w*",
         r"general\w*", r"ambassador\w*", r"expert\w*", r"analyst\w*", r"instructor\w*",
         r"(?:competitor|rival)s?")  # fmt: skip
# Institutions named in common words ("military academies of the PRC": which ones, a kind)
INSTITUTIONS = (r"kremlin", r"academ(?:y|ies)", r"training cent(?:re|er)s?", r"ministr(?:y|ies)",
                r"universit(?:y|ies)", r"institutes?")  # fmt: skip
# What one party is to another: "who is Azerbaijan's main ally?" is answered by the sentence
# that says whose ally it is, also when the question names that party as a guess.
RELATIONS = (r"all(?:y|ies)", r"partners?", r"guarantors?", r"suppliers?", r"rivals?",
             r"competitors?", r"protectors?")  # fmt: skip
PLACE_PREPOSITIONS = (r"in", r"at")  # before a place's name
WHERE = (r"where",)  # "<Name>, where ..."
COMMON_PLACE_PREPOSITIONS = (r"in", r"at", r"on")  # before a place named by a common noun
PLACE_NOUNS = (r"centres?", r"centers?", r"academ\w+", r"exercises?", r"drills?",
               r"territor\w+", r"regions?", r"capital", r"bases?", r"plants?", r"factor\w+",
               r"facilit\w+", r"training grounds?", r"border")  # fmt: skip
# Common nouns that place something only as precisely as the country it is in ("on
# Azerbaijani territory"): no answer to "where exactly".
GENERIC_PLACE_NOUNS = (r"territor\w+", r"regions?", r"border")
REASON = (r"because", r"due to", r"since", r"thanks to", r"so that", r"in order to", r"amid",
          r"given", r"of interest", r"interest is", r"reason\w*", r"motiv\w*", r"aim\w*",
          r"goal\w*", r"complicated by")  # fmt: skip
# Of those, the one saying what a party's interest is ("Its interest is …"): what "what's in
# it for Beijing?" asks, but no reason why it is interested ("of interest as a hub").
INTEREST_STATED = (r"interest is",)
RESULT = (r"as a result", r"result\w*", r"led to", r"leads? to", r"allow\w*", r"enabl\w*",
          r"improv\w*", r"raised", r"means", r"thus", r"opens", r"chang(?:es|ing) the")  # fmt: skip
NOT_ONLY = (r"not only", r"not just")  # a sentence giving more than what it names first
ABOVE = (r"more significant", r"more important")  # a sentence setting something above another
# What holds a party back: the answer to a bare "why not Europe?".
# The circumstances something happens in ("amid the cooling"): what "why now?" asks.
CIRCUMSTANCE = (r"amid", r"against the backdrop", r"in the context of", r"in conditions of")
DRAWBACK = (r"limited", r"complicated", r"exhausted", r"cooling", r"declin\w*", r"lack\w*",
            r"insufficient", r"hardly", r"distrust\w*")  # fmt: skip

# -- elsewhere ---------------------------------------------------------------------------

# Cities whose time zone the time zone database spells otherwise (see knowledge.digests).
CITY_ZONES = {"ankara": "Europe/Istanbul", "beijing": "Asia/Shanghai", "kiev": "Europe/Kyiv",
              "new york": "America/New_York", "washington": "America/New_York"}  # fmt: skip
HOUR_MARKS = ("h",)  # "19h" (see knowledge.digests.parse_clock)
# Web-page debris that ends or decorates copied articles (see knowledge.articles).
DEBRIS_LINES = frozenset({"back to top button", "back to top", "related articles", "read also",
                          "share"})  # fmt: skip
TAIL_MARKERS = frozenset({"related articles"})  # nothing after one of these is the article
