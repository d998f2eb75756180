"""The seed corpus run gives the tables recorded in tests/data/seed_outputs.json.

Regenerate after an intended change of outputs (in the same commit):
    unionmine run corpus/raw --metadata corpus/metadata.csv --out OUT
    python scripts/output_digest.py OUT --write tests/data/seed_outputs.json
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from builders import script_module
from click.testing import CliRunner

from unionmine.cli import cli

REPO = Path(__file__).resolve().parents[2]
EXPECTED = REPO / "tests" / "data" / "seed_outputs.json"


def _digest_module():
    return script_module("output_digest.py")


def test_digest_sees_a_changed_cell_and_not_column_order(tmp_path):
    digest = _digest_module()
    frame = pd.DataFrame({"b": [1.0, 2.5], "a": ["x", None]})
    same = frame[["a", "b"]].iloc[::-1]
    changed = frame.assign(b=[1.0, 2.6])
    assert digest.table_digest(frame, tmp_path) == digest.table_digest(same, tmp_path)
    assert digest.table_digest(frame, tmp_path) != digest.table_digest(changed, tmp_path)
    # a CSV's "1.0" and a Parquet's 1 agree; float noise below 6 digits does not count
    assert digest._canonical("1.0") == digest._canonical(1) == 1
    assert digest._canonical(0.1 + 0.2) == digest._canonical(0.3)


@pytest.mark.slow
def test_seed_run_matches_recorded_digests(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli,
        ["run", str(REPO / "corpus" / "raw"), "--metadata", str(REPO / "corpus" / "metadata.csv"),
         "--out", str(out), "--quiet"],
    )
    assert result.exit_code == 0, result.output
    digest = _digest_module()
    found = digest.digests(out)
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert digest.compare(found, expected) == []
