"""Organisations: who wrote an article, from its title, opening, signature or cue words.

The knobs (organisation suffixes, generic names, verbs that open sentence fragments, official
names holding 和, org_type cue words, kind words and topic vocabulary) are in
`data/organisations.toml`, read once by `describe_rules` for every describing module. `org` names the
institution; a school's or university's trailing 工会 is dropped (五马中学工会 -> 五马中学, type
school), a union body that is the writer keeps it (新碧镇教育工会, type education_union).
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules, default_describe_rules
from .bare import (
    _N_ORG,
    _OPENING_UNION,
    _PLACE_START,
    PLACE_BODIES,
    _bare_name,
    _branch,
    _early_union,
    _named_union,
    company_federation,
    mask_joins,
    unmask_joins,
)
from .headline import headline_union
from .label import NUMBERED_BRANCH, label_after, label_heads
from .name_pos import brand_pair, clause_tail, has_proper, place_led, union_then_verb
from .names import (
    _CITED,
    _SUFFIX_CACHE,
    _suffix_regex,
    compatible,
    department,
    glued_place,
    in_list,
    malformed,
    places_above,
    refers_back,
    run_start,
    title_org_kind,
    title_writer_kind,
)
from .places import in_place_word, place_head

OPENING_CHARS = 150  # "near the start of the text"
MAX_RUN = 16  # CJK characters looked at before a suffix
MAX_NAME = 10  # longer "names" are sentences...
MAX_PLACE_NAME = 16  # ...unless they start with a place (江北区人力资源和社会保障局)
# a government department's official name joins two fields with 和 after its place (…区城市管理和综合执法局,
# …县文化广电和旅游局): one 和, no meeting or union before it
_DEPARTMENT_AND = re.compile(r"^[\u4e00-\u9fff]{1,4}?[省市县区州旗][^和会]{2,8}和[^和会]{2,8}$")
_GOVERNMENT_SUFFIXES = ("局", "委", "厅")


# ---------------------------------------------------------------- organisation


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
    longest = MAX_PLACE_NAME if _PLACE_START.match(name) else MAX_NAME
    return (name if len(name) <= longest else ""), cut


def _org_candidates(text: str, rules: DescribeRules):
    """Yield (org, org_type, start, end, name) for every plausible organisation name in TEXT."""
    rx = _SUFFIX_CACHE.get(id(rules))
    if rx is None:  # (not setdefault: that built the regex's source again on every call)
        rx = _SUFFIX_CACHE[id(rules)] = _suffix_regex(rules)
    types = dict(rules.suffixes)
    for m in rx.finditer(text):
        suffix = m.group(0)
        suffix_type = types.get(suffix, "school")  # else a short school form (七小, 十一中)
        name, cut = _name_before(text, m.start(), rules)
        tail = clause_tail(name, suffix, rules.verbs_before_name, text[m.end():m.end() + 3])
        if tail != name and not place_head(name, text):  # a clause's end (共同谋划现阶段东至三中), not a place (无为市)
            name, cut = tail, True
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


# the writer's own body right after a name: its union, its numbered branch (12分会), its congress (第三届教代会)
_CONGRESS_NUMBER = r"第?[一二三四五六七八九十\d]{1,3}届(?:第?[一二三四五六七八九十\d]{1,3}次)?"
_CONGRESS = r"(?:教代会|职代会|教[（(][工职][)）]代会|教职工代表大会|职工代表大会|(?:工会)?会员代表大会)"
_WRITER_BODY = re.compile(rf"(?:{_CONGRESS_NUMBER})?(?:分?工会|{_CONGRESS})|{NUMBERED_BRANCH}")
# a numbered congress of the body's own right after its name (凤栖公交公司二届四次职工代表大会,
# 海湾学校第三届教代会): the name is the subject of the clause, the writer (or, in news, the host)
_OWN_CONGRESS = re.compile(rf"{_CONGRESS_NUMBER}{_CONGRESS}")


_YEAR_UNITS = ("年", "年度")
# a unit named by a bare level and its own name (市自来水有限公司), as the subject of its own union, congress or
# meeting (…工会, 召开第七届…): the writer, filed as named
_LEVEL_NAME = re.compile(r"^[省市县区縣區][\u4e00-\u9fff]{3,}$")
_OWN_ACT = re.compile(rf"(?:隆重)?召开|分?(?:工会|工會)|{_CONGRESS_NUMBER}")
_PLACE_FEDERATION = re.compile(r"总工会|總工會|工会(?!委员会)|工會(?!委員會)")
# the digits of a year that opens a clause: after punctuation, the start, or a title's genre glued before it
_OPENING_YEAR = re.compile(r"(?:^|[,，。.!?！？;；:：\s]|总结|计划|要点|安排|报告)(?:19|20)\d\d$")


def _weak_name_min(suffix: str, after: str, rules: DescribeRules, name: str = "") -> int:
    """How long a name before a weak suffix must be when the writer's body follows it: 3 characters
    (长宁供电公司工会, not 供电公司工会), 2 for a place's suffix (云杉社区工会, 宁远车站工会), a union-only head
    (宣城车间工会) or before a numbered congress of its own (海湾学校第三届教代会, 长河学校五届三次教代会)."""
    return 2 if suffix in (*rules.place_suffixes, *rules.union_only_suffixes, "集团") or after.startswith("第") \
        or _OWN_CONGRESS.match(after) or brand_pair(name, suffix) else 3  # (特产集团工会召开…, 利海公司工会…)


def _acceptable(name: str, suffix: str, rules: DescribeRules, after: str = "", headline: bool = False) -> str | None:
    """None if NAME is a real proper name, else why it is rejected. A weak suffix (学校, 公司) needs a place level in
    the name (平望镇学校), from 3 characters the writer's own union or congress right after it (城西外国语学校工会,
    长宁供电公司工会, 海湾学校第三届教代会), or in a HEADLINE a place then its own words (长沙青岚建工集团荣获…)."""
    if len(name) < 2 and not (not name and _short_school(suffix, rules)):
        return "only a suffix"
    if suffix in rules.weak_suffixes and not any(p in name[1:] for p in rules.place_levels) and not (
            len(name) >= _weak_name_min(suffix, after, rules, name) and _WRITER_BODY.match(after)) and not (
            headline and suffix in rules.place_led_suffixes and place_led(name, after)):
        return "a phrase, not a name"
    if suffix in rules.union_only_suffixes and not (_WRITER_BODY.match(after) and (
            has_proper(name) or any(p in name for p in rules.place_levels))):
        return "a venue, a kind of centre or a part of a body, not a named unit with its own union"
    if any(c in name for c in rules.anonymised_chars):
        return "anonymised"
    if name.startswith(tuple(rules.generic_starts)) and not (
            _LEVEL_NAME.match(name) and not name[1:].startswith(tuple(rules.generic_starts))
            and _OWN_ACT.match(after.lstrip())):
        return "generic"
    if name.startswith(tuple(rules.verb_starts)):
        return "a sentence fragment"
    return malformed(name, rules)


def find_org(title: str, text: str, rules: DescribeRules | None = None, *, joined: bool = False
             ) -> tuple[str | None, str | None, list[str]]:
    """The organisation that wrote the article: from its title, opening, or a writer cue."""
    rules = rules or default_describe_rules()
    evidence: list[str] = []
    masked = _CITED.sub(lambda m: "《" + "□" * (len(m.group(0)) - 2) + "》", text)
    opening = masked[: OPENING_CHARS * 2]
    delegated = _delegating_org(opening, rules)
    if delegated and not _title_names_org(title, rules):
        return delegated[0], delegated[1], [f"org {delegated[0]!r} from opening (受…委托: the body the speaker reports for)"]
    scopes = [("title", title), ("opening", opening), ("text", masked)]
    title_kind = title_org_kind(title, rules)
    if title_kind and not title_writer_kind(title_kind[0]).match(title.strip()):
        title_kind = None  # a kind of body the title is about (加强企业工会建设), not the writer's (集团工会召开…)
    hint = None  # the type of a department's unnamed parent (生命科学学院分工会: a university)
    for scope, chunk in scopes:
        candidates = label_heads(chunk, _org_candidates(chunk, rules), scope)  # (平望中心小学13分会…: Round 36)
        for org, org_type, start, end, name, cut in candidates:
            if scope != "title" and (in_list(chunk, start, end)
                                     or not compatible(title_kind and title_kind[1], org_type)):
                continue  # one of a list of bodies; a body of another kind than the title's
            # a weak suffix + 工会 is a name in a title (城西外国语学校工会…计划) or as the subject
            # of an opening clause (一年来，钱江外国语学校工会围绕…), a phrase elsewhere in a
            # sentence (作为一名学校工会主席, 不断创新机关工会工作)
            after = label_after(chunk, end) if scope == "title" else chunk[end : end + 16]  # (a label's 工会: Round 36)
            street = scope == "text" and not cut and org[len(name):] in rules.place_suffixes  # 青枫街道工会…说 (Round 21)
            subject = street or scope == "title" or (scope == "opening" and not cut and (
                _SUBJECT_UNION.match(after) or _OWN_CONGRESS.match(after) or union_then_verb(after)))
            if scope == "opening" and not cut and not subject and refers_back(org[len(name):], masked):
                subject, after = True, "工会"  # 大唐长山热电厂1号机组… 该厂工会…: the unit the text calls 该厂
            why = _acceptable(name, org[len(name) :], rules, after if subject else "", headline=scope == "title")
            if why:
                continue
            if department(name, after, rules, org[len(name):]):  # 经济管理学院分工会: the unit if its parent is named
                fuller = _fuller_name(org, opening, rules) if scope == "title" else None
                if fuller:
                    return fuller, org_type, [f"org {fuller!r} from opening (the department {org!r} with its parent)"]
                hint = hint or (org_type, org)
                continue
            before, after = chunk[max(0, start - 4) : start], chunk[end : end + 8]
            if scope != "title" and (after.startswith(tuple(rules.outsider_after)) or (
                    after.startswith(tuple(rules.post_after)) and not org.endswith(("工会", "工會")))):
                continue
            if scope != "title" and before.endswith(tuple(rules.outsider_before)):
                continue
            # Mid-sentence (or anywhere later in the text) only a writer cue makes it the writer.
            if (scope == "text" or cut) and not (after.startswith(tuple(rules.writer_after))
                                                 or _OWN_CONGRESS.match(chunk[end:end + 16])):
                continue
            unit = _unit_of(org, start, end, candidates, chunk, rules)
            if unit:  # …集团第二煤矿工会: the writer is the parent's unit, named with its parent
                org, org_type = unit
            if scope == "title":
                fuller = _fuller_name(org, opening, rules)
                if fuller:  # 人民医院 in the title, 清河县人民医院 in the opening
                    return fuller, org_type, [f"org {fuller!r} from opening (the full name of the title's {org!r})"]
            if org.endswith(("总工会", "總工會")) and company_federation(name, text):
                # a company's own 总工会 (中国长城总工会): no place's federation, the company itself
                org, org_type = name, next((t for x, t in rules.suffixes if name.endswith(x)), "enterprise")
            federation = _PLACE_FEDERATION.match(chunk[end:end + 4])
            if federation and org.endswith(PLACE_BODIES) and not street:  # 荻浦区梅渚街道总工会: the federation
                org, org_type = org + federation.group(0), "other"
            early = _early_union(chunk, start, rules) if scope == "opening" else None
            if early:  # 长治高新区工会第一次代表大会召开 … 高新区总工会的成立: the clause's subject comes first
                return early[0], early[2], [f"org {early[0]!r} from opening (the writer's name before its 工会)"]
            evidence.append(f"org {org!r} from {scope}")
            return org, org_type, evidence
        if scope == "title":
            own = _title_union(title, rules)
            if own:  # the title opens with the writer's own union under its short name (北辰建工工会2022年…)
                return own[0], own[2], [f"org {own[0]!r} from title (the writer's name before its 工会)"]
        if scope == "opening":
            signed = _signature_org(text, rules)
            if signed:
                return signed[0], signed[1], [f"org {signed[0]!r} from signature"]
            subject = _union_subject(title, opening, text, rules)
            if subject:
                return subject[0], subject[2], [f"org {subject[0]!r} from {subject[1]} (the writer's name before its 工会 or year)"]
    if not joined:
        # text copied from a PDF viewer breaks words with spaces (东岭煤 矿工会): once more without them
        unbroken = _CJK_SPACE.sub("", text)
        if unbroken != text:
            return find_org(title, unbroken, rules, joined=True)
    if hint:
        return None, hint[0], evidence + [f"org_type {hint[0]}: {hint[1]!r} is a department (分工会) of a body not named"]
    return None, None, evidence


# a parent named before its unit (中国科学院成都生物研究所, 北湖油田公司第二采油厂): a place or a proper
# name then the unit's own suffix, no sentence between (checked by the candidate's own rules)
# (not across its union: 第三小学工会结合学校 is a sentence)
_PARENT_OF = re.compile(r"^(?![^工]*工[会會])[\u4e00-\u9fff]{2,8}$")


def _unit_of(org: str, start: int, end: int, candidates: list, chunk: str, rules: DescribeRules
             ) -> tuple[str, str] | None:
    """The unit of ORG whose own union writes (宁河煤业集团第二煤矿工会, …公司检修分公司工会): a
    longer name from the same start that runs on from ORG, with the writer's 工会 right after it
    (not its 机关: 税务局机关工会 is the bureau's own union, filed under the bureau)."""
    for cand, cand_type, c_start, c_end, c_name, _cut in candidates:
        if c_start == start and c_end > end and cand.startswith(org) and not cand.endswith(("机关", "委员会")) \
                and (_WRITER_BODY.match(chunk[c_end:c_end + 16]) or _PARENT_OF.match(cand[len(org):])) \
                and _acceptable(c_name, cand[len(c_name):], rules, chunk[c_end:c_end + 16]) is None:
            return cand, cand_type
    return None

_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")
# What follows the writer's union when it is the subject of the opening clause: a verb or
# adverb of a summary or plan (…工会在…领导下, …工会坚持…, …工会围绕…, …工会将…), not a noun
# (学校工会主席, 机关工会工作, 企业工会建设).
_SUBJECT_UNION = re.compile(
    r"分?(?:工会|工會)(?:委员会)?(?:[，,]|在|坚持|围绕|以|紧扣|紧紧|紧密|结合|认真|始终|将|按照|积极|团结|立足|深入|全面|"
    r"主动|不断|继续|切实|牢牢|聚焦|把|从|于|根据|针对|依托|秉持|秉承|着力|努力|一年来|全年|共|先后|组织开展|现将|召开|成立大会)"
)
# a title that opens with the writer's union: 北辰建工工会2022年工作总结, 江屿装备工会年度工作计划
_TITLE_UNION = re.compile(rf"^({_N_ORG}?)分?(?:工会|工會)(?:委员会)?(?=(?:19|20)\d{{2}}|年度|上半年|下半年|[一二三四五六七八九十]{{1,3}}月|工作|{_CONGRESS_NUMBER})")
# (or a title over its numbered congress: 杭州地铁工会一届五次工会代表大会)
_SIGNATURE_UNION = re.compile(rf"^({_N_ORG}?)分?(?:工会|工會)(?:委员会)?$")


# an official document's title: the writer, the year, the genre (北川市双河镇2023年工作要点,
# 北岭煤业2022年工会工作小结, 东河街道2022年度工作总结)
_TITLE_WRITER_YEAR = re.compile(
    rf"^({_N_ORG}?)(?:(?:19|20)\d{{2}}\s*(?:年度|年)|年度)(?:上半年|下半年)?((?:教育)?(?:工会|工會))?(?:工作)?"
    r"(?:总结|小结|计划|要点|安排|打算|报告|回顾|汇报)"
)  # (a town's education union: 汊沽港镇2023年教育工会工作汇报 is 汊沽港镇教育工会's)


def _union_subject(title: str, opening: str, text: str, rules: DescribeRules) -> tuple[str, str, str | None] | None:
    """A writer named only by the name before its 工会, without any organisation suffix (a
    company's short name: 北辰建工工会2022年工作总结, "2022年，江屿装备工会在…领导下", a signature
    line 北岭煤业工会): the title's opening words, the opening clause's subject, the signature;
    or the writer that opens an official title before its year (北川市双河镇2023年工作要点).
    Returns (name, where, org_type of its suffix or None)."""
    own = _title_union(title, rules)
    if own:
        return own
    bare_title = _PINYIN.sub("", title.strip())
    # the title, else one of the text's first two lines when it is a fuller title (交通运输工会工作
    # 思路, then 平阳县交通运输工会2025年工作思路)
    heads = [_PINYIN.sub("", ln).strip() for ln in text.strip().split("\n")[:2]]
    for where, line in [("title", bare_title)] + [("opening", h) for h in heads if len(h) <= 40]:
        m = _TITLE_UNION.match(line)
        if m and _bare_name(m.group(1), rules) and not _branch(line, m):
            return _named_union(_bare_name(m.group(1), rules), where, rules)
    m = _TITLE_WRITER_YEAR.match(bare_title)
    if m and _bare_name(m.group(1), rules, suffixed=True):
        name = _bare_name(m.group(1), rules, suffixed=True)
        if (m.group(2) or "").startswith("教育") and _PLACE_START.match(name):
            return name + "教育工会", "title", "education_union"
        types = dict(rules.suffixes)
        return name, "title", next((types[x] for x, _t in rules.suffixes if name.endswith(x)), None)
    for m in _OPENING_UNION.finditer(opening):
        name = _bare_name(m.group(1), rules)
        if name and not _branch(opening, m):
            return _named_union(name, "opening", rules)
    lines = [_PINYIN.sub("", ln).strip() for ln in text.strip().split("\n") if ln.strip()][-SIGNATURE_LINES:]
    for line in reversed(lines):
        m = _SIGNATURE_UNION.match(line)
        if m and _bare_name(m.group(1), rules) and not _branch(line, m):
            return _named_union(_bare_name(m.group(1), rules), "signature", rules)
    return None


def _title_union(title: str, rules: DescribeRules) -> tuple[str, str, str | None] | None:
    """The writer named by its short name before its 工会 at the start of the title (北辰建工工会2022年…)."""
    line = _PINYIN.sub("", title.strip())
    m = _TITLE_UNION.match(line)
    if m and _bare_name(m.group(1), rules) and not _branch(line, m):
        return _named_union(_bare_name(m.group(1), rules), "title", rules)
    return headline_union(line, rules)  # (or a headline's place-led unit whose union acts: 某某镇工会举办…)


_DELEGATION = re.compile(r"受([^，,。；;]{2,40}?)(?:的)?委托")
_REPORTS = re.compile(r"报告|汇报|述职")


def _delegating_org(opening: str, rules: DescribeRules) -> tuple[str, str] | None:
    """The body a report is given for (受溪口区教育工会委员会委托，我向大会报告…: the speaker's committee, the writer)."""
    for m in _DELEGATION.finditer(opening):
        span = m.group(1)
        if "工会" not in span and "委员会" not in span:  # 受市教育局委托 (commissioned): not the writer
            continue
        if not _REPORTS.search(opening[m.end():m.end() + 30]):
            continue  # 受上海市总工会委托，为…，某某工会开展调研: a task commissioned, no report given for it
        found = [(start, -end, org, org_type) for org, org_type, start, end, name, _cut in _org_candidates(span, rules)
                 if _acceptable(name, org[len(name):], rules, span[end:end + 16]) is None
                 and not org.endswith(("工会委员会", "工會委員會"))]  # (the union's committee: the union)
        if found:  # the longest name from the first start: 上海交通大学医学院, not 上海交通大学
            return min(found)[2:]
    return None


def _title_names_org(title: str, rules: DescribeRules) -> bool:
    return any(_acceptable(name, org[len(name):], rules, title[end:end + 16]) is None
               for org, _t, _s, end, name, _c in _org_candidates(title, rules))


def _fuller_name(org: str, opening: str, rules: DescribeRules) -> str | None:
    """The opening's longer name that ends with the title's ORG (the title says 人民医院 or 实验
    小学, the opening 清河县人民医院): the full name of the same body."""
    for cand, _t, _start, end, name, cut in _org_candidates(opening, rules):
        if len(cand) > len(org) and cand.endswith(org) and not cut and not places_above(org, cand) \
                and _acceptable(name, cand[len(name):], rules, opening[end:end + 16]) is None:
            return cand
    return None

SIGNATURE_LINES = 4
_SENTENCE_END = re.compile(r"[。！？!?；;]")
# a news item's writer in brackets after the text, maybe as the contributor: （东台中学工会）, (…工会 供稿)
_SIGNATURE_WRAP = re.compile(r"^[（(【\[]\s*|\s*(?:供稿|撰稿|报送|投稿)?\s*[）)】\]]$")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(rf"[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}}[)）]")  # 會(huì)
_SIGNATURE_TAIL = ("工会委员会", "工会", "部门工会", "")  # (图书馆部门工会: a department's own union)


def _signature_org(text: str, rules: DescribeRules) -> tuple[str, str] | None:
    """The writer's name signed on a line of its own at the end (…\n东湖区教育工会\n2022年1月18日),
    or glued after the last sentence when a page was flattened (…各项任务。柳江县教育工会), or in
    brackets after a news item's text (（东台中学工会）, （…工会 供稿）)."""
    lines = [_PINYIN.sub("", ln).strip() for ln in text.strip().split("\n") if ln.strip()][-SIGNATURE_LINES:]
    for line in reversed(lines):
        line = _SIGNATURE_WRAP.sub("", _SENTENCE_END.split(line)[-1].strip())
        if len(line) > MAX_PLACE_NAME + 6:
            return None  # a sentence: a signature is below the text, nothing but its date after it
        for org, org_type, start, end, name, _cut in _org_candidates(line, rules):
            if start == 0 and line[end:] in _SIGNATURE_TAIL and _acceptable(name, org[len(name):], rules,
                                                                             line[end:]) is None:
                return org, org_type
        if not _DATE_LINE.match(line):
            return None  # a name above a footer's other lines (辽宁省总工会 / 工会就业服务号) signs nothing
    return None


# what may follow a signature: its date (2022年1月18日, 二〇二二年一月, 2024.1.19)
_DATE_LINE = re.compile(r"^[\d〇○零一二三四五六七八九十年月日.．/\-\s]{4,20}$")
