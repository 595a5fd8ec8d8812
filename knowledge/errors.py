"""What the domain refuses, as one hierarchy: every input it will not take raises a
:class:`Refused`, whose message is written for the person who gave the input.

The bot catches :class:`Refused` and nothing broader, so a bug (a ``KeyError``, a
``TypeError``) is never dressed up as "Not saved: …" for an admin: it reaches the error
handler and the log as what it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from knowledge.facts import Fact

__all__ = [
    "ArticleError",
    "DuplicateArticle",
    "DuplicateQuote",
    "EvalFileError",
    "FactError",
    "Refused",
    "UnknownFact",
]


class Refused(ValueError):
    """Input the briefing will not take; the message says why, for the person who sent it."""


class FactError(Refused):
    """A fact that cannot be accepted; ``closest`` holds article sentences near a bad quote."""

    def __init__(self, message: str, closest: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.closest = list(closest)


class DuplicateQuote(FactError):
    """Another live fact already cites the same quote from the same source."""

    def __init__(self, fact: Fact) -> None:
        super().__init__(f"the quote is already used by fact '{fact.id}'")
        self.fact = fact


class UnknownFact(Refused):
    """No live fact has the id an admin gave."""

    def __init__(self, fact_id: str) -> None:
        super().__init__(f"there is no fact '{fact_id}'")
        self.fact_id = fact_id


class ArticleError(Refused):
    """An article that cannot be added: no title or text, a bad link, nothing to cite."""


class DuplicateArticle(ArticleError):
    """The text of a new article is already stored, under another id."""

    def __init__(self, article_id: str) -> None:
        super().__init__(f"this text is already stored as article '{article_id}'")
        self.article_id = article_id


class EvalFileError(Refused):
    """A question set that cannot be read; the message names the file and the line."""
