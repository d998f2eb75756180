"""A headline that opens with the unit and its event verb at once names the unit the finders refused for its short
head (Round 40): a weak suffix after two characters, a level before a remit or an ordinal, a head opening with a
generic word. Own invented lines, each with near misses that must name nothing."""

from __future__ import annotations

from unionmine.documents.describe import default_describe_rules, describe_article
from unionmine.documents.organisations.headline_lead import headline_lead


def _org(title: str, text: str) -> tuple[str | None, str | None]:
    described = describe_article(title, text)
    return described["org"], described["org_type"]


def test_a_company_by_its_two_character_head_calls_its_congress():
    assert _org("柳岸公司召开第三次工代会暨三届一次职代会",
                "12月20日上午，柳岸公司召开第三次工代会暨三届一次职代会，35名职工代表参会。会议审议了工会工作报告。") \
        == ("柳岸公司", "enterprise")


def test_a_company_named_by_its_remit():
    assert _org("热力公司召开2019年民主管理大会",
                "12月8日下午，热力公司在二楼会议室召开2019年民主管理大会，各部门职工共计60人参加会议。") \
        == ("热力公司", "enterprise")


def test_a_level_before_a_remit_and_an_adverb():
    assert _org("市疾控中心成功举办秋季职工趣味运动会",
                "为增强职工体质，市疾控中心于10月举办秋季职工趣味运动会。全体职工参加。") == ("市疾控中心", "other")


def test_a_level_and_an_ordinal_before_its_union():
    assert _org("市三医院工会开展夏季送清凉活动", "7月20日，市三医院工会为一线职工送去清凉饮品。（市三医院工会）")[0] == "市三医院"


def test_after_a_kicker_with_a_second_name_in_brackets():
    title = "健步同行 活力满满——市疾病预防控制中心（市健康教育所）组织开展职工健步走"
    text = "5月20日，市疾病预防控制中心（市健康教育所）工会组织开展职工健步走活动。"
    assert _org(title, text)[0] == "市疾病预防控制中心"


def test_a_head_that_opens_with_a_generic_word_but_is_a_name():
    assert _org("本岚钢铁集团有限公司召开第二届第三次职工代表大会",
                "10月9日，本岚钢铁集团有限公司召开第二届第三次职工代表大会。200名代表出席。")[0] == "本岚钢铁集团有限公司"


def test_a_short_form_whose_full_name_the_text_writes():
    assert _org("市妇保中心开展职工代表巡视活动",
                "为加强青岚市妇女保健服务中心民主管理工作，6月5日，职工代表分组巡视各科室。")[0] == "市妇保中心"


def test_near_misses_name_nothing():
    rules = default_describe_rules()
    # an authority or a place's federation by its level alone (ruling g)
    assert headline_lead("县总工会开展安全生产检查", "县总工会开展检查。", rules) is None
    assert headline_lead("区教育局召开工作会议", "区教育局召开会议。", rules) is None
    # a verb or a generic word opens the head: a phrase
    assert headline_lead("配合公司开展安全检查", "配合公司开展检查。", rules) is None
    assert headline_lead("全市学校开展安全教育", "全市学校开展教育。", rules) is None
    # the event verb not at once (the head is a phrase before a year's contest)
    assert headline_lead("供气公司2024年度技能比武圆满举办", "供气公司工会组织技能比武。", rules) is None
    # not written again in the text, nor a fuller name of it (another centre's characters out of order)
    assert headline_lead("柳岸公司召开职代会", "12月20日，职代会召开。", rules) is None
    assert headline_lead("市妇保中心开展巡视活动", "青岚市保健妇女服务中心开展巡视。", rules) is None
    # a department's union under a kind's part (学校机关分工会: the school is not named)
    assert headline_lead("春风十里——学校机关分工会开展三八节活动", "学校机关分工会组织女教工踏青。", rules) is None
    # not at a clause's start: the venue or object of another clause
    assert headline_lead("职工走进柳岸公司开展参观", "职工走进柳岸公司。", rules) is None
