"""Chain the stages: from a corpus of collected files to the output folder.

Per file (in any engine): read → clean → split → describe → sections → themes.
Then, in order, in this process: metadata overrides, near-duplicates, and streaming
writes of the tables in batches, so that memory stays flat however large the corpus.
Every table is written to a temporary file and moved into place at the end: a run that
fails or is killed leaves the previous outputs as they were.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

import pandas as pd

from .. import schema
from ..documents.archives import is_archive
from ..documents.duplicates import DuplicateFinder, record_identity
from ..documents.metadata import Metadata, read_metadata
from ..documents.problems import is_note
from ..errors import NoDocumentsError
from ..labels import say
from ..options import Options
from ..store.tables import check_out_dir, replace_output, write_csv
from . import incremental, provenance
from .cache import (
    ResultCache,
    cache_settings,
    changed_since_hashed,
    check_resume,
    hash_tasks,
    outputs_record,
    run_key_of,
    same_outputs,
    settings_digest,
)
from .chain import (  # noqa: F401 - make_doc_id and collect_boilerplate are public here too
    FileTask,
    collect_boilerplate,
    files_to_read,
    find_tasks,
    make_doc_id,
    process_batch,
    process_file,
    saved_page_notes,
    unpack_tasks,
)
from .engines import choose_engine, map_ordered
from .guard import disk_errors, release
from .partitioned import ingest_partitioned
from .records import apply_metadata, file_records  # noqa: F401 - apply_metadata is public here too, as before
from .units import JOINS_FILE, join_documents

log = logging.getLogger(__name__)

BATCH_ROWS = incremental.BATCH_ROWS
#: Appends rows to a Parquet file in row groups of BATCH_ROWS; never holds a whole table.
_BatchWriter = incremental.TableWriter
CACHE_DIR = ".unionmine"


@dataclass
class IngestResult:
    """What a run did: counts, where the tables are, and what was skipped."""

    out: Path
    #: every file read: the files found, each .zip among them, and each file unpacked from one
    n_files: int = 0
    #: the .zip archives among the files found, and the files read out of them (in n_files too)
    n_archives: int = 0
    n_unpacked: int = 0
    n_documents: int = 0
    n_sections: int = 0
    n_cached: int = 0  # of the files read (`chain.files_to_read`: a .zip's files, not the .zip too)
    problems: list[dict] = field(default_factory=list)
    report: Path | None = None
    provenance: dict = field(default_factory=dict)  # what went in besides the code (`run.provenance`)
    tables: dict | None = None  # each table's rows and sha256 as the run recorded them (`provenance.tables`)

    @property
    def n_skipped(self) -> int:
        """Inputs (files or articles) that were skipped, not only partly read."""
        return sum(1 for p in self.problems if not (p["stage"].endswith("warning") or is_note(p["stage"])))

    notes = property(lambda self: [p for p in self.problems if is_note(p["stage"])], doc="rows that only inform")

    @property
    def exit_code(self) -> int:
        return 3 if self.n_skipped or not self.n_documents else 0


BATCH_FILES = 16


def no_documents_message(result: IngestResult) -> str:
    """The one line said when files were found but none gave an article (no report is written)."""
    return (f"no documents found: {result.n_files} file(s) read, none gave an article; the reasons are in "
            f"{result.out / 'problems.csv'}")


def _batches(tasks: list[FileTask], size: int | None = None) -> Iterator[list[FileTask]]:
    size = size or BATCH_FILES
    for start in range(0, len(tasks), size):
        yield tasks[start : start + size]


def ingest(
    paths: Sequence[str | os.PathLike],
    out: str | os.PathLike,
    *,
    metadata: str | os.PathLike | Metadata | None = None,
    with_sections: bool = False,
    options: Options | None = None,
    **overrides,
) -> IngestResult:
    """Read, clean, split and describe every document under PATHS; write the tables to OUT.

    Writes documents.parquet, problems.csv and, WITH_SECTIONS, sections.parquet (with themes).
    OPTIONS (`unionmine.options.Options`) says how: limits, engine, workers, cache, resume,
    boilerplate search, partitioned output, progress; keyword OVERRIDES (``workers=4``,
    ``use_cache=False``) replace single fields of it. PARTITIONED: each table is a folder of parts
    written where the work ran (see `unionmine.run.partitioned`); for clusters, where one writer
    would be the bottleneck. FIND_BOILERPLATE: first read the run's text and web files for lines
    recurring in the margins of many of them (see `run.chain.collect_boilerplate`).
    """
    options = Options.build(options, **overrides)
    with disk_errors(out):  # a full disk fails the SQLite files too: say so, not 'internal error'
        return provenance.write(_ingest(paths, out, metadata, with_sections, options))  # OUT/manifest.json


def _ingest(paths, out, metadata, with_sections: bool, options: Options) -> IngestResult:
    meta = metadata if isinstance(metadata, Metadata) else read_metadata(metadata)
    skipped_folders: list = []
    found = find_tasks(paths, skipped_folders)  # before the output folder: a wrong corpus path creates nothing
    notes = saved_page_notes(skipped_folders, several=len(paths) > 1)
    if not found:
        raise NoDocumentsError(f"no documents found in {', '.join(map(str, paths))}: no file to read",
                               zh=("cli_text.no_files", {"path": "、".join(map(str, paths))}))
    out = check_out_dir(out)
    tasks = hash_tasks(unpack_tasks(found, out / CACHE_DIR / "unpacked", options.limits))
    choose_engine(options.engine, options.workers)
    result = IngestResult(out=out, n_files=len(tasks), n_unpacked=len(tasks) - len(found),
                          n_archives=sum(map(is_archive, (task.path for task in found))))
    result.provenance = provenance.inputs(tasks, meta, options, with_sections)

    cache = None
    run_key = None
    if options.use_cache:
        settings = cache_settings(with_sections, options)
        cache = ResultCache(out / CACHE_DIR / "cache.sqlite", version=settings_digest(settings))
        run_key = run_key_of(tasks, cache.version, meta)
        previous = cache.last_run(run_key)
        if previous is not None and same_outputs(previous, out, with_sections):
            # Nothing changed since the last complete run: its tables are still right.
            cache.close()
            result.n_cached, result.n_documents = files_to_read(tasks), previous["n_documents"]
            result.n_sections, result.problems = previous["n_sections"], previous["problems"]
            return result
    found = collect_boilerplate(tasks, options.limits, known=cache) if options.find_boilerplate else None
    if found:
        tasks = [replace(task, boilerplate=found) for task in tasks]
    if cache is not None:
        # cached results cleaned without these margin lines are not reused
        settings["boilerplate"] = hashlib.sha256("\n".join(sorted(found)).encode()).hexdigest()[:12] if found else None
        cache.version = settings_digest(settings)
        if options.resume:
            check_resume(cache, settings, out)
        cache.save_settings(settings)
    if with_sections and options.progress:
        _train_first_if_needed()
    staging = out / CACHE_DIR / "staging"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    if options.partitioned:
        result.problems.extend(notes)
        _ingest_partitioned(tasks, out, staging, meta, cache, run_key, result, options, with_sections)
        return result
    if cache is not None:
        previous = incremental.previous_run(cache, tasks, meta, out / CACHE_DIR / incremental.INDEX,
                                            partial(same_outputs, out=out, with_sections=with_sections))
        if previous is not None:
            _update(tasks, previous, out, staging, meta, cache, run_key, result, options, with_sections, notes)
            return result
    writers = {
        "documents": _BatchWriter(staging / "documents.parquet", schema.DOCUMENTS, BATCH_ROWS),
        "sections": _BatchWriter(staging / "sections.parquet", schema.SECTIONS, BATCH_ROWS)
        if with_sections
        else None,
    }
    measures = list(schema.MEASURE_TABLES) if with_sections else []
    for name in measures:
        writers[name] = _BatchWriter(staging / f"{name}.parquet", schema.MEASURE_TABLES[name], BATCH_ROWS)
    finder = DuplicateFinder(path=str(staging / incremental.INDEX))
    manifest = incremental.Manifest()
    bar = _progress_bar(tasks, options.progress)
    cleanup = (bar.close, finder.close, *(w.abort for w in writers.values() if w is not None),
               cache.close if cache is not None else None, partial(shutil.rmtree, staging, ignore_errors=True))
    try:
        for task, file_result, cached in _results(tasks, cache, options, with_sections):
            bar.update(files_to_read([task]))
            result.n_cached += cached and files_to_read([task])
            manifest.add(task, incremental.Manifest.count(file_result, with_sections))
            result.problems.extend(file_result["problems"])
            for record, sig in file_records(file_result, meta):
                record["duplicate_of"] = finder.add(record["doc_id"], sig, record_identity(record),
                                                    record["text"] or "")
                writers["documents"].add(record)
                result.n_documents += 1
            if writers["sections"] is not None:
                for row in file_result["sections"]:
                    writers["sections"].add(row)
                    result.n_sections += 1
            for name in measures:
                for row in file_result.get(name, ()):
                    writers[name].add(row)
        for writer in writers.values():
            if writer is not None:
                writer.close()
        result.problems.extend(notes)  # last: the rows before follow the files, as the update expects
        join_documents(staging / "documents.parquet", meta, staging / JOINS_FILE)  # one unit, one name
        problems = pd.DataFrame(result.problems, columns=schema.PROBLEM_COLUMNS)
        write_csv(problems, staging / "problems.csv")
        # Move the finished tables into place, one atomic rename each.
        for name in ("documents.parquet", "sections.parquet", *(f"{m}.parquet" for m in measures), "problems.csv", JOINS_FILE):
            if (staging / name).exists():
                replace_output(staging / name, out / name)
        finder.close()
        if cache is not None:
            # kept for the next run to update these tables (`run.incremental`)
            replace_output(staging / incremental.INDEX, out / CACHE_DIR / incremental.INDEX)
            _finish(cache, tasks, run_key, result, with_sections, manifest, meta)
    except BaseException:
        release(True, *cleanup)  # an error while closing neither hides this one nor leaves the staging
        raise
    release(False, *cleanup)
    return result


def _update(tasks, previous, out, staging, meta, cache, run_key, result, options, with_sections, notes=()) -> None:
    """Update the previous run's tables: process only the files it did not have (`run.incremental`)."""
    todo = [task for i, task in enumerate(tasks) if i not in previous.plan.kept]
    bar = _progress_bar(tasks, options.progress)
    cleanup = (bar.close, cache.close, partial(shutil.rmtree, staging, ignore_errors=True))
    try:
        manifest, index = incremental.update(
            tasks, previous, _results(todo, cache, options, with_sections), out=out, staging=staging, meta=meta,
            result=result, with_sections=with_sections, batch_rows=BATCH_ROWS,
            progress=lambda task: bar.update(files_to_read([task])))
        result.problems.extend(notes)
        join_documents(staging / "documents.parquet", meta, out / JOINS_FILE)
        problems = pd.DataFrame(result.problems, columns=schema.PROBLEM_COLUMNS)
        write_csv(problems, staging / "problems.csv")
        incremental.move_into_place(staging, out, index, with_sections)
        _finish(cache, tasks, run_key, result, with_sections, manifest, meta)
    except BaseException:
        release(True, *cleanup)
        raise
    release(False, *cleanup)


