"""What a user would pick instead of the engine, run on the same facts and questions.

* SQLite FTS5 over every text column a question may match (statement, Russian statement,
  quote, its translation, example questions), the question's stop words dropped and its
  other words OR-ed, ranked by bm25: the database's own full-text search.
* rapidfuzz ``token_set_ratio`` over the same texts, preprocessed: the fuzzy scan.

Both answer "which three facts?", so their recall@3 stands beside their speed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from rapidfuzz import fuzz, process, utils

from knowledge.language.words import content_tokens

TEXT_FIELDS = ("statement", "statement_ru", "quote", "quote_en", "questions")


def _texts(record: dict) -> list[str]:
    values = [record.get(field) or "" for field in TEXT_FIELDS]
    return [" ".join(v) if isinstance(v, list) else str(v) for v in values]


class Fts5:
    """An in-memory FTS5 table of the facts' texts."""

    def __init__(self, records: Iterable[dict]) -> None:
        self.db = sqlite3.connect(":memory:")
        columns = ", ".join(TEXT_FIELDS)
        self.db.execute(f"create virtual table f using fts5(id unindexed, {columns})")
        self.db.executemany(
            f"insert into f values (?, {', '.join('?' * len(TEXT_FIELDS))})",
            ([r["id"], *_texts(r)] for r in records),
        )
        self.db.commit()

    def top3(self, question: str) -> list[str]:
        """The ids of the three best facts by bm25 for the question's content words."""
        words = [w.replace('"', "") for w in content_tokens(question)]
        if not words:
            return []
        match = " OR ".join(f'"{w}"' for w in words if w)
        rows = self.db.execute("select id from f where f match ? order by bm25(f) limit 3", [match])
        return [fact_id for (fact_id,) in rows]


class TokenSet:
    """A rapidfuzz scan of the facts' joined texts with ``token_set_ratio``."""

    def __init__(self, records: Iterable[dict]) -> None:
        self.ids: list[str] = []
        self.texts: list[str] = []
        for record in records:
            self.ids.append(record["id"])
            self.texts.append(utils.default_process(" ".join(_texts(record))))

    def top3(self, question: str) -> list[str]:
        """The ids of the three facts whose texts share the most words with the question."""
        found = process.extract(
            utils.default_process(question),
            self.texts,
            scorer=fuzz.token_set_ratio,
            processor=None,
            limit=3,
        )
        return [self.ids[i] for _, _, i in found]
