"""The Republic of China calendar (民國紀年): the one home of the fact that 民國 N 年 is the Gregorian year N + 1911.

Taiwan's unions date their reports, plans and news in it: 民國113年, 中華民國一百一十三年十二月, 113年度, 一一三年度,
113學年度 (the school year from August 2024), 113年5月10日, 113-05-13. ``gregorian`` writes such years as the
Gregorian years they name (2024年, 2024年度, 2024学年度, 2024-05-13), so that every reader of years (titles, text,
dates, file and folder names) reads them as it reads a Gregorian year; the stored text keeps the writer's own form.

An ROC year without 民國 is read only where no other number is meant: a three-digit year (100-129) before 年度,
学年度, a month (113年5月) or a period of the year (113年底, 113年上半年), or before the genre of a report or plan
(113年会务报告, 114年工作计划); a two-digit one (80-99) only before 学年度. A count (会员113人), an issue (第113期),
a span (成立113年, 建校100年来) or a year in four digits is never read as one.
"""

from __future__ import annotations

import re

from .numerals import numeral_value

#: 民國 1 is 1912
ROC_OFFSET = 1911

_CN = "〇○零一二三四五六七八九十百"
_NOT_AFTER = r"(?<![\d.．\-第期])"  # (a path's / may come before a year)
#: 民國/中華民國 and its year, in digits or Chinese numerals (民國一百一十三年, 中华民国一一三年, 民国38年)
_PREFIXED = re.compile(rf"(?:中[华華])?民[国國]\s*(?P<num>\d{{1,3}}|[{_CN}]{{1,5}})\s*(?=[年])")
#: what may follow a three-digit ROC year: 年度, 学年度, a month, a period of the year, a report's or a plan's genre
_AFTER = (r"(?:年度|[学學]年度|年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月|年(?:底|初|末|中|上半年|下半年|全年|第[一二三四]季)"
          r"|年\s*(?:[会會]务|[会會]務|工作|成果|[计計][划畫劃]|要点|要點|年度)|年\s*[)）])")
_THREE = re.compile(rf"{_NOT_AFTER}(?<![建校立党黨庆慶周週办辦近逾达達约約满滿有])(?P<num>1[0-2]\d)(?=\s*{_AFTER})")
#: the same year in Chinese digits, digit by digit (一一三年度, 一一二年十二月)
_THREE_CN = re.compile(rf"(?<![{_CN}第])(?P<num>一[〇○零一二][〇○零一二三四五六七八九])(?=\s*{_AFTER})")
#: a two-digit ROC school year (98学年度): Taiwan's own form
_TWO_SCHOOL = re.compile(rf"{_NOT_AFTER}(?P<num>[89]\d)(?=\s*[学學]年度)")
#: an ROC date in digits: 113-05-13, 113.5.13, 113/05/13
_DATE = re.compile(r"(?<![\d.．/\-])(?P<num>1[0-2]\d)(?P<sep>[-./])(?P<m>0?[1-9]|1[0-2])(?P=sep)(?P<d>0?[1-9]|[12]\d|3[01])(?![\d.．/\-])")
_CUE = re.compile(r"民[国國]|\d{2,3}\s*(?:年|[学學]年度|[-./]\d)|一[〇○零一二][〇○零一二三四五六七八九]\s*年")


def _year(num: str) -> int | None:
    value = numeral_value(num)
    return int(value) + ROC_OFFSET if isinstance(value, int) and 0 < value < 200 else None


def _sub(m: re.Match) -> str:
    year = _year(m.group("num"))
    return m.group(0) if year is None else str(year)


def gregorian(text: str) -> str:
    """TEXT with the years of the ROC calendar it dates by written as the Gregorian years they name (see the module)."""
    if not text or not _CUE.search(text):
        return text or ""
    text = _PREFIXED.sub(_sub, text)
    text = _DATE.sub(lambda m: f"{int(m.group('num')) + ROC_OFFSET}{m.group('sep')}{m.group('m')}{m.group('sep')}{m.group('d')}", text)
    for pattern in (_THREE, _THREE_CN, _TWO_SCHOOL):
        text = pattern.sub(_sub, text)
    return text
