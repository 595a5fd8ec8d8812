"""Digests: a reader's daily or weekly summary of the facts added since their last one.

A due digest is written to the outbox (see ``knowledge.subscriptions``) in the same transaction
that moves the reader's schedule on, so a digest is neither lost nor queued twice when the
process stops at any point. Times are kept in UTC; the reader's time zone only decides when
"daily at 08:00" falls.
"""

from __future__ import annotations

import functools
import json
import re
import uuid
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from knowledge.facts import json_labels
from knowledge.language import alternatives, every
from knowledge.search.index import TOPIC
from knowledge.subscriptions import DIGEST, Subscriptions

__all__ = ["DAILY", "OFF", "WEEKLY", "Digests", "parse_clock", "zone"]

OFF, DAILY, WEEKLY = "off", "daily", "weekly"
DEFAULT_CLOCK = "09:00"
WEEKDAY = 0  # weekly digests go out on Mondays
MAX_DIGEST_FACTS = 50  # facts one digest lists at most (the message shows what fits)
_OFFSET = re.compile(r"(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", re.IGNORECASE)


# Cities people name in Russian, and English names the time zone database spells otherwise.
_CITIES = dict(every(lambda lang: lang.CITY_ZONES.items()))
MAX_TIMEZONE = 64  # characters of a time zone name that are read


@functools.cache
def _zone_cities() -> dict[str, str]:
    """Each IANA zone by its city ("moscow" → "Europe/Moscow", "new york" → ...)."""
    cities: dict[str, str] = {}
    for key in sorted(available_timezones()):
        if "/" in key and not key.startswith(("Etc/", "SystemV/", "US/")):
            cities.setdefault(key.rsplit("/", 1)[1].replace("_", " ").lower(), key)
    return cities


def parse_timezone(text: str) -> str:
    """A time zone as stored: an IANA name ("Europe/Moscow"), "UTC", or an offset such as
    "+03:00" (from "+3", "UTC+3", "-05:30"); a city of the time zone database or a common
    Russian city name is read as its zone; ValueError when it is none of these.

    >>> parse_timezone("Moscow"), parse_timezone("москва"), parse_timezone("UTC+3")
    ('Europe/Moscow', 'Europe/Moscow', '+03:00')
    """
    text = text.strip()
    if len(text) > MAX_TIMEZONE:
        raise ValueError(text[:MAX_TIMEZONE])
    city = " ".join(text.lower().replace("_", " ").split())
    if city in _CITIES or city in _zone_cities():
        return _CITIES.get(city) or _zone_cities()[city]
    if text.upper() in ("UTC", "GMT", "Z"):
        return "UTC"
    match = _OFFSET.fullmatch(text)
    if match:
        sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
        if hours > 14 or minutes >= 60:
            raise ValueError(text)
        return f"{sign}{hours:02d}:{minutes:02d}"
    if not re.fullmatch(r"[A-Za-z_]+(?:/[A-Za-z0-9_+-]+){0,2}", text):
        raise ValueError(text)
    try:
        return ZoneInfo(text).key
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(text) from None


def zone(stored: str | None) -> tzinfo:
    """The tzinfo of a stored time zone (UTC when unset)."""
    if not stored or stored == "UTC":
        return UTC
    if stored[0] in "+-":
        hours, minutes = int(stored[1:3]), int(stored[4:6])
        delta = timedelta(hours=hours, minutes=minutes)
        return timezone(-delta if stored[0] == "-" else delta)
    return ZoneInfo(stored)


def parse_clock(text: str) -> str:
    """A time of day as "HH:MM", from the ways people write one; ValueError otherwise.

    >>> [parse_clock(t) for t in ("8", "08:00", "0800", "8am", "8.30", "8 pm", "12am", "19h")]
    ['08:00', '08:00', '08:00', '08:00', '08:30', '20:00', '00:00', '19:00']
    """
    match = _CLOCK.fullmatch(text.strip().lower())
    if not match:
        raise ValueError(text)
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if half:
        if not 1 <= hour <= 12:
            raise ValueError(text)
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        raise ValueError(text)
    return f"{hour:02d}:{minute:02d}"


_HOUR_MARKS = alternatives(lambda lang: lang.HOUR_MARKS)  # "19h"
_CLOCK = re.compile(rf"(\d{{1,2}})(?:[:.h ]?(\d{{2}}))?\s*(?:{_HOUR_MARKS})?\s*(am|pm)?")


