"""The headline lost (issue 12, Round 33): shapes of first lines that made the title finder give '' although the
page's headline is there, each with near misses. Invented wording only, none copied from a page."""

from unionmine.documents.titles import choose_title, headline_over_text

NEWS = "5月9日上午，青禾港务公司工会组织六十余名职工沿江开展健步走活动，职工们精神饱满，赛场气氛热烈。"
NEWS2 = "活动中，职工们分组前行，沿途设置了安全知识问答点，大家边走边答，寓教于乐，增进了彼此的交流。"
BODY = "一年来，学校工会在校党支部的领导下，围绕学校中心工作，认真履行各项职能，较好地完成了全年目标任务。"


def title_of(text, split_title=None, **kw):
    return choose_title(split_title, text, source="page.txt", **kw)[0]


# ---- an ordinal that is part of a name is no compilation marker


def test_a_headline_led_by_an_ordinal_of_a_name_is_the_title():
    line = "第三自来水厂工会组织职工登山活动"
    assert title_of(line + "\n" + NEWS, line) == line
    line = "第五届职工运动会在青禾港务公司开幕"
    assert title_of(line + "\n" + NEWS, line) == line


def test_a_markers_ordinal_still_marks():
    assert title_of("第一篇：青禾中学工会2023年工作总结\n" + BODY) == "青禾中学工会2023年工作总结"
    assert title_of("第1篇 青禾中学工会2023年工作总结\n" + BODY) == "青禾中学工会2023年工作总结"
    # a page's or an e-paper page's number is no title
    assert title_of("第2页\n" + NEWS, "第2页") == ""
    assert title_of("第三版：工会\n" + NEWS, "第三版：工会") == ""


# ---- a table row's bar at the headline's edge


def test_a_long_headline_with_a_bar_at_its_edge_is_the_title():
    head = "“健步走起来”——青禾港务集团工会组织开展第二届职工健步走活动暨安全知识竞答"
    text = head + " |\n发布者：青禾港务集团 发布时间：2024-5-10 点击次数：120 |\n" + NEWS + "\n" + NEWS2
    assert title_of(text, head + " |") == head
    assert headline_over_text(["| " + head + " | |||", NEWS]) == head


def test_a_link_bar_between_bars_is_still_no_headline():
    assert headline_over_text(["| 首页 | 新闻中心 | 通知公告 |", NEWS]) is None
    assert headline_over_text(["首页 | 工会动态 |", NEWS]) is None


# ---- a page that opens with a sentence over its dated headline


def test_a_dated_headline_under_an_opening_sentence_is_the_title():
    head = "靠实干起家的青禾港工会主席"
    text = f"{NEWS}\n加载中…\n{head}\n2024年05月10日\n加载中…\n2024年05月10日\n{NEWS}\n{NEWS2}"
    assert title_of(text, NEWS[:40]) == head
    # a leader's saying over the page, the headline dated by a meta line
    text = f"{BODY}\n某某\n{head}\n来源：青禾港工会 2024-05-10\n{NEWS}"
    assert title_of(text, BODY[:40]) == head


def test_a_caption_or_a_section_heading_under_the_first_paragraph_is_no_title():
    # no dateline: the line over the second paragraph of an untitled page is a caption or a section's heading
    assert title_of(f"{NEWS}\n图为健步走活动现场\n{NEWS2}", NEWS[:40]) == ""
    assert title_of(f"{NEWS}\n活动一：沿江健步走\n{NEWS2}", NEWS[:40]) == ""
    assert title_of(f"{NEWS}\n（职工们在终点合影留念）\n{NEWS2}", NEWS[:40]) == ""


# ---- a dash subtitle the text opens with, its headline taken by the cleaner


def test_the_headline_over_a_dash_subtitle_in_the_page_as_read_is_the_title():
    sub = "――青禾职教中心教工活动系列报道"
    page = f"春风里的青禾人\n发布日期：2016-04-16      点击次数：\n{sub}\n{NEWS}\n{NEWS2}\n"
    assert title_of(f"{sub}\n{NEWS}\n{NEWS2}", sub, page_head=page) == "春风里的青禾人"


def test_a_dash_line_with_no_headline_over_it_stays_the_title():
    sub = "――青禾职教中心教工活动系列报道"
    assert title_of(f"{sub}\n{NEWS}", sub, page_head=f"{sub}\n{NEWS}\n") == sub  # the page's first line
    page = f"首页 | 工会动态 | 通知\n{sub}\n{NEWS}\n"  # a link bar over it is no headline
    assert title_of(f"{sub}\n{NEWS}", sub, page_head=page) == sub
    # no dash: the splitter's title line stands, whatever is above it in the page
    line = "青禾职教中心工会举办教工台球比赛"
    assert title_of(f"{line}\n{NEWS}", line, page_head=f"春风里的青禾人\n{line}\n{NEWS}\n") == line
