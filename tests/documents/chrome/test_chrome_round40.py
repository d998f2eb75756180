"""Round 40 (chrome): fields a site leaves empty or dates, contact fields alone, hashtags, a unit's sender, an officer's
by-line, an outlet's name, a posting date in words, a title field, a quote over the crumb, a topic banner, a column
glued to the title, a caption under a dropped picture (pages of our own writing: invented sites, units and people)."""

from __future__ import annotations

from collections import Counter

import pytest

from unionmine.documents.chrome.credit_lines import credit_line, unit_sender
from unionmine.documents.chrome.find import drop_chrome, find_chrome
from unionmine.documents.chrome.forms import form_feature
from unionmine.documents.chrome.lines import line_feature
from unionmine.documents.chrome.press import press_feature
from unionmine.text.normalize import to_simplified

BODY = [
    "青禾市总工会近日走访慰问高温一线职工，为环卫、快递和建筑工人送去防暑降温用品，共惠及职工一千二百余人。",
    "市总工会负责人表示，将持续开展夏季送清凉活动，督促用人单位落实高温津贴和休息制度，切实维护职工权益。",
]


def _removed(lines: list[str]) -> set[str]:
    return {lines[i] for i in find_chrome(lines).removed}


def _feature(line: str) -> str | None:
    s = to_simplified(line)
    return line_feature(s) or form_feature(s) or press_feature(s)


@pytest.mark.parametrize("line", [
    "当前时间:", "创建时间：", "發稿: 林某某", "（收稿日期：2020年10月22日）", "浏览次数", "點擊量",
    "2011-05-01 (16:24)", "页:", "页: [1] 2", "字体:【    】 打印",
    "公司传真:0571-8583026", "郵 編:310010", "公司郵箱:qinghe_union@example.com", "热线：2770 8668",
    "公司地址:青禾市康平区通惠街5号青禾集团", "Telegram:https://t.me/example_union", "职工会资讯Instagram:example_hk",
    "#最低工资#冻结#劳工#打工仔女#职工会", "急救电话:0825-1234567 / 2233105 预约挂号电话:0825-7654321",
    "暂无内容!", "站内导航", "菜单隐藏",
])
def test_site_lines_are_chrome(line):
    assert _feature(line)


@pytest.mark.parametrize("line", [
    "活动时间：", "各位代表：", "主要做法:", "一、活动时间：5月12日",  # a plan's field and lead-ins
    "联系电话：0571-1234567，报名截止后不再受理。",  # a sentence with a phone
    "活动地址在区工会三楼会议室，请各分会准时参加。", "标题", "#1 号车间", "请阅读文件后提出意见",
    "工会将在暂无内容的栏目补充资料", "没有困难职工被遗漏。",
])
def test_near_misses_are_text(line):
    assert not _feature(line)


@pytest.mark.parametrize("line", ["某院工会:柳某某", "工会办/林某某", "青禾工程团委:柳某某 林某"])
def test_unit_sender(line):
    assert unit_sender(line)


@pytest.mark.parametrize("line", ["主席:柳某某", "趣味游戏:击鼓传花", "工会:", "青禾小学工会", "干事:林某某"])
def test_no_unit_sender(line):
    assert not unit_sender(line)


@pytest.mark.parametrize("line", ["（青禾工程团委供稿）", "(記者?柳某某?林某某?通訊員?王某某)"])
def test_credits(line):
    assert credit_line(to_simplified(line))


def test_sender_at_the_edge_not_inside():
    lines = ["青禾工会举办职工运动会", *BODY, "某院工会:柳某某"]
    assert "某院工会:柳某某" in _removed(lines)
    inside = ["青禾工会举办职工运动会", BODY[0], "某院工会:柳某某", BODY[1]]
    assert "某院工会:柳某某" not in _removed(inside)


def test_officer_byline_beside_the_date():
    lines = ["深化集体协商 架起连心桥", "2025-11-04 09:07:50", "青禾镇总工会副主席 柳某某", *BODY]
    assert "青禾镇总工会副主席 柳某某" in _removed(lines)


