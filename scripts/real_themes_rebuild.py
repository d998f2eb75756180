"""``real_themes.py rebuild``: a theme set's local copy again, from the excerpts its sections were cut from.

The repository keeps only hash-only labels (``corpus/annotations/real/labels*.jsonl``: url, sha256 of the section
text, …); the local copy (``local/real_sectionsN.jsonl``: id, url, site, unit_type, kind, group, heading, text) is
git-ignored, and when it is lost only the pages can bring it back. For every labelled url this takes the url's
excerpts, cuts them in the ways the labellers cut (``corpus/annotations/real/README.md``) and keeps a text only when
its sha256 is the one a label row of that url holds: nothing is guessed, a row is written only when it matches.

    # sets 1-12: the set's recorded queries run again, each result saved as `#url URL` + the excerpt as returned
    python scripts/real_themes.py rebuild local/theme_raw/set2/q*.txt \\
        --labels corpus/annotations/real/labels2.jsonl --out local/real_sections2.jsonl
    # sets 13-18: cut from the real ingestion sets' pages: a pages folder and its ingestion labels (page id -> url)
    python scripts/real_themes.py rebuild --pages local/real_pages14/pages corpus/annotations/real_ingest/labels14.jsonl \\
        --labels corpus/annotations/real/labels18.jsonl --out local/real_sections18.jsonl

Excerpt line sequences tried for each url (every saved copy of it): for raw excerpts the non-blank lines stripped,
then as saved, then stripped and split where a numbered heading (``二、``, ``（三）``, ``4.``) starts inside a line
after a sentence end or a space (flattened text), then with a line that ends no sentence joined to the next unless that
one is numbered (``pdf``: a PDF page's broken lines; a numbered line of at most MAX_HEAD characters, a heading,
stays its own; ``pdf-all``: it too runs on), then as one line with a doc viewer's page markers (``1、`` ``2、``
at line starts, two or more of them) taken off (``viewer``); for a pages folder the page's body lines (those whose sha256 the
ingestion labels hold as article body, what sets 13-18 were cut from), then all its lines; with ``--body-labels``
(ingestion labels) raw excerpts are first cut on their body lines alone as well (the lines, or pieces of lines, the
ingestion labels hold as article body: ``real_ingest.rebuild_page``). Cuts, in this order (the
first that matches names the row's cut in the report):
  ``run``        a contiguous run of lines joined with "\\n" (a heading and its body, a paragraph, a news item;
                 a run ending at the excerpt's end is the last section as the source cut it off), at most MAX_RUN lines;
  ``run-short``  a run without its inner lines under SHORT characters (sets 13-18 drop them inside news items);
  ``run-title``  a run without its inner short and title-only lines (no sentence end: subheads, captions);
  ``run-some``   a run without one to MAX_DROPS of those lines (a caption dropped, a subhead kept), runs of at most
                 MAX_SOME_RUN lines;
  ``split-head`` a run whose first line is split in two after its heading (at a space, after ``：``/``。``, or after
                 any of its first MAX_HEAD characters: a heading run into its body);
  ``rejoin``     a run of a PDF paragraph broken over lines, joined again with nothing between them (all of it, or
                 all but its first line, or all of it then split after its heading);
  ``trim-first`` a run whose first line loses its first 1 to MAX_TRIM characters (a page title run into it), also
                 then split after its heading;
  ``cut-end``    a run of two or more lines whose last line is cut after a sentence end (the next item runs on in it);
  ``piece``      a piece of a flattened line between two boundaries (a space, a sentence end, a ``】``, an inline
                 numbered heading), as it is, with its runs of two or more spaces (or every space) made line breaks, or split
                 after its heading.
Title-only lines are lines with no sentence end, lines starting with a dash, and captions (a whole line in brackets,
``图为…``, ``…供图``, ``…摄``).
The row keeps id, url, site, unit_type, kind and group of its label row; ``heading`` is the first sentence (to the
first ``。`` or ``;``/``；``, else the whole line) of the first line when the text starts with a numbering marker
(``一、``, ``（一）``, ``1.``, ``1、``, ``第一部分``), else "" (set 18's own copy has exactly these headings; the digest check reads text only).
Rows are written in the labels' order; the exit code is 0 when every row was rebuilt, 1 when some were not. The
procedure per set (which excerpts, which names, the digest check after) is in ``corpus/annotations/real/README.md``,
"When the local copies are gone".
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

from real_ingest import read_raw_copies, rebuild_page
from real_themes_metrics import digest, read_jsonl

MAX_RUN = 60
MAX_SOME_RUN = 30
MAX_DROPS = 3
SHORT = 15
MAX_TRIM = 80
MAX_HEAD = 40
CUTS = ("run", "run-short", "run-title", "run-some", "split-head", "rejoin", "trim-first", "cut-end", "piece")
LOCAL_FIELDS = ("id", "url", "site", "unit_type", "kind", "group")
_SENTENCE_END = re.compile(r"[。！？!?…]")
_SENTENCE_END_MID = re.compile(r"[。！？；;](?=.)")
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．,，]|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[、.．]"
                       r"|第[一二三四五六七八九十\d]+[部分条章节项])")
_INLINE_HEAD = re.compile(r"(?<=[。！？；;\s])\s*(?=(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[、．]))")
_HEAD_SPLIT = re.compile(r"[：:。]|\s+")
_BOUNDARY = re.compile(r"\s+|(?<=[。！？；;：:】])|(?=(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[、．]))")
_OPEN_END = re.compile(r"[。！？!?；;：:”」）).．]$")
_VIEWER_MARK = re.compile(r"^\d{1,3}、")
_CAPTION = re.compile(r"^[（(].*[）)]$|^[图圖]\s*[为為片：:]|(?:供[图圖]|[摄攝]影?)$")


def heading_of(text: str) -> str:
    """The heading of a section text: see the module's docstring."""
    first = text.split("\n", 1)[0]
    if not _NUMBERED.match(first):
        return ""
    m = re.match(r"^(.+?[。;；])", first)
    return m.group(1) if m else first


