"""The page's heading against the document's own title line under it: the text's own, fuller title, and the lowest
restatement of a heading (split from `titles`, Round 39)."""

from __future__ import annotations

import re

from ..text.normalize import to_simplified
from .describe_rules import DescribeRules
from .title_clean import clean_title, compact
from .title_fallback import CJK_CHAR, TEXT_LINE
from .title_lines import HEAD_PIECES, is_title_line

SAME_TITLE_TAIL = 6  # compact characters two forms of one title end with (…人民医院上半年工会工作总结)


def own_title_line(first: str, hint: str, rules: DescribeRules) -> str | None:
    """The document's own title line when the page's heading gives the same title in another,
    no fuller form (a document site's `<title>` "2023人民医院上半年工会工作总结" over the file's own
    "西山区人民医院上半年工会工作总结"): the text's first line, when it is a title line at least as
    long (in Chinese characters) that ends as the heading does."""
    a, b = compact(clean_title(first)), compact(to_simplified(clean_title(hint)))
    if not a or a == b or not is_title_line(first, rules):
        return None
    if len(b) >= SAME_TITLE_TAIL and len(a) > len(b) and _subsequence(b, a):
        return clean_title(first)  # the heading shortened: "交通运输工会工作思路" of "平阳县交通运输工会2025年工作思路"
    pieces = [compact(to_simplified(p)) for p in HEAD_PIECES.split(hint.strip()) if p.strip()]
    if len(pieces) >= 2 and len(a) >= SAME_TITLE_TAIL and any(p.startswith(a) for p in pieces):
        return clean_title(first)  # a search heading "工会工作报告_2024年度公司工会工作报告最新完整版"
    if len(CJK_CHAR.findall(a)) < len(CJK_CHAR.findall(b)):
        return None
    tail = 0
    while tail < min(len(a), len(b)) and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return clean_title(first) if tail >= SAME_TITLE_TAIL else None


RESTATE_LOOK = 3  # lines under a page's heading where the document restates its own title


def restated(lines: list[str], i: int, rules: DescribeRules) -> int:
    """I, or the line where the document restates its own title under the page's heading at I
    before the text, one holding the other, years aside ("市总工会述职报告范文" over "市总工会述职报告",
    "…计划范文" over "2020…计划范文" over "20xx…计划范文"): the lowest restatement is the document's;
    a shorter one only right under the line above it (a heading's lower half stands lower). Years aside: any
    year, blank or 年度 (a heading fills in the template's "xx年年"), and a word count ("…总结 2550字")."""
    whole = compact(to_simplified(clean_title(lines[i])))
    a = _YEARLESS.sub("", whole)
    for j in range(i + 1, min(len(lines), i + 1 + RESTATE_LOOK)):
        line = lines[j]
        if TEXT_LINE.search(line) or len(line) > 60:
            break
        lower = compact(to_simplified(clean_title(line)))
        b = _YEARLESS.sub("", lower)
        if not b or min(len(a), len(b)) < SAME_TITLE_TAIL or not is_title_line(line, rules):
            continue
        held = _DATE_CHARS.sub("", whole) in _DATE_CHARS.sub("", lower) and len(_DATE_CHARS.sub("", whole)) >= SAME_TITLE_TAIL
        if compact(line) != compact(lines[i]) and (held or (b in a and j == i + 1 and _CLAIM_ONLY.match(a.replace(b, "", 1)))):
            return restated(lines, j, rules)
    return i


_YEARLESS = re.compile(r"(?:19|20)(?:\d{2}|xx|__)年?")
_DATE_CHARS = re.compile(r"\d+字$|年度|[\dx_年]")  # years, blanks, 年度 and a site's word count: "…总结 2550字"
# what a site adds to a document's title in its heading ("…述职报告范文"), not a headline's slogan
_CLAIM_ONLY = re.compile(
    r"^(?:范文|范例|范本|模板|样本|最新|精选|优秀|通用|大全|参考|完整版|可编辑|可编辑版|word版|docx?|简易版|精简版|简版)+\d{0,3}$"
)


def _subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def first_title_line(lines: list[str], hint: str, rules: DescribeRules) -> str:
    """The first title line of the text that is not the page's heading repeated ("" when a line
    of prose comes first): the text's own title stands under the heading and its meta lines."""
    b = compact(to_simplified(clean_title(hint)))
    for line in lines:
        if compact(clean_title(line)) == b or compact(line) == b:
            continue
        if is_title_line(line, rules) or TEXT_LINE.search(line) or len(line) > 60:
            return line
    return ""
