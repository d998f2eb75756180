"""A headline that opens with a unit's own union acting: the writer, under a name the finder has no suffix for.

A news headline often opens with the unit's union and what it did (…镇工会举办…, …卫生系统工会积极开展…,
…职院工会“爱心妈咪小屋”…, …机场工会“送凉爽”到一线). The unit's name there may end in no suffix the finder
knows (职院, 机场, a town without its government), so the title gave nothing and the opening's first body was taken,
often an upper federation that awards or leads (重庆市总工会发文公布…名单, 余干县总工会工作要求) or a venue. The
headline's subject is the unit the item is filed under (the labels' convention since set 3: the unit whose union
acts). Precision first: the name must open with a place's name (jieba's ns, two characters or more) and go on with
a name of its own, the union must be the head's first and be followed by a predicate or a quoted project, and the
name must pass the bare-name checks of `organisations.bare` (no generic body, phrase or clause's end). A department's 分工会
names nothing here (a part of a body the headline does not name).
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .bare import bare_name, named_union
from .name_pos import pos_tokens, union_then_verb

# the headline's first union: a name of 4-16 characters, then 工会 (not 分工会, not the union's committee)
HEAD_UNION = re.compile(r"^([\u4e00-\u9fff]{4,16}?)(?<!分)(?=(?:工会|工會)(?!委员会|委員會))")
_QUOTED = ("“", '"', "「", "《", "‘")  # …工会“送凉爽”到一线: the union's project, named after it
_SYSTEM = ("系统", "系統")  # 余干县卫生系统工会: a place's trade-system union is itself the writer


def place_first(name: str) -> bool:
    """Whether NAME opens with a place's name (two characters or more) and holds two characters or more after it."""
    tokens = pos_tokens(name)
    return bool(tokens) and tokens[0][2] == "ns" and len(tokens[0][0]) >= 2 and len(name) - len(tokens[0][0]) >= 2


def _set_phrase(rest: str) -> bool:
    """Whether REST opens with a set phrase of action (积极开展, 多措并举: jieba's l), a predicate after the union."""
    tokens = pos_tokens(rest)
    return bool(tokens) and tokens[0][2] == "l" and len(tokens[0][1]) >= 4


def _trade_system(name: str, rules: DescribeRules) -> str | None:
    """NAME's union when NAME is a place's trade system (江西余干县卫生系统): the union is the writer."""
    if not name.endswith(_SYSTEM):
        return None
    head = name[: -len(_SYSTEM[0])]
    trade = next((t for t in rules.trade_names if head.endswith(t)), None)
    return name + "工会" if trade and len(head) > len(trade) and place_first(head) else None


def headline_union(line: str, rules: DescribeRules) -> tuple[str, str, str | None] | None:
    """(org, "title", org_type or None) for a headline LINE that opens with a place-led unit's union acting
    (湖南某某镇工会举办…, 天津某某机场工会“送凉爽”…), else None."""
    m = HEAD_UNION.match(line.strip())
    if not m:
        return None
    name, after = m.group(1), line.strip()[m.end(1):]
    if not (union_then_verb(after) or after[2:3] in _QUOTED or _set_phrase(after[2:10])):
        return None  # 某某工会工作…, 某某工会主席…: a noun phrase, no headline's subject
    system = _trade_system(name, rules)
    if system:
        return system, "title", "other"
    bare = bare_name(name, rules)
    if not bare or bare != name or not place_first(name):
        return None
    return named_union(name, "title", rules)
