"""One integer reader: the strict heading reader is the article-number reader on well-formed input."""

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
    assert [numeral_value(t) for t in ("一百", "十十", "两", "12")] == [100, 20, 2, 12]
    assert chinese_number("一百") is None and chinese_number("十十") is None and chinese_number("两") is None
