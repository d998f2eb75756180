"""Sections and documents to statistics: filters, profiles, comparisons, terms, insights."""

from ..labels import column_label, labels, value_label
from . import insights  # noqa: F401 - the subpackage, as an attribute
from .columns import ALL_THEMES, MIN_GROUP, SHARE_COLUMNS
from .filters import Filters, apply_filters
from .tables import (
    article_table,
    compare_to_average,
    compute_stats,
    group_profile,
    inferred_span,
    normalise_profile,
    overview,
    select_documents,
    simple_profile,
    with_profile,
)
from .terms import Tokenizer, distinctive_terms, leaf_sections, log_odds, top_terms

__all__ = ["ALL_THEMES", "MIN_GROUP", "SHARE_COLUMNS", "Filters", "Tokenizer", "apply_filters", "article_table", "column_label", "compare_to_average", "compute_stats", "distinctive_terms", "group_profile", "inferred_span", "labels", "leaf_sections", "log_odds", "normalise_profile", "overview", "select_documents", "simple_profile", "top_terms", "value_label", "with_profile"]
