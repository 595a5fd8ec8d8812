"""Changing the briefing: admins' facts, edits, deletions, undo, articles and bulk import.

Every change is validated here, exactly once, the same way for a preview and for the save;
the store writes it with its audit record in one transaction, then the index follows.
"""

from __future__ import annotations

import io
import json
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from knowledge.articles import Article
from knowledge.briefing import Briefing
from knowledge.errors import ArticleError, DuplicateArticle, DuplicateQuote, FactError, UnknownFact
from knowledge.facts import EDITABLE, Fact, date_value, is_url, read_records, validate
from knowledge.forked import Forked
from knowledge.language.translit import to_latin
from knowledge.language.words import detect_lang, fold, raw_tokens
from knowledge.store.backup import TYPE, Extras, dump, read_extra

__all__ = ["Curation", "ImportReport", "ProgressFn", "Undone"]

T = TypeVar("T")
IMPORT_BATCH = 5000  # fact records an import checks and saves at a time
# (stage, done, total) while an import or export runs; total 0 when it cannot be counted
ProgressFn = Callable[[str, int, int], None]


def _quiet(stage: str, done: int, total: int) -> None:
    """The progress of work nobody watches."""


def _counted(items: Iterable[T], stage: str, total: int, progress: ProgressFn) -> Iterator[T]:
    """*items*, reporting each one to *progress* as it goes by."""
    for done, item in enumerate(items, 1):
        progress(stage, done, total)
        yield item


def _words(text: str) -> list[str]:
    """An article text compared as words, whatever its spacing and line breaks."""
    return text.split()


Records = list[tuple[int, dict[str, Any]]]  # fact records of an import by line number
# each line's fact with its search terms, or why it was refused
Checked = list[tuple[int, "Fact | str", tuple[str, ...]]]
PIPELINE = 2  # batches of an import checked ahead of the one being saved, at most


@dataclass
class ImportReport:
    """What an import did: how many facts it stored and which lines it refused."""

    imported: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    articles: int = 0  # articles a backup added
    labels: int = 0  # entities and topics a backup added
    deleted: int = 0  # facts a backup marked deleted
    warnings: list[tuple[int, str]] = field(default_factory=list)  # stored, but look again


@dataclass
class _Run:
    """An import under way: what it found so far, and the batches being checked ahead."""

    report: ImportReport = field(default_factory=ImportReport)
    extras: Extras = field(default_factory=Extras)
    records: Records = field(default_factory=list)  # the batch being read
    ids: set[str] = field(default_factory=set)  # the facts the file holds, counted once each
    saved: int = 0
    pending: deque[Future[Checked]] = field(default_factory=deque)


@dataclass(frozen=True)
class Undone:
    """A reverted change: the action that was undone, the fact as it is now, and for an edit
    the fields it had changed."""

    action: str
    fact: Fact
    fields: tuple[str, ...] = ()


