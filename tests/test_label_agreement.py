"""scripts/label_agreement.py: the page-stratified sample and the agreement of two labellers.

Every figure below is worked out by hand on an invented six-section fixture (two labellers, three
pages); no real section text is used.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from builders import script_module

REPO = Path(__file__).resolve().parents[1]
la = script_module("label_agreement.py")

THEMES = la.THEMES
# (digest, page, first labeller, second labeller)
PAIRS = [
    ("d1", "p1", ["维权"], ["维权"]),
    ("d2", "p1", ["维权", "民主管理"], ["民主管理"]),
    ("d3", "p2", ["其他"], ["其他"]),
    ("d4", "p2", ["送温暖"], ["送温暖", "文体活动"]),
    ("d5", "p3", ["文体活动"], ["文体活动"]),
    ("d6", "p3", ["其他"], ["送温暖"]),
]


def _matrices():
    a = la.label_matrix([p[2] for p in PAIRS], THEMES)
    b = la.label_matrix([p[3] for p in PAIRS], THEMES)
    return a, b


def test_kappa_by_hand():
    # 维权: first 1,1,0,0,0,0; second 1,0,0,0,0,0. Observed 5/6; chance (2/6)(1/6) + (4/6)(5/6) = 11/18;
    # kappa (15/18 - 11/18) / (7/18) = 4/7.
    a, b = _matrices()
    assert la.cohen_kappa(a[:, 0], b[:, 0]) == pytest.approx(4 / 7)
    assert la.cohen_kappa([True, False], [True, False]) == 1.0
    assert la.cohen_kappa([False, False], [False, False]) == 1.0      # one value only, all agree
    assert la.cohen_kappa([True, False], [False, True]) == pytest.approx(-1.0)
    assert la.cohen_kappa([False, False], [True, True]) == 0.0
    assert math.isnan(la.cohen_kappa([], []))


def test_agreement_by_hand():
    a, b = _matrices()
    res = la.agreement(a, b)
    per = res["per_theme"]
    # 维权, 送温暖, 文体活动 and 其他 each: one labeller 2 or 1, the other 1 or 2, one shared ->
    # F1 2*1/(2+1) = 2/3, kappa 4/7; 民主管理 identical -> 1, 1.
    for t in ["维权", "送温暖", "文体活动", "其他"]:
        assert per[t]["f1"] == pytest.approx(2 / 3), t
        assert per[t]["kappa"] == pytest.approx(4 / 7), t
        assert per[t]["both"] == 1
    assert per["民主管理"]["f1"] == 1.0 and per["民主管理"]["kappa"] == 1.0
    assert (per["维权"]["a"], per["维权"]["b"]) == (2, 1)
    assert (per["其他"]["a"], per["其他"]["b"]) == (2, 1)
    assert res["macro_f1"] == pytest.approx((3 * 2 / 3 + 1) / 4)       # 0.75
    assert res["exact_match"] == pytest.approx(3 / 6)                  # d1, d3, d5
    assert res["n_multi"] == 2 and res["exact_match_multi"] == 0.0     # d2 (first), d4 (second)
    assert (res["multi_a"], res["multi_b"]) == (1, 1)


def test_agreement_is_symmetric():
    a, b = _matrices()
    ab, ba = la.agreement(a, b), la.agreement(b, a)
    assert ab["macro_f1"] == pytest.approx(ba["macro_f1"])
    for t in [*THEMES, "其他"]:
        assert ab["per_theme"][t]["kappa"] == pytest.approx(ba["per_theme"][t]["kappa"])
        assert ab["per_theme"][t]["f1"] == pytest.approx(ba["per_theme"][t]["f1"])


def test_intervals_resample_pages():
    a, b = _matrices()
    # one page: every resample is the whole set, so the interval is the point value
    ci = la.agreement_intervals(a, b, ["p"] * 6, n_boot=50, seed=3)
    assert ci["macro_f1"] == pytest.approx([0.75, 0.75])
    assert ci["kappa:维权"] == pytest.approx([4 / 7, 4 / 7])
    # three pages: p3 alone has exact match 1/2, p1 and p2 1/2 each, so every resample gives 1/2;
    # macro-F1 varies (p2 alone: 维权 and 民主管理 absent from both -> F1 1)
    ci = la.agreement_intervals(a, b, [p[1] for p in PAIRS], n_boot=200, seed=3)
    assert ci["exact_match"] == pytest.approx([0.5, 0.5])
    assert ci["macro_f1"][0] < 0.75 < ci["macro_f1"][1]
    again = la.agreement_intervals(a, b, [p[1] for p in PAIRS], n_boot=200, seed=3)
    assert again == ci


def _write(path: Path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def test_command_pairs_by_digest(tmp_path, capsys):
    first = [{"id": f"i{k}", "sha256": d, "group": g, "labels": la_} for k, (d, g, la_, _) in enumerate(PAIRS)]
    first.append({"id": "i9", "sha256": "only-first", "group": "p9", "labels": ["维权"]})
    second = [{"id": f"i{k}", "sha256": d, "labels": lb, "note": ""} for k, (d, _, _, lb) in enumerate(PAIRS)]
    second.append({"id": "i8", "sha256": "only-second", "labels": ["其他"], "note": ""})
    second.append({"id": "i7", "sha256": "d1", "labels": ["维权"], "note": "same text twice"})
    fa, fb = _write(tmp_path / "a.jsonl", first), _write(tmp_path / "b.jsonl", second)
    out, diff = tmp_path / "out.json", tmp_path / "diff.jsonl"
    assert la.main(["agreement", fa, "--against", fb, "--boot", "20", "--json", str(out),
                    "--diff", str(diff)]) == 0
    printed = capsys.readouterr().out
    assert "1 rows of" in printed and "6 sections" in printed and "1 rows repeat" in printed
    res = json.loads(out.read_text(encoding="utf-8"))["all"]
    assert res["n"] == 6 and res["macro_f1"] == pytest.approx(0.75)
    rows = [json.loads(x) for x in diff.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["sha256"] for r in rows) == ["d2", "d4", "d6"]
    assert all("text" not in r for r in rows)


def test_command_joins_two_first_files(tmp_path, capsys):
    one = [{"sha256": d, "group": "g1", "labels": la_} for d, _, la_, _ in PAIRS[:3]]
    two = [{"sha256": d, "group": "g1", "labels": la_} for d, _, la_, _ in PAIRS[3:]]
    second = [{"sha256": d, "labels": lb} for d, _, _, lb in PAIRS]
    f1, f2 = _write(tmp_path / "one.jsonl", one), _write(tmp_path / "two.jsonl", two)
    fb = _write(tmp_path / "b.jsonl", second)
    out = tmp_path / "out.json"
    assert la.main(["agreement", f1, f2, "--against", fb, "--boot", "10", "--json", str(out)]) == 0
    res = json.loads(out.read_text(encoding="utf-8"))
    # the same group name in two files stays two groups; each file is also scored alone
    assert "(2 groups" in capsys.readouterr().out
    assert res[f1]["n"] == 3 and res[f1]["exact_match"] == pytest.approx(2 / 3)   # d2 differs
    assert res[f2]["n"] == 3 and res[f2]["exact_match"] == pytest.approx(1 / 3)   # d4, d6 differ


def test_stratified_sample():
    rows = ([{"url": "u1", "k": i} for i in range(5)] + [{"url": "u2", "k": 5}]
            + [{"url": "u3", "k": i} for i in (6, 7)])
    got = la.stratified_sample(rows, 5, 3, np.random.default_rng(1))
    urls = [r["url"] for r in got]
    assert len(got) == 5 and set(urls) == {"u1", "u2", "u3"}          # every page before any second
    assert urls.count("u1") == 2 and urls.count("u3") == 2            # round two: pages with rows left
    assert [r["k"] for r in got] == sorted(r["k"] for r in got)       # input order kept
    assert got == la.stratified_sample(rows, 5, 3, np.random.default_rng(1))
    assert len(la.stratified_sample(rows, 8, 5, np.random.default_rng(1))) == 8
    with pytest.raises(SystemExit):
        la.stratified_sample(rows, 6, 2, np.random.default_rng(1))    # at most 2+1+2 = 5
