"""Organisation names in a text: every candidate a unit's suffix ends (`org_candidates`) and whether it is a name.

`org_candidates` forms the name before each suffix (the run since the last punctuation, without a sentence's leading or
breaking words, a clause's tail or a place's name read whole); `acceptable` says why a candidate is no proper name (a
phrase before a weak suffix, a venue, anonymised, generic, a sentence fragment, malformed), or None. `find` and the
later finders choose among the candidates.
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .bare import PLACE_START, mask_joins, unmask_joins
from .label import NUMBERED_BRANCH
from .name_pos import brand_pair, clause_tail, has_proper, leading_verb, place_led, verb_led
from .names import SUFFIX_CACHE, glued_place, malformed, run_start, suffix_regex
from .places import in_place_word, place_head

MAX_RUN = 16  # CJK characters looked at before a suffix
MAX_NAME = 10  # longer "names" are sentences...
MAX_PLACE_NAME = 16  # ...unless they start with a place (江北区人力资源和社会保障局)
# a government department's official name joins two fields with 和 after its place (…区城市管理和综合执法局,
# …县文化广电和旅游局): one 和, no meeting or union before it
_DEPARTMENT_AND = re.compile(r"^[\u4e00-\u9fff]{1,4}?[省市县区州旗][^和会]{2,8}和[^和会]{2,8}$")
_GOVERNMENT_SUFFIXES = ("局", "委", "厅")
# the writer's own body right after a name: its union, its numbered branch (12分会), its congress (第三届教代会)
CONGRESS_NUMBER = r"第?[一二三四五六七八九十\d]{1,3}届(?:第?[一二三四五六七八九十\d]{1,3}次)?"
_CONGRESS = r"(?:教代会|职代会|教[（(][工职][)）]代会|教职工代表大会|职工代表大会|(?:工会)?会员代表大会)"
WRITER_BODY = re.compile(rf"(?:{CONGRESS_NUMBER})?(?:分?工会|{_CONGRESS})|{NUMBERED_BRANCH}")
# a numbered congress of the body's own right after its name (凤栖公交公司二届四次职工代表大会,
# 海湾学校第三届教代会): the name is the subject of the clause, the writer (or, in news, the host)
OWN_CONGRESS = re.compile(rf"{CONGRESS_NUMBER}{_CONGRESS}")
_YEAR_UNITS = ("年", "年度")
# a unit named by a bare level and its own name (市自来水有限公司), as the subject of its own union, congress or
# meeting (…工会, 召开第七届…): the writer, filed as named
_LEVEL_NAME = re.compile(r"^[省市县区縣區][\u4e00-\u9fff]{3,}$")
# (or two characters of its own before an institution, no authority: 区人民 + 医院, not 市教育 + 局: Round 41)
_LEVEL_SHORT = re.compile(r"^[省市县区縣區][\u4e00-\u9fff]{2}$")
_OWN_ACT = re.compile(rf"(?:隆重)?召开|分?(?:工会|工會)|{CONGRESS_NUMBER}")
# the digits of a year that opens a clause: after punctuation, the start, or a title's genre glued before it
_OPENING_YEAR = re.compile(r"(?:^|[,，。.!?！？;；:：\s]|总结|计划|要点|安排|报告)(?:19|20)\d\d$")


PARENT_LED = True  # Round 38: a unit named after its parent (…集团某某煤矿) is read as long as a place-led name
_PARENT_TYPES = ("enterprise", "university")
UNIT_PART = 6  # characters of a unit's own name after its parent's (邱集煤, 起重运输机械; not 旗下中船澄西船舶修造)


def parent_led(name: str, rules: DescribeRules) -> bool:
    """Whether NAME is a unit's name after its parent's (山东某某集团邱集煤 before 矿, …大学附属 before 中学): a company's
    or university's suffix of two characters or more inside it, two characters or more of the parent's own name
    before that suffix and two to six of the unit's own after it (a mine's, a works', a branch's short name), no union
    in it (外国语学院工会赴…大学…: a clause), no verb opening it and the parent's part no longer than a name
    (MAX_NAME)."""
    if not PARENT_LED or "工会" in name or "工會" in name or verb_led(name):
        return False  # (决定命名某某集团股份: a clause's verbs before the parent)
    for suffix, kind in rules.suffixes:
        if kind in _PARENT_TYPES and len(suffix) >= 2:
            i = name.find(suffix, 2)
            if 2 <= i <= MAX_NAME and 2 <= len(name) - i - len(suffix) <= UNIT_PART:
                return True
    return False


def _short_school(suffix: str, rules: DescribeRules) -> bool:
    """Whether SUFFIX is a short school form long enough to name a school alone (十一中, 实验二小)."""
    return bool(rules.short_school) and len(suffix) >= 3 and re.fullmatch(rules.short_school, suffix) is not None


def _name_before(text: str, end: int, rules: DescribeRules) -> tuple[str, bool]:
    """The proper name that ends at END: the whole run of CJK characters since the last
    punctuation or digit, without leading words such as 我们 and cut after a sentence word
    inside it ("中全会和区" -> "区"). A long run is a sentence, not a name."""
    start = run_start(text, end, MAX_RUN)
    name = text[start:end]
    name = mask_joins(name, text[end:end + 2], rules)  # 住房和城乡建设局, 材料科学与工程学院: one name
    if _DEPARTMENT_AND.match(name) and text.startswith(_GOVERNMENT_SUFFIXES, end):
        name = name.replace("和", "\x00", 1)  # a place's department: 白云区城市管理和综合执法局
    changed = True
    while changed:
        changed = False
        for w in rules.leading_words:
            # 我们新碧镇 -> 新碧镇, 在区 -> 区 (then too short: rejected), but 向阳 stays a name
            # (a word of three characters or more is never the start of a name: 上半年煤矿 -> 煤矿)
            if name.startswith(w) and not glued_place(name, 0, w) and (
                    len(name) - len(w) >= 2 or name[len(w):] in rules.generic_starts or len(w) >= 3):
                name, changed = name[len(w) :], True
    cut = False
    for w in rules.name_breakers:
        i = name.rfind(w)
        # (从化市 opens a run only; a head that is nothing but such a verb, 参观医院 or 走进学校, names nothing)
        if (i > 0 or (i == 0 and (len(name) - len(w) >= 2 or name == w != w[:1]) and not glued_place(name, 0, w))
                ) and not in_place_word(name, i, len(w)):  # (not inside a place's word: 和平街街道, Round 35)
            name, cut = name[i + len(w) :], True
    for w in rules.verbs_before_name:
        # 现代表青阳县审计局, 工会组织远帆物流公司: the object of the verb is the name
        # (nothing left after it: the whole name is the suffix, which only a short school
        # form such as 实验二小 or 十一中 may be)
        i = name.rfind(w)
        if i >= 0 and (len(name) - i - len(w) >= 2 or i + len(w) == len(name)):
            name, cut = name[i + len(w) :], True
    name = unmask_joins(name)
    word = next((w for w in rules.outsider_before if name.startswith(w)), None)  # (从化市: a place, not 从)
    if word and not glued_place(name, 0, word):
        rest = name[len(word):]
        if len(rest) >= 2 or rest in rules.generic_starts:  # 向县教育工会 is someone else; 向阳幼儿园 a name
            return "", cut
    longest = MAX_PLACE_NAME if PLACE_START.match(name) or parent_led(name, rules) else MAX_NAME
    return (name if len(name) <= longest else ""), cut


def org_candidates(text: str, rules: DescribeRules):
    """Yield (org, org_type, start, end, name) for every plausible organisation name in TEXT."""
    rx = SUFFIX_CACHE.get(id(rules))
    if rx is None:  # (not setdefault: that built the regex's source again on every call)
        rx = SUFFIX_CACHE[id(rules)] = suffix_regex(rules)
    types = dict(rules.suffixes)
    for m in rx.finditer(text):
        suffix = m.group(0)
        suffix_type = types.get(suffix, "school")  # else a short school form (七小, 十一中)
        name, cut = _name_before(text, m.start(), rules)
        tail = clause_tail(name, suffix, rules.verbs_before_name, text[m.end():m.end() + 3])
        if tail != name and not place_head(name, text):  # a clause's end (共同谋划现阶段东至三中), not a place (无为市)
            name, cut = tail, True
        verb = leading_verb(name, suffix, text)
        if verb:  # a clause's verb before the name (为保障本钢集团有限公司…): the name is its object (Round 38)
            name, cut = name[verb:], True
        run = m.start() - len(name)
        while run > 0 and "\u4e00" <= text[run - 1] <= "\u9fff":
            run -= 1
        head = m.start() - len(name)
        if head > 0 and text[head - 1] in rules.anonymised_chars:
            continue  # XX新区总工会, ××县教育局: an anonymised body, whatever follows the marks
        # A clause subject follows the start of the text or a comma/full stop, not "、", or the year
        # that opens a clause (2021年武夷山市教育工会工作…, a title glued to its text)
        clause_start = run == 0 or text[run - 1] in ",，。.!?！？;；:：\n -—" or (  # (a headline's dashes: Round 21)
            text[run:head] in _YEAR_UNITS and _OPENING_YEAR.search(text[max(0, run - 8):run]) is not None)
        yield name + suffix, suffix_type, m.start() - len(name), m.end(), name, cut or not clause_start


def _weak_name_min(suffix: str, after: str, rules: DescribeRules, name: str = "") -> int:
    """How long a name before a weak suffix must be when the writer's body follows it: 3 characters
    (长宁供电公司工会, not 供电公司工会), 2 for a place's suffix (云杉社区工会, 宁远车站工会), a union-only head
    (宣城车间工会) or before a numbered congress of its own (海湾学校第三届教代会, 长河学校五届三次教代会)."""
    return 2 if suffix in (*rules.place_suffixes, *rules.union_only_suffixes, "集团") or after.startswith("第") \
        or OWN_CONGRESS.match(after) or brand_pair(name, suffix) else 3  # (特产集团工会召开…, 利海公司工会…)


def acceptable(name: str, suffix: str, rules: DescribeRules, after: str = "", headline: bool = False) -> str | None:
    """None if NAME is a real proper name, else why it is rejected. A weak suffix (学校, 公司) needs a place level in
    the name (平望镇学校), from 3 characters the writer's own union or congress right after it (城西外国语学校工会,
    长宁供电公司工会, 海湾学校第三届教代会), or in a HEADLINE a place then its own words (长沙青岚建工集团荣获…)."""
    if len(name) < 2 and not (not name and _short_school(suffix, rules)):
        return "only a suffix"
    if suffix in rules.weak_suffixes and not any(p in name[1:] for p in rules.place_levels) and not (
            len(name) >= _weak_name_min(suffix, after, rules, name) and WRITER_BODY.match(after)) and not (
            headline and suffix in rules.place_led_suffixes and place_led(name, after)):
        return "a phrase, not a name"
    if suffix in rules.union_only_suffixes and not (WRITER_BODY.match(after) and (
            has_proper(name) or any(p in name for p in rules.place_levels))):
        return "a venue, a kind of centre or a part of a body, not a named unit with its own union"
    if any(c in name for c in rules.anonymised_chars):
        return "anonymised"
    level_name = _LEVEL_NAME.match(name) or (
        _LEVEL_SHORT.match(name) and not suffix.endswith(tuple(rules.level_only_heads)))
    if name.startswith(tuple(rules.generic_starts)) and not (
            level_name and not name[1:].startswith(tuple(rules.generic_starts)) and _OWN_ACT.match(after.lstrip())):
        return "generic"
    if name.startswith(tuple(rules.verb_starts)):
        return "a sentence fragment"
    return malformed(name, rules)
