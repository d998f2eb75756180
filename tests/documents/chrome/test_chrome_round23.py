"""Round 23 (issue 12, chrome): a 发表日期 meta line, a site's hotline alone on its line, and by-lines after an app's
name or closed by their place (`… 某地报道`). Every fixture is invented; each shape was seen on real pages of two or
more sites, and each rule has its near misses (a notice's contact telephone, an award's 优秀通讯员, a heading that ends
in 报道)."""

from __future__ import annotations

from unionmine.documents.chrome.credit_lines import credit_line
from unionmine.documents.chrome.lines import line_feature
from unionmine.documents.clean import clean_page

TITLE = "青禾镇第二小学工会举办教职工书画比赛"
TEXT = ["为丰富教职工的文化生活，青禾镇第二小学工会于四月中旬举办教职工书画比赛，全校四十余名教职工参加。",
        "比赛分书法和绘画两类，评委老师认真评选，共评出一等奖三名、二等奖五名、三等奖八名。",
        "工会主席表示，学校工会将继续开展形式多样的文体活动，丰富教职工的业余生活。"]


def _cleaned(lines: list[str]) -> str:
    return clean_page("\n".join(lines)).text


def test_a_publishing_date_field_is_a_meta_line():
    for line in ("发表日期:2019-07-18", "发表日期：2019-07-18 10:05", "发表日期：2019年7月18日 来源：青禾工会"):
        assert line_feature(line) == "meta", line
        cleaned = _cleaned([TITLE, line, *TEXT])
        assert line not in cleaned and all(t in cleaned for t in TEXT), line


def test_a_sites_hotline_alone_on_its_line_is_chrome():
    for line in ("青禾健康热线:0000-8570712", "业务服务热线：5668815", "咨询电话:0000-2233355", "青禾健康熱線:0000-8570712"):
        cleaned = _cleaned([TITLE, *TEXT, line])
        assert "0000-8570712" not in cleaned and "5668815" not in cleaned and "2233355" not in cleaned, line
        assert all(t in cleaned for t in TEXT), line
    # a notice's contact stays: a telephone with a person, a hotline inside a sentence
    for line in ("联系人：王小林 联系电话：0000-8754346", "联系电话：0000-8754346",
                 "如有疑问，请拨打工会服务热线：0000-8754346。"):
        assert line_feature(line) is None, line


def test_a_by_line_closed_by_its_place_is_a_credit():
    for line in ("青禾时刻通讯员 王小林 青禾报道", "记者 王小林 赵一鸣 北京报道", "通讯员 王小林 报道"):
        assert credit_line(line), line
        cleaned = _cleaned([TITLE, line, *TEXT])
        assert line not in cleaned and all(t in cleaned for t in TEXT), line
    # a place's report with no role or no name before it is a heading, not a credit; an award is no outlet
    for line in ("青禾报道", "王小林 青禾报道", "记者 青禾报道", "工会活动专题报道",
                 "优秀通讯员 王小林 赵一鸣", "先进通讯员：王小林"):  # an award's list of names, not a by-line
        assert not credit_line(line), line
