"""Indicators: the quantities a report gives (money, people, visits, events held, rates, counts).

Each quantity keeps its phrase, its sentence and the theme of the section it stands in, so a
total can be traced back to the words it came from. Numbers are read by `text.numerals.numeral_value`;
4万多元 becomes 40000 元 with approx=True ("more than").
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

try:  # pandas' own argsort behind sort_values: fast, and ties fall exactly as sort_values leaves them
    from pandas.core.sorting import nargsort
except ImportError:  # a pandas that moved its internal: the public call, slower, same order
    nargsort = None

from ...labels import say
from ...text.numerals import numeral_value
from ...text.sentences import split_sentences
from ...text.tokenize import cut

_CN = "零〇一二两三四五六七八九十百千"
#: a Chinese numeral may hold 万 or 亿 inside (一万二千, 两万零五百): read it whole, not as 二千 after a stray 一万
NUM = r"(?P<num>\d+(?:\.\d+)?|[" + _CN + r"]+(?:[万亿][" + _CN + r"]+)*)"
MULT = r"(?P<mult>[万千百亿])?"
APPROX = r"(?P<approx>[多余])?"
_MULTIPLIER = {"万": 1e4, "千": 1e3, "百": 1e2, "亿": 1e8}
#: the numerals that, alone, are an article (一名教师) rather than a count
_ARTICLE_NUMERALS = ("一", "两")
#: verbs and particles before a money label (发放慰问金 -> 慰问金)
_LABEL_LEAD = "发放了共计达给送出拿"
#: totalling words between what the money was and the sum: 慰问金共计4315元, 慰问品折合6000元
_MONEY_FILLER = re.compile(r"(?:共计|合计|总计|累计|折合|总额|金额|价值|计|达|为|约|共)+$")
#: what follows the counted noun: 教职工参加, 老师提供, 会员和家属
_COUNTED_END = re.compile(r"参加|参与|参观|参赛|提供|获得|获|受到|进行|开展|报名|出席|观看|接受|走访|到场|踊跃|积极|自愿"
                          r"|共同|全部|分别|送去|送上|送|收到|前往|了|和|及|与|在|被|为|都|均|已|将|并|的")
#: the unit of an event count when the text gives none (举办篮球赛: one time)
EVENT_UNIT = "次"

# Events a union holds; a count near the word (两场篮球赛, 召开教代会2次) gives how many.
EVENT_WORDS = (
    "教职工代表大会", "职工代表大会", "教代会", "职代会", "会员代表大会", "运动会", "篮球赛", "篮球比赛",
    "排球赛", "排球比赛", "乒乓球赛", "乒乓球比赛", "羽毛球赛", "羽毛球比赛", "拔河比赛", "拔河赛",
    "足球赛", "气排球赛", "趣味比赛", "演讲比赛", "歌咏比赛", "合唱比赛", "书法比赛", "知识竞赛",
    "联欢会", "文艺汇演", "文艺演出", "茶话会", "座谈会", "讲座", "报告会", "培训班", "登山", "春游",
    "秋游", "健步走", "体检",
)
_EVENT_COUNT = re.compile(r"(?<!第)" + NUM + r"\s*(?P<unit>次|场|期|轮)")
_HELD = re.compile(r"举办|举行|开展|组织|召开|参加|参与|进行|安排")

PATTERNS: list[tuple[str, re.Pattern]] = [
    ("percent", re.compile(r"(?P<label>[\u4e00-\u9fff]{1,6}率)?[^，。；,;\d]{0,4}?" + r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>[%％])")),
    ("percent", re.compile(r"(?P<label>[\u4e00-\u9fff]{1,6}率)?[^，。；,;\d]{0,4}?百分之(?P<num>[\d" + _CN + r"]+)(?P<unit>)")),
    ("money", re.compile(r"(?P<pre>[约近])?" + NUM + MULT + APPROX + r"\s*(?P<unit>元)")),
    ("visits", re.compile(r"(?P<pre>[约近])?" + NUM + MULT + APPROX + r"\s*(?P<unit>人次)")),
    ("people", re.compile(r"(?<!第)(?P<pre>[约近])?" + NUM + MULT + APPROX + r"\s*(?P<unit>名|位|人|户)(?!次)")),
    ("count", re.compile(r"(?<!第)(?P<pre>[约近])?" + NUM + MULT + APPROX
                         + r"\s*(?P<unit>条|篇|份|项|个|次|场|期|所|支|件|本|套|张|床|批|队)")),
]
COLUMNS = ["doc_id", "kind", "value", "unit", "approx", "label", "phrase", "sentence", "theme"]

#: Each event word as a compiled literal, and per pattern the literals one of which every match
#: holds (its unit): a sentence without any is not scanned. The patterns ran on every sentence
#: holding a digit (a quarter of ingest's per-article measures); the results are the same, since
#: a regex cannot match where a character it requires is absent (tests/stats/test_indicators_fast_paths.py).
_EVENT_PATTERNS = tuple((word, re.compile(re.escape(word))) for word in EVENT_WORDS)
_REQUIRED = {
    0: ("%", "％"),
    1: ("百分之",),
    2: ("元",),
    3: ("人次",),
    4: ("名", "位", "人", "户"),
    5: tuple("条篇份项个次场期所支件本套张床批队"),
}
_PATTERN_CUES = tuple((kind, pattern, _REQUIRED[i]) for i, (kind, pattern) in enumerate(PATTERNS))
_HAS_NUMERAL = re.compile(r"[\d" + _CN + r"]")


def _number(text: str) -> float | None:
    value = numeral_value(text)
    return None if value is None else float(value)


def _value(m: re.Match) -> float | None:
    value = _number(m.group("num"))
    if value is None:
        return None
    mult = m.groupdict().get("mult")
    return value * _MULTIPLIER[mult] if mult else value


def _is_article_one(m: re.Match) -> bool:
    # 一名教师, 一个目标, 一次次: the numeral one used as an article, not as a count.
    return m.group("num") in _ARTICLE_NUMERALS and not m.groupdict().get("mult") and not m.groupdict().get("approx")


def quantity_label(kind: str, sentence: str, start: int, end: int) -> str:
    """What a quantity counts (130名教职工参加 -> 教职工) or, for money, what it was (慰问品折合6000元 -> 慰问品).

    A window of four characters cut through words: 教职工参, 问品折合. The label now ends before a
    verb or particle that follows the counted noun, and a money label drops the totalling words
    (共计, 折合) between it and the sum."""
    if kind == "money":
        before = re.search(r"[\u4e00-\u9fff]{0,10}[^\u4e00-\u9fff]{0,2}$", sentence[:start]).group(0)
        before = before.strip(" ，,、：:")
        words = cut(_MONEY_FILLER.sub("", before) or before)
        label = words.pop() if words else ""
        while words and (len(label) < 2 or len(words[-1]) + len(label) <= 4):  # whole words: 节日慰问品 -> 慰问品
            label = words.pop() + label
    else:
        label = re.match(r"[\u4e00-\u9fff]{0,7}", sentence[end:end + 9]).group(0)
        stop = _COUNTED_END.search(label, 1)
        # a noun phrase that ends the clause (…126名离退休教职工。) is whole; a longer run is cut at four
        label = label[:stop.start()] if stop else label if len(label) <= 6 else label[:4]
    label = label.strip(" ，,、：:")
    while len(label) > 2 and label[0] in _LABEL_LEAD:
        label = label[1:]  # 发放慰问金 -> 慰问金
    return label


def _sentence_indicators(sentence: str) -> list[dict]:
    found: list[dict] = []
    used: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in used)

    # Events first: their counts must not be counted again as plain counts.
    for word, literal in _EVENT_PATTERNS:
        if word not in sentence:
            continue
        for em in literal.finditer(sentence):
            if not free(em.start(), em.end()):
                continue
            lo, hi = max(0, em.start() - 12), min(len(sentence), em.end() + 8)
            window = sentence[lo:hi]
            counts = [c for c in _EVENT_COUNT.finditer(window) if free(lo + c.start(), lo + c.end())]
            if counts:
                c = min(counts, key=lambda c: abs(lo + c.start() - em.start()))
                value = _value(c)
                span = (min(lo + c.start(), em.start()), max(lo + c.end(), em.end()))
                unit = c.group("unit")
            elif _HELD.search(sentence[max(0, em.start() - 10):em.end() + 6]):
                value, span, unit = 1.0, (em.start(), em.end()), EVENT_UNIT
            else:
                continue
            if value is None:
                continue
            used.append(span)
            found.append({"kind": "events", "value": value, "unit": unit, "approx": False,
                          "label": word, "phrase": sentence[span[0]:span[1]], "_pos": span[0]})
    for kind, pattern, cues in _PATTERN_CUES:
        if not any(cue in sentence for cue in cues):
            continue
        for m in pattern.finditer(sentence):
            start = m.start("num") if kind == "percent" else m.start()
            if not free(start, m.end()):
                continue
            if kind in ("people", "count") and _is_article_one(m):
                continue
            if kind == "count" and len(m.group("num")) == 1 and not m.group("num").isdigit():
                continue  # 三个代表, 两个务必, 四个意识: slogans, not counts
            value = _value(m) if kind != "percent" else _number(m.group("num"))
            if value is None:
                continue
            groups = m.groupdict()
            approx = bool(groups.get("approx") or groups.get("pre"))
            label = groups.get("label") or quantity_label(kind, sentence, start, m.end())
            used.append((start, m.end()))
            found.append({"kind": kind, "value": value, "unit": "%" if kind == "percent" else groups["unit"],
                          "approx": approx, "label": label, "phrase": m.group(0), "_pos": start})
    found.sort(key=lambda item: item.pop("_pos"))
    return found


def extract_indicators(
    text: str,
    doc_id: str | None = None,
    theme_of_sentence: Callable[[int, str], str | None] | None = None,
) -> list[dict]:
    """Quantities in TEXT, one dict per quantity (see COLUMNS).

    THEME_OF_SENTENCE(start, sentence) gives the theme of the sentence starting at offset
    START (see `theme_lookup`); without it the theme is None.
    """
    rows = []
    for start, _end, sentence in split_sentences(text or ""):
        if not _HAS_NUMERAL.search(sentence):
            continue
        items = _sentence_indicators(sentence)
        if not items:
            continue
        theme = theme_of_sentence(start, sentence) if theme_of_sentence else None
        for item in items:
            rows.append({"doc_id": doc_id, **item, "sentence": sentence, "theme": theme})
    return rows


def theme_lookup(sections: pd.DataFrame) -> Callable[[int, str], str | None]:
    """Theme of a sentence: the labels of the deepest section of one article whose text holds it."""
    secs = sections.sort_values("level", ascending=False)
    return theme_lookup_rows(secs["heading"].tolist(), secs["text"].tolist(), secs["labels"].tolist())


def deepest_first(levels) -> np.ndarray:
    """The order ``sort_values("level", ascending=False)`` puts one article's sections in: the same
    call pandas makes (``nargsort``, quicksort), so sections of equal level tie the same way."""
    if nargsort is None:
        return pd.Series(levels).sort_values(ascending=False).index.to_numpy()
    return nargsort(levels, kind="quicksort", ascending=False, na_position="last")


def theme_lookup_rows(headings: list, texts: list, labels: list) -> Callable[[int, str], str | None]:
    """`theme_lookup` from one article's section values, already deepest first (`deepest_first`):
    the per-file measures build it from column lists, without a DataFrame per article."""
    entries = []
    for heading, text, labs in zip(headings, texts, labels):
        labs = labs if labs is not None else []
        body = f"{heading or ''}\n{text or ''}"
        entries.append((body, "、".join(str(x) for x in labs) or None))

    def lookup(_start: int, sentence: str) -> str | None:
        probe = sentence.strip()
        for body, theme in entries:
            if probe in body:
                return theme
        return None

    return lookup


def indicators_table(documents: pd.DataFrame, sections: pd.DataFrame | None = None) -> pd.DataFrame:
    """All indicators of all articles, each linked to its section's themes when SECTIONS are given."""
    by_doc = dict(tuple(sections.groupby("doc_id"))) if sections is not None and len(sections) else {}
    rows: list[dict] = []
    for rec in documents.itertuples(index=False):
        secs = by_doc.get(rec.doc_id)
        lookup = theme_lookup(secs) if secs is not None else None
        rows.extend(extract_indicators(getattr(rec, "text", "") or "", rec.doc_id, lookup))
    return pd.DataFrame(rows, columns=COLUMNS)