class Curation:
    """Admins' changes to facts and articles."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing

    def preview(self, raw: dict[str, Any], origin: str = "admin") -> Fact:
        """The fact a record would become, validated exactly as saving it would.

        A fact given no entities (or no topics) gets those its own text names; a country new
        to the briefing is taken from the world gazetteer. Labels given explicitly win.
        """
        briefing = self.briefing
        fact = validate(
            raw, briefing.articles, origin=origin, resolve_entity=briefing.vocabulary.resolve
        )
        entities = list(fact.entities)
        topics = [self._topic_id(label) for label in fact.topics]
        if not (entities and topics):  # labels given explicitly win; find only what is missing
            text = " ".join(
                filter(None, [fact.statement, fact.statement_ru, fact.quote, fact.quote_en])
            )
            found = briefing.vocabulary.find(raw_tokens(text), typos=False)
            entities = entities or [m.concept.id for m in found if not m.concept.is_topic]
            topics = topics or [m.concept.id for m in found if m.concept.is_topic]
        return replace(
            fact, entities=tuple(dict.fromkeys(entities)), topics=tuple(dict.fromkeys(topics))
        )

    def _topic_id(self, label: str) -> str:
        """The topic a label names ("Agreements", "соглашения"), else the label as given."""
        concept = self.briefing.named(label)
        return concept.id if concept is not None and concept.is_topic else label

    def _save(self, fact: Fact, actor: int, action: str) -> None:
        """Save a fact with its audit record, then bring the index up to date."""
        terms = self.briefing.index.terms_of(fact)
        self.briefing.store.save_fact(fact, actor, action, " ".join(terms))
        self.briefing.index_fact(fact, terms)

    def _live(self, fact_id: str) -> Fact:
        fact = self.briefing.fact(fact_id)
        if fact is None:
            raise UnknownFact(fact_id)
        return fact

    def add_fact(self, raw: dict[str, Any], actor: int, allow_duplicate: bool = False) -> Fact:
        """Validate and store an admin's fact; it is answerable at once. A quote another live
        fact already cites raises :class:`DuplicateQuote` unless *allow_duplicate*."""
        fact = self.preview(raw)
        existing = self.briefing.store.fact(fact.id)
        if existing is not None and not existing.deleted:
            raise FactError(f"a fact with id '{fact.id}' already exists")
        other = None if allow_duplicate else self.quoted_by(fact.quote, fact.source, fact.id)
        if other is not None:
            raise DuplicateQuote(other)
        self._save(fact, actor, "addfact")
        return fact

    def quoted_by(self, quote: str, source: str, other_than: str | None = None) -> Fact | None:
        """The live fact (other than *other_than*) that already cites *quote* from *source*."""
        fact_id = self.briefing.store.fact_with_quote(quote, source, other_than)
        return self.briefing.fact(fact_id) if fact_id else None

    def check_quote(self, source: str, quote: str) -> tuple[str, Fact | None]:
        """A quote as it will be stored (an article's own text, see ``Article.find``) and the
        live fact that already cites it; raises FactError when it is not in the article."""
        article = self.briefing.article(source)
        quote = quote.strip()
        if article is not None:
            found = article.find(quote)
            if found is None:
                raise FactError(
                    f"the quote is not verbatim in article '{source}'",
                    article.closest_sentences(quote),
                )
            quote = found[1]
        return quote, self.quoted_by(quote, source)

    def edit_fact(self, fact_id: str, field_name: str, value: str, actor: int) -> Fact:
        """Change one field of a live fact (validated like a new fact)."""
        current = self._live(fact_id)
        if field_name not in EDITABLE:
            raise FactError(f"'{field_name}' cannot be edited; fields: {', '.join(EDITABLE)}")
        record = current.to_record()
        record.pop("paragraph")
        record[field_name] = value
        fact = replace(self.preview(record, origin=current.origin), id=current.id)
        self._save(fact, actor, "editfact")
        return fact

    def delete_fact(self, fact_id: str, actor: int) -> Fact:
        """Soft-delete a fact (``/undo`` brings it back)."""
        deleted = replace(self._live(fact_id), deleted=True)
        self._save(deleted, actor, "delfact")
        return deleted

    def undo(self, actor: int) -> Undone | None:
        """Revert the actor's last fact change, if there is one."""
        store = self.briefing.store
        change = store.last_change(actor)
        if change is None:
            return None
        _, restored = store.undo(change, actor)
        self.briefing.index.remove(change["fact_id"])
        if restored is not None:
            self.briefing.index_fact(restored)
        fact = restored or store.fact(change["fact_id"])
        assert fact is not None
        fields: tuple[str, ...] = ()
        if change["action"] == "editfact" and change["before"] and change["after"]:
            before, after = json.loads(change["before"]), json.loads(change["after"])
            fields = tuple(name for name in EDITABLE if before.get(name) != after.get(name))
        return Undone(change["action"], fact, fields)

    def add_article(
        self,
        title: str,
        text: str,
        actor: int,
        *,
        outlet: str | None = None,
        url: str | None = None,
        date: str | None = None,
    ) -> Article:
        """Store a new article so facts can cite it; raises ValueError on bad input and
        :class:`DuplicateArticle` for a text already stored."""
        title = title.strip()
        if not title or not text.strip():
            raise ArticleError("an article needs a title and a text")
        if url and not is_url(url):
            raise ArticleError("the link must start with http:// or https://")
        articles = self.briefing.articles
        same = next((a for a in articles.values() if _words(a.text) == _words(text)), None)
        if same is not None:
            raise DuplicateArticle(same.id)
        article = Article(
            id=self._article_id(title),
            title=title,
            text=text.strip(),
            outlet=outlet or None,
            lang=detect_lang(text),
            date=date_value(date),
            url=url or None,
            origin="admin",
        )
        if not article.paragraphs:
            raise ArticleError("the text has no paragraphs to cite")
        self.briefing.store.add_article(article, actor)
        articles[article.id] = article
        return article

    def _article_id(self, title: str) -> str:
        """A new article's id: its title in Latin letters, lower case, words joined by "-"."""
        latin = to_latin(fold(title)).encode("ascii", "ignore").decode()
        base = re.sub(r"[^a-z0-9]+", "-", latin).strip("-")[:40].rstrip("-") or "article"
        article_id, n = base, 2
        while article_id in self.briefing.articles:
            article_id, n = f"{base}-{n}", n + 1
        return article_id

    def import_text(
        self, text: str, actor: int, filename: str = "", progress: ProgressFn = _quiet
    ) -> ImportReport:
        """Bulk import from JSONL or CSV text: see :meth:`import_lines`."""
        lines = text.count("\n") + (not text.endswith("\n"))
        return self.import_lines(io.StringIO(text), actor, filename, progress, lines)

    def import_lines(
        self,
        lines: Iterable[str],
        actor: int,
        filename: str = "",
        progress: ProgressFn = _quiet,
        total: int = 0,
    ) -> ImportReport:
        """Bulk import from the lines of a JSONL or CSV file (*total* of them, 0 when not
        counted): a fact file or a backup (see :mod:`knowledge.store.backup`). Good rows are
        stored, bad ones reported by line; a backup's articles, entities and topics are added
        before the facts after them, its deletions at the end. The lines are read, checked
        and saved a batch at a time, so memory is bounded by the batch (and the ids seen),
        not the file. *progress* hears how many lines were checked; an exception it raises
        stops the import.

        All of it is one transaction (a savepoint in the caller's, when one is open): stopped
        or killed at any point, the database is left as it was. The read model is not rolled
        back with it, so a caller whose import fails drops this Knowledge (``bot/imports.py``
        imports on a Knowledge of its own; the command line exits)."""
        with self.briefing.store.bulk_writing(total):
            return self._import_lines(lines, actor, filename, progress, total)

    def _import_lines(
        self, lines: Iterable[str], actor: int, filename: str, progress: ProgressFn, total: int
    ) -> ImportReport:
        run = _Run()
        # Full batches are checked in a fork while this process saves the batch before; the
        # last (for a small file the only) one is checked here, with no fork.
        checker: Forked[Records, Checked] = Forked(self._checked)
        line = 0
        try:
            for line, record in read_records(lines, filename):
                progress("checking facts", line, max(total, line))
                self._take(run, line, record)
                if len(run.records) >= IMPORT_BATCH:
                    self._check_ahead(run, checker, actor)
            while run.pending:
                self._save_pending(run, actor)
        finally:
            checker.close()
        self._restore(run.extras, actor, run.report)
        run.saved += self._save_batch(self._checked(run.records), run, actor)
        if line < total:  # blank lines or CSV cells over several lines at the end
            progress("checking facts", total, total)
        report = run.report
        report.imported = len(run.ids)
        report.warnings += [
            (line, f"the quote is already used by fact '{other}'; stored all the same")
            for line, _, other in self.briefing.store.quote_clashes()
        ]
        if run.saved:
            progress(f"indexing {run.saved} facts", 0, 0)
            self.briefing.store.audit_count(actor, "import", run.saved)
            self.briefing.imported(run.saved)
        self._delete(run.extras.deleted, actor, report)
        report.errors.sort()
        return report

    @staticmethod
    def _take(run: _Run, line: int, record: dict[str, Any] | FactError) -> None:
        """A record read: a fact for the batch, or a backup's article, label or deletion."""
        try:
            if isinstance(record, FactError):
                raise record
            if TYPE in record:
                read_extra(line, record, run.extras)
            else:
                run.records.append((line, record))
        except FactError as error:
            run.report.errors.append((line, error.message))

    def _check_ahead(self, run: _Run, checker: Forked[Records, Checked], actor: int) -> None:
        """Hand a full batch to the fork and save the one it checked before. Articles or
        labels read so far are added first, the fork started again to see them: the facts
        after them in the file are checked with them."""
        if run.extras.waiting():
            while run.pending:
                self._save_pending(run, actor)
            checker.close()
            self._restore(run.extras, actor, run.report)
        run.pending.append(checker.submit(run.records))
        run.records = []
        if len(run.pending) >= PIPELINE:
            self._save_pending(run, actor)

    def _save_pending(self, run: _Run, actor: int) -> None:
        run.saved += self._save_batch(run.pending.popleft().result(), run, actor)

    def _restore(self, extras: Extras, actor: int, report: ImportReport) -> None:
        """Add the backup's articles, entities and topics read so far that the database lacks
        (each once: they leave *extras* as they are taken)."""
        briefing = self.briefing
        new: list[Article] = []
        for line, article in extras.articles:
            known = briefing.articles.get(article.id)
            if known is None:
                new.append(article)
            elif known.text != article.text:
                report.errors.append(
                    (line, f"article '{article.id}' is stored with another text; kept as it is")
                )
        if new:
            briefing.store.add_articles(new, actor)
            briefing.articles.update((a.id, a) for a in new)
            report.articles += len(new)
        labels = briefing.store.add_labels(
            "entities", [row for _, row in extras.entities]
        ) + briefing.store.add_labels("topics", [row for _, row in extras.topics])
        if labels:
            briefing.reload_vocabulary()
        report.labels += labels
        extras.articles, extras.entities, extras.topics = [], [], []

    def _checked(self, records: Records) -> Checked:
        """Each fact record checked: the fact it becomes with its search terms, or why it is
        refused (in a fork too: it reads only the read model)."""
        checked: Checked = []
        terms_of = self.briefing.index.terms_of
        for line, record in records:
            try:
                fact = self.preview(record, origin="import")
            except FactError as error:
                checked.append((line, error.message, ()))
            else:
                checked.append((line, fact, terms_of(fact)))
        return checked

    def _save_batch(self, checked: Checked, run: _Run, actor: int) -> int:
        """Save the checked facts that differ from the stored version (a curated fact
        restored unchanged stays curated, so re-seeding may still refresh it); how many."""
        ids, report = run.ids, run.report
        changed: dict[str, tuple[Fact, tuple[str, ...]]] = {}
        lines: dict[str, int] = {}
        for line, fact, terms in checked:
            if isinstance(fact, str):
                report.errors.append((line, fact))
                continue
            ids.add(fact.id)
            changed.pop(fact.id, None)
            if self._unchanged(fact):
                continue
            changed[fact.id] = (fact, terms)
            lines[fact.id] = line
        if changed:
            pairs = list(changed.values())
            store = self.briefing.store
            store.save_facts(
                [(fact, " ".join(terms)) for fact, terms in pairs], actor, audited=False
            )
            store.note_lines(lines.items())
            self.briefing.index_facts(pairs)
        return len(changed)

    def _unchanged(self, fact: Fact) -> bool:
        stored = self.briefing.fact(fact.id)
        return stored is not None and stored.to_record() == fact.to_record()

    def _delete(self, deleted: list[tuple[int, str]], actor: int, report: ImportReport) -> None:
        """Soft-delete the live facts a backup lists as deleted."""
        live = [fact for _, fact_id in deleted if (fact := self.briefing.fact(fact_id))]
        if not live:
            return
        gone = [replace(fact, deleted=True) for fact in live]
        self.briefing.store.save_facts([(fact, "") for fact in gone], actor)
        for fact in gone:
            self.briefing.index_fact(fact)
        report.deleted = len(gone)

    def export_jsonl(self, progress: ProgressFn = _quiet) -> str:
        """A backup of everything (:mod:`knowledge.store.backup`) that :meth:`import_text` restores;
        *progress* hears how many of the facts are written."""
        store = self.briefing.store
        total = store.count_facts(include_deleted=True)
        facts = _counted(store.facts(include_deleted=True), "exporting facts", total, progress)
        return dump(store.articles(), store.entities(), store.topics(), facts)
