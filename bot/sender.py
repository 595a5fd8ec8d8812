"""The outbox sender: an asyncio task of the bot that delivers followers' notifications and
digests (``knowledge.subscriptions``, ``knowledge.digests``).

- A row is marked sent only after Telegram accepted its message; a kill between the two
  re-sends it after a restart. Its message is rendered from the store (the fact may come from
  another process, ``briefbot import``); a row whose facts are all deleted or gone is dropped
  with a log line, never marked sent. Telegram has no idempotency key, so that is the price
  of losing none: at most the ``WINDOW`` messages in flight at a kill arrive twice.
- Pace: ``TELEGRAM_MAX_RATE`` messages a second overall (the bot's limiter caps every call;
  the sender also spaces its own, so they do not queue there ahead of answers), one message a
  second per chat, and a pause for as long as Telegram's latest 429 asked.
- Answers first: while the bot is handling updates the sender waits (up to ``MAX_YIELD``
  seconds at a time, so a steady stream of questions cannot starve it).
- Its writes (marking rows sent, queueing digests) wait for another process's write lock
  without blocking the event loop (``bot.writes``).
- A chat that blocked the bot (403) is unsubscribed and logged once; a message Telegram
  refuses for good (400) is dropped with a warning; a network failure leaves it for later.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import UTC, datetime
from html import escape
from typing import Any

from telegram import InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application

from bot import keyboards
from bot.imports import take_in
from bot.render import fit_blocks, result_html
from bot.resilience import RetryingLimiter, describe
from bot.texts import t, t_named
from bot.writes import write
from knowledge.facts import Fact
from knowledge.followup import Thread
from knowledge.language.names import Concept
from knowledge.service import Knowledge
from knowledge.subscriptions import DIGEST, Notification

log = logging.getLogger(__name__)

WINDOW = 8  # notifications in flight at once
PER_CHAT = 1.0  # seconds between two notifications to one chat
IDLE = 0.25  # seconds between looks at an empty outbox
MAX_YIELD = 1.0  # longest wait for the bot to finish handling updates
BURST = 0.1  # seconds of sending the pacer may catch up after falling behind
DIGEST_EVERY = 20.0  # seconds between looks for due digests
FAILURE_PAUSE = 5.0  # seconds to wait after a network failure
MAX_CHATS_PACED = 10_000  # chats' last send times kept before the old ones are dropped


class Sender:
    """Drains the outbox of one bot (see the module docstring)."""

    def __init__(self, application: Application, knowledge: Knowledge, max_rate: float) -> None:
        self.application = application
        self.knowledge = knowledge
        self.subscriptions = knowledge.subscriptions
        self.interval = 1.0 / max_rate if max_rate > 0 else 0.0
        self.slots = asyncio.Semaphore(WINDOW)
        self.inflight: set[int] = set()
        self.busy_chats: set[int] = set()
        self.last_sent: dict[int, float] = {}
        self.tasks: set[asyncio.Task] = set()
        self.paused_until = 0.0
        self._next = 0.0
        self._digests_at = 0.0
        self._texts: dict[tuple[Any, ...], str] = {}
        self._follow_ups: dict[
            tuple[str, int], dict[str, Any] | None
        ] = {}  # follow-up records of facts (_remember)
        self.task: asyncio.Task | None = None

    def start(self) -> None:
        """Start draining in the running event loop."""
        self.task = asyncio.create_task(self.run(), name="outbox sender")

    async def close(self) -> None:
        """Stop draining; let the messages in flight finish (or fail) and be recorded."""
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.task
            self.task = None
        if self.tasks:
            await asyncio.wait(set(self.tasks), timeout=10)

    async def run(self) -> None:
        """Deliver notifications until cancelled."""
        while True:
            try:
                dispatched = await self._round()
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - logged; the next round tries again
                log.exception("the outbox sender failed; retrying in %.0f s", FAILURE_PAUSE)
                await asyncio.sleep(FAILURE_PAUSE)
                continue
            if not dispatched:
                await asyncio.sleep(IDLE)

    async def _round(self) -> int:
        """Queue due digests now and then, and start sending the oldest pending messages;
        returns how many were started."""
        await take_in(self.knowledge)  # facts saved elsewhere, before rendering
        now = time.monotonic()
        if now >= self._digests_at:
            self._digests_at = now + DIGEST_EVERY
            if await write(
                self.knowledge, lambda: self.knowledge.digests.queue_due(datetime.now(UTC))
            ):
                log.info("digests queued")
            await write(self.knowledge, self.subscriptions.prune)
        if len(self.last_sent) > MAX_CHATS_PACED:  # only the last second's chats matter
            self.last_sent = {c: at for c, at in self.last_sent.items() if now - at < PER_CHAT}
        dispatched = 0
        for notification in self.subscriptions.pending(skip=frozenset(self.inflight)):
            chat = notification.chat_id
            if chat in self.busy_chats or now - self.last_sent.get(chat, -PER_CHAT) < PER_CHAT:
                continue
            await self._slot()
            self.inflight.update(notification.rows)
            self.busy_chats.add(chat)
            task = asyncio.create_task(self._deliver(notification))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
            dispatched += 1
            now = time.monotonic()
        return dispatched

    def _busy(self) -> bool:
        """True while the bot has updates (questions) waiting or being handled."""
        application = self.application
        return (
            application.update_queue.qsize() > 0
            or application.update_processor.current_concurrent_updates > 0
        )

    async def _slot(self) -> None:
        """Wait for a free place in the window, for answers being handled, for the pace."""
        await self.slots.acquire()
        deadline = time.monotonic() + MAX_YIELD
        while self._busy() and time.monotonic() < deadline:
            await asyncio.sleep(0.005)
        limiter = self.application.bot.rate_limiter
        resume_at = limiter.resume_at if isinstance(limiter, RetryingLimiter) else 0.0
        pause = max(resume_at, self.paused_until) - time.monotonic()
        if pause > 0:
            await asyncio.sleep(pause)
        if self.interval:
            now = time.monotonic()
            if self._next > now:
                await asyncio.sleep(self._next - now)
            self._next = max(self._next, now - BURST) + self.interval

    async def _deliver(self, notification: Notification) -> None:
        """Send one notification and record the outcome."""
        chat = notification.chat_id
        try:
            text = self.render(notification)
            if text is None:
                await write(self.knowledge, lambda: self.subscriptions.drop(notification.rows))
                log.info(
                    "notification to %s dropped: its facts (%s) are deleted or gone",
                    chat,
                    ", ".join(notification.fact_ids),
                )
                return
            markup = self.keyboard(notification)
            sent = await self.application.bot.send_html(chat, text, reply_markup=markup)
            self._remember(chat, sent, notification)
            await write(self.knowledge, lambda: self.subscriptions.mark_sent(notification.rows))
        except Forbidden as error:
            await write(self.knowledge, lambda: self.subscriptions.unsubscribe(chat))
            log.warning("chat %s blocked the bot (%s); unsubscribed", chat, describe(error))
        except RetryAfter as error:
            wait = error._retry_after.total_seconds()
            self.paused_until = time.monotonic() + wait
            log.warning("Telegram asked to wait %.0f s; notifications paused", wait)
        except BadRequest as error:
            await write(self.knowledge, lambda: self.subscriptions.mark_sent(notification.rows))
            log.warning("notification to %s refused, dropped: %s", chat, describe(error))
        except TelegramError as error:
            self.paused_until = time.monotonic() + FAILURE_PAUSE
            log.warning("notification to %s failed, kept for later: %s", chat, describe(error))
        finally:
            self.last_sent[chat] = time.monotonic()
            self.inflight.difference_update(notification.rows)
            self.busy_chats.discard(chat)
            self.slots.release()

    def render(self, notification: Notification) -> str | None:
        """The message of a notification in its chat's language, or None when none of its
        facts is live any more. The facts are read from the store, not the index: a fact
        another process saved is rendered even before the index has taken it in."""
        browsing = self.knowledge.browsing
        facts = self._live(notification)
        if not facts:
            return None
        lang = notification.lang
        if notification.kind == DIGEST:
            header = t("digest_title", lang, count=str(len(facts)))
        else:
            concepts = [concept for concept, _ in self._subjects(notification)]
            header = t_named(_header_key(notification), lang, concepts)
        ids = tuple(f.id for f in facts)
        key = (header, notification.parts, lang, ids, self.knowledge.generation)
        text = self._texts.get(key)
        if text is None:
            blocks = [f"<b>{escape(header)}</b>"]
            if notification.parts:  # what changed, in one line
                parts = ", ".join(t(f"ntf_part_{part}", lang) for part in notification.parts)
                blocks[0] += "\n" + escape(t("ntf_parts", lang, parts=parts))
            blocks += [result_html(browsing.result(f, lang), lang, cited=True) for f in facts]
            text = fit_blocks(blocks, escape(t("ntf_more", lang)))
            if len(self._texts) > 1000:
                self._texts.clear()
            self._texts[key] = text
        return text

    def _live(self, notification: Notification) -> list[Fact]:
        """The notification's facts that are live, read from the store."""
        return self.knowledge.browsing.facts_now(list(notification.fact_ids))

    def _subjects(self, notification: Notification) -> list[tuple[Concept, str]]:
        """(concept, subject key) of what the chat follows that a fact notification is about."""
        followed = set(self.subscriptions.subjects(notification.chat_id))
        facts = self._live(notification)
        keys = dict.fromkeys(s for f in facts for s in sorted(self.subscriptions.subjects_of(f)))
        concepts = ((self.subscriptions.concept(key), key) for key in keys if key in followed)
        return [(concept, key) for concept, key in concepts if concept is not None]

    def keyboard(self, notification: Notification) -> InlineKeyboardMarkup | None:
        """Source, 👍/👎 of its facts and, under a 🔔, Unfollow for what brought it."""
        lang = notification.lang
        facts = [f.id for f in self._live(notification)]
        subjects = [] if notification.kind == DIGEST else self._subjects(notification)
        return keyboards.notification_keyboard(facts, subjects, lang)

    def _remember(self, chat: int, sent: int | None, notification: Notification) -> None:
        """A reply to the notification is a follow-up on its (first) fact (knowledge.followup)."""
        if sent is None or notification.kind == DIGEST:
            return
        key = (notification.fact_ids[0], self.knowledge.generation)
        if key not in self._follow_ups:  # one reading per fact, not per follower
            if len(self._follow_ups) > 1000:
                self._follow_ups.clear()
            self._follow_ups[key] = self.knowledge.answering.fact_follow_up(key[0])
        record = self._follow_ups[key]
        if record is None:
            return
        chat_data = self.application.chat_data[chat]
        Thread(chat_data.setdefault("thread", {})).remember(time.time(), sent, record)
        self.application.mark_data_for_update_persistence(chat_ids=chat)


def _header_key(notification: Notification) -> str:
    """New, changed, or changed back by an /undo (a correction)."""
    if notification.corrected:
        return "ntf_corrected"
    return "ntf_changed" if notification.changed else "ntf_new"


def install(application: Application) -> None:
    """Run a :class:`Sender` while *application* runs (after its own post_init)."""
    first_init = application.post_init

    async def start(app: Application) -> None:
        if first_init is not None:
            await first_init(app)
        data = app.bot_data
        sender = data.sender = Sender(app, data.knowledge, data.settings.max_rate)
        sender.start()

    async def stop(app: Application) -> None:
        sender, app.bot_data.sender = app.bot_data.sender, None
        if sender is not None:
            await sender.close()

    application.post_init = start
    application.post_stop = stop
    application.post_shutdown = stop
