"""/stats as a chart: the daily series it is drawn from, the PNG, the photo an admin gets,
and ``briefbot stats --png``."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from matplotlib.dates import date2num, num2date

from bot.admin import charts
from bot.admin.charts import MARGIN, stats_png
from bot.admin.stats import figures
from bot.texts import t
from knowledge.reports import CHART_DAYS, Day
from knowledge.service import Knowledge
from tests.botrunner import ADMIN_ID, USER_ID
from tests.clirunner import briefbot
from tests.seeded import seeded_database

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TODAY = date(2025, 5, 20)
QUESTION = "what did Turkey sign with Azerbaijan?"


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG's IHDR chunk, which follows the signature."""
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def log(knowledge: Knowledge, day: date, outcome: str, count: int = 1) -> None:
    knowledge.briefing.store.db["questions"].insert_all(
        {"ts": f"{day.isoformat()}T12:00:00+00:00", "question": "q", "lang": "en",
         "outcome": outcome, "top_score": 0.0}
        for _ in range(count)
    )  # fmt: skip


def vote(knowledge: Knowledge, day: date, value: int, user_id: int) -> None:
    knowledge.briefing.store.db["feedback"].insert(
        {"ts": f"{day.isoformat()}T08:00:00+00:00", "user_id": user_id, "fact_id": "f",
         "question": None, "value": value}
    )  # fmt: skip


# -- the daily series ---------------------------------------------------------------------


def test_daily_is_empty_before_anything_was_asked(knowledge: Knowledge):
    assert knowledge.reports.daily(today=TODAY) == []


def test_daily_counts_outcomes_and_votes_per_day_with_quiet_days_as_zeros(knowledge: Knowledge):
    first, third = TODAY - timedelta(days=3), TODAY - timedelta(days=1)
    log(knowledge, first, "answered", 3)
    log(knowledge, first, "abstain", 1)
    log(knowledge, third, "not_stated", 2)
    log(knowledge, third, "smalltalk", 1)
    vote(knowledge, third, 1, user_id=1)
    vote(knowledge, third, -1, user_id=2)
    vote(knowledge, third, 1, user_id=3)
    days = knowledge.reports.daily(today=TODAY)
    assert [d.day for d in days] == [TODAY - timedelta(days=n) for n in range(29, -1, -1)]
    assert days[:-4] == [Day(d.day) for d in days[:-4]]
    days = days[-4:]
    assert days[0] == Day(first, answered=3, abstained=1)
    assert days[1] == Day(first + timedelta(days=1))
    assert days[2] == Day(third, not_stated=2, smalltalk=1, votes_up=2, votes_down=1)
    assert days[3] == Day(TODAY)
    assert days[0].questions == 4 and days[0].share(days[0].answered) == 0.75
    assert days[3].share(days[3].answered) == 0.0


def test_daily_covers_at_most_the_last_days_even_when_quiet(knowledge: Knowledge):
    log(knowledge, TODAY - timedelta(days=100), "answered", 5)
    days = knowledge.reports.daily(today=TODAY)
    assert len(days) == CHART_DAYS and days[-1].day == TODAY
    assert all(day == Day(day.day) for day in days)


def test_daily_counts_a_question_just_asked(knowledge: Knowledge):
    answer = knowledge.answering.ask(QUESTION)
    knowledge.reports.log(answer, USER_ID)  # still in the batched log, not yet written
    days = knowledge.reports.daily()  # day one of use: still the 30-day axis
    assert len(days) == CHART_DAYS and days[-1].answered == 1 and days[0].questions == 0


# -- the chart ----------------------------------------------------------------------------


def test_chart_is_a_png_of_plausible_size():
    days = [
        Day(TODAY - timedelta(days=n), answered=n, unsure=1, not_stated=2, abstained=n % 3,
            smalltalk=1, votes_up=n % 4, votes_down=1)
        for n in reversed(range(CHART_DAYS))
    ]  # fmt: skip
    for lang in ("en", "ru"):
        data = stats_png(days, lang)
        assert png_size(data) == (900, 750)
        assert 20_000 < len(data) < 1_000_000


def test_chart_of_one_day_and_of_no_days_is_still_a_chart():
    for days in ([Day(TODAY, answered=1)], []):
        data = stats_png(days, "en")
        assert png_size(data) == (900, 750) and len(data) > 5_000


def test_chart_needs_no_display_and_no_pyplot():
    code = (
        "import sys; from bot.admin.charts import stats_png; stats_png([], 'en');"
        "assert 'matplotlib.pyplot' not in sys.modules"
    )
    root = Path(__file__).resolve().parents[1]
    env = {"PATH": os.environ["PATH"], "MPLBACKEND": "TkAgg", "PYTHONPATH": str(root)}
    env.update({key: os.environ[key] for key in ("HOME", "MPLCONFIGDIR") if key in os.environ})
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr


# -- /stats in Telegram -------------------------------------------------------------------


