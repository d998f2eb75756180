"""scripts/real_themes_round13.py: the recipe with its char part and its calibration fitted on different sets, on
invented sections (those of tests/test_real_themes.py, each set's texts made its own)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from builders import script_module

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from test_real_themes import THEMES, _mini_annotations, _rows, _write, rt

r13 = script_module("real_themes_round13.py")


def _set_files(tmp_path, tag: str, suffix: str):
    """The invented sections as one set: ids tagged, texts ending with SUFFIX (another set's texts differ unless
    the suffix is the same: a repeat)."""
    labels, local = _rows()
    local = [{**row, "id": row["id"] + tag, "text": row["text"] + suffix} for row in local]
    labels = [{**lab, "id": lab["id"] + tag, "sha256": rt.digest(row["text"])} for lab, row in zip(labels, local)]
    return (_write(tmp_path / f"labels{tag}.jsonl", labels), _write(tmp_path / f"real_sections{tag}.jsonl", local))


@pytest.fixture()
def sets(tmp_path, monkeypatch):
    files = {n: _set_files(tmp_path, n, suffix) for n, suffix in (("1", ""), ("2", "共计两次。"), ("3", "效果良好。"))}
    shared = _set_files(tmp_path, "4_shared", "")  # repeats set 1's texts
    monkeypatch.setattr(r13, "SETS", [(n, str(lab), str(loc)) for n, (lab, loc) in files.items()])
    monkeypatch.setattr(r13, "SHARED", ("14", str(shared[0]), str(shared[1])))
    monkeypatch.setattr(r13, "CACHE", tmp_path / "cache.pkl")
    monkeypatch.setattr(r13, "ANNOTATIONS", str(_mini_annotations(tmp_path / "ann")))
    r13.build()
    return r13.harness()


def test_fit_rows_drop_a_text_an_earlier_fitting_set_has(sets):
    h = sets
    idx, groups = h.fit_rows(["1", "2", "14"])
    assert set(h.setof[idx]) == {"1", "2"} and len(idx) == 12  # 4_shared repeats set 1: dropped after it
    idx, groups = h.fit_rows(["14", "2", "1"])
    assert set(h.setof[idx]) == {"14", "2"} and groups[0] == "g1" and groups[-1] == "2:g3"


def test_recipe_with_both_on_the_same_sets_is_round_11s_stack(sets):
    from real_themes_round11 import Harness

    h = sets
    score_idx = np.flatnonzero(h.setof == "3")
    idx, groups = h.fit_rows(["1", "2"])
    fin, sin = r13.stack(h, idx, idx, dict(zip(idx.tolist(), groups)), score_idx)
    r11_fin, r11_sin = Harness.stack(h, idx, groups, score_idx)
    assert fin.shape == (12, len(THEMES), 3)
    assert np.allclose(fin, r11_fin) and np.allclose(sin, r11_sin)


def test_a_calibration_row_of_a_set_the_char_part_never_saw_gets_the_full_parts_decision(sets):
    h = sets
    idx, groups = h.fit_rows(["1", "2"])
    one, two = idx[h.setof[idx] == "1"], idx[h.setof[idx] == "2"]
    fin, sin = r13.stack(h, one, idx, dict(zip(idx.tolist(), groups)), two)
    assert np.allclose(fin[6:, :, 2], sin[:, :, 2])  # set 2's rows: the part fitted on all of set 1
    assert np.allclose(fin[:, :, :2], h.feats[idx])  # the blend's two inputs untouched
    alone, _ = r13.stack(h, one, one, dict(zip(idx.tolist(), groups)), two)
    assert np.allclose(fin[:6], alone)  # set 1's rows: out of fold, as when the calibration had only them


def test_set_balance_gives_every_set_the_same_weight_and_keeps_the_sum(sets):
    h = sets
    idx = np.r_[np.flatnonzero(h.setof == "1"), np.flatnonzero(h.setof == "2")[:3]]
    w = r13.row_weights(h, idx, 3.0, "sets")
    assert w.shape == (9, len(THEMES)) and w.sum() == pytest.approx(9 * 3.0 * len(THEMES))
    assert w[:6, 0].sum() == pytest.approx(w[6:, 0].sum())
    assert np.allclose(r13.row_weights(h, idx, 3.0), 3.0)


def test_weighted_calibration_with_unit_weights_is_the_shipped_rule():
    rng = np.random.default_rng(0)
    y = (rng.random((60, 4)) < 0.3).astype(int)
    fin = np.stack([y + rng.normal(0, 0.8, y.shape) for _ in range(3)], -1)
    groups = [f"g{i // 3}" for i in range(60)]
    shipped = r13.calibrate(fin[:40], y[:40], groups[:40], fin[40:])
    assert (r13.calibrate(fin[:40], y[:40], groups[:40], fin[40:], np.ones(40)) == shipped).all()
    assert not (r13.calibrate(fin[:40], y[:40], groups[:40], fin[40:], np.r_[np.full(20, 5.0), np.ones(20)])
                == r13.calibrate(fin[:40], y[:40], groups[:40], fin[40:], np.r_[np.ones(20), np.full(20, 5.0)])).all()


def test_variants_name_their_char_and_calibration_sets(sets):
    h = sets
    for variant in ("recipe", "calonly", "charonly"):
        pred = r13.run(h, variant, ["1", "2", "14"], np.flatnonzero(h.setof == "3"))
        assert pred.shape == (6, len(THEMES)) and pred.dtype == bool


def test_shipped_decisions_are_the_package_default(tmp_path, monkeypatch):
    from unionmine.themes import get_classifier

    files = _set_files(tmp_path, "1", "")
    monkeypatch.setattr(r13, "SETS", [("1", str(files[0]), str(files[1]))])
    monkeypatch.setattr(r13, "SHARED", ("14", str(files[0]), str(files[1])))
    monkeypatch.setattr(r13, "CACHE", tmp_path / "cache.pkl")
    monkeypatch.setattr(r13, "ANNOTATIONS", None)  # the committed annotations, as shipped
    r13.build()
    h = r13.harness()
    idx = np.flatnonzero(h.setof == "1")
    expected = np.asarray(get_classifier().predict([h.rows[i]["text"] for i in idx])).astype(bool)
    assert (r13.shipped_decisions(h, idx) == expected).all()


def test_heldout_twin_names_groups_as_heldout_and_gives_round_11s_char_row(sets, tmp_path, monkeypatch):
    from test_real_themes import SECTIONS

    for name in ("SETS", "L", "W", "CACHE"):  # Heldout and harness() set round 11's globals: restored after the test
        monkeypatch.setattr(r13.r11, name, getattr(r13.r11, name))
    monkeypatch.setattr(r13, "L", str(tmp_path))
    monkeypatch.setattr(r13, "W", str(tmp_path))
    test_rows = [{"id": f"t{n}", "source": "mini", "article": f"t{n // 2}", "split": "test", "heading": "",
                  "text": text.replace("工会", "校工会"), "labels": labs}
                 for n, (_, _, _, text, labs) in enumerate(SECTIONS)]
    _write(Path(r13.ANNOTATIONS) / "mini_test.jsonl", test_rows)
    h = r13.Heldout(r13.ANNOTATIONS)
    assert h.n_real == 18  # 4_shared repeats set 1: dropped
    idx, groups = h.rows_of(["2", "1"])
    _, check = rt._load(None, [r13.SETS[1][2], r13.SETS[0][2]], [r13.SETS[1][1], r13.SETS[0][1]])
    assert groups == [r["group"] for r in check["matched"]] and groups[0] == "g1" and groups[-1] == "2:g3"
    assert list(h.setof[idx]) == ["2"] * 6 + ["1"] * 6
    score_idx = np.arange(h.n_real, len(h.gold))
    pred = r13.run(h, "recipe", ["1", "2", "3", "14"], score_idx, h.rows_of)
    expected, gold = r13.r11.HeldoutHarness.variant(h, "default")  # round 11's twin of heldout's char row
    assert (pred == expected).all() and gold.shape == pred.shape
