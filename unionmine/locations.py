"""Where unionmine's own data lives: package rules and the repository's annotations.

Kept free of heavy imports, so that a re-run that has nothing to do can fingerprint the rules
and annotations without loading scikit-learn.
"""

from __future__ import annotations

import os
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
ANNOTATIONS_ENV = "UNIONMINE_ANNOTATIONS"
REPO_ANNOTATIONS = Path(__file__).resolve().parents[1] / "corpus" / "annotations"


def annotations_path(path: str | Path | None = None) -> Path | None:
    """The annotations file or folder: the argument, else $UNIONMINE_ANNOTATIONS, else the repo's."""
    if path is not None:
        return Path(path)
    if os.environ.get(ANNOTATIONS_ENV):
        return Path(os.environ[ANNOTATIONS_ENV])
    if REPO_ANNOTATIONS.is_dir() and any(REPO_ANNOTATIONS.glob("*.jsonl")):
        return REPO_ANNOTATIONS
    return None


def annotation_files(where: Path) -> list[Path]:
    """The JSONL files read for WHERE: the file itself, or every ``*.jsonl`` in the folder, sorted."""
    return sorted(where.glob("*.jsonl")) if where.is_dir() else [where]
