"""Round 28 (issue 12, pages): what spent blind sets 18 and 19 lost. An end-of-page cue under a doc site's notices
must not cut the preview under it; a credit in brackets spaced out or glued after the last sentence stays with its
paragraph (ruling (d)); a dash line holding an occasion is the text's; an item under a numbered lead-in is the
text's. Every fixture is invented; each rule has its near misses."""

from __future__ import annotations

from tests.documents.chrome.test_chrome_round23 import TEXT, TITLE, _cleaned
from unionmine.documents.chrome.span import marked_text
from unionmine.documents.clean import default_rules
from unionmine.documents.clean_guards import bracketed_credit, notice_line, open_bracket

NOTICES = [
    "- 2、本站资料为会员付费下载,下载后仅限个人学习参考,请勿转载或用于商业用途。",
    "- 5、开通会员即可免费下载本资料,下载一次扣除一次权益。",
    "- 6、购买会员后下载不支持退款,有疑问请联系在线客服。",
    "- 7、成为会员后可享受免费下载、免广告阅读、格式转换、专属客服等多项权益,欢迎开通会员下载本资料。",
    "- 8、本站资料由网友上传,会员每下载一次,网站将按资料质量给上传者补贴,欢迎上传资料赚取下载权益。",
]
PREVIEW = ("青禾机械厂工会工作计划(一)1.健全工会工作机制。新的一年,厂工会将围绕生产经营中心,"
           "完善职代会制度,落实厂务公开,做好困难职工帮扶和职工技能培训,开展劳动竞赛和文体活动。")


def test_notices_above_a_see_more_cue_do_not_outweigh_the_preview():
    rules = default_rules()
    assert all(notice_line(x, rules, 300) for x in NOTICES)
    assert not notice_line(PREVIEW, rules, 300) and not notice_line(TEXT[0], rules, 300)
    cleaned = _cleaned([*NOTICES, "查看更多", "青禾机械厂工会工作计划", PREVIEW])
    assert PREVIEW in cleaned and "青禾机械厂工会工作计划" in cleaned
    assert "会员" not in cleaned and "查看更多" not in cleaned


def test_a_see_more_cue_under_an_article_still_ends_the_page():
    # near miss: an article above the cue outweighs the short list under it, which goes
    cleaned = _cleaned([TITLE, *TEXT, "查看更多", "某某中学工会举办趣味运动会", "某某小学工会开展三八节活动"])
    assert all(t in cleaned for t in TEXT)
    assert "趣味运动会" not in cleaned and "三八节活动" not in cleaned


LONG = ("端午节前,青禾饲料公司工会组织职工举办拔河比赛和趣味知识竞赛, 全厂二百多名职工参加, "
        "拔河比赛按车间分组,决赛三局两胜,最终二车间夺冠。知识竞赛共有六个岗位参加,各岗位决出了前三名。")


def test_a_credit_spaced_out_after_the_last_sentence_stays_with_its_paragraph():
    line = LONG + "(文:青禾镇总工会  李某某 / 图:青禾饲料公司  王某某)"
    assert len(line.split()) >= 6 and open_bracket(LONG + "(文:青禾镇总工会")
    cleaned = _cleaned([TITLE, TEXT[0], line])
    assert line.replace("  ", " ") in cleaned.replace("  ", " ")
    assert "\n/\n" not in cleaned and "\n李某某\n" not in cleaned


def test_a_credit_glued_after_the_last_sentence_stays_a_notice_does_not():
    assert bracketed_credit("(文/李某某)") and bracketed_credit("（通讯员：王某某）")
    assert not bracketed_credit("（资料图片）") and not bracketed_credit("文/李某某") and not bracketed_credit("(完)")
    glued = "".join(TEXT) + "(供稿:李某  编辑:王某)"
    assert len(glued) > 120 and glued.replace("  ", " ") in _cleaned([TITLE, glued]).replace("  ", " ")
    # near miss: a site notice glued after the last sentence is split off and dropped
    notice = "".join(TEXT) + "本文由某某文库用户上传,仅供学习参考"
    cleaned = _cleaned([TITLE, notice])
    assert "".join(TEXT) in cleaned and "仅供学习参考" not in cleaned


def test_a_dash_line_with_an_occasion_is_the_texts():
    def title_like(s: str) -> bool:  # the dash test alone
        return False

    assert marked_text("——2022年5月10日在青禾中学第三届教代会上", title_like)
    assert marked_text("——在第三届教职工代表大会上的工作报告", title_like)
    assert not marked_text("—— CAMPUS NEWS ——", title_like) and not marked_text("——", title_like)
    assert not marked_text("—— 转载自青禾教育在线 ——", title_like)  # framed by dashes: a site's line
    page = ["首页  工会概况  工作动态  通知公告  政策法规  民主管理  教工风采  下载专区", "工会工作报告", "2022-05-12 09:30",
            "——2022年5月10日在青禾职业学院", "第三届教职工代表大会第一次会议上", "各位代表,同志们:", *TEXT]
    cleaned = _cleaned(page)
    assert "——2022年5月10日在青禾职业学院" in cleaned and "工会概况" not in cleaned


