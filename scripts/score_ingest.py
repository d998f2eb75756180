"""Score an ingest run against a collection's answer key.

    python scripts/score_ingest.py OUT/documents.parquet corpus/dev/web.key.jsonl [--misses N] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys

import pandas as pd

from unionmine.evaluation.ingest import format_scores, score_ingest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("documents")
    parser.add_argument("key")
    parser.add_argument("--misses", type=int, default=0, help="list up to N misses per field")
    parser.add_argument("--json", help="also write the scores as JSON here")
    args = parser.parse_args(argv)
    scores = score_ingest(pd.read_parquet(args.documents), args.key)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(scores, handle, ensure_ascii=False, indent=1, default=str)
    print(format_scores(scores, misses=args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
