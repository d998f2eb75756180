"""A school named only in the title of one of its own rules or plans, cited in its text.

A template site's summary often names its school nowhere but in the documents its text cites: the rules its
congress passed (审议通过《某某学校人事制度改革方案》), the plan a campaign followed (依照《某某完小师德活动方案》), an
outline the union handed out (下发《某某师范学院分工会档案建设内容提纲》). The finders skip cited titles (they often
name another body: 《某某省教育厅关于…的通知》), so such a page gets no organisation. A school's or university's
own rules are named after it and end in a genre of rules or plans (方案, 制度, 章程, 办法, 提纲…); when the text
speaks as a school (我校, 学校工会…) and its cited rules name one school or university, and one only, that is the
writer. Not a place's or a level's rules (《某某区中小学教代会工作条例》: a district's schools, no unit), not a
rule-book of several schools.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..describe_rules import DescribeRules

_TYPES = ("school", "university")
# a school's or university's own rule-book or plan (the genre closes the cited title)
_GENRES = r"方案|制度|章程|办法|辦法|细则|細則|提纲|提綱|规定|規定|规划|規劃|计划|計劃|条例|條例|守则|守則|公约|公約|意见|意見"
_SELF = ("我校", "本校", "学校工会", "學校工會", "校工会", "校工會", "我园", "我院", "全校", "学院工会", "學院工會")
# a draft's or trial's mark after the genre (《某某大学…分配办法（试行）》: Round 29)
_TRIAL = r"(?:[（(](?:试行|試行|暂行|暫行|草案|修订|修訂|修订稿)[)）])?"
# a level of place or of several schools in the name: a place's rules, not a unit's (莲都区中小学…)
_NOT_UNIT = re.compile(r"[省市县区縣區]|中小学|中小學|各|全")
NAME_MIN = 2  # characters of the school's own name before its suffix (顶峰完小, 徐东路学校)


@lru_cache(maxsize=4)
def _cited_rules(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    ends = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return re.compile(rf"《([\u4e00-\u9fff]{{{NAME_MIN},14}}?(?:{ends}))(?:分?工[会會])?[^《》]{{0,24}}?(?:{_GENRES}){_TRIAL}》")


def cited_own(text: str, rules: DescribeRules) -> tuple[str, str, list[str]] | None:
    """(org, org_type, evidence) of the one school or university whose own rules the text cites, or None."""
    if not any(w in text for w in _SELF):
        return None
    types = {s: t for s, t in rules.suffixes if t in _TYPES}
    names: dict[str, str] = {}
    for m in _cited_rules(tuple(types)).finditer(text):
        name = m.group(1)
        if _NOT_UNIT.search(name) or name.startswith(tuple(rules.generic_starts)):
            continue
        names[name] = next(t for s, t in sorted(types.items(), key=lambda st: -len(st[0])) if name.endswith(s))
    if len(names) != 1:
        return None
    org, org_type = next(iter(names.items()))
    return org, org_type, [f"org {org!r} from text (the one school whose own rules the text cites)"]
