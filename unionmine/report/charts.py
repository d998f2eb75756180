"""Charts of the statistics (matplotlib, Agg): PNG at print quality and SVG, Chinese text throughout.

Each chart function takes a statistics table and returns a Figure; sizes grow with the
number of organisations so that 3 or 60 stay legible. `draw_charts` saves them all.
"""

from __future__ import annotations

import functools
import io
import math
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..labels import labels, say, value_label
from ..stats.columns import ALL_THEMES, SHARE_COLUMNS, chinese_order
from ..store.tables import write_bytes
from .display import signed
from .fonts import cjk_style

COLORS = dict(zip(ALL_THEMES, ["#c0392b", "#e67e22", "#27ae60", "#2e6da4", "#b8b8b8"]))
DPI = 200
CHARTS = dict(labels()["charts"])  # display text lives in data/labels.toml
"""File stem -> Chinese title of every chart `draw_charts` writes."""


def _styled(func):
    """Build the figure with the CJK font, whether called alone or from draw_charts."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with cjk_style():
            return func(*args, **kwargs)

    return wrapper


def _org_label(org: object, n: int, small: bool) -> str:
    name = say("words.unknown_org") if pd.isna(org) else str(org)
    return say("chart_text.org_small" if small else "chart_text.org", name=name, n=n)


def _empty(title: str, message: str) -> Figure:
    fig = plt.figure(figsize=(6, 2))
    fig.suptitle(title)
    fig.text(0.5, 0.45, message, ha="center", va="center", fontsize=11, color="#555555")
    return fig


def _rows_height(n_rows: int, per_row: float = 0.32, extra: float = 1.8) -> float:
    return max(3.0, n_rows * per_row + extra)


@_styled
def profile_bars(by_org: pd.DataFrame) -> Figure:
    """Stacked horizontal bars: each organisation's theme profile (share of characters)."""
    title = CHARTS["profile_by_org"]
    if by_org.empty:
        return _empty(title, say("chart_text.no_documents"))
    df = by_org.sort_values(["n_docs", "org"], ascending=[True, False], na_position="first")
    labels = [_org_label(o, n, s) for o, n, s in zip(df["org"], df["n_docs"], df["too_small"])]
    fig, ax = plt.subplots(figsize=(9, _rows_height(len(df))))
    left = np.zeros(len(df))
    y = np.arange(len(df))
    for theme, col in zip(ALL_THEMES, SHARE_COLUMNS):
        values = df[col].fillna(0).to_numpy() * 100
        ax.barh(y, values, left=left, color=COLORS[theme], label=theme, height=0.75, edgecolor="white", lw=0.5)
        left += values
    ax.set_yticks(y, labels, fontsize=9 if len(df) <= 30 else 8)
    ax.set_xlim(0, 100)
    ax.set_xlabel(say("chart_text.share_of_text"))
    ax.set_ylim(-0.6, len(df) - 0.4)
    ax.legend(ncols=5, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False, fontsize=9)
    ax.set_title(say("chart_text.ordered_by_docs", title=title), pad=28)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


@_styled
def org_heatmap(by_org: pd.DataFrame) -> Figure:
    """Heatmap: organisations (rows) by themes (columns), cells show the share in percent."""
    title = CHARTS["heatmap_org_theme"]
    if by_org.empty:
        return _empty(title, say("chart_text.no_documents"))
    df = by_org.sort_values("org", key=lambda s: s.map(chinese_order), kind="stable")
    data = df[SHARE_COLUMNS].to_numpy(dtype=float) * 100
    labels = [_org_label(o, n, s) for o, n, s in zip(df["org"], df["n_docs"], df["too_small"])]
    fig, ax = plt.subplots(figsize=(8, _rows_height(len(df), 0.3, 2.2)))
    im = ax.imshow(np.nan_to_num(data), cmap="YlOrRd", aspect="auto", vmin=0, vmax=max(50.0, np.nanmax(data)))
    ax.set_xticks(range(len(ALL_THEMES)), ALL_THEMES)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(df)), labels, fontsize=9 if len(df) <= 30 else 8)
    size = 9 if len(df) <= 30 else 7
    for i in range(data.shape[0]):
        for j in range(data.shape[1]):
            v = data[i, j]
            text = "—" if np.isnan(v) else f"{v:.1f}"
            ax.text(j, i, text, ha="center", va="center", fontsize=size, color="white" if v > 35 else "black")
    cbar = fig.colorbar(im, ax=ax, fraction=0.04, pad=0.02)
    cbar.set_label(say("chart_text.share"))
    ax.set_title(say("chart_text.percent_title", title=title), pad=22)
    return fig


