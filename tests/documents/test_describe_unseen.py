"""Describing on unseen collections (issue 12, round ingest8b): organisations, types, kinds and
years in forms the earlier rules missed. Every fixture is invented wording, not a page's text."""

import pytest

from unionmine.documents.describe import describe_article, find_kind, find_year, year_from_date
from unionmine.documents.organisations.find import find_org
from unionmine.documents.organisations.types import find_org_type

WORK = ("组织会员开展健步走和读书分享，走访慰问困难职工十二人次，召开职代会审议福利方案，"
        "推进厂务公开，维护职工合法权益。")


# ---------------------------------------------------------------- organisations


@pytest.mark.parametrize(
    "title, text, org, org_type",
    [
        # a construction company's unit on site, named with its parent, as the opening's subject
        ("项目部工会年度工作总结", "2022年，远洋路桥集团第三项目部工会团结全体施工人员，" + WORK,
         "远洋路桥集团第三项目部", "enterprise"),
        # a park's 联合工会 (the union of the firms in it), named in the title
        ("云谷创业园区联合工会2023年工作计划", "新的一年，园区联合工会将" + WORK, "云谷创业园区联合工会", "other"),
        # a weak suffix (公司) before the body's own numbered congress written without 第
        ("职代会胜利闭幕", "3月2日上午，青松客运公司三届二次职工代表大会在公司礼堂举行。" + WORK,
         "青松客运公司", "enterprise"),
        ("教代会召开", "近日，长河学校五届三次教职工代表大会召开。" + WORK, "长河学校", "school"),
    ],
)
def test_org_forms(title, text, org, org_type):
    assert find_org(title, text)[:2] == (org, org_type)


def test_a_signature_glued_after_the_last_sentence_of_a_flattened_page():
    text = ("新的一年，区教育工会将以服务教职工为出发点，" + WORK * 3
            + "\n各基层工会要结合实际，抓好落实，确保完成全年任务。桐溪区教育工会\n2021年2月3日")
    assert find_org("教育工会工作要点", text)[:2] == ("桐溪区教育工会", "education_union")
    # a last sentence that ends without a name signs nothing
    plain = text.replace("。桐溪区教育工会", "。我们相信明天会更好")
    assert find_org("教育工会工作要点", plain)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "各位代表：一年来，在全体会员支持下，" + WORK,  # no subject body
        "为改善施工条件，项目部购置了空调。" + WORK,  # 项目部 alone names nothing
        "会议号召各单位建立园区联合工会，" + WORK,  # a verb before it: a fragment
    ],
)
def test_no_org_invented(text):
    assert find_org("工会工作总结", text)[0] is None


# ---------------------------------------------------------------- org_type without a name


@pytest.mark.parametrize(
    "title, text, org_type",
    [
        # a first-person body word (我局, 我司)
        ("工会工作总结范文", "过去一年，我局工会在局党组的领导下，" + WORK, "agency"),
        ("工会年度工作总结", "过去一年，我司工会围绕生产经营，" + WORK, "enterprise"),
        # the writer's union named by its kind of body only
        ("工会工作总结", "三年来，学校工会认真履行职责，" + WORK, "school"),
        ("工会工作总结", "今年，xx经济开发园区工会坚持服务职工，" + WORK, "other"),
        ("工会工作计划", "新的一年，公司工会将" + WORK, "enterprise"),
        # a title that names a university wins over 我校 / 学校 (a university calls itself so)
        ("高校工会2024年工作要点", "2024年，我校工会将" + WORK, "university"),
        ("2022年高校工会工作小结", "2022年，学校工会在校党委领导下，" + WORK, "university"),
        # a title that names a kind of body wins over the opening's
        ("医院工会工作计划", "新的一年，学校工会将" + WORK, "other"),
        ("小学工会工作总结范文", "过去一年，我局工会在局党组的领导下，" + WORK, "school"),
        # Traditional titles read as Simplified ones do
        ("學校工會工作思路", "一、" + WORK, "school"),
    ],
)
def test_org_type_from_the_writers_own_union(title, text, org_type):
    assert describe_article(title, text)["org_type"] == org_type


def test_a_hospital_or_college_saying_yuan_is_not_typed_by_it():
    assert find_org_type("一年来，院工会坚持服务职工。" + WORK, title="工会工作总结")[0] != "university"


# ---------------------------------------------------------------- kinds


