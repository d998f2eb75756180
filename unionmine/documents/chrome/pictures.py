"""A page's pictures as its copy keeps them (issue 12, round 29: what spent blind sets 18-20 left).

- *A picture's tag*: a copy tool writes each picture as its markup (``<image>data:image/…" alt=""</image>``,
  ``<img src="…">``): nothing of it is the writer's, whatever its alt text says. Seen on three sites of sets 11,
  19 and 20 (five lines on one page, three on another, one on a third). The line is named like a picture's file
  name (``image_name``), so the context rules read it as a picture standing in the text, not as chrome around it.
- *Numbered copies of the page's title under its pictures*: a how-to site captions every picture with the
  article's title and a running number (``某某驿站官网(某某等你来)(1)``, ``…(2)``, … ``(9)``), between the
  text's paragraphs. Set 20 p08 (nine lines) and a second site of the same shape found with one ``search``
  look-up (a county's 驿站 page, captions ``(1)`` to ``(10)``). Taken when three or more lines are one head with
  the numbers 1, 2, 3, … in page order and two of them stand next to each other (only blank lines between): a
  compilation also numbers its titles (``…工作总结(1)``, ``…工作总结(2)``), but each over its own text, never two
  in a row.
- *A slideshow's counters* (round 41): the bare numbers ``1``, ``2``, ``3``, ``4`` a gallery leaves between the
  paragraphs where its pictures stood (set 35 p07), by the same shape: 1, 2, 3, … in page order, two side by side.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .line_shapes import compact

# a picture's markup alone on its line: <image>…</image>, <img …>, or its inline data
_PICTURE_TAG = re.compile(r"^(?:<\s*(?:image|img)\b|data:image/)", re.IGNORECASE)
_QUOTED = re.compile(r"\\?\"[^\"]*\\?\"|'[^']*'")
_CJK = re.compile(r"[\u3400-\u9fff]")

_NUMBERED = re.compile(r"^(?P<head>.*?\S)\s*[(（]\s*(?P<n>\d{1,2})\s*[)）]$")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
_COUNTER = re.compile(r"^\s*\d{1,2}\s*$")
#: A caption's head is a title, this many Chinese characters at least (a form's short label repeated with numbers is
#: none); a page holds this many numbered copies at least.
CAPTION_HEAD_CJK = 8
CAPTION_RUN = 3


def picture_tag(line: str) -> bool:
    """LINE is a picture's markup (``<image>data:image/…</image>``, ``<img src=…>``), Chinese only in its quotes."""
    s = line.strip()
    return bool(_PICTURE_TAG.match(s)) and not _CJK.search(_QUOTED.sub("", s))


def numbered_captions(lines: list[str], marks: dict[int, str]) -> None:
    """Mark the numbered copies of one head that caption a page's pictures ``picture_caption`` (module docstring)."""
    groups: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        m = _NUMBERED.match(line.strip())
        if i in marks or not m or _SENTENCE_END.search(m["head"]) or len(_CJK.findall(m["head"])) < CAPTION_HEAD_CJK:
            continue
        groups.setdefault(compact(m["head"]), []).append((i, int(m["n"])))
    for found in groups.values():
        _mark_counted(lines, marks, found, "picture_caption")
    # (round 41) a slideshow's counters: bare numbers 1, 2, 3, … left where its pictures stood
    counters = [(i, int(line)) for i, line in enumerate(lines) if i not in marks and _COUNTER.match(line)]
    _mark_counted(lines, marks, [(i, int(n)) for i, n in counters], "slide_counter")


def _mark_counted(lines: list[str], marks: dict[int, str], found: list[tuple[int, int]], name: str) -> None:
    """Mark FOUND (line, number) as NAME when they are three or more, numbered 1, 2, 3, … in page order, and two of them
    stand next to each other (only blank lines between): a compilation's titles or a list's numbers each stand over
    their own text, never two in a row."""
    numbers = [n for _, n in found]
    if len(found) < CAPTION_RUN or numbers != list(range(1, len(found) + 1)):
        return
    at = [i for i, _ in found]
    if any(not any(lines[k].strip() for k in range(a + 1, b)) for a, b in pairwise(at)):
        marks.update((i, name) for i in at)


#: The context marks a caption under a picture is given back from: runs of short lines under the text.
_RUN_MARKS = ("footer_run", "tail_run", "tail_between")
# a picture's file name (the cleaning rules drop it before the chrome passes read the page)
_PICTURE_FILE = re.compile(r"^\S.{0,79}\.(?:jpe?g|png|gif|bmp|webp)$", re.IGNORECASE)


def captions_under_pictures(lines: list[str], marks: dict[int, str], dropped: dict[int, str]) -> None:
    """(Round 40) A short line right under a picture's file name that the cleaning rules dropped is the picture's
    caption (``庄严宣誓`` under ``11.jpg``): the context runs under the text, which never saw the picture, give
    it back. The chrome passes read a page without the rules' drops, so the caption seemed to close the page."""
    for i, name in list(marks.items()):
        if name not in _RUN_MARKS:
            continue
        above = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
        if above is not None and above in dropped and _PICTURE_FILE.match(lines[above].strip()):
            del marks[i]
