"""docs/ARCHITECTURE.md names every package of the tree."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _packages() -> list[str]:
    package = REPO / "unionmine"
    found = [p.parent.relative_to(REPO).as_posix() for p in package.rglob("__init__.py")]
    found.append("unionmine/data")
    return sorted(p for p in found if p != "unionmine")


def _missing(doc: str) -> list[str]:
    return [p for p in _packages() if f"`{p}/`" not in doc]


def test_every_package_has_its_line_in_the_architecture_doc():
    doc = (REPO / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert _missing(doc) == [], "add one line per package to docs/ARCHITECTURE.md"


def test_the_check_sees_a_missing_package():
    doc = (REPO / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert _missing(doc.replace("`unionmine/stats/insights/`", "insights")) == ["unionmine/stats/insights"]
