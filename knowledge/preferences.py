"""What a reader chose: the reply language set with /language, kept in the database."""

from __future__ import annotations

from knowledge.store.database import Store

__all__ = ["LANGUAGES", "Preferences"]

LANGUAGES = ("en", "ru")


class Preferences:
    """Per-user choices, read once from the store and kept in memory."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._languages = store.reader_languages()

    def language(self, user_id: int | None) -> str | None:
        """The reply language the user chose, if any."""
        return self._languages.get(user_id) if user_id is not None else None

    def set_language(self, user_id: int, lang: str) -> None:
        """Keep *lang* (one of :data:`LANGUAGES`) as the user's reply language."""
        if lang not in LANGUAGES:
            raise ValueError(f"the language must be one of {', '.join(LANGUAGES)}")
        self.store.set_reader_language(user_id, lang)
        self._languages[user_id] = lang
