"""What a file's path says of its article: the organisation (`org_from_path`), the year (`year_from_path`) and
the kind (`kind_from_path`) its file name or, innermost first, its folders name; the fallback where the
article itself names none."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from ..text.calendars import gregorian
from .article_year import years_in
from .describe_rules import DescribeRules, default_describe_rules
from .kinds import title_kind
from .organisations.candidates import acceptable, org_candidates
from .signed_date import YEAR_MAX, YEAR_MIN

_PATH_NOISE = re.compile(
    r"^(?:附件\s*[\d一二三四五六七八九十]*\s*[：:、.．\-_ ]*)|[（(【\[][^）)】\]]{0,12}[）)】\]]|\.[zZ][iI][pP]$"
)
_BARE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_PATH_YEAR_KIND = re.compile(r"((?:19|20)\d{2})\s*(?:学年度|学年|年度|年)?[^\d]{0,12}?(总结|小结|回顾|计划|要点|安排|打算|思路)")
_PLAN_WORDS = ("计划", "要点", "安排", "打算", "思路")


def path_names(source: str) -> list[tuple[str, str]]:
    """(scope, name) for the file name (without extension) and then each folder, innermost first
    (a .zip the file was unpacked from counts as a folder, named without its extension)."""
    path = PurePosixPath(str(source).replace("\\", "/"))
    names = [("file name", path.stem)] + [("folder", p) for p in reversed(path.parent.parts) if p not in ("", ".", "/")]
    return [(scope, _PATH_NOISE.sub("", name).strip()) for scope, name in names]


def org_from_path(source: str, rules: DescribeRules | None = None) -> tuple[str | None, str | None, list[str]]:
    """The organisation named in the file name, else in the innermost folder that names one
    (附件2：西湖小学工会2021年度工作总结.txt, 2021/城北二中/工作计划.docx)."""
    rules = rules or default_describe_rules()
    for scope, name in path_names(source):
        for org, org_type, _start, end, stem, _cut in org_candidates(name, rules):
            if acceptable(stem, org[len(stem) :], rules, name[end : end + 3]) is None:
                return org, org_type, [f"org {org!r} from {scope} {name!r}"]
    return None, None, []


def year_from_path(source: str, kind: str | None = None, *, tied_only: bool = False) -> tuple[int | None, list[str]]:
    """The year named in the file name, else in the innermost folder that names one.

    A name holding two years tied to kinds (2022年总结及2023年计划) gives the one of KIND;
    TIED_ONLY (a file holding several articles) accepts only such a year. An ROC year (113年度會務報告) names the
    Gregorian year it stands for (text.calendars)."""
    for scope, name in path_names(gregorian(source)):
        tied = _PATH_YEAR_KIND.findall(name)
        if len({y for y, _ in tied}) > 1:
            if kind in ("plan", "summary"):
                for year, word in tied:
                    if (word in _PLAN_WORDS) == (kind == "plan") and YEAR_MIN <= int(year) <= YEAR_MAX:
                        return int(year), [f"year {year} ({kind}) from {scope} {name!r}"]
            return None, [f"several years in {scope} {name!r}"]
        if tied_only:
            continue
        found = [y for y, _ in years_in(name)] or [
            int(m.group(1)) for m in _BARE_YEAR.finditer(name) if YEAR_MIN <= int(m.group(1)) <= YEAR_MAX
        ]
        if found:
            return found[0], [f"year {found[0]} from {scope} {name!r}"]
    return None, []


def kind_from_path(source: str | None, rules: DescribeRules | None = None) -> tuple[str | None, list[str]]:
    """The kind the file name names (西湖小学工会2021年度工作总结.txt), for a file of one article."""
    if not source:
        return None, []
    k = (rules or default_describe_rules()).kinds
    name = path_names(source)[0][1]
    kind, words = title_kind(name, k)
    return (kind, [f"kind {kind}: {words} in file name"]) if kind else (None, [])
