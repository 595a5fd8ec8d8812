"""What links into the bot carry: ``t.me/<bot>?start=<payload>`` deep links and the inline
queries a Share button types (the one place that builds and reads them).

A start parameter is at most 64 characters of ``A-Z a-z 0-9 _ -``: ``fact-<id>`` opens a
fact (ids have that shape already), ``q-<…>`` continues an inline query in the chat. A query
is written in one byte a letter where it can be (cp1251 holds Russian and English), else in
UTF-8, then in URL-safe base64, whose alphabet is exactly the allowed one; a query too long
for the 64 characters is cut after its last whole word that fits.
"""

from __future__ import annotations

import base64
import binascii
import re

MAX_START = 64  # characters of a start parameter Telegram allows
FACT = "fact-"  # start=fact-<id>, and the inline query of a Share button
QUERY = "q-"  # start=q-<encoded query>
_CODECS = {"w": "cp1251", "u": "utf-8"}  # a one-letter tag before the base64 says which
_MAX_BYTES = (MAX_START - len(QUERY) - 1) // 4 * 3  # what the base64 of the rest can carry
_FACT_QUERY = re.compile(rf"^{FACT}([A-Za-z0-9][A-Za-z0-9_.-]{{0,55}})$")


def query_start(query: str) -> str:
    """The start parameter that continues the inline *query* in a chat with the bot."""
    text = " ".join(query.split())
    tag = "w" if _encodes(text, "cp1251") else "u"
    data = _cut(text, _CODECS[tag])
    return QUERY + tag + base64.urlsafe_b64encode(data).decode().rstrip("=")


def start_query(payload: str) -> str | None:
    """The inline query a ``q-…`` start parameter carries; None when it carries none."""
    if not payload.startswith(QUERY) or len(payload) < len(QUERY) + 2:
        return None
    codec = _CODECS.get(payload[len(QUERY)])
    encoded = payload[len(QUERY) + 1 :]
    if codec is None:
        return None
    try:
        data = base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4))
        text = data.decode(codec)
    except (binascii.Error, ValueError):  # forged or cut: not a query this bot wrote
        return None
    return " ".join(text.split()) or None


def share_query(fact_id: str) -> str:
    """The inline query that returns exactly one fact (what a Share button types)."""
    return FACT + fact_id


def shared_fact(query: str) -> str | None:
    """The fact id an inline query written by :func:`share_query` names, else None."""
    match = _FACT_QUERY.match(query.strip())
    return match.group(1) if match else None


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _cut(text: str, codec: str) -> bytes:
    """*text* in *codec*, cut after its last whole word within the bytes a parameter holds
    (inside the first word only when that alone is too long)."""
    data = text.encode(codec)
    if len(data) <= _MAX_BYTES:
        return data
    kept = ""
    for word in text.split(" "):
        longer = f"{kept} {word}" if kept else word
        if len(longer.encode(codec)) > _MAX_BYTES:
            break
        kept = longer
    if not kept:
        kept = text
        while len(kept.encode(codec)) > _MAX_BYTES:
            kept = kept[:-1]
    return kept.encode(codec)
