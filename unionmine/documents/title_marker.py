"""A document's own title line under a template site's marker line (round 27, issue 12).

A template page numbers its articles with marker lines that repeat the page's topic (`【篇1】2021某某工作总结`, `第一篇
小学2023年工会工作总结 2550字`); the document under it often starts with its own title line (`市总工会上半年工作总结`,
`小学xx年年工会工作总结`). Ruling (c) and the keys (set 3's doc-site case, set 17): the marker line is the site's, the
document's own line is the title — when it is of the marker's genre (a summary under a summary's marker; a plan's
title under a summary's is another document's, and the marker's title stands). What lies above the title line is the site's too and dates nothing
(`above_own_title`): a year in the marker line is the page's topic, not the year the document reports on.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text.normalize import SUBTITLE_DASHES, to_simplified

#: a line that goes on a title (——副标题, （…）) is its tail, not a title of its own
_TAIL_START = re.compile(rf"^(?:{SUBTITLE_DASHES}|[（(])")
#: the genre words a marker line and a title under it end in
_GENRE_WORDS = "总结|小结|回顾|计划|要点|安排|打算|思路|设想|报告"
#: a title of its own ends in its genre; a field or a sentence the layout broke holds a clause mark
_GENRE_END = re.compile(rf"(?:{_GENRE_WORDS})$")
_WORD_COUNT = re.compile(r"\s*\d+\s*字$")  # a site's word count after a heading: "…总结 2550字"
_CLAUSE_MARK = re.compile(r"[，,：:；;、]")
#: how many lines of the text the title line may stand below
OWN_TITLE_LOOK = 3


def own_title_under_marker(split_title: str, lines: list[str], is_title: Callable[[str], bool],
                           compact: Callable[[str], str], with_tail: Callable[[str, str], str]) -> str | None:
    """The title line right under the marker line's title SPLIT_TITLE (LINES[0]), when it is a title of its own: a
    line that ends in its genre (…工作总结, not a field `述职人：…` nor a sentence broken by the layout), with the second
    line of its title when it is broken before 及/暨/和 (WITH_TAIL)."""
    if len(lines) < 2 or lines[0] != split_title.strip():
        return None
    below = lines[1]
    if _TAIL_START.match(below) or not is_title(below) or not _GENRE_END.search(to_simplified(below)) \
            or _CLAUSE_MARK.search(below):
        return None
    if _genre(split_title) != _genre(with_tail(below, lines[2] if len(lines) > 2 else "")):
        return None  # another document's title under this one (…2023年工作总结 over …2024年工作计划): it stays
    a, b = (_YEARS.sub("", compact(to_simplified(x))) for x in (split_title, below))
    if _within(a, b) or _within(b, a):  # one title written twice (2010工會計劃 / 2010年工会工作计划), or a part
        return None                     # of it heading the text (…总结和…要点 over …总结): the line above stands
    return with_tail(below, lines[2] if len(lines) > 2 else "")


_GENRE_WORD = re.compile(_GENRE_WORDS)
_FAMILY = {"小结": "总结", "回顾": "总结", "要点": "计划", "安排": "计划", "打算": "计划", "思路": "计划", "设想": "计划"}


def _genre(title: str) -> str | None:
    """The family of the last genre word in TITLE (总结, 计划 or 报告): what a marker line and the title under it share."""
    words = _GENRE_WORD.findall(to_simplified(title))
    return _FAMILY.get(words[-1], words[-1]) if words else None


_YEARS = re.compile(r"(?:19|20)(?:\d{2}|xx|__)年?度?|[\dx_]")


def _within(short: str, long: str) -> bool:
    """Whether SHORT's characters all stand in LONG, in order."""
    chars = iter(long)
    return all(c in chars for c in short)


def above_own_title(title: str, text: str, compact: Callable[[str], str]) -> str:
    """TEXT from the line that is TITLE, when one of its first lines below the first is and every line above it is a
    genre title too (a marker line's, a page heading's: `小学2023年工会工作总结 2550字`); else TEXT (a date or meta line
    above a news headline is read as before)."""
    if not title:
        return text
    lines = text.split("\n")
    seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if seen and compact(line) == compact(title):
            return "\n".join(lines[i:])
        if not _GENRE_END.search(_WORD_COUNT.sub("", to_simplified(line.strip()))):
            break
        seen += 1
        if seen > OWN_TITLE_LOOK:
            break
    return text
