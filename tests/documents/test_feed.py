"""An RSS or Atom feed saved as text is read as a feed (round 41, issue 12): items as text, the feed's fields dropped."""

from __future__ import annotations

import pytest

from unionmine.documents.formats.feed import is_feed, read_feed
from unionmine.documents.read import read_document
from unionmine.errors import InputError

RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>某区职工服务站 - 问答</title>
<link>https://example.org/qa/</link>
<language>zh_CN</language>
<item>
<title>加班工资怎样计算 (答复)</title>
<content:encoded><![CDATA[<p>您好。按规定，延长工作时间应支付加班工资：<br />
(1) 工作日延长的，不低于工资的百分之一百五十；<br />
(2) 休息日安排工作又不能补休的，不低于百分之二百。</p>
<p>如需帮助，请致电本站热线。</p>
]]></content:encoded>
<link>https://example.org/qa/?id=12</link>
<guid>https://example.org/qa/?id=12</guid>
<pubDate>Mon, 03 Feb 2020 09:00:00 +0000</pubDate>
<dc:creator>职工服务站</dc:creator>
</item>
<item>
<title>年休假</title>
<content:encoded><![CDATA[<p>您好，如果"""

ATOM = """<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>某厂工会动态</title>
<entry><title>工会开展夏送清凉活动</title><updated>2021-07-01T00:00:00Z</updated>
<content type="html">&lt;p&gt;七月一日，厂工会走访一线班组。&lt;/p&gt;</content></entry>
<entry><title>职工书屋开放</title><summary>职工书屋每周开放三天。</summary></entry>
</feed>"""


def test_rss_item_read_and_fields_dropped():
    text, title = read_feed(RSS)
    lines = text.split("\n")
    assert title == "加班工资怎样计算 (答复)"
    assert lines[0] == title
    assert "(1) 工作日延长的，不低于工资的百分之一百五十；" in lines
    assert "如需帮助，请致电本站热线。" in lines
    for site_field in ("某区职工服务站", "example.org", "zh_CN", "2020", "职工服务站\n", "<"):
        assert site_field not in text
    # the item the copy cut off is a fragment, not an article
    assert "年休假" not in text


def test_atom_entries_one_after_the_other():
    text, title = read_feed(ATOM)
    assert title is None  # two items: no one title for the file
    assert text.split("\n\n") == ["工会开展夏送清凉活动\n七月一日，厂工会走访一线班组。", "职工书屋开放\n职工书屋每周开放三天。"]


def test_is_feed_near_misses():
    assert is_feed(RSS) and is_feed("\ufeff" + ATOM) and is_feed("<rss version='2.0'><channel>")
    assert not is_feed('<?xml version="1.0"?><w:document>')  # another XML document
    assert not is_feed("<html><body><p>rss</p></body></html>")
    assert not is_feed("本站提供<rss>订阅。")
    with pytest.raises(InputError):
        read_feed('<?xml version="1.0"?><rss><channel><title>空</title></channel></rss>')


def test_a_text_file_holding_a_feed_is_read_as_one(tmp_path):
    path = tmp_path / "feed.txt"
    path.write_text(RSS, encoding="utf-8")
    decoded = read_document(path)
    assert decoded.title_hint == "加班工资怎样计算 (答复)"
    assert decoded.text.startswith("加班工资怎样计算")
    assert "<link>" not in decoded.text and "pubDate" not in decoded.text
    assert any("feed" in w for w in decoded.warnings)
