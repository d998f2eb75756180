"""The report page links each article to the page it was saved from (`source_url`, round 21)."""

from __future__ import annotations

import pandas as pd

from unionmine.report.display import shown_articles, web_link
from unionmine.report.html import html_table


def _articles(urls):
    return pd.DataFrame({"doc_id": ["a1", "a2"], "title": ["校工会工作总结", "健步走活动简报"], "org": [None, None],
                         "source_url": urls})


def test_the_article_list_links_the_address_and_shows_its_host():
    page = html_table(shown_articles(_articles(["https://gonghui.hbxy.edu.cn/info/1.htm?a=1&b=2", None])),
                      links={"a1": "doc-0"})
    assert ('<a href="https://gonghui.hbxy.edu.cn/info/1.htm?a=1&amp;b=2" title="https://gonghui.hbxy.edu.cn/'
            'info/1.htm?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">gonghui.hbxy.edu.cn</a>') in page
    assert "来源网址" in page and '<a href="#doc-0">' in page


def test_no_address_column_when_no_file_has_one_and_no_link_but_a_web_address():
    assert "source_url" not in shown_articles(_articles([None, None])).columns
    assert list(shown_articles(_articles(["https://a.example.org/", None])).columns)[-1] == "doc_id"
    assert web_link("javascript:alert(1)") is None and web_link("file:///C:/a.html") is None
    page = html_table(shown_articles(_articles(["javascript:alert(1)", None])))
    assert "<a " not in page and "javascript:alert(1)" in page


def test_the_workbook_makes_each_address_a_link(tmp_path):
    from openpyxl import load_workbook

    from unionmine.report.workbook import write_xlsx

    path = write_xlsx({"articles": _articles(["https://gonghui.hbxy.edu.cn/info/1.htm", "javascript:alert(1)"])}, {},
                      tmp_path / "report.xlsx")
    sheet = load_workbook(path).worksheets[0]
    column = [c.value for c in sheet[1]].index("来源网址 source_url") + 1
    first, second = sheet.cell(2, column), sheet.cell(3, column)
    assert first.value == "https://gonghui.hbxy.edu.cn/info/1.htm" and first.hyperlink.target == first.value
    assert second.value == "javascript:alert(1)" and second.hyperlink is None
