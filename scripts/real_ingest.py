#!/usr/bin/env python3
"""Score ingestion on real pages kept outside the repository, against committed hash-only labels.

Real pages (seen through a stored copy of public web pages, copied as text) may not be
committed; what is committed is `corpus/annotations/real_ingest/labels.jsonl`: per page its url,
the sha256 of its text, and the sha256 of each labelled line (chrome, each article's title line
and body lines) and of each article's expected title (compact form, see
`unionmine.evaluation.ingest.compact`). Anyone holding the same page text can rebuild the key.

    # make the local copy and the labels from hand-labelled files (local, git-ignored)
    scripts/real_ingest.py build local/real_pages/labelled_*.txt --pages local/real_pages/pages
    # score the local copy (all pages, then the tuning and the untouched half by site group)
    scripts/real_ingest.py score --pages local/real_pages/pages
    # a later session, whose local copy is gone: the set's recorded queries run again, each result
    # saved as `#url URL` + the excerpt as returned, then the pages rebuilt and checked by sha256
    scripts/real_ingest.py rebuild local/raw/*.txt --labels corpus/annotations/real_ingest/labels7.jsonl \
        --pages local/real_pages7/pages

A hand-labelled file holds pages one after another: `#url URL`, `#group NAME` (the site's template
family: sites sharing a template are one group), then one line per page line, prefixed
`C|` chrome, `B|` body, `D|` neither (a repeat of the title, a bare marker), or
`T|KIND|EXPECTED TITLE|LINE` for an article's title line (EXPECTED empty: the line itself).
A `T|` line starts a new article; `B|` lines before any title form an untitled article.
An article may also carry its description on an `A|org=ORG|org_type=TYPE|year=YEAR` line
(optionally `|org_also=FORM;FORM`, other forms of the unit the labeller accepts) (after
its `T|` line, or after a `B|` line of an untitled article; `null` or empty when not stated; not a
page line): the labels then hold the sha256 of the organisation's compact form, the org type and
the year, and the score adds organisations, org types and years as `unionmine evaluate-ingest`
counts them (`unionmine.evaluation.ingest.description_checks`). Labels without them (the first
set) score as before.
The pages go through the same text path as any .txt file (`unionmine.run.pipeline.ingest`). With
`score --with-address` each page also gets its labelled url through a metadata CSV (`source`, `url`), as a
researcher's crawl manifest gives it: the text path is the same, only what the address says can move.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import json
import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
from real_ingest_rulings import ruled, rulings_arguments

from unionmine.evaluation.ingest import measured, readable

ORG_TYPES = ("school", "education_union", "university", "enterprise", "agency", "other")
DESCRIBED = ("org", "org_invented", "org_type", "year", "year_invented")
_MARKER_START = re.compile(r"^(?:篇[\d一二三四五六七八九十]{1,3}|第[\d一二三四五六七八九十]{1,3}篇)")
LABELS = Path("corpus/annotations/real_ingest/labels.jsonl")
#: A body line glued to a site's by-line, end mark or notice (`…。（文/某某）`, `…（完）`, `下载后可任意编辑…`, a
#: preview chunk's `1、`) is labelled body whole, as its line cannot be split; the tool takes that edge off. The line
#: counts as kept when the output holds it but for one edge of at most EDGE_CHARS compact characters that holds no
#: sentence end, the rest at least EDGE_REST times as long (a whole sentence taken off is still a line lost).
EDGE_CHARS = 16
EDGE_REST = 3
_SENTENCE_END = re.compile(r"[。！？!?；;]")
#: ... and a reporter's by-line in brackets glued before the first sentence, after a dateline at most
#: (`某某融媒体中心10月28日讯(记者 某某 某某)为…`), may be cut out of the line whatever the dateline's length: ruling (d)
#: makes it chrome and the rest body (the round-22 brief, 2026-12-01); a line kept whole counts as before.
_GLUED_BYLINE = re.compile(r"^(?:[^。！？，,（(]{0,24}?[讯訊电電][】\]]?\s*)?([（(][^（）()]{0,30}?"
                           r"(?:记者|記者|通讯员|通訊員|编辑|編輯|图文|圖文|摄影|攝影)[^（）()]{0,30}[）)])")
_PINYIN_GLOSS = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]")
#: Markup is not text (ruling (m), 2026-12-02): the scorer reads an editor's HTML tags as spaces in a keyed line and in
#: the tool's output alike (`unionmine.evaluation.ingest.readable` / `measured`, the one normalisation both scorers use).


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def half_of(group: str) -> str:
    """Pages are halved by site group (a stable hash), never by page: `tune` or `test`."""
    return "tune" if int(sha(group)[:8], 16) % 2 == 0 else "test"


def parse_description(rest: str, where: str) -> dict:
    """`org=…|org_type=…|year=…` (each `null` or empty when not stated), optionally with
    `org_also=FORM;FORM` (other forms of the same unit the labeller accepts, written before any
    output is seen), as the labels hold it: the organisation and its other forms as sha256 of their
    compact form, org type and year as plain values."""
    from unionmine.evaluation.ingest import compact

    values = {}
    for part in rest.split("|"):
        name, sep, value = part.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or name not in ("org", "org_also", "org_type", "year") or name in values:
            raise SystemExit(f"{where}: bad description part {part[:40]!r}")
        values[name] = None if value in ("", "null") else value
    if not {"org", "org_type", "year"} <= set(values):
        raise SystemExit(f"{where}: a description needs org, org_type and year")
    if values["org_type"] is not None and values["org_type"] not in ORG_TYPES:
        raise SystemExit(f"{where}: unknown org_type {values['org_type']!r}")
    if values["year"] is not None:
        if not re.fullmatch(r"(19|20)\d\d", values["year"]):
            raise SystemExit(f"{where}: bad year {values['year']!r}")
        values["year"] = int(values["year"])
    forms = [values["org"]] if values["org"] is not None else []
    also = [f.strip() for f in re.split(r"[;；]", values.pop("org_also", None) or "") if f.strip()]
    if also and not forms:
        raise SystemExit(f"{where}: org_also without an org")
    for form in forms + also:
        if not compact(form):
            raise SystemExit(f"{where}: organisation {form!r} is empty in compact form")
    if forms:
        values["org"] = sha(compact(values["org"]))
    if also:
        values["org_also"] = [sha(compact(form)) for form in also]
    return values


def parse_labelled(paths: list[Path]) -> list[dict]:
    pages: list[dict] = []
    for path in paths:
        page = None
        for raw in path.read_text(encoding="utf-8").splitlines():
            if not raw.strip():
                continue
            if raw.startswith("#url "):
                page = {"url": raw[5:].strip(), "group": None, "lines": [], "chrome": [], "ignored": [],
                        "articles": []}
                pages.append(page)
                continue
            if raw.startswith("#group "):
                page["group"] = raw[7:].strip()
                continue
            tag, _, rest = raw.partition("|")
            if tag == "A":
                if not page["articles"]:
                    raise SystemExit(f"{path}: a description before any article: {raw[:40]!r}")
                if "org_type" in page["articles"][-1]:
                    raise SystemExit(f"{path}: a second description for one article: {raw[:40]!r}")
                page["articles"][-1].update(parse_description(rest, str(path)))
                continue
            if tag == "T":
                kind, expected, line = rest.split("|", 2)
                line = line.strip()
                page["articles"].append({"title_line": sha(line), "title": sha(measured(expected or line)),
                                         "kind": kind, "body": []})
            else:
                line = rest.strip()
                if tag == "C":
                    page["chrome"].append(sha(line))
                elif tag == "D":
                    page["ignored"].append(sha(line))
                elif tag == "B":
                    if not page["articles"]:
                        page["articles"].append({"title_line": None, "title": None, "kind": None, "body": []})
                    page["articles"][-1]["body"].append(sha(line))
                else:
                    raise SystemExit(f"{path}: bad tag in {raw[:40]!r}")
            page["lines"].append(line)
    return pages


def build(args) -> None:
    pages = parse_labelled([Path(p) for p in args.labelled])
    out = Path(args.pages)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for number, page in enumerate(pages, 1):
        text = "\n".join(page.pop("lines")) + "\n"
        name = f"p{number:02d}.txt"
        (out / name).write_text(text, encoding="utf-8")
        host = urlparse(page["url"]).hostname or ""
        rows.append({"id": name[:-4], "url": page["url"], "site": host, "group": page["group"],
                     "half": half_of(page["group"]), "page_sha256": sha(text), **page})
    ruled(rows, args)  # the keys' logged rulings (`real_ingest_rulings`)
    labels = Path(args.labels)
    labels.parent.mkdir(parents=True, exist_ok=True)
    with open(labels, "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    print(f"{len(rows)} pages, {len({r['site'] for r in rows})} sites, {len({r['group'] for r in rows})} groups "
          f"-> {out}, {labels}")


def read_raw_copies(paths: list[Path]) -> dict[str, list[list[str]]]:
    """Excerpts saved as the search tool returned them: `#url URL`, then the excerpt's lines (any number of
    results a file). Every distinct non-empty copy of each address, its non-blank lines as saved."""
    out: dict[str, list[list[str]]] = {}
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SystemExit(f"{path}: cannot read an excerpt file: {exc}") from exc
        current = None
        for raw in text.splitlines():
            if raw.startswith("#url "):
                current = []
                out.setdefault(raw[5:].strip(), []).append(current)
            elif current is not None and raw.strip():
                current.append(raw.rstrip("\r"))
    return {url: [c for i, c in enumerate(copies) if c and c not in copies[:i]] for url, copies in out.items()}


def read_raw(paths: list[Path]) -> dict[str, list[str]]:
    """The first copy of each address (`read_raw_copies`), its lines stripped."""
    return {url: [x.strip() for x in copies[0]] if copies else [] for url, copies in read_raw_copies(paths).items()}


_PIECE_START = re.compile(r"[。！？；，：!?;,:\s]")


def _labelled_piece(line: str, wanted: set[str]) -> str | None:
    """The part of an excerpt line the labeller kept when not the whole line: cut short at its end, or
    starting after a sentence break or a space (the longest such piece the labels hold)."""
    starts = [0] + [m.end() for m in _PIECE_START.finditer(line)]
    for begin in starts:
        for end in range(len(line), begin, -1):
            piece = line[begin:end].strip()
            if len(piece) >= 4 and sha(piece) in wanted:  # (not a bare 工会 out of a longer line)
                return piece
    return None


def kept_in(line: str, text: str) -> bool:
    """Whether TEXT (compact) holds the body LINE, whole or but for a glued edge (see EDGE_CHARS); an article
    marker glued to its start (篇一 20xx年…) is the splitter's and never counts."""
    from unionmine.evaluation.ingest import compact

    raw = readable(line).strip()
    c = _MARKER_START.sub("", compact(raw))
    if c in text:
        return True
    for k in range(1, len(raw)):
        for edge, rest in ((raw[:k], raw[k:]), (raw[-k:], raw[:-k])):
            e, r = compact(edge), _MARKER_START.sub("", compact(rest))
            if len(e) <= EDGE_CHARS and not _SENTENCE_END.search(edge) and len(r) >= EDGE_REST * max(len(e), 4) \
                    and r in text:
                return True
        if len(compact(raw[:k])) > EDGE_CHARS and len(compact(raw[-k:])) > EDGE_CHARS:
            break
    plain = _PINYIN_GLOSS.sub("", raw)  # (邵陽(yáng)新聞網(wǎng)…訊(通訊員 …): the glosses go as the tool's cleaning takes them)
    glued = _GLUED_BYLINE.match(plain)
    return bool(glued) and kept_in(plain[:glued.start(1)] + plain[glued.end(1):], text)


