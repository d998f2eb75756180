"""Read an OFD file (版式文件, GB/T 33190: what Chinese government systems export, as PDF elsewhere).

An OFD file is a zip of XML parts: ``OFD.xml`` names each document's root (``DocBody/DocRoot``,
usually ``Doc_0/Document.xml``), which lists its pages (``Pages/Page@BaseLoc``) and the template
pages they draw on (``CommonData/TemplatePage``, a letterhead or a page number set once). A page's
``Content.xml`` holds layers of objects; the text is in ``TextObject`` elements (a ``Boundary``
box, a font ``Size``, an optional ``CTM``), each of one or more ``TextCode`` runs placed at
``X``/``Y`` (the baseline) inside the box, the advance of each character in ``DeltaX`` (``g 5
3.5`` repeats 3.5 five times). Units are millimetres, the origin at the page's top left.

The runs of a page are grouped into lines by their baseline and read left to right, and the
lines go through the PDF reader's layout joining (``layout.pdf_text``): page markers (— 1 —),
running headers and footers out, lines broken by the layout joined. The archive passes the
zip-bomb checks of a .docx (``docx.checked_zip``); XML is parsed with lxml without entities or
network. Element names are matched without their namespace and paths are looked up without
regard to case or slash direction: real exporters differ in both. Images, paths, annotations and
seals (``Signs/``) hold no text the reader takes: a scanned OFD says so, as a scanned PDF does.
"""

from __future__ import annotations

import itertools
import posixpath
import re
import zipfile

from ...errors import InputError
from ..limits import Limits
from .docx import checked_zip
from .layout import PdfLine, pdf_text

LINE_SHARE = 0.4  # runs whose baselines differ by less than this share of the type size share a line
GAP_EMS = 1.5  # a gap this wide (in the type size) between two runs of a line is read as a space


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element, name: str) -> list:
    return [c for c in element if _local(c.tag) == name]


def _numbers(value: str | None) -> list[float]:
    """The numbers of an attribute such as ``DeltaX="3.5 g 4 3.5 2"``, the ``g N V`` repeats expanded."""
    out: list[float] = []
    parts = (value or "").split()
    i = 0
    while i < len(parts):
        if parts[i] == "g" and i + 2 < len(parts):
            try:
                out.extend([float(parts[i + 2])] * min(int(parts[i + 1]), 10_000))
            except ValueError:
                pass
            i += 3
            continue
        try:
            out.append(float(parts[i]))
        except ValueError:
            pass
        i += 1
    return out


class _Package:
    def __init__(self, data: bytes, limits: Limits) -> None:
        import io

        infos = checked_zip(data, limits, ".ofd")
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = {self._key(i.filename): i.filename for i in infos if not i.is_dir()}
        if any(k.endswith("encryptions.xml") for k in self.names):
            raise InputError("encrypted .ofd: save or export an unprotected copy (as PDF or OFD)")

    @staticmethod
    def _key(name: str) -> str:
        return posixpath.normpath(name.replace("\\", "/").lstrip("/")).lower()

    def xml(self, name: str):
        from lxml import etree

        real = self.names.get(self._key(name))
        if real is None:
            return None
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
        try:
            return etree.fromstring(self.zip.read(real), parser)
        except (etree.XMLSyntaxError, ValueError, zipfile.BadZipFile, OSError, EOFError) as exc:
            raise InputError(f"corrupt .ofd: {name} cannot be read ({type(exc).__name__})") from None


def _resolve(base: str, loc: str) -> str:
    """A BaseLoc as the package names it: absolute (``/Doc_0/…``) or relative to BASE's folder."""
    loc = (loc or "").strip().replace("\\", "/")
    return loc.lstrip("/") if loc.startswith("/") else posixpath.join(posixpath.dirname(base), loc)


