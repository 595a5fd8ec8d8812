"""Progress of long command-line work (``briefbot import``, ``briefbot export``) on a terminal.

One line on standard error, redrawn in place with a carriage return at most every
``INTERVAL`` seconds, and wiped when the work is done so the summary prints on a clean line.
When standard error is not a terminal (piped, redirected to a file, under cron or CI) nothing
is written at all: logs get only the summary, never a trail of ``\\r`` updates.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

INTERVAL = 0.1  # seconds between redraws; a faster terminal update only costs time


def is_terminal(stream: TextIO) -> bool:
    """Whether *stream* is an interactive terminal (False for a closed or odd stream)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or the stream is closed
        return False


class Progress:
    """A :data:`knowledge.curation.ProgressFn` that draws ``stage done/total (n%)`` on a
    terminal; use it as a context manager so the line is wiped afterwards."""

    def __init__(self, stream: TextIO | None = None, interval: float = INTERVAL) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = is_terminal(self.stream)
        self.interval = interval
        self._drawn_at: float | None = None
        self._stage = ""
        self._width = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        """Redraw the line, unless it was drawn for this stage a moment ago (the last count
        of a stage is always drawn)."""
        if not self.enabled:
            return
        now = time.monotonic()
        recent = self._drawn_at is not None and now - self._drawn_at < self.interval
        if recent and stage == self._stage and done < total:
            return
        self._drawn_at, self._stage = now, stage
        line = f"{stage} {done}/{total} ({done * 100 // total}%)" if total else f"{stage}..."
        self.stream.write("\r" + line.ljust(self._width))
        self.stream.flush()
        self._width = max(self._width, len(line))  # the columns the line has covered

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Wipe the line, whether the work ended or failed."""
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
