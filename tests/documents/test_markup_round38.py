"""Round 38 (ruling (m)): an editor's leftover HTML tags are markup, not text; cleaning reads them as spaces.

Invented lines only (a kindergarten's and a school's posts as a blog platform's editor writes them).
"""

from __future__ import annotations

import pytest

from unionmine.documents.clean import clean_page
from unionmine.documents.markup import drop_markup

ONE = "为丰富教职工文化生活，12月29日下午，青禾幼儿园工会组织开展了庆元旦趣味活动，全体教职工参加。"
TWO = "活动在欢声笑语中圆满结束，大家纷纷表示将以更饱满的热情投入新一年的工作。"


@pytest.mark.parametrize(("text", "want"), [
    (f'<p class="ql-block">  {ONE}</p> <p class="ql-block">{TWO}</p>', f"{ONE} {TWO}"),
    (f'{ONE} <h3 style="text-align: center">园长致辞</h3> {TWO}', f"{ONE} 园长致辞 {TWO}"),
    (f'<p class="ql-block ql-indent-1">{ONE}</p> <p class="ql-', ONE),  # a tag cut at the line's end
    ('<rt id="nkcrz"></rt>', ""),  # a spam tag alone on its line
    ('1. <rp id="zsypk"></rp>\n2. 青禾', "\n2. 青禾"),  # ... and the list number its rendering put before it
    ("<p>2023年5月6日</p>", "2023年5月6日"),  # a date line keeps its words
    (f"{ONE}<br/>{TWO}<!-- end -->", f"{ONE} {TWO}"),
])
def test_tags_read_as_spaces(text, want):
    assert drop_markup(text) == want


@pytest.mark.parametrize("text", [
    "依据<工会法>第三条的规定，工会组织教职工开展活动。",  # words in angle brackets: no element
    "<附件1>青禾幼儿园工会活动安排表",
    "比赛得分a<b，b>c。",
    "<pinyin>不是元素",  # a tag-like word that names no HTML element
    "第一行\n第二行",
])
def test_no_tag_no_change(text):
    assert drop_markup(text) == text


def test_cleaning_keeps_every_word_of_a_tagged_paragraph():
    page = "\n".join([
        "青禾幼儿园工会庆元旦活动",
        (f'<p class="ql-block">{ONE}</p> 迎元旦 送祝福 <p class="ql-block">{TWO}</p> <p class="ql-block">'
         f"{ONE}</p> <p class=\"ql-block\">{TWO}</p>"),
    ])
    cleaned = clean_page(page).text
    assert "<" not in cleaned and "ql-block" not in cleaned
    for words in (ONE, TWO, "迎元旦 送祝福"):
        assert words in cleaned
