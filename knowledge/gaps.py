"""The curator's loop: questions readers asked that the briefing does not answer yet,
grouped by likeness, with the facts closest to each, and the two ways to close one: link it
to a fact (it becomes one of the fact's example questions, audited and undoable) or dismiss
it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from knowledge.answering import Answering
from knowledge.curation import Curation
from knowledge.facts import MAX_QUESTION, Fact, json_labels
from knowledge.language.words import fold
from knowledge.outcomes import Outcome
from knowledge.store.database import now

__all__ = ["Gap", "Gaps"]

GAP_SIMILARITY = 85  # token-set ratio at which two logged questions count as one gap
CLOSEST = 3  # facts offered to link a gap to


@dataclass(frozen=True)
class Gap:
    """Near-identical questions the bot abstained on or was unsure about."""

    key: int  # the log id of the newest question of the group: names the gap in buttons
    question: str  # the newest wording, as typed
    wordings: tuple[str, ...]  # every distinct wording, newest first
    count: int
    unsure: bool  # the newest was answered unsure (else: unanswered)
    last: str  # when it was last asked (UTC, ISO)
    voted_down: tuple[str, ...]  # facts shown for it that readers voted 👎


@dataclass(frozen=True)
class GapList:
    """The open gaps, and how many not-stated questions were left out (handled as designed)."""

    gaps: list[Gap]
    not_stated: int


class Gaps:
    """Lists the open gaps and closes them."""

    def __init__(self, answering: Answering, curation: Curation) -> None:
        self.answering = answering
        self.curation = curation
        self.store = curation.briefing.store

    def _closed(self) -> set[str]:
        """Folded questions that no longer count as gaps: linked to a fact, or dismissed."""
        rows = self.store.db.execute(
            "select questions from facts where deleted = 0 and questions not in ('', '[]')"
        )
        linked = {fold(q) for (text,) in rows for q in json_labels(text)}
        dismissed = {row["question"] for row in self.store.db.table("dismissed_gaps").rows}
        return linked | dismissed

    def unanswered(self, limit: int = 20) -> GapList:
        """Open gaps, most asked first and, among equals, the newest first. A group with one
        wording linked or dismissed is closed as a whole."""
        rows = self.store.questions(outcomes=(Outcome.ABSTAIN, Outcome.UNSURE, Outcome.NOT_STATED))
        closed = self._closed()
        groups: list[dict[str, Any]] = []
        not_stated = 0
        for row in rows:  # newest first
            if row["outcome"] == Outcome.NOT_STATED:
                not_stated += 1
                continue
            key = fold(row["question"])
            group = next(
                (
                    g
                    for g in groups
                    if fuzz.token_set_ratio(key, g["fold"], processor=None) >= GAP_SIMILARITY
                ),
                None,
            )
            if group is None:
                groups.append({"fold": key, "rows": [row]})
            else:
                group["rows"].append(row)
        down = self._voted_down()
        gaps = [
            self._gap(g["rows"], down)
            for g in groups
            if not any(fold(row["question"]) in closed for row in g["rows"])
        ]
        gaps.sort(key=lambda gap: (-gap.count, -gap.key))
        return GapList(gaps[:limit], not_stated)

    def _voted_down(self) -> dict[str, list[str]]:
        """Facts voted 👎 by the folded question they were shown for."""
        found: dict[str, list[str]] = {}
        for row in self.store.db.query(
            "select question, fact_id from feedback where value < 0 and question is not null"
        ):
            found.setdefault(fold(row["question"]), []).append(row["fact_id"])
        return found

    @staticmethod
    def _gap(rows: list[dict[str, Any]], down: dict[str, list[str]]) -> Gap:
        wordings = tuple(dict.fromkeys(row["question"] for row in rows))
        voted = (f for w in wordings for f in down.get(fold(w), []))
        newest = rows[0]
        return Gap(
            key=newest["id"],
            question=newest["question"],
            wordings=wordings,
            count=len(rows),
            unsure=newest["outcome"] == Outcome.UNSURE,
            last=newest["ts"],
            voted_down=tuple(dict.fromkeys(voted)),
        )

    def question(self, key: int) -> str | None:
        """The logged question a gap's key names (None once the log dropped it)."""
        self.store.flush_log()
        row = self.store.db.execute("select question from questions where id = ?", [key])
        found = row.fetchone()
        return found[0] if found else None

    def closest(self, question: str) -> list[Fact]:
        """The facts a curator may link *question* to, nearest first."""
        return self.answering.closest(question, CLOSEST)

    def link(self, question: str, fact_id: str, actor: int) -> Fact:
        """Make *question* one of the fact's example questions (an audited edit that /undo
        reverts); raises UnknownFact or FactError (a full list) like any edit."""
        fact = self.curation.briefing.fact(fact_id)
        text = " ".join(question.replace("|", "/").split())[:MAX_QUESTION]
        current = list(fact.questions) if fact is not None else []
        if any(fold(q) == fold(text) for q in current):
            assert fact is not None
            return fact
        return self.curation.edit_fact(fact_id, "questions", " | ".join([*current, text]), actor)

    def dismiss(self, question: str, actor: int) -> None:
        """Leave *question* (and wordings alike) out of the gaps from now on."""
        with self.store.db.atomic():
            self.store.db.table("dismissed_gaps").upsert(
                {"question": fold(question), "ts": now(), "actor": actor}, pk="question"
            )
