"""A related-articles header's list (相关推荐, 热门文章, …): the short titles listed under it, or at the page's end the
rest of the page when the text above it outweighs that rest (``related_lists``, after the line features)."""

from __future__ import annotations

import re

from .line_shapes import cjk_chars, compact, signature_or_date
from .protected import CN_HEADING, SENTENCE

#: a teaser cut short by the site: "9月18日,省卫生健康行业党委召开会..." (three dots or one ellipsis, not a sentence's ……)
_TEASER = re.compile(r"[^.…。！？!?](?:\.{3}|…)\s*$")
#: three teasers in a row are a list of other items, however the site headed it (or did not)
TEASER_RUN = 3
TEASER_CHARS = 40

_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]|[(（]\s*\d{1,2}\s*[)）])\s*")


def _related_block(lines: list[str], at: int, marks: dict[int, str]) -> list[int]:
    """The header at AT and the short title lines listed under it."""
    taken = [at]
    items = []
    listed = set()
    j = at + 1
    while j < len(lines):
        s = lines[j].strip()
        if not s:
            j += 1
            continue
        if j not in marks and CN_HEADING.match(s):
            break  # "一、指导思想": the text's first section, not a listed title
        entry = compact(_LIST_NUMBER.sub("", s))
        if entry in listed and j not in marks:
            break  # a table of contents ends where the text restates its first entry as a title
        listed.add(entry)
        if j in marks or (len(s) <= 48 and not SENTENCE.search(s.rstrip("。"))):
            items.append(j)
            j += 1
            continue
        break
    # One lone short line under a header is more likely the article's own title than a list.
    if len([i for i in items if i not in marks]) >= 2:
        taken += items
    else:
        taken += [i for i in items if i in marks]
    return taken


def related_lists(lines: list[str], marks: dict[int, str]) -> None:
    """Every line a line feature marked ``related`` takes the list under it, or the page's tail."""
    # "相关推荐" and the like take the short titles under them; at the end of the page they
    # take the rest of the page, but only when the text above holds more than the rest
    # (a tab right under the date line must not cut the article under it).
    for i in sorted(k for k, v in marks.items() if v == "related"):
        if marks.get(i) != "related":
            continue
        above = sum(cjk_chars(lines[k]) for k in range(i) if k not in marks)
        below = sum(cjk_chars(lines[k]) for k in range(i + 1, len(lines)) if k not in marks)
        continues = any(CN_HEADING.match(lines[k].strip()) for k in range(i + 1, len(lines)) if k not in marks)
        if above > below and above >= 200 and not continues:
            for k in range(i + 1, len(lines)):
                if lines[k].strip() and k not in marks and not signature_or_date(lines[k]):
                    marks[k] = "related_tail"
            break
        for k in _related_block(lines, i, marks):
            marks.setdefault(k, "related_list")


def _teaser(line: str) -> bool:
    s = line.strip()
    return len(s) <= TEASER_CHARS and bool(_TEASER.search(s)) and not SENTENCE.search(s[:-3])


def teaser_runs(lines: list[str], marks: dict[int, str]) -> None:
    """A run of TEASER_RUN or more short lines each cut off with dots (other items' openings, listed with no header)."""
    run: list[int] = []
    for i in [*range(len(lines)), len(lines)]:
        if i < len(lines) and not lines[i].strip():
            continue
        if i < len(lines) and i not in marks and _teaser(lines[i]):
            run.append(i)
            continue
        if len(run) >= TEASER_RUN:
            for k in run:
                marks[k] = "related_list"
        run = []
