"""Round 11 of issue 12: general forms of chrome and titles, on fixtures written for these tests
(invented units, people and numbers; the wording differs from the pages that prompted them)."""

from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.lines import line_feature
from unionmine.documents.titles import choose_title

TEXT = "本年度，我站工会围绕中心工作，组织职工开展劳动竞赛和技能比武，职工参与率达到百分之九十以上。"


def test_a_document_librarys_notes_on_a_heading_mark_it_as_the_pages():
    assert line_feature("车间工会民主管理工作报告（共12页）") == "compilation_header"
    assert line_feature("分会主席年度述职报告(全文共9321字)") == "compilation_header"
    assert line_feature("分会主席年度述职报告（多篇）") == "compilation_header"
    assert line_feature("2021年中学工会会员代表大会报告两篇") == "compilation_header"
    # a count inside a sentence, or an ordinal, is the text's own
    assert line_feature("全年共编发简报12期，在市级刊物发表文章两篇。") is None
    assert line_feature("其中第二篇") is None


def test_a_meta_field_left_empty_or_after_a_bar_is_meta():
    for line in ("审稿：", "发稿:", "校对：", "| 作者：网友分享", "｜ 点击量："):
        assert line_feature(line) == "meta", line
    assert line_feature("活动时间：") is None  # a plan's own heading
    assert line_feature("日期：2022.11.3") == "meta"
    assert line_feature("|") is None


def test_a_credit_in_brackets_and_a_comment_box():
    assert line_feature("（孙晓梅 供稿）") == "byline"
    assert line_feature("(王一帆、李成 摄影)") == "byline"
    assert line_feature("（全体职工 共同参与）") is None
    assert line_feature("最热评论") == "welcome"
    assert line_feature("暂时没有留言，快来抢沙发！") == "welcome"


def test_greeting_follow_prompt_and_a_numbered_service_line():
    assert line_feature("你好，欢迎访问星辰文库") == "welcome"
    assert line_feature("更多工会年度计划请关注某某范文站") == "intro"
    assert line_feature("概述：本文讲了车间工会一年的三件实事，可供同类单位参考。") == "intro"
    assert line_feature("【摘要】本篇收录了几位老职工的回忆") == "intro"
    assert line_feature("概述：全年共开展活动十二次。") is None
    assert line_feature("2、平台客服电话：12345678") == "contact_footer"
    assert line_feature("2、开通职工服务热线，解答职工咨询。") is None


def test_a_run_of_contact_fields_under_the_text_is_the_footer():
    lines = ["城东物流公司工会召开职代会", TEXT, "编稿人：赵某", "复核人：钱某", "地址：城东区港湾路7号",
             "邮编：100001", "电话：010-5550123"]
    removed = find_chrome(lines).removed
    assert all(i in removed for i in range(2, 7)), removed
    assert 1 not in removed


def test_two_closing_credits_are_the_sites_but_a_signature_stays():
    # ruling (d) of 2026-11-30 (after this test was first written, asserting the opposite): a byline with a
    # role word is chrome, a unit line with none is the signature (round 16, ``chrome_edges.edge_credits``)
    lines = ["城东物流公司工会召开职代会", TEXT, "供稿：站工会", "审核：刘某某"]
    removed = find_chrome(lines).removed
    assert 2 in removed and 3 in removed
    lines = ["城东物流公司工会召开职代会", TEXT, "城东物流公司工会", "2024年3月8日"]
    assert not find_chrome(lines).removed


def test_three_fields_that_are_no_site_fields_stay():
    lines = ["城东物流公司工会活动安排", TEXT, "报名方式：向各班组长报名", "集合地点：公司大门", "携带物品：水杯"]
    removed = find_chrome(lines).removed
    assert not any(i in removed for i in (2, 3, 4)), removed


def test_a_preview_glued_to_the_title_is_the_sites():
    lines = ["河湾供水站工会工作总结", "河湾供水站工会工作总结本年度，我站工会围绕中心工作，组织职工开展",
             TEXT]
    assert find_chrome(lines).removed.get(1) == "preview"
    lines = ["工会换届工作报告简介本报告回顾了上一届工会的工作，并提出下一届的设想。", "工会换届工作报告", TEXT]
    assert find_chrome(lines).removed.get(0) == "preview"
    lines = ["河湾供水站工会工作总结", "河湾供水站工会工作总结本年度，我站工会围绕中心工作，组织职工开展",
             "本年度，我站", TEXT[6:]]
    assert find_chrome(lines).removed.get(1) == "preview"


