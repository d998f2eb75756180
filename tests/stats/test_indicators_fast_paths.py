"""The indicator fast paths (literal prefilters, precompiled patterns) find exactly what the plain
scans found, against the reference they replace."""

from __future__ import annotations

import re

from conftest import SEEDS
from fast_paths import GENRE, RAW, SETTINGS
from hypothesis import given
from hypothesis import strategies as st

from unionmine.stats.insights import indicators as ind
from unionmine.text.sentences import split_sentences


def _reference_sentence_indicators(sentence: str) -> list[dict]:
    """`_sentence_indicators` as it was: every event word and every pattern scanned on every sentence."""
    found: list[dict] = []
    used: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in used)

    for word in ind.EVENT_WORDS:
        for em in re.finditer(re.escape(word), sentence):
            if not free(em.start(), em.end()):
                continue
            lo, hi = max(0, em.start() - 12), min(len(sentence), em.end() + 8)
            window = sentence[lo:hi]
            counts = [c for c in ind._EVENT_COUNT.finditer(window) if free(lo + c.start(), lo + c.end())]
            if counts:
                c = min(counts, key=lambda c: abs(lo + c.start() - em.start()))
                value = ind._value(c)
                span = (min(lo + c.start(), em.start()), max(lo + c.end(), em.end()))
                unit = c.group("unit")
            elif ind._HELD.search(sentence[max(0, em.start() - 10):em.end() + 6]):
                value, span, unit = 1.0, (em.start(), em.end()), ind.EVENT_UNIT
            else:
                continue
            if value is None:
                continue
            used.append(span)
            found.append({"kind": "events", "value": value, "unit": unit, "approx": False,
                          "label": word, "phrase": sentence[span[0]:span[1]], "_pos": span[0]})
    for kind, pattern in ind.PATTERNS:
        for m in pattern.finditer(sentence):
            start = m.start("num") if kind == "percent" else m.start()
            if not free(start, m.end()):
                continue
            if kind in ("people", "count") and ind._is_article_one(m):
                continue
            if kind == "count" and len(m.group("num")) == 1 and not m.group("num").isdigit():
                continue
            value = ind._value(m) if kind != "percent" else ind._number(m.group("num"))
            if value is None:
                continue
            groups = m.groupdict()
            approx = bool(groups.get("approx") or groups.get("pre"))
            label = groups.get("label") or ind.quantity_label(kind, sentence, start, m.end())
            used.append((start, m.end()))
            found.append({"kind": kind, "value": value, "unit": "%" if kind == "percent" else groups["unit"],
                          "approx": approx, "label": label, "phrase": m.group(0), "_pos": start})
    found.sort(key=lambda item: item.pop("_pos"))
    return found


def test_every_pattern_has_its_cues():
    """Each pattern's cues are literals of its unit group: a match without one cannot exist."""
    assert len(ind._PATTERN_CUES) == len(ind.PATTERNS)
    for (kind, pattern, cues), (kind0, pattern0) in zip(ind._PATTERN_CUES, ind.PATTERNS):
        assert (kind, pattern) == (kind0, pattern0)
        for m in pattern.finditer("达标率95%，百分之九十，发放慰问金4315元，参与200人次，130名教职工，3场比赛，96条建议"):
            assert any(cue in m.group(0) for cue in cues), (kind, m.group(0))


def test_same_indicators_on_the_seeds():
    n = 0
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for _start, _end, sentence in split_sentences(text):
            want = _reference_sentence_indicators(sentence)
            assert ind._sentence_indicators(sentence) == want
            n += len(want)
    assert n > 100  # the seeds hold many quantities: the comparison is not of empty lists


PIECES = st.sampled_from([
    "发放慰问金", "4315", "4万多", "元", "人次", "名", "位", "人", "户", "%", "％", "百分之", "九十", "率",
    "两场", "召开", "教代会", "篮球赛", "体检", "第", "约", "近", "三个", "次", "场", "期", "队", "一", "两", "，",
])
QUANTITIES = st.lists(st.one_of(PIECES, GENRE), max_size=25).map("".join)


@SETTINGS
@given(st.one_of(QUANTITIES, GENRE, RAW))
def test_same_indicators_on_random_sentences(sentence):
    assert ind._sentence_indicators(sentence) == _reference_sentence_indicators(sentence)


def test_deepest_first_orders_as_sort_values_with_or_without_pandas_internal(monkeypatch):
    """Sections of equal level tie as ``sort_values`` leaves them, by pandas' internal argsort or,
    where a pandas release has moved it, by the public call."""
    import numpy as np
    import pandas as pd

    from unionmine.stats.insights import indicators

    rng = np.random.default_rng(7)
    cases = [rng.integers(1, 4, size=int(rng.integers(1, 60))) for _ in range(300)]
    expected = [pd.Series(levels).sort_values(ascending=False).index.to_numpy() for levels in cases]
    assert all((indicators.deepest_first(lv) == want).all() for lv, want in zip(cases, expected))
    monkeypatch.setattr(indicators, "nargsort", None)
    assert all((indicators.deepest_first(lv) == want).all() for lv, want in zip(cases, expected))
