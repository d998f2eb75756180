"""A document field is declared once (schema.py): the record, the writer and the statistics read it."""

from __future__ import annotations

import pandas as pd
import pytest

from unionmine import schema
from unionmine.labels import labels
from unionmine.stats.tables import _clean_documents
from unionmine.store.tables import rows_to_table

ROW = {"doc_id": "d1", "source": "a.txt", "article": 1, "n_chars": 2, "text": "工会"}


def test_the_record_is_built_from_the_declaration():
    record = schema.record(**ROW)
    assert list(record) == schema.DOCUMENTS.names
    assert (record["kind"], record["on_topic"], record["title"], record["org"]) == ("other", True, "", None)
    with pytest.raises(ValueError, match="unknown field.*colour"):
        schema.record(**ROW, colour="red")
    with pytest.raises(ValueError, match="missing required field.*text"):
        schema.record(**{k: v for k, v in ROW.items() if k != "text"})


def test_the_writer_refuses_an_unknown_or_missing_field_instead_of_dropping_it():
    table = rows_to_table([schema.record(**ROW)], schema.DOCUMENTS)
    assert table.column("kind").to_pylist() == ["other"]
    with pytest.raises(ValueError, match="unknown field.*_signature"):
        rows_to_table([{**schema.record(**ROW), "_signature": [1, 2]}], schema.DOCUMENTS)
    with pytest.raises(ValueError, match="missing required field.*section_id"):
        rows_to_table([{"doc_id": "d1", "level": 1, "text": "x", "n_chars": 1}], schema.SECTIONS)


def test_statistics_give_an_absent_column_its_declared_default():
    docs = _clean_documents(pd.DataFrame([{"doc_id": "d1", "text": "工会", "year": 2018}]))
    declared = {f.name: f.default for f in schema.DOCUMENT_FIELDS}
    for name in ("kind", "on_topic", "title", "source", "n_chars", "org"):
        assert docs.loc[0, name] == declared[name] or (declared[name] is None and pd.isna(docs.loc[0, name]))


def test_every_declared_field_has_a_chinese_label():
    columns = labels()["columns"]
    fields = schema.DOCUMENT_FIELDS + schema.SECTION_FIELDS
    assert [f.name for f in fields if f.name not in columns and not f.name.startswith("score_")] == []
