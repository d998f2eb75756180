"""Dating undated reports from the clues they cite; measured on snippets of known year."""

import pandas as pd
import pytest

from unionmine.documents.dating import date_documents, dating_accuracy, infer_year_range, load_clues
from unionmine.errors import UsageError

# Realistic sentences of union reports whose year is known from the events they describe.
KNOWN = [
    (2003, "今年我校工会以“三个代表”重要思想和党的十六大精神为指导，在抗击非典的斗争中组织教职工捐款。"),
    (2004, "认真学习党的十六届四中全会精神，践行“三个代表”重要思想，落实胡锦涛总书记的讲话。"),
    (2005, "按照县委部署扎实开展保持共产党员先进性教育活动，工会积极配合，学习十六届五中全会精神。"),
    (2006, "深入学习十六届六中全会精神，树立社会主义荣辱观，努力构建和谐校园。"),
    (2007, "以邓小平理论和“三个代表”重要思想为指导，全面落实科学发展观，喜迎党的十七大，迎奥运。"),
    (2008, "汶川地震发生后，全校教职工踊跃捐款；组织学习《劳动合同法》和新的《中小学教师职业道德规范》。"),
    (2008, "认真学习贯彻党的十七大精神，开展迎奥运系列活动，做好抗冰救灾工作。"),
    (2009, "以庆祝建国60周年为契机，深入开展学习实践科学发展观活动，奖励性绩效工资方案提交教代会讨论。"),
    (2009, "组织教职工参加学习实践科学发展观活动，认真做好甲型H1N1流感防控工作。"),
    (2010, "按照县委创先争优活动安排，成立了领导小组；积极配合第六次人口普查工作。"),
    (2010, "学习《国家中长期教育改革和发展规划纲要》，深入开展创先争优活动，迎世博。"),
    (2011, "隆重庆祝建党90周年，深入开展创先争优活动，学习十七届六中全会精神。"),
    (2012, "认真学习《女职工劳动保护特别规定》和《学校教职工代表大会规定》，迎接党的十八大胜利召开。"),
    (2013, "深入开展党的群众路线教育实践活动，学习党的十八大精神，为实现中国梦贡献力量。"),
    (2014, "深入学习党的十八届三中全会精神，扎实开展党的群众路线教育实践活动，反对“四风”。"),
    (2015, "深入开展“三严三实”专题教育，纪念抗战胜利70周年，学习十八届四中全会精神。"),
    (2016, "扎实开展“两学一做”学习教育，学习十八届六中全会精神，弘扬工匠精神。"),
    (2017, "深入学习宣传贯彻党的十九大精神，推进“两学一做”学习教育常态化制度化。"),
    (2018, "以习近平新时代中国特色社会主义思想为指导，隆重纪念改革开放40周年。"),
    (2019, "开展“不忘初心、牢记使命”主题教育，庆祝新中国成立70周年，学习十九届四中全会精神。"),
    (2020, "在新冠肺炎疫情防控中，工会慰问一线教职工；学习《民法典》，做好第七次人口普查工作。"),
    (2021, "深入开展党史学习教育，庆祝建党100周年，落实“双减”政策，学习十九届六中全会精神。"),
    (2022, "认真学习宣传贯彻党的二十大精神，做好常态化疫情防控。"),
    (2023, "深入学习贯彻党的二十大精神和习近平新时代中国特色社会主义思想，通过微信公众号发布活动。"),
    (2014, "开展党的群众路线教育实践活动，坚持以邓小平理论、“三个代表”重要思想、科学发展观为指导。"),
    (2012, "学习贯彻《学校教职工代表大会规定》（教育部令第32号），深入开展创先争优活动。"),
]


def test_known_year_snippets_fall_in_range_at_least_90_percent():
    hits = 0
    for year, text in KNOWN:
        r = infer_year_range(text)
        assert r["evidence"], text
        if (r["year_min"] or 0) <= year <= (r["year_max"] or 9999):
            hits += 1
    assert hits / len(KNOWN) >= 0.9


