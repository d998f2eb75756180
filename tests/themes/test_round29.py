"""Round 29 (issue 13): a notice's line that gives only an event's time, place or motto names no work, so the shipped
default gives it no theme (the codebook: a section gets a theme for the work it reports or plans). Fixtures are
invented sentences.

- 四、活动时间：…, 五、活动地点：…, 二、活动主题 over a motto, 六、活动原则 …, short, are found;
- a line that does the work (组织 … 登山), a place named inside a sentence, a heading that only starts with 主题 and
  a long section are not."""

from unionmine.themes import classify
from unionmine.themes._text import prepare
from unionmine.themes.intro import introductions
from unionmine.themes.taxonomy import load_taxonomy

LOGISTICS = [
    "四、活动时间：\n2024年10月18日下午3:00—5:00",
    "五、活动地点：学校体育馆、教工之家",
    "二、活动主题\n悦动青春，凝心聚力",
    "六、比赛原则：友谊第一，比赛第二",
    "一、时间：5月12日（星期日）上午9:00",
    "活動時間：3月8日14:00——17:00",
]
NOT_LOGISTICS = [
    "二、活动主题：庆祝三八妇女节，组织女教职工登山、插花和瑜伽课。",
    "活动地点选在城郊森林公园，全体教职工参加了徒步和野餐。",
    "一、主题教育活动\n工会组织教职工观看爱国主义影片。",
    "四、活动时间：\n" + "每周二下午，工会在体育馆举办羽毛球和乒乓球训练，教职工自愿报名。" * 3,
]


def _found(texts):
    return introductions([prepare(t) for t in texts], load_taxonomy().context)


def test_a_notices_time_place_and_motto_lines_are_found_and_work_is_not():
    assert _found(LOGISTICS).all()
    assert not _found(NOT_LOGISTICS).any()


def test_the_default_gives_a_time_or_place_line_no_theme():
    for item in classify(LOGISTICS, explain=True):
        assert item["labels"] == ["其他"]
        assert all(e["combined"] == 0.0 and not e["on"] for e in item["explain"].values())
    # the line that does the work keeps its theme
    assert "文体活动" in classify(NOT_LOGISTICS[:1])[0]["labels"]


def test_event_words_in_a_sentence_of_care_count_less():
    """Round 29: 慰问 is one of 文体活动's `against` cues: care written as an activity (开展慰问活动, 节日慰问) halves the
    event words of its sentence; an event's sentence without it keeps them whole."""
    import pytest

    from unionmine.themes.lexicon import term_hits

    tax = load_taxonomy()
    theme = tax.theme("文体活动")
    assert "慰问" in theme.against
    assert max(term_hits("春节前，工会开展慰问活动，走访困难职工。", theme, tax.context).values()) == pytest.approx(0.2)
    assert max(term_hits("三八节，工会组织女教职工开展登山活动。", theme, tax.context).values()) == pytest.approx(1.0)


def test_the_event_frame_rows_were_measured_and_do_not_ship():
    """Round 29's 43 authored rows (scripts/data/authored_event_frames.jsonl) cost held-out sections and the evaluation
    gate: the package does not load them."""
    from pathlib import Path

    from unionmine.store.paths import ANNOTATIONS

    rows = Path(__file__).resolve().parents[2] / "scripts" / "data" / "authored_event_frames.jsonl"
    assert rows.is_file() and len(rows.read_text(encoding="utf-8").splitlines()) == 43
    assert not (ANNOTATIONS / rows.name).exists()
