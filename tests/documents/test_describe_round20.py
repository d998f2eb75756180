"""Round 20 (organisations): a school's name as the text writes it, verbs before a kind of body, a unit affiliated
to a parent it does not name (own fixtures, each with a near miss)."""

from __future__ import annotations

from unionmine.documents.describe import describe_article
from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.news import news_lead
from unionmine.documents.organisations.bare import faculty_alone
from unionmine.documents.organisations.names import as_written
from unionmine.documents.signed_date import glued_dates

RULES = default_describe_rules()

# ---------------------------------------------------------------- the name as written: …小学校, …分校


def test_a_school_whose_every_mention_goes_on_with_xiao_is_named_so():
    text = ("近日，柳溪县青石镇北坡中学校工会组织教职工开展登山活动。北坡中学校全体教师参加，"
            "大家表示北坡中学校工会的活动丰富多彩。")
    assert describe_article("", text)["org"] == "柳溪县青石镇北坡中学校"
    # the written form from a title line too ("…小学校工会…"), the text naming it as its source
    assert as_written("石桥县南岭小学", "石桥县南岭小学校工会简讯\n来源：石桥县南岭小学校") == "石桥县南岭小学校"


def test_a_school_and_its_own_xiao_union_keep_the_short_name():
    # near misses: the school's 校工会 (中学 + 校工会) and a principal (校长) after the name
    assert as_written("青河县第二中学", "青河县第二中学校工会召开会议，青河县第二中学全体教师参加。") == "青河县第二中学"
    assert as_written("青河县第二中学", "青河县第二中学校工会召开会议。") == "青河县第二中学"  # only before its union
    assert as_written("青河县第二中学", "青河县第二中学校长王某致辞，青河县第二中学校工会主席主持。") == "青河县第二中学"


def test_a_school_with_its_branch_after_it_is_the_branch():
    text = "为丰富教职工生活，北辰附中东湖分校工会组织教职工开展趣味运动会。"
    assert describe_article("", text)["org"] == "北辰附中东湖分校"
    # near miss: two schools joined by 与 are no branch
    assert as_written("北辰附中", "北辰附中与东湖分校工会联合举办活动。") == "北辰附中"


# ---------------------------------------------------------------- a verb before a kind of body


def test_a_verb_whose_object_is_the_unit_names_nothing():
    for text in ("为丰富活跃医院职工业余生活，院工会近日举办羽毛球比赛，全院职工踊跃参加。",
                 "与会代表畅所欲言，共商学院发展大计，大会审议通过了工会工作报告。",
                 "全体教师表示将团结一心，再创实验中学教学新佳绩。"):
        assert describe_article("", text)["org"] is None, text


def test_a_named_unit_after_a_purpose_clause_is_still_named():
    # near miss: the unit that acts after the purpose clause keeps its name
    text = "为丰富职工业余生活，柳溪县人民医院工会近日举办羽毛球比赛，全院职工踊跃参加。"
    assert describe_article("", text)["org"] == "柳溪县人民医院"


# ---------------------------------------------------------------- a unit affiliated to a parent not named


def test_an_affiliated_school_without_its_parent_is_no_name():
    text = "端午前夕，校工会主席一行到我校附属中学慰问一线教职工，了解教职工工作生活情况。"
    assert describe_article("", text)["org"] is None
    # near miss: the parent named before 附属中学 names the unit
    text = "端午前夕，北辰师范大学附属中学工会组织教职工包粽子，全校教职工参加。"
    assert describe_article("", text)["org"] == "北辰师范大学附属中学"


# ---------------------------------------------------------------- a college named by its fields alone, in news


def test_a_college_named_by_its_fields_in_a_news_item_files_under_its_unnamed_university():
    text = "5月20日下午，环境与化工学院工会在学院会议室召开本学期工会委员会议，学院党委书记出席会议并讲话。"
    described = describe_article("环境与化工学院工会召开本学期工会委员会议", text)
    assert described["org"] is None
    assert any("a college of a university not named" in e for e in described["evidence"])
    assert faculty_alone("音乐学院", RULES) and faculty_alone("数学与统计学院", RULES)


def test_an_institutions_own_name_a_university_named_or_a_plan_keep_the_college():
    # near misses: a place or a proper name before 学院 is an institution; a university named with its college; a plan
    assert not faculty_alone("青岚师范学院", RULES) and not faculty_alone("白石学院", RULES)
    text = "5月20日下午，北辰大学音乐学院工会召开本学期工会委员会议，学院党委书记出席会议并讲话。"
    assert describe_article("北辰大学音乐学院工会召开本学期工会委员会议", text)["org"] == "北辰大学音乐学院"
    plan = "一、加强思想建设，组织教职工学习。\n二、做好会员服务，开展文体活动。"
    assert describe_article("音乐学院工会2024年工作计划", plan)["org"] == "音乐学院"


# ---------------------------------------------------------------- a date whose 年 and 月 the page lost


def test_a_glued_date_leads_a_news_item_and_dates_it():
    text = ("为丰富离退休教职工的晚年生活，让老同志感受到大家庭的温暖，20231228日上午，我校离退休教职工在学校工会的"
            "组织下欢聚一堂，迎接2024年元旦。")
    described = describe_article("我校开展离退休教职工迎新年茶话会", text)
    assert described["kind"] == "other" and described["year"] == 2023
    assert glued_dates("512日下午，院工会…") == "5月12日下午，院工会…"
    # and a news item found by it keeps a college by its fields alone unnamed
    text = "918日上午，音乐学院工会主席带领院工会干部到北岭小学开展工作交流，双方座谈交流了工会工作经验。"
    assert news_lead(text) and describe_article("音乐学院与北岭小学开展工会交流", text)["org"] is None


def test_a_day_alone_or_a_date_as_written_is_left_as_it_is():
    # near misses: a day alone (13日), an ordinal (第13日), a full date, a count of days
    for line in ("13日上午，院工会召开…", "活动第13日，", "2023年12月28日上午，", "共3日，"):
        assert glued_dates(line) == line
    # a purpose clause then a dated lead with its year is a news item too (2023年12月28日)
    assert news_lead("为丰富教职工的文化生活，增进交流，2023年12月28日上午，校工会在体育馆举办迎新年趣味运动会。")


def test_a_count_of_days_is_no_glued_date():
    # near miss: digits before 日 and a comma, no time of day (a count of days)
    assert glued_dates("职工书屋全年开放120日，借阅图书三千余册。") == "职工书屋全年开放120日，借阅图书三千余册。"
