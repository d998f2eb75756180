"""Article markers: how a compilation page numbers its articles, and the title helpers.

Marker styles are data (`data/article_markers.toml`). Candidates of every style are found,
markers followed by no text (tables of contents) are dropped, and only markers whose numbers
increase along the page are kept, so a stray "篇3" in prose or a page-title claim such as
"(20篇)" cannot invent articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import UsageError
from ..store.paths import read_data_toml
from ..text.numerals import numeral_value
from ._rule_analysis import may_match, required_searches

NUM = r"(?:\d{1,3}|[一二三四五六七八九十百零〇两]{1,4})"
# A later marker may skip at most this many numbers (pages sometimes lose an article).
MAX_NUMBER_GAP = 3
MAX_TITLE_CHARS = 50
_SENTENCE_PUNCT = re.compile(r"[。!?;！？；]|[,，].*[,，]")
HEADING_START = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])")
_COUNT_CLAIM = re.compile(r"[(（]?\s*(?:\d+|(?<![第其])[二三四五六七八九十]{1,2})\s*篇\s*[)）]?")
# a document's own title: names a year or a union and ends in a document genre
_DOC_TITLE_LINE = re.compile(
    r"(?:(?:19|20)[\dxX×_]{2}|工会).{0,30}(?:总结|小结|计划|要点|报告|方案|安排|打算|汇报)(?:范文)?\s*$"
)
_LEADING_YEAR = re.compile(r"^\s*(?:19|20)\d{2}\s*(?:年度|学年|年)?")


@dataclass
class Article:
    """One article of a page: its own title, its text, and the marker that introduced it."""

    title: str
    text: str
    marker: str | None = None
    number: int | None = None  # the marker's article number, when a numbered marker introduced it


@dataclass
class MarkerStyle:
    name: str
    scope: str
    pattern: re.Pattern[str]
    needs_genre_prefix: bool = False
    same_prefix: bool = True
    rest_must_be_title: bool = False
    prefix_must_be_title: bool = False
    next_must_be_doc_title: bool = False
    title_is_prefix: bool = False


@dataclass
class MarkerRules:
    styles: list[MarkerStyle]
    genre_words: list[str]


@dataclass
class _Candidate:
    start: int  # where the marker starts in the page
    end: int  # where the article text starts
    num: int
    marker: str
    prefix: str
    title: str | None  # title taken from the marker line, if any
    content_start: int  # where the text after the title starts (to spot empty articles)
    style: MarkerStyle


def load_markers(path: str | Path | None = None) -> MarkerRules:
    """Read the article-marker styles (default: the packaged `data/article_markers.toml`)."""
    data, _ = read_data_toml("article_markers.toml", path, "article markers")
    styles = []
    for item in data.get("marker", []):
        name = item.get("name", "?")
        try:
            pattern = re.compile(item["pattern"].replace("{num}", NUM))
        except (KeyError, re.error) as exc:
            raise UsageError(f"article marker {name!r}: missing or bad pattern: {exc}") from exc
        if "num" not in pattern.groupindex:
            raise UsageError(f"article marker {name!r}: the pattern needs a (?P<num>{{num}}) group")
        scope = item.get("scope", "line")
        if scope not in ("line", "inline"):
            raise UsageError(f"article marker {name!r}: scope must be 'line' or 'inline'")
        styles.append(
            MarkerStyle(
                name,
                scope,
                pattern,
                bool(item.get("needs_genre_prefix")),
                bool(item.get("same_prefix", True)),
                bool(item.get("rest_must_be_title")),
                bool(item.get("prefix_must_be_title")),
                bool(item.get("next_must_be_doc_title")),
                bool(item.get("title_is_prefix")),
            )
        )
    return MarkerRules(styles, list(data.get("genre_words", [])))


@lru_cache(maxsize=1)
def default_markers() -> MarkerRules:
    """The packaged rules, read once."""
    return load_markers()






def looks_like_title(line: str, genre_words: list[str] | None = None) -> bool:
    """A short line without sentence punctuation that names a document genre."""
    line = line.strip()
    if not 2 <= len(line) <= MAX_TITLE_CHARS or _SENTENCE_PUNCT.search(line):
        return False
    if HEADING_START.match(line) or line.endswith((":", "：")):
        return False
    words = genre_words if genre_words is not None else default_markers().genre_words
    return any(line.endswith((w, w + "表")) for w in words)


_TITLE_TAIL = re.compile(r"(?:范文|模板|范本|精选|大全|的)+$")


def _ends_in_genre(prefix: str, genre_words: list[str]) -> bool:
    """Whether a title ends in a genre word ('…工作计划表', '…工作总结范文')."""
    whole = prefix.strip()
    head = _TITLE_TAIL.sub("", whole) or whole
    return any(part.endswith((w, w + "表")) for part in {whole, head} for w in genre_words)


def _title_from_rest(rest: str, genre_words: list[str]) -> str | None:
    """The title at the start of the text after a marker ('20xx学校工会工作总结  xx年,…')."""
    head = re.split(r"\s+|[。!?;,:！？；，：]", rest.strip(), maxsplit=1)[0].strip()
    if head and looks_like_title(head, genre_words):
        return head
    return None


def _find_candidates(text: str, rules: MarkerRules) -> list[_Candidate]:
    found: dict[int, _Candidate] = {}
    lines = []  # (start, end, stripped text) of each non-blank line, found once for all styles
    ls = 0
    for raw in text.split("\n"):
        s = raw.strip()
        if s:
            lines.append((ls + len(raw) - len(raw.lstrip()), ls + len(raw), s))
        ls += len(raw) + 1
    # line styles first: a line a line style has taken holds no inline marker ("title 【篇1】")
    for style in sorted(rules.styles, key=lambda st: st.scope != "line"):
        if not may_match(required_searches(style.pattern), text):
            continue  # most pages have no "篇" at all: skip the per-line matches and the scan
        if style.scope == "line":
            for start, le, s in lines:
                m = style.pattern.match(s)
                if not m:
                    continue
                cand = _line_candidate(text, start, le, s, m, style, rules)
                if cand and cand.start not in found:
                    found[cand.start] = cand
        else:
            for m in style.pattern.finditer(text):
                line_start = text.rfind("\n", 0, m.start()) + 1
                taken = found.get(line_start + _indent(text, line_start))
                if not text[line_start : m.start()].strip() or (taken and m.start() < taken.content_start):
                    continue  # at the start of a line, or inside a line marker's own title: not inline
                num = numeral_value(m.group("num"))
                if num is None:
                    continue
                prefix = (m.groupdict().get("prefix") or "").strip()  # a repeated title before the number
                if style.needs_genre_prefix and not _ends_in_genre(prefix, rules.genre_words):
                    continue
                rest_end = text.find("\n", m.end())
                rest = text[m.end() : len(text) if rest_end < 0 else rest_end]
                title = None if style.title_is_prefix else _title_from_rest(rest, rules.genre_words)
                content = m.end() + (rest.find(title) + len(title) if title else 0)
                found.setdefault(
                    m.start(),
                    _Candidate(m.start(), m.end(), num, m.group(0).strip(), prefix, title, content, style),
                )
    return [found[k] for k in sorted(found)]


def _indent(text: str, line_start: int) -> int:
    end = text.find("\n", line_start)
    line = text[line_start : len(text) if end < 0 else end]
    return len(line) - len(line.lstrip())


def _line_candidate(text, start, line_end, s, m, style, rules) -> _Candidate | None:
    num = numeral_value(m.group("num"))
    if num is None or num == 0:
        return None
    groups = m.groupdict()
    prefix = (groups.get("prefix") or "").strip()
    if style.needs_genre_prefix and not _ends_in_genre(prefix, rules.genre_words):
        return None
    if style.prefix_must_be_title and prefix and not _ends_in_genre(prefix, rules.genre_words):
        return None  # "学习了第一篇文章" in prose is no marker
    rest = groups.get("rest")
    if style.next_must_be_doc_title:
        # "（一）" alone is a heading's number as often as an article's: only a document's own
        # title under it (a year or a union, and a genre) makes it a marker
        following = text[line_end + 1 :].lstrip().split("\n", 1)[0].strip()
        if not (looks_like_title(following, rules.genre_words) and _DOC_TITLE_LINE.search(following)):
            return None
    if style.rest_must_be_title:
        if rest and rest.strip():
            if not _title_from_rest(rest, rules.genre_words):
                return None
        else:  # "其一" alone on its line: the next line must be the title
            following = text[line_end + 1 :].lstrip().split("\n", 1)[0]
            if not looks_like_title(following, rules.genre_words):
                return None
    if rest is not None and rest.strip():
        rest_at = start + m.start("rest")
        # with TITLE_IS_PREFIX the rest is the first sentence and the title the prefix
        title = None if style.title_is_prefix else _title_from_rest(rest, rules.genre_words)
        if (title is None and not style.title_is_prefix and len(rest.strip()) <= MAX_TITLE_CHARS
                and not _SENTENCE_PUNCT.search(rest)):
            title = rest.strip()  # "篇一 学校工会年度工作总结报告": the rest of the line is the title
        content = rest_at + (rest.find(title) + len(title) if title else 0)
        marker = text[start:rest_at].strip()
        return _Candidate(start, rest_at, num, marker, prefix, title, content, style)
    end = line_end + 1 if line_end < len(text) else line_end
    return _Candidate(start, end, num, s, prefix, None, end, style)


def marker_chain(text: str, rules: MarkerRules) -> list[_Candidate]:
    """The article markers a page is split at (none: not a compilation): the splitter and the chrome span pass
    ask the same question of a text, so it has one answer."""
    return _select(_find_candidates(text, rules), text, rules)


def _select(cands: list[_Candidate], text: str, rules: MarkerRules) -> list[_Candidate]:
    """Keep markers that are followed by text and whose numbers increase along the page."""
    nonempty = []
    for i, c in enumerate(cands):
        nxt = cands[i + 1].start if i + 1 < len(cands) else len(text)
        if text[c.content_start : nxt].strip():
            nonempty.append(c)
    # Styles that need a repeated prefix: the same prefix must occur at least twice.
    counts: dict[str, int] = {}
    for c in nonempty:
        counts[c.prefix] = counts.get(c.prefix, 0) + 1
    nonempty = [
        c for c in nonempty
        if not (c.style.needs_genre_prefix and c.style.same_prefix) or counts[c.prefix] >= 2
    ]
    chain = _chain(nonempty, 0)
    # A page may start late ("篇4", "篇5", "篇6" on the second page of a compilation): a run
    # of at least two markers from a higher first number is taken when it is longer.
    for i, c in enumerate(nonempty):
        if c.num > MAX_NUMBER_GAP:
            late = _chain(nonempty[i:], c.num - 1)
            if len(late) >= 2 and len(late) > len(chain):
                chain = late
    return chain


def _chain(cands: list[_Candidate], last: int) -> list[_Candidate]:
    """The markers whose numbers increase from LAST by small steps, in page order."""
    chain: list[_Candidate] = []
    for c in cands:
        if last < c.num <= last + MAX_NUMBER_GAP:
            chain.append(c)
            last = c.num
    return chain


def compilation_title(page_title: str | None) -> str:
    """The page title without its count claim and year: it names the compilation, not an article."""
    if not page_title:
        return ""
    title = _COUNT_CLAIM.sub("", page_title).strip()
    return _LEADING_YEAR.sub("", title).strip() or title


_BARE_MARKER = re.compile(r"^[【\[]?\s*第?\s*篇?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*篇?\s*[】\]]?\s*[:：、.．]?$")


def guess_page_title(text: str) -> str | None:
    """The first line of TEXT when it reads as a page title (short, no sentence mark, not 篇一：), else None."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), None)
    if first and _BARE_MARKER.match(first):
        return None  # "篇一：" names no article
    if first and len(first) <= 60 and not _SENTENCE_PUNCT.search(first):
        return first
    return None


def first_line(text: str) -> str:
    """The first non-blank line of TEXT, stripped ("" for none)."""
    return next((line.strip() for line in text.split("\n") if line.strip()), "")
