"""A named unit's own kind word decides its type over the cue words and the votes (Round 40, issue 12).

The finders name the unit; its type comes from the suffix it ends with, then the vote rules and the text's cue
words. A few kinds of body are settled by the last words of the name itself, whatever the text says around it:
- *a joint union of a trade, a place or a park* (…邮政行业工会联合会, …联合工会, …工联会): the keys' ruling (k),
  other, even where the name holds a company's field (邮政, 快递) that the vote reads as a company's unit;
- *a bureau that is a company too* (…市局（公司）, the tobacco monopoly's form): an enterprise;
- *a public hospital group* (…医疗集团, no 公司 in the name): hospitals are other, the group with them;
- *a vocational education centre* (…职教中心, …职业教育中心): a vocational school, not a public institution's centre;
- *a school district's union* (…乡学区工会, …学区): the schools of a township under one union, an education union;
- *a railway depot* (…电务段, …工务段, …机务段) left untyped: a unit of the railway company, an enterprise;
- *a hospital or institute named by 院* (北医三院, …分院) left untyped: filed with hospitals and institutes, other.
"""

from __future__ import annotations

import re

_JOINT = re.compile(r"(?:工会联合会|联合工会|工联会)$")
_HOSPITAL_GROUP = re.compile(r"医疗集团$")
_VOCATIONAL = re.compile(r"(?:职教中心|职业教育中心)$")
_SCHOOL_DISTRICT = re.compile(r"学区(?:工会|工会委员会)?$")
_RAIL_DEPOT = re.compile(r"(?:电务|工务|机务|车务|车辆|供电|客运|货运)段$")
_YUAN = re.compile(r"院$")
_BUREAU_COMPANY = re.compile(r"局[（(]公司[)）]$")


def named_kind_type(org: str | None, org_type: str | None) -> tuple[str | None, list[str]]:
    """ORG_TYPE, or the type ORG's own last words give (see the module); evidence when it changes."""
    if not org:
        return org_type, []
    found = None
    if _JOINT.search(org):
        found = "other", "a joint union (ruling k)"
    elif _BUREAU_COMPANY.search(org):
        found = "enterprise", "a bureau that is a company too (…市局（公司）)"
    elif _HOSPITAL_GROUP.search(org) and "公司" not in org:
        found = "other", "a public hospital group"
    elif _VOCATIONAL.search(org):
        found = "school", "a vocational education centre"
    elif _SCHOOL_DISTRICT.search(org):
        found = "education_union", "a school district's union"
    elif org_type is None and _RAIL_DEPOT.search(org):
        found = "enterprise", "a railway depot"
    elif org_type is None and _YUAN.search(org):
        found = "other", "a hospital or institute named by 院"
    if found is None or found[0] == org_type:
        return org_type, []
    return found[0], [f"org_type {found[0]}: {org!r} is {found[1]} (was {org_type})"]
