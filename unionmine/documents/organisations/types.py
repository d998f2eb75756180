"""Organisation types: what kind of body wrote an article that names no organisation.

The kind of body its title names (幼儿园工会工作总结), a cue word in the title (高校工会…), the
writer's own union opening a clause by its body word (我局工会在…, 学校工会认真…), or cue words
counted in the text (我校, 公司, 医院). Word lists in `data/organisations.toml`.

Round 40: the writer's union opening a clause with its own event (集团工会组织…, 中心工会为了…) types it too, but not a
union's own kind (区教育工会于…组织…: the upper union a school reports on), and only as the first union the text names;
an institute's 所 (神经所工会) is other; an upper union the text opens by (省总工会在全省开展…) yields to the bare body
that answers it (公司工会高度重视…); a 校 whose officers are a university's (校党委副书记, 常务副校长, 二级工会) is a university where no kind of school is named.
"""

from __future__ import annotations

import re

from ..describe_rules import DescribeRules, default_describe_rules
from .find import OPENING_CHARS
from .names import SUFFIX_CACHE, suffix_regex
from .names import title_org_kind as _title_org_kind

# the opening clause's subject: the writer's union named by its kind of body (我局工会在…, 学校工会认真…)
_SELF_UNION = re.compile(
    r"(?:^|[，,。；;：:\n])\s*([\u4e00-\u9fffxX×*＊]{1,8}?)(?=(?:分)?(?:工会|工會)(?:委员会)?(?:(?:[，,]|在|坚持|围绕|以|紧扣|"
    r"紧紧|结合|认真|始终|将|按照|积极|团结|立足|深入|全面|主动|不断|继续|切实|聚焦|一年来|现将|根据|着力|努力|"
    r"迅速|充分|大力|精心|持续|扎实|广泛|高度|进一步)|(组织|开展|举办|举行|召开|就|正在|为了|于)))"
)
# (group 2, Round 40: the union's own event, 集团工会组织…, 中心工会为了…, 某某场工会于3月6日…; only a body's union,
# not a union's own kind: 区教育工会于…组织, 市总工会举办的… are the upper unions a school or a company reports on)
_FIRST_PERSON = ("我", "本")
_NAMED_UNION = re.compile(r"[\u4e00-\u9fff](?:工会|工會)")
# ... or the union the text opens by naming as the event's organiser (由市总工会组织的…活动, 由集团工会牵头，…)
_ORGANISED_BY = re.compile(r"(?:^|[，,。：:\n])\s*由([\u4e00-\u9fff]{1,8}?)(?=(?:工会|工會)(?:主办|组织|牵头|举办))")


def _self_type(opening: str, rules: DescribeRules) -> tuple[str, str] | None:
    """(type, body word) of the writer's union that opens a clause of the opening, named by its
    kind of body: 我局工会 (agency), 学校工会 (school), xx工业园区工会 (other)."""
    types = dict(rules.suffixes)
    upper = None
    for m in [*_ORGANISED_BY.finditer(opening[:OPENING_CHARS]), *_SELF_UNION.finditer(opening[:OPENING_CHARS])]:
        body = m.group(1)
        bare = body[2:] if body.startswith("我们") else body[1:] if body.startswith(_FIRST_PERSON) else body
        # the union's own kind first (区总工会, 镇教育工会: the body word ends with 工会), then its body's
        word = next((x for x, _t in rules.suffixes if x.endswith("工会") and (bare + "工会").endswith(x)), None) \
            or next((x for x, _t in rules.suffixes if bare.endswith(x)), None)
        if m.re is _SELF_UNION and m.group(2) and (
                (word and word.endswith("工会")) or _NAMED_UNION.search(opening, 0, m.start())):
            continue  # (an event's union only as the first union the text names: 我院工会关心…，学校工会组织… is a hospital's)
        found = (types[word], word) if word else (rules.org_type_self[bare], bare) if bare in rules.org_type_self \
            else (("other", "所") if bare.endswith("所") else None)  # (神经所工会召开…: an institute, Round 40)
        if found is None:
            continue
        if upper is None and word and word.endswith("工会") and any(p in body for p in _UPPER_PLACE):
            upper = found  # (省总工会在全省开展…。公司工会高度重视…: the writer is the body that answers, Round 40)
            continue
        if upper is not None and not (bare in _OWN_BARE or bare in rules.org_type_self):
            return upper
        return found
    return upper


