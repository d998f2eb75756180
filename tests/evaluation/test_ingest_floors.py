"""CI floors of ingestion accuracy on the development and held-out collections (issue 12).

Each collection is ingested and scored with `unionmine.evaluation.evaluate_ingest`; a measure
that falls below its floor in tests/data/ingest/floors.json (or a bad-line share that rises above
its ceiling) fails, naming the measure and both figures.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from unionmine.evaluation.ingest import HIGHER_BETTER, evaluate_ingest

ROOT = Path(__file__).resolve().parents[2]
FLOORS = json.loads((ROOT / "tests" / "data" / "ingest" / "floors.json").read_text(encoding="utf-8"))
COLLECTIONS = sorted(k for k in FLOORS if not k.startswith("_"))


@pytest.mark.parametrize("name", COLLECTIONS)
def test_ingest_floors(name, tmp_path):
    folder = ROOT / "corpus" / name
    key = folder.parent / f"{folder.name}.key.jsonl"
    if not folder.is_dir() or not key.is_file():
        pytest.fail(f"collection {name} or its key is missing")
    scores = evaluate_ingest(folder, key, tmp_path / "scores")
    (measures,) = scores["collections"].values()
    low = []
    for field, bound in FLOORS[name].items():
        rate = measures[field]["rate"]
        assert rate is not None, f"{name}: no {field} figure"
        if (rate < bound) if field in HIGHER_BETTER else (rate > bound):
            low.append(f"{field} {rate:.3f} ({measures[field]['count']}/{measures[field]['total']}) vs {bound}")
    assert not low, f"{name}: " + "; ".join(low)
    table = pd.read_csv(tmp_path / "scores" / "ingest_scores.csv", encoding="utf-8-sig")
    assert set(table["measure"]) >= set(FLOORS[name]) and (tmp_path / "scores" / "ingest_scores.json").is_file()