def _ingest_partitioned(tasks, out, staging, meta, cache, run_key, result, options, with_sections) -> None:
    """Ingest writing each table as a folder of parts; the per-file result cache is not used
    (results stay where they were computed), only the record that nothing changed."""
    if with_sections and options.chosen_engine == "process":
        warm_up()
    bar = _progress_bar(tasks, options.progress)
    cleanup = (bar.close, cache.close if cache is not None else None,
               partial(shutil.rmtree, staging, ignore_errors=True))
    try:
        ingest_partitioned(list(_batches(tasks)), out, staging, meta, options=options,
                           with_sections=with_sections, progress_bar=bar, result=result)
        if cache is not None:
            _finish(cache, tasks, run_key, result, with_sections)
    except BaseException:
        release(True, *cleanup)
        raise
    release(False, *cleanup)


def run(
    paths: Sequence[str | os.PathLike],
    out: str | os.PathLike,
    *,
    metadata: str | os.PathLike | Metadata | None = None,
    filters=None,
    include_off_topic: bool = False,
    include_duplicates: bool = False,
    options: Options | None = None,
    **overrides,
) -> IngestResult:
    """The main job: ingest with sections and themes, then statistics, charts and the report.

    Raises NoDocumentsError (exit 3) when the corpus gives no article: the tables and
    problems.csv say why, and no empty report is written.
    """
    from ..report.html import report  # deferred: the report loads matplotlib

    options = Options.build(options, **overrides)
    result = ingest(paths, out, metadata=metadata, with_sections=True, options=options)
    if result.n_documents == 0:
        raise NoDocumentsError(no_documents_message(result), zh=(
            "cli_text.no_articles", {"n": result.n_files, "path": result.out / "problems.csv"}))
    result.report = report(result.out, filters=filters, include_off_topic=include_off_topic,
                           include_duplicates=include_duplicates, progress=options.progress,
                           engine=options.chosen_engine, scheduler=options.scheduler, recorded=result.tables)
    return result


