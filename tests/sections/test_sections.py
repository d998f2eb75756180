"""Heading parser: every numbering style, flattened text, stray numbers, full coverage."""

import re
from pathlib import Path

import pytest

from unionmine.sections.parse import finest_units, parse_sections
from unionmine.text.numerals import chinese_number

RAW = Path(__file__).parents[2] / "corpus" / "raw"


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def headings(rows):
    return [(r["level"], r["heading"]) for r in rows if r["level"] > 0]


@pytest.mark.parametrize(
    "marker, level",
    [
        ("一、", 1), ("一.", 1), ("一．", 1), ("I.", 1), ("Ⅰ、", 1), ("第一部分", 1),
        ("（一）", 2), ("(一)", 2), ("1、", 3), ("1.", 3), ("1．", 3),
        ("（1）", 4), ("(1)", 4), ("①", 4),
    ],
)
def test_each_numbering_style_gets_its_level(marker, level):
    second = marker.replace("一", "二").replace("1", "2").replace("①", "②")
    second = second.replace("I.", "II.").replace("Ⅰ", "Ⅱ")
    text = f"前言一段。\n{marker}关心教职工生活\n开展慰问。\n{second}组织文体活动\n举办篮球赛。"
    rows = parse_sections("d", text)
    assert [lvl for lvl, _ in headings(rows)] == [level, level]
    assert rows[1]["heading"].endswith("关心教职工生活")
    assert rows[1]["text"] == "开展慰问。"


@pytest.mark.parametrize(
    "first, second, third",
    [("一是", "二是", "三是"), ("第一，", "第二，", "第三，"), ("首先，", "其次，", "最后，")],
)
def test_enumerated_points_inside_a_paragraph(first, second, third):
    text = f"1、工作措施：{first}加强学习，提高素质；{second}关心生活，开展慰问；{third}丰富活动，增进团结。"
    rows = parse_sections("d", text)
    points = [r for r in rows if r["level"] == 5]
    assert len(points) == 3
    assert all(p["parent_id"] == rows[0]["section_id"] for p in points)
    assert points[1]["heading"].startswith(second.rstrip("，"))


def test_flattened_inline_headings():
    text = "一、加强学习。组织政治学习，取得了成效。二、关心教职工生活1、开展五必访活动。慰问生病教师3人。2、组织体检。"
    rows = parse_sections("d", text)
    assert headings(rows) == [
        (1, "一、加强学习。"),
        (1, "二、关心教职工生活"),
        (3, "1、开展五必访活动。"),
        (3, "2、组织体检。"),
    ]
    assert rows[2]["parent_id"] == rows[1]["section_id"] == "d-s002"
    assert rows[3]["parent_id"] == "d-s002"


def test_stray_numbers_inside_sentences_are_not_headings():
    text = (
        "一、文体活动\n学校获得第1、2名，发放奖金2.5万元，共3.5天。参加了5位教师的婚礼，"
        "9月14日、10月1日走访。我们是一是一的态度，共1.2.3项"
    )
    rows = parse_sections("d", text)
    assert headings(rows) == [(1, "一、文体活动")]


def test_parent_links_and_ascii_variants():
    text = "一、维权工作\n(一)集体合同\n1.签订合同\n内容。\n(1)工资协商,按时完成。\n2.劳动保护\n二、送温暖\n慰问。"
    rows = parse_sections("d", text)
    by_id = {r["section_id"]: r for r in rows}
    levels = [r["level"] for r in rows]
    assert levels == [1, 2, 3, 4, 3, 1]
    for r in rows:
        if r["parent_id"]:
            assert by_id[r["parent_id"]]["level"] < r["level"]
    assert rows[3]["parent_id"] == rows[2]["section_id"]
    assert rows[4]["parent_id"] == rows[1]["section_id"]
    assert rows[5]["parent_id"] is None


def test_headingless_text_gives_level0_paragraphs():
    rows = parse_sections("d", "第一段文字，没有标题。\n\n第二段文字。   第三段在同一行。")
    assert [r["level"] for r in rows] == [0, 0, 0]
    assert [r["heading"] for r in rows] == ["", "", ""]
    assert all(r["parent_id"] is None for r in rows)
    assert [r["section_id"] for r in rows] == ["d-s001", "d-s002", "d-s003"]


def test_empty_text():
    assert parse_sections("d", "") == []
    assert parse_sections("d", "  \n ") == []


@pytest.mark.parametrize("path", sorted(RAW.glob("*.txt")), ids=lambda p: p.name[:3])
def test_rows_cover_real_article_completely(path):
    text = path.read_text(encoding="utf-8")
    rows = parse_sections("doc", text)
    assert squash("".join(r["heading"] + r["text"] for r in rows)) == squash(text)
    assert sum(r["n_chars"] for r in rows) == len(squash(text))
    assert len({r["section_id"] for r in rows}) == len(rows)
    assert any(r["level"] >= 1 for r in rows)
    assert parse_sections("doc", text) == rows  # stable ids run to run


def test_finest_units_split_paragraphs_and_keep_all_characters():
    text = "一、文体活动\n举办篮球赛。\n组织教职工登山。\n二、送温暖\n慰问病人。"
    rows = parse_sections("d", text)
    units = finest_units(rows)
    assert [u["section_id"] for u in units] == ["d-s001", "d-s001", "d-s002"]
    assert units[0]["text"].startswith("一、文体活动")
    assert not units[0]["whole_row"] and units[2]["whole_row"]
    assert sum(u["n_chars"] for u in units) == sum(r["n_chars"] for r in rows)


def test_chinese_numbers():
    assert [chinese_number(t) for t in ["一", "九", "十", "十二", "二十", "二十三"]] == [1, 9, 10, 12, 20, 23]
    assert chinese_number("十十") is None
