"""Write small OFD files (GB/T 33190) from positioned lines: the fixtures of the OFD reader and USER11's inbox.

Our own writer of the format's parts, as exporters lay them out: ``OFD.xml`` -> ``Doc_0/Document.xml``
-> ``Doc_0/Pages/Page_N/Content.xml``, an optional template page every page draws on, each line one
``TextObject`` (or, ``per_char``, each character its own, as some exporters write them) with its
``TextCode`` at the baseline and the characters' advances in ``DeltaX``. Millimetres, origin top left.
No third-party text: the callers give their own invented lines.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

NS = "http://www.ofdspec.org/2016"
FIXED = (2024, 1, 1, 0, 0, 0)
#: (text, left, baseline, size) in millimetres
Run = tuple[str, float, float, float]


def _advance(ch: str, size: float) -> float:
    return size * (0.5 if ch.isascii() else 1.0)


def _delta(text: str, size: float) -> str:
    steps = [_advance(ch, size) for ch in text[:-1]]
    if steps and all(s == steps[0] for s in steps):
        return f"g {len(steps)} {steps[0]:g}"
    return " ".join(f"{s:g}" for s in steps)


def _objects(runs: list[Run], next_id: list[int], per_char: bool) -> str:
    out = []
    for text, x, y, size in runs:
        pieces = [(text, x)]
        if per_char:
            pieces, at = [], x
            for ch in text:
                pieces.append((ch, at))
                at += _advance(ch, size)
        for piece, left in pieces:
            width = sum(_advance(ch, size) for ch in piece)
            next_id[0] += 1
            out.append(
                f'<ofd:TextObject ID="{next_id[0]}" Boundary="{left:g} {y - size:g} {width:g} {size * 1.2:g}" '
                f'Font="1" Size="{size:g}"><ofd:FillColor Value="0 0 0"/>'
                f'<ofd:TextCode X="0" Y="{size:g}"'
                + (f' DeltaX="{_delta(piece, size)}"' if len(piece) > 1 else "")
                + f">{escape(piece)}</ofd:TextCode></ofd:TextObject>")
    return "".join(out)


def _content(runs: list[Run], next_id: list[int], per_char: bool, template: bool) -> str:
    next_id[0] += 1
    use = '<ofd:Template TemplateID="2" ZOrder="Background"/>' if template else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}">{use}'
            '<ofd:Area><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:Area>'
            f'<ofd:Content><ofd:Layer ID="{next_id[0]}">{_objects(runs, next_id, per_char)}</ofd:Layer>'
            '</ofd:Content></ofd:Page>')


def ofd_bytes(pages: list[list[Run]], *, template: list[Run] | None = None, per_char: bool = False,
              title: str = "") -> bytes:
    """An OFD file of PAGES (each a list of runs), every page drawing on TEMPLATE's runs if given."""
    next_id = [10]
    parts: dict[str, str] = {}
    if template:
        parts["Doc_0/Tpls/Tpl_0/Content.xml"] = _content(template, next_id, per_char, False)
    page_refs = []
    for i, page in enumerate(pages):
        parts[f"Doc_0/Pages/Page_{i}/Content.xml"] = _content(page, next_id, per_char, bool(template))
        page_refs.append(f'<ofd:Page ID="{100 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>')
    tpl = '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/>' if template else ""
    parts["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
        f'<ofd:MaxUnitID>{next_id[0] + 200}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297'
        f'</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>{tpl}</ofd:CommonData>'
        f'<ofd:Pages>{"".join(page_refs)}</ofd:Pages></ofd:Document>')
    parts["Doc_0/PublicRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="1" FontName="仿宋_GB2312" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>')
    ofd = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" Version="1.1" DocType="OFD">'
           f'<ofd:DocBody><ofd:DocInfo><ofd:DocID>00000000000000000000000000000001</ofd:DocID>'
           f'<ofd:Title>{escape(title)}</ofd:Title><ofd:Creator>unionmine fixture</ofd:Creator></ofd:DocInfo>'
           '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in [("OFD.xml", ofd), *parts.items()]:
            z.writestr(zipfile.ZipInfo(name, date_time=FIXED), text.encode("utf-8"))
    return buf.getvalue()


def laid_out(lines: list[tuple[str, str]], *, size: float = 5.6, title_size: float = 7.8, width: int = 28,
             per_page: int = 22, marker: str | None = "— {n} —") -> list[list[Run]]:
    """Lines (role, text) set on A4 pages as a government document is: a centred title (role ``title``),
    paragraphs (``p``) indented two characters and broken at a width of WIDTH characters, headings (``h``) flush
    with the indent, signature lines (``end``) flush right; a page marker centred at the foot."""
    left, right = 26.0, 26.0 + width * size
    rows: list[tuple[str, str]] = []
    for role, text in lines:
        if role == "p":
            line, used = "", 0.0
            for ch in "　　" + text:  # broken at the measure's width, as a layout does (digits are half wide)
                if used + _advance(ch, 1.0) > width:
                    rows.append(("p", line))
                    line, used = "", 0.0
                line, used = line + ch, used + _advance(ch, 1.0)
            rows.append(("p", line))
        else:
            rows.append((role, text))
    pages: list[list[Run]] = []
    for n, start in enumerate(range(0, len(rows), per_page), 1):
        page: list[Run] = []
        y = 37.0
        for role, text in rows[start: start + per_page]:
            s = title_size if role == "title" else size
            w = sum(_advance(ch, s) for ch in text)
            x = {"title": (210 - w) / 2, "end": right - w, "h": left + 2 * size}.get(role, left)
            y += s * 1.6 if role == "title" else size * 1.75
            page.append((text, x, y, s))
            if role == "title":
                y += size
        if marker:
            mark = marker.format(n=n)
            page.append((mark, (210 - sum(_advance(ch, 5.0) for ch in mark)) / 2, 280.0, 5.0))
        pages.append(page)
    return pages
