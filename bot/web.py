"""``briefbot web``: the curator's view of the database in Datasette, read-only, beside the
running bot.

The file is opened with SQLite's ``mode=ro`` (not ``immutable``: the bot keeps writing, and
pages show its changes as they come) and every connection sets ``query_only``, so no page,
query or plugin can write. ``bot/web.json`` is the Datasette metadata: each table's and
column's title and description, the facets and the canned queries. Listening beyond the
loopback interface needs ``WEB_PASSWORD`` (HTTP basic auth through datasette-auth-passwords,
user ``curator``).
"""

from __future__ import annotations

import ipaddress
import json
import sqlite3
from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.app import Datasette
from datasette.database import Database
from datasette.plugins import pm

METADATA = Path(__file__).with_name("web.json")
DATABASE_NAME = "briefbot"  # the database's name in the view's URLs
USER = "curator"  # the one user a password admits
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001


class _ReadOnly:
    """A Datasette plugin (registered as the class: Datasette names plugins by __name__):
    every connection to the briefing refuses writes (Datasette's own internal database
    stays writable: it caches the schema there)."""

    @staticmethod
    @hookimpl
    def prepare_connection(conn: sqlite3.Connection, database: str) -> None:
        if database == DATABASE_NAME:
            conn.execute("pragma query_only = on")


def is_loopback(host: str) -> bool:
    """True for the addresses only this machine reaches (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def metadata(password: str | None) -> dict[str, Any]:
    """The view's metadata; with *password*, every request must give it (user ``curator``)."""
    data = json.loads(METADATA.read_text(encoding="utf-8"))
    if password:
        from datasette_auth_passwords.utils import hash_password

        data["plugins"] = {
            "datasette-auth-passwords": {
                f"{USER}_password_hash": hash_password(password),
                "http_basic_auth": True,
            }
        }
        data["allow"] = {"id": USER}
    return data


def make(path: str | Path, password: str | None = None) -> Datasette:
    """A Datasette over the database at *path* (which must exist, migrated), read-only."""
    if pm.get_plugin("briefbot-read-only") is None:
        pm.register(_ReadOnly, name="briefbot-read-only")
    datasette = Datasette(
        metadata=metadata(password),
        settings={"default_page_size": 50, "sql_time_limit_ms": 2000},
    )
    database = Database(datasette, path=str(path), is_mutable=True)
    datasette.add_database(database, name=DATABASE_NAME, route=DATABASE_NAME)
    return datasette


def serve(path: str | Path, host: str, port: int, password: str | None) -> None:
    """Serve the view until interrupted."""
    import uvicorn

    uvicorn.run(make(path, password).app(), host=host, port=port, log_level="warning")
