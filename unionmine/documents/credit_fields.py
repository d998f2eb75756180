"""A credit line's fields as the credit reader expects them (Round 28, issue 12: sets 18-19).

Two ways sites write a credit that `chrome_edges.credit_line` did not read: fields parted by a semicolon
(`(文:某某;图:某某、某某;审核:某某)`: the semicolon read as a sentence mark), and a two-character name padded with
spaces to the width of three (`供图:汪  倩`: two one-character tokens). Both are written back as one field a space
and one name a token; nothing else in the line changes.
"""

from __future__ import annotations

import re

_FIELD_SEMICOLON = re.compile(
    r"[;；]\s*(?=(?:文字|文|图片|图|摄影|摄|审核|审校|编辑|责编|校对|撰稿|供稿|供图|初审|复审|终审)\s*[:：/])")
_PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]{1,4}([\u4e00-\u9fff])(?![\u4e00-\u9fff])")


def credit_fields(line: str) -> str:
    """LINE with a semicolon before a credit field a space, and a padded two-character name joined."""
    return _PADDED_NAME.sub(r"\1\2", _FIELD_SEMICOLON.sub(" ", line))