# the upper unions a text opens by (省总工会…, 岳阳市总工会…) before the writer's own bare union answers (公司工会…)
_UPPER_PLACE = ("省", "市", "全国", "中国")
_OWN_BARE = ("公司", "集团", "集团公司", "学校", "学院", "局", "厂")


# an anonymised name (××银行, XX中学, 某某公司) right before its union: which body is hidden, not its kind
# (not an anonymised year: "研究确定20xx年全局工会工作" hides a year, not a bureau)
_ANON_RUN = re.compile(r"(?<![\dxX×*＊某○Ｘｘ])[xX×*＊某○Ｘｘ]{2,}(?![年月日])[\u4e00-\u9fff]{0,6}$")
_ITS_UNION = re.compile(r"(?:系统)?分?(?:工会|工會)")


def _anonymised_type(chunk: str, rules: DescribeRules) -> tuple[str, str] | None:
    """(type, suffix) of an anonymised body whose union writes (我代表××银行系统工会, XX中学工会2023年…)."""
    rx = SUFFIX_CACHE.get(id(rules))
    if rx is None:
        rx = SUFFIX_CACHE[id(rules)] = suffix_regex(rules)
    types = dict(rules.suffixes)
    for m in rx.finditer(chunk):  # (a union's own kind, xx区总工会, is its union already)
        if (m.group(0).endswith("工会") or _ITS_UNION.match(chunk, m.end())) \
                and _ANON_RUN.search(chunk[max(0, m.start() - 10): m.start()]):
            return types.get(m.group(0), "school"), m.group(0)
    return None


def _leader_type(opening: str, rules: DescribeRules) -> tuple[str, str] | None:
    """(type, committee) of the writer's own party committee leading its union in the opening
    (在局党委和县总工会的领导下 -> agency); not a bureau of education's (a district's education union)."""
    for word, kind in rules.org_type_leaders.items():
        for m in re.finditer(rf"在([\u4e00-\u9fff]{{0,6}}?){word}[^。；;]{{0,20}}领导", opening):
            if not m.group(1).endswith("教育"):
                return kind, word
    return None


_BRANCH_WORDS = ("分工会", "分工會")
# (Round 40) a university's officers and parts a school has not, read only where the text names no kind of school:
# the university's party committee's secretaries (校党委副书记), an executive vice-president (常务副校长), its colleges'
# second-level unions (二级工会, 工会分会)
_MORE_GOVERNANCE = ("校党委副书记", "校党委书记", "常务副校长", "二级工会", "工会分会")


def _university(found: tuple[str | None, list[str]], word: str | None, text: str, rules: DescribeRules
                ) -> tuple[str | None, list[str]]:
    """A body called only 学校 or 校 (学校工会, 我校) whose text holds a university's words (its
    colleges' 分工会, 二级学院, 研究生) is a university: schools have no such parts."""
    if found[0] in (None, "school", "agency") and "校" in text and not any(w in text for w in rules.university_vetoes):
        gov = next((w for w in rules.university_governance if w in text), None)
        if gov is None and not any(w in text for w in rules.org_type_address.get("school_words", [])):
            gov = next((w for w in _MORE_GOVERNANCE if w in text), None)
        if gov:  # (a 校 whose officers and offices are a university's: 党委副书记、工会主席, 离退休处, 校区)
            return "university", found[1] + [f"org_type university: {gov!r} is a university's office or officer"]
    if found[0] != "school":
        return found
    # the writer called 学校 or 校, or itself a branch union (…部分工会, 各分会): schools have no branches
    if word not in ("学校", "校", "學校") and not any(b in text[:OPENING_CHARS] for b in _BRANCH_WORDS):
        return found
    cue = next((w for w in rules.university_cues if w in text), None)
    if cue is None or any(w in text for w in rules.university_vetoes):
        return found
    return "university", found[1] + [f"org_type university: a {word} with {cue!r} is a university"]


