"""The codebook's festival line in the lexicon (round 15): "三八节 gifts or greetings are 送温暖; a 三八节 sports or
flower-arranging event is 文体活动", festival celebrations organised as events are 文体活动, care for retired staff
and birthday wishes are 送温暖. Food or a craft the staff make together is the ACTIVITY; food handed out is the GIFT.
Fixtures are invented sentences."""

import pytest

from unionmine.taxonomy import load_taxonomy
from unionmine.themes.lexicon import LexiconScorer, term_hits

CARE, EVENT = "送温暖", "文体活动"


@pytest.fixture(scope="module")
def tax():
    return load_taxonomy()


def _theme(tax, name):
    return next(t for t in tax.themes if t.name == name)


def _hits(tax, name, text):
    return term_hits(text, _theme(tax, name), tax.context)


def test_making_food_or_crafts_is_the_staffs_event(tax):
    for text in ("端午节前，工会组织教职工在食堂包粽子，大家边包边聊。",
                 "冬至，工会组织老师们包馄饨，一起品尝。",
                 "元宵节，工会组织职工搓汤圆、猜灯谜。",
                 "中秋节，工会组织青年职工DIY月饼。",
                 "三八节，工会组织女职工手工折花。"):
        hits = _hits(tax, EVENT, text)
        assert max(hits.values()) >= 1.0, (text, hits)  # a strong term of the event


def test_care_words_count_less_where_the_staff_make_things(tax):
    # the same care words, in a sentence of a making event and in one of a visit
    event = _hits(tax, CARE, "端午节，工会组织教职工包粽子，感受节日的温暖。")
    visit = _hits(tax, CARE, "端午节，工会走访教职工，感受节日的温暖。")
    assert event["温暖"] == pytest.approx(visit["温暖"] * tax.context.against_weight)
    assert "端午" not in event  # the festival's name is not care by itself


def test_festival_food_handed_out_is_care(tax):
    for text in ("端午节前，工会为每位教职工发放粽子两盒。", "中秋节，工会为一线职工送上月饼。"):
        hits = _hits(tax, CARE, text)
        assert max(hits.values()) >= 1.0, (text, hits)


def test_retired_staff_gatherings_are_care_not_events(tax):
    text = "重阳节，工会邀请退休教师回校座谈，共度佳节。"
    assert max(_hits(tax, CARE, text).values()) >= 1.0
    assert "重阳" not in _hits(tax, EVENT, text)  # 重阳 no longer counts as an event word
    # event words beside retired staff, gifts or birthdays count less
    party = _hits(tax, EVENT, "工会为退休职工举办联欢会。")
    plain = _hits(tax, EVENT, "工会为青年职工举办联欢会。")
    assert party["联欢"] == pytest.approx(plain["联欢"] * tax.context.against_weight)


def test_new_year_greetings_and_expanding_a_service_are_not_events(tax):
    assert "迎新" not in _hits(tax, EVENT, "在辞旧迎新之际，工会走访慰问长病假职工。")
    assert "拓展" not in _hits(tax, EVENT, "此次活动进一步拓展了驿站的服务内涵。")
    assert "拓展" in _hits(tax, EVENT, "工会组织青年职工开展户外拓展训练。")


def test_scores_fall_on_the_codebooks_side():
    lex = LexiconScorer()
    themes = lex.themes_
    care, event = themes.index(CARE), themes.index(EVENT)
    making, gift = lex.predict_proba([
        "端午节前夕，校工会组织教职工开展包粽子活动，大家边包边聊，感受节日的温暖。",
        "端午节前夕，校工会为全体教职工发放粽子和咸鸭蛋，送上节日的问候。",
    ])
    assert making[event] > making[care]
    assert gift[care] > gift[event]
