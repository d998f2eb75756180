"""A last finder for the writer, run only when every other finder named none: the subject of an event clause.

A news item or a short report that no other rule reads often names its writer only as the subject of the
clause that tells what happened: "12月2日，瑞昌市范镇工会组织开展…", "横林小学组织教职工开展了包馄饨活动",
"红塔集团大理卷烟厂召开第三届一次工会会员代表大会", a title "园林街道：冬至送饺…" or
"春风暖人心--市口腔医院慰问困难职工". The main rules reject these names because the clause has no union
word right after the name (a weak suffix such as 厂, 社区, 公司 needs one) or the name opens with a bare level
(市口腔医院). Here the clause itself is the evidence: a name that opens a clause (after the start of a line or
a punctuation mark, never after 在/到/于: "在吴中路小学茶艺室举办" names a venue) and is followed, inside the
same clause, by an event verb (举行, 召开, 组织, 开展, 举办, 慰问…), maybe after its own union or congress and a
time or place adverbial. A name in a list (、), a body whose people act (…领导, …一行) or a federation of an
unnamed place (市总工会) is not taken. The first such clause in the title, then in the opening, wins.
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules
from .bare import PLACE_BODIES, PLACE_START, bare_name, trade_company
from .candidates import acceptable, org_candidates
from .find import OPENING_CHARS
from .name_pos import pos_tokens
from .names import CITED, department, in_list, malformed

# what may stand between the subject and its event verb: its union or congress, then adverbials of time and
# place (于10月26日下午, 在学校运动场, 日前, 近日) — no punctuation, so the verb is in the same clause
_OWN_BODY = re.compile(r"^(?:校|院|厂|矿)?分?(?:工会|工會)(?:委员会)?|^(?:第?[一二三四五六七八九十\d]{1,3}届[^，,。]{0,6}?)?"
                       r"(?:教职工代表大会|职工代表大会|教代会|职代会|(?:工会)?会员代表大会)")
EVENT = re.compile(r"举行|召开|组织|开展|举办|慰问|看望|走访|启动|开启|召集|发起|进行")
_CLAUSE_END = re.compile(r"[，,。；;！!？?：:\n—\-]")
CLAUSE_SPAN = 24  # characters after the name (and its union) in which the event verb must come
_NOT_WRITER = ("政府", "人大", "总工会", "總工會", "教育工会", "教育局", "局", "委员会", "委")  # an authority acting
_SHORT_HEAD = re.compile(r"[\u4e00-\u9fff]{2}$")
_TITLE_LEAD = re.compile(r"[：:]")  # a news title "NAME：…": the unit it reports on


def opens_clause(chunk: str, start: int) -> bool:
    """Whether CHUNK[start:] opens a clause: the start, or no Chinese character right before it (not a date's
    day or month after its number: 于12月28日在图书馆…, Round 28)."""
    if start and chunk[start - 1].isdigit() and chunk[start:start + 1] in ("日", "月", "年", "号", "號"):
        return False
    return start == 0 or not ("\u4e00" <= chunk[start - 1] <= "\u9fff")


def _event_after(chunk: str, end: int, verbs: re.Pattern[str] = EVENT) -> bool:
    """Whether an event verb (one of VERBS) follows in the same clause (after the name's own union or congress)."""
    rest = chunk[end:end + 40]
    own = _OWN_BODY.match(rest)
    if own:
        rest = rest[own.end():]
    clause = _CLAUSE_END.split(rest, maxsplit=1)[0][:CLAUSE_SPAN]
    verb = verbs.search(clause)
    return verb is not None and "的" not in clause[:verb.start()]


def _acceptable_subject(name: str, suffix: str, rules: DescribeRules) -> bool:
    """A name the main rules accept when its own union follows (the event clause stands for it); a bare
    level before a proper head is a name too (市口腔医院), unless an authority acts (市教育局, 市总工会)."""
    if _TIME_PHRASE.search(name):
        return False  # 几年来学校工会组织…: a time phrase, not a name
    if acceptable(name, suffix, rules, "工会") is None:
        return True
    level = name[:1] in rules.place_levels and len(name) >= 3
    return level and not suffix.endswith(_NOT_WRITER) and acceptable(name[1:], suffix, rules, "工会") is None


SHORT_HEAD_REPEATS = 2  # times the text writes a two-character head's unit (排水公司, 团结农场) for it to be a name


def short_head(name: str, suffix: str, after: str, text: str, rules: DescribeRules) -> bool:
    """A unit named by a head of two characters before a weak suffix (排水公司, 团结农场: the main rules want three, as
    配合公司, 完成学院 are phrases) when its own union follows as a clause's subject (AFTER) and TEXT writes the unit
    SHORT_HEAD_REPEATS times or more (its union, or its branch unions: 排水公司各分工会开展…); a company's, farm's or
    works' head only (司法局, 直属机关, 南关学校: a bare category or a school the rules read otherwise), not a suffix
    (有限公司), a state trade with no place (供电公司: `enterprise_trades`), a generic or leading word (该公司, 全体公司),
    Round 33. (jieba reads 排水, 团结 as a verb and an adjective: the repeats, not the tags, tell the name.)"""
    types = dict(rules.suffixes)
    return len(name) == 2 and suffix in rules.weak_suffixes and types.get(suffix) == "enterprise" \
        and name + suffix not in types and name not in rules.enterprise_trades \
        and _OWN_BODY.match(after.removeprefix("各")) is not None and text.count(name + suffix) >= SHORT_HEAD_REPEATS \
        and not name.startswith((*rules.generic_starts, *rules.leading_words, *rules.verb_starts)) \
        and not any(name.endswith(x) for x, _t in rules.suffixes) and not malformed(name, rules)  # (集团公司)


_TIME_PHRASE = re.compile(r"年(?:来|以来|度|初|底|终)")
_BARE_UNION = re.compile(r"([\u4e00-\u9fff]{2,10}?)(?=分?(?:工会|工會))")


def _bare_subject(chunk: str, rules: DescribeRules, text: str = "", verbs: re.Pattern[str] = EVENT
                  ) -> tuple[tuple, bool] | None:
    """A town's or street's union as the subject (瑞昌市范镇工会组织开展…), or a unit's own short name before its
    union that the TEXT names again (达州气电工会通过…开展…; 该…达州气电工会将…): ((position, -end, org, type),
    whether it is a town's or street's)."""
    for m in _BARE_UNION.finditer(chunk):
        name = m.group(1)
        if not opens_clause(chunk, m.start()) or in_list(chunk, m.start(), m.end()):
            continue
        town = name.endswith(PLACE_BODIES)
        place = town or PLACE_START.match(name) is not None  # (岚溪市建筑工会: a place's trade union)
        if not place and text.count(name) < 2:
            continue
        if bare_name(name, rules) and _event_after(chunk, m.end(), verbs):
            if trade_company(name, rules):  # 宿州邮政工会组织…: the company's union (Round 27)
                return (m.start(), -m.end(), name, "enterprise"), False
            return (m.start(), -m.end(), (name + "工会" if place else name), ("other" if place else None)), town
    return None


def event_subject(title: str, text: str, rules: DescribeRules, verbs: re.Pattern[str] = EVENT,
                  title_only: bool = False) -> tuple[str, str, list[str]] | None:
    """(org, org_type, evidence) of the unit that is the subject of the first event clause (a verb of VERBS) of
    the title or the opening (the title alone with TITLE_ONLY), or None."""
    # a cited document's title is no clause of the text (《中华全国总工会关于…开展…的意见》)
    opening = "" if title_only else CITED.sub(lambda m: "《" + "□" * (len(m.group(0)) - 2) + "》", text[:OPENING_CHARS * 2])
    for scope, chunk in (("title", title or ""), ("opening", opening)):
        found = []
        for org, org_type, start, end, name, _cut in org_candidates(chunk, rules):
            suffix = org[len(name):]
            start = end - len(org)
            if not name:  # a short proper head the word segmenter cut off (横林小学, 致远幼儿园: 横, 致 read as verbs)
                head = _SHORT_HEAD.search(chunk[:start])
                if head and opens_clause(chunk, head.start()) and (not any(
                        head.group(0).startswith(w) for w in (*rules.name_breakers, *rules.verbs_before_name))
                        or short_head(head.group(0), org, chunk[end:end + 4], title + text, rules)):
                    # (not a verb or a connective the lists know: 联合社区开展… is "jointly with communities";
                    # unless the text names the unit again with its union acting: 团结农场工会荣获…, Round 33)
                    name, org, start = head.group(0), head.group(0) + org, head.start()
            if not opens_clause(chunk, start) or in_list(chunk, start, end):
                continue
            after = chunk[end:end + 8]
            if after.startswith((*rules.outsider_after, *rules.post_after)):
                continue
            if org.endswith(("委员会", "委員會")) or department(name, chunk[end:end + 16], rules):
                continue  # a union's committee (集团工会委员会), a college's 分工会 whose university is not named
            event = _event_after(chunk, end, verbs)
            lead = scope == "title" and start == 0 and _TITLE_LEAD.match(chunk[end:end + 1]) is not None
            if (event or lead) and not (lead and suffix.endswith(_NOT_WRITER)) and (
                    _acceptable_subject(name, suffix, rules) or short_head(name, suffix, chunk[end:end + 4], title + text, rules)):
                found.append((start, -end, org, org_type))  # the longest from the first start (红塔集团大理卷烟厂)
        bare = _bare_subject(chunk, rules, text, verbs)
        if bare and (bare[1] or not found):  # (a name with no suffix only when no suffixed subject is found)
            found.append(bare[0])
        if found:
            _start, _end, org, org_type = min(found)
            return org, org_type, [f"org {org!r} from {scope} (the subject of an event clause)"]
    return None


# A text that speaks of its writer only by a word for its kind of body (我校, 学校工会; 我院, 医院工会; 集团工会,
# 我公司) and names one unit of that kind, and one only, anywhere (in a sentence, or in the title of one of its own
# rules: 《…中医院章程》): that unit is the writer.
_SELF_WORDS = {
    "school": ("我校", "本校", "学校工会", "校工会", "我园", "本园", "园工会", "全校教职工"),
    "hospital": ("我院", "本院", "医院工会", "全院职工"),
    "company": ("集团工会", "我集团", "公司工会", "我公司", "本公司", "我司"),
}
# (…和富乐二中教师的友谊赛: a partner; …给某某集团职工回信, 向公司、某某集团职代会提交: a recipient, Round 29)
_GONE_TO = re.compile(r"到|至|走进|来到|赴|前往|深入|走访|慰问|看望|给|[和与同跟向][^，,。]?$")
_HOSPITAL = ("医院", "卫生院", "保健院")
_COMPANY = ("集团", "有限公司", "公司", "分公司")


def _kind_of(suffix: str, org_type: str) -> str | None:
    if suffix.endswith(_HOSPITAL):
        return "hospital"
    if suffix in _COMPANY:
        return "company"
    return "school" if org_type == "school" else None


def self_named(title: str, text: str, rules: DescribeRules) -> tuple[str, str, list[str]] | None:
    """(org, org_type, evidence) of the one unit of the kind the text calls itself, or None."""
    chunk = f"{title or ''}\n{text}"
    head = f"{title or ''}\n{text[:OPENING_CHARS * 2]}"
    # the word must be the subject of a clause of the title or opening (学校工会于9月27日召开…, 我院召开…)
    kinds = {k for k, words in _SELF_WORDS.items()
             if any(opens_clause(head, m.start()) for w in words for m in re.finditer(w, head))}
    if len(kinds) != 1:
        return None
    kind = kinds.pop()
    names: dict[str, str] = {}
    others: set[str] = set()  # units of the kind named as another body's, visited or a partner: counted, not taken
    for org, org_type, start, end, name, _cut in org_candidates(chunk, rules):
        suffix = org[len(name):]
        if _kind_of(suffix, org_type) != kind or _TIME_PHRASE.search(name) \
                or acceptable(name, suffix, rules, chunk[end:end + 16]) is not None \
                or department(name, chunk[end:end + 16], rules):
            continue
        if chunk[end:end + 8].startswith(tuple(rules.outsider_after)) or _GONE_TO.search(chunk[max(0, start - 6):start]) \
                or in_list(chunk, start, end):
            others.add(org)  # another body's people; a unit visited (将清凉送到了…公司…项目部), a partner, one of a list
        else:
            names[org] = org_type
    # one unit, maybe named in a longer and a shorter form (广德市中医院, 中医院): the longest
    every = set(names) | others
    longest = [n for n in every if not any(o != n and o.endswith(n) for o in every)]
    if len(longest) != 1 or longest[0] not in names:
        return None
    org = longest[0]
    return org, names[org], [f"org {org!r} from text (the one {kind} named where the text speaks as one)"]


# A news item names its unit once, with its people or a part of it (…煤矿机电队职工, …维修段的工区), then calls
# it 该矿 or 该段 and says what 该矿工会 did: the unit so referred back to is the writer's subject. Its name is the
# run of the opening that ends with the referring word's head, at a word's end (煤矿, not 矿业).
_REFERRED_UNION = re.compile(r"[该該]([\u4e00-\u9fff]{1,2}?)(?:工会|工會)")
_RUN = re.compile(r"[\u4e00-\u9fff]{3,30}")
_NOT_A_NAME_START = ("该", "該", "本", "我", "在", "到", "由", "据", "據", "从", "對", "对", "为", "為")
REFERRED_NAME = (3, 24)  # characters of a unit named in full with its parents (某某集团…公司…煤矿)


def referred_unit(text: str, rules: DescribeRules) -> tuple[str, str | None, list[str]] | None:
    """(org, org_type or None, evidence) of the unit a news text calls 该X when 该X工会 acts, or None."""
    m = _REFERRED_UNION.search(text)
    if not m:
        return None
    head = m.group(1)
    opening = CITED.sub(lambda c: "□" * len(c.group(0)), text[:OPENING_CHARS * 2])
    for run in _RUN.finditer(opening[:m.start()] if m.start() < len(opening) else opening):
        words = pos_tokens(run.group(0))
        pos = 0
        for word, _simple, _flag in words:
            pos += len(word)
            name = run.group(0)[:pos]
            if not word.endswith(head) or not REFERRED_NAME[0] <= len(name) <= REFERRED_NAME[1]:
                continue
            if name.startswith(_NOT_A_NAME_START) or malformed(name, rules) or name.startswith(tuple(rules.generic_starts)):
                break  # (the run opens a clause, not a name: 该矿…, 在…煤矿)
            org_type = next((t for x, t in rules.suffixes if name.endswith(x)), None)
            return name, org_type, [f"org {name!r} from opening (the unit the text calls 该{head}, whose union acts)"]
    return None
