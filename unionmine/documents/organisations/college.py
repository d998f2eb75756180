"""A university that calls itself only 学校 or 我校, told by how its text speaks of 学院 and 高校 (round 25).

A university's union writes 学校工会, 我校 and names no unit, as a school's does; the rules then type it
school. Its text gives it away when it speaks of *the* college as its own body — 学院 standing bare, after
a clause's edge or a function word (在学院体育馆, 推进学院建设发展, 投入到学院发展) — or of the universities
as its peers (各高校, 所高校工会). A college named by its proper name (…师范学院, 临床医学院, 交通技师学院)
is another body a school may visit or cite: a 学院 right after a name's character is never evidence. Not
when the text names a kind of school (`[org_type_address] school_words`: 中学, 幼儿园, 班主任 …) or a
school's own 校工会 (`university_vetoes`). A third sign: a faculty's own union, named by its fields of study
alone after a clause's edge (、机电工程学院工会承办, ，商学院工会于近日…: `faculty_fields`): only a university has
faculties. Words in `[org_type_college]` of `data/organisations.toml`.
"""

from __future__ import annotations

import re

from ...text.normalize import to_simplified
from ..describe_rules import DescribeRules
from .bare import fields_only

_CACHE: dict[int, tuple[re.Pattern, re.Pattern]] = {}
_EDGE = r"(?:^|[，,。；;：:、\s“”\"（(])"
# a faculty's union after a clause's edge: its name before 学院 is checked against the fields of study
_FACULTY_UNION = re.compile(_EDGE + r"([\u4e00-\u9fff]{1,12}?)学院分?工会")


def _patterns(rules: DescribeRules) -> tuple[re.Pattern, re.Pattern]:
    got = _CACHE.get(id(rules))
    if got is None:
        conf = rules.org_type_college
        before = "|".join(map(re.escape, sorted(conf.get("bare_before", []), key=len, reverse=True)))
        not_after = "|".join(map(re.escape, conf.get("bare_not_after", [])))
        bare = re.compile(rf"(?:{_EDGE}|{before})学院(?!{not_after})(?=[\u4e00-\u9fff])")
        peer_before = "|".join(map(re.escape, conf.get("peer_before", [])))
        peer_after = "|".join(map(re.escape, conf.get("peer_after", [])))
        peer = re.compile(rf"(?:(?:{peer_before})高校|高校(?:{peer_after}))")
        got = _CACHE[id(rules)] = (bare, peer)
    return got


def college_type(org: str | None, org_type: str | None, title: str, text: str, rules: DescribeRules
                 ) -> tuple[str | None, list[str]]:
    """ORG_TYPE, or university when no organisation is named, the text's type is school or none, the text
    speaks of a bare 学院 as its own or of 高校 as its peers, and it names no kind of school."""
    conf = rules.org_type_college
    if org or not conf or org_type not in (*conf.get("replaces", []), None):
        return org_type, []
    both = to_simplified(title or "") + "\n" + (text or "")
    if any(w in both for w in [*rules.org_type_address.get("school_words", []), *rules.university_vetoes]):
        return org_type, []
    bare, peer = _patterns(rules)
    m = bare.search(both) or peer.search(both) \
        or next((f for f in _FACULTY_UNION.finditer(both) if fields_only(f.group(1), rules)), None)
    if m is None:
        return org_type, []
    seen = both[max(0, m.start() - 4): m.end() + 4].replace("\n", " ")
    return "university", [f"org_type university: the text speaks of a college or of universities as its own ({seen!r}; was {org_type})"]


# a college's own union opening a clause (院工会举办…, 由院工会和…联合举办): not a hospital's 医院工会 or a named college's
_COLLEGE_UNION = re.compile(r"(?:^|[^\u4e00-\u9fff]|由|和|与|经|在)院工会")


def college_part_type(org: str | None, org_type: str | None, title: str, text: str, rules: DescribeRules
                      ) -> tuple[str | None, list[str]]:
    """ORG_TYPE, or university when no organisation is named and the text is a college's that speaks of itself (我院,
    院工会) and of its university by 校 (校工会, 校党委, 全校, 我校, 学校): a university's part (round 27). Not over a
    company's type, not with a kind of school or a hospital's own words (患者, 病房, 门诊…)."""
    conf = rules.org_type_college
    if org or not conf or org_type in ("university", "enterprise"):
        return org_type, []
    both = to_simplified(title or "") + "\n" + (text or "")
    own = next((w for w in conf.get("college_self", []) if w in both), None) or (
        "院工会" if _COLLEGE_UNION.search(both) else None)
    upper = next((w for w in conf.get("university_words", []) if w in both), None)
    if not own or not upper:
        return org_type, []
    if any(w in both for w in [*rules.org_type_address.get("school_words", []), *conf.get("hospital_words", [])]):
        return org_type, []
    why = f"org_type university: a college speaks of itself ({own!r}) and of its university ({upper!r}); was {org_type}"
    return "university", [why]


# an unnamed library's or archive's own union (图书馆工会, 图书馆分工会, 档案馆工会小组) after a clause's edge or a joining word:
# a university's department (a city's library is named: 青岚市图书馆工会)
_LIBRARY_UNION = re.compile(r"(?:^|[^\u4e00-\u9fff]|和|与|及|在|由|记)(?:图书馆|档案馆|圖書館|檔案館)(?:分工会|工会|分工會|工會)")


def library_part_type(org: str | None, org_type: str | None, title: str, text: str, rules: DescribeRules
                      ) -> tuple[str | None, list[str]]:
    """ORG_TYPE, or university when no organisation is named and the text's writer is an unnamed library's or
    archive's union (图书馆分工会简介, …，档案馆工会小组组织会员…): a university's department, as the keys file it
    (Round 28). Over school, other or none; not with a kind of school named."""
    if org or org_type not in ("school", "other", None):
        return org_type, []
    both = to_simplified(title or "") + "\n" + (text or "")
    m = _LIBRARY_UNION.search(both)
    if m is None or any(w in both for w in rules.org_type_address.get("school_words", [])):
        return org_type, []
    seen = both[m.start():m.end() + 2].strip()
    return "university", [f"org_type university: an unnamed library's or archive's union writes ({seen!r}; was {org_type})"]
