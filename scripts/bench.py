"""Benchmark the pipeline on a SYNTHETIC corpus built from the seed articles.

    python scripts/bench.py --docs 200 --docs 2000 --workers 1 --workers 2

For each size N it writes N synthetic documents (the seed articles' paragraphs shuffled
within their sections, generated school names and years, about one file in five in
GB18030) under OUT/synthetic-N/ (labelled by OUT/SYNTHETIC-README.md), never part of
corpus/. It then runs, each in a child process so that peak memory is measured alone:

- bare ``jieba.lcut`` over the same decoded text (the yardstick; dictionary load excluded);
- the whole pipeline (ingest with sections and themes) for every --workers value, on a
  cold cache, then a re-run on the unchanged corpus, then a re-run after changing one file;
- with --whole, the whole ``unionmine run`` instead (ingest, then the report: load, theme
  profile, statistics, insights, CSV, charts, xlsx, HTML), each stage timed with the peak
  resident memory during that stage (the kernel's high-water mark, reset before each stage);
- with --profile-report, cProfile of the report stage on the last run's output folder.

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


def mixed_document(rng: random.Random, articles, pool: list[str]) -> tuple[str, str]:
    """One synthetic document whose paragraphs come from ALL seed articles, drawn at random under one
    article's headings: documents are not near-duplicates of each other (the shuffled style's are,
    so there the report compares only a few dozen), while sentences recur as in template copying."""
    _org_seed, lines = rng.choice(articles)
    org = rng.choice(PLACES) + rng.choice(KINDS) + (f"{rng.randint(1, 99)}分会" if rng.random() < 0.3 else "")
    year = rng.randint(2008, 2024)
    title = f"{org}{year}年{rng.choice(TITLES)}"
    out = [title]
    for line in lines[1:]:
        # short headings stay (the article's outline); every paragraph is drawn from the pool
        out.append(line if _HEADING.match(line) and len(line) < 24 else rng.choice(pool))
    text = "\n".join(out)
    text = _YEAR.sub(lambda m: str(year + (int(m.group()) > year)), text)
    return title, text + "\n"


def build_corpus(root: Path, n: int, seed: int = 0, gb18030_share: float = 0.2, style: str = "shuffled") -> dict:
    """Write N synthetic documents under ROOT (streamed: the corpus is never held in memory).

    STYLE "shuffled": each a seed article with its paragraphs shuffled (near-duplicates of the seeds);
    "mixed": paragraphs of all seed articles drawn at random (distinct documents, see mixed_document)."""
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
    pool = [ln for _org, lines in articles for ln in lines[1:] if len(ln) >= 24]
    n_bytes = n_chars = n_gb = 0
    for i in range(n):
        _, text = synthetic_document(rng, articles) if style == "shuffled" else mixed_document(rng, articles, pool)
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
        "segmenter": _segmenter(),
    }


#: The stages of a whole run that --whole times: (label, "module:function", parent label).
#: Each function is wrapped in the child process; nested stages are also counted in their parent.
RUN_STAGES = [
    ("ingest", "unionmine.run.pipeline:ingest", None),
    ("report", "unionmine.report.html:report", None),
    ("load", "unionmine.report.html:load", "report"),
    ("theme profile", "unionmine.report.html:theme_profile", "report"),
    ("stats", "unionmine.report.html:compute_stats", "report"),
    ("section counts (SQL)", "unionmine.stats.stored:StoredTables.section_counts", "stats"),
    ("term tables (SQL)", "unionmine.stats.stored:StoredTables.term_tables", "stats"),
    ("terms by org", "unionmine.stats.tables:distinctive_terms", "stats"),
    ("terms by theme", "unionmine.stats.tables:top_terms", "stats"),
    ("insights", "unionmine.report.html:_insights", "report"),
    ("reuse (streamed)", "unionmine.stats.insights.aggregate:find_reuse_stream", "insights"),
    ("reuse", "unionmine.stats.insights.aggregate:find_reuse", "insights"),
    ("dating", "unionmine.stats.insights.aggregate:date_documents", "insights"),
    ("indicators", "unionmine.stats.insights.aggregate:indicators_table", "insights"),
    ("plans", "unionmine.stats.insights.aggregate:match_plans", "insights"),
    ("specificity", "unionmine.stats.insights.aggregate:specificity_table", "insights"),
    ("csv", "unionmine.report.html:write_stats_csv", "report"),
    ("charts", "unionmine.report.charts:draw_charts", "report"),
    ("xlsx", "unionmine.report.html:write_xlsx", "report"),
    ("html", "unionmine.report.html:render_html", "report"),
    ("font subset", "unionmine.report.html:font_subset", "html"),
]


def _high_water_mb() -> float:
    """This process's peak resident memory since the last reset (VmHWM), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_high_water() -> bool:
    """Reset VmHWM to the current resident size (Linux >= 4.0); False where that is not possible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


class StageTimer:
    """Wall time and peak memory of each wrapped function; nested calls count in their parent too."""

    def __init__(self):
        self.stages: dict[str, dict] = {}
        self.stack: list[dict] = []
        self.resettable = _reset_high_water()

    def wrap(self, label: str, func):
        import functools

        @functools.wraps(func)
        def timed(*args, **kwargs):
            self._enter(label)
            try:
                return func(*args, **kwargs)
            finally:
                self._exit()

        return timed

    def _enter(self, label: str) -> None:
        now = _high_water_mb()
        for frame in self.stack:
            frame["peak"] = max(frame["peak"], now)
        _reset_high_water()
        self.stack.append({"label": label, "start": time.perf_counter(), "cpu": time.process_time(),
                           "peak": _high_water_mb()})

    def _exit(self) -> None:
        frame = self.stack.pop()
        seconds = time.perf_counter() - frame["start"]
        cpu = time.process_time() - frame["cpu"]
        peak = max(frame["peak"], _high_water_mb())
        for outer in self.stack:
            outer["peak"] = max(outer["peak"], peak)
        _reset_high_water()
        entry = self.stages.setdefault(frame["label"], {"seconds": 0.0, "cpu_seconds": 0.0, "peak_mb": 0.0, "calls": 0})
        entry["seconds"] += seconds
        entry["cpu_seconds"] += cpu
        entry["peak_mb"] = max(entry["peak_mb"], peak)
        entry["calls"] += 1

    def install(self, stages=RUN_STAGES) -> None:
        import importlib

        for label, where, _parent in stages:
            module_name, name = where.split(":")
            owner = importlib.import_module(module_name)
            *path, name = name.split(".")  # "Class.method": the method, wrapped on its class
            for part in path:
                owner = getattr(owner, part, None)
            if owner is None or not hasattr(owner, name):
                raise SystemExit(f"bench: {where} not found; update RUN_STAGES in scripts/bench.py")
            setattr(owner, name, self.wrap(label, getattr(owner, name)))


def _child_run(corpus: str, out: str, engine: str, workers: int, use_cache: bool, partitioned: bool = False) -> dict:
    """The whole `unionmine run` (ingest, statistics, insights, charts, xlsx, HTML), stage by stage."""
    import resource

    t0 = time.perf_counter()
    from unionmine.run import pipeline

    timer = StageTimer()
    timer.install()
    from unionmine.options import Options

    options = Options(engine=engine, workers=workers, use_cache=use_cache, progress=False, partitioned=partitioned)
    result = pipeline.run([corpus], out, options=options)
    seconds = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    outputs = {name: (Path(out) / name).stat().st_size for name in ("report.html", "report.xlsx")
               if (Path(out) / name).exists()}
    return {
        "seconds": seconds,
        "parent_cpu_seconds": usage.ru_utime + usage.ru_stime,
        "documents": result.n_documents,
        "sections": result.n_sections,
        "cached_files": result.n_cached,
        "files": result.n_files,
        "segmenter": _segmenter(),
        "stages": timer.stages,
        "stage_order": [label for label, _w, _p in RUN_STAGES],
        "stage_parent": {label: parent for label, _w, parent in RUN_STAGES},
        "memory_per_stage": timer.resettable,
        "output_bytes": outputs,
    }


def _child_report(out: str) -> dict:
    """`unionmine report` alone on an existing output folder (drawn again), stage by stage."""
    import resource

    t0 = time.perf_counter()
    timer = StageTimer()
    timer.install([stage for stage in RUN_STAGES if stage[0] != "ingest"])
    from unionmine.report import html
    from unionmine.report.state import forget

    forget(Path(out))
    html.report(out, progress=False)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    outputs = {name: (Path(out) / name).stat().st_size for name in ("report.html", "report.xlsx")
               if (Path(out) / name).exists()}
    return {"seconds": time.perf_counter() - t0, "parent_cpu_seconds": usage.ru_utime + usage.ru_stime,
            "stages": timer.stages, "stage_order": [label for label, _w, _p in RUN_STAGES],
            "stage_parent": {label: parent for label, _w, parent in RUN_STAGES},
            "memory_per_stage": timer.resettable, "output_bytes": outputs}


def _child_profile_report(out: str, top: int = 30) -> dict:
    """cProfile of `unionmine report` on an existing output folder: the functions with most time."""
    import cProfile
    import pstats

    from unionmine.report.html import report

    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    from unionmine.report.state import forget

    forget(Path(out))  # profile drawing the report, not finding it unchanged
    report(out, progress=False)
    profiler.disable()
    seconds = time.perf_counter() - t0
    stats = pstats.Stats(profiler)
    rows = []
    for (filename, line, func), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():
        where = f"{Path(filename).name}:{line}({func})"
        rows.append({"function": where, "calls": ncalls, "own_seconds": tottime, "cumulative_seconds": cumtime})
    rows.sort(key=lambda r: r["cumulative_seconds"], reverse=True)
    return {"seconds": seconds, "top_cumulative": rows[:top],
            "top_own": sorted(rows, key=lambda r: r["own_seconds"], reverse=True)[:top]}


def say_stages(say, run: dict) -> None:
    """Print the whole run's stages as an indented table: seconds, share, peak memory."""
    if "stages" not in run:
        return
    parents = run["stage_parent"]
    total = run["seconds"]
    memory = "peak during the stage" if run.get("memory_per_stage") else "peak so far (no per-stage reset here)"
    say(f"           {'stage':22s} {'seconds':>9s} {'share':>6s} {'CPU s':>9s} {'calls':>5s}  {memory}")
    for label in run["stage_order"]:
        stage = run["stages"].get(label)
        if stage is None:
            continue
        depth, up = 0, parents.get(label)
        while up:
            depth, up = depth + 1, parents.get(up)
        name = "  " * depth + label
        say(f"           {name:22s} {stage['seconds']:9.2f} {100 * stage['seconds'] / total:5.1f}% "
            f"{stage.get('cpu_seconds', float('nan')):9.2f} {stage['calls']:5d}  {stage['peak_mb']:7.0f} MB")
    for name, size in run.get("output_bytes", {}).items():
        say(f"           {name:22s} {size / 1e6:9.2f} MB")


