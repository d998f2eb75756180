"""The shipped real-document calibration (unionmine/data/real_calibration.json) of the default model.

It is fitted by ``scripts/real_themes.py refit`` on the labelled real sections (texts in a local
copy, not in the repository); these tests need no local copy.
"""

import hashlib
from pathlib import Path

import numpy as np
from conftest import json_strings

from unionmine.store.paths import ANNOTATIONS
from unionmine.themes import get_classifier, realcal

ROOT = Path(__file__).resolve().parents[2]
THEMES = ["维权", "送温暖", "文体活动", "民主管理"]


def test_shipped_calibration_is_numbers_and_names_its_sources():
    cal = realcal.read_calibration()
    assert cal is not None and cal["method"] == "blend" and cal["themes"] == THEMES
    coef = np.asarray(cal["coef"], dtype=float)
    assert coef.shape == (4, len(cal["inputs"])) and cal["inputs"] == realcal.INPUTS[: coef.shape[1]] and np.isfinite(coef).all()
    assert np.asarray(cal["intercept"], dtype=float).shape == (4,)
    assert all(0.0 < t < 1.0 for t in cal["thresholds"])
    # the pages' text is not in it: the only Chinese strings are the theme names
    assert all(not any("\u4e00" <= c <= "\u9fff" for c in s) for s in json_strings(cal) if s not in THEMES)
    # every labelled set it was fitted on is committed, unchanged
    for labels, sha in zip(cal["sources"]["labels"], cal["sources"]["labels_sha256"], strict=True):
        assert hashlib.sha256((ROOT / labels).read_bytes()).hexdigest() == sha, (
            f"the real labels {labels} changed: refit the calibration (scripts/real_themes.py refit)")
    assert cal["sources"]["n_sections"] >= 300


def test_shipped_calibration_was_fitted_for_the_committed_annotations():
    # a change to the annotations, taxonomy or word lists needs a refit from the local copy
    assert realcal.read_calibration()["training_digest"] == realcal.training_digest(ANNOTATIONS), (
        "the training data changed since the calibration was fitted: run scripts/real_themes.py refit")


def test_default_classifier_takes_the_shipped_calibration():
    cal = realcal.read_calibration()
    clf = get_classifier()
    assert clf.thresholds_.tolist() == cal["thresholds"]
    assert np.allclose(clf.joint_coef_, cal["coef"]) and np.allclose(clf.joint_intercept_, cal["intercept"])
    # --explain reports the parts, the combined score and the threshold it is judged by
    from unionmine.themes import classify

    item = classify(["工会组织教职工开展羽毛球比赛和登山活动。"], explain=True)[0]
    why = item["explain"]["文体活动"]
    assert {"supervised", "lexicon", "combined", "threshold", "on", "reasons"} <= set(why)
    assert why["threshold"] == round(cal["thresholds"][2], 4) and why["on"] == ("文体活动" in item["labels"])