@_styled
def year_trends(by_year: pd.DataFrame) -> Figure:
    """Each theme's mean share by year, one panel per kind of document (summaries, then plans): a plan
    for 2023 says what was meant, a summary of 2023 what was done, so no line averages the two. The
    documents of each kind per year are under each year; unknown years are noted, not drawn."""
    title = CHARTS["trend_by_year"]
    by_year = by_year if "kind" in by_year.columns else by_year.assign(kind=pd.NA)
    known = by_year[by_year["year"].notna()]
    unknown = int(by_year.loc[by_year["year"].isna(), "n_docs"].sum())
    note = say("chart_text.unknown_years", n=unknown) if unknown else say("chart_text.all_years_known")
    if known.empty:
        return _empty(title, say("chart_text.no_known_years", note=note) if unknown else say("chart_text.no_documents"))
    order = {"summary": 0, "plan": 1, "report": 2, "other": 3}
    kinds = sorted(known["kind"].unique(), key=lambda k: order.get(k, 9) if isinstance(k, str) else 9)
    every_year = known["year"].astype(int)
    width = max(7.0, 0.6 * every_year.nunique() + 3)
    fig, axes = plt.subplots(len(kinds), 1, figsize=(width, 1.4 + 3.1 * len(kinds)), squeeze=False, sharey=True)
    for ax, kind in zip(axes[:, 0], kinds):
        rows = known[known["kind"] == kind] if isinstance(kind, str) else known[known["kind"].isna()]
        rows = rows.sort_values("year")
        years = rows["year"].astype(int).to_numpy()
        # every year of the span, NaN where the panel has no documents: the line breaks there
        # instead of drawing a trend across years nobody measured (2008 to 2017 with nothing between)
        span = np.arange(years.min(), years.max() + 1)
        for theme, col in zip(ALL_THEMES, SHARE_COLUMNS):
            shares = pd.Series(rows[col].to_numpy(dtype=float) * 100, index=years).reindex(span)
            ax.plot(span, shares.to_numpy(), marker="o", color=COLORS[theme], label=theme, lw=2)
        step = max(1, math.ceil(len(years) / 20))
        counts = dict(zip(years, rows["n_docs"]))
        ax.set_xticks(years[::step], [say("chart_text.year_tick", year=y, n=counts[y]) for y in years[::step]],
                      fontsize=9)
        ax.set_xlim(every_year.min() - 0.5, every_year.max() + 0.5)
        ax.set_ylabel(say("chart_text.mean_share"))
        ax.grid(axis="y", color="#dddddd")
        ax.spines[["top", "right"]].set_visible(False)
        name = value_label("kind", kind) if isinstance(kind, str) else say("chart_text.all_kinds")
        meaning = say(f"chart_text.trend_{kind}") if isinstance(kind, str) and kind in order else ""
        ax.set_title(say("chart_text.trend_panel", kind=name, meaning=meaning) if meaning else name,
                     fontsize=10, loc="left")
    axes[0, 0].set_ylim(bottom=0)  # after every panel is drawn: the shared scale holds the highest line
    axes[0, 0].legend(ncols=5, loc="lower center", bbox_to_anchor=(0.5, 1.12), frameon=False, fontsize=9)
    fig.suptitle(title)
    fig.text(0.01, 0.005, say("chart_text.year_note", note=note), fontsize=9, color="#555555", va="bottom")
    fig.tight_layout(rect=(0, 0.05, 1, 0.97))
    return fig