def _segmenter() -> str:
    import importlib

    return getattr(importlib.import_module("unionmine.text.tokenize")._backend(), "name", "?")


def run_child(kind: str, **kwargs) -> dict:
    """Run one measurement in a fresh Python; return its figures plus its peak memory."""
    code = (
        f"import json, resource, sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import bench; "
        f"r = bench._child_{kind}(**json.loads(sys.argv[1])); "
        # the stage timer resets the high-water mark, so the whole child's peak is the largest stage's
        "r['peak_self_mb'] = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "
        "max((st['peak_mb'] for st in r.get('stages', {}).values()), default=0)); "
        "r['peak_workers_mb'] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024; "
        "print('\\nRESULT ' + json.dumps(r))"  # on a line of its own, whatever the run left unterminated
    )
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code, json.dumps(kwargs)], check=False, capture_output=True, text=True)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"bench child '{kind}' failed:\n{proc.stderr[-3000:]}")
    lines = [ln for ln in proc.stdout.split("\n") if ln.startswith("RESULT ")]
    if not lines:
        raise SystemExit(f"bench child '{kind}' printed no result:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")
    result = json.loads(lines[-1][len("RESULT "):])
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
    built = build_corpus(corpus, n, seed=args.seed, style=args.style)
    built["build_seconds"] = time.perf_counter() - t
    mb = built["bytes"] / 1e6
    say = print if not args.quiet else (lambda *a, **k: None)
    say(f"\n== {n} synthetic documents ({args.style}), {mb:.1f} MB, {built['chars'] / 1e6:.1f} M chars, "
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
    kind = "run" if args.whole else "pipeline"
    for _ in range(max(1, args.repeat)):
        for workers, engine in settings:
            out = root / f"out-{n}-{engine}-{workers}"
            shutil.rmtree(out, ignore_errors=True)
            measured[(workers, engine)].append(run_child(
                kind, corpus=str(corpus), out=str(out), engine=engine, workers=workers, use_cache=True,
                partitioned=args.partitioned))
    for workers, engine in settings:
        out = root / f"out-{n}-{engine}-{workers}"
        first = fastest(measured[(workers, engine)])
        docs_s = n / first["seconds"]
        mb_s_core = mb / first["seconds"] / workers
        say(f"{'whole run' if args.whole else 'pipeline':10s} {engine:7s} x{workers}: {first['seconds']:8.1f} s, {docs_s:7.1f} docs/s, "
            f"{mb_s_core:.3f} MB/s per core, peak {first['peak_self_mb']:.0f} MB "
            f"(workers {first['peak_workers_mb']:.0f} MB), "
            f"{first['documents']} articles, {first['sections']} sections, segmenter {first['segmenter']}; "
            f"{jieba_seconds / first['seconds']:.2f}x the speed of bare jieba{_spread(first)}; "
            f"{first['parent_cpu_seconds']:.1f} s CPU in the main process"
            + ("" if engine == "serial" else
               f" (coordinating process {1000 * first['parent_cpu_seconds'] / n:.2f} ms CPU per document)"))
        say_stages(say, first)
        run = {"engine": engine, "workers": workers, "first": first, "docs_per_s": docs_s, "mb_per_s_core": mb_s_core}
        if args.rerun and workers == args.workers[0]:
            again = run_child(kind, corpus=str(corpus), out=str(out), engine=engine, workers=workers, use_cache=True,
                              partitioned=args.partitioned)
            changed = min(corpus.rglob("synthetic_*.txt"))
            data = changed.read_bytes()
            changed.write_bytes(data + "工会组织教职工开展登山活动。\n".encode("gb18030" if _is_gb(data) else "utf-8"))
            one = run_child(kind, corpus=str(corpus), out=str(out), engine=engine, workers=workers, use_cache=True,
                              partitioned=args.partitioned)
            changed.write_bytes(data)
            say(f"re-run     unchanged: {again['seconds']:8.2f} s ({again['cached_files']}/{again['files']} files "
                f"from the cache), {first['seconds'] / again['seconds']:.1f}x faster than the first run; "
                f"{again['parent_cpu_seconds']:.1f} s CPU")
            say_stages(say, again)
            say(f"re-run     one changed: {one['seconds']:8.2f} s ({one['files'] - one['cached_files']} file redone); "
                f"{one['parent_cpu_seconds']:.1f} s CPU")
            say_stages(say, one)
            run.update(rerun=again, one_changed=one)
        if args.profile_report and workers == args.workers[0]:
            if not (out / "documents.parquet").exists():
                run_child(kind, corpus=str(corpus), out=str(out), engine=engine, workers=workers, use_cache=True,
                          partitioned=args.partitioned)
            profile = run_child("profile_report", out=str(out))
            say(f"profile    unionmine report under cProfile: {profile['seconds']:.1f} s; "
                "functions by cumulative time:")
            for row in profile["top_cumulative"]:
                say(f"           {row['cumulative_seconds']:8.2f} s  {row['own_seconds']:8.2f} s own  "
                    f"{row['calls']:>9}  {row['function']}")
            run["profile_report"] = profile
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
    parser.add_argument("--style", choices=["shuffled", "mixed"], default="shuffled",
                        help="synthetic documents: seed articles shuffled (near-duplicates of each other, so the "
                             "report compares few) or paragraphs of all seeds mixed (distinct documents)")
    parser.add_argument("--whole", action="store_true",
                        help="time the whole `unionmine run` (ingest and report) stage by stage with peak memory")
    parser.add_argument("--profile-report", action="store_true",
                        help="also profile `unionmine report` (cProfile) on the first worker setting's output")
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
    parser.add_argument("--report-on", help="only time `unionmine report` (drawn again) on this output folder")
    args = parser.parse_args(argv)
    if args.report_on:
        run = run_child("report", out=str(Path(args.report_on).resolve()))
        print(f"machine: {machine()}\nreport on {args.report_on}: {run['seconds']:.1f} s, "
              f"{run['parent_cpu_seconds']:.1f} s CPU, peak {run['peak_self_mb']:.0f} MB")
        say_stages(print, run)
        if args.json:
            Path(args.json).write_text(json.dumps(run, indent=2, ensure_ascii=False), encoding="utf-8")
        return 0
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
