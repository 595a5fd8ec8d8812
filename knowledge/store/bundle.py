"""The one reader of the curated data shipped in ``knowledge/data`` (see its README).

Every table there is JSON Lines, one record a line; article texts are plain ``.txt`` files.
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

TABLES = ("articles", "facts", "entities", "topics", "synonyms", "world", "cases_ru")


def _path(name: str) -> Traversable:
    return resources.files("knowledge") / "data" / name


def read_text(name: str) -> str:
    """A data file's text (``articles/china-azerbaijan.ru.txt``, ``synonyms.jsonl``)."""
    return _path(name).read_text(encoding="utf-8")


def read_table(table: str) -> list[dict[str, Any]]:
    """The records of one table (``facts``, ``entities``, ...), in file order.

    Topics come with their full aliases: the words of every synonym group a topic lists under
    ``synonyms`` name it too, so no word is written in both files.
    """
    lines = read_text(f"{table}.jsonl").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return _with_group_words(records) if table == "topics" else records


def _with_group_words(topics: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups = {
        group["id"]: [*group.get("en", []), *group.get("ru", [])]
        for group in read_table("synonyms")
    }
    resolved = []
    for topic in topics:
        listed = topic.pop("synonyms", [])
        if unknown := [group for group in listed if group not in groups]:
            raise ValueError(f"topic {topic['id']!r} lists unknown synonym groups {unknown}")
        words = [word for group in listed for word in groups[group]]
        resolved.append({**topic, "aliases": [*topic["aliases"], *words]})
    return resolved


def digest(*tables: str) -> str:
    """A digest of some tables (and, with ``articles``, the article texts), to spot changes."""
    sha = hashlib.sha1()
    for table in tables:
        sha.update(_path(f"{table}.jsonl").read_bytes())
        if table == "articles":
            for record in read_table("articles"):
                sha.update(_path(f"articles/{record['file']}").read_bytes())
    return sha.hexdigest()
