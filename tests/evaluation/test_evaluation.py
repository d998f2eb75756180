"""Held-out evaluation: reproducible, trained on train rows only, written to a file."""

from pathlib import Path

import pandas as pd
import pytest

from unionmine.errors import UsageError
from unionmine.evaluation.themes import evaluate
from unionmine.schema import THEMES
from unionmine.themes import load_annotations

FIXTURE = Path(__file__).parents[1] / "data" / "themes" / "annotations.jsonl"


def test_evaluate_is_reproducible_and_complete(tmp_path):
    out = tmp_path / "eval.csv"
    a = evaluate(FIXTURE, out=out, methods=("lexicon", "baseline"))
    b = evaluate(FIXTURE, methods=("lexicon", "baseline"))
    pd.testing.assert_frame_equal(a, b)
    assert set(a.theme) == set(THEMES) | {"macro"}
    macro = a[a.theme == "macro"].set_index("method")
    assert macro.loc["lexicon", "exact_match"] == pytest.approx(1.0)  # the four test rows are easy
    assert 0 <= macro.loc["baseline", "f1"] <= 1
    assert len(pd.read_csv(out, encoding="utf-8-sig")) == len(a)


def test_test_rows_never_reach_training(tmp_path):
    data = load_annotations(FIXTURE)
    poisoned = data.copy()
    # wrong labels on test rows must change the scores, not the model
    poisoned.loc[poisoned.split == "test", "labels"] = pd.Series([["维权"]] * 4, index=poisoned.index[poisoned.split == "test"])
    good = evaluate(data, methods=("lexicon",))
    bad = evaluate(poisoned, methods=("lexicon",))
    assert bad[bad.theme == "macro"].f1.item() < good[good.theme == "macro"].f1.item()


def test_needs_both_splits():
    data = load_annotations(FIXTURE)
    with pytest.raises(UsageError, match="split"):
        evaluate(data[data.split == "train"], methods=("lexicon",))


def test_cross_validation_uses_train_rows_only_and_never_scores_authored_rows():
    from unionmine.evaluation.themes import cross_validate

    data = load_annotations(FIXTURE)
    data["source"] = "fixture"
    data["group"] = [f"doc{i % 4}" for i in range(len(data))]
    table = cross_validate(data, methods=("lexicon",), folds=4)
    assert set(table.theme) == set(THEMES) | {"macro"}
    assert table.attrs["n_scored"] == (data.split == "train").sum()
    # wrong labels on test rows change nothing: CV never reads them
    poisoned = data.copy()
    poisoned.loc[poisoned.split == "test", "labels"] = pd.Series([["维权"]] * 4, index=poisoned.index[poisoned.split == "test"])
    pd.testing.assert_frame_equal(table, cross_validate(poisoned, methods=("lexicon",), folds=4))
    # authored rows only ever train: the scored rows and their count stay those of collected text
    written = data[data.split == "train"].head(3).assign(source="authored", group="authored#1", id=lambda d: d.id + "w")
    more = pd.concat([data, written], ignore_index=True)
    assert cross_validate(more, methods=("lexicon",), folds=4).attrs["n_scored"] == table.attrs["n_scored"]
    with pytest.raises(UsageError, match="documents"):
        cross_validate(data.assign(group="one"), methods=("lexicon",), folds=4)


# Evaluation gate: the default method on the shipped held-out split (150 test sections,
# trained on the 302 train sections plus the 481 + 386 + 38 authored examples of authored.jsonl,
# authored_registers.jsonl and authored_real_errors.jsonl; 0.873 with the last, 2026-11-30). Measured 2026-11-29: macro-F1 0.861 (blend, calibrated noisy-OR,
# `unionmine evaluate`; 0.803 on 2026-11-23); the floor is that minus 0.02. Raise it when the
# method improves, never lower it silently (docs/EVALUATION.md).
DEFAULT_MACRO_F1_FLOOR = 0.841
N_AUTHORED = 481 + 386 + 38


@pytest.fixture(scope="module")
def shipped():
    from unionmine.store.paths import ANNOTATIONS

    return load_annotations(ANNOTATIONS, themes=THEMES)


def test_default_method_keeps_its_held_out_macro_f1(shipped):
    from unionmine.themes import DEFAULT_METHOD

    first = evaluate(shipped, methods=(DEFAULT_METHOD,))
    macro = first[first.theme == "macro"].f1.item()
    assert macro >= DEFAULT_MACRO_F1_FLOOR, f"{DEFAULT_METHOD} macro-F1 {macro:.3f} fell below the floor"
    assert first.attrs["n_test"] == 150 and first.attrs["n_train"] == 302 + N_AUTHORED
    second = evaluate(shipped, methods=(DEFAULT_METHOD,))
    pd.testing.assert_frame_equal(first, second)  # same data, same table


def test_default_method_has_no_lexicon_gate(shipped):
    """Either part of the default carries every theme alone: the supervised probability without
    any lexicon term, and the lexicon score beside a supervised probability near zero (issue 13:
    an average with thresholds let no theme fire without a lexicon hit)."""
    import numpy as np

    from unionmine.evaluation import fit_model
    from unionmine.themes import DEFAULT_METHOD, make_model

    train = shipped[shipped.split == "train"]
    model = fit_model(make_model(DEFAULT_METHOD), train.text.tolist(), train.labels.tolist(), train.group.tolist())
    grid = np.linspace(0.0, 0.999, 1000)
    for j, theme in enumerate(THEMES):
        alone = np.zeros((len(grid), len(THEMES)))
        alone[:, j] = grid
        sure = np.full_like(alone, 0.02)
        sure[:, j] = grid
        supervised_only = model._combine(alone, np.zeros_like(alone))[:, j] >= model.thresholds_[j]
        lexicon_only = model._combine(np.full_like(alone, 0.02), sure)[:, j] >= model.thresholds_[j]
        assert supervised_only.any() and not supervised_only[0], theme
        assert lexicon_only.any() and not lexicon_only[0], theme
