"""Evaluation of the stages against annotated data: theme methods, and ingestion against answer keys."""

from .ingest import evaluate_ingest, format_scores, score_ingest, scores_table
from .themes import MACRO, cross_validate, evaluate, fit_model, to_markdown, write_table

__all__ = ["MACRO", "cross_validate", "evaluate", "evaluate_ingest", "fit_model", "format_scores", "score_ingest",
           "scores_table", "to_markdown", "write_table"]
