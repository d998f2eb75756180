"""Round 15's harness (``scripts/real_themes_festivals.py``): errors counted per theme, the two package states
compared set by set, and the brief's bar. Invented decisions."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import real_themes_festivals as rf


def _dec(pred, gold):
    return {"pred": np.array(pred, dtype=bool), "gold": np.array(gold, dtype=bool)}


GOLD = [[0, 1, 0, 0], [0, 0, 1, 0], [1, 0, 0, 1]]


def test_errors_are_counted_added_and_missed_per_theme():
    dec = {"14": _dec([[0, 1, 1, 0], [0, 1, 0, 0], [1, 0, 0, 0]], GOLD), "15": _dec(GOLD, GOLD)}
    assert rf._errs(dec, ["14", "15"], 1) == (1, 0)  # 送温暖 added once
    assert rf._errs(dec, ["14", "15"], 2) == (1, 1)  # 文体活动 added once, missed once
    assert rf._errs(dec, ["14"], 3) == (0, 1) and rf._errs(dec, ["15"], 3) == (0, 0)


def test_the_bar_needs_the_mean_most_sets_and_both_festival_themes(monkeypatch):
    monkeypatch.setattr(rf, "SCORED", ["1", "2", "3"])
    wrong = [[0, 1, 1, 0], [0, 1, 1, 0], [1, 0, 0, 1]]  # 送温暖 added to the event, 文体活动 to the care
    base = {n: _dec(wrong, GOLD) for n in ("1", "2", "3")}
    better = {"1": _dec(GOLD, GOLD), "2": _dec(GOLD, GOLD), "3": _dec(wrong, GOLD)}
    c = rf.compare(base, better)
    assert c["b"][0] == 1.0 and c["b"][2] == c["a"][2]
    assert rf.bar(c) == (True, True, True, True)
    assert rf.bar(rf.compare(better, base)) == (False, False, False, False)
    care_only = {n: _dec([[0, 1, 0, 0], [0, 0, 0, 0], [1, 0, 0, 1]], GOLD) for n in ("1", "2", "3")}
    assert rf.bar(rf.compare(base, care_only))[2:] == (True, False)  # 送温暖 up; 文体活动 lost its right decision


def test_a_pool_keeps_a_fit_to_its_sets_and_the_sets_in_every_fit():
    names = ["1", "2", "9", "19", "4s"]
    assert rf.fit_sets(names, "9", []) == ["1", "2", "19", "4s"]  # no pool: every other set
    assert rf.fit_sets(names, "9", ["1", "2"]) == ["1", "2", "4s"]  # round 26: the shipped default's sets only
    assert rf.fit_sets(names, "1", ["1", "2", "19"]) == ["2", "19", "4s"]  # the set scored is never fitted on
