#!/usr/bin/env python3
"""A trend chart for one theme: its mean share per year, with the number of documents per year.

For a report: Chinese labels, a CJK font that the package carries (no empty boxes), PNG at
print quality and SVG. Articles whose year is unknown are left out, and the chart says how many.
Only one kind of document is counted (summaries by default, `--kind plan` for plans): a plan for
2023 says what was meant, a summary of 2023 what was done, and a year's mean never mixes them.

    python scripts/theme_trend.py reports --theme 送温暖 --png reports/trend_送温暖.png
"""

from __future__ import annotations

import argparse
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

import unionmine
from unionmine.labels import value_label
from unionmine.report.fonts import cjk_style
from unionmine.stats import tables as stats
from unionmine.store.tables import atomic_path
from unionmine.themes import theme_profile


def yearly_share(folder: Path, theme: str, kind: str = "summary"):
    """(years table with n_docs and the theme's mean share, number of undated articles), of KIND only."""
    tables = unionmine.load(folder)
    compared, _ = stats.select_documents(tables["documents"])
    compared = compared[compared["kind"] == kind]
    docs = stats.with_profile(compared, theme_profile(tables["sections"]))
    by_year = stats.group_profile(docs, "year", min_n=1)
    undated = int(by_year.loc[by_year["year"].isna(), "n_docs"].sum())
    known = by_year[by_year["year"].notna()].sort_values("year")
    return known[["year", "n_docs", f"share_{theme}"]], undated


def draw(known, undated: int, theme: str, png: Path, kind: str = "summary") -> list[Path]:
    """Draw the line chart to PNG (300 dpi) and SVG beside it."""
    with cjk_style():
        fig = figure(known, undated, theme, kind)
        paths = []
        for path in (png, png.with_suffix(".svg")):
            with atomic_path(path) as tmp:
                fig.savefig(tmp, format=path.suffix[1:], dpi=300)
            paths.append(path)
        plt.close(fig)
    return paths


def figure(known, undated: int, theme: str, kind: str = "summary"):
    """The line chart (call inside `cjk_style`)."""
    fig, ax = plt.subplots(figsize=(7, 4))
    years = known["year"].astype(int).tolist()
    shares = (known[f"share_{theme}"] * 100).tolist()
    # every year of the span, NaN where there is no document: the line breaks there instead of
    # drawing a trend across years nobody measured
    span = list(range(min(years), max(years) + 1)) if years else []
    by_year = dict(zip(years, shares))
    ax.plot(span, [by_year.get(y, float("nan")) for y in span], marker="o", lw=2, color="#e67e22")
    for year, share, n in zip(years, shares, known["n_docs"]):
        ax.annotate(f"{share:.1f}%", (year, share), textcoords="offset points", xytext=(0, 7),
                    ha="center", fontsize=9)
    ax.set_xticks(years, [f"{y}年\n{n}篇" for y, n in zip(years, known["n_docs"])])
    ax.set_ylim(0, max(shares + [10]) * 1.25)
    ax.set_ylabel("平均占比(%)")
    ax.set_title(f"“{theme}”工作在{value_label('kind', kind)}中所占比重的年度变化")
    ax.spines[["top", "right"]].set_visible(False)
    counted = f"只计{value_label('kind', kind)};年份下方为当年篇数;没有文章的年份不画点,线在那里断开"
    note = f"{counted};另有{undated}篇年份不详,未计入。" if undated else f"{counted}。"
    ax.set_xlabel(note, fontsize=8, color="#555555", labelpad=8)
    return fig


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="an output folder of `unionmine run`")
    parser.add_argument("--theme", default="送温暖", choices=stats.ALL_THEMES)
    parser.add_argument("--kind", default="summary", choices=["summary", "plan", "report", "other"],
                        help="the kind of document counted (default: summaries)")
    parser.add_argument("--png", type=Path, default=None, help="chart path (default: FOLDER/trend_<theme>.png)")
    args = parser.parse_args(argv)
    known, undated = yearly_share(args.folder, args.theme, args.kind)
    if known.empty:
        parser.exit(3, f"no article with a known year in {args.folder}; nothing to draw\n")
    paths = draw(known, undated, args.theme, args.png or args.folder / f"trend_{args.theme}.png", args.kind)
    print("\n".join(str(p) for p in paths))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
