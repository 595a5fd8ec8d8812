"""Fresh seeded databases for the tests, without seeding each one.

Opening a new database seeds it from ``knowledge/data`` (about a quarter of a second); the
tests need dozens of fresh ones. The first is seeded once per test run and the others are
copies of it, which is what seeding would have made.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

from knowledge.service import Knowledge


@functools.cache
def _template() -> Path:
    directory = Path(tempfile.mkdtemp(prefix="briefbot-seeded-"))
    atexit.register(shutil.rmtree, directory, True)
    path = directory / "seeded.db"
    Knowledge.open(path).close()
    assert not Path(f"{path}-wal").exists(), "the template must be checkpointed"
    return path


def seeded_database(path: Path) -> Path:
    """Create *path* (a file that does not exist yet) as a freshly seeded database."""
    if path.exists():
        raise FileExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_template(), path)
    return path
