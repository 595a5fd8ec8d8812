"""Configuration from the environment (and a ``.env`` file when present)."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from knowledge.store import DEFAULT_DATABASE

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_MAX_RATE = 30.0

MISSING_TOKEN = """TELEGRAM_BOT_TOKEN is not set.
Get a token from @BotFather in Telegram (send /newbot, pick a name and a username), then put
it in a .env file next to where you run the bot:

    TELEGRAM_BOT_TOKEN=123456789:AA...

See .env.example for every setting. Without a token you can still ask questions in the
terminal: briefbot ask "what did Turkey sign with Azerbaijan?" """


class ConfigError(ValueError):
    """A setting is missing or malformed; the message says how to fix it."""


@dataclass(frozen=True)
class Settings:
    """Everything the bot reads from its environment."""

    token: str
    admin_ids: frozenset[int] = frozenset()
    database: Path = Path(DEFAULT_DATABASE)
    api_base_url: str = DEFAULT_API_BASE_URL
    max_rate: float = DEFAULT_MAX_RATE
    log_level: str = "INFO"

    @property
    def file_base_url(self) -> str:
        """The file-download URL prefix that goes with ``api_base_url``."""
        base = self.api_base_url.rstrip("/")
        if base.endswith("/bot"):
            return base[: -len("/bot")] + "/file/bot"
        return base + "/file/bot"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Read settings from *env* (default: the process environment)."""
        env = os.environ if env is None else env
        token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
        if not token:
            raise ConfigError(MISSING_TOKEN)
        return cls(
            token=token,
            admin_ids=parse_admin_ids(env.get("ADMIN_IDS", "")),
            database=Path(env.get("DATABASE_PATH") or DEFAULT_DATABASE),
            api_base_url=env.get("TELEGRAM_API_BASE_URL") or DEFAULT_API_BASE_URL,
            max_rate=_rate(env.get("TELEGRAM_MAX_RATE")),
            log_level=_level(env.get("LOG_LEVEL")),
        )


def parse_admin_ids(text: str) -> frozenset[int]:
    """Comma-separated numeric Telegram user ids."""
    ids = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.lstrip("-").isdigit():
            raise ConfigError(
                f"ADMIN_IDS must be numeric Telegram user ids separated by commas, got {part!r}"
            )
        ids.add(int(part))
    return frozenset(ids)


def _rate(text: str | None) -> float:
    if text is None or not text.strip():
        return DEFAULT_MAX_RATE
    try:
        rate = float(text)
    except ValueError as error:
        raise ConfigError(f"TELEGRAM_MAX_RATE must be a number, got {text!r}") from error
    if rate < 0:
        raise ConfigError("TELEGRAM_MAX_RATE must be 0 (no limiter) or positive")
    return rate


def _level(text: str | None) -> str:
    level = (text or "INFO").strip().upper()
    if level not in logging.getLevelNamesMapping():
        raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {text!r}")
    return level


def configure_logging(level: str) -> None:
    """Log to stderr; HTTP client loggers stay at WARNING so the token never shows."""
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
