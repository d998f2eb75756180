"""Names that describe a body instead of naming it (Round 28, issue 12).

- *an ordinal inside the name* (某某集团首个项目工会联合会, 某某县首个行业性工会联合会): a news item on a body that was
  set up says which one it is by counting (首个, 首家, 第一个…); the name the finder formed runs over the count. What
  stands before the count is the unit when it is one (某某集团: the item is the group's), and a place alone names
  no writer (某某县首个…: the county's first such union, reported by someone else);
- *a level and a bare institution* (市妇幼保健院, 县医院, 区卫生院): every place of that level has one under that
  same name, so without its place the text names no unit (key ruling g: `医院`, `卫生院`, `文化馆`, `档案馆` are
  bare; a specialty or an ordinal, 市口腔医院, 市第一人民医院, makes a name) — withdrawn by ruling (n) in Round 40
  (`LEVEL_INSTITUTION` off) but for a clause's verb glued before one (展示市妇幼保健院);
- *a kind of zone and its union* (经开区总工会, 高新区工会, 示范区工会: Round 29): every city has a development zone of
  that kind, so without the zone's place (松江经开区总工会, 长春经济技术开发区总工会) the text names no unit, as a bare level's
  总工会 names none (the keys list 经开区总工会 only as an `org_also` of a zone named in full).
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .bare import faculty_alone, level_only

# the count that says which one of its kind a body is
_ORDINAL = re.compile(r"首个|首家|首支|第一个|第一家|第一支")


def ordinal_head(org: str | None, rules: DescribeRules) -> tuple[str | None, str | None] | None:
    """(unit, org_type) before the count inside ORG (某某集团首个项目工会联合会 -> 某某集团), (None, None) when what
    stands before it is no unit (a place: 某某县首个…), or None when ORG holds no count."""
    if not org:
        return None
    m = _ORDINAL.search(org)
    if m is None:
        return None
    head = org[:m.start()]
    suffix = next(((s, t) for s, t in rules.suffixes if head.endswith(s)), None)
    if suffix is None or len(head) <= len(suffix[0]) + 1:
        return None, None
    return head, suffix[1]


# a level (市, 县, 区…) and nothing but an institution every place of that level has
_BARE_INSTITUTIONS = ("医院", "醫院", "卫生院", "衛生院", "妇幼保健院", "婦幼保健院", "妇保院", "婦保院", "文化馆",
                      "文化館", "档案馆", "檔案館")
# a verb the finder may glue before them (为迎接护士节，展示市妇幼保健院护理团队的风貌): it shows the unit's staff, it is no name
_GLUED_VERBS = ("展示", "展现", "彰显", "展示了", "展现了")
_LEVEL_BARE = re.compile(rf"^(?:{'|'.join(_GLUED_VERBS)})?(?:省|市|县|区|州|镇|乡|旗|縣|區|鎮|鄉)"
                         rf"(?:{'|'.join(_BARE_INSTITUTIONS)})$")


# a kind of zone (a development zone, a pilot zone) and its union, with nothing that names the zone
_ZONES = ("经济技术开发区", "高新技术产业开发区", "经开区", "开发区", "高新区", "示范区", "新区", "园区", "工业园区", "自贸区",
          "保税区", "实验区", "综合实验区", "經開區", "開發區", "高新區", "示範區", "新區", "園區")
_ZONE_BARE = re.compile(rf"^(?:{'|'.join(_ZONES)})(?:总工会|總工會|工会|工會|工委)$")


def zone_only(org: str | None) -> bool:
    """Whether ORG is a kind of zone and its union alone (经开区总工会, 示范区工会; not 松江经开区总工会)."""
    return bool(org) and _ZONE_BARE.match(org) is not None


# Ruling (n) of the keys (session 22) names a hospital or centre the page calls itself by with its level alone
# (市妇幼保健院, 县医院: within its site or district it picks out one unit), as (g) had named 市第一人民医院; Round 40
# follows it in the code: a level and a bare institution is refused only with a clause's verb glued before it.
LEVEL_INSTITUTION = False


def level_institution(org: str | None) -> bool:
    """Whether ORG is a bare level and a bare institution (市妇幼保健院, 县医院, a verb glued before one: 展示市妇幼
    保健院; not 市口腔医院, 市第一人民医院)."""
    return bool(org) and _LEVEL_BARE.match(org) is not None


# the words of a kind of hospital (人民, 中医, 肿瘤, 第一, 附属…): a head made of nothing else names no hospital (Round 30)
_HOSPITAL_KINDS = ("人民", "中医药", "中医", "中西医结合", "西医", "肿瘤", "妇幼", "妇产", "妇女儿童", "儿童", "口腔", "眼科",
                   "精神卫生", "精神", "传染病", "胸科", "骨科", "康复", "中心", "附属", "总", "专科", "综合", "职工")
_RANK = r"第[一二三四五六七八九十]{1,3}"
_HOSPITAL_CATEGORY = re.compile(rf"^(?:{'|'.join(_HOSPITAL_KINDS)}|{_RANK})*(?:医院|醫院)$")
# a people word opening the head (职工热爱医院, 员工关爱医院): the subject of a clause about a hospital, no name
_PEOPLE_LED = re.compile(r"^(?:职工|員工|员工|干部|党员|教职工|医护人员|医务人员)[\u4e00-\u9fff]+(?:医院|醫院)$")


def hospital_category(org: str | None) -> bool:
    """Whether ORG ends in 医院 with no proper name before it: only the words of a kind of hospital (人民医院, 肿瘤医院,
    第一人民医院, a department of 我院) or a clause its people open (职工热爱医院). Not 白岚人民医院, 市第一人民医院
    (a level before: `level_institution` decides)."""
    return bool(org) and (_HOSPITAL_CATEGORY.match(org) is not None or _PEOPLE_LED.match(org) is not None)


# a demonstrative and its measure word (这个农场, 這家公司, 该校, 那所学校): the text refers back to a unit, it names none;
# 那 only with its measure word (那曲市, 那坡县 are places)
_DEMONSTRATIVE = re.compile(r"^(?:[这這][个個家所座]?[\u4e00-\u9fff]|那[个個家所座]|[该該此][\u4e00-\u9fff])")


def demonstrative_led(org: str | None) -> bool:
    """Whether ORG opens with a demonstrative (这个农场, 该厂; Round 30): a reference back, no name. Not 那曲市…
    (a place: its 曲 is no measure word and 那 alone opens only 那曲, 那坡, so a bare 那 needs a measure word)."""
    return bool(org) and _DEMONSTRATIVE.match(org) is not None


def kind_of_name(org: str | None, rules: DescribeRules, kind: str | None = None) -> str | None:
    """Why ORG names no unit by its kind of name, as evidence (`describe` names none after every finder, the acting
    union's fallback refuses it), or None: a bare level and a category (县交通运输局, 经开区总工会: ruling g; 展示市妇幼保健院),
    a kind of hospital, a clause or a reference (人民医院, 职工热爱医院, 这个农场: Round 30), a college of a university
    not named (外国语学院, on news: KIND "other")."""
    if level_only(org, rules) or zone_only(org):
        return f"org none: {org!r} is a bare level and a category"
    if level_institution(org) and (LEVEL_INSTITUTION or org.startswith(_GLUED_VERBS)):
        return f"org none: {org!r} is a bare level and a category"  # (展示市妇幼保健院: a clause, Round 28)
    if hospital_category(org) or demonstrative_led(org):
        return f"org none: {org!r} is a kind of hospital, a clause or a reference"
    if faculty_alone(org, rules) and kind == "other":
        return f"org none: {org!r} is a college of a university not named"
    return None


# a place's joint union after the place the finder stopped at (ruling k, Round 32): 某某社区 + 工会联合会,
# 某某镇 + 微小企业…联合工会, 某某园区 + 工会联合会; a few words of its trade between, no count (五位社区工联会主席)
_JOINT = re.compile(r"([\u4e00-\u9fff]{0,12}?)(工会联合会|联合工会|工联会)")
_UNIT_END = ("学校", "中学", "小学", "大学", "学院", "幼儿园", "集团", "公司", "医院", "局", "厂", "委员会")


def joint_head(org: str | None, title: str, text: str) -> str | None:
    """ORG with the head of the place's joint union the title or opening writes right after it (某某街道某某社区 ->
    某某街道某某社区工会联合会), or None: a unit's own joint union stays the unit (a school's, a group's), a
    district's or city's 工联会 is its federation, and a union already in ORG or between is no joint union's head."""
    if not org or org.endswith(("联合会", "工联会")) or org.removesuffix("工会").endswith(_UNIT_END):
        return None
    if org.endswith("工会"):  # the finder cut 工会联合会 after its 工会 (某某园区工会)
        return org + "联合会" if any(org + "联合会" in chunk for chunk in (title, text[:400])) else None
    for chunk in (title, text[:400]):
        i = chunk.find(org)
        m = _JOINT.match(chunk, i + len(org)) if i >= 0 else None
        if m is None:
            continue  # (the title's 某某社区工会, the opening's 某某社区工会联合会)
        if "工会" in m.group(1) or re.search(r"[位个家名0-9一二三四五六七八九十]", m.group(1)):
            return None
        if not m.group(1) and org.endswith(("区", "市", "县", "省")) and m.group(2) == "工联会":
            return None
        return org + m.group(1) + m.group(2)
    return None
