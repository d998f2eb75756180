"""Round 41 (issue 12): a site's prompts about itself, a digital paper's record, a player prompt, pictures named by a
digest or a disk path, a slideshow's counters and a by-line under a box mark. Own invented lines, near misses beside."""

from __future__ import annotations

import pytest

from unionmine.documents.chrome.credit_lines import credit_line
from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.forms import PICTURE_MARK, form_feature
from unionmine.documents.chrome.press import press_feature
from unionmine.text.normalize import to_simplified

PARAGRAPH = ("3月5日，青禾市机械厂工会组织女职工开展手工制作活动，三十余名女职工参加。活动中，大家相互交流、"
             "共同学习，现场气氛热烈。")


@pytest.mark.parametrize("line, name", [
    ("青禾物流平台提示:您的Flash Player版本过低,请进行网页播放器升级!", "browser_tip"),
    ("請安裝Adobe Flash Player後觀看", "browser_tip"),
    ("緊貼本地時事,讚好青禾報 Facebook 專頁", "site_prompt"),
    ("更多精彩內容 請登陸青禾財經網 (http://example.org)", "site_prompt"),
    ("受理本司相关的咨询、投诉等事宜,请填写真实个人信息,以便于沟通联络。", "site_prompt"),
    ("如果发现本网站发布的文章影响到您的版权,可以联系本站!同时欢迎来本站投稿!", "site_prompt"),
    ("青禾財經網新聞中心", "site_prompt"),
    ("青禾日报 要闻 00003 机械厂工会开展技能比武 2019-05-06 nw.D12_20190506_3-00003 3 2019年05月06日 星期一", "edition"),
    ("2020-08-01 1 2 青禾日报 content_4521.html 1 3 机械厂工会开展技能比武 /enpproperty-->", "edition"),
])
def test_site_lines(line, name):
    assert press_feature(to_simplified(line)) == name


@pytest.mark.parametrize("line", [
    "报名时请填写真实姓名，以便联系。",  # a notice's own instruction
    "我们关注职工在Facebook上的留言，及时回复。",
    "市总工会新闻中心",  # an outlet alone: taken by its place only (`chrome.late`)
    "青禾日报 2019年5月6日",
    "2020-08-01 青禾日报报道了机械厂工会的做法",
    "厂工会积极升级职工书屋的播放设备",
])
def test_near_misses_stay(line):
    assert press_feature(line) is None


@pytest.mark.parametrize("line", [
    "3fa9c2d47be10a55c0de8812f3aa9b01_1280X720_20240301101500",
    r"说明: C:\Users\Admin\Documents\Tencent Files\123456\Image\C2C\9AB0CD12EF3456789ABCDEF012345678.jpg",
])
def test_picture_names(line):
    assert form_feature(line) == PICTURE_MARK


@pytest.mark.parametrize("line", ["1234567890123456", "说明：请于周五前报送材料", "deadbeef是一个词"])
def test_picture_name_near_misses(line):
    assert form_feature(line) != PICTURE_MARK


def test_slideshow_counters():
    lines = ["青禾机械厂工会开展女职工手工活动", PARAGRAPH, "1", PARAGRAPH, "2", PARAGRAPH, "3", "4", PARAGRAPH]
    removed = find_chrome(lines).removed
    assert {2, 4, 6, 7} <= set(removed)
    assert not {0, 1, 3, 5, 8} & set(removed)


def test_list_numbers_over_their_items_stay():
    # each number over its own item, none side by side: a list, not a slideshow
    lines = ["青禾机械厂工会工作要点", "1", PARAGRAPH, "2", PARAGRAPH, "3", PARAGRAPH]
    assert not {1, 3, 5} & set(find_chrome(lines).removed)


def test_by_line_under_a_box_mark():
    assert credit_line("■青禾市总工会联合调研组") and credit_line("■ 张明")
    assert not credit_line("■青禾机械厂工会")  # a round-up's part for one unit
    assert not credit_line("■ 加强组织建设") and not credit_line("青禾市总工会联合调研组")


def test_by_lines_in_brackets():
    # a space the copy lost, written full width by the normaliser; a mine's name and its writers
    assert press_feature("（记者？张明？李华？通讯员？王强）") == "credit"
    assert press_feature("（青禾煤矿 张明 杨华）") == "credit"
    assert press_feature("（张明？）") is None and press_feature("你好？我是王明") is None
    assert press_feature("（煤矿）") is None


def test_a_hot_list_label():
    assert press_feature("热点:") == "related" and press_feature("热点") == "related"
    assert press_feature("热点难点问题") is None and press_feature("关注热点：") is None


def test_a_posting_date_glued_before_the_by_line():
    assert press_feature("2019-06-12青禾市总工会联合调研组") == "credit"
    assert press_feature("2019-06-12 张明") == "credit"
    # a unit's signature with its date, and a dated event, stay
    assert press_feature("2019-06-12 青禾机械厂工会") is None
    assert press_feature("2019-06-12 召开职代会") is None
