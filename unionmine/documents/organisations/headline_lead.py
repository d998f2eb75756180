"""A headline that opens with the unit and its event at once, under a name the finders refuse for its short head (Round 40).

A unit's own news often opens its headline with the unit as its site and its readers call it, then the event:
`某港公司召开第四次工代会…`, `热力公司召开年度民主管理大会`, `市疾控中心成功举办秋季趣味运动会`, `市一医院工会开展…`,
`某钢集团有限公司召开第一届…职工代表大会`, after a kicker `…——市疾病预防控制中心（市健康教育所）组织开展…`. The
finders' rules refuse these heads — a weak suffix after two characters (`柳港公司`, `热力公司`: 配合公司 and 完成学院 are
phrases), a bare level before a remit or an ordinal (`市疾控中心`, `市一医院`), a head that opens with a generic word
(`本岚…`) — and ruling (n) of the keys names them: within its site or district such a name picks out one unit.

Here the headline itself is the evidence, read narrowly: the name opens a clause of the title (its start, or after a
kicker's dash, colon or space), the event verb follows **at once** (after the unit's own union, a second name in
brackets or one adverb such as 成功, 隆重, 广泛: `…公司召开`, `…中心成功举办`, not `…公司2025年度“安康杯”…举办`), the text
writes the same name again (or a fuller name it is the short form of: 市妇计中心 of 某某市妇幼保健计划生育服务中心),
and the name is no authority (a government or its department, a court, a federation: ruling
g keeps `县总工会`, `区教育局` null) and no phrase (a verb or a generic word of two characters opening it: `推进公司…`,
`全市学校…`). Used only where the chain named no unit (`title_subject.title_decides`); `kind_of_name` still judges it
after.
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .candidates import acceptable, org_candidates
from .name_pos import verb_led
from .named import EVENT, opens_clause
from .names import in_list

HEADLINE_LEAD = True  # Round 40 (measured on sets 22-33, the synthetic collections, USER13 and USER15)

_ADVERBS = "成功|广泛|隆重|积极|圆满|顺利|深入|扎实|认真|热烈|首次|正式|再次"
# right after the name: a second name in brackets (（市健康教育所）), its own union, one adverb, then the event verb
_AT_ONCE = re.compile(rf"(?:[（(][\u4e00-\u9fff]{{2,12}}[）)])?(?:分?(?:工会|工會))?(?:{_ADVERBS})?(?:{EVENT.pattern}|表彰|参加)")
# an authority acting or a place's federation: ruling g's bare bodies, never filed under a level alone
_AUTHORITIES = ("政府", "人大", "总工会", "總工會", "教育工会", "教育工會", "工会", "工會", "局", "委员会", "委員會", "委",
                "法院", "检察院", "办事处", "管委会")
_ORDINAL = re.compile(r"第?[一二三四五六七八九十]{1,3}")
_CLAUSE_MARK = re.compile(r"——|--+|—|[：:]|\s+")  # a kicker's or a subtitle's mark before the headline's clause


def _head_allowed(name: str, suffix: str, why: str | None, rules: DescribeRules) -> bool:
    """Whether NAME before SUFFIX, refused by the candidates' rules for WHY, is a unit's short head in a headline's lead."""
    if why is None:
        return True
    levels = tuple(rules.place_levels)
    if why == "only a suffix":  # 市 + 疾控中心: a level before a remit of three characters or more, or before
        # an ordinal school's short form (市 + 二中, 县 + 一小: Round 41)
        return name in levels and (len(suffix) >= 3 or (
            bool(rules.short_school) and re.fullmatch(rules.short_school, suffix) is not None))
    if verb_led(name) or name.startswith((*rules.leading_words, *rules.verb_starts)):
        return False
    if why == "a phrase, not a name":  # 柳港 + 公司, 热力 + 公司, 市妇计 + 中心 (not 学校 + 机关: a kind's part)
        if any(name.endswith(x) for x, _t in rules.suffixes):
            return False
        if name.startswith(levels):
            rest = name[1:]
            return len(rest) >= 2 and not rest.startswith(tuple(rules.generic_starts))
        return len(name) >= 2 and not name.startswith(tuple(rules.generic_starts))
    if why == "generic":  # 市一 + 医院; 本岚集团 + 有限公司 (not 全市, 本校, 各区)
        if name.startswith(levels) and _ORDINAL.fullmatch(name[1:]):
            return True
        two = name[:2]
        return len(name) >= 4 and two not in rules.generic_starts and two[1:] not in (*levels, "校", "院", "单")
    return False


def abbreviates(short: str, full: str) -> bool:
    """Whether SHORT's characters all stand in FULL in their order (市妇计中心 of 某某市妇幼保健计划生育服务中心, 福州水司 of
    福州市自来水有限公司): its short form. (`title_subject` reads it too.)"""
    at = 0
    for c in short:
        at = full.find(c, at) + 1
        if not at:
            return False
    return True


def _written(org: str, suffix: str, body: str, rules: DescribeRules) -> bool:
    """Whether BODY writes ORG again, or a fuller name with the same suffix that ORG is the short form of."""
    return org in body or any(len(cand) > len(org) and cand.endswith(suffix) and abbreviates(org, cand)
                              for cand, *_rest in org_candidates(body, rules))


def headline_lead(title: str, text: str, rules: DescribeRules) -> tuple[str, str | None, list[str]] | None:
    """(org, org_type, evidence) of the unit that opens TITLE's first clause with its event verb at once, or None."""
    if not HEADLINE_LEAD or not title:
        return None
    starts = {0} | {m.end() for m in _CLAUSE_MARK.finditer(title)}
    body = "\n".join(ln for ln in text.split("\n") if ln.strip() != title.strip())  # (not the title line again)
    for org, org_type, start, end, name, _cut in org_candidates(title, rules):
        suffix = org[len(name):]
        if start not in starts or not opens_clause(title, start) or in_list(title, start, end):
            continue
        if suffix.endswith(_AUTHORITIES) or not _AT_ONCE.match(title, end) or not _written(org, suffix, body, rules) \
                or title.startswith(("分工会", "分工會"), end):  # (a department's union: its parent is not named)
            continue
        if _head_allowed(name, suffix, acceptable(name, suffix, rules, title[end:end + 16], headline=True), rules):
            return org, org_type, [f"org {org!r} from title (the unit that opens the headline, its event verb at once)"]
    return None
