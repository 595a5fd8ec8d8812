"""``briefbot web``: the curator's Datasette view renders each page and canned query, searches
the facts as admins change them, cannot write, and needs a password beyond the loopback."""

from __future__ import annotations

import asyncio
import base64
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot import web
from bot.cli import main
from knowledge.service import Knowledge
from tests.processes import free_port

CANNED = [
    "unanswered_this_week",
    "facts_by_downvotes",
    "facts_without_questions",
    "facts_per_paragraph",
    "changes_by_curator",
    "questions_per_day",
]


@pytest.fixture
def database(tmp_path) -> Path:
    """A seeded database with one unanswered question, one 👎, an admin edit and a deletion
    (the curated facts cite every sentence; after it one is left uncited)."""
    path = tmp_path / "web.db"
    knowledge = Knowledge.open(path)
    knowledge.reports.log(knowledge.answering.ask("what is the weather in Narnia?"), 5, None)
    knowledge.reports.vote(5, "tr-baykar-drone-contract", -1, "who sells drones?")
    knowledge.curation.edit_fact("cn-arms-purchase-talks", "quote_en", "Zanzibarian talks.", 9)
    knowledge.curation.delete_fact("tr-baykar-strengthens-position", 9)
    knowledge.close()
    return path


def _get(datasette, url: str, **kwargs):
    return asyncio.run(datasette.client.get(url, **kwargs))


def test_pages_and_canned_queries_render(database):
    view = web.make(database)
    facts = _get(view, "/briefbot/facts")
    assert facts.status_code == 200 and "tr-baykar-drone-contract" in facts.text
    assert "the sentence of the article, verbatim" in facts.text  # the metadata's description
    found = _get(view, "/briefbot/facts.json?_search=Baykar&_shape=array").json()
    assert found and all("Baykar" in row["quote"] + row["statement"] for row in found)
    assert _get(view, "/briefbot/questions").status_code == 200
    for name in CANNED:
        page = _get(view, f"/briefbot/{name}")
        assert page.status_code == 200, name
    unanswered = _get(view, "/briefbot/unanswered_this_week.json?_shape=array").json()
    assert [row["question"] for row in unanswered] == ["what is the weather in Narnia?"]
    down = _get(view, "/briefbot/facts_by_downvotes.json?_shape=array").json()
    assert [(row["id"], row["down"]) for row in down] == [("tr-baykar-drone-contract", 1)]
    sentences = _get(view, "/briefbot/facts_per_paragraph.json?_shape=array").json()
    uncited = [row["text"] for row in sentences if row["facts"] == 0]
    assert len(sentences) == 55 and len(uncited) == 1 and "Baykar" in uncited[0]
    curators = _get(view, "/briefbot/changes_by_curator.json?_shape=array").json()
    assert {(row["actor"], row["action"]) for row in curators} == {(9, "editfact"), (9, "delfact")}


def test_search_follows_admins_changes(database):
    view = web.make(database)
    search = "/briefbot/facts.json?_search=Zanzibarian&_shape=array"
    assert [row["id"] for row in _get(view, search).json()] == ["cn-arms-purchase-talks"]
    knowledge = Knowledge.open(database)  # the bot, writing while the view is open
    knowledge.curation.edit_fact("cn-arms-purchase-talks", "quote_en", "Other words.", 9)
    knowledge.close()
    assert _get(view, search).json() == []


def test_nothing_can_write(database):
    view = web.make(database)
    refused = _get(view, "/briefbot.json?sql=delete+from+facts")
    assert refused.status_code == 400
    with pytest.raises(Exception, match="readonly|read-only|query_only"):
        asyncio.run(view.get_database("briefbot").execute_write("delete from facts"))
    assert Knowledge.open(database).briefing.store.count_facts() == 54


def test_password_required_beyond_loopback(database, monkeypatch, capsys):
    monkeypatch.delenv("WEB_PASSWORD", raising=False)
    assert main(["--database", str(database), "web", "--host", "0.0.0.0"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "WEB_PASSWORD" in error
    guarded = web.make(database, password="s3cret")
    assert _get(guarded, "/briefbot/facts").status_code == 401
    token = base64.b64encode(b"curator:s3cret").decode()
    page = _get(guarded, "/briefbot/facts", headers={"authorization": f"Basic {token}"})
    assert page.status_code == 200


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None, reason="no chromium (apt-get install chromium)")
def test_facts_search_in_headless_chromium(database, tmp_path):
    port = free_port()
    command = [sys.executable, "-m", "bot", "--database", str(database), "web"]
    server = subprocess.Popen([*command, "--port", str(port)], stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while socket.socket().connect_ex(("127.0.0.1", port)) != 0:
            assert time.monotonic() < deadline and server.poll() is None, "web did not start"
            time.sleep(0.2)
        shot = tmp_path / "facts.png"
        url = f"http://127.0.0.1:{port}/briefbot/facts?_search=Baykar"
        browser = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu"]
        subprocess.run(
            [*browser, f"--screenshot={shot}", "--window-size=1280,900", url],
            check=True,
            capture_output=True,
            timeout=120,
        )
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
    finally:
        server.terminate()
        server.wait(timeout=10)
