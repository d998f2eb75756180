"""The evaluation commands: `evaluate` (the theme classifiers) and `evaluate-ingest` (reading, cleaning,
splitting and describing against an answer key)."""

from __future__ import annotations

from pathlib import Path

import click

from .common import cli, handle_errors, quiet_option


@cli.command()
@click.option("--annotations", type=click.Path(exists=True, path_type=Path), default=None,
              help="Annotations JSONL file or folder (default: the shipped unionmine/data/annotations).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the table here (.csv, or Markdown for any other suffix).")
@quiet_option
@handle_errors
def evaluate(annotations, out, quiet) -> None:
    """Precision, recall and F1 per theme and method on the held-out annotations."""
    from ..evaluation import themes as scoring  # deferred: --help stays fast

    table = scoring.evaluate(annotations, out=out, progress=not quiet)
    click.echo(f"trained on {table.attrs['n_train']} sections, tested on {table.attrs['n_test']}")
    click.echo(scoring.to_markdown(table), nl=False)


@cli.command("evaluate-ingest")
@click.argument("collection", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("key", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the ingest run and ingest_scores.json / .csv / .txt.")
@click.option("--misses", type=int, default=0, show_default=True, help="List up to N misses per measure.")
@quiet_option
@handle_errors
def evaluate_ingest(collection, key, out, misses, quiet) -> None:
    """Score reading, cleaning, splitting and describing against a collection's answer KEY.

    COLLECTION is a folder of files (ingested first, into OUT or a temporary folder) or an ingest
    output folder that holds documents.parquet. With --out, the figures are also written there
    (ingest_scores.json, ingest_scores.csv, ingest_scores.txt).
    """
    from ..evaluation import ingest as scoring  # deferred: --help stays fast

    scores = scoring.evaluate_ingest(collection, key, out=out, misses=misses, progress=not quiet)
    click.echo(scoring.format_scores(scores, misses=misses))
