"""The Word report: headings, a profile per organisation, Chinese tables, charts, TOC and PAGE fields, fonts."""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pandas as pd
import pytest
from docx.oxml.ns import qn

from unionmine.report.charts import CHARTS, draw_charts
from unionmine.report.word import write_docx
from unionmine.stats.tables import compute_stats, simple_profile
from unionmine.store.tables import load

FIXTURE = Path(__file__).parents[1] / "data" / "stats"
ORGS = ["平安路小学", "实验中学", "城南小学", "新区教育工会", "河西小学"]
CJK = re.compile(r"[\u4e00-\u9fff]")


def _tokenize(text: str) -> list[str]:
    return list(text)


def _insights(articles: pd.DataFrame) -> dict[str, tuple[str, pd.DataFrame]]:
    """What stats.insights returns, for two organisations: indicator totals and originality."""
    ids = articles.set_index("doc_id")
    totals = pd.DataFrame({"单位": ["平安路小学", "平安路小学", "实验中学"], "年份": [2019, 2020, 2020],
                           "类别": ["金额", "人次", "金额"], "单位(计量)": ["元", "人次", "元"],
                           "合计(比率为最大值)": [4000.0, 38.0, 1500.0], "条数": [2, 3, 1],
                           "含约数": [False, True, False]})
    orig_ids = [d for d in articles["doc_id"] if ids.loc[d, "org"] in ("平安路小学", "城南小学")]
    originality = pd.DataFrame({"文章编号": orig_ids, "标题": [ids.loc[d, "title"] for d in orig_ids],
                                "原创度": [0.5 + 0.05 * i for i in range(len(orig_ids))]})
    return {"indicator_totals": ("数量指标:按单位和年份合计", totals),
            "originality": ("模板套用:各篇原创度", originality)}


@pytest.fixture(scope="module")
def report_docx(tmp_path_factory):
    out = tmp_path_factory.mktemp("word")
    tables = load(FIXTURE)
    stats = compute_stats(tables["documents"], tables["sections"], simple_profile(tables["sections"]),
                          tokenize=_tokenize, problems=tables["problems"])
    charts = draw_charts(stats, out / "charts")
    path = write_docx(stats, _insights(stats["articles"]), charts, tables["problems"], out / "report.docx")
    assert path == out / "report.docx" and not list(out.glob("*.tmp"))
    return path


def _headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def test_the_parts_are_there_in_order(report_docx):
    document = docx.Document(str(report_docx))
    assert _headings(document, 1) == ["一、概况", "二、比较图表", "三、各单位主题构成", "四、各单位简况",
                                      "五、未纳入的内容及原因"]
    assert document.paragraphs[6].style.name == "Title"
    text = "\n".join(p.text for p in document.paragraphs)
    assert "本报告比较了5个单位的25篇工会工作文章" in text  # the overview in prose
    assert "1篇不属于工会工作（未纳入统计）" in text


def test_one_profile_per_organisation_with_its_parts(report_docx):
    document = docx.Document(str(report_docx))
    assert sorted(_headings(document, 2)) == sorted(ORGS)
    parts = ["主题构成与同类单位比较", "与上一年相比", "数量指标", "原创度"]
    assert _headings(document, 3) == parts * len(ORGS)
    text = "\n".join(p.text for p in document.paragraphs)
    assert text.count("2020年与2019年相比") == 4  # four organisations wrote in both years
    assert "无法与上一年比较" in text  # 河西小学: no year
    assert "同类单位中只有本单位的文章" in text  # 新区教育工会 is the only education union
    assert "文中没有找到可统计的数量指标" in text and "没有可计算原创度的文章" in text
    # each profile starts on a page of its own
    breaks = document.element.body.xpath('.//w:br[@w:type="page"]')
    assert len(breaks) >= len(ORGS) + 1


