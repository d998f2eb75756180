"""Sections that only open a report (the codebook: introductions are 其他; ruling R12), a staff congress's
business on pay rules (the codebook's 教代会 rule: 民主管理 and 维权; round 30), and kinds of section that never hold a
theme (round 31: aid to people outside the union is not 送温暖, R5; the union's own congress and elections are not
民主管理, R2).

A report's opening line names the report and, often, every theme it will cover (现将…工作总结如下, 报告…提交…审议,
开展了一系列活动): the char part reads such a line as a theme. ``[context] introduction`` in the taxonomy lists the
openings as regular expressions; a section of at most ``introduction_length`` characters that one of them finds
gets no theme from the shipped default (``supervised.SupervisedThemeClassifier`` with the real-document
calibration).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from .taxonomy import Context


@lru_cache(maxsize=8)
def _pattern(patterns: tuple[str, ...]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def introductions(texts: list[str], context: Context) -> np.ndarray:
    """Per prepared text, True when it is only a report's opening (``context.introduction``)."""
    found = np.zeros(len(texts), dtype=bool)
    pattern = _pattern(context.introduction)
    if pattern is None:
        return found
    for i, text in enumerate(texts):
        text = text.strip()
        found[i] = len(text) <= context.introduction_length and pattern.search(text) is not None
    return found


def congress_business(texts: list[str], context: Context) -> np.ndarray:
    """Per prepared text, True when every pattern of ``context.congress_business`` is found in it (round 30: a staff
    congress that adopts or discusses a named rule on pay, appraisal, posts or contracts; the codebook's 教代会 rule)."""
    found = np.zeros(len(texts), dtype=bool)
    patterns = [_pattern((p,)) for p in context.congress_business]
    if not patterns:
        return found
    for i, text in enumerate(texts):
        found[i] = all(p.search(text) is not None for p in patterns)
    return found


def drops(texts: list[str], context: Context) -> list[tuple[str, np.ndarray]]:
    """Per ``[[context.drop]]`` of the taxonomy, its theme and, per prepared text, True when the text is of that kind
    (its ``found`` expression is found and its ``unless`` expression is not)."""
    out = []
    for drop in context.drop:
        found, unless = _pattern((drop.found,)), _pattern((drop.unless,)) if drop.unless else None
        out.append((drop.theme, np.array([found.search(t) is not None and (unless is None or unless.search(t) is None)
                                          for t in texts], dtype=bool)))
    return out
