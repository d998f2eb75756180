"""Round 29 (issue 12, chrome and body lost), from what spent blind sets 18-20 left. Every fixture is invented;
each rule has its near misses (body lines that look like the chrome)."""

from __future__ import annotations

from tests.documents.chrome.test_chrome_round23 import TEXT, TITLE, _cleaned
from unionmine.documents.chrome.credit_fields import credit_fields
from unionmine.documents.chrome.credit_lines import credit_line
from unionmine.documents.chrome.crumbs import crumb_heading
from unionmine.documents.chrome.forms import form_feature
from unionmine.documents.chrome.late import (
    closing_counter,
    dated_field,
    outlet_credit,
    speaker_line,
)
from unionmine.documents.chrome.lines import line_feature
from unionmine.documents.chrome.pictures import numbered_captions, picture_tag
from unionmine.documents.clean_guards import glued_notice


def test_a_weak_cue_in_a_paragraphs_first_sentence_keeps_the_paragraph():
    first = "“扫码入会”环节是活动的亮点之一，主持人现场介绍服务码并邀请职工现场扫码注册，此举拓宽了服务渠道。"
    para = first + "随后，区总工会为二十名职工代表发放了慰问品，传递了工会组织的关怀。" * 2
    cleaned = _cleaned([TITLE, para, *TEXT])
    assert first in cleaned and para in cleaned.replace("\n", "")
    assert not glued_notice(first)
    # a notice glued to a paragraph still goes: a strong cue, or a weak cue with a doc site's words
    assert glued_notice("扫码关注我们。") and glued_notice("本文由某网用户上传，仅供学习参考。")
    assert glued_notice("扫码下载文档，VIP免费。")
    notice = "本文由某某范文网会员上传，下载后可任意编辑。"
    para = TEXT[0] + TEXT[1] + "赛后，获奖作品在学校文化长廊展出一周，吸引了众多师生驻足观看。"
    cleaned = _cleaned([TITLE, para + notice, TEXT[2]])
    assert notice not in cleaned and para in cleaned


IMAGE = '<image>data:image/s3,"s3://crabby-images/7f19b/7f19b8ca6a21658c9c11c05b8be4cb8bbdd8f39d" alt=""</image>'


def test_a_pictures_markup_is_chrome_where_it_stands():
    assert picture_tag(IMAGE) and picture_tag('<img src="a.png" alt="职工书画作品">')
    assert form_feature(IMAGE) == "image_name"
    cleaned = _cleaned([TITLE, TEXT[0], IMAGE, TEXT[1], IMAGE, "获奖作品展", TEXT[2]])
    assert "image" not in cleaned and all(t in cleaned for t in TEXT)
    assert "获奖作品展" in cleaned  # a picture stands in the text: the line beside it is no chrome for that
    # text that quotes markup, or names an image in words, is no tag
    assert not picture_tag("<img>标签用于在网页中插入图片，工会网站的每张照片都要写替代文字")
    assert not picture_tag("图片：职工书画作品展")


CAPTION = "青禾镇职工驿站（驿站等你来）"


def test_numbered_copies_of_a_title_that_caption_pictures():
    items = ["城东公园职工驿站", "滨河社区职工驿站", "城市书房职工驿站"]
    lines = [TEXT[0], f"{CAPTION}(1)", f"{CAPTION}(2)", TEXT[1], f"{CAPTION}(3)", items[0],
             f"{CAPTION}(4)", items[1], f"{CAPTION}(5)", items[2], TEXT[2]]
    marks: dict[int, str] = {}
    numbered_captions(lines, marks)
    assert sorted(marks) == [1, 2, 4, 6, 8] and set(marks.values()) == {"picture_caption"}
    cleaned = _cleaned(lines)
    assert CAPTION not in cleaned and all(t in cleaned for t in TEXT + items)


def test_a_compilations_numbered_titles_stay():
    # each numbered title over its own text, none two in a row: the splitter's
    title = "青禾镇第二小学工会工作总结"
    lines = [f"{title}(1)", TEXT[0], f"{title}(2)", TEXT[1], f"{title}(3)", TEXT[2]]
    marks: dict[int, str] = {}
    numbered_captions(lines, marks)
    assert marks == {}
    # two in a row but not 1, 2, 3 (the same number twice, or a list's items), or only two: no captions
    for lines in ([f"{title}(3)", f"{title}(3)", TEXT[0], f"{title}(4)"],
                  [f"{CAPTION}(1)", f"{CAPTION}(2)", *TEXT],
                  ["参加人员(1)", "参加人员(2)", "参加人员(3)", *TEXT]):
        marks = {}
        numbered_captions(lines, marks)
        assert marks == {}, lines


def test_a_counter_closing_the_page():
    cleaned = _cleaned([TITLE, *TEXT, "0"])
    assert cleaned.splitlines()[-1] == TEXT[2]
    marks: dict[int, str] = {}
    closing_counter([TITLE, *TEXT, "406"], marks)
    assert marks == {4: "counter"}
    # a year, a number inside the text, a number under a short line (a list's last item): kept
    for lines in ([TITLE, *TEXT, "2023"], [TITLE, TEXT[0], "01", TEXT[1]], [TITLE, *TEXT, "参赛队伍", "12"]):
        marks = {}
        closing_counter(lines, marks)
        assert marks == {}, lines


REPORT = "青禾职业技术学院工会2023年工作报告"
OPENING = ["各位代表、同志们：", "受学院第三届工会委员会的委托，我向大会报告工作，请予审议。",
           "2023年，学院工会在学院党委和上级工会的领导下，团结带领广大教职工履职尽责，较好完成了各项任务。"]


