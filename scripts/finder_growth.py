"""The near-duplicate finder alone, as the corpus grows: CPU and work per article in windows.

    python scripts/finder_growth.py --docs 40000 --at 2000 --at 10000 --at 20000 --at 40000

Feeds `DuplicateFinder` (on disk, as ingest does) the signatures of mixed synthetic documents
(`bench.mixed_document`) and prints, for the 2,000 articles ending at each --at mark, the finder's
CPU per article, the index rows it read and the candidates it scored per article. Not a test.
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
    args = parser.parse_args()
    marks = set(args.at or [args.docs])
    rng = random.Random(0)
    articles = bench.seed_articles()
    pool = [ln for _o, lines in articles for ln in lines[1:] if len(ln) >= 24]
    with tempfile.TemporaryDirectory() as tmp:
        finder = DuplicateFinder(path=str(Path(tmp) / "index.sqlite"))
        cpu, rows, scored, found = 0.0, 0, 0, 0
        for i in range(args.docs):
            sig = signature(bench.mixed_document(rng, articles, pool)[1])
            start = time.process_time()
            found += finder.add(f"d{i}", sig) is not None
            cpu += time.process_time() - start
            if (i + 1) % args.window == 0:
                if i + 1 in marks:
                    n = args.window
                    print(f"{i + 1:8,d} articles: {1000 * cpu / n:6.3f} ms CPU, "
                          f"{(finder.index_rows_read - rows) / n:7.1f} index rows read, "
                          f"{(finder.candidates_scored - scored) / n:6.1f} candidates scored per article; "
                          f"{found:,} near-duplicates so far", flush=True)
                cpu, rows, scored = 0.0, finder.index_rows_read, finder.candidates_scored
        finder.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