def indicator_totals(indicators: pd.DataFrame | list[dict], documents: pd.DataFrame) -> pd.DataFrame:
    """Sum of each kind of quantity per organisation and year (rates are not summed: their maximum).

    Articles without a named organisation are grouped under their title, so their numbers are
    not pooled with other unnamed writers. A figure an article quotes twice (a summary's opening
    repeats the year's headline numbers that its sections then report) counts once: one article's
    quantities of the same kind, unit, value and label are one quantity.
    """
    ind = pd.DataFrame(indicators, columns=COLUMNS) if isinstance(indicators, list) else indicators
    cols = ["org", "year", "kind", "unit", "total", "n", "any_approx"]
    if ind.empty:
        return pd.DataFrame(columns=cols)
    if "label" in ind:
        ind = ind.drop_duplicates(["doc_id", "kind", "unit", "value", "label"])
    meta = documents[["doc_id"] + [c for c in ("org", "year", "title") if c in documents]].copy()
    if "org" not in meta:
        meta["org"] = None
    if "year" not in meta:
        meta["year"] = None
    fallback = meta["title"] if "title" in meta else meta["doc_id"]
    unsigned = [say("words.unsigned", title=title) for title in fallback.astype(str)]
    meta["org"] = meta["org"].where(meta["org"].notna() & (meta["org"].astype(str) != ""), unsigned)
    merged = ind.merge(meta[["doc_id", "org", "year"]], on="doc_id", how="left")
    merged["year"] = merged["year"].astype("Int64")
    merged["unit"] = merged["unit"].where(merged["kind"] != "events", EVENT_UNIT)
    rows = []
    for (org, year, kind, unit), g in merged.groupby(["org", "year", "kind", "unit"], dropna=False, sort=True):
        rows.append({"org": org, "year": year, "kind": kind, "unit": unit,
                     "total": g["value"].max() if kind == "percent" else g["value"].sum(),
                     "n": len(g), "any_approx": bool(g["approx"].any())})
    out = pd.DataFrame(rows, columns=cols)
    out["year"] = out["year"].astype("Int64")
    return out
