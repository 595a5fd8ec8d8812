"""The container files (no container engine runs in CI): the image runs as a non-root user,
keeps the database on a volume, takes the token from the environment only, and installs a
package that carries the curated data; compose restarts the bot."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_dockerfile_is_slim_non_root_with_the_database_on_a_volume():
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim$", text, re.MULTILINE)
    users = re.findall(r"^USER (\S+)$", text, re.MULTILINE)
    assert users and users[-1] not in ("root", "0")
    assert "ENV DATABASE_PATH=/data/briefbot.db" in text and 'VOLUME ["/data"]' in text
    assert "TELEGRAM_BOT_TOKEN" not in text and "WEBHOOK_SECRET" not in text
    assert text.rstrip().endswith('CMD ["briefbot", "run"]')
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert ".env" in ignored and "*.db" in ignored


def test_compose_restarts_the_bot_and_keeps_its_data():
    text = (ROOT / "compose.yaml").read_text()
    assert re.search(r"^\s+restart: unless-stopped$", text, re.MULTILINE)
    assert "env_file: .env" in text and "briefbot-data:/data" in text


def test_the_installed_package_carries_the_curated_data():
    """The image installs the project without -e: package-data must cover knowledge/data."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    setuptools = config["tool"]["setuptools"]
    assert {"bot", "knowledge"} <= set(setuptools["packages"])
    patterns = setuptools["package-data"]["knowledge"]
    data = ROOT / "knowledge"
    files = [
        path.relative_to(data).as_posix()
        for path in (data / "data").rglob("*")
        if path.is_file() and path.name != "README.md" and "__pycache__" not in path.parts
    ]
    assert files
    uncovered = [f for f in files if not any(fnmatch.fnmatch(f, p) for p in patterns)]
    assert not uncovered, f"not installed into the image: {uncovered}"
