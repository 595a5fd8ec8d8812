"""Facts: the record type, validation of incoming rows, and the JSONL/CSV formats."""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from datetime import date as _date
from typing import Any, cast

from knowledge.articles import Article
from knowledge.errors import FactError

__all__ = [
    "EDITABLE",
    "MAX_QUESTION",
    "MAX_QUESTIONS",
    "MAX_QUOTE",
    "MAX_STATEMENT",
    "Fact",
    "is_url",
    "split_questions",
]

FIELDS = (
    "id",
    "statement",
    "statement_ru",
    "quote",
    "quote_en",
    "source",
    "paragraph",
    "date",
    "entities",
    "topics",
    "questions",
)
EDITABLE = (
    "statement",
    "statement_ru",
    "quote",
    "quote_en",
    "source",
    "date",
    "entities",
    "topics",
    "questions",
)

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,55}$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LIST_SPLIT = re.compile(r"[;,|]")
MAX_STATEMENT = 1000
MAX_QUOTE = 3000
MAX_QUESTIONS = 20  # example questions per fact
MAX_QUESTION = 300


def is_url(text: str) -> bool:
    """True for an http(s) link with a host: the one rule for every source or article link."""
    return bool(_URL.match(text))


@dataclass(frozen=True)
class Fact:
    """One curated or admin-made fact, as the engine and the store see it."""

    id: str
    statement: str
    quote: str
    source: str
    statement_ru: str | None = None
    quote_en: str | None = None
    article_id: str | None = None
    paragraph: int | None = None
    date: str | None = None
    entities: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()  # example questions it answers, searched beside it
    origin: str = "seed"
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict[str, Any], compare=False, repr=False)

    def to_record(self) -> dict[str, Any]:
        """The fact in the exchange format that import reads and export writes."""
        return {
            "id": self.id,
            "statement": self.statement,
            "statement_ru": self.statement_ru,
            "quote": self.quote,
            "quote_en": self.quote_en,
            "source": self.source,
            "paragraph": self.paragraph,
            "date": self.date,
            "entities": list(self.entities),
            "topics": list(self.topics),
            "questions": list(self.questions),
        }

    def to_row(self) -> dict[str, Any]:
        """The fact as a database row (lists as JSON text)."""
        # Field by field: dataclasses.asdict deep-copies, which costs a large import dearly;
        # the field names and the JSON encoder are made once, not per fact.
        row = {name: getattr(self, name) for name in ROW_FIELDS}
        for name in ("entities", "topics", "questions"):
            row[name] = _JSON.encode(list(row[name]))
        row["deleted"] = int(self.deleted)
        return row

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> Fact:
        """Build a fact from a database row."""
        return cls(
            id=row["id"],
            statement=row["statement"],
            quote=row["quote"],
            source=row["source"],
            statement_ru=row.get("statement_ru"),
            quote_en=row.get("quote_en"),
            article_id=row.get("article_id"),
            paragraph=row.get("paragraph"),
            date=row.get("date"),
            entities=json_labels(row.get("entities")),
            topics=json_labels(row.get("topics")),
            questions=json_labels(row.get("questions")),
            origin=row.get("origin") or "seed",
            deleted=bool(row.get("deleted")),
        )


ROW_FIELDS = tuple(f.name for f in fields(Fact) if f.name != "extra")  # a fact's own columns
_JSON = json.JSONEncoder(ensure_ascii=False)  # what json.dumps would build for each list


def json_labels(text: str | None) -> tuple[str, ...]:
    """Labels stored as a JSON list (entities, topics) back as a tuple."""
    if not text or text == "[]":
        return ()
    if "\\" not in text and text.startswith('["') and text.endswith('"]'):
        # The common case, written by json.dumps with nothing to unescape: split it directly
        # (loading 100k facts at start-up spends most of its time here otherwise).
        return tuple(text[2:-2].split('", "'))
    return tuple(json.loads(text))


def _text(value: object, name: str, limit: int, required: bool) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise FactError(f"'{name}' is required")
        return None
    if not isinstance(value, str):
        raise FactError(f"'{name}' must be text")
    value = value.strip()
    if len(value) > limit:
        raise FactError(f"'{name}' is longer than {limit} characters")
    return value


