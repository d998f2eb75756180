"""Precision guards: when the evidence for a named organisation is of a kind that is mostly wrong, name none.

An invented unit files a document under a body that did not write it, in every chart; 单位不详 is honest.
No kind of evidence the finder records is mostly wrong on the real-page development sets, but two narrower kinds
were wrong every time they fired there (issue 12, docs/EVALUATION.md "Round 19 (organisations)"), both on pages
whose writer speaks of itself in the first person (我校, 我园, 我公司) — how a unit writes about itself when its
text does not name it:

- a place's federation or education union named in the text (…市总工会, …市教育工会) while the writer calls
  itself a school or a company: the federation is an outsider that organises, awards or leads (…市教育工会
  举办比赛，我校工会组织教职工参加; …市总工会表彰…，我公司…荣获), not the writer;
- a kind of body used as a common noun after a verb (厘清幼儿园未来的思路) read as a name, on a page whose title
  names only that kind (幼儿园工会工作计划: a template with no writer named) and whose writer calls itself by
  it (我园): the candidate occurs once, is the subject of no clause (neither its own union, its congress nor a
  predicate follows it) and holds no place — a unit that names itself names itself as a clause's subject.
  (Without the title's kind it cost a real school named once before its staff's match, 某某中学教职工接力赛….)

Only evidence from the text is guarded: a title that names a unit names the writer.
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .bare import PLACE_BODIES
from .name_pos import pos_tokens
from .names import title_org_kind
from .outsiders import named_outsider

_FEDERATIONS = ("总工会", "總工會", "教育工会", "教育工會")
# the writer's kinds of body whose self-words put it outside a place's federation (`[org_type_self_words]`)
_UNIT_TYPES = ("school", "enterprise")
# the writer calling itself by the kind a candidate ends with
_SAME_KIND = (
    (("幼儿园", "园"), ("我园", "本园", "全园")),
    (("学院", "医院", "院"), ("我院", "本院", "全院")),
    (("学校", "小学", "中学", "校"), ("我校", "本校", "全校")),
    (("公司",), ("我公司", "本公司", "我司")),
)
# what follows a clause's subject: its union (maybe under the kind's one-character form, 小学校工会), a
# numbered congress, or a predicate (a verb, an adverb, a preposition; tags of jieba's dictionary)
_OWN_BODY = re.compile(r"^(?:校|院|园|厂|矿)?分?(?:工会|工會)|^第?[一二三四五六七八九十\d]{1,3}届|"
                       r"^(?:教代会|职代会|教职工代表大会|职工代表大会)")
_PREDICATE_TAGS = ("v", "d", "p", "c")
_PREDICATE_CHARS = "于在将把对从为以向与和及"


def _speaks_as(text: str, rules: DescribeRules, types: tuple[str, ...]) -> bool:
    """Whether the writer says 我校, 我公司… (not 本校: a federation asks each school to act 结合本校实际)."""
    return any(w in text for t in types for w in rules.org_type_self_words.get(t, ()) if w.startswith("我"))


def _subject_follows(after: str) -> bool:
    """Whether AFTER (the text right after a name) makes the name a clause's subject."""
    if _OWN_BODY.match(after):
        return True
    tokens = pos_tokens(after[:8])
    if not tokens:
        return False
    _word, simple, flag = tokens[0]
    if len(simple) == 1:
        return simple in _PREDICATE_CHARS
    return flag.startswith(_PREDICATE_TAGS) and not flag.startswith("vn")


def outsider_federation(org: str, text: str, rules: DescribeRules) -> bool:
    """A place's federation or education union (the name before it ends with a place's level: 青川市总工会, not a
    school's own 中心小学教育工会) named in a text whose writer calls itself a school or a company."""
    union = next((u for u in _FEDERATIONS if org.endswith(u)), None)
    if union is None:
        return False
    place = org[: -len(union)]
    if f"我们{org}" in text or f"我{org}" in text:  # the federation speaks: 我们新碧镇教育工会在…领导下
        return False
    return place.endswith((*rules.place_levels, *PLACE_BODIES)) and _speaks_as(text, rules, _UNIT_TYPES)


def common_noun_kind(org: str, title: str, text: str, rules: DescribeRules) -> bool:
    """A kind of body read as a name after a verb (厘清幼儿园未来…) on a page whose title names only that kind
    and whose writer calls itself by it."""
    kinds, selves = next(((kinds, words) for kinds, words in _SAME_KIND if org.endswith(kinds)), ((), ()))
    titled = title_org_kind(title, rules)
    if not selves or not titled or not any(titled[0].endswith(k) for k in kinds):
        return False
    if not any(w in text for w in selves) or text.count(org) != 1:
        return False
    at = text.index(org)
    head = org[:-2] if len(org) > 2 else org
    if any(level in head for level in rules.place_levels):
        return False
    return not _subject_follows(text[at + len(org):at + len(org) + 12])


def guard_org(org: str | None, org_source: str | None, evidence: list[str], title: str, text: str,
              rules: DescribeRules) -> str | None:
    """Why the text's ORG should not be named (the evidence is of a kind mostly wrong), or None. The
    kind-as-noun guard reads only a name the opening's scan took as it stood (EVIDENCE `org '…' from
    opening`), not one a rule of its own chose (the one school named where the text speaks as one)."""
    if not org or org_source != "text":
        return None
    if outsider_federation(org, text, rules):
        return f"org none: {org!r} is a federation outside a writer that calls itself a school or a company"
    outsider = named_outsider(org, text, rules)
    if outsider:  # a national union, a winner's school, a count of bodies (Round 27)
        return outsider
    scanned = f"org {org!r} from opening" in evidence or f"org {org!r} from text" in evidence
    if scanned and common_noun_kind(org, title, text, rules):
        return f"org none: {org!r} is a kind of body after a verb, the writer calling itself by that kind"
    return None
