"""The command line: a thin layer over the library functions of the same names.

Only this module prints and configures logging. Each command calls one library
function; errors of the library become one line on stderr and an exit code
(0 all inputs processed, 3 some inputs skipped or no documents found, 2 wrong usage, 1 failed).
"""

from __future__ import annotations

import functools
import logging
import sys
from pathlib import Path

import click

from . import __version__
from .errors import UnionmineError, UsageError
from .options import ENGINES, Limits, Options

log = logging.getLogger("unionmine")


def handle_errors(func):
    """Turn library errors into one line and an exit code; a traceback only with --debug."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        ctx = click.get_current_context()
        debug = bool((ctx.find_root().obj or {}).get("debug"))
        try:
            return func(*args, **kwargs)
        except UnionmineError as exc:
            if debug:
                raise
            click.echo(f"unionmine: error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("unionmine: interrupted; outputs already written are intact", err=True)
            sys.exit(130)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except OSError as exc:  # a disk full, a folder made read-only during the run: say which file and why
            if debug:
                raise
            where = f" {exc.filename}" if exc.filename else ""
            click.echo(f"unionmine: error: cannot read or write{where}: {exc.strerror or exc}", err=True)
            sys.exit(1)
        except Exception as exc:
            if debug:
                raise
            click.echo(
                f"unionmine: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
                err=True,
            )
            sys.exit(1)

    return wrapper


def quiet_option(func):
    return click.option("--quiet", "-q", is_flag=True, help="No progress bar or counts on stderr; warnings, errors and the report's path are still printed.")(func)


def corpus_options(func):
    """Options shared by the commands that read a corpus."""
    options = [
        click.option(
            "--metadata",
            type=click.Path(dir_okay=False, path_type=Path),
            help="CSV of known org, org_type, year, kind per source file; overrides extraction.",
        ),
        click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes."),
        click.option(
            "--engine",
            type=click.Choice(ENGINES),
            default=None,
            help="Where the per-document work runs (default: serial for 1 worker, process otherwise).",
        ),
        click.option("--scheduler", default=None, help="Address of a running Dask scheduler (with --engine dask)."),
        click.option(
            "--partitioned",
            is_flag=True,
            help="Write each table as a folder of parts (documents.parquet/part-NNNNNN.parquet), each "
            "written where its files were processed: for clusters, where one writer is the bottleneck.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="unionmine")
@click.option("--debug", is_flag=True, help="Show tracebacks of errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Mine Chinese trade-union work summaries and plans (工会工作总结/计划)."""
    ctx.obj = {"debug": debug}
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s: %(message)s")


