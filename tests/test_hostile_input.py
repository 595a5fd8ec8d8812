"""Hostile input: arbitrary Unicode, markup, control and invisible characters, huge texts, SQL
and format-string payloads never break a reply, never raise out of a handler and never change
the knowledge (only the question log grows).

First the engine and the renderer directly (many examples), then the real bot through the fake
Bot API server (fewer examples, one running bot for the module).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from bot import keyboards
from bot.render import answer_html, answer_reply, answer_text, result_html, source_html
from knowledge.errors import FactError
from tests.botrunner import ADMIN_ID
from tests.telegram_fake import BOT_USERNAME, FakeBotApi
from tests.telegram_html import telegram_html_error
from tests.userchat import Chat, assert_healthy, new_user_id, quiet

PAYLOADS = [
    "<b>",
    "</b>",
    "&",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "&lt",
    "</i>",
    "<a href=x>",
    '<a href="javascript:alert(1)">',
    "<blockquote>",
    "<tg-spoiler>",
    "<pre><code class=",
    "]]>",
    "'; DROP TABLE facts; --",
    '" OR 1=1 --',
    "%",
    "%s",
    "%(question)s",
    "{0}",
    "{}",
    "{question}",
    "{lang!r:>{width}}",
    "\\",
    "\x00",
    "\x1b[31m",
    "\r\n",
    "\t",
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\ufeff",
    "\u200f",  # right-to-left mark
    "\u202e",  # right-to-left override
    "\u2066",
    "Ｔｕｒｋｅｙ",  # full-width letters
    "Ａｚｅｒｂａｉｊａｎ",
    "𝐓𝐮𝐫𝐤𝐞𝐲",
    "👍🏽",
    "🇹🇷",
    "é",  # e + combining accent
    "Ä̸̢̛",
    "@" + BOT_USERNAME,
    "/ask",
    "|",
    "-",
]
WORDS = ["Turkey", "Azerbaijan", "Baykar", "drones", "Турция", "Алиев", "Китай", "signed", "what"]
pytestmark = pytest.mark.bot_options(admin_ids=frozenset({ADMIN_ID, ADMIN_ID + 1, ADMIN_ID + 2}))
FIELDS = ["statement", "statement_ru", "quote_en", "source", "entities", "topics", "date"]
LIVE_FACT = "tr-istanbul-memorandum"
QUESTION = "what did Turkey sign with Azerbaijan?"

pieces = st.one_of(
    st.sampled_from(PAYLOADS),
    st.sampled_from(WORDS),
    st.text(max_size=8),
    st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Mn", "So"]),
)
hostile = st.one_of(
    st.text(min_size=1),
    st.lists(pieces, min_size=1, max_size=30).map("".join),
    st.lists(pieces, min_size=1, max_size=30).map(" ".join),
    st.builds(
        lambda unit, size: (unit * (size // max(1, len(unit)) + 1))[:size],
        st.sampled_from(PAYLOADS + WORDS),
        st.integers(4000, 20_000),
    ),
)
FAST = settings(max_examples=300, deadline=None, database=None)
LIVE = settings(
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def assert_valid_html(text: str) -> None:
    """What Telegram accepts from sendMessage with parse_mode HTML (≤ 4096 visible chars)."""
    assert telegram_html_error(text) is None, (telegram_html_error(text), text[:500])


# -- the engine and the renderer -----------------------------------------------------------


@FAST
@given(question=hostile)
def test_any_question_renders_valid_telegram_html(shared_knowledge, question):
    before = shared_knowledge.briefing.store.count_facts()
    answer = shared_knowledge.answering.ask(question)
    html, shown = answer_reply(answer)
    assert_valid_html(html)
    assert html == answer_html(answer) and 0 <= shown <= len(answer.results)
    assert isinstance(answer_text(answer), str)
    markup = keyboards.answer_keyboard(answer, 0, shown)
    for row in markup.inline_keyboard if markup else ():
        for button in row:  # callback data, or a Share button's inline query (≤ 256)
            if button.switch_inline_query is not None:
                assert 1 <= len(button.switch_inline_query) <= 256
            else:
                assert 1 <= len(button.callback_data.encode()) <= keyboards.MAX_DATA
    for result in (*answer.results, *answer.more):
        assert_valid_html(result_html(result, answer.lang))
    # the other places user text reaches the engine
    shared_knowledge.browsing.find_concept(question)
    shared_knowledge.browsing.list_facts(question)
    assert shared_knowledge.briefing.store.count_facts() == before


@settings(max_examples=100, deadline=None, database=None)
@given(
    statement=hostile,
    quote=hostile,
    translation=st.one_of(st.none(), hostile),
    path=st.text(st.characters(exclude_categories=["Z", "Cc", "Cs"]), max_size=40),
    lang=st.sampled_from(["en", "ru"]),
)
def test_hostile_facts_render_valid_telegram_html(
    shared_knowledge, statement, quote, translation, path, lang
):
    raw = {
        "statement": statement,
        "quote": quote,
        "quote_en": translation,
        "source": f"https://example.com/{path}",
        "entities": ["Turkey"],
    }
    try:
        fact = shared_knowledge.curation.add_fact(raw, actor=ADMIN_ID)
    except FactError:
        assume(False)
    try:
        result = shared_knowledge.briefing.result(fact, lang)
        assert_valid_html(result_html(result, lang))
        assert_valid_html(source_html(fact.quote, None, result.translation, result.source, lang))
        assert_valid_html(source_html(fact.quote, fact.quote, None, result.source, lang))
        assert_valid_html(answer_html(shared_knowledge.answering.ask(fact.statement)))
    finally:
        shared_knowledge.curation.delete_fact(fact.id, actor=ADMIN_ID)


# -- the running bot -----------------------------------------------------------------------


def knowledge_rows(database) -> dict[str, list]:
    """Everything but the question log, straight from the database (read-only)."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
        return {
            table: db.execute(f"select * from {table} order by id").fetchall()
            for table in ("facts", "articles", "audit", "feedback", "entities", "topics")
        }


