"""Other items' openings listed under an article, each cut off by the site with dots and no header over them, are a
related list; a sentence's own ellipsis, one or two cut lines and long lines stay. Also a share widget's 分享至, a
skip-navigation link and a bare public-security filing mark. Own invented lines."""

from __future__ import annotations

import pytest

from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.lines import line_feature
from unionmine.documents.chrome.press import press_feature
from unionmine.documents.chrome.related import teaser_runs
from unionmine.text.normalize import to_simplified

BODY = [
    "青禾市第一医院工会召开第五届会员代表大会",
    ("11月3日，青禾市第一医院工会召开第五届会员代表大会，全院112名会员代表参加会议。大会听取并审议了上一届委员会的"
     "工作报告和经费审查报告，以无记名投票方式选举产生了新一届工会委员会和经费审查委员会。"),
]
TEASERS = ["10月28日,青禾市卫健委召开全市医疗质量...", "10月27日下午,市人民医院举行青年医师...",
           "为进一步提升护理服务水平,市妇幼保健院…"]


def test_three_cut_openings_in_a_row_are_a_list():
    removed = find_chrome(BODY + TEASERS).removed
    assert {2, 3, 4} <= set(removed) and 0 not in removed and 1 not in removed


def test_two_cut_openings_stay():
    marks: dict[int, str] = {}
    teaser_runs(BODY + TEASERS[:2], marks)
    assert marks == {}


@pytest.mark.parametrize("tail", [
    ["会上，代表们畅所欲言……", "大家纷纷表示要再接再厉……", "为医院发展贡献力量……"],  # a sentence's own ……
    ["会议强调，要认真落实大会精神，切实履行工会各项职能，全心全意为职工服务，推动医院高质量发展..."] * 3,  # long lines
])
def test_a_texts_own_dots_stay(tail):
    marks: dict[int, str] = {}
    teaser_runs(BODY + tail, marks)
    assert marks == {}


def test_share_skip_and_filing_marks():
    assert line_feature("分享至") is not None
    assert press_feature(to_simplified("跳過導覽列.")) is not None
    assert line_feature("沪公网安") is not None
    assert line_feature("会员可将活动照片分享至工会群") is None
    assert line_feature("公网安全宣传周活动中，工会组织职工参加网络安全知识竞赛。") is None
