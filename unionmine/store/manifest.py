"""A run's manifest, `OUT/manifest.json`: what made its tables, and their digests (`run.provenance` writes
it after ingest, `report.state` adds the report's files). A leaf: reading, writing and hashing only."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .tables import write_text

MANIFEST = "manifest.json"


def read_manifest(folder: str | Path) -> dict | None:
    """The manifest in FOLDER, or None when it has none (an output folder made before manifests were written)."""
    try:
        return json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_manifest(folder: str | Path, record: dict) -> Path:
    """Write RECORD as FOLDER's manifest: keys sorted, no time, so the same run writes the same bytes."""
    return write_text(json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                      Path(folder) / MANIFEST)


def file_sha256(path: str | Path) -> str:
    """sha256 of the file at PATH, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def files_sha256(folder: Path, paths) -> dict[str, str]:
    """{path relative to FOLDER (posix): sha256} of each of PATHS that is a file."""
    return {p.relative_to(folder).as_posix(): file_sha256(p) for p in sorted(paths) if p.is_file()}
