"""Benchmark the pipeline on a SYNTHETIC corpus built from the seed articles.

    python scripts/bench.py --docs 200 --docs 2000 --workers 1 --workers 2

For each size N it writes N synthetic documents (the seed articles' paragraphs shuffled
within their sections, generated school names and years, about one file in five in
GB18030) under OUT/synthetic-N/ (labelled by OUT/SYNTHETIC-README.md), never part of
corpus/. It then runs, each in a child process so that peak memory is measured alone:

- bare ``jieba.lcut`` over the same decoded text (the yardstick; dictionary load excluded);
- the whole pipeline (ingest with sections and themes) for every --workers value, on a
  cold cache, then a re-run on the unchanged corpus, then a re-run after changing one file.

It prints documents/s, MB/s per core, peak memory (largest process), and the ratios the
targets in docs/BENCHMARKS.md are about. Not a test: timings depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "corpus" / "raw"

PLACES = ["平望", "松陵", "盛泽", "震泽", "黎里", "同里", "桃源", "七都", "横扇", "芦墟", "北厍", "金家坝",
          "东山", "木渎", "光福", "浒墅关", "望亭", "湘城", "渭塘", "陆慕", "枫桥", "横塘", "胥口", "越溪"]
KINDS = ["中心小学", "实验小学", "第一中学", "初级中学", "幼儿园", "高级中学", "实验学校", "职业学校", "镇教育工会",
         "区教育工会", "机械有限公司", "卫生院"]
TITLES = ["工会工作总结", "工会工作计划", "工会年度工作总结", "工会工作要点"]
_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[、.．])")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?=年)")


# --------------------------------------------------------------------------- corpus


def seed_articles() -> list[tuple[str, list[str]]]:
    """The seed corpus's on-topic articles as (org, lines), read by the pipeline's own stages."""
    from unionmine.documents.clean import clean_text
    from unionmine.documents.describe import describe_article
    from unionmine.documents.read import read_document
    from unionmine.documents.split import split_articles

    articles = []
    for path in sorted(SEEDS.iterdir()):
        text = clean_text(read_document(path).text)
        for article in split_articles(text, page_title=path.stem):
            described = describe_article(article.title, article.text)
            lines = [ln for ln in article.text.splitlines() if ln.strip()]
            if described.get("on_topic", True) and len(lines) >= 3:
                articles.append((described.get("org") or "", lines))
    if not articles:
        raise SystemExit(f"no seed articles found in {SEEDS}")
    return articles


def synthetic_document(rng: random.Random, articles) -> tuple[str, str]:
    """One synthetic document: a seed article with its paragraphs shuffled between headings."""
    org_seed, lines = rng.choice(articles)
    org = rng.choice(PLACES) + rng.choice(KINDS)
    year = rng.randint(2008, 2024)
    title = f"{org}{year}年{rng.choice(TITLES)}"
    body = lines[1:]
    # shuffle the paragraphs inside each numbered section; headings stay where they are
    out, block = [], []
    for line in body + ["一、"]:
        if _HEADING.match(line):
            rng.shuffle(block)
            out.extend(block)
            block = []
            out.append(line)
        else:
            block.append(line)
    out.pop()
    text = "\n".join([title, *out])
    if org_seed and len(org_seed) >= 3:
        text = text.replace(org_seed, org)
    text = _YEAR.sub(lambda m: str(year + (int(m.group()) > year)), text)
    return title, text + "\n"


def build_corpus(root: Path, n: int, seed: int = 0, gb18030_share: float = 0.2) -> dict:
    """Write N synthetic documents under ROOT (streamed: the corpus is never held in memory)."""
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    # the label sits beside the corpus, not in it, so that it is not read as a document
    (root.parent / "SYNTHETIC-README.md").write_text(
        "SYNTHETIC corpus made by scripts/bench.py from the seed articles (shuffled paragraphs,\n"
        "generated names and years), in the synthetic-N folders here. Not real documents;\n"
        "never mix them into corpus/.\n",
        encoding="utf-8",
    )
    rng = random.Random(seed)
    articles = seed_articles()
    n_bytes = n_chars = n_gb = 0
    for i in range(n):
        _, text = synthetic_document(rng, articles)
        encoding = "gb18030" if rng.random() < gb18030_share else "utf-8"
        data = text.encode(encoding)
        folder = root / f"{i // 1000:04d}"
        if i % 1000 == 0:
            folder.mkdir(exist_ok=True)
        (folder / f"synthetic_{i:07d}.txt").write_bytes(data)
        n_bytes += len(data)
        n_chars += len(text)
        n_gb += encoding == "gb18030"
    return {"docs": n, "bytes": n_bytes, "chars": n_chars, "gb18030_files": n_gb}


# --------------------------------------------------------------------------- child runs


def _child_jieba(corpus: str, limit: int) -> dict:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    t0 = time.perf_counter()
    jieba.initialize()
    load = time.perf_counter() - t0
    files = synthetic_files(corpus, limit)
    seconds = n_chars = 0
    for text in plain_texts(files):
        t = time.perf_counter()
        jieba.lcut(text)
        seconds += time.perf_counter() - t
        n_chars += len(text)
    return {"seconds": seconds, "chars": n_chars, "docs": len(files), "load_seconds": load}


def synthetic_files(corpus: str, limit: int) -> list[Path]:
    return sorted(Path(corpus).rglob("synthetic_*.txt"))[:limit]


def plain_texts(files: list[Path]):
    """Each file's text, decoded as simply as bare jieba's user would (UTF-8, else GB18030)."""
    for path in files:
        data = path.read_bytes()
        try:
            yield data.decode("utf-8")
        except UnicodeDecodeError:
            yield data.decode("gb18030")


def _child_stages(corpus: str, limit: int) -> dict:
    """Seconds spent in each per-file stage, called one after another over the first LIMIT
    files, with bare jieba over the same text last: where the time goes, for the next profile."""
    import logging

    seconds: dict[str, float] = {}

    def timed(stage, func, *args, **kwargs):
        start = time.perf_counter()
        value = func(*args, **kwargs)
        seconds[stage] = seconds.get(stage, 0.0) + time.perf_counter() - start
        return value

    start = time.perf_counter()
    import pandas as pd

    from unionmine.documents.clean import clean_text
    from unionmine.documents.dating import infer_year_range
    from unionmine.documents.describe import describe_article
    from unionmine.documents.duplicates import signature
    from unionmine.documents.read import read_document
    from unionmine.documents.split import split_articles
    from unionmine.sections.parse import parse_sections
    from unionmine.themes import score_sections

    seconds["imports"] = time.perf_counter() - start
    files = synthetic_files(corpus, limit)
    rows: list[dict] = []
    for number, path in enumerate(files):
        decoded = timed("read", read_document, path)
        clean = timed("clean", clean_text, decoded.text)
        for article in timed("split", split_articles, clean, page_title=path.stem):
            text = article.text.strip()
            timed("describe", describe_article, article.title, text)
            timed("dating", infer_year_range, text)
            timed("signature", signature, text)
            rows.extend(timed("sections", parse_sections, f"{number}", text))
    sections = pd.DataFrame(rows)
    for first in range(0, len(sections), 250):  # about one batch of 16 files a call, as the pipeline
        timed("themes", score_sections, sections.iloc[first : first + 250])
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    for text in plain_texts(files):
        timed("bare jieba.lcut", jieba.lcut, text)
    return {"seconds": seconds, "docs": len(files)}


def _child_pipeline(corpus: str, out: str, engine: str, workers: int, use_cache: bool, partitioned: bool = False) -> dict:
    import resource

    t0 = time.perf_counter()
    import unionmine.text.tokenize as segmentation
    from unionmine.options import Options
    from unionmine.run import pipeline

    options = Options(engine=engine, workers=workers, use_cache=use_cache, progress=False, partitioned=partitioned)
    result = pipeline.ingest([corpus], out, with_sections=True, options=options)
    seconds = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "seconds": seconds,
        # the CPU the coordinating process spent: with workers elsewhere, what caps a cluster
        "parent_cpu_seconds": usage.ru_utime + usage.ru_stime,
        "documents": result.n_documents,
        "sections": result.n_sections,
        "cached_files": result.n_cached,
        "files": result.n_files,
        "segmenter": getattr(segmentation._backend(), "name", "?"),
    }


def run_child(kind: str, **kwargs) -> dict:
    """Run one measurement in a fresh Python; return its figures plus its peak memory."""
    code = (
        f"import json, resource, sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import bench; "
        f"r = bench._child_{kind}(**json.loads(sys.argv[1])); "
        "r['peak_self_mb'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024; "
        "r['peak_workers_mb'] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024; "
        "print('RESULT ' + json.dumps(r))"
    )
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, json.dumps(kwargs)], check=False, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"bench child '{kind}' failed:\n{proc.stderr[-3000:]}")
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")][-1]
    result = json.loads(line[len("RESULT "):])
    result["wall_seconds"] = wall
    result["peak_mb"] = max(result["peak_self_mb"], result["peak_workers_mb"])
    return result


# --------------------------------------------------------------------------- main


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cpu}, {cores} cores, {mem:.0f} GB RAM, Python {platform.python_version()}, {platform.system()}"


def bench_size(n: int, args) -> dict:
    root = Path(args.out)
    corpus = root / f"synthetic-{n}"
    t = time.perf_counter()
    built = build_corpus(corpus, n, seed=args.seed)
    built["build_seconds"] = time.perf_counter() - t
    mb = built["bytes"] / 1e6
    say = print if not args.quiet else (lambda *a, **k: None)
    say(f"\n== {n} synthetic documents, {mb:.1f} MB, {built['chars'] / 1e6:.1f} M chars, "
        f"{built['gb18030_files']} in GB18030 (built in {built['build_seconds']:.1f} s) ==")

    limit = min(n, args.yardstick_docs)
    yard = best_of(args.repeat, lambda: run_child("jieba", corpus=str(corpus), limit=limit))
    jieba_cps = yard["chars"] / max(yard["seconds"], 1e-9)
    jieba_seconds = built["chars"] / jieba_cps
    note = "" if limit == n else f" (measured on {limit} docs, scaled to all)"
    say(f"yardstick  jieba.lcut: {jieba_seconds:8.1f} s for the whole text{note}; "
        f"{jieba_cps / 1e3:.0f} k chars/s; dictionary load {yard['load_seconds']:.1f} s; "
        f"peak {yard['peak_mb']:.0f} MB{_spread(yard)}")
    rows = {"size": built, "yardstick": {**yard, "seconds_all": jieba_seconds, "chars_per_s": jieba_cps}, "runs": []}
    if args.stages:
        stages = run_child("stages", corpus=str(corpus), limit=limit)
        rows["stages"] = stages
        others = sum(v for k, v in stages["seconds"].items() if k != "bare jieba.lcut")
        say(f"stages     on {stages['docs']} docs, one after another (the writer, index and cache not included):")
        for stage, secs in stages["seconds"].items():
            say(f"           {stage:16s} {secs:7.2f} s")
        say(f"           {'sum of stages':16s} {others:7.2f} s")

    settings = [(workers, args.engine or ("serial" if workers == 1 else "process")) for workers in args.workers]
    # Repeats take turns (1 worker, 2 workers, 1, 2, ...), so the machine's drift falls on all alike.
    measured: dict[tuple, list[dict]] = {setting: [] for setting in settings}
    for _ in range(max(1, args.repeat)):
        for workers, engine in settings:
            out = root / f"out-{n}-{engine}-{workers}"
            shutil.rmtree(out, ignore_errors=True)
            measured[(workers, engine)].append(run_child(
                "pipeline", corpus=str(corpus), out=str(out), engine=engine, workers=workers, use_cache=True,
                partitioned=args.partitioned))
    for workers, engine in settings:
        out = root / f"out-{n}-{engine}-{workers}"
        first = fastest(measured[(workers, engine)])
        docs_s = n / first["seconds"]
        mb_s_core = mb / first["seconds"] / workers
        say(f"pipeline   {engine:7s} x{workers}: {first['seconds']:8.1f} s, {docs_s:7.1f} docs/s, "
            f"{mb_s_core:.3f} MB/s per core, peak {first['peak_self_mb']:.0f} MB "
            f"(workers {first['peak_workers_mb']:.0f} MB), "
            f"{first['documents']} articles, {first['sections']} sections, segmenter {first['segmenter']}; "
            f"{jieba_seconds / first['seconds']:.2f}x the speed of bare jieba{_spread(first)}"
            + ("" if engine == "serial" else
               f"; coordinating process {1000 * first['parent_cpu_seconds'] / n:.2f} ms CPU per document"))
        run = {"engine": engine, "workers": workers, "first": first, "docs_per_s": docs_s, "mb_per_s_core": mb_s_core}
        if args.rerun and workers == args.workers[0]:
            again = run_child("pipeline", corpus=str(corpus), out=str(out), engine=engine, workers=workers, use_cache=True,
                              partitioned=args.partitioned)
            changed = min(corpus.rglob("synthetic_*.txt"))
            data = changed.read_bytes()
            changed.write_bytes(data + "工会组织教职工开展登山活动。\n".encode("gb18030" if _is_gb(data) else "utf-8"))
            one = run_child("pipeline", corpus=str(corpus), out=str(out), engine=engine, workers=workers, use_cache=True,
                              partitioned=args.partitioned)
            changed.write_bytes(data)
            say(f"re-run     unchanged: {again['seconds']:8.2f} s ({again['cached_files']}/{again['files']} files "
                f"from the cache), {first['seconds'] / again['seconds']:.1f}x faster than the first run")
            say(f"re-run     one changed: {one['seconds']:8.2f} s ({one['files'] - one['cached_files']} file redone)")
            run.update(rerun=again, one_changed=one)
        rows["runs"].append(run)
        if not args.keep:
            shutil.rmtree(out, ignore_errors=True)
    if len(rows["runs"]) >= 2:
        base = rows["runs"][0]
        for other in rows["runs"][1:]:
            say(f"scaling    x{other['workers']} vs x{base['workers']}: "
                f"{other['docs_per_s'] / base['docs_per_s']:.2f}x the throughput")
    if not args.keep:
        shutil.rmtree(corpus, ignore_errors=True)
    return rows


def best_of(repeat: int, measure) -> dict:
    """The fastest of REPEAT runs of MEASURE."""
    return fastest([measure() for _ in range(max(1, repeat))])


def fastest(runs: list[dict]) -> dict:
    """The fastest run (like timeit): on a shared machine, other jobs only ever add time, so the
    minimum is the best estimate of the code's own cost; every run's time is kept beside it."""
    best = min(runs, key=lambda r: r["seconds"])
    return {**best, "all_seconds": [r["seconds"] for r in runs]}


def _spread(result: dict) -> str:
    times = result.get("all_seconds", [])
    return "" if len(times) < 2 else f" (fastest of {len(times)}: {', '.join(f'{t:.1f}' for t in times)} s)"


def _is_gb(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return False
    except UnicodeDecodeError:
        return True


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, action="append", help="corpus size; repeat for several (default 200)")
    parser.add_argument("--workers", type=int, action="append", help="workers; repeat (default 1 and 2)")
    parser.add_argument("--engine", choices=["serial", "process", "dask"], default=None,
                        help="engine for every run (default: serial for 1 worker, process otherwise)")
    parser.add_argument("--stages", action="store_true",
                        help="also time each per-file stage on the yardstick's documents")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run the yardstick and each first run this many times and keep the fastest")
    parser.add_argument("--partitioned", action="store_true",
                        help="write the tables as folders of parts (pipeline.ingest(partitioned=True))")
    parser.add_argument("--out", default=str(REPO / "bench_out"), help="scratch folder (git-ignored)")
    parser.add_argument("--yardstick-docs", type=int, default=5000,
                        help="segment at most this many documents with bare jieba; the time is scaled to all")
    parser.add_argument("--no-rerun", dest="rerun", action="store_false", help="skip the cache re-runs")
    parser.add_argument("--keep", action="store_true", help="keep the synthetic corpus and outputs")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", help="also write all figures to this JSON file")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    args.docs = args.docs or [200]
    args.workers = args.workers or [1, 2]
    if not args.quiet:
        print(f"machine: {machine()}")
        print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    results = {"machine": machine(), "sizes": [bench_size(n, args) for n in args.docs]}
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
