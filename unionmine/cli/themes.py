"""The theme commands: `classify` (themes for given texts) and `themes` (the taxonomy)."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import UsageError
from ..labels import say
from .common import cli, handle_errors, quiet_option


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


def _stdin_hint(stream, quiet: bool) -> None:
    """Typed `unionmine classify` with nothing piped in waits on the keyboard: say so, and how to end."""
    if not quiet and stream.isatty():
        click.echo('unionmine: reading JSON Lines ({"id": ..., "text": "..."}) typed here; end with Ctrl-D '
                   "(Ctrl-Z then Enter on Windows), or give a file: unionmine classify FILE.jsonl", err=True)


def _say_training(method, annotations, model, quiet: bool) -> None:
    """On a machine's first use the theme model is trained (about a minute): say so on stderr first."""
    from ..themes import needs_training  # deferred: loads scikit-learn

    if not quiet and model is None and needs_training(method, annotations):
        click.echo(say("progress.training_model"), err=True)


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
@quiet_option
@handle_errors
def classify(input_file, method, explain, annotations, model, quiet) -> None:
    """Themes for texts given as JSON Lines {"id", "text"} in INPUT_FILE (or stdin)."""
    import json

    from ..themes import (
        classify as run_classify,  # deferred: --help and other commands stay fast without pandas/scikit-learn
    )

    _stdin_hint(input_file, quiet)
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
    _say_training(method, annotations, model, quiet)
    results = run_classify(texts, method=method, explain=explain, annotations=annotations, model=model)
    for id_, res in zip(ids, results):
        click.echo(json.dumps({"id": id_, **res}, ensure_ascii=False))


@cli.command()
@click.argument("names", nargs=-1)
@click.option("--taxonomy", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A taxonomy TOML file (default: the one in the package).")
@handle_errors
def themes(names, taxonomy) -> None:
    """List the themes of the taxonomy (or only NAMES) with descriptions and example terms."""
    from ..themes import taxonomy as taxonomies  # deferred: --help and other commands stay fast

    for row in taxonomies.themes(taxonomy, names):
        click.echo(f"{row['theme']} ({row['english']}), {row['n_terms']} terms: {row['examples']}")
        if row["description"]:
            click.echo(f"    {row['description']}")
