"""Word files as schools write them (issue 12, items 5 and 7): Word's automatic list numbering,
tracked revisions, fields, content controls and text boxes, in .docx, .odt and .doc.

The fixtures in tests/data/formats are the team's own text, written once by
scripts/make_wordnum_fixtures.py (python-docx and hand-written XML, then LibreOffice)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from tests.builders import make_odt
from unionmine.documents.formats.docx_numbering import Numbering
from unionmine.documents.formats.numformat import chinese_count, fill_label, format_number
from unionmine.documents.read import read_document
from unionmine.run import pipeline

DATA = Path(__file__).resolve().parents[1] / "data" / "formats"
DOCX = DATA / "阳光小学工会2023年工作总结.docx"
ODT = DATA / "城北二中工会2023年工作计划.odt"
#: what Word shows for DOCX, line by line (its header and footer aside)
DOCX_LINES = [
    "阳光小学工会文件",  # a text box (DrawingML with a VML copy): read once, before its paragraph
    "阳光小学工会2023年工作总结",
    "一年来，我校工会在上级工会和学校党支部领导下，于2023年1月起围绕学校中心工作开展了以下工作（详见工会工作台账）。",
    "一、加强民主管理",  # numbered by its style, which inherits the numPr from its base style
    "（一）召开教代会",
    "三月召开第五届教代会第二次会议，审议通过《绩效工资分配方案》和《教职工考勤制度》。",
    "（二）推进校务公开",
    "学校重大事项在公开栏公示，全年公示十二次。",
    "教代会提案办理情况：",
    "①提案立案八件",
    "②已办结七件",
    "二、关心教职工生活",
    "1. 走访慰问困难教职工十二人次。",
    "2. 为退休教师举办重阳节座谈会。",
    "为全体教职工办理互助保障，参保率达到100%。",
    "续前：",
    "③送温暖资金按时发放",  # another list of the same abstractNum goes on counting
    "新学期计划（重新编号）：",
    "①走访新入职教师",  # startOverride restarts it
    "三、开展文体活动",
    "组织教职工拔河比赛和登山活动，参加人数120人。",  # moved-from text out, moved-to text in
    "1. 活动安排",
    "a) 春季健步走",
    "b) 秋季运动会",
    "2. 总结表彰",
    "c) 评选优秀会员",  # lvlRestart 0: never restarts
    "第I部分经费使用",
    "1.1 文体活动经费",  # isLgl: every level in decimal
    "四、今后的打算",
    "加强青年教师联系",  # bullets: no text
    "办好教工之家",
    "（本节完）",  # numId 0 in a numbered style: no number
    "附：活动照片两张",  # a VML-only text box
    "第2页附件：",  # a complex field: its code out, its result in
    "阳光小学工会",
    "2023年12月28日",  # a simple field's result
]
#: where LibreOffice shows the same file otherwise: it restarts a level Word never restarts and
#: ignores legal numbering (both on import), and it updates the date field when it saves
LIBREOFFICE = {"c) 评选优秀会员": "a) 评选优秀会员", "1.1 文体活动经费": "I.1 文体活动经费"}
ODT_LINES = [
    "城北二中工会2023年工作计划",
    "一、指导思想", "以服务教职工为宗旨，推进学校民主管理。",  # the deleted sentence stays out
    "二、主要工作", "（一）民主管理",
    "1.开好教代会", "（a）审议学校发展规划", "（b）审议绩效工资方案", "2.落实校务公开",
    "公开栏每月更新。",
    "3.做好提案办理",  # text:continue-numbering
    "（二）关心教职工",
    "第3项走访慰问困难教职工", "第4项组织教职工健康体检",  # a start value; the tracked insertion in
    "办好教工之家",  # a bullet
    "三、工作安排",
    "1.三月：召开教代会", "2.五月：教职工运动会",  # a new list of the same style starts again
    "城北二中工会", "2023年2月20日",
]


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


# --- number formats ---------------------------------------------------------------------------


@pytest.mark.parametrize(("n", "text"), [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (21, "二十一"),
                                         (100, "一百"), (101, "一百零一"), (110, "一百一十"),
                                         (1010, "一千零一十"), (1234, "一千二百三十四")])
def test_chinese_counting_as_libreoffice_shows_it(n, text):
    assert chinese_count(n) == text == format_number(n, "chineseCounting")
    assert format_number(n, "chineseCountingThousand") == text


@pytest.mark.parametrize(("fmt", "n", "text"), [
    ("chineseLegalSimplified", 12, "壹拾贰"), ("ideographLegalTraditional", 2, "貳"),
    ("ideographTraditional", 3, "丙"), ("ideographTraditional", 11, "11"), ("ideographZodiac", 12, "亥"),
    ("decimalEnclosedCircle", 3, "③"), ("decimalEnclosedCircle", 21, "㉑"), ("decimalEnclosedCircle", 51, "51"),
    ("decimalEnclosedParen", 2, "⑵"), ("decimalEnclosedFullstop", 2, "⒉"), ("ideographEnclosedCircle", 1, "㈠"),
    ("decimalZero", 7, "07"), ("decimalFullWidth", 12, "１２"), ("ideographDigital", 20, "二〇"),
    ("upperLetter", 27, "AA"), ("lowerLetter", 2, "b"), ("upperRoman", 14, "XIV"), ("lowerRoman", 4, "iv"),
    ("bullet", 1, ""), ("none", 3, ""), ("ordinal", 3, "3"),  # unknown: decimal
])
def test_number_formats(fmt, n, text):
    assert format_number(n, fmt) == text


def test_level_text_fills_each_level_in_its_format_or_all_decimal_when_legal():
    formats = ["chineseCounting", "decimal", "lowerRoman"]
    assert fill_label("%1、", [2, None, None], formats) == "二、"
    assert fill_label("（%1）%2.%3", [3, 1, 4], formats) == "（三）1.iv"
    assert fill_label("%1.%2.%3", [3, 1, 4], formats, legal=True) == "3.1.4"


# --- .docx ------------------------------------------------------------------------------------


def test_docx_numbering_revisions_fields_and_text_boxes_as_word_shows_them():
    doc = read_document(DOCX)
    assert doc.encoding == "docx" and doc.warnings == []
    assert lines_of(doc.original) == DOCX_LINES
    for gone in ("页眉", "页脚", "已删去的旧方案名称", "登山活动和拔河", "PAGE", "DATE"):
        assert gone not in doc.original


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_libreoffice_copies_read_alike(suffix):
    doc = read_document(DATA / f"阳光小学工会2023年工作总结（LibreOffice）{suffix}")
    expected = [LIBREOFFICE.get(line, line) for line in DOCX_LINES]
    if suffix == ".odt":  # LibreOffice writes the page field of a .odt as 0 until laid out
        expected[expected.index("第2页附件：")] = "第0页附件："
    assert lines_of(doc.original)[:-1] == expected[:-1]  # the date: when LibreOffice saved it


def test_libreoffice_doc_numbering_and_deleted_revisions():
    # Word 97 lists (LSTF/LVL/LFO) written out; text marked deleted (sprmCFRMarkDel) left out;
    # the text boxes (the .doc's textbox story) read once, after the main text
    doc = read_document(DATA / "阳光小学工会2023年工作总结（LibreOffice）.doc")
    boxes = ["阳光小学工会文件", "附：活动照片两张"]
    expected = [LIBREOFFICE.get(line, line) for line in DOCX_LINES if line not in boxes]
    lines = lines_of(doc.original)
    assert lines[:len(expected) - 1] == expected[:-1] and lines[len(expected):] == boxes
    assert "已删去的旧方案名称" not in doc.original and "登山活动和拔河" not in doc.original
    assert doc.warnings == []


def test_doc_text_boxes_read_once_after_the_main_text_and_the_headers_boxes_left_out():
    # LibreOffice's Word 97 file of a .docx with a letterhead box, a caption box of two paragraphs
    # and a box in the page header: until session 13 the boxes were dropped with a warning
    doc = read_document(DATA / "新华路小学工会2024年工作总结（文本框）（LibreOffice）.doc")
    assert lines_of(doc.original) == [
        "新华路小学工会2024年工作总结", "一、关心教职工生活", "全年走访慰问困难教职工九人次，为教职工办理互助保障。",
        "二、开展文体活动", "十月举办教职工运动会，参加人数八十人。", "新华路小学工会", "2024年12月20日",
        "图：教职工运动会现场", "摄于2024年10月", "新华路小学工会文件",  # the story's order, each box once
    ]
    assert "页眉" not in doc.original and doc.warnings == []  # the header and its box, as for a .docx


def _numbering(xml: str):
    from lxml import etree

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return etree.fromstring(f"<w:root {ns}>{xml}</w:root>")


def _para(num_id: str | None = None, ilvl: str = "0", style: str | None = None):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
        f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>' if num_id else "")
    return _numbering(f"<w:p><w:pPr>{ppr}</w:pPr></w:p>")[0]


def test_docx_level_override_suffixes_and_unknown_numbers():
    numbering = _numbering(
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="(%1)"/></w:lvl>'
        "</w:lvlOverride></w:num>"
        '<w:num w:numId="3"><w:abstractNumId w:val="9"/></w:num>')  # a missing abstractNum
    counts = Numbering(numbering, None)
    assert counts.label(_para("1")) == "3."  # w:start 3; suffix nothing
    assert counts.label(_para("2")) == "(A) "  # the override's own level; a tab after ")" is a space
    assert counts.label(_para("1")) == "4."
    assert counts.label(_para("3")) == counts.label(_para("7")) == counts.label(_para()) == ""


# --- .odt -------------------------------------------------------------------------------------


def test_odt_lists_outline_numbering_and_tracked_changes():
    doc = read_document(ODT)
    assert doc.encoding == "odt" and doc.warnings == []
    assert lines_of(doc.original) == ODT_LINES
    assert "删去的一句话" not in doc.original


def test_odt_saved_by_libreoffice_as_docx_and_doc():
    assert lines_of(read_document(DATA / "城北二中工会2023年工作计划（LibreOffice）.docx").original) == ODT_LINES
    # LibreOffice's .doc joins the last list to the first (LibreOffice itself shows 4. and 5.)
    doc_lines = [{"1.三月：召开教代会": "4.三月：召开教代会", "2.五月：教职工运动会": "5.五月：教职工运动会"}
                 .get(line, line) for line in ODT_LINES]
    assert lines_of(read_document(DATA / "城北二中工会2023年工作计划（LibreOffice）.doc").original) == doc_lines


def test_odt_text_box_read_once_before_its_paragraph(tmp_path):

    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"')
    content = (f"<office:document-content {ns}><office:body><office:text>"
               "<text:p><draw:custom-shape><text:p>城北二中工会文件</text:p></draw:custom-shape>"
               "城北二中工会2023年工作计划</text:p>"
               "<text:p>开展读书活动<office:annotation><text:p>批注：再核实</text:p></office:annotation>三次。</text:p>"
               "</office:text></office:body></office:document-content>")
    doc = read_document(make_odt(tmp_path / "box.odt", content))
    assert lines_of(doc.original) == ["城北二中工会文件", "城北二中工会2023年工作计划", "开展读书活动三次。"]


# --- through the pipeline ----------------------------------------------------------------------


def _typed_docx(path: Path, lines: list[str]) -> Path:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(path)
    return path


def _ingest(folder: Path, out: Path) -> tuple[pd.Series, pd.DataFrame]:
    pipeline.ingest([folder], out, with_sections=True, progress=False)
    doc = pd.read_parquet(out / "documents.parquet").iloc[0]
    sections = pd.read_parquet(out / "sections.parquet")
    sections = sections[sections["doc_id"] == doc["doc_id"]]
    return doc, sections[["level", "heading", "text", "labels"]].reset_index(drop=True)


def test_auto_numbered_summary_gives_the_sections_and_themes_of_the_same_text_typed(tmp_path):
    (tmp_path / "auto").mkdir()
    (tmp_path / "typed").mkdir()
    shutil.copy(DOCX, tmp_path / "auto" / DOCX.name)
    _typed_docx(tmp_path / "typed" / DOCX.name, DOCX_LINES)
    auto_doc, auto = _ingest(tmp_path / "auto", tmp_path / "out_auto")
    typed_doc, typed = _ingest(tmp_path / "typed", tmp_path / "out_typed")
    for column in ("title", "org", "year", "kind", "on_topic"):
        assert auto_doc[column] == typed_doc[column]
    pd.testing.assert_frame_equal(auto.astype(str), typed.astype(str))
    top = auto[auto["level"] == 1]["heading"].tolist()
    assert top == ["一、加强民主管理", "二、关心教职工生活", "三、开展文体活动", "四、今后的打算"]
    assert any(len(labels) for labels in auto["labels"])


def test_docx_style_numbering_default_style_and_levels_linked_to_styles():
    # a multilevel heading list: the styles name only the list, each level names its style;
    # a list on the default paragraph style numbers a paragraph that names no style
    numbering = _numbering(
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/>'
        '<w:pStyle w:val="1"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1">'
        '<w:numFmt w:val="chineseCounting"/><w:pStyle w:val="2"/><w:lvlText w:val="（%2）"/></w:lvl>'
        '</w:abstractNum><w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>')
    styles = _numbering(
        '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:pPr><w:numPr><w:numId w:val="2"/>'
        '</w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="1"><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/>'
        '</w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="2"><w:basedOn w:val="1"/></w:style>')
    counts = Numbering(numbering, styles)
    labels = [counts.label(_para(style=s)) for s in ("1", "2", "2", "1", "2")]
    assert labels == ["一、", "（一）", "（二）", "二、", "（一）"]
    assert counts.label(_para()) == "1. "
    assert counts.label(_para("0", style="1")) == ""  # numId 0 switches the style's numbering off
