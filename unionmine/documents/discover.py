"""Find the input files under the folders a user names, skipping junk and symlink loops."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import UsageError

#: File names that are never documents (OS and Office droppings).
JUNK_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db"})


def _is_junk(name: str) -> bool:
    lower = name.lower()
    return lower.startswith((".", "~$")) or lower in JUNK_NAMES or lower.endswith("~")


def discover_files(paths: Iterable[Path]) -> Iterator[tuple[Path, Path]]:
    """Yield (file, corpus_root) for every file under the given files and folders.

    Folders are walked recursively in sorted order; hidden entries and OS/Office droppings are
    skipped; symlinked folders are followed once, and a symlink that loops is yielded so that
    ``read_document`` reports it. A file given directly has its parent folder as corpus root.
    Raises ``UsageError`` for a path that does not exist.
    """
    paths = [Path(p) for p in paths]
    for p in paths:
        if not os.path.lexists(p):
            raise UsageError(f"no such file or folder: {p}")
    seen_files: set[str] = set()
    for p in paths:
        if p.is_dir():
            yield from _walk(p, p, {_realpath(p)}, seen_files)
        else:  # files, broken symlinks and loops alike: read_document explains the problem
            key = _realpath(p) or str(p)
            if key not in seen_files:
                seen_files.add(key)
                yield p, p.parent


def _realpath(p: Path) -> str:
    try:
        return os.path.realpath(p)
    except (OSError, RuntimeError):
        return ""


def _walk(
    folder: Path, root: Path, ancestors: set[str], seen_files: set[str]
) -> Iterator[tuple[Path, Path]]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        yield folder, root  # unreadable folder: read_document says why
        return
    for entry in entries:
        if _is_junk(entry.name):
            continue
        child = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:
            is_dir = False
        if is_dir:
            real = _realpath(child)
            if real in ancestors or not real:
                yield child, root  # a folder symlink pointing back up: reported as a loop
                continue
            yield from _walk(child, root, ancestors | {real}, seen_files)
            continue
        key = _realpath(child) or entry.path
        if entry.is_symlink():
            try:
                os.stat(child)
            except OSError:
                key = entry.path  # broken or looping link: yield it to be reported
        if key in seen_files:
            continue
        seen_files.add(key)
        yield child, root