def _results(hashed, cache, options: Options, with_sections: bool) -> Iterator[tuple[FileTask, dict, bool]]:
    """Yield (task, result, came_from_cache) in task order; process only what the cache lacks."""
    # Only which files are cached is looked up here; each result is read when its turn comes,
    # so that a re-run of a large corpus does not hold every cached result in memory.
    cached: set[int] = set()
    if cache is not None:
        cached = {
            i
            for i, task in enumerate(hashed)
            if task.content_hash and cache.has(task.source, task.content_hash)
        }
    todo = [t for i, t in enumerate(hashed) if i not in cached]
    if todo and with_sections and options.chosen_engine == "process":
        warm_up()  # fit or load the theme model once, before the fork, not once per worker
    batches = map_ordered(
        partial(process_batch, limits=options.limits, with_sections=with_sections),
        _batches(todo),
        engine=options.chosen_engine,
        workers=options.workers,
        scheduler=options.scheduler,
    )
    fresh = (file_result for batch in batches for file_result in batch)
    for i, task in enumerate(hashed):
        if i in cached:
            hit = cache.get(task.source, task.content_hash)
            if hit is not None:
                yield task, hit, True
                continue
            file_result = process_file(
                task, limits=options.limits, with_sections=with_sections
            )  # vanished meanwhile
        else:
            file_result = next(fresh)
        if cache is not None and task.content_hash:
            cache.put(task.source, task.content_hash, file_result)
        yield task, file_result, False


