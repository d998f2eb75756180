"""Write the sixth held-out pair, corpus/heldout/web8/ and corpus/heldout/district_qinghe/, with their
answer keys (KEYFORMAT). Deterministic: the same files and keys on every run (Word and PDF files
equal in text). Every page and file is the team's own writing after patterns seen on real sites
and district collections; names, figures and sentences are invented.

    PYTHONPATH=$PWD .venv/bin/python scripts/collections/make_heldout6_collection.py [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout6_district import make_district_qinghe
from heldout6_web import make_web8
from keyed import write_collections


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE.parents[1] / "corpus" / "heldout")
    args = ap.parse_args(argv)
    write_collections(args.out, [("web8", make_web8), ("district_qinghe", make_district_qinghe)])


if __name__ == "__main__":
    main()
