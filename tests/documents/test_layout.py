"""Word heading styles, tables, headers/footers; PDF page markers, running headers, broken lines
(issue 12 item 7), on documents written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import cjk_font
from unionmine.documents.formats.layout import (
    Line,
    PdfLine,
    is_page_marker,
    mark_headings,
    pdf_text,
)
from unionmine.documents.read import read_document
from unionmine.sections.parse import parse_sections

# ---------------------------------------------------------------- Word


def _styled_docx(path: Path) -> Path:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "石桥二中工会文件（页眉）"
    document.sections[0].footer.paragraphs[0].text = "第 1 页（页脚）"
    document.add_heading("石桥二中工会2022年工作总结", level=1)
    document.add_paragraph("一年来，学校工会在校党支部的领导下开展工作。")
    document.add_heading("加强民主管理", level=2)
    document.add_paragraph("召开三届二次教代会，审议学校发展规划。")
    document.add_heading("校务公开", level=3)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "月份", "公开事项"
    table.cell(1, 0).text, table.cell(1, 1).text = "三月", "绩效方案"
    document.add_heading("二、关心职工生活", level=2)  # typed number: kept as typed
    # a custom style with an outline level (how 标题 styles of Chinese templates are often built)
    style = document.styles.add_style("章节小标题", WD_STYLE_TYPE.PARAGRAPH)
    ppr = style.element.get_or_add_pPr()
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "1")
    ppr.append(level)
    document.add_paragraph("丰富文体活动", style="章节小标题")
    document.add_paragraph("举办教职工气排球赛，参赛45人。")
    document.save(path)
    return path


def test_word_heading_styles_become_sections(tmp_path):
    text = read_document(_styled_docx(tmp_path / "a.docx")).text
    lines = text.split("\n")
    assert lines[0] == "石桥二中工会2022年工作总结"  # the title: one top heading before the body
    assert "# 加强民主管理" in lines and "## 校务公开" in lines
    assert "二、关心职工生活" in lines and "# 丰富文体活动" in lines
    assert lines.index("## 校务公开") < lines.index("月份\t公开事项") < lines.index("三月\t绩效方案")
    assert "页眉" not in text and "页脚" not in text
    rows = parse_sections("d", text)
    headings = [(r["level"], r["heading"]) for r in rows if r["level"]]
    assert headings == [(1, "# 加强民主管理"), (2, "## 校务公开"), (1, "二、关心职工生活"), (1, "# 丰富文体活动")]


def test_mark_headings_ranks_the_levels_in_use():
    lines = [Line("工会工作计划", 0), Line("正文。"), Line("目标", 1), Line("措施", 2), Line("（一）分工", 2)]
    assert mark_headings(lines) == ["工会工作计划", "正文。", "# 目标", "## 措施", "（一）分工"]
    # every heading of the same level: none of them is a title
    assert mark_headings([Line("甲", 0), Line("正文。"), Line("乙", 0)]) == ["# 甲", "正文。", "# 乙"]
    # a long "heading" is a paragraph that happens to carry the style
    assert mark_headings([Line("正文", None), Line("很" * 60, 0)]) == ["正文", "很" * 60]


# ---------------------------------------------------------------- PDF


@pytest.mark.parametrize("line", ["— 1 —", "- 2 -", "3", "第1页 共3页", "第 2 页", "2/5", "共3页 第2页", "Page 4 of 9"])
def test_page_markers(line):
    assert is_page_marker(line)


@pytest.mark.parametrize("line", ["一、", "2021年12月30日", "第一章", "满意率为97.8%"])
def test_not_page_markers(line):
    assert not is_page_marker(line)


def _pages(body_lines_per_page):
    """Positioned lines: a running header, the body lines, a page marker; full lines reach x1=500."""
    pages = []
    for n, body in enumerate(body_lines_per_page, start=1):
        page = [PdfLine("桐林镇教育工会", 200, 330)]
        for text, x0, x1 in body:
            page.append(PdfLine(text, x0, x1))
        page.append(PdfLine(f"— {n} —", 250, 280))
        pages.append(page)
    return pages


def test_pdf_text_removes_chrome_and_joins_broken_lines():
    pages = _pages([
        [("二〇二二年工作总结", 180, 360), ("一年来，工会组织教职工开展各类活动，参加人数达到一百二十", 100, 500),
         ("人次。年终测评中教职工满意率为9", 80, 500)],
        [("7.8%，比上年提高两个百分点。", 80, 300), ("一、维护职工权益", 80, 220),
         ("工会代表教职工与学校签订集体合同，并监督执行情况。", 100, 490)],
        [("二、开展文体活动", 80, 220), ("举办气排球比赛和登山活动。", 100, 300)],
    ])
    text, removed = pdf_text(pages)
    assert removed == 6
    assert text.split("\n") == [
        "二〇二二年工作总结",
        "一年来，工会组织教职工开展各类活动，参加人数达到一百二十人次。年终测评中教职工满意率为97.8%，比上年提高两个百分点。",
        "一、维护职工权益",
        "工会代表教职工与学校签订集体合同，并监督执行情况。",
        "二、开展文体活动",
        "举办气排球比赛和登山活动。",
    ]


def test_pdf_short_lines_and_sentence_ends_are_not_joined():
    pages = [[PdfLine("活动一览", 80, 160), PdfLine("三月：植树", 80, 170), PdfLine("四月：春游", 80, 170),
              PdfLine("这是一整行文字，到行尾正好是句号结束。", 80, 500), PdfLine("下一句另起一行。", 80, 260)]]
    text, removed = pdf_text(pages)
    assert removed == 0 and text.split("\n") == [
        "活动一览", "三月：植树", "四月：春游", "这是一整行文字，到行尾正好是句号结束。", "下一句另起一行。"]


def test_a_wide_title_in_a_larger_type_is_not_joined_to_the_line_under_it():
    # a notice's title (not ending in a genre word) set wide in 18 pt over its salutation in 11 pt was read as
    # one line ("…的通知各基层工会：", USER7's 红头文件); a broken line in one size still joins
    pages = [[PdfLine("青川县总工会关于开展2023年度金秋助学活动的通知", 90, 515, 18.0),
              PdfLine("各乡镇工会、县直各基层工会：", 90, 250, 11.0),
              PdfLine("为帮助困难职工子女顺利入学，县总工会决定开展金秋助学活动，现将有关事项通", 114, 520, 11.0),
              PdfLine("知如下。", 90, 140, 11.0)]]
    text, _removed = pdf_text(pages)
    assert text.split("\n") == ["青川县总工会关于开展2023年度金秋助学活动的通知", "各乡镇工会、县直各基层工会：",
                                "为帮助困难职工子女顺利入学，县总工会决定开展金秋助学活动，现将有关事项通知如下。"]


def _write_pdf(path: Path, pages: list[list[tuple[str, float]]]) -> Path:
    """A real multi-page PDF: each line drawn at (x inches, row) in a CJK font."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    font = font_manager.FontProperties(fname=cjk_font(), size=10)
    with matplotlib.rc_context({"pdf.fonttype": 42}), PdfPages(path) as pdf:
        for lines in pages:
            figure = Figure(figsize=(6, 8))
            for row, (text, x) in enumerate(lines):
                figure.text(x / 6, 1 - (row + 1) * 0.05, text, fontproperties=font)
            pdf.savefig(figure)
    return path


