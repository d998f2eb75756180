"""Gold theme annotations: where they are and how they are read.

A folder holds ``sections.jsonl`` (units cut from real pages, with a fixed train/test split)
and may hold more ``*.jsonl`` files, such as ``authored.jsonl`` (examples written from the
codebook). Rows whose ``source`` is ``authored`` are always training rows: they are never
scored, so the held-out figures stay figures on collected text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from ..errors import UsageError
from ..schema import OTHER
from ..store.paths import ANNOTATIONS_ENV, annotation_files, annotations_path

ENV = ANNOTATIONS_ENV
AUTHORED = "authored"  # the source of written examples: always split == "train"
COLUMNS = ["id", "text", "labels", "split", "source", "group"]


def load_annotations(path: str | Path | None = None, themes: list[str] | None = None) -> pd.DataFrame:
    """Read annotation JSONL (a file or every *.jsonl in a folder) into id, text, labels, split, source, group.

    ``group`` is ``source#article`` (the unit of grouped cross-validation: no document on both
    sides of a fold). Authored rows are forced to ``train``. An id used twice is an error,
    because the same unit would then count twice.
    """
    where = annotations_path(path)
    if where is None:
        raise UsageError(
            f"no annotations found: pass a JSONL file or folder, or set {ENV} "
            f"(the package ships them in unionmine/data/annotations/)"
        )
    files = annotation_files(where)
    if not files or not all(f.is_file() for f in files):
        raise UsageError(f"no annotation JSONL file at {where}")
    known = set(themes or []) | {OTHER}
    rows = []
    seen: dict[str, str] = {}
    for file in files:
        for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                raise UsageError(f"{file}:{n}: not a JSON object: {exc}") from exc
            labels = obj.get("labels") if isinstance(obj, dict) else None
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not isinstance(labels, list):
                raise UsageError(f"{file}:{n}: needs 'text' (string) and 'labels' (list)")
            if themes and not set(labels) <= known:
                raise UsageError(f"{file}:{n}: unknown label(s) {sorted(set(labels) - known)}")
            uid = str(obj.get("id", f"{file.stem}:{n}"))
            if uid in seen:
                raise UsageError(f"{file}:{n}: id {uid} is already used in {seen[uid]}; give every unit its own id")
            seen[uid] = f"{file.name}:{n}"
            source = str(obj.get("source", file.stem))
            article = obj.get("article", n)
            rows.append(
                {
                    "id": uid,
                    "text": obj["text"],
                    "labels": [str(x) for x in labels],
                    "split": "train" if source == AUTHORED else obj.get("split", "train"),
                    "source": source,
                    "group": f"{source}#{article}",
                }
            )
    if not rows:
        raise UsageError(f"the annotations at {where} are empty")
    return pd.DataFrame(rows, columns=COLUMNS)
