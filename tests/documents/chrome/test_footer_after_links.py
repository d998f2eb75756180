"""Under the text, the site's prev/next links open its footer as its copyright line does: the short lines after them
are the site's, a unit's name and address included (``chrome.tail.footer_zone``, round 33). Every fixture is
invented, with its near misses (a forum's button row opens no footer: ``test_chrome_unseen``)."""

from __future__ import annotations

from tests.documents.chrome.test_chrome_round23 import TEXT, TITLE, _cleaned

LINKS = "上一篇：青禾小学工会举办趣味运动会 下一篇：无"
FOOTER = ["青禾镇第二小学", "青禾镇第二小学附属幼儿园", "校址：青禾镇学府路"]


def test_the_lines_under_the_closing_links_are_the_sites_footer():
    for opener in (LINKS, "上一条：青禾小学工会举办趣味运动会", "下一篇：无"):
        cleaned = _cleaned([TITLE, *TEXT, opener, *FOOTER])
        assert all(t in cleaned for t in TEXT), opener
        assert not set(FOOTER) & set(cleaned.split("\n")), opener


def test_the_writers_signature_and_date_above_the_links_stay():
    signature = ["青禾镇第二小学工会", "2023年4月20日"]
    cleaned = _cleaned([TITLE, *TEXT, *signature, LINKS, *FOOTER])
    assert all(line in cleaned for line in [*TEXT, *signature])
    assert not set(FOOTER) & set(cleaned.split("\n"))
    # without the links nothing opens a footer: the unit's name under the text is its signature
    cleaned = _cleaned([TITLE, *TEXT, FOOTER[0]])
    assert FOOTER[0] in cleaned.split("\n")


def test_links_above_the_texts_last_paragraph_open_no_footer():
    # a page that lists the links between its paragraphs: the text below them is the text's
    cleaned = _cleaned([TITLE, TEXT[0], LINKS, "一、活动情况", *TEXT[1:], "青禾镇第二小学工会"])
    assert all(t in cleaned for t in TEXT) and "一、活动情况" in cleaned and "青禾镇第二小学工会" in cleaned.split("\n")
    # a sentence or a date under the links is no footer line
    closing = "本次活动得到了全体教职工的支持，学校工会将继续开展形式多样的活动。"
    cleaned = _cleaned([TITLE, *TEXT, LINKS, closing])
    assert closing in cleaned
