"""Cleaning: remove site junk from a page's text without losing the article's own words.

The junk patterns are data (`data/cleaning_rules.toml`); this module only knows how to apply
the four rule kinds, plus three repairs that are structural rather than pattern-based:
the PDF artefact where every run of characters is doubled, the numbered fixed-length chunks
of document-preview sites, and the page title repeated at the top of the page.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from re import _casefix as _sre_casefix
from re import _constants as _sre
from re import _parser as _sre_parse

import numpy as np

from .chrome import _CN_HEADING, find_chrome
from .errors import UsageError
from .locations import read_data_toml

KINDS = ("drop_line", "drop_block", "cut_tail", "strip")


# A doubled line: runs of 1-60 characters each written twice ("年年1010月月").
DOUBLED_MAX_RUN = 60
_DOUBLED = re.compile(f"(.{{1,{DOUBLED_MAX_RUN}}})\\1", re.DOTALL)
# Doubling repair acts only when this share of a line is covered by doubled runs...
DOUBLED_MIN_SHARE = 0.6
# ...and the line is long and varied enough to tell ("哈哈哈哈" or "————" are left alone).
DOUBLED_MIN_CHARS = 8
DOUBLED_MIN_DISTINCT = 6

_CHUNK_NUMBER = re.compile(r"^(\d{1,3})、")
_SENTENCE_END = "。!?！？;；:：”」』)）》…"
# Page-chunk repair: at least this many chunks, each (but the last) this long,
CHUNK_MIN_COUNT = 3
CHUNK_MIN_CHARS = 80
# with lengths within this ratio of each other (preview sites cut at a fixed size).
CHUNK_MAX_LENGTH_RATIO = 1.3


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


# ---------------------------------------------------------------- doubled characters


def doubled_share(line: str) -> float:
    """Share of a line's characters that sit in immediately repeated runs ("年年", "10 10")."""
    if not line:
        return 0.0
    covered = sum(m.end() - m.start() for m in _DOUBLED.finditer(line))
    return covered / len(line)


def undouble_line(line: str) -> str:
    """Undo the PDF artefact where each run of characters is written twice, if pervasive.

    Ordinary prose has a few legitimate doublings (人人, 常常, 谢谢); only a line where most
    characters sit in doubled runs is repaired, so such words survive elsewhere.
    """
    text = line.strip()
    if len(text) < DOUBLED_MIN_CHARS:
        return line
    counts = Counter(text)
    if len(counts) < DOUBLED_MIN_DISTINCT:
        return line
    # Cheap exact pre-check: a character in a doubled run occurs at least twice in the line,
    # so if too few characters repeat at all, the (costly) doubled share is below the bar too.
    if sum(n for n in counts.values() if n > 1) / len(text) < DOUBLED_MIN_SHARE:
        return line
    if doubled_share(text) < DOUBLED_MIN_SHARE:
        return line
    matches = list(_DOUBLED.finditer(line))
    out, pos = [], 0
    for k, m in enumerate(matches):
        run = m.group(1)
        touches = (k > 0 and matches[k - 1].end() == m.start()) or (
            k + 1 < len(matches) and matches[k + 1].start() == m.end()
        )
        # A lone short doubling ("2007" has "00") is ordinary text even in a doubled line.
        if len(run) >= 3 or touches:
            out.append(line[pos : m.start()] + run)
            pos = m.end()
    out.append(line[pos:])
    return "".join(out)