def test_a_sample_plan_is_a_plan_but_a_how_to_is_not():
    assert find_kind("2023年村工会工作计划范例", WORK)[0] == "plan"
    assert find_kind("工会工作计划的写法", WORK)[0] == "other"


def test_an_issuing_notice_alone_is_other_but_keeps_the_kind_with_the_document():
    cover = "各学校工会：\n现将《滨江区教育工会2025年工作要点》印发给你们，请结合实际抓好落实。\n滨江区教育工会\n2025年2月10日"
    title = "关于印发《滨江区教育工会2025年工作要点》的通知"
    assert find_kind(title, cover)[0] == "other"
    whole = cover + "\n一、加强思想引领\n" + WORK * 4 + "\n二、做好维权服务\n" + WORK * 4
    assert find_kind(title, whole)[0] == "plan"
    # a notice that asks for documents stays other, however long
    assert find_kind("关于报送2024年度工会工作总结的通知", WORK * 5)[0] == "other"


# ---------------------------------------------------------------- years


@pytest.mark.parametrize(
    "title, year",
    [
        ("东湖小学2023学年第二学期工会小组总结", 2024),
        ("2023-2024学年第二学期工会工作计划", 2024),
        ("2023-2024学年度下学期学校工会工作总结", 2024),
        ("2023-2024学年第一学期工会工作计划", 2023),
        ("2023-2024学年工会工作总结", 2023),
        ("2023年第二学期工会工作计划", 2023),  # a calendar year's term: that year
    ],
)
def test_a_second_term_is_in_the_year_after_its_school_year_starts(title, year):
    assert find_year(title, WORK)[0] == year


@pytest.mark.parametrize(
    "date, kind, year",
    [
        ("2023.3.8", "other", 2023),
        ("2023-12-28", "other", 2023),
        ("2022年11月5日", "other", 2022),
        ("2023.12.20", "plan", 2024),  # a plan signed late in the year: the next year's
        ("2023-06-30", "summary", 2023),
        ("2023.4.2", "summary", None),  # a summary signed in spring: no sure year
    ],
)
def test_news_and_notices_take_the_year_of_their_date(date, kind, year):
    text = WORK + "\n工会办公室\n" + date
    assert year_from_date(text, kind)[0] == year


def test_a_date_inside_a_sentence_dates_nothing():
    assert year_from_date(WORK + "\n会议于2023.3.8召开。", "other")[0] is None


# ---------------------------------------------------------------- one writer for a pasted pair


def test_a_compilations_summary_and_plan_keep_their_own_writers():
    from unionmine.run import chain

    def pair(marker_a, marker_b):
        named = {"kind": "summary", "org": "青岚物业公司", "org_type": "enterprise", "org_source": "title",
                 "_marker": marker_a}
        bare = {"kind": "plan", "org": None, "org_type": None, "org_source": None, "_marker": marker_b}
        chain._share_pasted_org([named, bare])
        assert "_marker" not in named and "_marker" not in bare
        return bare["org"]

    assert pair(None, "pasted") == "青岚物业公司"  # a plan pasted under the summary: one writer
    assert pair("第N篇", "第N篇") is None  # 第一篇：/第二篇： of a document site: two writers
    assert pair("篇N", "篇N") is None


# ---------------------------------------------------------------- titles


def test_the_documents_own_title_line_over_a_shorter_form_of_it_in_the_page_heading():
    from unionmine.documents.titles import choose_title

    text = "桂园街道社区卫生服务中心2022年工会工作总结\n一年来，中心工会" + WORK
    # a document site's <title> drops the place: the file's own first line is the title
    assert choose_title(None, text, hint="2022社区卫生服务中心工会工作总结")[0] == "桂园街道社区卫生服务中心2022年工会工作总结"
    # a fuller heading over a shorter first line keeps the heading
    short = "工会工作总结\n一年来，中心工会" + WORK
    assert choose_title(None, short, hint="桂园街道社区卫生服务中心2022年工会工作总结")[0] == \
        "桂园街道社区卫生服务中心2022年工会工作总结"
    # a different document's title line is no other form of the heading
    other = "2023年工会工作计划要点\n新的一年，中心工会" + WORK
    assert choose_title(None, other, hint="桂园街道社区卫生服务中心2022年工会工作总结")[0] == \
        "桂园街道社区卫生服务中心2022年工会工作总结"


