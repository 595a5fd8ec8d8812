"""How the answers hold on phrasings nobody tuned for: the facts' own example questions,
each asked with it taken out of its fact.

``python -m bench.held_out [FOLDS] [-v]`` seeds a scratch briefing FOLDS times (default 5);
each time every fact loses every FOLDS-th of its example questions (a different share each
time), and the questions taken out are asked. An example question is searched beside its
fact, so asked with it in place it is answered by its own words; taken out, it is a new
reader's phrasing of what the fact says. A question counts as right when the answer is
"answered" and the first fact cited quotes the sentence of the fact it came from. ``-v``
prints each miss. The figure is for comparing changes, not a target: some example questions
are fairly answered by a neighbouring sentence.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from knowledge.outcomes import Outcome
from knowledge.service import Knowledge


def held_out(folds: int, verbose: bool = False) -> tuple[int, int, int]:
    """(asked, answered right, refused) over *folds* scratch briefings."""
    asked = right = refused = 0
    for fold in range(folds):
        with tempfile.TemporaryDirectory() as scratch:
            knowledge = Knowledge.open(Path(scratch) / "held-out.db")
            taken = []
            for fact in list(knowledge.briefing.store.facts()):
                out = fact.questions[fold::folds]
                if not out:
                    continue
                kept = [q for q in fact.questions if q not in out]
                knowledge.curation.edit_fact(fact.id, "questions", " | ".join(kept), actor=0)
                taken += [(question, fact) for question in out]
            for question, fact in taken:
                answer = knowledge.answering.ask(question)
                first = answer.results[0].fact_id if answer.results else None
                cited = knowledge.briefing.fact(first) if first else None
                good = answer.outcome == Outcome.ANSWERED and cited and cited.quote == fact.quote
                asked += 1
                right += bool(good)
                refused += answer.outcome == Outcome.ABSTAIN
                if verbose and not good:
                    print(
                        f"{answer.outcome.value} {answer.top_score:.0f} | {question} | "
                        f"want {fact.id}, got {first}"
                    )
            knowledge.close()
    return asked, right, refused


def main(argv: list[str]) -> None:
    folds = next((int(a) for a in argv if a.isdigit()), 5)
    asked, right, refused = held_out(folds, verbose="-v" in argv)
    print(
        f"held-out example questions ({folds} folds): answered right {right}/{asked} "
        f"({100 * right / asked:.1f} %), refused {refused}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