def test_an_item_under_a_numbered_lead_in_is_the_texts():
    page = ["当前位置:首页  基层组织  基层工会", "图书馆分工会简介", "发布时间:2021-11-25浏览次数:10", "图书馆分工会简介",
            "1. 分工会班子:", "分工会主席李某", "文体委员王某        女工委员张某", "1. 工作理念:", "做职工身边的贴心人。", *TEXT]
    assert "分工会主席李某" in _cleaned(page)
    # near miss: a short line over the text under no lead-in is still the site's
    page = ["当前位置:首页  基层组织  基层工会", "基层组织", TITLE, "发布时间:2021-11-25浏览次数:10", *TEXT]
    assert "基层组织" not in _cleaned(page).split("\n")


def test_a_unit_issuing_or_deploying_a_document_is_news():
    from unionmine.documents.kinds import find_kind

    text = "4月10日，公司工会发布今年的厂务公开计划。今年的计划以服务职工为中心，公开的内容包括重大决策和职工切身利益。"
    assert find_kind("青禾公司工会发布2019年厂务公开计划", text)[0] == "other"
    assert find_kind("青禾县总工会安排部署2015年工会统计年报工作", text)[0] == "other"
    assert find_kind("市教育工会研究部署2020年工作要点", text)[0] == "other"
    # near misses: the document itself, a notice issuing it, a plan named 安排
    plan = "新的一年，公司工会将围绕生产经营中心，完善职代会制度，落实厂务公开。"
    assert find_kind("青禾公司工会2019年厂务公开计划", plan)[0] == "plan"
    assert find_kind("青禾公司工会2019年工作安排", plan)[0] == "plan"
    assert find_kind("关于印发《青禾公司工会2019年工作要点》的通知", plan)[0] == "plan"


def test_a_year_the_next_clause_calls_one_year_is_the_year_itself():
    from unionmine.documents.year_guards import span_to_now

    assert not span_to_now("年对于青禾纪念馆来说是忙碌的一年。一年来大家都在忙碌")
    assert not span_to_now("年是不平凡的一年，一年间工会")
    # near misses: a count of years from it, a year and more, up to now
    assert span_to_now("年正式投入使用。投用4年来，")
    assert span_to_now("年建成。十一年来，")
    assert span_to_now("年启用，一年多来")
    assert span_to_now("年1月开放使用至今")


def test_a_year_the_meeting_honours_does_not_date_the_item():
    from unionmine.documents.news import event_year

    honoured = "会议对2019年度青禾集团“安康杯”竞赛优胜单位和优胜班组进行了表彰，审议通过了工会经费预算报告。"
    assert event_year(honoured, 2000, 2030)[0] is None
    assert event_year("大会向2021年度技能比赛获奖职工颁发了证书。会议还部署了下一步工作。", 2000, 2030)[0] is None
    # near misses: the item's own event named by its year, a lead that reports an honour outside a meeting
    assert event_year("青禾集团工会举办2019年度职工技能竞赛，二百余名职工参加。", 2000, 2030)[0] == 2019
    assert event_year("近日，青禾集团工会荣获2021年度“模范职工之家”称号。", 2000, 2030)[0] == 2021


def test_a_year_whose_work_a_meeting_item_sums_up_does_not_date_it():
    from unionmine.documents.year_guards import work_of_year

    assert work_of_year("办公室主任简要总结了", "年工会工作情况，")
    assert work_of_year("会上，主席小结", "年度工会工作，")
    # near misses: a year the sentence only names, a summary's own heading (no verb)
    assert not work_of_year("青禾公司工会", "年工会工作总结")
    assert not work_of_year("总结了", "年度先进个人的经验")


def test_credit_fields_parted_by_semicolons_or_a_padded_name():
    from unionmine.documents.chrome.credit_fields import credit_fields
    from unionmine.documents.chrome.credit_lines import credit_line

    assert credit_line("供图:李  平") and credit_line("(文:赵敏;图:赵敏、孙浩;审核:周立、吴文涛)")
    assert credit_fields("供图:李  平") == "供图:李平"
    # near misses: a sentence with a semicolon, two words spaced apart, a list of names with no role
    assert not credit_line("工会组织了比赛;图书馆承办了展览")
    assert not credit_line("工会 成立") and not credit_line("李某;王某")
    assert credit_fields("一年来;我们") == "一年来;我们"
    cleaned = _cleaned([TITLE, *TEXT, "供图:李  平", "(文:赵敏;图:赵敏、孙浩;审核:周立)"])
    assert "供图" not in cleaned and "审核" not in cleaned and all(t in cleaned for t in TEXT)


def test_an_activity_headline_between_meta_lines_is_a_title():
    from unionmine.documents.chrome.line_shapes import title_shaped

    assert title_shaped("青禾中心开展秋季登山健身活动") and title_shaped("青禾小学举办教工趣味运动活动")
    # near misses: too short, a sentence, no activity
    assert not title_shaped("开展活动") and not title_shaped("中心开展了秋季登山健身活动。")
    assert not title_shaped("秋季登山健身") and not title_shaped("开展职工读书活动")  # no unit before the verb
    page = ["青禾市疾病预防控制中心 青禾市公共卫生研究院", "2023-10-26", "发稿: 李某 审稿:王某", "青禾中心开展秋季登山健身活动",
            "字体 :", "分享到 :", *TEXT]
    assert "青禾中心开展秋季登山健身活动" in _cleaned(page)
