"""Cleaning: remove site junk from a page's text without losing the article's own words.

The junk patterns are data (`data/cleaning_rules.toml`); this module only knows how to apply
the four rule kinds, then the line-feature chrome of ``chrome.find`` and the structural repairs of
``repairs`` (doubled characters, preview chunks, the repeated page title). ``clean_page``
also says how many Chinese characters each rule removed, so nothing is lost silently.
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
from .chrome import cut_glued_bylines, unglue_counters
from .chrome.find import drop_chrome
from .chrome.line_shapes import title_like
from .chrome.lines import line_feature
from .chrome.protected import CN_HEADING, is_protected
from .clean_guards import bracketed_credit, glued_notice, notice_line, open_bracket
from .mail import mail_wrapper
from .markup import drop_markup
from .repairs import (  # noqa: F401 - the repairs stay public here as before
    CHUNK_MAX_LENGTH_RATIO,
    CHUNK_MIN_CHARS,
    CHUNK_MIN_COUNT,
    DOUBLED_MAX_RUN,
    DOUBLED_MIN_CHARS,
    DOUBLED_MIN_DISTINCT,
    DOUBLED_MIN_SHARE,
    doubled_share,
    drop_repeated_title,
    join_page_chunks,
    undouble_line,
    undouble_lines,
)

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


def _rule_lines(rules: list[Rule], lines: list[str], text: str) -> list[tuple[Rule, set[int]]]:
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


def _apply_rules(lines: list[str], rules: CleaningRules, removed: Counter | None = None,
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
    for rule, at in _rule_lines(rules.of_kind("cut_tail"), lines, "\n".join(lines)):
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


def _clean_once(
    text: str, rules: CleaningRules, boilerplate=frozenset(), removed: Counter | None = None, simplified: bool = False,
    structural=frozenset(),
) -> str:
    removed = removed if removed is not None else Counter()
    lines = text.split("\n")
    lines = unglue_counters(undouble_lines(lines))
    mails = removed["mail_header"]
    dropped: dict[int, str] = {}
    lines = _apply_rules(lines, rules, removed, dropped)
    if removed["mail_header"] > mails:  # a mail: its covering letter around the document goes too
        lines, dropped = [line for i, line in enumerate(lines) if i not in dropped], {}
        wrapper = mail_wrapper(lines, title_like)
        for i, name in wrapper.items():
            removed[name] += cjk_count(lines[i])
        lines = [line for i, line in enumerate(lines) if i not in wrapper]
    lines = drop_chrome(lines, boilerplate, removed, simplified, structural, dropped)
    lines = cut_glued_bylines(lines, removed, simplified)
    lines = join_page_chunks(lines)
    n_lines = len(lines)
    before = _lines_cjk(lines)
    lines = drop_repeated_title(lines)
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
    text: str, rules: CleaningRules | None = None, boilerplate: frozenset[str] = frozenset(),
    simplified: bool = False, structural: frozenset[str] = frozenset(),
) -> Cleaned:
    """``clean_text`` that also says how many Chinese characters each rule removed.

    BOILERPLATE: compact lines found to recur in the margins of many files of the same run
    (``boilerplate.boilerplate``); they are dropped like chrome, headings and titles excepted.
    SIMPLIFIED: the text is in Simplified characters already (the chrome rules then need no
    conversion of their own). STRUCTURAL: compact lines a web page's markup marks as chrome
    (``Decoded.chrome_keys``), dropped like chrome (rule ``chrome:html_structure``).
    """
    rules = rules or default_rules()
    text = _unflatten_edges(drop_markup(text.replace("\r\n", "\n").replace("\r", "\n")))
    removed: Counter = Counter()
    current = _clean_once(text, rules, boilerplate, removed, simplified, structural)
    if current != text:
        for _ in range(20):  # each pass only removes characters, so this settles quickly
            cleaned = _clean_once(current, rules, boilerplate, removed, simplified, structural)
            if cleaned == current:
                break
            current = cleaned
    return Cleaned(current, +removed, cjk_count(text))


_FLAT_SENTENCE = re.compile(r"[。！？!?；;]")
FLAT_MIN_SEGMENTS = 6
FLAT_MIN_CHARS = 120  # a line this long with six or more spaced segments and a sentence in it
FLAT_GROUP = 8  # space-separated segments tried together as one site line
_FLAT_BAR = re.compile(r"^[|｜>»＞›→/·]+$")


def _unflatten_edges(text: str) -> str:
    """A page flattened onto one line (a document-sharing site's copy): the segments before its
    first sentence and after its last one become lines of their own, so that the line rules
    read a breadcrumb, a meta line or 上一篇：… there as they do on any page, and the title,
    the signature and the date stand on their own lines. The text between stays one line.
    A site notice glued to the first or last sentence of any long line is split off too: the
    line rules would otherwise take the whole paragraph for the notice."""
    if len(text) <= FLAT_MIN_CHARS:
        return text
    out = []
    for line in text.split("\n"):
        segs = line.split()
        if len(line) <= FLAT_MIN_CHARS or len(segs) < FLAT_MIN_SEGMENTS:
            out.extend(_glued_edges(line))  # a paragraph with a notice glued on: the notice alone
            continue
        # the text runs from its first to its last segment of prose; a notice with a sentence
        # mark at either edge ("《…》由会员分享，…请在…上搜索。") is no prose
        ends = [i for i, seg in enumerate(segs) if _flat_prose(seg) and line_feature(seg) is None]
        if not ends:
            out.append(line)
            continue
        while ends[-1] + 1 < len(segs) and open_bracket(" ".join(segs[ends[0] : ends[-1] + 1])):
            ends.append(ends[-1] + 1)  # a credit in brackets spaced out after the last sentence: (文:… / 图:…)
        out.extend(_flat_groups(segs[: ends[0]]))
        out.extend(_glued_edges(" ".join(segs[ends[0] : ends[-1] + 1])))
        out.extend(_flat_groups(segs[ends[-1] + 1 :]))
    return "\n".join(out)


_FLAT_CJK = re.compile(r"[\u3400-\u9fff]")
#: A segment of a flattened page with a comma and this many Chinese characters is prose.
FLAT_CLAUSE_CHARS = 10


def _flat_prose(seg: str) -> bool:
    """A segment of text: a sentence mark, or a clause with a comma ("本学年，…现总结如下：")."""
    return bool(_FLAT_SENTENCE.search(seg)) or (
        bool(re.search(r"[，,]", seg)) and len(_FLAT_CJK.findall(seg)) >= FLAT_CLAUSE_CHARS)


_SENTENCE_PIECE = re.compile(r"(?<=[。！？!?])")


def _glued_edges(text: str) -> list[str]:
    """A long line whose first or last sentence is a site notice glued on without a space
    ("…做得更扎实。本文由某网用户上传，仅供学习参考"): the notice becomes a line of its own so
    that the line rules drop it, and the text around it stays whole."""
    if len(text) <= FLAT_MIN_CHARS:
        return [text]
    pieces = [p for p in _SENTENCE_PIECE.split(text) if p.strip()]
    head, tail = [], []
    while len(pieces) > 1 and glued_notice(pieces[-1]) and not bracketed_credit(pieces[-1].strip()):
        tail.insert(0, pieces.pop().strip())
    while len(pieces) > 1 and glued_notice(pieces[0]):
        head.append(pieces.pop(0).strip())
    return head + ["".join(pieces).strip()] + tail


def _flat_groups(segs: list[str]) -> list[str]:
    """SEGS as lines: the longest run from each place that reads as one line of site chrome
    (a breadcrumb's pieces, a meta line's fields), else one segment a line. A title, signature
    or date joins a run only as an item of a bar or breadcrumb (a separator next to it); a
    clause of prose or a numbered heading never joins one."""
    out, p = [], 0
    while p < len(segs):
        k = 1
        for size in range(min(FLAT_GROUP, len(segs) - p), 1, -1):
            run = segs[p : p + size]
            if any(_flat_prose(x) or CN_HEADING.match(x) for x in run[1:]):
                continue
            piece = " ".join(run)
            if line_feature(piece) and all(
                    not is_protected(x) or (j > 0 and _FLAT_BAR.match(run[j - 1])) or (j == 0 and _FLAT_BAR.match(run[1]))
                    for j, x in enumerate(run)):
                k = size
                break
        out.append(" ".join(segs[p : p + k]))
        p += k
    return out


def clean_text(text: str, rules: CleaningRules | None = None, boilerplate: frozenset[str] = frozenset()) -> str:
    """Remove site navigation, notices, page markers and repeated titles from a page's text.

    Applied until nothing changes, so cleaning twice gives the same text; every step only
    removes characters, so the result is never longer than the input.
    """
    return clean_page(text, rules, boilerplate).text
