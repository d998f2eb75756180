"""Describing: who wrote an article, for which year, what kind it is, and whether it is union work.

The knobs (organisation suffixes, generic names, kind words, topic vocabulary and thresholds)
are in `data/organisations.toml`. Every answer comes with `evidence`, short strings that say
why, so a wrong value can be traced to the rule that produced it.

Choices (documented here because statistics depend on them):
- `org` names the institution; a school's or university's trailing 工会 is dropped
  (五马中学工会 -> 五马中学, type school), a union body that is the writer keeps it
  (新碧镇教育工会, type education_union).
- `year` is the year reported on or planned for: a 4-digit year (1980-2035) followed by
  年/年度/学年 in the article's own title (source "title"), else in the opening sentences or
  in a short heading such as "2019年工作回顾" (source "text"). A school year "2019-2020学年"
  gives its first year (the year it starts, as school records do). Anonymised years
  (20xx, 20**, 20___) give None, and an anonymised title year is not replaced by a date
  found in the text. Years inside a cited title (《…2008年…》) or of a law's edition are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath

from .errors import UsageError
from .locations import read_data_toml

YEAR_MIN, YEAR_MAX = 1980, 2035
OPENING_CHARS = 150  # "near the start of the text"
HEADING_MAX_CHARS = 30
MAX_RUN = 16  # CJK characters looked at before a suffix
MAX_NAME = 10  # longer "names" are sentences...
MAX_PLACE_NAME = 16  # ...unless they start with a place (江北区人力资源和社会保障局)
_PLACE_START = re.compile(r"^[\u4e00-\u9fff]{1,4}?[省市县区镇乡州旗]")
# "中"/"小" short forms (三中, 实小) are not the end of a longer suffix (第三中学, 实小学)
_SHORT_FORM = re.compile(r"^[一二三四五六七八九十实附][中小]$")

_YEAR = re.compile(
    r"(?<![\d《])((?:19|20)\d{2})\s*(?:[-—~至到]\s*(?:19|20)?\d{2}\s*)?(?:学年度|学年|年度|年)(?!代)"
)
_ANON_YEAR = re.compile(r"(?:19|20)(?:[xX×*＊_]{2,}|[xX]{1,2})|\b[xX]{2}\s*年|20\s*_{2,}|二[〇○]\s*[xX×]{2}")
_CITED = re.compile(r"《[^》]{0,60}》")
_NOT_REPORT_YEAR = re.compile(r"^\s*(?:年)?(?:版|修订|颁布|修正|发布)")


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
    neg = "|".join(re.escape(w) for w in rules.not_followed_by)
    return re.compile(rf"(?:{alts})(?!{neg})" if neg else rf"(?:{alts})")


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
            if name.startswith(w) and len(name) - len(w) >= 2:
                name, changed = name[len(w) :], True
    cut = False
    for w in rules.name_breakers:
        i = name.rfind(w)
        if i > 0 or (i == 0 and len(name) - len(w) >= 2):
            name, cut = name[i + len(w) :], True
    name = name.replace("\x00", "和")
    if name.startswith(tuple(rules.outsider_before)):  # one C call, not a generator per name
        word = next(w for w in rules.outsider_before if name.startswith(w))
        if len(name) - len(word) >= 2:  # 向县教育工会 is someone else; 向阳幼儿园 is a name
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
        name, cut = _name_before(text, m.start(), rules)
        run = m.start() - len(name)
        while run > 0 and "\u4e00" <= text[run - 1] <= "\u9fff":
            run -= 1
        # A clause subject follows the start of the text or a comma/full stop, not "、".
        clause_start = run == 0 or text[run - 1] in ",，。.!?！？;；:：\n "
        yield name + suffix, types[suffix], m.start() - len(name), m.end(), name, cut or not clause_start


def _acceptable(name: str, suffix: str, rules: DescribeRules, after: str = "") -> str | None:
    """None if NAME is a real proper name, else why it is rejected. A weak suffix (学校, 公司)
    needs a place level in the name (平望镇学校) or, from 3 characters, the writer's own union
    right after it (城西外国语学校工会, 长宁供电公司工会)."""
    if len(name) < 2:
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
            why = _acceptable(name, org[len(name) :], rules, chunk[end : end + 3])
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


def find_org_type(text: str, rules: DescribeRules | None = None, title: str = "") -> tuple[str | None, list[str]]:
    """When no organisation is named: the type of body that wrote TEXT, from words such as
    我校, 公司, 我局 and 医院 (the type with most hits, if it has at least `min_hits`); a cue in
    the TITLE (高校工会工作小结, 机关工会工作计划) decides."""
    cues = (rules or default_describe_rules()).org_type_cues
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


# ---------------------------------------------------------------- the path

_PATH_NOISE = re.compile(
    r"^(?:附件\s*[\d一二三四五六七八九十]*\s*[：:、.．\-_ ]*)|[（(【\[][^）)】\]]{0,12}[）)】\]]"
)
_BARE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_PATH_YEAR_KIND = re.compile(r"((?:19|20)\d{2})\s*(?:学年度|学年|年度|年)?[^\d]{0,12}?(总结|小结|回顾|计划|要点|安排|打算|思路)")
_PLAN_WORDS = ("计划", "要点", "安排", "打算", "思路")


def _path_names(source: str) -> list[tuple[str, str]]:
    """(scope, name) for the file name (without extension) and then each folder, innermost first."""
    path = PurePosixPath(str(source).replace("\\", "/"))
    names = [("file name", path.stem)] + [("folder", p) for p in reversed(path.parent.parts) if p not in ("", ".", "/")]
    return [(scope, _PATH_NOISE.sub("", name).strip()) for scope, name in names]


def org_from_path(source: str, rules: DescribeRules | None = None) -> tuple[str | None, str | None, list[str]]:
    """The organisation named in the file name, else in the innermost folder that names one
    (附件2：西湖小学工会2021年度工作总结.txt, 2021/城北二中/工作计划.docx)."""
    rules = rules or default_describe_rules()
    for scope, name in _path_names(source):
        for org, org_type, _start, end, stem, _cut in _org_candidates(name, rules):
            if _acceptable(stem, org[len(stem) :], rules, name[end : end + 3]) is None:
                return org, org_type, [f"org {org!r} from {scope} {name!r}"]
    return None, None, []


def year_from_path(source: str, kind: str | None = None, *, tied_only: bool = False) -> tuple[int | None, list[str]]:
    """The year named in the file name, else in the innermost folder that names one.

    A name holding two years tied to kinds (2022年总结及2023年计划) gives the one of KIND;
    TIED_ONLY (a file holding several articles) accepts only such a year."""
    for scope, name in _path_names(source):
        tied = _PATH_YEAR_KIND.findall(name)
        if len({y for y, _ in tied}) > 1:
            if kind in ("plan", "summary"):
                for year, word in tied:
                    if (word in _PLAN_WORDS) == (kind == "plan") and YEAR_MIN <= int(year) <= YEAR_MAX:
                        return int(year), [f"year {year} ({kind}) from {scope} {name!r}"]
            return None, [f"several years in {scope} {name!r}"]
        if tied_only:
            continue
        found = [y for y, _ in _years_in(name)] or [
            int(m.group(1)) for m in _BARE_YEAR.finditer(name) if YEAR_MIN <= int(m.group(1)) <= YEAR_MAX
        ]
        if found:
            return found[0], [f"year {found[0]} from {scope} {name!r}"]
    return None, []


# ---------------------------------------------------------------- year


def _years_in(chunk: str) -> list[tuple[int, int]]:
    """(year, position) of reporting-year mentions, skipping cited titles and law editions."""
    masked = _CITED.sub(lambda m: "□" * len(m.group(0)), chunk)
    out = []
    for m in _YEAR.finditer(masked):
        year = int(m.group(1))
        if YEAR_MIN <= year <= YEAR_MAX and not _NOT_REPORT_YEAR.match(masked[m.end() :]):
            out.append((year, m.start()))
    return out


def find_year(title: str, text: str) -> tuple[int | None, str | None, list[str]]:
    """The year the article reports on or plans for, and where it was found."""
    title_years = _years_in(title)
    if title_years:
        return title_years[0][0], "title", [f"year {title_years[0][0]} in title"]
    if _ANON_YEAR.search(title):
        return None, None, ["anonymised year in title"]
    opening = _years_in(text[:OPENING_CHARS])
    if opening:
        return opening[0][0], "text", [f"year {opening[0][0]} in opening"]
    for line in text.split("\n"):
        s = line.strip()
        if s and len(s) <= HEADING_MAX_CHARS:
            ys = _years_in(s)
            if ys and re.search(r"(回顾|总结|思路|计划|要点|打算|工作)", s):
                return ys[0][0], "text", [f"year {ys[0][0]} in heading {s!r}"]
    if _ANON_YEAR.search(text[:OPENING_CHARS]):
        return None, None, ["anonymised year in opening"]
    return None, None, []


# ---------------------------------------------------------------- kind


def _headings(text: str) -> list[str]:
    return [s for s in (line.strip() for line in text.split("\n")) if s and len(s) <= HEADING_MAX_CHARS]


def _title_kind(title: str, k: dict) -> tuple[str | None, str]:
    """The kind the title names, and the words that say so ("" when it names none)."""
    plan = next((w for w in k["plan"] if w in title), None)
    summary = next((w for w in k["summary"] if w in title), None)
    if plan and summary:
        return "report", f"{summary!r} and {plan!r}"
    if plan or summary:
        return ("plan", repr(plan)) if plan else ("summary", repr(summary))
    report = next((w for w in k["report"] if w in title), None)
    return ("report", repr(report)) if report else (None, "")


def _report_cue(opening: str, k: dict) -> str | None:
    """A cue that the text is a report to a staff congress, not a sentence saying that a
    congress reviewed one (审议了…工会工作报告: a reviewing verb earlier in the same sentence)."""
    not_after = k.get("report_cue_not_after", [])
    for cue in k["report_text_cues"]:
        at = opening.find(cue)
        while at >= 0:
            sentence_start = max(opening.rfind(p, 0, at) for p in "。；！？\n") + 1
            if not any(w in opening[sentence_start:at] for w in not_after):
                return cue
            at = opening.find(cue, at + 1)
    return None


def find_kind(title: str, text: str, rules: DescribeRules | None = None) -> tuple[str, list[str]]:
    """summary, plan, report (looking back and ahead, to a congress) or other.

    The title is the author's own label: when it names a kind (计划/要点/安排 → plan, 总结/小结/回顾
    → summary, both → report, 工作报告 → report), that decides; a summary addressed to a staff
    congress (向大会作报告, 请代表们审议) is a report. Text cues decide only when the title is silent.
    """
    k = (rules or default_describe_rules()).kinds
    opening = text[: OPENING_CHARS * 3]
    address = next((c for c in k.get("address_cues", []) if c in opening), None)
    kind, words = _title_kind(title, k)
    if kind == "summary" and address:
        return "report", [f"kind report: {words} in title, but {address!r} addresses a congress"]
    if kind:
        return kind, [f"kind {kind}: {words} in title"]
    cue = _report_cue(opening, k)
    if cue:
        return "report", [f"kind report: {cue!r} in opening"]
    heads = _headings(text)
    back = next((h for h in heads if any(w in h for w in k["review_headings"])), None)
    ahead = next((h for h in heads if any(w in h for w in k["ahead_headings"])), None)
    if back and ahead:
        return "report", [f"kind report: headings {back!r} and {ahead!r}"]
    # the text's own first line, when it names a kind (a title the splitter did not take)
    first = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    if len(first) <= HEADING_MAX_CHARS * 2:
        kind, words = _title_kind(first, k)
        if kind:
            return kind, [f"kind {kind}: {words} in first line"]
    word = next((w for w in k["plan_text_cues"] if w in text[:OPENING_CHARS]), None)
    if word:
        return "plan", [f"kind plan: {word!r} in opening"]
    if re.search(r"(一年来|过去的一年|今年|本学年|回顾)", text[:OPENING_CHARS]):
        return "summary", ["kind summary: looks back in opening"]
    return "other", []


# ---------------------------------------------------------------- title

_TITLE_SENTENCE = re.compile(r"[。!?;！？；]|[,，].*[,，]")
# what a site puts around a title: link bars, breadcrumbs, a compilation's count claim
_TITLE_CHROME = re.compile(
    r"[|｜>＞»→]|首页|当前位置|您的位置|所在位置|\d+\s*篇|[一二三四五六七八九十]+篇[)）]|篇\s*[\d一二三四五六七八九十]+$"
    r"|^[【\[(（]?(?:篇|第)[\d一二三四五六七八九十]+|^[一二三四五六七八九十]{1,3}[、.．:：]|^[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|^\d{1,2}[、.．](?!\d)|^#"
)
TITLE_LOOK_LINES = 8  # the title is among the first lines of a page (chrome may come first)
COMPILATION_LOOK_LINES = 3  # ... and right after its marker in a compilation


def _compact(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z\u4e00-\u9fff]", "", s or "").lower()


_BARE_GENRE = re.compile(r"^(?:工作|年度)?(?:总结|计划|要点|报告|小结|述职报告|心得体会|工作报告)(?:范文|大全)?$")
_TITLE_NUMBER = re.compile(r"(?<=[结划点排算路告])\s*\d{1,2}$")  # 医院工会工作总结1 (a numbered copy)


def _clean_title(line: str) -> str:
    """A title without pinyin in brackets (報(bào)告) or a compilation's trailing copy number."""
    return _TITLE_NUMBER.sub("", _PINYIN.sub("", line.strip())).strip()


