"""Word and PDF layout: what the page shows, not how it was laid out.

Word (.docx): a paragraph set in a heading style (Heading 1/2/…, 标题 1/2/…, or any style or
paragraph with an outline level) is a section heading even when Word numbers it itself and
the text holds no typed 一、. Such a heading is written as a Markdown heading line
(`# 加强民主管理`, `## …` one level down), which `data/heading_styles.toml` reads as level 1, 2, 3.
Why a level marker rather than a typed 一、/（一）: the marker adds no words to the text (an
invented 一、 would change the heading's wording and a reader's line-by-line comparison), it
says the level plainly, and the same lines in a Markdown file mean the same. A heading that
already starts with a typed number (一、 （二） 3.) is left alone: the parser reads its number.
A single top heading before the body is the document's title, not a section: it stays plain.

PDF: the running header and footer (a line that recurs at the top or bottom of most pages,
its digits aside), a short line set at a margin above the first page's centred title (a header
shown once) and page markers (— 1 —, - 2 -, 第1页 共3页, 1/3) are removed; a line broken
by the layout (it reaches the right margin and does not end a sentence, or the document indents
its paragraphs and the next line is not indented) is joined to the next one. Joining never
puts a space inside a number: 满意率为9 / 7.8% reads 满意率为97.8%.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ...text.numerals import CAPITAL_NUMERALS

# ---------------------------------------------------------------------------------------------
# Word
# ---------------------------------------------------------------------------------------------

HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
# a heading that already carries a typed number the sections parser reads
_TYPED_NUMBER = re.compile(
    rf"^\s*(?:[{CAPITAL_NUMERALS}]{{1,2}}\s*[、.．]|"
    r"[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[、.．](?!\d)"
    r"|第[一二三四五六七八九十]{1,3}(?:部分|章|篇)|[①-⑳]|#)"
)
MAX_HEADING_CHARS = 50


def _style_outline_level(style) -> int | None:
    """The outline level a paragraph style gives (0 = level 1), following its base styles."""
    from docx.oxml.ns import qn  # deferred: python-docx is heavy and only .docx needs it

    seen = 0
    while style is not None and seen < 10:
        m = HEADING_STYLE.match((style.name or "").strip())
        if m:
            return int(m.group(1)) - 1
        ppr = style.element.find(qn("w:pPr"))
        lvl = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
        if lvl is not None:
            value = int(lvl.get(qn("w:val"), "9"))
            return value if value < 9 else None
        style, seen = style.base_style, seen + 1
    return None


def paragraph_outline_level(paragraph) -> int | None:
    """0-based outline level of a python-docx paragraph (None for body text)."""
    from docx.oxml.ns import qn  # deferred: python-docx is heavy and only .docx needs it

    ppr = paragraph._p.find(qn("w:pPr"))
    lvl = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
    if lvl is not None:
        value = int(lvl.get(qn("w:val"), "9"))
        return value if value < 9 else None
    try:
        style = paragraph.style
    except Exception:  # noqa: BLE001 - a broken style reference is body text
        return None
    return _style_outline_level(style)


@dataclass
class Line:
    """One line of a Word document; LEVEL is its 0-based outline level, None for body text."""

    text: str
    level: int | None = None


def mark_headings(lines: list[Line]) -> list[str]:
    """The document's lines with styled headings written as Markdown heading lines.

    Levels are ranked among the headings actually used (Heading 2 and 3 under a Heading 1
    title become 1 and 2); a heading level used only once, by the first line, is the title.
    """
    headings = [i for i, ln in enumerate(lines) if ln.level is not None and ln.text.strip()
                and len(ln.text.strip()) <= MAX_HEADING_CHARS]
    first = next((i for i, ln in enumerate(lines) if ln.text.strip()), None)
    title = None
    if headings and headings[0] == first:
        top = lines[first].level
        if sum(1 for i in headings if lines[i].level == top) == 1 and len(headings) > 1:
            title = first
    used = sorted({lines[i].level for i in headings if i != title})
    rank = {level: k + 1 for k, level in enumerate(used)}
    out = []
    for i, ln in enumerate(lines):
        text = ln.text
        if i in headings and i != title and not _TYPED_NUMBER.match(text):
            text = "#" * min(rank[ln.level], 3) + " " + text.strip()
        out.append(text)
    return out


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------

_PAGE_MARKER = re.compile(
    r"^\s*(?:[-—–－_~·•\s]*\d{1,4}[-—–－_~·•\s]*"  # — 1 —, - 2 -, 3
    r"|第\s*\d{1,4}\s*页\s*[,，/]?\s*(?:共\s*\d{1,4}\s*页)?"  # 第1页 共3页
    r"|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页"
    r"|\d{1,4}\s*/\s*\d{1,4}"  # 1/3
    r"|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = "。！？；…”」』!?;"
_EDGE = 2  # lines at the top and at the bottom of a page that may be a running header/footer
RUNNING_SHARE = 0.6  # a header/footer recurs on at least this share of the pages


@dataclass
class PdfLine:
    text: str
    x0: float
    x1: float
    size: float = 0.0  # the line's height (its font size); 0 when not known


def is_page_marker(text: str) -> bool:
    """A page number line: — 1 —, - 2 -, 第1页 共3页, 1/3, or a bare number."""
    return bool(_PAGE_MARKER.match(text)) and any(c.isdigit() for c in text)


def _edge_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _running_lines(pages: list[list[PdfLine]]) -> set[str]:
    """Keys of lines that recur at the top or bottom of most pages (digits aside)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        edge = page[:_EDGE] + page[-_EDGE:]
        counts.update({_edge_key(ln.text) for ln in edge if ln.text.strip()})
    need = max(2, RUNNING_SHARE * len(pages))
    return {key for key, n in counts.items() if n >= need}


