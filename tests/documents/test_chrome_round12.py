"""Round 12 (issue 12, branch ingest12a): a mail's covering letter, a PDF's header set small above
its title, and general chrome forms of real pages. Every fixture is invented and worded unlike the
development files."""

from __future__ import annotations

from unionmine.documents.clean import clean_text
from unionmine.documents.formats.layout import PdfLine, pdf_text

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
