"""Where a saved page came from (round 21): `source_url` from the page's own markers or the metadata CSV,
and what a university's address says of a writer the text leaves open. Every page here is the team's own."""

from __future__ import annotations

import pandas as pd
import pytest

from unionmine.documents.formats.address import html_address, web_address
from unionmine.documents.metadata import read_metadata
from unionmine.documents.organisations.host import address_org_type, university_site
from unionmine.documents.read import read_document
from unionmine.errors import UsageError
from unionmine.run import pipeline
from unionmine.store.tables import sql

BODY = ("<h1>校工会举办教职工迎新春趣味运动会</h1>"
        "<p>为丰富教职工的业余文化生活，校工会于1月10日下午在东区体育馆举办迎新春趣味运动会，"
        "全校二十个部门工会小组三百余名教职工参加了拔河、跳绳和托球跑等项目。</p>"
        "<p>通过本次活动，增进了教职工之间的交流，营造了团结向上的良好氛围。</p>")


def _page(head: str = "", before: str = "") -> str:
    return (f'{before}<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>工会动态</title>{head}</head>'
            f"<body>{BODY}</body></html>")


UNI = "https://gonghui.hbxy.edu.cn/info/1021/3301.htm"


@pytest.mark.parametrize(("page", "expected"), [
    (_page(before=f"<!-- saved from url=(0046){UNI} -->\n"), UNI),
    (_page(f'<link rel="canonical" href="{UNI}">'), UNI),
    (_page(f'<meta property="og:url" content="{UNI}">'), UNI),
    (_page(f"<base href='{UNI}'>"), UNI),
    # the browser's comment first, then canonical before og:url before base, in whatever order they stand
    (_page('<link rel="canonical" href="https://a.example.org/1.html">',
           before="<!-- saved from url=(0030)https://b.example.org/2.html -->\n"), "https://b.example.org/2.html"),
    (_page('<base href="https://c.example.org/"><meta property="og:url" content="https://d.example.org/4">'
           '<link href="https://e.example.org/5" rel="canonical">'), "https://e.example.org/5"),
    # IE's mark for a page saved from disk, a relative or a file: address say nothing
    (_page(before="<!-- saved from url=(0014)about:internet -->\n"), None),
    (_page('<link rel="canonical" href="/info/1021/3301.htm"><base href="file:///C:/saved/">'), None),
    (_page('<link rel="stylesheet" href="https://f.example.org/site.css">'), None),
    (_page(), None),
])
def test_the_address_a_saved_page_records(page, expected):
    assert html_address(page) == expected


def test_an_address_with_chinese_or_entities_is_kept_as_a_web_address():
    assert web_address("https://www.example.org/新闻/1.html?a=1&amp;b=2") == \
        "https://www.example.org/%E6%96%B0%E9%97%BB/1.html?a=1&b=2"
    assert web_address("ftp://www.example.org/") is None and web_address("  ") is None


def test_read_document_hands_the_address_on(tmp_path):
    html = tmp_path / "运动会.html"
    html.write_text(_page(before=f"<!-- saved from url=(0046){UNI} -->\r\n"), encoding="utf-8")
    text = tmp_path / "运动会.txt"
    text.write_text("校工会举办教职工迎新春趣味运动会。\n" + UNI + "\n", encoding="utf-8")
    assert read_document(html).source_url == UNI
    assert read_document(text).source_url is None  # an address in a text file's words is no record


def _mht(top: str, part: str, markup: str) -> bytes:
    return ("From: <Saved by Blink>\r\n" + top + "Subject: =?utf-8?Q?x?=\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----B"\r\n\r\n'
            "------B\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n"
            + part + "\r\n" + markup + "\r\n------B--\r\n").encode("utf-8")


@pytest.mark.parametrize(("top", "part", "markup", "expected"), [
    (f"Snapshot-Content-Location: {UNI}\r\n", "Content-Location: https://x.example.org/1\r\n", _page(), UNI),
    ("", f"Content-Location: {UNI}\r\n", _page(), UNI),
    # a part named by cid: says nothing; the page's own canonical then does
    ("", "Content-Location: cid:frame-1@mhtml.blink\r\n", _page(f'<link rel="canonical" href="{UNI}">'), UNI),
    ("", "", _page(), None),
])
def test_a_single_file_page_records_its_address_in_its_wrapper(tmp_path, top, part, markup, expected):
    path = tmp_path / "运动会.mhtml"
    path.write_bytes(_mht(top, part, markup))
    decoded = read_document(path)
    assert "趣味运动会" in decoded.text and decoded.source_url == expected


# ---------------------------------------------------------------- the metadata CSV


