"""The page's own headline read on the page as it came (issue 12, Round 38, `documents.title_page`): a title never stands
under the page's dateline when a headline stands over it, and is never empty when a headline stands over the text. The
cleaned TEXT lost the headline (and its dateline); PAGE_HEAD is the page as read. Invented wording only, none copied from
a page; each rule with its near misses."""

from unionmine.documents.title_page import dated_headline, first_line_headline
from unionmine.documents.titles import _chrome_line, _clean_title, choose_title

NEWS = "5月9日上午，青禾港务公司工会组织六十余名职工沿江开展健步走活动，职工们精神饱满，赛场气氛热烈。"
NEWS2 = "活动中，职工们分组前行，沿途设置了安全知识问答点，大家边走边答，寓教于乐，增进了彼此的交流。"
BODY = "一年来，学校工会在校党支部的领导下，围绕学校中心工作，认真履行各项职能，较好地完成了全年目标任务。"
HEAD = "青禾港务公司工会举办职工健步走活动"


def title_of(text, split_title=None, page_head=None):
    return choose_title(split_title, text, source="page.txt", page_head=page_head)[0]


def lines(*rows):
    return "\n".join(rows)


# ---- an empty title: the page's first line over the text, or a dated headline


def test_the_pages_first_line_over_the_text_is_the_title_the_cleaner_took():
    text = lines(NEWS, NEWS2)
    assert title_of(text, NEWS[:40]) == ""  # the cleaned text alone has none
    assert title_of(text, NEWS[:40], lines(HEAD, NEWS, NEWS2)) == HEAD
    # an author's credit between the headline and the text is furniture
    assert title_of(text, NEWS[:40], lines(HEAD, "青禾港务公司 工会 林小禾", NEWS, NEWS2)) == HEAD
    # a site's abstract between them is the text's first sentence: the headline is still over it
    assert title_of(text, NEWS[:40], lines(HEAD, "【摘要】：" + NEWS, NEWS, NEWS2)) == HEAD


def test_a_first_line_that_is_no_plain_headline_gives_no_title():
    text = lines(NEWS, NEWS2)
    for first in ("本篇文章520字，读完约1分钟", "（资料图片仅供参考）", "青禾新闻客户端 林小禾", "字体：放大 缩小",
                  "您需要登录才可以查看全文，没有账号？", "□ 青禾港务 林小禾"):
        assert title_of(text, NEWS[:40], lines(first, NEWS, NEWS2)) == "", first
    # not the page's first line: a menu's item over the text
    menu = lines("关于工会", "工会要闻", "职工代表风采", NEWS, NEWS2)
    assert title_of(text, NEWS[:40], menu) == ""


def test_a_dated_headline_under_an_opening_sentence_is_the_title_of_an_empty_page():
    saying = "要把力量和资源向基层倾斜投放，把广大职工紧紧凝聚在一起，办好职工群众的每一件实事。"
    text = lines(saying, "某某", HEAD, NEWS, NEWS2)  # the cleaner took the meta line under the headline
    assert title_of(text, saying[:40]) == ""
    page = lines(saying, "某某", "当前位置：首页重点活动", HEAD, "来源：青禾港务公司工会 2024-05-10", NEWS, NEWS2)
    assert title_of(text, saying[:40], page) == HEAD
    # a paper's dateline and a share widget
    teaser = "以企业总部建会为突破口，向配送站点推进，再把工会建到每一个站点。日前，青禾港首家快递行业工会成立。"
    head = "快递小哥，工会为你遮风挡雨"
    page = lines(teaser, head, "《青禾工人报》（2024年01月04日 02版）本报记者 林小禾", "分享到：", NEWS, NEWS2)
    assert title_of(lines(teaser, head, NEWS, NEWS2), teaser[:40], page) == head
    # undated under the opening sentence: no headline (a picture's caption or a section's heading stands there as often)
    assert title_of(lines(teaser, head, NEWS), teaser[:40], lines(teaser, head, NEWS)) == ""


# ---- a title under the page's dateline loses to the headline over it


def test_a_caption_under_the_dateline_loses_to_the_headline_over_it():
    caption = "青禾港务公司工会主席林小禾宣布比赛开始"
    page = lines(HEAD, "日期 | 2024-05-10 来源 | 青禾港务公司", caption, NEWS, NEWS2)
    assert title_of(lines(caption, NEWS, NEWS2), caption, page) == HEAD
    # no dateline between them: the caption is what the page has (left to the text's rules)
    assert title_of(lines(caption, NEWS, NEWS2), caption, lines(HEAD, caption, NEWS, NEWS2)) == caption


