"""Round 24 (organisations named): a headline that opens with a place-led unit's union acting names the writer,
though its name ends in no suffix the finder knows (own fixtures, each with a near miss)."""

from __future__ import annotations

from unionmine.documents.describe import describe_article
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.cited import cited_own
from unionmine.documents.organisations.headline import headline_union
from unionmine.documents.organisations.names import without_offices

RULES = default_describe_rules()

# ---------------------------------------------------------------- a headline's unit whose union acts


def test_a_headline_union_names_the_unit_before_an_upper_federation_in_the_text():
    title = "四川青岚机场工会“送清凉”到一线"
    text = ("近日，青岚市总工会发文公布第二批职工驿站名单，四川青岚机场职工驿站入选。\n"
            "入夏以来，机场工会工作人员先后来到飞行区、安检站和地勤部，向一线职工发放防暑降温物品。")
    assert describe_article(title, text)["org"] == "四川青岚机场"


def test_a_place_s_trade_system_union_is_the_writer():
    title = "浙江柳溪县卫生系统工会积极开展职工互助保障活动"
    text = ("近日，柳溪县总工会召开互助保障工作推进会，部署全年工作。\n"
            "柳溪县卫生系统工会按照会议要求，及时召开系统工会主席会议，动员职工参加互助保障。")
    described = describe_article(title, text)
    assert (described["org"], described["org_type"]) == ("柳溪县卫生系统工会", "other")  # (the province before its county dropped)


def test_a_town_s_union_in_the_headline_is_filed_with_its_union():
    title = "湖北青岚县柳溪镇工会举办职工拔河赛"
    text = "7月1日，青岚县柳溪镇政府大院里加油声此起彼伏，由该镇工会组织的首届职工拔河赛在这里举行。"
    assert describe_article(title, text)["org"] == "青岚县柳溪镇工会"


def test_no_headline_union_without_a_place_a_predicate_or_a_unit_of_its_own():
    for title in ("后勤管理处分工会成功举办第一届职工羽毛球赛",  # a department's branch union: its parent unnamed
                  "外国语学院工会赴兄弟院校开展工作交流",  # no place opens the name
                  "四川青岚机场工会主席为一线职工送清凉",  # a noun after the union: no headline's subject
                  "四川青岚机场工会工作总结",
                  "青岚市总工会开展职工疗休养活动",  # a federation: the title's plain scan names it
                  "市总工会开展送清凉活动",
                  "学校工会积极开展教职工趣味运动会"):
        assert headline_union(title, RULES) is None, title


# ---------------------------------------------------------------- the unit whose facility a federation's award names


def test_the_unit_holding_the_facility_a_federation_lists_is_the_subject():
    text = ("近日，青岚省总工会宣传教育部发布2024年职工书屋建设典型成果名单，柳溪市政务服务中心职工书屋入选。\n"
            "柳溪市政务服务中心职工书屋现有藏书两万余册，每周向干部职工开放。")
    assert describe_article("", text)["org"] == "柳溪市政务服务中心"
    text = ("8月2日，青岚省总工会授予的“爱心妈妈屋”在柳溪锡矿选矿车间正式挂牌。\n"
            "随着女职工人数增多，选矿车间工会多方筹措，建成了这间温馨的小屋。")
    assert describe_article("", text)["org"] == "柳溪锡矿"


def test_a_federation_s_own_facility_or_a_facility_without_an_award_changes_nothing():
    # near misses: the federation opens its own station; a unit named with no award in the sentence
    text = ("3月15日，青岚县总工会依托工会驿站启动“户外劳动者服务日”活动，为户外劳动者提供暖心服务。\n"
            "当日，志愿者为环卫工人、快递小哥送上热茶和慰问品。")
    assert describe_article("", text)["org"] == "青岚县总工会"
    text = ("近日，青岚县总工会召开全委会，柳溪市政务服务中心职工书屋负责人介绍了经验。\n"
            "会议部署了全年工作。")
    assert describe_article("", text)["org"] == "青岚县总工会"


# ---------------------------------------------------------------- a company's 机关, a new town's 直属机关


def test_a_company_s_head_office_union_is_filed_under_the_company():
    described = describe_article("柳溪电力公司机关工会举办职工集体生日会",
                                 "12月18日，柳溪电力公司机关工会在办公区会议室为23名职工举办集体生日会。")
    assert (described["org"], described["org_type"]) == ("柳溪电力公司", "enterprise")


def test_a_new_town_s_direct_organs_union_is_the_writer():
    text = "12月6日，青岚新区柳溪新城直属机关工会为当月过生日的会员举办集体生日会，送上蛋糕和贺卡。"
    assert describe_article("", text)["org"] == "青岚新区柳溪新城直属机关工会"


def test_offices_of_a_bureau_a_ministry_or_a_bare_level_keep_their_filing():
    assert without_offices("临江区财政局机关") == "临江区财政局"
    assert without_offices("某某区教育局机关") == "某某区教育局机关"  # (a bureau of education's 机关 union)
    assert without_offices("区直属机关") == "区直属机关"  # a bare level: named by ruling g elsewhere
    assert without_offices("彭城市机关幼儿园") == "彭城市机关幼儿园"


# ---------------------------------------------------------------- a school named only in its own rules' cited titles


def test_a_school_named_only_in_its_own_cited_rules_is_the_writer():
    text = ("一年来，我校工会在校党支部的领导下，认真履行各项职能。\n"
            "今年我校召开了第三届二次教代会，审议通过了《柳溪路学校绩效工资分配方案》、《柳溪路学校考勤制度》。\n"
            "工会还组织了教职工趣味运动会和读书沙龙。")
    described = describe_article("小学工会工作总结", text)
    assert (described["org"], described["org_type"]) == ("柳溪路学校", "school")
    text = ("会上，主席宣读了由学校工会下发的《青岚师范学院分工会档案建设内容提纲》，要求各分工会注重平时积累。\n"
            "我校各分工会主席参加了会议。")
    assert describe_article("校工会召开工作会议", text)["org"] == "青岚师范学院"


def test_no_writer_from_cited_rules_of_a_place_of_two_schools_or_without_a_school_speaking():
    # a place's rules (a district's schools, a county's school named by its level): not this rule's
    for text in ("我校工会认真贯彻《青岚区中小学教代会工作条例》，按时召开教代会。",
                 "我校工会按照《青岚县实验小学章程》要求，按时召开教代会。",
                 "我校工会按照《全县中小学教职工考核办法》要求，按时召开教代会。"):
        assert cited_own(text, RULES) is None, text
    for text in (
            # two schools' rules: which one wrote is not said
            "我校工会学习了《柳溪路学校章程》和《青岚中学绩效考核办法》，结合实际制定了工作计划。",
            # no school speaks: a bureau's text citing a school's plan
            "区教育局转发《柳溪路学校课后服务实施方案》，供各单位参考。"):
        assert describe_article("工会工作总结", text)["org"] is None, text


def test_a_federation_listing_several_units_facilities_stays_the_subject():
    text = ("近日，青岚市总工会命名柳溪市政务服务中心职工书屋、青岚县实验小学职工书屋等十家单位为示范职工书屋。\n"
            "市总工会将为每家示范点配送图书。")
    assert describe_article("", text)["org"] == "青岚市总工会"
