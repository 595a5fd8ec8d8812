"""What curators learn from use: the question log, votes and figures (the unanswered
questions are :mod:`knowledge.gaps`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from knowledge.briefing import Briefing
from knowledge.outcomes import Answer, Outcome

__all__ = ["Day", "Reports"]

CHART_DAYS = 30  # days the daily series covers at most, ending today (UTC)


@dataclass(frozen=True)
class Stats:
    """Usage figures for admins."""

    questions: int
    answered: int
    unsure: int
    not_stated: int
    abstained: int
    smalltalk: int
    top_facts: list[tuple[str, int]]
    votes_up: int
    votes_down: int
    facts: int
    articles: int


@dataclass(frozen=True)
class Day:
    """One UTC day of use: the questions logged that day by outcome, and the votes given."""

    day: date
    answered: int = 0
    unsure: int = 0
    not_stated: int = 0
    abstained: int = 0
    smalltalk: int = 0
    votes_up: int = 0
    votes_down: int = 0

    @property
    def questions(self) -> int:
        """Every question asked that day, small talk included (as /stats counts them)."""
        return self.answered + self.unsure + self.not_stated + self.abstained + self.smalltalk

    def share(self, count: int) -> float:
        """*count* as a share of the day's questions (0 on a day without any)."""
        return count / self.questions if self.questions else 0.0


_DAY_FIELDS = {
    Outcome.ANSWERED: "answered",
    Outcome.UNSURE: "unsure",
    Outcome.NOT_STATED: "not_stated",
    Outcome.ABSTAIN: "abstained",
    Outcome.SMALLTALK: "smalltalk",
}


class Reports:
    """Records what was asked and voted, and summarises it for curators."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing

    def log(self, answer: Answer, user_id: int | None, typed: str | None = None) -> None:
        """Record one asked question and how it was answered; *typed* is the question as the
        reader wrote it (what /gaps shows), else the engine's reading of it is kept."""
        top_fact = answer.results[0].fact_id if answer.results else None
        self.briefing.store.log_question(
            typed or answer.question,
            answer.asked_in or answer.lang,
            answer.outcome,
            answer.top_score,
            top_fact,
            user_id,
        )

    def vote(self, user_id: int, fact_id: str, value: int, question: str | None = None) -> bool:
        """Store a user's 👍 (+1) or 👎 (-1) on a fact, counted once per user and fact (a
        later vote replaces it); False when the user had given that vote already."""
        return self.briefing.store.add_feedback(user_id, fact_id, 1 if value > 0 else -1, question)

    def stats(self) -> Stats:
        """Questions asked by outcome, the most cited facts and the votes."""
        rows = self.briefing.store.questions()
        outcomes = Counter(r["outcome"] for r in rows)
        top_facts = Counter(
            r["top_fact"] for r in rows if r["outcome"] == Outcome.ANSWERED and r["top_fact"]
        ).most_common(5)
        votes = self.briefing.store.feedback_counts()
        return Stats(
            questions=len(rows),
            answered=outcomes[Outcome.ANSWERED],
            unsure=outcomes[Outcome.UNSURE],
            not_stated=outcomes[Outcome.NOT_STATED],
            abstained=outcomes[Outcome.ABSTAIN],
            smalltalk=outcomes[Outcome.SMALLTALK],
            top_facts=top_facts,
            votes_up=votes["up"],
            votes_down=votes["down"],
            facts=len(self.briefing.index),
            articles=len(self.briefing.articles),
        )

    def daily(self, days: int = CHART_DAYS, today: date | None = None) -> list[Day]:
        """Questions by outcome and votes per UTC day, for the last *days* calendar days up to
        *today* (a chart reads the same on the first day of use as after a month), quiet days
        as zeros; empty only when nothing was ever asked or voted. A vote counts on the day it
        was last given."""
        today = today or datetime.now(UTC).date()
        store = self.briefing.store
        store.flush_log()
        firsts = [
            first
            for (first,) in store.db.execute(
                "select min(ts) from questions union all select min(ts) from feedback"
            )
            if first
        ]
        if not firsts:
            return []
        start = today - timedelta(days=days - 1)
        counts: dict[str, dict[str, int]] = {}
        for day, outcome, count in store.db.execute(
            "select substr(ts, 1, 10), outcome, count(*) from questions where ts >= ?"
            " group by 1, 2",
            [start.isoformat()],
        ):
            if outcome in _DAY_FIELDS:
                counts.setdefault(day, {})[_DAY_FIELDS[outcome]] = count
        for day, up, down in store.db.execute(
            "select substr(ts, 1, 10), sum(value > 0), sum(value < 0) from feedback"
            " where ts >= ? group by 1",
            [start.isoformat()],
        ):
            counts.setdefault(day, {}).update(votes_up=up, votes_down=down)
        span = range((today - start).days + 1)
        return [
            Day(day, **counts.get(day.isoformat(), {}))
            for day in (start + timedelta(days=n) for n in span)
        ]
