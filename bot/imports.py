"""An admin's /import, run in the background so that nobody waits for it.

A file of 50,000 facts takes seconds to check and save. Run on the event loop, every reader
would wait that long for an answer, and a SIGTERM (``docker stop``) would wait with them. So
the import runs in a child process (:mod:`bot.import_process`) on a connection and a read
model of its own, as ``briefbot import`` beside the bot would: the loop keeps answering from
its own index, and takes the imported facts in, a batch at a time, once the import commits.

- **All or nothing.** The import is one write transaction; a stop, a failure or a kill -9
  leaves the database as it was.
- **Progress.** An import that takes more than a moment gets one message, edited as it goes
  (every few seconds) and finally replaced by the report.
- **Stoppable.** On shutdown the import is stopped and rolled back, and the admin is told
  that nothing changed. Before it starts, a note of who is importing what is committed; the
  import's own transaction deletes it. A note found at start-up is an import a kill cut
  short: its admin is told then.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from html import escape

from telegram import Message, Update
from telegram.error import TelegramError
from telegram.ext import Application

from bot.context import Context
from bot.import_process import ImportFailed, ImportProcess, Stopped
from bot.render import fit_blocks
from bot.texts import clip, reader_lang, t
from bot.writes import write
from knowledge.curation import ImportReport
from knowledge.service import Knowledge

log = logging.getLogger(__name__)
NOTE = "import_in_progress"  # meta key: {"chat", "file", "lang"} of the import under way
QUIET = 2.0  # seconds an import may take before it gets a progress message
EVERY = 3.0  # seconds between two edits of the progress message
STOP_WAIT = 6.0  # seconds a shutdown waits for the stopped import to roll back and say so
TAKE_IN_BATCH = 500  # facts indexed at a time once an import committed (~10 ms)
MAX_LINES = 10  # refused lines (and warnings) listed in the report
# the first word of a stage the import reports (knowledge/curation.py names them in English
# for the terminal's progress line) -> its text
STAGES = {"checking": "adm_stage_checking", "indexing": "adm_stage_indexing"}
STAGES |= {"saving": "adm_stage_saving", "waiting": "adm_stage_waiting"}


async def take_in(knowledge: Knowledge) -> None:
    """Take in what was committed elsewhere (an import here or in another process) a batch
    at a time, letting the loop answer others between two batches."""
    while knowledge.refresh(batch=TAKE_IN_BATCH):
        await asyncio.sleep(0)


def progress_text(job: ImportProcess, lang: str) -> str:
    """The progress message: which stage, and how far when it can be counted."""
    name, done, total = job.stage
    stage = t(STAGES.get(name.split(" ", 1)[0], "adm_stage_starting"), lang)
    if total:
        numbers = {"done": f"{done:,}", "total": f"{total:,}", "percent": str(done * 100 // total)}
        stage = t("adm_import_count", lang, stage=stage, **numbers)
    return t("adm_import_progress", lang, file=clip(job.filename, 60), stage=stage)


def report_blocks(report: ImportReport, lang: str) -> list[str]:
    """The report of a finished import, as HTML blocks: counts, refused lines, warnings."""
    blocks = [escape(t("adm_imported", lang, count=str(report.imported)))]
    if report.articles or report.labels or report.deleted:
        numbers = {"articles": report.articles, "labels": report.labels, "deleted": report.deleted}
        blocks.append(escape(t("adm_restored", lang, **{k: str(v) for k, v in numbers.items()})))
    for key, lines in (
        ("adm_import_errors", report.errors),
        ("adm_import_warnings", report.warnings),
    ):
        if lines:
            blocks.append(escape(t(key, lang, count=str(len(lines)))))
            blocks += [
                f"{line}: {escape(clip(message, 300))}" for line, message in lines[:MAX_LINES]
            ]
    return blocks


class Imports:
    """The import under way in this bot (one at a time) and the task that reports on it."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.job: ImportProcess | None = None
        self.task: asyncio.Task[None] | None = None

    async def start(self, update: Update, context: Context, text: str, filename: str) -> None:
        """Start importing *text* and return at once; the admin hears how it goes."""
        lang = reader_lang(update, context)
        message = update.effective_message
        if self.job is not None:
            await message.reply_text(t("adm_import_busy", lang))
            return
        knowledge = self.knowledge
        if str(knowledge.path) == ":memory:":  # another process could not see it
            await message.reply_text(t("adm_import_in_memory", lang))
            return
        job = self.job = ImportProcess(
            knowledge.path, text, update.effective_user.id, filename, NOTE
        )
        note = json.dumps({"chat": update.effective_chat.id, "file": filename, "lang": lang})
        try:  # the note is committed before the import can begin
            await write(knowledge, lambda: knowledge.set_note(NOTE, note))
        except BaseException:
            self.job = None
            raise
        self.task = asyncio.create_task(self._follow(job, message, lang))

    async def _follow(self, job: ImportProcess, message: Message, lang: str) -> None:
        """Run *job* (its child process, watched from a thread); show its progress, then its
        outcome, in one message."""
        work = asyncio.ensure_future(asyncio.to_thread(job.run))
        shown: Message | None = None
        try:
            while not (await asyncio.wait({work}, timeout=QUIET if shown is None else EVERY))[0]:
                shown = await _show(message, shown, progress_text(job, lang))
            if work.exception() is None:
                await take_in(self.knowledge)  # the imported facts, answerable now
            blocks, told = self._outcome(job, work, lang), False
            with contextlib.suppress(TelegramError):
                text = fit_blocks(blocks, "…")
                if shown is None:
                    await message.reply_html(text, disable_web_page_preview=True)
                else:
                    await shown.edit_text(text, parse_mode="HTML", disable_web_page_preview=True)
                told = True
            if told and work.exception() is not None:
                knowledge = self.knowledge
                await write(knowledge, lambda: knowledge.drop_note(NOTE))
        finally:
            self.job = None

    def _outcome(
        self, job: ImportProcess, work: asyncio.Future[ImportReport], lang: str
    ) -> list[str]:
        """What to tell the admin: the report, or that the import stopped or failed."""
        error = work.exception()
        if error is None:
            return report_blocks(work.result(), lang)
        if isinstance(error, Stopped):
            # the note goes with the import's commit: gone, the import was saved after all
            # (a stop that came as it committed)
            saved = self.knowledge.note(NOTE) is None
            key = "adm_import_saved_anyway" if saved else "adm_import_stopped"
            return [escape(t(key, lang, file=clip(job.filename, 60)))]
        if not isinstance(error, ImportFailed):
            raise error
        log.warning("an import could not be saved: %s%s", error, error.details)
        reason = clip(str(error), 200)
        return [escape(t("adm_import_failed", lang, file=clip(job.filename, 60), reason=reason))]

    async def stop(self) -> None:
        """Stop the import under way, if any, and wait (a few seconds at most) until it has
        rolled back and the admin was told."""
        job, task = self.job, self.task
        if job is None or task is None:
            return
        job.stop()
        await asyncio.wait({task}, timeout=STOP_WAIT)


