"""Round 39 (chrome): a news article page's furniture as one kind, in both scripts (pages of our own writing: invented
papers, sites, reporters and unions)."""

from __future__ import annotations

import pytest

from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.press import press_feature
from unionmine.documents.chrome.site_marks import word_count_line
from unionmine.text.normalize import to_simplified

BODY = [
    "青禾市总工会近日走访慰问高温一线职工，为环卫、快递和建筑工人送去防暑降温用品，共惠及职工一千二百余人。",
    "市总工会负责人表示，将持续开展夏季送清凉活动，督促用人单位落实高温津贴和休息制度，切实维护职工权益。",
]

BODY_TW = [
    "青禾產業工會今日與公司召開團體協約協商會議，雙方就員工升遷制度、危險作業加給及休假制度交換意見。",
    "工會理事長表示，將持續爭取改善勞動條件，也感謝公司主動溝通，盼雙方早日簽訂新的團體協約。",
]


def _removed(lines: list[str]) -> set[str]:
    return {lines[i] for i in find_chrome(lines).removed}


@pytest.mark.parametrize("line", [
    "广告", "廣告", "廣告 廣告", "Advertisement",
    "請至Chrome官網下載 請至Safari官網下載", "您的浏览器不支持视频播放", "請開啟瀏覽器的 JavaScript 功能",
    "限制級", "本頁內容須年滿18歲方可觀看",
    "晴時多雲", "多云转晴 26℃", "阴 18~25℃",
    "Notice: The content above is uploaded and posted by a user of a self-media platform",
    "(資料圖)", "（相关资料图）", "文章插图", "from clipboard", "青禾工会活动合影_副本",
    "新聞推薦", "今日热搜", "热门跟贴", "热图一览", "相關問題答案",
    "打开某某新闻 查看精彩图片", "某某日报提供技术支持 | 老版入口", "等待处理…", "左右滑动查看更多", "E-mail推荐:",
    "如果觉得《青禾市总工会开展送清凉活动》对你有帮助，欢迎转发",
    "記者林某某／台北報導", "（党群新闻主编：柳某某）", "工会报道 柳某某执笔", "工会:柳某某/稿",
    "《青禾工人日報》(2018年01月04日 02版)本報記者 林某某", "《青禾日报》（2021年12月22日 第3版）",
])
def test_a_news_pages_furniture_is_read_in_both_scripts(line):
    assert press_feature(to_simplified(line))


@pytest.mark.parametrize("line", [
    "市总工会推荐三名职工参加全国劳动模范评选。",
    "本报记者从市总工会获悉，今年全市新建工会组织四百余家。",
    "活动来源于职工的建议，编辑部为此专门开设了工会专栏。",
    "广告宣传月活动总结", "热搜话题中的职工权益", "晴天", "阴", "一、加强组织建设", "工会简讯",
    "青禾市总工会", "（青禾小学工会）", "柳某某", "滑动窗口", "下载中心",
    "今年共有30名职工参加培训，每人读书不少于10分钟。",
    "《青禾日报》（2021年12月22日 02版）报道了市总工会的做法。",
])
def test_a_union_texts_own_lines_are_no_furniture(line):
    assert not press_feature(to_simplified(line))


def test_reading_time_lines_in_more_wordings():
    assert word_count_line("TIPS:本文共有 555 个字，阅读大概需要 2 分钟。")
    assert word_count_line("共计 1599 个字符，预计需要花费 4 分钟才能阅读完成。")
    assert word_count_line("本篇文章478字，读完约1分钟")
    assert not word_count_line("共3000字")
    assert not word_count_line("本次比赛共有30个字")


def test_a_taiwan_news_page_loses_its_gate_prompts_ads_and_byline_and_keeps_its_text():
    page = [
        "建議您使用新版 Chrome 或 Firefox 瀏覽器瀏覽本站",
        "請至Chrome官網下載 請至Safari官網下載",
        "晴時多雲",
        "限制級",
        "以下報導須年滿18歲方可閱讀",
        "青禾產業工會與公司協商團體協約",
        "2025/10/20 10:39",
        "記者林某某／台北報導",
        BODY_TW[0],
        "廣告",
        BODY_TW[1],
        "廣告 廣告",
    ]
    removed = _removed(page)
    assert not removed & {*BODY_TW, "青禾產業工會與公司協商團體協約"}
    for line in ("請至Chrome官網下載 請至Safari官網下載", "晴時多雲", "限制級", "以下報導須年滿18歲方可閱讀",
                 "記者林某某／台北報導", "廣告", "廣告 廣告"):
        assert line in removed


def test_a_papers_page_loses_its_press_list_under_the_text():
    page = [
        "青禾市总工会为高温一线职工送清凉",
        "本报讯（记者 柳某某）" + BODY[0],
        BODY[1],
        "新闻推荐",
        "高温下 他们为地铁列车体检",
        "青禾新闻 新鲜有料",
    ]
    removed = _removed(page)
    assert not removed & {page[0], page[1], BODY[1]}
    assert {"新闻推荐", "高温下 他们为地铁列车体检"} <= removed


def test_a_credit_inside_the_text_goes_but_a_signature_and_a_heading_stay():
    page = [
        "青禾市总工会2024年工作总结",
        BODY[0],
        "一、送清凉",
        "记者 柳某某 通讯员 林某某",
        BODY[1],
        "青禾市总工会",
        "2024年12月30日",
    ]
    removed = _removed(page)
    assert "记者 柳某某 通讯员 林某某" in removed
    assert not removed & {page[0], "一、送清凉", "青禾市总工会", "2024年12月30日", *BODY}


def test_a_by_line_under_a_headline_parts_no_subtitle_from_it():
    # an untitled news item (the headline names no genre): its subtitle over the by-line is the item's, not chrome
    page = [
        "青禾教师协会报/特刊",
        "青禾教育界选举 本会理事高票连任",
        "为业界争取权益 为教师发声",
        "本报记者",
        "青禾教育界选举已于9月4日举行，投票人数高达六万余人，投票率创历届新高，本会理事以大比数当选。",
        "本会理事表示，将继续为教师争取合理待遇，推动小班教学，减轻教师的非教学工作。",
    ]
    removed = _removed(page)
    assert "本报记者" in removed
    assert not removed & {"青禾教育界选举 本会理事高票连任", "为业界争取权益 为教师发声", page[4], page[5]}
