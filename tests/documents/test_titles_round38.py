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
    for first in ("全文约560字，阅读需要2分钟", "（图片仅作示意）", "青禾融媒 林小禾", "字号：大 中 小",
                  "您还没有登录，是否现在登录？", "□ 青禾港务 林小禾"):
        assert title_of(text, NEWS[:40], lines(first, NEWS, NEWS2)) == "", first
    # not the page's first line: a menu's item over the text
    menu = lines("关于工会", "工会要闻", "职工代表风采", NEWS, NEWS2)
    assert title_of(text, NEWS[:40], menu) == ""


def test_a_dated_headline_under_an_opening_sentence_is_the_title_of_an_empty_page():
    saying = "工会工作要眼睛向下、面向职工，把每一件实事办到职工心坎上，让职工群众真切感受到温暖。"
    text = lines(saying, "某某", HEAD, NEWS, NEWS2)  # the cleaner took the meta line under the headline
    assert title_of(text, saying[:40]) == ""
    page = lines(saying, "某某", "当前位置：首页 > 工会动态", HEAD, "来源：青禾港务公司工会 2024-05-10", NEWS, NEWS2)
    assert title_of(text, saying[:40], page) == HEAD
    # a paper's dateline and a share widget
    teaser = "青禾港从配送站点入手组建快递行业工会，把服务送到骑手身边。日前，青禾港首家快递行业工会正式挂牌成立。"
    head = "快递小哥，青禾港工会为你撑起一把伞"
    page = lines(teaser, head, "《青禾工人报》（2023年03月06日 03版）本报记者 林小禾", "分享到：", NEWS, NEWS2)
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
    head = "校工会表彰青禾中学教代会优秀提案"
    page = lines("群团工作", head, "作者：管理员 发布时间：2021-04-12 点击：", "字号：大 中 小", head[1:], NEWS)
    assert title_of(lines(head[1:], NEWS), head[1:], page) == head


def test_a_slogans_half_under_the_dateline_loses_to_the_whole_headline():
    whole = "漫步江城寻古韵·绿色出行赏新景——青禾中学教职工秋季徒步活动"
    page = lines(whole, "要闻 2023-11-05 09:30 青禾", "漫步江城寻古韵", "绿色出行赏新景", "——青禾中学教职工秋季徒步活动",
                 NEWS, NEWS2)
    text = lines("——青禾中学教职工秋季徒步活动", NEWS, NEWS2)
    assert title_of(text, "——青禾中学教职工秋季徒步活动", page) == whole


def test_a_site_slogan_over_the_headers_date_loses_to_the_headline_over_the_dateline():
    head = "春风十里.悦动青禾 ——青禾中学举行教工登山活动"
    page = lines("办人民满意教育 育时代新人", "2023年10月8日 星期日", head, "青禾中学", "2023-04-21", "www.example.com",
                 NEWS, NEWS2)
    text = lines("办人民满意教育 育时代新人", head, "青禾中学", NEWS, NEWS2)
    assert title_of(text, "办人民满意教育 育时代新人", page).replace("。", ".") == head


def test_a_documents_own_title_under_a_sites_heading_stays():
    own = "青禾中学2023年工会工作总结"
    page = lines("首页 文档中心", "教育工会总结计划范文", "用户上传 收藏", "更新时间：2023-01-09 10:20:31", own, BODY)
    assert title_of(lines(own, BODY), own, page) == own


def test_no_headline_over_a_count_a_menu_or_a_sites_notice():
    caption = "青禾港务公司工会主席林小禾宣布比赛开始"
    # a bare count is no date: nothing dates the line over it
    page = lines(HEAD, "0", "0", caption, NEWS)
    assert title_of(lines(caption, NEWS), caption, page) == caption
    # an e-paper: a notice over the header's date, a menu and the page's name over the headline's date
    page = lines("已经是最新一期啦！", "好的", "2022年3月15日", "上一期 下一期", "第四版：职工", "2022年3月15日",
                 HEAD, "本文字数：640", NEWS)
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


def test_a_files_name_over_a_document_sites_upload_line_is_no_headline():
    body = "1、青禾社区工会工作要点 XX年，社区工会将组织居民区职工开展读书、健步走和技能比武活动。"
    page = lines("分享 收藏", "青禾社区工会工作要点.docx", "上传人：某某 上传时间：2021-03-02 页数：2",
                 "青禾社区工会工作要点.docx 第1页", "第1页 / 共2页", "资源描述", body)
    assert title_of(body, None, page) == title_of(body, None) == ""
    # (a headline over the same upload line, no file's preview under it, is the title)
    head = "青禾社区工会召开工作要点部署会"
    assert title_of(body, None, lines("分享 收藏", head, "上传人：某某 上传时间：2021-03-02 页数：2", body)) == head
