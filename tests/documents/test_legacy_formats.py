"""The files a district union receives as they come: Word 97-2003 .doc, WPS .wps, RTF (also GBK
escapes with \\ansicpg936), ODT and single-file web pages (.mht), read by content, not suffix.

The fixtures in tests/data/formats are the team's own text, written once by
scripts/make_format_fixtures.py (LibreOffice; the tests do not need it)."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pandas as pd
import pytest

from tests.builders import make_docx, make_odt
from unionmine.documents.formats.worddoc import _document_lines, _strip_fields, pieces_of
from unionmine.documents.problems import problem_code
from unionmine.documents.read import read_document
from unionmine.errors import InputError
from unionmine.run import pipeline

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"
DOC = DATA / "城南小学工会2022年工作总结.doc"
#: the lines every reader of the Word family gives for the same document, in order
WORD_LINES = [
    "城南小学工会2022年工作总结",
    "# 一年来工作回顾",
    "2022年，城南小学工会在上级工会和学校党支部的领导下，围绕学校中心工作，认真履行维护、建设、参与、教育四项职能，较好地完成了全年各项任务。",
    "## 坚持民主管理",
    "本学年召开教职工代表大会两次，审议通过了《绩效工资分配方案》，校务公开栏按月更新，教职工满意率达到96.5%。",
    "## 关心教职工生活",
    "春节前走访慰问困难教职工7人，发放慰问金8400元；为42名教职工办理了互助保障。",
    "项目\t次数\t参加人数",
    "羽毛球比赛\t2\t36",
    "读书沙龙\t4\t58",
    "# 存在的不足",
    "工会活动形式还不够丰富，青年教师参与度有待提高。Word 97 test: café résumé。",
    "城南小学工会",
    "2022年12月30日",
]


def reason_of(path: Path) -> str:
    with pytest.raises(InputError) as info:
        read_document(path)
    assert info.value.source == str(path) and info.value.stage == "read"
    return info.value.reason


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


# --- Word 97-2003 (.doc, .wps) -----------------------------------------------------------------


@pytest.mark.parametrize("name", [DOC.name, "城南小学工会2022年工作总结.wps"])
def test_word97_text_headings_table_in_order_headers_out(name):
    doc = read_document(DATA / name)
    assert doc.encoding == "doc" and doc.warnings == []
    assert lines_of(doc.original) == WORD_LINES
    assert "页眉" not in doc.original and "页脚" not in doc.original


def test_odt_reads_the_same_lines():
    doc = read_document(DATA / "城南小学工会2022年工作总结.odt")
    assert doc.encoding == "odt" and doc.warnings == []
    assert lines_of(doc.original) == WORD_LINES


def test_rtf_from_libreoffice_reads_the_same_lines_and_heading_styles():
    doc = read_document(DATA / "城南小学工会2022年工作总结.rtf")
    assert doc.encoding == "rtf"
    assert lines_of(doc.original) == WORD_LINES


def test_rtf_heading_style_named_in_gbk_and_outline_level(tmp_path):
    # WPS names its heading styles 标题 1 (GBK escapes under \ansicpg936); \outlinelevel1 is a
    # level given on the paragraph itself; \sb (space before) is not a style number.
    path = tmp_path / "h.rtf"
    path.write_bytes(
        b"{\\rtf1\\ansi\\ansicpg936{\\stylesheet{\\s0 Normal;}{\\s1\\sb240 \\'b1\\'ea\\'cc\\'e2 1;}}\n"
        + b"\\pard\\plain \\s0 " + "西岭小学工会工作总结".encode("gbk") + b"\\par\n"
        + b"\\pard\\plain \\s1\\sb240 " + "关心职工".encode("gbk") + b"\\par\n"
        + b"\\pard\\plain \\s0 " + "慰问职工五人。".encode("gbk") + b"\\par\n"
        + b"\\pard\\plain \\outlinelevel1 " + "走访慰问".encode("gbk") + b"\\par\n"
        + b"\\pard\\plain \\s1 " + "文体活动".encode("gbk") + b"\\par}")
    assert lines_of(read_document(path).original) == [
        "西岭小学工会工作总结", "# 关心职工", "慰问职工五人。", "## 走访慰问", "# 文体活动"]


def _fib(ccp_text: int, fc_clx: int, lcb_clx: int, flags: int = 0x0200) -> bytearray:
    word = bytearray(154 + 8 * 34)
    struct.pack_into("<HH", word, 0, 0xA5EC, 0xC1)
    struct.pack_into("<H", word, 10, flags)
    struct.pack_into("<i", word, 76, ccp_text)
    struct.pack_into("<H", word, 152, 34)
    struct.pack_into("<II", word, 154 + 8 * 33, fc_clx, lcb_clx)
    return word


def test_word97_compressed_and_utf16_pieces_in_one_document():
    # Word's fast saves leave a document in pieces; pieces of Latin text are stored one byte a
    # character (cp1252), Chinese ones as UTF-16. A Prc (formatting) entry precedes the pieces.
    latin = b"2022 Annual Report \x93union\x94\r"
    chinese = "城南小学工会\x13 HYPERLINK \"x\" \x14工作总结\x15\r".encode("utf-16-le")
    word = _fib(0, 0, 0)
    fc_latin = len(word)
    word += latin
    fc_chinese = len(word)
    word += chinese
    n_latin, n_chinese = len(latin), len(chinese) // 2
    cps = [0, n_latin, n_latin + n_chinese]
    plc = struct.pack("<3i", *cps)
    plc += struct.pack("<HIH", 0, (fc_latin * 2) | 0x40000000, 0)  # compressed: fc doubled
    plc += struct.pack("<HIH", 0, fc_chinese, 0)
    clx = b"\x01" + struct.pack("<H", 3) + b"\0\0\0" + b"\x02" + struct.pack("<I", len(plc)) + plc
    table = b"\0" * 16 + clx
    struct.pack_into("<i", word, 76, cps[-1])
    struct.pack_into("<II", word, 154 + 8 * 33, 16, len(clx))
    assert [p.compressed for p in pieces_of(clx)] == [True, False]
    lines, warnings = _document_lines(bytes(word), table, "1Table")
    assert [line.text for line in lines] == ["2022 Annual Report \u201cunion\u201d", "城南小学工会工作总结"]
    assert warnings == []


def test_field_codes_out_results_kept_nested():
    assert _strip_fields("见\x13 REF a \x13 PAGE \x14 9\x15\x14附件2\x15。") == "见附件2。"


def test_word97_cut_short_in_the_fib_and_piece_table():
    with pytest.raises(InputError, match="^corrupt Word 97-2003 document"):
        _document_lines(bytes(_fib(100, 0, 0))[:200], b"x", "1Table")
    word = _fib(10, 0, 9)
    with pytest.raises(InputError, match="^corrupt Word 97-2003 document: piece table cut short"):
        _document_lines(bytes(word), b"\x02" + struct.pack("<I", 40) + b"\0" * 4, "1Table")


def test_truncated_and_encrypted_doc_are_clear_errors():
    assert reason_of(DATA / "损坏的总结.doc").startswith("corrupt Word 97-2003 document")
    reason = reason_of(DATA / "加密的总结.doc")
    assert reason.startswith("password-protected Word document")
    assert problem_code(reason) == "password_protected"
    assert problem_code(reason_of(DATA / "损坏的总结.doc")) == "doc_corrupt"


def test_word6_is_refused_with_its_reason(tmp_path):
    import olefile

    path = tmp_path / "旧文件.doc"
    shutil.copy(DOC, path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        word = bytearray(ole.openstream("WordDocument").read())
        struct.pack_into("<H", word, 2, 0x65)  # nFib 101: Word 6.0
        ole.write_stream("WordDocument", bytes(word))
    reason = reason_of(path)
    assert reason.startswith("Word 6.0/95 document") and problem_code(reason) == "doc_too_old"


def test_doc_by_content_not_suffix(tmp_path):
    # A .doc that is really a .docx, an RTF or a web page; a .txt that is an RTF; a .docx that is
    # a Word 97 file: each read as what it is, with a warning naming both.
    docx_as_doc = tmp_path / "a.doc"
    docx_as_doc.write_bytes(make_docx(tmp_path / "x.docx").read_bytes())
    doc = read_document(docx_as_doc)
    assert doc.encoding == "docx" and "学校工会工作总结" in doc.original
    assert doc.warnings == ["file named .doc is really a DOCX; read as DOCX"]
    for name, kind in [("b.doc", "RTF"), ("c.txt", "RTF"), ("d.wps", "RTF")]:
        path = tmp_path / name
        shutil.copy(DATA / "河东中学工会2023年工作计划.rtf", path)
        doc = read_document(path)
        assert doc.encoding == "rtf" and doc.original.startswith("河东中学工会2023年工作计划")
        assert problem_code(doc.warnings[0]) == "misnamed_file" and kind in doc.warnings[0]
    web = tmp_path / "e.doc"
    web.write_text("<html><body><h1>西岭小学工会工作总结</h1><p>一年来，我校工会做了许多工作。</p></body></html>",
                   encoding="utf-8")
    doc = read_document(web)
    assert doc.encoding.startswith("html") and "西岭小学" in doc.original
    ole_as_docx = tmp_path / "f.docx"
    shutil.copy(DOC, ole_as_docx)
    doc = read_document(ole_as_docx)
    assert doc.encoding == "doc" and "really a DOC;" in doc.warnings[0]
    junk = tmp_path / "g.wps"
    junk.write_bytes("WPS 4.0 文本".encode("gbk") + b"\x00\x01\x02" * 50)
    reason = reason_of(junk)
    assert reason.startswith("not a Word document") and problem_code(reason) == "doc_not_word"


# --- RTF --------------------------------------------------------------------------------------


def test_rtf_with_ansicpg936_gbk_escapes():
    path = DATA / "河东中学工会2023年工作计划.rtf"
    assert b"\\ansicpg936" in path.read_bytes() and b"\\'ba\\'d3" in path.read_bytes()  # 河
    doc = read_document(path)
    assert lines_of(doc.original) == [
        "河东中学工会2023年工作计划", "一、指导思想", "以服务教职工为宗旨，推进学校民主管理，建设和谐校园。",
        "二、主要工作", "（一）开好第六届教代会第三次会议，落实校务公开。",
        "（二）开展“书香校园”读书活动和教职工趣味运动会。", "河东中学工会", "2023年2月20日",
    ]


def test_rtf_raw_gbk_bytes_and_unicode_escapes(tmp_path):
    # raw 8-bit GBK left unescaped in a \ansicpg936 file, and \uN with its \uc1 fallback
    path = tmp_path / "p.rtf"
    path.write_bytes(b"{\\rtf1\\ansi\\ansicpg936 " + "工会".encode("gbk")
                     + b"\\uc1\\u24037?\\u20316?\\par}")
    assert read_document(path).original.strip() == "工会工作"


def test_rtf_errors(tmp_path):
    bad = tmp_path / "bad.rtf"
    bad.write_bytes(b"not an rtf at all")
    assert problem_code(reason_of(bad)) == "rtf_corrupt"
    empty = tmp_path / "empty.rtf"
    empty.write_bytes(b"{\\rtf1\\ansi {\\fonttbl{\\f0 Arial;}}\\par}")
    assert problem_code(reason_of(empty)) == "rtf_no_text"


# --- ODT --------------------------------------------------------------------------------------


def test_odt_errors(tmp_path):
    data = (DATA / "城南小学工会2022年工作总结.odt").read_bytes()
    cut = tmp_path / "cut.odt"
    cut.write_bytes(data[: len(data) // 2])
    assert problem_code(reason_of(cut)) == "odt_corrupt"

    sheet = make_odt(tmp_path / "sheet.odt", "<x/>", mimetype="application/vnd.oasis.opendocument.spreadsheet")
    assert problem_code(reason_of(sheet)) == "odt_not_text"
    locked = make_odt(tmp_path / "locked.odt", b"\x8a\x91garbled", manifest="<manifest:encryption-data/>")
    assert reason_of(locked).startswith("password-protected OpenDocument file")


def test_odt_footnotes_dropped_with_a_warning_text_boxes_read(tmp_path):
    # (until session 12 text boxes were dropped too; they are read now, as in a .docx)

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"')
    content = (f'<office:document-content {ns}><office:body><office:text>'
               '<text:h text:outline-level="1">一、关心职工</text:h>'
               '<text:p>慰问困难职工<text:note><text:note-body><text:p>注：含退休职工</text:p>'
               '</text:note-body></text:note>5人。<draw:frame><draw:text-box><text:p>图片说明</text:p>'
               '</draw:text-box></draw:frame></text:p>'
               '<text:list><text:list-item><text:p>开展<text:s text:c="2"/>读书活动</text:p></text:list-item></text:list>'
               '</office:text></office:body></office:document-content>')
    doc = read_document(make_odt(tmp_path / "n.odt", content))
    assert lines_of(doc.original) == ["一、关心职工", "图片说明", "慰问困难职工5人。", "开展 读书活动"]
    assert doc.warnings == ["OpenDocument footnotes left out (1)"]
    assert {problem_code(w) for w in doc.warnings} == {"odt_parts_dropped"}


# --- MHT --------------------------------------------------------------------------------------


def test_mht_gb2312_quoted_printable():
    path = DATA / "东湖幼儿园工会2021年工作总结.mht"
    assert b"charset=\"gb2312\"" in path.read_bytes() and b"quoted-printable" in path.read_bytes()
    doc = read_document(path)
    assert doc.encoding == "mht:gb18030" and doc.title_hint == "东湖幼儿园工会2021年工作总结"
    assert "一、加强民主管理" in doc.original and "召开教代会一次" in doc.original
    assert "首页工作总结工作计划" in doc.chrome_keys  # the page's link bar, marked as chrome


def test_mht_utf8_base64():
    doc = read_document(DATA / "南岭小学工会2024年工作要点.mht")
    assert doc.encoding == "mht:utf-8" and doc.title_hint == "南岭小学工会2024年工作要点"
    assert "继续实施“暖心工程”" in doc.original


def test_mht_errors_and_a_bare_page_named_mht(tmp_path):
    bad = tmp_path / "bad.mht"
    bad.write_text("只是一段文字", encoding="utf-8")
    assert problem_code(reason_of(bad)) == "mht_corrupt"
    images = tmp_path / "img.mht"
    images.write_bytes(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
                       b"--b\r\nContent-Type: image/gif\r\n\r\nGIF89a\r\n--b--\r\n")
    assert problem_code(reason_of(images)) == "mht_no_html"
    bare = tmp_path / "bare.mhtml"
    bare.write_text("<html><body><p>西岭小学工会一年来做了许多工作，教职工满意。</p></body></html>", encoding="utf-8")
    assert "西岭小学工会" in read_document(bare).original


# --- a run on a district folder mixing them ----------------------------------------------------


def test_run_on_a_folder_mixing_legacy_formats(tmp_path):
    root = tmp_path / "区教育工会收文"
    for folder, name in [("2022", DOC.name), ("2022", "城南小学工会2022年工作总结.wps"),
                         ("2023", "河东中学工会2023年工作计划.rtf"),
                         ("2021", "东湖幼儿园工会2021年工作总结.mht"),
                         ("2024", "南岭小学工会2024年工作要点.mht"), ("2022", "损坏的总结.doc")]:
        (root / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(DATA / name, root / folder / name)
    odt_folder = root / "2022" / "城西小学"
    odt_folder.mkdir()
    shutil.copy(DATA / "城南小学工会2022年工作总结.odt", odt_folder / "工会工作总结.odt")
    out = tmp_path / "out"
    pipeline.ingest([root], out, with_sections=True, progress=False)
    docs = pd.read_parquet(out / "documents.parquet").set_index("source")
    doc = docs.loc[f"2022/{DOC.name}"]
    assert doc["title"] == "城南小学工会2022年工作总结" and doc["org"] == "城南小学"
    assert doc["year"] == 2022 and doc["kind"] == "summary" and doc["encoding"] == "doc"
    rtf = docs.loc["2023/河东中学工会2023年工作计划.rtf"]
    assert rtf["org"] == "河东中学" and rtf["year"] == 2023 and rtf["kind"] == "plan"
    mht = docs.loc["2021/东湖幼儿园工会2021年工作总结.mht"]
    assert mht["title"] == "东湖幼儿园工会2021年工作总结" and mht["year"] == 2021 and mht["kind"] == "summary"
    assert docs.loc["2024/南岭小学工会2024年工作要点.mht", "kind"] == "plan"
    assert docs.loc["2022/城西小学/工会工作总结.odt", "year"] == 2022
    sections = pd.read_parquet(out / "sections.parquet")
    doc_sections = sections[sections["doc_id"] == doc["doc_id"]]
    headings = {h.lstrip("# ") for h in doc_sections["heading"]}  # the Word levels, as for .docx
    assert {"一年来工作回顾", "坚持民主管理", "关心教职工生活", "存在的不足"} <= headings
    assert set(doc_sections["level"]) == {1, 2}
    problems = pd.read_csv(out / "problems.csv", encoding="utf-8-sig").set_index("source")
    assert problems.loc["2022/损坏的总结.doc", "code"] == "doc_corrupt"


def test_word97_footnote_text_box_and_hyperlink_field():
    # LibreOffice's .doc of a page with a footnote, a text box, a hyperlink and a list: the
    # footnote is left out with a warning, the text box read after the main text (session 13),
    # the link's shown text kept.
    doc = read_document(DATA / "西山小学工会2023年工作总结.doc")
    assert lines_of(doc.original) == [
        "西山小学工会2023年工作总结", "一、关心教职工", "慰问困难教职工5人，详见区工会网站。",
        "开展读书活动三次。", "第一项：教代会", "第二项：运动会", "西山小学工会", "文本框里的说明文字",
    ]
    assert "含退休" not in doc.original
    assert [problem_code(w) for w in doc.warnings] == ["doc_parts_dropped"] and "footnotes" in doc.warnings[0]


def test_every_new_reason_left_out_says_what_to_do_in_chinese():
    from unionmine.documents.problems import reason_zh

    reasons = [
        "password-protected Word document: it is encrypted and needs a password; save an unprotected copy",
        "corrupt Word 97-2003 document: piece table cut short",
        "not a Word document: the OLE file is an Excel workbook",
        "Word 6.0/95 document (older than Word 97) is not supported; open it …",
        "Word 97-2003 document has no text", "corrupt RTF: no {\\rtf header", "RTF document has no text",
        "corrupt .odt: not a zip archive (x)", "not a text document: the .odt archive has no content.xml",
        ".odt has no text", "corrupt .mht: no MIME header", "saved web page (.mht) has no HTML or text part",
    ]
    codes = [problem_code(r) for r in reasons]
    assert codes == ["password_protected", "doc_corrupt", "doc_not_word", "doc_too_old", "doc_no_text",
                     "rtf_corrupt", "rtf_no_text", "odt_corrupt", "odt_not_text", "odt_no_text",
                     "mht_corrupt", "mht_no_html"]
    for reason in reasons:
        assert "请" in reason_zh(reason), reason
    assert problem_code(".odt expands to 300.0 MB (ratio 900:1): refused as a possible zip bomb") == "odt_bomb"