def test_tables_have_chinese_headers_and_readable_cells(report_docx):
    document = docx.Document(str(report_docx))
    heads = [[c.text for c in t.rows[0].cells] for t in document.tables]
    assert all(CJK.search(h) for row in heads for h in row), heads
    assert ["单位", "文章数", "维权占比", "送温暖占比", "文体活动占比", "民主管理占比", "其他占比"] in heads
    assert ["主题", "本单位占比", "同类单位（学校）平均", "差值（百分点）"] in heads
    assert ["主题", "2019年占比", "2020年占比", "变化（百分点）"] in heads
    cells = {c.text for t in document.tables for r in t.rows[1:] for c in r.cells}
    assert "4000" in cells and "是" in cells and "False" not in cells and "True" not in cells
    assert any(re.fullmatch(r"\d+\.\d%", c) for c in cells)
    assert "+0.0" in cells and "-0.0" not in cells  # 新区教育工会 against itself
    # what was skipped, in Chinese
    assert any("不支持旧版Word .doc文件" in c for c in cells)


def test_charts_toc_page_numbers_and_east_asian_fonts(report_docx):
    document = docx.Document(str(report_docx))
    assert len(document.inline_shapes) == len(CHARTS)
    body = document.element.body
    instructions = [t.text.strip() for t in body.iter(qn("w:instrText"))]
    assert any(i.startswith("TOC ") for i in instructions)
    footer = document.sections[-1].footer
    assert [t.text.strip() for t in footer._element.iter(qn("w:instrText"))] == ["PAGE"]
    runs = [r for r in body.iter(qn("w:r")) if "".join(t.text for t in r.iter(qn("w:t")) if t.text)]
    assert runs
    missing = [r for r in runs if r.find(qn("w:rPr")) is None
               or r.find(qn("w:rPr")).find(qn("w:rFonts")) is None
               or not r.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:eastAsia"))]
    assert not missing


def test_a_chart_and_a_table_keep_their_captions_on_their_page(report_docx):
    # the trend chart ended page 2 and its caption opened page 3, under the next chart
    document = docx.Document(str(report_docx))
    pictures = [p for p in document.paragraphs if p._p.findall(".//" + qn("w:drawing"))]
    assert len(pictures) == len(CHARTS) and all(p.paragraph_format.keep_with_next for p in pictures)
    body = list(document.element.body)
    above = [el for el, nxt in itertools.pairwise(body) if nxt.tag == qn("w:tbl") and el.tag == qn("w:p")
             and docx.text.paragraph.Paragraph(el, document).style.name == "Caption"]
    assert above and all(docx.text.paragraph.Paragraph(el, document).paragraph_format.keep_with_next for el in above)


LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.browser
def test_converted_to_pdf_every_chinese_glyph_shows(report_docx, tmp_path):
    if LIBREOFFICE is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("LibreOffice is not installed (CI=true: the conversion test must run)")
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui fonts-noto-cjk)")
    import pdfplumber

    proc = subprocess.run(
        [LIBREOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(report_docx)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    pdf_path = tmp_path / "report.pdf"
    assert pdf_path.exists(), proc.stderr
    with pdfplumber.open(pdf_path) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
        fonts = {c["fontname"] for page in pdf.pages for c in page.chars if CJK.match(c["text"])}
    assert "□" not in text and "\ufffd" not in text
    for name in [*ORGS, "各单位简况", "主题构成与同类单位比较", "未纳入的内容及原因"]:
        assert name in text
    assert fonts and all("CJK" in f or "Song" in f or "Hei" in f or "Ming" in f for f in fonts), fonts


def test_many_organisations_profile_those_with_most_documents(tmp_path, monkeypatch):
    """Past MAX_PROFILES organisations the report profiles the ones with most documents and says where the rest are
    (one profile per organisation made a 2,000-school report take minutes and hundreds of pages)."""
    from unionmine.report import word

    monkeypatch.setattr(word, "MAX_PROFILES", 2)
    tables = load(FIXTURE)
    stats = compute_stats(tables["documents"], tables["sections"], simple_profile(tables["sections"]),
                          tokenize=_tokenize, problems=tables["problems"])
    path = write_docx(stats, _insights(stats["articles"]), {}, tables["problems"], tmp_path / "report.docx")
    document = docx.Document(str(path))
    profiled = _headings(document, 2)
    by_docs = stats["by_org"].dropna(subset=["org"]).set_index("org")["n_docs"]
    assert len(profiled) == 2
    assert min(by_docs[o] for o in profiled) >= max(by_docs[o] for o in by_docs.index if o not in profiled)
    text = "\n".join(p.text for p in document.paragraphs)
    assert f"共{len(by_docs)}个单位，这里只写文章最多的2个单位的简况" in text


def test_the_change_from_the_previous_year_compares_like_with_like_in_percent():
    from unionmine.report.word import _year_change

    def article(year, kind, care):
        rest = (1 - care) / 4
        return {"org": "城东小学", "year": year, "kind": kind, "share_送温暖": care, "share_维权": rest,
                "share_文体活动": rest, "share_民主管理": rest, "share_其他": rest}

    # two summaries and, for the year after, a plan: the plan is not compared with the last summary
    articles = pd.DataFrame([article(2022, "summary", 0.20), article(2023, "summary", 0.30),
                             article(2024, "plan", 0.10), {**article(2023, "summary", 0.5), "org": "柳河中学"}])
    text, table = _year_change(articles, "城东小学")
    assert text.startswith("2023年与2022年相比（工作总结）")
    row = table.set_index("theme").loc["送温暖"]
    assert (row["share_2022"], row["share_2023"]) == ("20.0%", "30.0%")  # as every other table shows shares
    assert row["diff"] == pytest.approx(0.10)
    # shares that barely moved are not called the theme that "increased most" (+0.0)
    steady = pd.DataFrame([article(2022, "summary", 0.2), article(2023, "summary", 0.2002)])
    assert "几乎没有变化" in _year_change(steady, "城东小学")[0] and "增加最多" not in _year_change(steady, "城东小学")[0]
    one_way = pd.DataFrame([article(2022, "summary", 0.2), {**article(2023, "summary", 0.2), "share_其他": 0.22,
                                                             "share_维权": 0.18}])
    said = _year_change(one_way, "城东小学")[0]
    assert "减少最多的是“维权”（-2.0个百分点）" in said and "增加最多" not in said
    # a summary and a plan only: one year of each kind, nothing to compare
    one, none = _year_change(articles[articles["year"] != 2022], "城东小学")
    assert none is None and "无法与上一年比较" in one


def test_a_profile_s_indicators_start_with_the_latest_year_and_say_when_cut(tmp_path):
    # 城北二中's profile listed its 2022 and 2023 figures, cut at 12 rows, and not one of 2024's
    tables = load(FIXTURE)
    stats = compute_stats(tables["documents"], tables["sections"], simple_profile(tables["sections"]),
                          tokenize=_tokenize, problems=tables["problems"])
    insights = _insights(stats["articles"])
    rows = [(year, kind) for year in (2018, 2019, 2020) for kind in ("金额", "人次", "数量", "比率", "场次")]
    totals = pd.DataFrame({"单位": "平安路小学", "年份": [y for y, _k in rows], "类别": [k for _y, k in rows],
                           "单位(计量)": "元", "合计(比率为最大值)": 1.0, "条数": 1, "含约数": False})
    insights["indicator_totals"] = ("数量指标:按单位和年份合计", totals)
    document = docx.Document(str(write_docx(stats, insights, {}, tables["problems"], tmp_path / "r.docx")))
    shown = [t for t in document.tables if t.rows[0].cells[0].text == "年份" and t.rows[0].cells[1].text == "类别"]
    years = [row.cells[0].text for row in shown[0].rows[1:]]
    assert years == ["2020"] * 5 + ["2019"] * 5 + ["2018"] * 2, years
    assert "（仅列出前12行，共15行；完整表格见 report.xlsx。）" in [p.text for p in document.paragraphs]
