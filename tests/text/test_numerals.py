"""One numeral reader: the strict heading reader is numeral_value on well-formed input; numeral_value
reads article numbers and counts alike, and refuses malformed spellings."""

from __future__ import annotations

import itertools

from unionmine.text.numerals import chinese_number, numeral_value

_OLD_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _old_chinese_number(text: str) -> int | None:
    """The heading reader before it was folded into numeral_value (kept to prove equivalence)."""
    if not text:
        return None
    if text == "十":
        return 10
    if "十" in text:
        tens, _, units = text.partition("十")
        t = _OLD_DIGITS.get(tens, 0) if tens else 1
        u = _OLD_DIGITS.get(units, 0) if units else 0
        if (tens and not t) or (units and not u) or "十" in units:
            return None
        return t * 10 + u
    if len(text) == 1:
        return _OLD_DIGITS.get(text)
    return None


def test_heading_numbers_read_as_before_over_every_short_spelling():
    alphabet = "一二三四五六七八九十百零〇两1"
    checked = 0
    for n in range(5):
        for chars in itertools.product(alphabet, repeat=n):
            text = "".join(chars)
            assert chinese_number(text) == _old_chinese_number(text), text
            checked += 1
    assert checked > 50_000


def test_the_two_uses_agree_where_both_read():
    assert [chinese_number(t) for t in ("一", "十", "十五", "二十", "九十九")] == [1, 10, 15, 20, 99]
    assert [numeral_value(t) for t in ("一百", "两", "12", "十六", "二十一")] == [100, 2, 12, 16, 21]


def test_numeral_value_reads_counts_and_refuses_malformed_spellings():
    assert [numeral_value(t) for t in ("一百五", "一千零一", "三千万", "二〇二三", "12.5", "1十")] == [
        150, 1001, 30_000_000, 2023, 12.5, 10]
    assert isinstance(numeral_value("三十"), int) and isinstance(numeral_value("12"), int)
    assert [numeral_value(t) for t in ("", " ", "十十", "百", "千", "abc", "12.")] == [None] * 7


def test_the_old_indicators_path_reads_with_the_same_reader():
    from unionmine.indicators import to_number

    assert to_number is numeral_value
    assert chinese_number("一百") is None and chinese_number("十十") is None and chinese_number("两") is None
