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

import re

from ..describe_rules import DescribeRules

# "中"/"小" short forms (三中, 实小) are not the end of a longer suffix (第三中学, 实小学)
_SHORT_FORM = re.compile(r"^[一二三四五六七八九十实附][中小]$")
CITED = re.compile(r"《[^》]{0,60}》")
SUFFIX_CACHE: dict[int, re.Pattern[str]] = {}
_UNION_BODY = re.compile(r"工会委员会|委员会工会|经费审查委员会|女职工委员会")


def _word_end(suffix: str, rules: DescribeRules) -> str:
    """A look-ahead that keeps SUFFIX out of an everyday word it starts (报社 in 回报社会, 学 after 三中)."""
    ends = list(rules.suffix_word_ends.get(suffix[-1], [])) + (["学"] if _SHORT_FORM.match(suffix) else [])
    return "(?!" + "|".join(re.escape(e) for e in ends) + ")" if ends else ""


def _not_followed(word: str) -> str:
    """A word that may not follow a suffix, as a regex: "组!织" is 组 unless 织 follows (总工会组织开展)."""
    base, _, allowed = word.partition("!")
    return re.escape(base) + (f"(?!{re.escape(allowed)})" if allowed else "")


def suffix_regex(rules: DescribeRules) -> re.Pattern[str]:
    """One regex for every organisation suffix (the longest first), then the short school forms."""
    alts = "|".join(re.escape(s) + _word_end(s, rules) for s, _ in rules.suffixes)
    if rules.short_school:  # tried after the words: 实验小学 is a suffix, 实验二小 a short form
        alts += f"|{rules.short_school}"
    neg = "|".join(_not_followed(w) for w in rules.not_followed_by)
    return re.compile(rf"(?:{alts})(?!{neg})" if neg else rf"(?:{alts})")


def title_org_kind(title: str, rules: DescribeRules) -> tuple[str, str] | None:
    """The kind of body a title names without naming which one (幼儿园工会工作总结, 医院工会工作计划,
    街道总工会上半年工作总结): the last organisation word of the title, the head of its noun
    phrase (街道总工会 is a 总工会, 局机关 a 机关). The union's own committee is no such word."""
    rx = SUFFIX_CACHE.get(id(rules))
    if rx is None:
        rx = SUFFIX_CACHE[id(rules)] = suffix_regex(rules)
    masked = _UNION_BODY.sub(lambda m: "□" * len(m.group(0)), CITED.sub("", title))
    found = [(m.end(), m.group(0)) for m in rx.finditer(masked)]
    if not found:
        return None
    suffix = max(found)[1]
    if suffix == "局" and re.search(r"教育局(?:工会|工會)", masked):  # the district's education union,
        return "教育局工会", "education_union"  # not its 教育局机关工会 (agency)
    return suffix, dict(rules.suffixes).get(suffix, "school")


_BRANCH_UNION = ("分工会", "分工會")
_LIST_MARK = "、"
_UNIONS_LISTED = re.compile(r"(?:工会|工會)(?:、[^、，,。；;]{2,30}?(?:工会|工會)|等[\d一二三四五六七八九十两]+[家个個名])")
# the kinds of body that may name one another's writer: a university calls itself 学校 too
# (and a school's union may style itself 教育工会: 乡中心小学教育工会; a district's education union is its
# bureau of education's union: 区教育工会 in the title, 青山区教育局工会 in the text)
_COMPATIBLE = {frozenset(("school", "university")), frozenset(("school", "education_union")),
               frozenset(("agency", "education_union"))}


def malformed(name: str, rules: DescribeRules, *, bare: bool = False) -> str | None:
    """Why NAME (the head before a suffix, or a BARE short name before 工会) is no proper name, or None."""
    if name.startswith(tuple(rules.time_words)):
        return "a time word, not a name"
    if name.startswith(_PARTICLES):  # 为了理学院更快…: 为了's tail (Round 41)
        return "a clause's particle, not a name"
    if bare and any(w in name for w in rules.people_words):
        return "people or a meeting, not a unit"
    if name in rules.people_words:  # xx年职工医院: the staff's hospital of a body not named
        return "people, not a proper name"
    if any(w in name for w in rules.role_words):
        return "a person's title, not a name"
    if any(w in name for w in rules.head_verbs):
        return "a verb of a clause, not a name"
    if bare and name.startswith(_kind_words(rules)):  # 公司两级工会: the kind of body, then a modifier
        return "a kind of body, not a proper name"
    if _PLACES_LISTED.search(name):  # …山阳县、韩城市等公司项目工地: a list of places closed by 等 (Round 29)
        return "a list of places, not a name"
    return None


_PARTICLES = ("了",)  # an aspect particle: no proper name opens with one
_PLACES_LISTED = re.compile(r"[省市县区州镇乡旗縣區鎮鄉]等$")


