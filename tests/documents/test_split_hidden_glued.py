"""Round 8 of issue 12 (invented pages): a hidden-text marker inside an article the page's
numbering shows going on, a repeated title whose number is glued to the year of a flattened
copy, a dotted date under a signature, and a header line above a PDF's centred title."""

from __future__ import annotations

from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.lines import line_feature
from unionmine.documents.formats.layout import PdfLine, pdf_text
from unionmine.documents.split import hidden_markers, split_articles

P1 = "今年，柳溪村工会把农民工入会作为头等大事，全村新发展会员四十二名。"
P2 = "工会还牵头办起了夜校，每周两晚教电工和育婴知识，结业的学员有二十多人。"
P3 = "新一年，村工会准备修好职工书屋，再组织一次健康义诊和一次拔河比赛。"
P4 = "桃坪社区工会全年慰问困难家庭十一户，送去米油和慰问金共计一万二千元。"


# ---------------------------------------------------------------- hidden text inside one article


def test_hidden_text_inside_an_article_the_next_number_follows_stays_one_article():
    page = (f"村工会工作总结两则\n村工会工作总结（一）\n{P1}\n{P2[:12]} ……以下隐藏826字…… {P2[12:]}\n"
            f"村工会工作总结（二）\n{P4}\n{P3}")
    articles = split_articles(page)
    assert len(articles) == 2
    first = articles[0].text.split("\n")
    assert first[-2:] == [P2[:12], P2[12:]]  # the marker only breaks the line: nothing lost, nothing merged
    assert "隐藏" not in articles[0].text and articles[1].text.startswith(P4)


def test_hidden_text_in_the_last_article_still_splits():
    """After the last marker nothing says the same article goes on: the rest is its own article."""
    page = f"村工会工作总结（一）\n{P1}\n村工会工作总结（二）\n{P4}\n……此处隐藏1203个字……\n{P3}"
    assert [a.text for a in split_articles(page)][-2:] == [P4, P3]


def test_hidden_text_before_a_skipped_number_still_splits():
    """篇1 then 篇3: the hidden text may hold article 2's start, so the text after it is cut off."""
    page = f"工会工作计划 篇1\n{P1}\n……此处隐藏2210个字……\n{P3}\n工会工作计划 篇3\n{P4}"
    assert len(split_articles(page)) == 3


def test_the_download_sites_hidden_text_notice_is_a_marker_too():
    page = (f"村工会工作总结（一）\n{P1}\n……此处隐藏：2590字，全部文档内容请下载后查看。喜欢就下载吧 ……\n{P2}\n"
            f"村工会工作总结（二）\n{P4}")
    assert hidden_markers(page) == [2590]
    assert [a.text for a in split_articles(page)] == [f"{P1}\n{P2}", P4]


# ---------------------------------------------------------------- title, number and year glued


def test_flattened_titles_numbered_and_glued_to_the_year():
    flat = (f"村工会工作计划(plan)12024年，{P3}{P1}"
            f"村工会工作计划(plan)22024年是村工会换届之年，{P2}{P4}")
    articles = split_articles(flat)
    assert [a.title for a in articles] == ["村工会工作计划", "村工会工作计划"]
    assert articles[0].text.startswith("2024年，") and articles[0].text.endswith(P1)
    assert articles[1].text.startswith("2024年是村工会换届之年") and articles[1].text.endswith(P4)


def test_flattened_titles_glued_to_the_year_without_a_gloss_across_lines():
    page = f"村工会年度工作总结12023年以来，{P1}\n{P2}\n村工会年度工作总结22023年，{P4}"
    assert [a.text[:7] for a in split_articles(page)] == ["2023年以来", "2023年，桃"]


def test_a_genre_word_followed_by_a_year_once_is_no_marker():
    page = f"柳溪村工会工作总结\n{P1}按照工作计划2024年还要办两期夜校。{P2}"
    assert len(split_articles(page)) == 1
    once = f"柳溪村工会工作总结12024年以来，{P1}{P2}"  # one number, no repeated title: no compilation
    assert len(split_articles(once)) == 1


# ---------------------------------------------------------------- a dotted date is no site name


def test_a_dotted_date_under_a_signature_is_kept():
    lines = [f"{P4}{P2}", "综合办公室", "2023.12.28", "上一篇：社区开展消防演练"]
    assert find_chrome(lines, simplified=True).removed == {3: "prev_next"}
    assert line_feature("2023.12.28") is None
    assert line_feature("fanwen123.cn") == "site_name"  # a domain still is one


def test_a_site_service_contact_line_is_chrome():
    """Once the dotted-number rule no longer takes bare numbers as site names, a document
    library's service line must be read for what it is, not only for its neighbours."""
    assert line_feature("网站客服：2890417765") == "contact_footer"
    assert line_feature("客服邮箱：help@wendang.cn") == "contact_footer"
    assert line_feature("客服人员耐心解答了职工的咨询。") is None


# ---------------------------------------------------------------- PDF: a header above the title


def _page_one(head: list[PdfLine]) -> list[list[PdfLine]]:
    body = [PdfLine("桃坪社区工会2023年工作总结", 190, 400),
            PdfLine("一年来，社区工会在街道总工会的指导下，为辖区职工办了几件实", 96, 480),
            PdfLine("事，职工满意度比去年又有提高。", 72, 300),
            PdfLine("一、帮扶困难职工", 96, 230),
            PdfLine("全年走访困难家庭十一户，送去慰问金一万二千元，做到户户有人联", 96, 480),
            PdfLine("系、事事有回音。", 72, 210)]
    return [head + body]


