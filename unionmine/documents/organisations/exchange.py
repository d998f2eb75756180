"""An exchange visit between two units of a kind: the writer is the one that speaks as 我校, not its guest or host (Round 40).

A university's or hospital's union site reports its exchange visits: "某某学院工会主席某某一行6人莅临我校，围绕…交流",
"我校工会…负责人赴某某大学调研交流工会工作". The finders take the other unit, the one well-formed name of the opening,
and the writer (我校) is named only later, by its own name: "座谈会由某某学院工会…主持", "…介绍了某某大学工会在…方面开展的
工作", "对某某大学一行人的到来表示欢迎". The keys file the item under the writer (the labelling convention: not a visiting
or visited body). So where the text speaks as a unit (我校, 我院, 我公司…) and the finders' unit is its guest (its party,
一行, comes to 我校) or its host (我校 goes to it: 赴, 到, 走进, 前往), the writer is the other unit of the same kind the text
names — when it names exactly one; with none or several, no unit is named (the guest or host is never the writer).
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .candidates import acceptable, org_candidates
from .name_pos import has_proper

EXCHANGE = True  # Round 40 (measured on the rebuilt sets, the synthetic collections, USER13 and USER15)

_SELF = "(?:我校|我院|我公司|我局|我园|本校|我单位)"
# the unit's party comes to the writer: 某某学院工会主席某某一行6人莅临我校
_GUEST = r"(?:工会|工會)?[^。！？\n]{0,24}?一行[^。！？\n]{0,8}?(?:莅临|来到|到访|走进|来)" + _SELF
# the writer goes to the unit: 我校工会及…负责人赴某某大学调研
_HOST_BEFORE = re.compile(_SELF + r"[^。！？\n]{0,30}?(?:赴|到|走进|前往|来到|走访)$")


def _role(org: str, text: str) -> bool:
    """Whether TEXT makes ORG the writer's guest (its party comes to 我校) or host (我校 goes to it)."""
    for m in re.finditer(re.escape(org), text):
        if re.match(_GUEST, text[m.end():m.end() + 60]) or _HOST_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            return True
    return False


def exchange_writer(org: str | None, org_type: str | None, text: str, rules: DescribeRules
                    ) -> tuple[str | None, str | None, str] | None:
    """(org, org_type, evidence) of the writer where ORG is its guest or host in an exchange visit — the one other unit
    of ORG's type the text names, or (None, None, …) with none or several — else None (ORG stays)."""
    if not EXCHANGE or not org or not org_type or not _role(org, text):
        return None
    others = set()
    for cand, cand_type, _start, end, name, _cut in org_candidates(text, rules):
        if cand_type != org_type or org in cand or cand in org or not has_proper(name) or "工会" in cand:
            continue  # (mid-sentence too: 座谈会由某某学院工会…主持; not 二级学院, a kind of
            # part, nor a clause across a union: 外国语学院工会赴某某大学)
        if acceptable(name, cand[len(name):], rules, text[end:end + 16]) is None:
            others.add(cand)
    longest = {o for o in others if not any(p != o and p.endswith(o) for p in others)}
    if len(longest) == 1:
        writer = longest.pop()
        return writer, org_type, f"org {writer!r}: the unit that speaks as 我校, {org!r} its guest or host in an exchange"
    return None, None, f"org none: {org!r} is the writer's guest or host in an exchange, the writer not named once"
