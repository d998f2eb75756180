"""Column names and types of the output tables (see INTERFACE.md); one place to change them."""

import pyarrow as pa

THEMES = ["维权", "送温暖", "文体活动", "民主管理"]
OTHER = "其他"

ORG_TYPES = ["school", "education_union", "university", "enterprise", "agency", "other"]
KINDS = ["summary", "plan", "report", "other"]
YEAR_SOURCES = ["title", "text", "path", "metadata", "inferred"]
ORG_SOURCES = ["title", "text", "path", "metadata"]

DOCUMENTS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("article", pa.int64()),
        ("title", pa.string()),
        ("org", pa.string()),
        ("org_type", pa.string()),
        ("org_source", pa.string()),
        ("year", pa.int64()),
        ("year_source", pa.string()),
        ("year_min", pa.int64()),
        ("year_max", pa.int64()),
        ("year_evidence", pa.list_(pa.string())),
        ("year_conflict", pa.bool_()),
        ("kind", pa.string()),
        ("on_topic", pa.bool_()),
        ("duplicate_of", pa.string()),
        ("encoding", pa.string()),
        ("n_chars", pa.int64()),
        ("text", pa.string()),
        ("original_text", pa.string()),
        ("content_hash", pa.string()),
    ]
)

SECTIONS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("section_id", pa.string()),
        ("parent_id", pa.string()),
        ("level", pa.int64()),
        ("heading", pa.string()),
        ("text", pa.string()),
        ("n_chars", pa.int64()),
        ("labels", pa.list_(pa.string())),
    ]
    + [(f"score_{theme}", pa.float64()) for theme in THEMES]
)

PROBLEM_COLUMNS = ["source", "stage", "code", "reason", "reason_zh"]
