"""The union that organises the event a news item opens with (round 25): 由湘潭县教育工会组织的…篮球比赛, 由沂沭泗局
工会主办，…承办的…比赛, 由金坛区教育局和金坛区教育工会主办的…篮球赛.

A name right before 组织的/举办的 is an outsider to the finders (a school's item: 参加由县教育工会组织的比赛), so such
an item names no unit, or names the bureau the union organises with. When the 由-clause *opens* a clause of the
opening (after a clause's edge or the date, never after 参加/在), is the subject of the item's event, and names a
union, that union is the writer: its body as the finders file it (沂沭泗局工会 → 沂沭泗局; 湘潭县教育工会 stays). Not a
federation (…总工会: the upper body whose events its units report), not a clause that names no union (由市教育局主办),
not when the text speaks as a unit of its own (我校, 我局, 我公司: `org_type_self_words`).
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .find import OPENING_CHARS, find_org

_ORGANISER = re.compile(r"(?:^|[，,。；;：:\s]|[日午])由([\u4e00-\u9fff、]{3,40}?)(?:共同)?(?:主办|组织|举办|牵头|发起)")
_PARTS = re.compile(r"[、和与及]")
_UNION = ("工会", "工會")
_FEDERATION = ("总工会", "總工會")


def _organisers(text: str) -> list[str] | None:
    m = _ORGANISER.search(text[: OPENING_CHARS * 2])
    return [p for p in _PARTS.split(m.group(1)) if p] if m else None


def _speaks_as_unit(text: str, rules: DescribeRules) -> bool:
    return any(w in text for words in rules.org_type_self_words.values() for w in words)


def organiser_union(org: str | None, text: str, rules: DescribeRules) -> tuple[str, str | None, list[str]] | None:
    """(org, type, evidence) of the union whose 由…主办/组织 clause opens the item, when ORG is none or one of that
    clause's other organisers (由金坛区教育局和金坛区教育工会主办: the union, not the bureau)."""
    parts = _organisers(text)
    if not parts or _speaks_as_unit(text, rules):
        return None
    if org and not any(org in p for p in parts):
        return None
    union = next((p for p in parts if p.endswith(_UNION) and not p.endswith(_FEDERATION)), None)
    if union is None:
        return None
    found, kind, _ev = find_org("", union, rules)
    if not found or found == org:
        return None
    return found, kind, [f"org {found!r}: the union whose 由…主办/组织 clause opens the item ({union!r})"]