def read_pages(folder: Path, ingest_labels: Path) -> dict[str, list[tuple[str, list[str]]]]:
    """A real ingestion set's pages as excerpts: url -> [("body", its body lines), ("all", all its lines)]."""
    if not folder.is_dir():
        raise SystemExit(f"{folder}: not a pages folder")
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for entry in read_jsonl(ingest_labels):
        if "id" not in entry or "url" not in entry:
            raise SystemExit(f"{ingest_labels}: a row without id or url")
        page = folder / f"{entry['id']}.txt"
        if not page.exists():
            continue
        lines = [x for x in page.read_text(encoding="utf-8").splitlines() if x.strip()]
        body_sha = {h for article in entry.get("articles", []) for h in article.get("body", [])}
        body = [x for x in lines if digest(x.strip()) in body_sha]
        out.setdefault(entry["url"], []).extend([("body", body), ("all", lines)])
    return out


def body_lines(ingest_labels: list[Path]) -> dict[str, dict]:
    """url -> its entry in real ingestion labels (the sha256 of its chrome, title and body lines)."""
    out: dict[str, dict] = {}
    for path in ingest_labels:
        for entry in read_jsonl(path):
            out.setdefault(entry.get("url", ""), entry)
    return out


def _body_of(entry: dict, lines: list[str]) -> list[str]:
    """The article body lines of a raw excerpt, as the ingestion labeller kept them (whole lines or the labelled piece
    of one: ``real_ingest.rebuild_page``)."""

    wanted = {h for article in entry.get("articles", []) for h in article.get("body", [])}
    text, _, _ = rebuild_page({"page_sha256": "", **entry}, lines)
    return [x for x in text.splitlines() if digest(x) in wanted]


