"""The SQLite store (through sqlite-utils): schema migrations, seeding, facts, audit and logs."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid
from collections.abc import Callable, Generator, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from knowledge.articles import Article
from knowledge.facts import ROW_FIELDS, Fact, json_labels
from knowledge.store.journal import Journal
from knowledge.store.schema import FTS_COLUMNS, migrations, sentence_rows

BUSY_TIMEOUT_MS = 5000  # how long a connection waits for another one's write lock


def now() -> str:
    """Current UTC time as ISO text."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class WritingDatabase(Database):
    """sqlite-utils' Database whose transactions begin as writes (``BEGIN IMMEDIATE``): a
    transaction that reads and then writes would otherwise get no wait for another
    connection's lock (SQLite cannot upgrade a read it began before that lock) and fail at
    once; begun as a write, it waits ``busy_timeout`` for the lock, then sees the latest data."""

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        """A transaction (a savepoint when one is open already), begun as a write."""
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")


FTS_TABLE = "facts_fts"  # sqlite-utils' full-text table of facts (schema.m010_web_view)
FTS_TRIGGERS = ["facts_ai", "facts_au"]  # and its triggers that index inserted and updated rows
# A fact's own columns, not its stored search terms: reading a few facts a question, at a
# million facts the wider rows cost a third more.
_SELECT_FACTS = "select " + ", ".join(f'"{name}"' for name in ROW_FIELDS) + " from facts"

# (id, entity labels, topic ids, search terms) of a live fact, as the index takes it in
SearchRow = tuple[str, tuple[str, ...], tuple[str, ...], str | None]


