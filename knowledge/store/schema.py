"""The database schema, as sqlite-utils migrations applied in order at every start."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database, Migrations

from knowledge.articles import Article

migrations = Migrations("briefbot")


@migrations()
def m001_initial(db: Database) -> None:
    """Articles, facts, vocabulary, audit trail, question log and feedback."""
    _content_tables(db)
    _history_tables(db)


def _content_tables(db: Database) -> None:
    """Articles, facts, entities and topics (part of m001)."""
    db.table("articles").create(
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
    db.table("facts").create(
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
    db.table("entities").create(
        {"id": str, "kind": str, "iso": str, "name_en": str, "name_ru": str, "aliases": str},
        pk="id",
    )
    db.table("topics").create(
        {"id": str, "name_en": str, "name_ru": str, "aliases": str},
        pk="id",
    )


def _history_tables(db: Database) -> None:
    """Audit trail, question log and feedback (part of m001)."""
    db.table("audit").create(
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
    db.table("audit").create_index(["actor", "id"])
    db.table("questions").create(
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
    db.table("questions").create_index(["outcome"])
    db.table("feedback").create(
        {"id": int, "ts": str, "user_id": int, "fact_id": str, "question": str, "value": int},
        pk="id",
    )


@migrations()
def m002_search_terms(db: Database) -> None:
    """Pre-processed search terms per fact, and a key-value table for store metadata."""
    db.table("facts").add_column("terms", str)
    db.table("meta").create({"key": str, "value": str}, pk="key")


@migrations()
def m003_fact_questions(db: Database) -> None:
    """Example questions per fact (a JSON list), searched beside its statements."""
    db.table("facts").add_column("questions", str)


@migrations()
def m004_follows(db: Database) -> None:
    """Readers (a chat's language, digest schedule, time zone), what they follow, and the
    outbox of notifications still to send (written with the fact change that causes them)."""
    db.table("readers").create(
        {
            "chat_id": int,
            "lang": str,
            "digest": str,  # off, daily or weekly
            "digest_time": str,  # HH:MM in the reader's time zone
            "timezone": str,  # an IANA name or a fixed offset such as +03:00
            "last_digest_at": str,  # UTC ISO time of the last digest
            "digest_seq": int,  # the last fact change (fact_changes.seq) a digest covered
            "next_digest_at": str,  # UTC ISO time the next digest is due
            "created_at": str,
        },
        pk="chat_id",
        defaults={"digest": "off", "timezone": "UTC"},
    )
    db.table("readers").create_index(["next_digest_at"])
    db.table("follows").create(
        {"chat_id": int, "subject": str, "created_at": str}, pk=("chat_id", "subject")
    )
    db.table("follows").create_index(["subject"])
    db.execute(
        """create table outbox (
            id integer primary key,
            chat_id integer not null,
            kind text not null,  -- fact or digest
            batch text not null,  -- one admin action: its facts reach a chat as one message
            fact_id text,  -- for kind fact
            payload text,  -- for kind digest: the JSON list of fact ids
            created_at text not null,
            sent_at text  -- null while pending
        )"""
    )
    # one pending notification per chat and fact; the pending ones are found by this index
    db.execute(
        "create unique index outbox_pending_fact on outbox (chat_id, fact_id)"
        " where sent_at is null and kind = 'fact'"
    )
    db.execute("create index outbox_pending on outbox (id) where sent_at is null")
    # changed facts in order, kept while some reader has a digest (what "new since" reads)
    db.execute("create table fact_changes (seq integer primary key, fact_id text, at text)")


@migrations()
def m005_quote_index(db: Database) -> None:
    """Facts by quote, to find the fact that already cites a quote."""
    db.table("facts").create_index(["quote"])


@migrations()
def m006_reader_languages(db: Database) -> None:
    """The reply language a user chose with /language (by user; the follows' ``readers`` are
    by chat)."""
    db.table("reader_languages").create({"user_id": int, "lang": str}, pk="user_id")


@migrations()
def m007_paragraph_index(db: Database) -> None:
    """Facts by article paragraph, to find what stands beside a fact a follow-up leans on."""
    db.table("facts").create_index(["article_id", "paragraph"])


@migrations()
def m008_sessions(db: Database) -> None:
    """The bot's conversation state (forms, follow-up context, pending buttons) by kind and
    key, as JSON, so that a restart resumes where each chat was."""
    db.table("sessions").create(
        {"kind": str, "key": str, "value": str, "updated_at": str}, pk=("kind", "key")
    )


@migrations()
def m009_dismissed_gaps(db: Database) -> None:
    """Questions a curator dismissed from /gaps (folded, so every wording alike stays out)."""
    db.table("dismissed_gaps").create({"question": str, "ts": str, "actor": int}, pk="question")


FTS_COLUMNS = ["statement", "statement_ru", "quote", "quote_en", "questions"]


def sentence_rows(article: Article) -> list[dict[str, Any]]:
    """An article's body sentences as rows of ``sentences`` (for the web view's "which
    sentences no fact cites")."""
    return [
        {"article_id": article.id, "paragraph": p.number, "number": n, "text": sentence}
        for p in article.paragraphs
        for n, sentence in enumerate(p.sentences, 1)
    ]


@migrations()
def m010_web_view(db: Database) -> None:
    """What the curator's web view (``briefbot web``) reads beyond the tables: full-text
    search over facts, kept up to date by triggers as admins write, and the articles'
    sentences."""
    db.table("facts").enable_fts(FTS_COLUMNS, fts_version="FTS5", create_triggers=True)
    db.table("sentences").create(
        {"article_id": str, "paragraph": int, "number": int, "text": str},
        pk=("article_id", "paragraph", "number"),
    )
    for row in db.query("select id, title, text from articles"):
        db.table("sentences").insert_all(
            sentence_rows(Article(row["id"], row["title"], row["text"]))
        )


# Facts' columns whose change alters the index (``terms`` is derived from them and rewritten
# alone when the analysis changes, which the stored index notices by its key instead).
INDEXED_COLUMNS = "id, statement, statement_ru, quote, quote_en, questions, date, entities, topics"


@migrations()
def m011_stored_index(db: Database) -> None:
    """The built search index as blobs (:mod:`knowledge.search.stored`) and the log of fact
    changes it is checked against: every insert, delete or edit of a fact, by whatever
    writer (the bot, ``briefbot import``, a raw SQL tool), adds a row through triggers, so
    the index loaded from its snapshot replays exactly the facts changed since."""
    db.execute("create table search_index (part text primary key, data blob not null)")
    db.table("facts").create_index(["deleted"])  # live facts counted without a table scan
    db.execute(
        "create table fact_log (seq integer primary key autoincrement, fact_id text not null)"
    )
    db.execute(
        "create trigger fact_log_insert after insert on facts"
        " begin insert into fact_log (fact_id) values (new.id); end"
    )
    db.execute(
        f"create trigger fact_log_update after update of {INDEXED_COLUMNS}, deleted on facts"
        " begin insert into fact_log (fact_id) values (new.id);"
        " insert into fact_log (fact_id) select old.id where old.id != new.id; end"
    )
    db.execute(
        "create trigger fact_log_delete after delete on facts"
        " begin insert into fact_log (fact_id) values (old.id); end"
    )


@migrations()
def m012_outbox_rows_per_change(db: Database) -> None:
    """Every change to a followed fact gets its own outbox row. The unique index kept one
    pending row per chat and fact, so a change made while that row's message was on its way
    (sent, not yet marked) was dropped and its readers never heard of it; the sender now folds
    a chat's pending rows of one fact into one message instead (``Subscriptions.pending``)."""
    db.execute("drop index if exists outbox_pending_fact")
