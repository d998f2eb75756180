"""List numbers written as an office suite shows them (一、 （二） ③ 甲 iv …), for the Word (.docx,
.doc) and OpenDocument readers, which store a list's number as a format and a count, not as text.

The names are Word's ``w:numFmt`` values (ECMA-376 ST_NumberFormat); the .doc and .odt readers
map their own codes onto them. A format this module does not know is written as decimal: a
number in the wrong script still says where the paragraph stands, no number says nothing.
"""

from __future__ import annotations

_DIGITS = "〇一二三四五六七八九"
_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_LEGAL_TRADITIONAL = "零壹貳參肆伍陸柒捌玖"
_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
_ZODIAC = "子丑寅卯辰巳午未申酉戌亥"
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def whole_number(text: str | None, default: int) -> int:
    """A list attribute's number (a start value, a level), DEFAULT when it is missing or not a whole number."""
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def chinese_count(n: int, digits: str = "零一二三四五六七八九", units: str = "十百千") -> str:
    """1 一, 10 十, 11 十一, 20 二十, 101 一百零一, 110 一百一十 (up to 9,999; beyond, digit by digit)."""
    if n <= 0 or n >= 10000:
        return "".join(digits[int(d)] for d in str(max(n, 0)))
    parts, zero = [], False
    for power, unit in ((1000, units[2]), (100, units[1]), (10, units[0]), (1, "")):
        digit, n = divmod(n, power)
        if digit:
            if zero:
                parts.append(digits[0])
            one_ten = power == 10 and digit == 1 and not parts and digits[1] == "一"
            parts.append(("" if one_ten else digits[digit]) + unit)
            zero = False
        elif parts:
            zero = True
    return "".join(parts)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                           (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def _letter(n: int) -> str:
    """A B … Z AA BB …: Word repeats the letter past Z."""
    if n <= 0:
        return str(n)
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _enclosed(n: int, first: int, count: int) -> str:
    return chr(first + n - 1) if 1 <= n <= count else str(n)


def _circled(n: int) -> str:
    if 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if 21 <= n <= 35:
        return chr(0x3251 + n - 21)
    if 36 <= n <= 50:
        return chr(0x32B1 + n - 36)
    return str(n)


def _cycle(n: int, signs: str) -> str:
    return signs[n - 1] if 0 < n <= len(signs) else str(n)


_FORMATS = {
    "decimal": str,
    "decimalHalfWidth": str,
    "decimalZero": lambda n: f"{n:02d}" if 0 <= n < 10 else str(n),
    "decimalFullWidth": lambda n: str(n).translate(_FULL_WIDTH),
    "decimalFullWidth2": lambda n: str(n).translate(_FULL_WIDTH),
    "decimalEnclosedCircle": _circled,
    "decimalEnclosedCircleChinese": _circled,
    "decimalEnclosedParen": lambda n: _enclosed(n, 0x2474, 20),
    "decimalEnclosedFullstop": lambda n: _enclosed(n, 0x2488, 20),
    "ideographEnclosedCircle": lambda n: _enclosed(n, 0x3220, 10),
    "chineseCounting": chinese_count,
    "chineseCountingThousand": chinese_count,
    "taiwaneseCounting": chinese_count,
    "taiwaneseCountingThousand": chinese_count,
    "ideographDigital": lambda n: "".join(_DIGITS[int(d)] for d in str(max(n, 0))),
    "taiwaneseDigital": lambda n: "".join(_DIGITS[int(d)] for d in str(max(n, 0))),
    "chineseLegalSimplified": lambda n: chinese_count(n, _LEGAL, "拾佰仟"),
    "ideographLegalTraditional": lambda n: chinese_count(n, _LEGAL_TRADITIONAL, "拾佰仟"),
    "ideographTraditional": lambda n: _cycle(n, _TRADITIONAL),
    "ideographZodiac": lambda n: _cycle(n, _ZODIAC),
    "upperLetter": _letter,
    "lowerLetter": lambda n: _letter(n).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
    "none": lambda n: "",
    "bullet": lambda n: "",
}


def format_number(n: int, fmt: str) -> str:
    """N written in Word's number format FMT; a bullet or ``none`` gives no text (see README)."""
    return _FORMATS.get(fmt, str)(n)


def fill_label(template: str, values: list[int | None], formats: list[str], legal: bool = False) -> str:
    """A level's label from its text template (``%1、`` ``（%2）`` ``%1.%2.``): %K is level K's
    count in level K's format (decimal for every level when LEGAL, Word's isLgl)."""
    out, i = [], 0
    while i < len(template):
        ch = template[i]
        if ch == "%" and i + 1 < len(template) and template[i + 1].isdigit():
            k = int(template[i + 1]) - 1
            if 0 <= k < len(values) and values[k] is not None:
                out.append(str(values[k]) if legal else format_number(values[k], formats[k]))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)
