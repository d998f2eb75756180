"""The last fallback for an article that names no organisation: the one unit whose own union acts in it.

When every finder and guard has left an article without an organisation, a unit whose name opens a clause of the
title or of the text's opening (`OPENING_CHARS`, the finders' own) and is followed by its own union (某某公司工会组织…,
近日，某某矿工会工作人员…, 某某办事处工会坚持…) is the writer: the union that acts in a news item or report is the
unit's. Only one unit may so act (two units' unions name no single writer); the name passes the finder's own checks of
a proper name (`acceptable`, a two-character head before a weak suffix allowed: `_refused`), the guards over kinds
of names `describe` applies to every finder (a bare level, a kind of hospital, a demonstrative, a college alone:
`described.kind_of_name`; a clause's words inside it: `clause_words`, Round 39) and the outsiders' (`named_outsider`,
`upper_outsider`).
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .candidates import acceptable, org_candidates
from .clause_words import clause_inside
from .described import kind_of_name
from .find import OPENING_CHARS
from .name_pos import PROPER, pos_tokens
from .names import malformed
from .outsiders import named_outsider, upper_outsider

# the unit's own union right after its name, acting or led (工会组织…, 工会主席…, 工会工作人员); not a branch's 分工会 (a
# part of a body), a union founded as a kind (企业工会组建, 工会组织建设), its work as a topic (机关工会工作方式), nor one
# of a list (A工会、B工会, A工会和B工会)
_OWN_UNION = re.compile(r"工会(?!会员|组织的|组建|组织建设|建设|工作(?!人员)|[的之、，,和与及])")
# a time phrase glued before a weak suffix (几年来学校工会…, 今年公司工会…): a clause's opening, no name
_TIME_LED = re.compile(r"^(?:[一二三四五六七八九十几近多数\d]*年来|[今去明前]年|[^，,。]*以来)")
# one of a list of units' unions, or unions founded as a kind (改制企业工会组织建设, 建立健全了…企业工会组织，)
_LISTED = re.compile(r"工会(?:[、和与及]|组建|组织建设|组织工作|组织[，,。；;])")


def _refused(name: str, suffix: str, rules: DescribeRules, after: str) -> str | None:
    """Why NAME is no proper name. Its own union acting right after it, a two-character name before a weak suffix
    (海湾公司工会组织…, 城南办事处工会坚持…) is a name if it is neither one everyday word, generic, a verb nor malformed."""
    if _TIME_LED.match(name):
        return "a time phrase, not a name"
    why = acceptable(name, suffix, rules, after)
    if why == "a phrase, not a name" and len(name) >= 2 and not _common_word(name):
        why = ("generic" if name.startswith((*rules.generic_starts, *rules.verb_starts)) else malformed(name, rules))
    return why


def _common_word(name: str) -> bool:
    """Whether NAME is one everyday word by jieba's tags (集团, 学校, 城管, 供电, 排水: a kind of body or a trade), not a
    name (城南, 西山: places; 海外: a place word; 上航, 广药: no single word)."""
    tokens = pos_tokens(name)
    return len(tokens) == 1 and not tokens[0][2].startswith((*PROPER, "s"))


def acting_union(title: str, text: str, rules: DescribeRules, kind: str | None = None
                 ) -> tuple[str, str | None, list[str]] | None:
    """(org, type, evidence) for the single unit whose own union opens a clause of TITLE or TEXT, or None."""
    whole = f"{title}\n{text}"
    found: dict[str, str] = {}
    listed = set()
    for org, org_type, start, end, name, cut in org_candidates(whole, rules):
        after = whole[end:end + 8]
        if _LISTED.match(after) or whole[start - 1:start] == "、":
            listed.add(org)
        if cut or start > len(title) + OPENING_CHARS or not _OWN_UNION.match(after) or _refused(
                name, org[len(name):], rules, after):
            continue
        found.setdefault(org, org_type)
    found = {org: t for org, t in found.items() if org not in listed}
    names = [n for n in found if not any(n != m and n in m for m in found)]  # 中煤新集口孜东矿 over 口孜东矿
    if len(names) != 1:
        return None
    org = names[0]
    if kind_of_name(org, rules, kind) or named_outsider(org, text, rules) or upper_outsider(org, "text") \
            or clause_inside(org, rules):
        return None  # the guards over kinds of names describe.py applies to every finder, and the outsiders
    return org, found[org], [f"org {org!r}: the one unit whose own union acts in the text (last fallback)"]
