"""Dating undated reports: a year range from the congresses, campaigns, events and laws cited.

Many pages anonymise the year (20xx), but a text that studies 十六大精神 or mentions 汶川地震
cannot be older than those. The clues live in `data/year_clues.csv` (one regular expression a
row, with a floor, an optional ceiling and the public source of the date); users can add rows.
"""

from __future__ import annotations

import csv
import functools
import os
import re
from dataclasses import dataclass
from re import _constants as _sre
from re import _parser as _sre_parse

import pandas as pd

from ..errors import UsageError
from ..store.paths import read_data_text


@dataclass(frozen=True)
class Clue:
    pattern: re.Pattern
    year_min: int | None
    year_max: int | None
    kind: str
    note: str
    source: str


def _parse_year(value: str, path, line: int, column: str) -> int | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        year = int(value)
    except ValueError:
        raise UsageError(f"{path}, line {line}: {column} must be a year like 2008 or empty, got {value!r}") from None
    if not 1900 <= year <= 2100:
        raise UsageError(f"{path}, line {line}: {column} {year} is not a plausible year")
    return year


def load_clues(path: str | os.PathLike | None = None) -> list[Clue]:
    """Read the year clues table (the packaged one when PATH is None); '#' rows are comments."""
    text, where = read_data_text("year_clues.csv", path, "year clues")
    return _parse_clues(text, where)


def _parse_clues(text: str, path: str) -> list[Clue]:
    reader = csv.DictReader(text.splitlines())
    needed = {"pattern", "year_min", "year_max"}
    if not reader.fieldnames or not needed <= set(reader.fieldnames):
        raise UsageError(f"{path}: the year clues need the columns pattern, year_min, year_max (kind, note, source optional)")
    clues = []
    for line, row in enumerate(reader, start=2):
        pattern = (row.get("pattern") or "").strip()
        if not pattern or pattern.startswith("#"):
            continue
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise UsageError(f"{path}, line {line}: pattern {pattern!r} is not a valid regular expression: {exc}") from None
        lo = _parse_year(row.get("year_min"), path, line, "year_min")
        hi = _parse_year(row.get("year_max"), path, line, "year_max")
        if lo is None and hi is None:
            raise UsageError(f"{path}, line {line}: give year_min, year_max or both")
        if lo is not None and hi is not None and lo > hi:
            raise UsageError(f"{path}, line {line}: year_min {lo} is after year_max {hi}")
        clues.append(Clue(compiled, lo, hi, row.get("kind") or "", row.get("note") or "", row.get("source") or ""))
    return clues


def _longest_literal(items) -> str:
    """The longest run of plain characters that every match of this sequence holds."""
    best, run = "", []
    for op, arg in list(items) + [(None, None)]:
        if op == _sre.LITERAL:
            run.append(chr(arg))
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []
    return best


