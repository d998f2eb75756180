"""What a document site writes about the text it shows (issue 12, round 33; spent sets 6-22).

A document-sharing or writing site wraps the text it copies in its own words about that text: that it shows only a
part (``因篇幅问题不能全部显示，请点此查看更多更全内容``, ``……(某网 省略593字，正式会员可完整阅读)……``,
``本文档共6页，可阅读全部内容``). It is not the writer's: a writer does not tell the reader that the page hides part of
the text.

- ``cut_notice``: a line that says the text shown is cut (characters left out, not all shown, the whole readable by
  members or a click), or gives the document's page count. On sets 6-22 three sites (18:p03, 21:p01, 21:p16), every
  such line labelled chrome; no labelled text line has the words. A hidden-text marker (``此处隐藏N个字``) is no
  notice here: it marks where two articles meet, and ``split`` reads it.
"""

from __future__ import annotations

import re

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


def cut_notice(line: str) -> bool:
    """LINE is a site's notice that the text shown is cut (a part left out, the whole for members), one sentence
    at most."""
    s = line.strip()
    return len(s) <= CUT_NOTICE_CHARS and bool(_CUT.search(s)) and len(_SENTENCE_END.findall(s.rstrip("。"))) <= 1