def line_variants(excerpts: dict, pages: dict, url: str, body: dict | None = None) -> list[tuple[str, list[str]]]:
    """The line sequences to cut for one url, most literal first (see the module's docstring)."""
    variants = list(pages.get(url, []))
    for copy in excerpts.get(url, []):
        stripped = [x.strip() for x in copy]
        split = [p.strip() for x in stripped for p in _INLINE_HEAD.split(x) if p.strip()]
        if body and url in body:
            variants.append(("body", _body_of(body[url], stripped)))
        variants += [("stripped", stripped), ("as-saved", copy), ("split", split), ("pdf", _pdf_join(stripped)),
                     ("pdf-all", _pdf_join(stripped, headings=False)),
                     ("viewer", ["".join(_VIEWER_MARK.sub("", x) for x in stripped)]
                      if sum(bool(_VIEWER_MARK.match(x)) for x in stripped) > 1 else [])]
    seen, out = [], []
    for name, lines in variants:
        if lines and lines not in seen:
            seen.append(lines)
            out.append((name, lines))
    return out


def _pdf_join(lines: list[str], headings: bool = True) -> list[str]:
    """Lines of a PDF page joined again: a line that ends no sentence runs on into the next, unless that one is numbered
    (or, with HEADINGS, this one is numbered: a heading line stays its own)."""
    out: list[str] = []
    for line in lines:
        if out and not _OPEN_END.search(out[-1]) and not _NUMBERED.match(line) \
                and not (headings and _NUMBERED.match(out[-1]) and len(out[-1]) <= MAX_HEAD):
            out[-1] += line
        else:
            out.append(line)
    return out


def _droppable(line: str, titles: bool) -> bool:
    s = line.strip()
    return len(s) < SHORT or (titles and (not _SENTENCE_END.search(s) or s.startswith("—") or bool(_CAPTION.search(s))))


def _split_heads(first: str, rest: list[str], anywhere: bool = False):
    """FIRST split in two after its heading: at a space or after ``：``/``。`` (ANYWHERE: after any of its first
    MAX_HEAD characters, a heading run into its body with nothing between)."""
    ends = {m.end() for m in _HEAD_SPLIT.finditer(first[:60])}
    if anywhere:
        ends |= set(range(2, min(MAX_HEAD, len(first) - 1) + 1))
    for k in sorted(ends):
        head, body = first[:k].strip(), first[k:].strip()
        if head and body:
            yield "\n".join([head, body, *rest])


def _pieces(line: str):
    """Every piece of a flattened line between two boundaries (a space, a sentence end, an inline numbered heading)."""
    cuts = sorted({0, len(line)} | {k for m in _BOUNDARY.finditer(line) for k in (m.start(), m.end())})
    for a, b in itertools.combinations(cuts, 2):
        piece = line[a:b].strip()
        if piece:
            yield piece
            yield re.sub(r"\s{2,}", "\n", piece)  # paragraphs flattened into spaces, one per line again
            yield re.sub(r"\s+", "\n", piece)
            yield from _split_heads(piece, [], anywhere=True)


def candidates(lines: list[str], cut: str):
    """(text) of every cut of one kind over a line sequence."""
    n = len(lines)
    for i in range(n):
        for j in range(i + 1, min(n, i + MAX_RUN) + 1):
            run = lines[i:j]
            if cut == "run":
                yield "\n".join(run)
            elif cut in ("run-short", "run-title") and j - i > 2:
                inner = [x for x in run[1:-1] if not _droppable(x, cut == "run-title")]
                if len(inner) < j - i - 2:
                    yield "\n".join([run[0], *inner, run[-1]])
            elif cut == "run-some" and 2 < j - i <= MAX_SOME_RUN:
                drop = [k for k in range(1, j - i - 1) if _droppable(run[k], True)]
                for r in range(1, min(MAX_DROPS, len(drop)) + 1):
                    for gone in itertools.combinations(drop, r):
                        yield "\n".join(x for k, x in enumerate(run) if k not in gone)
            elif cut == "split-head":
                yield from _split_heads(run[0], run[1:], anywhere=True)
            elif cut == "cut-end" and j - i > 1:  # the section ends at a sentence end inside its last line
                for m in _SENTENCE_END_MID.finditer(run[-1]):
                    yield "\n".join([*run[:-1], run[-1][:m.end()]])
            elif cut == "piece" and j == i + 1:
                yield from _pieces(run[0])
            elif cut == "rejoin" and 1 < j - i <= MAX_SOME_RUN:  # a PDF paragraph broken over lines, joined again
                joined = "".join(x.strip() for x in run)
                yield joined
                yield "\n".join([run[0], "".join(x.strip() for x in run[1:])])
                yield from _split_heads(joined, [])
            elif cut == "trim-first" and j - i <= MAX_SOME_RUN:  # a page title run into the first line, taken off
                for k in range(1, min(MAX_TRIM, len(run[0]) - 1)):
                    yield "\n".join([run[0][k:], *run[1:]])
                    yield from _split_heads(run[0][k:], run[1:])


