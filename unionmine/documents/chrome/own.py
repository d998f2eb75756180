"""Lines that are an article's own, whatever pass took them (round 36, issue 12 item 6: no rule may take the body).

The passes judge a line by its place (under the text, between chrome lines, above the text's span) or by what
it repeats (a preview); some kinds of line are the writer's wherever they stand, so after every pass has run
their marks are lifted:

- a **news lead**: a paragraph that opens as a news item does (``本报讯``, ``某某网讯``, ``近日，``, ``日前，``,
  ``10月12日，``; ``news.NEWS_LEAD``, the same cues that tell a news item). A preview repeats a lead behind a label or
  a title, never behind a dateline; a related list's entries are no paragraphs of the page's own text and keep
  their marks (``KEEP``);
- a **closing picture caption**: a short line naming the scene a picture shows (``慰问现场``, ``合影留念``,
  ``庄严宣誓``, ``图为…``) right under the text's last paragraph, with nothing but other captions and pictures
  between (ruling (e) of the real keys: a caption is body; a gallery label, a bare 图片 line or a photographer's
  credit stays chrome, and no line feature's mark is lifted).
"""

from __future__ import annotations

import re

from ..news import NEWS_LEAD
from .forms import PICTURE_MARK
from .line_shapes import is_paragraph
from .protected import SENTENCE

#: Marks a lead keeps: lists and tails of other pages' items, whose entries open as news too.
KEEP = frozenset({"related", "related_list", "related_tail", "fused_related", "repeated", "html_structure"})
#: The context passes a closing caption may be lifted from (the tail's runs and zones; a line feature stays).
TAIL_RULES = frozenset({"footer_run", "tail_run", "tail_between", "footer_zone", "between_chrome", "after_the_end"})
#: A caption is at most this long.
CAPTION_CHARS = 20
_CAPTION = re.compile(r"^(?:图为\S{2,}|[\u4e00-\u9fff“”、·]{0,16}(?:现场|合影|合影留念|留念|留影|合照|集体照|宣誓))$")


def own_lead(line: str) -> bool:
    """A paragraph that opens as a news item's lead (``本报讯 近日，…``, ``日前，…``, ``3月5日，…``)."""
    s = line.strip()
    return is_paragraph(s) and bool(NEWS_LEAD.match(s))


def caption(line: str) -> bool:
    """A short line naming the scene a picture shows (``慰问现场``, ``合影留念``, ``图为…``), no sentence in it."""
    s = line.strip()
    return len(s) <= CAPTION_CHARS and not SENTENCE.search(s) and bool(_CAPTION.match(s))


def own_lines(lines: list[str], marks: dict[int, str]) -> list[int]:
    """Lift the marks of news leads and of closing captions (see the module); the lines lifted."""
    lifted = [i for i, name in marks.items() if name not in KEEP and own_lead(lines[i])]
    paragraphs = [i for i, line in enumerate(lines) if i not in marks and is_paragraph(line)] + lifted
    if paragraphs:
        for i in range(max(paragraphs) + 1, len(lines)):
            if not lines[i].strip():
                continue
            if caption(lines[i]):
                if marks.get(i) in TAIL_RULES:
                    lifted.append(i)
                continue
            if marks.get(i) != PICTURE_MARK:
                break  # a caption further down sits in the site's footer, not under the text
    for i in lifted:
        del marks[i]
    return lifted
