"""The backup format: one JSON Lines file that rebuilds the knowledge in an empty database.

A backup is a fact file with more kinds of line. Fact lines are plain fact records (the
exchange format that ``import`` has always read), so any fact file is a backup of facts
only. Every other line carries a ``type``:

- ``{"type": "backup", "format": 1}`` first, saying what the file is;
- ``{"type": "article", "id", "title", "text", ...}`` every article with its metadata and
  verbatim text, those added with /addarticle included, before the facts that cite them;
- ``{"type": "entity", ...}`` and ``{"type": "topic", ...}`` the vocabulary, aliases included;
- ``{"type": "deleted", "id"}`` a deleted fact, so a curated fact an admin deleted stays
  deleted when the backup is restored over a freshly seeded database.

Restoring adds what the database lacks and never overwrites an article, entity or topic it
already has: an article with the same id but another text is refused (its line reported).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from knowledge.articles import Article
from knowledge.errors import FactError
from knowledge.facts import Fact

FORMAT = 1
TYPE = "type"  # the key that marks a line as something other than a fact
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}")
MAX_LABEL_ID = 100  # characters of an entity or topic id (buttons carry a long one by a key)
_LABEL_ID = re.compile(rf"[a-z0-9][a-z0-9_.:-]{{0,{MAX_LABEL_ID - 1}}}")
_FOLLOW_PREFIX = "topic:"  # a follow key names a topic so (knowledge/subscriptions.py)
_ARTICLE_FIELDS = ("id", "title", "title_en", "outlet", "lang", "date", "url", "text", "origin")
_LABEL_FIELDS = {
    "entity": ("id", "kind", "iso", "name_en", "name_ru", "aliases"),
    "topic": ("id", "name_en", "name_ru", "aliases"),
}


@dataclass
class Extras:
    """The lines of a backup that are not facts, parsed, each with its line number."""

    articles: list[tuple[int, Article]] = field(default_factory=list)
    entities: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    topics: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    deleted: list[tuple[int, str]] = field(default_factory=list)

    def waiting(self) -> bool:
        """Whether articles, entities or topics wait to be added (the facts after them in
        the file are checked with them)."""
        return bool(self.articles or self.entities or self.topics)


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def dump(
    articles: Iterable[Article],
    entities: Iterable[dict[str, Any]],
    topics: Iterable[dict[str, Any]],
    facts: Iterable[Fact],
) -> str:
    """The backup text: header, articles, entities, topics, live facts, deleted fact ids.

    Deterministic (no time stamp, articles by id), so exporting a restored database gives
    the same file.
    """
    lines = [_line({TYPE: "backup", "format": FORMAT})]
    lines += [
        _line({TYPE: "article", **{k: getattr(a, k) for k in _ARTICLE_FIELDS}})
        for a in sorted(articles, key=lambda article: article.id)
    ]
    lines += [_line({TYPE: "entity", **e}) for e in entities]
    lines += [_line({TYPE: "topic", **t}) for t in topics]
    deleted = []
    for fact in facts:
        if fact.deleted:
            deleted.append(_line({TYPE: "deleted", "id": fact.id}))
        else:
            lines.append(_line(fact.to_record()))
    return "".join(lines + deleted)


def _text(record: dict[str, Any], key: str, required: bool = False) -> str | None:
    value = record.get(key)
    if value is None or value == "":
        if required:
            raise FactError(f"'{key}' is required")
        return None
    if not isinstance(value, str):
        raise FactError(f"'{key}' must be text")
    return value


def _id(record: dict[str, Any]) -> str:
    """An article's or a deleted fact's id, trimmed (an id ending in a line break could be
    stored but never found again)."""
    value = (_text(record, "id", required=True) or "").strip()
    if not _ID.fullmatch(value):
        raise FactError("'id' must be 1-80 letters, digits or . _ : - (starting with one)")
    return value


def _label_id(record: dict[str, Any]) -> str:
    """An entity's or topic's id, trimmed and in lower case, of a bounded length and plain
    characters (``bot/keyboards.py`` gives buttons a short key for a long one)."""
    value = (_text(record, "id", required=True) or "").strip().lower()
    if not _LABEL_ID.fullmatch(value) or value.startswith(_FOLLOW_PREFIX):
        raise FactError(
            f"'id' must be 1-{MAX_LABEL_ID} lower-case letters, digits or . _ : - (starting"
            f" with a letter or digit, not with '{_FOLLOW_PREFIX}'), not {value[:100]!r}"
        )
    return value


def _article(record: dict[str, Any]) -> Article:
    title, text = _text(record, "title", True), _text(record, "text", True)
    assert title is not None and text is not None
    article = Article(
        id=_id(record),
        title=title,
        text=text,
        title_en=_text(record, "title_en"),
        outlet=_text(record, "outlet"),
        lang=_text(record, "lang") or "ru",
        date=_text(record, "date"),
        url=_text(record, "url"),
        origin=_text(record, "origin") or "admin",
    )
    if not article.paragraphs:
        raise FactError(f"article '{article.id}' has no paragraphs to cite")
    return article


def _label(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"id": _label_id(record)}
    for key in _LABEL_FIELDS[kind][1:]:
        if key == "aliases":
            aliases = record.get("aliases") or []
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise FactError("'aliases' must be a list of texts")
            row["aliases"] = aliases
        else:
            row[key] = _text(record, key, required=key in ("name_en", "name_ru", "kind"))
    return row


def read_extra(line: int, record: dict[str, Any], extras: Extras) -> None:
    """Add one typed line of a backup to *extras*; raises FactError when it is malformed."""
    kind = record[TYPE]
    allowed = (
        {
            "backup": (TYPE, "format"),
            "article": (TYPE, *_ARTICLE_FIELDS),
            "entity": (TYPE, *_LABEL_FIELDS["entity"]),
            "topic": (TYPE, *_LABEL_FIELDS["topic"]),
            "deleted": (TYPE, "id"),
        }.get(kind)
        if isinstance(kind, str)
        else None
    )
    if allowed is None:
        raise FactError(f"unknown line type {kind!r}; expected backup, article, entity, topic")
    unknown = set(record) - set(allowed)
    if unknown:
        raise FactError(f"unknown field(s) of {kind}: {', '.join(sorted(unknown))}")
    if kind == "backup":
        if not isinstance(record.get("format"), int) or record["format"] > FORMAT:
            raise FactError(f"backup format {record.get('format')!r} is not one this version reads")
    elif kind == "article":
        extras.articles.append((line, _article(record)))
    elif kind == "deleted":
        extras.deleted.append((line, _id(record)))
    else:
        target = extras.entities if kind == "entity" else extras.topics
        target.append((line, _label(kind, record)))
