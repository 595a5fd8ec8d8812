"""The structured answer every face of the bot (Telegram, inline mode, command line) renders."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

__all__ = ["Answer", "Detail", "Outcome", "Result", "Source"]

if TYPE_CHECKING:
    from knowledge.followup import FollowUp


class Outcome(StrEnum):
    """What the engine says to a question (see :class:`Answer` for what each one carries).

    The values are what the question log stores and JSON output shows.
    """

    ANSWERED = "answered"
    UNSURE = "unsure"
    NOT_STATED = "not_stated"
    ABSTAIN = "abstain"
    SMALLTALK = "smalltalk"


class Detail(StrEnum):
    """A kind of answer a question asks for (see :func:`knowledge.language.intent.answer_kind`).

    The kinds a fact's text can be checked for (:data:`knowledge.language.details.CHECKED`)
    decide "not stated", and each has a text ``missing_<kind>`` saying what the briefing does
    not say; reason and result steer the ranking, stance and yes/no are only read.
    """

    TIME = "time"
    DATE = "date"  # a time that must be explicit
    PLACE = "place"
    CITY = "city"
    REGION = "region"
    COUNTRY = "country"
    PERSON = "person"
    NAME = "name"
    ORGANISATION = "organisation"
    QUANTITY = "quantity"
    AMOUNT = "amount"
    DURATION = "duration"
    MODEL = "model"
    WORDS = "words"  # what someone said
    REASON = "reason"
    RESULT = "result"
    STANCE = "stance"
    YESNO = "yesno"


@dataclass(frozen=True)
class Source:
    """Where a quote comes from."""

    article_id: str | None
    title: str | None
    outlet: str | None
    url: str | None
    paragraph: int | None = None
    date: str | None = None
    title_en: str | None = None  # the title in English, for English readers

    def title_in(self, lang: str) -> str | None:
        """The title a reader of *lang* reads: the English one for English readers."""
        return (self.title_en or self.title) if lang == "en" else self.title


@dataclass(frozen=True)
class Result:
    """One fact offered as (part of) an answer."""

    fact_id: str
    score: float
    statement: str
    quote: str
    translation: str | None
    source: Source
    date: str | None = None
    label: str = ""  # a short readable name for a button: an example question or the statement


@dataclass(frozen=True)
class Answer:
    """What the engine says to a question.

    ``outcome`` is one of:

    - ``answered``: ``results`` are the facts, best first;
    - ``unsure``: ``results`` are "did you mean" suggestions, the likeliest first;
      ``unused`` the question's words that no fact uses, for the reader to put otherwise;
    - ``not_stated``: the briefing covers the subject but not the detail asked (``missing``
      says which kind: time, place, person, quantity, amount, duration, model, name); the
      ``results`` are related facts, never presented as the answer;
    - ``abstain``: the briefing does not cover the question; ``unknown`` names what it asked
      about that the briefing never mentions, if anything;
    - ``smalltalk``: a greeting, thanks or a request for help (``smalltalk`` says which).

    ``lang`` is the language the answer is given in (the reader's), ``asked_in`` the one the
    question was written in.
    """

    question: str
    lang: str
    outcome: Outcome
    results: tuple[Result, ...] = ()
    more: tuple[Result, ...] = ()
    unknown: tuple[str, ...] = ()
    unused: tuple[str, ...] = ()
    coverage: str = ""
    top_score: float = 0.0
    missing: Detail | None = None
    smalltalk: str | None = None
    examples: tuple[Result, ...] = ()  # small talk: facts whose example questions to offer
    # What the next question of the same chat may lean on.
    follow_up: FollowUp | None = field(default=None, compare=False, repr=False)
    elapsed_ms: float | None = field(default=None, compare=False)
    asked_in: str = ""

    @property
    def answered(self) -> bool:
        """True when the engine is confident in its results."""
        return self.outcome == Outcome.ANSWERED

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {
            "question": self.question,
            "lang": self.lang,
            "answered": self.answered,
            "outcome": self.outcome,
            "results": [
                {
                    "fact_id": r.fact_id,
                    "score": round(r.score, 1),
                    "statement": r.statement,
                    "quote": r.quote,
                    "translation": r.translation,
                    "source": {
                        "article_id": r.source.article_id,
                        "title": r.source.title,
                        "outlet": r.source.outlet,
                        "url": r.source.url,
                        "paragraph": r.source.paragraph,
                    },
                }
                for r in self.results
            ],
            "unknown": list(self.unknown),
            "unused": list(self.unused),
            "missing": self.missing,
        }
