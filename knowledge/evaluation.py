"""Measuring the engine on a question set (the ``../shared/eval`` JSONL format)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from knowledge.engine import Knowledge


@dataclass
class EvalReport:
    """Counts and misses of one evaluation run."""

    answerable: int = 0
    top1: int = 0
    top3: int = 0
    offtopic: int = 0
    abstained: int = 0
    misses: list[str] = field(default_factory=list)


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def _hit(quote: str, expect_any: list[str]) -> bool:
    return any(_norm(e) in _norm(quote) for e in expect_any)


def evaluate(knowledge: Knowledge, path: Path) -> EvalReport:
    """Ask every question of the set (without logging it) and score the answers."""
    report = EvalReport()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        answer = knowledge.ask(item["q"], log=False)
        quotes = [r.quote for r in answer.results] if answer.answered else []
        if item.get("abstain"):
            report.offtopic += 1
            if not answer.answered:
                report.abstained += 1
            else:
                report.misses.append(f"should abstain: {item['q']!r} -> {quotes[0][:70]!r}")
            continue
        report.answerable += 1
        expect = item["expect_any"]
        if quotes and _hit(quotes[0], expect):
            report.top1 += 1
        if any(_hit(q, expect) for q in quotes[:3]):
            report.top3 += 1
        else:
            got = quotes[0][:70] if quotes else f"<{answer.outcome}, {answer.top_score:.0f}>"
            report.misses.append(f"missed: {item['q']!r} -> {got!r}")
        if quotes and not _hit(quotes[0], expect) and any(_hit(q, expect) for q in quotes[:3]):
            report.misses.append(f"top-3 only: {item['q']!r} -> {quotes[0][:70]!r}")
    return report


def format_report(report: EvalReport) -> str:
    """A short human-readable summary, misses first."""

    def pct(n: int, d: int) -> str:
        return f"{n}/{d} ({100 * n / d:.1f} %)" if d else "n/a"

    lines = [*report.misses]
    if report.misses:
        lines.append("")
    lines += [
        f"top-1:      {pct(report.top1, report.answerable)}",
        f"top-3:      {pct(report.top3, report.answerable)}",
        f"abstention: {pct(report.abstained, report.offtopic)}",
    ]
    return "\n".join(lines)