def limit_options(func):
    """Limits that protect a run from huge or hostile files (see README, 'Guarantees and limits')."""
    options = [
        click.option("--max-file-mb", type=click.FloatRange(min=0.001), default=100, show_default=True,
                     help="Refuse files larger than this."),
        click.option("--max-expansion-ratio", type=click.FloatRange(min=1), default=100, show_default=True,
                     help="Refuse .docx files that expand more than this (zip bombs)."),
        click.option("--max-uncompressed-mb", type=click.FloatRange(min=1), default=200, show_default=True,
                     help="Refuse .docx files that unpack to more than this."),
        click.option("--max-line-chars", type=click.IntRange(min=1000), default=1_000_000, show_default=True,
                     help="Break longer lines at sentence ends."),
        click.option("--no-cache", is_flag=True,
                     help="Redo every file, ignoring results of earlier runs kept in OUT/.unionmine."),
        click.option("--resume", is_flag=True,
                     help="Only continue the earlier run in OUT, keeping its finished files; refuse, saying "
                     "why, when they cannot be reused (other code, limits or options). Without it a run "
                     "reuses what it can and silently redoes the rest."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _options(*, quiet: bool, max_file_mb: float, max_expansion_ratio: float, max_uncompressed_mb: float,
             max_line_chars: int, no_cache: bool, resume: bool, workers: int, engine: str | None,
             scheduler: str | None, partitioned: bool) -> Options:
    """The one options object of a run, from the command-line flags."""
    limits = Limits(max_file_mb=max_file_mb, max_expansion_ratio=max_expansion_ratio,
                    max_uncompressed_mb=max_uncompressed_mb, max_line_chars=max_line_chars)
    return Options(limits=limits, engine=engine, workers=workers, scheduler=scheduler, use_cache=not no_cache,
                   resume=resume, partitioned=partitioned, progress=not quiet)


def _check_writable(out: Path, corpora: tuple = ()) -> None:
    from .store.tables import check_output_folder  # deferred: --help stays fast without pandas
    check_output_folder(out, corpora)


def _compares_nothing(out: Path, filters, include_off_topic: bool, include_duplicates: bool) -> None:
    """Say so on stderr when the report compares no article (the exit code stays that of the inputs)."""
    from .stats.tables import n_compared  # deferred: --help stays fast

    if not n_compared(out, filters, include_off_topic, include_duplicates):
        click.echo("unionmine: the report compares no article: filters and exclusions leave none", err=True)


def _warn_unmatched(out: Path, metadata: Path | None) -> None:
    from .stats.tables import unmatched_metadata  # deferred: --help stays fast

    if metadata and (missed := unmatched_metadata(out, metadata)):
        click.echo(f"unionmine: warning: {len(missed)} row(s) of {metadata} name no file read, so they changed "
                   f"nothing: {', '.join(missed[:5])}{' …' if len(missed) > 5 else ''}", err=True)


def _say_outcome(result, options: Options) -> None:
    quiet = not options.progress
    if options.resume:
        click.echo(f"unionmine: resumed the earlier run: {result.n_cached} of {result.n_files} files were "
                   "already done", err=True)
    if not result.n_documents:
        from .run.pipeline import no_documents_message  # deferred: --help stays fast

        click.echo(f"unionmine: error: {no_documents_message(result)}", err=True)
    elif result.n_skipped:
        click.echo(
            f"unionmine: {result.n_skipped} input(s) skipped; see {result.out / 'problems.csv'}", err=True
        )
    if not quiet:
        click.echo(
            f"{result.n_files} files, {result.n_documents} articles"
            + (f", {result.n_sections} sections" if result.n_sections else "")
            + (f" ({result.n_cached} files unchanged since the last run)" if result.n_cached else "")
            + f" → {result.out}",
            err=True,
        )


@cli.command()
@click.argument("corpus", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", required=True, type=click.Path(path_type=Path), help="Output folder.")
@corpus_options
@limit_options
@quiet_option
@handle_errors
def ingest(corpus, out, metadata, quiet, **run_options) -> None:
    """Read, clean, split and describe the documents in CORPUS (files or folders).

    Writes OUT/documents.parquet and OUT/problems.csv. Exit code 3 when some inputs were skipped.
    """
    from .run.pipeline import (
        ingest as run_ingest,  # deferred: --help and other commands stay fast without pandas/scikit-learn
    )

    options = _options(quiet=quiet, **run_options)
    _check_writable(out, corpus)
    result = run_ingest(corpus, out, metadata=metadata, options=options)
    _say_outcome(result, options)
    _warn_unmatched(out, metadata)
    sys.exit(result.exit_code)


@cli.command()
@click.argument("out", type=click.Path(path_type=Path))
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@handle_errors
def sql(out: Path, query: str, fmt: str) -> None:
    """Run a SQL QUERY (DuckDB) over the tables in output folder OUT.

    Tables: documents, sections, problems, profiles, indicators, terms (columns in the README). Example:

        unionmine sql reports "select org, year, count(*) from documents group by all"
    """
    from .store import tables as stored  # deferred: --help stays fast

    df = stored.sql(out, query)
    if fmt == "csv":
        click.echo(df.to_csv(index=False), nl=False)
    elif fmt == "json":
        click.echo(df.to_json(orient="records", force_ascii=False, lines=True), nl=False)
    else:
        import pandas as pd

        with pd.option_context("display.max_rows", 200, "display.max_columns", 50, "display.width", 200):
            click.echo(df.to_string(index=False))


def _utf8_lines(stream):
    """The lines of STREAM (UTF-8, with or without a byte-order mark), or one line naming it when it is not UTF-8."""
    n = 0
    try:
        for n, line in enumerate(stream, start=1):
            yield line
    except UnicodeDecodeError as exc:
        name = getattr(stream, "name", "<stdin>")
        raise UsageError(f"{name} is not UTF-8 text (near line {n + 1}); save it as UTF-8 "
                         "(in Notepad: Save as, Encoding UTF-8)") from exc


@cli.command()
@click.argument("input_file", default="-", type=click.File("r", encoding="utf-8-sig"))
@click.option("--method", type=click.Choice(["combined", "supervised", "lexicon", "blend", "baseline"]), default=None,
              help="Theme method (default: the best measured, see docs/EVALUATION.md).")
@click.option("--explain", is_flag=True,
              help="Per theme: each part's score (supervised, lexicon, char), the combined score, the threshold, and the terms that drove it.")
@click.option("--annotations", type=click.Path(exists=True, path_type=Path), default=None,
              help="Train on these annotations (JSONL file or folder) instead of the shipped ones.")
@click.option("--model", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Use a model saved with ThemeClassifier.save (JSON) instead of training.")
@handle_errors
def classify(input_file, method, explain, annotations, model) -> None:
    """Themes for texts given as JSON Lines {"id", "text"} in INPUT_FILE (or stdin)."""
    import json

    from .themes import (
        classify as run_classify,  # deferred: --help and other commands stay fast without pandas/scikit-learn
    )

    ids, texts = [], []
    for n, line in enumerate(_utf8_lines(input_file), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise UsageError(f"line {n} is not JSON: {exc}") from exc
        if not isinstance(obj, dict) or not isinstance(obj.get("text", ""), (str, type(None))):
            raise UsageError(f'line {n}: expected an object {{"id": ..., "text": "..."}}')
        ids.append(obj.get("id"))
        texts.append(obj.get("text") or "")
    results = run_classify(texts, method=method, explain=explain, annotations=annotations, model=model)
    for id_, res in zip(ids, results):
        click.echo(json.dumps({"id": id_, **res}, ensure_ascii=False))


@cli.command()
@click.option("--annotations", type=click.Path(exists=True, path_type=Path), default=None,
              help="Annotations JSONL file or folder (default: the shipped unionmine/data/annotations).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the table here (.csv, or Markdown for any other suffix).")
@handle_errors
def evaluate(annotations, out) -> None:
    """Precision, recall and F1 per theme and method on the held-out annotations."""
    from .evaluation import themes as scoring  # deferred: --help stays fast

    table = scoring.evaluate(annotations, out=out)
    click.echo(f"trained on {table.attrs['n_train']} sections, tested on {table.attrs['n_test']}")
    click.echo(scoring.to_markdown(table), nl=False)


@cli.command("evaluate-ingest")
@click.argument("collection", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("key", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the ingest run and ingest_scores.json / .csv / .txt.")
@click.option("--misses", type=int, default=0, show_default=True, help="List up to N misses per measure.")
@handle_errors
def evaluate_ingest(collection, key, out, misses) -> None:
    """Score reading, cleaning, splitting and describing against a collection's answer KEY.

    COLLECTION is a folder of files (ingested first, into OUT or a temporary folder) or an ingest
    output folder that holds documents.parquet. With --out, the figures are also written there
    (ingest_scores.json, ingest_scores.csv, ingest_scores.txt).
    """
    from .evaluation import ingest as scoring  # deferred: --help stays fast

    scores = scoring.evaluate_ingest(collection, key, out=out, misses=misses)
    click.echo(scoring.format_scores(scores, misses=misses))


@cli.command()
@click.argument("names", nargs=-1)
@click.option("--taxonomy", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A taxonomy TOML file (default: the one in the package).")
@handle_errors
def themes(names, taxonomy) -> None:
    """List the themes of the taxonomy (or only NAMES) with descriptions and example terms."""
    from .themes import taxonomy as taxonomies  # deferred: --help and other commands stay fast

    for row in taxonomies.themes(taxonomy, names):
        click.echo(f"{row['theme']} ({row['english']}), {row['n_terms']} terms: {row['examples']}")
        if row["description"]:
            click.echo(f"    {row['description']}")


def report_filter_options(func):
    """Options that restrict what the report compares (shared by `report` and `run`)."""
    options = [
        click.option("--org-type", "org_types", multiple=True, type=click.Choice(
            ["school", "education_union", "university", "enterprise", "agency", "other"]),
            help="Compare only this organisation type (repeat for several)."),
        click.option("--kind", "kinds", multiple=True, type=click.Choice(["summary", "plan", "report", "other"]),
                     help="Compare only this kind of document (repeat for several)."),
        click.option("--years", default=None, metavar="FROM-TO", help="Compare only these years, e.g. 2015-2020."),
        click.option("--orgs", "orgs_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
                     help="Text file with the organisations to compare, one name a line."),
        click.option("--include-off-topic", is_flag=True, help="Also count articles that are not union work."),
        click.option("--include-duplicates", is_flag=True, help="Also count near-duplicate articles."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _report_filters(org_types, kinds, years, orgs_file):
    """Build the report's Filters from the command-line options (None when nothing is filtered)."""
    from .stats.filters import Filters  # deferred: --help stays fast

    filters = Filters(
        org_types=tuple(org_types), kinds=tuple(kinds),
        years=Filters.parse_years(years) if years else None,
        orgs=Filters.read_orgs(orgs_file) if orgs_file else (),
    )
    return filters if filters.active else None


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

    Nothing is redrawn when the tables, the filters and unionmine itself are unchanged since the
    report was last drawn in the same folder.
    """
    from .report.html import (
        report as write_report,  # deferred: --help and other commands stay fast without pandas/scikit-learn
    )

    filters = _report_filters(org_types, kinds, years, orgs_file)
    _check_writable(dest or out)
    path = write_report(out, filters=filters, include_off_topic=include_off_topic, dest=dest,
                        include_duplicates=include_duplicates, progress=not quiet)
    click.echo(f"report: {path}")  # as `run` does; --quiet silences the progress only
    _compares_nothing(out, filters, include_off_topic, include_duplicates)


@cli.command()
@click.argument("corpus", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "-o", required=True, type=click.Path(path_type=Path), help="Output folder.")
@corpus_options
@limit_options
@report_filter_options
@quiet_option
@handle_errors
def run(corpus, out, metadata, org_types, kinds, years, orgs_file, include_off_topic, include_duplicates, quiet,
        **run_options) -> None:
    """The main job on CORPUS: ingest, sections, themes, statistics, charts and the report.

    Ends by printing where the report is. Exit code 3 when some inputs were skipped.
    """
    from .run.pipeline import (
        run as run_pipeline,  # deferred: --help and other commands stay fast without pandas/scikit-learn
    )

    filters = _report_filters(org_types, kinds, years, orgs_file)
    options = _options(quiet=quiet, **run_options)
    _check_writable(out, corpus)
    result = run_pipeline(corpus, out, metadata=metadata, filters=filters, include_off_topic=include_off_topic,
                          include_duplicates=include_duplicates, options=options)
    _say_outcome(result, options)
    _warn_unmatched(out, metadata)
    click.echo(f"report: {result.report}")
    if result.report:
        _compares_nothing(out, filters, include_off_topic, include_duplicates)
    sys.exit(result.exit_code)


def main() -> None:
    """Entry point of the console script and of python -m unionmine."""
    cli(prog_name="unionmine")
