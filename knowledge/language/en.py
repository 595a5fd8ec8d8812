"""English: every word list the engine reads English with (see :mod:`knowledge.language`).

Data only: the modules that read it hold the logic. Words are folded (lower case); patterns
are regular-expression alternatives, joined with the other languages' by the module reading them.
"""

from __future__ import annotations

import re

# -- words ------------------------------------------------------------------------------

STOP_WORDS = frozenset(
    """
    tell told think thinks thought going gonna
    a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing done down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves me please pls plz exactly exact know known anything something
    thing things there's
    what's whats who's whos hi hello hey thanks thank also yet still ever much many us let
    lets kind give show explain describe mean meant actually really well get got role roles
    play plays playing played happen happens happening happened news latest situation
    current currently article articles piece story report author analysis according per
    writer writes say says """.split()  # noqa: SIM905 - a word list reads better as text
)
# Letters written two ways that search as one (none in English).
LETTER_VARIANTS: dict[str, str] = {}
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
# British spellings folded to one form so "defence" and "defense" share a stem.
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
    "hi hello hey hiya howdy yo greetings morning evening afternoon good day".split()  # noqa: SIM905
)
THANKS = frozenset("thanks thank thx ty cheers appreciate appreciated".split())  # noqa: SIM905
BYE = frozenset("bye goodbye cya later night".split())  # noqa: SIM905
HELP = frozenset("help start commands command usage".split())  # noqa: SIM905
ACK = frozenset(
    """ok okay okey k kk cool great nice fine good alright sure wow awesome perfect lol helps
    helped helpful useful""".split()  # noqa: SIM905 - a word list reads better as text
)
# Words that may surround small talk without making it a question about the briefing.
FILLER = frozenset(
    """a the you your u are is am i me we it this that so very much lot for to do can what who
    how does doing work works there all just oh and again bot briefbot here good day""".split()  # noqa: SIM905
)
# Phrases that ask what the bot is or does.
ABOUT_ME: tuple[tuple[str, ...], ...] = (
    ("what", "can", "you", "do"),
    ("who", "made", "you"),
    ("who", "created", "you"),
    ("who", "built", "you"),
    ("who", "are", "you"),
    ("what", "are", "you"),
    ("how", "does", "this", "work"),
    ("how", "do", "i", "use"),
    ("what", "is", "this", "bot"),
    ("what", "bot", "is", "this"),
    ("how", "do", "you", "work"),
    ("how", "does", "it", "work"),
)
# Whole messages that ask what the bot is.
WHAT_IS_THIS: tuple[tuple[str, ...], ...] = (("what", "is", "this"), ("what", "this"),
                                             ("what", "is", "it"))  # fmt: skip
# "did it help?", "would that help": help as a verb of something said before, not a request.
HELPED_BY = frozenset("it that this they he she did does do will would could".split())  # noqa: SIM905
# Chat shorthand read as the words it stands for.
CHAT = {"r": "are", "u": "you", "ur": "your", "thx": "thanks", "ty": "thanks", "pls": "please",
        "plz": "please", "hi": "hi", "hru": "how"}  # fmt: skip
GOT_IT: tuple[tuple[str, ...], ...] = (("got", "it"),)  # an acknowledgement in two words

# -- the kind of answer asked for (see knowledge.language.intent) ------------------------