def test_stats_sends_an_admin_the_chart_with_the_figures(admin, reader, fake_telegram):
    fake = fake_telegram
    reader.say(QUESTION)
    reader.say("how many penguins live on the moon?")
    photo = admin.say("/stats")
    assert photo["method"] == "sendPhoto"
    assert png_size(photo["file_bytes"]) == (900, 750)
    assert photo["plain_text"].startswith("Questions: 2; answered 1 (50%)")
    assert "Most shown facts:\n\n1× tr-" in photo["plain_text"]
    assert len(admin.views()) == 1  # the figures are the photo's caption
    actions = [c.params.get("action") for c in fake.calls if c.method == "sendChatAction"]
    assert actions == ["upload_photo"]  # shown while the chart is drawn


def test_stats_of_a_one_day_log_draws_the_last_30_days_on_a_date_axis(admin, reader, monkeypatch):
    drawn: list[list[Day]] = []

    def drawing(days: list[Day], lang: str) -> bytes:
        drawn.append(days)
        return stats_png(days, lang)

    monkeypatch.setattr(charts, "stats_png", drawing)
    reader.say(QUESTION)  # day one of use: one question in the log
    assert admin.say("/stats")["method"] == "sendPhoto"
    [days] = drawn
    today = datetime.now(UTC).date()
    assert [day.day for day in days] == [today - timedelta(n) for n in reversed(range(30))]
    assert [day.questions for day in days] == [0] * 29 + [1]
    axis = charts.chart(days, "en").axes[-1]  # the date axis the three panels share
    assert axis.get_xlim() == (date2num(today - timedelta(29)) - MARGIN, date2num(today) + MARGIN)
    ticks = [num2date(tick).date() for tick in axis.get_xticks()]
    assert max(ticks) - min(ticks) >= timedelta(days=21)  # dates across the month, not hours


def test_stats_refuses_a_non_admin_and_sends_no_chart(reader, fake_telegram):
    fake = fake_telegram
    reader.say(QUESTION)
    refusal = reader.say("/stats")
    assert refusal["text"] == t("admin_only", "en")
    assert not [call for call in fake.calls if call.method == "sendPhoto"]


def test_stats_before_any_question_says_so_instead_of_a_chart(admin, fake_telegram):
    reply = admin.say("/stats")
    assert reply["method"] == "sendMessage"
    assert reply["plain_text"].startswith("Questions: 0; answered 0 (-)")
    assert reply["plain_text"].endswith(t("adm_stats_no_chart", "en"))
    admin.say("/gaps")  # the next command is answered: nothing was left pending
    assert admin.wait_view(1)["method"] == "sendMessage"
    assert not [call for call in fake_telegram.calls if call.method == "sendPhoto"]


# -- briefbot stats -----------------------------------------------------------------------


def test_cli_stats_png_writes_the_chart_and_prints_the_figures(tmp_path: Path):
    database = seeded_database(tmp_path / "cli.db")
    knowledge = Knowledge.open(database)
    knowledge.reports.log(knowledge.answering.ask(QUESTION), None)
    knowledge.close()
    chart = tmp_path / "stats.png"
    run = briefbot("--database", str(database), "stats", "--png", str(chart), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert png_size(chart.read_bytes()) == (900, 750)
    assert run.stdout.startswith("Questions: 1; answered 1 (100%)")
    assert "Knowledge: 55 facts, 2 articles" in run.stdout and "<b>" not in run.stdout


def test_cli_stats_of_an_empty_log_still_writes_a_chart(tmp_path: Path):
    chart, database = tmp_path / "empty.png", str(tmp_path / "new.db")
    run = briefbot("--database", database, "stats", "--png", str(chart), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert png_size(chart.read_bytes()) == (900, 750)
    assert run.stdout.startswith("Questions: 0;")


def test_cli_stats_to_an_unwritable_path_is_one_line_and_exit_code_2(tmp_path: Path):
    database = str(seeded_database(tmp_path / "cli.db"))
    for target in (tmp_path / "missing" / "stats.png", tmp_path):
        run = briefbot("--database", database, "stats", "--png", str(target), cwd=tmp_path)
        assert run.returncode == 2
        assert run.stdout == ""
        assert len(run.stderr.splitlines()) == 1
        assert run.stderr.startswith(f"briefbot stats: cannot write {target}: ")
    assert not (tmp_path / "missing").exists()


def test_a_deleted_fact_among_the_most_shown_is_named_by_its_statement(knowledge: Knowledge):
    answer = knowledge.answering.ask(QUESTION)
    knowledge.reports.log(answer, USER_ID)
    shown = knowledge.briefing.fact(answer.results[0].fact_id)
    knowledge.curation.delete_fact(shown.id, ADMIN_ID)
    blocks = figures(knowledge, "en")
    assert f"1× <code>{shown.id}</code> {shown.statement[:60]}" in blocks[-1]