def rebuild_rows(labels: list[dict], excerpts: dict, pages: dict,
                 body: dict | None = None) -> tuple[list[dict], Counter, list[str]]:
    """The local rows whose text was found (labels' order), the cut each matched by, and the ids not found."""
    by_url: dict[str, dict[str, str]] = {}
    for row in labels:
        by_url.setdefault(row["url"], {})[row["sha256"]] = ""
    for url, wanted in by_url.items():
        variants = line_variants(excerpts, pages, url, body)
        for cut in CUTS:
            for name, lines in variants:
                if all(wanted.values()):
                    break
                for text in candidates(lines, cut):
                    h = digest(text)
                    if h in wanted and not wanted[h]:
                        wanted[h] = (text, f"{name}:{cut}")
                        if all(wanted.values()):
                            break
    rows, how, missing = [], Counter(), []
    for lab in labels:
        found = by_url[lab["url"]][lab["sha256"]]
        if not found:
            missing.append(lab["id"])
            continue
        text, cut = found
        how[cut] += 1
        rows.append({**{k: lab[k] for k in LOCAL_FIELDS}, "heading": heading_of(text), "text": text})
    return rows, how, missing


def write_jsonl(path: Path, rows: list[dict]) -> None:
    """Atomic (``unionmine.store.tables.atomic_path``): a reader sees the old file or the whole new one."""
    from unionmine.store.tables import atomic_path

    with atomic_path(path) as tmp:
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def cmd_rebuild(args) -> int:
    labels_path = Path(args.labels)
    if not labels_path.exists():
        raise SystemExit(f"{labels_path}: no such labels file")
    labels = read_jsonl(labels_path)
    for n, row in enumerate(labels, 1):
        absent = [k for k in (*LOCAL_FIELDS, "sha256") if k not in row]
        if absent:
            raise SystemExit(f"{labels_path}: row {n} has no {', '.join(absent)}")
    excerpts = read_raw_copies([Path(p) for p in args.raw])
    pages: dict = {}
    for folder, ingest in args.pages or []:
        for url, seqs in read_pages(Path(folder), Path(ingest)).items():
            pages.setdefault(url, []).extend(seqs)
    body = body_lines([Path(p) for p in args.body_labels or []])
    rows, how, missing = rebuild_rows(labels, excerpts, pages, body)
    write_jsonl(Path(args.out), rows)
    urls = {r["url"] for r in labels}
    no_excerpt = sorted(u for u in urls if u not in excerpts and u not in pages)
    print(f"{len(rows)} of {len(labels)} labelled rows rebuilt -> {args.out} "
          f"({len(urls)} urls, {len(no_excerpt)} without an excerpt)")
    print("cuts: " + ", ".join(f"{cut} {k}" for cut, k in how.most_common()))
    for url in no_excerpt:
        print(f"  no excerpt: {url}", file=sys.stderr)
    for rid in missing:
        print(f"  not rebuilt: {rid}", file=sys.stderr)
    return 1 if missing else 0
