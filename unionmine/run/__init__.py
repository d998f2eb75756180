"""Orchestration: the per-file chain, ingest and run, partitioned writing, engines, cache."""

from .cache import ResultCache, file_hash
from .chain import FileTask, find_tasks, make_doc_id, process_batch, process_file
from .engines import choose_engine, default_workers, map_ordered
from .partitioned import ingest_partitioned, mark_part, write_part
from .pipeline import IngestResult, ingest, run
from .records import apply_metadata

__all__ = ["FileTask", "IngestResult", "ResultCache", "apply_metadata", "choose_engine", "default_workers", "file_hash", "find_tasks", "ingest", "ingest_partitioned", "make_doc_id", "map_ordered", "mark_part", "process_batch", "process_file", "run", "write_part"]
