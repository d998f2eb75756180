"""The Word report (report.docx): what a district union edits into its own year-end report.

A title page, a table of contents (a TOC field: Word fills it on opening, or F9), the overview
in prose, the comparison charts, the comparison table, a one-page profile of each organisation
(its theme shares against the average of its peers of the same type, its change from its
previous year, its indicators, its originality) and what was left out and why. Everything is
taken from the statistics and insights the other reports show; nothing is recomputed here.
Every run names an East-Asian font (w:eastAsia), so that Word shows the Chinese text in a
Chinese font; the footer numbers the pages (a PAGE field).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ..labels import insight_column, labels, say, value_label
from ..schema import THEMES
from ..stats.columns import ALL_THEMES, SHARE_COLUMNS
from ..stats.filters import Filters
from ..store.tables import atomic_path
from .charts import CHARTS
from .display import (
    TABLE_NOTES,
    cell_text,
    header,
    kind_counts,
    overview_paragraphs,
    skipped_inputs,
    split_problems,
)
from .stamp import fixed_office_file, report_time

BODY_FONT = say("word_text.body_font")  # SimSun: on every Chinese Windows; elsewhere the reader's CJK font stands in
HEADING_FONT = say("word_text.heading_font")  # SimHei
LATIN_FONT = "Times New Roman"
MAX_ROWS = 40  # a table longer than this in the Word report is cut, with a note (the workbook has all)
PROFILE_INDICATORS = 12
MAX_PROFILES = 60  # organisations profiled one by one (most documents first); the workbook has every organisation


# ---------------------------------------------------------------- fonts and fields


def _set_fonts(element, east_asian: str, latin: str = LATIN_FONT) -> None:
    """Name the Latin and the East-Asian font (and the East-Asian language) on a run's or a style's properties."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:hint"), "eastAsia")
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")  # Simplified Chinese glyphs where a font has several


def _run(paragraph, text: str, bold: bool = False, size: float | None = None, font: str = BODY_FONT):
    run = paragraph.add_run(text)
    run.bold = bold or None
    if size:
        run.font.size = Pt(size)
    _set_fonts(run._element, font)
    return run


def _field(paragraph, instruction: str, placeholder: str = "") -> None:
    """A complex field (TOC, PAGE) in PARAGRAPH; PLACEHOLDER shows until Word updates it."""
    def char(kind: str):
        run = _run(paragraph, "")
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            element.set(qn("w:dirty"), "true")  # Word recomputes it on opening
        run._element.append(element)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    _run(paragraph, "")._element.append(instr)
    char("separate")
    _run(paragraph, placeholder)
    char("end")


def _style_fonts(document) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = Pt(11)
    _set_fonts(normal.element, BODY_FONT)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3", "Caption"):
        try:
            style = styles[name]
        except KeyError:
            continue
        _set_fonts(style.element, HEADING_FONT if name != "Caption" else BODY_FONT)
    # Ask Word to update the fields (the table of contents) when the file is opened.
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def _heading(document, text: str, level: int):
    paragraph = document.add_heading(level=level)
    _run(paragraph, text, font=HEADING_FONT)
    return paragraph


def _para(document, text: str, style: str | None = None):
    paragraph = document.add_paragraph(style=style)
    _run(paragraph, text)
    return paragraph


# ---------------------------------------------------------------- tables