def test_an_article_under_a_lone_marker_takes_the_compilations_topic_even_when_the_marker_left_nothing():
    from unionmine.documents.titles import choose_title, compilation_topic

    head = "卫生院个人总结_乡镇卫生院工会工作总结两篇\n工会工作总结 2022-03-01\n篇一：\n"
    assert choose_title("", "2021年，卫生院工会" + WORK, several=True, page_head=head)[0] == "乡镇卫生院工会工作总结"
    assert compilation_topic("…_村工会工作计划（两篇）") == "村工会工作计划"


@pytest.mark.parametrize(
    "tail, org",
    [
        ("\n（江南省河口中学工会）", "江南省河口中学"),
        ("（平川县实验小学工会 供稿）", "平川县实验小学"),
        ("\n(石岭镇中心学校工会)", "石岭镇中心学校"),
        ("\n（记者 王小明）", None),  # a reporter is no writer body
    ],
)
def test_a_news_items_writer_in_brackets_after_the_text(tail, org):
    text = "9月22日，全市学校工会主席会议召开，会上交流了新学期工作计划。" + WORK * 3 + "会议还部署了下一阶段工作。" + tail
    assert find_org("学校工会主席会议召开", text)[0] == org


@pytest.mark.parametrize(
    "title, text, org",
    [
        # a plan's first sentence names the writer's union before 工会工作的总体思路/要求
        ("乡镇工会工作计划", "2024年柳林乡工会工作的总体要求是：围绕中心、服务职工。\n" + WORK, "柳林乡工会"),
        ("工会工作计划", "2023年度红星镇工会工作的主要目标为：建好职工之家。\n" + WORK, "红星镇工会"),
        ("企业工会工作要点", "2024年东岳重工工会工作的总体思路是：服务职工、助力生产。\n" + WORK, "东岳重工"),
        # generic bodies name nobody
        ("工会工作计划", "2023年全镇工会工作的总体要求是：服务职工。\n" + WORK, None),
        ("工会工作计划", "新的一年社区工会工作的总体思路是：服务居民。\n" + WORK, None),
        ("工会工作计划", "明年全区工会工作的总体要求是：服务职工。\n" + WORK, None),
        # a town's union named before its year in the title is the writer, as the union
        ("松岗镇工会2023年工作计划", "新的一年，镇工会将" + WORK, "松岗镇工会"),
    ],
)
def test_the_writers_union_before_its_work_plans_aims(title, text, org):
    assert find_org(title, text)[0] == org


def test_an_education_bureaus_union_is_the_education_union_but_its_office_staff_union_an_agency():
    assert find_org_type("一年来，我们工会围绕中心，" + WORK, title="教育局工会工作总结")[0] == "education_union"
    assert find_org_type("一年来，我们工会围绕中心，" + WORK, title="教育局机关工会工作总结")[0] == "agency"
    assert find_org_type(WORK, title="税务局工会工作计划")[0] == "agency"


@pytest.mark.parametrize(
    "title, org, org_type",
    [
        # a parent's unit whose own union writes: named with its parent
        ("青川矿业集团第三煤矿工会2022年工作总结", "青川矿业集团第三煤矿", "enterprise"),
        ("江陵县税务局第一分局工会工作总结", "江陵县税务局第一分局", "agency"),
        ("南港电力公司检修分公司工会2023年工作计划", "南港电力公司检修分公司", "enterprise"),
        # a bureau's 机关 union is the bureau's
        ("江陵县自然资源局机关工会2023年工作要点", "江陵县自然资源局", "agency"),
        # bodies the suffix list lacked
        ("江陵县农村信用合作联社工会2022年工作总结", "江陵县农村信用合作联社", "enterprise"),
        ("青川监狱工会2023年工作总结", "青川监狱", "agency"),
        ("江陵县卫健委工会工作计划", "江陵县卫健委", "agency"),
        ("江陵县疾病预防控制中心工会工作总结", "江陵县疾病预防控制中心", "other"),
        ("青川县国营林场工会工作总结", "青川县国营林场", "enterprise"),
    ],
)
def test_units_and_bodies(title, org, org_type):
    assert find_org(title, WORK)[:2] == (org, org_type)


def test_a_weak_body_word_in_a_sentence_names_nothing():
    assert find_org("工会工作总结", "一年来，紧扣监狱中心工作，" + WORK)[0] is None
    assert find_org("工会工作总结", "一年来，依托农场资源，" + WORK)[0] is None
