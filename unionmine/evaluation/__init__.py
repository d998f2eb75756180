"""Evaluation of the stages against annotated data: theme methods, and ingestion against answer keys."""

from .ingest import format_scores, score_ingest
from .themes import MACRO, cross_validate, evaluate, to_markdown, write_table

__all__ = ["MACRO", "cross_validate", "evaluate", "format_scores", "score_ingest", "to_markdown", "write_table"]
