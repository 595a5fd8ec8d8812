"""What Telegram accepts as ``parse_mode="HTML"``: a port of tdlib's ``parse_html``
(td/telegram/MessageEntity.cpp).

The tests' oracle for "would Telegram take this message": :func:`telegram_html_error` gives
the Bot API error a sendMessage would get (or None), :func:`parse_telegram_html` the visible
text and message entities. The fake Bot API (``tests.telegram_fake``) validates with it too.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "MAX_MESSAGE_LENGTH",
    "TelegramHTMLError",
    "parse_telegram_html",
    "telegram_html_error",
    "utf16_len",
]

MAX_MESSAGE_LENGTH = 4096


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (how Telegram counts message length)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


_HTML_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "span",
        "tg-spoiler",
        "code",
        "pre",
        "blockquote",
        "tg-emoji",
    }
)
_SIMPLE_ENTITY = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPACE = " \t\r\n\v\f"


class TelegramHTMLError(ValueError):
    """Raised by :func:`parse_telegram_html`; the message is what Telegram puts after
    ``"Bad Request: can't parse entities: "``."""


def _decode_entity(text: str, pos: int) -> tuple[str, int] | None:
    """Decode an HTML entity starting at ``text[pos] == "&"`` like tdlib does.

    Returns (character, position after the entity) or None if it is not a known entity.
    The trailing ";" is optional, as in tdlib.
    """
    n = len(text)
    end = pos + 1
    if end < n and text[end] == "#":
        end += 1
        start = end
        if end < n and text[end] in "xX":
            end += 1
            start = end
            while end < n and text[end] in "0123456789abcdefABCDEF":
                end += 1
            digits = text[start:end]
            value = int(digits, 16) if digits else 0
        else:
            while end < n and text[end].isascii() and text[end].isdigit():
                end += 1
            digits = text[start:end]
            value = int(digits) if digits else 0
        if value == 0 or value >= 0x10FFFF or end - pos >= 10:
            return None
        char = chr(value)
    else:
        while end < n and text[end].isascii() and text[end].isalpha():
            end += 1
        name = text[pos + 1 : end]
        if name not in _NAMED_ENTITIES:
            return None
        char = _NAMED_ENTITIES[name]
    if end < n and text[end] == ";":
        end += 1
    return char, end


def parse_telegram_html(text: str, *, strict: bool = True) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram-flavoured HTML into (visible text, message entities).

    Entity offsets/lengths are in UTF-16 code units, as in the Bot API.  Raises
    :class:`TelegramHTMLError` with a tdlib-style description on invalid markup.

    With ``strict`` (the default) a ``&`` that does not start ``&lt;``, ``&gt;``, ``&amp;``,
    ``&quot;`` or a numeric reference is an error.  Real Telegram keeps such an ``&`` as a
    literal character; the fake is stricter so that unescaped text is caught in tests.
    """
    n = len(text)
    out: list[str] = []
    u16 = 0  # current offset in the visible text, in UTF-16 code units
    entities: list[dict[str, Any]] = []
    # stack entries: tag name, argument, start offset (utf16), start index into out
    stack: list[tuple[str, str, int, int]] = []

    def byte_offset(index: int) -> int:
        return len(text[:index].encode("utf-8", "surrogatepass"))

    def emit(char: str) -> None:
        nonlocal u16
        out.append(char)
        u16 += 2 if ord(char) > 0xFFFF else 1

    i = 0
    while i < n:
        c = text[i]
        if c == "&":
            decoded = _decode_entity(text, i)
            if decoded is not None:
                char, i = decoded
                if 0xD800 <= ord(char) <= 0xDFFF:
                    raise TelegramHTMLError(
                        "Text contains invalid Unicode characters after decoding HTML entities, "
                        "check for unmatched surrogate code units"
                    )
                emit(char)
                continue
            if strict:
                m = re.match(r"&#?\w*;?", text[i:])
                raise TelegramHTMLError(
                    f'Unsupported HTML entity "{m.group(0) if m else "&"}" at byte offset '
                    f'{byte_offset(i)}; a literal "&" must be written as "&amp;"'
                )
            emit(c)
            i += 1
            continue
        if c != "<":
            emit(c)
            i += 1
            continue

        begin = i
        begin_b = byte_offset(begin)
        i += 1
        if i < n and text[i] == "/":
            # end tag
            if not stack:
                raise TelegramHTMLError(f"Unexpected end tag at byte offset {begin_b}")
            i += 1
            name_start = i
            while i < n and text[i] not in _SPACE and text[i] != ">":
                i += 1
            end_name = text[name_start:i]
            while i < n and text[i] in _SPACE:
                i += 1
            if i >= n or text[i] != ">":
                raise TelegramHTMLError(f"Unclosed end tag at byte offset {begin_b}")
            i += 1
            tag, argument, start, out_index = stack.pop()
            if end_name and end_name != tag:  # tdlib compares case-sensitively
                raise TelegramHTMLError(
                    f'Unmatched end tag at byte offset {begin_b}, expected "</{tag}>", '
                    f'found "</{end_name}>"'
                )
            length = u16 - start
            if length > 0:
                _close_entity(entities, tag, argument, start, length, "".join(out[out_index:]))
            continue

        # start tag
        while i < n and text[i] not in _SPACE and text[i] != ">":
            i += 1
        if i >= n:
            raise TelegramHTMLError(f"Unclosed start tag at byte offset {begin_b}")
        tag = text[begin + 1 : i].lower()
        if tag not in _HTML_TAGS:
            raise TelegramHTMLError(f'Unsupported start tag "{tag}" at byte offset {begin_b}')
        argument = ""
        span_class = ""
        while True:
            while i < n and text[i] in _SPACE:
                i += 1
            if i >= n:
                raise TelegramHTMLError(f'Unclosed start tag "{tag}" at byte offset {begin_b}')
            if text[i] == ">":
                i += 1
                break
            attr_start = i
            while i < n and text[i] not in _SPACE and text[i] not in "=>":
                i += 1
            attr = text[attr_start:i]
            if not attr:
                raise TelegramHTMLError(
                    f'Empty attribute name in the tag "{tag}" at byte offset {begin_b}'
                )
            while i < n and text[i] in _SPACE:
                i += 1
            if i >= n:
                raise TelegramHTMLError(f'Unclosed start tag "{tag}" at byte offset {begin_b}')
            if text[i] != "=":
                if tag == "blockquote" and attr == "expandable":
                    argument = "expandable"
                    continue
                raise TelegramHTMLError(
                    f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                    f"at byte offset {begin_b}"
                )
            i += 1
            while i < n and text[i] in _SPACE:
                i += 1
            if i >= n:
                raise TelegramHTMLError(f'Unclosed start tag "{tag}" at byte offset {begin_b}')
            if text[i] not in "\"'":
                token_start = i
                while i < n and (text[i].isascii() and text[i].isalnum() or text[i] in ".-"):
                    i += 1
                value = text[token_start:i].lower()
                if i >= n or (text[i] not in _SPACE and text[i] != ">"):
                    raise TelegramHTMLError(
                        f"Unexpected end of name token at byte offset {byte_offset(token_start)}"
                    )
            else:
                quote = text[i]
                i += 1
                chars: list[str] = []
                while i < n and text[i] != quote:
                    if text[i] == "&":
                        decoded = _decode_entity(text, i)
                        if decoded is not None:
                            chars.append(decoded[0])
                            i = decoded[1]
                            continue
                    chars.append(text[i])
                    i += 1
                if i < n:
                    i += 1
                value = "".join(chars)
            if i >= n:
                raise TelegramHTMLError(f"Unclosed start tag at byte offset {begin_b}")
            if tag == "a" and attr == "href":
                argument = value
            elif tag == "code" and attr == "class" and value.startswith("language-"):
                argument = value[len("language-") :]
            elif tag == "span" and attr == "class":
                span_class = value
            elif tag == "tg-emoji" and attr == "emoji-id":
                argument = value
        if tag == "span" and span_class != "tg-spoiler":
            raise TelegramHTMLError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {begin_b}'
            )
        if tag == "tg-emoji" and not (argument.isascii() and argument.isdigit() and int(argument)):
            raise TelegramHTMLError("Invalid custom emoji identifier specified")
        stack.append((tag, argument, u16, len(out)))

    if stack:
        raise TelegramHTMLError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    for entity in entities:
        entity.pop("_language", None)
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def _close_entity(
    entities: list[dict[str, Any]], tag: str, argument: str, offset: int, length: int, inner: str
) -> None:
    """Append the Bot API MessageEntity for a closed tag."""
    entity: dict[str, Any] = {"offset": offset, "length": length}
    if tag in _SIMPLE_ENTITY:
        entity["type"] = _SIMPLE_ENTITY[tag]
    elif tag == "a":
        url = argument or inner
        m = re.fullmatch(r"tg://user\?id=(\d+)", url)
        if m:
            entity["type"] = "text_mention"
            entity["user"] = {"id": int(m.group(1)), "is_bot": False, "first_name": ""}
        else:
            entity["type"] = "text_link"
            entity["url"] = url
    elif tag == "code":
        entity["type"] = "code"
        entity["_language"] = argument
    elif tag == "pre":
        last = entities[-1] if entities else None
        if (
            last is not None
            and last["type"] == "code"
            and last["offset"] == offset
            and last["length"] == length
        ):
            entities.pop()
            entity["type"] = "pre"
            if last.get("_language"):
                entity["language"] = last["_language"]
        else:
            entity["type"] = "pre"
    elif tag == "blockquote":
        entity["type"] = "expandable_blockquote" if argument else "blockquote"
    elif tag == "tg-emoji":
        entity["type"] = "custom_emoji"
        entity["custom_emoji_id"] = argument
    entities.append(entity)


def telegram_html_error(text: str, *, strict: bool = True) -> str | None:
    """Return the Bot API error description sendMessage(parse_mode="HTML") would give for
    ``text`` (invalid markup, empty text, too long), or None if Telegram would accept it."""
    try:
        plain, _ = parse_telegram_html(text, strict=strict)
    except TelegramHTMLError as exc:
        return f"Bad Request: can't parse entities: {exc}"
    if not plain.strip():
        return "Bad Request: message text is empty"
    if utf16_len(plain) > MAX_MESSAGE_LENGTH:
        return "Bad Request: message is too long"
    return None
