"""OFD files (版式文件, GB/T 33190), as county and city bodies export their documents: read by content, in
reading order, with the PDF reader's layout rules (page markers and running headers out, broken lines
joined). The files are written here by our own writer (scripts/collections/ofd_writer.py), invented text."""

from __future__ import annotations

import io
import random
import sys
import zipfile
from pathlib import Path

import pytest

from unionmine.documents.problems import problem_code
from unionmine.documents.read import read_document
from unionmine.errors import InputError

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts" / "collections"))
from ofd_writer import laid_out, ofd_bytes

LINES = [
    ("title", "石桥县水利局机关工会2022年工作总结"),
    ("p", ("2022年，局机关工会在局党组和县直机关工会工委的领导下，坚持机关党建带工建，团结带领干部职工，"
           "围绕防汛抗旱和水利工程建设中心工作，较好地完成了全年各项任务。现总结如下：")),
    ("h", "一、坚持民主管理"),
    ("p", "召开局机关职工大会2次，审议通过了干部职工年度考核办法，局务公开栏按季更新，干部职工满意率为96.4%。"),
    ("h", "二、关心干部职工生活"),
    ("p", "春节前走访慰问困难职工6人，发放慰问金7200元；汛期为一线值守的干部职工送去防暑降温物品。" * 2),
    ("end", "石桥县水利局机关工会"),
    ("end", "2022年12月26日"),
]
EXPECTED = [
    "石桥县水利局机关工会2022年工作总结",
    LINES[1][1],
    "一、坚持民主管理",
    LINES[3][1],
    "二、关心干部职工生活",
    LINES[5][1],
    "石桥县水利局机关工会",
    "2022年12月26日",
]


def _write(tmp_path: Path, data: bytes, name: str = "附件2：石桥县水利局机关工会2022年工作总结（盖章版）.ofd") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_an_ofd_file_reads_in_order_without_its_page_markers(tmp_path):
    data = ofd_bytes(laid_out(LINES, per_page=8))
    decoded = read_document(_write(tmp_path, data))
    assert decoded.encoding == "ofd"
    assert decoded.text.splitlines() == EXPECTED  # — 1 —, — 2 — out; lines broken at 28 characters joined


def test_objects_out_of_order_and_one_a_character_read_as_the_page_shows_them(tmp_path):
    pages = laid_out(LINES, per_page=8)
    rng = random.Random(3)
    for page in pages:
        rng.shuffle(page)  # an exporter writes objects in its own order, not the reading order
    decoded = read_document(_write(tmp_path, ofd_bytes(pages, per_char=True)))
    assert decoded.text.splitlines() == EXPECTED


def test_a_template_pages_running_header_is_left_out(tmp_path):
    header = [("石桥县水利局机关工会", 26.0, 16.0, 3.7)]
    decoded = read_document(_write(tmp_path, ofd_bytes(laid_out(LINES, per_page=6), template=header)))
    assert decoded.text.splitlines() == EXPECTED


def test_an_ofd_named_pdf_is_read_as_ofd_with_a_note(tmp_path):
    decoded = read_document(_write(tmp_path, ofd_bytes(laid_out(LINES)), "总结.pdf"))
    assert decoded.text.splitlines() == EXPECTED
    assert any(problem_code(w) == "misnamed_file" and "OFD" in w for w in decoded.warnings)


def _reason(path: Path) -> str:
    with pytest.raises(InputError) as info:
        read_document(path)
    return info.value.reason


def test_an_ofd_without_text_asks_for_ocr_and_a_broken_one_says_so(tmp_path):
    scanned = _write(tmp_path, ofd_bytes([[], []]), "扫描件.ofd")
    assert problem_code(_reason(scanned)) == "ofd_no_text"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("Doc_0/Document.xml", "<Document/>")
    assert problem_code(_reason(_write(tmp_path, buf.getvalue(), "坏.ofd"))) == "ofd_corrupt"
    assert problem_code(_reason(_write(tmp_path, b"not a zip at all", "坏2.ofd"))) == "ofd_corrupt"


def test_absolute_locations_and_backslashes_resolve(tmp_path):
    data = ofd_bytes(laid_out(LINES))
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for info in src.infolist():
            text = src.read(info).decode("utf-8")
            if info.filename == "OFD.xml":
                text = text.replace("<ofd:DocRoot>Doc_0/Document.xml", "<ofd:DocRoot>/Doc_0/Document.xml")
            if info.filename == "Doc_0/Document.xml":
                text = text.replace('BaseLoc="Pages/Page_0/', 'BaseLoc="/Doc_0/Pages\\Page_0/')
            z.writestr(info.filename, text)
    assert read_document(_write(tmp_path, buf.getvalue())).text.splitlines() == EXPECTED