def _table(document, df: pd.DataFrame, headers: dict[str, str] | None = None, caption: str = "",
           limit: int | None = None) -> None:
    """DF as a Word table with Chinese headers and the reports' cell texts (percentages, 不详), its first
    LIMIT rows (MAX_ROWS) and a note of how many there are when cut."""
    limit = limit or MAX_ROWS
    if caption:  # kept with its table: a caption alone at a page's foot names nothing
        _para(document, caption, style="Caption").paragraph_format.keep_with_next = True
    shown = df.head(limit)
    table = document.add_table(rows=1, cols=len(shown.columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, col in zip(table.rows[0].cells, shown.columns):
        cell.text = ""
        _run(cell.paragraphs[0], (headers or {}).get(col) or header(col), bold=True, size=9, font=HEADING_FONT)
    for row in shown.itertuples(index=False, name=None):
        cells = table.add_row().cells
        for cell, col, value in zip(cells, shown.columns, row):
            cell.text = ""
            text = say("words.yes" if value else "words.no") if isinstance(value, (bool, np.bool_)) else cell_text(col, value)[0]
            _run(cell.paragraphs[0], text, size=9)
    if len(df) > limit:
        _para(document, say("word_text.capped", shown=limit, total=len(df)))


# ---------------------------------------------------------------- profiles


def _org_type_of(articles: pd.DataFrame, org: str) -> object:
    types = articles.loc[articles["org"] == org, "org_type"].dropna()
    return types.mode().iloc[0] if len(types) else None


def _share_rows(own: pd.Series, peers: pd.Series | None) -> pd.DataFrame:
    rows = []
    for theme in ALL_THEMES:
        col = f"share_{theme}"
        mine = own.get(col)
        avg = peers.get(col) if peers is not None else None
        # rounded, plus 0.0: a difference of float noise reads +0.0, never -0.0
        diff = round(mine - avg, 9) + 0.0 if pd.notna(mine) and avg is not None and pd.notna(avg) else None
        rows.append({"theme": theme, "share": mine, "corpus_share": avg, "diff": diff})
    return pd.DataFrame(rows)


def _year_change(articles: pd.DataFrame, org: str) -> tuple[str, pd.DataFrame | None]:
    """The org's last two years compared like with like: a plan's shares against the year before's
    summary said nothing (a plan names duties, a summary reports them). The kind written in most
    years, summaries first; shares shown as percentages, as in every other table."""
    mine = articles[(articles["org"] == org) & articles["year"].notna()] if "kind" in articles else articles.iloc[0:0]
    years_by_kind = mine.groupby("kind")["year"].nunique()
    kinds = [k for k, n in years_by_kind.items() if n >= 2]
    if not kinds:
        return say("word_text.one_year"), None
    kind = max(kinds, key=lambda k: (years_by_kind[k], k == "summary"))
    shares = [f"share_{t}" for t in ALL_THEMES]
    means = mine[mine["kind"] == kind].groupby("year")[shares].mean().sort_index()
    (y0, prev), (y1, last) = list(means.iloc[-2:].iterrows())
    y0, y1 = int(y0), int(y1)
    rows = [{"theme": t, "prev": cell_text("share", prev[f"share_{t}"])[0],
             "last": cell_text("share", last[f"share_{t}"])[0],
             "diff": round(last[f"share_{t}"] - prev[f"share_{t}"], 9) + 0.0} for t in ALL_THEMES]
    table = pd.DataFrame(rows)
    moves = [(r["theme"], r["diff"]) for r in rows if r["theme"] in THEMES and pd.notna(r["diff"])]
    text = say("word_text.year_change", last=y1, before=y0, kind=value_label("kind", kind))
    if moves and max(abs(m[1]) for m in moves) < 0.0005:  # "增加最多的是 … +0.0" said nothing
        text += say("word_text.change_none")
    elif moves:
        up = max(moves, key=lambda m: m[1])
        down = min(moves, key=lambda m: m[1])
        key = ("word_text.change_detail" if up[1] >= 0.0005 and down[1] <= -0.0005
               else "word_text.change_up" if up[1] >= 0.0005 else "word_text.change_down")
        text += say(key, up=up[0], up_diff=up[1] * 100, down=down[0], down_diff=down[1] * 100)
    return text, table.rename(columns={"prev": f"share_{y0}", "last": f"share_{y1}"})


def _insight(insights: dict, name: str) -> pd.DataFrame:
    entry = insights.get(name)
    return entry[1] if entry is not None else pd.DataFrame()


def _profile(document, org: str, stats: dict, insights: dict) -> None:
    articles, by_org = stats["articles"], stats["by_org"]
    row = by_org[by_org["org"] == org].iloc[0]
    org_type = _org_type_of(articles, org)
    mine = articles[articles["org"] == org]
    years = sorted(int(y) for y in mine["year"].dropna().unique())
    _heading(document, org, 2)
    span = (say("words.year_span", first=years[0], last=years[-1]) if len(years) > 1
            else say("words.year", year=years[0]) if years else say("words.unknown_year"))
    kinds = kind_counts(mine["kind"])
    small = say("word_text.few_documents") if bool(row.get("too_small")) else ""
    _para(document, say("word_text.org_line", org_type=value_label("org_type", org_type), n=int(row["n_docs"]),
                        span=span, kinds=kinds, small=small))
    if isinstance(row.get("other_terms"), str) and row["other_terms"]:  # by_org's rule (`tables._other_terms`)
        _para(document, say("word_text.other_about", words=row["other_terms"]))

    by_type = stats.get("by_org_type", pd.DataFrame())
    peers = by_type[by_type["org_type"] == org_type] if org_type is not None and len(by_type) else by_type.iloc[0:0]
    peer_row = peers.iloc[0] if len(peers) else None
    peer_name = say("word_text.peers", org_type=value_label("org_type", org_type))
    _heading(document, say("word_text.peer_comparison"), 3)
    _table(document, _share_rows(row, peer_row), headers={"corpus_share": peer_name, "diff": say("word_text.diff")})
    if peer_row is not None and int(peer_row["n_docs"]) == int(row["n_docs"]):
        _para(document, say("word_text.only_member"))

    _heading(document, say("word_text.previous_year"), 3)
    text, change = _year_change(articles, org)
    _para(document, text)
    if change is not None:
        heads = {c: say("word_text.year_share", year=c.split("_")[1]) for c in change.columns if c.startswith("share_")}
        _table(document, change, headers={**heads, "diff": say("word_text.change")})

    _heading(document, say("word_text.indicators"), 3)
    totals = _insight(insights, "indicator_totals")
    org_col = insight_column("indicator_totals", "org")  # the insight tables carry their Chinese headers
    own = totals[totals[org_col] == org] if org_col in totals else totals.iloc[0:0]
    if len(own):
        # the latest year first: cut at PROFILE_INDICATORS rows in year order, a school's profile
        # showed its oldest figures and left out the year the officer compares
        year_col = insight_column("indicator_totals", "year")
        latest = own[year_col].map(lambda v: v if isinstance(v, (int, np.integer)) else -1) if year_col in own else None
        if latest is not None:
            own = own.iloc[np.argsort(-latest.to_numpy(), kind="stable")]
        _table(document, own.drop(columns=[org_col]), limit=PROFILE_INDICATORS)
    else:
        _para(document, say("word_text.no_indicators"))

    _heading(document, say("word_text.originality"), 3)
    originality = _insight(insights, "originality")
    ids = set(mine["doc_id"])
    id_col, title_col, share_col = (insight_column("originality", c) for c in ("doc_id", "title", "originality"))
    own = originality[originality[id_col].isin(ids)] if id_col in originality else originality.iloc[0:0]
    if len(own) and own[share_col].notna().any():
        mean = own[share_col].mean()
        _para(document, say("word_text.mean_originality", share=mean * 100))
        year_col = insight_column("originality", "year")  # titles alone repeat: 2022年 and 2024年 工会工作总结
        shown = [c for c in (year_col, title_col, share_col) if c in own]
        _table(document, own[shown])  # a percentage, as in the other reports (`PERCENT_COLUMNS`)
    else:
        _para(document, say("word_text.no_originality"))


# ---------------------------------------------------------------- the document


def write_docx(
    stats: dict[str, pd.DataFrame],
    insights: dict[str, tuple[str, pd.DataFrame]],
    chart_paths: dict[str, Path],
    problems: pd.DataFrame | None,
    path: str | Path,
    filters: Filters | None = None,
    title: str | None = None,
    notes: list[str] | None = None,
) -> Path:
    """Write the Word report to PATH atomically; return PATH."""
    document = Document()
    _style_fonts(document)
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    articles = stats["articles"]

    # Title page
    for _ in range(6):
        document.add_paragraph()
    head = document.add_paragraph(style="Title")
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(head, title or say("report_text.title"), font=HEADING_FONT)
    sub = document.add_paragraph()
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(sub, say("word_text.subtitle", n_orgs=articles["org"].nunique(), n=len(articles)), size=14)
    stamp = document.add_paragraph()
    stamp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(stamp, say("word_text.date", date=report_time().date().strftime(say("word_text.date_format"))))

    # Table of contents, on a page of its own; the body numbers its pages from 1
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    toc_head = document.add_paragraph()
    _run(toc_head, say("word_text.contents"), bold=True, size=16, font=HEADING_FONT)
    _field(document.add_paragraph(), 'TOC \\o "1-2" \\h \\z \\u', say("word_text.update_contents"))
    body = document.add_section(WD_SECTION.NEW_PAGE)
    _page_numbers(body)

    _heading(document, say("word_text.overview"), 1)
    for text in overview_paragraphs(stats, filters):
        _para(document, text)
    _table(document, stats["overview"], caption=say("report_text.key_figures"))

    _heading(document, say("word_text.charts"), 1)
    for stem, chart_title in CHARTS.items():
        if stem in chart_paths and Path(chart_paths[stem]).exists():
            document.add_picture(str(chart_paths[stem]), width=Cm(15.5))
            document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
            document.paragraphs[-1].paragraph_format.keep_with_next = True  # its caption on the same page
            caption = _para(document, chart_title, style="Caption")
            caption.alignment = WD_ALIGN_PARAGRAPH.CENTER

    _heading(document, say("word_text.org_profiles"), 1)
    by_org = stats["by_org"]
    _table(document, by_org[["org", "n_docs", *SHARE_COLUMNS]], caption=labels()["tables"].get("by_org", ""))
    _para(document, TABLE_NOTES["by_org"])

    _heading(document, say("word_text.org_notes"), 1)
    named = by_org[by_org["org"].notna()]
    if "n_docs" in named.columns:
        named = named.sort_values("n_docs", ascending=False, kind="stable")
    orgs = list(named["org"])
    if not orgs:
        _para(document, say("word_text.no_orgs"))
    elif len(orgs) > MAX_PROFILES:
        _para(document, say("word_text.orgs_capped", n=len(orgs), shown=MAX_PROFILES))
        orgs = orgs[:MAX_PROFILES]
    for i, org in enumerate(orgs):
        if i:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _profile(document, str(org), stats, insights)

    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _heading(document, say("word_text.skipped"), 1)
    _para(document, say("overview_text.sentence", text=(filters or Filters()).describe()))
    excluded = stats.get("excluded")
    if excluded is not None and len(excluded):
        _table(document, excluded, caption=say("report_text.excluded", n=len(excluded)))
    else:
        _para(document, say("report_text.all_included"))
    unread, problem_notes = split_problems(problems)
    if unread is not None:
        _table(document, skipped_inputs(unread), caption=say("report_text.problems", n=len(unread)))
    else:
        _para(document, say("report_text.all_read"))
    for note in problem_notes + list(notes or []):
        _para(document, note)

    path = Path(path)
    with atomic_path(path) as tmp:
        document.save(str(tmp))
        fixed_office_file(tmp, report_time())  # the same bytes for the same tables (report/stamp.py)
    return path


def _page_numbers(section) -> None:
    """Centered '第 N 页' in the footer of SECTION, numbered from 1."""
    section.footer.is_linked_to_previous = False
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(paragraph, say("word_text.page_before"))
    _field(paragraph, "PAGE", "1")
    _run(paragraph, say("word_text.page_after"))
    start = OxmlElement("w:pgNumType")
    start.set(qn("w:start"), "1")
    section._sectPr.append(start)
