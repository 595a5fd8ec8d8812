"""The structured answer every face of the bot (Telegram, inline mode, command line) renders."""

from __future__ import annotations

from dataclasses import dataclass, field

ANSWERED = "answered"
UNSURE = "unsure"
ABSTAIN = "abstain"


@dataclass(frozen=True)
class Source:
    """Where a quote comes from."""

    article_id: str | None
    title: str | None
    outlet: str | None
    url: str | None
    paragraph: int | None = None
    date: str | None = None


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


@dataclass(frozen=True)
class Answer:
    """What the engine says to a question.

    ``outcome`` is ``answered`` (``results`` are the facts, best first), ``unsure`` (the
    ``results`` are "did you mean" suggestions) or ``abstain`` (``uncovered`` names what the
    question asked about that the briefing does not cover, if anything).
    """

    question: str
    lang: str
    outcome: str
    results: tuple[Result, ...] = ()
    more: tuple[Result, ...] = ()
    uncovered: tuple[str, ...] = ()
    coverage: str = ""
    top_score: float = 0.0
    elapsed_ms: float | None = field(default=None, compare=False)

    @property
    def answered(self) -> bool:
        """True when the engine is confident in its results."""
        return self.outcome == ANSWERED

    def to_dict(self) -> dict:
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
            "uncovered": list(self.uncovered),
        }
