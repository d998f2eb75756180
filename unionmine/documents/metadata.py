"""What a collector knows about each source file, read from a CSV, overriding extraction."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..schema import KINDS, ORG_TYPES
from .decode import read_user_text

COLUMNS = ("source", "article", "org", "org_type", "year", "kind", "on_topic", "title", "note")
YEAR_RANGE = (1949, 2100)


@dataclass
class Metadata:
    """Known values by source (relative path or bare file name) and optional article number."""

    rows: dict[tuple[str, int | None], dict] = field(default_factory=dict)

    def lookup(self, source: str, article: int) -> dict:
        """Return the known values for one article: file-level values, then article-level ones."""
        known: dict = {}
        name = Path(source).name
        for key in ((name, None), (source, None), (name, article), (source, article)):
            known.update(self.rows.get(key, {}))
        return known

    def __len__(self) -> int:
        return len(self.rows)


def read_metadata(path: str | os.PathLike | None) -> Metadata:
    """Read and validate a metadata CSV; every mistake becomes a UsageError naming row and column."""
    if path is None:
        return Metadata()
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"metadata file {path} does not exist; give a CSV with a 'source' column")
    text = read_user_text(path, "metadata file")
    reader = csv.DictReader(text.splitlines())
    header = [h.strip() for h in (reader.fieldnames or [])]
    if "source" not in header:
        raise UsageError(f"metadata file {path} has no 'source' column; columns allowed: {', '.join(COLUMNS)}")
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise UsageError(
            f"metadata file {path}: unknown column(s) {', '.join(unknown)}; columns allowed: {', '.join(COLUMNS)}"
        )
    meta = Metadata()
    for line_no, raw in enumerate(reader, start=2):
        row = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        source = row.pop("source", "")
        if not source:
            raise UsageError(f"metadata file {path}, line {line_no}: empty 'source'")
        article = _parse_int(row.pop("article", ""), path, line_no, "article", (1, 10_000))
        values = {k: v for k, v in row.items() if v and k != "note"}
        if "year" in values:
            values["year"] = _parse_int(values["year"], path, line_no, "year", YEAR_RANGE)
            values["year_source"] = "metadata"
        if "org_type" in values and values["org_type"] not in ORG_TYPES:
            raise UsageError(
                f"metadata file {path}, line {line_no}: org_type '{values['org_type']}' "
                f"is not one of {', '.join(ORG_TYPES)}"
            )
        if "kind" in values and values["kind"] not in KINDS:
            raise UsageError(
                f"metadata file {path}, line {line_no}: kind '{values['kind']}' is not one of {', '.join(KINDS)}"
            )
        if "on_topic" in values:
            flag = values["on_topic"].lower()
            if flag not in ("true", "false", "1", "0", "yes", "no"):
                raise UsageError(f"metadata file {path}, line {line_no}: on_topic must be true or false")
            values["on_topic"] = flag in ("true", "1", "yes")
        meta.rows[(source.replace("\\", "/"), article)] = values
    return meta


def _parse_int(value: str, path: Path, line_no: int, column: str, bounds: tuple[int, int]) -> int | None:
    if value == "":
        return None
    try:
        number = int(float(value))
    except ValueError:
        raise UsageError(f"metadata file {path}, line {line_no}: {column} '{value}' is not a number") from None
    if not bounds[0] <= number <= bounds[1]:
        raise UsageError(
            f"metadata file {path}, line {line_no}: {column} {number} is outside {bounds[0]}-{bounds[1]}"
        )
    return number
