"""What a document site writes about the text it shows (issue 12, round 33; spent sets 6-22).

A document-sharing or writing site wraps the text it copies in its own words about that text: that it shows only a
part (``因篇幅问题不能全部显示，请点此查看更多更全内容``, ``……(某网 省略593字，正式会员可完整阅读)……``,
``本文档共6页，可阅读全部内容``) and a label over it (``以下为文章主要内容：``). Neither is the writer's: a writer does
not tell the reader that the page hides part of the text, nor label the text as the text.

- ``cut_notice``: a line that says the text shown is cut (characters left out, not all shown, the whole readable by
  members or a click), or gives the document's page count. On sets 6-22 three sites (18:p03, 21:p01, 21:p16), every
  such line labelled chrome; no labelled text line has the words. A hidden-text marker (``此处隐藏N个字``) is no
  notice here: it marks where two articles meet, and ``split`` reads it.
- ``text_label``: a label naming the text itself (``以下为文章主要内容：``, ``文章内容``, ``正文``) over the text's first
  paragraph (21:p03; ``chrome.forms.LABEL_LINE`` took only ``正文`` and ``文本内容：``). A heading of the text
  (``主要内容：``, ``活动内容：``) names no text and stays; so does any label under the first paragraph.
"""

from __future__ import annotations

import re

from .line_shapes import is_paragraph

_CUT = re.compile(
    r"(?:省略|删减|隐去)了?\s*\d{2,6}\s*个?字"  # "省略593字" (not 隐藏: ``split``'s hidden-text marker)
    r"|(?:不能|无法|未能)(?:全部|完整|全文)(?:显示|展示|呈现)"  # "因篇幅问题不能全部显示"
    r"|(?:会员|登录后?|付费后?|点[此击这]里?)[^。！？!?]{0,6}(?:完整|全部|全文)(?:阅读|查看|浏览|显示)"  # "正式会员可完整阅读"
    r"|(?:可|请|即可)(?:阅读|查看|浏览)(?:全部|完整)(?:内容|全文)?"  # "可阅读全部内容"
    r"|本文档共\s*\d{1,4}\s*页"
)
#: A notice is short: a line this long at most (a paragraph with the words glued in is the text's).
CUT_NOTICE_CHARS = 120
_SENTENCE_END = re.compile(r"[。！？!?]")
_LABEL = re.compile(
    r"^(?:(?:以下|下面)(?:为|是))?(?:本文|文章|文本|文档|正文|全文)(?:的)?(?:主要|全部|详细)?(?:内容|正文)?\s*[:：]?$"
)


def cut_notice(line: str) -> bool:
    """LINE is a site's notice that the text shown is cut (a part left out, the whole for members), one sentence
    at most."""
    s = line.strip()
    return len(s) <= CUT_NOTICE_CHARS and bool(_CUT.search(s)) and len(_SENTENCE_END.findall(s.rstrip("。"))) <= 1


def text_label(lines: list[str], marks: dict[int, str]) -> None:
    """A label naming the text itself, over the text's first paragraph, is the site's (rule ``column``)."""
    first = next((i for i, line in enumerate(lines) if i not in marks and is_paragraph(line)), None)
    for i in range(first or 0):
        if i not in marks and _LABEL.match(lines[i].strip()):
            marks[i] = "column"
