"""Read numbers written in Chinese (and Roman) numerals: the one home of the numeral readers.

One integer reader, ``numeral_value`` (ASCII digits, 零〇一..九两, 十 and 百: article numbers),
of which ``chinese_number`` is the strict use for heading numbers (only 一 to 九十九 spelled the
one well-formed way). ``to_number`` reads counts in running text as floats (decimals, 万, 亿)
through cn2an. ``roman_number`` reads Ⅰ..Ⅹ and I/V/X.
"""

from __future__ import annotations

import re

import cn2an

_ROMAN = {"I": 1, "V": 5, "X": 10}

_ROMAN_CHARS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"


#: the numbers 一 to 九十九 in their one well-formed spelling (no 两, 零 or 百; no 十十)
_SMALL = re.compile(r"(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])")


def chinese_number(text: str) -> int | None:
    """Read a small Chinese numeral (一 to 九十九) strictly: `numeral_value` of a well-formed
    heading number; None if TEXT is not one."""
    if not text or not _SMALL.fullmatch(text):
        return None
    return numeral_value(text)


def roman_number(text: str) -> int | None:
    """Read a Roman numeral (Ⅰ to Ⅹ as one character, or I, V and X); None if it is not one."""
    if len(text) == 1 and text in _ROMAN_CHARS:
        return _ROMAN_CHARS.index(text) + 1
    total, prev = 0, 0
    for ch in reversed(text):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total or None


_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}  # fmt: skip


def numeral_value(s: str) -> int | None:
    """Value of an article number: '12', '十六', '二十一', '一百'."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    total, current = 0, 0
    for ch in s:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def to_number(num: str) -> float | None:
    """Convert ASCII or Chinese digits (三十, 两, 一百二十) to a float; None when impossible."""
    if not num:
        return None
    try:
        return float(num)
    except ValueError:
        pass
    try:
        return float(cn2an.cn2an(num.replace("〇", "零"), "smart"))
    except (ValueError, KeyError, TypeError):
        return None
