"""A report that stays a report: built from a large output folder made directly as Parquet (no ingest),
its HTML page stays small (tables capped, the rest pointed to) and its workbook within a row limit."""

from __future__ import annotations

import random
import re

import openpyxl
import pandas as pd
import pytest

from unionmine import schema
from unionmine.report import html as report_html
from unionmine.report import report, workbook
from unionmine.stats.tables import simple_profile
from unionmine.store import write_parquet

N_DOCS = 20_000
SENTENCES = [
    "组织全体教职工开展登山活动{n}次。", "慰问生病住院教职工{n}人次,发放慰问金{n}00元。",
    "召开第{n}届教职工代表大会,审议学校工作报告。", "举办教职工篮球赛和拔河比赛。",
    "落实校务公开制度,听取教职工意见{n}条。", "关心退休教师生活,春节前走访慰问。",
]
THEMES = ["文体活动", "送温暖", "民主管理", "文体活动", "民主管理", "送温暖"]


def _large_output(folder, n_docs: int, seed: int = 0):
    rng = random.Random(seed)
    docs, secs = [], []
    for i in range(n_docs):
        org = f"第{i % 4000 + 1}实验小学"
        year = 2010 + i % 12
        kind = ("summary", "plan")[i % 2]
        picks = rng.sample(range(len(SENTENCES)), 2)
        bodies = [SENTENCES[k].format(n=rng.randint(2, 9)) for k in picks]
        text = f"一、工作回顾\n{bodies[0]}\n二、下步打算\n{bodies[1]}"
        doc_id = f"d{i:07d}"
        docs.append({**dict.fromkeys(schema.DOCUMENTS.names), "doc_id": doc_id, "source": f"f/{i}.txt", "article": 1, "title": f"{org}{year}年工会工作总结",
                     "org": org, "org_type": "school", "year": year, "year_source": "title", "year_min": None,
                     "year_max": None, "year_evidence": [], "kind": kind, "on_topic": True, "duplicate_of": None,
                     "encoding": "utf-8", "n_chars": len(text), "text": text, "original_text": text,
                     "content_hash": f"h{i}"})
        for j, (k, body) in enumerate(zip(picks, bodies), start=1):
            scores = {f"score_{t}": (0.9 if t == THEMES[k] else 0.1) for t in schema.THEMES}
            secs.append({"doc_id": doc_id, "section_id": f"{doc_id}-{j}", "parent_id": None, "level": 1,
                         "heading": ("一、工作回顾", "二、下步打算")[j - 1], "text": body, "n_chars": len(body),
                         "labels": [THEMES[k]], **scores,  # one paragraph: all its characters to its theme
                         **{f"chars_{t}": float(len(body)) * (t == THEMES[k]) for t in [*schema.THEMES, schema.OTHER]}})
    write_parquet(pd.DataFrame(docs), folder / "documents.parquet", schema.DOCUMENTS)
    sections = pd.DataFrame(secs)
    write_parquet(sections, folder / "sections.parquet", schema.SECTIONS)
    # the per-article measures a run writes beside them (run/measures.py): here from the labels
    profiles = simple_profile(sections).assign(n_chars_profiled=lambda t: t["doc_id"].map(
        dict(zip(sections["doc_id"], sections["n_chars"]))), stock_share=0.1, fact_share=0.2, specificity=2 / 3)
    write_parquet(profiles[[f.name for f in schema.PROFILES]], folder / "profiles.parquet", schema.PROFILES)
    indicators = [{"doc_id": d["doc_id"], "kind": "people", "value": 8.0, "unit": "人", "approx": False,
                   "label": "教职工", "phrase": "8人", "sentence": d["text"][:20], "theme": "送温暖"} for d in docs]
    write_parquet(pd.DataFrame(indicators), folder / "indicators.parquet", schema.INDICATORS)
    pd.DataFrame(columns=schema.PROBLEM_COLUMNS).to_csv(folder / "problems.csv", index=False)
    return folder


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    folder = _large_output(tmp_path_factory.mktemp("large"), N_DOCS)
    mp = pytest.MonkeyPatch()
    mp.setattr(workbook, "XLSX_MAX_ROWS", 5_000)  # the real bound is Excel's 1,048,576 rows
    try:
        report(folder, progress=False)
    finally:
        mp.undo()
    return folder


@pytest.mark.slow
def test_html_stays_small_and_points_to_the_full_tables(large):
    page = (large / "report.html").read_text(encoding="utf-8")
    assert len(page.encode("utf-8")) <= 5_000_000
    # every table shows at most HTML_MAX_ROWS rows and says where the whole table is
    for body in re.findall(r"<tbody>(.*?)</tbody>", page, flags=re.DOTALL):
        assert body.count("<tr>") <= report_html.HTML_MAX_ROWS
    assert f"共{N_DOCS}篇" in page
    assert "stats/articles.csv" in page
    # only the articles shown have their sections on the page
    assert len(re.findall(r'<details id="doc-\d+">', page)) <= report_html.HTML_MAX_ROWS


@pytest.mark.slow
def test_workbook_within_the_row_limit_and_the_rest_in_csv(large):
    book = openpyxl.load_workbook(large / "report.xlsx", read_only=True)
    notes = []
    for ws in book.worksheets:
        # counted, not read from the sheet's <dimension> (a write-only workbook does not write one)
        assert sum(1 for _ in ws.iter_rows(values_only=True)) <= 5_001
        first = [c.value for c in next(ws.iter_rows(min_row=1, max_row=2, values_only=False))]
        notes.extend(str(v) for v in first if v)
        for row in ws.iter_rows(min_row=1, max_row=3, values_only=True):
            notes.extend(str(v) for v in row if v)
    assert any("stats/articles.csv" in n for n in notes)
    arts = pd.read_csv(large / "stats" / "articles.csv", encoding="utf-8-sig")
    assert len(arts) == N_DOCS