def _kind_words(rules: DescribeRules) -> tuple[str, ...]:
    """The suffixes of two characters or more (公司, 学校, 医院): a proper name never opens with one."""
    got = _KINDS_CACHE.get(id(rules))
    if got is None:
        got = _KINDS_CACHE[id(rules)] = tuple(s for s, _t in rules.suffixes if len(s) >= 2)
    return got


_KINDS_CACHE: dict[int, tuple[str, ...]] = {}


def in_list(chunk: str, start: int, end: int) -> bool:
    """Whether the candidate CHUNK[start:end] is an item of a list of bodies (…、云南省总工会…), maybe each with its
    union (某某有限公司工会、某某股份有限公司工会…4家基层工会; not 某某小学工会、退教协会: its own bodies), or a list closed
    by 等 and a count (某某有限公司工会等5家优秀基层工会: Round 29)."""
    return (start > 0 and chunk[start - 1] == _LIST_MARK) or chunk[end:end + 1] == _LIST_MARK \
        or _UNIONS_LISTED.match(chunk[end:end + 40]) is not None


def department(name: str, after: str, rules: DescribeRules, suffix: str = "") -> bool:
    """Whether the candidate is a department whose branch union writes (生命科学学院分工会) and its
    parent is not named with it (北辰大学经济管理学院分工会 names the university: that is a unit). A university
    (SUFFIX 大学) is no department: 某某大学分工会 are its own branch unions (Round 29)."""
    if not after.startswith(_BRANCH_UNION) or suffix in ("大学", "大學"):
        return False
    return not any(suffix in name for suffix, _t in rules.suffixes if len(suffix) >= 2)


def compatible(title_type: str | None, found_type: str | None) -> bool:
    """Whether an organisation of FOUND_TYPE can be the writer when the title names a body of TITLE_TYPE
    without its name (集团工会召开…: a 总工会 named in the text is someone else)."""
    if not title_type or not found_type or title_type == found_type:
        return True
    return frozenset((title_type, found_type)) in _COMPATIBLE


_OWN_OFFICES = ("机关", "機關")
_UNIT_END = "局馆館院委厅廳办辦处處所站心部司团團厂廠"  # (公司机关, 集团机关, 厂机关: a company's head office)
_DIRECT = ("直属", "直屬")  # a ministry's 直属机关 union (交通运输部直属机关) is the ministry's own
_PLACE_END = ("城", "新区", "新區", "开发区", "開發區", "高新区", "高新區")  # a new town's or zone's own organs


def without_offices(org: str | None) -> str | None:
    """A body's 机关 union is filed under the body (柳川市档案馆机关 -> 柳川市档案馆, 临江区财政局机关 -> 临江区
    财政局, 水利部直属机关 -> 水利部, 某某电力公司机关 -> 某某电力公司); not a bureau of education's, whose 机关 union is
    apart from the district's education union. A new town's or zone's 直属机关 is no body of its own: the union of its
    organs writes, filed with its union (某某新城直属机关工会)."""
    if not org or not org.endswith(_OWN_OFFICES):
        return org
    rest = org[:-2]
    if rest.endswith(_DIRECT):
        rest = rest[:-2]
        if len(rest) >= 4 and rest.endswith(_PLACE_END):  # 某某新区某某新城直属机关: the organs' union writes
            return org + "工会"
    if len(rest) >= 4 and rest[-1] in _UNIT_END and not rest.endswith("教育局"):
        return rest
    return org


# A unit's own name starts at its own place: a news wire or a portal puts the province, maybe the prefecture,
# before it (山东省青河市柳湾区总工会, 江西石桥县…中心小学, 江西青岚石桥市…小学) where the unit's own headline and
# its labels start at the city or county. The provinces and autonomous regions are a closed set; the four
# municipalities are cities, whose districts stand under them (上海市普陀区…), and a state-level new area keeps its
# province (四川某某新区). A region's own body (内蒙古自治区人民检察院) has no place under it: its 自治区 is no district.
_PROVINCES = ("黑龙江", "内蒙古", "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
              "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "广西", "西藏",
              "宁夏", "新疆")
_PROVINCE_BEFORE_PLACE = re.compile(
    rf"^(?:{'|'.join(_PROVINCES)})(?:省|(?:壮族|回族|维吾尔)?自治区)?(?!省|(?:壮族|回族|维吾尔)?自治区)"
    r"(?=[\u4e00-\u9fff]{1,6}?(?:市|县|州|盟|旗|(?<![新发技园])区))")
# a name that opens with its own city or county (石桥市金湾小学, 柳溪县人民法院): no fuller form adds places above it
_OWN_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,4}?[市县旗](?![委长])|^[\u4e00-\u9fff]{2,4}?(?<![新发技园])区(?![委长])")


def own_place(org: str | None) -> str | None:
    """ORG without a province before its own city or county (山东省青河市柳湾区总工会 -> 青河市柳湾区总工会)."""
    if not org:
        return org
    m = _PROVINCE_BEFORE_PLACE.match(org)
    return org[m.end():] if m and len(org) - m.end() >= 4 else org