@_styled
def kind_comparison(by_kind: pd.DataFrame) -> Figure:
    """Grouped bars: the mean theme profile of summaries beside that of plans (and other kinds)."""
    title = CHARTS["summary_vs_plan"]
    if by_kind.empty:
        return _empty(title, say("chart_text.no_documents"))
    order = {"summary": 0, "plan": 1, "report": 2, "other": 3}
    df = by_kind.sort_values("kind", key=lambda s: s.map(order).fillna(9))
    fig, ax = plt.subplots(figsize=(8, 4.6))
    width = 0.8 / len(df)
    x = np.arange(len(ALL_THEMES))
    palette = ["#2e6da4", "#e67e22", "#7f8c8d", "#8e44ad", "#16a085"]
    for i, (_, row) in enumerate(df.iterrows()):
        values = row[SHARE_COLUMNS].to_numpy(dtype=float) * 100
        label = say("chart_text.kind_n", kind=value_label("kind", row["kind"]), n=int(row["n_docs"]))
        bars = ax.bar(x + (i - (len(df) - 1) / 2) * width, values, width, label=label, color=palette[i % 5],
                      hatch="//" if row["too_small"] else None)
        ax.bar_label(bars, [f"{v:.1f}" for v in np.nan_to_num(values)], fontsize=8, padding=1)
    ax.set_xticks(x, ALL_THEMES)
    ax.set_ylabel(say("chart_text.mean_share"))
    ax.legend(frameon=False, fontsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(title)
    return fig


@_styled
def terms_grid(org_terms: pd.DataFrame, per_org: int = 5) -> Figure:
    """One row per organisation with its most distinctive terms, coloured by how distinctive they are."""
    title = CHARTS["distinctive_terms"]
    if org_terms.empty:
        return _empty(title, say("chart_text.too_few_orgs"))
    top = org_terms[org_terms["rank"] <= per_org]
    orgs = sorted(top["org"].unique(), key=chinese_order)
    fig, ax = plt.subplots(figsize=(max(8.0, 1.6 * per_org + 3.5), _rows_height(len(orgs), 0.34, 1.6)))
    zmax = float(np.nanmax(top["z"])) if len(top) else 1.0
    cmap = plt.get_cmap("Blues")
    for i, org in enumerate(orgs):
        rows = top[top["org"] == org]
        for _, r in rows.iterrows():
            j = int(r["rank"]) - 1
            strength = min(1.0, float(r["z"]) / zmax) if zmax > 0 else 0.0
            ax.add_patch(plt.Rectangle((j, i - 0.45), 0.96, 0.9, color=cmap(0.15 + 0.6 * strength)))
            ax.text(j + 0.48, i, str(r["term"]), ha="center", va="center", fontsize=9 if len(orgs) <= 30 else 8,
                    color="white" if strength > 0.6 else "black")
    meta = org_terms.drop_duplicates("org").set_index("org")
    labels = [_org_label(o, int(meta.loc[o, "n_docs"]), bool(meta.loc[o, "too_small"])) for o in orgs]
    ax.set_xlim(0, per_org)
    ax.set_ylim(len(orgs) - 0.5, -0.5)
    ax.set_yticks(range(len(orgs)), labels, fontsize=9 if len(orgs) <= 30 else 8)
    ax.set_xticks(np.arange(per_org) + 0.48, [say("chart_text.rank", k=k) for k in range(1, per_org + 1)])
    ax.xaxis.tick_top()
    ax.tick_params(length=0)
    for side in ("top", "right", "bottom", "left"):
        ax.spines[side].set_visible(False)
    ax.set_title(say("chart_text.terms_title", title=title), pad=24, fontsize=11)
    return fig


def latest_change(by_org_year: pd.DataFrame) -> tuple[pd.DataFrame, int, int] | None:
    """Each organisation's summary of the latest year of summaries (LAST) beside its summary of the year
    before it in the corpus (BEFORE): (rows org, n_docs, too_small, share_* of LAST and diff_* in points,
    LAST, BEFORE); None without two years of summaries. Summaries only: a plan says what was meant."""
    if by_org_year.empty or "kind" not in by_org_year.columns:
        return None
    done = by_org_year[(by_org_year["kind"] == "summary") & by_org_year["year"].notna() & by_org_year["org"].notna()]
    years = sorted(done["year"].astype(int).unique())
    if len(years) < 2:
        return None
    last, before = years[-1], years[-2]
    now = done[done["year"].astype(int) == last].set_index("org")
    then = done[done["year"].astype(int) == before].set_index("org")
    both = now.index.intersection(then.index)
    if both.empty:
        return None
    rows = now.loc[both, ["n_docs", "too_small", *SHARE_COLUMNS]].copy()
    for col in SHARE_COLUMNS:
        rows["diff_" + col] = (now.loc[both, col].astype(float) - then.loc[both, col].astype(float)) * 100
    return rows.reset_index(), last, before


@_styled
def change_heatmap(by_org_year: pd.DataFrame) -> Figure:
    """Which organisation wrote most on each theme in the latest year of summaries, and which moved
    most since the year before: a cell shows the share and, below it, the change in points; its
    colour is the change (red less, blue more), the largest share of each theme framed."""
    title = CHARTS["change_by_org"]
    found = latest_change(by_org_year)
    if found is None:
        return _empty(title, say("chart_text.no_two_years"))
    rows, last, before = found
    rows = rows.sort_values("org", key=lambda s: s.map(chinese_order), kind="stable")
    share = rows[SHARE_COLUMNS].to_numpy(dtype=float) * 100
    diff = rows[["diff_" + c for c in SHARE_COLUMNS]].to_numpy(dtype=float)
    labels = [str(o) for o in rows["org"]]  # one summary a year each: n=1 and 样本过少 on every row said nothing
    fig, ax = plt.subplots(figsize=(8.4, _rows_height(len(rows), 0.46, 1.6)))
    reach = max(5.0, float(np.nanmax(np.abs(diff))))
    im = ax.imshow(np.nan_to_num(diff), cmap="RdBu", aspect="auto", vmin=-reach, vmax=reach)
    ax.set_xticks(range(len(ALL_THEMES)), ALL_THEMES)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(rows)), labels, fontsize=9 if len(rows) <= 30 else 8)
    top = np.nanargmax(np.nan_to_num(share, nan=-1), axis=0)
    for i in range(share.shape[0]):
        for j in range(share.shape[1]):
            text = say("chart_text.share_change", share=share[i, j], diff=signed(diff[i, j]))
            ax.text(j, i, text, ha="center", va="center", fontsize=8, linespacing=1.1,
                    color="white" if abs(diff[i, j]) > 0.6 * reach else "black")
            if top[j] == i and len(rows) > 1:  # a frame, not bold: the bundled font has one weight
                ax.add_patch(plt.Rectangle((j - 0.46, i - 0.44), 0.92, 0.88, fill=False, lw=2, ec="#222222"))
    cbar = fig.colorbar(im, ax=ax, fraction=0.04, pad=0.02)
    cbar.set_label(say("chart_text.change_points", before=before))
    ax.set_title(say("chart_text.change_title", title=title, last=last, before=before), pad=22, fontsize=11)
    note = say("chart_text.change_note", last=last, before=before)
    missing = _left_out(by_org_year, set(rows["org"]))
    if missing:
        note += "\n" + say("chart_text.change_left_out", last=last, before=before, names=missing)
    fig.text(0.01, 0.0, note, fontsize=9, color="#555555", va="top")
    return fig


