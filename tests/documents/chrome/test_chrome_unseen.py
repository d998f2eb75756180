"""Chrome of collections the rules were not written on (issue 12, round `ingest6`).

Every line and page here is invented for the test: it reproduces a *shape* of site chrome
(a menu that starts at the home page, a related header with its items on one line, a review
by-line in brackets, a site's domain tag, a posted-by line, sidebar headlines above an article's
title, a notice glued to a flattened page), in wording of its own, never a page's words.
"""

from __future__ import annotations

import pytest

from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.line_shapes import compact
from unionmine.documents.chrome.lines import line_feature
from unionmine.documents.clean import clean_page, clean_text, unflatten_edges
from unionmine.documents.formats.html import _html_title, above_title, html_page
from unionmine.documents.formats.html_structure import structural_chrome
from unionmine.documents.split import split_articles

BODY = [
    "今年以来，松岗中学工会在学校党总支的领导下，围绕教育教学中心工作，扎实做好服务教职工各项工作。",
    "一、关心教职工生活",
    "走访慰问生病住院和家庭困难的教职工九人次，送去学校的关怀。",
    "二、丰富业余文化生活",
    "举办教职工乒乓球赛和迎新春游园活动，参与教职工两百余人次。",
]


@pytest.mark.parametrize(
    "line, feature",
    [
        # a menu that starts at the home page, whatever separates its items
        ("网站首页 部门概况 新闻中心 工会之窗 信息公开", "link_bar"),
        ("| 本站首页 | 机构设置 | 政策法规 | 职工服务 | 资料专区 |", "link_bar"),
        ("首页　　学院概况　　招生就业　　党群工作", "link_bar"),
        # a review chain in brackets, a field word the list lacked
        ("（发稿：组宣科  审核：周海燕）", "meta"),
        ("(撰稿人：吴小芸 发稿人：党政办)", "meta"),
        # buttons
        ("【推荐给好友】【打印此页】【关闭此页】", "actions"),
        ("回到顶部 | 触屏版", "actions"),
        # related headers with their items on the same line
        ("相关搜索：社区工会工作总结 街道工会工作计划 村级工会", "related_items"),
        ("热门搜索：工会年度总结 | 教代会工作报告", "related_items"),
        ("文章关键词：卫生院 工会 年度总结", "tags"),
        ("本文关键字：职工之家", "tags"),
        # a site's tag line naming its domain (or what the site-mark strip left of it)
        ("【www.wenzhai-demo.net——计划总结】", "url"),
        ("【--教育工会】", "url"),
        # an image caption repeating the title, a red header, a public account's id
        ("柏树镇总工会年度工作总结-插图2", "image_caption"),
        ("滨河县教育工会委员会文件", "document_header"),
        ("公众号：binhe_gonghui", "wechat"),
        # count claims in Chinese numerals
        ("村级工会工作小结（五篇）", "compilation_header"),
        ("社区工会下半年工作计划四篇", "compilation_header"),
        # a doc library's lead-in and blurb
        ("导语：", "intro"),
        ("本文为您整理了街道工会工作要点，希望能帮到您！", "intro"),
        # attachments with a download prompt
        ("相关附件：柏树镇工会年度总结.docx （下载）", "file_name"),
        ("附件1：职工运动会报名表.xls 点击下载", "file_name"),
        # a column, a date, a source and an author on one line
        ("计划总结 2024-01-15 网友投稿 清风", "meta"),
        # a listing page: its heading and its items (a title and an excerpt between ellipses)
        ("教代会报告 - 标签页", "listing"),
        ("村级工会年度小结 …村工会在镇党委的关心下…", "listing"),
        ("职工之家建设方案（精选8篇）...坚持以职工为本...", "listing"),
    ],
)
def test_unseen_chrome_lines(line, feature):
    assert line_feature(line) == feature


