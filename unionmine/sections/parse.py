"""Parse an article into a tree of sections from its own numbered headings.

The numbering styles live in ``data/heading_styles.toml``. Rows partition the article:
each row holds its heading and the body text up to the next heading (a parent keeps only
its own introduction, its children hold the rest), so concatenating ``heading + text`` of
all rows in order gives back the article modulo whitespace.

Text before the first heading (preamble) and articles without any heading become level-0
rows, one per paragraph, with an empty heading and no parent.

The article's title line is not a section (CODEBOOK: a theme goes to a section, heading and
body, or a paragraph; a title reports no work): given the article's TITLE, a first paragraph
that only repeats it gets no row, so it adds no 其他 section to the theme shares and counts
(the title stays on the article, in documents.parquet). The rows then give back the article
less that line; an article that is nothing but its title keeps it as its one row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..errors import UsageError
from ..store.paths import DATA, read_data_toml
from ..text.numerals import capital_number, chinese_number, roman_number

DEFAULT_STYLES = DATA / "heading_styles.toml"

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_ORDINAL_WORDS = {"首先": 1, "其次": 2, "再次": 3}
_LAST = -1  # 最后: one past whatever came before

# a paragraph break: a newline or a run of wide spaces inside a flattened line
_PARAGRAPH_BREAK = re.compile(r"\n+|[ \t\u3000\xa0]{2,}|\u3000")
_GAP = re.compile(r"[ \t\u3000\xa0]{2,}|\u3000")


@dataclass(frozen=True)
class HeadingStyle:
    name: str
    level: int
    pattern: re.Pattern[str]
    numerals: str
    after: str
    heading_end: str
    point: bool


@dataclass(frozen=True)
class Settings:
    max_heading_line: int
    max_heading: int
    max_point_heading: int






def _read_number(style: HeadingStyle, text: str) -> int | None:
    if style.numerals == "chinese":
        return chinese_number(text)
    if style.numerals == "capital":
        return capital_number(text)
    if style.numerals == "arabic":
        return int(text)
    if style.numerals == "circled":
        return _CIRCLED.index(text) + 1
    if style.numerals == "roman":
        return roman_number(text)
    if style.numerals == "ordinal":
        return _ORDINAL_WORDS.get(text, _LAST)
    if style.numerals == "none":
        return 1  # an unnumbered heading (a Word heading style): always a new section
    return None


@lru_cache(maxsize=8)
def load_heading_styles(path: str | None = None) -> tuple[Settings, tuple[HeadingStyle, ...]]:
    """Read the heading styles file (default: the one shipped in the package)."""
    data, where = read_data_toml(DEFAULT_STYLES.name, path, "heading styles")
    s = data.get("settings", {})
    settings = Settings(
        max_heading_line=int(s.get("max_heading_line", 50)),
        max_heading=int(s.get("max_heading", 40)),
        max_point_heading=int(s.get("max_point_heading", 30)),
    )
    styles = []
    for raw in data.get("style", []):
        try:
            styles.append(
                HeadingStyle(
                    name=raw["name"],
                    level=int(raw["level"]),
                    pattern=re.compile(raw["pattern"]),
                    numerals=raw.get("numerals", "arabic"),
                    after=raw.get("after", ""),
                    heading_end=raw.get("heading_end", "。\n"),
                    point=bool(raw.get("point", False)),
                )
            )
        except (KeyError, re.error) as exc:
            raise UsageError(f"bad heading style {raw.get('name', '?')} in {where}: {exc}") from exc
    return settings, tuple(styles)


@dataclass
class _Marker:
    start: int
    end: int  # end of the marker itself
    style: HeadingStyle
    number: int
    line_start: bool
    glued: bool = False  # follows text directly, as in a flattened "二、关心生活1、..."
    heading_end: int = 0


def _boundary(text: str, pos: int, style: HeadingStyle) -> tuple[bool, bool]:
    """Is a marker at pos allowed here, and is it at the start of a line."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u3000\xa0":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True, True
    gap = pos - 1 - i
    if gap >= 2 or "\u3000" in text[i + 1 : pos]:
        return True, False  # a paragraph gap inside a flattened line
    return text[i] in style.after, False


