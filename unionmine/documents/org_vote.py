"""Organisation type by a vote of evidence, not by the last suffix alone (issue 12).

The suffix a name ends with (研究院, 中心, 集团, 局) gives a first answer; the name's modifiers, the
name's fuller form in the text, the title and the text's own cue words may outvote it. Each cue has one
home: the ordered `[[org_type_vote]]` rules in `data/organisations.toml` (first that holds wins), the
writer's first-person union (我局工会, 我校工会) in `[org_type_self]`.

A rule reads the *unit*: the organisation when one is named, else the title (which then names only a
kind of body: 校医院分工会…, 集团工会工作计划). Its fields:
  heads    the unit ends with one of these (empty: any)
  holds    the unit holds one of these (a modifier: 集团, 有限公司, 校医院; empty: any)
  full     a modifier may also stand in the unit's fuller form in the text (大庆油田有限责任公司…工艺研究所,
           国联…研究院有限责任公司)
  text     the title or the text holds one of these (empty: no condition)
  unless   the title or the text holds none of these
  only     the first answer is one of these types (empty: any)
  named    true: only a named organisation; false: only a title with no name; absent: either
"""

from __future__ import annotations

import re

from .describe_rules import DescribeRules

_RUN = re.compile(r"[\u4e00-\u9fff]{2,40}")
_COMPANY_AFTER = re.compile(r"(?:股份)?有限(?:责任)?公司")
# words that put the name in a clause of its own, after another body (在, 与, 到…): no fuller form
_CLAUSE_WORDS = ("在", "与", "和", "及", "向", "到", "赴", "对", "为", "给", "联合", "会同", "走进", "来到")
_FULL_SPAN = 12  # characters a fuller form may put between the name's first two and its head


def _fuller_forms(org: str, head: str, text: str) -> list[str]:
    """The runs of the text that hold ORG's fuller form: up to the end of ORG itself (大庆油田有限责任公司
    第三采油厂工艺研究所), or ORG's first two characters … its HEAD + 有限公司 (国联汽车动力电池研究院有限责任公司)."""
    forms = []
    for run in _RUN.finditer(text):
        r = run.group(0)
        at = r.find(org)
        if at > 0 and not any(w in r[:at] for w in _CLAUSE_WORDS):  # (XX公司在市文化中心…: a venue, not its unit)
            forms.append(r[:at + len(org)])
        if head and len(org) > len(head) + 1:
            m = re.search(re.escape(org[:2]) + rf"[\u4e00-\u9fff]{{0,{_FULL_SPAN}}}?" + re.escape(head), r)
            if m:
                after = _COMPANY_AFTER.match(r, m.end())
                if after:
                    forms.append(r[m.start():after.end()])
    return forms


def _rule_holds(rule: dict, unit: str, named: bool, org_type: str | None, title: str, text: str) -> bool:
    if "named" in rule and bool(rule["named"]) != named:
        return False
    if rule.get("only") and org_type not in rule["only"]:
        return False
    heads = rule.get("heads") or []
    head = next((h for h in heads if unit.endswith(h)), "")
    if heads and not head:
        return False
    holds = rule.get("holds") or []
    if holds:
        places = [unit[: len(unit) - len(head)] if head else unit]
        if rule.get("full") and named:
            places += _fuller_forms(unit, head, text)
        if not any(w in p for w in holds for p in places):
            return False
    both = title + "\n" + text
    if rule.get("text") and not any(w in both for w in rule["text"]):
        return False
    return not any(w in both for w in rule.get("unless") or [])


_SELF_UNION = re.compile(r"(?:我|本)([\u4e00-\u9fff]{1,2}?)(?:工会|工會)")
# a first answer a first-person union may not overrule: a university calls itself 我校, a district's
# education union speaks of its bureau as 我局
_KIN = {("university", "school"), ("education_union", "agency"), ("education_union", "school")}


def _self_overrules(org_type: str | None, title: str, text: str, rules: DescribeRules, opening: int
                    ) -> tuple[str, str] | None:
    """(type, word) of the writer's first-person union opening the text (我局工会在…, 我校工会…) when it
    contradicts a kind of body that a title with no name gives (学校工会年工作总结, 总工会工作总结)."""
    m = _SELF_UNION.search(text[:opening])
    if not m or m.group(1) not in rules.org_type_self:
        return None
    found = rules.org_type_self[m.group(1)]
    if found == org_type or (org_type, found) in _KIN:
        return None
    return found, m.group(0)


def vote_org_type(org: str | None, org_type: str | None, title: str, text: str, rules: DescribeRules,
                  *, opening: int = 200, from_title: bool = False) -> tuple[str | None, list[str]]:
    """The organisation type after the vote: ORG_TYPE unless a rule of `[[org_type_vote]]` outvotes it for
    the unit (ORG, or the TITLE when no organisation is named), or, when the type came FROM_TITLE's kind
    word alone, the writer's first-person union at the text's opening names another kind of body."""
    named = bool(org)
    unit = org or title or ""
    for rule in rules.org_type_vote:
        if unit and _rule_holds(rule, unit, named, org_type, title, text):
            if rule["type"] == org_type:
                return org_type, []
            return rule["type"], [f"org_type {rule['type']}: {rule.get('why', 'a vote rule')} ({unit!r})"]
    if not named and from_title:
        found = _self_overrules(org_type, title, text, rules, opening)
        if found:
            return found[0], [f"org_type {found[0]}: the writer's own {found[1]!r} outvotes the title's kind word"]
    return org_type, []
