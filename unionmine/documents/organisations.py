"""Organisations: who wrote an article, from its title, opening, signature or cue words.

The knobs (organisation suffixes, generic names, verbs that open sentence fragments, official
names holding 和, org_type cue words, kind words and topic vocabulary) are in
`data/organisations.toml`, read here once for every describing module. `org` names the
institution; a school's or university's trailing 工会 is dropped (五马中学工会 -> 五马中学, type
school), a union body that is the writer keeps it (新碧镇教育工会, type education_union).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import UsageError
from ..store.paths import read_data_toml

OPENING_CHARS = 150  # "near the start of the text"
MAX_RUN = 16  # CJK characters looked at before a suffix
MAX_NAME = 10  # longer "names" are sentences...
MAX_PLACE_NAME = 16  # ...unless they start with a place (江北区人力资源和社会保障局)
_PLACE_START = re.compile(r"^[\u4e00-\u9fff]{1,4}?[省市县区镇乡州旗]")
# "中"/"小" short forms (三中, 实小) are not the end of a longer suffix (第三中学, 实小学)
_SHORT_FORM = re.compile(r"^[一二三四五六七八九十实附][中小]$")
_CITED = re.compile(r"《[^》]{0,60}》")


@dataclass
class DescribeRules:
    suffixes: list[tuple[str, str]]  # (suffix, org_type), longest first
    not_followed_by: list[str]
    name_breakers: list[str]
    leading_words: list[str]
    weak_suffixes: list[str]
    place_levels: list[str]
    generic_starts: list[str]
    anonymised_chars: list[str]
    outsider_after: list[str]
    outsider_before: list[str]
    writer_after: list[str]
    kinds: dict
    topic: dict
    verb_starts: list[str] = field(default_factory=list)
    name_compounds: list[str] = field(default_factory=list)
    org_type_cues: dict = field(default_factory=dict)
    verbs_before_name: list[str] = field(default_factory=list)
    short_school: str = ""


def load_describe_rules(path: str | Path | None = None) -> DescribeRules:
    """Read `data/organisations.toml` (or a user's copy)."""
    d, where = read_data_toml("organisations.toml", path, "describing rules")
    try:
        suffixes = [(s, t) for t, items in d["suffixes"].items() for s in items]
        suffixes.sort(key=lambda st: -len(st[0]))
        return DescribeRules(
            suffixes=suffixes,
            not_followed_by=d.get("not_followed_by", []),
            name_breakers=sorted(d.get("name_breakers", []), key=len, reverse=True),
            leading_words=sorted(d.get("leading_words", []), key=len, reverse=True),
            weak_suffixes=d.get("weak_suffixes", []),
            place_levels=d.get("place_levels", []),
            generic_starts=d.get("generic_starts", []),
            anonymised_chars=d.get("anonymised_chars", []),
            outsider_after=d.get("outsider_after", []),
            outsider_before=d.get("outsider_before", []),
            writer_after=d.get("writer_after", []),
            kinds=d["kinds"],
            topic=d["topic"],
            verb_starts=d.get("verb_starts", []),
            name_compounds=d.get("name_compounds", []),
            org_type_cues=d.get("org_type_cues", {}),
            verbs_before_name=sorted(d.get("verbs_before_name", []), key=len, reverse=True),
            short_school=d.get("short_school", ""),
        )
    except KeyError as exc:
        raise UsageError(f"{where}: the section {exc} is missing") from exc


@lru_cache(maxsize=1)
def default_describe_rules() -> DescribeRules:
    """The packaged rules, read once."""
    return load_describe_rules()


# ---------------------------------------------------------------- organisation


def _suffix_regex(rules: DescribeRules) -> re.Pattern[str]:
    alts = "|".join(re.escape(s) + ("(?!学)" if _SHORT_FORM.match(s) else "") for s, _ in rules.suffixes)
    if rules.short_school:  # tried after the words: 实验小学 is a suffix, 实验二小 a short form
        alts += f"|{rules.short_school}"
    neg = "|".join(re.escape(w) for w in rules.not_followed_by)
    return re.compile(rf"(?:{alts})(?!{neg})" if neg else rf"(?:{alts})")


def _short_school(suffix: str, rules: DescribeRules) -> bool:
    """Whether SUFFIX is a short school form long enough to name a school alone (十一中, 实验二小)."""
    return bool(rules.short_school) and len(suffix) >= 3 and re.fullmatch(rules.short_school, suffix) is not None


_SUFFIX_CACHE: dict[int, re.Pattern[str]] = {}


def _name_before(text: str, end: int, rules: DescribeRules) -> tuple[str, bool]:
    """The proper name that ends at END: the whole run of CJK characters since the last
    punctuation or digit, without leading words such as 我们 and cut after a sentence word
    inside it ("中全会和区" -> "区"). A long run is a sentence, not a name."""
    start = end
    while start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and end - start <= MAX_RUN:
        start -= 1
    name = text[start:end]
    for compound in rules.name_compounds:  # "和" inside 住房和城乡建设局 is part of the name
        if compound in name:
            name = name.replace(compound, compound.replace("和", "\x00"))
    changed = True
    while changed:
        changed = False
        for w in rules.leading_words:
            # 我们新碧镇 -> 新碧镇, 在区 -> 区 (then too short: rejected), but 向阳 stays a name
            if name.startswith(w) and (len(name) - len(w) >= 2 or name[len(w):] in rules.generic_starts):
                name, changed = name[len(w) :], True
    cut = False
    for w in rules.name_breakers:
        i = name.rfind(w)
        if i > 0 or (i == 0 and len(name) - len(w) >= 2):
            name, cut = name[i + len(w) :], True
    for w in rules.verbs_before_name:
        # 现代表青阳县审计局, 工会组织远帆物流公司: the object of the verb is the name
        # (nothing left after it: the whole name is the suffix, which only a short school
        # form such as 实验二小 or 十一中 may be)
        i = name.rfind(w)
        if i >= 0 and (len(name) - i - len(w) >= 2 or i + len(w) == len(name)):
            name, cut = name[i + len(w) :], True
    name = name.replace("\x00", "和")
    if name.startswith(tuple(rules.outsider_before)):  # one C call, not a generator per name
        word = next(w for w in rules.outsider_before if name.startswith(w))
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
        run = m.start() - len(name)
        while run > 0 and "\u4e00" <= text[run - 1] <= "\u9fff":
            run -= 1
        # A clause subject follows the start of the text or a comma/full stop, not "、".
        clause_start = run == 0 or text[run - 1] in ",，。.!?！？;；:：\n "
        yield name + suffix, suffix_type, m.start() - len(name), m.end(), name, cut or not clause_start


def _acceptable(name: str, suffix: str, rules: DescribeRules, after: str = "") -> str | None:
    """None if NAME is a real proper name, else why it is rejected. A weak suffix (学校, 公司)
    needs a place level in the name (平望镇学校) or, from 3 characters, the writer's own union
    right after it (城西外国语学校工会, 长宁供电公司工会)."""
    if len(name) < 2 and not (not name and _short_school(suffix, rules)):
        return "only a suffix"
    if suffix in rules.weak_suffixes and not any(p in name[1:] for p in rules.place_levels) and not (
            len(name) >= 3 and after.startswith(("工会", "教代会", "职代会"))):
        return "a phrase, not a name"
    if any(c in name for c in rules.anonymised_chars):
        return "anonymised"
    if name.startswith(tuple(rules.generic_starts)):
        return "generic"
    if name.startswith(tuple(rules.verb_starts)):
        return "a sentence fragment"
    return None


def find_org(title: str, text: str, rules: DescribeRules | None = None) -> tuple[str | None, str | None, list[str]]:
    """The organisation that wrote the article: from its title, opening, or a writer cue."""
    rules = rules or default_describe_rules()
    evidence: list[str] = []
    masked = _CITED.sub(lambda m: "《" + "□" * (len(m.group(0)) - 2) + "》", text)
    scopes = [("title", title), ("opening", masked[: OPENING_CHARS * 2]), ("text", masked)]
    for scope, chunk in scopes:
        for org, org_type, start, end, name, cut in _org_candidates(chunk, rules):
            # a weak suffix + 工会 is a name in a title (城西外国语学校工会…计划), a phrase in a
            # sentence (作为一名学校工会主席, 不断创新机关工会工作)
            why = _acceptable(name, org[len(name) :], rules, chunk[end : end + 3] if scope == "title" else "")
            if why:
                continue
            before, after = chunk[max(0, start - 4) : start], chunk[end : end + 8]
            if scope != "title" and after.startswith(tuple(rules.outsider_after)):
                continue
            if scope != "title" and before.endswith(tuple(rules.outsider_before)):
                continue
            # Mid-sentence (or anywhere later in the text) only a writer cue makes it the writer.
            if (scope == "text" or cut) and not after.startswith(tuple(rules.writer_after)):
                continue
            evidence.append(f"org {org!r} from {scope}")
            return org, org_type, evidence
        if scope == "opening":
            signed = _signature_org(text, rules)
            if signed:
                return signed[0], signed[1], [f"org {signed[0]!r} from signature"]
    return None, None, evidence


SIGNATURE_LINES = 4
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(rf"[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}}[)）]")  # 會(huì)
_SIGNATURE_TAIL = ("工会委员会", "工会", "")


def _signature_org(text: str, rules: DescribeRules) -> tuple[str, str] | None:
    """The writer's name signed on a line of its own at the end (…\n东湖区教育工会\n2022年1月18日)."""
    lines = [_PINYIN.sub("", ln).strip() for ln in text.strip().split("\n") if ln.strip()][-SIGNATURE_LINES:]
    for line in reversed(lines):
        if len(line) > MAX_PLACE_NAME + 6:
            continue
        for org, org_type, start, end, name, _cut in _org_candidates(line, rules):
            if start == 0 and line[end:] in _SIGNATURE_TAIL and _acceptable(name, org[len(name):], rules,
                                                                             line[end:]) is None:
                return org, org_type
    return None


_UNION_BODY = re.compile(r"工会委员会|委员会工会|经费审查委员会|女职工委员会")


def _title_org_kind(title: str, rules: DescribeRules) -> tuple[str, str] | None:
    """The kind of body a title names without naming which one (幼儿园工会工作总结, 医院工会工作计划,
    街道总工会上半年工作总结): the last organisation word of the title, the head of its noun
    phrase (街道总工会 is a 总工会, 局机关 a 机关). The union's own committee is no such word."""
    rx = _SUFFIX_CACHE.get(id(rules))
    if rx is None:
        rx = _SUFFIX_CACHE[id(rules)] = _suffix_regex(rules)
    masked = _UNION_BODY.sub(lambda m: "□" * len(m.group(0)), _CITED.sub("", title))
    found = [(m.end(), m.group(0)) for m in rx.finditer(masked)]
    if not found:
        return None
    suffix = max(found)[1]
    return suffix, dict(rules.suffixes).get(suffix, "school")


def find_org_type(text: str, rules: DescribeRules | None = None, title: str = "") -> tuple[str | None, list[str]]:
    """When no organisation is named: the type of body that wrote TEXT, from words such as
    我校, 公司, 我局 and 医院 (the type with most hits, if it has at least `min_hits`); a cue in
    the TITLE (高校工会工作小结, 机关工会工作计划) decides."""
    rules = rules or default_describe_rules()
    kind_named = _title_org_kind(title, rules)
    if kind_named:
        return kind_named[1], [f"org_type {kind_named[1]}: the title names a {kind_named[0]}"]
    cues = rules.org_type_cues
    if not cues:
        return None, []
    lists = {t: words for t, words in cues.items() if isinstance(words, list)}
    in_title = {t: sum(title.count(w) for w in words) for t, words in lists.items()}
    named = max(in_title, key=lambda t: in_title[t], default=None)
    if named is not None and in_title[named]:
        return named, [f"org_type {named} from a cue word in the title"]
    counts = {t: sum(text.count(w) for w in words) for t, words in lists.items()}
    best = max(counts, key=lambda t: counts[t], default=None)
    if best is None or counts[best] < int(cues.get("min_hits", 2)):
        return None, []
    return best, [f"org_type {best} from {counts[best]} cue words in text"]
