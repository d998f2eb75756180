"""The report: stats/*.csv, charts/*.png + .svg, report.xlsx, report.docx and one self-contained report.html.

`report(out)` redraws all of them from an existing output folder. The HTML page needs no
network (charts inlined, a few lines of JavaScript for sorting) and escapes every text
that comes from the corpus.
"""

from __future__ import annotations

import base64
import datetime as _dt
import html
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from ..errors import NoDocumentsError, UnionmineError
from ..schema import SECTIONS
from ..stats.columns import ALL_THEMES, MIN_GROUP
from ..stats.filters import Filters
from ..stats.labels import labels
from ..stats.tables import compute_stats
from ..store.tables import load, write_text
from . import charts as _charts
from .display import cell_text, header, overview_paragraphs, skipped_inputs
from .fonts import font_subset
from .word import write_docx
from .workbook import write_stats_csv, write_xlsx

__all__ = ["Filters", "report", "theme_profile"]

log = logging.getLogger(__name__)
#: report.js and report.css sit beside this module (package data, read at import).
_HERE = Path(__file__).resolve().parent

TITLE = "工会工作文档分析报告"
TABLE_NOTES = {name: note.format(min_group=MIN_GROUP) for name, note in labels()["notes"].items()}


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
) -> Path:
    """(Re)draw stats/*.csv, charts/*.png + .svg, report.xlsx, report.docx and report.html in OUT; return report.html."""
    from tqdm import tqdm

    out = Path(out)
    notes: list[str] = []
    steps = tqdm(total=7, desc="报告", unit="步", disable=not progress, file=sys.stderr, leave=False)
    try:
        tables = load(out)
        documents = tables["documents"]
        if documents.empty:
            raise NoDocumentsError(f"no documents found in {out / 'documents.parquet'}: nothing to report "
                                   "(没有找到文档,未生成报告)")
        sections = _sections_or_empty(tables)
        problems = tables.get("problems")
        profile = theme_profile(sections)
        if tokenize is None:
            try:
                from ..text.tokenize import tokenize  # deferred: loads jieba
            except ImportError:
                notes.append("分词模块不可用,未计算特征词和特色词。")
        steps.update()

        stats = compute_stats(
            documents, sections, profile, filters=filters, include_off_topic=include_off_topic,
            include_duplicates=include_duplicates, tokenize=tokenize, problems=problems,
            terms=tokenize is not None,
        )
        compared_ids = set(stats["articles"]["doc_id"])
        insights = _insights(documents[documents["doc_id"].isin(compared_ids)],
                             sections[sections["doc_id"].isin(compared_ids)], notes)
        steps.update()

        write_stats_csv(stats, insights, out / "stats")
        steps.update()
        chart_paths = _charts.draw_charts(stats, out / "charts")
        steps.update()
        write_xlsx(stats, insights, out / "report.xlsx")
        steps.update()
        write_docx(stats, insights, chart_paths, problems, out / "report.docx", filters=filters, title=TITLE,
                   notes=notes)
        steps.update()
        page = render_html(stats, insights, sections, chart_paths, problems, filters, notes)
        path = write_text(page, out / "report.html")
        steps.update()
        return path
    finally:
        steps.close()


def _insights(documents: pd.DataFrame, sections: pd.DataFrame, notes: list[str]) -> dict[str, tuple[str, pd.DataFrame]]:
    """The 'beyond the counts' tables; a failure there is reported on the page, not fatal to the report."""
    try:
        from ..stats.insights.aggregate import (
            compute_insights,  # deferred: insights load scikit-learn
        )

        return dict(compute_insights(documents, sections) or {})
    except UnionmineError as exc:
        notes.append(f"附加分析未能完成:{exc}")
    except Exception as exc:  # noqa: BLE001 - the rest of the report is still worth having
        log.warning("insights failed: %s: %s", type(exc).__name__, exc)
        notes.append(f"附加分析未能完成({type(exc).__name__}),其余内容不受影响。")
    return {}


# ---------------------------------------------------------------- HTML

_e = html.escape


