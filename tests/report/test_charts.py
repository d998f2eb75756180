"""Charts: Chinese text without glyph warnings, PNG and SVG written, sizes grow with the organisations."""

from __future__ import annotations

import io
import warnings

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from PIL import Image

from unionmine.report import charts
from unionmine.report.display import cell_text
from unionmine.report.fonts import cjk_font_path, register_cjk_font
from unionmine.stats.columns import ALL_THEMES, SHARE_COLUMNS


def _by_org(n_orgs: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    shares = rng.dirichlet([2, 2, 2, 2, 3], size=n_orgs)
    df = pd.DataFrame(shares, columns=SHARE_COLUMNS)
    df.insert(0, "org", [f"江苏省吴江区第{i + 1}实验小学" for i in range(n_orgs)])
    df.insert(1, "n_docs", [1 + i % 7 for i in range(n_orgs)])
    df["too_small"] = df["n_docs"] < 3
    return df


def _stats(n_orgs: int) -> dict[str, pd.DataFrame]:
    by_org = _by_org(n_orgs)
    years = pd.DataFrame({"year": pd.array([2018, 2019, 2020, None], dtype="Int64"), "n_docs": [5, 6, 7, 2]})
    for col in SHARE_COLUMNS:
        years[col] = [0.2, 0.2, 0.2, 0.2]
    kinds = pd.DataFrame({"kind": ["summary", "plan"], "n_docs": [9, 2], "too_small": [False, True],
                          **{c: [0.2, 0.2] for c in SHARE_COLUMNS}})
    terms = pd.DataFrame(
        [{"org": o, "rank": r, "term": f"词语{r}", "z": 10.0 / r, "n_docs": n, "too_small": n < 3}
         for o, n in zip(by_org["org"], by_org["n_docs"]) for r in range(1, 6)]
    )
    org_years = pd.DataFrame([{"org": o, "year": y, "kind": "summary", "n_docs": 1, "too_small": True,
                               **dict(zip(SHARE_COLUMNS, np.random.default_rng(y).dirichlet([2] * 5)))}
                              for o in by_org["org"] for y in (2019, 2020)]).astype({"year": "Int64"})
    return {"by_org": by_org, "by_year": years, "by_kind": kinds, "org_terms": terms, "by_org_year": org_years}


def _png_pixels(fig: Figure) -> np.ndarray:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=60)
    return np.asarray(Image.open(buf).convert("L"))


def test_font_is_registered_from_the_bundled_file():
    assert cjk_font_path().name == "NotoSansCJKsc-Regular.otf"
    assert register_cjk_font() == "Noto Sans CJK SC"


