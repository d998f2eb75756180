"""Print a stable digest of each output table of a run (contents, not file bytes).

    python scripts/output_digest.py OUT                      # print JSON digests
    python scripts/output_digest.py OUT --write FILE.json    # also save them
    python scripts/output_digest.py OUT --check FILE.json    # exit 1 on any difference

Tables: documents, sections (Parquet file or partitioned folder), problems.csv and every
stats/*.csv. Each table is canonicalised before hashing: columns in sorted order, each cell
as a canonical JSON value (missing -> null, floats rounded to 6 significant digits, arrays as
lists), rows sorted, and the output folder's own path replaced by ``<out>``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

import pandas as pd

_SIGNIFICANT = 6  # a retrained model's scores differ by ~1e-15; 9 digits let one straddle a rounding step


def _canonical(value: object) -> object:
    """Return a JSON-ready value that does not depend on dtype or float noise."""
    if value is None:
        return None
    if hasattr(value, "tolist") and not isinstance(value, (str, bytes)):
        value = value.tolist()
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in sorted(value.items())}
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        if value == int(value) and abs(value) < 2**53:
            return int(value)
        return float(f"{value:.{_SIGNIFICANT}g}")
    if isinstance(value, str):
        return _canonical_text(value)
    if pd.isna(value):  # pd.NA, NaT
        return None
    return str(value)


def _canonical_text(text: str) -> object:
    """CSV cells arrive as text: read numbers as numbers so '1.0' and '1' agree."""
    stripped = text.strip()
    if stripped and (stripped[0].isdigit() or stripped[0] in "+-.") and stripped.lower() not in {"-", "+", "."}:
        try:
            number = float(stripped)
        except ValueError:
            return text
        return _canonical(number)
    return text


def table_digest(frame: pd.DataFrame, out: Path) -> dict:
    """Digest one table: its sorted column names, its row count and a sha256 of its rows."""
    columns = sorted(str(c) for c in frame.columns)
    frame = frame.rename(columns=str)
    out_text = str(out)
    rows = []
    for record in frame[columns].itertuples(index=False, name=None):
        cells = [_canonical(v) for v in record]
        line = json.dumps(cells, ensure_ascii=False, sort_keys=True)
        rows.append(line.replace(out_text, "<out>"))
    rows.sort()
    h = hashlib.sha256()
    h.update(json.dumps(columns, ensure_ascii=False).encode("utf-8"))
    for line in rows:
        h.update(b"\n")
        h.update(line.encode("utf-8"))
    return {"rows": len(rows), "columns": len(columns), "sha256": h.hexdigest()}


def _read_parquet(path: Path) -> pd.DataFrame:
    if path.is_dir():
        parts = sorted(path.glob("*.parquet"))
        return pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True) if parts else pd.DataFrame()
    return pd.read_parquet(path)


def _read_csv(path: Path) -> pd.DataFrame:
    if path.stat().st_size == 0:
        return pd.DataFrame()
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def digests(out: Path) -> dict[str, dict]:
    """Digest every table of the run in OUT, keyed by its path relative to OUT."""
    out = Path(out)
    found: dict[str, dict] = {}
    for name in ("documents", "sections"):
        path = out / f"{name}.parquet"
        if path.exists():
            found[name] = table_digest(_read_parquet(path), out)
    if (out / "problems.csv").exists():
        found["problems"] = table_digest(_read_csv(out / "problems.csv"), out)
    for path in sorted((out / "stats").glob("*.csv")):
        found[f"stats/{path.stem}"] = table_digest(_read_csv(path), out)
    return found


def compare(found: dict, expected: dict) -> list[str]:
    """Return one line per table whose digest differs from (or is missing in) the other side."""
    lines = []
    for name in sorted(set(found) | set(expected)):
        if name not in found:
            lines.append(f"{name}: missing in this run")
        elif name not in expected:
            lines.append(f"{name}: not in the expected digests")
        elif found[name] != expected[name]:
            lines.append(f"{name}: expected {expected[name]}, got {found[name]}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="Output folder of a unionmine run.")
    parser.add_argument("--write", type=Path, help="Save the digests as JSON here.")
    parser.add_argument("--check", type=Path, help="Compare with the digests saved here.")
    args = parser.parse_args(argv)
    if not (args.out / "documents.parquet").exists():
        parser.error(f"{args.out} holds no documents.parquet")
    found = digests(args.out)
    text = json.dumps(found, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    if args.check:
        diff = compare(found, json.loads(args.check.read_text(encoding="utf-8")))
        for line in diff:
            print(line, file=sys.stderr)
        if diff:
            return 1
        print(f"{len(found)} tables identical to {args.check}")
        return 0
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
