"""Find the input files under the folders a user names, skipping junk and symlink loops."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import UsageError

#: File names that are never documents (OS and Office droppings).
JUNK_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db"})

#: Endings of the folder a browser's "save complete page" (or Word's "save as web page") writes
#: beside ``NAME.html``: ``NAME_files`` in Chrome, Edge and Firefox, ``NAME.files`` in Chinese
#: Windows and Word, and the localised names Windows links to their page as "connected files"
#: (German ``-Dateien``, French ``_fichiers``, Spanish ``_archivos`` ...). Lower case.
SAVED_PAGE_FOLDER_ENDINGS = (
    "_files", ".files", "-files", "_file", "-dateien", "_fichiers", "_archivos", "_arquivos",
    "_ficheiros", "_bestanden", "_pliki", "_soubory", "_tiedostot", "-filer", "_elemei",
    "_dosyalar", "_failid", "_fails", "_bylos", "_datoteke", "_fajlovi", "_fitxers",
)
#: A page these endings belong to (the saved page itself; an .mht keeps everything inside).
SAVED_PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".mht", ".mhtml")
#: The marks of a version senders put in a file name (…总结（定稿）.docx, …计划-修改稿.doc), in the order the versions
#: of one document are read: the final, then a revision, then the name without a mark, then a draft. Of two copies of
#: one article the near-duplicate finder marks the one read later, so the final is the one counted.
VERSION_MARKS = (("定稿", "终稿", "最终稿", "最终版", "正式稿", "正式版", "终版"),
                 ("修改稿", "修改版", "修订稿", "修订版", "改稿"),
                 (),
                 ("初稿", "草稿", "征求意见稿", "讨论稿", "送审稿"))
_VERSION = re.compile(r"[-_ ]?[（(【\[]?(" + "|".join(m for ms in VERSION_MARKS for m in ms) + r")[）)】\]]?")
_PLAIN = 2  # the rank of a name without a mark


def is_junk(name: str) -> bool:
    """Whether a file NAME is a hidden, backup or system file (``.DS_Store``, ``~$…``), not a document."""
    lower = name.lower()
    return lower.startswith((".", "~$")) or lower in JUNK_NAMES or lower.endswith("~")


def reading_order(name: str) -> tuple[str, int, str]:
    """The sort key of a file name among its folder's: by the name without its version mark (`VERSION_MARKS`), then
    the version (final first), then the name (so the versions of one document sit together, the final first)."""
    m = _VERSION.search(name)
    if m is None:
        return name, _PLAIN, name
    rank = next(i for i, marks in enumerate(VERSION_MARKS) if m.group(1) in marks)
    return name[:m.start()] + name[m.end():], rank, name


def saved_page_of(folder_name: str, sibling_names: Iterable[str]) -> str | None:
    """The saved page that FOLDER_NAME is the resource folder of (``页面_files`` of ``页面.html``),
    when one is among SIBLING_NAMES (case-insensitive); None for any other folder."""
    lower = folder_name.lower()
    ending = next((e for e in SAVED_PAGE_FOLDER_ENDINGS if lower.endswith(e) and len(lower) > len(e)), None)
    if ending is None:
        return None
    stem = lower[: -len(ending)]
    for name in sibling_names:
        low = name.lower()
        if low.startswith(stem) and low[len(stem):] in SAVED_PAGE_SUFFIXES:
            return name
    return None


def discover_files(paths: Iterable[Path], skipped: list[tuple[Path, Path, Path]] | None = None
                   ) -> Iterator[tuple[Path, Path]]:
    """Yield (file, corpus_root) for every file under the given files and folders.

    Folders are walked recursively in sorted order; hidden entries and OS/Office droppings are
    skipped; symlinked folders are followed once, and a symlink that loops is yielded so that
    ``read_document`` reports it. A folder a browser wrote beside a saved page (``页面_files``
    beside ``页面.html``: its scripts, styles, images and ad frames) is not walked when its page
    sits beside it; each such (folder, page, corpus_root) is appended to SKIPPED, when given, for the run to
    mention. Such a folder without its page is read like any other (a user's own folder).
    A file given directly has its parent folder as corpus root.
    Raises ``UsageError`` for a path that does not exist.
    """
    paths = [Path(p) for p in paths]
    for p in paths:
        if not os.path.lexists(p):
            raise UsageError(f"no such file or folder: {p}")
    seen_files: set[str] = set()
    for p in paths:
        if p.is_dir():
            yield from _walk(p, p, {_realpath(p)}, seen_files, skipped)
        else:  # files, broken symlinks and loops alike: read_document explains the problem
            key = _realpath(p) or str(p)
            if key not in seen_files:
                seen_files.add(key)
                yield p, p.parent


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:
        return False


def _realpath(p: Path) -> str:
    try:
        return os.path.realpath(p)
    except (OSError, RuntimeError):
        return ""


def _walk(
    folder: Path, root: Path, ancestors: set[str], seen_files: set[str],
    skipped: list[tuple[Path, Path, Path]] | None = None,
) -> Iterator[tuple[Path, Path]]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: reading_order(e.name))
    except OSError:
        yield folder, root  # unreadable folder: read_document says why
        return
    files = [e.name for e in entries if not _is_folder(e)]
    for entry in entries:
        if is_junk(entry.name):
            continue
        child = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
        except OSError:
            is_dir = False
        if is_dir and (page := saved_page_of(entry.name, files)) is not None:
            if skipped is not None:
                skipped.append((child, folder / page, root))
            continue
        if is_dir:
            real = _realpath(child)
            if real in ancestors or not real:
                yield child, root  # a folder symlink pointing back up: reported as a loop
                continue
            yield from _walk(child, root, ancestors | {real}, seen_files, skipped)
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
