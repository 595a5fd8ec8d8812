"""Seeding: the curated knowledge of ``knowledge/data`` loaded into a database.

Idempotent, and never at the expense of admins: a curated fact is refreshed from the files
only while no admin has touched it; admin-made, admin-edited and deleted facts are never
overwritten. When the curated files are unchanged since the last seeding (their digest is kept
in the store's ``meta``), nothing is read twice.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from knowledge.articles import bundled_articles
from knowledge.facts import validate
from knowledge.store.bundle import digest, read_table
from knowledge.store.database import Store, label_rows, now


def record_hash(record: dict[str, Any]) -> str:
    """A digest of one curated record, to tell whether the file changed it."""
    return hashlib.sha1(json.dumps(record, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def seed(store: Store) -> int:
    """Load the curated knowledge; returns how many facts were inserted or refreshed."""
    files_digest = digest("facts", "entities", "topics", "synonyms", "articles")
    if store.meta("seed") == files_digest:
        return 0
    articles = {a.id: a for a in bundled_articles()}
    db = store.db
    with db.atomic():
        for article in articles.values():
            if not db.table("articles").count_where("id = ?", [article.id]):
                store.insert_article(article)
        for table in ("entities", "topics"):
            db.table(table).upsert_all(label_rows(read_table(table)), pk="id")
        existing = {
            row["id"]: row
            for row in db.query("select id, seed_hash, admin_touched, origin from facts")
        }
        changed = 0
        for record in read_table("facts"):
            digest_of_record = record_hash(record)
            row = existing.get(record["id"])
            if row is not None and (
                row["admin_touched"]
                or row["origin"] != "seed"
                or row["seed_hash"] == digest_of_record
            ):
                continue
            fact = validate(record, articles, origin="seed")
            row = {**fact.to_row(), "terms": None, "seed_hash": digest_of_record}
            db.table("facts").upsert({**row, "admin_touched": 0, "updated_at": now()}, pk="id")
            changed += 1
        db.table("meta").upsert({"key": "seed", "value": files_digest}, pk="key")
    return changed
