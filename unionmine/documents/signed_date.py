"""The year an undated article reports on or plans for, from the date it is signed with (see `year_from_date`),
or from the file name a document site's preview shows (see `preview_file_name`)."""

from __future__ import annotations

import re

from .organisations import OPENING_CHARS

YEAR_MIN, YEAR_MAX = 1980, 2035  # the years a stated year may be
# a year written in Chinese numerals (二〇二二年): its digits
CN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "001123456789")
# a signature date on a line of its own near the end: 2022年12月20日, 二〇二二年十二月二十日
# (also written with dots or dashes: 2024.1.19, 2024-01-19)
_SIGNED_DATE = re.compile(
    r"^\s*((?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?\s*$"
    r"|^\s*((?:19|20)\d{2})\s*[.．\-/]\s*(\d{1,2})\s*[.．\-/]\s*\d{1,2}\s*$"
)
SIGNED_DATE_LINES = 4


def _cn_number(s: str) -> int:
    """一 .. 三十一 (or digits) as a number."""
    if s.isdigit():
        return int(s)
    digits = "一二三四五六七八九"
    if "十" not in s:
        return digits.index(s) + 1
    tens, _, ones = s.partition("十")
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


_SCHOOL_YEAR_CUE = re.compile(r"学年|学期")


def year_from_date(text: str, kind: str | None, title: str = "") -> tuple[int | None, list[str]]:
    """The year an undated article reports on or plans for, from the date it is signed with.

    A plan signed from September on is for the next year (2022年12月 -> 2023), earlier in the
    year for that year; a summary or report signed from June on reports on its own year (上半年
    summaries are signed in July), one signed in January or February on the year before. Other
    months (a summary signed in spring, a plan in summer) say nothing sure: None. Any other
    document (news of a meeting, a notice) is filed under the year of its date.
    A school year (本学年, title or opening) is dated by the year it starts, as a stated
    2021-2022学年 is: a 学年 plan signed in August-October is for that year's school year, a 学年
    summary signed in June-August reports on the one that began the year before; a semester
    (学期) alone, or any other month, says nothing sure. A date line with a paragraph of text under it (a page's
    date between a headline and its text, or repeated above a copy of the text) signs nothing: a signature closes
    what it signs."""
    school = _SCHOOL_YEAR_CUE.findall(title + text[:OPENING_CHARS])
    posted = {text.strip()[a:b].strip() for a, b in posted_dates(text.strip())} if kind == "other" else set()
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()][-SIGNED_DATE_LINES:]
    text_below = False  # a date line with a paragraph of text under it closes nothing: no signature (Round 41)
    for line in reversed(lines):
        if line in posted or text_below:  # the page's posting date under the headline signs nothing (Round 35)
            continue
        if _SENTENCE_END.search(line) and len(line) > HEADLINE_MAX:
            text_below = True
            continue
        m = _SIGNED_DATE.match(line)
        if not m:
            continue
        year = int((m.group(1) or m.group(3)).translate(CN_DIGITS))
        month = _cn_number(m.group(2) or m.group(4))
        if not (YEAR_MIN <= year <= YEAR_MAX and 1 <= month <= 12):
            return None, []
        if kind == "other":  # news of a meeting, a notice: dated by the day it is signed
            found = year
        elif school:
            if "学年" not in school:
                found = None
            elif kind == "plan":
                found = year if 8 <= month <= 10 else None
            elif kind in ("summary", "report"):
                found = year - 1 if 6 <= month <= 8 else None
            else:
                found = None
        elif kind == "plan":
            found = year + 1 if month >= 9 else year if month <= 6 else None
        elif kind in ("summary", "report"):
            found = year if month >= 6 else year - 1 if month <= 2 else None
        else:
            found = None
        if found is None:
            return None, [f"signed {line!r}: the month does not tell the year of a {kind}"]
        return found, [f"year {found} from the signature date {line!r} ({kind})"]
    return None, []


# a document site labels each preview page with the document's file name ("…工作计划.docx_第1页")
_PREVIEW_PAGE = re.compile(r"^\s*(\S.{0,80}?\.(?:docx?|wps|pdf|pptx?|txt))_第\s*\d{1,3}\s*页\s*$", re.IGNORECASE)
PREVIEW_LINES = 80


def preview_file_name(page: str) -> str | None:
    """The file name under which a document site previews the page's document (its preview pages are labelled
    ``NAME.docx_第1页``), or None. The name is the document's own file name: a year in it dates the article as a
    file name does (`describe.year_from_path`) when its text gives none; the page keeps no line of it."""
    for line in page.split("\n")[:PREVIEW_LINES]:
        m = _PREVIEW_PAGE.match(line)
        if m:
            return m.group(1).strip()
    return None


