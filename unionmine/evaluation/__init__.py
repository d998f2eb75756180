"""Evaluation: theme methods against held-out annotations, ingestion against answer keys."""

from .ingest import evaluate_ingest, format_scores, score_ingest, scores_table
from .themes import cross_validate, evaluate, to_markdown, write_table

__all__ = ["cross_validate", "evaluate", "evaluate_ingest", "format_scores", "score_ingest", "scores_table",
           "to_markdown", "write_table"]