def _doubling_candidates(lines: list[str]) -> np.ndarray:
    """Indices of the lines whose doubled share may reach the bar; the others cannot be doubled.

    Exact bound, one vectorised pass for the whole page (the doubled-text regex on every line
    was ~40% of cleaning): a character inside a doubled run of length L equals its neighbour
    (L = 1) or starts or ends a two-character sequence that recurs L <= 60 characters away.
    """
    stripped = [line.strip() for line in lines]
    lengths = np.fromiter(map(len, stripped), dtype=np.int64, count=len(stripped))
    codes = np.frombuffer("".join(stripped).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    codes = codes.astype(np.int64)
    if len(codes) < 2:
        return np.flatnonzero(lengths >= DOUBLED_MIN_CHARS)
    line_of = np.repeat(np.arange(len(lines)), lengths)
    same_line = line_of[1:] == line_of[:-1]
    covered = np.zeros(len(codes), dtype=bool)
    equal_next = (codes[1:] == codes[:-1]) & same_line
    covered[:-1] |= equal_next
    covered[1:] |= equal_next
    bigrams = np.flatnonzero(same_line)  # start positions of two-character sequences in a line
    keys = (codes[bigrams] << 21) | codes[bigrams + 1]
    if len(codes) < 1 << 21:  # key and position packed in one int64: a plain sort is enough
        packed = np.sort((keys << 21) | bigrams)
        keys, starts = packed >> 21, packed & ((1 << 21) - 1)
    else:
        order = np.argsort(keys, kind="stable")
        keys, starts = keys[order], bigrams[order]
    recurs = (
        (keys[1:] == keys[:-1])
        & (starts[1:] - starts[:-1] <= DOUBLED_MAX_RUN)
        & (line_of[starts[1:]] == line_of[starts[:-1]])
    )
    repeated = np.zeros(len(codes), dtype=bool)
    repeated[starts[1:][recurs]] = True
    repeated[starts[:-1][recurs]] = True
    covered |= repeated
    covered[1:] |= repeated[:-1]
    line_ends = np.cumsum(lengths)
    covered_before = np.concatenate(([0], np.cumsum(covered)))
    bound = covered_before[line_ends] - covered_before[line_ends - lengths]
    possible = (lengths >= DOUBLED_MIN_CHARS) & (bound / np.maximum(lengths, 1) >= DOUBLED_MIN_SHARE)
    return np.flatnonzero(possible)


def _undouble_lines(lines: list[str]) -> list[str]:
    """``undouble_line`` on every line; only the lines that can be doubled are looked at."""
    lines = list(lines)
    for i in _doubling_candidates(lines):
        lines[i] = undouble_line(lines[i])
    return lines


# ---------------------------------------------------------------- preview chunks


def _join_page_chunks(lines: list[str]) -> list[str]:
    """Join the numbered fixed-length chunks of a document-preview site ("1、…", "2、、…").

    Such a site cuts the text into chunks of nearly equal length, numbers them 1、2、3、 and
    cuts words mid-way. An ordinary list ends its items with sentence punctuation and has
    items of varied length, so it is left alone.
    """
    idx = [i for i, line in enumerate(lines) if line.strip()]
    run: list[int] = []
    runs: list[list[int]] = []
    for i in idx:
        m = _CHUNK_NUMBER.match(lines[i])
        if m and int(m.group(1)) == len(run) + 1:
            run.append(i)
            continue
        if len(run) >= CHUNK_MIN_COUNT:
            runs.append(run)
        run = [i] if m and m.group(1) == "1" else []
    if len(run) >= CHUNK_MIN_COUNT:
        runs.append(run)
    for run in reversed(runs):
        body = [_CHUNK_NUMBER.sub("", lines[i], count=1) for i in run]
        full = body[:-1]
        lengths = [len(b) for b in full]
        if min(lengths) < CHUNK_MIN_CHARS or max(lengths) > CHUNK_MAX_LENGTH_RATIO * min(lengths):
            continue
        cut_mid = sum(1 for b in full if not b.rstrip().endswith(tuple(_SENTENCE_END)))
        if cut_mid * 2 < len(full):
            continue
        # The chunks must follow each other with only blank lines between them.
        if any(lines[j].strip() for j in range(run[0], run[-1] + 1) if j not in run):
            continue
        lines[run[0] : run[-1] + 1] = ["".join(b.strip() for b in body)]
    return lines


# ---------------------------------------------------------------- repeated title


def _title_variants(title: str) -> set[str]:
    return {title, title + "。", title + ".", "《" + title + "》"}


def _drop_repeated_title(lines: list[str], window: int = 12) -> list[str]:
    """Keep the first line of the page as title and drop its repeats near the top."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return lines
    title = lines[first].strip()
    if len(title) > 60:
        return lines
    variants = _title_variants(title)
    out = lines[: first + 1]
    seen = 0
    for line in lines[first + 1 :]:
        s = line.strip()
        if s and seen < window:
            seen += 1
            if s in variants:
                continue
        out.append(line)
    return out


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
def _needed(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
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
def _last_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
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


def _may_match(needed: tuple[re.Pattern[str], ...], text: str) -> bool:
    return all(n.search(text) for n in needed)


def _rule_lines(rules: list[Rule], lines: list[str], text: str) -> list[tuple[Rule, set[int]]]:
    """Each rule that may match in TEXT (the lines joined), with the lines it may match."""
    found = []
    line_starts: list[int] | None = None
    for rule in rules:
        needed, ends = _needed(rule.pattern), _last_chars(rule.pattern)
        if needed and not _may_match(needed, text):
            continue
        if not needed or ends is not None:
            # Few lines end in one of ENDS: those alone are tested (finding every place of a
            # common need such as "。" and its line was 2/3 of the stray-letter rule's time).
            found.append((rule, {i for i, line in enumerate(lines)
                                 if (ends is None or line.rstrip()[-1:] in ends) and _may_match(needed, line)}))
            continue
        if line_starts is None:
            line_starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        first, rest = needed[0], needed[1:]
        holding = {bisect_right(line_starts, m.start()) - 1 for m in first.finditer(text)}
        found.append((rule, {i for i in holding if (ends is None or lines[i].rstrip()[-1:] in ends)
                             and _may_match(rest, lines[i])}))
    return found


def _cjk_count(text: str) -> int:
    """Chinese characters in TEXT (one vectorised pass; a findall per line was most of cleaning)."""
    if not text:
        return 0
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return int(np.count_nonzero(((codes >= 0x3400) & (codes <= 0x9FFF)) | ((codes >= 0xF900) & (codes <= 0xFAFF))))


def _lines_cjk(lines: list[str]) -> int:
    return _cjk_count("\n".join(lines))


def _apply_rules(lines: list[str], rules: CleaningRules, removed: Counter | None = None) -> list[str]:
    removed = removed if removed is not None else Counter()
    stripped = _strip_lines(lines, rules.of_kind("strip"))
    changed = [i for i, (a, b) in enumerate(zip(lines, stripped)) if a.strip() != b]
    if changed:
        lost = _lines_cjk([lines[i] for i in changed]) - _lines_cjk([stripped[i] for i in changed])
        if lost:
            removed["strip marks"] += lost
    lines = stripped
    for rule, at in _rule_lines(rules.of_kind("cut_tail"), lines, "\n".join(lines)):
        for i in sorted(at):
            if rule.pattern.search(lines[i].strip()):
                # The end-of-page cut never takes the article: only when the text above the
                # cue holds more than the text below it (a "相关推荐" tab right under the
                # date line is dropped alone) and no 三、/（二） heading follows the cue.
                above = _lines_cjk(lines[:i])
                below = _lines_cjk(lines[i + 1 :])
                continues = any(_CN_HEADING.match(line.strip()) for line in lines[i + 1 :])
                if above > below and not continues:
                    removed[rule.name] += below + _cjk_count(lines[i])
                    lines = lines[:i]
                else:
                    removed[rule.name] += _cjk_count(lines[i])
                    lines = lines[:i] + [""] + lines[i + 1 :]
                break
    text = "\n".join(lines)
    drops = _rule_lines(rules.of_kind("drop_line"), lines, text)
    blocks = _rule_lines(rules.of_kind("drop_block"), lines, text)
    suspects = set().union(*(at for _, at in drops + blocks))
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i not in suspects:
            out.append(lines[i])
            i += 1
            continue
        s = lines[i].strip()
        block = next((r for r, at in blocks if s and i in at and r.pattern.search(s)), None)
        if block is not None:
            j, taken = i + 1, 0
            while j < len(lines) and taken < block.max_lines:
                t = lines[j].strip()
                if t and not (block.cont and block.cont.search(t)):
                    break
                taken += bool(t)
                j += 1
            removed[block.name] += _lines_cjk(lines[i:j])
            i = j
            continue
        rule = next((r for r, at in drops if s and i in at and r.pattern.search(s)), None)
        if rule is not None:
            removed[rule.name] += _cjk_count(s)
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
    for i in set().union(*(at for _, at in _rule_lines(strips, lines, "\n".join(lines)))):
        out[i] = _strip_line(lines[i], strips)
    return out


def _strip_line(line: str, strips: list[Rule]) -> str:
    for rule in strips:
        line = rule.pattern.sub("", line.strip())
    return line


def _tidy(lines: list[str]) -> str:
    """Strip line ends and keep at most one blank line between paragraphs."""
    out: list[str] = []
    for line in lines:
        s = line.strip()
        if s or (out and out[-1]):
            out.append(s)
    return "\n".join(out).strip()


def _drop_chrome(lines: list[str], boilerplate, removed: Counter) -> list[str]:
    """Drop the lines the line-feature and context rules of ``chrome`` find."""
    report = find_chrome(lines, boilerplate)
    if not report.removed:
        return lines
    for i, name in report.removed.items():
        removed[f"chrome:{name}"] += _cjk_count(lines[i])  # few lines: chrome is short
    return [line for i, line in enumerate(lines) if i not in report.removed]


def _clean_once(text: str, rules: CleaningRules, boilerplate=frozenset(), removed: Counter | None = None) -> str:
    removed = removed if removed is not None else Counter()
    lines = text.split("\n")
    lines = _undouble_lines(lines)
    lines = _apply_rules(lines, rules, removed)
    lines = _drop_chrome(lines, boilerplate, removed)
    lines = _join_page_chunks(lines)
    n_lines = len(lines)
    before = _lines_cjk(lines)
    lines = _drop_repeated_title(lines)
    if len(lines) != n_lines:
        removed["repeated title"] += before - _lines_cjk(lines)
    return _tidy(lines)


@dataclass
class Cleaned:
    """A cleaned page and what cleaning removed: Chinese characters per rule."""

    text: str
    removed: Counter
    chinese_before: int

    @property
    def removed_share(self) -> float:
        return sum(self.removed.values()) / self.chinese_before if self.chinese_before else 0.0

    def main_rules(self, n: int = 3) -> str:
        return ", ".join(f"{name} ({count})" for name, count in self.removed.most_common(n))


def clean_page(
    text: str, rules: CleaningRules | None = None, boilerplate: frozenset[str] = frozenset()
) -> Cleaned:
    """``clean_text`` that also says how many Chinese characters each rule removed.

    BOILERPLATE: compact lines found to recur in the margins of many files of the same run
    (``chrome.boilerplate``); they are dropped like chrome, headings and titles excepted.
    """
    rules = rules or default_rules()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    removed: Counter = Counter()
    current = _clean_once(text, rules, boilerplate, removed)
    if current != text:
        for _ in range(20):  # each pass only removes characters, so this settles quickly
            cleaned = _clean_once(current, rules, boilerplate, removed)
            if cleaned == current:
                break
            current = cleaned
    return Cleaned(current, +removed, _cjk_count(text))


def clean_text(text: str, rules: CleaningRules | None = None, boilerplate: frozenset[str] = frozenset()) -> str:
    """Remove site navigation, notices, page markers and repeated titles from a page's text.

    Applied until nothing changes, so cleaning twice gives the same text; every step only
    removes characters, so the result is never longer than the input.
    """
    return clean_page(text, rules, boilerplate).text
