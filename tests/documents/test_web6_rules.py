"""Rules written on dev/web6 (issue 12, ingest9a): forum and portal furniture, photo captions, a
document site's address line, and titles under a site's heading. The fixtures are invented and
worded unlike the development pages."""

from __future__ import annotations

import pytest

from unionmine.documents.clean import clean_text
from unionmine.documents.titles import choose_title

BODY = "今年以来，厂工会围绕安全生产开展了多项活动，取得了较好成效。"


@pytest.mark.parametrize("line", [
    "马上注册，认识更多同行，解锁全部功能，畅游本社区。",
    "您需要 登录 才可以查看附件，没有账号？立即注册",
    "回复 使用道具 举报",
    "顶！谢谢楼主无私分享",
    "返回 青禾网 首页",
    "返回青禾网首页 返回职工频道首页",
    "阅读下一篇",
    "3条 [查看全部]   相关评论",
    "青禾网站群",
    "青禾网 农资网 种业网 农机网",
    "每天一分钟，关注 \"青禾网\" 微信公众号",
    "DSC_20240318_1102.jpg",
    "周小青 摄",  # a lone photographer's credit (the caption itself is body: test_rulings_20261130.py)
    "凝心聚力——某某化工厂工会一年工作回顾[本文共2480字]",
    "- 机关工会年度工作计划 推荐度：",
])
def test_site_furniture_lines_go(line):
    assert clean_text(f"{line}\n{BODY}") == BODY


@pytest.mark.parametrize("line", [
    "组织职工参加摄影比赛，展出作品46幅。",
    "回复职工来信12件，办结率100%。",
    "返回岗位的职工全部完成安全培训。",
    "图书室新增图书300册。",
    "感谢全体会员一年来对工会工作的支持。",
])
def test_lines_that_look_alike_stay(line):
    assert line in clean_text(f"{line}\n{BODY}").split("\n")


def test_a_document_sites_address_line_glued_to_the_title_comes_off():
    text = "【青禾文库】——海量范文随心查网站地址：柳河镇中心小学工会工作总结\n" + BODY
    assert clean_text(text).split("\n")[0] == "柳河镇中心小学工会工作总结"
    text = "公文素材站，下载网址：，咨询请加微：qh_2025。柳河镇工会工作计划\n" + BODY
    assert clean_text(text).split("\n")[0] == "柳河镇工会工作计划"


def test_a_shortened_heading_gives_way_to_the_fuller_own_title_below_it():
    text = "化工厂工会工作计划\n2025-01-06 09:30\n北岭化工厂工会2025年工作计划\n" + BODY
    assert choose_title(None, text, hint="化工厂工会工作计划") == ("北岭化工厂工会2025年工作计划", "text")
    # Traditional heading, Simplified text (the reader converts the text)
    trad = "化工厂工会工作思路\n北岭化工厂工会2025年工作思路\n" + BODY
    assert choose_title(None, trad, hint="化工廠工會工作思路")[0] == "北岭化工厂工会2025年工作思路"
    # a different document's title below the heading is not taken
    other = "西岭水厂工会2025年安全生产方案\n" + BODY
    assert choose_title(None, other, hint="化工厂工会工作计划")[0] == "化工厂工会工作计划"


def test_a_search_heading_with_an_seo_tail_gives_way_to_the_own_title():
    text = "2024年度北岭化工厂工会工作报告\n" + BODY
    hint = "工会工作报告_2024年度北岭化工厂工会工作报告精选完整版"
    assert choose_title(None, text, hint=hint)[0] == "2024年度北岭化工厂工会工作报告"
    # a single-piece heading keeps the fuller title
    assert choose_title(None, "工会工作报告\n" + BODY, hint="2024年度北岭化工厂工会工作报告")[0] == \
        "2024年度北岭化工厂工会工作报告"


def test_a_forum_tag_and_an_edition_note_leave_the_title():
    assert choose_title(None, BODY, hint="[转载] 北岭化工厂工会2025年工作要点")[0] == "北岭化工厂工会2025年工作要点"
    assert choose_title(None, BODY, hint="【原创】北岭化工厂工会工作总结")[0] == "北岭化工厂工会工作总结"
    assert choose_title(None, BODY, hint="北岭化工厂工会工作总结（可编辑）")[0] == "北岭化工厂工会工作总结"
    assert choose_title(None, BODY, hint="【篇一】工会工作总结")[0] == "工会工作总结"


