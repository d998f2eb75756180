"""The type of an unnamed writer from how the text speaks of itself: a place's union, a hospital (Round 29, issue 12).

No organisation named, and the cue words left the type empty or counted a firm's words:
- *a place's own union acting* (区总工会赴某某镇…开展…, 示范区工会在某某公司组织开展了…, 县总工会开展…): a district's,
  county's or zone's federation writes about its own work, so the writer is typed as the federations are (other).
  Only as the subject of a clause in the title or the first lines, and not where the text speaks as a school, a
  hospital, a company or a bureau (市总工会到我校慰问: the school writes);
- *a hospital speaking of itself* (全院200余名干部职工…儿科、儿保科代表队…产三病区; 院工会…医院22个工会小组…妇幼保健院):
  its own words (我院, 全院, 院工会) and a hospital's words, two of them at least; not with a university's or a
  school's words (a college's 院工会 speaks of 校工会, 学校). Hospitals are typed other in the keys.

Round 40: a named unit's type by its own last words (`kind_word`); for an unnamed writer, over any type: a title's
vocational school (职专, 职教中心) is a school, a party school's union (党校) other; a college speaking of itself (院工会,
全院, 我院) and of its teaching staff (教职工, 教师), or organs (机关) whose staff are 教职工 and who speak of their
university in the third person, a university's; over counted cue words, a text that counts firms (企业) but never speaks
as one (公司, 集团, 我厂) and speaks of a place's whole (全区, 非公, 县委) or of its federation twice is a place's union's.
"""

from __future__ import annotations

import re

from ...text.normalize import to_simplified
from ..describe_rules import DescribeRules
from .kind_word import named_kind_type

_PLACE_UNION = re.compile(r"(?:^|[^\u4e00-\u9fff])(?:区|县|市|旗|镇|乡|街道|经开区|开发区|高新区|示范区|新区)(?:总工会|工会)"
                          r"[^，,。；;！？\n]{0,12}?(?:赴|到|来到|深入|前往|联合|在|组织|开展|举办|举行|召开|慰问|走访|看望|启动)")
_SELF_OTHER = re.compile(r"[我本](?:校|院|园|公司|集团|厂|矿|局|司|单位)")
_HEAD_CHARS = 160  # the title and the first lines
_HOSPITAL_SELF = ("我院", "全院", "院工会", "医院工会")
_HOSPITAL_WORDS = ("患者", "病人", "病房", "病区", "门诊", "住院", "医务人员", "医护人员", "医院", "卫生院", "保健院",
                   "儿科", "护士", "护理", "临床", "医疗", "妇幼")
HOSPITAL_WORDS_MIN = 2


# (Round 40) firms counted in a text that never speaks as one (公司, 集团, 我厂): a place's union writes of the firms
# of its district (全区…企业, 非公企业, 在县委…领导下) or a federation names itself twice (县总工会…市总工会)
_A_FIRM_SPEAKS = ("公司", "集团", "我厂", "本厂", "全厂")
_PLACE_WIDE = ("全区", "全县", "全市", "全镇", "全省", "非公", "县委", "区委", "市委")
# vocational schools by the short names the suffixes do not hold (职专: 职业中专; 职教中心; 职高; 技校)
_VOCATIONAL_SCHOOLS = ("职专", "职教中心", "职业教育中心", "职高", "技校")
# (院工会 or a bare 学院工会 after a clause's edge or a function word, 感受到了学院工会的温暖, not inside a name: 青岚学院工会
# is another college's)
_COLLEGE_SELF = re.compile(r"(?:^|[^\u4e00-\u9fff]|由|和|与|经|在|了|的|到|及|向|对)(学?院工会)|(全院|我院)")
_TEACHING_STAFF = ("教职工", "教师", "教工")
TEACHING_STAFF_MIN = 2


def _college_staff(org_type: str | None, both: str, rules: DescribeRules) -> str | None:
    """Evidence that an unnamed college's union writes: it speaks of itself by 院 (院工会, 全院, 我院) and of
    its teaching staff (教职工, 教师) twice at least, with no hospital's words and no kind of school (Round 40)."""
    if org_type not in ("school", None):
        return None
    own = next((m.group(1) or m.group(2) for m in _COLLEGE_SELF.finditer(both)), None)
    staff = sum(both.count(w) for w in _TEACHING_STAFF)
    if not own or staff < TEACHING_STAFF_MIN:
        return None
    vetoes = [*_HOSPITAL_WORDS, *rules.org_type_address.get("school_words", []), *rules.university_vetoes]
    if any(w in both for w in vetoes):
        return None
    return f"org_type university: a college speaks of itself ({own!r}) and of its teaching staff; was {org_type}"


