"""bot/config.py: settings from the environment, and ``briefbot run`` without a token."""

from __future__ import annotations

import io
import logging
import os
import subprocess
from pathlib import Path

import pytest

from bot.config import (
    DEFAULT_API_BASE_URL,
    ConfigError,
    RedactFilter,
    Settings,
    parse_admin_ids,
)
from tests.clirunner import briefbot

TOKEN = "123456:ABC-def_GHI"


def _settings(**env: str) -> Settings:
    return Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, **env})


@pytest.mark.parametrize("env", [{}, {"TELEGRAM_BOT_TOKEN": ""}, {"TELEGRAM_BOT_TOKEN": "  "}])
def test_missing_token_says_how_to_get_one(env):
    with pytest.raises(ConfigError) as error:
        Settings.from_env(env)
    message = str(error.value)
    assert "TELEGRAM_BOT_TOKEN" in message and "@BotFather" in message
    assert "briefbot ask" in message and ".env" in message


def test_malformed_token_is_refused_without_echoing_it():
    with pytest.raises(ConfigError) as error:
        Settings.from_env({"TELEGRAM_BOT_TOKEN": "paste your token here"})
    assert "@BotFather" in str(error.value) and "paste your token" not in str(error.value)


def test_defaults():
    settings = _settings()
    assert settings.token == TOKEN
    assert settings.admin_ids == frozenset()
    assert settings.max_rate == 30
    assert settings.log_level == "INFO"
    assert settings.api_base_url == DEFAULT_API_BASE_URL
    assert settings.file_base_url == "https://api.telegram.org/file/bot"
    assert settings.database.name.endswith(".db")
    assert _settings(TELEGRAM_BOT_TOKEN=f"  {TOKEN}\n").token == TOKEN


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("", frozenset()),
        ("  ", frozenset()),
        ("7001", {7001}),
        ("7001,7002", {7001, 7002}),
        (" 7001 , 7002 ,", {7001, 7002}),
        ("7001; 7002 7003", {7001, 7002, 7003}),
        ("7001,7001", {7001}),
    ],
)
def test_admin_ids_parsing(text, ids):
    assert parse_admin_ids(text) == frozenset(ids)
    assert _settings(ADMIN_IDS=text).admin_ids == frozenset(ids)


@pytest.mark.parametrize("bad", ["@chief", "chief", "7001,x", "--5", "-5", "0", "1.5", "²", "٣"])
def test_bad_admin_ids_give_a_clear_error(bad):
    with pytest.raises(ConfigError) as error:
        _settings(ADMIN_IDS=bad)
    message = str(error.value)
    assert message.startswith("ADMIN_IDS must be numeric Telegram user ids")
    if bad.startswith("@"):
        assert "usernames are not accepted" in message


@pytest.mark.parametrize(
    ("text", "rate"), [(None, 30), ("", 30), ("0", 0), ("12.5", 12.5), (" 5 ", 5)]
)
def test_max_rate(text, rate):
    env = {} if text is None else {"TELEGRAM_MAX_RATE": text}
    assert _settings(**env).max_rate == rate


@pytest.mark.parametrize("bad", ["fast", "-1", "nan", "inf"])
def test_bad_max_rate(bad):
    with pytest.raises(ConfigError, match="TELEGRAM_MAX_RATE"):
        _settings(TELEGRAM_MAX_RATE=bad)


@pytest.mark.parametrize(("text", "kept"), [(None, None), ("", None), ("0", 0), (" 500 ", 500)])
def test_answer_cache(text, kept):
    env = {} if text is None else {"ANSWER_CACHE": text}
    assert _settings(**env).answer_cache == kept


@pytest.mark.parametrize("bad", ["many", "-1", "2.5"])
def test_bad_answer_cache(bad):
    with pytest.raises(ConfigError, match="ANSWER_CACHE"):
        _settings(ANSWER_CACHE=bad)


@pytest.mark.parametrize(
    ("base", "file_base"),
    [
        ("https://api.telegram.org/bot", "https://api.telegram.org/file/bot"),
        ("http://127.0.0.1:8081/bot/", "http://127.0.0.1:8081/file/bot"),
        ("http://localhost:8081", "http://localhost:8081/file/bot"),
        ("http://proxy.local/telegram/bot", "http://proxy.local/telegram/file/bot"),
    ],
)
def test_file_base_url_follows_the_api_base_url(base, file_base):
    settings = _settings(TELEGRAM_API_BASE_URL=base)
    assert settings.api_base_url == base
    assert settings.file_base_url == file_base


def test_bad_api_base_url():
    with pytest.raises(ConfigError, match="TELEGRAM_API_BASE_URL"):
        _settings(TELEGRAM_API_BASE_URL="api.telegram.org/bot")


@pytest.mark.parametrize(
    ("text", "level"),
    [("debug", "DEBUG"), (" warning ", "WARNING"), ("", "INFO"), ("ERROR", "ERROR")],
)
def test_log_level(text, level):
    assert _settings(LOG_LEVEL=text).log_level == level


def test_bad_log_level():
    with pytest.raises(ConfigError) as error:
        _settings(LOG_LEVEL="loud")
    assert "LOG_LEVEL" in str(error.value) and "'loud'" in str(error.value)


def test_database_path():
    assert _settings(DATABASE_PATH="/tmp/x/brief.db").database == Path("/tmp/x/brief.db")


def test_token_is_redacted_from_log_lines_and_tracebacks():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactFilter((TOKEN,)))
    logger = logging.getLogger("test_config.redact")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("calling https://api.telegram.org/bot%s/getMe", TOKEN)
        try:
            raise RuntimeError(f"failed: /bot{TOKEN}/getUpdates")
        except RuntimeError:
            logger.exception("polling failed")
        logger.warning("%s %s", "wrong number of args")  # malformed records still pass
    finally:
        logger.removeHandler(handler)
    output = stream.getvalue()
    assert TOKEN not in output
    assert "bot<token>/getMe" in output and "failed: /bot<token>/getUpdates" in output


def _run_without_token(tmp_path: Path, monkeypatch) -> subprocess.CompletedProcess:
    """``briefbot run`` (in process, see tests/clirunner.py) without any bot settings."""
    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "ADMIN_", "LOG_LEVEL")):
            monkeypatch.delenv(name)
    return briefbot("run", cwd=tmp_path, env={"DATABASE_PATH": str(tmp_path / "bot.db")})


def test_run_without_token_exits_with_instructions(tmp_path, monkeypatch):
    result = _run_without_token(tmp_path, monkeypatch)
    assert result.returncode != 0
    assert "@BotFather" in result.stderr and "briefbot ask" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "bot.db").exists()  # nothing was created


def test_run_reads_the_env_file_of_the_working_directory(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text("TELEGRAM_BOT_TOKEN=123:abc\nLOG_LEVEL=loud\n")
    result = _run_without_token(tmp_path, monkeypatch)
    assert result.returncode != 0
    assert "LOG_LEVEL" in result.stderr and "@BotFather" not in result.stderr
