"""Round 14's harness (``scripts/real_themes_trees.py``): a per-theme rule takes only its theme's column from the
trees, ``gbm-keep`` the kept themes' columns, and the bar needs the mean up and two thirds of the sets up on every
partition. Invented decisions."""

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import real_themes_trees as rt

THEMES = ["维权", "送温暖", "文体活动", "民主管理"]


def _direction():
    shipped = np.array([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1]], dtype=bool)
    trees = np.array([[0, 0, 1, 0], [1, 1, 0, 1], [0, 0, 1, 0]], dtype=bool)
    return {"shipped": shipped, "ctx-gbm": trees, "gold": shipped}


def test_a_theme_rule_takes_only_that_column_from_the_trees():
    d = _direction()
    dm = rt.rule("gbm-民主管理", THEMES, d)
    np.testing.assert_array_equal(dm[:, :3], d["shipped"][:, :3])
    np.testing.assert_array_equal(dm[:, 3], d["ctx-gbm"][:, 3])
    np.testing.assert_array_equal(rt.rule("shipped", THEMES, d), d["shipped"])
    np.testing.assert_array_equal(rt.rule("ctx-gbm", THEMES, d), d["ctx-gbm"])
    kept = rt.rule("gbm-keep", THEMES, d, keep=["维权", "民主管理"])
    np.testing.assert_array_equal(kept[:, [1, 2]], d["shipped"][:, [1, 2]])
    np.testing.assert_array_equal(kept[:, [0, 3]], d["ctx-gbm"][:, [0, 3]])
    assert not np.shares_memory(dm, d["shipped"])  # the shipped decisions are not changed in place


def test_the_bar_needs_every_partition():
    up = np.array([0.01, 0.02, -0.005])  # mean up, two of three sets up
    assert rt.clears([up, up, up])
    assert not rt.clears([up, up, np.array([0.05, -0.01, -0.01])])  # one set up of three on the last partition
    assert not rt.clears([up, up, np.array([0.001, 0.001, -0.01])])  # mean down on the last partition


def test_fifteen_sets_and_set_13_only_in_the_fit(monkeypatch):
    for name in ("SETS", "CACHE", "_stack_path"):  # restored after the test: other tests import the module
        monkeypatch.setattr(rt.rc, name, getattr(rt.rc, name))
    names = [n for n, _, _ in rt.SETS]
    assert names == [str(k) for k in range(1, 16)]
    assert rt.SCORED == [n for n in names if n != "13"]
    rt.use_fifteen()
    assert rt.rc.SETS is rt.SETS and rt.rc.TRAIN_ONLY == ["13"]
    assert rt.rc._stack_path(2).name == "r14_stack_s2.pkl"
