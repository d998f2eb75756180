"""Under the text's last paragraph: short lines between two chrome lines (``tail_between``), and the footer a
copyright line or the prev/next links open (``footer_zone``)."""

from __future__ import annotations

from .forms import PICTURE_MARK
from .line_shapes import PARAGRAPH_CHARS as BODY_PARAGRAPH_CHARS
from .line_shapes import signature_or_date, title_shaped
from .protected import DATE_LINE, HEADING, SENTENCE

#: After the text's last paragraph, a line this short between two chrome lines is chrome even
#: with a sentence mark or a colon (a forum reply between its header and the buttons, a
#: "已收录到：" label above the prev/next links).
TAIL_LINE_CHARS = 30


def _under_text(lines: list[str], marks: dict[int, str]) -> list[int] | None:
    """The nonblank lines under the text's last paragraph that the rules left, or None without a paragraph."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    body = [i for i in nonblank if i not in marks and len(lines[i].strip()) >= BODY_PARAGRAPH_CHARS
            and SENTENCE.search(lines[i])]
    return [i for i in nonblank if i > body[-1]] if body else None


def footer_zone(lines: list[str], marks: dict[int, str]) -> None:
    """Under the text, the site's copyright line or its prev/next links (round 33) open its footer: the short lines
    after them to the page's end are the footer's too (a federation's app and account names under 版权所有, a
    unit's name and address under 上一篇/下一篇). A button row opens none: a forum's 回复 引用 stands between a post
    and its signature."""
    tail = _under_text(lines, marks)
    if tail is None:
        return
    start = next((pos for pos, i in enumerate(tail) if marks.get(i) in ("copyright", "prev_next")), None)
    if start is None:
        return
    for i in tail[start + 1:]:
        s = lines[i].strip()
        if i not in marks and len(s) <= TAIL_LINE_CHARS and not SENTENCE.search(s) and not DATE_LINE.match(s):
            marks[i] = "footer_zone"


def tail_between(lines: list[str], marks: dict[int, str]) -> None:
    tail = _under_text(lines, marks)
    if tail is None:
        return
    for pos, i in enumerate(tail):
        s = lines[i].strip()
        if i in marks or len(s) > TAIL_LINE_CHARS or pos == 0 or pos + 1 == len(tail):
            continue
        if HEADING.match(s) or signature_or_date(s) or title_shaped(s):
            continue
        if marks.get(tail[pos - 1], PICTURE_MARK) != PICTURE_MARK and marks.get(tail[pos + 1], PICTURE_MARK) != PICTURE_MARK:
            marks[i] = "tail_between"
