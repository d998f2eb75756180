"""What keeps a failed run from doing harm: cleanup that always finishes, a full disk named as one.

A run that fails (a full disk, a folder made read-only) must leave the previous outputs as they
were, remove its staging folder (on a full disk it holds the space the user needs back), and say
the real reason: not an error raised while closing that hides it.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)

#: SQLite's messages for a write the disk refused, and the errno each stands for
_SQLITE_DISK = {"database or disk is full": errno.ENOSPC, "disk I/O error": errno.EIO,
                "attempt to write a readonly database": errno.EROFS,
                "unable to open database file": errno.EACCES}


def release(failed: bool, *steps: Callable[[], object] | None) -> None:
    """Run every cleanup step (None: skipped), even after one fails.

    FAILED: the run is already failing: a step's error is logged, never raised, so that the error
    that stopped the run is the one reported (a full disk also fails the duplicate index's last
    commit). Otherwise the first step's error is raised once all have run."""
    first: BaseException | None = None
    for step in steps:
        if step is None:
            continue
        try:
            step()
        except Exception as exc:  # noqa: BLE001 - every step runs; the error is kept or logged below
            log.debug("cleanup step %r failed: %s", step, exc)
            first = first or exc
    if first is not None and not failed:
        raise first


@contextlib.contextmanager
def disk_errors(where: str | os.PathLike) -> Iterator[None]:
    """Turn SQLite's 'database or disk is full' (the result cache, the duplicate index) into the
    OSError it is, naming WHERE, so that the user reads 'No space left on device', not an internal error."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        code = next((c for message, c in _SQLITE_DISK.items() if message in str(exc)), None)
        if code is None:
            raise
        raise OSError(code, os.strerror(code), str(Path(where))) from exc
