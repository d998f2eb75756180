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
    N_ORG,
    OPENING_UNION,
    PLACE_BODIES,
    PLACE_START,
    bare_name,
    company_federation,
    department_branch,
    early_union,
    named_union,
)
from .candidates import (
    CONGRESS_NUMBER,
    MAX_PLACE_NAME,
    OWN_CONGRESS,
    WRITER_BODY,
    acceptable,
    org_candidates,
)
from .headline import headline_union
from .label import label_after, label_heads
from .name_pos import union_then_verb
from .names import (
    CITED,
    compatible,
    department,
    in_list,
    places_above,
    refers_back,
    title_org_kind,
    title_writer_kind,
)

OPENING_CHARS = 150  # "near the start of the text"
_PLACE_FEDERATION = re.compile(r"总工会|總工會|工会(?!委员会)|工會(?!委員會)")


def find_org(title: str, text: str, rules: DescribeRules | None = None, *, joined: bool = False
             ) -> tuple[str | None, str | None, list[str]]:
    """The organisation that wrote the article: from its title, opening, or a writer cue."""
    rules = rules or default_describe_rules()
    evidence: list[str] = []
    masked = CITED.sub(lambda m: "《" + "□" * (len(m.group(0)) - 2) + "》", text)
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
        candidates = label_heads(chunk, org_candidates(chunk, rules), scope)  # (平望中心小学13分会…: Round 36)
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
                _SUBJECT_UNION.match(after) or OWN_CONGRESS.match(after) or union_then_verb(after)))
            if scope == "opening" and not cut and not subject and refers_back(org[len(name):], masked):
                subject, after = True, "工会"  # 大唐长山热电厂1号机组… 该厂工会…: the unit the text calls 该厂
            why = acceptable(name, org[len(name) :], rules, after if subject else "", headline=scope == "title")
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
                                                 or OWN_CONGRESS.match(chunk[end:end + 16])):
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
            early = early_union(chunk, start, rules) if scope == "opening" else None
            if early:  # 长治高新区工会第一次代表大会召开 … 高新区总工会的成立: the clause's subject comes first
                return early[0], early[2], [f"org {early[0]!r} from opening (the writer's name before its 工会)"]
            evidence.append(f"org {org!r} from {scope}")
            return org, org_type, evidence
        if scope == "title":
            own = _title_union(title, rules)
            if own:  # the title opens with the writer's own union under its short name (北辰建工工会2022年…)
                return own[0], own[2], [f"org {own[0]!r} from title (the writer's name before its 工会)"]
        if scope == "opening":
            signed = signed_org(text, rules)
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
                and (WRITER_BODY.match(chunk[c_end:c_end + 16]) or _PARENT_OF.match(cand[len(org):])) \
                and acceptable(c_name, cand[len(c_name):], rules, chunk[c_end:c_end + 16]) is None:
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
_TITLE_UNION = re.compile(rf"^({N_ORG}?)分?(?:工会|工會)(?:委员会)?(?=(?:19|20)\d{{2}}|年度|上半年|下半年|[一二三四五六七八九十]{{1,3}}月|工作|{CONGRESS_NUMBER})")
# (or a title over its numbered congress: 杭州地铁工会一届五次工会代表大会)
_SIGNATURE_UNION = re.compile(rf"^({N_ORG}?)分?(?:工会|工會)(?:委员会)?$")