@pytest.mark.parametrize(
    "line",
    [
        "首页 设计 由 学生会 完成了。",                        # a sentence, no menu
        "相关要求：各分会要按时报送材料，不得延误。",        # a plan's own lead-in with its sentence
        "相关工作：组织教职工体检，开展慰问活动",            # not a related header
        "二、积极配合学校开展第三篇章主题教育活动",            # a heading
        "第三篇",                                            # a marker, no count claim
        "工会工作总结第十二篇",                              # a marker after a title
        "其三篇",                                            # not a claim
        "2023年工会工作总结",
        "松岗中学工会 2023年12月28日",
        "学习贯彻工会十八大精神，开展读书分享活动。",
        "关于印发《松岗中学工会2024年工作要点》的通知",
        "滨教工〔2024〕5号",                                 # a document number is the document's own line
        "组织职工参加插花、茶艺等文件柜整理培训",
        "开展了读书、演讲、摄影等活动……",                  # an ellipsis ending a list
        "她常说…工会就是家…",                                # no title before the excerpt
    ],
)
def test_text_lines_stay(line):
    assert line_feature(line) is None


def test_a_posted_by_line_under_the_title_goes():
    lines = ["松岗中学工会2023年工作总结", "松岗教工之家 2024-01-06", *BODY]
    marks = find_chrome(lines).removed
    assert marks.get(1) == "meta_block"
    assert 0 not in marks and not any(i in marks for i in range(2, len(lines)))


def test_a_signature_with_a_date_at_the_end_stays():
    lines = ["松岗中学工会2023年工作总结", *BODY, "松岗中学工会 2024-01-06"]
    assert find_chrome(lines).removed == {}


def test_the_sites_page_heading_above_the_documents_own_title_goes():
    lines = ["松岗中学2023年度工会总结", "资料下载", "下载前请确认文档内容完整，本平台不提供修改服务。",
             "松岗中学工会2023年工作总结及2024年打算", *BODY]
    marks = find_chrome(lines).removed
    assert marks.get(0) == "page_heading" and 3 not in marks


def test_a_title_and_its_subtitle_stay():
    # no chrome between them: a title and a subtitle, both the document's own
    lines = ["凝心聚力建家园工作总结", "松岗中学工会2023年工作总结", *BODY]
    assert find_chrome(lines).removed == {}
    lines = ["松岗中学工会2023年工作总结", "来源：校工会", *BODY]
    assert 0 not in find_chrome(lines).removed


def test_an_edit_notice_glued_to_the_title_comes_off():
    text = "本文档下载后可自由编辑松岗中学工会2023年工作总结\n" + "\n".join(BODY)
    assert clean_text(text).split("\n")[0] == "松岗中学工会2023年工作总结"
    assert clean_text("学校下载后可任意编辑的表格已发给各位老师。") == "学校下载后可任意编辑的表格已发给各位老师。"


# ---------------------------------------------------------------- flattened pages


def test_a_notice_with_a_sentence_mark_at_the_head_of_a_flattened_page_is_split_off():
    flat = ("《松岗中学工会工作总结.doc》由用户上传分享，可在线阅读，更多相关内容请在本站搜索。 "
            "松岗中学工会2023年工作总结 " + " ".join(BODY))
    lines = unflatten_edges(flat).split("\n")
    assert lines[0].startswith("《松岗中学工会工作总结.doc》")
    assert lines[1] == "松岗中学工会2023年工作总结"
    cleaned = clean_page(flat).text
    assert "由用户上传" not in cleaned and BODY[0] in cleaned and BODY[-1] in cleaned


def test_a_notice_glued_after_the_last_sentence_is_split_off():
    # a page flattened without spaces, and a paragraph of a page that has its lines
    for flat in ("松岗中学工会2023年工作总结 " + "".join(BODY) + "本文由网友上传，仅供学习参考",
                 "松岗中学工会2023年工作总结\n" + "".join(BODY) + "本文由网友上传，仅供学习参考"):
        cleaned = clean_page(flat).text
        assert "网友上传" not in cleaned
        assert cleaned.endswith(BODY[-1]) and BODY[0] in cleaned


