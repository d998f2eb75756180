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

import numpy as np

from ..errors import UsageError
from ..store.paths import read_data_toml
from ._rule_analysis import _last_chars, _may_match, _needed

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


def _apply_rules(lines: list[str], rules: CleaningRules) -> list[str]:
    lines = _strip_lines(lines, rules.of_kind("strip"))
    for rule, at in _rule_lines(rules.of_kind("cut_tail"), lines, "\n".join(lines)):
        for i in sorted(at):
            if rule.pattern.search(lines[i].strip()):
                lines = lines[:i]
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
            i = j
            continue
        if s and any(i in at and r.pattern.search(s) for r, at in drops):
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


def _clean_once(text: str, rules: CleaningRules) -> str:
    lines = text.split("\n")
    lines = _undouble_lines(lines)
    lines = _apply_rules(lines, rules)
    lines = _join_page_chunks(lines)
    lines = _drop_repeated_title(lines)
    return _tidy(lines)


def clean_text(text: str, rules: CleaningRules | None = None) -> str:
    """Remove site navigation, notices, page markers and repeated titles from a page's text.

    Applied until nothing changes, so cleaning twice gives the same text; every step only
    removes characters, so the result is never longer than the input.
    """
    rules = rules or default_rules()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    current = _clean_once(text, rules)
    if current == text:  # nothing removed: a second pass over the same text would not either
        return current
    for _ in range(20):  # each pass only removes characters, so this settles quickly
        cleaned = _clean_once(current, rules)
        if cleaned == current:
            break
        current = cleaned
    return current
