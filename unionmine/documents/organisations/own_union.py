"""The last fallback of all (Round 39): a union that writes as itself, named by its own name.

Hong Kong's and Taiwan's unions go by names that hold no unit's suffix before their union word (某某產業工會,
某某空勤人員總工會, 某某鐵路工會): no finder forms them, and a news item on what such a union did names no other unit.
When every finder, guard and `acting_union` has left an article without an organisation, the union whose own name is
the subject of a clause of the title or of the text's opening (`OPENING_CHARS` twice, as `find_org` reads it) — at a
clause's start, after a dateline or a bracketed lead (`【本报讯】`, `〔记者…报导〕`), maybe after a time word or a short
`…的` modifier (刚成立的…), an alias in brackets after it allowed — and whose predicate follows (a verb, an adverb, a
preposition, an adjective: 要求, 不滿, 於, 與) is the unit: a union named by its kind or its people, or as a federation
(總工會, 職工會, 工會聯合會), with its union word (as ruling k files a writing union under its own name); a bare 工会
after a company's short name by the finders' convention (`named_union`: the company, 某某气电).

The page is read in Simplified, as every finder reads it (`read_document` converts it), so one table serves both
scripts. The name must be a proper name with no unit's suffix by the finders' own test (`bare_name`: no generic body,
no phrase, no level alone; a suffixed name is the other finders'), open with no clause word or verb by jieba's tags,
pass the guards `describe` applies to every finder (`kind_of_name`, `clause_inside`, `ordinal_head`) and be no upper
body or outsider the text names.
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .bare import UNION_PEOPLE, bare_name, named_union
from .clause_words import clause_inside
from .described import kind_of_name, ordinal_head
from .find import OPENING_CHARS
from .name_pos import CLAUSE_TAGS, opens_predicate, pos_tokens
from .outsiders import named_outsider, upper_outsider

#: Round 39's fallback (docs/EVALUATION.md "Round 39 (organisations)").
OWN_UNION = True
_UNION = r"(?:工会联合会|总工会|工联会|职工会|工会)"
# a union named by its kind or its people (产业工会, 企业工会 as Taiwan's law names them, 空勤人员总工会): a body in itself;
# a bare 工会 after a company's short name is the company's (named_union's convention: 北辰建工工会 -> 北辰建工)
_KIND_WORDS = ("产业", "企业", "职业", "行业")  # a union's kind (Taiwan's 產業/企業/職業工會), read by kind_union_whole too
_OWN_KINDS = (*_KIND_WORDS, *UNION_PEOPLE)
# a clause's start: the line's, after a sentence mark or a closing bracket of a lead; a time word; a short modifier
_OWN = re.compile(
    r"(?:^|(?<=[\n，,。；;：:！!？?」』〕】）)\]]))[ \t]*(?:近日|日前|昨日|昨天|日昨|今日|今天|昨|今)?[，,]?"
    rf"(?:[^\s，,。；;：:、“”「」《》()（）]{{1,6}}的)?([\u4e00-\u9fff]{{2,12}}?)({_UNION})"
    r"(?:[（(][^()（）\n]{1,10}[)）])?")


def _named(name: str, rules: DescribeRules) -> bool:
    """Whether NAME, before its union word, is a proper name with no unit's suffix: the finders' test (`bare_name`,
    which leaves a suffixed name to the main rules: 某某学院工会 is `acting_union`'s or none), and no clause word or
    verb opening it (为维护权益…, 积极…: jieba's tags; a verbal noun may: 快递 in a trade's name further on)."""
    if not bare_name(name, rules):  # (a unit's suffix before the union: the other finders' and acting_union's)
        return False
    tokens = pos_tokens(name)
    return bool(tokens) and not (tokens[0][2].startswith((*CLAUSE_TAGS, "v")) and tokens[0][2] != "vn")


def own_union(title: str, text: str, rules: DescribeRules, kind: str | None = None
              ) -> tuple[str, str | None, list[str]] | None:
    """(org, type, evidence) for the union whose own name is the subject of the title's or the opening's first clause
    that has one, or None."""
    if not OWN_UNION:
        return None
    for where, chunk in (("title", title), ("opening", text[:OPENING_CHARS * 2])):
        for m in _OWN.finditer(chunk):
            name, union = m.group(1), m.group(2)
            if not _named(name, rules):
                continue
            if not opens_predicate(chunk[m.end():m.end() + 8], loose=True):
                continue
            if union == "工会" and not name.endswith(_OWN_KINDS):  # 某某气电工会: a company's union goes by the company
                org, _where, org_type = named_union(name, where, rules)
            else:  # 某某產業工會, 某某空勤人員總工會, 某某職工會: the union is itself the body
                org, org_type = name + union, "education_union" if name.endswith("教育") else "other"
            if kind_of_name(org, rules, kind) or named_outsider(org, text, rules) or upper_outsider(org, "text") \
                    or clause_inside(org, rules) or ordinal_head(org, rules):  # (某某县首个…: a count, Round 28)
                continue
            why = f"org {org!r}: the union whose own name is the subject of the {where} (last fallback)"
            return org, org_type, [why]
    return None


def kind_union_whole(org: str | None, title: str, text: str, rules: DescribeRules) -> tuple[str, str] | None:
    """(org, evidence) with its union word back when ORG ends in a union's kind word and the title or the text writes
    it before its union word (Taiwan's 某某醫院企業工會, 某某縣教育產業工會, 某某教師職業工會): the union named by its kind
    is the body (ruling k), and the cut name (某某医院企业) names no unit at all; None otherwise. 企业 counts only after a
    unit's own suffix (某某医院企业, 某某股份有限公司企业): a company may be called 某某企业 (上航企业工会 is 上航企业's
    union, spent set 24). A kind of bodies (民营企业, 文化产业) is never written before a union word as one."""
    if not OWN_UNION or not org or not org.endswith(_KIND_WORDS):
        return None
    if org.endswith("企业") and not any(org[:-2].endswith(s) for s, _t in rules.suffixes if s != "企业"):
        return None
    m = re.search(re.escape(org) + _UNION, title) or re.search(re.escape(org) + _UNION, text)
    if not m:
        return None
    return m.group(0), f"org {m.group(0)!r}: a union named by its kind, its union word back ({org!r} names no unit)"


# Round 40: Hong Kong's and Macau's unions and federations go by their short names alone (教协, 职工盟, 教联会: a
# field's or the workers' association, league or federation): no suffix, no union word, written again and again
_SHORT = re.compile(r"(?:^|(?<=[\n，,。；;：:！!？?」』〕】）)\]\s“”「」]))([\u4e00-\u9fff]{1,2}(?:协|盟|联会))")
SHORT_REPEATS = 2  # times the short name opens a clause with its predicate (or a headline's colon: 某协：…)


def short_union(title: str, text: str, rules: DescribeRules) -> tuple[str, str, list[str]] | None:
    """(org, "other", evidence) for the one short name of an association, league or federation (教协, 职工盟) that is the
    subject of SHORT_REPEATS clauses or more of the title and text, or None: never after a level or a generic word
    (市科协: a place's mass body, ruling g), never a word's head (集体协商, 分工协作: no predicate follows)."""
    if not OWN_UNION:
        return None
    chunk = f"{title}\n{text}"
    counts: dict[str, int] = {}
    for m in _SHORT.finditer(chunk):
        rest = chunk[m.end():m.end() + 8]
        if rest[:1] in "：:" or opens_predicate(rest, loose=True):
            counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    named = [name for name, n in counts.items() if n >= SHORT_REPEATS
             and not name.startswith((*rules.place_levels, *rules.generic_starts, *rules.leading_words))]
    if len(named) != 1:
        return None
    return named[0], "other", [f"org {named[0]!r}: a union's short name, the subject of its clauses (last fallback)"]
