"""Sections and documents to statistics: filters, profiles, comparisons, terms, insights."""

from . import insights  # noqa: F401 - the subpackage, as an attribute
from .tables import (
    ALL_THEMES,
    MIN_GROUP,
    SHARE_COLUMNS,
    Filters,
    apply_filters,
    article_table,
    column_label,
    compare_to_average,
    compute_stats,
    distinctive_terms,
    group_profile,
    inferred_span,
    labels,
    leaf_sections,
    log_odds,
    normalise_profile,
    overview,
    select_documents,
    simple_profile,
    top_terms,
    value_label,
    with_profile,
)

__all__ = ["ALL_THEMES", "MIN_GROUP", "SHARE_COLUMNS", "Filters", "apply_filters", "article_table", "column_label", "compare_to_average", "compute_stats", "distinctive_terms", "group_profile", "inferred_span", "labels", "leaf_sections", "log_odds", "normalise_profile", "overview", "select_documents", "simple_profile", "top_terms", "value_label", "with_profile"]