async def _show(message: Message, shown: Message | None, text: str) -> Message | None:
    """Send the progress message, or edit it to *text*; a failure only skips this update."""
    try:
        if shown is None:
            return await message.reply_text(text)
        if shown.text != text:
            return await shown.edit_text(text)  # type: ignore[return-value]
    except TelegramError as error:
        log.warning("could not show an import's progress: %s", error)
    return shown


async def tell_cut_short(application: Application) -> None:
    """At start-up: tell the admin whose import a kill cut short that nothing changed."""
    knowledge = application.bot_data.knowledge
    note = knowledge.note(NOTE)
    if note is None:
        return
    try:
        fields = json.loads(note)
        text = t("adm_import_stopped", fields["lang"], file=clip(fields["file"], 60))
        await application.bot.send_message(fields["chat"], text)
    except TelegramError as error:
        log.warning("could not tell an admin their import was cut short: %s", error)
        return
    except (ValueError, KeyError, TypeError):
        log.warning("dropping an unreadable note of an import: %r", note[:200])
    await write(knowledge, lambda: knowledge.drop_note(NOTE))


def install(application: Application) -> None:
    """Keep an :class:`Imports` in ``bot_data.imports``: tell at start-up of an import a kill
    cut short, and stop the one under way when the application stops."""
    first_init, first_stop = application.post_init, application.post_stop
    application.bot_data.imports = Imports(application.bot_data.knowledge)

    async def start(app: Application) -> None:
        if first_init is not None:
            await first_init(app)
        await tell_cut_short(app)

    async def stop(app: Application) -> None:
        await app.bot_data.imports.stop()
        if first_stop is not None:
            await first_stop(app)

    application.post_init = start
    application.post_stop = stop
