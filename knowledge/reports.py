"""What curators learn from use: the question log, votes, unanswered questions and figures."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from knowledge.answer import ABSTAIN, ANSWERED, NOT_STATED, SMALLTALK, UNSURE, Answer
from knowledge.briefing import Briefing
from knowledge.text import fold

GAP_SIMILARITY = 85  # token-set ratio at which two logged questions count as one gap


@dataclass(frozen=True)
class Gap:
    """A question the briefing could not answer well, with how often it was asked."""

    question: str
    count: int
    best_score: float


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


class Reports:
    """Records what was asked and voted, and summarises it for curators."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing

    def log(self, answer: Answer, user_id: int | None) -> None:
        """Record one asked question and how it was answered."""
        top_fact = answer.results[0].fact_id if answer.results else None
        self.briefing.store.log_question(
            answer.question, answer.lang, answer.outcome, answer.top_score, top_fact, user_id
        )

    def vote(self, user_id: int, fact_id: str, value: int, question: str | None = None) -> bool:
        """Store a user's 👍 (+1) or 👎 (-1) on a fact, counted once per user and fact (a
        later vote replaces it); False when the user had given that vote already."""
        return self.briefing.store.add_feedback(user_id, fact_id, 1 if value > 0 else -1, question)

    def gaps(self, limit: int = 10) -> list[Gap]:
        """Unanswered, not stated or unsure questions, near-duplicates grouped, most asked first."""
        groups: list[list] = []  # [folded, shown question, count, best score]
        for row in self.briefing.store.questions(outcomes=(ABSTAIN, UNSURE, NOT_STATED)):
            key = fold(row["question"])
            for group in groups:
                if fuzz.token_set_ratio(key, group[0], processor=None) >= GAP_SIMILARITY:
                    group[2] += 1
                    group[3] = max(group[3], row["top_score"] or 0.0)
                    break
            else:
                groups.append([key, row["question"], 1, row["top_score"] or 0.0])
        groups.sort(key=lambda g: -g[2])
        return [Gap(g[1], g[2], g[3]) for g in groups[:limit]]

    def stats(self) -> Stats:
        """Questions asked by outcome, the most cited facts and the votes."""
        rows = self.briefing.store.questions()
        outcomes = Counter(r["outcome"] for r in rows)
        top_facts = Counter(
            r["top_fact"] for r in rows if r["outcome"] == ANSWERED and r["top_fact"]
        ).most_common(5)
        votes = self.briefing.store.feedback_counts()
        return Stats(
            questions=len(rows),
            answered=outcomes[ANSWERED],
            unsure=outcomes[UNSURE],
            not_stated=outcomes[NOT_STATED],
            abstained=outcomes[ABSTAIN],
            smalltalk=outcomes[SMALLTALK],
            top_facts=top_facts,
            votes_up=votes["up"],
            votes_down=votes["down"],
            facts=len(self.briefing.index),
            articles=len(self.briefing.articles),
        )