def _is_title_line(line: str, rules: DescribeRules) -> bool:
    """A short line without sentence punctuation or site chrome that names a kind of document
    (not a bare category name such as 工作总结 in a site's menu)."""
    line = _clean_title(line)
    if _BARE_GENRE.match(line):
        return False
    if not 4 <= len(line) <= 60 or _TITLE_SENTENCE.search(line) or line.endswith((":", "：")):
        return False
    if _TITLE_CHROME.search(line):
        return False
    k = rules.kinds
    return any(w in line for w in k["plan"] + k["summary"] + k["report"])


def choose_title(split_title: str | None, text: str, *, source: str | None = None, hint: str | None = None,
                 several: bool = False) -> tuple[str, str]:
    """The article's own title and where it came from ("hint", "split", "text" or "none").

    The page's own heading (HINT: an HTML <h1>/<title> the reader found) names a single-article
    page; a compilation's heading names the compilation, not its articles. Else the title is
    the first genre line (…工作总结, …工作计划) among the first lines of the article, never a
    line of site chrome (link bars, breadcrumbs, "（通用3篇）" count claims) and never the file
    name (the splitter's fallback when a text has no title line: the file name is the path
    fallback of org and year, see `org_from_path`). A title the splitter took from the marker
    line is kept when it is a genre line itself.
    """
    rules = default_describe_rules()
    look = COMPILATION_LOOK_LINES if several else TITLE_LOOK_LINES
    lines = [ln.strip() for ln in (text or "").split("\n") if ln.strip()][:look]
    if hint and not several and _is_title_line(hint, rules):
        return _clean_title(hint), "hint"
    stem = _compact(PurePosixPath(str(source).replace("\\", "/")).stem) if source else ""
    own = bool(split_title) and (not stem or _compact(split_title) != stem)
    if own and lines and lines[0] != split_title.strip() and lines[0].startswith(split_title.strip()):
        own = False  # the splitter's fallback: the start of a long first line, not a title
    if own and _is_title_line(split_title, rules):
        return _clean_title(split_title), "split"
    for line in lines:
        if _is_title_line(line, rules):
            return _clean_title(line), "text"
        # a flattened page: the title is one of the first space-separated segments
        for piece in line.split()[:4] if " " in line else ():
            if _is_title_line(piece, rules):
                return _clean_title(piece), "text"
    if own and not _TITLE_CHROME.search(split_title) and not _TITLE_SENTENCE.search(split_title):
        return _clean_title(split_title), "split"
    first = lines[0] if lines else ""
    if first and len(first) <= 40 and not _TITLE_SENTENCE.search(first) and not _TITLE_CHROME.search(first):
        return _clean_title(first), "text"
    return "", "none"


