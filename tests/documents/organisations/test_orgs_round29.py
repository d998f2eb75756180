"""Round 29 (organisations and types): invented names first (a recipient or a list item taken for the one company,
a list of places closed by 等, a month's time glued before a body, a kind of zone's union), then the host whose event a
federation's officials attend, the unit a federation's appraisal names, a report's host in its dash subtitle, a
university's own rules cited with a trial mark, a university's 分工会, and the type of an unnamed place's union or
hospital (own invented fixtures, each with near misses where the rule must not fire)."""

from __future__ import annotations

import pytest

from unionmine.documents.describe import describe_article
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.described import zone_only
from unionmine.documents.organisations.names import malformed
from unionmine.documents.organisations.subtitle import subtitle_host

RULES = default_describe_rules()


def _org(title: str, text: str) -> tuple[str | None, str | None]:
    described = describe_article(title, text)
    return described["org"], described["org_type"]


# ---------------------------------------------------------------- invented: a recipient, a list item, 等, 月份

def test_a_company_whose_workers_received_a_letter_is_not_the_writer():
    text = ("为深入学习贯彻总书记给青岚粮油集团职工回信的重要精神，总结集团2019年工会工作，集团工会于5月20日召开委员会议。"
            "会议传达学习了总书记给青岚粮油集团职工回信的精神。")
    assert _org("集团工会召开四届四次委员会议", text) == (None, "enterprise")
    # near miss: the one group named as the subject where the text speaks as a group stays
    text2 = "5月20日，青岚粮油集团工会召开委员会议，集团工会委员参加会议。"
    assert _org("集团工会召开委员会议", text2)[0] == "青岚粮油集团"


def test_a_group_listed_beside_the_writers_own_company_is_another_body():
    text = ("公司工会高度重视职代会提案的征集工作。公司两级职代会的代表建言献策，向公司、柳建集团职代会提交了许多提案。"
            "下一步，公司工会将为推进公司、柳建集团的发展提出更多建议。")
    assert _org("", text) == (None, "enterprise")


@pytest.mark.parametrize("name, bad", [
    ("韩岭市等", True),  # …山阳县、韩岭市等公司项目工地: a list of places
    ("柳溪县等", True),
    ("北京高等", False),  # 北京高等专科学校: no place before 等
    ("青岚中等", False),
])
def test_a_list_of_places_closed_by_deng_is_no_name(name, bad):
    assert (malformed(name, RULES) is not None) is bad


def test_a_month_glued_before_a_kind_of_body_is_no_name():
    text = "大力弘扬劳模精神，做好劳模评选推荐工作。7月份就开发区企业工会规范化建设工作组织互查互学活动。"
    assert _org("2012年工会年终总结", text)[0] is None
    # near miss: a company named after the month's clause is still found
    text2 = "7月份，青岚纺织有限公司工会组织职工开展技能比武。"
    assert _org("", text2)[0] == "青岚纺织有限公司"


@pytest.mark.parametrize("org, bare", [
    ("经开区总工会", True), ("高新区工会", True), ("示范区工会", True), ("开发区总工会", True),
    ("松江经开区总工会", False), ("长岚经济技术开发区总工会", False), ("沈岚新区总工会", False), ("经开区", False),
])
def test_a_kind_of_zone_and_its_union_alone_names_no_unit(org, bare):
    assert zone_only(org) is bare


def test_a_zones_union_without_its_place_is_not_named_but_typed():
    text = "经开区总工会户外劳动者服务站点向户外劳动者敞开大门。今年，经开区总工会累计投入资金26万元，打造站点10个。"
    assert _org("累了来歇歇——经开区户外劳动者驿站全面开放", text) == (None, "other")


def test_a_provinces_federation_is_not_named_again_by_the_last_finders():
    text = ("1月26日，在柳岚市青河区总工会服务中心门口，拿到工资的农民工合影留念。2013年以来，山西省总工会开展专项行动，"
            "积极帮助农民工解决欠薪问题。")
    assert _org("", text)[0] != "山西省总工会"


# ---------------------------------------------------------------- the host of an event a federation's officials attend

def test_the_host_of_an_event_a_federations_officials_attend_is_the_unit():
    text = ("9月1日，中岚铁建工程局三公司首家五星级户外劳动者服务站点揭牌仪式在柳溪湖项目举行。柳溪市总工会党组书记、"
            "副主席某某等出席活动。\n某某表示，这是发挥工会桥梁纽带作用的生动体现。")
    assert _org("", text) == ("中岚铁建工程局三公司", "enterprise")


def test_the_unit_a_visiting_federation_goes_to_in_the_title_is_the_unit():
    title = "市总工会到柳巷社区开展女职工阳光家园考核验收工作"
    text = ("11月12日上午，青岚市总工会党组成员、副主席某某等一行3人，在区总工会负责人陪同下，到柳巷社区申报的母婴室进行了"
            "考核验收。某副主席对我社区的建设给予了充分肯定。")
    assert _org(title, text)[0] == "柳巷社区"


