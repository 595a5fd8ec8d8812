"""How long the bot's replies are, as a phone shows them.

``python -m bench.reply_lengths [QUESTIONS.jsonl ...]`` renders the Telegram reply to each
question (lines of ``{"q": ...}``; default ``bench/questions.jsonl``) on a freshly seeded
briefing, and the /brief overall and on each subject, then prints the median and maximum
visible length (what Telegram counts: text without markup, in UTF-16 units) per kind of
reply, per shown fact, and of the briefs. Nothing is logged.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from bot.render import answer_reply, brief_html, visible_length
from knowledge.service import Knowledge

DEFAULT = Path(__file__).with_name("questions.jsonl")


def questions(paths: list[Path]) -> list[str]:
    """The questions of the given JSONL files."""
    found = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.append(json.loads(line)["q"])
    return found


def measure(knowledge: Knowledge, asked: list[str]) -> dict[str, list[int]]:
    """Visible lengths by kind: each outcome's replies, each fact shown, and the briefs."""
    lengths: dict[str, list[int]] = defaultdict(list)
    for question in asked:
        answer = knowledge.answering.ask(question)
        text, shown = answer_reply(answer)
        lengths[answer.outcome].append(visible_length(text))
        lengths["every reply"].append(visible_length(text))
        if answer.outcome == "answered":
            lengths["one fact with its citation"] += [
                visible_length(block) for block in text.split("\n\n")[:shown]
            ]
    subjects = [None, *(tc.concept for tc in knowledge.browsing.topic_counts())]
    for concept in subjects:
        for lang in ("en", "ru"):
            results = knowledge.browsing.brief(concept, lang)
            title = concept.name(lang) if concept else "Briefing"
            lengths["/brief"].append(visible_length(brief_html(title, results, lang)[0]))
    return lengths


def main(argv: list[str]) -> int:
    """Print the table of lengths."""
    paths = [Path(a) for a in argv] or [DEFAULT]
    with tempfile.TemporaryDirectory() as directory:
        knowledge = Knowledge.open(Path(directory) / "lengths.db")
        try:
            lengths = measure(knowledge, questions(paths))
        finally:
            knowledge.close()
    print(f"{'reply':<28} {'n':>4} {'median':>7} {'max':>5}")
    for kind, values in sorted(lengths.items()):
        print(f"{kind:<28} {len(values):>4} {statistics.median(values):>7.0f} {max(values):>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