def next_due(mode: str, clock: str, stored_zone: str | None, after: datetime) -> datetime:
    """The first time strictly after *after* (UTC) when a daily or weekly digest is due."""
    tz = zone(stored_zone)
    local = after.astimezone(tz)
    hour, minute = int(clock[:2]), int(clock[3:])
    due = local.replace(hour=hour, minute=minute, second=0, microsecond=0)
    step = timedelta(days=1)
    while due <= local or (mode == WEEKLY and due.weekday() != WEEKDAY):
        due = (due + step).replace(hour=hour, minute=minute)  # re-anchored across DST changes
    return due.astimezone(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


class Digests:
    """Readers' digest schedules and the digests that fall due."""

    def __init__(self, follows: Subscriptions) -> None:
        self.subscriptions = follows
        self.db = follows.db

    def set_digest(
        self, chat_id: int, mode: str, clock: str | None, lang: str, at: datetime | None = None
    ) -> datetime | None:
        """Switch a chat's digest to *mode* (off, daily, weekly) at *clock*; returns when the
        next one is due. A new digest covers the facts added from now on."""
        reader = self.subscriptions.reader(chat_id, lang)
        moment = at or datetime.now(UTC)
        due = (
            None
            if mode == OFF
            else next_due(mode, clock or DEFAULT_CLOCK, reader["timezone"], moment)
        )
        with self.db.atomic():
            self.db.execute(
                "update readers set digest = ?, digest_time = ?, next_digest_at = ?,"
                " digest_seq = coalesce(digest_seq,"
                " (select coalesce(max(seq), 0) from fact_changes)) where chat_id = ?",
                [mode, clock or DEFAULT_CLOCK, due and _iso(due), chat_id],
            )
        return due

    def set_timezone(self, chat_id: int, text: str, lang: str) -> str:
        """Set a chat's time zone (ValueError when unknown) and move its next digest."""
        stored = parse_timezone(text)
        reader = self.subscriptions.reader(chat_id, lang)
        due = None
        if reader["digest"] != OFF:
            clock = reader["digest_time"] or DEFAULT_CLOCK
            due = _iso(next_due(reader["digest"], clock, stored, datetime.now(UTC)))
        with self.db.atomic():
            self.db.execute(
                "update readers set timezone = ?, next_digest_at = coalesce(?, next_digest_at)"
                " where chat_id = ?",
                [stored, due, chat_id],
            )
        return stored

    def queue_due(self, at: datetime | None = None) -> int:
        """Write every digest due by *at* to the outbox (none for a reader with nothing new)
        and move each schedule on; returns how many digests were queued."""
        moment = at or datetime.now(UTC)
        due = list(
            self.db.query(
                "select * from readers where digest != 'off' and next_digest_at <= ?",
                [_iso(moment)],
            )
        )
        queued = 0
        for reader in due:
            with self.db.atomic():
                facts, seq = self._new_facts(reader)
                if facts:
                    self.db.execute(
                        "insert into outbox (chat_id, kind, batch, payload, created_at)"
                        " values (?, ?, ?, ?, ?)",
                        [
                            reader["chat_id"],
                            DIGEST,
                            f"digest-{uuid.uuid4().hex[:12]}",
                            json.dumps(facts),
                            _iso(moment),
                        ],
                    )
                    queued += 1
                clock = reader["digest_time"] or DEFAULT_CLOCK
                following = next_due(reader["digest"], clock, reader["timezone"], moment)
                self.db.execute(
                    "update readers set last_digest_at = ?, next_digest_at = ?, digest_seq = ?"
                    " where chat_id = ?",
                    [_iso(moment), _iso(following), seq, reader["chat_id"]],
                )
        return queued

    def _new_facts(self, reader: dict[str, Any]) -> tuple[list[str], int]:
        """Ids of the live facts added or changed since the reader's last digest, about what
        they follow (everything when they follow nothing), and the last change covered."""
        followed = set(self.subscriptions.subjects(reader["chat_id"]))
        last = reader["digest_seq"] or 0
        rows = self.db.execute(
            "select c.seq, f.id, f.entities, f.topics from fact_changes c join facts f"
            " on f.id = c.fact_id where c.seq > ? and f.deleted = 0 order by c.seq",
            [last],
        )
        chosen: dict[str, None] = {}
        for seq, fact_id, entities, topics in rows:
            last = seq
            if followed:
                labels = {self.subscriptions.briefing.entity_id(e) for e in json_labels(entities)}
                labels |= {TOPIC + t for t in json_labels(topics)}
                if not labels & followed:
                    continue
            if len(chosen) < MAX_DIGEST_FACTS:
                chosen[fact_id] = None
        return list(chosen), last