def test_a_federation_whose_officer_acts_alone_stays_the_writer():
    text = "近日，青岚市总工会副主席某某带队深入企业开展安全生产检查，督促企业落实防暑降温措施。"
    assert _org("", text)[0] == "青岚市总工会"
    # near miss: its officials named, but the title names the federation: its own item
    text2 = "9月1日，柳岚公司职工驿站揭牌仪式举行。青岚市总工会党组书记某某等出席活动。"
    assert _org("青岚市总工会为柳岚公司职工驿站揭牌", text2)[0] == "青岚市总工会"


def test_the_unit_a_federations_appraisal_ranks_is_the_unit():
    text = "日前，由青岚市总工会组织评选的全市2011年度“先进职工之家”揭晓，柳溪纪念馆工会名列其中。近年来，柳溪纪念馆发挥员工积极性。"
    assert _org("", text) == ("柳溪纪念馆", "other")


def test_a_memorial_hall_visited_is_no_writer():
    text = "5月20日，学校工会组织党员教师参观柳岚革命纪念馆，接受红色教育。"
    assert _org("", text)[0] is None


# ---------------------------------------------------------------- a report's host, cited rules, a university's 分工会

def test_a_reports_dash_subtitle_names_the_body_whose_congress_hears_it():
    text = ("履职尽责情系职工\n——2023年6月26日在青岚职业技术学院\n第五届教职工代表暨工会会员代表大会第一次会议上\n"
            "各位代表，同志们：\n我受学校第四届工会委员会的委托，向大会报告工作，请予审议。")
    assert _org("工会工作报告", text) == ("青岚职业技术学院", "university")
    text2 = "为全面加快品质之城建设作出新贡献\n——在柳溪市总工会十四届七次委员（扩大）会议上的报告\n各位委员：\n现在，我受市总工会常委会委托，向全会报告工作。"
    assert _org("工会主席在市总工会十四届七次委员（扩大）会议上的报告", text2)[0] == "柳溪市总工会"


@pytest.mark.parametrize("text", [
    "——在市总工会十四届七次委员会议上的报告\n各位委员：",  # a bare level: no unit
    "——在全市工会工作会议上的讲话\n同志们：",  # no numbered congress
    "各位代表：\n我代表工会作报告。\n" * 5 + "——在青岚中学第五届教代会上",  # not under the title
])
def test_a_subtitle_without_a_units_own_name_or_congress_names_none(text):
    assert subtitle_host(text, RULES) is None


def test_a_universitys_own_rules_cited_with_a_trial_mark_name_it():
    text = ("2014年1月16日上午，我校2013年工会工作总结会在工会俱乐部召开。校工会组织召开了第六届教代会第四次会议，讨论通过了"
            "《青岚交通大学岗位绩效津贴分配办法（试行）》。")
    assert _org("总结2013成果丰硕，展望2014任重道远", text) == ("青岚交通大学", "university")


def test_a_colleges_union_citing_its_own_rules_names_the_college():
    text = ("学院工会在此特殊时期坚决服从疫情指令。完善《青岚交通职业学院教职工代表大会制度》、《青岚交通职业学院工会经费"
            "收支管理办法》等制度。")
    assert _org("", text) == ("青岚交通职业学院", "university")
    # near miss: a place's rules (a level in the name) name no unit
    text2 = "学院工会认真学习《青岚市教职工代表大会条例（试行）》，完善民主管理。"
    assert _org("", text2)[0] is None


def test_a_universitys_branch_unions_do_not_make_it_a_department():
    text = "清岚新闻网1月4日电 1月3-4日，2012年度青岚大学分工会工作总结交流会在二教会议室召开，各分工会主席出席会议。"
    assert _org("校工会召开年度分工会工作总结交流会", text) == ("青岚大学", "university")
    # near miss: a college's 分工会 with its university not named stays a department
    text2 = "1月3日，生命科学学院分工会召开工作总结会，各工会小组长出席会议。"
    assert _org("", text2) == (None, "university")


# ---------------------------------------------------------------- the type of an unnamed place's union or hospital

def test_a_districts_union_acting_is_typed_as_a_federation():
    text = "新春佳节来临之际，区总工会赴南岚镇、东岚镇等地，开展送温暖走访慰问活动，为一线职工送上慰问品与慰问金。"
    assert _org("", text) == (None, "other")
    text2 = "3月29日上午，示范区工会在青岚纺织品有限公司组织开展了女职工维权宣传活动，走进企业车间和职工宿舍。"
    assert _org("示范区开展女职工维权行动月宣传活动", text2)[1] == "other"


def test_a_federation_visiting_a_school_that_writes_leaves_its_type():
    text = "12月3日，市总工会到我校开展送温暖慰问活动，校工会主席陪同慰问困难教师。"
    assert _org("", text)[1] != "other"


