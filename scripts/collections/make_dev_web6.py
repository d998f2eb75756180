"""Write development collections web6 and district_baiyun: corpus/dev/web6 (+ web6.key.jsonl) and
corpus/dev/district_baiyun (+ district_baiyun.key.jsonl). Written as the fourth held-out set
(heldout/web6, heldout/district_baiyun); promoted to development on 2026-11-30 (see
corpus/heldout/README.md). Deterministic; Word and PDF files are content-equal from run to run (their
bytes depend on the library versions).

    PYTHONPATH=$PWD .venv/bin/python scripts/collections/make_dev_web6.py [--out corpus/dev]
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
    parser.add_argument("--out", type=Path, default=ROOT / "corpus" / "dev")
    args = parser.parse_args(argv)
    write_collections(args.out, [("web6", make_web6), ("district_baiyun", make_baiyun)])


if __name__ == "__main__":
    main()
