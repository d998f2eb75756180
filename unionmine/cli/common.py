"""The command group and what its commands share: options, the options object, error handling.

Only the `cli` package prints and configures logging. Each command calls one library function;
errors of the library become one line on stderr and an exit code (0 all inputs processed, 3 some
inputs skipped or no documents found, 2 wrong usage, 1 failed).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import signal
import sys
import threading
from pathlib import Path

import click

from .. import __version__
from ..errors import UnionmineError
from ..options import ENGINES, Limits, Options
from .bilingual import BilingualGroup, zh

log = logging.getLogger("unionmine")


def handle_errors(func):
    """Turn library errors into one line and an exit code; a traceback only with --debug."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        ctx = click.get_current_context()
        debug = bool((ctx.find_root().obj or {}).get("debug"))
        try:
            with _sigterm_as_interrupt():
                return func(*args, **kwargs)
        except UnionmineError as exc:
            if debug:
                raise
            click.echo(f"unionmine: error: {exc}" + (zh(exc.zh[0], **exc.zh[1]) if exc.zh else ""), err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt as exc:
            click.echo("unionmine: interrupted; outputs already written are intact" + zh("cli_text.interrupted"),
                       err=True)
            sys.exit(143 if isinstance(exc, Terminated) else 130)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except OSError as exc:  # a disk full, a folder made read-only during the run: say which file and why
            if debug:
                raise
            where = f" {exc.filename}" if exc.filename else ""
            click.echo(f"unionmine: error: cannot read or write{where}: {exc.strerror or exc}"
                       + zh("cli_text.os_error", where=exc.filename or ""), err=True)
            sys.exit(1)
        except Exception as exc:
            if debug:
                raise
            click.echo(
                f"unionmine: internal error: {type(exc).__name__}: {exc} (run with --debug for details)"
                + zh("cli_text.internal"),
                err=True,
            )
            sys.exit(1)

    return wrapper


class Terminated(KeyboardInterrupt):
    """SIGTERM (`kill PID`, a batch scheduler's time limit, a container stopping) taken as Ctrl-C."""


@contextlib.contextmanager
def _sigterm_as_interrupt():
    """Stop on SIGTERM as on Ctrl-C: the run's cleanup runs (the staging folder removed, the pool's
    workers ended, where they printed BrokenPipeError tracebacks once the parent was gone), one line,
    exit 143. Python's default let the process die at once, exit -15."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise Terminated

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def option_block(*options):
    """One decorator from several click options, applied in the order written (as --help lists them)."""

    def decorate(func):
        for option in reversed(options):
            func = option(func)
        return func

    return decorate


quiet_option = click.option(
    "--quiet", "-q", is_flag=True,
    help="No progress bar or counts on stderr; warnings, errors and the results are still printed.",
)

#: Options shared by the commands that read a corpus.
corpus_options = option_block(
    click.option(
        "--metadata",
        type=click.Path(dir_okay=False, path_type=Path),
        help="CSV of known org, org_type, year, kind per source file (English or Chinese headers: 文件名, 单位, 类型, 年份, 文种; as Excel saves it); overrides extraction.",
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
)

#: Limits that protect a run from huge or hostile files (see README, 'Guarantees and limits').
limit_options = option_block(
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
)

class CodedChoice(click.Choice):
    """A coded value (`summary`, `school`) or its Chinese name as a district officer types it and as the
    metadata file takes it (总结, 工作总结, 学校, 教育工会): the code either way."""

    def __init__(self, column: str, codes: list[str]) -> None:
        super().__init__(codes, case_sensitive=False)
        self.column = column

    def convert(self, value, param, ctx):
        from ..documents.metadata import CHINESE_VALUES  # deferred: --help stays fast

        chinese = CHINESE_VALUES[self.column]
        if isinstance(value, str) and value.strip() in chinese:
            return chinese[value.strip()]
        if isinstance(value, str) and value.strip().lower() in self.choices:
            return value.strip().lower()
        self.fail(f"{value!r} is not one of {', '.join(self.choices)} (in Chinese: {'、'.join(chinese)})", param, ctx)


#: Options that restrict what the report compares (shared by `report` and `run`).
report_filter_options = option_block(
    click.option("--org-type", "org_types", multiple=True, type=CodedChoice(
        "org_type", ["school", "education_union", "university", "enterprise", "agency", "other"]),
        help="Compare only this organisation type, in English or Chinese (学校, 教育工会…; repeat for several)."),
    click.option("--kind", "kinds", multiple=True,
                 type=CodedChoice("kind", ["summary", "plan", "report", "other"]),
                 help="Compare only this kind of document, in English or Chinese (总结, 计划…; repeat for several)."),
    click.option("--years", default=None, metavar="FROM-TO", help="Compare only these years, e.g. 2015-2020."),
    click.option("--orgs", "orgs_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
                 help="Text file with the organisations to compare, one name a line."),
    click.option("--include-off-topic", is_flag=True, help="Also count articles that are not union work."),
    click.option("--include-duplicates", is_flag=True, help="Also count near-duplicate articles."),
)


@click.group(cls=BilingualGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="unionmine")
@click.option("--debug", is_flag=True, help="Show tracebacks of errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Mine Chinese trade-union work summaries and plans (工会工作总结/计划)."""
    ctx.obj = {"debug": debug}
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s: %(message)s")
    if not debug:
        for handler in logging.getLogger().handlers:
            handler.addFilter(_quiet_libraries)


def _quiet_libraries(record: logging.LogRecord) -> bool:
    """Keep a library's chatter off stderr: Dask sets its loggers to INFO, so a run with --engine dask
    printed some twenty lines on starting and stopping its local cluster (scheduler address, workers,
    'still alive after 4.0 seconds, killing'), --quiet or not. unionmine's own warnings pass; --debug
    shows everything."""
    own = record.name == "unionmine" or record.name.startswith("unionmine.")
    return record.levelno >= (logging.WARNING if own else logging.ERROR)


def options_from_flags(*, quiet: bool, max_file_mb: float, max_expansion_ratio: float, max_uncompressed_mb: float,
             max_line_chars: int, no_cache: bool, resume: bool, workers: int, engine: str | None,
             scheduler: str | None, partitioned: bool) -> Options:
    """The one options object of a run, from the command-line flags."""
    limits = Limits(max_file_mb=max_file_mb, max_expansion_ratio=max_expansion_ratio,
                    max_uncompressed_mb=max_uncompressed_mb, max_line_chars=max_line_chars)
    return Options(limits=limits, engine=engine, workers=workers, scheduler=scheduler, use_cache=not no_cache,
                   resume=resume, partitioned=partitioned, progress=not quiet)


def filters_from_flags(org_types, kinds, years, orgs_file):
    """Build the report's Filters from the command-line options (None when nothing is filtered)."""
    from ..stats.filters import Filters  # deferred: --help stays fast

    filters = Filters(
        org_types=tuple(org_types), kinds=tuple(kinds),
        years=Filters.parse_years(years) if years else None,
        orgs=Filters.read_orgs(orgs_file) if orgs_file else (),
    )
    return filters if filters.active else None


def check_writable(out: Path, corpora: tuple = ()) -> None:
    from ..store.tables import check_output_folder  # deferred: --help stays fast without pandas
    check_output_folder(out, corpora)


#: The share of articles left out as near-duplicates from which the command line says so (the report always does).
MANY_DUPLICATES = 0.5


def say_when_nothing_compared(out: Path, filters, include_off_topic: bool, include_duplicates: bool, quiet: bool = False) -> None:
    """Say so on stderr when the report compares no article (the exit code stays that of the inputs), and,
    unless QUIET, when at least MANY_DUPLICATES of its articles are left out as near-duplicates."""
    from ..stats.tables import compared_counts  # deferred: --help stays fast

    compared, duplicates = compared_counts(out, filters, include_off_topic, include_duplicates)
    if not compared:
        click.echo("unionmine: the report compares no article: filters and exclusions leave none"
                   + zh("cli_text.compares_nothing"), err=True)
    if duplicates and duplicates >= MANY_DUPLICATES * (compared + duplicates) and not quiet:
        total = compared + duplicates
        click.echo(f"unionmine: {duplicates} of {total} articles are left out as near-duplicates of earlier ones;"
                   " --include-duplicates counts them" + zh("cli_text.duplicates_left_out", n=duplicates, total=total),
                   err=True)
