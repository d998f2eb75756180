"""What a unit's 其他 holds: its profile names the most distinctive words of its 其他 sections (never a stop word,
a theme's name or its own name, at most five) when 其他 is a real share of its text, in report.docx, report.html
and by_org (CSV and xlsx); the rule is said in the note under the units' table."""

from __future__ import annotations

import docx
import pandas as pd
import pytest

from unionmine.report import html as report_html
from unionmine.report.word import write_docx
from unionmine.stats.columns import ALL_THEMES, OTHER_SHOWN
from unionmine.stats.tables import compute_stats, simple_profile
from unionmine.text.tokenize import stopwords

FACTORY = "华辰精密机械有限公司"
SCHOOL = "城南实验小学"
QUIET = "河西中学"  # its 其他 is a small share: nothing said
OTHER_TEXT = {
    FACTORY: ["开展劳动竞赛和技能比武，一线班组参加劳动竞赛十二场，技能比武评出技术能手八名。",
              "抓好安全生产，开展安全生产月活动，组织安全生产知识竞赛，建成职工书屋两处。"],
    SCHOOL: ["20xx年开展师德师风建设，组织政治学习和青蓝工程结对活动，青年教师读书沙龙每月一次。",
             "20xx年加强工会自身建设，规范会员发展，青蓝工程结对十二对，读书沙龙共办十次。"],
    QUIET: ["组织政治学习。"],
}
THEMED_TEXT = [("维权", "签订集体合同，开展工资集体协商，维护职工合法权益，调解劳动争议三起，提供法律援助。"),
               ("送温暖", "春节走访慰问困难职工三十户，看望生病住院职工，发放慰问金和慰问品，开展金秋助学。"),
               ("民主管理", "召开职代会审议通过绩效考核办法，推行厂务公开，开展民主评议，征集合理化建议四十条。")]


def _corpus() -> tuple[pd.DataFrame, pd.DataFrame]:
    documents, sections = [], []
    for org, texts in OTHER_TEXT.items():
        for year in (2022, 2023, 2024):
            doc_id = f"{org}-{year}"
            parts = [("其他", text) for text in texts] + THEMED_TEXT[: 1 if org != QUIET else 3]
            body = "".join(text for _label, text in parts)
            documents.append({"doc_id": doc_id, "source": f"{doc_id}.txt", "article": 1, "title": f"{org}{year}年工会工作总结",
                              "org": org, "org_type": "enterprise" if org == FACTORY else "school", "year": year,
                              "kind": "summary", "on_topic": True, "duplicate_of": None, "n_chars": len(body), "text": body})
            for k, (label, text) in enumerate(parts, 1):
                sections.append({"doc_id": doc_id, "section_id": f"{doc_id}-s{k:03d}", "parent_id": None, "level": 1,
                                 "heading": "", "text": text, "n_chars": len(text), "labels": [label]})
    return pd.DataFrame(documents), pd.DataFrame(sections)


@pytest.fixture(scope="module")
def stats():
    documents, sections = _corpus()
    return compute_stats(documents, sections, simple_profile(sections))


def test_a_unit_mostly_other_is_told_what_its_other_holds(stats):
    by_org = stats["by_org"].set_index("org")
    assert by_org.loc[FACTORY, "share_其他"] >= 0.6 and by_org.loc[QUIET, "share_其他"] < OTHER_SHOWN
    factory = by_org.loc[FACTORY, "other_terms"].split("、")
    # the shared tokenizer's words: 劳动竞赛 is one in its dictionary, 安全生产 and 技能比武 are not (yet)
    assert 2 <= len(factory) <= 5 and {"劳动竞赛", "安全"} <= set(factory), factory
    school = by_org.loc[SCHOOL, "other_terms"].split("、")
    assert 2 <= len(school) <= 5 and "青蓝工程" in school, school
    for word in factory + school:  # Chinese words only (20xx, an anonymised year, is not one)
        assert word not in stopwords() and word not in ALL_THEMES and word not in FACTORY + SCHOOL
        assert all("\u4e00" <= ch <= "\u9fff" for ch in word), word
    assert by_org.loc[QUIET, "other_terms"] == ""  # 其他 is not a real share of its text


def test_the_word_profile_says_it_and_the_note_says_the_rule(stats, tmp_path):
    path = write_docx(stats, {}, {}, None, tmp_path / "report.docx")
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    said = [p for p in paragraphs if p.startswith("其他（未归入四类）主要涉及：")]
    factory_words = stats["by_org"].set_index("org").loc[FACTORY, "other_terms"]
    assert f"其他（未归入四类）主要涉及：{factory_words}" in said and len(said) == 2  # not for 河西中学
    at = paragraphs.index(FACTORY)  # the profile's heading, then its line, then what its 其他 holds
    assert paragraphs[at + 2] == f"其他（未归入四类）主要涉及：{factory_words}"
    assert any(f"占{round(OTHER_SHOWN * 100)}%及以上时" in p for p in paragraphs)


def test_the_html_units_table_shows_it_with_its_rule(stats):
    page = report_html.render_html(stats, {}, pd.DataFrame(columns=["doc_id"]), {})
    factory_words = stats["by_org"].set_index("org").loc[FACTORY, "other_terms"]
    assert "<th" in page and "其他主要涉及" in page and factory_words in page
    assert f"占{round(OTHER_SHOWN * 100)}%及以上时" in page


def test_the_workbook_s_units_sheet_and_csv_have_it(stats, tmp_path):
    from openpyxl import load_workbook

    from unionmine.report.workbook import write_stats_csv, write_xlsx

    path = write_xlsx(stats, {}, tmp_path / "report.xlsx")
    factory_words = stats["by_org"].set_index("org").loc[FACTORY, "other_terms"]
    cells = [str(c.value) for sheet in load_workbook(path).worksheets for row in sheet.iter_rows() for c in row]
    assert any("其他主要涉及" in c for c in cells) and factory_words in cells
    write_stats_csv(stats, {}, tmp_path / "stats")
    text = (tmp_path / "stats" / "by_org.csv").read_text(encoding="utf-8-sig")
    assert "其他主要涉及 other_terms" in text and factory_words in text
