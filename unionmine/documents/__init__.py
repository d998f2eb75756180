"""Files to documents: discover, decode, read each format, clean, split, describe, date."""

from . import formats  # noqa: F401 - the subpackage, as an attribute
from .clean import (
    CleaningRules,
    Rule,
    clean_text,
    default_rules,
    doubled_share,
    load_rules,
    undouble_line,
)
from .dating import Clue, date_documents, dating_accuracy, infer_year_range, load_clues
from .decode import decode_bytes, read_user_text
from .describe import (
    DescribeRules,
    default_describe_rules,
    describe_article,
    find_kind,
    find_on_topic,
    find_org,
    find_year,
    load_describe_rules,
    union_density,
)
from .discover import discover_files
from .duplicates import (
    DuplicateFinder,
    compact,
    estimated_similarities,
    estimated_similarity,
    lsh_bands,
    mark_duplicates,
    shingles,
    signature,
    similarity,
)
from .limits import Limits
from .metadata import Metadata, read_metadata
from .read import Decoded, read_document
from .split import (
    Article,
    MarkerRules,
    MarkerStyle,
    default_markers,
    load_markers,
    looks_like_title,
    split_articles,
)

__all__ = ["Article", "CleaningRules", "Clue", "Decoded", "DescribeRules", "DuplicateFinder", "Limits", "MarkerRules", "MarkerStyle", "Metadata", "Rule", "clean_text", "compact", "date_documents", "dating_accuracy", "decode_bytes", "default_describe_rules", "default_markers", "default_rules", "describe_article", "discover_files", "doubled_share", "estimated_similarities", "estimated_similarity", "find_kind", "find_on_topic", "find_org", "find_year", "infer_year_range", "load_clues", "load_describe_rules", "load_markers", "load_rules", "looks_like_title", "lsh_bands", "mark_duplicates", "read_document", "read_metadata", "read_user_text", "shingles", "signature", "similarity", "split_articles", "undouble_line", "union_density"]