def test_a_hospital_speaking_of_itself_is_typed_other():
    text = ("随着副院长、工会主席某某宣布活动开始，全院200余名干部职工齐聚一堂。儿科、儿保科代表队获得第一名，"
            "产三病区代表队获得拔河比赛第一名。此次活动丰富了我院职工的业余文体生活。")
    assert _org("", text) == (None, "other")
    # near miss: a college's 我院 beside its university's 校工会 is no hospital
    text2 = "我院分工会组织教职工开展趣味运动会，校工会领导到场指导，护理专业师生参加。"
    assert _org("", text2)[1] != "other"


def test_a_companys_name_before_its_year_in_its_title_names_the_writer():
    text = "一年来，公司认真按照上级工会的要求，推行厂务公开制度。"
    assert _org("纺岚公司2014年厂务公开工作总结", text) == ("纺岚公司", "enterprise")
    # near misses: the kind of body alone, and a title that is no document's genre
    assert _org("公司2014年厂务公开工作总结", text)[0] is None
    assert _org("纺岚公司2014年职工运动会圆满落幕", text)[0] is None


def test_a_streets_union_named_in_the_text_is_the_titles_street():
    text = "5月28日，在滨岚区柳李街道府前社区项目楼顶，农民工吃上了社区送来的西瓜。\n柳李街道总工会联合各社区，买上西瓜。"
    assert _org("滨岚柳李街道酷暑高温为农民工送清凉", text) == ("柳李街道总工会", "other")
    assert _org("武岚山特区工会开展送清凉活动", "8月2日下午，武岚山特区工会开展送清凉活动。") == ("武岚山特区工会", "other")
    # near miss: no union of the street named: the street stays
    text2 = "5月28日，柳李街道为辖区农民工送去西瓜和防暑药品。"
    assert "工会" not in (_org("柳李街道酷暑高温为农民工送清凉", text2)[0] or "")


def test_the_first_of_a_list_of_member_unions_is_not_the_writer():
    text = ("4月25日，集团召开2022年度工会工作会议，集团党委副书记、工会主席某某出席会议。\n随后，昆岚会展中心有限公司工会、"
            "云岚置业股份有限公司工会、云岚集采贸易有限公司工会3家基层工会结合2021年工会工作情况进行了交流发言。")
    assert _org("", text) == (None, "enterprise")
    # near miss: a company's union alone opening the item is its writer
    text2 = "4月25日，昆岚会展中心有限公司工会召开2022年度工会工作会议，公司党委副书记出席会议。"
    assert _org("", text2)[0] == "昆岚会展中心有限公司"


def test_the_federation_a_reporter_got_the_news_from_is_the_unit():
    text = "记者日前从湖北省荆岚市总工会获悉，荆岚工会把困难职工解困脱困作为重点工作推进。湖北省总工会给企业送去慰问金30万元。"
    assert _org("荆岚工会多举措帮扶困难职工", text) == ("荆岚市总工会", "other")
    # near misses: a bare level's federation, a province's
    assert _org("", "近日，记者从市总工会获悉，全市新增职工驿站20个。")[0] is None
    assert _org("", "近日，记者从湖北省总工会获悉，全省新增职工驿站200个。")[0] is None


def test_a_union_closing_a_counted_list_is_not_the_writer_but_a_units_own_bodies_are_no_list():
    text = "4月25日，集团召开工会工作会议。会议对云岚水务投资股份有限公司工会等5家优秀基层工会进行了表彰。"
    assert _org("", text)[0] is None
    # near miss: a school's union and its retirees' association acting together: the school writes
    text2 = "金秋送爽，沙岚中心小学工会、退教协会举办重阳节座谈会，邀请全体退休教师欢聚一堂。"
    assert _org("", text2)[0] == "沙岚中心小学"


def test_a_guest_federation_with_no_host_named_is_no_writer():
    text = ("9月16日，由市教育工会主办的全市教职工乒乓球比赛在青岚交通技师学院举行。全市教育系统11支代表队参加比赛。"
            "青岚市总工会党组成员、教育工会主席某某出席开幕式。\n本次比赛是全市教育系统首届教职工乒乓球比赛。")
    org, org_type = _org("", text)
    assert org is None and org_type == "education_union"
    # near miss: the federation that holds the match and whose chairman speaks stays the writer
    text2 = "9月16日，青岚市总工会举办全市职工乒乓球比赛。青岚市总工会党组书记某某出席开幕式并致辞。"
    assert _org("", text2)[0] == "青岚市总工会"


def test_a_federations_party_visiting_communities_stays_the_writer():
    text = ("近日，荣岚市总工会副主席某某一行就社区建会工作与香河社区、河西社区负责人进行了对接。\n"
            "下一步，荣岚市总工会将依托社区工会联合会的成立，充分发挥社区工会组织作用。")
    assert _org("", text)[0] == "荣岚市总工会"
    # near miss: a party visiting with no unit named and no other mention: the federation stays too
    text2 = "近日，荣岚市总工会副主席某某一行到基层调研职工之家建设情况。"
    assert _org("", text2)[0] == "荣岚市总工会"
