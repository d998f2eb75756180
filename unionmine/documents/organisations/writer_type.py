"""The type of an unnamed writer from how the text speaks of itself: a place's union, a hospital (Round 29, issue 12).

No organisation named, and the cue words left the type empty or counted a firm's words:
- *a place's own union acting* (区总工会赴某某镇…开展…, 示范区工会在某某公司组织开展了…, 县总工会开展…): a district's,
  county's or zone's federation writes about its own work, so the writer is typed as the federations are (other).
  Only as the subject of a clause in the title or the first lines, and not where the text speaks as a school, a
  hospital, a company or a bureau (市总工会到我校慰问: the school writes);
- *a hospital speaking of itself* (全院200余名干部职工…儿科、儿保科代表队…产三病区; 院工会…医院22个工会小组…妇幼保健院):
  its own words (我院, 全院, 院工会) and a hospital's words, two of them at least; not with a university's or a
  school's words (a college's 院工会 speaks of 校工会, 学校). Hospitals are typed other in the keys.
"""

from __future__ import annotations

import re

from ...text.normalize import to_simplified
from ..describe_rules import DescribeRules

_PLACE_UNION = re.compile(r"(?:^|[^\u4e00-\u9fff])(?:区|县|市|旗|镇|乡|街道|经开区|开发区|高新区|示范区|新区)(?:总工会|工会)"
                          r"[^，,。；;！？\n]{0,12}?(?:赴|到|来到|深入|前往|联合|在|组织|开展|举办|举行|召开|慰问|走访|看望|启动)")
_SELF_OTHER = re.compile(r"[我本](?:校|院|园|公司|集团|厂|矿|局|司|单位)")
_HEAD_CHARS = 160  # the title and the first lines
_HOSPITAL_SELF = ("我院", "全院", "院工会", "医院工会")
_HOSPITAL_WORDS = ("患者", "病人", "病房", "病区", "门诊", "住院", "医务人员", "医护人员", "医院", "卫生院", "保健院",
                   "儿科", "护士", "护理", "临床", "医疗", "妇幼")
HOSPITAL_WORDS_MIN = 2


def writer_kind_type(org: str | None, org_type: str | None, title: str, text: str, evidence: list[str],
                     rules: DescribeRules) -> tuple[str | None, list[str]]:
    """ORG_TYPE, or other for an unnamed place's union or hospital speaking of itself (see the module)."""
    counted = org_type is None or any(" cue words in text" in e for e in evidence)
    if org or org_type == "other" or not counted:
        return org_type, []
    both = to_simplified(title or "") + "\n" + (text or "")
    head = to_simplified(title or "") + "\n" + (text or "")[:_HEAD_CHARS]
    m = _PLACE_UNION.search(head)
    if m and not _SELF_OTHER.search(both):
        return "other", [f"org_type other: a place's own union acts ({m.group(0).strip()!r}; was {org_type})"]
    if org_type is not None:
        return org_type, []
    own = next((w for w in _HOSPITAL_SELF if w in both), None)
    words = [w for w in _HOSPITAL_WORDS if w in both]
    college = rules.org_type_college.get("university_words", []) if rules.org_type_college else []
    if own and len(words) >= HOSPITAL_WORDS_MIN and not any(
            w in both for w in [*college, *rules.org_type_address.get("school_words", [])]):
        return "other", [f"org_type other: a hospital speaks of itself ({own!r}, {'、'.join(words[:3])})"]
    return org_type, []
