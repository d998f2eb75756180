"""The near-duplicate finder alone, as the corpus grows: CPU and work per article in windows.

    python scripts/finder_growth.py --docs 40000 --at 2000 --at 10000 --at 20000 --at 40000

Feeds `DuplicateFinder` (on disk, as ingest does) the signatures and texts of synthetic documents
(`bench.mixed_document`, or with --style shuffled `bench.synthetic_document`: every one a near-copy of a
seed article, the worst case for the exact decisions) and prints, for the 2,000 articles ending at each
--at mark, the finder's CPU per article, the index rows it read, the candidates it scored and those of
them it decided on their exact shingle sets per article. Not a test.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def main() -> int:
    import bench

    from unionmine.documents.duplicates import DuplicateFinder, signature

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--at", type=int, action="append")
    parser.add_argument("--window", type=int, default=2000)
    parser.add_argument("--style", choices=["mixed", "shuffled"], default="mixed")
    parser.add_argument("--estimates", action="store_true",
                        help="give the finder no texts: pairs decided on their estimates, as before session 14")
    args = parser.parse_args()
    marks = set(args.at or [args.docs])
    rng = random.Random(0)
    articles = bench.seed_articles()
    pool = [ln for _o, lines in articles for ln in lines[1:] if len(ln) >= 24]
    with tempfile.TemporaryDirectory() as tmp:
        finder = DuplicateFinder(path=str(Path(tmp) / "index.sqlite"))
        cpu, sig_cpu, rows, scored, exact, found = 0.0, 0.0, 0, 0, 0, 0
        for i in range(args.docs):
            text = (bench.mixed_document(rng, articles, pool) if args.style == "mixed"
                    else bench.synthetic_document(rng, articles))[1]
            start = time.process_time()  # the signature is made in the workers, the rest here
            sig = signature(text)
            middle = time.process_time()
            found += finder.add(f"d{i}", sig, None, None if args.estimates else text) is not None
            cpu += time.process_time() - middle
            sig_cpu += middle - start
            if (i + 1) % args.window == 0:
                if i + 1 in marks:
                    n = args.window
                    print(f"{i + 1:8,d} articles: {1000 * cpu / n:6.3f} ms CPU, "
                          f"{(finder.index_rows_read - rows) / n:7.1f} index rows read, "
                          f"{(finder.candidates_scored - scored) / n:6.1f} candidates scored, "
                          f"{(finder.exact_checks - exact) / n:5.1f} decided exactly per article "
                          f"(signature {1000 * sig_cpu / n:.3f} ms); {found:,} near-duplicates so far", flush=True)
                cpu, sig_cpu, rows = 0.0, 0.0, finder.index_rows_read
                scored, exact = finder.candidates_scored, finder.exact_checks
        finder.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
