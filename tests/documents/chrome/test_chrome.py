"""Chrome by line features and context: invented lines in the shapes template sites use."""

import pytest

from unionmine.documents.boilerplate import boilerplate, margin_lines
from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.lines import line_feature
from unionmine.documents.chrome.protected import is_protected
from unionmine.documents.clean import clean_page, clean_text

BODY = [
    "本学年，柳湾小学工会在学校党支部的领导下，围绕教育教学中心工作，做了以下几件事。",
    "一、推进民主管理",
    "学校按时召开教代会，审议通过了课后服务方案和评优办法，教职工提案九件均已答复。",
    "二、关心教职工生活",
    "工会走访慰问生病教师六人次，为退休教师举办了重阳茶话会。",
    "柳湾小学工会",
    "2022年1月10日",
]


@pytest.mark.parametrize(
    ("line", "feature"),
    [
        ("网站首页 | 总结大全 | 计划大全 | 讲话稿 | 党团范文", "link_bar"),
        ("首页 · 文秘 · 工会材料 · 会议纪要", "link_bar"),
        ("所在位置：文秘之家 > 工会材料 > 年度总结", "breadcrumb"),
        ("首页 > 总结 > 学校总结 >", "breadcrumb"),
        ("发布日期：2021-12-02  来源：本站原创  点击：356", "meta"),
        ("2020-06-18 08:41:07 学校总结 我要投稿", "meta"),
        ("作者：佚名", "meta"),
        ("阅读(5821)", "meta"),
        ("【字体：大 中 小】", "font_size"),
        ("[ 打印 ] [ 收藏 ] [ 关闭 ]", "actions"),
        ("分享到： 微信 微博 QQ空间", "actions"),
        ("上一篇：教师节慰问方案", "prev_next"),
        ("下一篇：没有了", "prev_next"),
        ("©2016-2024 文秘之家 版权所有", "copyright"),
        ("粤ICP备00000000号-2", "copyright"),
        ("已阅读3页，还剩5页未读，继续阅读", "download_ad"),
        ("本站文档均为网友上传，如有侵权请联系客服删除，下载前请预览。", "download_ad"),
        ("以下是小编为大家搜集的工会总结范文，欢迎阅读。", "intro"),
        ("热门推荐", "related"),
        ("你可能感兴趣的：", "related"),
        ("欢迎访问好文秘网站", "welcome"),
        ("文秘之家网", "site_name"),
    ],
)
def test_line_features(line, feature):
    assert line_feature(line) == feature


@pytest.mark.parametrize(
    "line",
    [
        *BODY,
        "1、时间：3月8日下午，地点：学校操场。",
        "组织了拔河、跳绳、乒乓球、登山",
        "项目 | 人数 | 备注 |",
        "学校工会以“凝心聚力”为主题，开展了阅读、演讲、摄影三项比赛，参与教师达到95%。",
        "今年的工作计划已在教代会上通过，分享了经验。",
        "2023年学校工会工作计划",
    ],
)
def test_text_lines_are_not_features(line):
    assert line_feature(line) is None


def test_headings_titles_signatures_are_protected():
    for line in ["一、推进民主管理", "（三）文体活动", "2.关心退休教师", "柳湾小学2021年工会工作总结", "柳湾小学工会",
                 "2022年1月10日", "学校工会工作计划 篇3"]:
        assert is_protected(line), line
    assert not is_protected("投诉纠错")


def test_short_lines_between_chrome_go_heading_stays():
    lines = ["首页 > 总结 > 工会总结", "返回列表", "热度：28", "一、思想建设", "发布时间：2022-03-01", *BODY]
    marks = find_chrome(lines).removed
    assert marks[1] in ("actions", "between_chrome")
    assert 3 not in marks  # a heading is never dropped for being short
    assert not any(i >= 5 for i in marks)


def test_short_line_between_chrome_is_chrome():
    lines = ["首页 > 总结 > 工会总结", "学习园地", "发布时间：2022-03-01 09:00", *BODY]
    assert find_chrome(lines).removed.get(1) == "between_chrome"


def test_related_tab_under_the_date_does_not_cut_the_article():
    page = "\n".join(["柳湾小学2021年工会工作总结", "时间：2022-01-12 10:20:11", "相关推荐", *BODY])
    cleaned = clean_page(page)
    for line in BODY:
        assert line in cleaned.text
    assert cleaned.removed_share < 0.2


def test_related_list_at_the_end_is_dropped():
    page = "\n".join([*BODY, "相关推荐", "教师节活动总结", "工会主席述职", "年度考核个人小结", "幼儿园三八节方案"])
    assert clean_text(page).split("\n")[-1] == BODY[-1]


def test_related_header_over_one_title_keeps_the_title():
    page = "\n".join(["热门推荐", "柳湾小学2021年工会工作总结", *BODY])
    assert clean_text(page).startswith("柳湾小学2021年工会工作总结")


def test_removed_share_names_the_rules():
    page = "\n".join(["所在位置：文秘之家 > 工会材料 > 年度总结", "2020-06-18 08:41:07 学校总结 我要投稿", *BODY])
    cleaned = clean_page(page)
    assert "chrome:breadcrumb" in cleaned.removed and "chrome:meta" in cleaned.removed
    assert 0 < cleaned.removed_share < 0.5


