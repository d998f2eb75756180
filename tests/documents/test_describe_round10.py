"""Describing, round 10 (issue 12): an organisation must be a well-formed unit name, org types from
the unit's parts and its staff, the year of a news item's event, years the text only recalls.
Every fixture is invented wording (names, places, numbers), not copied from any page."""

import pytest

from unionmine.documents.describe import describe_article, find_kind, find_year
from unionmine.documents.news import event_year, is_news, news_lead
from unionmine.documents.organisations.find import find_org
from unionmine.documents.organisations.names import compatible, in_list
from unionmine.documents.organisations.types import find_org_type

WORK = "\n一、加强学习\n组织会员学习政治理论，开展读书分享。\n二、关心会员\n走访慰问困难会员九户。"


# ------------------------------------------------------------------ sentence fragments are no names

FRAGMENTS = [
    "今年医院的中心工作是创建三甲，工会发动职工建言献策。",
    "去年学校新建了教职工活动室，工会添置了健身器材。",
    "教职工们走进社区开展志愿服务，回报社会。",
    "会议传达学习了全国总工会、青州省总工会第九届委员会第四次全体会议精神。",
    "区总工会、区卫健局、区教育局相关负责同志参加了活动。",
    "随着医院规模扩大，工会会员人数增加到七百余人。",
    "由于公司业务调整，部分职工转岗参加培训。",
    "面对新形势，学院工会积极探索服务教职工的新途径。",
    "二级学院分工会主席参加了培训班。",
    "组织职工到县文化馆观看了专场演出。",
    "本学期学校安排了青年教师汇报课，工会全程参与。",
    "当年企业工会经费全部按时足额上缴。",
    # a place visited, another body's people acting
    "近日，青州晚报记者走进学校，采访了工会主席。",
    "青禾县中医院专家为全体职工进行了免费体检。",
    "教师节前夕，青禾县教育局领导来校慰问一线教师。",
]


@pytest.mark.parametrize("text", FRAGMENTS)
def test_fragments_name_no_organisation(text):
    assert describe_article("", text + WORK)["org"] is None
    assert describe_article("工会工作总结", text + WORK)["org"] is None


@pytest.mark.parametrize(
    "title, text, org",
    [
        ("", "2023年，青禾县第二人民医院工会在院党委的领导下，认真履行职责。", "青禾县第二人民医院"),
        ("鹿鸣镇中心小学工会2022年工作总结", "一年来，我校工会围绕中心，服务大局。", "鹿鸣镇中心小学"),
        ("", "今年，远帆物流公司工会坚持以职工为中心，扎实开展工作。", "远帆物流公司"),
        ("", "2022年，云杉社区工会在街道总工会的指导下，服务辖区职工。", "云杉社区"),
        # a department named with its university is a unit (北辰大学经济管理学院)
        ("经济管理学院分工会2023年工作总结", "2023年，南屏大学经济管理学院分工会在学院党委领导下开展工作。",
         "南屏大学经济管理学院"),
        # the title's kind of body and the named one agree: a district's education union is its bureau's
        ("区教育工会2023年工作总结", "2023年，青山区教育局工会在区教育局党委的领导下，团结全区教职工。", "青山区教育局"),
        ("学校工会工作总结", "2023年，青山职业技术学院工会在学院党委领导下开展工作。", "青山职业技术学院"),
        ("公司工会工作总结", "2023年，青山供电局工会在局党委领导下开展工作。", "青山供电局"),
        # a newspaper office is a unit (报社), the word 社会 is not
        ("", "2023年，青州日报社工会在社党委的领导下，围绕中心服务大局。", "青州日报社"),
    ],
)
def test_well_formed_names_are_still_found(title, text, org):
    assert describe_article(title, text + WORK)["org"] == org


@pytest.mark.parametrize(
    "text, org",
    [
        # a place's department joins two fields with 和: one name (no list of its words needed)
        ("2023年，青山县文化广电和旅游局工会在局党组领导下开展工作。", "青山县文化广电和旅游局"),
        ("2024年，柳河区农业农村和水利局机关工会围绕中心开展工作。", "柳河区农业农村和水利局"),
        # a meeting and a body joined by 和 are two things
        ("会议传达了五中全会和区总工会全委会精神，2023年，青山县教育局工会认真落实。", "青山县教育局"),
    ],
)
def test_a_departments_official_name_keeps_its_and(text, org):
    assert find_org("", text + WORK)[0] == org


