"""Each organisation's distinctive terms say what it did that the others did not: not the theme names
its headings repeat, not the genre's heading words, not stock phrases (a district officer read 文体活动,
送温暖, 民主管理 and 维权 as one school's "distinctive" words)."""

from __future__ import annotations

import pandas as pd

from unionmine.stats import distinctive_terms
from unionmine.stats.columns import ALL_THEMES
from unionmine.stats.terms import generic_term

# Invented schools. 青石小学 heads every part of its summaries with a theme's name and the genre's
# heading words; the other two write the same kinds of work in prose under other headings.
_QINGSHI = """一、指导思想
坚持教书育人，坚定不移办好学校。
二、文体活动
一是举办教工篮球联赛，篮球联赛共八场；二是组织登山。文体活动丰富。
三、送温暖
送温暖到每位退休教师家中，送温暖慰问金发放到位。
四、民主管理
民主管理制度健全，民主管理落实。
五、维权
维权工作有序，维权意识增强。
六、存在问题
今后打算继续努力。"""
_LIUYANG = """柳杨中学工会本年度的工作
组织教工合唱团排练，合唱团在区里演出两次；慰问生病教师，教代会审议绩效方案，签订集体合同。
合唱团还去敬老院演出。"""
_HUAI = """槐里幼儿园工会的一年
工会带领教工种植园艺角，园艺角收获蔬菜；看望生育的教师，召开教代会，讨论评优办法。
园艺角成为孩子们喜欢的地方。"""


def _collection() -> pd.DataFrame:
    rows = []
    for org, text in (("青石小学", _QINGSHI), ("柳杨中学", _LIUYANG), ("槐里幼儿园", _HUAI)):
        for i in range(3):
            rows.append({"doc_id": f"{org}{i}", "org": org, "text": text})
    return pd.DataFrame(rows)


def test_theme_names_heading_words_and_stock_phrases_are_not_distinctive():
    table = distinctive_terms(_collection(), min_n=1)
    qingshi = table.loc[table["org"] == "青石小学", "term"].tolist()
    assert "篮球联赛" in qingshi  # what this school did that the others did not
    for word in (*ALL_THEMES, "指导思想", "一是", "二是", "存在", "今后", "打算", "教书育人", "坚定不移"):
        assert word not in table["term"].tolist(), (word, qingshi)
    assert table.loc[table["org"] == "青石小学", "rank"].tolist() == list(range(1, len(qingshi) + 1))
    assert "合唱团" in table.loc[table["org"] == "柳杨中学", "term"].tolist()


def test_generic_terms_come_from_the_one_home_of_each_list():
    assert all(generic_term(theme) for theme in ALL_THEMES)  # the themes' labels
    assert generic_term("指导思想") and generic_term("一是")  # data/heading_words.txt
    assert generic_term("我们") and generic_term("进一步")  # data/stopwords.txt
    assert generic_term("教书育人") and generic_term("坚定不移")  # data/stock_phrases.txt
    assert not generic_term("篮球联赛") and not generic_term("集体合同") and not generic_term("维权岗")


def test_a_writer_s_name_for_its_own_unit_is_not_distinctive():
    # the two kindergartens of a district's collection had 我园 (our kindergarten) as their first
    # distinctive term, a town's union 我镇 and 全镇: who writes, not what it did
    frame = _collection()
    frame.loc[frame["org"] == "槐里幼儿园", "text"] = _HUAI.replace("工会带领", "我园工会带领我园")
    table = distinctive_terms(frame, min_n=1)
    huai = table.loc[table["org"] == "槐里幼儿园", "term"].tolist()
    assert "园艺" in huai and "我园" not in huai, huai
    for word in ("我校", "我园", "全园", "全校", "我镇", "全镇", "全区", "全体"):
        assert generic_term(word), word
