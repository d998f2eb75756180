#!/usr/bin/env python3
"""Refit, and measure leave-one-collection-out, the learned chrome line model
(``unionmine.documents.chrome.model``).

    # the lines every collection's pages show the chrome step, labelled from the keys (local, git-ignored)
    scripts/chrome_model.py dump --out local/chrome_lines.jsonl
    # fit on all of them and write the shipped weights (unionmine/data/chrome_model.json)
    scripts/chrome_model.py fit --data local/chrome_lines.jsonl
    # train without each collection in turn, score that collection with and without the model
    scripts/chrome_model.py loco --data local/chrome_lines.jsonl
    # the most the pass could take: an oracle on its candidate lines, rules alone -> rules + oracle
    scripts/chrome_model.py ceiling --only real1 real7tune
    # the real sets only, three thresholds from one fit per fold
    scripts/chrome_model.py loco --only real1 real2 real3 real4 real5 real6 real7tune --thresholds 0.9 0.8 0.7

Lines are labelled by their compact form (``unionmine.evaluation.ingest.compact``): chrome when
the key lists them as chrome, text when they are a body line or a title, unlabelled otherwise.
Real pages (kept outside the repository, hash-only labels) are labelled through their line hashes;
the dump holds features only (hashed character pairs, no text), and the weights file records the
sha256 of every label file it was fitted from. Of real set 7 only the tune half is development data
(``HALF``): its pages are copied to a scratch folder, and only they are ingested, labelled and scored.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

DEV = ("web", "web2", "web3", "web4", "web5", "web6", "district_baiyun", "district_chengbei",
       "district_nanhu", "district_nanshan", "district_xiangshan", "district_xihu")
#: Former blind collections that are development data now (kept in their folder until promoted).
PROMOTED = ("web7", "district_jinshui", "web8", "district_qinghe", "web9", "district_yunhe")
#: The local copies of the real sets (outside any repository): ROOT's sibling ``local``.
LOCAL = ROOT.parent / "local"
#: Real ingestion sets 6-26 (spent; their pages under LOCAL, hash-only labels in the repository).
REAL = {f"real{n}": (f"corpus/annotations/real_ingest/labels{n}.jsonl", str(LOCAL / f"real_pages{n}" / "pages"))
        for n in range(6, 27)}
#: The validation set: never trained on, scored once by the model of all the others (counts only).
VALIDATION = ("real12",)
#: Real sets of which only one half is development data (none now; kept for older measurements).
HALF: dict[str, str] = {}


def _folder(name: str) -> Path:
    return ROOT / ("corpus/heldout" if name in PROMOTED else "corpus/dev") / name
C = 1.0
THRESHOLD = 0.9
UNDER_TITLE = 0.99


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _dev_labels(name: str) -> tuple[set, set]:
    from unionmine.evaluation.ingest import compact, load_key

    chrome, text = set(), set()
    for entry in load_key(_folder(name).with_suffix(".key.jsonl")):
        chrome |= {compact(x) for x in entry.get("chrome") or []}
        for art in entry.get("articles") or []:
            text |= {compact(x) for x in (art.get("body") or []) + [art.get("title") or ""]}
    return chrome - {""}, text - {""}


def _label_rows(labels: str, half: str | None) -> list[dict]:
    rows = [json.loads(x) for x in (ROOT / labels).read_text(encoding="utf-8").splitlines() if x.strip()]
    return [r for r in rows if half is None or r["half"] == half]


def _real_pages(name: str, scratch: Path) -> tuple[str, Path]:
    """The labels file and the pages folder of real set NAME; for a half set, a scratch copy of
    that half's labels and pages only."""
    labels, pages = REAL[name]
    if name not in HALF:
        return str(ROOT / labels), ROOT / pages
    rows = _label_rows(labels, HALF[name])
    wanted = {r["page_sha256"] for r in rows}
    folder = scratch / name / "pages"
    folder.mkdir(parents=True, exist_ok=True)
    for page in sorted((ROOT / pages).glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        if _sha(text) in wanted:
            (folder / page.name).write_text(text, encoding="utf-8")
    kept = scratch / name / "labels.jsonl"
    kept.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return str(kept), folder


def _real_labels(labels: str, pages: str | Path, half: str | None = None) -> tuple[set, set]:
    from unionmine.evaluation.ingest import compact

    rows = _label_rows(labels, half)
    by_sha = {_sha(p.read_text(encoding="utf-8")): p for p in sorted(Path(pages).glob("*.txt"))}
    chrome, text = set(), set()
    for row in rows:
        path = by_sha.get(row["page_sha256"])
        if path is None:
            continue
        lines = {_sha(ln.strip()): ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()}
        chrome |= {compact(lines[h]) for h in row["chrome"] if h in lines}
        for art in row["articles"]:
            text |= {compact(lines[h]) for h in art["body"] + [art["title_line"]] if h and h in lines}
    return chrome - {""}, text - {""}


def _place_last() -> None:
    """``--last``: run the learned pass after the late passes (every rule's marks its context), not before the edge
    passes; for this process only (the hook ``find.learned_last`` is what ``_capture`` records then)."""
    from unionmine.documents.chrome import find

    original, late = find.learned_chrome, find.late_passes
    find.learned_chrome = lambda *_: None

    def late_then_learned(lines, marks):
        late(lines, marks)
        find.learned_last(lines, marks, find.title_like)

    find.learned_last = original
    find.late_passes = late_then_learned


def _capture(folder: Path) -> list[tuple[list[str], dict]]:
    """The lines and rule marks of every call of the learned pass while FOLDER is ingested."""
    from unionmine.documents.chrome import find as chrome
    from unionmine.run.pipeline import ingest

    calls = []
    hook = "learned_last" if hasattr(chrome, "learned_last") else "learned_chrome"
    original = getattr(chrome, hook)
    setattr(chrome, hook, lambda lines, marks, _title: calls.append((list(lines), dict(marks))))
    try:
        with tempfile.TemporaryDirectory() as scratch:
            ingest([folder], Path(scratch), use_cache=False, progress=False)
    finally:
        setattr(chrome, hook, original)
    return calls


def dump(args) -> None:
    from unionmine.documents.chrome.line_shapes import title_like
    from unionmine.documents.chrome.model import bare, candidates, page_features
    from unionmine.documents.chrome.protected import is_protected
    from unionmine.evaluation.ingest import compact

    groups = [(n, _folder(n), _dev_labels(n)) for n in DEV + PROMOTED]
    scratch = Path(tempfile.mkdtemp(prefix="chrome_model_"))
    for n, (labels, pages) in REAL.items():
        if n not in VALIDATION and (ROOT / pages).is_dir():
            folder = _real_pages(n, scratch)[1]
            groups.append((n, folder, _real_labels(labels, folder, HALF.get(n))))
    rows, seen = [], set()
    for name, folder, (chrome_set, text_set) in groups:
        counts = [0, 0]
        for lines, marks in _capture(folder):
            feats = page_features(lines, marks, title_like)
            taken = set(candidates(lines, marks, title_like))
            inside = set(candidates(lines, marks, title_like, inside=True)) - taken
            for i in sorted(taken) if args.candidates_only else range(len(lines)):
                c = compact(lines[i])
                if feats[i] is None or not c or (c in chrome_set) == (c in text_set):
                    continue
                label = int(c in chrome_set)
                ctx = (name, c, compact(lines[i - 1]) if i else "", compact(lines[i + 1]) if i + 1 < len(lines) else "",
                       i in marks)
                if ctx in seen:
                    continue
                seen.add(ctx)
                counts[label] += 1
                # a bare line within the text's span (the rules' ones too): what a model acting there learns from
                within = not (feats[i].get("above_text") or feats[i].get("below_text") or feats[i].get("no_paragraph"))
                rows.append({"group": name, "y": label, "ruled": i in marks, "candidate": i in taken,
                             "inside": i in inside, "bare_within": within and bare(lines[i]) and not is_protected(lines[i]),
                             "x": feats[i]})
        print(f"{name}: {counts[1]} chrome, {counts[0]} text lines", file=sys.stderr)
    shutil.rmtree(scratch, ignore_errors=True)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _rows(path: str) -> list[dict]:
    return [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]


def train(rows: list[dict], c: float = C, threshold: float = THRESHOLD, grams: bool = True,
          candidates: bool = False, inside: bool = False) -> dict:
    """Logistic regression on the lines outside the text's span (where the model may act);
    CANDIDATES: only on the lines the rules left there; GRAMS: with the hashed character pairs;
    INSIDE: the bare lines within the span too, and the model may act on them."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [r for r in rows if ((r["x"].get("above_text") or r["x"].get("below_text"))
                                or (inside and r.get("bare_within")))
            and (r["candidate"] or r.get("inside") or not candidates)]
    vec = DictVectorizer()
    x = vec.fit_transform([{k: v for k, v in r["x"].items() if grams or not k.startswith("#")} for r in rows])
    y = [r["y"] for r in rows]
    fit = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(x, y)
    weights = {k: round(float(w), 4) for k, w in zip(vec.get_feature_names_out(), fit.coef_[0]) if abs(w) >= 1e-4}
    return {"bias": round(float(fit.intercept_[0]), 4), "threshold": threshold,
            "threshold_under_title": max(threshold, UNDER_TITLE), "weights": weights, "inside": inside,
            "threshold_inside": threshold,
            "lines": len(rows), "chrome_lines": sum(y)}


def _digests() -> dict:
    files = [str(_folder(n).with_suffix(".key.jsonl").relative_to(ROOT)) for n in DEV + PROMOTED]
    files += [labels for name, (labels, _) in REAL.items() if name not in VALIDATION]
    return {f: _sha((ROOT / f).read_text(encoding="utf-8")) for f in files}


def fit(args) -> None:
    rows = _rows(args.data)
    model = train(rows, args.c, args.threshold, not args.no_grams, args.candidates, args.inside)
    model["grams"] = not args.no_grams
    model["trained_on"] = sorted({r["group"] for r in rows})
    model["label_digests"] = _digests()
    Path(args.out).write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{model['lines']} lines ({model['chrome_lines']} chrome), {len(model['weights'])} weights -> {args.out}")


MEASURES = ("chrome_left", "body_lost", "title", "kind", "org", "split")


def _score(name: str) -> dict[str, tuple[int, int]]:
    """(count, total) of each of MEASURES on one collection with the weights in use (chrome left
    and body lost count the bad lines, titles and organisations the right ones)."""
    import io
    from contextlib import redirect_stdout

    if name in REAL:
        import real_ingest

        with tempfile.TemporaryDirectory() as scratch, redirect_stdout(io.StringIO()):
            labels, pages = _real_pages(name, Path(scratch))
            t = real_ingest.score(argparse.Namespace(labels=labels, pages=str(pages), misses=False, half="all"))["all"]
        return {m: tuple(t[m]) for m in MEASURES if m in t}
    from unionmine.evaluation.ingest import evaluate_ingest

    s = evaluate_ingest(_folder(name), _folder(name).with_suffix(".key.jsonl"))
    m = next(iter(s["collections"].values()))
    return {k: (m[k]["count"], m[k]["total"]) for k in MEASURES if k in m}


def _taken(calls: list[tuple[list[str], dict]], model: dict) -> frozenset:
    """(call, line) of every line MODEL takes on the captured CALLS: equal sets score equal."""
    from unionmine.documents.chrome.line_shapes import title_like
    from unionmine.documents.chrome.model import decide

    return frozenset((k, i) for k, (lines, marks) in enumerate(calls) for i in decide(lines, marks, title_like, model))


def _pages_folder(name: str, scratch: Path) -> Path:
    return _real_pages(name, scratch)[1] if name in REAL else _folder(name)


def loco(args) -> None:
    """Train without each collection, score it at every threshold pair; a pair whose model takes the
    same lines as one already scored (none: rules alone) is not scored again."""
    from unionmine.documents.chrome import model as chrome_model

    rows = _rows(args.data)
    names = args.only or sorted({r["group"] for r in rows})
    outside = args.thresholds or [args.threshold]
    within = (args.inside_thresholds or outside) if args.inside else [None]
    results = []
    with tempfile.TemporaryDirectory() as scratch:
        for name in names:
            model = train([r for r in rows if r["group"] != name], args.c, outside[0],
                          not args.no_grams, args.candidates, args.inside)
            calls = _capture(_pages_folder(name, Path(scratch)))
            chrome_model.use_weights(str(Path(scratch) / "none.json"))
            before = _score(name)
            scored = {frozenset(): before}
            for threshold in outside:
                for inner in within:
                    model.update(threshold=threshold, threshold_under_title=max(threshold, UNDER_TITLE),
                                 threshold_inside=inner if inner is not None else threshold)
                    taken = _taken(calls, model)
                    if taken not in scored:
                        weights = Path(scratch) / f"{name}-{threshold}-{inner}.json"
                        weights.write_text(json.dumps(model))
                        chrome_model.use_weights(str(weights))
                        scored[taken] = _score(name)
                    after = scored[taken]
                    chrome_model.use_weights(None)
                    cells = [f"{m} {before[m][0]} -> {after[m][0]}/{after[m][1]}" for m in MEASURES if m in before]
                    print(f"{name:12s} t={threshold:<5} in={inner} took {len(taken):3d}  " + "   ".join(cells), flush=True)
                    results.append({"set": name, "threshold": threshold, "inside": inner, "took": len(taken),
                                    "before": before, "after": after})
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=0) + "\n", encoding="utf-8")


def ceiling(args) -> None:
    """The most the pass could do: an oracle in the model's place takes exactly the candidate
    lines labelled chrome (and not text) of each collection; rules alone -> rules + oracle."""
    from unionmine.documents.chrome import find as chrome
    from unionmine.documents.chrome import model as chrome_model
    from unionmine.evaluation.ingest import compact

    original = chrome.learned_chrome
    inside = args.inside
    for name in args.only:
        with tempfile.TemporaryDirectory() as scratch:
            if name in REAL:
                chrome_set, text_set = _real_labels(REAL[name][0], _real_pages(name, Path(scratch))[1], HALF.get(name))
            else:
                chrome_set, text_set = _dev_labels(name)

        def oracle(lines, marks, title_like, _c=chrome_set, _t=text_set):
            first = next((line.strip() for line in lines if chrome_model.is_paragraph(line)), "")
            if len(chrome_model._CJK.findall(first)) * 2 < len(first):
                return  # the pass leaves a page whose text is not Chinese alone
            for i in chrome_model.candidates(lines, marks, title_like, inside):
                if compact(lines[i]) in _c and compact(lines[i]) not in _t:
                    marks[i] = "learned"
        before = _score(name)
        chrome.learned_chrome = oracle
        try:
            after = _score(name)
        finally:
            chrome.learned_chrome = original
        cells = [f"{m} {before[m][0]} -> {after[m][0]}/{after[m][1]}" for m in MEASURES if m in before]
        print(f"{name:12s} oracle  " + "   ".join(cells), flush=True)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--out", default="local/chrome_lines.jsonl")
    d.add_argument("--candidates-only", action="store_true")
    for name in ("fit", "loco"):
        p = sub.add_parser(name)
        p.add_argument("--data", default="local/chrome_lines.jsonl")
        p.add_argument("--c", type=float, default=C)
        p.add_argument("--threshold", type=float, default=THRESHOLD)
        p.add_argument("--no-grams", action="store_true", help="shape and place only")
        p.add_argument("--candidates", action="store_true", help="train on the lines the rules left only")
        p.add_argument("--inside", action="store_true", help="train on and act on bare lines within the span too")
    sub.choices["fit"].add_argument("--out", default=str(ROOT / "unionmine/data/chrome_model.json"))
    sub.choices["loco"].add_argument("--only", nargs="*")
    sub.add_parser("ceiling").add_argument("--only", nargs="+", required=True)
    sub.choices["ceiling"].add_argument("--inside", action="store_true", help="bare lines within the span too")
    sub.choices["loco"].add_argument("--thresholds", nargs="*", type=float, help="score each (one fit per fold)")
    sub.choices["loco"].add_argument("--inside-thresholds", nargs="*", type=float, help="with --inside: for lines within the span")
    sub.choices["loco"].add_argument("--json", help="write every fold's figures here")
    for name in ("dump", "loco"):
        sub.choices[name].add_argument("--last", action="store_true", help="the pass after the late passes")
    args = parser.parse_args(argv)
    if getattr(args, "last", False):
        _place_last()
    {"dump": dump, "fit": fit, "loco": loco, "ceiling": ceiling}[args.command](args)


if __name__ == "__main__":
    main()
