"""One unit, one type: a unit whose articles give different types (a private hospital's summaries name its company,
its plan does not) is compared, filtered and counted under the type most of them give (invented units)."""

from __future__ import annotations

import pandas as pd

from unionmine.stats.filters import Filters, apply_filters, unit_types
from unionmine.stats.tables import compute_stats

ROWS = [  # doc_id, org, org_type, year, kind
    ("a1", "滨河瑞安医院", "enterprise", 2022, "summary"),
    ("a2", "滨河瑞安医院", "enterprise", 2023, "summary"),
    ("a3", "滨河瑞安医院", "other", 2024, "plan"),
    ("b1", "滨河县人民医院", "other", 2023, "summary"),
    ("c1", None, "agency", 2023, "summary"),
    ("d1", "滨河县卫生院", None, 2023, "summary"),
]


def _documents() -> pd.DataFrame:
    docs = pd.DataFrame(ROWS, columns=["doc_id", "org", "org_type", "year", "kind"])
    return docs.assign(title=docs["doc_id"], source=docs["doc_id"] + ".txt", on_topic=True, duplicate_of=None,
                       n_chars=800, text="")


def test_an_articles_type_is_its_units_most_common_one():
    types = list(unit_types(_documents()))
    assert types[:5] == ["enterprise", "enterprise", "enterprise", "other", "agency"] and pd.isna(types[5])


def test_the_type_table_and_the_type_filter_count_a_unit_once_under_its_type():
    docs = _documents()
    profile = pd.DataFrame({"doc_id": docs["doc_id"], **{f"share_{t}": 0.2 for t in
                                                        ("维权", "送温暖", "文体活动", "民主管理", "其他")}})
    sections = pd.DataFrame(columns=["doc_id", "section_id", "level", "heading", "text", "labels"])
    by_type = compute_stats(docs, sections, profile, terms=False)["by_org_type"].set_index("org_type")
    assert by_type.loc["enterprise", "n_docs"] == 3 and by_type.loc["other", "n_docs"] == 1
    kept = apply_filters(docs, Filters(org_types=("enterprise",)))
    assert list(kept["doc_id"]) == ["a1", "a2", "a3"]
