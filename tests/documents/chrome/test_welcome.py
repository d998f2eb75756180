"""A site's greeting to its visitor (您好，欢迎登录某某官网！) is the site's, and never the page's title; a plan's own
invitation to log in and take part stays. Own invented lines."""

from __future__ import annotations

import pytest

from unionmine.documents.chrome.lines import line_feature


@pytest.mark.parametrize("line", ["您好，欢迎登录青禾矿业集团有限公司官网！", "欢迎登录青禾市总工会网站",
                                  "您好!欢迎您登录职工服务平台"])
def test_a_sites_greeting_is_chrome(line):
    assert line_feature(line) == "welcome"


@pytest.mark.parametrize("line", ["欢迎登录职工之家APP参与答题活动，赢取好礼。", "工会会员可登录网站报名参加。",
                                  "欢迎广大职工登录平台踊跃报名参赛，展现职工风采"])
def test_an_invitation_in_the_text_stays(line):
    assert line_feature(line) is None