def test_the_headline_printed_again_under_the_dateline_loses_to_the_headline():
    head = "院工会表彰青禾港职工代表优秀提案"
    page = lines("群团工作", head, "作者：本站编辑 发布时间：2013-08-01 浏览次数：", "字号：+ - 14", head[1:], NEWS)
    assert title_of(lines(head[1:], NEWS), head[1:], page) == head


def test_a_slogans_half_under_the_dateline_loses_to_the_whole_headline():
    whole = "步履青禾观变迁·绿色足迹绘新篇——青禾中学教职工迎新徒步活动"
    page = lines(whole, "政务 2024-12-20 08:00 青禾", "步履青禾观变迁", "绿色足迹绘新篇", "——青禾中学教职工迎新徒步活动",
                 NEWS, NEWS2)
    text = lines("——青禾中学教职工迎新徒步活动", NEWS, NEWS2)
    assert title_of(text, "——青禾中学教职工迎新徒步活动", page) == whole


def test_a_site_slogan_over_the_headers_date_loses_to_the_headline_over_the_dateline():
    head = "律动五月.强身健体 ——青禾中学举行教工健步走活动"
    page = lines("聚焦多元教育 深耕教育未来", "2024年11月23日 星期六", head, "青禾中学", "2024-05-24", "www.example.com",
                 NEWS, NEWS2)
    text = lines("聚焦多元教育 深耕教育未来", head, "青禾中学", NEWS, NEWS2)
    assert title_of(text, "聚焦多元教育 深耕教育未来", page).replace("。", ".") == head


def test_a_documents_own_title_under_a_sites_heading_stays():
    own = "青禾中学2023年工会工作总结"
    page = lines("首页 工作总结", "工会工作总结与计划范文", "会员上传 分享", "更新时间：2022-12-26 11:15:51", own, BODY)
    assert title_of(lines(own, BODY), own, page) == own


def test_no_headline_over_a_count_a_menu_or_a_sites_notice():
    caption = "青禾港务公司工会主席林小禾宣布比赛开始"
    # a bare count is no date: nothing dates the line over it
    page = lines(HEAD, "0", "0", caption, NEWS)
    assert title_of(lines(caption, NEWS), caption, page) == caption
    # an e-paper: a notice over the header's date, a menu and the page's name over the headline's date
    page = lines("这已经是最后一期了哦！", "我知道了", "2019年12月24日", "上一期 下一期", "第三版：工会", "2019年12月24日",
                 HEAD, "本文字数：795", NEWS)
    assert title_of(lines(HEAD, NEWS), HEAD, page) == HEAD


def test_the_finders_on_their_own():
    assert first_line_headline([HEAD, NEWS], _clean_title, _chrome_line) == 0
    assert first_line_headline(["第三版：工会", NEWS], _clean_title, _chrome_line) is None
    assert dated_headline([HEAD, "2024-05-10", NEWS], _clean_title, _chrome_line) == 0
    assert dated_headline([HEAD, NEWS], _clean_title, _chrome_line) is None
    assert dated_headline(["上一期 下一期", "2024-05-10", NEWS], _clean_title, _chrome_line) is None


def test_a_title_the_pages_own_heading_confirms_stays():
    # an e-paper: its nav line over the header's date, the headline right under it; the page's <title> names it
    page = lines("第03版：工会新闻", "下一版4", "返回青禾工人网 版面导航", "3上一期", "3上一篇 2024年5月22日 放大 缩小 默认",
                 HEAD, "本报讯（记者 林小禾）" + NEWS, NEWS2)
    text = lines(HEAD, "本报讯（记者 林小禾）" + NEWS, NEWS2)
    assert choose_title(HEAD, text, source="page.html", hint=HEAD, page_head=page)[0] == HEAD
    # and without the heading, a widget between the nav line and the date parts them: no headline over the date
    assert title_of(text, HEAD, page) == HEAD


def test_two_headline_shaped_lines_over_the_dateline_are_left_to_the_texts_rules():
    # a kicker over its headline and a headline over its subtitle look alike: the lower one, over the date, is the
    # dated headline, and a title found above it (no date between) stays
    kicker = "青禾港务公司职工文化系列报道"
    page = lines(kicker, HEAD, "发布时间：2024-05-10", NEWS, NEWS2)
    assert title_of(lines(kicker, HEAD, NEWS, NEWS2), kicker, page) == title_of(lines(kicker, HEAD, NEWS, NEWS2), kicker)
