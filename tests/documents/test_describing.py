"""Describing: org and type, year forms, kinds, on-topic, near-duplicates, on small hand-written articles."""

import pytest

from unionmine.documents.describe import describe_article
from unionmine.documents.duplicates import mark_duplicates

UNION = (
    "一年来,学校工会组织教职工开展篮球比赛,慰问困难职工,召开教代会,推进校务公开,"
    "维护教职工合法权益,发展会员,工会委员会认真履行职责。"
)


@pytest.mark.parametrize(
    "title, text, org, org_type",
    [
        ("平望镇中心小学2017年工会工作总结", UNION, "平望镇中心小学", "school"),
        ("学校工会工作计划", "春风送暖,桃李芬芳,五马中学工会迎来了崭新的一年。" + UNION, "五马中学", "school"),
        ("学校工会的工作总结", "20___年,我们新碧镇教育工会在县教委工会的领导下," + UNION, "新碧镇教育工会", "education_union"),
        ("工作总结", "中央财经大学工会2008年10月27日召开会议," + UNION, "中央财经大学", "university"),
        ("红星机械有限公司工会工作总结", UNION, "红星机械有限公司", "enterprise"),
        ("吴江市教育局机关工会工作总结", UNION, "吴江市教育局", "agency"),
        ("学校工会工作总结", "同志们," + UNION + "同志们,甘浚镇中心学校第三届第一次教职工代表大会胜利召开。", "甘浚镇中心学校", "school"),
    ],
)
def test_org_and_type(title, text, org, org_type):
    d = describe_article(title, text)
    assert (d["org"], d["org_type"]) == (org, org_type), d["evidence"]


@pytest.mark.parametrize(
    "title, text",
    [
        ("xx中学工会工作总结", UNION),
        ("**中学工会工作总结", UNION),
        ("我校工会工作总结", UNION),
        ("学校工会工作总结", "本校工会在上级工会的领导下," + UNION),
        ("工会工作计划", "一年来,在县教育工会的正确领导下,服务大局,配合学校中心工作。" + UNION),
    ],
)
def test_generic_or_outside_orgs_are_rejected(title, text):
    assert describe_article(title, text)["org"] is None


@pytest.mark.parametrize(
    "title, text, year, source",
    [
        ("平望镇中心小学2017年工会工作总结", "20**年我校工会" + UNION, 2017, "title"),
        ("2019-2020学年度学校工会工作总结", UNION, 2019, "title"),
        ("学校工会工作报告", "各位代表:\n" + UNION + "\n2019年工作回顾\n" + UNION, 2019, "text"),
        ("学校工会工作总结", "2018年,学校工会" + UNION, 2018, "text"),
        ("20xx学校工会工作总结", "2018年,学校工会" + UNION, None, None),
        ("学校工会工作总结", "20xx年,学校工会" + UNION, None, None),
        ("学校工会工作总结", "20___年,学校工会" + UNION, None, None),
        ("学校工会工作总结", "组织学习《2008年劳动合同法》," + UNION, None, None),
    ],
)
def test_year(title, text, year, source):
    d = describe_article(title, text)
    assert (d["year"], d["year_source"]) == (year, source), d["evidence"]


@pytest.mark.parametrize(
    "title, text, kind",
    [
        ("学校工会工作总结", UNION, "summary"),
        ("学校工会2020年工作计划", UNION, "plan"),
        ("学校工会工作要点", UNION, "plan"),
        ("机关工会年度工作报告", UNION, "report"),
        ("学校工会的工作总结", "各位代表:\n现在,我受学校工会委员会委托,向大会做工会工作报告,请代表们审议。" + UNION, "report"),
        ("工会材料", "2019年工作回顾\n" + UNION + "\n2020年工作思路\n" + UNION, "report"),
        ("校园安全", "学校保卫处负责校园安全巡查。", "other"),
    ],
)
def test_kind(title, text, kind):
    d = describe_article(title, text)
    assert d["kind"] == kind, d["evidence"]


