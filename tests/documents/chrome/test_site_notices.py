"""A document site's words about the text it shows: a notice that the text is cut (``chrome.notices``, round 33).
Every fixture is invented; each shape has its near misses (text lines that hold the same words)."""

from __future__ import annotations

from tests.documents.chrome.test_chrome_round23 import TEXT, TITLE, _cleaned
from unionmine.documents.chrome.forms import form_feature
from unionmine.documents.chrome.notices import cut_notice
from unionmine.documents.split import split_articles
from unionmine.text.normalize import to_simplified

CUT = ("因篇幅所限不能全部显示，请点此查看更多更全内容",
       "……(某某文秘网 http://example.cn 省略612字，正式会员可完整阅读)……",
       "- 1、本文档共8页，可阅读全部内容。",
       "本文省略了1200字，登录后可查看全文",
       "內容未能完整顯示，點擊這里完整閱讀")


def test_a_notice_that_the_text_is_cut_is_the_sites_wherever_it_stands():
    for notice in CUT:  # (the chrome rules read lines in Simplified characters)
        assert cut_notice(to_simplified(notice)), notice
        assert form_feature(to_simplified(notice)) == "download_ad", notice
        for lines in ([TITLE, *TEXT, notice], [TITLE, TEXT[0], notice, *TEXT[1:]]):
            cleaned = _cleaned(lines)
            assert notice not in cleaned and all(t in cleaned for t in TEXT), notice


def test_text_that_speaks_of_length_reading_or_omission_stays():
    for line in ("因篇幅所限，各分会的活动不再一一列举，详见附表。",
                 "组织全体会员认真阅读全部学习材料，并撰写心得体会一篇。",
                 "会员可凭会员证到工会办公室查看全部账目。",
                 "本次征文要求不少于1500字，省略号、引号使用规范。",
                 "职工书屋新购图书120册，可供会员借阅。"):
        assert not cut_notice(line), line
        cleaned = _cleaned([TITLE, TEXT[0], line, *TEXT[1:]])
        assert line in cleaned, line
    # a paragraph with a notice glued inside is the text's (the line rules judge no paragraph by a phrase in it)
    glued = TEXT[0] + "……(某某网省略528字，正式会员可完整阅读)……" + TEXT[1] + TEXT[2]
    assert not cut_notice(glued)
    assert "青禾镇第二小学工会于四月中旬举办" in _cleaned([TITLE, glued])


def test_a_hidden_text_marker_still_splits_the_page():
    # 此处隐藏N个字 is split's, not a notice: the two articles on either side stay apart
    assert not cut_notice("……此处隐藏4366个字……")
    first = "青禾小学工会2022年工作总结"
    second = "青禾小学工会2023年工作计划"
    page = "\n".join([first, *TEXT, "……此处隐藏4366个字……", second, *TEXT])
    articles = split_articles(_cleaned(page.split("\n")))
    assert len(articles) == 2

