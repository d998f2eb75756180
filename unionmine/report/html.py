"""The report: stats/*.csv, charts/*.png + .svg, report.xlsx, report.docx and one self-contained report.html.

`report(out)` redraws all of them from an existing output folder. The HTML page needs no
network (charts inlined, a few lines of JavaScript for sorting) and escapes every text
that comes from the corpus.
"""

from __future__ import annotations

import base64
import html
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from ..errors import NoDocumentsError, UnionmineError
from ..labels import labels, say
from ..schema import SECTIONS
from ..stats.columns import ALL_THEMES
from ..stats.filters import Filters
from ..stats.stored import StoredTables
from ..stats.tables import compute_stats
from ..store.tables import load, table_columns, write_text
from . import charts as _charts
from . import display as _display
from .display import cell_text, header, overview_paragraphs, skipped_inputs, split_problems
from .fonts import font_subset
from .stamp import report_time
from .state import forget, remember, report_folder, report_key, unchanged
from .word import write_docx
from .workbook import csv_name, is_streamed, write_stats_csv, write_xlsx

__all__ = ["Filters", "report", "theme_profile"]

log = logging.getLogger(__name__)
#: report.js and report.css sit beside this module (package data, read at import).
_HERE = Path(__file__).resolve().parent

TITLE = say("report_text.title")
HTML_MAX_ROWS = 200
"""Rows of one table on the page: a longer table shows its first rows (organisation tables those with
the most documents) and says where the whole table is, so the page stays small at any corpus size."""
REPORT_DOCUMENT_COLUMNS = frozenset({
    "doc_id", "source", "title", "org", "org_type", "year", "year_source", "year_min", "year_max", "year_evidence",
    "kind", "on_topic", "duplicate_of", "n_chars", "source_url", "org_written"})
"""The documents' columns the report reads out of core (statistics, filters, dating, plans, the
excluded list): not the text, the hashes, encodings or where the organisation was found."""
INDICATOR_TOTAL_COLUMNS = ["doc_id", "kind", "value", "unit", "approx", "label"]
"""The indicators' columns held out of core, for their totals (`insights.indicator_totals`)."""


# ---------------------------------------------------------------- inputs


def theme_profile(sections: pd.DataFrame) -> pd.DataFrame:
    """The theme profile per document, from paragraph-level units (`unionmine.themes.theme_profile`)."""
    from ..themes import (
        theme_profile as paragraph_profile,  # deferred: the theme models load scikit-learn
    )

    return paragraph_profile(sections)


