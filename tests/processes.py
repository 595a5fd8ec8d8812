"""A bot process seen from outside, as the tests and the soak run (``bench/soak.py``) drive
it: a free port for its webhook, its resident memory, a raw POST to that webhook, and a
``briefbot import`` run beside it as a process of its own."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def rss_mb(pid: int) -> float:
    """The resident memory of process *pid* (MB)."""
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def post_to_hook(port: int, body: bytes, secret: str | None) -> int:
    """POST *body* as is to the bot's webhook on *port*: the status, 0 when the server closed
    the connection first, -1 when nothing listens yet."""
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    try:
        return httpx.post(
            f"http://127.0.0.1:{port}/telegram/hook", content=body, headers=headers, timeout=30
        ).status_code
    except (httpx.RemoteProtocolError, httpx.WriteError, httpx.ReadError):
        return 0
    except httpx.ConnectError:
        return -1


def briefbot_import(database: Path, path: Path) -> subprocess.CompletedProcess[str]:
    """``python -m bot import`` as its own process, as an admin would run it on the server."""
    env = {**os.environ, "DATABASE_PATH": str(database)}
    return subprocess.run(
        [sys.executable, "-m", "bot", "import", str(path)],
        env=env,
        capture_output=True,
        text=True,
        cwd=database.parent,
        timeout=120,
    )