def label_rows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entity or topic records as rows (aliases as JSON text)."""
    return [{**r, "aliases": json.dumps(r.get("aliases", []), ensure_ascii=False)} for r in rows]


class Store:
    """All reads and writes of the SQLite database."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if str(self.path) != ":memory:" and self.path.parent != Path(""):
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # One connection, usable from the thread that asks and from tests or tools beside it.
        self.db = WritingDatabase(self._connect())
        in_memory = str(self.path) == ":memory:"
        if not in_memory:
            self.db.enable_wal()
        migrations.apply(self.db)
        #: called inside the transaction that saves facts, before they are written, with the
        #: facts and the action: what a hook writes (followers' notifications) commits with them
        self.fact_hooks: list[Callable[[list[Fact], str], None]] = []
        self.journal = Journal(
            (lambda: self.db.conn) if in_memory else self._connect, threaded=not in_memory
        )
        self._data_version = self._read_data_version()
        #: log positions before and after this store's newest save of facts
        self.written = (0, 0)
        #: the first row id a running :meth:`bulk_writing` inserted, while one runs
        self._bulk_from: int | None = None
        #: the id of the running :meth:`bulk_writing`, which its saves share (their
        #: notifications are one batch)
        self.bulk_id: str | None = None
        #: the facts' indexes a running :meth:`bulk_writing` dropped, to build at its end
        self._dropped_indexes: list[str] = []

    def _connect(self) -> sqlite3.Connection:
        """A connection with the settings every one needs: a wait for another connection's
        write lock, and WAL with synchronous=NORMAL (a committed change survives a killed
        process, as the WAL is in the OS cache; commits skip the fsync)."""
        conn = sqlite3.connect(self.path, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def close(self) -> None:
        """Write the pending question log and close the database connection."""
        self.journal.close()
        self.db.close()

    def try_begin_write(self) -> bool:
        """Begin a write transaction if no other connection holds the write lock now; False
        (and nothing begun) when one does. For callers that wait without blocking (the bot's
        event loop), then run their changes inside it and :meth:`end_write`."""
        conn = self.db.conn  # the statements as they are: they run after every update
        conn.execute("PRAGMA busy_timeout=0")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                return False
            raise
        finally:
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return True

    def end_write(self, commit: bool) -> None:
        """Commit (or roll back) the transaction :meth:`try_begin_write` began."""
        if self.db.conn.in_transaction:
            self.db.conn.execute("COMMIT" if commit else "ROLLBACK")

    # -- other processes -----------------------------------------------------------------

    def _read_data_version(self) -> int:
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def changed_elsewhere(self) -> bool:
        """True when another connection (another process: ``briefbot import``, a second bot)
        committed since the last call; a cheap check (SQLite's ``data_version``)."""
        version = self._read_data_version()
        changed, self._data_version = version != self._data_version, version
        return changed

    def change_mark(self) -> tuple[int, int, int]:
        """(newest audit record, articles, entities and topics): cheap to read (no table is
        scanned), and different whenever facts, articles or the vocabulary changed, as every
        change of a fact or an article is audited."""
        audit, articles, labels = self.db.execute(
            "select (select coalesce(max(id), 0) from audit), (select count(*) from articles),"
            " (select count(*) from entities) + (select count(*) from topics)"
        ).fetchone()
        return int(audit), int(articles), int(labels)

    # -- the stored index ----------------------------------------------------------------

    @contextlib.contextmanager
    def _reading(self) -> Iterator[None]:
        """A read transaction (SQLite's deferred one: no write lock), unless one is open."""
        if self.db.conn.in_transaction:
            yield
            return
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            if self.db.conn.in_transaction:
                self.db.execute("COMMIT")

    @contextlib.contextmanager
    def _writing_facts(self) -> Iterator[None]:
        """A write transaction that saves facts, noting in :attr:`written` the log positions
        before and after it, so the index that takes these facts in knows it is current."""
        with self.db.atomic():
            before = self.fact_seq()
            yield
            after = self.fact_seq()
        self.written = (before, after)

    def fact_seq(self) -> int:
        """The newest position in the log of fact changes (0 when none was ever logged; kept
        when the log is emptied, as the log counts with AUTOINCREMENT)."""
        row = self.db.execute(
            "select coalesce(max(seq), 0) from sqlite_sequence where name = 'fact_log'"
        ).fetchone()
        return int(row[0])

    def changed_since(self, seq: int) -> tuple[int, list[str], list[SearchRow]]:
        """What the fact log holds after *seq*: (its newest position, the ids changed, and
        (id, entity labels, topic ids, search terms) of those still live, in table order)."""
        with self._reading():  # one consistent view of the log and the facts
            newest = self.fact_seq()
            ids = [
                row[0]
                for row in self.db.execute(
                    "select distinct fact_id from fact_log where seq > ? and seq <= ?",
                    [seq, newest],
                )
            ]
            cursor = self.db.execute(
                "select id, entities, topics, terms from facts where deleted = 0 and id in"
                " (select fact_id from fact_log where seq > ? and seq <= ?) order by rowid",
                [seq, newest],
            )
            live = [(i, json_labels(e), json_labels(t), terms) for i, e, t, terms in cursor]
        return newest, ids, live

    def fact_log_kept_from(self) -> int:
        """The log position after which every fact change is still logged."""
        return int(self.meta("fact_log_pruned") or 0)

    def search_index(self) -> dict[str, bytes]:
        """The stored index's parts by name (empty when none is stored)."""
        rows = self.db.execute("select part, data from search_index")
        return {part: bytes(data) for part, data in rows}

    def save_search_index(self, parts: dict[str, bytes], seq: int) -> None:
        """Replace the stored index with *parts* (a snapshot at log position *seq*), and drop
        the log up to the snapshot this one replaces: a running process that was current
        with that one still finds every change since in the log, and takes them in a batch
        at a time instead of loading the whole index again."""
        replaced = int(self.meta("search_index_seq") or 0)
        with self.db.atomic():
            self.db.execute("delete from search_index")
            self.db.conn.executemany(
                "insert into search_index (part, data) values (?, ?)", list(parts.items())
            )
            pruned = min(replaced, seq)
            self.db.execute("delete from fact_log where seq <= ?", [pruned])
            for key, value in (
                ("fact_log_pruned", max(pruned, self.fact_log_kept_from())),
                ("search_index_seq", seq),
            ):
                self.db.table("meta").upsert({"key": key, "value": str(value)}, pk="key")

    # -- articles ------------------------------------------------------------------------

    def insert_article(self, article: Article) -> None:
        """Insert an article row (inside the caller's transaction)."""
        self.db.table("articles").insert(
            {
                "id": article.id,
                "title": article.title,
                "title_en": article.title_en,
                "outlet": article.outlet,
                "lang": article.lang,
                "date": article.date,
                "url": article.url,
                "text": article.text,
                "origin": article.origin,
                "created_at": now(),
            }
        )
        self.db.table("sentences").insert_all(sentence_rows(article))

    def articles(self) -> list[Article]:
        """Every stored article, oldest first."""
        rows = self.db.query("select * from articles order by created_at, id")
        return [
            Article(
                id=r["id"],
                title=r["title"],
                title_en=r["title_en"],
                text=r["text"],
                outlet=r["outlet"],
                lang=r["lang"] or "ru",
                date=r["date"],
                url=r["url"],
                origin=r["origin"] or "seed",
            )
            for r in rows
        ]

    def add_article(self, article: Article, actor: int) -> None:
        """Insert an admin's article with its audit record, in one transaction."""
        with self.db.atomic():
            self.insert_article(article)
            self._audit(actor, "addarticle", article.id, None, {"title": article.title})

    def add_articles(self, articles: list[Article], actor: int) -> None:
        """Insert restored articles in one transaction, with one audit record."""
        with self.db.atomic():
            for article in articles:
                self.insert_article(article)
            self._audit(actor, "restore", None, None, {"articles": [a.id for a in articles]})

    # -- facts ---------------------------------------------------------------------------

    def facts(self, include_deleted: bool = False) -> Iterator[Fact]:
        """Every fact, in insertion order."""
        where = "" if include_deleted else "where deleted = 0"
        cursor = self.db.execute(f"{_SELECT_FACTS} {where} order by rowid")
        columns = [d[0] for d in cursor.description]
        for values in cursor:
            yield Fact.from_row(dict(zip(columns, values, strict=True)))

    def search_rows(self) -> Iterator[SearchRow]:
        """(id, entity labels, topic ids, stored search terms) of every live fact, in order."""
        cursor = self.db.execute(
            "select id, entities, topics, terms from facts where deleted = 0 order by rowid"
        )
        for fact_id, entities, topics, terms in cursor:
            yield fact_id, json_labels(entities), json_labels(topics), terms

    def set_terms(self, terms: Iterable[tuple[str, str]]) -> None:
        """Store pre-processed search terms, as (fact id, space-joined terms) pairs."""
        with self.db.atomic():
            self.db.conn.executemany(
                "update facts set terms = ? where id = ?", [(t, i) for i, t in terms]
            )

    def audit_mark(self) -> int:
        """The id of the latest audit record: every saved change of the facts writes one."""
        row = self.db.execute("select coalesce(max(rowid), 0) from audit").fetchone()
        return int(row[0])

    def meta(self, key: str) -> str | None:
        """A stored metadata value."""
        rows = list(self.db.query("select value from meta where key = ?", [key]))
        return rows[0]["value"] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        """Store a metadata value."""
        with self.db.atomic():
            self.db.table("meta").upsert({"key": key, "value": value}, pk="key")

    def delete_meta(self, key: str) -> None:
        """Forget a metadata value (inside the caller's transaction, when one is open)."""
        with self.db.atomic():
            self.db.execute("delete from meta where key = ?", [key])

    def fact(self, fact_id: str) -> Fact | None:
        """One fact by id (deleted ones included), or None."""
        cursor = self.db.conn.execute(f"{_SELECT_FACTS} where id = ?", [fact_id])
        row = cursor.fetchone()
        if row is None:
            return None
        return Fact.from_row(dict(zip([d[0] for d in cursor.description], row, strict=True)))

    def facts_by_id(self, fact_ids: list[str]) -> list[Fact]:
        """The facts with these ids (deleted ones included), read in one query."""
        if not fact_ids:
            return []
        marks = ", ".join("?" for _ in fact_ids)
        cursor = self.db.conn.execute(f"{_SELECT_FACTS} where id in ({marks})", fact_ids)
        columns = [d[0] for d in cursor.description]
        return [Fact.from_row(dict(zip(columns, row, strict=True))) for row in cursor]

    def paragraph_facts(self, article_id: str, paragraph: int) -> list[Fact]:
        """The live facts quoting one paragraph of an article (by the paragraph's index: the
        "+" keeps SQLite from walking every live fact by the index on ``deleted``)."""
        cursor = self.db.conn.execute(
            f"{_SELECT_FACTS} where article_id = ? and paragraph = ? and +deleted = 0",
            [article_id, paragraph],
        )
        columns = [d[0] for d in cursor.description]
        return [Fact.from_row(dict(zip(columns, row, strict=True))) for row in cursor]

    def fact_with_quote(self, quote: str, source: str, other_than: str | None) -> str | None:
        """The id of a live fact, other than *other_than*, citing *quote* from *source*
        (the oldest). By the quote's index: the "+" keep SQLite from walking every live fact
        by the index on ``deleted`` instead."""
        row = self.db.execute(
            "select id from facts where quote = ? and source = ? and +deleted = 0"
            " and id != coalesce(?, '') order by +rowid limit 1",
            [quote, source, other_than],
        ).fetchone()
        return None if row is None else str(row[0])

    def count_facts(self, include_deleted: bool = False) -> int:
        """How many facts are live (not deleted), or stored at all."""
        return self.db.table("facts").count_where("1" if include_deleted else "deleted = 0")

    def save_fact(
        self, fact: Fact, actor: int, action: str, terms: str | None = None
    ) -> Fact | None:
        """Insert or replace one fact with an audit record; returns the version it replaced."""
        with self._writing_facts():
            before = self.fact(fact.id)
            for hook in self.fact_hooks:
                hook([fact], action)
            self._write_fact(fact, actor, terms)
            self._audit(actor, action, fact.id, before, fact)
        return before

    def save_facts(
        self,
        facts: Iterable[tuple[Fact, str]],
        actor: int,
        action: str = "import",
        audited: bool = True,
    ) -> int:
        """Insert or replace many (fact, terms) pairs in one transaction, one audit record
        (none when not *audited*: a batch of an import that audits its total at its end)."""
        pairs = list(facts)
        with self._writing_facts():
            for hook in self.fact_hooks:
                hook([f for f, _ in pairs], action)
            self._upsert_facts(pairs, actor)
            if audited:
                self.audit_count(actor, action, len(pairs))
        return len(pairs)

    def audit_count(self, actor: int, action: str, count: int) -> None:
        """The audit record of a bulk change of *count* facts."""
        self._audit(actor, action, None, None, {"count": count})

    @contextlib.contextmanager
    def bulk_writing(self, rows: int = 0) -> Iterator[None]:
        """One transaction for a bulk save whose full-text index (``facts_fts``, the web
        view's search) is filled once at its end instead of row by row by triggers, which is
        about a third of a large import's time. Only the rows the transaction inserts or
        updates are indexed then: an updated row's old text leaves the index before its first
        update (:meth:`_unindex_old`), as the trigger would have done.

        When the save brings about *rows* facts, at least half as many as are stored, the
        facts' secondary indexes are dropped too and built again at its end: SQLite builds an
        index by sorting in a fraction of the time it takes to insert as many rows into it
        in random order (the quote's index was a fifth of a million-fact import)."""
        with self.db.atomic():
            if rows and rows * 2 >= self.count_facts(include_deleted=True):
                self._drop_indexes()
            triggers = self.db.execute(
                "select name, sql from sqlite_master where type = 'trigger' and name in (?, ?)",
                FTS_TRIGGERS,
            ).fetchall()
            for name, _ in triggers:
                self.db.execute(f"drop trigger [{name}]")
            self.db.execute("create temp table if not exists fts_stale (id integer primary key)")
            self.db.execute(
                "create temp table if not exists bulk_lines (id text primary key, line integer)"
            )
            first = self.db.execute("select coalesce(max(rowid), 0) + 1 from facts").fetchone()
            self._bulk_from, self.bulk_id = int(first[0]), uuid.uuid4().hex[:12]
            try:
                yield
                self._build_dropped_indexes()
            finally:
                self._bulk_from = self.bulk_id = None
                self._dropped_indexes = []
            columns = ", ".join(f"[{c}]" for c in FTS_COLUMNS)
            self.db.execute(
                f"insert into {FTS_TABLE} (rowid, {columns}) select rowid, {columns} from facts"
                " where rowid >= ? or rowid in (select id from temp.fts_stale)",
                [first[0]],
            )
            self.db.execute("drop table temp.fts_stale")
            self.db.execute("drop table temp.bulk_lines")
            for _, sql in triggers:
                self.db.execute(sql)

    def _drop_indexes(self) -> None:
        """Drop the facts' indexes that only speed up reads (not the unique ones)."""
        indexes = self.db.execute(
            "select name, sql from sqlite_master where type = 'index' and tbl_name = 'facts'"
            " and sql is not null and lower(sql) not like 'create unique%'"
        ).fetchall()
        for name, sql in indexes:
            self.db.execute(f"drop index [{name}]")
            self._dropped_indexes.append(sql)

    def _build_dropped_indexes(self) -> None:
        for sql in self._dropped_indexes:
            self.db.execute(sql)
        self._dropped_indexes = []

    def note_lines(self, lines: Iterable[tuple[str, int]]) -> None:
        """In :meth:`bulk_writing`: the file line each (fact id, line) saved came from (the
        last one, for an id given twice), for :meth:`quote_clashes` at its end."""
        self.db.conn.executemany(
            "insert or replace into temp.bulk_lines (id, line) values (?, ?)", lines
        )

    def quote_clashes(self) -> list[tuple[int, str, str]]:
        """In :meth:`bulk_writing`: (line, fact id, other id) for each fact it saved that
        cites the quote of a live fact of the same source saved before it (stored before
        the bulk write, or from an earlier line), the other being the first such fact.

        Checked once at the end, one index lookup per saved fact: checking per batch while
        writing needed the quote's index kept up to date row by row, which is slower than
        building it once (see :meth:`bulk_writing`, whose dropped indexes are built first)."""
        self._build_dropped_indexes()
        rows = self.db.execute(
            "select s.line, f.id, f.quote, f.source from temp.bulk_lines s"
            " join facts f on f.id = s.id where +f.deleted = 0 and exists (select 1 from facts g"
            " where g.quote = f.quote and g.source = f.source and g.rowid != f.rowid"
            " and +g.deleted = 0) order by s.line"
        )
        groups: dict[tuple[str, str], list[tuple[int, str]]] = {}
        for line, fact_id, quote, source in rows:
            groups.setdefault((quote, source), []).append((line, fact_id))
        clashes = []
        for (quote, source), saved in groups.items():
            before = self.db.execute(
                "select id from facts where quote = ? and source = ? and +deleted = 0"
                " and id not in (select id from temp.bulk_lines) order by rowid limit 1",
                [quote, source],
            ).fetchone()
            first = before[0] if before else saved[0][1]
            clashes += [(line, fact_id, first) for line, fact_id in saved if fact_id != first]
        return sorted(clashes)

    def _unindex_old(self, ids: list[str]) -> None:
        """In a bulk save, take the stored text of the rows about to be updated out of the
        full-text index, once per row (the inserted ones are not in it yet)."""
        columns = ", ".join(f"[{c}]" for c in FTS_COLUMNS)
        stale = (
            "from facts where id in (select value from json_each(?)) and rowid < ?"
            " and rowid not in (select id from temp.fts_stale)"
        )
        arguments = [json.dumps(ids), self._bulk_from]
        self.db.execute(
            f"insert into {FTS_TABLE} ({FTS_TABLE}, rowid, {columns})"
            f" select 'delete', rowid, {columns} {stale}",
            arguments,
        )
        self.db.execute(f"insert into temp.fts_stale (id) select rowid {stale}", arguments)

    def _upsert_facts(self, pairs: list[tuple[Fact, str]], actor: int) -> None:
        """Insert or update the rows of (fact, terms) pairs with one prepared statement: what
        sqlite-utils' ``upsert_all`` writes, without building SQL text and a row dict per fact
        (each row's values are made as SQLite takes them, so a large import holds no second
        copy of its facts)."""
        if not pairs:
            return
        if self._bulk_from is not None:
            self._unindex_old([fact.id for fact, _ in pairs])
        stamp = now()
        columns = [*pairs[0][0].to_row(), "terms", "admin_touched", "updated_at", "updated_by"]
        names = ", ".join(f"[{c}]" for c in columns)
        updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns if c != "id")
        self.db.conn.executemany(
            f"insert into facts ({names}) values ({', '.join('?' for _ in columns)})"
            f" on conflict(id) do update set {updates}",
            ((*fact.to_row().values(), terms, 1, stamp, actor) for fact, terms in pairs),
        )

    def _write_fact(self, fact: Fact, actor: int, terms: str | None = None) -> None:
        self.db.table("facts").upsert(
            {
                **fact.to_row(),
                "terms": terms,
                "admin_touched": 1,
                "updated_at": now(),
                "updated_by": actor,
            },
            pk="id",
        )

    # -- audit and undo ------------------------------------------------------------------

    def _audit(
        self, actor: int, action: str, fact_id: str | None, before: object, after: object
    ) -> None:
        def dump(value: object) -> str | None:
            if value is None:
                return None
            if isinstance(value, Fact):
                value = value.to_row()
            return json.dumps(value, ensure_ascii=False)

        self.db.table("audit").insert(
            {
                "ts": now(),
                "actor": actor,
                "action": action,
                "fact_id": fact_id,
                "before": dump(before),
                "after": dump(after),
                "undone": 0,
            }
        )

    def last_change(self, actor: int) -> dict[str, Any] | None:
        """The actor's newest fact change that can still be undone."""
        rows = self.db.query(
            "select * from audit where actor = ? and undone = 0 and fact_id is not null"
            " and action in ('addfact', 'editfact', 'delfact') order by id desc limit 1",
            [actor],
        )
        return next(iter(rows), None)

    def undo(self, change: dict[str, Any], actor: int) -> tuple[Fact | None, Fact | None]:
        """Revert one audited change; returns (fact as it was, fact as it is now)."""
        with self._writing_facts():
            current = self.fact(change["fact_id"])
            if change["before"] is None:
                restored = None
                if current is not None:
                    deleted = Fact.from_row({**current.to_row(), "deleted": 1})
                    self._write_fact(deleted, actor)
                    restored = deleted
            else:
                restored = Fact.from_row(json.loads(change["before"]))
                for hook in self.fact_hooks:  # the followers hear of the correction
                    hook([restored], "undo")
                self._write_fact(restored, actor)
            self.db.execute("update audit set undone = 1 where id = ?", [change["id"]])
            self._audit(actor, "undo", change["fact_id"], current, restored)
        return current, restored

    # -- vocabulary ----------------------------------------------------------------------

    def entities(self) -> list[dict[str, Any]]:
        """Entity rows with their aliases as lists."""
        rows = self.db.query("select * from entities order by id")
        return [{**r, "aliases": json.loads(r["aliases"] or "[]")} for r in rows]

    def topics(self) -> list[dict[str, Any]]:
        """Topic rows with their aliases as lists."""
        rows = self.db.query("select * from topics order by id")
        return [{**r, "aliases": json.loads(r["aliases"] or "[]")} for r in rows]

    def add_labels(self, table: str, rows: list[dict[str, Any]]) -> int:
        """Insert entity or topic rows (*table* "entities" or "topics") whose id is new; the
        ones already stored are kept as they are. Returns how many were added."""
        known = {row["id"] for row in self.db.query(f"select id from {table}")}
        new = {row["id"]: row for row in rows if row["id"] not in known}
        if new:
            with self.db.atomic():
                self.db.table(table).insert_all(label_rows(new.values()))
        return len(new)

    # -- question log and feedback -------------------------------------------------------

    def log_question(
        self,
        question: str,
        lang: str,
        outcome: str,
        top_score: float,
        top_fact: str | None,
        user_id: int | None,
    ) -> None:
        """Record one asked question, in the background (:mod:`knowledge.store.journal`): a
        crash may lose the last second of the log, never a fact, and no answer waits for it."""
        self.journal.add((now(), user_id, question, lang, outcome, round(top_score, 2), top_fact))

    def flush_log(self) -> None:
        """Write the question-log entries queued so far (before reading the log)."""
        self.journal.flush()

    def questions(self, outcomes: Iterable[str] | None = None) -> list[dict[str, Any]]:
        """Logged questions, newest first, optionally only those with given outcomes."""
        self.flush_log()
        if outcomes is None:
            return list(self.db.query("select * from questions order by id desc"))
        wanted = list(outcomes)
        marks = ", ".join("?" for _ in wanted)
        return list(
            self.db.query(
                f"select * from questions where outcome in ({marks}) order by id desc", wanted
            )
        )

    def add_feedback(self, user_id: int, fact_id: str, value: int, question: str | None) -> bool:
        """Store a 👍 (+1) or 👎 (-1); a user's later vote on the same fact replaces it.
        Returns False (and changes nothing) when the user gave that vote already."""
        with self.db.atomic():
            given = self.db.execute(
                "select value from feedback where user_id = ? and fact_id = ?", [user_id, fact_id]
            ).fetchall()
            if [row[0] for row in given] == [value]:
                return False
            self.db.execute(
                "delete from feedback where user_id = ? and fact_id = ?", [user_id, fact_id]
            )
            self.db.table("feedback").insert(
                {
                    "ts": now(),
                    "user_id": user_id,
                    "fact_id": fact_id,
                    "question": question,
                    "value": value,
                }
            )
        return True

    def feedback_counts(self) -> dict[str, int]:
        """Totals of 👍 and 👎."""
        rows = self.db.query("select sum(value > 0) as up, sum(value < 0) as down from feedback")
        row = next(iter(rows))
        return {"up": row["up"] or 0, "down": row["down"] or 0}

    def reader_languages(self) -> dict[int, str]:
        """The reply language each user chose."""
        return {row["user_id"]: row["lang"] for row in self.db.table("reader_languages").rows}

    def set_reader_language(self, user_id: int, lang: str) -> None:
        """Keep the reply language a user chose; their private chat (whose id is the user's)
        gets its notifications and digests in it too."""
        with self.db.atomic():
            self.db.table("reader_languages").upsert(
                {"user_id": user_id, "lang": lang}, pk="user_id"
            )
            self.db.execute("update readers set lang = ? where chat_id = ?", [lang, user_id])
