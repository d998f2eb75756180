#!/usr/bin/env python3
"""Score one source tree on every real set and synthetic collection at hand, and compare two trees' scores.

A change to ingestion is judged on every labelled page there is, not on the set that prompted it: no set may get
worse on any measure. This runs each tree's own code (a subprocess with the tree on `PYTHONPATH`), so a branch and
its start can be scored side by side from their worktrees:

    # each tree: real ingestion sets (local page copies, git-ignored) + the committed synthetic collections
    scripts/ingest_regression.py score /work/wt-start --out /tmp/before --sets 13-35 --local /work/local
    scripts/ingest_regression.py score /work/wt-branch --out /tmp/after --sets 13-35 --local /work/local
    # per measure, summed and per set; every set and collection whose measure moved, worse ones marked
    scripts/ingest_regression.py compare /tmp/before /tmp/after

`score` writes one file per source (`real_N.txt`: `real_ingest.py score --half all --misses --with-address`;
`synth_NAME.txt`: `unionmine evaluate-ingest --misses 60`; `user_NAME.txt` for `--user DIR KEY`) and `SUM.txt`, the
real sets' `all` lines summed. A set whose local copy is missing is skipped and named. The labels are this
checkout's (data, not the code under test), so a start tree older than the newest label files is scored on them too.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from unionmine.evaluation.ingest import FIELD_LABELS, HIGHER_BETTER

ROOT = Path(__file__).resolve().parent.parent
_REAL_CELL = re.compile(r"(\w+) (\d+)/(\d+)")
_SYNTH_LINE = re.compile(r"^  (.+?)\s+(\d+)/(\d+) \(")
_FIELD_OF_LABEL = {label: field for field, label in FIELD_LABELS.items()}


def set_numbers(spec: str) -> list[int]:
    """`13-35,38` → [13, …, 35, 38]."""
    numbers: list[int] = []
    for part in spec.split(","):
        low, _, high = part.partition("-")
        numbers.extend(range(int(low), int(high or low) + 1))
    return numbers


def synthetic_collections(tree: Path) -> list[tuple[str, Path, Path]]:
    """Every committed collection with an answer key beside it (`corpus/dev/*`, `corpus/heldout/*`)."""
    found = []
    for kind in ("dev", "heldout"):
        for key in sorted((tree / "corpus" / kind).glob("*.key.jsonl")):
            folder = key.with_name(key.name.removesuffix(".key.jsonl"))
            if folder.is_dir():
                found.append((f"{kind}_{folder.name}", folder, key))
    return found


def _run(tree: Path, command: list[str], out: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, *command], check=False, cwd=tree, env=env, capture_output=True, text=True)
    out.write_text(done.stdout + (f"\n# stderr\n{done.stderr}" if done.returncode else ""), encoding="utf-8")
    if done.returncode:
        print(f"  {out.name}: exit {done.returncode}", file=sys.stderr)


def score(args) -> None:
    tree, out = Path(args.tree).resolve(), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    jobs = []
    for n in set_numbers(args.sets) if args.sets else []:
        pages = Path(args.local) / f"real_pages{n}" / "pages"
        if not any(pages.glob("*.txt")):
            print(f"  set {n}: no local copy at {pages}, skipped", file=sys.stderr)
            continue
        jobs.append(([str(tree / "scripts" / "real_ingest.py"), "score", "--half", "all", "--misses", "--with-address",
                      "--labels", str(ROOT / "corpus" / "annotations" / "real_ingest" / f"labels{n}.jsonl"),
                      "--pages", str(pages)],
                     out / f"real_{n}.txt"))
    collections = [] if args.no_synthetic else synthetic_collections(tree)
    collections += [(f"user_{Path(folder).name}", Path(folder), Path(key)) for folder, key in args.user]
    for name, folder, key in collections:
        prefix = "" if name.startswith("user_") else "synth_"
        jobs.append((["-m", "unionmine", "evaluate-ingest", str(folder.resolve()), str(key.resolve()),
                      "--misses", "60", "--quiet"], out / f"{prefix}{name}.txt"))
    print(f"{len(jobs)} runs of {tree} into {out}", file=sys.stderr)
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        list(pool.map(lambda job: _run(tree, *job), jobs))
    totals = summed(out)
    (out / "SUM.txt").write_text("all   " + "  ".join(f"{m} {c}/{t}" for m, (c, t) in totals.items()) + "\n",
                                 encoding="utf-8")
    print((out / "SUM.txt").read_text(encoding="utf-8"), end="")


def measures_of(path: Path) -> dict[str, tuple[int, int]]:
    """The headline counts of one score file by measure name (real: its `all` line; synthetic: the collection's
    block, its printed names read back as the measures' names)."""
    text = path.read_text(encoding="utf-8")
    if path.name.startswith("real_"):
        line = next((x for x in text.splitlines() if x.startswith("all ")), "")
        return {m: (int(c), int(t)) for m, c, t in _REAL_CELL.findall(line)}
    found = {}
    for line in text.split("\n\n", 1)[0].splitlines():
        match = _SYNTH_LINE.match(line)
        if match:
            found[_FIELD_OF_LABEL.get(match.group(1), match.group(1))] = (int(match.group(2)), int(match.group(3)))
    return found


def summed(folder: Path) -> dict[str, list[int]]:
    totals: dict[str, list[int]] = {}
    for path in sorted(folder.glob("real_*.txt")):
        for measure, (c, t) in measures_of(path).items():
            cell = totals.setdefault(measure, [0, 0])
            cell[0] += c
            cell[1] += t
    return totals


def worse(measure: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Fewer right, or more bad (invented values, chrome left, body lost or misplaced)."""
    return after[0] < before[0] if measure in HIGHER_BETTER else after[0] > before[0]


def compare(args) -> int:
    before, after = Path(args.before), Path(args.after)
    names = sorted({p.name for p in before.glob("*.txt")} & {p.name for p in after.glob("*.txt")} - {"SUM.txt"})
    bad = 0
    for name in names:
        old, new = measures_of(before / name), measures_of(after / name)
        if (before / name).read_bytes() == (after / name).read_bytes():
            continue
        moved = [(m, old[m], new[m]) for m in old if m in new and old[m] != new[m]]
        cells = [f"{m} {o[0]}/{o[1]} → {n[0]}/{n[1]}{' WORSE' if worse(m, o, n) else ''}" for m, o, n in moved]
        bad += sum(worse(m, o, n) for m, o, n in moved)
        print(f"{name.removesuffix('.txt'):24s} " + ("; ".join(cells) or "same counts, other misses"))
    old_sum, new_sum = summed(before), summed(after)
    print("real sets summed: " + "  ".join(
        f"{m} {old_sum[m][0]}→{new_sum[m][0]}/{new_sum[m][1]}" for m in new_sum if m in old_sum))
    unchanged = sum((before / n).read_bytes() == (after / n).read_bytes() for n in names)
    print(f"{unchanged} of {len(names)} score files identical; {bad} measure(s) worse")
    return 1 if bad else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("score", help="score one tree on the real sets and the synthetic collections")
    s.add_argument("tree", help="a checkout or worktree of unionmine (its own code is run)")
    s.add_argument("--out", required=True, help="folder for one score file per source and SUM.txt")
    s.add_argument("--sets", default="", help="real ingestion sets, e.g. 13-35 or 6-11,13-35")
    s.add_argument("--local", default=str(ROOT / "local"), help="folder holding real_pagesN/pages")
    s.add_argument("--user", nargs=2, action="append", default=[], metavar=("FOLDER", "KEY"),
                   help="also a user's collection and its key (repeatable)")
    s.add_argument("--no-synthetic", action="store_true", help="leave out corpus/dev and corpus/heldout")
    s.add_argument("--jobs", type=int, default=2)
    c = sub.add_parser("compare", help="what moved between two score folders, worse measures marked")
    c.add_argument("before")
    c.add_argument("after")
    args = parser.parse_args(argv)
    return {"score": lambda a: score(a) or 0, "compare": compare}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
