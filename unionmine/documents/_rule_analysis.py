"""Pre-analyse a cleaning rule's regex: the characters a line must hold for it to match (private).

Walks CPython's private regex parser (``re._parser``), so a rule is tried only on the lines
that can match it; a pattern it cannot analyse is simply tried on every line."""

from __future__ import annotations

import re
from functools import lru_cache
from re import _casefix as _sre_casefix
from re import _constants as _sre
from re import _parser as _sre_parse

# ---------------------------------------------------------------- rules


# Speed (outputs unchanged): a rule is tried only on text that holds what every match of it
# needs (a literal such as "上传", or one character of a small class); most pages hold none of
# the junk, and the searches and substitutions per rule and line were ~40% of cleaning.

#: A character class up to this size is a requirement (one of its characters must occur).
NEEDED_CLASS_MAX = 64


def _fixed_case(code: int) -> bool:
    """Whether a character matches only itself under IGNORECASE (no case, no special fold)."""
    ch = chr(code)
    return ch.lower() == ch == ch.upper() and code not in _sre_casefix._EXTRA_CASES


def _class_chars(items, ignore_case: bool) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL and (not ignore_case or _fixed_case(av)):
            chars.add(chr(av))
        elif op is _sre.RANGE and not ignore_case and av[1] - av[0] < NEEDED_CLASS_MAX:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:  # negated classes, categories (\d, \w), case-folded ranges: no requirement
            return None
    return frozenset(chars) if 0 < len(chars) <= NEEDED_CLASS_MAX else None


def _selectivity(options: frozenset[str]) -> tuple[int, int]:
    return (min(map(len, options)), -len(options))


def _needs(items, ignore_case: bool) -> list[frozenset[str]]:
    """What every match of the parsed pattern ITEMS holds: for each set, one of its strings."""
    needs: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL and (not ignore_case or _fixed_case(av)):
            run.append(chr(av))
            continue
        if run:
            needs.append(frozenset({"".join(run)}))
            run = []
        if op is _sre.IN:
            chars = _class_chars(av, ignore_case)
            if chars:
                needs.append(chars)
        elif op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, body = av
            inner = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            needs += _needs(body, inner)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            needs += _needs(av[2], ignore_case)
        elif op is _sre.ATOMIC_GROUP:
            needs += _needs(av, ignore_case)
        elif op is _sre.ASSERT:  # a positive look-around: what it sees is in the text too
            needs += _needs(av[1], ignore_case)
        elif op is _sre.BRANCH:
            per_branch = [_needs(branch, ignore_case) for branch in av[1]]
            if all(per_branch):  # each branch's most telling need; one of them must be met
                needs.append(frozenset().union(*(max(b, key=_selectivity) for b in per_branch)))
    if run:
        needs.append(frozenset({"".join(run)}))
    return needs


@lru_cache(maxsize=256)
def required_searches(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """Searches a text must each pass for PATTERN to match in it (empty: always try PATTERN)."""
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - an unexpected parse: always try the rule
        return ()
    needs = sorted(set(_needs(list(parsed), bool(pattern.flags & re.IGNORECASE))), key=_selectivity)
    needs = [options for options in needs if not any("\n" in o for o in options)]  # within a line
    alternatives = (sorted(options, key=len, reverse=True) for options in reversed(needs))
    return tuple(re.compile("|".join(map(re.escape, strings))) for strings in alternatives)


@lru_cache(maxsize=256)
def line_end_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters one of which ends every stripped line PATTERN matches in, or None.

    Known when the pattern ends with one character or small class before ``$``
    (``[A-Za-z]$``, ``页$``): a stray-letter rule then looks only at lines ending in a letter,
    not at every line holding a full stop and a letter somewhere."""
    try:
        items = list(_sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unexpected parse: no requirement
        return None
    if len(items) < 2 or items[-1] != (_sre.AT, _sre.AT_END):
        return None
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    op, av = items[-2]
    if op is _sre.LITERAL and (not ignore_case or _fixed_case(av)):
        return frozenset(chr(av))
    return _class_chars(av, ignore_case) if op is _sre.IN else None


def may_match(needed: tuple[re.Pattern[str], ...], text: str) -> bool:
    """Whether TEXT passes every search of NEEDED (`required_searches`): only then can the rule match in it."""
    return all(n.search(text) for n in needed)
