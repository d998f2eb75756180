"""The commands that read a corpus: `ingest` (documents only) and `run` (the whole chain)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..options import Options
from .common import (
    check_writable,
    cli,
    corpus_options,
    filters_from_flags,
    handle_errors,
    limit_options,
    option_block,
    options_from_flags,
    quiet_option,
    report_filter_options,
    say_when_nothing_compared,
    zh,
)

corpus_arguments = option_block(
    click.argument("corpus", nargs=-1, required=True, type=click.Path(path_type=Path)),
    click.option("--out", "-o", required=True, type=click.Path(path_type=Path), help="Output folder."),
)


def _warn_unmatched(out: Path, metadata: Path | None) -> None:
    from ..stats.tables import unmatched_metadata  # deferred: --help stays fast

    if metadata and (missed := unmatched_metadata(out, metadata)):
        click.echo(f"unionmine: warning: {len(missed)} row(s) of {metadata} name no file read, so they changed "
                   f"nothing: {', '.join(missed[:5])}{' …' if len(missed) > 5 else ''}"
                   + zh("cli_text.unmatched", n=len(missed)), err=True)


def _say_outcome(result, options: Options, metadata: Path | None) -> None:
    """What a run did, on stderr: resumed, skipped inputs, no documents, the counts (not with --quiet)."""
    if options.resume:
        click.echo(f"unionmine: resumed the earlier run: {result.n_cached} of {result.n_files} files were "
                   "already done" + zh("cli_text.resumed", done=result.n_cached, n=result.n_files), err=True)
    if not result.n_documents:
        from ..run.pipeline import no_documents_message  # deferred: --help stays fast

        click.echo(f"unionmine: error: {no_documents_message(result)}"
                   + zh("cli_text.no_articles", n=result.n_files, path=result.out / "problems.csv"), err=True)
    elif result.n_skipped:
        click.echo(
            f"unionmine: {result.n_skipped} input(s) skipped; see {result.out / 'problems.csv'}"
            + zh("cli_text.skipped", n=result.n_skipped, path=result.out / "problems.csv"), err=True
        )
    if (notes := result.notes) and options.progress:  # information: not with --quiet
        names = ", ".join(n["source"] for n in notes[:3]) + (" …" if len(notes) > 3 else "")
        click.echo(f"unionmine: note: {len(notes)} folder(s) a browser saved beside their page were not read "
                   f"({names}): the pages themselves were; see {result.out / 'problems.csv'}"
                   + zh("cli_text.saved_folders", n=len(notes), path=result.out / "problems.csv"), err=True)
    if options.progress:
        click.echo(_counts_line(result), err=True)
    _warn_unmatched(result.out, metadata)


def _counts_line(result) -> str:
    """The files as the user has them (a .zip is one file, what it holds said beside it), articles, sections."""
    files, archives, inside = result.n_files - result.n_unpacked, result.n_archives, result.n_unpacked
    english = f"{files} files" + (f" ({archives} of them .zip, holding {inside} files)" if archives else "")
    chinese = (zh("cli_text.counts_archives", files=files, archives=archives, inside=inside, articles=result.n_documents)
               if archives else zh("cli_text.counts", files=files, articles=result.n_documents))
    return (f"{english}, {result.n_documents} articles"
            + (f", {result.n_sections} sections" if result.n_sections else "")
            + _unchanged(result.n_cached, result.n_files - archives)
            + f" → {result.out}" + chinese)


def _unchanged(cached: int, read: int) -> str:
    """How many of the files read (a .zip's files, not the .zip) a re-run took from the last run unchanged."""
    if not cached:
        return ""
    return " (all unchanged since the last run)" if cached >= read else (
        f" ({cached} of the {read} files read unchanged since the last run)")


@cli.command()
@corpus_arguments
@corpus_options
@limit_options
@quiet_option
@handle_errors
def ingest(corpus, out, metadata, quiet, **run_options) -> None:
    """Read, clean, split and describe the documents in CORPUS (files or folders).

    Writes OUT/documents.parquet and OUT/problems.csv. Exit code 3 when some inputs were skipped.
    """
    from ..run.pipeline import (
        ingest as run_ingest,  # deferred: --help and other commands stay fast without pandas/scikit-learn
    )

    options = options_from_flags(quiet=quiet, **run_options)
    check_writable(out, corpus)
    result = run_ingest(corpus, out, metadata=metadata, options=options)
    _say_outcome(result, options, metadata)
    sys.exit(result.exit_code)


@cli.command()
@corpus_arguments
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
    from ..run.pipeline import (
        run as run_pipeline,  # deferred: --help and other commands stay fast without pandas/scikit-learn
    )

    filters = filters_from_flags(org_types, kinds, years, orgs_file)
    options = options_from_flags(quiet=quiet, **run_options)
    check_writable(out, corpus)
    result = run_pipeline(corpus, out, metadata=metadata, filters=filters, include_off_topic=include_off_topic,
                          include_duplicates=include_duplicates, options=options)
    _say_outcome(result, options, metadata)
    click.echo(f"report: {result.report}")
    if result.report:
        say_when_nothing_compared(out, filters, include_off_topic, include_duplicates, quiet)
    sys.exit(result.exit_code)