LEFT_OUT_NAMED = 8
"""Organisations the change chart's note names as left out; more are counted."""


def _left_out(by_org_year: pd.DataFrame, shown: set) -> str:
    """The organisations with summaries that the change chart leaves out (no summary in one of its two
    years), in pinyin order: a school that sent nothing for 2023 vanished from the chart unsaid."""
    done = by_org_year[(by_org_year["kind"] == "summary") & by_org_year["org"].notna()]
    names = sorted({str(o) for o in done["org"]} - {str(o) for o in shown}, key=chinese_order)
    if len(names) <= LEFT_OUT_NAMED:
        return "、".join(names)
    return say("chart_text.change_left_more", names="、".join(names[:LEFT_OUT_NAMED]), n=len(names))


CHART_MAX_ORGS = 40
"""Organisations drawn in one chart: with more, the charts show those with the most documents."""
ORG_CHARTS = ("profile_by_org", "heatmap_org_theme", "change_by_org", "distinctive_terms")


def most_documented(by_org: pd.DataFrame, org_terms: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, str]:
    """BY_ORG and ORG_TERMS cut to the CHART_MAX_ORGS organisations with the most documents (ties by
    name), and a note saying so; unchanged with no note when there are not more than that."""
    if len(by_org) <= CHART_MAX_ORGS:
        return by_org, org_terms, ""
    top = by_org.sort_values(["n_docs", "org"], ascending=[False, True], na_position="last").head(CHART_MAX_ORGS)
    if len(org_terms) and "org" in org_terms.columns:
        org_terms = org_terms[org_terms["org"].isin(top["org"])]
    note = say("chart_text.orgs_capped", shown=CHART_MAX_ORGS, total=len(by_org))
    return top, org_terms, note


