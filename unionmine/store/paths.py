"""Where unionmine's own data lives: the package's rules and the annotations its default model is trained from.

Kept free of heavy imports, so that a re-run that has nothing to do can fingerprint the rules
and annotations without loading scikit-learn.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tomllib
from pathlib import Path

from ..errors import UsageError

PACKAGE = Path(__file__).resolve().parents[1]
DATA = PACKAGE / "data"
ANNOTATIONS_ENV = "UNIONMINE_ANNOTATIONS"
#: the annotations the default theme model is trained from: package data, so that an installed
#: package (wheel or editable) trains the same model
ANNOTATIONS = DATA / "annotations"
REPO_ANNOTATIONS = ANNOTATIONS  # the old name (deprecated: remove after 0.2)


def annotations_path(path: str | Path | None = None) -> Path | None:
    """The annotations file or folder: the argument, else $UNIONMINE_ANNOTATIONS, else the shipped ones."""
    if path is not None:
        return Path(path)
    if os.environ.get(ANNOTATIONS_ENV):
        return Path(os.environ[ANNOTATIONS_ENV])
    if ANNOTATIONS.is_dir() and any(ANNOTATIONS.glob("*.jsonl")):
        return ANNOTATIONS
    return None


@functools.lru_cache(maxsize=1)
def package_digest() -> str:
    """sha256 over the package's own source and data files (names and bytes), once per process.

    Cache keys include it, so that a changed module or rules file is never served from a cache
    (there is no version number to bump by hand). Compiled files and caches are left out.
    """
    digest = hashlib.sha256()
    for path in sorted(p for p in PACKAGE.rglob("*") if p.is_file() and _is_own_file(p)):
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _is_own_file(path: Path) -> bool:
    """Whether PATH is source or data of the package (not bytecode, not an editor's leftovers)."""
    parts = path.relative_to(PACKAGE).parts
    if "__pycache__" in parts or any(part.startswith(".") for part in parts):
        return False
    return path.suffix not in {".pyc", ".pyo", ".so", ".pyd"} and not path.name.endswith("~")


def annotation_files(where: Path) -> list[Path]:
    """The JSONL files read for WHERE: the file itself, or every ``*.jsonl`` in the folder, sorted."""
    return sorted(where.glob("*.jsonl")) if where.is_dir() else [where]


def read_data_text(name: str, path: str | os.PathLike | None = None, what: str | None = None) -> tuple[str, str]:
    """The text of a rules file and where it came from: the packaged ``data/NAME``, or the user's copy at PATH.

    Every rules file (cleaning rules, article markers, heading styles, organisations, year
    clues, stock phrases) is read here, so that a user's copy that cannot be read always gets
    the same kind of one-line error.
    """
    file = DATA / name if path is None else Path(path)
    where = name if path is None else str(file)
    try:
        return file.read_text(encoding="utf-8-sig"), where
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise UsageError(f"cannot read {what or name} {where}: {reason}") from exc


def read_data_toml(name: str, path: str | os.PathLike | None = None, what: str | None = None) -> tuple[dict, str]:
    """A TOML rules file as a dict (see `read_data_text`), and where it came from."""
    text, where = read_data_text(name, path, what)
    try:
        return tomllib.loads(text), where
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{where} is not valid TOML: {exc}") from exc
