"""scripts/real_themes_round11.py: the fast harness reproduces ``real_themes.py loso --variants calibrated-char``
(the shipped recipe) set by set, on invented sections (those of tests/test_real_themes.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest
from builders import script_module

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from test_real_themes import SECTIONS, THEMES, _mini_annotations, _rows, _write, rt

r11 = script_module("real_themes_round11.py")


@pytest.fixture()
def three_sets(tmp_path, monkeypatch):
    labels, local = _rows()
    paths = [(_write(tmp_path / f"l{t}.jsonl", [{**lab, "id": lab["id"] + t} for lab in labels]),
              _write(tmp_path / f"s{t}.jsonl", [{**row, "id": row["id"] + t} for row in local])) for t in "abc"]
    ann = _mini_annotations(tmp_path / "ann")
    monkeypatch.setattr(r11, "SETS", [(t, str(lab), str(loc)) for t, (lab, loc) in zip("abc", paths)])
    monkeypatch.setattr(r11, "CACHE", tmp_path / "cache.pkl")
    monkeypatch.setattr(r11, "ANNOTATIONS", str(ann))
    r11.build()
    return paths, ann


def test_fitting_groups_are_named_as_loso_names_them(three_sets):
    paths, _ = three_sets
    h = r11.Harness()
    idx, groups = h.fit_rows(["c", "a"])
    _, check = rt._load(None, [str(paths[2][1]), str(paths[0][1])], [str(paths[2][0]), str(paths[0][0])])
    assert [h.rows[i]["id"] for i in idx] == [r["id"] for r in check["matched"]]
    assert groups == [r["group"] for r in check["matched"]] and groups[0] == "g1" and groups[-1] == "2:g3"


def test_harness_gives_the_loso_figures_of_the_shipped_recipe(three_sets, tmp_path):
    paths, ann = three_sets
    fig = tmp_path / "loso.json"
    rt.main(["loso", "--labels", *[str(lab) for lab, _ in paths], "--local", *[str(loc) for _, loc in paths],
             "--annotations", str(ann), "--variants", "calibrated-char", "--boot", "5", "--json", str(fig)])
    expected = json.loads(fig.read_text(encoding="utf-8"))["summary"]["calibrated-char"]["macro_f1"]
    h = r11.Harness()
    for name, (lab, _) in zip("abc", paths):
        score_idx, pred, inputs = r11.direction(h, name, [m for m in "abc" if m != name])
        assert inputs.shape == (6, len(THEMES), 3)
        assert rt.macro_f1(pred, h.gold[score_idx].astype(bool)) == pytest.approx(expected[Path(lab).name])


def test_per_theme_real_row_weights_reach_the_part(three_sets):
    h = r11.Harness()
    idx, _ = h.fit_rows(["a", "b"])
    Xc, Xr = h.X()
    same = h.part(Xc, Xr, idx, 3.0)
    mixed = h.part(Xc, Xr, idx, r11._theme_weights(h, 文体活动=6.0))
    for j, theme in enumerate(THEMES):  # only the theme given another weight changes
        changed = not np.allclose(same[j].coef_, mixed[j].coef_)
        assert changed == (theme == "文体活动")


def test_heldout_harness_gives_heldouts_char_row(three_sets, tmp_path, monkeypatch):
    paths, ann = three_sets
    test_rows = [{"id": f"t{n}", "source": "mini", "article": f"t{n // 2}", "split": "test", "heading": "",
                  "text": text.replace("工会", "校工会"), "labels": labs}
                 for n, (_, _, _, text, labs) in enumerate(SECTIONS)]
    _write(ann / "mini_test.jsonl", test_rows)
    labels, local = _rows()  # the fourth file (4_shared) repeats set a's texts: dropped as repeats
    _write(tmp_path / "labels4_shared.jsonl", [{**lab, "id": lab["id"] + "z"} for lab in labels])
    _write(tmp_path / "real_sections4_shared.jsonl", [{**row, "id": row["id"] + "z"} for row in local])
    monkeypatch.setattr(r11, "L", str(tmp_path))
    monkeypatch.setattr(r11, "W", str(tmp_path))
    fig = tmp_path / "heldout.json"
    rt.main(["heldout", "--drop-repeats", "--labels", *[str(lab) for lab, _ in paths], str(tmp_path / "labels4_shared.jsonl"),
             "--local", *[str(loc) for _, loc in paths], str(tmp_path / "real_sections4_shared.jsonl"),
             "--annotations", str(ann), "--boot", "5", "--json", str(fig)])
    expected = next(v for k, v in json.loads(fig.read_text(encoding="utf-8")).items() if "char part" in k)
    h = r11.HeldoutHarness(str(ann))
    assert h.n_real == 6 and len(h.test_groups) == 6  # sets b, c and 4_shared repeat set a's texts
    assert h.cy.shape[0] == len(h.pctexts) == len(SECTIONS)  # committed rows of the train split only, as heldout
    pred, gold = h.variant("default")
    assert rt.macro_f1(pred, gold.astype(bool)) == pytest.approx(expected["macro_f1"])
    assert (pred == gold.astype(bool)).all(axis=1).mean() == pytest.approx(expected["exact_match"])
