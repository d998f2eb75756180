"""Score an ingestion run (documents.parquet) against a collection's answer key (KEYFORMAT).

Lines are compared in "compact" form: Traditional→Simplified, bracketed pinyin (開(kāi)) dropped,
then only CJK characters, ASCII letters and digits kept, lower-cased, so punctuation, spacing and
pinyin annotations never count.

Measures, per collection and per style:
- ``split``: pages split right (article count matches, and each key article's first and last
  body lines fall inside the output article matched to it);
- ``title``, ``kind``, ``org_type``, ``on_topic``: over every key article (an unmatched key
  article is a miss);
- ``org``: over key articles with a non-null org (the key's ``org`` or one of its ``org_also``,
  other forms the key writer accepted before seeing any output, e.g. a unit with and without its
  parent), against the output's ``org`` or, when the run filed the article under its unit's other
  name, the name as written (``org_written``: a key of names as written is not wrong about
  one unit's names joined, `run.units`); ``org_invented``: output orgs where the key has none (a count over those key articles);
- ``year``: over key articles with a non-null year; ``year_invented`` likewise;
- ``chrome_left``: key chrome lines still in the output of their source (lower is better); a
  chrome line whose text is also a body or title line of its file (a running header that
  repeats the title or the signature) is not scored: its text stays as that line, so nothing
  in the output could tell it left or removed (`chrome_measurable`);
- ``body_lost``: key body lines found in no output article of their source (lower is better);
  ``body_misplaced``: found in the source but not in the matched article.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections import defaultdict
from pathlib import Path

import pandas as pd

from ..errors import UsageError
from ..run.pipeline import ingest
from ..store.tables import write_csv, write_text
from ..text.normalize import to_simplified

FIELDS = ("split", "title", "kind", "org", "org_invented", "org_type", "year", "year_invented",
          "on_topic", "chrome_left", "body_lost", "body_misplaced")
# Higher is better for these; for the rest (invented, left, lost, misplaced) lower is better.
HIGHER_BETTER = ("split", "title", "kind", "org", "org_type", "year", "on_topic")
# A chrome line at least this long (compact) also counts as left when it is inside a line.
CHROME_SUBSTRING_MIN = 8

_KEEP = re.compile(r"[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# pinyin in brackets after a character, as some sites print it: 開(kāi), 報（bào）, 會(huì ) (a space
# before the closing bracket, as one real site prints it)
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN = re.compile(rf"[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}} ?[)）]")


#: Markup is not text (ruling (m), `corpus/annotations/real_ingest/README.md`): an editor's HTML tags left in a key's or
#: an output's text (`<p class="ql-block">`, `</p>`, `<br>`, a comment, a tag cut off at a line's end) read as a space
#: before the compact form is taken, so a line kept but for its tags is kept and a line of tags alone holds nothing;
#: (round 41) a feed's namespaced tags (`<content:encoded>`, `<dc:creator>`) and its CDATA brackets are markup too.
_MARKUP = re.compile(r"<!--.*?-->|<!\[CDATA\[|\]\]>|</?[A-Za-z][A-Za-z0-9]*(?::[A-Za-z][\w-]*)?(?:\s[^<>]{0,300})?/?>"
                     r"|</?[A-Za-z][A-Za-z0-9]*(?::[A-Za-z][\w-]*)?(?:\s[^<>\u3400-\u9fff]{0,120})?$",
                     re.MULTILINE | re.DOTALL)


def readable(text) -> str:
    """TEXT with its markup read as spaces (`_MARKUP`): what a reader of the page reads."""
    return _MARKUP.sub(" ", str(text)) if text else ""


def measured(text) -> str:
    """The compact form the scorers compare, for keyed and produced lines alike: TEXT's readable letters."""
    return compact(readable(text))


def compact(text: str | None) -> str:
    """Traditional→Simplified, drop bracketed pinyin, keep CJK, ASCII letters and digits,
    lower-case."""
    if not text:
        return ""
    return _KEEP.sub("", _PINYIN.sub("", to_simplified(str(text)).lower()))


