"""The built index as blobs in the database, so that opening a large briefing reads arrays
instead of re-indexing every fact.

A snapshot holds only live facts, renumbered from 0 in index order: their ids, the term and
label names, each fact's term and label ids (:class:`~knowledge.search.index.Rows`) and
the postings, all as raw integer arrays. Its header names the format, a *key* (how terms
and labels were derived: the analysis and the vocabulary; a snapshot under another key is
ignored), the fact-log position it reflects (see ``fact_log`` in the schema) and a CRC of
every part. A snapshot that fails any check is reported as ``None`` and rebuilt, never
trusted.
"""

from __future__ import annotations

import json
import zlib
from array import array

import numpy as np

from knowledge.search.index import Index, Rows

FORMAT = 1  # bump when the parts or their meaning change
SEPARATOR = "\0"  # between names and ids (never part of one: checked when saving)
HEADER = "header"


def _names(names: list[str]) -> bytes:
    return SEPARATOR.join(names).encode("utf-8")


def _unnames(data: bytes) -> list[str]:
    return data.decode("utf-8").split(SEPARATOR) if data else []


def _postings(index: Index, names: list[str], labels: bool, remap: np.ndarray) -> list[bytes]:
    """Every name's live postings, renumbered, as one flat array and its row ends."""
    chunks = []
    for name in names:
        found = index.label_postings(name) if labels else index.postings(name)
        renumbered = remap[found]
        chunks.append(renumbered[renumbered >= 0].astype(np.int32))
    ends = np.cumsum([len(c) for c in chunks], dtype=np.int64)
    flat = np.concatenate(chunks) if chunks else np.empty(0, np.int32)
    return [flat.tobytes(), ends.tobytes()]


def encode(index: Index, key: str, seq: int) -> dict[str, bytes] | None:
    """The parts of a snapshot of *index* at fact-log position *seq*; None when a fact id
    or a name holds the separator (then the index is simply not stored)."""
    live = np.flatnonzero(index.alive)
    ids = [index.numbers[n] or "" for n in live.tolist()]
    terms, labels = index.terms.names, index.label_names.names
    if any(SEPARATOR in text for text in (*ids, *terms, *labels)):
        return None
    remap = np.full(len(index.numbers), -1, dtype=np.int64)
    remap[live] = np.arange(len(live))
    doc_terms, doc_labels = index.doc_terms.keep(live), index.doc_labels.keep(live)
    term_postings = _postings(index, terms, False, remap)
    label_postings = _postings(index, labels, True, remap)
    parts = {
        "ids": _names(ids),
        "terms": _names(terms),
        "labels": _names(labels),
        "doc_terms": doc_terms.flat.tobytes(),
        "doc_term_ends": doc_terms.ends.tobytes(),
        "doc_labels": doc_labels.flat.tobytes(),
        "doc_label_ends": doc_labels.ends.tobytes(),
        "postings": term_postings[0],
        "posting_ends": term_postings[1],
        "label_postings": label_postings[0],
        "label_posting_ends": label_postings[1],
    }
    header = {
        "format": FORMAT,
        "key": key,
        "seq": seq,
        "facts": len(ids),
        "crc": {name: zlib.crc32(data) for name, data in parts.items()},
    }
    return {HEADER: json.dumps(header).encode(), **parts}


def header_of(parts: dict[str, bytes]) -> dict[str, object] | None:
    """The header of stored *parts*, if it is readable."""
    try:
        header = json.loads(parts.get(HEADER, b"").decode())
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return header if isinstance(header, dict) else None


def decode(parts: dict[str, bytes], key: str, index: Index) -> int | None:
    """Load a snapshot into an empty *index*; returns its fact-log position, or None (and
    the index left empty) when the snapshot is missing, of another format or key, or
    damaged."""
    header = header_of(parts)
    if header is None or header.get("format") != FORMAT or header.get("key") != key:
        return None
    crc = header.get("crc")
    if not isinstance(crc, dict) or set(crc) != set(parts) - {HEADER}:
        return None
    if any(zlib.crc32(parts[name]) != value for name, value in crc.items()):
        return None
    try:
        ids = _unnames(parts["ids"])
        loaded = _arrays(parts, len(ids))
    except (UnicodeDecodeError, ValueError):
        return None
    if loaded is None or header.get("facts") != len(ids) or len(set(ids)) != len(ids):
        return None
    terms, labels, doc_terms, doc_labels, postings, label_postings = loaded
    index.restore(ids, terms, labels, doc_terms, doc_labels, postings, label_postings)
    seq = header.get("seq")
    return seq if isinstance(seq, int) else None


def _rows(flat: bytes, ends: bytes, rows: int, bound: int) -> Rows | None:
    """Rows from stored bytes, if they are consistent: *rows* rows of ids below *bound*."""
    ids, stops = array("i", flat), array("q", ends)
    checked_ids, checked_stops = np.frombuffer(ids, np.int32), np.frombuffer(stops, np.int64)
    if len(stops) != rows or (rows and checked_stops[-1] != len(ids)):
        return None
    if rows and (np.any(np.diff(checked_stops) < 0) or checked_stops[0] < 0):
        return None
    if len(ids) and (checked_ids.min() < 0 or checked_ids.max() >= bound):
        return None
    return Rows(ids, stops)


def _arrays(
    parts: dict[str, bytes], facts: int
) -> tuple[list[str], list[str], Rows, Rows, Rows, Rows] | None:
    terms, labels = _unnames(parts["terms"]), _unnames(parts["labels"])
    doc_terms = _rows(parts["doc_terms"], parts["doc_term_ends"], facts, len(terms))
    doc_labels = _rows(parts["doc_labels"], parts["doc_label_ends"], facts, len(labels))
    postings = _rows(parts["postings"], parts["posting_ends"], len(terms), facts)
    label_postings = _rows(parts["label_postings"], parts["label_posting_ends"], len(labels), facts)
    if None in (doc_terms, doc_labels, postings, label_postings):
        return None
    assert doc_terms and doc_labels and postings and label_postings
    return terms, labels, doc_terms, doc_labels, postings, label_postings