def test_speaker_of_a_report_stays():
    # a report read to a congress names its speaker under the title, no chrome beside: the name is the text's
    lines = ["青禾水务集团工会2024年度工作报告", "——在青禾水务集团三届二次职工代表大会上", "工会主席 柳某某", "各位代表：", *BODY]
    assert "工会主席 柳某某" not in _removed(lines)


def test_outlet_beside_the_date():
    lines = ["快看，青禾这个书屋不一般！", "青禾区融媒体中心", "2020-11-05 16:44:36", *BODY]
    assert "青禾区融媒体中心" in _removed(lines)


def test_posting_date_in_words_over_a_news_item():
    lines = ["青禾钢铁工会积极开展群众性健身活动", "2021年9月24日", *BODY]
    assert "2021年9月24日" in _removed(lines)


def test_a_documents_own_date_stays():
    lines = ["青禾小学第四届教代会第二次会议工会工作报告", "2023年3月10日", *BODY]
    assert "2023年3月10日" not in _removed(lines)


def test_title_field_with_a_copy_elsewhere():
    lines = ["青禾街道为农民工送清凉", "来源:青禾传媒网", "原标题:高温季送清凉", "高温季送清凉", *BODY]
    assert "原标题:高温季送清凉" in _removed(lines)
    traditional = ["標(biāo)題:2011年醫(yī)院工會(huì)工作總結(jié) |", "2011年醫(yī)院工會(huì)工作總結(jié) " + BODY[0]]
    assert traditional[0] in _removed(traditional)


def test_title_field_alone_is_the_title():
    lines = ["原标题:青禾煤矿爱心助卖传递温暖", *BODY]
    assert "原标题:青禾煤矿爱心助卖传递温暖" not in _removed(lines)


def test_quote_over_the_breadcrumb():
    quote = "要树立大抓基层的鲜明导向，坚持眼睛向下，面向基层，把力量和资源向基层倾斜。"
    lines = [quote, "某某", "当前位置：首页 > 重点活动", "青禾学区工会组织开展教职工跳绳比赛", *BODY]
    removed = _removed(lines)
    assert quote not in removed  # the pass reads the page with the breadcrumb in place: drop_chrome
    kept = drop_chrome(lines, frozenset(), Counter())
    assert quote not in kept and "某某" not in kept and BODY[0] in kept
    # two paragraphs over the crumb are a text: they stay
    two = [BODY[1], quote, "当前位置：首页 > 重点活动", "青禾学区工会组织开展教职工跳绳比赛", BODY[0]]
    assert quote in drop_chrome(two, frozenset(), Counter())


def test_topic_banner_at_the_edge():
    lines = ["青禾烟草工会获评先进", *BODY, "廉心清风 筑未来 青禾烟草廉洁文化建设专题"]
    assert lines[-1] in _removed(lines)


def test_column_glued_to_the_title_copy():
    title = "青禾燃气集团工会举行金秋助学座谈会"
    lines = ["集团要闻 " + title, title, "发布时间:2025-08-26 浏览次数:54次", *BODY]
    removed = _removed(lines)
    assert "集团要闻 " + title in removed and title not in removed
    # a subtitle ending in a dash before the title is the title's own
    sub = ["扬帆破浪再启航——" + title, title, *BODY]
    assert sub[0] not in _removed(sub)


def test_caption_under_a_dropped_picture_stays():
    lines = ["青禾大学工会组织疗休养", *BODY, "11.jpg", "庄严宣誓", "22.jpg", "合影留念", "（柳某某供稿）"]
    kept = drop_chrome(lines, frozenset(), Counter(), dropped={lines.index("11.jpg"): "photo_caption",
                                                              lines.index("22.jpg"): "photo_caption"})
    assert "庄严宣誓" in kept and "合影留念" in kept and "（柳某某供稿）" not in kept


def test_a_units_own_date_stays():
    lines = ["青禾路小学工会", "2021年3月5日", *BODY]
    assert "2021年3月5日" not in _removed(lines)