def _labels(value: object, name: str) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        text = value.strip()
        try:
            items = json.loads(text) if text.startswith("[") else _LIST_SPLIT.split(text)
        except json.JSONDecodeError as error:
            raise FactError(f"'{name}' is not a valid list ({error.msg})") from error
        if not isinstance(items, list):
            raise FactError(f"'{name}' must be a list")
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        raise FactError(f"'{name}' must be a list or a comma-separated text")
    labels = []
    for item in items:
        if not isinstance(item, str):
            raise FactError(f"'{name}' must hold text labels")
        label = item.strip()
        if label and label not in labels:
            labels.append(label)
    return tuple(labels)


def split_questions(value: str | list[str]) -> tuple[str, ...]:
    """Example questions as stored: from a list, or one text with questions separated by "|"
    or new lines; spaces collapsed, blanks and repeats dropped, limits not yet checked (the
    guided /addfact form checks them itself to say which question is at fault).

    >>> split_questions("Who signed it?  |  Кто подписал? | Who signed it?")
    ('Who signed it?', 'Кто подписал?')
    """
    items = re.split(r"[|\n]", value) if isinstance(value, str) else value
    return tuple(dict.fromkeys(" ".join(v.split()) for v in items if v.strip()))


def _questions(value: object) -> tuple[str, ...]:
    """Example questions: a list, or one text with questions separated by "|" or new lines."""
    if value in (None, ""):
        return ()
    texts = isinstance(value, list) and all(isinstance(v, str) for v in value)
    if not (isinstance(value, str) or texts):
        raise FactError("'questions' must be a list of texts")
    questions = split_questions(cast("str | list[str]", value))
    if len(questions) > MAX_QUESTIONS:
        raise FactError(f"'questions' holds at most {MAX_QUESTIONS} questions")
    if any(len(q) > MAX_QUESTION for q in questions):
        raise FactError(f"each of 'questions' must be at most {MAX_QUESTION} characters")
    return questions


def date_value(value: object) -> str | None:
    """A date given as 2025-04-23, 2025-04 or 2025 (None for none); FactError otherwise.

    >>> date_value("2025-04"), date_value("")
    ('2025-04', None)
    """
    text = _text(value, "date", 10, required=False)
    if text is None:
        return None
    if not _DATE.match(text):
        raise FactError("'date' must look like 2025-04-23, 2025-04 or 2025")
    try:
        _date.fromisoformat((text + "-01-01")[:10])
    except ValueError as error:
        raise FactError(f"'date' is not a real date: {text}") from error
    return text


def new_fact_id(statement: str, quote: str, source: str) -> str:
    """A stable id for a fact that came without one (same content, same id)."""
    digest = hashlib.sha1(f"{statement}\n{quote}\n{source}".encode()).hexdigest()
    return f"f-{digest[:10]}"


def _cited(
    source: str, quote: str, given: object, articles: Mapping[str, Article]
) -> tuple[str | None, int | None, str]:
    """(article id, paragraph, quote as the article writes it) of a quote from *source*."""
    if source not in articles:
        if not is_url(source):
            known = ", ".join(sorted(articles)) or "none"
            raise FactError(f"'source' must be a known article id ({known}) or an http(s) URL")
        return None, None, quote
    article = articles[source]
    found = article.find(quote)
    if found is None:
        raise FactError(
            f"the quote is not verbatim in article '{source}'", article.closest_sentences(quote)
        )
    paragraph, quote = found  # the article's own ё, quotation marks, dashes and spaces
    if given not in (None, "") and str(given) != str(paragraph):
        raise FactError(f"the quote stands in paragraph {paragraph}, not {given}")
    return source, paragraph, quote


