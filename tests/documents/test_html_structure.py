"""HTML chrome by structure, the title of a saved page, and the page-head rules on extracted text.

Every page here is invented for the test (no site's text); the wording of the chrome is chosen
so that no line rule knows it: only the markup says it is chrome.
"""

from __future__ import annotations

import pytest

from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.line_shapes import compact
from unionmine.documents.chrome.lines import line_feature
from unionmine.documents.clean import clean_page
from unionmine.documents.formats.html import (
    _html_title,
    _with_title,
    _without_site_name,
    html_page,
)
from unionmine.documents.formats.html_structure import structural_chrome

BODY = [
    "今年以来，柏林路小学工会在学校党支部的领导下，围绕学校中心工作，扎实推进各项工作，现小结如下。",
    "一、搭建学习平台",
    "组织教职工参加读书分享会四次，撰写读书心得八十余篇，营造了浓厚的学习氛围。",
    "二、关心教职工生活",
    "走访慰问生病住院和家庭困难的教职工十二人次，送去慰问金和学校的关怀与温暖。",
    "柏林路小学工会",
]


def page(article_inner: str, outside: str = "", title: str = "柏林路小学工会2023年上半年工作小结-校园快讯") -> str:
    body = "".join(f"<p>{line}</p>" for line in BODY)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{outside}"
            f"<div class='wrap'>{article_inner.replace('BODY', body)}</div></body></html>")


MARKUP = page(
    "<h1>柏林路小学工会2023年上半年工作小结</h1>"
    "<div class='post-meta'><span>执笔 童小雨</span> <span>统稿 骆一鸣</span></div>"
    "<div class='content'>BODY</div>"
    "<div class='share-box'>转给同事 朋友圈</div>"
    "<ul><li><a href='/x/1'>白杨中学工会2022年工作总结</a></li><li><a href='/x/2'>新学期教工羽毛球赛报名须知</a></li></ul>"
    "<p>往期：<a href='/x/3'>读书分享会侧记</a></p>"
)


def test_chrome_containers_and_link_lines_are_marked():
    keys = structural_chrome(MARKUP, "柏林路小学工会2023年上半年工作小结")
    for chrome in ("执笔 童小雨 统稿 骆一鸣", "转给同事 朋友圈", "白杨中学工会2022年工作总结",
                   "新学期教工羽毛球赛报名须知", "往期：读书分享会侧记"):
        assert compact(chrome) in keys, chrome
    for line in BODY + ["柏林路小学工会2023年上半年工作小结"]:
        assert compact(line) not in keys, line


def test_a_line_also_found_outside_chrome_is_kept():
    # the title listed again in a related list, a heading named in a side menu: their own lines stay
    markup = page("<h1>柏林路小学工会2023年上半年工作小结</h1><div class='content'>BODY</div>"
                  "<div class='related'><p>一、搭建学习平台</p><p>读书分享会侧记</p></div>")
    keys = structural_chrome(markup, None)
    assert compact("一、搭建学习平台") not in keys
    assert compact("读书分享会侧记") in keys


def test_a_big_or_prose_container_is_not_chrome():
    # the whole article in class="info-box" (a chrome word in its name): too big, and prose
    markup = page("<div class='info-box'><h2>柏林路小学工会2023年上半年工作小结</h2>BODY</div>")
    keys = structural_chrome(markup, None)
    assert not any(compact(line) in keys for line in BODY)
    # a small box with a paragraph of prose in it is no chrome either
    small = page("<div class='content'>BODY</div><div class='tool'><p>" + BODY[2] + "</p></div>")
    assert compact(BODY[2]) not in structural_chrome(small, None)


def test_structural_marks_never_take_a_heading_date_or_signature():
    # (the last line is one only the markup marks: a drafter's credit, "执笔 某某", is a credit line of its own since round 39)
    lines = ["一、搭建学习平台", "2023年6月30日", "柏林路小学工会", "稿件统筹 童小雨"]
    marks = find_chrome(lines, structural=frozenset(compact(x) for x in lines)).removed
    assert marks == {3: "html_structure"}


def test_clean_page_drops_structural_lines_and_says_so():
    text = "\n".join(["稿件统筹 童小雨", *BODY, "转给同事 朋友圈"])  # lines only the markup marks
    keys = frozenset(compact(x) for x in ("稿件统筹 童小雨", "转给同事 朋友圈"))
    cleaned = clean_page(text, structural=keys)
    assert cleaned.text.split("\n") == BODY
    assert cleaned.removed["chrome:html_structure"] > 0
    assert clean_page(text).text.split("\n")[0] == "稿件统筹 童小雨"  # no markup, no such rule


def test_read_page_end_to_end():
    text, title, keys, _writer = html_page(MARKUP, [])
    assert title == "柏林路小学工会2023年上半年工作小结"
    cleaned = clean_page(text, structural=keys).text.split("\n")
    for line in BODY:
        assert line in cleaned
    for chrome in ("执笔", "转给同事", "白杨中学", "往期"):
        assert not any(chrome in line for line in cleaned), chrome