def test_meta_fields_do_not_swallow_the_first_clause_of_a_flattened_page():
    flat = ("首页 > 工会园地 > 年度总结 松岗中学工会2023年工作总结 发布日期：2024-01-08 阅读：231 "
            + " ".join(BODY) + " 分享到：朋友圈 微博")
    cleaned = clean_page(flat).text
    assert BODY[0] in cleaned and "一、关心教职工生活" in cleaned
    assert "发布日期" not in cleaned and "阅读：231" not in cleaned


# ---------------------------------------------------------------- HTML: above the title


def _page(above: str, below: str = "", title: str = "松岗中学工会2023年工作总结") -> str:
    body = "".join(f"<p class='txt'>{line}</p>" for line in BODY)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{above}"
            f"<h2 class='hd'>{title}</h2>{body}{below}</body></html>")


SIDE = ("<div class='lm'>本周天气转凉，注意添衣保暖</div><div class='lm'>社保卡年审这样办</div>"
        "<div class='lm'>扫码领取电子会员卡</div><div class='lm'>打开客户端看更多</div>")


def test_side_column_lines_above_the_markup_title_go():
    text, _title, keys, _writer = html_page(_page(SIDE), [])
    cleaned = clean_page(text, simplified=True, structural=keys).text
    for gone in ("本周天气转凉，注意添衣保暖", "社保卡年审这样办", "扫码领取电子会员卡", "打开客户端看更多"):
        assert gone not in cleaned
    assert cleaned.split("\n")[0] == "松岗中学工会2023年工作总结"
    for line in BODY:
        assert line in cleaned


def test_nothing_above_the_title_is_taken_when_text_stands_there():
    # a paragraph of prose above the title line: the title is not the page's head
    text = "\n".join(["本周天气转凉，注意添衣保暖",
                      "为了让教职工度过一个温暖的冬天，学校工会提前采购了取暖用品并送到各个办公室。",
                      "松岗中学工会2023年工作总结", *BODY])
    assert above_title(text, "松岗中学工会2023年工作总结") == frozenset()
    # a numbered heading above it: the same
    text = "\n".join(["一、基本情况", "松岗中学工会2023年工作总结", *BODY])
    assert above_title(text, "松岗中学工会2023年工作总结") == frozenset()


def test_markers_titles_and_repeated_lines_above_the_title_stay():
    text = "\n".join(["社保卡年审这样办", "篇一", "松岗中学工会2022年工作计划", "扫码领取电子会员卡",
                      "松岗中学工会2023年工作总结", *BODY, "扫码领取电子会员卡"])
    keys = above_title(text, "松岗中学工会2023年工作总结")
    assert "社保卡年审这样办" in keys
    assert "篇一" not in keys and "松岗中学工会2022年工作计划" not in keys
    assert "扫码领取电子会员卡" not in keys  # it recurs under the title: its own line stays


def test_a_document_librarys_file_name_title_loses_its_suffix():
    markup = "<html><head><title>村级工会工作计划范本.docx</title></head><body><p>x</p></body></html>"
    assert _html_title(markup, "村级工会工作计划范本.docx") == "村级工会工作计划范本"


# ---------------------------------------------------------------- splitting


def test_an_open_bracket_marker_splits():
    text = "\n".join(["【第1篇 松岗中学工会2022年工作总结", *BODY, "【第2篇 松岗中学工会2023年工作总结", *BODY])
    arts = split_articles(text)
    assert [a.title for a in arts] == ["松岗中学工会2022年工作总结", "松岗中学工会2023年工作总结"]


def test_a_lone_bracketed_number_splits_only_above_a_documents_title():
    text = "\n".join(["（一）", "柏树街道总工会2022年工作计划", *BODY, "（二）", "村级工会工作计划", *BODY])
    arts = split_articles(text)
    assert [a.title for a in arts] == ["柏树街道总工会2022年工作计划", "村级工会工作计划"]
    # above a heading it is the heading's number: one article
    text = "\n".join(["松岗中学工会2023年工作计划", "（一）", "主要工作", *BODY, "（二）", "下一步工作打算", *BODY])
    assert len(split_articles(text)) == 1


