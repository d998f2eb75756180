"""Evaluation of the stages against annotated data."""

from .themes import MACRO, cross_validate, evaluate, to_markdown, write_table

__all__ = ["MACRO", "cross_validate", "evaluate", "to_markdown", "write_table"]
