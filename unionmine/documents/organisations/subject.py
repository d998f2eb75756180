"""Whom a news item is about when a federation is named first: the unit it honours or visits.

A federation (…总工会) that awards (公布…评选结果，…公司…工会被授予…), holds the meeting where a unit is
honoured (…工会榜上有名) or visits (…慰问活动走进…集团) is not the unit the item is filed under: the unit
whose union is honoured, or the unit visited, is (the labelling convention of the real-page sets, "not a
visiting or awarding federation"). Another federation visited (区总工会…前往园区总工会调研) changes
nothing: the acting one stays.
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .bare import bare_name, level_only, named_union
from .candidates import acceptable, org_candidates
from .headline import HEAD_UNION, place_first
from .names import own_place
from .outsiders import upper_union

_FEDERATION = ("总工会", "總工會")
# the unit's own union (maybe a team's: …有限公司港机队工会) honoured in the same sentence
_ITS_UNION = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:工会|工會)")
_HONOURED = re.compile(r"被授予|被评为|荣获|荣膺|获评|获得|喜获|斩获|榜上有名|名列其中|受到表彰|被命名")
_VISIT = ("走进", "来到", "深入", "走访")
# a bare 到 visits when the visit's purpose follows the unit (到柳州市烟草专卖局（公司）慰问和检查…, 一行到…煤矿开展…)
_TO_VISIT = re.compile(r"到([\u4e00-\u9fff]{2,20}?)(?:[（(][^）)]{1,6}[）)])?"
                       r"(?=慰问|调研|指导|检查|观摩|参观|看望|考察|走访|开展|进行)")
NAME_MIN = 3  # a visited unit's name before a weak suffix (中山港航集团, not 走进企业)
# a workers' facility a federation names, lists or hangs its plaque on (职工书屋, 爱心妈妈小屋, 母婴室, 驿站) and the
# words of that award in its sentence: the unit that holds the facility is the item's subject
_FACILITY = re.compile(r"^[“\"「]?(?:职工书屋|職工書屋|职工之家|職工之家|职工小家|[^，,。“”]{0,4}?(?:小屋|母婴室|驿站|驛站))")
_FACILITY_WORD = re.compile(r"书屋|書屋|之家|小屋|妈妈屋|媽媽屋|妈咪屋|母婴|驿站|驛站")
_AWARD = re.compile(r"命名|入选|授予|授牌|挂牌|揭牌|名单|名單|评为|評為|获评|獲評")
_HUNG = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:正式)?(?:挂牌|揭牌|授牌)")  # 在…锡矿选矿车间正式挂牌


def news_subject(org: str | None, opening: str, rules: DescribeRules) -> tuple[str, str] | None:
    """(org, org_type) of the unit a federation ORG honours or visits in OPENING, or None; with no ORG
    found, the unit a union's people visit (市总工会领导班子一行到东莞市气象局指导…)."""
    if org is None:
        return visited_unit(opening, rules)
    if org not in opening:
        return None
    rest = opening[opening.index(org) + len(org):]
    given = _GIVES.match(rest)
    if given:  # any union that awards (…局工会授予某某机场工会…称号; Round 31): the unit named after 授予
        unit = honoured_after_giver(rest[given.end():], rules)
        if unit:
            return unit
    if not org.endswith(_FEDERATION):
        return None
    for cand, cand_type, start, end, name, _cut in org_candidates(rest, rules):
        sentence = rest[end:end + 40].split("。")[0]
        if cand.endswith(("工会", "工會")) or cand_type == "education_union":
            if cand != org and _HONOURED.match(rest[end:end + 6]) and \
                    acceptable(name, cand[len(name):], rules, rest[end:end + 16]) is None:
                return cand, cand_type  # a lower union honoured (遥观镇总工会获评…“五好”镇工会)
            continue  # another union body (a federation visited): the acting one stays
        honoured = _ITS_UNION.match(rest[end:end + 12]) and _HONOURED.search(sentence)
        if _facility_unit(rest, start, end, name, rules):
            return cand, cand_type
        visited = rest[max(0, start - 2):start] in _VISIT and len(name) >= NAME_MIN
        if honoured and acceptable(name, cand[len(name):], rules, rest[end:end + 16]) is None:
            return cand, cand_type
        if visited and not name.startswith(tuple(rules.generic_starts)):
            return cand, cand_type
    return visited_unit(rest, rules)


# a union giving an honour, the giver's own union named (某局工会授予…, 某某总工会日前授予…)
_GIVES = re.compile(r"^(?:工会|工會)?(?:委员会|委員會)?(?:近日|日前|近期)?(?:授予|授予了|表彰)")