DORM = (
    "在以爱心、耐心为宿舍工作理念的指导下,宿舍工作小组从管理的规范化等方面来逐步开展宿舍工作。"
    "学校宿舍管理涉及学生生活的多方面,宿管人员每晚查寝,学生宿舍卫生评比每周一次。"
)
CONGRESS = "20xx年,人大在县人大常委会的指导下,依法开好镇人大会议,认真做好人大代表工作,加大人大监督。"
HIGHLIGHTS = "学校注重德育,提高教学质量。亮点一:管理创新。亮点二:教研活动丰富多彩,学生社团活跃,课堂教学规范。"


@pytest.mark.parametrize(
    "title, text, on_topic",
    [
        ("学校工会工作总结", UNION, True),
        ("20xx学校工会工作总结", DORM, False),
        ("工会工作计划表", CONGRESS, False),
        ("前望小学亮点工作汇报材料", HIGHLIGHTS, False),
    ],
)
def test_on_topic(title, text, on_topic):
    d = describe_article(title, text)
    assert d["on_topic"] is on_topic, d["evidence"]


def test_description_has_the_columns():
    d = describe_article("学校工会工作总结", UNION)
    assert set(d) >= {"org", "org_type", "year", "year_source", "kind", "on_topic", "evidence"}


def test_mark_duplicates_points_to_the_earlier_record():
    base = UNION * 3 + "三八节组织女教师座谈,重阳节走访退休教师。"
    records = [
        {"doc_id": "a", "text": "前望小学" + base},
        {"doc_id": "b", "text": "学校宿舍管理规范化,宿管人员每晚查寝,学生宿舍卫生评比。" * 3},
        {"doc_id": "c", "text": "蔡奇完小" + base + "年底举办篮球赛。"},
        {"doc_id": "d", "text": base[: len(base) // 2]},  # a copy cut short
    ]
    out = mark_duplicates(records)
    assert [r["duplicate_of"] for r in out] == [None, None, "a", "a"]


def test_mark_duplicates_among_many_unrelated_records():
    base = UNION * 3
    filler = [f"第{i}所学校组织教职工参加第{i}届运动会,项目有{i}个。" * 4 for i in range(300)]
    texts = [base, "宿舍管理规范化,宿管人员每晚查寝。" * 5, *filler, base + "补充一句。", "人大代表视察。" * 8]
    records = [{"doc_id": str(i), "text": t} for i, t in enumerate(texts)]
    marked = {r["doc_id"]: r["duplicate_of"] for r in mark_duplicates(records)}
    assert marked[str(len(texts) - 2)] == "0"
    assert marked["0"] is None and marked[str(len(texts) - 1)] is None

# ---------------------------------------------------------------- issue 12: the title decides the kind

REVIEWED = "本学期，学校召开三届二次教代会，审议了校长工作报告和工会工作报告。" + UNION


@pytest.mark.parametrize(
    "title, text, kind",
    [
        # a heading "主要工作" (looking back) and "工作目标" (ahead) no longer outvote the title
        ("河湾中学工会2024年工作计划", "一、工作目标\n" + UNION + "\n二、主要工作\n" + UNION, "plan"),
        ("河湾中学工会2024年工作安排", UNION, "plan"),
        # a summary that mentions a congress reviewing a report is still a summary
        ("柳岸小学2023年工会工作小结", REVIEWED, "summary"),
        # both looked back and ahead in the title: a report
        ("柳岸小学工会2023年工作总结及2024年工作打算", UNION, "report"),
        ("工会工作回顾与展望", UNION, "report"),
        # a summary read out to the staff congress is a report
        ("柳岸小学工会工作总结", "各位代表：\n受工会委员会委托，我向大会作工作报告，请予审议。" + UNION, "report"),
        ("柳岸小学第五届教代会工会工作报告", UNION, "report"),
        # the title is silent: a mention of a reviewed report does not make a report
        ("工会材料", REVIEWED, "summary"),
    ],
)
def test_title_names_the_kind(title, text, kind):
    d = describe_article(title, text)
    assert d["kind"] == kind, d["evidence"]


@pytest.mark.parametrize(
    "text",
    [
        "为了作好教育工会工作，我们认真学习。" + UNION,
        "我们结合学院实际，开展丰富多彩的活动。" + UNION,
        "工会积极配合学校，做好学校工会的各项工作。" + UNION,
    ],
)
def test_sentence_fragments_are_not_organisations(text):
    assert describe_article("工会工作总结", text)["org"] is None


@pytest.mark.parametrize(
    "text, org_type",
    [
        ("一年来，我校工会在校党支部的领导下，全校教职工团结一心。" + UNION, "school"),
        ("本年度公司工会围绕生产经营中心，组织员工开展技能比武，车间班组积极参与。" + UNION, "enterprise"),
        ("我局机关工会在局党组的领导下，组织全局干部职工开展活动。" + UNION, "agency"),
        ("我院工会关心医护人员，组织医院职工开展义诊，慰问患者家属中的困难职工。" + UNION, "other"),
        ("工会组织会员开展篮球比赛，慰问困难职工，推进民主管理，维护职工合法权益。", None),
    ],
)
def test_org_type_from_cue_words_when_no_org_is_named(text, org_type):
    d = describe_article("工会工作总结", text)
    assert (d["org"], d["org_type"]) == (None, org_type), d["evidence"]


@pytest.mark.parametrize(
    "source, org, year",
    [
        ("附件3：桃溪小学工会2022年度工作总结.txt", "桃溪小学", 2022),
        ("2020/石桥二中/工作计划（修改稿）.docx", "石桥二中", 2020),
        ("汇总/2019年/金沙实验学校/工会总结.pdf", "金沙实验学校", 2019),
        ("site07_page1.html", None, None),
    ],
)
def test_org_and_year_fall_back_to_the_path(source, org, year):
    d = describe_article("工会工作总结", UNION, source)
    assert (d["org"], d["year"]) == (org, year), d["evidence"]
    assert d["org_source"] == ("path" if org else None)
    assert d["year_source"] == ("path" if year else None)


def test_the_text_wins_over_the_path():
    d = describe_article("青山中学2018年工会工作总结", UNION, "2021/石桥二中/总结.docx")
    assert (d["org"], d["org_source"], d["year"], d["year_source"]) == ("青山中学", "title", 2018, "title")


def test_a_file_with_several_articles_takes_only_a_year_tied_to_its_kind():
    name = "石桥二中工会2022年总结及2023年计划.txt"
    plan = describe_article("2023年工作计划", UNION.replace("一年来", "新的一年"), name, several=True)
    summary = describe_article("工会工作总结", UNION, name, several=True)
    compilation = describe_article("工会工作总结", UNION, "2021年学校工会工作总结(8篇).html", several=True)
    assert (plan["year"], summary["year"], compilation["year"]) == (2023, 2022, None)


@pytest.mark.parametrize(
    "year, lo, hi, conflict",
    [(2017, 2003, 2007, True), (2001, 2003, None, True), (2005, 2003, 2007, False), (None, 2003, 2007, False),
     (2017, None, None, False)],
)
def test_year_conflict(year, lo, hi, conflict):
    from unionmine.documents.describe import year_conflict

    flagged, why = year_conflict(year, lo, hi, ["非典"])
    assert flagged is conflict
    assert (why is not None) is conflict and (not conflict or "非典" in why)


@pytest.mark.parametrize(
    "split_title, text, source, hint, several, title",
    [
        # the splitter fell back to the file name: the text's own genre line is the title
        ("附件1：东湖小学工会总结", "东湖小学2021年工会工作总结\n一年来，工会……", "附件1：东湖小学工会总结.txt", None, False,
         "东湖小学2021年工会工作总结"),
        # no title line at all: not the file name
        ("东湖小学工会总结", "一年来，工会组织教职工开展了很多活动，效果很好。", "东湖小学工会总结.docx", None, False, ""),
        # the page's own <h1> names a single-article page
        ("首页 | 工作总结 | 工作计划", "正文", "p.html", "柳林中学2020年工会工作计划", False, "柳林中学2020年工会工作计划"),
        # ... but not the articles of a compilation
        # (less the site's 范文: ruling c of 2026-11-30)
        ("工会工作总结范文", "正文", "p.html", "工会工作总结范文(5篇)", True, "工会工作总结"),
        # a title the splitter found in the text is kept
        ("工会工作总结", "工会工作总结\n正文", "x/2021.txt", None, False, "工会工作总结"),
    ],
)
def test_choose_title(split_title, text, source, hint, several, title):
    from unionmine.documents.describe import choose_title

    assert choose_title(split_title, text, source=source, hint=hint, several=several)[0] == title


def test_the_file_name_names_the_kind_when_the_title_does_not():
    d = describe_article("", "一、工作目标\n" + UNION + "\n二、主要工作\n" + UNION, "附件2：北塘小学工会2021年度工作总结.txt")
    assert d["kind"] == "summary", d["evidence"]
    assert describe_article("2022年工作计划", UNION, "总结.txt")["kind"] == "plan"


@pytest.mark.parametrize(
    "title, text, org, org_type",
    [
        # official names holding 和 are not cut at it
        ("桐江市人力资源和社会保障局工会2021年工作计划", UNION, "桐江市人力资源和社会保障局", "agency"),
        ("枫林县住房和城乡建设局工会工作小结", UNION, "枫林县住房和城乡建设局", "agency"),
        # a short form (三中) is not the end of a longer name (第三中学)
        ("松江县第三中学工会2022年工作计划", UNION, "松江县第三中学", "school"),
        ("", "一年来，城关三中工会组织教职工开展活动。" + UNION, "城关三中", "school"),
        # a weak suffix (学校, 公司) followed by the writer's own union is a name
        ("枫桥外国语学校工会工作计划", UNION, "枫桥外国语学校", "school"),
        ("新港供电公司工会2022年度工作总结", UNION, "新港供电公司", "enterprise"),
        # a name that begins like a verb of direction is still a name
        ("向阳幼儿园工会2021年工作安排", UNION, "向阳幼儿园", "school"),
        # signed at the end on a line of its own
        ("2022年教育工会工作要点", UNION + "\n全体委员各司其职。\n白沙区教育工会\n2022年1月8日", "白沙区教育工会",
         "education_union"),
        ("工会工作要点", UNION + "\n鹿鸣镇教育工会(huì)\n2023年1月6日", "鹿鸣镇教育工会", "education_union"),
        # a hospital, a bank branch, a court, a research institute
        ("", "一年来，南湾区妇幼保健院工会组织职工开展活动。" + UNION, "南湾区妇幼保健院", "other"),
        ("农商银行青屿支行工会2021年工作总结", UNION, "农商银行青屿支行", "enterprise"),
        ("栖霞县人民法院工会工作计划", UNION, "栖霞县人民法院", "agency"),
        ("", "一年来，海川水利设计院工会组织职工开展活动。" + UNION, "海川水利设计院", "other"),
    ],
)
def test_more_organisation_names(title, text, org, org_type):
    d = describe_article(title, text)
    assert (d["org"], d["org_type"]) == (org, org_type), d["evidence"]


def test_a_signature_of_someone_else_is_not_taken():
    # a superior named on the last lines inside a sentence is not a signature
    text = UNION + "\n以上计划报县教育工会备案，请领导审阅。\n2022年1月8日"
    assert describe_article("工会工作要点", text)["org"] is None


def test_org_type_from_a_title_cue():
    d = describe_article("2021年高校工会工作小结", "一年来，学校工会在校党委领导下，学校工会组织教职工开展活动。")
    assert (d["org"], d["org_type"]) == (None, "university"), d["evidence"]


@pytest.mark.parametrize(
    "text, title",
    [
        # site chrome before the title: a link bar, a breadcrumb, a menu of bare category names
        ("设为首页 | 加入收藏 | 工作总结\n当前位置：首页 > 工作总结 > 学校工作总结\n松山小学2021年工会工作总结\n正文。",
         "松山小学2021年工会工作总结"),
        ("栏目导航\n工作总结\n工作计划\n述职报告\n2022年梅岭中学工会工作计划\n正文。", "2022年梅岭中学工会工作计划"),
        # a compilation header with its count claim is not the article's title
        ("机关工会工作计划（通用4篇）\n机关工会2020年工作计划\n正文。", "机关工会2020年工作计划"),
        # pinyin in brackets and a copy number are dropped
        ("医院工会(huì)工作总(zǒng)结(jié)2\n正文。", "医院工会工作总结"),
        # a flattened page: the title is one of its first segments
        ("好文档-欢迎下载 2018年松山小学工会工作要点 新的一年，工会将以服务教职工为出发点，做好以下工作，一是加强学习。",
         "2018年松山小学工会工作要点"),
    ],
)
def test_title_is_the_first_genre_line_not_chrome(text, title):
    from unionmine.documents.describe import choose_title

    first = text.split("\n")[0][:50]  # what the splitter falls back to
    assert choose_title(first, text, source="page.html")[0] == title


def test_a_preposition_before_a_bare_place_level_is_not_a_name():
    text = "一年来，在区教育工会和学校党支部的领导下，工会组织教职工开展活动。" + UNION
    assert describe_article("学校工会的工作总结", text)["org"] is None


@pytest.mark.parametrize("text", ["作为一名学校工会主席，我认真履职。", "不断创新机关工会工作方式。", "着力推动非公企业工会建设。"])
def test_a_weak_suffix_before_gonghui_in_a_sentence_is_a_phrase(text):
    assert describe_article("工会工作总结", text + UNION)["org"] is None


# ---------------------------------------------------------------- issue 12: unseen collections

TOWN = ("今年以来，围绕中心工作，新建基层工会3家，走访慰问困难职工12户，组织职工篮球赛，"
        "召开职代会，推进厂务公开，维护职工合法权益。")


@pytest.mark.parametrize(
    "title, text, org",
    [
        # numbered short forms beyond the word list, alone when three characters or more
        ("南坪十二中工会工作总结", UNION, "南坪十二中"),
        ("二十四中工会2022年工作计划", UNION, "二十四中"),
        ("学校工会工作总结", "一年来，我们滨江实验三小工会" + UNION, "滨江实验三小"),
        ("学校工会工作总结", UNION + "\n西门七小工会\n2022年12月30日", "西门七小"),
        # the organisation is the object of a verb such as 代表 or 组织
        ("工会工作小结", "受委托，我代表石桥县财政局工会向全体会员汇报一年来的工作。" + UNION, "石桥县财政局"),
        ("工会工作总结", "2021年，工会团结北溪化工有限公司工会会员，" + UNION, "北溪化工有限公司"),
        ("学校工会工作总结", "本学期工会动员实验四小工会会员积极参与各项活动。" + UNION, "实验四小"),
    ],
)
def test_short_school_names_and_names_after_a_verb(title, text, org):
    assert describe_article(title, text)["org"] == org


@pytest.mark.parametrize(
    "title, text",
    [
        ("组织学校工会会员开展活动", UNION),  # a verb and a generic word: no name
        ("学习十八届三中全会精神", UNION),  # 三中 of a plenary session is no school
        ("乡镇工会上半年工作总结", "今年上半年，乡镇工会" + TOWN),  # no place named
        ("社区工会工作总结", UNION),
    ],
)
def test_no_organisation_invented(title, text):
    assert describe_article(title, text)["org"] is None


@pytest.mark.parametrize(
    "title, text, org_type",
    [
        ("街道总工会2021年工作总结", "2021年，街道总工会" + TOWN, "other"),  # a 总工会, not a 街道 office
        ("镇总工会工作要点", TOWN, "other"),
        ("幼儿园工会工作计划", "本学期，我园工会将继续做好保教人员慰问工作。" + UNION, "school"),
        ("卫生院工会工作总结", TOWN, "other"),
        ("局机关工会工作小结", TOWN, "agency"),
        ("工会工作总结", "一年来，我园工会关心教职工生活，全园教职工积极参加园务公开。" + UNION, "school"),
        ("学校工会委员会工作报告", UNION, "school"),  # the union's committee is no agency
    ],
)
def test_org_type_when_no_organisation_is_named(title, text, org_type):
    d = describe_article(title, text)
    assert d["org"] is None and d["org_type"] == org_type, d["evidence"]


@pytest.mark.parametrize(
    "title, text, year, source",
    [
        ("二〇二一年学校工会工作总结", UNION, 2021, "title"),
        ("学校工会工作总结", "二〇二〇年，我校工会" + UNION, 2020, "text"),
        ("小学工会2024工作要点", UNION, 2024, "title"),  # a bare year in a title
        ("学校工会2021／2022学年度工作计划", UNION, 2021, "title"),
        ("学校工会2019–2020学年工作总结", UNION, 2019, "title"),
        # no year stated but the date it is signed with
        ("工会上半年工作总结", "今年上半年，" + TOWN + UNION * 3 + "\n某某工会\n2021年7月8日", 2021, "date"),
        ("工会工作计划", "明年，" + UNION * 3 + "\n学校工会\n2020年12月18日", 2021, "date"),
        ("工会工作计划", "今年，" + UNION * 3 + "\n二〇二二年二月十日", 2022, "date"),
        ("工会工作总结", UNION * 3 + "\n二〇二二年一月五日", 2021, "date"),
    ],
)
def test_year_forms_and_signature_dates(title, text, year, source):
    d = describe_article(title, text)
    assert (d["year"], d["year_source"]) == (year, source), d["evidence"]


@pytest.mark.parametrize(
    "title, text",
    [
        ("工会工作总结", UNION * 3 + "\n2021年4月8日"),  # a summary signed in spring: which year?
        ("工会工作计划", UNION * 3 + "\n2021年7月8日"),  # a plan signed in summer
        ("20xx年工会工作总结", UNION * 3 + "\n2021年12月8日"),  # anonymised: the date does not undo it
        ("工会工作总结", UNION * 3 + "\n截至2021年12月，共发展会员20名。"),  # a date in a sentence
        ("2023-01-05 工会工作总结", UNION),  # a page date, not a year in the title
    ],
)
def test_no_year_from_unsure_dates(title, text):
    assert describe_article(title, text)["year"] is None


@pytest.mark.parametrize(
    "title, text, year",
    [
        ("本学年工会工作计划", UNION * 3 + "\n学校工会\n2022年9月6日", 2022),  # the school year 2022-2023
        ("学年工会工作总结", UNION * 3 + "\n学校工会\n2022年7月2日", 2021),  # the one that began in 2021
        ("本学期工会工作计划", UNION * 3 + "\n2022年2月20日", None),  # which school year's term: unsure
        ("学年工会工作总结", UNION * 3 + "\n2022年12月30日", None),
    ],
)
def test_signature_dates_of_school_years(title, text, year):
    assert describe_article(title, text)["year"] == year


# ---------------------------------------------------------------- issue 12: writers named on unseen pages

STAFF = ("全年走访慰问困难职工9户，组织职工参加登山比赛，召开职代会审议集体合同，推进厂务公开，"
         "维护职工合法权益，新发展会员14名，工会委员会认真履行职责。")


@pytest.mark.parametrize(
    "title, text, org, org_type",
    [
        # a weak suffix (学校, 集团, 局) as the subject of the opening clause, its union acting
        ("年度工会工作总结", "一年来，梧桐外国语学校工会坚持服务教职工。" + UNION, "梧桐外国语学校", "school"),
        ("工会年终工作总结", "2023年，我们远洋航运集团工会围绕中心工作，" + STAFF, "远洋航运集团", "enterprise"),
        # a power-supply unit is a grid company's, not an agency
        ("工会工作总结", "回顾2020年，青峰电业局工会在上级工会的关心下，" + STAFF, "青峰电业局", "enterprise"),
        ("石门供电所工会2023年工作要点", STAFF, "石门供电所", "enterprise"),
        # places: a residential community, a railway station, a street (two characters suffice)
        ("2023年社区工会工作计划", "新的一年，桃李社区工会将继续办好职工之家。" + STAFF, "桃李社区", "other"),
        ("工会年度工作总结", "2022年，安平车站工会在站党委的领导下，" + STAFF, "安平车站", "enterprise"),
        ("柳荫街道2023年工作小结", "2023年，街道总工会" + STAFF, "柳荫街道", "other"),
        # a short company name with no suffix: the title's writer, the opening's subject, the signature
        ("远航重工工会2021年工作总结", "2021年，公司工会服务企业发展，" + STAFF, "远航重工", "enterprise"),
        ("工会工作小结", "2021年，青禾智造工会在集团党委领导下，结合公司实际，" + STAFF, "青禾智造", "enterprise"),
        ("工会工作计划", STAFF + "\n公司职工踊跃参加。\n蓝湾置业工会\n2021年12月20日", "蓝湾置业", "enterprise"),
        ("东岭矿业2022年工会工作小结", "2022年，公司工会" + STAFF, "东岭矿业", "enterprise"),
        ("青山市白鹭镇2022年工作要点", "2022年，镇总工会将团结全镇职工，" + TOWN, "青山市白鹭镇", "other"),
        # a school's own numbered congress right after its short name
        ("松涛学校第二届教代会第一次会议工会工作报告", UNION, "松涛学校", "school"),
        # a period word before the name is no part of it; the full name in the opening
        ("2021年下半年化工厂工会工作小结", "回顾下半年，北岸化工厂工会" + STAFF, "北岸化工厂", "enterprise"),
        ("2020年中心医院工会工作总结", "2020年，平江县中心医院工会在院党委领导下，" + STAFF, "平江县中心医院", "other"),
        # the committee a report is given for (受…委托) is the writer, not an outsider
        ("", "各位代表：受青川县教育工会委员会委托，我向大会报告工作，请予审议。" + UNION, "青川县教育工会",
         "education_union"),
        # a word broken by a space in text copied from a PDF viewer
        ("煤矿工会上半年工作总结", "回顾上半年，西坡煤 矿工会在矿党委的领导下，" + STAFF, "西坡煤矿", "enterprise"),
    ],
)
def test_writers_named_on_unseen_pages(title, text, org, org_type):
    d = describe_article(title, text)
    assert (d["org"], d["org_type"]) == (org, org_type), d["evidence"]


@pytest.mark.parametrize(
    "title, text",
    [
        ("供电公司工会上半年工作总结", STAFF),  # a kind of company, no name
        ("供电公司2022年工会工作总结", STAFF),
        ("最新街道工会工作计划范文", STAFF),  # a site's adjective is no place
        ("高校工会2023年工作要点", UNION),  # a kind of body
        ("车间工会工作总结", "一年来，车间工会围绕生产任务，" + STAFF),
        ("工会2022年工作总结", STAFF),
        ("学校2022年工会工作计划", UNION),
        ("工会工作总结", "受市教育局委托，我校承办了全市教职工运动会。" + UNION),  # commissioned, not delegated
        ("工会工作总结", "今年，广大企业工会将继续开展劳动竞赛。" + STAFF),
        ("工会工作总结", "作为一名学校工会主席，我认真履职。" + STAFF),  # a noun after 工会: no subject
    ],
)
def test_no_writer_invented_from_generic_words(title, text):
    d = describe_article(title, text)
    assert d["org"] is None, d["evidence"]


@pytest.mark.parametrize(
    "hint, text, title",
    [
        # a public-account headline: slogan, dash and the union's title; a column and a bar
        ("聚力前行，娘家人在身边！——白鹭湾小学工会2025年工作打算",
         "今日要闻：秋季用电高峰要点提示\n聚力前行，娘家人在身边！——白鹭湾小学工会2025年工作打算\n新的一年，工会将继续努力。",
         "聚力前行，娘家人在身边！——白鹭湾小学工会2025年工作打算"),
        ("数说2022｜青石物流工会全年工作回顾", "热点：冬季出行安全要点\n2022年，公司工会服务职工。",
         "数说2022｜青石物流工会全年工作回顾"),
        ("回眸2021｜石泉中学工会的365天", "2021年，我们石泉中学工会坚持服务教职工。", "回眸2021｜石泉中学工会的365天"),
    ],
)
def test_a_headline_page_title_is_the_title(hint, text, title):
    from unionmine.documents.describe import choose_title

    assert choose_title(hint, text, source="article.html", hint=hint) == (title, "hint")


@pytest.mark.parametrize(
    "hint",
    [
        "石泉中学工会",  # a logo: no separator
        "首页｜工会动态｜通知公告",  # a menu of three pieces
        "当前位置：首页 > 工会工作",  # a breadcrumb
        "天气：晴，气温12度",  # names no union
    ],
)
def test_a_logo_menu_or_breadcrumb_hint_is_no_headline(hint):
    from unionmine.documents.describe import choose_title

    text = "石泉中学工会2021年工作小结\n2021年，工会组织教职工开展活动。"
    assert choose_title(hint, text, source="article.html", hint=hint)[0] == "石泉中学工会2021年工作小结"


def test_a_lone_marker_leaves_no_title():
    from unionmine.documents.describe import choose_title

    text = "：\n回顾一年，石泉中学工会在校党支部领导下，团结教职工，做了以下工作：\n一、关心教职工生活"
    assert choose_title("：", text, source="page.txt", several=True)[0] != "："


@pytest.mark.parametrize(
    "title, text, kind",
    [
        ("回眸2022｜工会这一年", "我们工会坚持以职工为中心。", "summary"),
        ("", "2021年，石泉中学工会在上级工会的指导下，较好地完成了各项任务，现总结如下：\n一、做好慰问", "summary"),
    ],
)
def test_look_back_words(title, text, kind):
    assert describe_article(title, text)["kind"] == kind


@pytest.mark.parametrize(
    "head, topic",
    [
        ("医院工会个人总结_医院工会工作小结四篇\n工作总结 2021-01-02\n篇一：", "医院工会工作小结"),
        ("首页 > 工作计划\n社区工会工作计划（精选3篇）\n篇一：", "社区工会工作计划"),
        ("车间工会工作总结【2篇】", "车间工会工作总结"),
        ("医院工会工作小结\n正文。", None),  # no count claim: no compilation
        ("精选范文3篇", None),  # a claim without a topic
    ],
)
def test_compilation_topic(head, topic):
    from unionmine.documents.titles import compilation_topic

    assert compilation_topic(head) == topic


def test_an_article_under_a_lone_marker_takes_the_compilations_topic():
    from unionmine.documents.describe import choose_title

    text = "：\n回顾一年，石泉中学工会在校党支部领导下，团结教职工，做了以下工作：\n一、关心教职工生活"
    head = "中学工会心得_中学工会工作总结三篇\n篇一：\n回顾一年，"
    assert choose_title("：", text, source="page.txt", several=True, page_head=head) == ("中学工会工作总结", "page")
    # an article with its own title line keeps it
    own = "石泉中学工会2021年工作总结\n" + text
    assert choose_title("：", own, source="page.txt", several=True, page_head=head)[0] == "石泉中学工会2021年工作总结"


@pytest.mark.parametrize("title", ["幼稚园工会工作计划", "托儿所工会2022年工作总结", "养老院工会工作小结"])
def test_a_kind_of_body_before_gonghui_is_no_short_name(title):
    d = describe_article(title, STAFF + "\n敬老院工会\n2022年12月1日")
    assert d["org"] is None, d["evidence"]


@pytest.mark.parametrize(
    "title, text, org, org_type",
    [
        ("", "一年来，青峰镇工会联合会在镇党委领导下，" + TOWN, "青峰镇工会联合会", "other"),
    ],
)
def test_town_union_federations(title, text, org, org_type):
    d = describe_article(title, text)
    assert (d["org"], d["org_type"]) == (org, org_type), d["evidence"]


def test_a_phrase_ending_in_cun_is_no_village():
    text = "一年来，新农村工会在镇党委领导下，" + TOWN + "我们将通过建立区域化村联合工会、行业工会扩大覆盖面。"
    assert describe_article("新农村工会工作总结", text)["org"] is None


@pytest.mark.parametrize(
    "title, kind",
    [
        ("关于报送2023年度基层工会工作总结的通知", "other"),  # asks for summaries
        ("关于2022年工会经费检查情况的通报", "other"),
        ("关于印发《2024年教育工会工作要点》的通知", "plan"),  # carries the plan it issues
    ],
)
def test_notices_are_no_summaries(title, kind):
    assert describe_article(title, UNION)["kind"] == kind


def test_a_period_year_after_the_opening():
    opening = "今年以来，街道总工会在街道党工委和区总工会的正确领导下，紧紧围绕中心，服务大局，团结带领辖区职工，" * 3
    d = describe_article("街道总工会上半年工作总结", opening + "现将2021年上半年工作总结如下：\n一、建会入会")
    assert (d["year"], d["year_source"]) == (2021, "text"), d["evidence"]
    # a year of another kind after the opening says nothing (以来: since when)
    assert describe_article("街道总工会上半年工作总结", opening + "自2019年以来，共建会12家。")["year"] is None
