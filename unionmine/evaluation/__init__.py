"""Evaluation: theme methods against held-out annotations, ingestion against answer keys."""

from .ingest import format_scores, score_ingest
from .themes import cross_validate, evaluate, to_markdown, write_table

__all__ = ["cross_validate", "evaluate", "format_scores", "score_ingest", "to_markdown", "write_table"]
