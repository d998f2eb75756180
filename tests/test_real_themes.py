"""scripts/real_themes.py: digest check, scoring, page bootstrap and export, on invented sections.

The sections below are written for this test (invented schools, towns and figures); the real
evaluation texts are never in the repository.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from builders import script_module
from conftest import json_strings

REPO = Path(__file__).resolve().parents[1]
rt = script_module("real_themes.py")

THEMES = ["维权", "送温暖", "文体活动", "民主管理"]
# (page, group, heading, text, labels)
SECTIONS = [
    ("https://a.example/1", "g1", "三、关心教职工生活",
     "三、关心教职工生活\n春节前工会走访了五位生病住院的老师,送去慰问金每人五百元。", ["送温暖"]),
    ("https://a.example/1", "g1", "四、丰富业余生活",
     "四、丰富业余生活\n十月举办教职工羽毛球赛,共有四十二人参加。", ["文体活动"]),
    ("https://b.example/7", "g2", "二、教代会审议绩效工资方案",
     "二、教代会审议绩效工资方案\n六月召开教代会,代表逐条讨论奖励性绩效工资分配办法并表决通过。", ["维权", "民主管理"]),
    ("https://b.example/7", "g2", "", "工会组织全体会员学习师德规范,每人撰写一篇心得体会。", ["其他"]),
    ("https://c.example/x", "g3", "一、签订集体合同",
     "一、签订集体合同\n与厂方协商签订工资专项集体合同,覆盖职工三百余人。", ["维权"]),
    ("https://d.example/y", "g3", "二、三八节活动",
     "二、三八节活动\n为女职工发放节日慰问品,并举行趣味运动会。", ["送温暖", "文体活动"]),
]


def _rows():
    labels, local = [], []
    for n, (url, group, heading, text, labs) in enumerate(SECTIONS):
        sid = f"s{n}"
        site = url.split("/")[2]
        local.append({"id": sid, "url": url, "site": site, "unit_type": "school", "kind": "summary",
                      "group": group, "heading": heading, "text": text})
        labels.append({"id": sid, "url": url, "site": site, "unit_type": "school", "kind": "summary",
                       "group": group, "sha256": rt.digest(text), "labels": labs, "note": ""})
    return labels, local


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_digest_is_sha256_of_utf8_text():
    import hashlib

    assert rt.digest("维权\n工会") == hashlib.sha256("维权\n工会".encode()).hexdigest()
    assert rt.digest("维权") != rt.digest("維權")


def test_check_digests_reports_missing_changed_and_extra():
    labels, local = _rows()
    local[1] = {**local[1], "text": local[1]["text"] + "。"}  # one character more: digest differs
    del local[4]                                              # this label has no local text
    local.append({"id": "zz", "text": "没有标注的段落"})          # a local row without a label
    check = rt.check_digests(labels, local)
    assert check["changed"] == ["s1"]
    assert check["missing"] == ["s4"]
    assert check["extra"] == ["zz"]
    assert [r["id"] for r in check["matched"]] == ["s0", "s2", "s3", "s5"]
    assert check["matched"][0]["text"] == SECTIONS[0][3] and check["matched"][0]["labels"] == ["送温暖"]


def _gold_and_pred():
    gold = rt.label_matrix([s[4] for s in SECTIONS], THEMES)
    pred = rt.label_matrix([["送温暖"], [], ["民主管理"], ["其他"], ["维权"], ["送温暖", "文体活动"]], THEMES)
    return gold, pred


def test_score_known_figures():
    gold, pred = _gold_and_pred()
    assert gold[3].sum() == 0 and gold[2].tolist() == [True, False, False, True]
    res = rt.score(pred, gold, THEMES, lengths=np.array([10, 20, 30, 40, 50, 50]))
    w, s, c, d, o = (res["per_theme"][t] for t in [*THEMES, "其他"])
    assert (w["precision"], w["recall"], w["support"], w["missed"], w["added"]) == (1.0, 0.5, 2, 1, 0)
    assert w["f1"] == pytest.approx(2 / 3)
    assert (s["precision"], s["recall"], s["f1"]) == (1.0, 1.0, 1.0)
    assert (c["recall"], c["missed"]) == (0.5, 1)
    assert d["f1"] == 1.0
    # 其他 is "no theme": predicted for rows 1 and 3, right only for row 3
    assert (o["precision"], o["recall"], o["support"], o["added"]) == (0.5, 1.0, 1, 1)
    assert res["macro_f1"] == pytest.approx((2 / 3 + 1 + 2 / 3 + 1) / 4)
    assert res["exact_match"] == pytest.approx(4 / 6)
    assert (res["n_multi"], res["exact_match_multi"], res["multi_given"]) == (2, 0.5, 1)
    # text shares: 维权 is on rows 2 and 4 in gold (30+50 of 200 characters), on row 4 only in pred
    assert w["text_share_gold"] == pytest.approx(80 / 200) and w["text_share_pred"] == pytest.approx(50 / 200)


def test_resample_groups_keeps_every_group_whole():
    groups = ["a", "a", "b", "c", "c", "c"]
    for seed in range(20):
        idx = rt.resample_groups(groups, np.random.default_rng(seed))
        counts = np.bincount(idx, minlength=len(groups))
        # rows of one group are drawn together: the same count for all rows of a group
        assert counts[0] == counts[1] and counts[3] == counts[4] == counts[5]
        # three groups are drawn, so the draw counts of a, b, c sum to 3
        assert counts[0] + counts[2] + counts[3] == 3


def test_bootstrap_is_reproducible_and_brackets_the_estimate():
    gold, pred = _gold_and_pred()
    groups = [s[1] for s in SECTIONS]
    one = rt.bootstrap(pred, gold, groups, n_boot=300, seed=7)
    assert one == rt.bootstrap(pred, gold, groups, n_boot=300, seed=7)
    lo, hi = one["macro_f1"]
    assert lo <= rt.macro_f1(pred, gold) <= hi and lo < hi
    perfect = rt.bootstrap(gold, gold, groups, n_boot=100, seed=7)
    assert perfect["macro_f1"] == [1.0, 1.0] and all(ci == [1.0, 1.0] for ci in perfect["f1"])


def test_export_is_read_by_load_annotations_with_reposts_in_one_group(tmp_path):
    from unionmine.themes import load_annotations

    labels, local = _rows()
    out = tmp_path / "merged.jsonl"
    rt.main(["export", "--labels", str(_write(tmp_path / "labels.jsonl", labels)),
             "--local", str(_write(tmp_path / "local.jsonl", local)), str(out)])
    data = load_annotations(out, THEMES)
    assert len(data) == len(SECTIONS) and set(data["split"]) == {"test"}
    assert data["text"].tolist() == [s[3] for s in SECTIONS]
    # pages c.example and d.example share a section group: one CV group
    assert data["group"].tolist() == ["real#g1", "real#g1", "real#g2", "real#g2", "real#g3", "real#g3"]


def test_score_command_writes_figures_and_names_changed_labels(tmp_path, capsys):
    labels, local = _rows()
    local[0] = {**local[0], "text": local[0]["text"].replace("五百", "六百")}
    fig = tmp_path / "fig.json"
    rt.main(["score", "--labels", str(_write(tmp_path / "labels.jsonl", labels)),
             "--local", str(_write(tmp_path / "local.jsonl", local)),
             "--methods", "baseline", "--boot", "50", "--json", str(fig)])
    out = capsys.readouterr().out
    assert "matched 5, missing 0, changed 1" in out and "changed: s0" in out
    res = json.loads(fig.read_text(encoding="utf-8"))
    assert res["changed"] == ["s0"] and res["n_scored"] == 5
    base = res["methods"]["baseline"]
    assert base["n"] == 5 and len(base["interval"]["f1"]) == len(THEMES)
    assert set(base["per_theme"]) == {*THEMES, "其他"}


def _mini_annotations(folder: Path) -> Path:
    """Invented training rows (the SECTIONS above, written for these tests) as an annotations folder."""
    folder.mkdir()
    rows = [{"id": f"m{n}", "source": "mini", "article": group, "split": "train", "heading": heading,
             "text": text, "labels": labs} for n, (_, group, heading, text, labs) in enumerate(SECTIONS)]
    _write(folder / "mini.jsonl", rows)
    return folder


def _after_drops(expected, texts, model):
    """The calibrated scores as the shipped default decides them: a section of a kind that never holds a theme
    (`[[context.drop]]`, e.g. bargaining that reaches no congress, round 34) scores 0 for it."""
    from unionmine.themes.intro import drops
    from unionmine.themes.supervised import prepare
    from unionmine.themes.taxonomy import load_taxonomy

    expected = expected.copy()
    for theme, where in drops([prepare(t) for t in texts], load_taxonomy(model.taxonomy).context):
        expected[where, model.themes_.index(theme)] = 0.0
    return expected


def test_refit_writes_a_calibration_of_numbers_that_only_its_own_annotations_take(tmp_path, capsys):
    from unionmine.themes import make_model, realcal

    labels, local = _rows()
    ann = _mini_annotations(tmp_path / "ann")
    out = tmp_path / "cal.json"
    labels_file = _write(tmp_path / "labels.jsonl", labels)
    rt.main(["refit", "--labels", str(labels_file), "--local", str(_write(tmp_path / "local.jsonl", local)),
             "--annotations", str(ann), "--out", str(out), "--hashed"])
    assert "calibration written" in capsys.readouterr().out
    cal = realcal.read_calibration(out)
    assert cal["themes"] == THEMES and len(cal["thresholds"]) == 4
    assert np.asarray(cal["coef"]).shape == (4, 3) and len(cal["intercept"]) == 4 and cal["C"] in (0.1, 1.0, 10.0)
    assert cal["training_digest"] == realcal.training_digest(ann)
    assert cal["sources"]["n_sections"] == 6 and cal["sources"]["n_groups"] == 3
    assert cal["sources"]["labels_sha256"] == [rt.digest(labels_file.read_text(encoding="utf-8"))]
    # the hashed part's weights are written beside the calibration, which records their digest
    hashed_file = tmp_path / "real_hashed.json"
    assert cal["hashed_file"] == "real_hashed.json" and cal["hashed_sha256"] == rt.digest(hashed_file.read_text(encoding="utf-8"))
    # no text of the sections: the only Chinese strings are the theme names
    for data in (cal, json.loads(hashed_file.read_text(encoding="utf-8"))):
        assert all(not any("\u4e00" <= c <= "\u9fff" for c in s) for s in json_strings(data) if s not in THEMES)
    texts = [s[3] for s in SECTIONS]
    model = make_model("blend").fit(texts, [s[4] for s in SECTIONS], groups=[s[1] for s in SECTIONS])
    assert realcal.apply_calibration(model, cal, ann)
    assert model.thresholds_.tolist() == cal["thresholds"] and model.hashed_part_ is not None
    parts = model.parts(texts)  # the combined score is now the fitted logistic regression over the three parts
    logit = lambda p: np.log(np.clip(p, 1e-4, 1 - 1e-4) / (1 - np.clip(p, 1e-4, 1 - 1e-4)))
    coef = np.asarray(cal["coef"])
    expected = 1 / (1 + np.exp(-(coef[:, 0] * logit(parts["supervised"]) + coef[:, 1] * parts["lexicon"]
                                 + coef[:, 2] * np.log(parts["hashed"] / (1 - parts["hashed"])) + np.asarray(cal["intercept"]))))
    expected = _after_drops(expected, texts, model)
    assert np.allclose(model.predict_proba(texts), expected) and np.allclose(parts["combined"], expected)
    saved = model.save(tmp_path / "model.json")  # the calibration survives a save and load
    assert np.allclose(type(model).load(saved).predict_proba(texts), expected)
    model.fit(texts, [s[4] for s in SECTIONS])  # a new fit decides with its own calibrations again
    assert model.joint_coef_ is None
    other = _mini_annotations(tmp_path / "other")
    (other / "mini.jsonl").write_text((other / "mini.jsonl").read_text(encoding="utf-8").replace("五百", "四百"),
                                      encoding="utf-8")
    before = model.thresholds_.copy()
    model.thresholds_ = before + 0.01
    assert not realcal.apply_calibration(model, cal, other)  # fitted for other annotations: not taken
    assert np.allclose(model.thresholds_, before + 0.01)
    hashed_file.write_text(hashed_file.read_text(encoding="utf-8").replace('"C":1.0', '"C":2.0'), encoding="utf-8")
    assert not realcal.apply_calibration(model, realcal.read_calibration(out), ann)  # another weight file: not taken
    # the default: the regression over the blend's two parts only
    rt.main(["refit", "--labels", str(labels_file), "--local", str(tmp_path / "local.jsonl"),
             "--annotations", str(ann), "--out", str(out)])
    cal = realcal.read_calibration(out)
    assert np.asarray(cal["coef"]).shape == (4, 2) and "hashed_file" not in cal
    assert realcal.apply_calibration(model, cal, ann) and model.hashed_part_ is None


def test_refit_char_writes_the_char_part_beside_a_three_input_calibration(tmp_path, capsys):
    from unionmine.themes import make_model, realcal
    from unionmine.themes.charpart import CharPart

    labels, local = _rows()
    ann = _mini_annotations(tmp_path / "ann")
    out = tmp_path / "cal.json"
    labels_file, local_file = _write(tmp_path / "labels.jsonl", labels), _write(tmp_path / "local.jsonl", local)
    # a second set repeating two texts of the first: --drop-repeats fits each text once
    again = [{**lab, "id": lab["id"] + "r", "group": "r" + lab["group"]} for lab in labels[:2]]
    again_local = [{**row, "id": row["id"] + "r", "group": "r" + row["group"]} for row in local[:2]]
    rt.main(["refit", "--labels", str(labels_file), str(_write(tmp_path / "l2.jsonl", again)),
             "--local", str(local_file), str(_write(tmp_path / "s2.jsonl", again_local)),
             "--annotations", str(ann), "--out", str(out), "--char", "--drop-repeats"])
    printed = capsys.readouterr().out
    assert "repeats dropped: 2 rows" in printed and "char part written" in printed and "x char log-odds" in printed
    cal = realcal.read_calibration(out)
    char_file = tmp_path / "real_char.json"
    assert cal["inputs"][2] == realcal.CHAR_INPUT and cal["char_file"] == "real_char.json" and "hashed_file" not in cal
    assert cal["char_sha256"] == rt.digest(char_file.read_text(encoding="utf-8"))
    assert cal["sources"]["n_sections"] == 6 and cal["sources"]["repeats_dropped"] == 2
    assert len(cal["sources"]["labels_sha256"]) == 2
    data = json.loads(char_file.read_text(encoding="utf-8"))
    assert data["fitted_on"]["labels_sha256"] == cal["sources"]["labels_sha256"]
    assert all(not any("\u4e00" <= c <= "\u9fff" for c in s) for s in json_strings(data) if s not in THEMES)
    texts = [s[3] for s in SECTIONS]
    model = make_model("blend").fit(texts, [s[4] for s in SECTIONS], groups=[s[1] for s in SECTIONS])
    assert realcal.apply_calibration(model, cal, ann) and isinstance(model.hashed_part_, CharPart)
    parts = model.parts(texts)
    coef, intercept = np.asarray(cal["coef"]), np.asarray(cal["intercept"])
    logit = lambda p: np.log(np.clip(p, 1e-4, 1 - 1e-4) / (1 - np.clip(p, 1e-4, 1 - 1e-4)))
    char = CharPart.load(char_file).decision(texts)
    expected = 1 / (1 + np.exp(-(coef[:, 0] * logit(parts["supervised"]) + coef[:, 1] * parts["lexicon"]
                                 + coef[:, 2] * char + intercept)))
    assert np.allclose(model.predict_proba(texts), _after_drops(expected, texts, model))
    with pytest.raises(SystemExit):  # one third part only
        rt.main(["refit", "--labels", str(labels_file), "--local", str(local_file), "--annotations", str(ann),
                 "--out", str(out), "--char", "--hashed"])
    for pinned in ("10", "0.1"):  # --C pins the calibration's C (round 25 ships C 1 pinned), not chosen by CV
        rt.main(["refit", "--labels", str(labels_file), "--local", str(local_file), "--annotations", str(ann),
                 "--out", str(out), "--char", "--C", pinned])
        assert realcal.read_calibration(out)["C"] == float(pinned) and "pinned by --C" in capsys.readouterr().out


def test_cv_scores_every_variant_out_of_fold_with_paired_differences(tmp_path, capsys):
    labels, local = _rows()
    ann = _mini_annotations(tmp_path / "ann")
    fig = tmp_path / "cv.json"
    rt.main(["cv", "--labels", str(_write(tmp_path / "labels.jsonl", labels)),
             "--local", str(_write(tmp_path / "local.jsonl", local)), "--annotations", str(ann),
             "--folds", "3", "--boot", "50", "--json", str(fig)])
    res = json.loads(fig.read_text(encoding="utf-8"))
    assert list(res["variants"]) == list(rt.VARIANTS) and res["n_groups"] == 3
    for name, v in res["variants"].items():
        assert v["n"] == 6 and 0.0 <= v["macro_f1"] <= 1.0
        assert ("difference_vs_shipped" in v) == (name != "shipped")
    # folds keep each repost group on one side
    groups = [lab["group"] for lab in labels]
    for seed in (None, 1):  # GroupKFold, or the groups dealt in a random order
        folds = rt.real_folds(groups, 3, seed)
        assert sorted(i for _, score_idx in folds for i in score_idx) == list(range(len(groups)))
        for fit_idx, score_idx in folds:
            assert not {groups[i] for i in fit_idx} & {groups[i] for i in score_idx}


def test_cv_joins_several_sets_and_summarises_several_partitions(tmp_path, capsys):
    labels, local = _rows()
    ann = _mini_annotations(tmp_path / "ann")
    # a second set: the same texts under other ids, so both sets hold every theme
    labels2 = [{**lab, "id": lab["id"] + "b"} for lab in labels]
    local2 = [{**row, "id": row["id"] + "b"} for row in local]
    fig, preds = tmp_path / "cv.json", tmp_path / "preds.json"
    rt.main(["cv", "--labels", str(_write(tmp_path / "l1.jsonl", labels)), str(_write(tmp_path / "l2.jsonl", labels2)),
             "--local", str(_write(tmp_path / "s1.jsonl", local)), str(_write(tmp_path / "s2.jsonl", local2)),
             "--annotations", str(ann), "--variants", "shipped", "calibrated", "--folds", "3",
             "--fold-seed", "0", "1", "--boot", "20", "--json", str(fig), "--preds-out", str(preds)])
    out = capsys.readouterr().out
    assert "over 2 partitions" in out and "interval above 0 on" in out
    res = json.loads(fig.read_text(encoding="utf-8"))
    assert [p["fold_seed"] for p in res["partitions"]] == [0, 1]
    for part in res["partitions"]:
        # the second set's groups are its own (g1 and 2:g1 are two groups): 6 groups, 12 rows
        assert part["n_scored"] == 12 and part["n_groups"] == 6
        assert "difference_vs_shipped" in part["variants"]["calibrated"]
    saved = json.loads(preds.read_text(encoding="utf-8"))
    assert len(saved["ids"]) == 12 and {"shipped/0", "calibrated/1"} <= set(saved)
    # another run paired, partition by partition, with the saved predictions of the same partition
    rt.main(["cv", "--labels", str(tmp_path / "l1.jsonl"), str(tmp_path / "l2.jsonl"),
             "--local", str(tmp_path / "s1.jsonl"), str(tmp_path / "s2.jsonl"), "--annotations", str(ann),
             "--variants", "shipped", "--folds", "3", "--fold-seed", "0", "1", "--boot", "20",
             "--reference", f"{preds}:shipped", "--json", str(fig)])
    assert "minus reference" in capsys.readouterr().out
    for part in json.loads(fig.read_text(encoding="utf-8"))["partitions"]:
        assert part["reference"]["key"] == f"shipped/{part['fold_seed']}"
        # the same code on the same partition: no difference
        assert part["variants"]["shipped"]["difference_vs_reference"] == [0.0, 0.0]
    # one label file more than local copies: refused
    with pytest.raises(SystemExit):
        rt.main(["cv", "--labels", str(tmp_path / "l1.jsonl"), str(tmp_path / "l2.jsonl"),
                 "--local", str(tmp_path / "s1.jsonl"), "--annotations", str(ann)])


def test_loso_fits_on_the_other_sets_and_scores_each_set_once_as_test_would(tmp_path, capsys):
    labels, local = _rows()
    ann = _mini_annotations(tmp_path / "ann")
    paths = []
    for tag in ("a", "b", "c"):  # three sets: the invented sections under other ids
        paths.append((_write(tmp_path / f"l{tag}.jsonl", [{**lab, "id": lab["id"] + tag} for lab in labels]),
                      _write(tmp_path / f"s{tag}.jsonl", [{**row, "id": row["id"] + tag} for row in local])))
    fig = tmp_path / "loso.json"
    rt.main(["loso", "--labels", *[str(lab) for lab, _ in paths], "--local", *[str(loc) for _, loc in paths],
             "--annotations", str(ann), "--variants", "shipped", "calibrated", "--boot", "20", "--json", str(fig)])
    out = capsys.readouterr().out
    assert "leave one set out" in out and "gains in" in out
    res = json.loads(fig.read_text(encoding="utf-8"))
    assert list(res["directions"]) == ["la.jsonl", "lb.jsonl", "lc.jsonl"]
    for block in res["directions"].values():
        assert block["shipped"]["n"] == 6 and block["calibrated"]["n_train"] == "fitted on 12 rows of the other sets"
        assert "difference_vs_shipped" in block["calibrated"]
    means = res["summary"]["calibrated"]
    assert means["mean"] == pytest.approx(np.mean(list(means["macro_f1"].values())))
    # the first direction is what `test` computes, fitted on the second and third sets, scoring the first
    tfig = tmp_path / "test.json"
    rt.main(["test", "--labels", str(paths[1][0]), str(paths[2][0]), "--local", str(paths[1][1]), str(paths[2][1]),
             "--test-labels", str(paths[0][0]), "--test-local", str(paths[0][1]), "--annotations", str(ann),
             "--boot", "20", "--json", str(tfig)])
    tested = json.loads(tfig.read_text(encoding="utf-8"))["methods"]
    calibrated = next(v for k, v in tested.items() if k.startswith("calibrated (two inputs"))
    assert calibrated["macro_f1"] == pytest.approx(res["directions"]["la.jsonl"]["calibrated"]["macro_f1"])
    assert calibrated["exact_match"] == pytest.approx(res["directions"]["la.jsonl"]["calibrated"]["exact_match"])
    # the sets fitted on in each direction: every set but the one scored
    sets = rt.loso_sets(SimpleNamespace(labels=[str(lab) for lab, _ in paths],
                                                       local=[str(loc) for _, loc in paths]))
    for (_, fit_rows, test_rows), tag in zip(sets, "abc"):
        assert all(r["id"].endswith(tag) for r in test_rows) and len(test_rows) == 6
        assert not any(r["id"].endswith(tag) for r in fit_rows) and len(fit_rows) == 12
    # a training-only set (--also-labels): fitted on in every direction, never scored
    extra = (_write(tmp_path / "ld.jsonl", [{**lab, "id": lab["id"] + "d"} for lab in labels]),
             _write(tmp_path / "sd.jsonl", [{**row, "id": row["id"] + "d"} for row in local]))
    sets = rt.loso_sets(SimpleNamespace(labels=[str(lab) for lab, _ in paths[:2]], local=[str(loc) for _, loc in paths[:2]],
                                        also_labels=[str(extra[0])], also_local=[str(extra[1])]))
    assert [name for name, _, _ in sets] == ["la.jsonl", "lb.jsonl"]
    for _, fit_rows, test_rows in sets:
        assert len(fit_rows) == 12 and sum(r["id"].endswith("d") for r in fit_rows) == 6
        assert not any(r["id"].endswith("d") for r in test_rows)
    with pytest.raises(SystemExit):  # one set: nothing to leave out
        rt.main(["loso", "--labels", str(paths[0][0]), "--local", str(paths[0][1]), "--annotations", str(ann)])


def test_loso_scored_only_sets_are_fitted_on_every_other_set_and_never_fitted_on(tmp_path, capsys):
    labels, local = _rows()
    ann = _mini_annotations(tmp_path / "ann")
    paths = {}
    for tag in ("a", "b", "c"):
        paths[tag] = (_write(tmp_path / f"l{tag}.jsonl", [{**lab, "id": lab["id"] + tag} for lab in labels]),
                      _write(tmp_path / f"s{tag}.jsonl", [{**row, "id": row["id"] + tag} for row in local]))
    sets = rt.loso_sets(SimpleNamespace(labels=[str(paths[t][0]) for t in "ab"], local=[str(paths[t][1]) for t in "ab"],
                                        score_labels=[str(paths["c"][0])], score_local=[str(paths["c"][1])]))
    assert [name for name, _, _ in sets] == ["la.jsonl", "lb.jsonl", "lc.jsonl"]
    for name, fit_rows, test_rows in sets[:2]:  # the scored-only set is never fitted on
        assert len(fit_rows) == 6 and not any(r["id"].endswith("c") for r in fit_rows)
    _, fit_rows, test_rows = sets[2]  # …and is fitted on both other sets
    assert len(fit_rows) == 12 and {r["id"][-1] for r in fit_rows} == {"a", "b"}
    assert len(test_rows) == 6 and all(r["id"].endswith("c") for r in test_rows)
    fig = tmp_path / "loso.json"
    rt.main(["loso", "--labels", str(paths["a"][0]), str(paths["b"][0]), "--local", str(paths["a"][1]), str(paths["b"][1]),
             "--score-labels", str(paths["c"][0]), "--score-local", str(paths["c"][1]), "--annotations", str(ann),
             "--variants", "shipped", "calibrated", "--boot", "20", "--json", str(fig)])
    out = capsys.readouterr().out
    assert "scored only" in out and "share of sections, predicted / labelled" in out
    res = json.loads(fig.read_text(encoding="utf-8"))
    assert list(res["directions"]) == ["la.jsonl", "lb.jsonl", "lc.jsonl"]
    block = res["directions"]["lc.jsonl"]["shipped"]
    # the labelled share of each theme is the share of the six invented sections that carry it
    assert block["rate"]["维权"][1] == pytest.approx(2 / 6) and block["rate"]["送温暖"][1] == pytest.approx(2 / 6)
    assert block["rate"]["民主管理"][1] == pytest.approx(1 / 6)
    for theme, (pred, _) in block["rate"].items():
        assert pred == pytest.approx((
            block["per_theme"][theme]["support"] - block["per_theme"][theme]["missed"] + block["per_theme"][theme]["added"]) / 6)
    with pytest.raises(SystemExit):  # one local copy short
        rt.loso_sets(SimpleNamespace(labels=[str(paths[t][0]) for t in "ab"], local=[str(paths[t][1]) for t in "ab"],
                                     score_labels=[str(paths["c"][0])], score_local=[]))


def test_char_part_reads_only_ngrams_of_the_committed_rows_and_learns_from_real_rows():
    committed = [text for _, _, _, text, _ in SECTIONS] * 3  # every n-gram of these rows reaches min_df 3
    cy = rt.label_matrix([labs for *_, labs in SECTIONS] * 3, THEMES).astype(int)
    real = ["工会召开教代会表决绩效工资方案", "举办教职工羽毛球赛和拔河比赛", "走访慰问生病住院的老师",
            "与厂方协商签订工资专项集体合同"]
    ry = rt.label_matrix([["维权", "民主管理"], ["文体活动"], ["送温暖"], ["维权"]], THEMES).astype(int)
    unseen = ["ＸＹＺ㈠㈡㈢", "αβγδεζηθ"]  # no character of the committed rows: both texts are the empty vector
    s = rt.char_part_scores(committed, cy, real, ry, np.arange(4), unseen + ["六月召开教代会表决通过"])
    assert s.shape == (3, 4) and np.allclose(s[0], s[1])
    assert not np.allclose(s[2], s[0])
    # real rows change the part: with them the congress text scores higher for 民主管理 than without
    without = rt.char_part_scores(committed, cy, real, ry, np.arange(0), ["六月召开教代会表决通过"])
    assert s[2, 3] > without[0, 3]


def test_loso_scores_the_char_variant_in_every_direction(tmp_path):
    labels, local = _rows()
    ann = _mini_annotations(tmp_path / "ann")
    paths = [(_write(tmp_path / f"l{t}.jsonl", [{**lab, "id": lab["id"] + t} for lab in labels]),
              _write(tmp_path / f"s{t}.jsonl", [{**row, "id": row["id"] + t} for row in local])) for t in "abc"]
    fig = tmp_path / "loso.json"
    rt.main(["loso", "--labels", *[str(lab) for lab, _ in paths], "--local", *[str(loc) for _, loc in paths],
             "--annotations", str(ann), "--variants", "calibrated", "calibrated-char", "calibrated-char-raw", "--boot", "20",
             "--json", str(fig)])
    res = json.loads(fig.read_text(encoding="utf-8"))
    for block in res["directions"].values():
        assert block["calibrated-char"]["n"] == 6 and "difference_vs_calibrated" in block["calibrated-char"]
        assert block["calibrated-char-raw"]["n"] == 6
    # `test` fitted on the second and third sets gives the first direction's char figure (what the lead runs blind)
    tfig = tmp_path / "test.json"
    rt.main(["test", "--labels", str(paths[1][0]), str(paths[2][0]), "--local", str(paths[1][1]), str(paths[2][1]),
             "--test-labels", str(paths[0][0]), "--test-local", str(paths[0][1]), "--annotations", str(ann),
             "--boot", "20", "--json", str(tfig)])
    tested = json.loads(tfig.read_text(encoding="utf-8"))["methods"]
    char = next(v for k, v in tested.items() if k.startswith("calibrated-char (three inputs"))
    assert char["macro_f1"] == pytest.approx(res["directions"]["la.jsonl"]["calibrated-char"]["macro_f1"])


def test_score_shipped_scores_the_package_default_as_a_user_gets_it(tmp_path, capsys):
    from unionmine.themes import get_classifier

    labels, local = _rows()
    fig = tmp_path / "fig.json"
    rt.main(["score", "--shipped", "--labels", str(_write(tmp_path / "labels.jsonl", labels)),
             "--local", str(_write(tmp_path / "local.jsonl", local)), "--boot", "20", "--json", str(fig)])
    res = json.loads(fig.read_text(encoding="utf-8"))
    assert list(res["methods"]) == ["shipped default"] and res["methods"]["shipped default"]["n_train"] == "shipped"
    expected = np.asarray(get_classifier().predict([r["text"] for r in local])).astype(bool)
    gold = rt.label_matrix([r["labels"] for r in labels], THEMES)
    assert res["methods"]["shipped default"]["macro_f1"] == pytest.approx(rt.macro_f1(expected, gold))
