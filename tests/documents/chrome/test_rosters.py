"""The text's own list under the text (a team by branch, the winners) is not a list of other items' headlines: a
roster of names between 、, or lines right under a label that opens a list. Own invented lines, with near misses."""

from __future__ import annotations

from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.headlines import headline_lists

TITLE = "青禾市疾控中心工会组队参加省直机关广播操比赛"
NEWS = ["六月二十日，省直机关广播操比赛在市体育馆举行，青禾市疾控中心工会组织二十名职工参赛并获得二等奖。",
        "赛前一个月，中心工会利用午休时间组织职工集中训练，各支部积极报名，训练热情高涨。",
        "比赛中，参赛队员动作整齐、精神饱满，展现了疾控人团结协作、积极向上的精神风貌。"]
ROSTER = ["一支部 林晓雯、周若溪、陈思远", "二支部 王浩然、许嘉怡、孙明哲", "三支部 赵一鸣、钱雨桐、顾清扬",
          "四支部 唐宁、宋佳慧、韩子墨"]
OTHERS = ["两个一等奖！我校青年教师斩获市赛佳绩", "本周五，相约图书馆！读书分享会邀你参加",
          "文化馆 × 工会 | 经典话剧《春山》邀您免费观看，名额有限先到先得！", "寻找校园好声音！教工歌手大赛报名开始"]


def test_a_roster_of_names_under_the_text_stays():
    marks: dict[int, str] = {}
    headline_lists([TITLE, *NEWS, "参赛人员名单：", *ROSTER], marks)
    assert marks == {}
    assert not find_chrome([TITLE, *NEWS, "参赛人员名单：", "青禾市疾控中心：", *ROSTER]).removed


def test_lines_right_under_a_label_are_the_texts_list():
    marks: dict[int, str] = {}
    headline_lists([TITLE, *NEWS, "获奖作品如下：", *OTHERS], marks)
    assert marks == {}


def test_other_items_headlines_still_go():
    # near misses: the same headlines with no label over them, and a headline that names two people
    marks: dict[int, str] = {}
    headline_lists([TITLE, *NEWS, *OTHERS], marks)
    assert sorted(marks) == [4, 5, 6, 7]
    marks = {}
    headline_lists([TITLE, *NEWS, "王浩然、许嘉怡获评省级技术能手称号", *OTHERS[1:]], marks)
    assert sorted(marks) == [4, 5, 6, 7]