def test_read_pdf_end_to_end(tmp_path):
    full = "工会组织全体教职工参加健步走活动，"  # 17 characters, written to reach the margin
    pages = [
        [("桐林镇教育工会", 2.4), ("工会工作总结", 2.5), (full, 0.8), ("满意率为9", 0.8), ("— 1 —", 2.8)],
        [("桐林镇教育工会", 2.4), ("7.8%。", 0.8), ("一、关心职工", 0.8), ("— 2 —", 2.8)],
    ]
    # make line 3 of page 1 end at the same right edge as the full line: pad it with full-width text
    pages[0][3] = ("参加人数较多，年终测评的满意率为9", 0.8)
    text = read_document(_write_pdf(tmp_path / "s.pdf", pages)).text
    assert "桐林镇教育工会" not in text and "—" not in text
    assert "满意率为97.8%" in text.replace(" ", "")
    assert "一、关心职工" in text.split("\n")


def test_running_header_that_repeats_the_title_keeps_the_title_on_page_one():
    title = "桃林九中工会2020年工作总结"
    texts = ["一年来，学校工会围绕中心工作，关心教职工生活。", "组织教职工开展羽毛球比赛和登山活动。",
             "召开教代会，审议通过绩效工资分配方案。", "春节前走访慰问退休教师和困难教职工。",
             "工会委员会认真履行职责，较好完成任务。", "新的一年，工会将继续努力为教职工服务。"]
    pages = []
    for n in range(1, 4):
        page = [PdfLine(title, 180, 360)]  # the title on page 1, the running header after it
        page += [PdfLine(t, 80, 500) for t in texts[2 * n - 2 : 2 * n]] + [PdfLine(f"第{n}页", 260, 290)]
        pages.append(page)
    out, removed = pdf_text(pages)
    lines = out.split("\n")
    assert lines[0] == title and lines.count(title) == 1
    assert removed == 2 + 3  # two running headers, three page markers
    # a running header above the title on page 1 too: the header goes, the title stays
    pages[0].insert(0, PdfLine(title, 180, 360))
    out, _ = pdf_text(pages)
    assert out.split("\n").count(title) == 1


def test_running_header_without_a_kind_of_document_is_removed_on_every_page():
    pages = [[PdfLine("桃林九中工会文件", 180, 360), PdfLine("一年来，学校工会关心教职工生活。", 80, 300),
              PdfLine(f"第{n}页", 260, 290)] for n in range(1, 4)]
    out, _ = pdf_text(pages)
    assert "桃林九中工会文件" not in out


def _autospaced_pdf(path: Path) -> Path:
    """A title in large type as a word processor exports it: Chinese, digits and Chinese again, each
    run drawn on its own with the wider gap that autospace puts between Chinese and Latin text."""
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if "STSong-Light" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path), invariant=1)
    x, size = 60.0, 22.0
    for run in ("柳岸小学工会", "2023", "年工作总结"):
        c.setFont("STSong-Light", size)
        c.drawString(x, 760, run)
        x += pdfmetrics.stringWidth(run, "STSong-Light", size) + 0.22 * size  # the autospace gap
    c.setFont("STSong-Light", 11)
    c.drawString(60, 720, "一、 关心教职工生活")  # a list number and the tab after it
    c.drawString(60, 700, "全年走访慰问教职工36人次，满意率为97.8%。")
    c.showPage()
    c.save()
    return path


def test_pdf_autospace_between_chinese_and_digits_is_not_a_space(tmp_path):
    lines = read_document(_autospaced_pdf(tmp_path / "autospace.pdf")).text.split("\n")
    assert lines[0] == "柳岸小学工会2023年工作总结"
    assert "一、关心教职工生活" in lines and "全年走访慰问教职工36人次，满意率为97.8%。" in lines
