"""The cleaning rules of ``data/cleaning_rules.toml``: read (`load_rules`), and applied to a page's lines.

Four kinds: ``strip`` removes what it matches from every line, ``cut_tail`` ends the page at a cue
(a 相关推荐 tab) when the text above outweighs what follows, ``drop_line`` drops a line (in a longer
one only what it matched), ``drop_block`` a line and the lines its ``continue`` pattern takes. A
rule is tried only on the lines that can match it (``_rule_analysis``); each says how many
Chinese characters it removed.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from ..errors import UsageError
from ..store.paths import read_data_toml
from ..text.normalize import cjk_count
from ._rule_analysis import line_end_chars, may_match, required_searches
from .chrome.protected import CN_HEADING
from .clean_guards import notice_line

KINDS = ("drop_line", "drop_block", "cut_tail", "strip")
#: A line rule drops a line up to this long; in a longer one (a paragraph, a flattened page)
#: it removes only what it matched. No site notice is this long.
DROP_LINE_MAX_CHARS = 300


@dataclass
class Rule:
    """One cleaning rule as read from the rules file."""

    name: str
    kind: str
    pattern: re.Pattern[str]
    comment: str = ""
    example: str = ""
    cont: re.Pattern[str] | None = None
    max_lines: int = 10


@dataclass
class CleaningRules:
    """The rules of one rules file, grouped by kind."""

    rules: list[Rule] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Rule]:
        return [r for r in self.rules if r.kind == kind]


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise UsageError(f"{where}: bad regular expression {pattern!r}: {exc}") from exc


def load_rules(path: str | Path | None = None) -> CleaningRules:
    """Read cleaning rules from a TOML file (default: the packaged `data/cleaning_rules.toml`)."""
    data, where = read_data_toml("cleaning_rules.toml", path, "cleaning rules")
    rules = []
    for i, item in enumerate(data.get("rule", []), 1):
        name = item.get("name") or f"rule {i}"
        kind = item.get("kind")
        if kind not in KINDS:
            raise UsageError(f"{where}: rule {name!r} has kind {kind!r}; use one of {', '.join(KINDS)}")
        if not item.get("pattern"):
            raise UsageError(f"{where}: rule {name!r} has no pattern")
        cont = item.get("continue")
        if kind == "drop_block" and not cont:
            raise UsageError(f"{where}: drop_block rule {name!r} needs a 'continue' pattern")
        rules.append(
            Rule(
                name=name,
                kind=kind,
                pattern=_compile(item["pattern"], f"{where} rule {name!r}"),
                comment=item.get("comment", ""),
                example=item.get("example", ""),
                cont=_compile(cont, f"{where} rule {name!r}") if cont else None,
                max_lines=int(item.get("max_lines", 10)),
            )
        )
    return CleaningRules(rules)


@lru_cache(maxsize=1)
def default_rules() -> CleaningRules:
    """The packaged rules, read once."""
    return load_rules()


def rule_lines(rules: list[Rule], lines: list[str], text: str) -> list[tuple[Rule, set[int]]]:
    """Each rule that may match in TEXT (the lines joined), with the lines it may match."""
    found = []
    line_starts: list[int] | None = None
    for rule in rules:
        needed, ends = required_searches(rule.pattern), line_end_chars(rule.pattern)
        if needed and not may_match(needed, text):
            continue
        if not needed or ends is not None:
            # Few lines end in one of ENDS: those alone are tested (finding every place of a
            # common need such as "。" and its line was 2/3 of the stray-letter rule's time).
            found.append((rule, {i for i, line in enumerate(lines)
                                 if (ends is None or line.rstrip()[-1:] in ends) and may_match(needed, line)}))
            continue
        if line_starts is None:
            line_starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        first, rest = needed[0], needed[1:]
        holding = {bisect_right(line_starts, m.start()) - 1 for m in first.finditer(text)}
        found.append((rule, {i for i in holding if (ends is None or lines[i].rstrip()[-1:] in ends)
                             and may_match(rest, lines[i])}))
    return found


def _lines_cjk(lines: list[str]) -> int:
    return cjk_count("\n".join(lines))


def apply_rules(lines: list[str], rules: CleaningRules, removed: Counter | None = None,
                 dropped: dict[int, str] | None = None) -> list[str]:
    """The lines the rules leave. With DROPPED (a dict), the lines a line or block rule drops stay in
    place and DROPPED gets their index → rule name (the caller drops them)."""
    removed = removed if removed is not None else Counter()
    stripped = _strip_lines(lines, rules.of_kind("strip"))
    changed = [i for i, (a, b) in enumerate(zip(lines, stripped)) if a.strip() != b]
    if changed:
        lost = _lines_cjk([lines[i] for i in changed]) - _lines_cjk([stripped[i] for i in changed])
        if lost:
            removed["strip marks"] += lost
    lines = stripped
    for rule, at in rule_lines(rules.of_kind("cut_tail"), lines, "\n".join(lines)):
        for i in sorted(at):
            if rule.pattern.search(lines[i].strip()):
                # The end-of-page cut never takes the article: only when the text above the
                # cue holds more than the text below it (a "相关推荐" tab right under the
                # date line is dropped alone) and no 三、/（二） heading follows the cue; a site notice
                # the line rules or chrome features drop (a doc site's numbered terms over its preview) is no text above.
                above = _lines_cjk([x for x in lines[:i] if not notice_line(x, rules, DROP_LINE_MAX_CHARS)])
                below = _lines_cjk(lines[i + 1 :])
                continues = any(CN_HEADING.match(line.strip()) for line in lines[i + 1 :])
                if above > below and not continues:
                    removed[rule.name] += below + cjk_count(lines[i])
                    lines = lines[:i]
                else:
                    removed[rule.name] += cjk_count(lines[i])
                    lines = lines[:i] + [""] + lines[i + 1 :]
                break
    text = "\n".join(lines)
    drops = rule_lines(rules.of_kind("drop_line"), lines, text)
    blocks = rule_lines(rules.of_kind("drop_block"), lines, text)
    suspects = set().union(*(at for _, at in drops + blocks))
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i not in suspects:
            out.append(lines[i])
            i += 1
            continue
        s = lines[i].strip()
        block = next((r for r, at in blocks if s and i in at and r.pattern.search(s)
                      and len(s) <= DROP_LINE_MAX_CHARS), None)
        if block is not None:
            j, taken = i + 1, 0
            while j < len(lines) and taken < block.max_lines:
                t = lines[j].strip()
                if t and not (block.cont and block.cont.search(t)):
                    break
                taken += bool(t)
                j += 1
            removed[block.name] += _lines_cjk(lines[i:j])
            if dropped is not None:
                dropped.update((len(out) + k, block.name) for k in range(j - i) if lines[i + k].strip())
                out.extend(lines[i:j])
            i = j
            continue
        rule = next((r for r, at in drops if s and i in at and r.pattern.search(s)), None)
        if rule is not None:
            if len(s) > DROP_LINE_MAX_CHARS:
                # A paragraph, or a flattened page on one line: only what the rule matched
                # goes ("文档介绍：" before a whole article), never the text around it.
                kept = rule.pattern.sub("", s).strip()
                removed[rule.name] += cjk_count(s) - cjk_count(kept)
                out.append(kept)
            else:
                removed[rule.name] += cjk_count(s)
                if dropped is not None:
                    dropped[len(out)] = rule.name
                    out.append(lines[i])
            i += 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _strip_lines(lines: list[str], strips: list[Rule]) -> list[str]:
    """``_strip_line`` on every line; a line none of the rules can match is only stripped."""
    if not strips:
        return lines
    out = [line.strip() for line in lines]
    for i in set().union(*(at for _, at in rule_lines(strips, lines, "\n".join(lines)))):
        out[i] = _strip_line(lines[i], strips)
    return out


def _strip_line(line: str, strips: list[Rule]) -> str:
    for rule in strips:
        line = rule.pattern.sub("", line.strip())
    return line
