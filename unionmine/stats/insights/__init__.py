"""Cross-document insights: reuse, indicators, plans kept, specificity, dating check."""

from ..phrases import GAP, load_stock_phrases
from .aggregate import KIND_NAMES, TOP_PASSAGES, compute_insights
from .indicators import (
    APPROX,
    COLUMNS,
    EVENT_WORDS,
    MULT,
    NUM,
    PATTERNS,
    extract_indicators,
    indicator_totals,
    indicators_table,
    theme_lookup,
)
from .plans import (
    ITEM_COLUMNS,
    MIN_ITEM_CHARS,
    NOT_ITEMS,
    PAIR_COLUMNS,
    PLAN_MARKER,
    THRESHOLD,
    match_items,
    match_plans,
    org_key,
    plan_items,
    split_report,
)
from .reuse import (
    MIN_CHARS,
    NUM_PERM,
    ORIGINALITY_COLUMNS,
    PASSAGE_COLUMNS,
    REFERENCE_PREFIX,
    SENTENCE_COLUMNS,
    SHINGLE,
    find_reuse,
    shared_by_pair,
)
from .specificity import FACT_PATTERNS, specificity, specificity_table

__all__ = ["APPROX", "COLUMNS", "EVENT_WORDS", "FACT_PATTERNS", "GAP", "ITEM_COLUMNS", "KIND_NAMES", "MIN_CHARS", "MIN_ITEM_CHARS", "MULT", "NOT_ITEMS", "NUM", "NUM_PERM", "ORIGINALITY_COLUMNS", "PAIR_COLUMNS", "PASSAGE_COLUMNS", "PATTERNS", "PLAN_MARKER", "REFERENCE_PREFIX", "SENTENCE_COLUMNS", "SHINGLE", "THRESHOLD", "TOP_PASSAGES", "compute_insights", "extract_indicators", "find_reuse", "indicator_totals", "indicators_table", "load_stock_phrases", "match_items", "match_plans", "org_key", "plan_items", "shared_by_pair", "specificity", "specificity_table", "split_report", "theme_lookup"]
