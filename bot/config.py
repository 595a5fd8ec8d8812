"""Configuration from the environment (and a ``.env`` file when present)."""

from __future__ import annotations

import logging
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_MAX_RATE = 30.0
DEFAULT_WEBHOOK_LISTEN = "127.0.0.1"  # a reverse proxy in front is the way in
DEFAULT_WEBHOOK_PORT = 8443

MISSING_TOKEN = """TELEGRAM_BOT_TOKEN is not set.
Get a token from @BotFather in Telegram (send /newbot, pick a name and a username), then put
it in a .env file next to where you run the bot:

    TELEGRAM_BOT_TOKEN=123456789:AA...

See .env.example for every setting. Without a token you can still ask questions in the
terminal: briefbot ask "what did Turkey sign with Azerbaijan?" """


_TOKEN = re.compile(r"[0-9]+:[A-Za-z0-9_-]+")


class ConfigError(ValueError):
    """A setting is missing or malformed; the message says how to fix it."""


DEFAULT_DATABASE = "briefbot.db"


@dataclass(frozen=True)
class Settings:
    """Everything the bot reads from its environment."""

    token: str
    admin_ids: frozenset[int] = frozenset()
    database: Path = Path(DEFAULT_DATABASE)
    api_base_url: str = DEFAULT_API_BASE_URL
    max_rate: float = DEFAULT_MAX_RATE
    log_level: str = "INFO"
    #: the public https URL Telegram posts updates to; None means long polling
    webhook_url: str | None = None
    webhook_listen: str = DEFAULT_WEBHOOK_LISTEN
    webhook_port: int = DEFAULT_WEBHOOK_PORT
    webhook_secret: str | None = None
    #: answers kept for a question asked again without a chat's context (0: none; None:
    #: knowledge.answering's default)
    answer_cache: int | None = None

    @property
    def secrets(self) -> tuple[str, ...]:
        """What logs must never show: the token, its secret half, the webhook secret."""
        return tuple(
            s for s in (self.token, self.token.partition(":")[2], self.webhook_secret) if s
        )

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
        if not _TOKEN.fullmatch(token):
            raise ConfigError(
                "TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then "
                "letters, digits, _ or -); copy it again from @BotFather."
            )
        api_base_url = (env.get("TELEGRAM_API_BASE_URL") or "").strip() or DEFAULT_API_BASE_URL
        if not re.match(r"https?://\S+$", api_base_url):
            raise ConfigError(
                f"TELEGRAM_API_BASE_URL must be an http(s) URL such as {DEFAULT_API_BASE_URL}, "
                f"got {api_base_url!r}"
            )
        return cls(
            token=token,
            admin_ids=parse_admin_ids(env.get("ADMIN_IDS", "")),
            database=Path(env.get("DATABASE_PATH") or DEFAULT_DATABASE),
            api_base_url=api_base_url,
            max_rate=_rate(env.get("TELEGRAM_MAX_RATE")),
            log_level=_level(env.get("LOG_LEVEL")),
            answer_cache=_answer_cache(env.get("ANSWER_CACHE")),
            **_webhook(env),
        )


_USER_ID = re.compile(r"[0-9]{1,20}")


def parse_admin_ids(text: str) -> frozenset[int]:
    """Comma-separated numeric Telegram user ids (spaces and ";" are tolerated)."""
    ids = set()
    for part in re.split(r"[,;\s]+", text):
        if not part:
            continue
        if not _USER_ID.fullmatch(part) or int(part) == 0:
            hint = " (usernames are not accepted)" if not part.lstrip("-").isdigit() else ""
            raise ConfigError(
                f"ADMIN_IDS must be numeric Telegram user ids separated by commas{hint}, "
                f"got {part!r}. A user can learn their id from @userinfobot."
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
    if not math.isfinite(rate) or rate < 0:
        raise ConfigError(f"TELEGRAM_MAX_RATE must be 0 (no limiter) or positive, got {text!r}")
    return rate


def _answer_cache(text: str | None) -> int | None:
    if text is None or not text.strip():
        return None
    if not text.strip().isdigit():
        raise ConfigError(
            f"ANSWER_CACHE must be a whole number of answers (0: none kept), got {text!r}"
        )
    return int(text)


_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


def _webhook(env: Mapping[str, str]) -> dict[str, object]:
    """The webhook settings; empty (long polling) unless WEBHOOK_URL is set."""
    url = (env.get("WEBHOOK_URL") or "").strip()
    if not url:
        return {}
    if not re.match(r"https://[^/\s]+(/\S*)?$", url):
        raise ConfigError(
            f"WEBHOOK_URL must be the public https:// URL Telegram calls, got {url!r}"
        )
    secret = (env.get("WEBHOOK_SECRET") or "").strip()
    if not _SECRET.fullmatch(secret):
        raise ConfigError(
            "WEBHOOK_SECRET is required with WEBHOOK_URL: 1-256 letters, digits, _ or - "
            "(e.g. the output of: python -c 'import secrets; print(secrets.token_urlsafe(32))')"
        )
    port_text = (env.get("WEBHOOK_PORT") or "").strip() or str(DEFAULT_WEBHOOK_PORT)
    if not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ConfigError(f"WEBHOOK_PORT must be a TCP port (1-65535), got {port_text!r}")
    return {
        "webhook_url": url,
        "webhook_listen": (env.get("WEBHOOK_LISTEN") or "").strip() or DEFAULT_WEBHOOK_LISTEN,
        "webhook_port": int(port_text),
        "webhook_secret": secret,
    }


def _level(text: str | None) -> str:
    level = (text or "INFO").strip().upper()
    if level not in logging.getLevelNamesMapping():
        raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {text!r}")
    return level


class RedactFilter(logging.Filter):
    """Replaces secrets (the bot token) in log records, including their tracebacks."""

    def __init__(self, secrets: tuple[str, ...]) -> None:
        super().__init__()
        self.secrets = tuple(sorted((s for s in secrets if s), key=len, reverse=True))

    def _redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "<token>")
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a malformed record is logging's to report
            return True
        redacted = self._redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._redact(record.exc_text)
        return True


def configure_logging(level: str, secrets: tuple[str, ...] = ()) -> None:
    """Log to stderr with *secrets* masked; HTTP client loggers (whose lines carry request URLs,
    and so the token) stay at WARNING."""
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level)
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactFilter(secrets))
    for name in ("aiohttp", "httpx", "httpcore"):  # the Bot API's client, and PTB's own
        logging.getLogger(name).setLevel(logging.WARNING)