def test_the_speakers_name_over_a_speechs_date():
    for name in ("王 慧", "工会主席  李建国", "李建国"):
        lines = [REPORT, name, "（2024年3月14日）", *OPENING]
        marks: dict[int, str] = {}
        speaker_line(lines, marks)
        assert marks == {1: "speaker"}, name
        cleaned = _cleaned(lines)
        assert name not in cleaned and "（2024年3月14日）" in cleaned and REPORT in cleaned
    # a signature over a date under the text, a name over an unbracketed date, a heading: kept
    for lines in ([REPORT, *OPENING, "李建国", "（2024年3月14日）"], [REPORT, "李建国", "2024年3月14日", *OPENING],
                  [REPORT, "一、工作回顾", "（2024年3月14日）", *OPENING]):
        marks = {}
        speaker_line(lines, marks)
        assert marks == {}, lines


def test_a_dated_field_over_the_text():
    cleaned = _cleaned([TITLE, "撰写时间:2018-06-21", *TEXT])
    assert "撰写时间" not in cleaned and TITLE in cleaned
    marks: dict[int, str] = {}
    dated_field([TITLE, "录入日期：2018/06/21 10:05", *TEXT], marks)
    assert marks == {1: "meta"}
    # a plan's time in words, a field with more in it, a field under the first paragraph: kept
    for lines in ([TITLE, "活动时间：2018年6月21日", *TEXT], [TITLE, "报名时间：2018-06-21至06-30", *TEXT],
                  [TITLE, TEXT[0], "截止时间：2018-06-21", *TEXT[1:]]):
        marks = {}
        dated_field(lines, marks)
        assert marks == {}, lines


def test_a_unit_and_a_name_in_brackets_close_a_news_item():
    for credit in ("（图书馆王某某）", "(档案馆 李某某)", "（学校工会 王某某）"):
        assert credit_line(credit), credit
        cleaned = _cleaned([TITLE, *TEXT, credit])
        assert credit not in cleaned and all(t in cleaned for t in TEXT), credit
    # a unit alone in brackets is a signature; a caption in brackets tells something; no brackets: a signature
    for line in ("（四公司）", "（天目山镇总工会）", "（图为工会主席王某某讲话）", "（花园寻宝）", "图书馆王某某"):
        assert not credit_line(line), line


def test_a_credit_cut_off_after_its_last_role():
    cut = "(文/某某 李某某 图/王某 审/"
    assert credit_fields(cut) == "(文/某某 李某某 图/王某"
    assert credit_line(cut) and credit_line("(文/某某 图/某某 编/李某 审/王某某)")
    cleaned = _cleaned([TITLE, *TEXT, cut])
    assert "审/" not in cleaned and all(t in cleaned for t in TEXT)
    # a closed credit keeps its fields; a word ending in 编 or 审 is no role of its own
    assert credit_fields("(文/某某 审/王某某)") == "(文/某某 审核/王某某)"
    assert credit_fields("主编/王某某") == "主编/王某某" and credit_fields("初审：李某") == "初审：李某"
    assert credit_fields("编/审") == "编辑/审"  # closed (no open bracket): the last field is kept as written


def test_a_reward_button_an_editions_numeral_and_a_word_count_field():
    assert line_feature("赞赏") == "actions" and line_feature("赞赏职工的奉献精神") is None
    assert form_feature("第三版:工会") == "edition" and form_feature("第A03版：要闻") == "edition"
    assert form_feature("三版:工会") is None
    assert form_feature("本文字数:795") == "meta" and form_feature("本文字数不多") is None


def test_the_breadcrumbs_last_item_as_the_pages_heading_over_the_documents_own_title():
    crumb = "当前位置：某某文库 > 计划总结 > 工作总结 > 厂务公开工作总结"
    own = "青禾机械厂厂务公开工作小结"
    body = ["一、基本情况", "厂里推行厂务公开以来，各车间、各科室认真落实，职工群众对公开的事项普遍满意，参与热情明显提高。",
            "二、存在的问题", "个别班组公开不及时，公开的内容不够具体，职工提出的意见没有及时回复，需要进一步改进。"]
    lines = [crumb, "厂务公开工作总结", "网站：某某文库 | 时间：2019-05-29 17:10:55", "厂务公开工作总结", own, *body]
    cleaned = _cleaned(lines)
    assert "厂务公开工作总结" not in cleaned.replace(own, "") and own in cleaned and all(b in cleaned for b in body)
    # the crumb's last item alone over the text is the headline, and over a dash subtitle too: kept
    for head in (["厂务公开工作总结"], ["厂务公开工作总结", "——记青禾机械厂推行厂务公开"]):
        lines = [crumb, *head, *body]
        marks = {0: "navigation"}
        crumb_heading(lines, marks)
        assert marks == {0: "navigation"}, head


def test_a_news_outlet_and_its_reporter_at_the_texts_edge():
    for credit in ("青禾县台王某某", "青禾新闻城东观察 李某某", "青禾日报 王某"):
        assert outlet_credit(credit), credit
        for lines in ([credit, *TEXT], [TITLE, *TEXT, credit]):
            cleaned = _cleaned(lines)
            assert credit not in cleaned and all(t in cleaned for t in TEXT), lines
    # a school and a person (a signature's or a by-line's, other rules judge it), an outlet alone, an app's name,
    # a dateline's start: no outlet credit
    for line in ("青禾镇中学 王某某", "青禾日报", "互联网医院小程序", "新华网北京", "青禾县总工会"):
        assert not outlet_credit(line), line
    # inside the text, between paragraphs: left alone
    assert "青禾县台王某某" in _cleaned([TITLE, TEXT[0], "青禾县台王某某", *TEXT[1:]])
