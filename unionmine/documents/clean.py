"""Cleaning: remove site junk from a page's text without losing the article's own words.

The junk patterns are data (`data/cleaning_rules.toml`), read and applied by ``clean_rules``; this
module chains the steps: a flattened page's edges (``flattened``), the four rule kinds, then the
line-feature chrome of ``chrome.find`` and the structural repairs of ``repairs`` (doubled
characters, preview chunks, the repeated page title). ``clean_page`` also says how many Chinese
characters each rule removed, so nothing is lost silently.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..text.normalize import cjk_count
from .chrome import cut_glued_bylines, unglue_counters
from .chrome.find import drop_chrome
from .chrome.line_shapes import title_like
from .clean_rules import (  # noqa: F401 - the rules stay public here as before
    DROP_LINE_MAX_CHARS,
    KINDS,
    CleaningRules,
    Rule,
    apply_rules,
    default_rules,
    load_rules,
)
from .flattened import unflatten_edges
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
    lines = apply_rules(lines, rules, removed, dropped)
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
    before = cjk_count("\n".join(lines))
    lines = drop_repeated_title(lines)
    if len(lines) != n_lines:
        removed["repeated title"] += before - cjk_count("\n".join(lines))
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
    text = unflatten_edges(drop_markup(text.replace("\r\n", "\n").replace("\r", "\n")))
    removed: Counter = Counter()
    current = _clean_once(text, rules, boilerplate, removed, simplified, structural)
    if current != text:
        for _ in range(20):  # each pass only removes characters, so this settles quickly
            cleaned = _clean_once(current, rules, boilerplate, removed, simplified, structural)
            if cleaned == current:
                break
            current = cleaned
    return Cleaned(current, +removed, cjk_count(text))


def clean_text(text: str, rules: CleaningRules | None = None, boilerplate: frozenset[str] = frozenset()) -> str:
    """Remove site navigation, notices, page markers and repeated titles from a page's text.

    Applied until nothing changes, so cleaning twice gives the same text; every step only
    removes characters, so the result is never longer than the input.
    """
    return clean_page(text, rules, boilerplate).text
