"""One home for the dashes a subtitle starts with (`text.normalize.SUBTITLE_DASHES`): ― (U+2015), one or two, is a
dash like — wherever a subtitle or a title's tail is recognised (the span's dash lines, the splitter's title tail,
the headline over a dash subtitle, a report's host in its subtitle). Invented lines only."""

from __future__ import annotations

import pytest

from unionmine.documents.chrome.line_shapes import title_like
from unionmine.documents.chrome.span import marked_text, span_chrome
from unionmine.documents.describe import default_describe_rules
from unionmine.documents.organisations.subtitle import subtitle_host
from unionmine.documents.title_marker import own_title_under_marker
from unionmine.documents.titles import choose_title
from unionmine.text.normalize import SUBTITLE_LED

TEXT = ["这一年，校工会在学校党支部领导下，围绕教职工关心的事情办实事，全年开展活动十二次。",
        "一、关心教职工生活",
        "走访生病住院教职工九人次，春节前慰问退休教师二十一人，发放慰问金一万二千元。"]
NEWS = "5月9日上午，青禾港务公司工会组织六十余名职工沿江开展健步走活动，职工们精神饱满，赛场气氛热烈。"


@pytest.mark.parametrize("dash", ["—", "——", "―", "――", "－", "－－", "──", "--", "—―"])
def test_every_dash_opens_a_subtitle(dash):
    assert SUBTITLE_LED.match(f"{dash}在第三届教职工代表大会上的工作报告")
    assert marked_text(f"{dash}在第三届教职工代表大会上的工作报告", lambda s: False)


@pytest.mark.parametrize("line", ["- 今日关键词", "─在大会上", "在大会上——的报告", "•在大会上"])
def test_one_hyphen_or_a_dash_inside_opens_none(line):
    assert not SUBTITLE_LED.match(line)


def test_a_site_line_framed_by_the_other_dash_stays_a_sites():
    assert not marked_text("―― 转载自青禾教育在线 ――", lambda s: False)


def test_the_main_title_over_a_u2015_subtitle_stays():
    report = ["凝心聚力 守正创新", "奋力谱写学校高质量发展新篇章", "――在枫林学院第三届教代会第二次会议上的工作报告",
              "（2024年12月20日）", "各位代表："]
    lines = ["蓝鲸资讯", *report, *TEXT]
    marks: dict[int, str] = {}
    span_chrome(lines, marks, title_like)
    assert [lines[i] for i in sorted(marks)] == ["蓝鲸资讯"]


def test_a_u2015_subtitle_names_the_body_whose_congress_hears_it():
    text = ("履职尽责情系职工\n―2023年6月26日在青岚职业技术学院\n第五届教职工代表暨工会会员代表大会第一次会议上\n"
            "各位代表，同志们：\n我受学校第四届工会委员会的委托，向大会报告工作，请予审议。")
    found = subtitle_host(text, default_describe_rules())
    assert found is not None and found[0] == "青岚职业技术学院"


def test_the_headline_over_a_single_u2015_subtitle_is_the_title():
    sub = "―青禾职教中心教工活动系列报道"
    page = f"春风里的青禾人\n发布日期：2016-04-16      点击次数：\n{sub}\n{NEWS}\n"
    assert choose_title(sub, f"{sub}\n{NEWS}", source="page.txt", page_head=page)[0] == "春风里的青禾人"


def test_a_u2015_line_under_the_title_is_its_tail_not_a_title():
    title = "2023年工会工作总结"
    for below, expected in (("――青禾中学年度小结", None), ("青禾中学年度小结", "青禾中学年度小结")):
        lines = [title, below, TEXT[0]]
        assert own_title_under_marker(title, lines, lambda s: True, lambda s: s, lambda a, b: a) == expected
