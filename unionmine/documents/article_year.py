"""The year an article reports on or plans for, read in its title and text (`find_year`), and whether a stated
year fits the text's own dated clues (`year_conflict`).

A 4-digit year (1980-2035) followed by 年/年度/学年 in the article's own title (source "title"), else in the
opening sentences or in a short heading such as "2019年工作回顾" (source "text"). A school year "2019-2020学年"
gives its first year; anonymised years (20xx, 20**, 20___) give None; years inside a cited title (《…2008年…》),
of a law's edition, of the past the text recalls or of a span up to now are skipped, and a unit's profile
gives none (`year_guards`); a news item is dated by its event (`news`).
"""

from __future__ import annotations

import re

from . import signed_date as dates
from .kinds import HEADING_MAX_CHARS
from .news import event_year, stated_time_year
from .organisations.find import OPENING_CHARS
from .organisations.names import CITED
from .signed_date import CN_DIGITS, YEAR_MAX, YEAR_MIN
from .year_guards import (
    cut_off,
    other_honours,
    profile,
    range_end,
    span_to_now,
    undated_years,
    work_of_year,
)

_YEAR = re.compile(
    r"(?<![\d《])((?:19|20)\d{2})\s*(?:(?:[-—–－~～/／至到]|——)\s*(?:19|20)?\d{2}\s*)?(?:学年度|学年|年度|年)(?!代)"
)
# a year written in Chinese numerals (二〇二二年, 二零二一学年): read as digits, same length
_CN_YEAR = re.compile(r"[一二][〇○零一二三四五六七八九]{3}(?=\s*(?:[-—–－~～/／至到]|——|学年|年))")
# a bare year in a title (学校工会2023工作要点, 公司2023工会工作计划), not a date (2023-01-05)
_BARE_TITLE_YEAR = re.compile(r"(?<![\d.\-/])((?:19|20)\d{2})(?![\d.\-/:])(?!\s*年\s*\d{1,2}\s*月)")
_ANON_YEAR = re.compile(r"(?:19|20)(?:[xX×*＊_]{2,}|[xX]{1,2})|\b[xX]{2}\s*年|20\s*_{2,}|二[〇○]\s*[xX×]{2}")
_NOT_REPORT_YEAR = re.compile(r"^\s*(?:年)?(?:版|修订|颁布|修正|发布)")
# a year of the past the text recalls, not the one it reports on: 始建于1992年, 曾于2019年被评为,
# 自2015年建会以来; the year of a meeting whose spirit is studied (贯彻2022年全国教育大会精神)
# (a bare 于 before a year and its month dates an event of the year reported on: 于2023年3月召开教代会)
_PAST_YEAR_BEFORE = re.compile(r"(?:建|立|办|曾|早)于\s*$")
_BARE_YU = re.compile(r"于\s*$")
_MONTH = re.compile(r"^\s*\d{1,2}\s*月")
_SINCE = re.compile(r"自\s*$")
_SINCE_END = re.compile(r"^[^，,。；;！？!?\n]{0,16}以来")
# a year that starts a span up to now (2011年以来, 继2008年获评…称号以来) is when the span began, not the
# year reported on; only a summary that opens with it ("2024年以来，…工会…") covers that year
_SPAN_END = re.compile(r"^[^，,。；;！？!?\n]{0,40}以来")
_STUDIED = re.compile(r"(?:贯彻|学习|传达|领会|落实)[^，,。；;！？!?\n]{0,12}$")
_SPIRIT_END = re.compile(r"^[^，,。；;！？!?\n]{0,20}精神")
# the second term of a school year lies in the calendar year after the one it starts in
# (2022学年第二学期, 2022-2023学年下学期: spring 2023); a term is filed under its calendar year
_SECOND_TERM = re.compile(r"^\s*(?:第\s*[二2]\s*学期|下学期|春季学期)")


def _digits(chunk: str) -> str:
    """CHUNK with years in Chinese numerals written in digits (二〇二二年 -> 2022年), same length."""
    return _CN_YEAR.sub(lambda m: m.group(0).translate(CN_DIGITS), chunk) if "二" in chunk or "一" in chunk else chunk


def _masked(chunk: str) -> str:
    """CHUNK with cited titles blanked out (same length, so positions hold) and Chinese-numeral years in digits."""
    return _digits(CITED.sub(lambda m: "□" * len(m.group(0)), chunk))


def years_in(chunk: str, *, span_start: bool = False, work: bool = True) -> list[tuple[int, int]]:
    """(year, position) of reporting-year mentions, skipping cited titles and law editions, and a span's
    first year (…年以来, …至今) unless SPAN_START lets the one that opens CHUNK stand; without WORK, the year
    of the work planned or reviewed too (做好2023年…工作: `year_guards.work_of_year`)."""
    masked = _masked(chunk)
    out = []
    for m in _YEAR.finditer(masked):
        year = int(m.group(1))
        before, after = masked[max(0, m.start() - 14):m.start()], masked[m.end():]
        if _PAST_YEAR_BEFORE.search(before) or (_BARE_YU.search(before) and not _MONTH.match(after)) \
                or (_SINCE.search(before) and _SINCE_END.match(after)) \
                or (_STUDIED.search(before) and _SPIRIT_END.match(after)) \
                or (not work and (work_of_year(before, after) or cut_off(before))):
            continue
        if YEAR_MIN <= year <= YEAR_MAX and not _NOT_REPORT_YEAR.match(masked[m.end() :]) \
                and not ((_SPAN_END.match(after) or span_to_now(after))
                         and not (span_start and not masked[:m.start()].strip())):
            if m.group(0).endswith(("学年", "学年度")) and _SECOND_TERM.match(masked[m.end() :]):
                year += 1
            out.append((year, m.start()))
    return out


