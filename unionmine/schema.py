"""Column names, types and defaults of the output tables (see INTERFACE.md); one place to change them."""

import json
from dataclasses import dataclass

import pyarrow as pa

THEMES = ["维权", "送温暖", "文体活动", "民主管理"]
OTHER = "其他"

ORG_TYPES = ["school", "education_union", "university", "enterprise", "agency", "other"]
KINDS = ["summary", "plan", "report", "other"]
YEAR_SOURCES = ["title", "text", "path", "metadata", "inferred"]
ORG_SOURCES = ["title", "text", "path", "metadata"]
URL_SOURCES = ["page", "metadata"]

@dataclass(frozen=True)
class Field:
    """One column of an output table: its name, Arrow type, the value it takes when absent, and
    whether a row must carry it."""

    name: str
    type: pa.DataType
    default: object = None
    required: bool = False


#: the per-article record (documents.parquet): the one declaration the record builder
#: (`record`), the Parquet writer (`store.tables.rows_to_table`) and the statistics' defaults read
DOCUMENT_FIELDS = (
    Field("doc_id", pa.string(), required=True),
    Field("source", pa.string(), default="", required=True),
    # the address the page was saved from (its own markup, or the metadata's url column): docs/COLUMNS.md
    Field("source_url", pa.string()),
    Field("url_source", pa.string()),
    Field("article", pa.int64(), required=True),
    Field("title", pa.string(), default=""),
    Field("org", pa.string()),
    Field("org_type", pa.string()),
    Field("org_source", pa.string()),
    # the name as the article writes it, when `org` is its unit's name (`run.units`) or the metadata's
    Field("org_written", pa.string()),
    # how the run decided `org` (`run.units`): same, joined, candidate (from the other files), metadata
    Field("org_join", pa.string()),
    Field("year", pa.int64()),
    Field("year_source", pa.string()),
    Field("year_min", pa.int64()),
    Field("year_max", pa.int64()),
    Field("year_evidence", pa.list_(pa.string())),
    Field("year_conflict", pa.bool_()),
    Field("kind", pa.string(), default="other"),
    Field("on_topic", pa.bool_(), default=True),
    Field("duplicate_of", pa.string()),
    Field("encoding", pa.string()),
    Field("n_chars", pa.int64(), default=0, required=True),
    Field("text", pa.string(), required=True),
    Field("original_text", pa.string()),
    Field("content_hash", pa.string()),
)

SECTION_FIELDS = (
    Field("doc_id", pa.string(), required=True),
    Field("section_id", pa.string(), required=True),
    Field("parent_id", pa.string()),
    Field("level", pa.int64(), required=True),
    Field("heading", pa.string()),
    Field("text", pa.string(), required=True),
    Field("n_chars", pa.int64(), required=True),
    Field("labels", pa.list_(pa.string())),
    *(Field(f"score_{theme}", pa.float64()) for theme in THEMES),
    # the characters the section's paragraphs give each theme, as the report's profile counts them
    # (`sections.profile.theme_chars`): summed over an article's rows, its profile (docs/COLUMNS.md)
    *(Field(f"chars_{theme}", pa.float64()) for theme in [*THEMES, OTHER]),
)


def table_schema(fields: tuple[Field, ...]) -> pa.Schema:
    """The Arrow schema of FIELDS, with a note for pandas that its optional integer columns are nullable
    integers: without it pandas, dask and pyarrow's to_pandas read a year column with one null as
    float64 (2019.0), and a researcher's merge or groupby on years went wrong."""
    nullable = [f.name for f in fields if pa.types.is_integer(f.type) and not f.required]
    plain = pa.schema([(f.name, f.type) for f in fields])
    return plain.with_metadata({b"pandas": _pandas_note(nullable)}) if nullable else plain


def _pandas_note(names: list[str]) -> bytes:
    """The pandas metadata (as `DataFrame.to_parquet` writes it) naming NAMES as Int64 columns; pandas
    and pyarrow take the dtype of a column from it and infer the others as usual."""
    columns = [{"name": n, "field_name": n, "pandas_type": "int64", "numpy_type": "Int64", "metadata": None}
               for n in names]
    return json.dumps({"index_columns": [], "column_indexes": [], "columns": columns}).encode()


DOCUMENTS = table_schema(DOCUMENT_FIELDS)
SECTIONS = table_schema(SECTION_FIELDS)
FIELDS = ((DOCUMENTS, DOCUMENT_FIELDS), (SECTIONS, SECTION_FIELDS))


def fields_of(table: pa.Schema) -> tuple[Field, ...]:
    """The declared fields of TABLE (DOCUMENTS or SECTIONS); any other schema: all optional."""
    for known, fields in FIELDS:
        if table.equals(known):
            return fields
    return tuple(Field(f.name, f.type) for f in table)


def check_row(row: dict, fields: tuple[Field, ...]) -> None:
    """Raise ValueError when ROW has a key FIELDS do not declare, or lacks a required one."""
    names = {f.name for f in fields}
    unknown = [key for key in row if key not in names]
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(map(str, unknown))}; declare them in unionmine/schema.py")
    missing = [f.name for f in fields if f.required and f.name not in row]
    if missing:
        raise ValueError(f"missing required field(s) {', '.join(missing)}")


def record(**values) -> dict:
    """A documents.parquet row from VALUES: declared fields only, required ones present, the
    others given their declared default."""
    check_row(values, DOCUMENT_FIELDS)
    return {f.name: values.get(f.name, f.default) for f in DOCUMENT_FIELDS}


PROBLEM_COLUMNS = ["source", "stage", "code", "reason", "reason_zh"]

# Per-article measures computed once in the per-file chain (run/measures.py), which the report
# only aggregates: the theme profile and specificity of each article, and its quantities.
PROFILES = pa.schema(
    [("doc_id", pa.string()), ("n_chars_profiled", pa.int64())]
    + [(f"share_{theme}", pa.float64()) for theme in [*THEMES, OTHER]]
    + [("stock_share", pa.float64()), ("fact_share", pa.float64()), ("specificity", pa.float64())]
)

INDICATORS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("kind", pa.string()),
        ("value", pa.float64()),
        ("unit", pa.string()),
        ("approx", pa.bool_()),
        ("label", pa.string()),
        ("phrase", pa.string()),
        ("sentence", pa.string()),
        ("theme", pa.string()),
    ]
)

# The term counts of each article, for the term tables (stats/terms.py): scope "doc" counts the words
# of the article's text (terms by organisation), scope "leaves" those of its finest sections (heading
# and text), and a scope named after a theme those of its finest sections carrying that theme (terms
# by theme; 其他 also for sections with no theme). n_sections: the finest sections in the scope.
TERMS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("scope", pa.string()),
        ("n_sections", pa.int32()),
        ("terms", pa.list_(pa.string())),
        ("counts", pa.list_(pa.int32())),
    ]
)

#: The tables written with sections, beside sections.parquet: name -> schema.
MEASURE_TABLES = {"profiles": PROFILES, "indicators": INDICATORS, "terms": TERMS}
