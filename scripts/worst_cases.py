"""Ingest's worst cases, timed in CPU seconds: what a long line, many lines or many files cost.

    PYTHONPATH=$PWD .venv/bin/python scripts/worst_cases.py --out bench_out/worst [--case flat] [--profile 25]

Builds SYNTHETIC pages from the seed articles' paragraphs (`bench.seed_articles`; under OUT, git-ignored)
and runs `pipeline.ingest` with sections on each, in a fresh process (serial, no cache), CPU time:

- ``flat``: one page of ~200,000 characters on a single line (a page whose line breaks were lost), .txt;
- ``flat_html``: the same text as one ``<p>`` of an HTML page;
- ``lines``: one page of 20,000 short lines (6-20 characters: a menu, a table flattened a cell a line);
- ``lines_half``: the first 10,000 of those lines, to tell linear from quadratic;
- ``shared``: 2,000 small pages sharing 30 margin lines above and below their bodies (site furniture)
  and a sentence or two of body each (the collection-level steps: boilerplate, near-duplicates);
- ``shared_half``: 1,000 of those pages.

``--profile N`` prints the N functions with the most cumulative CPU under cProfile for each case.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

CASES = ("flat", "flat_html", "lines", "lines_half", "shared", "shared_half")


def _pool(rng: random.Random) -> list[str]:
    import bench

    articles = bench.seed_articles()
    pool = [ln for _org, lines in articles for ln in lines[1:] if len(ln) >= 24]
    rng.shuffle(pool)
    return pool


def build(case: str, root: Path, seed: int = 0) -> Path:
    """Write CASE's synthetic files under ROOT/CASE and return that folder."""
    rng = random.Random(seed)
    pool = _pool(rng)
    folder = root / case
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    title = "平望中心小学2023年工会工作总结"
    if case in ("flat", "flat_html"):
        parts, size = [title], len(title)
        while size < 200_000:
            parts.append(rng.choice(pool))
            size += len(parts[-1])
        text = "".join(parts)
        if case == "flat":
            (folder / "flat.txt").write_text(text + "\n", encoding="utf-8")
        else:
            html = f"<html><head><title>{title}</title></head><body><p>{text}</p></body></html>"
            (folder / "flat.html").write_text(html, encoding="utf-8")
    elif case in ("lines", "lines_half"):
        n = 20_000 if case == "lines" else 10_000
        lines = [title]
        for _ in range(n):
            line = rng.choice(pool)
            start = rng.randrange(max(1, len(line) - 20))
            lines.append(line[start:start + rng.randint(6, 20)])
        (folder / "lines.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif case in ("shared", "shared_half"):
        n = 2_000 if case == "shared" else 1_000
        head = [f"网站栏目{i}：首页 工会动态 通知公告" for i in range(15)] + [f"当前位置：首页 > 工会工作 > 第{i}页" for i in range(15)]
        foot = [f"版权所有 某某区总工会 备案号{i:04d}" for i in range(30)]
        for i in range(n):
            body = [f"某某{i}号单位{2008 + i % 16}年工会工作总结", rng.choice(pool), rng.choice(pool)]
            (folder / f"page_{i:05d}.txt").write_text("\n".join(head + body + foot) + "\n", encoding="utf-8")
    else:
        raise SystemExit(f"unknown case {case}")
    return folder


def _child(corpus: str, out: str, top: int) -> None:
    from unionmine.options import Options
    from unionmine.run import pipeline

    shutil.rmtree(out, ignore_errors=True)
    options = Options(engine="serial", workers=1, use_cache=False, progress=False)
    pipeline.warm_up()
    profiler = None
    if top:
        import cProfile

        profiler = cProfile.Profile(time.process_time)
        profiler.enable()
    start = time.process_time()
    result = pipeline.ingest([corpus], out, with_sections=True, options=options)
    cpu = time.process_time() - start
    rows = []
    if profiler is not None:
        import pstats

        profiler.disable()
        for (filename, line, func), (_cc, ncalls, tottime, cumtime, _c) in pstats.Stats(profiler).stats.items():
            rows.append((cumtime, tottime, ncalls, f"{'/'.join(Path(filename).parts[-2:])}:{line}({func})"))
        rows.sort(reverse=True)
    print("RESULT " + json.dumps({"cpu": cpu, "documents": result.n_documents, "files": result.n_files,
                                  "sections": result.n_sections, "top": rows[:top]}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="bench_out/worst")
    parser.add_argument("--case", action="append", choices=CASES)
    parser.add_argument("--profile", type=int, default=0, metavar="N")
    args = parser.parse_args()
    root = Path(args.out)
    for case in args.case or CASES:
        folder = build(case, root)
        code = "import sys; sys.path.insert(0, sys.argv[1]); import worst_cases; worst_cases._child(*sys.argv[2:4], int(sys.argv[4]))"
        proc = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent), str(folder),
                               str(root / f"out-{case}"), str(args.profile)], check=False, capture_output=True, text=True)
        if proc.returncode:
            print(f"{case}: failed\n{proc.stderr[-2000:]}")
            continue
        r = json.loads([ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")][-1][7:])
        print(f"{case:12s} ingest {r['cpu']:8.2f} CPU s  {r['files']} files, {r['documents']} articles, "
              f"{r['sections']} sections")
        for cum, own, calls, name in r["top"]:
            print(f"    {cum:8.2f} {own:8.2f} {calls:9d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
