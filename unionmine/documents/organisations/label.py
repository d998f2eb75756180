"""A title that is a label, not a sentence: its opening name read whole before a unit's suffix (Round 36).

The name rules read a head as a clause when jieba tags its first word a verb or an adjective (平望 "a", 盛|泽, 望|亭
start with "v"): before a unit's suffix only the suffix, or a character of the name, is left (平望中心小学 -> 中心小学).
A title such as 平望中心小学13分会2023年工会工作总结 is a label: a name, the unit's numbered branch, a year and the
kind of writing, no clause. There the two or three characters that open the title before the suffix are the
name, whatever jieba tags them, unless they are a pronoun, a time, a number or a function word (我校, 今年, 全年…
are no names). A title with anything else after the suffix (a verb, an event: 加强中心小学工会建设) keeps the rules'
reading.

A unit's numbered branch union (13分会, 第二分工会) is the unit's own body, as its 工会 is: a weak suffix (学校) with
its numbered branch after it names the unit (松陵职业学校12分会…), a school's, not a university's department.
"""

from __future__ import annotations

import re

from .name_pos import pos_tokens

_NUMBER = r"第?[\d一二三四五六七八九十]{1,3}"
# a unit's numbered branch union: 13分会, 第二分会, 3分工会
NUMBERED_BRANCH = rf"{_NUMBER}分(?:工会|工會|会|會)"
_KINDS = r"(?:总结|小结|计划|要点|安排|打算|报告|回顾|汇报|思路)"
# what may follow a label's name: its branch, its union, a year or a school year, a half or a term, the kind
_LABEL_REST = re.compile(
    rf"^(?:{NUMBERED_BRANCH})?(?:分?(?:工会|工會)(?:委员会)?)?"
    r"(?:(?:19|20)\d{2}(?:\s*[-—至~～]\s*(?:19|20)?\d{2})?\s*(?:学年度|学年|年度|年)|学年度|年度)?"
    r"(?:第?[一二三四五六七八九十]学期|上半年|下半年|上学期|下学期)?"
    rf"(?:(?:教育)?(?:工会|工會))?(?:年度)?(?:工作)?{_KINDS}?[\s（）()\d年]*$")
_HEAD = re.compile(r"^\s*([\u4e00-\u9fff]{2,3})$")
_NO_NAME_TAGS = ("r", "t", "m", "p", "u", "y", "e", "o")  # 我校, 今年, 一年, 在…: no name


def label_after(title: str, end: int) -> str:
    """What follows a title's candidate ending at END, as `acceptable` reads the writer's body after a name: a label's
    rest that names the union (望亭职业学校2016年工会年度工作总结) stands for the writer's own union after its name."""
    rest = title[end:]
    if rest.startswith(("工会", "工會", "分")) or not _LABEL_REST.match(rest) or not re.search("工[会會]", rest):
        return rest[:16]
    return "工会" + rest[:14]


def label_heads(title: str, candidates, scope: str) -> list:
    """CANDIDATES (as `org_candidates` yields them) with a name the rules cut inside a label title's opening
    run read whole (平望 + 中心小学, not the bare suffix): only in the title SCOPE, only when the run before the
    suffix opens the title and is two or three characters, and the rest of the title is a label's."""
    candidates = list(candidates)
    if scope != "title":
        return candidates
    out = []
    for org, org_type, start, end, name, cut in candidates:
        suffix_start = start + len(name)
        m = _HEAD.match(title[:suffix_start])
        head = m.group(1) if m else ""
        if cut and head and head.endswith(name) and _LABEL_REST.match(title[end:]) and not any(
                flag.startswith(_NO_NAME_TAGS) for _w, _s, flag in pos_tokens(head)):
            org, start, name, cut = head + org[len(name):], suffix_start - len(head), head, False
        out.append((org, org_type, start, end, name, cut))
    return out
