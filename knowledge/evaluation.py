"""Measuring the engine on a question set, one figure per kind of question.

The set is JSON Lines; each line has ``q`` and one of: ``expect_any`` (answerable: a cited
quote must contain one of these fragments; with ``after``, earlier questions asked first in
the same chat), ``abstain``, ``not_stated`` or ``smalltalk`` (see the README).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knowledge.answering import Answering
from knowledge.errors import EvalFileError
from knowledge.language.words import LETTER_VARIANTS
from knowledge.outcomes import Answer, Outcome

__all__ = ["EvalReport", "evaluate", "format_report", "read_items"]


@dataclass
class Tally:
    """Counts for one kind of question."""

    total: int = 0
    right: int = 0  # top-1 for answerable kinds, a right outcome for the others
    confident: int = 0  # answerable: right and answered (not merely unsure)
    top3: int = 0


@dataclass
class EvalReport:
    """Counts per kind, and every miss."""

    kinds: dict[str, Tally] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def tally(self, kind: str) -> Tally:
        """The counts of one kind, created on first use."""
        return self.kinds.setdefault(kind, Tally())


_VARIANTS = str.maketrans(LETTER_VARIANTS)  # ё and е are one letter to an expected fragment


def _norm(text: str) -> str:
    return " ".join(text.casefold().translate(_VARIANTS).split())


def _hit(quote: str, expect_any: list[str]) -> bool:
    return any(_norm(e) in _norm(quote) for e in expect_any)


def read_items(path: Path) -> list[dict[str, Any]]:
    """The items of a question set; raises :class:`EvalFileError` with the bad line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise EvalFileError(f"cannot read {path}: {error}") from error
    items = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            raise EvalFileError(f"{path}:{number}: not valid JSON ({error.msg})") from error
        kinds = {"expect_any", "abstain", "not_stated", "smalltalk"}.intersection(item or {})
        if not isinstance(item, dict) or not isinstance(item.get("q"), str) or not kinds:
            raise EvalFileError(
                f"{path}:{number}: a line needs 'q' and one of expect_any, abstain, "
                "not_stated, smalltalk"
            )
        items.append(item)
    return items


def _ask(answering: Answering, item: dict[str, Any]) -> Answer:
    follow_up = None
    for earlier in item.get("after", []):
        follow_up = answering.ask(earlier, follow_up=follow_up).follow_up
    return answering.ask(item["q"], follow_up=follow_up)


def evaluate(answering: Answering, items: list[dict[str, Any]]) -> EvalReport:
    """Ask every question of the set (nothing is logged) and score the answers."""
    report = EvalReport()
    for item in items:
        answer = _ask(answering, item)
        quotes = [r.quote for r in answer.results]
        first = quotes[0][:70] if quotes else ""
        shown = f"<{answer.outcome} {answer.top_score:.0f}> {first!r}"
        if "expect_any" in item:
            kind = "follow-up" if item.get("after") else "answerable"
            tally = report.tally(kind)
            tally.total += 1
            cited = quotes if answer.outcome in (Outcome.ANSWERED, Outcome.UNSURE) else []
            if cited and _hit(cited[0], item["expect_any"]):
                tally.right += 1
                tally.confident += answer.outcome == Outcome.ANSWERED
            if any(_hit(q, item["expect_any"]) for q in cited[:3]):
                tally.top3 += 1
            if not (cited and _hit(cited[0], item["expect_any"]) and answer.answered):
                report.misses.append(f"{kind}: {item['q']!r} -> {shown}")
            continue
        kind = next(k for k in ("abstain", "not_stated", "smalltalk") if item.get(k))
        tally = report.tally(kind)
        tally.total += 1
        right = answer.outcome == Outcome.SMALLTALK if kind == "smalltalk" else not answer.answered
        tally.right += right
        if not right:
            report.misses.append(f"{kind}: {item['q']!r} -> {shown}")
    return report


def format_report(report: EvalReport) -> str:
    """A short human-readable summary: misses first, then one line per kind."""

    def pct(n: int, d: int) -> str:
        return f"{n}/{d} ({100 * n / d:.1f} %)" if d else "n/a"

    lines = [*report.misses]
    if report.misses:
        lines.append("")
    for kind, tally in report.kinds.items():
        if kind in ("answerable", "follow-up"):
            lines.append(
                f"{kind + ':':12} top-1 {pct(tally.right, tally.total)}, "
                f"top-3 {pct(tally.top3, tally.total)}, "
                f"answered right {pct(tally.confident, tally.total)}"
            )
        else:
            verb = "replied as small talk" if kind == "smalltalk" else "not answered"
            lines.append(f"{kind + ':':12} {verb} {pct(tally.right, tally.total)}")
    return "\n".join(lines)