def load_key(path: str | Path) -> list[dict]:
    """The key's objects, one per source file, in file order; a key that is not such JSON Lines is a
    usage error naming the line."""
    rows = []
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise UsageError(f"answer key {path} is not UTF-8 text; save it as UTF-8") from exc
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise UsageError(f"answer key {path}, line {number}: not JSON ({exc})") from exc
            if not isinstance(row, dict) or not isinstance(row.get("source"), str):
                raise UsageError(f'answer key {path}, line {number}: expected an object {{"source": ..., '
                                 '"articles": [...]}}')
            rows.append(row)
    return rows


def _collection_name(key_path: Path) -> str:
    name = key_path.name
    for suffix in (".key.jsonl", ".jsonl"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return key_path.stem


def _norm_source(source: str) -> str:
    return str(source).replace("\\", "/").lstrip("./")


def outputs_by_source(documents: pd.DataFrame, key_sources: list[str]) -> dict[str, list[dict]]:
    """Output articles of each key source; a document source matches a key source when equal
    or when it ends with '/' + the key source (the run was given a parent folder)."""
    wanted = {_norm_source(s): s for s in key_sources}
    found: dict[str, list[dict]] = defaultdict(list)
    for row in documents.to_dict("records"):
        src = _norm_source(row.get("source", ""))
        hit = wanted.get(src)
        if hit is None:
            hit = next((orig for norm, orig in wanted.items() if src.endswith("/" + norm)), None)
        if hit is not None:
            found[hit].append(row)
    for rows in found.values():
        rows.sort(key=lambda r: (r.get("article") is None, r.get("article") or 0))
    return found


def _value(value):
    """pandas/numpy missing values and scalars as plain Python."""
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item"):
        return value.item()
    return value


def match_articles(key_articles: list[dict], outputs: list[dict], texts: list[str]) -> list[int | None]:
    """One output article per key article (or None): the best overlap of body lines, one-to-one,
    ties broken by position."""
    scores = []
    for ki, art in enumerate(key_articles):
        lines = [c for c in (measured(x) for x in art.get("body") or []) if c]
        title = measured(art.get("title"))
        for oi, text in enumerate(texts):
            score = sum(len(c) for c in lines if c in text)
            if title and title in text:
                score += len(title)
            if score:
                scores.append((-score, abs(ki - oi), ki, oi))
    scores.sort()
    chosen: list[int | None] = [None] * len(key_articles)
    used: set[int] = set()
    for _, _, ki, oi in scores:
        if chosen[ki] is None and oi not in used:
            chosen[ki] = oi
            used.add(oi)
    # a key article sharing no line with any output still pairs by position when free
    for ki in range(len(key_articles)):
        if chosen[ki] is None and ki < len(outputs) and ki not in used:
            chosen[ki] = ki
            used.add(ki)
    return chosen


def same_org(expected, got) -> bool:
    """A key organisation equals an output one in compact form."""
    return measured(expected) == measured(got)


def description_checks(art: dict, out: dict, matched: bool, *, org_equal=same_org) -> list[tuple]:
    """The organisation, its type and the year of key article ``art`` against ``out``, the output
    article matched to it ({} when none): ``(field, hit, expected, got)`` for ``org_type``, then
    ``org`` (the key names one; ``org_equal(form, got)`` for its ``org`` or any ``org_also``) or ``org_invented`` (an output org
    where the key has none), then ``year`` or ``year_invented`` likewise. ``hit`` is True for a
    right value, or for an invented one. Shared by `score_ingest` and the real-page scorer
    (scripts/real_ingest.py, whose key holds a hash of the organisation: its own ``org_equal``).
    """
    checks = []
    exp, got = art.get("org_type"), _value(out.get("org_type"))
    checks.append(("org_type", matched and exp == got, exp, got))
    exp_org, got_org = art.get("org"), _value(out.get("org"))
    written = _value(out.get("org_written"))
    if exp_org:
        hit = any(org_equal(form, got) for form in (exp_org, *(art.get("org_also") or ()))
                  for got in {got_org, written} - {None} or {None})
        checks.append(("org", hit, exp_org, got_org))
    else:
        checks.append(("org_invented", got_org is not None and matched, None, got_org))
    exp_year, got_year = art.get("year"), _value(out.get("year"))
    got_year = int(got_year) if got_year is not None else None
    if exp_year is not None:
        checks.append(("year", matched and int(exp_year) == got_year, exp_year, got_year))
    else:
        checks.append(("year_invented", got_year is not None and matched, None, got_year))
    return checks


class _Tally:
    def __init__(self) -> None:
        self.counts = {f: [0, 0] for f in FIELDS}

    def add(self, field: str, hit: bool) -> None:
        self.counts[field][0] += int(hit)
        self.counts[field][1] += 1

    def as_dict(self) -> dict:
        out = {}
        for field, (hit, total) in self.counts.items():
            out[field] = {"count": hit, "total": total, "rate": (hit / total) if total else None}
        return out


def chrome_measurable(line: str, kept: list[str]) -> bool:
    """Whether a compact chrome LINE can be scored: it is not one of the compact body and title
    lines KEPT of the same file, nor (when long enough to count inside a line) inside one."""
    return not any(line == k or (len(line) >= CHROME_SUBSTRING_MIN and line in k) for k in kept)


def score_ingest(documents: pd.DataFrame, key_path: str | Path) -> dict:
    """Score ``documents`` (a documents.parquet table) against the key at ``key_path``.

    Returns ``{"collections": {name: measures}, "styles": {style: measures},
    "misses": {field: [{"source", "article", "expected", "got"}]}}``; each measure is
    ``{"count", "total", "rate"}`` (count = right, or for chrome_left/body_lost/…, the bad ones).
    """
    key_path = Path(key_path)
    key = load_key(key_path)
    collection = _collection_name(key_path)
    outputs = outputs_by_source(documents, [entry["source"] for entry in key])
    totals = _Tally()
    styles: dict[str, _Tally] = defaultdict(_Tally)
    misses: dict[str, list[dict]] = defaultdict(list)

    for entry in key:
        source = entry["source"]
        style = entry.get("style") or "?"
        tallies = (totals, styles[style])

        def add(field, hit, expected=None, got=None, article=None, _t=tallies, _s=source):
            for tally in _t:
                tally.add(field, hit)
            if hit != (field in HIGHER_BETTER):  # a wrong value, or a bad line found
                misses[field].append({"source": _s, "article": article, "expected": expected, "got": got})

        arts = entry.get("articles") or []
        outs = outputs.get(source, [])
        texts = [measured(o.get("title")) + measured(o.get("text")) for o in outs]
        whole = "".join(texts)
        out_lines = set()
        for o in outs:
            for piece in [o.get("title") or ""] + readable(o.get("text")).splitlines():
                c = measured(piece)
                if c:
                    out_lines.add(c)
        chosen = match_articles(arts, outs, texts)

        split_ok = len(outs) == len(arts)
        for art, oi in zip(arts, chosen):
            first, last = measured(art.get("first")), measured(art.get("last"))
            if oi is None or (first and first not in texts[oi]) or (last and last not in texts[oi]):
                split_ok = False
        add("split", split_ok, len(arts), len(outs))

        for number, (art, oi) in enumerate(zip(arts, chosen), 1):
            out = outs[oi] if oi is not None else {}
            got_title = _value(out.get("title"))
            add("title", bool(measured(art.get("title"))) and measured(art.get("title")) == measured(got_title),
                art.get("title"), got_title, number)
            for field in ("kind", "on_topic"):
                exp, got = art.get(field), _value(out.get(field))
                add(field, oi is not None and exp == got, exp, got, number)
            for field, hit, exp, got in description_checks(art, out, oi is not None):
                add(field, hit, exp, got, number)
            for line in art.get("body") or []:
                c = measured(line)
                if not c:
                    continue
                lost = c not in whole
                add("body_lost", lost, line, None, number)
                if not lost:
                    add("body_misplaced", oi is None or c not in texts[oi], line, None, number)

        kept = [measured(x) for art in arts for x in [art.get("title"), *(art.get("body") or [])] if measured(x)]
        for line in entry.get("chrome") or []:
            c = measured(line)
            if not c or not chrome_measurable(c, kept):
                continue
            left = c in out_lines or (len(c) >= CHROME_SUBSTRING_MIN and c in whole)
            add("chrome_left", left, line, "left" if left else None)

    return {
        "collections": {collection: totals.as_dict()},
        "styles": {style: tally.as_dict() for style, tally in sorted(styles.items())},
        "misses": {field: misses.get(field, []) for field in FIELDS},
    }



#: How each measure is named in the printed table (`format_scores`).
FIELD_LABELS = {"split": "pages split right", "title": "titles", "kind": "kinds", "org": "orgs (named)",
                "org_invented": "orgs invented", "org_type": "org_type", "year": "years (stated)",
                "year_invented": "years invented", "on_topic": "on_topic",
                "chrome_left": "chrome lines left", "body_lost": "body lines lost",
                "body_misplaced": "body lines misplaced"}


def _cell(measure: dict) -> str:
    if not measure["total"]:
        return "-"
    return f"{measure['count']}/{measure['total']} ({100 * measure['rate']:.0f}%)"


def format_scores(scores: dict, misses: int = 0) -> str:
    """A readable table: one block per collection, one row per style; ``misses`` > 0 also lists
    up to that many misses per field."""
    lines = []
    for name, measures in scores["collections"].items():
        lines.append(f"Collection {name}")
        width = max(len(v) for v in FIELD_LABELS.values())
        for field in FIELDS:
            lines.append(f"  {FIELD_LABELS[field]:<{width}}  {_cell(measures[field])}")
    short = ("split", "title", "kind", "org", "org_type", "year", "on_topic", "chrome_left", "body_lost")
    header = ["style"] + list(short)
    rows = [header]
    for style, measures in scores["styles"].items():
        rows.append([style] + [
            f"{m['count']}/{m['total']}" if m["total"] else "-" for m in (measures[f] for f in short)])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines.append("")
    lines.append("Per style (count/total; chrome_left and body_lost count the bad lines)")
    for row in rows:
        lines.append("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    if misses:
        for field in FIELDS:
            found = scores["misses"].get(field) or []
            if not found:
                continue
            lines.append("")
            lines.append(f"Misses: {FIELD_LABELS[field]} ({len(found)})")
            for miss in found[:misses]:
                where = miss["source"] + (f"#{miss['article']}" if miss.get("article") else "")
                lines.append(f"  {where}: expected {miss['expected']!r}, got {miss['got']!r}")
    return "\n".join(lines)


def scores_table(scores: dict) -> pd.DataFrame:
    """The figures as one long table: scope (collection/style), name, measure, count, total, rate."""
    rows = []
    for scope in ("collections", "styles"):
        for name, measures in scores[scope].items():
            for field in FIELDS:
                m = measures[field]
                rows.append({"scope": scope[:-1], "name": name, "measure": field, "count": m["count"],
                             "total": m["total"], "rate": m["rate"]})
    return pd.DataFrame(rows, columns=["scope", "name", "measure", "count", "total", "rate"])


def evaluate_ingest(collection: str | Path, key_path: str | Path, out: str | Path | None = None, *,
                    misses: int = 0, workers: int = 1, progress: bool = False) -> dict:
    """Ingest COLLECTION (or read its documents.parquet, if it is an output folder) and score it
    against the key at KEY_PATH (the scores of `score_ingest`).

    With OUT the ingest run stays there, beside ingest_scores.json, ingest_scores.csv (one row per
    collection/style and measure, see `scores_table`) and ingest_scores.txt (the table, with up to
    MISSES misses per measure); without it the run goes to a temporary folder that is removed.
    ``progress`` shows the ingest run's bar on stderr.
    """
    collection, key_path = Path(collection), Path(key_path)
    if not collection.is_dir():
        raise UsageError(f"collection {collection} is not a folder")
    if not key_path.is_file():
        raise UsageError(f"answer key {key_path} does not exist (a .key.jsonl file beside the collection)")
    load_key(key_path)  # a broken key is said before the collection is ingested, not after
    with tempfile.TemporaryDirectory() as scratch:
        if (collection / "documents.parquet").exists():
            documents = pd.read_parquet(collection / "documents.parquet")
        else:
            run_dir = Path(out) if out is not None else Path(scratch)
            ingest([collection], run_dir, use_cache=False, progress=progress, workers=workers)
            documents = pd.read_parquet(run_dir / "documents.parquet")
        scores = score_ingest(documents, key_path)
    if out is not None:
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        write_text(json.dumps(scores, ensure_ascii=False, indent=1, default=str), out / "ingest_scores.json")
        write_csv(scores_table(scores), out / "ingest_scores.csv")
        write_text(format_scores(scores, misses=misses) + "\n", out / "ingest_scores.txt")
    return scores
