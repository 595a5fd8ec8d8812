"""Admin commands (placeholder module replaced by the admin implementation)."""

from __future__ import annotations

from telegram.ext import BaseHandler


def handlers() -> list[BaseHandler]:
    """Handlers of the admin commands and callbacks."""
    return []
