"""A named unit's own kind word decides its type over the cue words and the votes (Round 40, issue 12).

The finders name the unit; its type comes from the suffix it ends with, then the vote rules and the text's cue
words. A few kinds of body are settled by the last words of the name itself, whatever the text says around it:
- *a joint union of a trade, a place or a park* (…邮政行业工会联合会, …联合工会, …工联会): the keys' ruling (k),
  other, even where the name holds a company's field (邮政, 快递) that the vote reads as a company's unit (not a unit's
  own joint union, …集团联合工会, nor a town's 教育工会联合会);
- *a bureau that is a company too* (…市局（公司）, the tobacco monopoly's form): an enterprise;
- *a public hospital group* (…医疗集团, no 公司 in the name): hospitals are other, the group with them;
- *a vocational education centre* (…职教中心, …职业教育中心): a vocational school, not a public institution's centre;
- *a school district's union* (…乡学区工会, …学区): the schools of a township under one union, an education union;
- *an institute whose text speaks of its group's union* (国联研究院…传达了集团工会…精神): a group's unit, an enterprise;
- *a railway depot* (…电务段, …工务段, …机务段) left untyped: a unit of the railway company, an enterprise;
- *any other unit left untyped* (北医三院, …分院, 八一五队, …第一管理处): a hospital, an institute, a survey team or a
  public office, each filed by the keys as other (no unit the finders name and leave untyped was keyed otherwise on
  sets 6-33).
"""

from __future__ import annotations

import re

_JOINT = re.compile(r"(?:工会联合会|联合工会|工联会)$")
# a unit's own joint union stays the unit's (ruling k: a school's, a group's), a town's education union federation an
# education union
_OWN_UNIT = ("公司", "集团", "厂", "学校", "中学", "小学", "医院", "大学", "学院")
_HOSPITAL_GROUP = re.compile(r"医疗集团$")
_VOCATIONAL = re.compile(r"(?:职教中心|职业教育中心)$")
_SCHOOL_DISTRICT = re.compile(r"学区(?:工会|工会委员会)?$")
_RAIL_DEPOT = re.compile(r"(?:电务|工务|机务|车务|车辆|供电|客运|货运)段$")
_BUREAU_COMPANY = re.compile(r"局[（(]公司[)）]$")
_INSTITUTE = re.compile(r"(?:研究院|研究所|设计院)$")
_GROUP_UNION = "集团工会"


def named_kind_type(org: str | None, org_type: str | None, text: str = "") -> tuple[str | None, list[str]]:
    """ORG_TYPE, or the type ORG's own last words give (see the module; TEXT for an institute's group union);
    evidence when it changes."""
    if not org:
        return org_type, []
    found = None
    if _JOINT.search(org) and not org.endswith("教育工会联合会") and not any(w in org for w in _OWN_UNIT):
        found = "other", "a joint union (ruling k)"
    elif _BUREAU_COMPANY.search(org):
        found = "enterprise", "a bureau that is a company too (…市局（公司）)"
    elif _HOSPITAL_GROUP.search(org) and "公司" not in org:
        found = "other", "a public hospital group"
    elif _VOCATIONAL.search(org):
        found = "school", "a vocational education centre"
    elif _SCHOOL_DISTRICT.search(org):
        found = "education_union", "a school district's union"
    elif org_type == "other" and _INSTITUTE.search(org) and _GROUP_UNION in text:
        found = "enterprise", "an institute whose union answers to its group's (集团工会)"
    elif org_type is None and _RAIL_DEPOT.search(org):
        found = "enterprise", "a railway depot"
    elif org_type is None:
        found = "other", "a unit no kind word types (a hospital by 院, a team, an office: the keys' other)"
    if found is None or found[0] == org_type:
        return org_type, []
    return found[0], [f"org_type {found[0]}: {org!r} is {found[1]} (was {org_type})"]