_UNIVERSITY_NAMES = ("大学", "学院", "高校", "校工会", "学校")
# (a writer that calls itself 我校 under a title naming its organs, 机关工会工作总结: the title's kind stands, as
# tests/documents/test_describe_unseen.py pins; the rule reads only organs that speak of their university in the third person)
_SPEAKS_AS_SCHOOL = ("我校", "本校", "我们学校", "我局", "本局", "全局")  # (and a bureau's: 我局机关工会…全局干部职工)
_EDUCATION_BUREAU = ("教育局", "教体局", "教育系统", "教育工会", "教育体育局", "教育和体育局")


def _university_organs(org_type: str | None, both: str, rules: DescribeRules) -> str | None:
    """Evidence that an unnamed university's administration (机关) writes: typed agency (机关工会, 机关一分工会), its staff
    are teaching staff (教职工) and it speaks of a university or its school (大学, 学院, 学校) in the third person; not a
    bureau of education's organs, not a writer that calls itself 我校 or 我局, not with a kind of school named (Round 40)."""
    if org_type != "agency" or "教职工" not in both:
        return None
    named = next((w for w in _UNIVERSITY_NAMES if w in both), None)
    if named is None or any(w in both for w in [*_EDUCATION_BUREAU, *_SPEAKS_AS_SCHOOL,
                                                *rules.org_type_address.get("school_words", [])]):
        return None
    return f"org_type university: organs whose staff are 教职工, of a {named}'s (was {org_type})"


def writer_kind_type(org: str | None, org_type: str | None, title: str, text: str, evidence: list[str],
                     rules: DescribeRules) -> tuple[str | None, list[str]]:
    """ORG_TYPE, or other for an unnamed place's union or hospital speaking of itself (see the module)."""
    if org:  # a named unit's own kind word (Round 40: kind_word)
        return named_kind_type(org, org_type, text or "")
    title = to_simplified(title or "")
    both = title + "\n" + (text or "")
    vocational = next((w for w in _VOCATIONAL_SCHOOLS if w in title), None)
    if vocational and org_type != "school":  # 区职专工会2023年工作总结: a vocational school's union (USER13)
        return "school", [f"org_type school: the title names a vocational school ({vocational!r}; was {org_type})"]
    if org_type in ("school", None) and ("党校" in title or "党校工会" in both):
        return "other", [f"org_type other: a party school's union writes (党校; was {org_type})"]
    college = _college_staff(org_type, both, rules) or _university_organs(org_type, both, rules)
    if college:
        return "university", [college]
    counted = org_type is None or any(" cue words in text" in e for e in evidence)
    if org_type == "other" or not counted:
        return org_type, []
    head = title + "\n" + (text or "")[:_HEAD_CHARS]
    m = _PLACE_UNION.search(head)
    if m and not _SELF_OTHER.search(both):
        return "other", [f"org_type other: a place's own union acts ({m.group(0).strip()!r}; was {org_type})"]
    if org_type == "enterprise" and not any(w in both for w in _A_FIRM_SPEAKS):
        place = next((w for w in _PLACE_WIDE if w in both), None) or ("总工会" if both.count("总工会") >= 2 else None)
        if place:
            return "other", [f"org_type other: a place's union speaks of firms ({place!r}) and never as one; was {org_type}"]
    if org_type is not None:
        return org_type, []
    own = next((w for w in _HOSPITAL_SELF if w in both), None)
    words = [w for w in _HOSPITAL_WORDS if w in both]
    college = rules.org_type_college.get("university_words", []) if rules.org_type_college else []
    if own and len(words) >= HOSPITAL_WORDS_MIN and not any(
            w in both for w in [*college, *rules.org_type_address.get("school_words", [])]):
        return "other", [f"org_type other: a hospital speaks of itself ({own!r}, {'、'.join(words[:3])})"]
    return org_type, []