def _among(table: pd.DataFrame, by_org: pd.DataFrame, capped: str) -> pd.DataFrame:
    """TABLE's rows of the organisations in BY_ORG when the charts are CAPPED to them; TABLE otherwise."""
    return table[table["org"].isin(by_org["org"])] if capped and "org" in table.columns else table


def draw_charts(stats: dict[str, pd.DataFrame], out_dir: str | Path) -> dict[str, Path]:
    """Draw every chart from the STATS tables into OUT_DIR as PNG and SVG; return stem -> PNG path."""
    out_dir = Path(out_dir)
    by_org, org_terms, note = most_documented(stats["by_org"], stats.get("org_terms", pd.DataFrame()))
    builders = {
        "profile_by_org": lambda: profile_bars(by_org),
        "heatmap_org_theme": lambda: org_heatmap(by_org),
        "trend_by_year": lambda: year_trends(stats["by_year"]),
        "summary_vs_plan": lambda: kind_comparison(stats["by_kind"]),
        "change_by_org": lambda: change_heatmap(_among(stats.get("by_org_year", pd.DataFrame()), by_org, note)),
        "distinctive_terms": lambda: terms_grid(org_terms),
    }
    paths = {}
    with cjk_style():
        for stem, build in builders.items():
            fig = build()
            if note and stem in ORG_CHARTS:
                fig.text(0.01, 0.0, note, fontsize=9, color="#555555", va="top")
            try:
                for ext in ("png", "svg"):
                    buf = io.BytesIO()
                    # no date in an SVG (dc:date), no software version in a PNG: the same bytes each run
                    fig.savefig(buf, format=ext, dpi=DPI, bbox_inches="tight", facecolor="white",
                                metadata={"Date": None} if ext == "svg" else {"Software": None})
                    write_bytes(buf.getvalue(), out_dir / f"{stem}.{ext}")
            finally:
                plt.close(fig)
            paths[stem] = out_dir / f"{stem}.png"
    return paths
