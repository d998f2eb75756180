"""Unpack the .zip archives a collection arrives in, so that their files are read like any other.

A district union receives its schools' files as one ZIP, often packed on Chinese Windows, whose
member names are GBK bytes without the UTF-8 flag (``zipfile`` then shows them as cp437
mojibake: the names are decoded again here, as a legacy text is). Members are unpacked once,
into a folder named after the archive's digest, under the size limits that guard Word files
(--max-uncompressed-mb, --max-expansion-ratio, --max-file-mb), and no member path may leave
that folder. A member keeps its path inside the archive, so that the folder and file names in
it still name the school and the year.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .decode import best_legacy, strict_decode
from .discover import is_junk
from .limits import MB, Limits, readable_size

ARCHIVE_SUFFIXES = frozenset({".zip"})
#: Archives inside archives are opened this many levels deep, no deeper.
MAX_DEPTH = 3
_UTF8_FLAG = 0x800
_JUNK_FOLDERS = frozenset({"__macosx"})
#: what reading a damaged member raises (zlib's error for a broken deflate stream among them)
_MEMBER_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError, NotImplementedError)


@dataclass
class Unpacked:
    """What an archive held: (path inside the archive, unpacked file) for each member to read,
    and (path inside the archive, reason) for each member or archive that could not be."""

    members: list[tuple[str, Path]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)


def is_archive(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() in ARCHIVE_SUFFIXES


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name as its author wrote it: UTF-8 when flagged, else GBK/Big5 bytes
    (which ``zipfile`` decoded as cp437) decoded again; cp437 only when nothing else fits."""
    if info.flag_bits & _UTF8_FLAG:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    if raw.isascii():
        return info.filename
    utf8 = strict_decode(raw, "utf-8")
    if utf8 is not None:
        return utf8
    legacy = best_legacy(raw)
    return legacy[0] if legacy else info.filename


def safe_member_path(name: str) -> str | None:
    """The member's path with every step that could leave the unpacking folder dropped
    (``..``, a root, a drive); None for a folder entry or a name left empty."""
    if name.endswith(("/", "\\")):
        return None
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    if parts and len(parts[0]) == 2 and parts[0][1] == ":":
        parts = parts[1:]
    return "/".join(parts) or None


def unpack_archive(path: Path, dest: Path, limits: Limits | None = None, depth: int = 1) -> Unpacked:
    """Unpack the archive PATH under DEST (a folder per archive digest, reused when present).

    Never raises for a bad archive: its reason is returned as a problem of the whole archive
    (path ``""``), and a member that cannot be read is a problem of that member."""
    limits = limits or Limits()
    result = Unpacked()
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
        archive = zipfile.ZipFile(path)
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        result.problems.append(("", f"corrupt ZIP archive: {exc}"))
        return result
    with archive:
        total = sum(info.file_size for info in infos)
        ratio = total / max(size, 1)
        if total > limits.max_uncompressed_mb * MB or (total > MB and ratio > limits.max_expansion_ratio):
            result.problems.append(("", (
                f"ZIP archive expands to {readable_size(total)} (ratio {ratio:,.0f}:1): refused as a possible zip bomb "
                f"(limits --max-uncompressed-mb {limits.max_uncompressed_mb:g}, "
                f"--max-expansion-ratio {limits.max_expansion_ratio:g})")))
            return result
        folder = dest / digest[:20]
        wanted = _wanted_members(infos, limits, result)
        if not folder.is_dir():
            _extract(archive, wanted, folder)
        for inner, info in wanted:
            target = folder / inner
            if not target.is_file():
                result.problems.append((inner, f"corrupt ZIP member: {_member_error(archive, info)}"))
                continue
            if is_archive(inner) and depth < MAX_DEPTH:
                nested = unpack_archive(target, dest, limits, depth + 1)
                result.members += [(f"{inner}/{name}", file) for name, file in nested.members]
                result.problems += [(f"{inner}/{name}".rstrip("/"), why) for name, why in nested.problems]
            elif is_archive(inner):
                result.problems.append((inner, f"archive nested more than {MAX_DEPTH} deep: not opened"))
            else:
                result.members.append((inner, target))
    return result


def _wanted_members(infos, limits: Limits, result: Unpacked) -> list[tuple[str, zipfile.ZipInfo]]:
    wanted, taken = [], set()
    for info in infos:
        inner = safe_member_path(member_name(info))
        if inner is None or inner in taken:
            continue
        parts = inner.split("/")
        if any(is_junk(p) or p.lower() in _JUNK_FOLDERS for p in parts):
            continue
        if info.flag_bits & 0x1:
            result.problems.append((inner, "encrypted ZIP member: cannot be read without its password"))
            continue
        if info.file_size > limits.max_file_mb * MB:
            result.problems.append((inner, (
                f"file is {readable_size(info.file_size)}, larger than the {limits.max_file_mb:g} MB limit (--max-file-mb)")))
            continue
        taken.add(inner)
        wanted.append((inner, info))
    return wanted


def _extract(archive: zipfile.ZipFile, wanted, folder: Path) -> None:
    """Unpack into a fresh folder beside FOLDER, then move it into place in one rename, so a
    run stopped midway never leaves a half-unpacked folder that a later run would trust."""
    partial = folder.with_name(f"{folder.name}.partial-{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    for inner, info in wanted:
        target = partial / PurePosixPath(inner)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as source, open(target, "wb") as sink:
                shutil.copyfileobj(source, sink, 1 << 20)
        except _MEMBER_ERRORS:
            target.unlink(missing_ok=True)  # left out: the listing says why (`_member_error`)
    partial.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(partial, folder)
    except OSError:  # another worker unpacked the same archive first
        shutil.rmtree(partial, ignore_errors=True)


def _member_error(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    """Why a member did not unpack, found by reading it again (only for the few that fail)."""
    try:
        with archive.open(info) as source:
            while source.read(1 << 20):
                pass
    except _MEMBER_ERRORS as exc:
        return str(exc) or type(exc).__name__
    return "not unpacked (the unpacking folder could not be written)"
