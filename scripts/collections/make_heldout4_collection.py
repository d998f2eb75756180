"""Write the fourth held-out ingestion set: corpus/heldout/web6 (+ web6.key.jsonl) and
corpus/heldout/district_baiyun (+ district_baiyun.key.jsonl). Deterministic; Word and PDF files are
content-equal from run to run (their bytes depend on the library versions).

    PYTHONPATH=$PWD .venv/bin/python scripts/collections/make_heldout4_collection.py [--out corpus/heldout]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout4_district import make_baiyun
from heldout4_web import make_web6
from keyed import write_collections

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "corpus" / "heldout")
    args = parser.parse_args(argv)
    write_collections(args.out, [("web6", make_web6), ("district_baiyun", make_baiyun)])


if __name__ == "__main__":
    main()
