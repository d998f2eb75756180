"""Round 31 (issue 12, chrome), from what spent sets 21-22 show too narrow. Every fixture is invented; each rule has
its near misses (body lines that look like the chrome)."""

from __future__ import annotations

from tests.documents.chrome.test_chrome_round23 import TEXT, TITLE, _cleaned
from unionmine.documents.chrome.late import keyword_widget, tag_values


def test_a_keyword_label_alone_over_its_values_is_the_widgets():
    for label, values in (("关键词", "青禾 工会 书画比赛 教职工"), ("标签：", "职工之家、劳动竞赛、困难帮扶"),
                          ("Tags", "工会,职工,慰问")):
        lines = [TITLE, *TEXT, label, values]
        marks: dict[int, str] = {}
        keyword_widget(lines, marks)
        assert marks == {len(TEXT) + 1: "tags", len(TEXT) + 2: "tags"}, label
        cleaned = _cleaned(lines)
        assert values not in cleaned and all(t in cleaned for t in TEXT), label


def test_a_keyword_label_over_a_sentence_or_a_list_without_label_stays():
    # the label over a sentence: a plan's own heading, kept with its text
    lines = [TITLE, TEXT[0], "关键词", "今年工会工作的关键词是服务，围绕职工需求开展活动。", *TEXT[1:]]
    marks: dict[int, str] = {}
    keyword_widget(lines, marks)
    assert marks == {}
    # a list of short items under another heading is the text's (活动项目 over its events)
    lines = [TITLE, TEXT[0], "活动项目", "拔河 跳绳 乒乓球 登山", *TEXT[1:]]
    keyword_widget(lines, marks)
    assert marks == {}
    assert not tag_values("拔河、跳绳、乒乓球。") and not tag_values("一二三四五六七八九十一二 工会")
    assert not tag_values("工会") and tag_values("工会 职工")


def test_a_source_in_brackets_glued_before_a_sentence_leaves_the_sentence():
    from unionmine.documents.chrome.lines import line_feature

    glued = "(来源:某某日报) 某某区总工会相关负责人表示,希望通过此次慰问活动把关怀送到一线"
    assert line_feature(glued) is None
    cleaned = _cleaned([TITLE, glued, *TEXT])
    assert "某某区总工会相关负责人表示" in cleaned
    # near misses: the credit alone, with a date, or with fields only, is still the page's meta line
    for line in ("(来源:某某日报)", "(来源:某某网) 2023-05-06 10:00", "(来源:某某日报 作者:张三,李四)",
                 "（作者：张三） 编辑：李四，王五"):
        assert line_feature(line) == "meta", line


def test_a_units_name_spaced_from_its_union_and_a_person_is_a_byline():
    from unionmine.documents.chrome.credit_lines import credit_tokens
    from unionmine.documents.chrome.head import _unit_and_person

    assert _unit_and_person("青禾果业 工会 李明") and _unit_and_person("青禾果业工会 李明")
    cleaned = _cleaned([TITLE, "青禾果业 工会 李明", *TEXT])
    assert "李明" not in cleaned and all(t in cleaned for t in TEXT)
    # near misses: words that are no unit before 工会, and a sentence, stay
    assert credit_tokens("组织 工会 会员") is None
    assert not _unit_and_person("青禾果业 工会 组织职工参加秋游，活动丰富多彩。")


def test_the_title_echoed_with_a_sites_name_is_dropped_wherever_it_stands():
    for echo in (TITLE + " - 某某资讯", TITLE + "_青禾工会网", TITLE + " | 某某网"):
        cleaned = _cleaned([TITLE, *TEXT, echo])
        assert echo not in cleaned and all(t in cleaned for t in TEXT), echo
    # near misses: a dash subtitle, another title, a sentence after the title stay
    for line in (TITLE + " ——记青禾镇第二小学工会", "青禾镇第二小学工会举办教职工运动会 - 某某网",
                 TITLE + " - 参赛作品涵盖书法、国画。"):
        assert line in _cleaned([TITLE, *TEXT, line]), line