# a date whose 年 and 月 were lost, its digits glued ("20191225日上午", a period "20111——201112"): month 1-12, day 1-31
_GLUED_DAY = re.compile(r"(?<![\d.])((?:19|20)\d{2})(1[0-2]|0?[1-9])([12]\d|3[01]|0?[1-9])(?=日)")
# ... its 日 lost too, a time of day after it ("201413下午，…": 2014年1月3日下午; the year is one however the rest splits)
_GLUED_DAY_TIME = re.compile(r"(?<![\d.])((?:19|20)\d{2})(1[0-2]|0?[1-9])([12]\d|3[01]|0?[1-9])(?=\s*(?:上午|下午|中午|晚上|早上))")
_GLUED_PERIOD = re.compile(
    r"(?<![\d.])((?:19|20)\d{2})(1[0-2]|0?[1-9])(\s*(?:——|—|－|-|~|～|至|到)\s*)\1(1[0-2]|0?[1-9])(?![\d.])"
)


# a date written with points and closed by 日 ("2013.10.16日下午，…": 2013年10月16日; Round 40)
_DOTTED_DAY = re.compile(r"(?<![\d.])((?:19|20)\d{2})[.．](1[0-2]|0?[1-9])[.．]([12]\d|3[01]|0?[1-9])(?=日)")
# a day date whose 月 was lost at a clause's start ("223日晚上，学院…": 2月23日): a time of day or a comma follows
_GLUED_MONTH_DAY = re.compile(r"(?:(?<=^)|(?<=[\n，,。]))(1[0-2]|[1-9])([12]\d|3[01]|0[1-9])(?=日\s*(?:上午|下午|中午|晚上|晚|早上|[，,]))")


def glued_dates(text: str) -> str:
    """TEXT with dates whose 年/月 were lost written out (20191225日 -> 2019年12月25日, 20111——201112 ->
    2011年1月——2011年12月, 201413下午 -> 2014年1月3日下午, 2013.10.16日 -> 2013年10月16日, "，223日晚上，" -> "，2月23日晚上，"), so the year rules read them; a run of digits that is
    no date is left alone."""
    if re.search(r"(?:19|20)\d{3}", text):
        text = _GLUED_PERIOD.sub(lambda m: f"{m[1]}年{m[2]}月{m[3]}{m[1]}年{m[4]}月", text)
        text = _GLUED_DAY.sub(lambda m: f"{m[1]}年{m[2]}月{m[3]}", text)
        text = _GLUED_DAY_TIME.sub(lambda m: f"{m[1]}年{m[2]}月{m[3]}日", text)
    if "日" in text:
        text = _DOTTED_DAY.sub(lambda m: f"{m[1]}年{m[2]}月{m[3]}", text)
    return _GLUED_MONTH_DAY.sub(lambda m: f"{m[1]}月{m[2]}", text)


# a date alone on its line, bracketed or not ("（2014年3月28日）" under a report's title): when the text was delivered
DATE_ALONE = re.compile(r"^[(（\[【]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[)）\]】]?$")


def delivery_dates_last(chunk: str, years: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """YEARS (year, position in CHUNK) with those of a date alone on its line put last: a report delivered in
    March reports on the year before, which its text names; the date dates it only when no other year is given."""
    alone, starts, at = set(), [], 0
    for line in chunk.split("\n"):
        if DATE_ALONE.match(line.strip()):
            alone.add(at)
        starts.append(at)
        at += len(line) + 1
    in_alone = {pos for pos in (p for _y, p in years) if max(s for s in starts if s <= pos) in alone}
    return [y for y in years if y[1] not in in_alone] + [y for y in years if y[1] in in_alone]


# a date alone on its line above the text's first sentence (under the headline: `2021年9月24日`) is the page's posting
# date, as the keys label it (chrome; ruling b: a date line's year is not stated): sets 6-26 key 19 such lines on 18
# sites as undated items, 1 with another year, 4 with the same year stated in the text (Round 35)
_SENTENCE_END = re.compile(r"[。！？!?；;]")
HEADLINE_MAX = 40  # a longer line above the first sentence is text, not a headline's furniture


def posted_dates(head: str) -> list[tuple[int, int]]:
    """(start, end) in HEAD of the date lines above its first sentence: the page's posting date, not the item's."""
    spans, at = [], 0
    for line in head.split("\n"):
        if _SENTENCE_END.search(line) or len(line.strip()) > HEADLINE_MAX:
            return spans
        if DATE_ALONE.match(line.strip()):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return []  # no sentence under it: a date line among short lines may sign them