# Phrases (folded words, in order) that ask for one kind of detail. Checked longest first;
# of phrases as long, the one listed first wins ("how much did it cost" is an amount).
KIND_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("amount", ("how", "much", "did", "pay")),
    ("amount", ("how", "much", "does", "cost")),
    ("amount", ("how", "much", "is", "worth")),
    ("amount", ("how", "much", "money")),
    ("amount", ("what", "did", "pay")),
    ("amount", ("how", "much", "will", "pay")),
    ("duration", ("how", "long")),
    ("duration", ("for", "how", "many", "years")),
    ("date", ("what", "year")),
    ("date", ("which", "year")),
    ("date", ("what", "date")),
    ("date", ("which", "date")),
    ("date", ("what", "day")),
    ("date", ("what", "month")),
    ("date", ("in", "what", "year")),
    ("region", ("which", "regions")),
    ("region", ("what", "regions")),
    ("country", ("which", "countries")),
    ("country", ("what", "countries")),
    ("city", ("which", "city")),
    ("city", ("what", "city")),
    ("city", ("in", "which", "city")),
    ("model", ("which", "model")),
    ("model", ("what", "model")),
    ("model", ("which", "models")),
    ("model", ("what", "models")),
    ("model", ("which", "drone", "models")),
    ("city", ("city",)),
    ("city", ("town",)),
    ("model", ("model",)),
    ("model", ("models",)),
    ("name", ("need", "names")),
    ("name", ("what", "is", "his", "name")),
    ("name", ("what", "is", "her", "name")),
    ("name", ("name", "of")),
    ("name", ("names", "of")),
    ("quantity", ("how", "many")),
    ("quantity", ("what", "number", "of")),
    ("amount", ("pay",)),
    ("amount", ("paid",)),
    ("amount", ("cost",)),
    ("amount", ("costs",)),
    ("amount", ("price",)),
    ("amount", ("worth",)),
    ("amount", ("value", "of")),
    ("amount", ("how", "much")),
    ("time", ("when",)),
    ("place", ("where",)),
    ("person", ("who",)),
    ("person", ("whom",)),
    ("reason", ("why",)),
    ("reason", ("what", "for")),
    ("reason", ("for", "what", "reason")),
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
    ("result", ("result",)),
    ("result", ("results",)),
    ("result", ("effect",)),
    ("result", ("effects",)),
    ("result", ("impact",)),
    ("result", ("consequences",)),
    ("result", ("outcome",)),
    ("result", ("achieve",)),
    ("words", ("what", "did", "he", "say")),
    ("words", ("what", "did", "she", "say")),
    ("words", ("what", "did", "he", "actually", "say")),
    ("words", ("what", "exactly", "did", "he", "say")),
    ("words", ("what", "were", "his", "words")),
    ("words", ("his", "exact", "words")),
    ("words", ("what", "did", "he", "reply")),
    ("words", ("what", "did", "they", "reply")),
    ("reason", ("in", "it", "for")),
    ("stance", ("reacted",)),
    ("stance", ("reaction",)),
    ("stance", ("respond",)),
    ("stance", ("responded",)),
    ("stance", ("position",)),
    ("stance", ("stance",)),
    ("stance", ("view",)),
    ("stance", ("views",)),
    ("stance", ("react",)),
    ("stance", ("attitude",)),
)
# A question opening with one of these asks yes or no.
YES_NO_OPENERS = frozenset({"is", "are", "was", "were", "has", "have", "had", "does", "do", "did",
                            "will", "would", "can", "could", "should", "may", "might"})  # fmt: skip
YES_NO_PARTICLES: frozenset[str] = frozenset()  # words early in a question that ask yes or no
# Words that make a time, place or detail question strict ("when exactly").
STRICT = frozenset({"exactly", "precisely", "specifically", "exact", "specific"})
CHOICE = frozenset({"or", "vs", "versus"})  # "China or Turkey?"
WHICH = frozenset({"which", "what"})  # which ... organisation
ORGANISATIONS = frozenset(
    """academy academies company companies firm firms university universities college colleges
    institution institutions manufacturer manufacturers contractor contractors""".split()  # noqa: SIM905
)
OUTCOME = frozenset({"lead", "leads", "heading", "headed", "end", "going"})  # "where will it lead"
COMPARE = frozenset(
    "compare comparing comparison compared both versus vs difference differ differs each".split()  # noqa: SIM905
)
TWO_SOURCES: tuple[tuple[str, ...], ...] = (("two", "articles"), ("both", "articles"))
# Idioms whose words would otherwise ask for a detail: "pay a visit" asks no amount.
IDIOMS: tuple[tuple[str, ...], ...] = (
    ("pay", "visit"), ("paid", "visit"), ("pays", "visit"), ("paying", "visit"),
    ("pay", "attention"), ("paid", "attention"), ("pay", "tribute"), ("paid", "tribute"),
    ("pay", "respects"), ("worth", "noting"), ("worth", "mentioning"),
    ("in", "view", "of"), ("point", "of", "view"), ("take", "place"),
    ("took", "place"), ("taking", "place"), ("take", "part"), ("took", "part"),
    ("taking", "part"), ("make", "sense"), ("makes", "sense"), ("play", "role"),
    ("plays", "role"), ("played", "role"),
)  # fmt: skip

