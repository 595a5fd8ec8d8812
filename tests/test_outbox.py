"""The outbox and digests in the domain: notifications commit with the fact change that causes
them, one waiting per chat and fact; digests fall due in the reader's time zone and list only what
is new about what they follow."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from knowledge.digests import DAILY, WEEKLY, next_due, parse_clock, parse_timezone

ADMIN = 7001


def fact(statement: str, slug: str) -> dict:
    return {"statement": statement, "quote": f"Q {slug}.", "source": f"https://e.com/{slug}"}


def pending_facts(knowledge, chat_id: int) -> list[str]:
    return [
        fid for n in knowledge.subscriptions.pending() if n.chat_id == chat_id for fid in n.fact_ids
    ]


def test_a_notification_commits_or_rolls_back_with_its_fact(knowledge, monkeypatch):
    knowledge.subscriptions.follow(1, knowledge.browsing.find_concept("Turkey"), "en")

    def failing_audit(*args: object) -> None:
        raise RuntimeError("the disk is full")

    with monkeypatch.context() as patch:
        patch.setattr(knowledge.briefing.store, "_audit", failing_audit)
        with pytest.raises(RuntimeError):
            knowledge.curation.add_fact(fact("Turkey built a port.", "port"), ADMIN)
    assert knowledge.subscriptions.counts() == {"pending": 0, "sent": 0}
    added = knowledge.curation.add_fact(fact("Turkey built a port.", "port"), ADMIN)
    assert pending_facts(knowledge, 1) == [added.id]


def test_one_pending_notification_per_chat_and_fact(knowledge):
    follows = knowledge.subscriptions
    follows.follow(1, knowledge.browsing.find_concept("Turkey"), "en")
    follows.follow(1, knowledge.browsing.find_concept("Azerbaijan"), "en")
    added = knowledge.curation.add_fact(fact("Turkey and Azerbaijan met.", "met"), ADMIN)
    knowledge.curation.edit_fact(added.id, "statement", "Turkey and Azerbaijan met again.", ADMIN)
    knowledge.curation.edit_fact(added.id, "statement", "Turkey and Azerbaijan met again.", ADMIN)
    (notification,) = follows.pending()  # the new fact as it is now: the edit joined it
    assert notification.fact_ids == (added.id,) and not notification.changed
    follows.mark_sent(notification.rows)
    knowledge.curation.edit_fact(added.id, "date", "2025", ADMIN)  # not what a reader sees
    assert follows.pending() == []
    knowledge.curation.edit_fact(added.id, "statement", "Turkey and Azerbaijan met twice.", ADMIN)
    (notification,) = follows.pending()
    assert notification.changed and notification.parts == ("statement",)
    knowledge.curation.add_fact(fact("China held a parade.", "parade"), ADMIN)  # not followed
    knowledge.curation.delete_fact(added.id, ADMIN)  # deleting notifies nobody
    assert follows.pending() == [notification]


def test_a_change_made_while_its_fact_is_on_the_way_is_not_lost(knowledge):
    """The sender marks a message sent only after Telegram took it: a change in between
    is news of its own, not folded into the message already gone."""
    follows = knowledge.subscriptions
    follows.follow(1, knowledge.browsing.find_concept("Turkey"), "en")
    added = knowledge.curation.add_fact(fact("Turkey and Azerbaijan met.", "met"), ADMIN)
    (in_flight,) = follows.pending()
    knowledge.curation.edit_fact(added.id, "statement", "Turkey and Azerbaijan met again.", ADMIN)
    (change,) = follows.pending(skip=frozenset(in_flight.rows))
    assert change.changed and change.parts == ("statement",)
    follows.mark_sent(in_flight.rows)
    assert follows.pending() == [change]


def test_an_import_is_one_batch_and_unsubscribing_drops_what_is_pending(knowledge):
    follows = knowledge.subscriptions
    follows.follow(5, knowledge.browsing.find_concept("drones"), "ru")
    lines = [
        json.dumps({**fact(f"Drone fact {n}.", f"d{n}"), "topics": ["drones"]}) for n in range(3)
    ]
    knowledge.curation.import_text("\n".join(lines), ADMIN, filename="x.jsonl")
    (notification,) = follows.pending()
    assert len(notification.fact_ids) == 3 and notification.lang == "ru"
    follows.unsubscribe(5)
    assert follows.pending() == [] and follows.following(5) == []


@pytest.mark.parametrize(
    ("text", "stored"),
    [("UTC", "UTC"), ("+3", "+03:00"), ("UTC-5:30", "-05:30"), ("Europe/Moscow", "Europe/Moscow")],
)
def test_time_zones(text, stored):
    assert parse_timezone(text) == stored


@pytest.mark.parametrize("text", ["Mars/Base", "+15", "../etc/passwd", "", "12:00"])
def test_unknown_time_zones(text):
    with pytest.raises(ValueError):
        parse_timezone(text)


def test_next_due_in_the_readers_time_zone():
    after = datetime(2026, 3, 4, 6, 0, tzinfo=UTC)  # a Wednesday, 09:00 in Moscow
    assert next_due(DAILY, "08:00", "Europe/Moscow", after) == after.replace(day=5, hour=5)
    assert next_due(DAILY, "10:00", "+03:00", after) == after.replace(hour=7)
    weekly = next_due(WEEKLY, "09:00", "UTC", after)
    assert weekly == datetime(2026, 3, 9, 9, 0, tzinfo=UTC) and weekly.weekday() == 0
    assert parse_clock("8:05") == "08:05"
    with pytest.raises(ValueError):
        parse_clock("24:00")


def test_digests_list_what_is_new_about_what_is_followed(knowledge):
    digests, follows = knowledge.digests, knowledge.subscriptions
    start = datetime.now(UTC)
    digests.set_digest(1, DAILY, "08:00", "en", at=start)  # follows nothing: everything
    digests.set_digest(2, DAILY, "08:00", "en", at=start)
    follows.follow(2, knowledge.browsing.find_concept("China"), "en")
    china = knowledge.curation.add_fact(fact("China opened a plant.", "plant"), ADMIN)
    turkey = knowledge.curation.add_fact(fact("Turkey opened a plant.", "plant-2"), ADMIN)
    for notification in follows.pending():  # the follow notifications are not digests
        follows.mark_sent(notification.rows)
    assert digests.queue_due(start) == 0  # not due yet
    later = start + timedelta(days=1, minutes=1)
    assert digests.queue_due(later) == 2
    by_chat = {n.chat_id: n.fact_ids for n in follows.pending()}
    assert by_chat == {1: (china.id, turkey.id), 2: (china.id,)}
    assert digests.queue_due(later + timedelta(days=1)) == 0  # nothing new: no digest
