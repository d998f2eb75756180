"""Round 12 (issue 12, branch ingest12a): a mail's covering letter, a PDF's header set small above
its title, and general chrome forms of real pages. Every fixture is invented and worded unlike the
development files."""

from __future__ import annotations

import pytest

from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.forms import form_feature
from unionmine.documents.clean import clean_text
from unionmine.documents.formats.layout import PdfLine, pdf_text
from unionmine.documents.titles import choose_title
from unionmine.text.normalize import to_simplified

TITLE = "松岭镇卫生院工会2025年上半年工作小结"
PARA = ["上半年，院工会在院党支部的领导下，围绕职工关心的事情办了几件实事，职工满意度有所提高。",
        "一、办好职工食堂",
        "新添消毒柜两台，每周公布菜谱，征求职工意见四十余条，改进了早餐品种。"]
SIGN = ["松岭镇卫生院工会", "2025年7月4日"]


def _mail(header: list[str], note: list[str], closing: list[str]) -> str:
    return "\n".join(header + [""] + note + [""] + [TITLE] + PARA + SIGN + [""] + closing)


def test_a_mails_covering_note_and_closing_go_with_its_header():
    text = _mail(["发 件 人：松岭镇卫生院工会 <slwsy@example.org>", "收 件 人：县卫健工会 <wjgh@example.org>",
                  "日 期：2025年7月5日 9:03", "主 题：转发：上半年小结", "附 件：小结.docx"],
                 ["李主席好：", "院里上半年的小结发您，附件若打不开就看下面的正文，谢谢！"],
                 ["此致", "敬礼！", "卫生院工会 刘敏 13900000000", "---------- 原始邮件 ----------", "发件人：刘敏"])
    lines = clean_text(text).split("\n")
    assert lines == [TITLE, *PARA, *SIGN]


def test_a_mails_rule_line_starts_its_closing_and_a_signature_above_it_stays():
    text = _mail(["发件人：城关二小<cg2x@example.org>", "收件人：教育工会<jygh@example.org>", "主题：材料"],
                 [], ["________________", "城关二小工会 赵青 电话 0000-1234567"])
    assert clean_text(text).split("\n") == [TITLE, *PARA, *SIGN]


def test_without_a_mail_header_a_letter_shaped_page_keeps_its_lines():
    # no header taken: the same note and closing are the page's own (a report ending 此致 敬礼)
    text = "\n".join(["各位代表：", TITLE, *PARA, "此致", "敬礼！"])
    kept = clean_text(text).split("\n")
    assert "此致" in kept and "各位代表：" in kept


def test_a_mails_note_is_never_a_heading_and_a_long_letter_is_left_alone():
    # the title is more than four lines down: what stands above it is not a covering note
    note = ["王老师：", "您好！", "材料如下。", "一、说明", "请审阅。"]
    text = _mail(["发件人：甲<a@example.org>", "收件人：乙<b@example.org>"], note, [])
    kept = clean_text(text).split("\n")
    assert "一、说明" in kept and "王老师：" in kept


# ---------------------------------------------------------------- PDF: a small header over a flush-left title


def _flush_page(head: list[PdfLine], title_size: float = 11.0) -> list[list[PdfLine]]:
    body = [PdfLine("柏溪乡农技站工会2024年工作回顾", 60, 250, title_size),
            PdfLine("2024年，站工会围绕春耕秋收两件大事，组织技术员下田指导，职工干劲", 60, 430, 11.0),
            PdfLine("很足，全年没有出一起安全事故。", 60, 250, 11.0),
            PdfLine("一、组织技术比武", 60, 170, 11.0),
            PdfLine("五月举办嫁接比武，二十六名职工参加，评出能手四名。", 60, 420, 11.0)]
    return [head + body]


def test_a_header_set_smaller_than_a_flush_left_title_and_the_text_goes():
    text, removed = pdf_text(_flush_page([PdfLine("柏溪乡农技站 年度材料", 60, 160, 8.5)]))
    assert text.split("\n")[0] == "柏溪乡农技站工会2024年工作回顾" and removed == 1


def test_a_line_of_the_texts_size_over_a_flush_left_title_stays():
    text, removed = pdf_text(_flush_page([PdfLine("柏溪乡农技站", 60, 140, 11.0)]))
    assert text.split("\n")[0] == "柏溪乡农技站" and removed == 0
    # sizes unknown (0): nothing is taken on size
    text, removed = pdf_text(_flush_page([PdfLine("柏溪乡农技站", 60, 140, 0.0)], title_size=0.0))
    assert removed == 0


