"""A company's own unit whose union writes, named after its parent (Round 41).

A group's or a company's sites report the work of their units under the parent's name run on with the unit's own:
`某某集团某某项目工会组织…`, `某某公司某某事业部工会开展…`, `某某局某某公司工会于…`. The finders stop at the parent's
suffix (the unit's head — a project, a division, a branch's place name — has no suffix of its own, or one the rules
refuse) and name the parent, but the writer is the unit: its union is the clause's subject. Read narrowly: the first
time the title or the opening writes the parent's name (opening a clause), the unit's own words (two to eight
characters: no sentence word, list mark, generic or staff word, no verb opening them unless a suffix ends them) follow
at once and then its union, acting or meeting (`union_then_verb`, or 于/与/在…); or they end with a unit's suffix or a
division's word after a head of their own (`某某公司某某矿`, `…华南事业部`) and the clause's event verb follows (no list
or modifier between: `某某部、工会和…联合开展` is the parent's office among others), or a headline's colon. The parent's
head office (机关, 本部) or its departments (客舱部, 财务处), its staff (女职工, 青年) or its branch unions (各分会) are no
unit. Companies and groups only: a school's or a federation's units are other rules' (`college`, `bare`).
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .find import OPENING_CHARS
from .name_pos import union_then_verb, verb_led
from .named import EVENT, opens_clause

UNIT_PART = True  # Round 41 (measured on sets 15-18, 20-35)

_PARENT_TYPES = ("enterprise",)
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_UNION = re.compile(r"分?(?:工会|工會)(?!委员会|委員會|主席|干部|会员|會員|工作|小组|组织建设|组织机构)")
# a union's clause after it: a time or a place, a partner, a preposition, or an act (union_then_verb)
_UNION_CLAUSE = re.compile(r"(?:于|於|与|與|在|联合|联手|携手|日前|近日|近期|第?[一二三四五六七八九十\d]{1,3}届)")
# what no unit's own words hold: the parent's head office, its staff or members, its branch unions, a list, a clause
# or a count
_NOT_UNIT = re.compile(r"机关|機關|本部|总部|總部|职工|職工|员工|員工|干部|幹部|青年|女工|会员|會員|党|黨|团委|團委|"
                       r"委员|委員|领导|領導|全体|全體|广大|各|所属|所屬|下属|下屬|基层|基層|及|和|与|與|、|的|了|在|是|"
                       r"为|為|对|對|向|从|從|把|被|将|將|等|首|第|届|屆|年|月|日")  # (首个, 第一家: a count, Round 28's)
# a modifier, a list or a union between the unit and its event (a union's clause is read as such)
_BETWEEN = re.compile(r"[的、和与與及同暨]|工会|工會")
# a division's head word (事业部, 项目, 车间, 工区, 队): with a unit's suffix, what ends a unit's own name
_DIVISION = ("事业部", "项目", "项目部", "站", "队", "所", "车间", "工区", "分公司", "中心")
# a department of the parent's office (客舱部, 财务处, 办公室): filed under the parent, as its 机关 is (Round 41: 14:p24)
_OFFICE = re.compile(r"(?<!事业|项目)[部处科室办]$")


def _unit_words(words: str, rules: DescribeRules, named: bool) -> bool:
    """Whether WORDS (between a parent's name and its union or event) are a unit's own name, no department of the
    parent's office; a verb may open one that ends with a unit's suffix (NAMED: 某某公司建设矿)."""
    return not _NOT_UNIT.search(words) and not _OFFICE.search(words) and (named or not verb_led(words)) \
        and not words.startswith((*rules.generic_starts, *rules.leading_words, *rules.verb_starts))


def _named_unit(words: str, rules: DescribeRules) -> bool:
    """Whether WORDS end with a unit's suffix or a division's word after a head of their own (华南事业部, 建设矿; not
    项目部, whose head is a division's word itself)."""
    ends = [x for x in (*(x for x, kind in rules.suffixes if kind in _PARENT_TYPES), *_DIVISION) if words.endswith(x)]
    return bool(ends) and len(words) - max(map(len, ends)) >= 2


def _event_follows(after: str) -> bool:
    """Whether the clause's event verb follows AFTER's start, maybe after an adverbial of time or place (not after a
    list's other members: 某某部、工会和某社区联合开展…, where the parent's office is one of several)."""
    clause = re.split(r"[，,。；;！!？?\n]", after, maxsplit=1)[0]
    verb = EVENT.search(clause)
    return verb is not None and verb.start() <= 10 and not _BETWEEN.search(clause[:verb.start()])


def unit_part(org: str | None, org_type: str | None, title: str, text: str, rules: DescribeRules
              ) -> tuple[str, str] | None:
    """(the unit's full name, evidence) when ORG, a company or a group, is first written run on with its unit's own
    name and that unit's union (or its event, or a headline's colon) as the clause's subject; else None."""
    if not UNIT_PART or not org or org_type not in _PARENT_TYPES:
        return None
    for where, chunk in (("title", title or ""), ("text", text[:OPENING_CHARS * 2])):
        at = chunk.find(org)
        if at < 0:
            continue
        if not opens_clause(chunk, at):
            return None
        rest = chunk[at + len(org):at + len(org) + 30]
        for end in range(2, 9):
            words = rest[:end]
            if not _CJK.fullmatch(words):
                break
            after = rest[end:]
            union = _UNION.match(after)
            named = _named_unit(words, rules)
            acting = union and (union_then_verb(after) or _UNION_CLAUSE.match(after, union.end())
                                or EVENT.match(after, union.end()))
            event = named and (_event_follows(after) or (where == "title" and at == 0 and after[:1] in "：:"))
            if (acting or event) and _unit_words(words, rules, named):
                unit = org + words
                return unit, f"org {unit!r}: the unit of {org!r} whose union (or event) follows its name"
        return None
    return None