def _join(a: str, b: str) -> str:
    """Two pieces of one broken line: no space between Chinese or inside a number."""
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return a + " " + b
    return a + b


_GENRE = ("总结", "计划", "要点", "安排", "打算", "思路", "报告", "小结", "回顾", "汇报", "方案")
MARGIN_EMS = 3  # a line ending this close to the right margin was broken by the layout
SIZE_STEP = 1.25  # a line this many times the height of the next (or less) is set in another type size
HEADER_MAX_CHARS = 30


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _top_headers(pages: list[list[PdfLine]], left: float, right: float, em: float) -> set[int]:
    """ids of the first lines of pages 2.. that are a running header the first page does not
    show (it has the title there): a short centred line that names no kind of document (西湖小学
    工会文件) or repeats the title in short (青石路小学工会工作总结 over 青石路小学工会2022年工作总结)."""
    if len(pages) < 2 or not pages[0]:
        return set()
    title = _edge_key(pages[0][0].text)
    found: dict[str, list[int]] = {}
    for page in pages[1:]:
        if not page:
            continue
        ln = page[0]
        text = ln.text.strip()
        centred = ln.x0 > left + MARGIN_EMS * em and ln.x1 < right - MARGIN_EMS * em
        if not centred or len(text) > HEADER_MAX_CHARS or text[-1] in _SENTENCE_END:
            continue
        key = _edge_key(text)
        if any(w in text for w in _GENRE) and not _subsequence(key, title):
            continue  # a second document's title (a plan pasted after a summary)
        found.setdefault(key, []).append(id(ln))
    need = 1 if len(pages) == 2 else max(2, 0.5 * (len(pages) - 1))
    return {i for ids in found.values() if len(ids) >= need for i in ids}


#: A line set this much smaller than the title and the page's text is a header, not the document's.
SMALL_SHARE = 0.9


