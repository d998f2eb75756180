"""Web pages: main-content extraction before the text rules, the page title kept as a hint."""

from unionmine.documents.clean import clean_text
from unionmine.documents.read import read_document

BODY = [
    "本学年，杏林路小学工会在学校党支部的领导下，围绕教育教学中心工作，做了以下几件事。",
    "一、推进民主管理",
    "学校按时召开教代会，审议通过了课后服务方案和评优办法，教职工提案九件均已答复。",
    "二、关心教职工生活",
    "工会走访慰问生病教师六人次，为退休教师举办了重阳茶话会，组织了秋季登山活动。",
    "杏林路小学工会",
    "2022年1月10日",
]
CHROME = ["首页", "工作总结", "教师节活动总结", "好文秘网 版权所有", "上一篇"]


def _page(h1: str = "<h1>杏林路小学2021年工会工作总结</h1>", body=BODY) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in body)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        "<title>杏林路小学2021年工会工作总结_工会总结_好文秘网</title></head><body>"
        "<div class='nav'><a>首页</a> | <a>工作总结</a> | <a>工作计划</a> | <a>述职报告</a></div>"
        "<div class='crumb'>当前位置：<a>首页</a> &gt; <a>工作总结</a> &gt; 工会总结</div>"
        f"<div class='main'>{h1}<div class='content'>{paragraphs}</div>"
        "<div>上一篇：<a>教师节慰问方案</a></div>"
        "<div><h3>相关推荐</h3><ul><li><a>教师节活动总结</a></li><li><a>工会主席述职</a></li></ul></div></div>"
        "<div class='foot'>Copyright © 2016-2024 好文秘网 版权所有</div></body></html>"
    )


def test_main_content_without_site_chrome_and_the_h1_as_title(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(_page(), encoding="utf-8")
    decoded = read_document(path)
    assert decoded.title_hint == "杏林路小学2021年工会工作总结"
    for line in BODY:
        assert line in decoded.text
    for junk in ["工作计划 |", "当前位置", "教师节慰问方案", "工会主席述职"]:
        assert junk not in decoded.text


def test_title_from_the_title_element_without_h1(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text(_page(h1=""), encoding="utf-8")
    title = read_document(path).title_hint
    assert title and title.startswith("杏林路小学2021年工会工作总结")


def test_page_the_extractor_misjudges_keeps_its_whole_text(tmp_path):
    # Only short lines: the extractor keeps too little Chinese, so the whole page text is used.
    short = ["工会简讯", "三月：教代会", "四月：春游", "五月：慰问"]
    path = tmp_path / "short.html"
    path.write_text(_page(body=short), encoding="utf-8")
    text = read_document(path).text
    for line in short:
        assert line in text
    assert "述职报告" in text  # the whole page: its menu too, left to the line rules


def test_plain_text_file_holding_html_is_extracted_too(tmp_path):
    path = tmp_path / "saved.txt"
    path.write_text(_page(), encoding="utf-8")
    decoded = read_document(path)
    assert decoded.title_hint == "杏林路小学2021年工会工作总结"
    assert "当前位置" not in decoded.text and BODY[0] in decoded.text


def test_other_files_have_no_title_hint(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("\n".join(BODY), encoding="utf-8")
    assert read_document(path).title_hint is None


def test_compilation_headings_and_repeated_section_heads_survive(tmp_path):
    # The extractor's precise mode drops <h2> article markers and a heading that recurs in
    # the second article; its recall mode is then used and the line rules do the rest.
    body = "".join(f"<p>{line}</p>" for line in BODY[:5])
    page = (
        "<html><head><meta charset='utf-8'><title>学校工会工作总结（2篇）</title></head><body>"
        "<div class='nav'><a>首页</a> | <a>工作总结</a> | <a>工作计划</a> | <a>述职报告</a></div>"
        f"<h1>学校工会工作总结（2篇）</h1><h2>学校工会工作总结 篇1</h2>{body}"
        f"<h2>学校工会工作总结 篇2</h2>{body.replace('杏林路', '槐花路')}"
        "<div class='foot'>版权所有 好文秘网</div></body></html>"
    )
    path = tmp_path / "two.html"
    path.write_text(page, encoding="utf-8")
    text = read_document(path).text
    assert "篇1" in text and "篇2" in text
    assert text.count("一、推进民主管理") == 2


def test_site_name_after_the_title_element_is_dropped(tmp_path):
    path = tmp_path / "t.html"
    page = _page(h1="").replace("<title>杏林路小学2021年工会工作总结_工会总结_好文秘网</title>",
                                "<title>杏林路小学2021年工会工作总结_好文秘网</title>")
    path.write_text(page, encoding="utf-8")
    assert read_document(path).title_hint == "杏林路小学2021年工会工作总结"


def test_wechat_headings_in_section_spans_survive(tmp_path):
    # WeChat articles set headings and the signature in styled <section><span>; the main-content
    # extractor drops them as decoration, so the page's span from the first to the last line it
    # kept is used, and the line rules remove the account line, prompts and buttons.
    paras = [
        "2021年，桥西区教育工会在区教育局党委的领导下，团结全区教职工，较好地完成了各项任务。",
        "元旦春节期间走访慰问困难教职工26户，发放慰问金四万余元，做到应访尽访。",
        "组织全区教职工羽毛球赛和读书分享会，参与教职工一千二百余人次。",
        "指导31所学校召开教代会，审议通过绩效工资分配方案，提案办结率达到百分之百。",
    ]
    heads = ["一、真情帮扶，温暖人心", "二、丰富活动，凝聚人心", "三、民主管理，依法治校"]
    span = '<section style="text-indent:2em"><span style="font-size:15px">{}</span></section>'
    head = '<section style="margin:8px 0"><span style="color:#c00"><strong>{}</strong></span></section>'
    body = span.format(paras[0]) + "".join(head.format(h) + span.format(p) for h, p in zip(heads, paras[1:]))
    page = (
        "<html><head><meta charset='utf-8'><title>桥西区教育工会2021年工作总结</title></head><body>"
        '<div class="rich_media_area_primary"><h1>桥西区教育工会2021年工作总结</h1>'
        "<div>原创 桥西教育工会 桥西教育工会 2022-01-10 17:05 发表于河北</div>"
        f'<div class="rich_media_content" id="js_content">{span.format("点击上方蓝字 关注我们")}{body}'
        f'{span.format("桥西区教育工会")}{span.format("2021年12月28日")}</div>'
        "<div>阅读 1876</div><div>分享 收藏 点赞 在看</div><div>微信扫一扫 关注该公众号</div></div></body></html>"
    )
    path = tmp_path / "wx.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    text = doc.text
    for line in heads + ["桥西区教育工会", "2021年12月28日"]:
        assert line in text
    cleaned = clean_text(text)
    for chrome in ("点击上方蓝字", "发表于河北", "微信扫一扫", "在看"):
        assert chrome not in cleaned
    assert all(h in cleaned for h in heads)