def test_boilerplate_from_margins_of_many_pages():
    pages = []
    for k in range(4):
        text = "\n".join(["好文秘 专业写作", "工会园地栏目", f"学校工会工作总结{k}", *BODY, "一、推进民主管理", "手机访问本页"])
        pages.append(margin_lines(text))
    found = boilerplate(pages)
    assert "好文秘专业写作" in found and "手机访问本页" in found
    assert "一推进民主管理" not in found  # a heading recurs, but never in the margins
    assert not any("学校工会工作总结" in line for line in found)
    page = "\n".join(["好文秘 专业写作", "学校工会工作总结", *BODY, "手机访问本页"])
    text = clean_text(page, boilerplate=found)
    assert "好文秘" not in text and "手机访问本页" not in text and BODY[0] in text


def test_boilerplate_needs_enough_files():
    pages = [{"手机访问本页"}, {"手机访问本页"}]
    assert boilerplate(pages) == frozenset()
    assert boilerplate([{"手机访问本页"}] * 3, n_pages=1000) == frozenset()


def test_mojibake_lines_are_found():
    from unionmine.text.normalize import mojibake_lines

    line = "工会组织教职工参加了县里的篮球比赛，取得第二名。"
    assert mojibake_lines(line) == []
    assert mojibake_lines("學校工會組織教職工參加了縣里的籃球比賽，取得第二名。") == []
    assert mojibake_lines(line.encode("utf-8").decode("gbk", errors="replace"))
    assert mojibake_lines(line.encode("gbk").decode("big5", errors="replace"))


@pytest.mark.parametrize(
    ("line", "feature"),
    [
        ("上一页 1 2 3 4 下一页 末页", "actions"),
        # an article's own navigation buttons with no colon, alone or beside other buttons
        ("上一篇  下一篇", "actions"),
        ("« 上一条 | 下一条 »", "actions"),
        ("返回上一级 | 关闭窗口", "actions"),
        ("本文标签：教代会 年度总结", "tags"),
        ("年度工会工作总结（★★）", "rating"),
        ("推荐指数：★★★☆☆", "rating"),
        ("觉得这篇文章有帮助的话，请分享给身边的朋友。", "share_prompt"),
        ("青柠007：写得真好，收藏了！", "comment"),
        ("文档为 docx 格式", "download_ad"),
        ("打开App 阅读全文", "download_ad"),
        ("【热门推荐】相关文章：", "related"),
        ("附件3：", "attachment_label"),
        ("— 3 —", "page_marker"),
        ("第 2 页 共 5 页", "page_marker"),
        ("工会教代会 | 学校首页 | 校务公开 | 联系我们", "link_bar"),
    ],
)
def test_more_line_features(line, feature):
    assert line_feature(line) == feature


@pytest.mark.parametrize(
    "line",
    ["慰问类别\t人次\t金额（元）", "★加强师德建设，开展了三次讲座。", "1 2 3", "附件中的表格已按要求填报。", "各位代表：",
     "上一篇文章提到的困难教师均已慰问到位。", "按上一级工会要求，做好下一条线路的职工慰问。"],
)
def test_table_rows_bullets_and_salutations_are_text(line):
    assert line_feature(line) is None


def test_menu_one_item_per_line_is_chrome():
    lines = ["首页", "|", "总结", "|", "计划", "|", "述职", *BODY]
    marks = find_chrome(lines).removed
    assert 0 in marks and all(marks.get(i) == "link_bar" for i in range(1, 7))
    assert not any(i >= 7 for i in marks)


@pytest.mark.parametrize("line", ["工会动态栏目", "滨江区教育局门户网站", "青柚文秘网"])
def test_column_and_portal_names(line):
    assert line_feature(line) == "site_name"


@pytest.mark.parametrize(
    "line",
    ["组织教职工阅读12本书，交流读书心得", "活动时间：2021-09-10", "欢迎大家踊跃报名参加。", "组长：李明  副组长：王芳  组员：张三",
     "项目  人次  金额（元）", "织密服务网"],
)
def test_plan_lines_that_look_like_chrome_words_are_text(line):
    assert line_feature(line) is None


def test_related_header_mid_article_does_not_cut_what_follows():
    long_part = BODY[:5] * 3
    page = "\n".join([*long_part, "相关阅读：", "教师节活动总结", "三、加强自身建设", "完善会员档案，做到实名入会。"])
    text = clean_text(page)
    assert "三、加强自身建设" in text and "完善会员档案" in text


def test_a_line_rule_never_drops_a_flattened_article():
    flat = "文档介绍：柳湾小学工会工作总结 " + "".join(BODY) * 3
    text = clean_text(flat)
    assert "文档介绍" not in text and BODY[0] in text and BODY[2] in text


@pytest.mark.parametrize(
    "line, feature",
    [
        ("原创 青石教育工会 青石教育工会 2022-03-04 08:10 发表于四川", "wechat"),
        ("预览时标签不可点", "wechat"),
        ("继续滑动看下一个", "wechat"),
        ("长按识别二维码关注我们", "wechat"),
        ("东山小学2022年工会工作计划.doc", "file_name"),
        ("附件1：【教代会提案汇总表.xlsx】已下载 12 次", "file_name"),
        ("索引号：11350100/2021-00321  发布机构：县总工会  生成日期：2021-06-01", "meta"),
        ("格式：PDF  页数：3  大小：88KB", "meta"),
        ("回复 引用 举报", "actions"),
    ],
)
def test_wechat_library_forum_and_government_lines(line, feature):
    assert line_feature(line) == feature


@pytest.mark.parametrize(
    "line",
    [
        "多名教师的论文发表于省级刊物，工会给予表彰。",
        "二、开展文体活动，丰富教职工生活",
        "组织教职工参观学习，关注我们身边的先进典型，学习他们的事迹。",
        "文件大小不是问题，工会将按季度公开经费收支情况。",
    ],
)
def test_body_lines_near_the_new_features_stay(line):
    assert line_feature(line) is None
