"""A WeChat public account's article saved from a browser (USER12, session 17): the text of #js_content under the
page's own title element, the account's chrome and the pictures' captions out, the account's words as evidence of
the writer when the text names none. Invented units (青禾港务, 石湾水务), none of USER12's collection."""

from __future__ import annotations

import pandas as pd

from unionmine.documents.describe import describe_article
from unionmine.documents.formats.html import read_html
from unionmine.documents.formats.wechat import wechat_article
from unionmine.documents.organisations.host import account_org
from unionmine.run.pipeline import ingest

BODY = [
    "一年来，公司工会紧紧围绕港口生产中心任务，团结带领广大职工攻坚克难，较好完成了全年各项工作。",
    "一、深化劳动竞赛",
    "组织装卸作业线开展“安全高效”劳动竞赛3项，参赛班组26个，桥吊司机岗位练兵覆盖职工410人次。",
    "二、关心关爱职工",
    "春节期间走访慰问一线职工和困难职工158人次，高温期间为码头作业人员送去防暑用品。",
    "三、建好职工之家",
    "改造码头职工休息室4间，举办职工篮球赛和读书分享会，职工参与面达到百分之八十。",
]


def _page(*, intro: str, title: str = "【港务工会】2023年工会工作回顾", ct: str = "1704171600") -> str:
    paras = []
    for i, line in enumerate(BODY):
        if line[1] == "、":
            paras.append(f'<section><span style="font-size:17px"><strong>{line}</strong></span></section>')
        else:
            paras.append(f'<p style="text-indent:2em"><span style="font-size:15px">{line}</span></p>')
        if i == 2:
            paras.append('<p style="text-align:center"><img class="rich_pages" src="./a_files/1.jpeg"></p>'
                         '<p style="text-align:center"><span style="font-size:12px;color:#888888">'
                         "▲ 三号泊位桥吊司机比武现场</span></p>")
        if i == 4:  # a picture, then a bold heading: no caption
            paras.append('<p><img class="rich_pages" src="./a_files/2.jpeg"></p>')
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="{title}">
<title>{title}</title><script>var ct = "{ct}";</script></head><body>
<div id="js_article" class="rich_media"><div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name"> {title} </h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">港务工会</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a id="js_name">青禾港务</a>
<div class="profile_container" style="display:none;"><strong class="profile_nickname">青禾港务</strong>
<p class="profile_meta"><label class="profile_meta_label">微信号</label><span class="profile_meta_value">qhgw_2015</span></p>
<p class="profile_meta"><label class="profile_meta_label">功能介绍</label><span class="profile_meta_value">{intro}</span></p>
</div></span><em id="publish_time" class="rich_media_meta rich_media_meta_text"></em></div>
<div class="rich_media_content" id="js_content"><section>{''.join(paras)}</section></div>
<div class="rich_media_tool_area"><a id="js_view_source">阅读原文</a><div class="media_tool_meta">阅读 <span>978</span></div>
<span>在看</span><span>写留言</span></div>
<div class="related_article"><div>喜欢此内容的人还喜欢</div><ul><li>青禾港务召开第三届职工代表大会</li>
<li>码头“职工小家”焕新升级</li></ul></div>
<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div><div>继续滑动看下一个</div>
</div></div></body></html>"""


def test_wechat_article_is_its_content_under_its_title():
    text, _enc, _w, title, chrome, _url, writer = read_html(_page(intro="青禾港务集团有限公司官方公众号").encode())
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    assert title == "【港务工会】2023年工会工作回顾"
    assert all(line in lines for line in BODY)
    for gone in ("阅读原文", "喜欢此内容的人还喜欢", "青禾港务召开第三届职工代表大会", "继续滑动看下一个", "功能介绍", "qhgw_2015"):
        assert gone not in text
    assert "三号泊位桥吊司机比武现场" in chrome  # the caption, for the line rules to drop
    assert "三、建好职工之家" in lines  # a bold heading after a picture is no caption
    assert writer.startswith("青禾港务集团有限公司")


def test_publication_time_from_the_script_when_the_saved_copy_lost_it():
    page = wechat_article(_page(intro="x"))
    assert page.published == "2024-01-02 13:00"


def test_account_names_the_writer_only_when_its_words_name_a_unit():
    assert account_org("石湾水务有限公司官方公众号，发布公司新闻。\n石湾水务")[0] == "石湾水务有限公司"
    assert account_org("分享港口生活，传递职工声音\n港口职工之家")[0] is None


def test_run_files_a_wechat_article_under_its_account_and_drops_its_captions(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "2023年工会工作回顾_微信公众平台.html").write_text(_page(intro="青禾港务集团有限公司官方公众号"),
                                                               encoding="utf-8")
    ingest([folder], tmp_path / "out")
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert docs["org"].tolist() == ["青禾港务集团有限公司"]
    assert "三号泊位桥吊司机比武现场" not in docs["text"][0]
    assert "装卸作业线" in docs["text"][0]


def test_a_company_titled_by_its_trade_is_its_signature_not_a_part_in_the_opening():
    text = ("2023年，公司工会在集团工会的领导下扎实开展工作。港机维修分公司结合港口提效，开展岗位练兵5次，参赛职工120人。\n"
            "一、劳动竞赛\n组织劳动竞赛3项。\n石湾港务集团有限公司工会\n2023年12月28日")
    described = describe_article("港务公司工会2023年工作总结", text)
    assert described["org"] == "石湾港务集团有限公司"
    # a signature that does not hold the title's trade names no writer for it
    other = describe_article("港务公司工会2023年工作总结", text.replace("石湾港务集团有限公司", "石湾水务有限公司"))
    assert other["org"] != "石湾水务有限公司"
