"""A label naming the text itself over its first paragraph (以下为文章主要内容：) is the site's (``chrome.notices.text_label``,
round 33). Every fixture is invented, with its near misses (a heading of the text, a label under the first paragraph)."""

from __future__ import annotations

from tests.documents.chrome.test_chrome_round23 import TEXT, TITLE, _cleaned
from unionmine.documents.chrome.notices import text_label


def test_a_label_naming_the_text_over_its_first_paragraph_is_the_sites():
    for label in ("以下为文章主要内容：", "以下是文章内容:", "正文内容：", "全文", "文档内容"):
        lines = [TITLE, label, *TEXT]
        marks: dict[int, str] = {}
        text_label(lines, marks)
        assert marks == {1: "column"}, label
        cleaned = _cleaned(lines)
        assert label not in cleaned and all(t in cleaned for t in TEXT), label


def test_a_heading_of_the_text_or_a_label_under_the_first_paragraph_stays():
    for heading in ("主要内容：", "活动内容：", "一、主要内容", "学习内容："):
        lines = [TITLE, heading, *TEXT]
        marks: dict[int, str] = {}
        text_label(lines, marks)
        assert marks == {}, heading
        assert heading in _cleaned(lines), heading
    # under the first paragraph a label is the text's own business
    lines = [TITLE, TEXT[0], "文章内容", *TEXT[1:]]
    marks = {}
    text_label(lines, marks)
    assert marks == {}