def find_year(title: str, text: str, *, news: bool = False, kind: str | None = None
              ) -> tuple[int | None, str | None, list[str]]:
    """The year the article reports on or plans for, and where it was found; for a NEWS item (see
    `news.is_news`) without a year in its title, the year of its event only. A span's first year
    (2024年以来) dates only a summary (KIND) whose text opens with it."""
    title_years = years_in(title)
    # a news title's honour (被表彰为“2016年度…”) dates the item too: it reports that honour (ruling l, Round 39)
    if title_years:
        return title_years[0][0], "title", [f"year {title_years[0][0]} in title"]
    if _ANON_YEAR.search(title):
        return None, None, ["anonymised year in title"]
    bare = [int(m.group(1)) for m in _BARE_TITLE_YEAR.finditer(CITED.sub("", title))
            if YEAR_MIN <= int(m.group(1)) <= YEAR_MAX]
    if len(bare) == 1:
        return bare[0], "title", [f"year {bare[0]} in title (no 年)"]
    text = other_honours(title, text)  # an honour the title does not name: its year is not the item's (Round 39)
    if news:
        year, ev = event_year(text, YEAR_MIN, YEAR_MAX, title)
        if year is None:
            year, more = stated_time_year(text, YEAR_MIN, YEAR_MAX)
            ev += more
        return year, ("text" if year else None), ev
    if kind == "other" and profile(title, text):  # a unit's profile: its years are its history (ruling l, Round 41)
        return None, None, ["a unit's profile: the years it gives are the unit's history, none is the item's"]
    opening = dates.delivery_dates_last(text[:OPENING_CHARS], years_in(
        text[:OPENING_CHARS], span_start=kind in ("summary", None), work=kind != "other"))
    if opening and kind == "other":  # an undated item: a year something began from, a chronicle's years (Round 34)
        opening = undated_years(_masked(text[:LATER_YEAR_CHARS]), opening)
        if opening is None:
            return None, None, ["years open clause after clause: a chronicle, none is the item's"]
    if opening:
        return opening[0][0], "text", [f"year {opening[0][0]} in opening"]
    for line in text.split("\n"):
        s = line.strip()
        if s and len(s) <= HEADING_MAX_CHARS:
            ys = years_in(s)
            if ys and re.search(r"(回顾|总结|思路|计划|要点|打算|工作)", s):
                return ys[0][0], "text", [f"year {ys[0][0]} in heading {s!r}"]
    if _ANON_YEAR.search(text[:OPENING_CHARS]):
        return None, None, ["anonymised year in opening"]
    # stated after the opening, in a form that names the period reported on (2021年上半年, 2022年度)
    masked = _masked(text[:LATER_YEAR_CHARS])
    later = next((m for m in _PERIOD_YEAR.finditer(masked) if not range_end(masked[:m.start()])), None)
    if later and YEAR_MIN <= int(later.group(1)) <= YEAR_MAX:
        return int(later.group(1)), "text", [f"year {later.group(1)} in {later.group(0)!r} after the opening"]
    year, ev = stated_time_year(text, YEAR_MIN, YEAR_MAX)
    if year is None and kind == "other":
        year, ev = _later_event(masked, ev)
    return year, ("text" if year else None), ev


LATER_YEAR_CHARS = 600  # a period year (2021年上半年) may come after the opening's first sentences
# a sentence after the opening that opens with a full date and tells an event held ("…。\n2022年7月4日，某某工会召开…"):
# an item whose lead is its purpose or background is dated by it, as a news lead's date dates one (ruling (b); Round 40)
_LATER_EVENT = re.compile(r"(?:^|[。！？!?\n])\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。；;！？!?\n]{0,40}?"
                          r"(?:召开|举行|举办)")


def _later_event(masked: str, ev: list[str]) -> tuple[int | None, list[str]]:
    """The year of the first sentence in MASKED (the text's start, cited titles blanked) that opens with a full date
    and tells an event held (`_LATER_EVENT`), else None and EV."""
    m = _LATER_EVENT.search(masked)
    if m and YEAR_MIN <= int(m.group(1)) <= YEAR_MAX:
        return int(m.group(1)), [f"year {m.group(1)} dates the event a later sentence tells ({m.group(0)[:30]!r})"]
    return None, ev


_PERIOD_YEAR = re.compile(r"(?<![\d《])((?:19|20)\d{2})\s*年\s*(?:上半年|下半年|度|全年|第[一二三四]季度)")


def year_conflict(year: int | None, year_min: int | None, year_max: int | None, clues: list[str] | None = None
                  ) -> tuple[bool, str | None]:
    """Whether a stated YEAR lies outside the range the text's own dated clues allow, and why."""
    if year is None:
        return False, None
    cited = "、".join(clues or [])
    if year_min is not None and year < year_min:
        return True, f"stated {year}, but the text cites {cited} (not before {year_min})"
    if year_max is not None and year > year_max:
        return True, f"stated {year}, but the text cites {cited} (not after {year_max})"
    return False, None