def rebuild_page(entry: dict, lines: list[str]) -> tuple[str, int, int]:
    """The page text the labeller saved, from the excerpt it was copied from: every line whose sha256
    the labels hold, in order (or the piece of it the labeller kept); lines the labeller did not copy
    are left out, and where the labeller also left out a repeat of an earlier line, so is it. Returns
    the text (the one with the labelled sha256 when one is), the labelled lines found and their count."""
    wanted = set(entry["chrome"]) | set(entry.get("ignored", []))
    for article in entry["articles"]:
        wanted |= set(article["body"]) | ({article["title_line"]} if article.get("title_line") else set())
    kept: list[str] = []
    for line in lines:
        piece = line if sha(line) in wanted else _labelled_piece(line, wanted)
        if piece:
            kept.append(piece)
    found = len({sha(x) for x in kept} & wanted)
    repeats = [i for i, line in enumerate(kept) if line in kept[:i]]
    variants = [kept] + [[line for i, line in enumerate(kept) if i not in drop]
                         for r in range(1, min(len(repeats), 4) + 1)
                         for drop in itertools.combinations(repeats, r)]
    texts = ["\n".join(v) + "\n" for v in variants]
    return next((t for t in texts if sha(t) == entry["page_sha256"]), texts[0]), found, len(wanted)