def _runs(root, into: list[tuple[str, float, float, float, float]]) -> None:
    """Every text run under ROOT as (text, left, right, baseline, size) in page millimetres."""
    for obj in root.iter():
        if _local(obj.tag) != "TextObject":
            continue
        box = _numbers(obj.get("Boundary")) + [0.0, 0.0]
        size = (_numbers(obj.get("Size")) or [3.5])[0]
        ctm = _numbers(obj.get("CTM"))
        a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        scale = abs(a * d - b * c) ** 0.5 or 1.0
        x = y = 0.0
        for code in _children(obj, "TextCode"):
            text = "".join(code.itertext())
            x = (_numbers(code.get("X")) or [x])[0]
            y = (_numbers(code.get("Y")) or [y])[0]
            if not text.strip():
                continue
            deltas = _numbers(code.get("DeltaX"))
            advance = sum(deltas[: len(text) - 1]) + (deltas[-1] if len(deltas) >= len(text) else size)
            left, right = (box[0] + a * px + c * y + e for px in (x, x + advance))
            base = box[1] + b * x + d * y + f
            into.append((text, min(left, right), max(left, right), base, size * scale))


def _lines(runs: list[tuple[str, float, float, float, float]]) -> list[PdfLine]:
    """A page's runs as lines in reading order: top to bottom by baseline, left to right."""
    lines: list[list[tuple[str, float, float, float, float]]] = []
    for run in sorted(runs, key=lambda r: (r[3], r[1])):
        if lines and abs(run[3] - lines[-1][0][3]) < LINE_SHARE * min(run[4], lines[-1][0][4]):
            lines[-1].append(run)
        else:
            lines.append([run])
    out: list[PdfLine] = []
    for line in lines:
        line.sort(key=lambda r: r[1])
        text = line[0][0]
        for before, run in itertools.pairwise(line):
            gap = run[1] - before[2]
            ascii_pair = before[0][-1:].isascii() and before[0][-1:].isalnum() and run[0][:1].isascii()
            text += (" " if gap > GAP_EMS * run[4] or (ascii_pair and gap > 0.2 * run[4]) else "") + run[0]
        out.append(PdfLine(text, line[0][1], max(r[2] for r in line), max(r[4] for r in line)))
    return out


def read_ofd(data: bytes, limits: Limits) -> tuple[str, list[str]]:
    """The text of an OFD file's pages in order (all its documents), or an InputError."""
    package = _Package(data, limits)
    root = package.xml("OFD.xml")
    if root is None:
        raise InputError("corrupt .ofd: no OFD.xml in the archive (is it really an OFD file?)")
    pages: list[list[PdfLine]] = []
    for doc_root in (e for e in root.iter() if _local(e.tag) == "DocRoot"):
        doc_name = _resolve("OFD.xml", doc_root.text or "")
        document = package.xml(doc_name)
        if document is None:
            raise InputError(f"corrupt .ofd: its document {doc_name} is missing")
        templates = {t.get("ID"): _resolve(doc_name, t.get("BaseLoc", ""))
                     for t in document.iter() if _local(t.tag) == "TemplatePage"}
        listed = (p for pages_ in document.iter() if _local(pages_.tag) == "Pages" for p in _children(pages_, "Page"))
        for page in listed:
            page_name = _resolve(doc_name, page.get("BaseLoc", ""))
            content = package.xml(page_name)
            if content is None:
                continue
            runs: list[tuple[str, float, float, float, float]] = []
            for use in _children(content, "Template"):
                template = package.xml(templates.get(use.get("TemplateID"), ""))
                if template is not None:
                    _runs(template, runs)
            _runs(content, runs)
            pages.append(_lines(runs))
    if not pages:
        raise InputError("corrupt .ofd: its documents list no page")
    text, _removed = pdf_text(pages)
    if not text.strip():
        raise InputError(".ofd has no text (scanned pages?); OCR it first")
    warnings = []
    empty = sum(1 for p in pages if not p)
    if empty:
        warnings.append(f"{empty} of {len(pages)} OFD pages have no text (scanned?)")
    return re.sub(r"[ \t]+\n", "\n", text), warnings