def test_a_first_paragraph_opening_with_the_title_words_is_no_preview():
    lines = ["河湾供水站工会工作总结", TEXT]
    assert 1 not in find_chrome(lines).removed
    lines = ["工会工作总结", "工会工作总结是对一年来工会工作的回顾，要写清做了什么、效果如何。"]
    assert 1 not in find_chrome(lines).removed


def test_a_reprints_original_title_and_a_librarys_notes_leave_the_title():
    assert choose_title(None, "原标题：市总工会部署今年八项重点任务\n正文第一句话。")[0] == "市总工会部署今年八项重点任务"
    assert choose_title(None, "车间工会民主管理工作报告（共12页）\n正文。")[0] == "车间工会民主管理工作报告"


def test_the_documents_restated_title_under_the_pages_heading():
    text = "区总工会年度述职报告范文\n区总工会年度述职报告\n" + TEXT
    assert choose_title(None, text)[0] == "区总工会年度述职报告"
    text = "社区工会工作计划范文\n2024社区工会工作计划范文\n" + TEXT
    assert choose_title(None, text)[0] == "2024社区工会工作计划"  # less the site's 范文 (ruling c of 2026-11-30)
    # a headline with a slogan over the document's plain title: the headline stands
    text = "机关幼儿园工会2024工作计划让每位教职工更有归属感\n机关幼儿园工会工作计划\n" + TEXT
    assert choose_title(None, text)[0] == "机关幼儿园工会2024工作计划让每位教职工更有归属感"
    # two different titles: the first stands
    text = "东湖小学工会工作总结\n东湖小学工会工作计划\n" + TEXT
    assert choose_title(None, text)[0] == "东湖小学工会工作总结"
    # a heading broken over two lines under the page's heading: the heading stands
    text = "青石港务公司工会2022年度工作总结\n青石港务公司工会\n2022年度工作总结\n" + TEXT
    assert choose_title(None, text)[0] == "青石港务公司工会2022年度工作总结"


def test_the_pages_heading_over_the_restated_title_is_the_sites():
    lines = ["区总工会年度述职报告范文", "日期：2023-05-06", "区总工会年度述职报告", TEXT]
    removed = find_chrome(lines).removed
    assert removed.get(0) == "page_heading" and 2 not in removed
    lines = ["社区工会工作计划范文", "2024社区工会工作计划范文", TEXT]
    assert find_chrome(lines).removed.get(0) == "page_heading"
    # a title and an unrelated subtitle, or one title alone: nothing taken
    lines = ["东湖小学工会工作总结", "东湖小学工会工作计划", TEXT]
    assert not find_chrome(lines).removed
    lines = ["青石港务公司工会2022年度工作总结", "青石港务公司工会", "2022年度工作总结", TEXT]
    assert 0 not in find_chrome(lines).removed


def test_a_name_line_over_and_under_the_text_is_the_sites():
    lines = ["北河市卫生监督所（北河市卫生健康综合执法队）", "所工会组织职工参加健步走", TEXT,
             "落款：所工会", "北河市卫生监督所（北河市卫生健康综合执法队）"]
    removed = find_chrome(lines).removed
    assert 0 in removed and removed.get(4) == "site_repeat"
    assert 1 not in removed and 2 not in removed


def test_a_signature_repeating_the_units_label_stays():
    # right under the text, or a signature's shape: the document signs there
    lines = ["北河市卫生监督所", "所工会组织职工参加健步走", TEXT, "北河市卫生监督所"]
    assert 3 not in find_chrome(lines).removed
    lines = ["南湖区教育工会", "南湖区教育工会2023年工作总结", TEXT, "特此总结。", "南湖区教育工会"]
    assert 4 not in find_chrome(lines).removed
    # ... but a name that opens the page and closes it, right under the text, is the site's
    lines = ["北河市卫生监督所（北河市卫生健康综合执法队）", "发布时间：2024-03-02 来源：所工会",
             "所工会组织职工参加健步走", TEXT, "北河市卫生监督所（北河市卫生健康综合执法队）"]
    removed = find_chrome(lines).removed
    assert 0 in removed and removed.get(4) == "site_repeat"