# -- a question's context (see knowledge.language.question) ------------------------------

ARTICLE = frozenset("article articles piece story report".split())  # noqa: SIM905
ABOUT = frozenset({"on", "about"})  # "the article about Turkey"
# Words that point back at the previous question.
ANAPHORA = frozenset(
    "it its that this these those he she they them his her their there then such".split()  # noqa: SIM905
)
OPENERS = frozenset({"and", "also", "what about", "how about"})  # "and with China?"
# Words of a follow-up that asks beyond the fact cited last ("tell me more").
BEYOND = frozenset(
    """more else lead leads result results consequence consequences next further
    besides""".split()  # noqa: SIM905 - a word list reads better as text
)

# -- details a sentence states (see knowledge.language.details) --------------------------

VAGUE_TIME = (r"coming years", r"next year", r"this year", r"last year", r"soon",
              r"by the end of", r"within")  # fmt: skip
BIG_NUMBERS = (r"hundreds?", r"thousands?", r"millions?", r"billions?", r"dozens?", r"percent",
               r"per cent")  # fmt: skip
MONEY = (r"usd", r"eur", r"dollars?", r"euros?", r"rubles?", r"roubles?", r"manats?", r"lira",
         r"million", r"billion")  # fmt: skip
DURATION_UNITS = (r"years?", r"months?", r"weeks?", r"days?")
UNTIL = (r"until", r"till", r"through")  # until a year
SPEECH = (r"said", r"says", r"stated", r"noted", r"reports", r"according to")
ROLES = (r"minister\w*", r"president\w*", r"attach\w*", r"colonel\w*", r"general\w*",
         r"ambassador\w*", r"leader\w*")  # fmt: skip
INSTITUTIONS = (r"kremlin",)  # named in common words
PLACE_PREPOSITIONS = (r"in", r"at")  # before a place's name
WHERE = (r"where",)  # "<Name>, where ..."
COMMON_PLACE_PREPOSITIONS = (r"in", r"at", r"on")  # before a place named by a common noun
PLACE_NOUNS = (r"centres?", r"centers?", r"academ\w+", r"exercises?", r"drills?",
               r"territor\w+", r"regions?", r"capital", r"bases?", r"plants?", r"factor\w+",
               r"facilit\w+", r"training grounds?", r"border")  # fmt: skip
REASON = (r"because", r"due to", r"since", r"thanks to", r"so that", r"in order to", r"amid",
          r"given", r"of interest", r"interest is", r"reason\w*", r"motiv\w*", r"aim\w*",
          r"goal\w*")  # fmt: skip
RESULT = (r"as a result", r"result\w*", r"led to", r"leads? to", r"allow\w*", r"enabl\w*",
          r"improv\w*", r"raised", r"means", r"thus", r"opens", r"chang(?:es|ing) the")  # fmt: skip

# -- elsewhere ---------------------------------------------------------------------------

# Cities whose time zone the time zone database spells otherwise (see knowledge.digests).
CITY_ZONES = {"ankara": "Europe/Istanbul", "beijing": "Asia/Shanghai", "kiev": "Europe/Kyiv",
              "new york": "America/New_York", "washington": "America/New_York"}  # fmt: skip
HOUR_MARKS = ("h",)  # "19h" (see knowledge.digests.parse_clock)
# Web-page debris that ends or decorates copied articles (see knowledge.articles).
DEBRIS_LINES = frozenset({"back to top button", "back to top", "related articles", "read also",
                          "share"})  # fmt: skip
TAIL_MARKERS = frozenset({"related articles"})  # nothing after one of these is the article
