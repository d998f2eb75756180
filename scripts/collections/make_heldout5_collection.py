"""Write the fifth held-out pair, corpus/heldout/web7/ and corpus/heldout/district_jinshui/, with their
answer keys (KEYFORMAT). Deterministic: the same files and keys on every run (Word and PDF files
equal in text). Every page and file is the team's own writing after patterns seen on real sites
and district collections; names, figures and sentences are invented.

    PYTHONPATH=$PWD .venv/bin/python scripts/collections/make_heldout5_collection.py [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout5_district import make_district
from heldout5_web import make_web
from keyed import write_collections


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE.parents[1] / "corpus" / "heldout")
    args = ap.parse_args(argv)
    write_collections(args.out, [("web7", make_web), ("district_jinshui", make_district)])


if __name__ == "__main__":
    main()