@functools.lru_cache(maxsize=1024)
def _must_contain(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Strings of which a text must hold one for the pattern to match, or None if unknown.

    A clue is mostly a name ("十六大", "汶川地震"); checking for it with ``in`` first is much
    cheaper than a search with look-behinds, and skips only searches that cannot match.
    """
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unexpected parse: just search
        return None
    items = list(parsed)
    branches = [list(b) for b in items[0][1][1]] if len(items) == 1 and items[0][0] == _sre.BRANCH else [items]
    needed = tuple(_longest_literal(b) for b in branches)
    return needed if all(needed) else None


@functools.lru_cache(maxsize=1)
def _default_clues() -> tuple[Clue, ...]:
    return tuple(load_clues())


def _trie_regex(words) -> re.Pattern:
    """One regex matching the longest of WORDS at the leftmost place (a trie: ``十(?:五|六)``)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # greedy: the longer word first

    return re.compile(pattern(trie))


@dataclass(frozen=True)
class _ClueIndex:
    always: tuple[int, ...]  # clues without a literal pre-check: always searched
    by_literal: dict[str, tuple[int, ...]]  # literal -> the clues (by position) it lets through
    prefixes: dict[str, tuple[str, ...]]  # literal -> the literals it starts with (itself included)
    finder: re.Pattern | None


@functools.lru_cache(maxsize=8)
def _clue_index(patterns: tuple[re.Pattern, ...]) -> _ClueIndex:
    always, by_literal = [], {}
    for i, pattern in enumerate(patterns):
        needed = _must_contain(pattern)
        if needed is None:
            always.append(i)
            continue
        for literal in needed:
            by_literal.setdefault(literal, []).append(i)
    prefixes = {lit: tuple(p for p in by_literal if lit.startswith(p)) for lit in by_literal}
    return _ClueIndex(tuple(always), {k: tuple(v) for k, v in by_literal.items()}, prefixes,
                      _trie_regex(by_literal) if by_literal else None)


@functools.lru_cache(maxsize=1)
def _default_index() -> _ClueIndex:
    return _clue_index(tuple(clue.pattern for clue in _default_clues()))


def _clues_to_search(text: str, index: _ClueIndex) -> list[int]:
    """Positions of the clues whose pre-check literal is in TEXT, plus those without one.

    One pass finds every literal present: a trie regex gives the longest literal starting at
    each place (the shorter ones starting there are its prefixes), instead of one ``in`` scan
    per clue (125 scans were half the dating time).
    """
    wanted = set(index.always)
    if index.finder is not None:
        search, pos = index.finder.search, 0
        while (match := search(text, pos)) is not None:
            for literal in index.prefixes[match.group()]:
                wanted.update(index.by_literal[literal])
            pos = match.start() + 1
    return sorted(wanted)


def infer_year_range(text: str, clues: list[Clue] | None = None) -> dict:
    """Return {year_min, year_max, evidence} for TEXT from the clues it mentions.

    Floors (what a text cites cannot be newer than the text) are combined by taking the
    latest; ceilings by taking the earliest one that is not below that floor. When a ceiling
    contradicts the floor (an old slogan still listed beside a newer one) the ceiling is
    dropped: the range widens rather than becoming empty. Unknown bounds are None.
    """
    clues = _default_clues() if clues is None else clues
    floors: list[int] = []
    ceilings: list[int] = []
    evidence: list[str] = []
    text = text or ""
    index = _default_index() if clues is _default_clues() else _clue_index(tuple(c.pattern for c in clues))
    for i in _clues_to_search(text, index):
        clue = clues[i]
        match = clue.pattern.search(text)
        if not match:
            continue
        if match.group(0) not in evidence:
            evidence.append(match.group(0))
        if clue.year_min is not None:
            floors.append(clue.year_min)
        if clue.year_max is not None:
            ceilings.append(clue.year_max)
    lo = max(floors) if floors else None
    usable = [c for c in ceilings if lo is None or c >= lo]
    hi = min(usable) if usable else None
    return {"year_min": lo, "year_max": hi, "evidence": evidence}


STORED = ("year_min", "year_max", "year_evidence")
"""The documents table's columns that hold each article's range, inferred once during ingest."""


def _stored_range(rec) -> dict:
    def whole(value):
        return None if value is None or pd.isna(value) else int(value)

    evidence = rec.year_evidence
    return {"year_min": whole(rec.year_min), "year_max": whole(rec.year_max),
            "evidence": [] if evidence is None or isinstance(evidence, float) else [str(e) for e in evidence]}


def date_documents(documents: pd.DataFrame, clues: list[Clue] | None = None, stored: bool = False) -> pd.DataFrame:
    """Infer a year range for every article; `year_inferred` fills the year where it is unknown.

    Articles with a known year keep it, and `consistent` says whether it falls inside the
    inferred range (None when the text has no clue); that is what `dating_accuracy` measures.
    An undated article gets `year_source = inferred` when its range is a single year, else
    the range only (a range is the honest answer). STORED: take each range from the columns
    ingest wrote (`STORED`, the same inference on the same text) instead of reading the text.
    """
    stored = stored and clues is None and all(c in documents.columns for c in STORED)
    rows = []
    for rec in documents.itertuples(index=False):
        found = _stored_range(rec) if stored else infer_year_range(getattr(rec, "text", "") or "", clues)
        year = getattr(rec, "year", None)
        year = None if year is None or pd.isna(year) else int(year)
        source = getattr(rec, "year_source", None)
        has_clue = found["year_min"] is not None or found["year_max"] is not None
        consistent = None
        if year is not None and has_clue:
            consistent = (found["year_min"] is None or found["year_min"] <= year) and (
                found["year_max"] is None or year <= found["year_max"])
        inferred = None
        if year is None and found["year_min"] is not None and found["year_min"] == found["year_max"]:
            inferred = found["year_min"]
        rows.append({
            "doc_id": rec.doc_id,
            "title": getattr(rec, "title", None),
            "year": year,
            "year_source": source if year is not None else ("inferred" if has_clue else None),
            "year_min": found["year_min"],
            "year_max": found["year_max"],
            "year_inferred": inferred,
            "evidence": "、".join(found["evidence"]),
            "consistent": consistent,
        })
    out = pd.DataFrame(rows, columns=["doc_id", "title", "year", "year_source", "year_min", "year_max",
                                      "year_inferred", "evidence", "consistent"])
    for col in ("year", "year_min", "year_max", "year_inferred"):
        out[col] = out[col].astype("Int64")
    return out


def dating_accuracy(dated: pd.DataFrame) -> dict:
    """Share of known-year articles whose year falls in their inferred range (the 90% check).

    Counts only articles with a known year and at least one clue; also says how many had a
    clue at all and how wide the closed ranges are, so a high share is not bought with
    ranges that say nothing.
    """
    known = dated[dated["year"].notna() & (dated["year_source"].fillna("") != "inferred")]
    with_clue = known[known["consistent"].notna()]
    closed = with_clue[with_clue["year_min"].notna() & with_clue["year_max"].notna()]
    n_ok = int(with_clue["consistent"].astype(bool).sum())
    return {
        "n_known_year": len(known),
        "n_with_clue": len(with_clue),
        "n_in_range": n_ok,
        "coverage": (n_ok / len(with_clue)) if len(with_clue) else None,
        "n_closed_range": len(closed),
        "mean_closed_width": float((closed["year_max"] - closed["year_min"] + 1).mean()) if len(closed) else None,
    }