def _sections_or_empty(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    if "sections" in tables:
        return tables["sections"]
    return pd.DataFrame({f.name: pd.Series(dtype=object) for f in SECTIONS})


# ---------------------------------------------------------------- the entry point


def report(
    out: str | Path,
    filters: Filters | None = None,
    include_off_topic: bool = False,
    include_duplicates: bool = False,
    progress: bool = True,
    tokenize: Callable[[str], list[str]] | None = None,
    dest: str | Path | None = None,
    engine: str | None = None,
    scheduler: str | None = None,
    recorded: dict | None = None,
) -> Path:
    """(Re)draw stats/*.csv, charts/*.png + .svg, report.xlsx, report.docx and report.html from the tables in OUT;
    return report.html.

    They are written to DEST: by default OUT itself for the full report, and a subfolder named after
    the filters for a filtered one (`state.report_folder`), which so never overwrites the full report.
    When nothing the report depends on changed since it was last drawn there (tables, filters, code)
    and its files are as they were written, nothing is drawn again (not with a TOKENIZE of one's own).
    ENGINE "dask" (SCHEDULER: a running cluster's address): the term counts are summed by
    dask.dataframe (`stats.stored.StoredTables`); the tables are the same. RECORDED: what the run that
    just wrote the tables recorded of them (`IngestResult.tables`), so that they are not read again."""
    from tqdm import tqdm

    out = Path(out)
    dest = Path(dest) if dest is not None else report_folder(out, filters, include_off_topic, include_duplicates)
    settings = repr((filters, include_off_topic, include_duplicates))
    key = report_key(out, dest, settings, recorded) if tokenize is None and (out / "documents.parquet").exists() else None
    if key is not None and unchanged(dest, key):
        return dest / "report.html"
    forget(dest)
    notes: list[str] = []
    if not (out / "documents.parquet").exists():
        load(out)  # its UsageError says to run `unionmine run` first, before any progress bar is drawn
    steps = tqdm(total=7, desc=say("report_text.progress"), unit=say("report_text.progress_unit"), disable=not progress, file=sys.stderr, leave=False)
    stored = StoredTables(out, engine=engine, scheduler=scheduler)
    try:
        # Out of core when ingest wrote the per-article measures (terms included): no text and no
        # sections are loaded, the statistics sum the stored tables by SQL and the reuse pass streams
        # the texts; otherwise (an older output folder, a TOKENIZE of one's own) all is computed here.
        out_of_core = tokenize is None and (out / "documents.parquet").exists() and stored.covers_sections()
        # the original (unconverted) text is not used by any table: not loaded
        skip = {"original_text", "text"} if out_of_core else {"original_text"}
        columns = {"documents": [c for c in table_columns(out / "documents.parquet") if c not in skip
                                 and (not out_of_core or c in REPORT_DOCUMENT_COLUMNS)]}
        if out_of_core:
            columns["sections"] = [f.name for f in SECTIONS if f.name not in ("text", "original_text")]
            # the indicators' sentences are streamed to the CSV and xlsx (`StoredFrame`), never held
            columns["indicators"] = INDICATOR_TOTAL_COLUMNS
        tables = load(out, columns=columns, names=["documents", "problems", "profiles", "indicators"]
                      if out_of_core else None)
        documents = tables["documents"]
        if documents.empty:
            raise NoDocumentsError(f"no documents found in {out / 'documents.parquet'}: nothing to report",
                                   zh=("cli_text.report_no_documents", {"path": out / "documents.parquet"}))
        sections = _sections_or_empty(tables)
        problems = tables.get("problems")
        measures = _measures(tables, sections)
        if out_of_core and "profiles" not in measures:
            raise UnionmineError(f"{out}: the stored measures do not cover every article")
        profile = measures["profiles"] if "profiles" in measures else theme_profile(sections)
        if tokenize is None:
            try:
                from ..text.tokenize import tokenize  # deferred: loads jieba
            except ImportError:
                notes.append(say("report_text.no_tokenizer"))
        steps.update()

        stats = compute_stats(
            documents, sections, profile, filters=filters, include_off_topic=include_off_topic,
            include_duplicates=include_duplicates, tokenize=tokenize, problems=problems,
            terms=tokenize is not None or out_of_core, stored=stored if out_of_core else None,
        )
        stats = _display.in_reading_order(stats)
        stored.close()  # DuckDB's buffers back before the insights (it opens again when asked)
        release_memory()
        compared_ids = set(stats["articles"]["doc_id"])
        insights = _insights(documents[documents["doc_id"].isin(compared_ids)],
                             sections[sections["doc_id"].isin(compared_ids)], notes, measures,
                             stored if out_of_core else None)
        # the inputs are summed up now: let them go before the charts and the workbook
        del tables, documents, measures, profile, compared_ids
        release_memory()
        if out_of_core:  # the sections of the articles listed on the page, without their text
            listed = stats["articles"]["doc_id"].head(HTML_MAX_ROWS).tolist()
            sections = stored.sections_of(listed, columns["sections"]) if stored.has("sections") else sections
        steps.update()

        write_stats_csv(stats, insights, dest / "stats")
        steps.update()
        chart_paths = _charts.draw_charts(stats, dest / "charts")
        steps.update()
        write_xlsx(stats, insights, dest / "report.xlsx")
        steps.update()
        write_docx(stats, insights, chart_paths, problems, dest / "report.docx", filters=filters, title=TITLE,
                   notes=notes)
        steps.update()
        page = render_html(stats, insights, sections, chart_paths, problems, filters, notes,
                           problems_csv="problems.csv" if dest == out else "../problems.csv")
        path = write_text(page, dest / "report.html")
        steps.update()
        if key is not None:
            remember(dest, key, out, settings)
        return path
    finally:
        steps.close()
        stored.close()


def release_memory() -> None:
    """Give freed memory back to the system: Python's cycles collected, Arrow's pool and the C heap
    trimmed (glibc only), so that the stages after the aggregation start from what they hold, not
    from the high-water mark of the tables read before."""
    import gc

    gc.collect()
    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def _measures(tables: dict[str, pd.DataFrame], sections: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The per-article tables ingest wrote (`unionmine.run.measures`), when they cover every article
    with sections; otherwise none (an older output folder: the report computes them itself).
    Without a sections table (out of core), the caller has checked the coverage by SQL."""
    profiles, indicators = tables.get("profiles"), tables.get("indicators")
    if profiles is None or indicators is None:
        return {}
    if "sections" in tables and not set(sections["doc_id"]) <= set(profiles["doc_id"]):
        return {}
    profile = profiles.rename(columns={"n_chars_profiled": "n_chars"})
    return {"profiles": profile[profile["n_chars"].notna()].reset_index(drop=True), "indicators": indicators}


def _insights(documents: pd.DataFrame, sections: pd.DataFrame, notes: list[str],
              measures: dict[str, pd.DataFrame] | None = None, stored=None) -> dict[str, tuple[str, pd.DataFrame]]:
    """The 'beyond the counts' tables; a failure there is reported on the page, not fatal to the report."""
    try:
        from ..stats.insights.aggregate import (
            compute_insights,  # deferred: insights load scikit-learn
        )

        return dict((compute_insights(documents, sections, measures=measures, stored=stored) if measures
                     else compute_insights(documents, sections)) or {})
    except UnionmineError as exc:
        notes.append(say("report_text.insights_failed", error=exc))
    except Exception as exc:  # noqa: BLE001 - the rest of the report is still worth having
        log.warning("insights failed: %s: %s", type(exc).__name__, exc)
        notes.append(say("report_text.insights_failed_type", error=type(exc).__name__))
    return {}


# ---------------------------------------------------------------- HTML

_e = html.escape


LONG_CELL = 30
"""Characters above which a cell's text wraps (a passage, a list of titles); a list of article ids does not."""
ID_HEADER = header("doc_id")


def html_table(df: pd.DataFrame, caption: str = "", links: dict[str, str] | None = None) -> str:
    """A sortable HTML table of DF; every value escaped; titles link to their sections when LINKS is given."""
    sort = _e(say("report_text.sort"))
    head = "".join(f'<th scope="col" title="{sort}">{_e(header(c))}</th>' for c in df.columns)
    body = []
    ids = df["doc_id"].tolist() if links and "doc_id" in df.columns else None
    for i, row in enumerate(df.itertuples(index=False, name=None)):
        cells = []
        for col, value in zip(df.columns, row):
            text, key = cell_text(col, value)
            attr = f' data-v="{_e(key)}"' if key is not None else ""
            if len(text) > LONG_CELL and header(col) != ID_HEADER:  # one line of a copied passage pushed 出现篇数 off screen
                attr += ' class="long"'
            content = _e(text)
            if ids is not None and col == "title" and ids[i] in links:
                content = f'<a href="#{links[ids[i]]}">{content or _e(say("words.untitled"))}</a>'
            content = (_display.web_link(text) or content) if col == "source_url" else content  # the page it was saved from
            cells.append(f"<td{attr}>{content}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    cap = f"<caption>{_e(caption)}</caption>" if caption else ""
    return (f'<div class="wrap"><table class="sortable">{cap}<thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table></div>")


def _capped(df: pd.DataFrame, csv: str, by_docs: bool = False) -> tuple[pd.DataFrame, str]:
    """DF cut to HTML_MAX_ROWS rows (CSV: where the whole table is, relative to the page) (BY_DOCS: the groups with most documents first) and a note saying
    where the whole table is; DF itself and no note when it is short enough."""
    if is_streamed(df):  # a table read in batches (`stats.streamed.StoredFrame`): only its first rows
        df, total = df.head(HTML_MAX_ROWS + 1), len(df)
        if total <= HTML_MAX_ROWS:
            return df, ""
        return df.head(HTML_MAX_ROWS), say("report_text.html_capped", shown=HTML_MAX_ROWS, total=total, order="",
                                           csv=csv)
    if len(df) <= HTML_MAX_ROWS:
        return df, ""
    if by_docs and "n_docs" in df.columns:
        df = df.sort_values("n_docs", ascending=False, kind="stable")
    order = say("report_text.by_docs") if by_docs and "n_docs" in df.columns else ""
    note = say("report_text.html_capped", shown=HTML_MAX_ROWS, total=len(df), order=order, csv=csv)
    return df.head(HTML_MAX_ROWS), note


def _table_block(df: pd.DataFrame, caption: str, csv: str, by_docs: bool = False,
                 links: dict[str, str] | None = None) -> str:
    shown, note = _capped(df, csv, by_docs)
    return (f'<p class="note">{_e(note)}</p>' if note else "") + html_table(shown, caption, links=links)


def _img(path: Path, title: str) -> str:
    data = base64.b64encode(Path(path).read_bytes()).decode("ascii")
    return (f'<figure><img src="data:image/png;base64,{data}" alt="{_e(title)}">'
            f"<figcaption>{_e(title)}</figcaption></figure>")


#: the level marker a Word heading style leaves on a section heading ('# 标题'): not for the reader
_LEVEL_MARK = re.compile(r"^#{1,6}\s+")


def _sections_html(articles: pd.DataFrame, sections: pd.DataFrame, anchors: dict[str, str]) -> str:
    if sections.empty or articles.empty:
        return f"<p>{_e(say('report_text.no_sections'))}</p>"
    secs = sections[sections["doc_id"].isin(anchors)]
    by_doc = {k: g for k, g in secs.groupby("doc_id", sort=False)}
    out = []
    for doc_id, title, org, year in zip(articles["doc_id"], articles["title"], articles["org"], articles["year"]):
        g = by_doc.get(doc_id)
        items = []
        if g is not None:
            for level, heading, n_chars, labs in zip(g["level"], g["heading"], g["n_chars"], g["labels"]):
                themes = "、".join(labs) if labs is not None and len(labs) else say("words.unlabelled")
                indent = max(0, int(level or 1) - 1) if pd.notna(level) else 0
                items.append(
                    f'<li style="margin-left:{indent * 1.5}em">'
                    f'{_e(_LEVEL_MARK.sub("", str(heading or "")) or say("words.untitled_paragraph"))}'
                    f' <span class="tag">{_e(themes)}</span> <span class="muted">{_e(say("report_text.n_chars", n=int(n_chars or 0)))}</span></li>'
                )
        org_text = say("words.unknown_org") if pd.isna(org) else org
        year_text = say("words.unknown_year") if pd.isna(year) else say("words.year", year=int(year))
        head = say("report_text.article_head", title=title or say("words.untitled"), org=org_text, year=year_text)
        body = f"<ol>{''.join(items)}</ol>" if items else f"<p class=muted>{_e(say('report_text.no_article_sections'))}</p>"
        out.append(f'<details id="{anchors[doc_id]}"><summary>{_e(head)}</summary>{body}</details>')
    return "".join(out)


_SCRIPT = (_HERE / "report.js").read_text(encoding="utf-8")
_STYLE = (_HERE / "report.css").read_text(encoding="utf-8")


def render_html(
    stats: dict[str, pd.DataFrame],
    insights: dict[str, tuple[str, pd.DataFrame]],
    sections: pd.DataFrame,
    chart_paths: dict[str, Path],
    problems: pd.DataFrame | None = None,
    filters: Filters | None = None,
    notes: list[str] | None = None,
    problems_csv: str = "problems.csv",
) -> str:
    """The whole report page as one string (charts inlined as PNG data, no outside resources)."""
    titles = labels()["tables"]
    articles = stats["articles"]
    # only the articles listed on the page get their sections here; all are in the xlsx and CSV
    listed = articles.head(HTML_MAX_ROWS)
    anchors = {doc_id: f"doc-{i}" for i, doc_id in enumerate(listed["doc_id"])}
    blocks: list[tuple[str, str, str]] = []  # (id, heading, html)
    no_data = f"<p>{_e(say('report_text.no_data'))}</p>"

    blocks.append(("overview", say("report_text.overview"),
                   "".join(f"<p>{_e(p)}</p>" for p in overview_paragraphs(stats, filters))
                   + html_table(stats["overview"], say("report_text.key_figures"))))
    figures = "".join(_img(chart_paths[k], t) for k, t in _charts.CHARTS.items() if k in chart_paths)
    blocks.append(("charts", say("report_text.charts"), figures))

    for name in ("by_org", "by_year", "by_org_year", "by_kind", "by_org_type", "compare_org",
                 "theme_terms", "org_terms"):
        df = stats.get(name)
        if df is None:
            continue
        n = int(df["n_docs"].sum()) if name.startswith("by_") else len(articles)
        caption = say("report_text.table_rows", rows=len(df), n=n) if name != "compare_org" else say(
            "report_text.compare_rows", n_orgs=df.iloc[:, 0].nunique() if len(df) else 0, n_themes=len(ALL_THEMES), n=n)
        note = _display.TABLE_NOTES.get(name, "")
        body = (f'<p class="note">{_e(note)}</p>' if note else "") + (
            _table_block(df, caption, f"stats/{csv_name(name)}", by_docs=True) if len(df) else no_data)
        blocks.append((name, titles.get(name, name), body))

    arts = _display.shown_articles(articles)
    blocks.append(("articles", titles["articles"],
                   f'<p class="note">{_e(_display.TABLE_NOTES["articles"])}</p>'
                   + _table_block(arts, say("report_text.n_articles", n=len(articles)), f"stats/{csv_name('articles')}", links=anchors)))
    blocks.append(("article-sections", say("report_text.article_sections"), _sections_html(listed, sections, anchors)))

    for i, (name, (title, df)) in enumerate(insights.items()):
        body = (_table_block(df, say("report_text.rows", n=len(df)), f"stats/{csv_name(name, insight=True)}")
                if len(df) else no_data)
        blocks.append((f"insight-{i}", str(title or name), body))

    skipped = [f'<p>{_e(say("overview_text.sentence", text=(filters or Filters()).describe()))}</p>']
    excluded = stats.get("excluded")
    if excluded is not None and len(excluded):
        skipped.append(_table_block(excluded, say("report_text.excluded", n=len(excluded)), f"stats/{csv_name('excluded')}"))
    else:
        skipped.append(f"<p>{_e(say('report_text.all_included'))}</p>")
    unread, problem_notes = split_problems(problems)
    if unread is not None:
        skipped.append(_table_block(skipped_inputs(unread),
                                    say("report_text.problems", n=len(unread)), problems_csv))
    else:
        skipped.append(f"<p>{_e(say('report_text.all_read'))}</p>")
    for note in problem_notes + list(notes or []):
        skipped.append(f"<p>{_e(note)}</p>")
    blocks.append(("skipped", say("report_text.skipped"), "".join(skipped)))

    nav = "".join(f'<a href="#{bid}">{_e(head)}</a>' for bid, head, _ in blocks)
    sections_html = "".join(f'<section id="{bid}"><h2>{_e(head)}</h2>{body}</section>' for bid, head, body in blocks)
    stamp = report_time().strftime(say("report_text.stamp"))  # SOURCE_DATE_EPOCH when set (report/stamp.py)
    generated = _e(say("report_text.generated_at", stamp=stamp))
    body = f"<h1>{_e(TITLE)}</h1><p class=\"muted\">{generated}</p><nav>{nav}</nav>{sections_html}"
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{TITLE}</title><style>{_font_face(body + _STYLE)}{_STYLE}</style></head><body>"
        f"{body}<script>{_SCRIPT}</script></body></html>\n"
    )


def _font_face(text: str) -> str:
    """An @font-face rule with the CJK font cut to the page's characters (so no machine shows boxes)."""
    visible = re.sub(r"data:image/png;base64,[A-Za-z0-9+/=]+", "", html.unescape(text))
    try:
        data = base64.b64encode(font_subset(visible)).decode("ascii")
    except Exception as exc:  # noqa: BLE001 - the page still works with the reader's own fonts
        log.warning("could not embed the Chinese font in the report: %s", exc)
        return ""
    return ("@font-face{font-family:\"UnionmineCJK\";font-display:swap;"
            f"src:url(data:font/otf;base64,{data}) format(\"opentype\")}}")
