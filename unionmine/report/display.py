"""Display text shared by the HTML and Word reports: cell values, Chinese headers, the overview
in prose and the list of skipped inputs in Chinese; the page's links to where articles came from."""

from __future__ import annotations

import re
from html import escape
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from ..documents.problems import problem_code, reason_zh, unread_inputs
from ..labels import column_label, labels, say, value_label
from ..schema import THEMES
from ..stats.columns import (
    MIN_CHARS,
    MIN_GROUP,
    OTHER_SHOWN,
    OTHER_WORDS,
    SHARE_COLUMNS,
    chinese_order,
)
from ..stats.filters import Filters
from ..stats.tables import KIND_ORDER
from .workbook import DECIMAL_COLUMNS, PERCENT_COLUMNS

HEADERS = dict(labels()["html_headers"])  # display text lives in data/labels.toml
HTML_HEADERS = HEADERS  # the name the HTML report gave them first
TABLE_NOTES = {name: note.format(min_group=MIN_GROUP, min_chars=MIN_CHARS, other_share=round(OTHER_SHOWN * 100),
                                 other_words=OTHER_WORDS) for name, note in labels()["notes"].items()}
"""The notes under the statistics tables, in both reports."""


ORG_TABLES = ("articles", "by_org", "by_org_year", "compare_org", "org_terms")
"""The statistics keyed by organisation first, listed in the reader's order of names."""


