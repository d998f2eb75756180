"""Round 12's authored rows (``scripts/data/authored_real_errors2.jsonl``, not loaded by the package) and the
harness's annotation folders: the rows are complete training rows of their own imagined documents, and only the
``new`` folder holds them."""

import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ROWS = ROOT / "scripts" / "data" / "authored_real_errors2.jsonl"
ANN = ROOT / "unionmine" / "data" / "annotations"
THEMES = ["维权", "送温暖", "文体活动", "民主管理"]


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_round12_rows_are_complete_training_rows_of_their_own_documents():
    rows = _read(ROWS)
    assert 150 <= len(rows) <= 250
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == {"id", "source", "article", "heading", "text", "labels", "split", "note"}
        assert r["source"] == "authored" and r["split"] == "train" and r["note"]
        assert r["id"] == hashlib.sha1(("authored|" + r["text"]).encode("utf-8")).hexdigest()[:12]
        assert r["heading"] == "" or r["text"].startswith(r["heading"] + "\n")
        assert r["labels"] == [t for t in [*THEMES, "其他"] if t in r["labels"]]
        assert not ("其他" in r["labels"] and len(r["labels"]) > 1)
    articles = {r["article"] for r in rows}
    for other in ANN.glob("authored*.jsonl"):
        assert not {r["article"] for r in _read(other)} & articles, other.name
        assert not {r["id"] for r in _read(other)} & {r["id"] for r in rows}, other.name
    labels = Counter(t for r in rows for t in r["labels"])
    # aimed at 其他 sections told in a theme's words: 其他 is the largest class, every theme has its positive twins
    assert labels["其他"] == max(labels.values()) and all(labels[t] >= 20 for t in THEMES), labels
    assert not (ANN / ROWS.name).exists()  # measured, not shipped (docs/EVALUATION.md, round 12)


def test_harness_folders_put_the_new_file_only_in_the_new_folder(tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "scripts"))
    import real_themes_round12 as r12

    monkeypatch.setattr(r12, "ANN", ANN)
    monkeypatch.setattr(r12, "FOLDER", {"base": tmp_path / "base", "new": tmp_path / "new"})
    r12.folders(str(ROWS))
    base = sorted(p.name for p in (tmp_path / "base").glob("*.jsonl"))
    new = sorted(p.name for p in (tmp_path / "new").glob("*.jsonl"))
    assert ROWS.name not in base and sorted([*base, ROWS.name]) == new
    assert (tmp_path / "new" / ROWS.name).read_bytes() == ROWS.read_bytes()