def _candidates(text: str, styles: Iterable[HeadingStyle]) -> list[_Marker]:
    found: dict[int, _Marker] = {}
    for style in styles:
        for m in style.pattern.finditer(text):
            if m.start() in found:
                continue  # an earlier style already claims this place
            ok, line_start = _boundary(text, m.start(), style)
            if not ok and style.point:
                continue
            number = _read_number(style, m.group("num"))
            if number is None:
                continue
            found[m.start()] = _Marker(m.start(), m.end(), style, number, line_start, not ok)
    return [found[k] for k in sorted(found)]


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _accept(text: str, markers: list[_Marker], settings: Settings) -> list[_Marker]:
    """Keep markers that continue or start their sequence, or open a short line."""
    accepted: list[_Marker] = []
    last: dict[str, int] = {}
    covered = -1
    point_names = {mk.style.name for mk in markers if mk.style.point}
    for mk in markers:
        if mk.start < covered:
            continue
        prev = last.get(mk.style.name, 0)
        number = mk.number
        if number == _LAST:
            number = prev + 1 if prev >= 1 else 0
        if mk.glued:
            # only a first sub-heading glued to the short heading just before it counts
            before = accepted[-1] if accepted else None
            if not (
                number == 1
                and before is not None
                and before.style.level < mk.style.level
                and mk.start - before.end <= settings.max_heading
                and not any(ch in before.style.heading_end for ch in text[before.end : mk.start])
            ):
                continue
        in_sequence = number == 1 or (number >= 1 and number == prev + 1)
        short_line = (
            mk.line_start
            and not mk.glued
            and not mk.style.point
            and _line_end(text, mk.start) - mk.start <= settings.max_heading_line
        )
        if not (in_sequence or short_line):
            continue
        last[mk.style.name] = number
        mk.number = number
        if not mk.style.point:
            for other in point_names:
                last.pop(other, None)  # enumerated points restart under each heading
        accepted.append(mk)
        covered = mk.end
    return accepted


@lru_cache(maxsize=64)
def _any_of(chars: str) -> re.Pattern[str]:
    """A search for the first of CHARS (a regex scan instead of a Python loop over characters)."""
    return re.compile("[" + re.escape(chars) + "]")


def _set_heading_ends(text: str, markers: list[_Marker], settings: Settings) -> None:
    for i, mk in enumerate(markers):
        limit = markers[i + 1].start if i + 1 < len(markers) else len(text)
        full_line_end = _line_end(text, mk.start)
        line_end = min(full_line_end, limit)
        max_len = settings.max_point_heading if mk.style.point else settings.max_heading
        whole_line_short = full_line_end - mk.start <= settings.max_heading_line
        if mk.line_start and not mk.style.point and whole_line_short:
            mk.heading_end = line_end
            continue
        gap = _GAP.search(text, mk.end, line_end)
        if gap and text[mk.end : gap.start()].strip():
            line_end = gap.start()  # a flattened paragraph break ends the heading
        mk.heading_end = mk.end
        for stops in (mk.style.heading_end, "，,"):
            stop = _any_of(stops).search(text, mk.end, line_end)
            end = stop.end() if stop else line_end
            if end - mk.start <= max_len:
                mk.heading_end = end
                break