def test_a_margin_line_above_the_centred_title_is_a_header():
    text, removed = pdf_text(_page_one([PdfLine("桃坪社区 党建办公室", 72, 190)]))
    assert text.startswith("桃坪社区工会2023年工作总结\n") and removed == 1
    text, _ = pdf_text(_page_one([PdfLine("附件3", 72, 110), PdfLine("桃坪社工〔2024〕2号", 380, 480)]))
    assert text.startswith("桃坪社区工会2023年工作总结\n")


def test_a_centred_line_or_a_sentence_above_the_title_stays():
    text, removed = pdf_text(_page_one([PdfLine("街道总工会", 240, 350)]))  # a title in two lines
    assert text.startswith("街道总工会\n") and removed == 0
    text, _ = pdf_text(_page_one([PdfLine("请各基层工会认真学习。", 72, 250)]))
    assert text.startswith("请各基层工会认真学习。\n")


# ---------------------------------------------------------------- more marker and date forms


def test_bracketed_fanwen_numbers_are_markers_but_a_count_claim_is_not():
    page = f"村工会工作计划范文\n【范文1】柳溪村工会工作计划\n{P3}\n【范文2】桃坪社区工会工作计划\n{P4}"
    assert [a.title for a in split_articles(page)] == ["柳溪村工会工作计划", "桃坪社区工会工作计划"]
    assert len(split_articles(f"村工会工作计划【范文3篇】\n{P3}\n{P4}")) == 1


def test_a_plan_pasted_after_a_summary_dated_with_dots_or_dashes():
    for date in ("2023.12.26", "2023-12-26"):
        page = f"柳溪村工会2023年工作总结\n{P1}\n{P2}\n柳溪村工会\n{date}\n2024年工作要点\n{P3}\n{P4}"
        assert [a.title for a in split_articles(page)] == ["柳溪村工会2023年工作总结", "2024年工作要点"], date
    # a dotted date inside the text is no document end
    page = f"柳溪村工会2023年工作总结\n{P1}\n2023.12.26\n{P2}"
    assert len(split_articles(page)) == 1


def test_a_public_accounts_name_above_its_id_is_chrome_but_a_dated_signature_is_not():
    lines = [f"{P3}{P1}", "柳溪村工会", "微信号 liuxicun_gh", "长按识别二维码关注我们"]
    assert find_chrome(lines, simplified=True).removed.get(1) == "wechat_card"
    lines = [f"{P3}{P1}", "柳溪村工会", "2024年1月5日", "微信号 liuxicun_gh"]
    removed = find_chrome(lines, simplified=True).removed
    assert 1 not in removed and 2 not in removed


# ---------------------------------------------------------------- reposting sites' and accounts' lines


def test_closing_credits_disclaimers_share_targets_and_more_list_headers_are_chrome():
    for line, feature in [
        ("文字 | 柳溪村工会", "meta"), ("审核｜周明", "meta"), ("图片 | 桃坪社区", "meta"),
        ("本文系网友投稿，仅代表作者观点，如有侵权请联系删除", "copyright"),
        ("内容来自网络，版权归原作者所有", "copyright"), ("Powered by SiteCMS 5.1", "copyright"),
        ("分享到：新浪微博 腾讯微博 微信好友", "actions"), ("一键复制 全屏阅读", "actions"),
        ("第一页 上一页 1 2 3 下一页 最后一页", "actions"),
        ("往期推荐", "related"), ("友情链接：", "related"), ("相关范文推荐", "related"),
        ("本站文章均来自网络", "copyright"), ("访问量：20931", "meta"), ("投稿信箱：gh@liuxi.cn", "contact_footer"),
        ("主办单位：柳溪镇总工会 承办单位：柳溪镇党政办", "contact_footer"),
    ]:
        assert line_feature(line) == feature, line


def test_body_lines_that_mention_the_same_words_stay():
    for line in ("设计并印制了职工服务手册，发放到每一位会员手中。",
                 "审核工会经费支出凭证218张，做到笔笔有依据。",
                 "往期回顾与新年展望",
                 "部分资料来自网络学习平台的课程，由工会统一采购。",
                 "视频会议系统全年保障各类会议46场。", "共访问12户职工",
                 "资料来自网络问卷，共回收312份。"):
        assert line_feature(line) is None, line


def test_bracketed_and_di_n_pian_markers_inside_a_flattened_line():
    flat = f"【篇1】柳溪村工会工作总结 {P1}{P2}【篇2】桃坪社区工会工作计划 {P3}{P4}"
    assert [a.title for a in split_articles(flat)] == ["柳溪村工会工作总结", "桃坪社区工会工作计划"]
    flat = f"第一篇：柳溪村工会工作总结 {P1}{P2}第二篇：桃坪社区工会工作计划 {P3}{P4}"
    assert len(split_articles(flat)) == 2
    # a bracketed number without 篇 (a footnote, a list item) is no marker
    flat = f"柳溪村工会工作总结 {P1}【1】{P2}【2】{P3}{P4}"
    assert len(split_articles(flat)) == 1


def test_a_line_marker_after_its_title_is_not_read_again_as_an_inline_marker():
    page = f"村工会工作计划模板\n柳溪村工会工作计划 【篇1】\n{P3}\n{P1}\n桃坪社区工会工作计划 【篇2】\n{P4}\n{P2}"
    articles = split_articles(page)
    assert [a.title for a in articles] == ["柳溪村工会工作计划", "桃坪社区工会工作计划"]
    assert [a.text for a in articles] == [f"{P3}\n{P1}", f"{P4}\n{P2}"]
