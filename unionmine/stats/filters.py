"""Choose which documents a comparison counts: organisation types, kinds, years, organisations."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..documents.decode import read_user_text
from ..errors import UsageError
from ..labels import say, value_label

# ---------------------------------------------------------------- filters


@dataclass(frozen=True)
class Filters:
    """What to compare: restrict by organisation type, kind, year range and a list of organisations."""

    org_types: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    orgs: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "org_types", tuple(self.org_types))
        object.__setattr__(self, "kinds", tuple(self.kinds))
        object.__setattr__(self, "orgs", tuple(self.orgs))
        if self.years is not None:
            start, end = (int(y) for y in self.years)
            if start > end:
                raise UsageError(f"year range {start}-{end} runs backwards; write it as {end}-{start}",
                                 zh=("cli_text.years_backwards", {"start": start, "end": end}))
            object.__setattr__(self, "years", (start, end))

    @property
    def active(self) -> bool:
        return bool(self.org_types or self.kinds or self.years or self.orgs)

    @staticmethod
    def parse_years(text: str) -> tuple[int, int]:
        """Parse '2015-2020' (or a single year '2018') into an inclusive range."""
        m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–~至到]\s*(\d{4})\s*)?", text or "")
        if not m:
            raise UsageError(f"--years {text!r}: write a year range like 2015-2020, or one year like 2018",
                             zh=("cli_text.years_bad", {}))
        start = int(m.group(1))
        end = int(m.group(2) or start)
        if start > end:
            raise UsageError(f"--years {text!r} runs backwards; write it as {end}-{start}",
                             zh=("cli_text.years_backwards", {"start": start, "end": end}))
        return start, end

    @staticmethod
    def read_orgs(path: str | Path) -> tuple[str, ...]:
        """Read organisation names, one a line (UTF-8 or GB18030; '#' starts a comment)."""
        path = Path(path)
        text = read_user_text(path, "organisation list", zh="cli_text.orgs_unreadable")
        names = [line.split("#", 1)[0].strip() for line in text.splitlines()]
        names = [n for n in names if n]
        if not names:
            raise UsageError(f"{path} lists no organisations; write one name a line",
                             zh=("cli_text.orgs_empty", {"path": path}))
        return tuple(dict.fromkeys(names))

    def describe(self) -> str:
        """Describe the filter in Chinese for the report."""
        if not self.active:
            return say("stats_text.no_filter")
        parts = []
        if self.org_types:
            parts.append(say("stats_text.org_types", names="、".join(value_label("org_type", t) for t in self.org_types)))
        if self.kinds:
            parts.append(say("stats_text.kinds", names="、".join(value_label("kind", k) for k in self.kinds)))
        if self.years:
            start, end = self.years
            span = say("stats_text.one_year", year=start) if start == end else say("stats_text.years", first=start, last=end)
            parts.append(say("stats_text.year_filter", span=span))
        if self.orgs:
            shown = "、".join(self.orgs[:5])
            shown = say("stats_text.more", names=shown) if len(self.orgs) > 5 else shown
            parts.append(say("stats_text.orgs", n=len(self.orgs), names=shown))
        return say("stats_text.filters", parts="；".join(parts))


def unit_types(documents: pd.DataFrame) -> pd.Series:
    """Each article's organisation type as its unit's: the type most of a named organisation's articles give (the
    first code on a tie, as the Word profile reads it), so that one unit is compared, filtered and counted under
    one type (a private hospital's summaries say 有限公司, its plan does not); an article with no organisation, or
    whose organisation's articles give no type, keeps its own."""
    typed = documents[documents["org"].notna() & documents["org_type"].notna()]
    modal = typed.groupby("org")["org_type"].agg(lambda t: t.mode().iloc[0])
    mapped = documents["org"].map(modal)
    return mapped.where(mapped.notna(), documents["org_type"])


def apply_filters(documents: pd.DataFrame, filters: Filters | None) -> pd.DataFrame:
    """Return the documents that pass FILTERS (all of them when FILTERS is None)."""
    if filters is None or not filters.active:
        return documents
    keep = pd.Series(True, index=documents.index)
    if filters.org_types:
        keep &= unit_types(documents).isin(filters.org_types)
    if filters.kinds:
        keep &= documents["kind"].isin(filters.kinds)
    if filters.years:
        year = pd.to_numeric(documents["year"], errors="coerce")
        keep &= year.between(*filters.years).fillna(False).astype(bool)
    if filters.orgs:
        keep &= documents["org"].isin(filters.orgs)
    return documents[keep]