def test_a_bare_name_holding_people_or_a_meeting_is_no_unit():
    # "教工教代会工会工作报告": the title's words before 工会 are people and a congress
    assert find_org("教工教代会工会工作报告", "各位代表：现在我代表工会向大会报告工作。" + WORK)[0] is None
    assert find_org("职工代表工会工作汇报", "过去一年，工会做了以下工作。" + WORK)[0] is None


def test_a_head_of_people_or_with_a_persons_title_is_no_name():
    # the staff's hospital of a group not named; a meeting of chairmen
    assert find_org("医院工会工作总结", "20××年职工医院工会工作在集团公司工会的指导下稳步推进。" + WORK)[0] is None
    title = "青州市各县区教育工会主席暨三星级高中工会主席会议在东岭中学召开"
    assert find_org(title, "会议由市教育工会主持。" + WORK)[0] != "教育工会主席暨三星级高中"
    # ...but a proper name holding a people word before its suffix stays one
    assert find_org("", "2023年，青禾县教师进修学校工会在校党支部领导下开展工作。" + WORK)[0] == "青禾县教师进修学校"


def test_a_department_of_an_unnamed_body_gives_its_type_only():
    text = "11月20日，化学工程学院分工会召开年度总结交流会，全体工会委员参加。" + WORK
    org, org_type, ev = find_org("", text)
    assert org is None and org_type == "university" and "department" in ev[-1]
    assert describe_article("", text)["org_type"] == "university"


def test_a_body_of_another_kind_than_the_title_names_is_not_the_writer():
    # the title names a company's group without its name; a federation in the text is someone else
    title = "集团工会委员会召开第三次全委会"
    text = "4月2日，集团工会委员会召开第三次全委会。会议传达了青州省总工会第十届委员会第五次会议精神。" + WORK
    got = describe_article(title, text)
    assert got["org"] is None and got["org_type"] == "enterprise"
    assert not compatible("enterprise", "other") and compatible("school", "university")
    # a kind of body the title is about, not the writer's union: the federation stays the writer
    text = "2023年，青山县总工会围绕企业工会规范化建设开展工作。" + WORK
    assert find_org("关于加强企业工会规范化建设的工作总结", text)[0] == "青山县总工会"
    assert in_list("甲、乙县总工会", 2, 7) and not in_list("乙县总工会召开", 0, 5)


# ------------------------------------------------------------------ org types without a name


@pytest.mark.parametrize(
    "title, text, org_type",
    [
        # a body called 学校 with a university's parts is a university
        ("", "9月10日，新学期工会工作会议召开。学校工会在学校党委领导下，组织各二级学院分工会开展活动。", "university"),
        ("学校召开年度工会工作会议", "会议由校工会主席主持，各分工会主席和教职工代表参加。", "university"),
        # ...without them, a school
        ("", "一年来，学校工会认真落实上级要求，组织教师开展师德学习。", "school"),
        # a town speaking of itself
        ("工会年度工作总结", "今年，我镇工会在县总工会和镇党委的领导下，圆满完成了各项任务。", "other"),
        ("", "一年来，我乡工会围绕中心工作，服务辖区职工。", "other"),
        # an anonymised year is not an anonymised body (20××年全局 is no ××局)
        ("工会年终工作总结", "研究确定20××年全局工会工作任务，团结动员广大员工，各车间班组全力以赴。", "enterprise"),
    ],
)
def test_org_type_from_the_units_parts_and_self_reference(title, text, org_type):
    assert find_org_type(text + WORK, title=title)[0] == org_type


def test_the_writer_calling_itself_outranks_loose_cue_words():
    # a company's union visiting a school: 校长/全校 (school cues) outnumber 公司, but it says 我公司
    text = ("今年六月，我公司工会组织员工到青苗希望小学开展捐赠活动，校长代表全校师生致谢，"
            "全校师生为员工们表演了节目。")
    assert find_org_type(text, title="")[0] == "enterprise"
    # a university calls itself 我校 too: with its colleges' 分工会 it is a university
    assert find_org_type("一年来，我校各二级学院分工会积极开展活动。我校工会获评先进。", title="")[0] == "university"