def test_congress_and_event_bounds():
    r = infer_year_range("认真学习党的十六大精神，积极抗击非典。")
    assert (r["year_min"], r["year_max"]) == (2003, 2004)
    assert r["evidence"] == ["十六大", "非典"]


def test_conflicting_ceiling_is_dropped_not_emptied():
    # an old slogan listed beside a newer guidance: the floor of 十九大 wins over 三个代表's ceiling
    r = infer_year_range("以邓小平理论、“三个代表”重要思想、科学发展观为指导，贯彻党的十九大精神。")
    assert r["year_min"] == 2017 and r["year_max"] == 2023


def test_nothing_known_and_anonymised_ordinals():
    assert infer_year_range("组织教职工学习党的xx届六中全会精神和xx大精神。") == {
        "year_min": None, "year_max": None, "evidence": []}
    assert infer_year_range("") == {"year_min": None, "year_max": None, "evidence": []}


def test_union_congress_and_sports_meet_are_not_party_congresses():
    r = infer_year_range("学习中国工会十六大精神，举办第十六届校运会。")
    assert r["year_min"] is None


def test_clue_table_is_cited_and_custom_table_loads(tmp_path):
    clues = load_clues()
    assert len(clues) > 50 and all(c.source for c in clues)
    path = tmp_path / "clues.csv"
    path.write_text("pattern,year_min,year_max,kind,note,source\n# comment,,,,,\n奥运,2008,2008,event,x,y\n",
                    encoding="utf-8")
    assert infer_year_range("迎奥运", load_clues(path))["year_max"] == 2008
    path.write_text("pattern,year_min,year_max\n奥运,2009,2008\n", encoding="utf-8")
    with pytest.raises(UsageError, match="year_min 2009 is after year_max 2008"):
        load_clues(path)


def test_date_documents_and_accuracy():
    docs = pd.DataFrame({
        "doc_id": ["a", "b", "c", "d"],
        "title": ["甲", "乙", "丙", "丁"],
        "year": [None, 2010, 2017, None],
        "year_source": [None, "title", "title", None],
        "text": ["学习十六大精神，抗击非典。", "开展创先争优活动。", "学习十六大精神。", "没有线索。"],
    })
    dated = date_documents(docs).set_index("doc_id")
    assert dated.loc["a", "year_source"] == "inferred" and dated.loc["a", "year_min"] == 2003
    assert pd.isna(dated.loc["a", "year_inferred"])
    assert dated.loc["b", "consistent"] and not dated.loc["c", "consistent"]
    assert pd.isna(dated.loc["d", "year_source"])
    acc = dating_accuracy(dated.reset_index())
    assert acc["n_with_clue"] == 2 and acc["coverage"] == 0.5


def test_report_lists_the_articles_whose_year_the_text_contradicts():
    from unionmine.stats.insights import compute_insights

    body = "工会组织教职工开展文体活动，慰问困难职工，召开教代会，推进校务公开，维护合法权益。"
    docs = pd.DataFrame([
        {"doc_id": "a", "title": "2019年工会工作总结", "org": "岭南小学", "year": 2019, "year_source": "title",
         "kind": "summary", "text": "认真学习十六大精神，做好防治非典工作。" + body},
        {"doc_id": "b", "title": "2003年工会工作总结", "org": "岭北小学", "year": 2003, "year_source": "title",
         "kind": "summary", "text": "认真学习十六大精神，做好防治非典工作。" + body},
        {"doc_id": "c", "title": "工会工作总结", "org": "岭东小学", "year": None, "year_source": None,
         "kind": "summary", "text": "认真学习十六大精神。" + body},
    ])
    title, table = compute_insights(docs, pd.DataFrame())["year_conflicts"]
    assert len(title) <= 31
    assert table["文章编号"].tolist() == ["a"]
    assert table["所注年份"].tolist() == [2019] and "非典" in table["文中线索"].iloc[0]
