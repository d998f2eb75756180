"""Whether a candidate organisation is a well-formed unit name, and whose unit it is.

A candidate is a proper-name head followed by a unit suffix (城西实验小学, 长宁供电公司). The checks
here are about the form of the name, not about wording of one site: a head that starts with a time
word is a clause ("今年医院的工作主题"), a short name with no suffix that holds people or a meeting
names no unit ("教师教代会"), a suffix glued to the next character may be part of an everyday word
("回报社会": 报社 + 会, see `suffix_word_ends`), an item of a list of bodies is one of several, not the
writer, and a department's union (…学院分工会) belongs to a parent the name does not give.
Word lists live in `data/organisations.toml` (`time_words`, `people_words`, `suffix_word_ends`).
"""

from __future__ import annotations

from .describe_rules import DescribeRules

_BRANCH_UNION = ("分工会", "分工會")
_LIST_MARK = "、"
# the kinds of body that may name one another's writer: a university calls itself 学校 too
# (and a school's union may style itself 教育工会: 乡中心小学教育工会)
_COMPATIBLE = {frozenset(("school", "university")), frozenset(("school", "education_union"))}


def malformed(name: str, rules: DescribeRules, *, bare: bool = False) -> str | None:
    """Why NAME (the head before a suffix, or a BARE short name before 工会) is no proper name, or None."""
    if name.startswith(tuple(rules.time_words)):
        return "a time word, not a name"
    if bare and any(w in name for w in rules.people_words):
        return "people or a meeting, not a unit"
    return None


def in_list(chunk: str, start: int, end: int) -> bool:
    """Whether the candidate CHUNK[start:end] is an item of a list of bodies (…、云南省总工会…)."""
    return (start > 0 and chunk[start - 1] == _LIST_MARK) or chunk[end:end + 1] == _LIST_MARK


def department(name: str, after: str, rules: DescribeRules) -> bool:
    """Whether the candidate is a department whose branch union writes (生命科学学院分工会) and its
    parent is not named with it (北辰大学经济管理学院分工会 names the university: that is a unit)."""
    if not after.startswith(_BRANCH_UNION):
        return False
    return not any(suffix in name for suffix, _t in rules.suffixes if len(suffix) >= 2)


def compatible(title_type: str | None, found_type: str | None) -> bool:
    """Whether an organisation of FOUND_TYPE can be the writer when the title names a body of TITLE_TYPE
    without its name (集团工会召开…: a 总工会 named in the text is someone else)."""
    if not title_type or not found_type or title_type == found_type:
        return True
    return frozenset((title_type, found_type)) in _COMPATIBLE