@pytest.mark.parametrize(
    "text, org_type",
    [
        ("在第三十个教师节前后，工会组织全体教师开展尊师活动，为老师们送上慰问。", "school"),
        ("工会关心一线员工，车间班组职工之家全部建成。", "enterprise"),
        ("工会组织医务人员开展义诊，为患者提供便民服务。", "other"),
        # no words for its staff, or as many for two kinds: none
        ("工会组织会员开展健步走活动。", None),
    ],
)
def test_org_type_last_resort_is_the_staff_a_text_speaks_of(text, org_type):
    assert find_org_type(text, title="")[0] == org_type


# ------------------------------------------------------------------ news items: the event's year


@pytest.mark.parametrize(
    "title, text, year",
    [
        # the years of the work a meeting reviewed or planned are not the item's
        ("青山区总工会部署推进园区工会工作", "日前，青山区总工会召开园区工会工作交流会，总结2022年园区工会工作，研究2023年重点任务。", None),
        ("", "4月8日上午，石门街总工会召开全体委员会议，听取了石门街总工会2023年工作总结及2024年工作计划。", None),
        # the year that names the event is
        ("", "9月3日，2024年秋季学期工会工作推进会在行政楼召开，各分会主席参加会议。", 2024),
        ("", "12月16日上午，机电学院分工会召开2023年度工会工作总结交流会，会议由分工会主席主持。", 2023),
        ("", "日前，学校工会组织教职工开展2023年迎新春健步走活动，两百余人参加。", 2023),
        # a dated lead gives its year
        ("柳岸街总工会召开委员会议", "柳岸街总工会召开委员会议\n2024年3月5日上午，柳岸街总工会召开第一届委员会第四次会议。", 2024),
    ],
)
def test_a_news_item_takes_the_year_of_its_event(title, text, year):
    assert is_news(title, text)
    assert find_year(title, text + WORK, news=True)[0] == year
    assert describe_article(title, text + WORK)["year"] == year


def test_a_summary_opening_with_a_date_is_no_news_item():
    # the title calls it a summary: its years are read as a summary's
    text = "3月8日，工会组织女教职工赴湿地公园踏青。2023年，工会共组织活动十二次。"
    assert describe_article("工会工作总结", text + WORK)["year"] == 2023
    assert describe_article("", text + WORK)["year"] is None  # untitled: a news item, no event year


def test_news_lead_and_kind():
    assert news_lead("6月18日下午，集团公司工会召开第二季度工作例会，各子公司工会负责人参会。")
    assert news_lead("近日，区教育工会开展了送清凉活动，慰问一线教职工。")
    # a dated line of its own (a report's date) is no lead; a summary's opening is none
    assert not news_lead("2023年3月10日\n各位代表：现在我代表工会委员会向大会报告工作。")
    assert not news_lead("2023年，学校工会在上级工会领导下，围绕中心开展工作。")
    assert find_kind("区总工会全面部署推进镇街工会工作", "日前，区总工会召开镇街工会工作交流会，讨论2024年工作计划。")[0] == "other"
    # a title naming its kind still decides
    assert find_kind("2023年工会工作计划", "3月1日，工会召开委员会议，研究制定本年度工作计划。")[0] == "plan"
    assert event_year("2024年12月18日下午，学院教代会召开。", 1980, 2035)[0] == 2024


# ------------------------------------------------------------------ years the text only recalls


@pytest.mark.parametrize(
    "text",
    [
        "学校始建于1992年，是一所九年一贯制学校，现有教职工八十六人。",
        "公司成立于2009年，现有员工四百余人，工会会员三百九十人。",
        "工会曾于2018年被评为市级模范职工之家。",
        "自2016年建会以来，工会始终坚持服务职工。",
        "为深入贯彻2022年全省教育大会精神，工会组织教职工专题学习。",
    ],
)
def test_a_year_the_text_recalls_is_not_the_report_year(text):
    assert find_year("工会工作总结", text + WORK)[0] is None


@pytest.mark.parametrize(
    "text, year",
    [
        ("学校创办于1990年。2023年，学校工会在校党支部领导下做了大量工作。", 2023),
        ("工会于2023年3月召开第五届教代会第二次会议，审议通过了集体合同。", 2023),
        ("一年来，工会围绕2022年度工作目标，扎实推进各项工作。", 2022),
    ],
)
def test_a_report_year_is_still_found(text, year):
    assert find_year("工会工作总结", text + WORK)[0] == year
