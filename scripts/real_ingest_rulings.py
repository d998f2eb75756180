"""The keys' rulings as data: each change a ruling made to a set's labels after its hand-labelled file was frozen.

A hand-labelled file keeps the labeller's first values (its sha256 is the set's blind freeze, `FROZEN.sha256`); a ruling
that later changes a key (`README.md`, conventions (b)-(o)) is logged in `RULINGS_LOG.md` with its reason and here as
one row per field: `{"set", "page", "article", "field", "old", "new", "ruling"}` (`org`/`org_also` as the labels hold
them: sha256 of the compact form). `scripts/real_ingest.py build` applies the rows of its set, each only where the
built value is the row's `old` one, so a build from the frozen files reproduces the committed labels byte for byte:
one home for each fact (the labeller's value in the frozen file, the ruling's change here).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

RULINGS = Path(__file__).resolve().parents[1] / "corpus" / "annotations" / "real_ingest" / "rulings.jsonl"
FIELDS = ("kind", "title", "org", "org_also", "org_type", "year")
_SET_FILE = re.compile(r"labels(\d+)\.jsonl$")


def set_of(labels: str | Path) -> int | None:
    """The set a labels file holds by its name (`labels17.jsonl` → 17; the first set's `labels.jsonl` → None)."""
    found = _SET_FILE.search(Path(labels).name)
    return int(found.group(1)) if found else None


def load_rulings(path: str | Path = RULINGS) -> list[dict]:
    path = Path(path)
    if not path.exists():
        return []
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    for row in rows:
        if row.get("field") not in FIELDS or not {"set", "page", "article", "old", "new", "ruling"} <= set(row):
            raise SystemExit(f"{path}: a ruling row needs set, page, article, a field of {FIELDS}, old, new, ruling")
    return rows


def apply_rulings(pages: list[dict], number: int | None, rulings: list[dict]) -> list[str]:
    """Apply the rows of set NUMBER to the built PAGES (rows with `id` and `articles`), in place. A row whose page or
    article is missing, or whose built value is not its `old` one, stops the build (the frozen file or the row is
    wrong). Returns one line per change applied."""
    by_id = {page["id"]: page for page in pages}
    done = []
    for row in (r for r in rulings if r["set"] == number):
        page = by_id.get(row["page"])
        if page is None or not 0 <= row["article"] < len(page["articles"]):
            raise SystemExit(f"ruling {row['ruling']} of set {number}: no article {row['article']} on {row['page']}")
        article = page["articles"][row["article"]]
        if article.get(row["field"]) != row["old"]:
            raise SystemExit(f"ruling {row['ruling']} of set {number} on {row['page']} {row['field']}: built "
                             f"{_short(article.get(row['field']))}, the row expects {_short(row['old'])}")
        if row["new"] is None and row["field"] == "org_also":
            article.pop("org_also", None)
        else:
            article[row["field"]] = row["new"]
        done.append(f"{row['page']} article {row['article']} {row['field']}: {_short(row['old'])} -> "
                    f"{_short(row['new'])} (ruling {row['ruling']})")
    return done


def rulings_arguments(parser):
    """PARSER (`build`'s) with the options that choose the rulings applied; returned."""
    parser.add_argument("--set", type=int, help="the set whose logged rulings apply (default: from the labels' name)")
    parser.add_argument("--rulings", default=str(RULINGS), help="the rulings as data (one JSON row per changed field)")
    parser.add_argument("--no-rulings", action="store_true", help="the labeller's first values, no ruling applied")
    return parser


def ruled(rows: list[dict], args) -> None:
    """`build`'s ROWS with the rulings of the set ARGS name applied (none with `--no-rulings`); each change printed."""
    number = args.set if args.set is not None else set_of(args.labels)
    for change in [] if args.no_rulings else apply_rulings(rows, number, load_rulings(args.rulings)):
        print(f"  set {number} {change}")


def _short(value):
    """A value as the log writes it: a sha256 by its first 8 hex digits."""
    if isinstance(value, list):
        return [_short(v) for v in value]
    return value[:8] if isinstance(value, str) and re.fullmatch(r"[0-9a-f]{64}", value) else value