def _paragraphs(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Spans of the non-blank paragraphs of text[start:stop]."""
    spans, pos = [], start
    for m in _PARAGRAPH_BREAK.finditer(text, start, stop):
        if text[pos : m.start()].strip():
            spans.append((pos, m.start()))
        pos = m.end()
    if text[pos:stop].strip():
        spans.append((pos, stop))
    return spans


def _n_chars(*parts: str) -> int:
    """Characters that are not white space (str.split drops exactly what str.isspace finds).

    The parts are joined by a space (white space, so not counted): one split for all parts."""
    return len("".join(" ".join(parts).split()))


#: left out when a first paragraph is compared with the article's title
_TITLE_NOISE = re.compile(r"[\s《》〈〉“”\"'‘’「」（）()【】\[\]:：·•—\-_,，、.。!！?？;；]+")


def is_title_line(paragraph: str, title: str | None) -> bool:
    """Does PARAGRAPH only repeat the article's TITLE (white space and punctuation aside)?"""
    if not title:
        return False
    bare = _TITLE_NOISE.sub("", title)
    return bool(bare) and _TITLE_NOISE.sub("", paragraph) == bare


def parse_sections(doc_id: str, text: str, styles_path: str | None = None,
                   title: str | None = None) -> list[dict[str, Any]]:
    """Split an article into section rows (doc_id, section_id, parent_id, level, heading, text, n_chars).

    section_id is f"{doc_id}-s{n:03d}" in reading order, so it is stable for the same text.
    TITLE: the article's title; a first paragraph that only repeats it is not a section.
    """
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    settings, styles = load_heading_styles(styles_path)
    markers = _accept(text, _candidates(text, styles), settings)
    _set_heading_ends(text, markers, settings)

    spans: list[tuple[int, str, str, int]] = []  # level, heading, body, ...
    first = markers[0].start if markers else len(text)
    for a, b in _paragraphs(text, 0, first):
        spans.append((0, "", text[a:b].strip(), a))
    if (len(spans) > 1 or (spans and markers)) and is_title_line(spans[0][2], title):
        del spans[0]  # the title line: kept on the article, not a section
    for i, mk in enumerate(markers):
        stop = markers[i + 1].start if i + 1 < len(markers) else len(text)
        heading = text[mk.start : mk.heading_end].strip()
        body = text[mk.heading_end : stop].strip()
        spans.append((mk.style.level, heading, body, mk.start))

    rows: list[dict[str, Any]] = []
    stack: list[tuple[int, str]] = []  # (level, section_id) of open headings
    for n, (level, heading, body, _) in enumerate(spans, start=1):
        section_id = f"{doc_id}-s{n:03d}"
        parent_id = None
        if level > 0:
            while stack and stack[-1][0] >= level:
                stack.pop()
            parent_id = stack[-1][1] if stack else None
            stack.append((level, section_id))
        rows.append(
            {
                "doc_id": doc_id,
                "section_id": section_id,
                "parent_id": parent_id,
                "level": level,
                "heading": heading,
                "text": body,
                "n_chars": _n_chars(heading, body),
            }
        )
    return rows


def leaf_sections(sections):
    """The finest sections of a sections table (DataFrame): those that are nobody's parent."""
    if sections.empty:
        return sections
    parents = set(sections["parent_id"].dropna())
    return sections[~sections["section_id"].isin(parents)]


def finest_units(sections: Iterable[dict[str, Any]] | Any) -> list[dict[str, Any]]:
    """Cut section rows into their paragraphs: the units a theme profile is measured on.

    Rows already partition the article, so each row's own paragraphs are the finest units;
    the heading goes with the first paragraph. A unit that is a whole row keeps
    ``whole_row=True`` so labels already given to the row can be reused.
    """
    records = sections.to_dict("records") if hasattr(sections, "to_dict") else list(sections)
    units: list[dict[str, Any]] = []
    for row in records:
        heading, body = row.get("heading") or "", row.get("text") or ""
        paragraphs = [body[a:b].strip() for a, b in _paragraphs(body, 0, len(body))]
        if len(paragraphs) <= 1:
            pieces = [(heading + ("\n" if heading and body else "") + body).strip()]
        else:
            pieces = [(heading + "\n" + paragraphs[0]).strip()] + paragraphs[1:]
        pieces = [p for p in pieces if p]
        for k, piece in enumerate(pieces, start=1):
            unit = {
                "doc_id": row.get("doc_id"),
                "section_id": row.get("section_id"),
                "unit_id": f"{row.get('section_id')}-p{k:02d}",
                "text": piece,
                "n_chars": _n_chars(piece),
                "whole_row": len(pieces) == 1,
            }
            if len(pieces) == 1 and "labels" in row:
                unit["labels"] = row["labels"]
            units.append(unit)
    return units
