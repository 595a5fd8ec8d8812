"""Readers who follow entities and topics, and the outbox of their notifications.

A change to a fact about a followed subject becomes one outbox row per following chat, written
by a store hook inside the transaction that saves the fact: the notification exists exactly
when the change does, whatever happens to the process afterwards. The bot's sender drains the
outbox and marks a row sent only after Telegram accepted the message, so a crash re-sends at
most the messages that were in flight. The rows of one admin action (an import) share a batch
and reach a chat as one message.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from knowledge.briefing import Briefing, label_of
from knowledge.facts import Fact
from knowledge.language.names import Concept
from knowledge.search.index import TOPIC
from knowledge.store.database import now

__all__ = ["DIGEST", "Notification", "Subscriptions"]

NEW, CHANGED, CORRECTED = "new", "changed", "corrected"  # payload of a fact notification...
PARTS: dict[
    str, dict[str, tuple[str, ...]]
] = {  # ...after a colon, the parts of a changed fact its reader sees change, by language
    "en": {"statement": ("statement",), "quote": ("quote", "quote_en"), "source": ("source",)},
    "ru": {"statement": ("statement_ru",), "quote": ("quote",), "source": ("source",)},
}
FACT, DIGEST = "fact", "digest"  # outbox kinds
KEEP_SENT_DAYS = 7  # sent outbox rows kept this long (for inspection), then pruned


@dataclass(frozen=True)
class Notification:
    """Pending outbox rows for one chat that go out as one message."""

    rows: tuple[int, ...]
    chat_id: int
    kind: str
    lang: str
    fact_ids: tuple[str, ...]
    changed: bool = False  # a fact notification only about changed facts
    corrected: bool = False  # ...changed back by an /undo
    parts: tuple[str, ...] = ()  # the keys of PARTS that changed, in that order


def _parts(before: Fact, after: Fact, lang: str) -> list[str]:
    """The parts a reader of *lang* sees that differ between two versions of a fact (a
    Russian reader of a fact without a Russian statement sees its quote instead:
    knowledge.briefing.statement_for)."""
    parts = []
    for part, fields in PARTS[lang].items():
        if any(getattr(before, name) != getattr(after, name) for name in fields):
            parts.append(part)
    return parts


def _content(fact: Fact) -> tuple[Any, ...]:
    """What a reader sees of a fact: a save that changes none of it (its date, its labels
    alone) is no news to those who saw it."""
    return (fact.statement, fact.statement_ru, fact.quote, fact.quote_en, fact.source)


class Subscriptions:
    """Who follows what, the hook that fills the outbox, and the outbox's reads and writes."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self.db = briefing.store.db
        briefing.store.fact_hooks.append(self._on_facts_saved)

    # -- readers and follows -------------------------------------------------------------

    def reader(self, chat_id: int, lang: str | None) -> dict[str, Any]:
        """The chat's reader row, created on first use; its language kept up to date (None
        leaves it as it is)."""
        with self.db.atomic():
            self.db.execute(
                "insert into readers (chat_id, lang, created_at) values (?, ?, ?)"
                " on conflict (chat_id) do update set lang = coalesce(excluded.lang, lang)",
                [chat_id, lang, now()],
            )
        return next(self.db.query("select * from readers where chat_id = ?", [chat_id]))

    def follow(self, chat_id: int, concept: Concept, lang: str) -> bool:
        """Follow an entity or topic; False when the chat already did."""
        self.reader(chat_id, lang)
        with self.db.atomic():
            cursor = self.db.execute(
                "insert or ignore into follows (chat_id, subject, created_at) values (?, ?, ?)",
                [chat_id, label_of(concept), now()],
            )
        return cursor.rowcount > 0

    def unfollow(self, chat_id: int, concept: Concept) -> bool:
        """Stop following; False when the chat did not follow it."""
        with self.db.atomic():
            cursor = self.db.execute(
                "delete from follows where chat_id = ? and subject = ?",
                [chat_id, label_of(concept)],
            )
        return cursor.rowcount > 0

    def subjects(self, chat_id: int) -> list[str]:
        """The subject keys a chat follows, oldest first."""
        rows = self.db.execute(
            "select subject from follows where chat_id = ? order by rowid",
            [chat_id],
        )
        return [subject for (subject,) in rows]

    def following(self, chat_id: int) -> list[Concept]:
        """The entities and topics a chat follows (those still in the vocabulary)."""
        concepts = (self.concept(subject) for subject in self.subjects(chat_id))
        return [c for c in concepts if c is not None]

    def concept(self, subject: str) -> Concept | None:
        """The entity or topic a subject key names."""
        return self.briefing.concept(subject.removeprefix(TOPIC))

    def unsubscribe(self, chat_id: int) -> None:
        """Forget a chat that blocked the bot: its follows, digest and pending messages."""
        with self.db.atomic():
            self.db.execute("delete from follows where chat_id = ?", [chat_id])
            self.db.execute("update readers set digest = 'off' where chat_id = ?", [chat_id])
            self.db.execute("delete from outbox where chat_id = ? and sent_at is null", [chat_id])

    # -- the hook ------------------------------------------------------------------------

    def subjects_of(self, fact: Fact) -> set[str]:
        """The subject keys a fact is about: its entities (as the index resolves them) and
        its topics."""
        entities = {self.briefing.entity_id(label) for label in fact.entities}
        return entities | {TOPIC + topic for topic in fact.topics}

    def _on_facts_saved(self, facts: list[Fact], action: str) -> None:
        """Queue a notification for every chat following a subject of a new or changed fact,
        and log the change for digests (runs inside the store's transaction, before the
        facts are written). A change reaches the readers who see it in their language, with
        the parts that changed; an /undo's is a correction. Costs nothing while nobody
        follows or takes digests."""
        followed = {s for (s,) in self.db.execute("select distinct subject from follows")}
        digests = self.db.execute("select 1 from readers where digest != 'off' limit 1")
        if not followed and digests.fetchone() is None:
            return
        batch = f"{action}-{self.briefing.store.bulk_id or uuid.uuid4().hex[:12]}"
        stamp = now()
        for fact in facts:
            if fact.deleted:
                continue
            before = self.briefing.store.fact(fact.id)
            is_new = before is None or bool(before.deleted)
            subjects = self.subjects_of(fact)
            if before is not None and not is_new and _content(before) == _content(fact):
                # nothing visible changed: news only where a new label brings it
                subjects = subjects - self.subjects_of(before)
                is_new = True
            else:
                self.db.execute(
                    "insert into fact_changes (fact_id, at) values (?, ?)", [fact.id, stamp]
                )
            about = sorted(subjects & followed)
            if not about:
                continue
            if is_new or before is None:
                self._queue([batch, fact.id, NEW, stamp], about)
                continue
            kind = CORRECTED if action == "undo" else CHANGED
            for lang in PARTS:  # each reader hears of what changed in what they see
                if parts := _parts(before, fact, lang):
                    self._queue([batch, fact.id, f"{kind}:{','.join(parts)}", stamp], about, lang)

    def _queue(self, values: list[Any], subjects: list[str], lang: str | None = None) -> None:
        """One outbox row (batch, fact id, payload, time) per chat following one of
        *subjects* (whose language is *lang*, when given)."""
        marks = ", ".join("?" for _ in subjects)
        where = f"subject in ({marks})"
        if lang is not None:
            where += (
                " and coalesce((select lang from readers r where r.chat_id = follows.chat_id),"
                " 'en') = ?"
            )
        self.db.execute(
            "insert into outbox (chat_id, kind, batch, fact_id, payload, created_at)"
            f" select distinct chat_id, '{FACT}', ?, ?, ?, ? from follows where {where}",
            [*values, *subjects, *([lang] if lang else [])],
        )

    # -- the outbox ----------------------------------------------------------------------

    def pending(self, limit: int = 500, skip: frozenset[int] = frozenset()) -> list[Notification]:
        """The oldest pending notifications, a chat's rows of one batch together; rows in
        *skip* (in flight) are left out. A later change to a fact whose notification is still
        waiting joins it (that message shows the fact as it is when sent); one made while the
        message is in flight is a notification of its own."""
        rows = self.db.execute(
            "select o.id, o.chat_id, o.kind, o.batch, o.fact_id, o.payload,"
            " coalesce(r.lang, 'en') from outbox o left join readers r using (chat_id)"
            " where o.sent_at is null order by o.id limit ?",
            [limit],
        )
        groups: dict[tuple[int, str], list[tuple[Any, ...]]] = {}
        batch_of: dict[tuple[int, str], str] = {}  # (chat, fact) -> the batch it waits in
        for row in rows:
            if row[0] in skip:
                continue
            chat, batch = row[1], row[3]
            if row[2] == FACT:
                batch = batch_of.setdefault((chat, row[4]), batch)
            groups.setdefault((chat, batch), []).append(row)
        return [_notification(group) for group in groups.values()]

    def mark_sent(self, rows: tuple[int, ...]) -> None:
        """Record that Telegram accepted the message of these rows."""
        marks = ", ".join("?" for _ in rows)
        with self.db.atomic():
            self.db.execute(f"update outbox set sent_at = ? where id in ({marks})", [now(), *rows])

    def drop(self, rows: tuple[int, ...]) -> None:
        """Delete pending rows that can never be sent (their facts are gone)."""
        marks = ", ".join("?" for _ in rows)
        with self.db.atomic():
            self.db.execute(f"delete from outbox where id in ({marks}) and sent_at is null", rows)

    def counts(self) -> dict[str, int]:
        """Pending and sent outbox rows."""
        pending, sent = self.db.execute(
            "select count(*) - count(sent_at), count(sent_at) from outbox"
        ).fetchone()
        return {"pending": pending, "sent": sent}

    def prune(self) -> None:
        """Drop sent rows older than ``KEEP_SENT_DAYS``, and fact changes every digest has
        covered."""
        cutoff = (datetime.now(UTC) - timedelta(days=KEEP_SENT_DAYS)).isoformat(timespec="seconds")
        with self.db.atomic():
            self.db.execute(
                "delete from outbox where sent_at is not null and sent_at < ?", [cutoff]
            )
            self.db.execute(
                "delete from fact_changes where seq <= (select coalesce(min(digest_seq),"
                " (select max(seq) from fact_changes)) from readers where digest != 'off')"
            )


def _notification(group: list[tuple[Any, ...]]) -> Notification:
    first = group[0]
    if first[2] == DIGEST:
        return Notification((first[0],), first[1], DIGEST, first[6], tuple(json.loads(first[5])))
    kinds = [row[5].partition(":")[0] for row in group]
    changed_parts = {part for row in group for part in row[5].partition(":")[2].split(",")}
    return Notification(
        tuple(row[0] for row in group),
        first[1],
        FACT,
        first[6],
        tuple(dict.fromkeys(row[4] for row in group)),
        changed=all(kind != NEW for kind in kinds),
        corrected=all(kind == CORRECTED for kind in kinds),
        parts=tuple(part for part in PARTS["en"] if part in changed_parts),
    )
