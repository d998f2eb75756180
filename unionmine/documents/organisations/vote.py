"""Organisation type by a vote of evidence, not by the last suffix alone (issue 12).

The suffix a name ends with (研究院, 中心, 集团, 局) gives a first answer; the name's modifiers, the
name's fuller form in the text, the title and the text's own cue words may outvote it. Each cue has one
home: the ordered `[[org_type_vote]]` rules in `data/organisations.toml` (first that holds wins), the
other cue words in `[org_type_cues]`, `[org_type_leaders]`, `university_vetoes`.

A rule reads the *unit*: the organisation when one is named, else the title (which then names only a
kind of body: 校医院分工会…, 集团工会工作计划). Its fields:
  heads    the unit ends with one of these (empty: any)
  holds    the unit holds one of these (a modifier: 集团, 有限公司, 校医院; empty: any)
  full     a modifier may also stand in the unit's fuller form in the text (大庆油田有限责任公司…工艺研究所,
           国联…研究院有限责任公司)
  text     the title or the text holds one of these (empty: no condition)
  unless   the title or the text holds none of these
  unit_unless  the unit itself holds none of these (行业: a trade's federation, Round 40)
  only     the first answer is one of these types (empty: any)
  named    true: only a named organisation; false: only a title with no name; absent: either
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules

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
    if any(w in unit for w in rule.get("unit_unless") or []):
        return False  # (the unit itself holds a word that rules it out: a trade's 行业工会联合会, Round 40)
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


def vote_org_type(org: str | None, org_type: str | None, title: str, text: str, rules: DescribeRules
                  ) -> tuple[str | None, list[str]]:
    """The organisation type after the vote: ORG_TYPE unless a rule of `[[org_type_vote]]` outvotes it for
    the unit (ORG, or the TITLE when no organisation is named). (Tried: the writer's first-person union at
    the opening, 我局工会, over a nameless title's kind word, 学校工会工作总结: a title that names a kind of
    body wins, as tests/documents/test_describe_unseen.py pins, and it lost on a held-out floor.)"""
    named = bool(org)
    unit = org or title or ""
    for rule in rules.org_type_vote:
        if unit and _rule_holds(rule, unit, named, org_type, title, text):
            if rule["type"] == org_type:
                return org_type, []
            return rule["type"], [f"org_type {rule['type']}: {rule.get('why', 'a vote rule')} ({unit!r})"]
    return org_type, []