def html_table(df: pd.DataFrame, caption: str = "", links: dict[str, str] | None = None) -> str:
    """A sortable HTML table of DF; every value escaped; titles link to their sections when LINKS is given."""
    head = "".join(f'<th scope="col" title="点击排序">{_e(header(c))}</th>' for c in df.columns)
    body = []
    ids = df["doc_id"].tolist() if links and "doc_id" in df.columns else None
    for i, row in enumerate(df.itertuples(index=False, name=None)):
        cells = []
        for col, value in zip(df.columns, row):
            text, key = cell_text(col, value)
            attr = f' data-v="{_e(key)}"' if key is not None else ""
            content = _e(text)
            if ids is not None and col == "title" and ids[i] in links:
                content = f'<a href="#{links[ids[i]]}">{content or "(无标题)"}</a>'
            cells.append(f"<td{attr}>{content}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    cap = f"<caption>{_e(caption)}</caption>" if caption else ""
    return (f'<div class="wrap"><table class="sortable">{cap}<thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table></div>")


def _img(path: Path, title: str) -> str:
    data = base64.b64encode(Path(path).read_bytes()).decode("ascii")
    return (f'<figure><img src="data:image/png;base64,{data}" alt="{_e(title)}">'
            f"<figcaption>{_e(title)}</figcaption></figure>")


def _sections_html(articles: pd.DataFrame, sections: pd.DataFrame, anchors: dict[str, str]) -> str:
    if sections.empty or articles.empty:
        return "<p>没有章节信息。</p>"
    secs = sections[sections["doc_id"].isin(anchors)]
    by_doc = {k: g for k, g in secs.groupby("doc_id", sort=False)}
    out = []
    for doc_id, title, org, year in zip(articles["doc_id"], articles["title"], articles["org"], articles["year"]):
        g = by_doc.get(doc_id)
        items = []
        if g is not None:
            for level, heading, n_chars, labs in zip(g["level"], g["heading"], g["n_chars"], g["labels"]):
                themes = "、".join(labs) if labs is not None and len(labs) else "未标注"
                indent = max(0, int(level or 1) - 1) if pd.notna(level) else 0
                items.append(
                    f'<li style="margin-left:{indent * 1.5}em">{_e(str(heading or "(无标题段落)"))}'
                    f' <span class="tag">{_e(themes)}</span> <span class="muted">{int(n_chars or 0)}字</span></li>'
                )
        head = f"{title or '(无标题)'} — {'单位不详' if pd.isna(org) else org},{'年份不详' if pd.isna(year) else int(year)}"
        body = f"<ol>{''.join(items)}</ol>" if items else "<p class=muted>此文没有分出章节。</p>"
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
) -> str:
    """The whole report page as one string (charts inlined as PNG data, no outside resources)."""
    titles = labels()["tables"]
    articles = stats["articles"]
    anchors = {doc_id: f"doc-{i}" for i, doc_id in enumerate(articles["doc_id"])}
    blocks: list[tuple[str, str, str]] = []  # (id, heading, html)

    blocks.append(("overview", "概况", "".join(f"<p>{_e(p)}</p>" for p in overview_paragraphs(stats, filters))
                   + html_table(stats["overview"], "主要数字")))
    figures = "".join(_img(chart_paths[k], t) for k, t in _charts.CHARTS.items() if k in chart_paths)
    blocks.append(("charts", "图表", figures))

    for name in ("by_org", "by_year", "by_org_year", "by_kind", "by_org_type", "compare_org",
                 "theme_terms", "org_terms"):
        df = stats.get(name)
        if df is None:
            continue
        n = int(df["n_docs"].sum()) if name.startswith("by_") else len(articles)
        caption = f"共{len(df)}行;依据{n}篇文档" if name != "compare_org" else \
            f"{df.iloc[:, 0].nunique() if len(df) else 0}个单位 × {len(ALL_THEMES)}个主题;依据{n}篇文档"
        note = TABLE_NOTES.get(name, "")
        body = (f'<p class="note">{_e(note)}</p>' if note else "") + (
            html_table(df, caption) if len(df) else "<p>没有可列出的数据。</p>")
        blocks.append((name, titles.get(name, name), body))

    arts = articles.drop(columns=["doc_id"]).assign(doc_id=articles["doc_id"])
    blocks.append(("articles", titles["articles"],
                   f'<p class="note">{_e(TABLE_NOTES["articles"])}</p>'
                   + html_table(arts, f"共{len(articles)}篇", links=anchors)))
    blocks.append(("article-sections", "各篇文章的章节与主题", _sections_html(articles, sections, anchors)))

    for i, (name, (title, df)) in enumerate(insights.items()):
        body = html_table(df, f"共{len(df)}行") if len(df) else "<p>没有可列出的数据。</p>"
        blocks.append((f"insight-{i}", str(title or name), body))

    skipped = [f'<p>{_e((filters or Filters()).describe())}。</p>']
    excluded = stats.get("excluded")
    if excluded is not None and len(excluded):
        skipped.append(html_table(excluded, f"未纳入统计的文章:{len(excluded)}篇"))
    else:
        skipped.append("<p>所有文章均已纳入统计。</p>")
    if problems is not None and len(problems):
        skipped.append(html_table(skipped_inputs(problems),
                                  f"未能读取或只读了一部分的文件:{len(problems)}个"))
    else:
        skipped.append("<p>所有文件都已读取。</p>")
    for note in notes or []:
        skipped.append(f"<p>{_e(note)}</p>")
    blocks.append(("skipped", "未纳入的内容及原因", "".join(skipped)))

    nav = "".join(f'<a href="#{bid}">{_e(head)}</a>' for bid, head, _ in blocks)
    sections_html = "".join(f'<section id="{bid}"><h2>{_e(head)}</h2>{body}</section>' for bid, head, body in blocks)
    stamp = _dt.datetime.now().strftime("%Y年%m月%d日 %H:%M")
    body = (f"<h1>{TITLE}</h1><p class=\"muted\">生成时间:{stamp}</p><nav>{nav}</nav>{sections_html}")
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