def test_a_manifest_gives_the_address_and_refuses_one_that_is_none(tmp_path):
    sheet = tmp_path / "清单.csv"
    sheet.write_text("文件名,网址\n运动会.txt,https://gonghui.hbxy.edu.cn/info/1.htm\n计划.txt,\n", encoding="utf-8")
    meta = read_metadata(sheet)
    assert meta.lookup("运动会.txt", 1) == {"url": "https://gonghui.hbxy.edu.cn/info/1.htm"}
    assert meta.lookup("计划.txt", 1) == {}
    sheet.write_text("source,url\n运动会.txt,gonghui.hbxy.edu.cn/info/1.htm\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"line 2: url 'gonghui.hbxy.edu.cn/info/1.htm' is not a web address"):
        read_metadata(sheet)


# ---------------------------------------------------------------- what the address says


@pytest.mark.parametrize(("url", "site"), [
    ("https://gonghui.hbxy.edu.cn/info/1.htm", "hbxy.edu.cn"),
    ("http://www.news.hbxy.edu.cn/a", "hbxy.edu.cn"),
    ("https://hbxy.edu.cn/", "hbxy.edu.cn"),
    ("http://xxzx.sc.edu.cn/gh/1.html", None),  # a province's education network: schools' sites
    ("https://www.example-fanwen.com/zongjie/1.html", None),  # an essay site
    ("https://jyj.example.gov.cn/1.html", None),
    ("https://edu.cn/", None),
    (None, None),
])
def test_a_university_site_by_the_host_s_shape(url, site):
    assert university_site(url) == site


TEXT = "学校工会团结全校教职工，开展了丰富多彩的文体活动，我校教职工踊跃参加。"


@pytest.mark.parametrize(("org", "org_type", "text", "url", "expected"), [
    (None, "school", TEXT, "https://gonghui.hbxy.edu.cn/1.htm", "university"),  # only 学校/我校: the site says
    (None, None, "工会组织教职工开展健步走活动，三百余人参加。", "https://gonghui.hbxy.edu.cn/1.htm", "university"),
    # a type the text states stands: a kind of school, a kindergarten speaking of itself, a named unit, any other type
    (None, "school", TEXT + "本次活动由初中部承办。", "https://gonghui.hbxy.edu.cn/1.htm", "school"),
    (None, "school", "我园工会组织全园教职工开展亲子运动会。", "https://gonghui.hbxy.edu.cn/1.htm", "school"),
    ("城南实验学校", "school", TEXT, "https://gonghui.hbxy.edu.cn/1.htm", "school"),
    (None, "other", "院工会慰问一线医护人员。", "https://gonghui.hbxy.edu.cn/1.htm", "other"),
    (None, "agency", "机关工会组织干部职工学习。", "https://gonghui.hbxy.edu.cn/1.htm", "agency"),
    # hosts that say nothing
    (None, "school", TEXT, "http://xxzx.sc.edu.cn/gh/1.html", "school"),
    (None, "school", TEXT, "https://www.example-fanwen.com/zongjie/1.html", "school"),
    (None, "school", TEXT, "https://jyj.example.gov.cn/1.html", "school"),
    (None, None, TEXT, "https://jyj.example.gov.cn/1.html", None),
])
def test_what_the_address_says_of_the_writer(org, org_type, text, url, expected):
    found, evidence = address_org_type(org, org_type, "教职工趣味运动会", text, url)
    assert found == expected
    assert bool(evidence) == (found != org_type)


def test_ingest_records_the_address_and_types_by_it(tmp_path):
    corpus = tmp_path / "材料"
    corpus.mkdir()
    (corpus / "运动会.html").write_text(_page(before=f"<!-- saved from url=(0046){UNI} -->\n"), encoding="utf-8")
    (corpus / "健步走.txt").write_text("学校工会健步走活动简报\n" + TEXT + "\n", encoding="utf-8")
    (corpus / "中学.txt").write_text("学校工会健步走活动简报\n" + TEXT + "各年级班主任组成的代表队获得团体第一名。\n", encoding="utf-8")
    sheet = tmp_path / "清单.csv"
    sheet.write_text("文件名,链接,类型\n健步走.txt,https://xgh.jzxy.edu.cn/2.htm,\n"
                     "中学.txt,https://gh.jzxy.edu.cn/3.htm,\n运动会.html,https://www.example.org/4.htm,学校\n",
                     encoding="utf-8")
    pipeline.ingest([corpus], tmp_path / "out", metadata=sheet, progress=False, use_cache=False)
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("source")
    # the metadata's address wins over the page's own; a type the metadata gives is never replaced
    assert docs.loc["运动会.html", ["source_url", "url_source", "org_type"]].tolist() == \
        ["https://www.example.org/4.htm", "metadata", "school"]
    assert docs.loc["健步走.txt", ["source_url", "url_source", "org_type"]].tolist() == \
        ["https://xgh.jzxy.edu.cn/2.htm", "metadata", "university"]
    assert docs.loc["中学.txt", "org_type"] == "school"  # a school's 班主任 stands
    pipeline.ingest([corpus], tmp_path / "page", progress=False, use_cache=False)
    docs = pd.read_parquet(tmp_path / "page" / "documents.parquet").set_index("source")
    assert docs.loc["运动会.html", ["source_url", "url_source", "org_type"]].tolist() == [UNI, "page", "university"]
    row = docs.loc["健步走.txt"]
    assert pd.isna(row["source_url"]) and pd.isna(row["url_source"]) and row["org_type"] == "school"
    found = sql(tmp_path / "page", "SELECT source, source_url FROM documents WHERE url_source = 'page'")
    assert found.values.tolist() == [["运动会.html", UNI]]  # the SQL view has the column too