def kind_from_path(source: str | None, rules: DescribeRules | None = None) -> tuple[str | None, list[str]]:
    """The kind the file name names (西湖小学工会2021年度工作总结.txt), for a file of one article."""
    if not source:
        return None, []
    k = (rules or default_describe_rules()).kinds
    name = _path_names(source)[0][1]
    kind, words = _title_kind(name, k)
    return (kind, [f"kind {kind}: {words} in file name"]) if kind else (None, [])


# ---------------------------------------------------------------- topic


def union_density(text: str, terms: list[str]) -> float:
    """Occurrences of union vocabulary per 1000 characters."""
    if not text:
        return 0.0
    return 1000 * sum(text.count(t) for t in terms) / len(text)


def find_on_topic(title: str, text: str, rules: DescribeRules | None = None) -> tuple[bool, list[str]]:
    """False for articles that are not trade-union work (dormitories, a people's congress)."""
    t = (rules or default_describe_rules()).topic
    density = union_density(text, t["union_terms"])
    off = union_density(text, t["off_terms"])
    ev = [f"union terms {density:.1f}/1000 chars, off-topic terms {off:.1f}"]
    cue = next((c for c in t["off_title_cues"] if c in title), None)
    if cue and density < t["off_title_override_density"]:
        return False, ev + [f"off-topic title cue {cue!r}"]
    if density < t["min_density"]:
        return False, ev + ["too little union vocabulary"]
    if off > t["off_ratio"] * density:
        return False, ev + ["off-topic vocabulary dominates"]
    return True, ev