@pytest.mark.parametrize(
    ("markup", "extracted", "expected"),
    [
        # no <h1>: the <h3> the <title> starts with, without the column name after a tight dash
        ("<h3>东坡街道工会2022年工作总结</h3><p>正文。</p>", "东坡街道工会2022年工作总结-社区之窗",
         "东坡街道工会2022年工作总结"),
        # the site name first
        ("<div class='t'>江湾医院工会2024年工作要点</div>", "江湾护理网 - 江湾医院工会2024年工作要点",
         "江湾医院工会2024年工作要点"),
        # a logo's <h1> and the article's <h1>
        ("<h1>江湾医院</h1><h1>江湾医院工会2024年工作要点</h1>", "首页", "江湾医院工会2024年工作要点"),
        # a signature line the <title> also starts with is no title
        ("<p>城东外国语学校工会</p>", "城东外国语学校工会2021年度工作总结_范文站", "城东外国语学校工会2021年度工作总结"),
        # a side block's <h1> is a title line too, but the <h2> says what the <title> says
        (("<title>2019年石泉小学工会工作总结与计划_文档站</title><h1>石泉小学2019年度工会工作小结</h1>"
          "<h2>2019年石泉小学工会工作总结与计划</h2><p>正文。</p>"), None, "2019年石泉小学工会工作总结与计划"),
    ],
)
def test_page_title(markup, extracted, expected):
    from unionmine.documents.formats.html import html_to_text

    assert _html_title(markup, extracted, html_to_text(markup)) == expected


def test_site_name_after_a_tight_dash_but_not_a_year_range():
    assert _without_site_name("龙湾小学工会工作计划-教工之家") == "龙湾小学工会工作计划"
    assert _without_site_name("龙湾小学2022-2023学年工会工作计划") == "龙湾小学2022-2023学年工会工作计划"


def test_title_goes_back_above_the_first_extracted_line_after_it():
    whole = "网站首页\n松林小学工会2023年工作计划\n撰写 吕芳\n正文第一段。\n正文第二段。"
    extracted = "撰写 吕芳\n正文第一段。\n正文第二段。"
    assert _with_title(extracted, "松林小学工会2023年工作计划", whole).split("\n")[0] == "松林小学工会2023年工作计划"
    # already there, or not a title line: unchanged
    assert _with_title(whole, "松林小学工会2023年工作计划", whole) == whole
    assert _with_title(extracted, "网站首页", whole) == extracted


@pytest.mark.parametrize(
    ("line", "feature"),
    [
        ("您所在的位置：首页 > 基层动态", "breadcrumb"),
        ("收录于合集 #教工风采 9个", "wechat"),
        ("A+ A-", "font_size"),
        ("附件下载：", "attachment_label"),
        ("附件【2】：", "attachment_label"),
        ("（撰稿：工会办 陶然 编辑：蒋欣）", "meta"),
        ("初审：韦青", "meta"),
        ("摄影：林一 终审：方舟", "meta"),
        ("阅读(37) 评论(1) 收藏 转载 喜欢 打印", "actions"),
        ("【双击滚屏】 【打印】 【关闭】", "actions"),
        ("阅读(5821)", "meta"),
        ("发评论", "actions"),
    ],
)
def test_more_chrome_wording(line, feature):
    assert line_feature(line) == feature


@pytest.mark.parametrize(
    "line",
    ["摄影比赛吸引了120名职工参加，评出一等奖3名。", "组织教职工阅读12本书", "附件下载量统计", "初审合格的提案共计12件。"],
)
def test_text_lines_stay(line):
    assert line_feature(line) is None


@pytest.mark.parametrize(
    ("line", "feature"),
    [
        ("浏览次数： 次", "meta"),
        ("上一篇文章：没有了", "prev_next"),
        ("相关链接：", "related"),
        ("点击排行", "related"),
        ("暂无评论", "welcome"),
        ("（完）", "byline"),
        ("-END-", "byline"),
        ("（通讯员 苗青 记者 宁远）", "byline"),
        ("文/苗青 图/宁远", "byline"),
        ("您是第 20931 位访问者", "counter"),
        ("地址：青石路8号 邮编：300112 电话：022-5550123", "contact_footer"),
        ("建议使用1280×800分辨率浏览本站", "contact_footer"),
        ("扫描二维码 分享本页", "wechat"),
    ],
)
def test_footer_byline_and_counter_wording(line, feature):
    assert line_feature(line) == feature


@pytest.mark.parametrize(
    "line",
    ["完成工会委员会换届选举。", "联系电话：13900001111", "全年累计服务职工2000人次，受到好评。",
     "（一）记者节慰问新闻工作者", "地址在学校三楼会议室"],
)
def test_body_lines_like_footers_stay(line):
    assert line_feature(line) is None


def test_url_lines():
    assert line_feature("本文链接：https://news.example.cn/a/1.html") == "url"
    assert line_feature("www.example.cn") == "url"
    assert line_feature("登录职工服务平台（www.example.cn）报名参加。") is None
