"""Round 22 (issue 12, chrome): reporters' by-lines (alone, after a news app's name, closed with a full stop, glued
before the first sentence) and a page's meta line opening with a date in words or holding an empty field. Every fixture is invented; each shape
was seen on real pages of several sites (news portals, papers' e-editions, federation and university union sites),
and each rule has its near misses."""

from __future__ import annotations

from collections import Counter

from unionmine.documents.chrome.bylines import cut_glued_bylines, glued_byline
from unionmine.documents.chrome.credit_lines import credit_line
from unionmine.documents.clean import clean_page

TITLE = "青禾镇第二小学工会举办教职工趣味运动会"
LEAD = "十月十二日下午，青禾镇第二小学工会在学校操场举办教职工趣味运动会，全校六十余名教职工参加。"
TEXT = [LEAD,
        "运动会设置了拔河、托球跑、夹球接力等六个项目，各年级组教师积极报名，赛场上欢声笑语不断。",
        "工会主席表示，学校工会将继续开展形式多样的文体活动，丰富教职工的业余文化生活。"]


def _cleaned(lines: list[str]) -> str:
    return clean_page("\n".join(lines)).text


# ---------------------------------------------------------------- a by-line alone on its line


def test_a_by_line_after_a_papers_or_apps_name_is_a_credit():
    for line in ("青禾新闻客户端记者 王小林 通讯员 赵一鸣 楼晓燕",  # an app's name; 楼 is a surname the list lacks
                 "潮声客户端 记者 王小林 通讯员 赵一鸣",
                 "（青禾乡情报记者 高小晶）",  # a paper's name inside the brackets
                 "青禾新闻网记者 王小林",
                 "全媒体记者 邓小丽",
                 "文：吝小红 图：马小胜 审核：胡小忠"):  # after any role, a name of a surname the list lacks (吝)
        assert credit_line(line), line
        cleaned = _cleaned([TITLE, line, *TEXT])
        assert line not in cleaned and all(t in cleaned for t in TEXT), line


def test_a_by_line_closed_with_a_full_stop_is_a_credit():
    line = "记者王小林 李娜 通讯员 赵一鸣 白小鹏。"
    assert credit_line(line)
    cleaned = _cleaned([TITLE, *TEXT, line])
    assert "赵一鸣" not in cleaned and all(t in cleaned for t in TEXT)


def test_a_by_line_after_a_papers_box_mark_is_a_credit():
    for line in ("□文/图 王小林", "◎记者 王小林", "■记者 王小林 通讯员 赵一鸣 文/图", "(记者 王小林 通讯员 赵一鸣)。"):
        assert credit_line(line), line
    for line in ("●工会活动", "◆ 王小林"):  # a bullet's heading, a name with no role: no credit
        assert not credit_line(line), line


def test_a_short_sentence_or_a_caption_with_a_full_stop_is_no_credit():
    for line in ("全体教职工合影留念。", "工作汇报。", "王小林。", "记者走进车间一线采访。", "记者 走进 车间 一线", "编辑 工作 总结"):
        assert not credit_line(line), line
    cleaned = _cleaned([TITLE, *TEXT, "全体教职工合影留念。"])
    assert "全体教职工合影留念。" in cleaned


# ---------------------------------------------------------------- a by-line glued before the first sentence


def test_a_by_line_glued_after_the_dateline_is_cut_and_the_dateline_stays():
    for glued in ("本报讯（记者 王小林 通讯员 赵一鸣）", "青禾日报讯 (全媒体记者邓小丽)", "【本网讯】（通讯员 李华 王芳）",
                  "青禾市总工会网讯(图文/谭小明、肖金龙 编辑/林珊珊)", "青禾日报5月3日讯（通讯员 李华）"):
        cleaned = _cleaned([TITLE, glued + LEAD, *TEXT[1:]])
        assert LEAD in cleaned and "记者" not in cleaned and "通讯员" not in cleaned and "编辑" not in cleaned, glued
        assert "讯" in cleaned.split("\n")[1], glued  # the dateline tells a news item: it stays


def test_a_by_line_glued_in_brackets_a_box_or_with_its_colon_is_cut():
    for glued in ("（记者 王小林 通讯员 赵一鸣）", "□记者 王小林 ", "■本报记者 王小林 通讯员 赵一鸣 ",
                  "本报讯 记者王小林 通讯员赵一鸣 ", "本报青禾10月12日讯 记者王小林报道："):
        cleaned = _cleaned([TITLE, glued + LEAD, *TEXT[1:]])
        assert LEAD in cleaned and "王小林" not in cleaned, glued


def test_the_cut_is_counted_as_chrome():
    removed: Counter = Counter()
    out = cut_glued_bylines(["本报讯（记者 王小林）" + LEAD], removed, simplified=True)
    assert out == ["本报讯 " + LEAD] and removed["chrome:glued_byline"] == 5


def test_what_is_no_glued_by_line_stays():
    # a caption or a numbering in brackets, names in brackets with no dateline, a sentence opening with 记者,
    # a dateline alone, a by-line with no sentence after it (the line rules' business), a reporter glued at the end
    for line in ("（图为会议现场）" + LEAD, "（一）" + LEAD, "（王小林 赵一鸣）" + LEAD, "记者从青禾县总工会获悉，" + LEAD,
                 "本报讯 " + LEAD, "（记者 王小林）", LEAD + "（记者 王小林）"):
        assert glued_byline(line) is None, line
    # Traditional text: the by-line is found on its Simplified form and cut from the line as written
    assert cut_glued_bylines(["本報訊（記者 王小林）十月十二日下午，青禾鎮工會舉辦教職工運動會，全校教職工參加。"],
                             Counter()) == ["本報訊 十月十二日下午，青禾鎮工會舉辦教職工運動會，全校教職工參加。"]


# ---------------------------------------------------------------- a meta line opening with a date in words


def test_a_date_in_words_opening_a_line_of_fields_is_a_meta_line():
    for line in ("2023年05月12日 来源：青禾县总工会", "2023年5月12日 作者：王小林 浏览次数：36"):
        cleaned = _cleaned([TITLE, line, *TEXT])
        assert "来源" not in cleaned and "作者" not in cleaned and all(t in cleaned for t in TEXT), line


def test_an_empty_field_glued_to_the_next_is_still_a_field():
    for line in ("本文作者：来源：青禾县总工会 编辑：admin 发布于：2023-02-10", "青禾煤业有限公司青禾煤矿 浏览数：发布时间：2021-01-04"):
        cleaned = _cleaned([TITLE, line, *TEXT])
        assert "来源" not in cleaned and "发布时间" not in cleaned and all(t in cleaned for t in TEXT), line
    plan = [TITLE, *TEXT, "活动安排：时间：2023年3月7日下午，地点：学校操场。"]
    assert "活动安排：时间：2023年3月7日下午" in _cleaned(plan)


def test_a_plans_time_field_or_a_dated_sentence_stays():
    notice = ["关于举办教职工趣味运动会的通知", "各工会小组：", "为丰富教职工业余生活，学校工会决定举办教职工趣味运动会。",
              "时间：2023年5月12日", "地点：学校操场", "2023年5月12日 下午两点，各小组在操场集合。"]
    cleaned = _cleaned(notice)
    assert "时间：2023年5月12日" in cleaned and "2023年5月12日 下午两点" in cleaned