def _train_first_if_needed() -> None:
    """On a machine's first run the theme model is trained (about a minute) inside the first file and
    the bar seems stuck: say so on stderr and train it before the bar starts."""
    from ..themes import needs_training  # deferred: loads scikit-learn

    if needs_training():
        from tqdm import tqdm

        tqdm.write(say("progress.training_model"), file=sys.stderr)
        warm_up()


def warm_up() -> None:
    """Load the segmenter and the default theme model in this process (workers fork from it)."""
    from ..text.tokenize import cut  # deferred: loads jieba
    from ..themes import get_classifier  # deferred: loads scikit-learn

    cut("工会")
    get_classifier()


def _finish(cache: ResultCache, tasks: list[FileTask], run_key: str, result: IngestResult, with_sections: bool,
            manifest: incremental.Manifest | None = None, meta: Metadata | None = None) -> None:
    """Forget the cached results of files no longer in the run (with MANIFEST) and record the run, unless a file
    changed while the run read it: its rows are from one version and its hash from another, so that neither
    its cached result nor the record (the next run would keep these tables when the file is put back) is kept."""
    changed = changed_since_hashed(tasks)
    if manifest is not None:
        cache.prune({(task.source, task.content_hash) for task in tasks if task.content_hash} - changed)
    if changed:
        log.warning("%d file(s) changed while this run read them (%s): the tables hold the version read; "
                    "the next run reads them again", len(changed), ", ".join(sorted(s for s, _ in changed)[:3]))
        return
    _save_run(cache, run_key, result, with_sections, manifest, meta)


def _save_run(cache: ResultCache, run_key: str, result: IngestResult, with_sections: bool,
              manifest: incremental.Manifest | None = None, meta: Metadata | None = None) -> None:
    """Record a finished run, so that the next one with nothing changed keeps its tables, and one with
    a few files changed updates them (with MANIFEST: `run.incremental`)."""
    result.tables = provenance.tables(result.out, with_sections)  # hashed once: the manifest takes them too
    summary = {
        "n_documents": result.n_documents,
        "n_sections": result.n_sections,
        "problems": result.problems,
        **outputs_record(result.out, with_sections, result.tables),
    }
    if manifest is not None:
        summary["update"] = {"version": cache.version, "meta": incremental.metadata_digest(meta),
                             "n_files": len(manifest.files),
                             **incremental.index_record(result.out / CACHE_DIR / incremental.INDEX)}
    cache.save_run(run_key, summary, manifest.files if manifest is not None else ())


def _progress_bar(tasks: list[FileTask], enabled: bool):
    """The bar over the files a run reads (`chain.files_to_read`: a .zip's files, not the .zip too)."""
    from tqdm import tqdm

    return tqdm(
        total=files_to_read(tasks), unit=say("progress.ingest_unit"), desc=say("progress.ingest"),
        disable=not enabled, leave=False, file=None
    )
