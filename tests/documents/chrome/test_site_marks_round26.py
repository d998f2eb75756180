"""Round 26 (issue 12, chrome): a row of a page's buttons with a comment widget's own labels, a copyright notice
spaced out letter by letter, a widget's question to the reader, a site's instructions to follow its account. Every
fixture is invented; each rule has its near misses (a sentence with the same words)."""

from __future__ import annotations

from tests.documents.chrome.test_chrome_round23 import TEXT, TITLE, _cleaned
from unionmine.documents.chrome.forms import form_feature
from unionmine.documents.chrome.site_marks import button_row, reader_widget, spaced_copyright


def test_a_row_of_buttons_is_chrome():
    for line in ("[保存]   [全文浏览]   [ ]   [打印]   [关闭]   [我要留言]   [推荐朋友]   [返回首页]",
                 "[保存]   [全文浏览]   [ ]   [打印]   [", "我要留言", "【我要评论】【推荐给朋友】", "[全文浏览] [打印]"):
        assert button_row(line) and form_feature(line) == "actions", line
    cleaned = _cleaned([TITLE, *TEXT, "我要留言", "[保存]  [全文浏览]  [ ]  [打印]  [关闭]"])
    assert "留言" not in cleaned and "浏览" not in cleaned and all(t in cleaned for t in TEXT)
    for line in ("职工们纷纷表示我要留言。", "全文浏览量达到一万次", "推荐朋友参加工会活动", "[ ]", "保存好活动照片"):
        assert not button_row(line) and form_feature(line) is None, line


def test_a_spaced_out_copyright_notice_is_chrome():
    for line in ("某 某 网 版 权 所 有 ,未", "某 某 网 版 权 所 有 , 未 经 书 面 授 权 禁 止 使 用"):
        assert spaced_copyright(line) and form_feature(line) == "copyright", line
    cleaned = _cleaned([TITLE, *TEXT, "某 某 网 版 权 所 有 ,未"])
    assert "版 权" not in cleaned and all(t in cleaned for t in TEXT)
    for line in ("为 人 民 服 务", "职 工 之 家", "本书版权所有人为某某出版社，工会购买后赠送职工。"):
        assert not spaced_copyright(line), line


def test_a_widgets_question_and_a_sites_follow_instructions_are_chrome():
    for line in ("读完这篇文章后,您心情如何?", "看完本文后，您的心情怎么样？",
                 "• 欢迎关注某某县人民政府门户网站官方微信“某某发布”", "欢迎关注某某工会微信公众号",
                 "• ② 打开微信——通讯录——右上角“添加”,搜索“某某发布”关注。", "打开微信→发现→扫一扫",
                 "某某发布,期待您的关注。"):
        assert reader_widget(line) and form_feature(line) == "wechat", line
    cleaned = _cleaned([TITLE, *TEXT, "欢迎关注某某县官方微信“某某发布”", "某某发布,期待您的关注。"])
    assert "关注" not in cleaned and all(t in cleaned for t in TEXT)
    for line in ("读完这篇文章后，我的心情久久不能平静。", "欢迎关注学校官方微信，了解更多工会活动的消息和职工之家的建设情况。",
                 "大家打开微信扫码报名参加比赛", "我们期待您的关注和支持。", "工会期待您的关注,也欢迎提出意见",
                 "会上，主席问大家：您心情如何？"):
        assert not reader_widget(line) and form_feature(line) is None, line
