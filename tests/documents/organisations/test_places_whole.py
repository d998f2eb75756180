"""Round 35: a place's name read whole inside a candidate's head (a breaker word inside a place's word; a head jieba
reads as a clause word before a level).
Own invented lines; the places are names only."""

from __future__ import annotations

from unionmine.documents.describe import describe_article
from unionmine.documents.organisations.places import in_place_word, place_head


def _org(title: str, text: str) -> str | None:
    return describe_article(title, text)["org"]


def test_a_breaker_inside_a_place_word_does_not_cut_the_place():
    assert in_place_word("朝阳区和平街", 3, 1)  # 和 of 和平街 (ns)
    assert not in_place_word("中全会和区", 3, 1)  # 和 between two words: a clause
    assert not in_place_word("上级工会和县教育", 4, 1)  # 和县 is a county, but here 和 + 县: two characters say nothing
    assert _org("和平街街道工会举办职工趣味运动会", "本报讯 近日，朝阳区和平街街道总工会举办职工趣味运动会，辖区职工参加。") \
        == "朝阳区和平街街道总工会"


def test_a_place_whose_name_reads_as_a_clause_word():
    # the dictionary knows the place under a level (无为县): 无为市 is a place
    assert place_head("无为市", "") == "无为市"
    assert _org("无为市总工会：开展职工书屋读书分享会", "4月2日，无为市总工会在职工书屋举办读书分享会。") == "无为市总工会"
    # unknown to the dictionary: written twice by the text
    assert _org("永久县总工会召开全委会", "近期，永久县总工会召开十届三次全委会。永久县总工会主席作工作报告。") \
        == "永久县总工会"


def test_a_clause_word_before_a_level_written_once_names_no_place():
    assert place_head("目前市", "目前市总工会召开全委会。") == ""
    assert place_head("同时县", "同时县总工会召开全委会。") == ""
    assert place_head("今年县", "今年县总工会召开全委会。今年县总工会") == ""  # a time word: no place
    assert _org("", "近期，永久县总工会召开十届三次全委会，会议听取了报告。") is None
    assert _org("", "目前市总工会已建成站点12个，职工可就近休息。") is None



def test_a_name_fallen_into_characters_after_its_place_is_no_clause():
    from unionmine.documents.organisations.name_pos import clause_tail

    assert clause_tail("苏州市安华", "幼儿园") == "苏州市安华"  # 安 "v", 华 "ns": characters of one name
    assert clause_tail("学校工作丹阳市第五", "中学") == "丹阳市第五"  # a verb of two characters: the name starts after it
    assert clause_tail("名来自沂沭泗局", "机关") != "名来自沂沭泗局"
