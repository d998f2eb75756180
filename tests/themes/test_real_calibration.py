"""The shipped real-document calibration (unionmine/data/real_calibration.json) of the default model.

It is fitted by ``scripts/real_themes.py refit`` on the labelled real sections (texts in a local
copy, not in the repository); these tests need no local copy.
"""

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest
from conftest import json_strings

from unionmine.store.paths import ANNOTATIONS
from unionmine.themes import get_classifier, realcal
from unionmine.themes.charpart import CharPart

ROOT = Path(__file__).resolve().parents[2]
THEMES = ["维权", "送温暖", "文体活动", "民主管理"]


def test_shipped_calibration_is_numbers_and_names_its_sources():
    cal = realcal.read_calibration()
    assert cal is not None and cal["method"] == "blend" and cal["themes"] == THEMES
    coef = np.asarray(cal["coef"], dtype=float)
    assert coef.shape == (4, len(cal["inputs"])) and np.isfinite(coef).all()
    assert cal["inputs"] in (realcal.INPUTS[:2], [*realcal.INPUTS[:2], realcal.CHAR_INPUT])
    assert np.asarray(cal["intercept"], dtype=float).shape == (4,)
    assert all(0.0 < t < 1.0 for t in cal["thresholds"])
    # the pages' text is not in it: the only Chinese strings are the theme names
    assert all(not any("\u4e00" <= c <= "\u9fff" for c in s) for s in json_strings(cal) if s not in THEMES)
    # every labelled set it was fitted on is committed, unchanged
    for labels, sha in zip(cal["sources"]["labels"], cal["sources"]["labels_sha256"], strict=True):
        assert hashlib.sha256((ROOT / labels).read_bytes()).hexdigest() == sha, (
            f"the real labels {labels} changed: refit the calibration (scripts/real_themes.py refit)")
    assert cal["sources"]["n_sections"] >= 300


def test_shipped_char_part_is_small_numbers_of_the_same_sources():
    cal = realcal.read_calibration()
    if "char_file" not in cal:
        pytest.skip("the shipped calibration reads two inputs")
    path = Path(cal["_folder"]) / cal["char_file"]
    assert path.stat().st_size <= 3 * 2 ** 20
    assert hashlib.sha256(path.read_bytes()).hexdigest() == cal["char_sha256"]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert all(not any("\u4e00" <= c <= "\u9fff" for c in s) for s in json_strings(data) if s not in THEMES)
    assert data["fitted_on"]["labels_sha256"] == cal["sources"]["labels_sha256"]
    assert data["fitted_on"]["annotations_digest"] == realcal.training_digest(ANNOTATIONS)
    part = CharPart.from_dict(data)
    assert part.themes_ == THEMES and len(part.keys_) > 1000


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
    if "char_file" in cal:  # the char part's score beside the others
        assert isinstance(clf.hashed_part_, CharPart) and "char" in why
    assert why["threshold"] == round(cal["thresholds"][2], 4) and why["on"] == ("文体活动" in item["labels"])