def test_a_bare_marker_with_a_colon_is_no_title():
    text = "\n".join(["篇一：", *BODY, "篇二：", *BODY])
    arts = split_articles(text, page_title="街道工会年度工作总结三篇")
    assert len(arts) == 2 and {a.title for a in arts} == {"街道工会年度工作总结"}
    assert all(a.text.startswith(BODY[0]) for a in arts)


# ---------------------------------------------------------------- the page's tail and head labels


def test_a_short_reply_or_label_between_chrome_after_the_text_goes():
    lines = ["松岗中学工会2023年工作总结", *BODY, "回复 引用 举报", "楼上说得对，值得借鉴。", "返回列表 发新帖"]
    marks = find_chrome(lines).removed
    assert marks.get(len(lines) - 2) == "tail_between"
    lines = ["松岗中学工会2023年工作总结", *BODY, "阅读(31) 评论(0) 收藏", "已收录于：",
             "上一篇：教工羽毛球赛通知", "下一篇：寒假值班安排"]
    assert find_chrome(lines).removed.get(len(lines) - 3) == "tail_between"


def test_a_signature_or_short_sentence_at_the_end_stays():
    # the signature and date close the text; a short last sentence is no reply
    lines = ["松岗中学工会2023年工作总结", *BODY, "回复 引用 举报", "松岗中学工会", "返回列表 发新帖"]
    assert len(lines) - 2 not in find_chrome(lines).removed
    lines = ["松岗中学工会2023年工作总结", *BODY, "特此总结。", "返回列表 发新帖"]
    assert len(lines) - 2 not in find_chrome(lines).removed


def test_a_units_name_above_the_title_is_a_label():
    # above the markup's title a unit's name is the site's label (not a signature) ...
    text = "\n".join(["滨河中学工会委员会", "松岗中学工会2023年工作总结", *BODY])
    assert "滨河中学工会委员会" in above_title(text, "松岗中学工会2023年工作总结")
    # ... and so it is when the markup puts it in a chrome container above the first paragraph,
    # while the same name under the text is the signature
    lines = ["滨河中学工会委员会", "松岗中学工会2023年工作总结", *BODY, "滨河中学工会委员会"]
    marks = find_chrome(lines, structural=frozenset({"滨河中学工会委员会"})).removed
    assert marks.get(0) == "html_structure" and len(lines) - 1 not in marks


# ---------------------------------------------------------------- HTML: blocks voted out by their class


def _classed_page(side: list[str], main_class: str = "zw") -> str:
    body = "".join(f"<p class='{main_class}'>{line}</p>" for line in BODY)
    blocks = "".join(f"<div class='bk'>{line}</div>" for line in side)
    return (f"<html><head><meta charset='utf-8'><title>松岗中学工会2023年工作总结</title></head><body>"
            f"<h1>松岗中学工会2023年工作总结</h1>{body}{blocks}</body></html>")


def test_blocks_sharing_a_class_with_chrome_lines_are_chrome():
    side = ["发布时间：2024-01-09 点击：88", "上一篇：教工书法展", "春风送岗位 温暖进万家", "山城晚报"]
    keys = structural_chrome(_classed_page(side), "松岗中学工会2023年工作总结")
    assert "春风送岗位温暖进万家" in keys and "山城晚报" in keys
    for line in BODY:
        assert compact(line) not in keys


def test_a_class_holding_text_or_only_one_chrome_line_is_not_voted_out():
    # a line of text in the class: the class is the article's
    side = ["发布时间：2024-01-09 点击：88", "上一篇：教工书法展", "春风送岗位 温暖进万家",
            "工会还为新入职教师举办了欢迎会，帮助他们尽快融入集体。"]
    assert "春风送岗位温暖进万家" not in structural_chrome(_classed_page(side), None)
    # one chrome line among four: no vote
    side = ["发布时间：2024-01-09 点击：88", "春风送岗位 温暖进万家", "山城晚报", "松岗教工之家"]
    assert "山城晚报" not in structural_chrome(_classed_page(side), None)
