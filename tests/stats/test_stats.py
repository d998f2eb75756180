"""Statistics on the fixture corpus (tests/data/stats, see build_fixture.py) against hand-computed values."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from unionmine import load
from unionmine.errors import UsageError
from unionmine.stats.filters import Filters
from unionmine.stats.tables import (
    article_table,
    compare_to_average,
    compute_stats,
    group_profile,
    overview,
    select_documents,
    simple_profile,
    with_profile,
)
from unionmine.stats.terms import distinctive_terms, log_odds, top_terms

FIXTURE = Path(__file__).parents[1] / "data" / "stats"
A, B, C, D, E = "平安路小学", "实验中学", "城南小学", "新区教育工会", "河西小学"


def _tokenize(text: str) -> list[str]:
    import jieba

    return jieba.lcut(text)


@pytest.fixture(scope="module")
def corpus():
    tables = load(FIXTURE)
    profile = pd.read_csv(FIXTURE / "profile.csv", encoding="utf-8-sig")
    return tables["documents"], tables["sections"], profile


@pytest.fixture(scope="module")
def stats(corpus):
    documents, sections, profile = corpus
    return compute_stats(documents, sections, profile, tokenize=_tokenize)


def _row(df, **keys):
    mask = pd.Series(True, index=df.index)
    for k, v in keys.items():
        mask &= df[k].isna() if v is None else df[k] == v
    assert mask.sum() == 1, keys
    return df[mask].iloc[0]


def test_off_topic_and_duplicates_are_left_out_and_listed(stats):
    arts = stats["articles"]
    assert len(arts) == 25  # 24 + the article without a year
    assert "A-2019-other" not in set(arts["doc_id"])
    assert "A-2018-summary-copy" not in set(arts["doc_id"])
    reasons = dict(zip(stats["excluded"]["doc_id"], stats["excluded"]["reason"]))
    assert reasons["A-2019-other"] == "不属于工会工作"
    assert "A-2018-summary" in reasons["A-2018-summary-copy"]


def test_article_table_profile_coverage_and_sections(stats):
    arts = stats["articles"].set_index("doc_id")
    assert arts.loc["A-2020-summary", "share_维权"] == pytest.approx(0.4)
    # D never reports 文体活动: three of the four themes
    assert arts.loc["D-2019-plan", "n_themes"] == 3
    assert arts.loc["D-2019-plan", "themes"] == "维权、送温暖、民主管理"
    # A's 2020 plan has no 其他 section: 4 sections, all level 1
    assert arts.loc["A-2020-plan", ["n_sections", "n_top_sections"]].tolist() == [4, 4]
    assert arts.loc["B-2018-summary", "n_sections"] == 5


def test_mean_profile_per_org(stats):
    by_org = stats["by_org"]
    a = _row(by_org, org=A)
    assert a["n_docs"] == 6
    assert a["share_维权"] == pytest.approx(0.3)  # (0.2+0.3+0.4) x 2 / 6
    assert a["share_民主管理"] == pytest.approx(0.15)  # summaries 0.1, plans 0.2
    assert _row(by_org, org=D)["share_文体活动"] == pytest.approx(0.0)
    e = _row(by_org, org=E)
    assert (e["n_docs"], bool(e["too_small"])) == (1, True)  # marked, not hidden
    assert not _row(by_org, org=B)["too_small"]


def test_mean_profile_per_year_keeps_unknown_year_apart(stats):
    by_year = stats["by_year"]
    assert _row(by_year, year=2018, kind="summary")["share_维权"] == pytest.approx(0.175)  # (0.2+0.1+0.1+0.3)/4
    assert _row(by_year, year=2020, kind="plan")["share_维权"] == pytest.approx(0.225)
    assert _row(by_year, year=2019, kind="summary")["n_docs"] == 4
    unknown = _row(by_year, year=None)
    assert unknown["n_docs"] == 1 and unknown["share_维权"] == pytest.approx(0.5)


def test_a_years_plans_and_summaries_are_never_averaged_together(stats):
    # a plan for 2019 says what was meant, a summary of 2019 what was done: two rows, summaries first
    for table, keys in ((stats["by_year"], ["year"]), (stats["by_org_year"], ["org", "year"])):
        assert "kind" in table.columns
        assert not table.duplicated([*keys, "kind"]).any()
        rows = table[table["year"] == 2019]
        if "org" in keys:
            rows = rows[rows["org"] == A]
        assert list(rows["kind"][:2]) == ["summary", "plan"]
    assert list(stats["by_kind"]["kind"]) == ["summary", "plan"]  # the same order in the kind table
    by_year = stats["by_year"]
    assert _row(by_year, year=2019, kind="summary")["share_民主管理"] == pytest.approx(0.15)  # (0.1x3+0.3)/4
    assert _row(by_year, year=2019, kind="plan")["share_民主管理"] == pytest.approx(0.25)  # (0.2x3+0.4)/4


def test_per_kind_org_type_and_org_year(stats):
    plan = _row(stats["by_kind"], kind="plan")
    summary = _row(stats["by_kind"], kind="summary")
    assert plan["n_docs"] == 12 and summary["n_docs"] == 13
    assert plan["share_民主管理"] == pytest.approx(0.25)  # (0.2+0.2+0.2+0.4)/4
    assert summary["share_民主管理"] == pytest.approx((0.1 * 9 + 0.3 * 3 + 0.1) / 13)
    union = _row(stats["by_org_type"], org_type="education_union")
    assert union["n_docs"] == 6 and union["share_民主管理"] == pytest.approx(0.35)
    a19 = _row(stats["by_org_year"], org=A, year=2019, kind="summary")
    # one summary a year is all a unit sends: 1,044 characters behind the row, not 'too small'
    assert a19["n_docs"] == 1 and a19["share_其他"] == pytest.approx(0.2) and not a19["too_small"]


def test_a_unit_years_row_is_too_small_by_the_text_behind_it_not_by_its_one_article():
    from unionmine.stats.columns import MIN_CHARS
    from unionmine.stats.tables import by_year_and_kind

    shares = {"share_维权": 0.5, "share_送温暖": 0.5, "share_文体活动": 0.0, "share_民主管理": 0.0, "share_其他": 0.0}
    docs = pd.DataFrame([
        {"doc_id": "d1", "org": "桂苑小学", "year": 2023, "kind": "summary", "n_chars": 2400, **shares},
        {"doc_id": "d2", "org": "桂苑小学", "year": 2024, "kind": "summary", "n_chars": 180, **shares},  # a notice
        {"doc_id": "d3", "org": "柳塘中学", "year": 2024, "kind": "summary", "n_chars": MIN_CHARS // 2 + 1, **shares},
        {"doc_id": "d4", "org": "柳塘中学", "year": 2024, "kind": "summary", "n_chars": MIN_CHARS // 2, **shares},
        {"doc_id": "d5", "org": "柳塘中学", "year": 2023, "kind": "plan", "n_chars": None, **shares},
    ])
    rows = by_year_and_kind(docs, ["org", "year"], min_chars=MIN_CHARS)
    small = {(r.org, r.year, r.kind): r.too_small for r in rows.itertuples()}
    assert small == {("桂苑小学", 2023, "summary"): False, ("桂苑小学", 2024, "summary"): True,
                     ("柳塘中学", 2024, "summary"): False,  # two short ones together make enough text
                     ("柳塘中学", 2023, "plan"): True}  # no text known: nothing to rest on
    # a group of units is still judged by its articles: a school's one article is not a school's profile
    assert bool(by_year_and_kind(docs, ["org"]).set_index(["org", "kind"]).loc[("桂苑小学", "summary"), "too_small"])


def test_compare_to_average(stats, corpus):
    cmp = stats["compare_org"]
    a = _row(cmp, org=A, theme="维权")
    # corpus mean of 维权 over 25 documents: (6*0.3 + 6*0.1 + 6*0.1 + 6*0.3 + 0.5) / 25 = 0.212
    assert a["corpus_share"] == pytest.approx(0.212)
    assert a["diff"] == pytest.approx(0.088)
    shares = stats["articles"]["share_维权"]
    sd = float(np.std(shares, ddof=1))
    assert a["std_diff"] == pytest.approx(0.088 / sd)
    assert a["z"] == pytest.approx(0.088 / sd * np.sqrt(6))
    assert _row(cmp, org=C, theme="文体活动")["tendency"] == "偏重"  # 0.5 vs 0.22
    assert _row(cmp, org=D, theme="文体活动")["tendency"] == "偏轻"  # 0.0
    assert _row(cmp, org=E, theme="维权")["tendency"] == "样本过少"


def test_including_duplicates_and_off_topic_changes_the_numbers(corpus):
    documents, sections, profile = corpus
    stats = compute_stats(documents, sections, profile, include_duplicates=True, include_off_topic=True,
                          terms=False)
    a = _row(stats["by_org"], org=A)
    assert a["n_docs"] == 8
    # the duplicate is all 维权, the off-topic article has none: (1.8 + 1.0 + 0) / 8
    assert a["share_维权"] == pytest.approx(2.8 / 8)
    assert stats["excluded"].empty
    assert "theme_terms" not in stats


def test_filters(corpus):
    documents, sections, profile = corpus
    filters = Filters(org_types=("school",), kinds=("plan",), years=(2019, 2020))
    stats = compute_stats(documents, sections, profile, filters=filters, terms=False)
    arts = stats["articles"]
    assert set(arts["org"]) == {A, B, C}
    assert set(arts["kind"]) == {"plan"} and set(arts["year"]) == {2019, 2020}
    assert len(arts) == 6
    overview = dict(zip(stats["overview"]["item"], stats["overview"]["value"]))
    assert overview["筛选条件"] == filters.describe()
    text = filters.describe()
    assert "学校" in text and "工作计划" in text and "2019—2020年" in text
    only = Filters(orgs=(D,))
    assert set(compute_stats(documents, sections, profile, filters=only, terms=False)["articles"]["org"]) == {D}


def test_filter_parsing(tmp_path):
    assert Filters.parse_years("2015-2020") == (2015, 2020)
    assert Filters.parse_years("2018") == (2018, 2018)
    with pytest.raises(UsageError):
        Filters.parse_years("20-30")
    with pytest.raises(UsageError):
        Filters(years=(2020, 2015))
    orgs = tmp_path / "orgs.txt"
    orgs.write_bytes("# 名单\n平安路小学\n\n实验中学\n平安路小学\n".encode("gb18030"))
    assert Filters.read_orgs(orgs) == ("平安路小学", "实验中学")
    with pytest.raises(UsageError):
        Filters.read_orgs(tmp_path / "missing.txt")
    assert Filters().describe().startswith("未筛选")


def test_group_profile_on_a_hand_made_frame():
    df = pd.DataFrame(
        {"doc_id": list("abc"), "org": ["x", "x", None], "year": [2020, 2021, 2020], "n_chars": [100, 300, 50],
         **{f"share_{t}": [0.5, 0.1, 0.0] for t in ["维权", "送温暖", "文体活动", "民主管理"]},
         "share_其他": [0.0, 0.6, 1.0]}
    )
    table = group_profile(df, "org", min_n=2)
    x = _row(table, org="x")
    assert (x["n_docs"], x["mean_chars"], x["share_其他"], x["too_small"]) == (2, 200, pytest.approx(0.3), False)
    nobody = _row(table, org=None)
    assert nobody["n_docs"] == 1 and nobody["too_small"]


def test_log_odds_prefers_the_consistently_overused_word():
    group = {"篮球": 30, "工会": 50, "偶然": 1}
    rest = {"篮球": 5, "工会": 200, "偶然": 0}
    table = log_odds(group, rest).set_index("term")
    assert table.loc["篮球", "z"] > table.loc["偶然", "z"] > table.loc["工会", "z"]
    assert table.loc["工会", "log_odds"] < 0


def test_top_terms_per_theme(corpus):
    sections = corpus[1]
    terms = top_terms(sections, _tokenize, n_top=8)
    welfare = terms[terms["theme"] == "送温暖"]["term"].tolist()
    assert "慰问" in welfare and "退休" in welfare
    assert "羽毛球" in terms[terms["theme"] == "文体活动"]["term"].tolist()
    assert not set(welfare) & {"羽毛球", "教代会"}


def test_distinctive_terms_per_org(corpus):
    documents = corpus[0]
    docs, _ = select_documents(documents)
    terms = distinctive_terms(docs, _tokenize, n_top=10)
    c_terms = terms[terms["org"] == C]["term"].tolist()
    assert "阳光" in c_terms and "羽毛球" in c_terms  # C's own phrase, and its 文体活动 weight
    assert "阳光" not in terms[terms["org"] == A]["term"].tolist()
    assert bool(terms[terms["org"] == E]["too_small"].all())
    assert (terms.groupby("org")["z"].apply(lambda z: z.is_monotonic_decreasing)).all()


def test_simple_profile_from_leaf_sections():
    sections = pd.DataFrame(
        {"doc_id": ["d"] * 3, "section_id": ["d/1", "d/1/1", "d/2"], "parent_id": [None, "d/1", None],
         "level": [1, 2, 1], "heading": ["", "", ""], "text": ["", "", ""], "n_chars": [999, 60, 40],
         "labels": [["维权"], ["维权", "送温暖"], []]}
    )
    prof = simple_profile(sections).set_index("doc_id")
    # the parent (999 chars) is not a finest unit; 60 chars split over two themes, 40 unlabelled -> 其他
    assert prof.loc["d", "share_维权"] == pytest.approx(0.3)
    assert prof.loc["d", "share_送温暖"] == pytest.approx(0.3)
    assert prof.loc["d", "share_其他"] == pytest.approx(0.4)


def test_profile_columns_may_be_named_by_theme(corpus):
    documents, sections, profile = corpus
    renamed = profile.rename(columns={c: f"share_{c}" for c in profile.columns if c != "doc_id"})
    a = article_table(documents, sections, renamed)
    b = article_table(documents, sections, profile)
    pd.testing.assert_frame_equal(a, b)
    with pytest.raises(UsageError):
        article_table(documents, sections, profile.drop(columns=["维权"]))
    merged = with_profile(documents, profile)
    assert merged["year"].dtype == "Int64"


def test_compare_to_average_without_spread():
    df = pd.DataFrame({"doc_id": list("abcd"), "org": ["x", "x", "y", "y"], "n_chars": [1] * 4,
                       **{f"share_{t}": [0.2] * 4 for t in ["维权", "送温暖", "文体活动", "民主管理", "其他"]}})
    cmp = compare_to_average(df, min_n=2)
    assert (cmp["diff"] == 0).all() and (cmp["z"] == 0).all() and (cmp["tendency"] == "接近平均").all()


def test_article_table_shows_inferred_year_ranges_only_for_undated_articles(corpus):
    from unionmine.stats.tables import inferred_span

    documents, sections, profile = corpus
    docs = documents.copy()
    docs["year_min"], docs["year_max"] = 2003, 2007
    table = article_table(docs, sections, profile).set_index("doc_id")
    undated = docs["year"].isna()
    assert (table.loc[docs.loc[undated, "doc_id"], "year_inferred"] == "2003—2007").all()
    assert (table.loc[docs.loc[~undated, "doc_id"], "year_inferred"] == "").all()
    assert (inferred_span(2010, None), inferred_span(None, 2012), inferred_span(None, None)) == (
        "2010年以后", "2012年以前", "")


def test_a_left_out_copy_names_the_article_it_copies_by_title_and_file():
    """A reader knows titles and file names, not doc ids: the reason says which article the copy repeats."""
    docs = pd.DataFrame({"doc_id": ["a1", "b2", "c3"], "source": ["甲校2023.docx", "乙校2023.txt", "转载.pdf"],
                         "title": ["甲校工会2023年工作总结", "乙校工会2023年工作总结", "学校工会工作总结"],
                         "org": ["甲校", "乙校", None], "year": [2023, 2023, 2024], "kind": "summary",
                         "on_topic": True, "duplicate_of": [None, "a1", "a1"]})
    _, excluded = select_documents(docs, Filters(years=(2024, 2024)))
    (reason,) = excluded["reason"]  # the copied article itself is filtered out, and still named
    assert "甲校工会2023年工作总结" in reason and "甲校2023.docx" in reason and "a1" not in reason


def test_a_near_copy_under_another_named_organisation_is_that_organisations_report():
    """Schools fill in one template: 乙校's near-copy of 甲校's summary is 乙校's own report and is compared;
    a copy naming no organisation, or the same one (a file sent twice, a repost re-dated), is left out."""
    docs = pd.DataFrame({"doc_id": ["a1", "b2", "c3", "d4", "e5"],
                         "source": ["甲校.docx", "乙校.docx", "甲校(重发).pdf", "转载.html", "甲校2024.docx"],
                         "title": ["甲校工会工作总结", "乙校工会工作总结", "甲校工会工作总结", "学校工会工作总结",
                                   "甲校工会2024年工作总结"],
                         "org": ["甲校", "乙校", "甲校", None, "甲校"], "year": [2023, 2023, 2023, 2017, 2024],
                         "kind": "summary", "on_topic": True, "duplicate_of": [None, "a1", "a1", "a1", "a1"]})
    compared, excluded = select_documents(docs)
    assert list(compared["doc_id"]) == ["a1", "b2"]
    assert list(excluded["doc_id"]) == ["c3", "d4", "e5"]
    (left_out,) = [value for item, value in overview(docs, compared, excluded).values if "重复" in item]
    assert str(left_out).startswith("3")
    with_copies, _ = select_documents(docs, include_duplicates=True)
    assert len(with_copies) == 5


def test_an_organisations_own_name_is_not_among_its_distinctive_terms():
    """城北实验小学's texts name it in every title and signature: its name parts (城北, 实验, 小学) would top
    its list of distinctive terms and tell a reader nothing; they are left out and the rest ranked again."""
    body = {"城北实验小学": "城北实验小学工会组织教职工书法比赛，城北实验小学教师踊跃参加书法比赛。",
            "白塔中学": "白塔中学工会开展教职工篮球比赛，白塔中学教师积极参与篮球比赛。"}
    docs = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "org": list(body) * 2,
                         "text": [body[o] for o in body] * 2})
    terms = distinctive_terms(docs, lambda t: cut_words(t), n_top=3)
    north = terms[terms["org"] == "城北实验小学"]
    assert "书法" in north["term"].tolist()
    assert not {"城北", "实验", "小学", "城北实验小学"} & set(terms["term"])
    assert north["rank"].tolist() == list(range(1, len(north) + 1))


def cut_words(text):
    from unionmine.text.tokenize import cut

    return [w for w in cut(text) if len(w) > 1]