# an official document's title: the writer, the year, the genre (北川市双河镇2023年工作要点,
# 北岭煤业2022年工会工作小结, 东河街道2022年度工作总结)
_TITLE_WRITER_YEAR = re.compile(
    rf"^({N_ORG}?)(?:(?:19|20)\d{{2}}\s*(?:年度|年)|年度)(?:上半年|下半年)?((?:教育)?(?:工会|工會))?(?:工作)?"
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
    bare_title = PINYIN.sub("", title.strip())
    # the title, else one of the text's first two lines when it is a fuller title (交通运输工会工作
    # 思路, then 平阳县交通运输工会2025年工作思路)
    heads = [PINYIN.sub("", ln).strip() for ln in text.strip().split("\n")[:2]]
    for where, line in [("title", bare_title)] + [("opening", h) for h in heads if len(h) <= 40]:
        m = _TITLE_UNION.match(line)
        if m and bare_name(m.group(1), rules) and not department_branch(line, m):
            return named_union(bare_name(m.group(1), rules), where, rules)
    m = _TITLE_WRITER_YEAR.match(bare_title)
    if m and bare_name(m.group(1), rules, suffixed=True):
        name = bare_name(m.group(1), rules, suffixed=True)
        if (m.group(2) or "").startswith("教育") and PLACE_START.match(name):
            return name + "教育工会", "title", "education_union"
        types = dict(rules.suffixes)
        return name, "title", next((types[x] for x, _t in rules.suffixes if name.endswith(x)), None)
    for m in OPENING_UNION.finditer(opening):
        name = bare_name(m.group(1), rules)
        if name and not department_branch(opening, m):
            return named_union(name, "opening", rules)
    lines = [PINYIN.sub("", ln).strip() for ln in text.strip().split("\n") if ln.strip()][-SIGNATURE_LINES:]
    for line in reversed(lines):
        m = _SIGNATURE_UNION.match(line)
        if m and bare_name(m.group(1), rules) and not department_branch(line, m):
            return named_union(bare_name(m.group(1), rules), "signature", rules)
    return None


def _title_union(title: str, rules: DescribeRules) -> tuple[str, str, str | None] | None:
    """The writer named by its short name before its 工会 at the start of the title (北辰建工工会2022年…)."""
    line = PINYIN.sub("", title.strip())
    m = _TITLE_UNION.match(line)
    if m and bare_name(m.group(1), rules) and not department_branch(line, m):
        return named_union(bare_name(m.group(1), rules), "title", rules)
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
        found = [(start, -end, org, org_type) for org, org_type, start, end, name, _cut in org_candidates(span, rules)
                 if acceptable(name, org[len(name):], rules, span[end:end + 16]) is None
                 and not org.endswith(("工会委员会", "工會委員會"))]  # (the union's committee: the union)
        if found:  # the longest name from the first start: 上海交通大学医学院, not 上海交通大学
            return min(found)[2:]
    return None


def _title_names_org(title: str, rules: DescribeRules) -> bool:
    return any(acceptable(name, org[len(name):], rules, title[end:end + 16]) is None
               for org, _t, _s, end, name, _c in org_candidates(title, rules))


def _fuller_name(org: str, opening: str, rules: DescribeRules) -> str | None:
    """The opening's longer name that ends with the title's ORG (the title says 人民医院 or 实验
    小学, the opening 清河县人民医院): the full name of the same body."""
    for cand, _t, _start, end, name, cut in org_candidates(opening, rules):
        if len(cand) > len(org) and cand.endswith(org) and not cut and not places_above(org, cand) \
                and acceptable(name, cand[len(name):], rules, opening[end:end + 16]) is None:
            return cand
    return None


SIGNATURE_LINES = 4
_SENTENCE_END = re.compile(r"[。！？!?；;]")
# a news item's writer in brackets after the text, maybe as the contributor: （东台中学工会）, (…工会 供稿)
_SIGNATURE_WRAP = re.compile(r"^[（(【\[]\s*|\s*(?:供稿|撰稿|报送|投稿)?\s*[）)】\]]$")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
PINYIN = re.compile(rf"[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}}[)）]")  # 會(huì)
_SIGNATURE_TAIL = ("工会委员会", "工会", "部门工会", "")  # (图书馆部门工会: a department's own union)


def signed_org(text: str, rules: DescribeRules) -> tuple[str, str] | None:
    """The writer's name signed on a line of its own at the end (…\n东湖区教育工会\n2022年1月18日),
    or glued after the last sentence when a page was flattened (…各项任务。柳江县教育工会), or in
    brackets after a news item's text (（东台中学工会）, （…工会 供稿）)."""
    lines = [PINYIN.sub("", ln).strip() for ln in text.strip().split("\n") if ln.strip()][-SIGNATURE_LINES:]
    for line in reversed(lines):
        line = _SIGNATURE_WRAP.sub("", _SENTENCE_END.split(line)[-1].strip())
        if len(line) > MAX_PLACE_NAME + 6:
            return None  # a sentence: a signature is below the text, nothing but its date after it
        for org, org_type, start, end, name, _cut in org_candidates(line, rules):
            if start == 0 and line[end:] in _SIGNATURE_TAIL and acceptable(name, org[len(name):], rules,
                                                                             line[end:]) is None:
                return org, org_type
        if not _DATE_LINE.match(line):
            return None  # a name above a footer's other lines (辽宁省总工会 / 工会就业服务号) signs nothing
    return None


# what may follow a signature: its date (2022年1月18日, 二〇二二年一月, 2024.1.19)
_DATE_LINE = re.compile(r"^[\d〇○零一二三四五六七八九十年月日.．/\-\s]{4,20}$")