def test_an_official_title_broken_after_guanyu_is_joined():
    text = "北岭化工厂工会关于印发\n2025年工作要点的通知\n各分工会：\n" + BODY
    assert choose_title(None, text)[0] == "北岭化工厂工会关于印发2025年工作要点的通知"
    # a line of prose above the title is not its first line
    prose = "根据上级工会关于\n2025年工作要点的通知\n" + BODY
    assert choose_title(None, prose)[0] == "2025年工作要点的通知"


def test_a_headline_under_a_column_name_is_the_title():
    text = "工会动态\n机电学院召开第三届教职工代表大会\n2025-03-02\n" + BODY
    assert choose_title("工会动态", text)[0] == "机电学院召开第三届教职工代表大会"
    assert choose_title(None, text)[0] == "机电学院召开第三届教职工代表大会"
    # a short first line over a sentence stays the fallback
    assert choose_title(None, "工会动态\n" + BODY)[0] == "工会动态"


def test_a_headline_with_its_share_bar_is_still_a_title():
    text = "市水务工会召开2025年一季度工作例会 |\n" + BODY
    assert choose_title(None, text)[0] == "市水务工会召开2025年一季度工作例会"


def test_a_compilations_last_marker_over_hidden_text_only_is_no_article():
    from unionmine.documents.split import split_articles

    one = "二、工作措施\n组织职工参加技能比武，获奖18人。\n开展夏送清凉活动6次。"
    text = f"工会工作计划 篇1\n{one}\n工会工作计划 篇2\n{one}\n工会工作计划 篇3\n……此处隐藏5120个字……"
    assert len(split_articles(text)) == 2
    # hidden text with a body after it is still cut into an article of its own
    more = text + "\n三、经费保障\n严格执行经费预算，做到专款专用，账目公开。"
    assert len(split_articles(more)) == 3


def test_a_related_list_stops_at_the_texts_first_section_heading():
    text = ("- 相关推荐\n幼儿园工会工作计划（精选2篇）\n幼儿园工会工作计划 篇1\n一、指导思想\n"
            "园工会将以区教育工会工作为指导，围绕保教中心工作，增强工会的凝聚力。\n二、主要工作\n" + BODY)
    assert "一、指导思想" in clean_text(text).split("\n")


def test_a_page_counter_inside_a_flattened_line_comes_off():
    assert clean_text("第页共页2023年城南小学工会工作总结") == "2023年城南小学工会工作总结"
    assert clean_text("第2页共5页城南小学工会工作总结") == "城南小学工会工作总结"


def test_a_page_heading_goes_when_the_own_title_below_is_followed_by_an_opening_with_a_colon():
    from unionmine.documents.chrome.find import find_chrome

    lines = ["机电学院工会工作要点", "发布时间：2025-02-11 08:40", "机电学院工会2025年工作要点",
             "围绕学院中心工作，结合教职工实际，现将今年工作安排如下：", "（一）加强思想引领"]
    assert find_chrome(lines).removed.get(0) == "page_heading"
    # a second title line under the first (a subtitle) keeps the heading
    lines = ["机电学院工会工作要点", "发布时间：2025-02-11 08:40", "机电学院工会2025年工作要点",
             "——教职工之家建设工作安排", "（一）加强思想引领"]
    assert 0 not in find_chrome(lines).removed


def test_a_title_broken_after_the_unions_name_is_joined():
    text = "北岭区园林绿化局机关工会\n2024年工作总结暨2025年工作打算\n" + BODY
    assert choose_title(None, text)[0] == "北岭区园林绿化局机关工会2024年工作总结暨2025年工作打算"
    # a title that does not open with the year is a title of its own
    text = "北岭区园林绿化局机关工会\n机关工会2024年工作总结\n" + BODY
    assert choose_title(None, text)[0] == "机关工会2024年工作总结"


def test_an_emails_header_note_and_client_signature_go():
    text = ("发件人：城南小学工会<cnxx@example.cn>\n收件人：区教育工会<jygh@example.cn>\n"
            "发送时间：2025年1月6日 上午9:20\n主题：报送城南小学工会工作总结\n"
            "区教育工会：您好！总结正文如下，请查收。\n" + BODY + "\n发自我的华为手机")
    assert clean_text(text) == BODY
    # a plan's own subject line stays
    assert "主题：安全生产月" in clean_text("主题：安全生产月\n" + BODY).split("\n")
