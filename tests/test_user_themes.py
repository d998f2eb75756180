"""scripts/user_themes.py (round 25): the users' collections scored item by item against the codebook's decision
for each invented item. Fixtures are invented headings and labels."""

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import user_themes as ut


def test_an_item_is_found_by_its_heading_and_the_longest_wins():
    assert ut.item_of("user10", "（三）落实院长接待日") == "落实院长接待日"
    assert ut.item_of("user9", "二、举办青年教师教学竞赛") == "举办青年教师教学竞赛"
    assert ut.item_of("user9", "（一）帮扶困难教职工") == "帮扶困难教职工"
    assert ut.item_of("user11", "一年来的工作") is None


def test_a_section_is_right_only_with_every_required_theme_and_nothing_else(tmp_path):
    (tmp_path / "user10").mkdir()
    pd.DataFrame({
        "heading": ["（一）落实院长接待日", "（二）落实院长接待日", "（三）维护规培医师权益", "（四）维护规培医师权益",
                    "（五）召开职工代表大会", "工作回顾"],
        "labels": [["民主管理"], ["其他"], ["维权", "送温暖"], ["送温暖"], ["民主管理"], ["其他"]],
    }).to_parquet(tmp_path / "user10" / "sections.parquet")
    res = ut.score(tmp_path)
    assert res["user10", "落实院长接待日"][:2] == [2, 1]
    assert res["user10", "维护规培医师权益"][:2] == [2, 1]  # 送温暖 optional there, 维权 required
    assert res["user10", "召开职工代表大会"][:2] == [1, 1] and res["user10", "召开职工代表大会"][2] == {"民主管理": 1}
    assert len(res) == 3  # a heading naming no item is not scored


def test_an_item_the_codebook_does_not_settle_is_left_out(tmp_path):
    (tmp_path / "user11").mkdir()
    pd.DataFrame({"heading": ["（四）开展普法宣传"], "labels": [["维权"]]}).to_parquet(tmp_path / "user11" / "sections.parquet")
    assert ut.ITEMS["user11"]["开展普法宣传"][0] is None and ut.score(tmp_path) == {}


def test_user13_is_scored_by_its_theme_headings_and_a_bare_heading_is_not(tmp_path):
    """Round 29: USER13 heads each section by one theme's heading; a heading over its items (no text of its own) is not
    scored, as its generator's ``--themes`` counts."""
    (tmp_path / "user13").mkdir()
    pd.DataFrame({
        "heading": ["（一）节日慰问暖人心", "（二）节日慰问暖人心", "二、规范工会经费管理", "三、开好教代会"],
        "labels": [["送温暖"], ["送温暖", "文体活动"], ["其他"], ["民主管理"]],
        "text": ["（一）节日慰问暖人心\n春节前工会走访慰问困难教职工十五户，送去慰问金。",
                 "（二）节日慰问暖人心\n中秋节工会为全体教职工发放月饼和节日慰问品。", "二、规范工会经费管理\n经审委员会每季度审查一次工会经费收支情况，并向会员代表报告审查结果。",
                 "三、开好教代会"],
    }).to_parquet(tmp_path / "user13" / "sections.parquet")
    res = ut.score(tmp_path)
    assert res["user13", "节日慰问暖人心"][:2] == [2, 1]
    assert res["user13", "规范工会经费管理"][:2] == [1, 0]
    assert ("user13", "开好教代会") not in res
