"""Splitting: every compilation marker style, hidden-text markers, pasted documents (invented pages)."""

import pytest

from unionmine.documents.clean import clean_text
from unionmine.documents.split import hidden_markers, split_articles

A = "本年度，红枫社区工会组织职工开展读书月活动，举办了两次法律知识讲座，帮扶困难职工四户。"
B = "新学期，城郊中学工会将围绕教学中心，办好教代会，组织教职工健步走和书画展，慰问退休教师。"
C = "今年，机关工会按照上级部署，完善了会员档案，组织了羽毛球联赛，看望了住院的同志。"


def _bodies(articles):
    return [a.text for a in articles]


@pytest.mark.parametrize(
    ("page", "titles"),
    [
        (f"小区工会总结（3篇）\n【篇1】红枫社区工会工作总结\n{A}\n【篇2】城郊中学工会工作计划\n{B}\n【篇3】机关工会工作总结\n{C}",
         ["红枫社区工会工作总结", "城郊中学工会工作计划", "机关工会工作总结"]),
        (f"工会年度材料\n年度工作总结【第一篇】\n{A}\n年度工作总结【第二篇】\n{B}",
         ["年度工作总结", "年度工作总结"]),
        (f"工会工作总结汇编\n工会工作总结 篇120xx年，{A}\n工会工作总结 篇220xx年，{B}",
         ["工会工作总结", "工会工作总结"]),
        (f"范文一：红枫社区工会工作总结\n{A}\n范文二：城郊中学工会工作计划\n{B}",
         ["红枫社区工会工作总结", "城郊中学工会工作计划"]),
        (f"样文1 红枫社区工会工作总结\n{A}\n样文2 城郊中学工会工作计划\n{B}",
         ["红枫社区工会工作总结", "城郊中学工会工作计划"]),
        (f"其一：红枫社区工会工作总结\n{A}\n其二：城郊中学工会工作计划\n{B}",
         ["红枫社区工会工作总结", "城郊中学工会工作计划"]),
        (f"一：红枫社区工会工作总结\n{A}\n二：城郊中学工会工作计划\n{B}",
         ["红枫社区工会工作总结", "城郊中学工会工作计划"]),
        (f"社区工会工作总结1\n{A}\n社区工会工作总结2\n{B}\n社区工会工作总结3\n{C}",
         ["社区工会工作总结", "社区工会工作总结", "社区工会工作总结"]),
        (f"红枫社区工会工作总结（一）\n{A}\n城郊中学工会工作计划（二）\n{B}",
         ["红枫社区工会工作总结", "城郊中学工会工作计划"]),
        (f"工会材料汇编\n第1篇 红枫社区工会工作总结\n{A}\n第2篇 城郊中学工会工作计划\n{B}",
         ["红枫社区工会工作总结", "城郊中学工会工作计划"]),
    ],
)
def test_marker_styles(page, titles):
    articles = split_articles(page)
    assert [a.title for a in articles] == titles
    assert all(a.text.rstrip("。").endswith(tail.rstrip("。")[-8:]) for a, tail in zip(articles, [A, B, C]))


@pytest.mark.parametrize(
    "page",
    [
        f"红枫社区工会工作总结\n一：指导思想\n{A}\n二：主要工作\n{B}",
        f"红枫社区工会工作总结\n其一，{A}\n其二，{B}",
        f"红枫社区工会工作总结\n{A}\n亮点一\n{B}\n亮点二\n{C}",
    ],
)
def test_headings_and_prose_are_not_markers(page):
    assert len(split_articles(page)) == 1


def test_hidden_text_marker_splits_never_merges():
    page = f"工会总结三篇\n工会工作总结 篇1\n{A}……此处隐藏2380个字……{C}\n"
    articles = split_articles(page)
    assert len(articles) == 2
    assert articles[0].text.startswith(A[:10]) and "隐藏" not in articles[0].text
    assert articles[1].text.startswith(C[:10]) and "隐藏" not in articles[1].text
    assert hidden_markers(page) == [2380]


def test_summary_and_plan_pasted_together_become_two():
    page = f"城郊中学工会2022年工作总结\n{A}\n{C}\n城郊中学工会\n2022年12月30日\n城郊中学工会2023年工作计划\n{B}\n{B}"
    articles = split_articles(page)
    assert [a.title for a in articles] == ["城郊中学工会2022年工作总结", "城郊中学工会2023年工作计划"]
    assert articles[0].text.endswith("2022年12月30日")
    assert articles[1].text.endswith(B)


def test_short_summary_and_plan_pasted_together_when_the_file_name_says_so():
    # a short note and its plan in one file "2023年总结及2024年计划.txt": the name says there are two
    page = ("南山幼儿园工会2023年工作总结\n一、民主管理\n召开教职工大会两次。\n二、送温暖\n慰问生病教师三人。\n"
            "南山幼儿园工会2024年工作计划\n一、民主管理\n继续落实园务公开。\n二、送温暖\n慰问困难教职工。")
    named = split_articles(page, page_title="2023年总结及2024年计划")
    assert [a.title for a in named] == ["南山幼儿园工会2023年工作总结", "南山幼儿园工会2024年工作计划"]
    assert named[1].text.endswith("慰问困难教职工。")
    # without the name's word for it, two short pieces stay one (a floor against running headers)
    assert len(split_articles(page, page_title="南山幼儿园材料")) == 1
    # the name's two genres but not this line's year: no lower floor
    assert len(split_articles(page, page_title="2022年总结及2023年计划")) == 1
    # one combined document whose title is broken over two lines (unit, then years and genres) stays one
    broken = f"白云区城管局机关工会\n2024年工作总结暨2025年工作打算\n{A}\n{B}"
    assert len(split_articles(broken, page_title="白云区城管局机关工会2024年工作总结暨2025年工作打算")) == 1