def validate(
    raw: Mapping[str, Any],
    articles: Mapping[str, Article],
    *,
    origin: str = "import",
    resolve_entity: Callable[[str], str | None] | None = None,
) -> Fact:
    """Check an incoming record and return the fact it describes, or raise :class:`FactError`.

    ``source`` is a known article id (then the quote must stand verbatim in that article, up
    to ё/е, quotation marks, dashes and whitespace, and is stored as the article writes it;
    the paragraph is found from it) or an http(s) URL of an outside source.
    ``resolve_entity`` maps a label such as "Turkey" to a known entity id, if there is one.
    """
    if not isinstance(raw, Mapping):
        raise FactError("a fact must be an object with fields")
    unknown = set(raw) - set(FIELDS)
    if unknown:
        raise FactError(f"unknown field(s): {', '.join(sorted(unknown))}")
    statement = _text(raw.get("statement"), "statement", MAX_STATEMENT, required=True)
    quote = _text(raw.get("quote"), "quote", MAX_QUOTE, required=True)
    source = _text(raw.get("source"), "source", 500, required=True)
    assert statement and quote and source
    fact_id = raw.get("id")
    if isinstance(fact_id, str):
        fact_id = fact_id.strip()  # an id ending in a line break could never be found again
    if fact_id in (None, ""):
        fact_id = new_fact_id(statement, quote, source)
    elif not isinstance(fact_id, str) or not _ID.fullmatch(fact_id):
        raise FactError("'id' must be 1-56 letters, digits or . _ - (starting with one)")
    article_id, paragraph, quote = _cited(source, quote, raw.get("paragraph"), articles)
    entities = _labels(raw.get("entities"), "entities")
    if resolve_entity is not None:
        entities = tuple(dict.fromkeys(resolve_entity(e) or e for e in entities))
    return Fact(
        id=fact_id,
        statement=statement,
        statement_ru=_text(raw.get("statement_ru"), "statement_ru", MAX_STATEMENT, False),
        quote=quote,
        quote_en=_text(raw.get("quote_en"), "quote_en", MAX_QUOTE, False),
        source=source,
        article_id=article_id,
        paragraph=paragraph,
        date=date_value(raw.get("date")),
        entities=entities,
        topics=_labels(raw.get("topics"), "topics"),
        questions=_questions(raw.get("questions")),
        origin=origin,
    )


def _csv_records(lines: Iterable[str]) -> Iterator[tuple[int, dict[str, Any] | FactError]]:
    """CSV rows as records; a row the csv module cannot read (a cell over its size limit)
    ends the file with an error at that line, as nothing after it can be trusted."""
    reader = csv.DictReader(lines)
    try:
        for row in reader:
            line = reader.line_num
            if None in row:
                yield line, FactError("the row has more cells than the header")
                continue
            yield line, {k.strip(): v for k, v in row.items() if k and v not in (None, "")}
    except csv.Error as error:
        yield (
            reader.line_num + 1,
            FactError(f"unreadable CSV, the rest of the file skipped: {error}"),
        )


def read_records(
    source: str | Iterable[str], filename: str = ""
) -> Iterator[tuple[int, dict[str, Any] | FactError]]:
    """Parse JSONL or CSV into ``(line number, record or error)`` pairs, from a whole text
    or from its lines as they are read (a file opened with ``newline="\\n"``), so a large
    file is never held at once.

    CSV is recognised by a ``.csv`` file name or a first non-blank line that is not JSON.
    """
    lines = iter(io.StringIO(source) if isinstance(source, str) else source)
    head: list[str] = []
    for line in lines:
        head.append(line.lstrip("\ufeff") if not head else line)
        if head[-1].strip():
            break
    first = head[-1].strip() if head else ""
    name = filename.lower()
    is_csv = name.endswith(".csv") or (
        not name.endswith((".jsonl", ".json", ".ndjson")) and bool(first) and first[0] != "{"
    )
    if is_csv:
        yield from _csv_records(itertools.chain(head, lines))
        return
    for number, line in enumerate(itertools.chain(head, lines), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, FactError(f"not valid JSON ({error.msg})")
            continue
        except RecursionError:
            yield number, FactError("not a fact: its JSON is nested too deeply")
            continue
        except ValueError as error:  # e.g. a number of more than 4,300 digits
            yield number, FactError(f"not a fact: {error}")
            continue
        if not isinstance(record, dict):
            yield number, FactError("a line must hold one JSON object")
            continue
        yield number, record