def rebuild(args) -> None:
    labels = [json.loads(x) for x in Path(args.labels).read_text(encoding="utf-8").splitlines() if x.strip()]
    excerpts = read_raw([Path(p) for p in args.raw])
    out = Path(args.pages)
    out.mkdir(parents=True, exist_ok=True)
    exact = partial = missing = 0
    for entry in labels:
        lines = excerpts.get(entry["url"])
        if lines is None:
            missing += 1
            print(f"  {entry['id']} no excerpt: {entry['url']}", file=sys.stderr)
            continue
        text, found, wanted = rebuild_page(entry, lines)
        if sha(text) == entry["page_sha256"]:
            exact += 1
            (out / f"{entry['id']}.txt").write_text(text, encoding="utf-8")
        else:
            partial += 1
            print(f"  {entry['id']} differs ({found}/{wanted} labelled lines found): {entry['url']}",
                  file=sys.stderr)
            if args.keep_partial:
                (out / f"{entry['id']}.partial").write_text(text, encoding="utf-8")
    print(f"{exact} pages rebuilt exactly, {partial} differ, {missing} without an excerpt -> {out}")


def _tally(described: bool = False):
    measures = ("split", "title", "kind") + (DESCRIBED if described else ()) + ("chrome_left", "body_lost")
    return {m: [0, 0] for m in measures}


