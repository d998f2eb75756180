"""Shared builders of the seventh held-out pair: key articles and rows, HTML pages whose chrome
blocks are recorded as they are written, Word and PDF files."""

from __future__ import annotations

import datetime
import html
from pathlib import Path


def art(title, org, org_type, year, kind, body, *, org_also=None, on_topic=True) -> dict:
    """One key article (KEYFORMAT), first/last taken from BODY."""
    a = {"title": title, "org": org}
    if org_also:
        a["org_also"] = list(org_also)
    a.update(org_type=org_type, year=year, kind=kind, on_topic=on_topic, first=body[0], last=body[-1],
             body=list(body))
    return a


def row(source: str, style: str, articles: list, chrome: list) -> dict:
    return {"source": source, "style": style, "articles": articles, "chrome": list(chrome)}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


class Page:
    """An HTML page: chrome blocks are kept in .chrome as their visible text."""

    def __init__(self, head_title: str, charset: str = "utf-8"):
        self.head_title, self.charset = head_title, charset
        self.out: list[str] = []
        self.chrome: list[str] = []

    def raw(self, markup: str) -> None:
        self.out.append(markup)

    def c(self, text: str, tag: str = "div", cls: str = "bar") -> None:
        """A chrome block of plain text."""
        self.out.append(f'<{tag} class="{cls}">{esc(text)}</{tag}>')
        self.chrome.append(text)

    def links(self, items, sep: str = " | ", tag: str = "div", cls: str = "nav") -> None:
        """A chrome block of links joined by SEP (visible text: the items joined by SEP)."""
        inner = esc(sep).join(f'<a href="#">{esc(i)}</a>' for i in items)
        self.out.append(f'<{tag} class="{cls}">{inner}</{tag}>')
        self.chrome.append(sep.join(items))

    def ul(self, items, cls: str = "list") -> None:
        """A chrome list, one chrome line per item."""
        self.out.append(f'<ul class="{cls}">' + "".join(f'<li><a href="#">{esc(i)}</a></li>' for i in items)
                        + "</ul>")
        self.chrome.extend(items)

    def t(self, text: str, tag: str = "h1") -> None:
        """Document text (a title or a body line)."""
        self.out.append(f"<{tag}>{esc(text)}</{tag}>")

    def ps(self, lines, tag: str = "p") -> None:
        for line in lines:
            self.t(line, tag)

    def render(self) -> bytes:
        meta = f'<meta charset="{self.charset}">'
        doc = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n" + meta + "\n<title>" + esc(self.head_title)
               + "</title>\n</head>\n<body>\n" + "\n".join(self.out) + "\n</body>\n</html>\n")
        return doc.encode(self.charset)


def write(folder: Path, source: str, data: bytes) -> None:
    path = folder / source
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def utf16(text: str) -> bytes:
    return b"\xff\xfe" + text.encode("utf-16-le")


def bom(text: str) -> bytes:
    return b"\xef\xbb\xbf" + text.encode("utf-8")


FIXED = datetime.datetime(2026, 11, 30, 9, 0, 0)


def docx_file(path: Path, blocks: list, header: str = "", footer: str = "") -> None:
    """Write a Word file. BLOCKS: ('style', text) paragraphs — style 'Title', 'Heading 1', 'Heading 2',
    'Normal', 'bold_center' — ('table', rows) and ('break', None) for a page break."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "云河"
    for kind, value in blocks:
        if kind == "table":
            t = d.add_table(rows=len(value), cols=len(value[0]))
            t.style = "Table Grid"
            for r, cells in enumerate(value):
                for k, cell in enumerate(cells):
                    t.cell(r, k).text = cell
        elif kind == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "bold_center":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(value).bold = True
        else:
            d.add_paragraph(value, style=kind)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(str(path))


def wrap(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)] or [""]


def pdf_file(path: Path, pages: list[list[str]], size: float = 11) -> None:
    """Write a PDF whose pages hold the given physical lines (already broken as on the page)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), invariant=1)
    for lines in pages:
        y = 790
        for line in lines:
            c.setFont("STSong-Light", size)
            c.drawString(60, y, line)
            y -= size * 1.9
        c.showPage()
    c.save()


def lay_out(paragraphs: list[str], width: int, per_page: int, header: str | None, marker,
            breaks: dict | None = None) -> tuple[list[list[str]], list[str]]:
    """Break PARAGRAPHS into physical lines of WIDTH characters (BREAKS: paragraph text -> list of
    its own physical lines), fill pages of PER_PAGE lines under HEADER with MARKER(n) at the foot;
    returns the pages and the chrome lines (header and marker once per page)."""
    breaks = breaks or {}
    physical = []
    for p in paragraphs:
        physical.extend(breaks.get(p) or wrap(p, width))
    pages, chrome = [], []
    for n, start in enumerate(range(0, len(physical), per_page), 1):
        page = []
        if header:
            page.append(header)
            chrome.append(header)
        page.extend(physical[start:start + per_page])
        mark = marker(n)
        if mark:
            page.append(mark)
            chrome.append(mark)
        pages.append(page)
    return pages, chrome
