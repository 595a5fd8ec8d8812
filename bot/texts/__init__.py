"""Every user-facing string of the bot (``en.py`` and ``ru.py`` here: the same keys in each
language), and the helpers that pick and cut them: :func:`t` (a text in a language),
:func:`t_named` (a text naming subjects in the case its template asks for), :func:`user_lang`
and :func:`reader_lang` (which language) and :func:`clip` (the one way a text is shortened for
display)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from string import Formatter

from telegram import Update

from bot.context import Context
from bot.texts import en, ru
from knowledge.language.cases import about, declined_list, listing
from knowledge.language.names import Concept
from knowledge.language.words import detect_lang

TEXTS: dict[str, dict[str, str]] = {"en": en.TEXTS, "ru": ru.TEXTS}
LANGUAGE_NAMES = {"en": "English", "ru": "русский"}
LANGUAGE_LABELS = {"en": en.LABEL, "ru": ru.LABEL}  # each language by its own name
LANGUAGE_WORDS = en.LANGUAGE_WORDS | ru.LANGUAGE_WORDS  # what people type after /language


def texts(lang: str) -> dict[str, str]:
    """The interface texts of a language (Russian for "ru", else English)."""
    return TEXTS["ru" if lang == "ru" else "en"]


def t(key: str, lang: str, **values: str) -> str:
    """The text *key* in *lang* (Russian for "ru", else English), formatted with *values*."""
    text = texts(lang)[key]
    return text.format(**values) if values else text


# The fields a template may name subjects by, besides {names} (as listed, in the nominative).
CASE_FIELDS: dict[str, Callable[[Sequence[Concept]], str | None]] = {
    "names_gen": lambda concepts: declined_list(concepts, "gen"),
    "names_acc": lambda concepts: declined_list(concepts, "acc"),
    "about": about,
}


def t_named(key: str, lang: str, concepts: Sequence[Concept], **values: str) -> str:
    """The text *key* naming *concepts*: ``{names}`` lists their names, and a Russian template
    asks for a case by its field (``{names_gen}``, ``{names_acc}``, ``{about}`` for «о Турции»).
    When a name's case form is not known, the key's colon form ``KEY_plain`` is used."""
    template = texts(lang)[key]
    names = listing([concept.name(lang) for concept in concepts], t("and", lang))
    named = {"names": names, **values}
    for field in {field for _, field, _, _ in Formatter().parse(template) if field}:
        if field in CASE_FIELDS:
            phrase = CASE_FIELDS[field](concepts)
            if phrase is None:
                return t(f"{key}_plain", lang, **named)
            named[field] = phrase
    return template.format(**named)


def clip(text: str, limit: int, *, words: bool = False) -> str:
    """*text* cut to *limit* characters, with an ellipsis when cut (at a word boundary with
    *words*, when there is one).

    >>> clip("Azerbaijan and Turkey signed", 20, words=True)
    'Azerbaijan and…'
    """
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if words and " " in cut:
        cut = cut.rsplit(" ", 1)[0].rstrip(",;:")
    return cut.rstrip() + "…"


def reader_lang(update: Update, context: Context, text: str | None = None) -> str:
    """The language to reply to a user in: the one chosen with /language, else
    :func:`user_lang`."""
    user = update.effective_user
    chosen = context.bot_data.knowledge.preferences.language(user.id if user else None)
    return chosen or user_lang(update, text)


def user_lang(update: Update, text: str | None = None) -> str:
    """The language to answer in: the text's script if given, else the user's Telegram language."""
    if text and text.strip():
        return detect_lang(text)
    user = update.effective_user
    code = (user.language_code or "") if user else ""
    return "ru" if code.startswith(("ru", "uk", "be", "kk")) else "en"
