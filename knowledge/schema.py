"""The database schema, as sqlite-utils migrations applied in order at every start."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("briefbot")


@migrations()
def m001_initial(db: Database) -> None:
    """Articles, facts, vocabulary, audit trail, question log and feedback."""
    db["articles"].create(
        {
            "id": str,
            "title": str,
            "title_en": str,
            "outlet": str,
            "lang": str,
            "date": str,
            "url": str,
            "text": str,
            "origin": str,
            "created_at": str,
        },
        pk="id",
    )
    db["facts"].create(
        {
            "id": str,
            "statement": str,
            "statement_ru": str,
            "quote": str,
            "quote_en": str,
            "source": str,
            "article_id": str,
            "paragraph": int,
            "date": str,
            "entities": str,
            "topics": str,
            "origin": str,
            "deleted": int,
            "seed_hash": str,
            "admin_touched": int,
            "updated_at": str,
            "updated_by": int,
        },
        pk="id",
        defaults={"deleted": 0, "admin_touched": 0},
    )
    db["entities"].create(
        {"id": str, "kind": str, "iso": str, "name_en": str, "name_ru": str, "aliases": str},
        pk="id",
    )
    db["topics"].create(
        {"id": str, "name_en": str, "name_ru": str, "aliases": str},
        pk="id",
    )
    db["audit"].create(
        {
            "id": int,
            "ts": str,
            "actor": int,
            "action": str,
            "fact_id": str,
            "before": str,
            "after": str,
            "undone": int,
        },
        pk="id",
        defaults={"undone": 0},
    )
    db["audit"].create_index(["actor", "id"])
    db["questions"].create(
        {
            "id": int,
            "ts": str,
            "user_id": int,
            "question": str,
            "lang": str,
            "outcome": str,
            "top_score": float,
            "top_fact": str,
        },
        pk="id",
    )
    db["questions"].create_index(["outcome"])
    db["feedback"].create(
        {"id": int, "ts": str, "user_id": int, "fact_id": str, "question": str, "value": int},
        pk="id",
    )


@migrations()
def m002_search_terms(db: Database) -> None:
    """Pre-processed search terms per fact, and a key-value table for store metadata."""
    db["facts"].add_column("terms", str)
    db["meta"].create({"key": str, "value": str}, pk="key")


@migrations()
def m003_fact_questions(db: Database) -> None:
    """Example questions per fact (a JSON list), searched beside its statements."""
    db["facts"].add_column("questions", str)


@migrations()
def m004_quote_index(db: Database) -> None:
    """Facts by quote, to find the fact that already cites a quote."""
    db["facts"].create_index(["quote"])
