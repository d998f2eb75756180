"""A writer named by a short name before its 工会, with no organisation suffix (北辰建工工会, 江屿装备工会).

Whether such a name is a proper name in itself (not a kind of body, a phrase or a clause's end), whether
it is a department's branch union, and what a town's, street's or trade's union is filed as. Split from
`organisations.find.py` (module size); the rules that use it are there and in `candidates`.
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .name_pos import clause_tail
from .names import malformed

PLACE_START = re.compile(r"^[\u4e00-\u9fff]{1,4}?[省市县区镇乡州旗]")


N_ORG = r"[\u4e00-\u9fff]{2,10}"
# an opening clause whose subject is the writer's union: "2022年，江屿装备工会在…"
# (or a plan's first sentence: "2023年青山乡工会工作的总体思路是：…")
OPENING_UNION = re.compile(
    rf"(?:^|[，,。；;：:\n])\s*(?:(?:19|20)\d{{2}}\s*年度?)?(?:我们)?({N_ORG}?)(?=分?(?:工会|工會)(?:委员会)?(?:[，,]|在|坚持|围绕|以|紧扣|紧紧|结合|认真|始终|将|按照|积极|团结|立足|深入|全面|主动|不断|继续|切实|聚焦|一年来"
    r"|第[一二三四五六七八九十\d]{1,3}[次届]|工作的?(?:总体|指导|主要)?(?:思路|要求|目标|思想)(?:是|为)))"
)
BARE_NAME_MIN = 4  # a short name with no suffix: a brand and a trade (北辰建工, 江屿装备)
# places whose union is itself the writer, filed with its union (青山乡工会, 长治高新区工会, 杭州经济技术开发区工会)
# (a special district or a pilot zone likewise: 武当山特区工会, 某某综合实验区总工会, Round 29)
PLACE_BODIES = ("乡", "镇", "街道", "开发区", "高新区", "新区", "园区", "保税区", "经开区", "特区", "示范区", "实验区")


# a community's own federation too (某某社区总工会, Round 40): only its 总工会, never a bare 工会 of it
_FEDERATED_PLACES = (*PLACE_BODIES, "社区")


def place_union(org: str | None, text: str) -> str | None:
    """The federation of the street, town or zone ORG (from a title: 滨州彭李街道酷暑高温为农民工送清凉) as the text names
    it (彭李街道总工会联合各社区…): a place's 总工会 is itself the writer, filed under its federation as the finder files
    荻浦区梅渚街道总工会 (Round 29; a street's bare 工会 stays the street's, Round 21); None when the text names no
    federation of that place (the longest tail of ORG that does, the place's own name kept)."""
    if not org or not org.endswith(_FEDERATED_PLACES):
        return None
    body = next(b for b in _FEDERATED_PLACES if org.endswith(b))
    for start in range(len(org) - len(body) - 1):
        m = re.search(re.escape(org[start:]) + r"(总工会|總工會)(?!委员会|委員會)", text)
        if m:
            return org[start:] + m.group(1)
    return None


def bare_name(name: str, rules: DescribeRules, suffixed: bool = False) -> str | None:
    """NAME when it is a proper name in itself (北辰建工, 江屿装备), not a generic body (公司,
    集团公司, 我们学校, 区教育) or a phrase (上半年, 认真做好). A name with an organisation suffix is
    the main rules' business, unless SUFFIXED allows it (what is left before the suffixes must
    then be a name of 3 characters, 2 before a place's suffix: 东河街道, not 供电公司)."""
    for w in rules.leading_words:
        if name.startswith(w) and len(name) - len(w) >= 2:
            name = name[len(w):]
    if "工会" in name or "工會" in name:
        return None  # 收费站工会小组: a part of a union, not a name
    for w in rules.people_words:  # 上海外服雇员工会: the staff's union of 上海外服
        if name.endswith(w) and len(name) - len(w) >= BARE_NAME_MIN and not suffixed:
            name = name[:-len(w)]
            break
    rest, last = name, None
    changed = True
    while changed and rest:  # 集团公司 -> 集团 -> "": nothing but suffixes
        changed = False
        for suffix, _t in rules.suffixes:
            if rest.endswith(suffix):
                rest, changed, last = rest[: -len(suffix)], True, last or suffix
                break
    if len(rest) < 2 or (rest != name and not suffixed):
        return None
    if rest == name and len(name) < BARE_NAME_MIN and not (len(name) == 3 and name[-1] in "乡镇"):
        # 幼稚园, 托儿所: a kind of body, not a name (but 青山乡, 白沙镇 name a place)
        return None
    if last and last in rules.weak_suffixes and len(rest) < (2 if last in rules.place_suffixes else 3) \
            and not any(p in rest[1:] for p in rules.place_levels):
        return None
    if any(c in name for c in rules.anonymised_chars) or name.startswith(tuple(rules.generic_starts)):
        return None
    if name.startswith(tuple(rules.verb_starts)) or any(w in name for w in rules.name_breakers):
        return None
    if malformed(name, rules, bare=True):  # 教师教代会工会工作报告: people, not a unit
        return None
    if clause_tail(name, "工会", rules.verbs_before_name) != name:  # 并希望该支队工会: a clause's end
        return None
    if re.search(r"[年月日届次]|第[一二三四五六七八九十百\d]+$", name) or name.endswith(tuple(rules.generic_names)):
        return None  # (机关第十二分工会: a numbered branch of a body the title does not name)
    if name.endswith(tuple(rules.trade_names)) and not PLACE_START.match(name):
        return None  # 交通运输工会: some place's industry union (平阳县交通运输工会 names it)
    return name


def department_branch(line: str, m: re.Match[str]) -> bool:
    """Whether the name M found is a department whose branch union (分工会) writes: 思政教研部分工会 names
    a part of a body the text does not name, not a unit."""
    return line[m.end(1):m.end(1) + 1] == "分"


_PROVINCE = ("省", "自治区")


def trade_company(name: str, rules: DescribeRules) -> bool:
    """Whether NAME is a state enterprise named by its place and its trade alone (天津邮政, 宿州邮政, 某某滨海机场:
    `enterprise_trades`), the trade's company there; not a province's (黑龙江省邮政: the trade's union over the
    province's units), not the trade alone (邮政, 中国邮政 is a name: two characters at least before the trade)."""
    trade = next((t for t in rules.enterprise_trades if name.endswith(t)), None)
    return bool(trade) and len(name) - len(trade) >= 2 and not any(p in name for p in _PROVINCE)


def named_union(name: str, where: str, rules: DescribeRules) -> tuple[str, str, str | None]:
    """(org, where, org_type) for the name before a writer's 工会: a town's or a street's union is
    itself the writer (青山乡工会, filed with towns as other), as is a place's industry union
    (平阳县交通运输工会); a company goes by its short name (北辰建工), a state enterprise by its place and
    trade (天津邮政, typed enterprise)."""
    if trade_company(name, rules):
        return name, where, "enterprise"
    if name.endswith((*PLACE_BODIES, *rules.trade_names)):
        return name + "工会", where, "other"
    return name, where, None


def early_union(opening: str, before: int, rules: DescribeRules) -> tuple[str, str, str | None] | None:
    """The writer named by its short name before its 工会 as an opening clause's subject, when it comes before
    the position BEFORE (where a suffixed name was found): the first subject is the writer."""
    for m in OPENING_UNION.finditer(opening):
        if m.start(1) >= before:
            return None
        name = bare_name(m.group(1), rules)
        if name and not department_branch(opening, m):
            return named_union(name, "opening", rules)
    return None


# a bare level (市, 县, 自治区, 市直) opening a name: the place is not named
_LEVEL_ONLY = re.compile(r"^(?:自治区|自治州|省|市|县|区|州|镇|乡|旗|縣|區)(?:直属|直)?(?=[\u4e00-\u9fff])")


def level_only(org: str | None, rules: DescribeRules) -> bool:
    """Whether ORG is a bare level and an authority's category (县交通运输局, 市卫生健康委, 市总工会): every place
    has one, so the text names no unit (ruling g); 市第一人民医院 or 区机关幼儿园 (the unit's own words) is a name."""
    return bool(org and _LEVEL_ONLY.match(org) and org.endswith(tuple(rules.level_only_heads))
                and not any(c.isdigit() for c in org))


_FACULTY = ("学院", "學院")


def fields_only(text: str, rules: DescribeRules) -> bool:
    """Whether TEXT is made only of fields of study (`faculty_fields`: 外国语, 材料科学与工程)."""
    fields = "|".join(re.escape(w) for w in rules.faculty_fields)
    return bool(rules.faculty_fields) and re.fullmatch(rf"(?:{fields})+", text) is not None


def faculty_alone(org: str | None, rules: DescribeRules) -> bool:
    """Whether ORG is a university's college named by its fields of study alone (外国语学院, 机械与汽车工程学院; not
    临川医学院 or 白云学院, an institution's own name): `faculty_fields`."""
    return bool(org and org.endswith(_FACULTY) and len(org) >= 4 and fields_only(org[:-2], rules))


#: the conjunctions a name may hold, and the marks that hide them from the words that cut a name
_JOINS = {"和": "\x00", "与": "\x01", "及": "\x02"}


def mask_joins(name: str, after: str, rules: DescribeRules) -> str:
    """NAME (the run before a suffix; AFTER: the text from the suffix on) with the conjunctions that are part of
    the name hidden from the breakers: 和 in an official name (住房和城乡建设局, `name_compounds`), and 与, 和, 及
    between fields of study before 学院 (材料科学与工程学院, 经济与管理学院; not 学校与外国语学院: 学校 is no field)."""
    for compound in rules.name_compounds:
        if compound in name:
            name = name.replace(compound, compound.replace("和", _JOINS["和"]))
    if after.startswith(_FACULTY):
        start = next((i for i in range(len(name)) if name[i] not in _JOINS and fields_only(name[i:], rules)), None)
        if start is not None:
            name = name[:start] + "".join(_JOINS.get(c, c) for c in name[start:])
    return name


def unmask_joins(name: str) -> str:
    """NAME with the conjunctions `mask_joins` hid written again."""
    for word, mark in _JOINS.items():
        name = name.replace(mark, word)
    return name


# the union that meets with the government (县政府与县总工会召开联席会议): the government's place is the union's
_UNION_LEVELS = "省市县区州旗縣區"
_JOINT_UNION = re.compile(rf"(?:与|和|同)((?:[{_UNION_LEVELS}])?(?:总工会|總工會|教育工会))")
_GOVERNMENT = ("人民政府", "政府")


def joint_union(org: str | None, text: str) -> tuple[str, str] | None:
    """(union, type) when ORG is a place's government joined in the text to that place's union (云霄县政府与县总工会
    召开联席会议: 云霄县总工会): on a union's page the union is the writer, named with the government's place."""
    if not org or not org.endswith(_GOVERNMENT):
        return None
    at = text.find(org)
    m = _JOINT_UNION.match(text, at + len(org)) if at >= 0 else None
    if not m:
        return None
    place = org[: -len(next(g for g in _GOVERNMENT if org.endswith(g)))]
    union = m.group(1)
    if union[0] in _UNION_LEVELS and place.endswith(union[0]):
        union = union[1:]
    return place + union, ("education_union" if union.endswith("教育工会") else "other")


_PLACE_CHARS = "省市县区镇乡村州旗街縣區鄉"  # a federation's place (荷塘街, 東籬區; 全国 apart)
# the people a union is named by (某某空勤人员总工会, 某某教师工会): the union is a body in itself, no company's
UNION_PEOPLE = ("人员", "职员", "服务员", "雇员", "员工", "职工", "教师")


def company_federation(name: str, text: str) -> bool:
    """Whether NAME总工会 is a company's own 总工会 (中国长城总工会): no place in the name, and not a town's
    federation the text also names with its level (奉化尚田总工会 … 尚田镇总工会), nor a union of an occupation's
    people (某某空勤人员总工会: the union itself, Round 41)."""
    if any(c in name for c in _PLACE_CHARS) or "全国" in name or name.endswith(UNION_PEOPLE):
        return False
    return len(name) < 2 or re.search(re.escape(name[-2:]) + r"(?:镇|乡|街道|鎮|鄉)(?:总工会|總工會)", text) is None