def test_closing_heading_is_not_a_second_document():
    page = f"城郊中学工会2022年工作总结\n{A}\n{C}\n明年工作打算\n{B}"
    assert len(split_articles(page)) == 1


def test_count_claim_is_not_part_of_a_title():
    assert split_articles(f"城郊中学工会工作计划（2篇）\n{B}")[0].title == "城郊中学工会工作计划"


def test_pinyin_in_brackets_leaves_text_and_titles():
    page = "城郊中學工會(huì)工作計(jì)劃\n本學期召開(kāi)教代會，審議報（bào）告兩份。\n單位(kg)不變。"
    cleaned = clean_text(page)
    assert cleaned == "城郊中學工會工作計劃\n本學期召開教代會，審議報告兩份。\n單位(kg)不變。"
    assert split_articles(cleaned)[0].title == "城郊中學工會工作計劃"


def test_a_compilation_may_start_late():
    page = f"工会工作总结（续）\n工会工作总结 篇4\n{A}\n工会工作总结 篇5\n{B}\n工会工作总结 篇6\n{C}"
    assert len(split_articles(page)) == 3


def test_a_lone_late_number_is_no_marker():
    assert len(split_articles(f"红枫社区工会工作总结\n{A}\n工会工作总结 篇7\n{B}")) == 1


def test_qi_n_alone_with_the_title_below():
    page = f"工会材料三则\n其一\n红枫社区工会工作总结\n{A}\n其二\n城郊中学工会工作计划\n{B}"
    assert [a.title for a in split_articles(page)] == ["红枫社区工会工作总结", "城郊中学工会工作计划"]


def test_count_claim_with_fanwen_is_no_marker():
    page = f"社区工会工作总结范文4篇\n【篇1】\n{A}\n【篇2】\n{B}"
    assert len(split_articles(page)) == 2


def test_listing_page_has_no_article():
    from unionmine.documents.split import is_listing_page

    page = "总结栏目\n红枫社区工会2019年工作总结\n城郊中学工会2020年工作总结\n机关工会2021年工作总结"
    assert is_listing_page(page) and split_articles(page) == []
    assert not is_listing_page("一、指导思想\n二、工作目标\n三、主要措施")


def test_pasted_documents_with_parallel_year_titles():
    page = f"2021年度工作总结\n{A}\n{C}\n2022年度工作计划\n{B}\n{B}"
    assert [a.title for a in split_articles(page)] == ["2021年度工作总结", "2022年度工作计划"]


def test_combined_page_title_names_both_documents():
    page = f"2021年度工作总结和2022年度工作要点\n2021年度工作总结\n{A}\n{C}\n2022年度工作要点\n{B}\n{B}"
    articles = split_articles(page, page_title="2021年度工作总结和2022年度工作要点")
    assert [a.title for a in articles] == ["2021年度工作总结", "2022年度工作要点"]
    assert not articles[0].text.startswith("2021年度工作总结和")


def test_running_header_inside_a_sentence_is_not_a_second_document():
    page = f"城郊中学工会2022年工作总结\n{A}\n本学期工会还组织教职工\n城郊中学工会2023年工作计划\n参加了区里的健步走活动，{B}"
    assert len(split_articles(page)) == 1


def test_di_n_pian_in_prose_is_no_marker():
    page = f"红枫社区工会工作总结\n{A}\n组织学习了第一篇文章，谈体会\n{B}\n读完第二篇后，再讨论\n{C}"
    assert len(split_articles(page)) == 1


def test_a_long_preamble_is_an_article_not_a_header():
    first = f"红枫社区工会工作总结\n一、组织建设\n{A}\n二、关心职工\n{B}"
    page = f"{first}\n工会工作总结 篇2\n{C}\n工会工作总结 篇3\n{A}"
    articles = split_articles(page)
    assert articles[0].title == "红枫社区工会工作总结" and len(articles) == 3
    short = f"社区工会总结三篇\n工会工作总结 篇1\n{A}\n工会工作总结 篇2\n{B}"
    assert len(split_articles(short)) == 2  # a header line alone is no article


def test_a_count_claim_header_above_pasted_documents_is_not_their_title():
    page = f"社区工会工作计划（2篇）\n红枫社区工会2022年工作计划\n{A}\n{C}\n红枫社区工会\n2022年1月5日\n城郊社区工会2021年工作安排\n{B}\n{B}"
    articles = split_articles(page)
    assert [a.title for a in articles] == ["红枫社区工会2022年工作计划", "城郊社区工会2021年工作安排"]
    assert not articles[0].text.startswith("社区工会工作计划")


def test_flattened_page_title_is_the_head_of_its_line():
    assert split_articles(f"2021年社区工会工作要点 新的一年，{A}{B}")[0].title == "2021年社区工会工作要点"
    assert split_articles(f"机关工会工作总结2021年，{A}{B}")[0].title == "机关工会工作总结"


def test_next_years_section_of_a_summary_is_not_a_second_document():
    page = f"红枫社区工会2021年工作总结\n{A}\n{C}\n2022年工作思路\n{B}\n{B}"
    assert len(split_articles(page)) == 1