def test_the_first_line_ending_in_a_genre_word_is_never_joined_to_the_text():
    # every line is short, so the title reaches the (low) right margin of this page
    page = [[PdfLine("柏溪乡农技站工会2024年工作总结暨2025年工作计划", 60, 330, 11.0),
             PdfLine("2024年，站工会围绕春耕秋收组织职工", 60, 330, 11.0),
             PdfLine("下田指导，全年没有出一起安全事故。", 60, 320, 11.0),
             PdfLine("一、组织技术比武", 60, 170, 11.0)]]
    text, _ = pdf_text(page)
    assert text.split("\n")[:2] == ["柏溪乡农技站工会2024年工作总结暨2025年工作计划",
                                    "2024年，站工会围绕春耕秋收组织职工下田指导，全年没有出一起安全事故。"]


# ---------------------------------------------------------------- line forms of real pages

NEWS = "3月2日，溪口镇总工会召开年度工作会议，各基层工会主席和职工代表六十余人参加，会议表彰了先进。"


@pytest.mark.parametrize("line", [
    "郑小禾 (摄)", "溪口镇中心校 周立(文)", "汪远（供图）",
    "本报记者 钱晓晨", "记者 孟凡 通讯员 苏小荷", "本报记者 孟凡 本报通讯员 苏小荷 摄", "□ 冯岚 许成", "■方林",
    "□溪口港务公司装卸二队 冯岚",
    "IMG_0317_溪口.JPG", "wx_camera_1700000000000.png", "图片", "圖片",
    "用户登录", "立即注册", "还没有账号？", "還沒(méi)有賬號(hào)?",
    "没有留言：", "张贴留言", "订阅： 张贴留言 (Atom)",
    "查看完整版本: [-- 溪口镇职工论坛 --]", "楼主 老渔夫  发表于: 2015-06-01", "3楼 小禾 发表于 2015-06-02 10:00",
    "Previous: Annual report of the union", "Next: Union plan",
    "为了更好的浏览效果，建议您使用最新版本的Chrome浏览器", "浏览人次：1024",
    "00003版:职工生活", "第A02版：要闻", "溪口晨报 数字报纸",
    "• 来源：", "▪ 发布时间：2024-05-06",
    "注：溪口镇政府网站所有信息均为受权发布，转载本网站信息请注明来源。",
    "主办：溪口镇人民政府 地址：溪口镇人民路2号 电话：0000-8888888",
    "主办：溪口镇文化站 联系地址：人民路2号 电话号码：8888888", "主办单位：溪口镇人民政府办公室 网站支持",
])
def test_credit_picture_login_blog_edition_and_footer_lines_are_chrome(line):
    assert form_feature(to_simplified(line))  # find_chrome judges lines in Simplified


@pytest.mark.parametrize("line", [
    "工会主席钱晓晨同志在会上作了工作报告。",  # a sentence naming a reporter's like
    "溪口镇召开职工代表大会（周立 摄）",  # a photo caption with its text: the article's
    "记者节当天，工会慰问了一线采编人员。",
    "□建立困难职工档案",  # a box bullet before a task, no name after it
    "图片展吸引了三百多名职工参观",
    "主办单位：溪口镇总工会",  # one field: an activity's organiser in a plan
    "主办单位：溪口镇总工会，承办单位：镇文化站。",
    "[转帖]溪口镇工会工作总结",
    "注：以上数据截至2024年11月底。",
    "楼主发表于本期简报的文章引起了热议。",
    "工会建议职工使用新版办公系统。",
    "News Center",  # a column's English name is taken over a Chinese text only, by find_chrome
    "2024年职工书屋登记表.docx说明",
])
def test_text_lines_of_the_same_words_are_not(line):
    assert form_feature(line) is None


def test_a_caption_between_pictures_stays_and_broken_and_weekday_dates_go():
    lines = ["溪口镇总工会召开年度工作会议", "2024", "03-02", "09:40", NEWS, "图片", "（先进集体代表领奖）",
             "图片", "（职工代表合影）", "图片", "会后，与会人员参观了镇职工之家。"]
    marks = find_chrome(lines).removed
    assert {i for i, name in marks.items() if name == "posted_date"} == {1, 2, 3}
    assert 6 not in marks and 8 not in marks and {5, 7, 9} <= set(marks)
    marks = find_chrome(["2024年3月2日 星期六", "溪口镇总工会召开年度工作会议", NEWS]).removed
    assert marks == {0: "posted_date"}
    assert find_chrome(["溪口镇总工会召开年度工作会议", "02.03.2024  09:40", NEWS]).removed == {1: "posted_date"}
    # a date in words without the weekday, under the text, is the document's own
    assert find_chrome(["溪口镇总工会召开年度工作会议", NEWS, "2024年3月2日"]).removed == {}


