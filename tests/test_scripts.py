"""The example scripts, one per kind of user, run on the statistics fixture corpus."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "tests" / "data" / "stats"  # 4 organisations x 2018-2020 x summary/plan, known shares


def script(name: str, *args) -> subprocess.CompletedProcess:
    proc = subprocess.run(
        [sys.executable, str(REPO / "scripts" / name), *map(str, args)],
        capture_output=True, text=True, check=False, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return proc


def test_researcher_analysis_writes_tidy_tables(tmp_path):
    script("researcher_analysis.py", FIXTURE, "--out", tmp_path)
    long = pd.read_parquet(tmp_path / "shares_long.parquet")
    assert set(long["theme"]) == {"维权", "送温暖", "文体活动", "民主管理", "其他"}
    # every compared article's shares sum to 1
    assert long.groupby("doc_id")["share"].sum().round(6).eq(1).all()
    by_kind = pd.read_csv(tmp_path / "by_kind.csv", encoding="utf-8-sig")
    assert {"kind", "theme", "n", "mean", "ci_low", "ci_high"} <= set(by_kind.columns)
    assert (by_kind["ci_low"] <= by_kind["mean"]).all() and (by_kind["mean"] <= by_kind["ci_high"]).all()
    # plans move 0.1 from 其他 to 民主管理 in the fixture: the plan mean is higher by about that
    means = by_kind.pivot(index="kind", columns="theme", values="mean")
    assert means.loc["plan", "民主管理"] - means.loc["summary", "民主管理"] == pytest.approx(0.1, abs=0.03)


def test_district_compare_workbook(tmp_path):
    xlsx = tmp_path / "district.xlsx"
    proc = script("district_compare.py", FIXTURE, "--xlsx", xlsx)
    assert "organisations compared" in proc.stdout
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["各校主题构成", "与全区平均比较", "逐年变化"]
    profile = pd.read_excel(xlsx, sheet_name="各校主题构成")
    # schools only (the education union D is not a school); A's 维权 is 0.2/0.3/0.4 over three years
    assert "新区教育工会" not in set(profile["单位"])
    a = profile.set_index("单位").loc["平安路小学"]
    assert a["维权占比"] == pytest.approx(0.30, abs=0.01) and a["文章数"] == 6
    yearly = pd.read_excel(xlsx, sheet_name="逐年变化")
    a_years = yearly[(yearly["单位"] == "平安路小学") & (yearly["类别"] == "工作总结")].set_index("年份")
    assert a_years.loc[2019, "维权较上年变化"] == pytest.approx(0.1, abs=0.01)
    # a year's summaries and plans stay apart (民主管理 0.1 in A's summaries, 0.2 in its plans), as in
    # the report's year tables: one row per school, year and kind, never their average 0.15
    a_plans = yearly[(yearly["单位"] == "平安路小学") & (yearly["类别"] == "工作计划")].set_index("年份")
    assert list(a_years.index) == list(a_plans.index) == [2018, 2019, 2020]
    assert list(a_years["民主管理占比"]) == pytest.approx([0.1] * 3, abs=0.01)
    assert list(a_plans["民主管理占比"]) == pytest.approx([0.2] * 3, abs=0.01)
    assert a_plans.loc[2019, "民主管理较上年变化"] == pytest.approx(0.0, abs=0.01)
    assert book["各校主题构成"].freeze_panes == "A2"


def test_theme_trend_chart(tmp_path):
    png = tmp_path / "trend.png"
    proc = script("theme_trend.py", FIXTURE, "--theme", "维权", "--png", png)
    assert str(png) in proc.stdout and png.with_suffix(".svg").exists()
    with Image.open(png) as image:
        assert image.width > 1500  # 300 dpi
        assert len(image.convert("L").getcolors(maxcolors=1 << 16)) > 20  # something is drawn


def test_theme_trend_has_no_missing_glyphs(tmp_path):
    import warnings

    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import theme_trend
    finally:
        sys.path.pop(0)
    known, undated = theme_trend.yearly_share(FIXTURE, "送温暖")
    assert undated == 1 and known["year"].tolist() == [2018, 2019, 2020]
    # summaries only: four a year, not the year's summaries and plans averaged together
    assert known["n_docs"].tolist() == [4, 4, 4]
    plans, undated_plans = theme_trend.yearly_share(FIXTURE, "民主管理", kind="plan")
    assert plans["n_docs"].tolist() == [4, 4, 4] and undated_plans == 0  # the undated article is a summary
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font" would raise here
        theme_trend.draw(known, undated, "送温暖", tmp_path / "t.png")


def test_theme_trend_line_breaks_where_a_year_has_no_documents():
    import matplotlib.pyplot as plt
    import numpy as np
    import pandas as pd

    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import theme_trend
    finally:
        sys.path.pop(0)
    known = pd.DataFrame({"year": [2008, 2009, 2017], "n_docs": [2, 1, 3], "share_送温暖": [0.1, 0.2, 0.3]})
    fig = theme_trend.figure(known, 0, "送温暖")
    (line,) = fig.axes[0].get_lines()
    x, y = np.asarray(line.get_xdata(), dtype=float), np.asarray(line.get_ydata(), dtype=float)
    assert list(x[~np.isnan(y)]) == [2008, 2009, 2017]
    assert np.isnan(y[(x > 2009) & (x < 2017)]).all() and ((x > 2009) & (x < 2017)).sum() == 7
    assert "线在那里断开" in fig.axes[0].get_xlabel() and "文档" not in fig.axes[0].get_xlabel()  # 文章, as the report says
    plt.close(fig)
