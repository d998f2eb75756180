"""The report files: CSVs with a BOM, report.xlsx sheets, a self-contained escaped HTML page, the CLI command."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

import unionmine.stats.insights.aggregate
from unionmine.cli import cli
from unionmine.labels import labels
from unionmine.report import html as report_mod
from unionmine.stats.filters import Filters
from unionmine.stats.tables import simple_profile

FIXTURE = Path(__file__).parents[1] / "data" / "stats"


def _tokenize(text: str) -> list[str]:
    import jieba

    return jieba.lcut(text)


def _fake_insights(documents, sections):
    table = pd.DataFrame({"org": ["平安路小学"], "note": ["<b>套话</b>很多"], "n_docs": [len(documents)]})
    return {"reuse": ("模板套用:各篇原创度", table)}


def _copy_fixture(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("documents.parquet", "sections.parquet", "problems.csv"):
        shutil.copy(FIXTURE / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = _copy_fixture(tmp_path_factory.mktemp("out"))
    mp = pytest.MonkeyPatch()
    mp.setattr(report_mod, "theme_profile", simple_profile)
    mp.setattr(unionmine.stats.insights.aggregate, "compute_insights", _fake_insights)
    try:
        path = report_mod.report(folder, progress=False, tokenize=_tokenize)
    finally:
        mp.undo()
    assert path == folder / "report.html"
    return folder


def test_all_outputs_are_written(out):
    for stem in ("profile_by_org", "heatmap_org_theme", "trend_by_year", "summary_vs_plan", "distinctive_terms"):
        assert (out / "charts" / f"{stem}.png").stat().st_size > 10_000
        assert (out / "charts" / f"{stem}.svg").stat().st_size > 10_000
    names = {p.stem for p in (out / "stats").glob("*.csv")}
    assert {"articles", "by_org", "by_year", "by_org_year", "by_kind", "by_org_type", "compare_org",
            "theme_terms", "org_terms", "excluded", "overview", "insight_reuse"} <= names
    assert (out / "report.docx").stat().st_size > 50_000  # the Word report (tests/report/test_word.py)
    assert not list(out.rglob("*.tmp"))


def test_csv_has_bom_and_bilingual_headers(out):
    raw = (out / "stats" / "by_org.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    df = pd.read_csv(out / "stats" / "by_org.csv", encoding="utf-8-sig")
    assert "送温暖占比 share_送温暖" in df.columns and "文章数 n_docs" in df.columns
    a = df[df["单位 org"] == "平安路小学"].iloc[0]
    assert a["文章数 n_docs"] == 6


def test_csv_yes_no_columns_read_是_否_in_excel_not_true_false(out):
    # Excel shows a CSV's True/False as the English TRUE/FALSE; a district officer reads 是/否
    by_org = pd.read_csv(out / "stats" / "by_org.csv", encoding="utf-8-sig", dtype=str)
    assert set(by_org["样本过少 too_small"]) == {"是", "否"}
    for path in (out / "stats").glob("*.csv"):
        cells = set(pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False).to_numpy().ravel())
        assert not cells & {"True", "False"}, path.name
    # the Parquet tables keep their booleans for scripts
    assert pd.read_parquet(out / "documents.parquet")["on_topic"].dtype == bool


def test_xlsx_has_one_sheet_per_table_with_frozen_headers(out):
    wb = openpyxl.load_workbook(out / "report.xlsx")
    titles = labels()["tables"]
    expected = [titles[k] for k in ("overview", "articles", "by_org", "by_year", "by_org_year", "by_kind",
                                    "by_org_type", "compare_org", "theme_terms", "org_terms", "excluded")]
    assert wb.sheetnames == [*expected, "模板套用：各篇原创度"]  # ASCII ":" is not allowed in sheet names
    ws = wb[titles["by_org"]]
    assert ws.freeze_panes == "A2"
    headers = [c.value for c in ws[1]]
    assert "送温暖占比 share_送温暖" in headers
    col = headers.index("维权占比 share_维权") + 1
    rows = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=col) for r in range(2, ws.max_row + 1)}
    assert rows["平安路小学"].value == pytest.approx(0.3, abs=0.01)
    assert rows["平安路小学"].number_format == "0.0%"
    year_ws = wb[titles["by_year"]]
    assert "不详" in [c.value for c in year_ws["A"]]  # the unknown year is a row of its own
    kinds = [c.value for c in wb[titles["by_kind"]]["A"]][1:]
    assert set(kinds) == {"工作总结", "工作计划"}


def test_html_is_self_contained_and_escaped(out):
    page = (out / "report.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'lang="zh-CN"' in page
    # nothing is fetched from elsewhere: images and the font are data URIs
    for attr in re.findall(r'(?:src|href)="([^"]*)"', page):
        assert attr.startswith(("data:", "#")), attr
    assert "url(data:font/otf;base64," in page
    assert "http://" not in page and "https://" not in page
    # text from the corpus is escaped
    assert "<script>window.__xss" not in page
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in page
    assert "&lt;b&gt;套话&lt;/b&gt;" in page and "<b>套话</b>" not in page
    assert page.count("<script>") == 1


def test_html_states_what_was_left_out(out):
    page = (out / "report.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", " ", page)
    assert "本报告比较了5个单位的25篇工会工作文章" in text
    assert "1篇不属于工会工作（未纳入统计）" in text
    assert "1篇年份不详" in text
    assert "未纳入的内容及原因" in text and "不属于工会工作" in text and "损坏的文件.doc" in text
    # the skipped inputs in the reader's language: Chinese stage and reason, not the English one
    assert "不支持旧版Word .doc文件" in text and "is not supported" not in text
    assert "模板套用:各篇原创度" in text
    assert "未筛选" in text
    # percentages with one decimal
    assert "30.0%" in text


def test_article_titles_link_to_their_sections(out):
    page = (out / "report.html").read_text(encoding="utf-8")
    targets = set(re.findall(r'<a href="#(doc-\d+)">', page))
    assert len(targets) == 25
    assert targets <= set(re.findall(r'<details id="(doc-\d+)">', page))


def test_cli_report_with_filters(tmp_path, monkeypatch):
    folder = _copy_fixture(tmp_path / "out")
    monkeypatch.setattr(report_mod, "theme_profile", simple_profile)
    monkeypatch.setattr(unionmine.stats.insights.aggregate, "compute_insights", lambda d, s: {})
    orgs = tmp_path / "orgs.txt"
    orgs.write_text("平安路小学\n实验中学\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["report", str(folder), "--years", "2019-2020", "--kind", "plan",
                                      "--orgs", str(orgs), "--quiet"])
    assert result.exit_code == 0, result.output
    # a filtered report goes to a folder named after the filters, never over the full report
    assert not (folder / "report.html").exists()
    (where,) = folder.glob("report_kind-plan_years-2019-2020_orgs-2-*")
    # like `run`, it says where the report is, on stdout, even with --quiet (which silences progress only)
    assert result.stdout.strip() == f"report: {where / 'report.html'}"
    page = (where / "report.html").read_text(encoding="utf-8")
    expected = Filters(kinds=("plan",), years=(2019, 2020), orgs=("平安路小学", "实验中学")).describe()
    assert expected in page
    arts = pd.read_csv(where / "stats" / "articles.csv", encoding="utf-8-sig")
    assert len(arts) == 4 and set(arts["单位 org"]) == {"平安路小学", "实验中学"}


def test_cli_report_usage_errors(tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["report", str(tmp_path / "nothing-here"), "--quiet"])
    assert result.exit_code == 2 and "documents.parquet" in result.output
    folder = _copy_fixture(tmp_path / "out")
    result = runner.invoke(cli, ["report", str(folder), "--years", "twenty", "--quiet"])
    assert result.exit_code == 2 and "2015-2020" in result.output
    assert not (folder / "report.html").exists()


def test_skipped_inputs_of_an_older_problems_csv_get_chinese_reasons():
    old = pd.DataFrame({"source": ["a.pdf", "b.txt"], "stage": ["read", "read warning"],
                        "reason": ["PDF has no text layer (scanned image?); OCR it first", "no Chinese text found"]})
    shown = report_mod.skipped_inputs(old)
    assert list(shown.columns) == ["source", "stage", "reason_zh"]
    assert shown["stage"].tolist() == ["读取", "读取（提示）"]
    assert shown["reason_zh"].tolist() == ["PDF没有文字层（可能是扫描图像）：请先做文字识别（OCR）", "没有找到中文文字"]


def test_cli_report_whose_filters_keep_nothing_says_so_and_keeps_the_inputs_exit_code(tmp_path, monkeypatch):
    """INTERFACE: 3 means inputs were skipped; an empty comparison is said on stderr, not in the exit code."""
    folder = _copy_fixture(tmp_path / "out")
    monkeypatch.setattr(report_mod, "theme_profile", simple_profile)
    monkeypatch.setattr(unionmine.stats.insights.aggregate, "compute_insights", lambda d, s: {})
    result = CliRunner().invoke(cli, ["report", str(folder), "--years", "2031", "--quiet"])
    assert result.exit_code == 0, result.output
    assert "compares no article" in result.stderr and "report:" in result.stdout
    kept = CliRunner().invoke(cli, ["report", str(folder), "--years", "2019", "--quiet"])
    assert kept.exit_code == 0 and "compares no article" not in kept.stderr


def test_section_headings_show_without_the_level_markers_of_word_headings():
    """A Word heading style reaches the sections as '# 标题' (a level marker); the reader sees only the title."""
    articles = pd.DataFrame({"doc_id": ["d1"], "title": ["甲校工会2023年工作总结"], "org": ["甲校"], "year": [2023]})
    sections = pd.DataFrame({"doc_id": ["d1", "d1"], "level": [1, 2], "n_chars": [30, 40],
                             "heading": ["# 甲校工会2023年工作总结", "## 一、民主管理"],
                             "labels": [["其他"], ["民主管理"]]})
    shown = report_mod._sections_html(articles, sections, {"d1": "doc-0"})
    assert "#" not in re.sub(r'id="[^"]*"|&#\d+;', "", shown)
    assert "甲校工会2023年工作总结 <span" in shown and "一、民主管理 <span" in shown
    # the line a reader opens: Chinese comma and 年, as in every other line of the page (not 甲校,2023)
    assert "<summary>甲校工会2023年工作总结 — 甲校，2023年</summary>" in shown


def test_the_overview_sheet_holds_counts_as_numbers(out):
    """Excel flags numbers stored as text (a green corner, no sums): the counts are numbers, the notes text."""
    sheet = openpyxl.load_workbook(out / "report.xlsx")[labels()["tables"]["overview"]]
    values = {row[0]: row[1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert values[labels()["overview_items"]["n_documents"]] == 27
    assert isinstance(values[labels()["overview_items"]["filters"]], str)


def test_every_column_of_the_comparison_table_is_explained_under_it():
    """The reader meets 差值, 标准化差值 and 标准化得分 side by side: the note says what each is."""
    from unionmine.report.display import header

    note = labels()["notes"]["compare_org"]
    for col in ("diff", "std_diff", "z"):
        assert header(col).split("（")[0] + " =" in note


def test_no_output_names_an_article_文档(out):
    # one word per fact across report.html, report.xlsx, report.docx and the CSVs: 文章
    from docx import Document

    page = re.sub(r"<[^>]+>", " ", (out / "report.html").read_text(encoding="utf-8"))
    assert "文档" not in page
    document = Document(out / "report.docx")
    words = [p.text for p in document.paragraphs]
    words += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert not [w for w in words if "文档" in w]
    book = openpyxl.load_workbook(out / "report.xlsx")
    cells = [str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [c for c in cells + book.sheetnames if "文档" in c]
    for path in (out / "stats").glob("*.csv"):
        assert "文档" not in path.read_text(encoding="utf-8-sig"), path.name


def test_organisations_are_listed_in_pinyin_order_as_excel_and_the_page_sort_them(out):
    # code point order put 实验中学 before 平安路小学 and 河西小学 last; a reader looks for 河西 after 城南
    expected = ["城南小学", "河西小学", "平安路小学", "实验中学", "新区教育工会"]
    by_org = pd.read_csv(out / "stats" / "by_org.csv", encoding="utf-8-sig")
    assert list(by_org["单位 org"]) == expected
    sheet = openpyxl.load_workbook(out / "report.xlsx")[labels()["tables"]["by_org_year"]]
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert list(dict.fromkeys(names)) == expected
    compare = pd.read_csv(out / "stats" / "compare_org.csv", encoding="utf-8-sig")
    assert list(dict.fromkeys(compare["单位 org"])) == expected
    assert list(compare["主题 theme"].head(5)) == ["维权", "送温暖", "文体活动", "民主管理", "其他"]
    articles = pd.read_csv(out / "stats" / "articles.csv", encoding="utf-8-sig")
    assert list(dict.fromkeys(articles["单位 org"].dropna())) == expected
    years = articles[articles["单位 org"] == "平安路小学"]["年份 year"].dropna()
    assert list(years) == sorted(years)  # each organisation's articles keep their years' order


def test_a_long_cell_wraps_so_the_columns_after_it_stay_on_screen():
    # a copied passage of 60 characters on one line pushed 出现篇数 and 出现于 off the page's right edge
    passage = "一年来，我校工会工作虽然取得了一些成绩，但也存在不足：一是文体活动覆盖面还不够广，部分年龄较大的教职工参与较少；"
    ids = "063a61c04fac0e43; 8e65ba3dce2af41f; 264976cbf779f10d"  # for scripts: the last column, one line
    page = report_mod.html_table(pd.DataFrame({"段落": [passage], "出现篇数": [14], "标题": ["2024年工会工作总结"],
                                               "文章编号": [ids]}))
    assert f'<td class="long">{passage}</td>' in page and "<td>2024年工会工作总结</td>" in page
    assert f"<td>{ids}</td>" in page
    css = (Path(report_mod.__file__).parent / "report.css").read_text(encoding="utf-8")
    assert re.search(r"td\.long\{white-space:normal;", css)


def test_a_unit_years_too_small_is_the_same_in_csv_xlsx_and_html_and_its_rule_is_said_once(tmp_path):
    # one summary a year is all a school sends: a row is 'too small' by the text behind it (a short
    # notice of 300 characters), and the rule stands once in the table's note, not on every row
    folder = _copy_fixture(tmp_path / "out")
    docs = pd.read_parquet(folder / "documents.parquet")
    docs.loc[docs["doc_id"] == "C-2020-summary", "n_chars"] = 300
    docs.to_parquet(folder / "documents.parquet")
    mp = pytest.MonkeyPatch()
    mp.setattr(report_mod, "theme_profile", simple_profile)
    mp.setattr(unionmine.stats.insights.aggregate, "compute_insights", _fake_insights)
    try:
        report_mod.report(folder, progress=False, tokenize=_tokenize)
    finally:
        mp.undo()
    csv = pd.read_csv(folder / "stats" / "by_org_year.csv", encoding="utf-8-sig", dtype=str)
    small = csv["样本过少 too_small"]
    short = (csv["单位 org"] == "城南小学") & (csv["年份 year"] == "2020") & (csv["文种 kind"] == "summary")
    assert list(small[short]) == ["是"] and set(small[~short]) == {"否"}
    sheet = openpyxl.load_workbook(folder / "report.xlsx")[labels()["tables"]["by_org_year"]]
    rows = list(sheet.iter_rows(values_only=True))
    assert [r[[str(h).startswith("样本过少") for h in rows[0]].index(True)] for r in rows[1:]] == list(small)
    page = (folder / "report.html").read_text(encoding="utf-8")
    block = page.split('<section id="by_org_year">')[1].split("</section>")[0]
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", block.split("<tbody>")[1])]
    assert [r[-1] for r in cells] == list(small)
    from unionmine.stats.columns import MIN_CHARS

    assert block.count(f"不足{MIN_CHARS}字") == 1 and "样本过少" in block.split("<table")[0]


def test_csv_shares_keep_four_places_and_scores_three_the_workbook_every_digit(tmp_path):
    from unionmine.report.workbook import write_stats_csv, write_xlsx

    by_org = pd.DataFrame({"org": ["桂苑小学", "柳塘中学"], "n_docs": [7, 3], "share_维权": [1 / 7, 2 / 3]})
    compare = pd.DataFrame({"org": ["桂苑小学", "柳塘中学"], "theme": ["维权", "维权"], "share": [1 / 7, 2 / 3],
                            "diff": [-0.00001, 0.123456789], "z": [1.23456789, -2.0]})
    insight = pd.DataFrame({"单位": ["桂苑小学"], "套话占比": [1 / 3], "具体度": [0.0123456]})
    stats, insights = {"by_org": by_org, "compare_org": compare}, {"specificity": ("具体度", insight)}
    write_stats_csv(stats, insights, tmp_path)
    text = (tmp_path / "by_org.csv").read_text(encoding="utf-8-sig")
    assert "0.1429" in text and "0.6667" in text and "0.142857" not in text  # Excel showed 6 digits, a reader 17
    rows = (tmp_path / "compare_org.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[1].endswith(",0.1429,0.0,1.235") and rows[2].endswith(",0.6667,0.1235,-2.0")  # never -0.0
    assert (tmp_path / "insight_specificity.csv").read_text(encoding="utf-8-sig").splitlines()[1] == "桂苑小学,0.3333,0.012"
    write_xlsx(stats, insights, tmp_path / "report.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "report.xlsx")[labels()["tables"]["by_org"]]
    assert [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)] == pytest.approx([1 / 7, 2 / 3], rel=1e-14)


def test_insight_csv_headers_carry_their_english_names_as_the_statistics_csvs_do(tmp_path):
    """stats/articles.csv heads its id '文章编号 doc_id', the insight CSVs headed it '文章编号' alone: a researcher
    joining insight_originality.csv to articles.csv (or reading 单位 org, 年份 year) had to map the Chinese back."""
    from unionmine.labels import labels as all_labels
    from unionmine.report.workbook import write_stats_csv

    names = all_labels()["insight_columns"]
    originality = pd.DataFrame({names["originality"][c]: v for c, v in
                                {"org": ["桂苑小学"], "year": [2023], "originality": [2 / 3], "doc_id": ["a1"]}.items()})
    totals = pd.DataFrame({names["indicator_totals"][c]: v for c, v in
                           {"org": ["桂苑小学"], "unit": ["元"], "total": [1200.0]}.items()})
    write_stats_csv({}, {"originality": ("原创度", originality), "indicator_totals": ("合计", totals)}, tmp_path)
    lines = (tmp_path / "insight_originality.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines == ["单位 org,年份 year,原创度 originality,文章编号 doc_id", "桂苑小学,2023,0.6667,a1"]
    header = (tmp_path / "insight_indicator_totals.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == "单位 org,单位（计量） unit,合计（比率为最大值） total"
