"""A place's name read whole inside a candidate's head, whatever words it is made of (Round 35).

The name rules cut a head at a sentence word (`name_breakers`: 和, 以, 在…) and at a clause word by jieba's tags
(`name_pos.clause_tail`: 同时, 目前…). Both read a sentence, not a place: a place's own name may hold such a word or
be one. Two readings keep the place:
- a breaker inside a word jieba's dictionary tags as a place (ns): 和平街 of 和平街街道, 朝阳区和平街街道 (the 和 of
  和平街 opens no clause);
- a head that jieba reads as a clause word right before a place's level (无为 "c" + 市, 马边 "d" + 县): a place when
  the dictionary knows the same name under a level (无为县, so 无为市 too) or the text writes the place again
  (马边县总工会…, 近期，马边县总工会…). A clause word before a level (同时县总工会, 目前市总工会) is written once and
  is no place the dictionary holds.
"""

from __future__ import annotations

import re

from .name_pos import CLAUSE_TAGS, pos_tagger, pos_tokens

_LEVELS = "市县区旗州縣區"
_PLACE_HEAD = re.compile(rf"^([\u4e00-\u9fff]{{2,3}}?)[{_LEVELS}]")


def in_place_word(name: str, i: int, n: int) -> bool:
    """Whether NAME[i:i+n] (a sentence word) lies inside a word of three characters or more that jieba's dictionary
    tags as a place, not at its end (和平街; not 和县 of 学校和县教育局, a county's name the dictionary holds that
    reads as 和 + 县 in a sentence, nor 惠及)."""
    pos = 0
    for word, _simple, flag in pos_tokens(name):
        end = pos + len(word)
        if pos <= i and i + n <= end:
            return flag == "ns" and len(word) >= 3 and i + n < end
        pos = end
    return False


def place_head(name: str, text: str) -> str:
    """The place that opens NAME (无为市 of 无为市, 马边县 of 马边县人民医院) when jieba reads the words before its level
    as clause words, and the dictionary knows the name under a level or TEXT writes the place twice or more; else ""."""
    m = _PLACE_HEAD.match(name)
    if not m:
        return ""
    head, pos = m.group(1), 0
    for word, simple, flag in pos_tokens(name):
        if pos >= len(head):
            break
        if not flag.startswith(CLAUSE_TAGS) or flag.startswith(("r", "t")):  # (我市, 该县, 今年: no place)
            return ""
        pos += len(word)
    if pos != len(head):
        return ""
    known = any(pos_tagger().word_tag_tab.get(head + level, "").startswith(("ns", "nr")) for level in "县市区旗")
    place = m.group(0)
    return place if known or text.count(place) >= 2 else ""