# ---------------------------------------------------------------- all together


def describe_article(title: str, text: str, source: str | None = None, *, several: bool = False) -> dict:
    """org, org_type, year, their sources, kind, on_topic and evidence for one article.

    SOURCE (the file's path relative to the collection) is the fallback for organisation and
    year (org_source/year_source "path"); SEVERAL says the file holds more than one article,
    so a year in its name is used only when tied to the article's kind.
    """
    rules = default_describe_rules()
    title = title or ""
    org, org_type, ev_org = find_org(title, text, rules)
    org_source = None
    if org:
        org_source = "title" if ev_org and ev_org[-1].endswith("from title") else "text"
    elif source:
        org, org_type, ev_org = org_from_path(source, rules)
        org_source = "path" if org else None
    if not org_type:
        org_type, ev_type = find_org_type(text, rules, title)
        ev_org = ev_org + ev_type
    year, year_source, ev_year = find_year(title, text)
    kind, ev_kind = find_kind(title, text, rules)
    if not several and not any("in title" in e for e in ev_kind):
        path_kind, ev_path_kind = kind_from_path(source, rules)
        if path_kind:  # the user's file name labels the document when its title does not
            kind, ev_kind = path_kind, ev_path_kind
    if year is None and source:
        # a compilation's name does not date its articles; "2022年总结及2023年计划" dates each part
        year, ev_path = year_from_path(source, kind, tied_only=several)
        if year is not None:
            year_source = "path"
        ev_year = ev_year + ev_path
    on_topic, ev_topic = find_on_topic(title, text, rules)
    return {
        "org": org,
        "org_type": org_type,
        "org_source": org_source,
        "year": year,
        "year_source": year_source,
        "kind": kind,
        "on_topic": on_topic,
        "evidence": ev_org + ev_year + ev_kind + ev_topic,
    }


def year_conflict(year: int | None, year_min: int | None, year_max: int | None, clues: list[str] | None = None
                  ) -> tuple[bool, str | None]:
    """Whether a stated YEAR lies outside the range the text's own dated clues allow, and why."""
    if year is None:
        return False, None
    cited = "、".join(clues or [])
    if year_min is not None and year < year_min:
        return True, f"stated {year}, but the text cites {cited} (not before {year_min})"
    if year_max is not None and year > year_max:
        return True, f"stated {year}, but the text cites {cited} (not after {year_max})"
    return False, None