def in_reading_order(stats: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """STATS with the organisation tables in pinyin order of the names (`chinese_order`), as Excel on a
    Chinese Windows and the page's own click-to-sort put them; code point order scattered them (城南,
    实验, 平安路, 新区, 河西). Stable: each organisation's years, kinds, themes and ranks keep their order.
    A table read in batches (out of core) keeps the order it was stored in."""
    ordered = dict(stats)
    for name in ORG_TABLES:
        df = stats.get(name)
        if isinstance(df, pd.DataFrame) and "org" in df.columns:
            ordered[name] = df.sort_values("org", key=lambda s: s.map(chinese_order), kind="stable").reset_index(drop=True)
    return ordered


def cell_text(col: str, value: object) -> tuple[str, str | None]:
    """Display text and numeric sort key of one cell."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return "、".join(map(str, value)), None
    if value is None or pd.isna(value):
        text = {"year": say("words.unknown"), "org": say("words.unknown_org")}.get(col, "")
        return text, ""
    if col in ("org_type", "kind"):
        return value_label(col, value), None
    if isinstance(value, (bool,)) or col == "too_small":
        return say("words.yes" if value else "words.no"), None  # 是/否 as stats/*.csv and report.xlsx write it
    if col in PERCENT_COLUMNS:
        return f"{float(value) * 100:.1f}%", repr(float(value))
    if col == "diff":
        return signed(float(value) * 100), repr(float(value))
    if col in DECIMAL_COLUMNS:
        return f"{float(value):.2f}", repr(float(value))
    if isinstance(value, (int,)) or (hasattr(value, "dtype") and "int" in str(getattr(value, "dtype", ""))):
        return str(int(value)), str(int(value))
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else f"{value:.2f}"), repr(value)
    return str(value), None


def signed(value: float, digits: int = 1) -> str:
    """VALUE with its sign, as a change is written (+2.2, -6.5); a change that rounds to nothing reads
    +0.0, never -0.0 (a share 0.04 points lower printed -0.0 in the change chart and the Word profile)."""
    text = f"{value:+.{digits}f}"
    return f"+{0:.{digits}f}" if float(text) == 0 else text


def header(col: str) -> str:
    """The Chinese header of column COL in the reports."""
    return HEADERS.get(col) or column_label(col, english=False)


def kind_counts(kinds: pd.Series) -> str:
    """How many articles of each kind, in the tables' order of kinds (工作总结3篇、工作计划1篇、其他1篇), not by count."""
    counts = kinds.value_counts()
    ordered = sorted(counts.index, key=lambda k: (KIND_ORDER.get(k, len(KIND_ORDER)), str(k)))
    return "、".join(say("words.kind_count", kind=value_label("kind", k), n=int(counts[k])) for k in ordered)


def overview_paragraphs(stats: dict[str, pd.DataFrame], filters: Filters | None) -> list[str]:
    """The overview in prose: what was compared, what was left out and why, the main finding."""
    arts = stats["articles"]
    counts = stats["overview"].attrs["counts"]  # raw values: no display text is parsed back
    n, n_orgs = len(arts), arts["org"].nunique()
    years = arts["year"].dropna()
    span = (say("overview_text.no_years") if not len(years) else say("words.year", year=int(years.min()))
            if years.min() == years.max() else say("words.year_span", first=int(years.min()), last=int(years.max())))
    kind_text = kind_counts(arts["kind"])
    parts = [say("overview_text.compared_kinds" if kind_text else "overview_text.compared",
                 n_orgs=n_orgs, n=n, span=span, kinds=kind_text) if n else say("overview_text.none_compared")]
    left = []
    for key in ("off_topic", "duplicates"):
        if counts[key]:
            included = say("overview_text.included" if counts[key + "_included"] else "overview_text.not_included")
            left.append(say("overview_text.left_out", n=counts[key], what=say(f"overview_text.{key}"),
                            included=included))
    unknown = int(arts["year"].isna().sum())
    if unknown:
        left.append(say("overview_text.unknown_years", n=unknown))
    if counts["problems"]:
        left.append(say("overview_text.problems", n=counts["problems"]))
    if left:
        parts.append(say("overview_text.also", items="；".join(left)))
    if counts["duplicates"] and not counts["duplicates_included"]:
        parts.append(say("overview_text.duplicates_hint"))
    if n and arts[SHARE_COLUMNS].notna().any().any():
        means = arts[SHARE_COLUMNS].mean()
        main = [(t, means[f"share_{t}"]) for t in THEMES]
        top = max(main, key=lambda x: x[1])
        low = min(main, key=lambda x: x[1])
        parts.append(say("overview_text.themes", top=top[0], top_share=top[1] * 100, low=low[0],
                         low_share=low[1] * 100))
    joined = joined_names(arts)
    if joined:
        pairs = sorted(set(joined), key=lambda p: (chinese_order(p[1]), chinese_order(p[0])))
        shown = "；".join(say("overview_text.joined_pair", written=w, org=o) for w, o in pairs[:NAME_PAIRS_SHOWN])
        more = say("overview_text.name_pairs_more", n=len(pairs)) if len(pairs) > NAME_PAIRS_SHOWN else ""
        parts.append(say("overview_text.joined_names", n=len(joined), pairs=shown, more=more))
    nested = nested_names(arts["org"])
    if nested:
        shown = "；".join(say("overview_text.name_pair", short=a, long=b) for a, b in nested[:NAME_PAIRS_SHOWN])
        more = say("overview_text.name_pairs_more", n=len(nested)) if len(nested) > NAME_PAIRS_SHOWN else ""
        parts.append(say("overview_text.nested_names", pairs=shown, more=more))
    parts.append(say("overview_text.sentence", text=(filters or Filters()).describe()))
    return parts


NAME_PAIRS_SHOWN = 10
"""Pairs of nested organisation names the overview names; more are counted."""
_LEGAL_FORM = re.compile(r"股份有限|有限责任|有限(?=公司)")  # 公司's legal form, left out when people name it


def joined_names(arts: pd.DataFrame) -> list[tuple[str, str]]:
    """(as written, unit) of each article the run filed under another name of its unit (`run.units`)."""
    if "org_written" not in arts:
        return []
    both = arts[arts["org_written"].notna() & arts["org"].notna() & (arts["org_written"] != arts["org"])]
    return list(zip(both["org_written"], both["org"]))


def nested_names(orgs) -> list[tuple[str, str]]:
    """Pairs (short, long) of the organisation names ORGS in which one holds the other, in pinyin order:
    实验幼儿园 (a folder's name) and 清河区实验幼儿园 (its title) split one kindergarten's years into two
    rows. Only a hint (城南实验小学 is not 实验小学): the reader decides, and unites them by the metadata
    file. Names of three characters or more; each name's substrings looked up, not every pair compared.
    A company's name is also read without its legal form (华辰精密机械有限公司 holds 精密机械公司, as its
    own people write it); a college or a group by its short form, the middle of its name left out (机械学院 for
    机械工程学院, 后勤集团 for 后勤服务集团). A unit affiliated to another (江澜大学附属中学) is a unit of its own."""
    names = {o for o in orgs if isinstance(o, str) and len(o) >= 3}
    pairs = set()
    for long in names:
        if len(long) > 40:
            continue
        for form in {long, _LEGAL_FORM.sub("", long)}:
            for i in range(len(form)):
                for j in range(i + 3, len(form) + 1):
                    if form[i:j] != long and form[i:j] in names and not form.startswith(_AFFILIATED, j):
                        pairs.add((form[i:j], long))
        pairs.update((short, long) for short in _short_forms(long, names))
    return sorted(pairs, key=lambda p: (chinese_order(p[0]), chinese_order(p[1])))


_AFFILIATED = ("附属", "附中", "附小")
_SHORTENED_HEADS = ("学院", "學院", "集团")  # the kinds of unit people name by a short form of their fields


def _short_forms(long: str, names: set[str]) -> list[str]:
    """The NAMES that are LONG's short form: its head (学院, 集团) after two or more of its own characters that
    LONG goes on from with more before the head (机械学院 in 机械工程学院 and 江澜大学机械工程学院)."""
    head = next((h for h in _SHORTENED_HEADS if long.endswith(h)), None)
    if not head:
        return []
    found = []
    for short in names:
        words = short[: -len(head)]
        at = long.find(words) if short.endswith(head) and len(words) >= 2 else -1
        if at >= 0 and at + len(words) < len(long) - len(head) and short not in long:
            found.append(short)
    return found


def split_problems(problems: pd.DataFrame | None) -> tuple[pd.DataFrame | None, list[str]]:
    """The inputs skipped or partly read (for the table and its count) and the notes that only
    inform (a browser folder skipped beside its saved page), each as one line for the reader."""
    if problems is None or not len(problems):
        return None, []
    unread = unread_inputs(problems)
    notes = problems.drop(index=unread.index)
    lines = [f"{row.source}：{row.reason_zh}" for row in skipped_inputs(notes).itertuples()]
    return (unread if len(unread) else None), lines


def skipped_inputs(problems: pd.DataFrame) -> pd.DataFrame:
    """The inputs skipped or partly read, for the reader: source, stage and reason in Chinese.

    A problems.csv written before the Chinese reasons existed gets them from its English ones.
    """
    df = problems.copy()
    if "reason" not in df:
        df["reason"] = ""
    reasons = df["reason"].fillna("").astype(str)
    if "code" not in df:
        df["code"] = [problem_code(r) for r in reasons]
    if "reason_zh" not in df:
        df["reason_zh"] = [reason_zh(r) for r in reasons]
    df["stage"] = [value_label("stage", s) for s in df.get("stage", pd.Series([""] * len(df)))]
    return df.reindex(columns=["source", "stage", "reason_zh"]).reset_index(drop=True)


def web_link(url: str) -> str | None:
    """The report page's link to the page an article was saved from (`source_url`), opened apart from the
    report: its host shown, the whole address on hover; None for anything but an http(s) address."""
    if not url.lower().startswith(("http://", "https://")):
        return None
    host = urlsplit(url).hostname or url
    return f'<a href="{escape(url)}" title="{escape(url)}" target="_blank" rel="noopener noreferrer">{escape(host)}</a>'


def shown_articles(articles: pd.DataFrame) -> pd.DataFrame:
    """The article table as the report page lists it: doc_id last (it keys the links to the sections), and
    no address column when no file recorded where it came from (the CSV and the xlsx keep it)."""
    shown = articles.drop(columns=["doc_id"]).assign(doc_id=articles["doc_id"])
    if "source_url" in shown.columns and not shown["source_url"].notna().any():
        shown = shown.drop(columns=["source_url"])
    return shown
