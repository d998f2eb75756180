"""docs/COLUMNS.md, the codebook, lists every column of every output table: the Parquet tables' columns as
`unionmine/schema.py` declares them, problems.csv's, and every English column name the statistics' and the
insight tables' CSV headers carry (`data/labels.toml`)."""

from __future__ import annotations

import re
from pathlib import Path

from unionmine import schema
from unionmine.labels import labels

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "COLUMNS.md"

PARQUET = {
    "documents.parquet": [f.name for f in schema.DOCUMENT_FIELDS],
    "sections.parquet": [f.name for f in schema.SECTION_FIELDS],
    "profiles.parquet": schema.PROFILES.names,
    "indicators.parquet": schema.INDICATORS.names,
    "terms.parquet": schema.TERMS.names,
    "problems.csv": schema.PROBLEM_COLUMNS,
}


def _listed(doc: str) -> dict[str, set[str]]:
    """Per table heading (## `documents.parquet`: …), the names in the first column of its table."""
    found: dict[str, set[str]] = {}
    for part in re.split(r"^## ", doc, flags=re.MULTILINE)[1:]:
        title = re.match(r"`([^`]+)`", part)
        if title is None:
            continue
        names = found.setdefault(title.group(1), set())
        for line in part.splitlines():
            if line.startswith("| `"):
                names.update(re.findall(r"`([^`]+)`", line.split(" | ")[0]))
    return found


def _csv_names() -> set[str]:
    names = set(labels()["columns"])
    for table in labels()["insight_columns"].values():
        names |= set(table)
    return names


def _problems(doc: str) -> list[str]:
    listed = _listed(doc)
    wrong = [f"{table}: {sorted(set(cols) ^ listed.get(table, set()))}" for table, cols in PARQUET.items()
             if set(cols) != listed.get(table, set())]
    mentioned = set(re.findall(r"`([^`]+)`", re.sub(r"^```.*?^```", "", doc, flags=re.MULTILINE | re.DOTALL)))
    return wrong + sorted(_csv_names() - mentioned)


def test_the_codebook_lists_every_output_column():
    assert _problems(DOC.read_text(encoding="utf-8")) == [], "describe each column in docs/COLUMNS.md"


def test_the_check_sees_a_missing_or_stale_column():
    doc = DOC.read_text(encoding="utf-8")
    assert _problems(doc.replace("| `year_evidence` |", "| year evidence |")) == [
        "documents.parquet: ['year_evidence']", "year_evidence"]  # a Parquet column and a CSV header
    assert _problems(doc.replace("| `encoding` |", "| `encoding`, `charset` |")) == ["documents.parquet: ['charset']"]
    assert _problems(doc.replace("`follow_through`", "follow through")) == ["follow_through"]