@contextmanager
def healthy(bot, caplog, tables: bool = True) -> Iterator[FakeBotApi]:
    """The fake Bot API; afterwards every call succeeded, no error was replied or logged, the
    export is as before and, with *tables*, so is every table but the question log."""
    fake, runner = bot
    since = len(fake.calls)
    exported = runner.knowledge.curation.export_jsonl()
    before = knowledge_rows(runner.settings.database)
    yield fake
    quiet(fake)
    assert runner.error is None
    assert_healthy(fake, caplog, since)
    assert runner.knowledge.curation.export_jsonl() == exported
    if tables:
        assert knowledge_rows(runner.settings.database) == before


@pytest.fixture
def fake_unchanged(bot, caplog) -> Iterator[FakeBotApi]:
    """The fake Bot API; nothing may change but the question log."""
    with healthy(bot, caplog) as fake:
        yield fake


@pytest.fixture
def fake_for_edits(bot, caplog) -> Iterator[FakeBotApi]:
    """The fake Bot API; the facts may change on the way but must end as they began."""
    with healthy(bot, caplog, tables=False) as fake:
        yield fake


@LIVE
@given(
    text=hostile,
    prefix=st.sampled_from(["", "", "", "/ask ", "/brief ", "/start ", "/topics ", "/sources "]),
    group=st.booleans(),
)
@example(text="Narnia " * 1000, prefix="/brief ", group=False)  # echoed in the reply: clipped
def test_any_message_gets_a_clean_reply(fake_unchanged, text, prefix, group):
    fake = fake_unchanged
    if group and not prefix.startswith("/"):
        prefix = f"@{BOT_USERNAME} "  # in groups the bot hears only what is addressed to it
    chat = Chat(fake, new_user_id(), chat_type="group" if group else "private")
    chat.push(prefix + text)
    reply = chat.wait_new(0)[0]
    assert reply["plain_text"].strip()


@LIVE
@given(query=hostile)
def test_any_inline_query_gets_a_clean_answer(fake_unchanged, query):
    fake = fake_unchanged
    query_id = Chat(fake, new_user_id()).push_inline(query)
    call = fake.wait_for(
        lambda p: p.get("inline_query_id") == query_id,
        method="answerInlineQuery",
        include_failed=True,
    )[0]
    assert call.ok, call
    assert len(call.params["results"]) <= 50 and call.params["cache_time"] > 0
    for result in call.params["results"]:
        assert_valid_html(result["input_message_content"]["message_text"])
        assert result["title"].strip()


@LIVE
@given(
    command=st.sampled_from(
        ["/editfact", "/delfact", "/addfact", "/addarticle", "/facts", "/undo", "/gaps"]
        + ["/stats", "/cancel", "/import", "/export"]
    ),
    argument=hostile,
    more=hostile,
)
def test_hostile_admin_arguments_are_refused_cleanly(bot, fake_unchanged, command, argument, more):
    """Arguments that cannot be valid (no such fact, no usable source, no article text) get a
    clean usage or refusal reply, and change nothing."""
    admin = Chat(fake_unchanged, ADMIN_ID + 1)
    live = set(bot[1].knowledge.briefing.index.docs)
    body = argument
    if command in ("/editfact", "/delfact"):
        assume(not argument.split() or argument.split()[0] not in live)
    elif command == "/addfact":
        body = f"{argument} | {more} | {more}"
        source = body.split("|")[-1].strip()
        assume(
            not re.match(r"https?://", source, re.IGNORECASE)
            and source not in set(bot[1].knowledge.briefing.articles)
        )
    elif command == "/addarticle":
        body = argument.replace("\n", " ")  # a header without the article's text
    assert admin.say(f"{command} {body}")["plain_text"].strip()


@LIVE
@given(field=st.sampled_from(FIELDS), value=hostile)
def test_hostile_admin_edits_render_cleanly_and_undo(fake_for_edits, field, value):
    """A valid edit with hostile text renders cleanly wherever the fact shows, and /undo
    restores it; an invalid one is refused."""
    fake, admin = fake_for_edits, Chat(fake_for_edits, ADMIN_ID + 2)
    if field == "source":
        value = "https://example.com/" + "".join(value.split())
    reply = admin.say(f"/editfact {LIVE_FACT} {field} {value}")
    if not reply["plain_text"].startswith("Changed"):
        assert reply["plain_text"].startswith(("Nothing changed", "Usage"))
        return
    asker = Chat(fake, new_user_id())
    assert asker.say(QUESTION)["plain_text"]
    assert asker.inline(QUESTION)["results"]
    assert "Undone" in admin.say("/undo")["plain_text"]


@pytest.mark.parametrize(
    "page",
    [
        "10",
        "٣",  # an Arabic-Indic digit: int() reads it, the page shown is 4-13
        "9" * 40,
        "-1",
        "",
        *PAYLOADS[:16],
        "0",  # the page already shown (a double tap): Telegram says "not modified"
        "²",  # a digit for str.isdigit() that int() cannot read
    ],
)
def test_forged_pager_buttons_are_answered_cleanly(bot, caplog, page):
    fake, runner = bot
    admin = Chat(fake, ADMIN_ID + 1)
    listing = admin.say("/facts")
    since = len(fake.calls)
    admin.press(f"adm:facts:{page}", listing, expect_reply=False)
    quiet(fake)
    assert_healthy(fake, caplog, since)