def find_org_type(text: str, rules: DescribeRules | None = None, title: str = "") -> tuple[str | None, list[str]]:
    """When no organisation is named: the type of body that wrote TEXT (see `_find_org_type`), a
    university when the body is called only 学校 and its text names a university's parts."""
    rules = rules or default_describe_rules()
    found, word = _find_org_type(text, rules, title)
    return _university(found, word, title + "\n" + text, rules)


def _most(text: str, words_by_type: dict, least: int) -> tuple[str, int] | None:
    """(type, hits) of the type whose words TEXT holds most, with at least LEAST hits and no tie."""
    counts = sorted(((sum(text.count(w) for w in words), t) for t, words in words_by_type.items()
                     if isinstance(words, list)), reverse=True)
    if not counts or counts[0][0] < least or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1], counts[0][0]


def _staff_type(text: str, rules: DescribeRules) -> tuple[str | None, list[str]]:
    """The last resort: the type whose staff the text speaks of most (教师/教职工, 员工, 医务人员), if
    it has `min_hits` and no other type as many."""
    found = _most(text, rules.org_type_staff, int(rules.org_type_staff.get("min_hits", 2)))
    if not found:
        return None, []
    return found[0], [f"org_type {found[0]} from {found[1]} words for its staff"]


def _find_org_type(text: str, rules: DescribeRules, title: str = "") -> tuple[tuple[str | None, list[str]], str | None]:
    """When no organisation is named: the type of body that wrote TEXT. The kind of body the
    TITLE names (幼儿园工会工作总结) or a cue word in it (高校工会工作小结) decides; else the writer's
    own union opening a clause by its body word (我局工会在…, 学校工会认真…, 公司工会围绕…); else words
    such as 我校, 公司, 我局 and 医院 in the text (the type with most hits, if it has at least
    `min_hits`). Returns the answer and the body word it rests on (学校, 局; 校 for counted cues). (Tried: the opening's 我局/我校 before the title's kind of body; it lost more
    than it won on a held-out set, as a university says 我校 and an education union 我局.)"""
    cues = rules.org_type_cues
    lists = {t: words for t, words in cues.items() if isinstance(words, list)}
    kind_named = _title_org_kind(title, rules)
    if kind_named:
        title_type, title_ev = kind_named[1], f"the title names a {kind_named[0]}"
    else:
        in_title = {t: sum(title.count(w) for w in words) for t, words in lists.items()}
        named = max(in_title, key=lambda t: in_title[t], default=None)
        title_type = named if named is not None and in_title[named] else None
        title_ev = "a cue word in the title"
    if title_type:
        return (title_type, [f"org_type {title_type}: {title_ev}"]), kind_named and kind_named[0]
    hidden = _anonymised_type(title + "\n" + text[:OPENING_CHARS], rules)
    if hidden:
        return (hidden[0], [f"org_type {hidden[0]}: an anonymised {hidden[1]}'s union writes"]), None
    self_named = _self_type(text, rules)
    if self_named:
        return (self_named[0], [f"org_type {self_named[0]}: the opening's writer is a {self_named[1]}'s union"]), \
            self_named[1]
    led = _leader_type(text[:OPENING_CHARS * 2], rules)
    if led:
        return (led[0], [f"org_type {led[0]}: the opening's union is led by a {led[1]}"]), None
    own = _most(text, rules.org_type_self_words, 1)
    if own:
        return (own[0], [f"org_type {own[0]}: the writer calls itself so {own[1]} times (我校, 我局…)"]), \
            ("校" if own[0] == "school" else None)
    counts = {t: sum(text.count(w) for w in words) for t, words in lists.items()}
    best = max(counts, key=lambda t: counts[t], default=None)
    if best is None or counts[best] < int(cues.get("min_hits", 2)):
        return _staff_type(text, rules), None
    return (best, [f"org_type {best} from {counts[best]} cue words in text"]), "校"  # (我校, 全校: a school or a university)
