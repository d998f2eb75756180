"""Every organisation name the existing finders can offer for one article, with where and how it was found.

Round 16 (organisations): instead of one more placement rule, the describer's finders are run for all they
can name (title, the text's first lines, the opening, the signature under the text, the whole text, the file
name and folders, a short name before its 工会, a news item's honoured or visited unit, a unit joined to its
parent) and each name becomes a candidate with features (where found, how often, suffix class, length,
position, agreement with the title, the signature, the path, the type cue words and the rule-based choice).
`scripts/org_rank.py` scores the candidates with a model fitted on the keys and chooses one, or none.
Not part of the describer: round 16's ranker did not clear its bar (docs/EVALUATION.md, "Round 16
(organisations)"), so this lives with the experiment's scripts.
"""

from __future__ import annotations

import math
import re

from unionmine.documents.describe_rules import DescribeRules
from unionmine.documents.organisations.bare import PLACE_START
from unionmine.documents.organisations.candidates import acceptable, org_candidates
from unionmine.documents.organisations.find import (
    OPENING_CHARS,
    PINYIN,
    SIGNATURE_LINES,
    _title_union,
    _union_subject,
    signed_org,
)
from unionmine.documents.organisations.names import (
    CITED,
    SUFFIX_CACHE,
    suffix_regex,
    without_offices,
)

TYPES = ("school", "education_union", "university", "enterprise", "agency", "other")
SCOPES = ("title", "head", "opening", "sign", "text", "path")
_UNION_END = ("工会", "工會")
_FEDERATION_END = ("总工会", "總工會")


def _add(found: dict, org: str | None, org_type: str | None, **marks) -> dict | None:
    org = without_offices(org)
    if not org or len(org) < 2:
        return None
    cand = found.setdefault(org, {"org": org, "type": None, "marks": {}, "first": None})
    if org_type and cand["type"] is None:
        cand["type"] = org_type
    for name, value in marks.items():
        cand["marks"][name] = max(cand["marks"].get(name, 0), value)
    return cand


def _scope_chunks(title: str, text: str, source: str | None, path_names) -> list[tuple[str, str]]:
    masked = CITED.sub(lambda m: "《" + "□" * (len(m.group(0)) - 2) + "》", text)
    lines = [PINYIN.sub("", ln).strip() for ln in text.strip().split("\n") if ln.strip()]
    chunks = [("title", title), ("head", "\n".join(lines[:2])), ("opening", masked[:OPENING_CHARS * 2]),
              ("sign", "\n".join(lines[-SIGNATURE_LINES:])), ("text", masked)]
    if source:
        chunks += [("path", name) for _scope, name in path_names(source)]
    return chunks


def gather(title: str, text: str, source: str | None, rules: DescribeRules, chosen: str | None,
           chosen_source: str | None, news_unit: str | None, path_names, with_spans: bool = True) -> list[dict]:
    """The candidates of one article: dicts with `org`, `type` (its suffix's, or None) and `marks`
    (how it was found); CHOSEN is the rule-based describer's organisation (org_source CHOSEN_SOURCE)."""
    found: dict = {}
    for scope, chunk in _scope_chunks(title, text, source, path_names):
        for org, org_type, start, end, name, cut in org_candidates(chunk, rules):
            after = chunk[end:end + 16]
            strict = acceptable(name, org[len(name):], rules, "") is None
            lenient = strict or acceptable(name, org[len(name):], rules, after) is None
            if not lenient:
                continue
            cand = _add(found, org, org_type, **{f"in_{scope}": 1, f"acc_{scope}": int(strict),
                                                  f"whole_{scope}": int(not cut)})
            if cand is not None and scope == "text" and cand["first"] is None:
                cand["first"] = start / max(len(chunk), 1)
            if cand is not None and chunk[end:end + 4].startswith(("工会", "工會", "分工会")):
                cand["marks"]["union_after"] = 1
    own = _title_union(title, rules)
    if own:
        _add(found, own[0], own[2], bare_title=1)
    subject = _union_subject(title, text[:OPENING_CHARS * 2], text, rules)
    if subject:
        _add(found, subject[0], subject[2], **{f"bare_{subject[1]}": 1})
    signed = signed_org(text, rules)
    if signed:
        _add(found, signed[0], signed[1], signed=1)
    if news_unit:
        _add(found, news_unit, None, news=1)
    if chosen:
        _add(found, chosen, None, chosen=1, **{f"chosen_{chosen_source or 'text'}": 1})
    for cand in sorted(spans(title, text, rules)) if with_spans else ():  # sorted: same order every run
        _add(found, cand, None, span=1)
    # a unit joined to its parent (红岭烟草公司卷烟厂): two candidates written one after the other
    names = sorted(found, key=len, reverse=True)[:12]
    for a in names:
        for b in names:
            if a != b and not a.endswith(_UNION_END) and a + b in text and len(a + b) <= 20:
                _add(found, a + b, found[b]["type"], joined=1)
    return list(found.values())


