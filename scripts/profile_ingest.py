"""Profile ingest (cProfile, CPU time) on a synthetic corpus; per-document cumulative CPU per function.

    python scripts/profile_ingest.py --docs 5000 --docs 40000 --out bench_out/prof

For each size N it builds N mixed synthetic documents (`bench.build_corpus`), runs
`pipeline.ingest` with sections (serial, cache on, cold) under cProfile timed with
``time.process_time``, and writes OUT/profile-N.json: every function's calls and own and
cumulative CPU seconds. With two or more sizes it prints the functions whose cumulative CPU per
document grew most from the smallest size to the largest: what grows faster than the corpus.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def _child(corpus: str, out: str, dump: str) -> None:
    import cProfile
    import pstats

    from unionmine.options import Options
    from unionmine.run import pipeline

    shutil.rmtree(out, ignore_errors=True)
    options = Options(engine="serial", workers=1, use_cache=True, progress=False)
    profiler = cProfile.Profile(time.process_time)
    start = time.process_time()
    profiler.enable()
    result = pipeline.ingest([corpus], out, with_sections=True, options=options)
    profiler.disable()
    cpu = time.process_time() - start
    rows = {}
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in pstats.Stats(profiler).stats.items():
        name = f"{'/'.join(Path(filename).parts[-2:])}:{line}({func})"
        rows[name] = {"calls": ncalls, "own": tottime, "cum": cumtime}
    Path(dump).write_text(json.dumps({"documents": result.n_documents, "files": result.n_files,
                                      "cpu_seconds": cpu, "functions": rows}), encoding="utf-8")


def compare(small: dict, large: dict, top: int) -> None:
    n_small, n_large = small["files"], large["files"]
    print(f"ingest CPU per file: {1000 * small['cpu_seconds'] / n_small:.2f} ms at {n_small:,} files, "
          f"{1000 * large['cpu_seconds'] / n_large:.2f} ms at {n_large:,} (under the profiler)")
    grown = []
    for name, row in large["functions"].items():
        before = small["functions"].get(name, {"cum": 0.0, "own": 0.0, "calls": 0})
        grown.append((1000 * (row["cum"] / n_large - before["cum"] / n_small), name,
                      1000 * before["cum"] / n_small, 1000 * row["cum"] / n_large,
                      before["calls"] / n_small, row["calls"] / n_large))
    grown.sort(reverse=True)
    print(f"{'growth':>8s} {'ms/file':>8s} {'ms/file':>8s} {'calls/f':>8s} {'calls/f':>8s}  function")
    for delta, name, a, b, ca, cb in grown[:top]:
        print(f"{delta:8.3f} {a:8.3f} {b:8.3f} {ca:8.2f} {cb:8.2f}  {name}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, action="append", required=True)
    parser.add_argument("--out", default="bench_out/prof")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--reuse", action="store_true", help="compare the dumps already in OUT")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    dumps = []
    for n in args.docs:
        dump = out / f"profile-{n}.json"
        if not args.reuse:
            import bench

            corpus = out / f"synthetic-{n}"
            bench.build_corpus(corpus, n, style="mixed")
            code = ("import sys; sys.path.insert(0, sys.argv[1]); import profile_ingest; "
                    "profile_ingest._child(*sys.argv[2:])")
            subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent), str(corpus),
                            str(out / f"out-{n}"), str(dump)], check=True)
        dumps.append(json.loads(dump.read_text(encoding="utf-8")))
    if len(dumps) >= 2:
        compare(dumps[0], dumps[-1], args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
