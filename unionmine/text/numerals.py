"""Read numbers written in Chinese (and Roman) numerals: the one home of the numeral readers.

One reader, ``numeral_value``, for article numbers, heading numbers and the counts of running text
(ASCII digits and decimals; Chinese numerals with 十百千万亿, 两, 零 and 〇, through cn2an).
``chinese_number`` is its strict use for heading numbers (only 一 to 九十九 spelled the one
well-formed way). ``roman_number`` reads Ⅰ..Ⅹ and I/V/X.
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


#: the capital (financial) numerals 壹 to 拾 that number a Taiwan report's parts (壹、前言 貳、會務概況), in Traditional
#: and Simplified forms (參 and 叁 are both 三)
CAPITAL_NUMERALS = "壹貳贰叁參参肆伍陸陆柒捌玖拾"
_CAPITAL_TO_SMALL = str.maketrans(CAPITAL_NUMERALS, "一二二三三三四五六六七八九十")


def capital_number(text: str) -> int | None:
    """Read a heading number in capital numerals (壹 1, 貳/贰 2, 參/叁 3 … 拾 10, 拾壹 11) strictly, as
    `chinese_number` reads 一 to 九十九; None if TEXT is not one."""
    if not text or any(ch not in CAPITAL_NUMERALS for ch in text):
        return None
    return chinese_number(text.translate(_CAPITAL_TO_SMALL))


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


#: ASCII (or full-width) digits with an optional decimal part: read by float, not by cn2an
_DIGIT_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def numeral_value(text: str) -> int | float | None:
    """The one numeral reader: '12', '12.5', '十六', '两', '一百零五', '一百五' (150), '三千',
    '二〇二三' (read digit by digit), '5千'; an int when the value is whole, None when TEXT is no
    number (empty, or malformed such as '十十' or '百').

    Digits are read by Python; Chinese numerals by cn2an's "smart" mode (〇 read as 零).
    """
    s = text.strip() if text else ""
    if not s:
        return None
    if _DIGIT_NUMBER.fullmatch(s):
        value = float(s)
    else:
        try:
            value = float(cn2an.cn2an(s.replace("〇", "零"), "smart"))
        except (ValueError, KeyError, TypeError):
            return None
    return int(value) if value.is_integer() else value