def _above_title(page: list[PdfLine], left: float, right: float, em: float) -> set[int]:
    """ids of the short lines set at a margin above the first page's centred title: a header
    the layout puts there once (the unit's or department's name, 年度材料, a document number, an
    attachment label). A centred line above the title (a title in two lines, a 红头) stays.
    When the title is flush left as the text, a short line above it counts only if it is set in
    a smaller size than both the title and the page's text (a header in 小五 over a 四号 text)."""
    def at_margin(ln: PdfLine) -> bool:  # flush left, or flush right and short
        return ln.x0 <= left + 0.5 * em or (ln.x1 >= right - 0.5 * em and ln.x0 > left + MARGIN_EMS * em)

    def small(ln: PdfLine, title: PdfLine) -> bool:  # set smaller than the title and the text
        return 0 < ln.size < SMALL_SHARE * min(title.size, size)

    sizes = sorted(x.size for x in page if x.size > 0)
    size = sizes[len(sizes) // 2] if sizes else 0.0
    for k, ln in enumerate(page[: _EDGE + 1]):
        text = ln.text.strip()
        if any(w in text for w in _GENRE) and text[-1] not in _SENTENCE_END and (
                ln.x0 > left + MARGIN_EMS * em or any(small(x, ln) for x in page[:k])):
            return {id(x) for x in page[:k]
                    if (at_margin(x) or small(x, ln)) and len(x.text.strip()) <= HEADER_MAX_CHARS
                    and x.text.strip()[-1] not in _SENTENCE_END}
    return set()


def pdf_text(pages: list[list[PdfLine]]) -> tuple[str, int]:
    """Text of a PDF from its positioned lines: chrome removed, broken lines joined.

    Returns the text and the number of lines removed as page markers or running headers/footers.
    """
    every = [ln for page in pages for ln in page if ln.text.strip()]
    if not every:
        return "", 0
    right = sorted(ln.x1 for ln in every)[int(0.9 * (len(every) - 1))]
    chars = [(ln.x1 - ln.x0) / max(len(ln.text), 1) for ln in every if len(ln.text) >= 4]
    em = sorted(chars)[len(chars) // 2] if chars else 10.0
    left = min(ln.x0 for ln in every)
    running = _running_lines(pages)
    headers = _top_headers(pages, left, right, em) | _above_title(pages[0], left, right, em)
    # a running header that repeats the title: the title on page 1 is kept (its last showing
    # there when page 1 carries the header above the title as well)
    named = [ln for ln in pages[0][: _EDGE + 1]
             if _edge_key(ln.text) in running and any(w in ln.text for w in _GENRE)]
    title_id = id(named[-1]) if named else None
    kept: list[PdfLine] = []
    removed = 0
    for page in pages:
        n = len(page)
        for i, ln in enumerate(page):
            text = ln.text.strip()
            at_edge = i < _EDGE or i >= n - _EDGE
            if not text:
                continue
            if id(ln) == title_id:
                pass
            elif id(ln) in headers or (at_edge and _edge_key(text) in running) or (is_page_marker(text) and (
                    at_edge or not text.strip().isdigit())):
                removed += 1
                continue
            kept.append(PdfLine(text, ln.x0, ln.x1, ln.size))
    if not kept:
        return "", removed
    indented = [ln.x0 > left + 1.5 * em for ln in kept]
    uses_indent = sum(indented) >= max(2, 0.1 * len(kept))
    out: list[str] = []
    current = ""
    for i, ln in enumerate(kept):
        current = _join(current, ln.text) if current else ln.text
        # the document's first line ending in a genre word is its title, whatever its width
        title_line = i == 0 and current.rstrip("）)").endswith(_GENRE)
        if i + 1 < len(kept) and not title_line and _continues(ln, kept[i + 1], indented[i + 1], uses_indent, right, em):
            continue
        out.append(current)
        current = ""
    return "\n".join(out), removed


def _continues(ln: PdfLine, nxt: PdfLine, nxt_indented: bool, uses_indent: bool, right: float, em: float) -> bool:
    """Whether line LN was broken by the layout and NXT carries on its sentence."""
    if ln.size and nxt.size and max(ln.size, nxt.size) > SIZE_STEP * min(ln.size, nxt.size):
        return False  # the layout breaks a line, never its type size: a title over its text (…的通知 / 各基层工会：)
    if ln.x1 < right - MARGIN_EMS * em and not (nxt.text[:1] in "，。、；：！？）”」" and nxt.x0 <= ln.x0):
        return False  # a short line ends its paragraph (a heading, a date, a paragraph's end)
    number_cut = ln.text[-1].isdigit() and (nxt.text[:1].isdigit() or nxt.text[:1] in ".．%％")
    if number_cut:
        return True
    if (uses_indent and nxt_indented) or _TYPED_NUMBER.match(nxt.text):
        return False  # the next line opens a paragraph or a heading
    return uses_indent or ln.text[-1] not in _SENTENCE_END
