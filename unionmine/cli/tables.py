"""The commands over an output folder's tables: `report` (redraw the report) and `sql` (query them)."""

from __future__ import annotations

from pathlib import Path

import click

from .common import (
    check_writable,
    cli,
    filters_from_flags,
    handle_errors,
    quiet_option,
    report_filter_options,
    say_when_nothing_compared,
)


@cli.command()
@click.argument("out", type=click.Path(path_type=Path))
@click.option("--out", "dest", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the report (default: OUT itself; with filters, a subfolder of OUT named after "
                   "them, e.g. OUT/report_years-2015-2020, so the full report is never overwritten).")
@report_filter_options
@quiet_option
@handle_errors
def report(out, dest, org_types, kinds, years, orgs_file, include_off_topic, include_duplicates, quiet) -> None:
    """(Re)draw statistics, charts, report.xlsx, report.docx and report.html from output folder OUT.

    Nothing is redrawn when the tables' content, the filters and unionmine itself are unchanged since
    the report was last drawn in the same folder or in the folder it was copied from.
    """
    from ..report.html import (
        report as write_report,  # deferred: --help and other commands stay fast without pandas/scikit-learn
    )

    filters = filters_from_flags(org_types, kinds, years, orgs_file)
    check_writable(dest or out)
    path = write_report(out, filters=filters, include_off_topic=include_off_topic, dest=dest,
                        include_duplicates=include_duplicates, progress=not quiet)
    click.echo(f"report: {path}")  # as `run` does; --quiet silences the progress only
    say_when_nothing_compared(out, filters, include_off_topic, include_duplicates, quiet)


@cli.command()
@click.argument("out", type=click.Path(path_type=Path))
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@handle_errors
def sql(out: Path, query: str, fmt: str) -> None:
    """Run a SQL QUERY (DuckDB) over the tables in output folder OUT.

    Tables: documents, sections, problems, profiles, indicators, terms (every column: docs/COLUMNS.md). Example:

        unionmine sql reports "select org, year, count(*) from documents group by all"
    """
    from ..store import tables as stored  # deferred: --help stays fast

    df = stored.sql(out, query)
    if fmt == "csv":
        click.echo(df.to_csv(index=False), nl=False)
    elif fmt == "json":
        click.echo(df.to_json(orient="records", force_ascii=False, lines=True), nl=False)
    else:
        import pandas as pd  # deferred: --help stays fast

        with pd.option_context("display.max_rows", 200, "display.max_columns", 50, "display.width", 200):
            click.echo(df.to_string(index=False))
