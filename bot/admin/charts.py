"""The /stats chart: questions per day by outcome, the shares of answers, and the votes.

Drawn with matplotlib's object-oriented API straight on the non-interactive Agg canvas (no
pyplot, so no GUI backend, no display and no global figure state, whatever MPLBACKEND says):
it runs headless, and in a worker thread beside the bot's event loop. matplotlib shares its
font objects between figures and is not thread-safe, so charts are drawn one at a time. The
same PNG goes to Telegram (/stats) and to a file (``briefbot stats --png``).
"""

from __future__ import annotations

import io
import math
import threading

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import ConciseDateFormatter, DayLocator, date2num
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

from bot.texts import t
from knowledge.reports import Day

DPI = 100
SIZE = (9.0, 7.5)  # inches: 900 x 750 pixels, legible as a Telegram photo on a phone
# (Day field, colour): the outcomes stacked from the bottom, best first
OUTCOMES = (
    ("answered", "#2e7d32"),
    ("unsure", "#f9a825"),
    ("not_stated", "#ef6c00"),
    ("abstained", "#c62828"),
    ("smalltalk", "#9e9e9e"),
)
SHARES = ("answered", "not_stated", "abstained")  # the shares the middle panel follows
UP, DOWN = "#2e7d32", "#c62828"
_DRAWING = threading.Lock()  # one chart at a time (see the module's docstring)
MAX_TICKS = 12  # date labels on the x axis at most
MARGIN = 0.7  # days beside the first and last bar


def stats_png(days: list[Day], lang: str) -> bytes:
    """The chart as PNG bytes, labelled in *lang*; with no days, a chart that says there
    were no questions yet."""
    with _DRAWING:
        out = io.BytesIO()
        chart(days, lang).savefig(out, format="png")
        return out.getvalue()


def chart(days: list[Day], lang: str) -> Figure:
    """The chart's figure: three panels over the same days on one date axis, or the note
    alone when there are none (drawn into a PNG by :func:`stats_png`)."""
    figure = Figure(figsize=SIZE, dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    if days:
        questions, shares, votes = figure.subplots(3, 1, sharex=True, height_ratios=(3, 2, 2))
        _questions(questions, days, lang)
        _shares(shares, days, lang)
        _votes(votes, days, lang)
        locator = DayLocator(interval=-(-len(days) // MAX_TICKS))  # whole days, never hours
        votes.xaxis.set_major_locator(locator)
        votes.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        votes.set_xlim(date2num(days[0].day) - MARGIN, date2num(days[-1].day) + MARGIN)
    else:
        axes = figure.subplots()
        axes.set_axis_off()
        axes.text(0.5, 0.5, t("chart_empty", lang), ha="center", va="center", fontsize=16)
    figure.suptitle(t("chart_title", lang), fontsize=14)
    return figure


def _questions(axes: Axes, days: list[Day], lang: str) -> None:
    """Stacked bars: each day's questions by outcome."""
    dates = [day.day for day in days]
    bottom = [0] * len(days)
    for field, colour in OUTCOMES:
        counts = [getattr(day, field) for day in days]
        axes.bar(dates, counts, bottom=bottom, color=colour, label=t(f"chart_{field}", lang))
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    axes.set_title(t("chart_questions", lang), loc="left", fontsize=11)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.legend(loc="upper left", fontsize=8, ncols=len(OUTCOMES), frameon=False)
    axes.set_ylim(0, max(max(bottom) * 1.25, 1))  # room for the legend above the bars


def _shares(axes: Axes, days: list[Day], lang: str) -> None:
    """Lines: the share of each day's questions answered, not stated and abstained; a day
    without questions has no share and breaks the line (a gap, not a slope across it)."""
    colours = dict(OUTCOMES)
    for field in SHARES:
        axes.plot(
            [day.day for day in days],
            [day.share(getattr(day, field)) if day.questions else math.nan for day in days],
            marker="o",
            markersize=3,
            color=colours[field],
            label=t(f"chart_{field}", lang),
        )
    axes.set_title(t("chart_shares", lang), loc="left", fontsize=11)
    axes.set_ylim(-0.05, 1.3)  # room for the legend above 100%
    axes.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    axes.grid(axis="y", alpha=0.3)
    axes.legend(loc="upper left", fontsize=8, ncols=len(SHARES), frameon=False)


def _votes(axes: Axes, days: list[Day], lang: str) -> None:
    """Bars up and down from zero: each day's helpful and unhelpful votes."""
    dates = [day.day for day in days]
    axes.bar(dates, [day.votes_up for day in days], color=UP, label=t("chart_votes_up", lang))
    axes.bar(
        dates,
        [-day.votes_down for day in days],
        color=DOWN,
        label=t("chart_votes_down", lang),
    )
    axes.axhline(0, color="#424242", linewidth=0.8)
    axes.set_title(t("chart_votes", lang), loc="left", fontsize=11)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.yaxis.set_major_formatter(lambda value, _: f"{abs(value):.0f}")
    axes.legend(loc="upper left", fontsize=8, ncols=2, frameon=False)
    top = max([day.votes_up for day in days] + [day.votes_down for day in days] + [1])
    axes.set_ylim(-top * 1.2, top * 1.6)  # room for the legend at the top