def address_manifest(labels: list[dict], by_sha: dict[str, Path], scratch: Path) -> Path:
    """A metadata CSV (`source`, `url`) giving each labelled page the address it was saved from, as a
    researcher's crawl manifest would (`unionmine ingest --metadata`): the pages stay .txt files, so
    their text takes the same path as without addresses and only what the address says can move."""
    rows = sorted((by_sha[e["page_sha256"]].name, e["url"]) for e in labels if e["page_sha256"] in by_sha)
    path = scratch / "addresses.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "url"])
        writer.writerows(rows)
    return path


def score(args) -> dict:
    from unionmine.evaluation.ingest import chrome_measurable, description_checks, match_articles
    from unionmine.run.pipeline import ingest

    labels = [json.loads(x) for x in Path(args.labels).read_text(encoding="utf-8").splitlines() if x.strip()]
    pages_dir = Path(args.pages)
    by_sha = {sha(p.read_text(encoding="utf-8")): p for p in sorted(pages_dir.glob("*.txt"))}
    with tempfile.TemporaryDirectory() as scratch:
        manifest = address_manifest(labels, by_sha, Path(scratch)) if getattr(args, "with_address", False) else None
        ingest([pages_dir], Path(scratch), metadata=manifest, use_cache=False, progress=False)
        documents = pd.read_parquet(Path(scratch) / "documents.parquet")
    described = any("org_type" in a for e in labels for a in e["articles"])
    tallies = {name: _tally(described) for name in ("all", "tune", "test")}
    misses = []
    missing = 0
    for entry in labels:
        path = by_sha.get(entry["page_sha256"])
        if path is None:
            missing += 1
            continue
        lines = {sha(ln.strip()): ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()}
        outs = [r for r in documents.to_dict("records") if Path(str(r["source"])).name == path.name]
        outs.sort(key=lambda r: r.get("article") or 0)
        texts = [measured(o.get("title")) + measured(o.get("text")) for o in outs]
        whole = "".join(texts)
        out_lines = {measured(piece) for o in outs
                     for piece in [o.get("title") or ""] + readable(o.get("text")).splitlines()} - {""}
        arts = [{"body": [lines[h] for h in a["body"]]} for a in entry["articles"]]

        def add(measure, bad_or_hit, what=None, _e=entry):
            for name in ("all", _e["half"]):
                tallies[name][measure][0] += int(bad_or_hit)
                tallies[name][measure][1] += 1
            if what is not None:
                misses.append((_e["id"], _e["site"], measure, what))

        chosen = match_articles(arts, outs, texts)
        split_ok = len(outs) == len(arts)
        for art, oi in zip(arts, chosen):
            body = [x for x in art["body"] if measured(x)]
            if oi is None or (body and not (kept_in(body[0], texts[oi]) and kept_in(body[-1], texts[oi]))):
                split_ok = False
        add("split", split_ok, None if split_ok else f"{len(arts)} articles, got {len(outs)}")
        for label, art, oi in zip(entry["articles"], arts, chosen):
            got = outs[oi] if oi is not None else {}
            if label["title"]:
                hit = sha(measured(got.get("title"))) == label["title"]
                add("title", hit, None if hit else f"got {got.get('title')!r} (line {lines.get(label['title_line'])!r})")
            if label["kind"]:
                hit = got.get("kind") == label["kind"]
                add("kind", hit, None if hit else f"kind {label['kind']} got {got.get('kind')}")
            if "org_type" in label:
                # the labels hold the organisation as sha256 of its compact form
                for field, hit, exp, out in description_checks(
                        label, got, oi is not None, org_equal=lambda e, g: e == sha(measured(g))):
                    bad = hit != (field in ("org", "org_type", "year"))
                    shown = "(named)" if field == "org" else exp
                    add(field, hit, f"{field}: expected {shown}, got {out!r}" if bad else None)
            for line in art["body"]:
                # kept whole, or but for an article marker or a site's glued edge (`kept_in`)
                if _MARKER_START.sub("", measured(line)):
                    lost = not kept_in(line, whole)
                    add("body_lost", lost, f"LOST {line[:40]!r}" if lost else None)
        kept = [measured(lines[h]) for label in entry["articles"]
                for h in [label.get("title_line"), *label["body"]] if h in lines]
        for h in entry["chrome"]:
            c = measured(lines[h])
            if c and chrome_measurable(c, kept):
                left = c in out_lines or (len(c) >= 8 and c in whole)
                add("chrome_left", left, f"LEFT {lines[h][:40]!r}" if left else None)
    if missing:
        print(f"{missing} labelled pages have no local copy with the same text (sha256)", file=sys.stderr)
    for name, tally in tallies.items():
        cells = [f"{m} {c}/{t}" for m, (c, t) in tally.items()]
        print(f"{name:5s} " + "  ".join(cells))
    if args.misses:
        for row in misses:
            if args.half in ("all", next(e["half"] for e in labels if e["id"] == row[0])):
                print("  ", *row)
    return tallies


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = rulings_arguments(sub.add_parser("build", help="local page copies and hash-only labels from hand-labelled files"))
    b.add_argument("labelled", nargs="+")
    b.add_argument("--pages", default="local/real_pages/pages")
    b.add_argument("--labels", default=str(LABELS))
    s = sub.add_parser("score", help="ingest the local copies and score them against the labels")
    s.add_argument("--pages", default="local/real_pages/pages")
    s.add_argument("--labels", default=str(LABELS))
    s.add_argument("--misses", action="store_true", help="list every miss")
    s.add_argument("--with-address", action="store_true",
                   help="give each page its labelled url in a metadata CSV (source,url), as a crawl's manifest would")
    s.add_argument("--half", choices=("all", "tune", "test"), default="tune",
                   help="whose misses to list (tune by default: look only at the tuning half)")
    r = sub.add_parser("rebuild", help="the local copy again, from excerpts saved as the search tool returned them")
    r.add_argument("raw", nargs="+", help="files of `#url URL` + excerpt blocks")
    r.add_argument("--labels", default=str(LABELS))
    r.add_argument("--pages", required=True)
    r.add_argument("--keep-partial", action="store_true",
                   help="also write pages whose text differs, as ID.partial (never scored)")
    args = parser.parse_args(argv)
    {"build": build, "score": score, "rebuild": rebuild}[args.command](args)


if __name__ == "__main__":
    main()
