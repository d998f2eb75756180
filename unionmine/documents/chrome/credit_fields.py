"""A credit line's fields as the credit reader expects them (Round 28, issue 12: sets 18-19).

Two ways sites write a credit that `chrome.credit_lines.credit_line` did not read: fields parted by a semicolon
(`(文:某某;图:某某、某某;审核:某某)`: the semicolon read as a sentence mark), and a two-character name padded with
spaces to the width of three (`供图:汪  倩`: two one-character tokens). Both are written back as one field a space
and one name a token; nothing else in the line changes.

Round 29 (set 20, spent): a review chain's one-character roles (`编/某某 审/某某`: 编辑, 审核) are written as the
reader's words, and a credit the page cut off after a role (`(文/某某 图/某某 审/`) loses that empty last field.
"""

from __future__ import annotations

import re

_FIELD_SEMICOLON = re.compile(
    r"[;；]\s*(?=(?:文字|文|图片|图|摄影|摄|审核|审校|编辑|责编|校对|撰稿|供稿|供图|初审|复审|终审)\s*[:：/])")
_PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,4}([\u4e00-\u9fff])(?![\u4e00-\u9fff])")


# a one-character role of a review chain before its slash or colon (not inside a word: 初审/, 主编/ stay)
_ONE_CHAR_ROLE = re.compile(r"(?<![\u4e00-\u9fff])([编审])(?=\s*[/／:：])")
_FULL_ROLE = {"编": "编辑", "审": "审核"}
# a last field with no name: the page cut the credit off after its role (an open bracket before it)
_CUT_FIELD = re.compile(r"(?<=[\s/／])(?:文字|文|图片|图|摄影|摄|审核|审校|编辑|责编|校对|撰稿|供稿|供图)\s*[/／:：]\s*$")


def credit_fields(line: str) -> str:
    """LINE with a semicolon before a credit field a space, a padded two-character name joined, a one-character
    review role written out, and an empty last field of a credit cut off (after an open bracket) dropped."""
    s = _ONE_CHAR_ROLE.sub(lambda m: _FULL_ROLE[m.group(1)], _FIELD_SEMICOLON.sub(" ", line))
    if s.count("(") + s.count("（") > s.count(")") + s.count("）"):
        s = _CUT_FIELD.sub("", s).rstrip()
    return _PADDED_NAME.sub(r"\1\2", s)