# ---------------------------------------------------------------- titles: a site's copy number or print button


@pytest.mark.parametrize("line, title", [
    ("桂坪村工会工作计划（2）", "桂坪村工会工作计划"),
    ("桂坪村工会工作计划(3)", "桂坪村工会工作计划"),
    ("2019年桂坪村工会工作要点（二）", "2019年桂坪村工会工作要点"),
    ("桂坪村工会上半年工作总结二：", "桂坪村工会上半年工作总结"),
    ("桂坪村工会工作安排 [打印本页]", "桂坪村工会工作安排"),
    ("桂坪村工会召开会员大会 发布时间：2023年4月1日", "桂坪村工会召开会员大会"),
    ("桂坪村工会2023年工作要点  来源:村委会", "桂坪村工会2023年工作要点"),
    # a year or a clause in brackets belongs to the title
    ("桂坪村工会工作总结（2023年）", "桂坪村工会工作总结（2023年）"),
    ("桂坪村第二次会员大会(一)筹备方案", "桂坪村第二次会员大会(一)筹备方案"),
    ("桂坪村工会关于调整活动时间：的通知", "桂坪村工会关于调整活动时间：的通知"),
])
def test_a_copy_number_or_print_button_after_the_genre_word_is_not_the_title(line, title):
    assert choose_title(None, line + "\n" + NEWS)[0] == title


def test_an_english_column_name_goes_over_a_chinese_text_only():
    assert find_chrome(["新闻中心", "News Center", "溪口镇总工会召开年度工作会议", NEWS]).removed.get(1) == "column"
    assert find_chrome(["工会之窗Union", "溪口镇总工会召开年度工作会议", "正文", NEWS]).removed == {0: "column", 2: "column"}
    # under the text, or in capitals (a file kind), it stays
    assert find_chrome(["溪口镇工会工作总结PPT", NEWS, "摘要"]).removed == {}
    english = "The union held its annual meeting in March and elected a new committee of seven members."
    assert 1 not in find_chrome(["Union News", "Annual Meeting", english]).removed


def test_a_unit_name_between_a_welcome_line_and_the_breadcrumb_is_the_sites_name():
    lines = ["欢迎访问溪口港务集团工会网 | 登录", "溪口港务集团工会", "当前位置：首页 > 工会动态 > 正文",
             "溪口港务集团工会召开三届二次职代会", NEWS, "溪口港务集团工会"]
    marks = find_chrome(lines).removed
    assert 1 in marks and 3 not in marks and 5 not in marks  # the signature under the text stays


def test_a_compilations_heading_with_a_count_is_no_title_of_its_own():
    assert choose_title(None, "实用的村工会工作总结范文集锦四篇\n" + NEWS)[0] != "实用的村工会工作总结范文集锦四篇"
    # the third article of a series names its place, not a count
    assert choose_title(None, "桂坪村工会工作总结其三篇\n" + NEWS)[0] == "桂坪村工会工作总结其三篇"


def test_a_table_of_contents_ends_where_the_text_restates_its_first_entry():
    # a hard-wrapped document: its lines are short and carry no full stop until the paragraph ends
    lines = ["目录", "1.柏溪乡农技站工会工作总结(一)", "2.柏溪乡农技站工会工作总结(二)",
             "柏溪乡农技站工会工作总结(一)", "2024年，站工会围绕春耕秋收两件大事，", "组织技术员下田指导，职工干劲很足",
             "全年没有出一起安全事故，各项工作都完成得比较好。"]
    marks = find_chrome(lines).removed
    assert {0, 1, 2} <= set(marks) and not {3, 4, 5, 6} & set(marks)


def test_short_lines_after_the_copyright_line_under_the_text_are_the_footers():
    lines = ["溪口镇总工会召开年度工作会议", NEWS, "溪口镇总工会", "2024年3月2日", "版权所有：溪口镇总工会 备案号：某ICP备0000号",
             "溪口职工服务号", "溪口镇总工会"]
    marks = find_chrome(lines).removed
    assert {5, 6} <= set(marks) and not {2, 3} & set(marks)  # the signature and date above it stay
