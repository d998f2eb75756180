"""One Chinese name per fact across report.xlsx, report.docx, report.html and the CSVs: a district
officer who reads 文档编号 on one sheet and 文章编号 on the next takes them for two things."""

from __future__ import annotations

from unionmine.labels import column_label, insight_column, labels

#: Insight columns whose code names another fact than the column of the same code elsewhere.
OTHER_FACT = {
    ("copied_passages", "n_docs"): "the articles one passage appears in, not a group's articles",
    ("year_conflicts", "year"): "the year as written, set against the clues in the same row",
    ("indicators", "kind"): "the kind of a quantity (金额, 人次), not of a document",
    ("indicator_totals", "kind"): "the kind of a quantity, not of a document",
    ("plan_items", "item"): "an item of a plan, not an item of the overview",
}


def test_a_column_has_one_chinese_name_in_every_table():
    columns = labels()["columns"]
    differing = {
        (table, code): (name, columns[code])
        for table, names in labels()["insight_columns"].items()
        for code, name in names.items()
        if code in columns and name != columns[code] and (table, code) not in OTHER_FACT
    }
    assert differing == {}


def test_the_article_id_reads_the_same_in_the_articles_sheet_and_the_insight_tables():
    assert column_label("doc_id", english=False) == insight_column("originality", "doc_id") == "文章编号"
    assert column_label("doc_id") == "文章编号 doc_id"  # stats/*.csv and report.xlsx: the English stays


def test_the_metadata_file_takes_the_headers_of_the_reports_own_article_table(tmp_path):
    # an officer corrects a year in the article sheet of report.xlsx and hands it back as --metadata
    from unionmine.documents.metadata import read_metadata

    codes = ("source", "article", "org", "org_type", "year", "kind", "on_topic")
    for english in (False, True):
        path = tmp_path / f"更正{english}.csv"
        header = ",".join(column_label(c, english=english) for c in codes)
        path.write_text(header + "\n2023/东风小学.docx,2,东风小学,学校,2023,工作总结,否\n", encoding="utf-8-sig")
        known = read_metadata(path).lookup("2023/东风小学.docx", 2)
        assert (known["year"], known["kind"], known["org_type"], known["on_topic"]) == (2023, "summary", "school", False)


def test_a_yes_no_cell_reads_the_same_in_every_output():
    # stats/*.csv write 否; the page, the workbook and the Word tables left the cell blank, which reads
    # as 'not known' (a blank year is 不详 elsewhere)
    import pandas as pd

    from unionmine.report.display import cell_text
    from unionmine.report.workbook import _for_people

    frame = pd.DataFrame({"org": ["东风小学", "西湖中学"], "too_small": [True, False]})
    assert list(_for_people(frame)["too_small"]) == ["是", "否"]
    assert [cell_text("too_small", v)[0] for v in (True, False)] == ["是", "否"]
    from docx import Document

    from unionmine.report.word import _table

    document = Document()
    _table(document, frame)
    assert [row.cells[1].text for row in document.tables[0].rows[1:]] == ["是", "否"]


def _texts(value, where=""):
    """Every display text in labels.toml with its key."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _texts(inner, f"{where}.{key}" if where else str(key))
    elif isinstance(value, str):
        yield where, value


def test_an_article_is_文章_in_every_sentence_a_district_officer_reads():
    # the prose said 25篇工会工作文档 and 文档数 beside 各篇文章, 文章编号 and 不属于工会工作的文章: two
    # words for one thing. "Word文档" (a .docx file) is another fact and stays.
    mixed = {key: text for key, text in _texts(labels())
             if "文档" in text.replace("Word文档", "")}
    assert mixed == {}
    assert labels()["columns"]["kind"] == "文种"  # 文档类型 → 文种, a header the metadata file takes too