def honoured_after_giver(after: str, rules: DescribeRules) -> tuple[str, str | None] | None:
    """(org, org_type) of the unit whose union an award's giver names right after 授予 (AFTER starts there):
    the unit's name, then its own union (某某机场工会…称号). The name is a finder's whole candidate, or a place-led
    bare name as a headline's union has it (`organisations.headline`: a name of no known suffix, 某某机场). Not a list of
    units (A工会、B工会…), a person (授予张三同志…), a union body (…总工会) or a generic body (各分会, 基层工会)."""
    m = HEAD_UNION.match(after)
    if not m or after[m.end():m.end() + 3].lstrip("工會会")[:1] == "、":
        return None
    name = m.group(1)
    for cand, cand_type, start, end, cname, _cut in org_candidates(name, rules):
        if start == 0 and end == len(name) and not cand.endswith(("工会", "工會")) and \
                cand_type != "education_union" and acceptable(cname, cand[len(cname):], rules, "工会") is None:
            return cand, cand_type
    if bare_name(name, rules) != name or not place_first(name) or name.endswith(_FEDERATION):
        return None
    org, _where, org_type = named_union(name, "text", rules)
    return org, org_type


def _facility_unit(rest: str, start: int, end: int, name: str, rules: DescribeRules) -> bool:
    """Whether the unit at START:END of REST (the text after a federation) holds the facility the federation's
    award in the same sentence names (…名单，某某局职工书屋是…被命名的…; …授予的“爱心妈妈屋”在某某矿…车间正式挂牌)."""
    head = re.split(r"[。！？!?\n]", rest[:start])
    if len(head) > 1 or not _AWARD.search(rest[:end + 40].split("。")[0]):
        return False  # (the federation's own sentence only, and an award in it)
    if len(name) < NAME_MIN or name.startswith(tuple(rules.generic_starts)):
        return False
    if "、" in rest[max(0, start - 1):end + 40].split("。")[0]:
        return False  # one of a list of units (命名A职工书屋、B职工书屋…): the federation's item, not one unit's
    return bool(_FACILITY.match(rest[end:end + 12]) or (
        head[0].endswith("在") and _FACILITY_WORD.search(head[0]) and _HUNG.match(rest[end:end + 14])))


def visited_unit(text: str, rules: DescribeRules) -> tuple[str, str] | None:
    """The unit a union's people go to (…到X（公司）慰问/调研/开展…, the sentence before 到 naming a union):
    the place of the visit is a unit by the sentence's structure, so a weak suffix (局, 法院) needs no place
    level in its name (卢氏法院)."""
    for m in _TO_VISIT.finditer(text):
        clause = re.split(r"[。！？\n]", text[:m.start()])[-1]
        if "工会" not in clause and "工會" not in clause:
            continue  # 到医院就诊: no visit of a union's people
        span = m.group(1)
        for cand, cand_type, _start, end, name, _cut in org_candidates(span, rules):
            if end != len(span) or cand.endswith(("工会", "工會")) or len(name) < 2:
                continue
            why = acceptable(name, cand[len(name):], rules, "工会")
            if why is None or why == "a phrase, not a name":
                return cand, cand_type
    return None


# the reported sentence's subject, a unit's union honoured (…获悉，某某农场工会被授予…)
_HONOURED_UNION = re.compile(r"[，,]?([\u4e00-\u9fff（）()]{2,30}?(?:工会|工會))(?:委员会)?(?:" + _HONOURED.pattern + ")")
# the federation a reporter got the news from (记者日前从某某省某某市总工会获悉，…; 记者从某某综合实验区总工会获悉): the item
# reports its work, so it is the item's unit when no finder named one (Round 29; the province before its place dropped)
_SOURCE = re.compile(r"从([\u4e00-\u9fff]{2,20}?(?:总工会|總工會))(?:获悉|獲悉|了解到|得悉)")


def news_source(title: str, text: str, rules: DescribeRules) -> tuple[str, str, list[str]] | None:
    """(org, org_type, evidence) of the place's federation the opening's reporter got the news from, or None.

    Not when the news is an honour another unit receives (Round 30): the title holds an honour verb and does not
    name the federation (某农场：被某县授予…称号), or the reported sentence makes a unit's union its subject
    (…获悉，某某农场工会被授予…): the federation is then the news's source or giver, the honoured unit its subject."""
    m = _SOURCE.search(text[:200])
    if not m:
        return None
    org = own_place(m.group(1))
    subject = _HONOURED_UNION.match(re.split(r"[。！？!?\n]", text[m.end():])[0])
    if (_HONOURED.search(title or "") and org not in (title or "")) or (subject and org not in subject.group(1)):
        return None
    if level_only(org, rules) or upper_union(org) or acceptable(org[:-3], org[-3:], rules, "工会") is not None:
        return None
    return org, "other", [f"org {org!r} from opening (the federation the reporter got the news from)"]
