"""A theme part's weight file (the char part, the hashed part): compact JSON written and read in one way."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import UsageError


def write_part(path: str | Path, data: dict) -> Path:
    """Write a part's dictionary as one compact JSON line (the shipped files stay small and diff by line)."""
    path = Path(path)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return path


def read_part(path: str | Path, what: str) -> dict:
    """A part's dictionary from PATH; an unreadable or non-JSON file is a usage error naming WHAT and PATH."""
    path = Path(path)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read the {what} {path}: {exc}") from exc