def places_above(org: str, fuller: str) -> bool:
    """Whether FULLER only puts places above ORG's own city or county before it (江西青岚 + 石桥市金湾小学)."""
    return fuller.endswith(org) and _OWN_PLACE.match(org) is not None


_REFERRED = ("该", "該")


def refers_back(suffix: str, text: str) -> bool:
    """Whether TEXT refers back to a body of SUFFIX's kind through its union (大唐长山热电厂…该厂工会, …公司
    …该公司工会): a news item about that unit, whose own union acts in it."""
    forms = {suffix, suffix[-1], suffix[-2:]}
    return any(f"{this}{form}{union}" in text for this in _REFERRED for form in forms for union in ("工会", "工會"))


def title_writer_kind(kind: str) -> re.Pattern[str]:
    """The title opens with the writer's union named by its kind of body (集团工会…, 区教育工会…, 医院工会…)."""
    union = "" if kind.endswith(("工会", "工會")) else r"分?(?:工会|工會)"
    return re.compile(rf"^[\u4e00-\u9fff]{{0,3}}?(?:(?:19|20)\d{{2}}\s*年度?)?{re.escape(kind)}{union}")


_LEVEL_CHARS = "省市县区州旗路縣區"  # a place's level, or a road's 路 (经八路街道)
_BRACKETED = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[）)]$")  # 德瑞精密机械（清江）有限公司: a place inside a name
_NUMBERED = "团师團師"  # 34团中学, 农8师: a numbered regiment or division of a production corps


def run_start(text: str, end: int, max_run: int) -> int:
    """Where the run of name characters that ends at END starts: CJK characters, a bracketed place inside
    the name (（清江）), the digits of 第N (第2中学) or of a numbered corps unit (34团) opening it."""
    start = end
    while start > 0 and end - start <= max_run:
        ch = text[start - 1]
        if "\u4e00" <= ch <= "\u9fff":
            start -= 1
            continue
        bracket = _BRACKETED.search(text[max(0, start - 8):start]) if ch in "）)" else None
        if bracket and start - len(bracket.group(0)) > 0 and "\u4e00" <= text[start - len(bracket.group(0)) - 1] <= "\u9fff":
            start -= len(bracket.group(0))
            continue
        if ch.isdigit():
            first = start - 1
            while first > 0 and text[first - 1].isdigit():
                first -= 1
            if first > 0 and text[first - 1] == "第":  # 城关第2中学: the run goes on before 第
                start = first - 1
                continue
            if text[start] in _NUMBERED and start - first <= 3:  # 34团中学 (not 2021年: a year)
                return first
        break
    return start


def glued_place(name: str, i: int, word: str) -> bool:
    """Whether the one-character word at NAME[i] opens a place's name rather than a clause: one character
    then a level (从化市, 和平区, 向阳县, 经八路): no place is named by the level's one character alone."""
    return len(word) == 1 and len(name) > i + 2 and name[i + 2] in _LEVEL_CHARS


# A school's name written longer than its suffix (Round 20): a 小学/中学 whose every mention goes on with 校 (…小学校),
# or a school with its branch after it (…附中某某分校)
_SCHOOL_ENDS = ("小学", "中学", "小學", "中學", "附中", "附小")
# a word that opens with 校 after a school's name (某中学校长, 校园, 校区…): the name ends before it
_XIAO_WORDS = "长長园園区區友训訓风風内內外级級本舍医醫徽门門车車史庆慶歌"
_UNION = ("工会", "工會")
_BRANCH = re.compile(r"^([\u4e00-\u9fff]{2,4}?)分校")
_NOT_PLACE = "与和及同跟为在到"  # a clause, not a branch's place (…附中与某某分校)


def as_written(org: str | None, text: str) -> str | None:
    """ORG as the text writes it when that is longer than its suffix (江安县天泉小学 -> 江安县天泉小学校, every mention
    going on with 校, at least once not before its union; 某附中 -> 某附中嘉定分校 when its first mention does)."""
    if not org or not org.endswith(_SCHOOL_ENDS) or org not in text:
        return org
    at = text.index(org) + len(org)
    branch = _BRANCH.match(text[at:at + 8])
    if branch and not any(c in branch.group(1) for c in _NOT_PLACE):
        return org + branch.group(0)
    if org.endswith(("附中", "附小")):
        return org
    own = re.split(r"[省市县区镇乡縣區鎮鄉]", org)[-1]  # the school's own name, its places aside
    afters = [text[m.end():m.end() + 3] for m in re.finditer(re.escape(own if len(own) >= 4 else org), text)]
    if all(a.startswith("校") and not (a[1:2] and a[1:2] in _XIAO_WORDS) for a in afters) \
            and any(not a[1:].startswith(_UNION) for a in afters):
        return org + "校"
    return org
