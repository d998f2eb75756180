"""Write the seventh held-out pair: corpus/heldout/web9/ and corpus/heldout/district_yunhe/ with their
answer keys (web9.key.jsonl, district_yunhe.key.jsonl). Deterministic: the same files every run
(Word and PDF equal in text).

    PYTHONPATH=$PWD .venv/bin/python scripts/collections/make_heldout7_collection.py [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout7_district import make_district_yunhe
from heldout7_web import make_web9
from keyed import write_collections


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE.parents[1] / "corpus" / "heldout")
    args = parser.parse_args(argv)
    write_collections(args.out, [("web9", make_web9), ("district_yunhe", make_district_yunhe)])


if __name__ == "__main__":
    main()
