"""A federation whose officials are guests at another unit's event: the host is the item's unit (Round 29, issue 12).

A news item on a unit's event names the city's or district's federation only by the officials it sent: "某某公司首家
…站点揭牌仪式在…项目举行。某某市总工会党组书记、副主席某某等出席活动。", "…某某市总工会党组成员、副主席某某…一行3人，
在…陪同下，到某某社区…进行了考核验收" (the community writing 我社区). The finder takes the federation, the one
well-formed name in the opening; the keys file such items under the unit that hosts the event (the labelling
convention: "not a visiting or awarding federation"). Only where every mention of the federation in the opening is
its officials' attendance (its post, then 等出席/陪同/参加 or 一行) and the title does not name it; the host is the unit
the title's visit goes to (市总工会到某某社区开展…), else the unit that opens the item's first sentence; with no host
named, no writer is (…由市教育工会主办的比赛…。某某市总工会党组成员、教育工会主席某某出席开幕式: the guest is no writer).
A federation's own officer acting alone (县总工会副主席某某带队…) is no guest: nothing moves.
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .candidates import acceptable, org_candidates
from .subject import visited_unit

_FEDERATION = ("总工会", "總工會")
# the federation's officials, then their attendance or their party's visit, in the same sentence
_GUEST = re.compile(r"^(?:党组书记|党组成员|党组副书记|常务副主席|副主席|主席|副部长|部长|领导|负责同志)[^。！？\n]{0,40}?"
                    r"(?:(?:等(?:领导|同志|人)?)?(出席|参加|陪同|莅临)|一行)")
_SENTENCE = re.compile(r"[。！？!?\n]")
HOST_NAME_MIN = 3  # a host's name before its suffix (中铁某某工程局三公司, not 公司)


def guest_host(org: str | None, title: str, opening: str, rules: DescribeRules, whole: str = ""
               ) -> tuple[str | None, str | None] | None:
    """(org, org_type) of the unit hosting the event that federation ORG's officials attend, (None, None) when the
    federation is a guest at an event (出席, 陪同…) and no host is named, or None when it is no guest. Every
    mention in WHOLE (the text; the OPENING alone if not given) must be its officials'."""
    if not org or not org.endswith(_FEDERATION) or org in (title or ""):
        return None
    whole = whole or opening
    spots = [m.end() for m in re.finditer(re.escape(org), opening)]
    guests = [_GUEST.match(whole[m.end():m.end() + 60]) for m in re.finditer(re.escape(org), whole)]
    if not spots or not all(guests):
        return None  # (a mention anywhere that is no officials' attendance: 下一步，某某市总工会将…, the writer)
    visited = visited_unit(title or "", rules)
    if visited:
        return visited
    first = _SENTENCE.split(opening[:spots[0] - len(org)], maxsplit=1)[0]
    found = []
    for cand, cand_type, start, end, name, cut in org_candidates(first, rules):
        if cut or cand.endswith(("工会", "工會")) or len(name) < HOST_NAME_MIN \
                or name.startswith(tuple(rules.generic_starts)):
            continue
        why = acceptable(name, cand[len(name):], rules, "工会")
        if why is None or why == "a phrase, not a name":  # (a weak suffix: the sentence makes it a unit)
            found.append((start, -end, cand, cand_type))
    if not found:  # (a party visiting, 一行, with no unit named: the federation visits, it stays)
        return (None, None) if all(g.group(1) for g in guests) else None
    _start, _end, cand, cand_type = min(found)
    return cand, cand_type