_UNION = re.compile(r"分?(?:工会|工會)")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff0-9]")
SPAN_MAX = 14  # characters before a suffix or a union looked at
SPAN_STARTS = 8  # start positions tried per anchor


def spans(title: str, text: str, rules: DescribeRules) -> set[str]:
    """Every run-ending name a suffix or a union ends, from each start in the run before it: the ranker,
    not one cut rule, decides where the name starts (从化市第五中学 or 化市第五中学, 34团中学, 菏泽烟草工会)."""
    rx = SUFFIX_CACHE.get(id(rules))
    if rx is None:
        rx = SUFFIX_CACHE[id(rules)] = suffix_regex(rules)
    out: set[str] = set()
    for chunk in (title, text):
        ends = [m.end() for m in rx.finditer(chunk)] + [m.start() for m in _UNION.finditer(chunk)]
        for end in ends:
            start = end
            while start > 0 and end - start < SPAN_MAX and _NAME_CHAR.match(chunk[start - 1]):
                start -= 1
            for s in range(start, min(start + SPAN_STARTS, end - 1)):
                out.add(chunk[s:end])
    return out


def boundary(org: str, whole: str) -> tuple[int, int]:
    """How many times ORG occurs in WHOLE, and how many of them start a word: after punctuation, a line's
    start, a digit or a year (2021年红岭中学), not inside a run of characters (化市第五中学 in 从化市…)."""
    count = clean = 0
    i = whole.find(org)
    while i >= 0:
        count += 1
        if i == 0 or not _NAME_CHAR.match(whole[i - 1]) or whole[i - 1] in "年度" or whole[i - 1].isdigit():
            clean += 1
        i = whole.find(org, i + 1)
    return count, clean


def _starts(org: str, whole: str, limit: int = 20):
    i, n = whole.find(org), 0
    while i >= 0 and n < limit:
        yield i
        i, n = whole.find(org, i + 1), n + 1


def suffix_of(org: str, rules: DescribeRules) -> tuple[str, str | None]:
    """The organisation suffix ORG ends with (the longest) and its type, or ("", None)."""
    best = ("", None)
    for suffix, org_type in rules.suffixes:
        if org.endswith(suffix) and len(suffix) > len(best[0]):
            best = (suffix, org_type)
    return best


def features(cand: dict, title: str, text: str, found_type: str | None, n_cands: int,
             rules: DescribeRules) -> dict[str, float]:
    """The numbers the ranker reads for one candidate."""
    org, marks = cand["org"], cand["marks"]
    whole = title + "\n" + text
    f = {name: float(value) for name, value in marks.items()}
    suffix, suffix_type = suffix_of(org, rules)
    org_type = cand["type"] or suffix_type
    first = whole.find(org)
    after = whole[first + len(org):first + len(org) + 16] if first >= 0 else ""
    f["bias"] = 1.0
    count, clean = boundary(org, whole)
    f["log_count"] = math.log1p(count)
    f["log_clean"] = math.log1p(clean)
    f["all_clean"] = float(count > 0 and clean == count)
    f["no_clean"] = float(clean == 0)
    f["bad_start"] = float(org.startswith((*rules.leading_words, *rules.verb_starts, *rules.outsider_before,
                                           *rules.verbs_before_name)))
    f["breaker"] = float(any(w in org for w in rules.name_breakers))
    f["generic_start"] = float(org.startswith(tuple(rules.generic_starts)))
    f["union_next"] = float(any(whole.startswith(u, i + len(org)) for i in _starts(org, whole) for u in _UNION_END))
    f["has_suffix"] = float(bool(suffix))
    f["only_suffix"] = float(bool(suffix) and len(org) - len(suffix) < 2)
    f["acceptable"] = float(bool(suffix) and acceptable(org[:-len(suffix)], suffix, rules, after) is None)
    f["len"] = min(len(org), 20) / 10
    f["short"] = float(len(org) <= 3)
    f["long"] = float(len(org) >= 12)
    f["first"] = 1.0 - (first / max(len(whole), 1) if first >= 0 else 1.0)
    f[f"type_{org_type or 'none'}"] = 1.0
    f["ends_union"] = float(org.endswith(_UNION_END) and not org.endswith(_FEDERATION_END))
    f["ends_federation"] = float(org.endswith(_FEDERATION_END))
    f["place_start"] = float(PLACE_START.match(org) is not None)
    f["in_title_str"] = float(bool(title) and org in title)
    lines = [ln.strip() for ln in text.strip().split("\n") if ln.strip()]
    f["in_head_str"] = float(org in "\n".join(lines[:2]))
    f["in_opening_str"] = float(org in text[:OPENING_CHARS])
    f["in_sign_str"] = float(org in "\n".join(lines[-SIGNATURE_LINES:]))
    f["type_agrees"] = float(found_type is not None and org_type == found_type)
    f["n_cands"] = math.log1p(n_cands)
    f["digit"] = float(re.search(r"\d", org) is not None)
    return f