def test_chinese_labels_draw_without_glyph_warnings(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a "Glyph ... missing from font" warning fails the test
        paths = charts.draw_charts(_stats(3), tmp_path)
    assert set(paths) == set(charts.CHARTS)
    for stem, png in paths.items():
        img = Image.open(png)
        assert img.width > 800 and img.height > 300  # print quality at 200 dpi
        gray = np.asarray(img.convert("L"))
        assert gray.std() > 10, stem  # not a blank image
        svg = (tmp_path / f"{stem}.svg").read_text(encoding="utf-8")
        assert svg.lstrip().startswith("<?xml") and "<path" in svg


def test_without_the_font_chinese_would_be_missing():
    """The check above can fail: DejaVu Sans alone has no Chinese glyphs and warns."""
    import matplotlib
    import matplotlib.pyplot as plt

    with matplotlib.rc_context({"font.family": "DejaVu Sans"}), warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig, ax = plt.subplots()
        ax.set_title("维权")
        fig.canvas.draw()
        plt.close(fig)
    assert any("missing from" in str(w.message) for w in caught)


def test_charts_grow_with_the_number_of_organisations(recwarn):
    small = charts.profile_bars(_by_org(3))
    large = charts.profile_bars(_by_org(60))
    assert large.get_size_inches()[1] > 4 * small.get_size_inches()[1]
    # every organisation keeps a readable label (font size at least 8 pt)
    labels = large.axes[0].get_yticklabels()
    assert len(labels) == 60 and min(t.get_fontsize() for t in labels) >= 8
    assert "样本过少" in " ".join(t.get_text() for t in labels)
    heat = charts.org_heatmap(_by_org(60))
    assert heat.get_size_inches()[1] > 15
    grid = charts.terms_grid(_stats(60)["org_terms"])
    assert len(grid.axes[0].get_yticklabels()) == 60
    for fig in (small, large, heat, grid):
        assert _png_pixels(fig).std() > 10
    # figures drawn by the functions alone (outside draw_charts) still keep the Chinese font
    assert not [w for w in recwarn if "missing from" in str(w.message)]


def test_trend_leaves_out_unknown_years_and_says_so():
    fig = charts.year_trends(_stats(3)["by_year"])
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2018\n5篇", "2019\n6篇", "2020\n7篇"]
    assert len(ax.get_lines()) == len(ALL_THEMES)
    assert all(len(line.get_xdata()) == 3 for line in ax.get_lines())
    assert any("2 篇年份不详" in t.get_text() for t in fig.texts)


def test_the_trend_shows_summaries_and_plans_apart_and_says_what_it_counts():
    # 2023: the plan meant much 文体活动, the summary did little; one averaged line would hide both
    plan = {"share_文体活动": 0.8, "share_维权": 0.1}
    done = {"share_文体活动": 0.1, "share_维权": 0.6}
    rows = [{"year": y, "kind": k, "n_docs": n, **{c: 0.075 for c in SHARE_COLUMNS}, **shares}
            for y, k, n, shares in ((2022, "summary", 3, done), (2023, "summary", 4, done),
                                    (2023, "plan", 2, plan), (2024, "plan", 5, plan))]
    by_year = pd.DataFrame(rows).astype({"year": "Int64"})
    fig = charts.year_trends(by_year)
    summary, planned = fig.axes
    assert summary.get_title(loc="left").startswith("工作总结") and planned.get_title(loc="left").startswith("工作计划")
    assert [t.get_text() for t in summary.get_xticklabels()] == ["2022\n3篇", "2023\n4篇"]
    assert [t.get_text() for t in planned.get_xticklabels()] == ["2023\n2篇", "2024\n5篇"]
    sport = ALL_THEMES.index("文体活动")
    assert list(summary.get_lines()[sport].get_ydata()) == pytest.approx([10, 10])
    assert list(planned.get_lines()[sport].get_ydata()) == pytest.approx([80, 80])
    assert summary.get_xlim() == planned.get_xlim()  # the same year stands at the same place
    assert summary.get_ylim() == planned.get_ylim() and planned.get_ylim()[0] == 0
    assert planned.get_ylim()[1] >= 80  # the plans' highest line is not cut off by the summaries' scale
    assert any("总结、计划分开计算" in t.get_text() for t in fig.texts)


def test_the_trend_line_breaks_where_a_year_has_no_documents_and_says_so():
    # the seed corpus: summaries of 2008, 2009 and 2017 and nothing between; a line from 2009 to
    # 2017 would read as a trend nobody measured
    rows = [{"year": y, "kind": "summary", "n_docs": n, **{c: 0.2 for c in SHARE_COLUMNS}}
            for y, n in ((2008, 2), (2009, 1), (2017, 3))]
    fig = charts.year_trends(pd.DataFrame(rows).astype({"year": "Int64"}))
    ax = fig.axes[0]
    assert len(ax.get_lines()) == len(ALL_THEMES)
    for line in ax.get_lines():
        x = np.asarray(line.get_xdata(), dtype=float)
        y = np.asarray(line.get_ydata(), dtype=float)
        drawn = x[~np.isnan(y)]
        assert list(drawn) == [2008, 2009, 2017]
        # no segment joins two drawn points more than one year apart
        gaps = np.diff(x)[~np.isnan(y[:-1]) & ~np.isnan(y[1:])]
        assert (gaps <= 1).all()
        assert np.isnan(y[(x > 2009) & (x < 2017)]).all() and ((x > 2009) & (x < 2017)).any()
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2008\n2篇", "2009\n1篇", "2017\n3篇"]
    assert any("线在那里断开" in t.get_text() for t in fig.texts)


def test_empty_inputs_give_an_explaining_figure():
    empty = _by_org(0)
    fig = charts.profile_bars(empty)
    assert any("没有" in t.get_text() for t in fig.texts)
    fig = charts.year_trends(pd.DataFrame({"year": pd.array([None], dtype="Int64"), "n_docs": [4],
                                           **{c: [0.2] for c in SHARE_COLUMNS}}))
    assert any("4 篇年份不详" in t.get_text() for t in fig.texts)
    assert any("两个" in t.get_text() for t in charts.terms_grid(pd.DataFrame()).texts)


def test_a_trend_without_documents_does_not_contradict_itself():
    """A filter that keeps nothing: the chart says there is nothing, not "no year known; every year known"."""
    none = pd.DataFrame({"year": pd.array([], dtype="Int64"), "n_docs": pd.Series([], dtype=int),
                         **{c: pd.Series([], dtype=float) for c in SHARE_COLUMNS}})
    texts = [t.get_text() for t in charts.year_trends(none).texts]
    assert any("没有可比较的文章" in t for t in texts)
    assert not any("年份已知" in t for t in texts)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


def test_chart_labels_use_one_kind_of_bracket_the_full_width_one():
    # the Chinese reader saw 城东小学(n=3) above 实验二小（n=2，样本过少）, 热力图(%) beside 占比（%）
    stats = _stats(4)
    figures = [charts.profile_bars(stats["by_org"]), charts.org_heatmap(stats["by_org"]),
               charts.kind_comparison(stats["by_kind"])]
    texts = []
    for fig in figures:
        for ax in fig.axes:
            texts += [t.get_text() for t in (*ax.get_yticklabels(), ax.title, ax.yaxis.label)]
            legend = ax.get_legend()
            texts += [t.get_text() for t in legend.get_texts()] if legend else []
    texts = [t for t in texts if t]
    assert any("（n=" in t for t in texts) and any("（%）" in t for t in texts)
    assert [t for t in texts if "(" in t or ")" in t] == []


def _org_year(rows):
    frame = pd.DataFrame(rows, columns=["org", "year", "kind", "维权", "送温暖"])
    frame["n_docs"], frame["too_small"] = 1, True
    for theme, col in zip(ALL_THEMES, SHARE_COLUMNS):
        frame[col] = frame.get(theme, 0.1)
    return frame.astype({"year": "Int64"})


def test_the_change_chart_answers_which_school_wrote_most_on_a_theme_last_year_and_which_dropped_it():
    # a district officer: "which school did most 送温暖 in 2024, which dropped 维权?" The by-year table
    # holds the numbers in 30 rows; the chart puts each school's 2024 summary beside its 2023 one
    by_org_year = _org_year([
        ("桂苑小学", 2023, "summary", 0.30, 0.20), ("桂苑小学", 2024, "summary", 0.32, 0.25),
        ("柳塘中学", 2023, "summary", 0.28, 0.25), ("柳塘中学", 2024, "summary", 0.08, 0.33),
        ("柳塘中学", 2024, "plan", 0.90, 0.00),  # a plan says what was meant: not in the comparison
        ("凤栖小学", 2024, "summary", 0.20, 0.20),  # no 2023 summary: nothing to compare
        ("东篱小学", 2022, "summary", 0.10, 0.10),
    ])
    rows, last, before = charts.latest_change(by_org_year)
    assert (last, before) == (2024, 2023) and list(rows["org"]) == ["桂苑小学", "柳塘中学"]
    drops = dict(zip(rows["org"], rows["diff_share_维权"]))
    assert drops["柳塘中学"] == pytest.approx(-20.0) and drops["桂苑小学"] == pytest.approx(2.0)
    fig = charts.change_heatmap(by_org_year)
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert "8.0%\n（-20.0）" in texts and "33.0%\n（+8.0）" in texts
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["桂苑小学", "柳塘中学"]  # pinyin: gui, liu
    framed = {(round(p.get_x() + 0.46), round(p.get_y() + 0.44)) for p in fig.axes[0].patches}
    assert (1, 1) in framed and (0, 0) in framed  # 柳塘's 送温暖 33% and 桂苑's 维权 32% lead their columns
    assert "2024" in fig.axes[0].get_title() and "2023" in fig.axes[0].get_title()
    alone = charts.change_heatmap(by_org_year[by_org_year["org"] == "桂苑小学"])  # a hospital's own 5 years
    assert len(alone.axes[0].texts) == 5 and not alone.axes[0].patches  # one row: no leader to frame


def test_the_change_chart_says_why_it_is_empty_with_one_year_of_summaries():
    fig = charts.change_heatmap(_org_year([("桂苑小学", 2024, "summary", 0.3, 0.2), ("桂苑小学", 2023, "plan", 0.1, 0.1)]))
    assert any("只有一个年份" in t.get_text() for t in fig.texts)


def test_the_change_chart_keeps_to_the_organisations_the_other_charts_show(tmp_path, monkeypatch):
    # 60 schools: the organisation charts draw the CHART_MAX_ORGS with most articles and say so; the
    # change chart drew all 60, 28 inches high
    monkeypatch.setattr(charts, "CHART_MAX_ORGS", 10)
    drawn = {}
    real = charts.change_heatmap

    def kept(table):
        drawn["rows"] = table
        return real(table)

    monkeypatch.setattr(charts, "change_heatmap", kept)
    charts.draw_charts(_stats(60), tmp_path)
    shown = charts.most_documented(_stats(60)["by_org"], _stats(60)["org_terms"])[0]
    assert set(drawn["rows"]["org"]) == set(shown["org"]) and len(shown) == 10


def test_a_change_that_rounds_to_nothing_reads_plus_zero_never_minus_zero():
    # 城北二中's 维权 share was 0.04 points lower: the chart and the Word profile printed (-0.0)
    by_org_year = _org_year([("桂苑小学", 2023, "summary", 0.1394, 0.20), ("桂苑小学", 2024, "summary", 0.1390, 0.25),
                             ("柳塘中学", 2023, "summary", 0.10, 0.20), ("柳塘中学", 2024, "summary", 0.10, 0.20)])
    texts = [t.get_text() for t in charts.change_heatmap(by_org_year).axes[0].texts]
    assert "13.9%\n（+0.0）" in texts and not [t for t in texts if "-0.0" in t]
    assert cell_text("diff", -0.0004 / 100)[0] == "+0.0" and cell_text("diff", -0.0006)[0] == "-0.1"


def test_the_change_chart_names_the_organisations_it_leaves_out():
    # a school with no 2023 summary, or none for 2024, was left out of the chart without a word
    by_org_year = _org_year([
        ("桂苑小学", 2023, "summary", 0.30, 0.20), ("桂苑小学", 2024, "summary", 0.32, 0.25),
        ("凤栖小学", 2024, "summary", 0.20, 0.20), ("东篱小学", 2022, "summary", 0.10, 0.10),
        ("东篱小学", 2024, "plan", 0.10, 0.10),
    ])
    note = " ".join(t.get_text() for t in charts.change_heatmap(by_org_year).texts)
    assert "未列入（2024年与2023年不是都有工作总结）：东篱小学、凤栖小学。" in note
    many = _org_year([("桂苑小学", 2023, "summary", 0.3, 0.2), ("桂苑小学", 2024, "summary", 0.3, 0.2)]
                     + [(f"第{k}小学", 2024, "summary", 0.2, 0.2) for k in range(1, 11)])
    note = " ".join(t.get_text() for t in charts.change_heatmap(many).texts)
    assert "等10个单位" in note and note.count("小学、") == 7
    full = _org_year([("桂苑小学", 2023, "summary", 0.3, 0.2), ("桂苑小学", 2024, "summary", 0.3, 0.2)])
    assert "未列入" not in " ".join(t.get_text() for t in charts.change_heatmap(full).texts)
