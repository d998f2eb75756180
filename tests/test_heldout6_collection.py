"""The sixth held-out pair (web8, district_qinghe): every key line is in its file, no chrome line is
also document text, every key org is named in its file or path, the text copies are in the stated
encodings, and the generator reproduces the committed files. Checks the collection only; tunes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_heldout_collection import (
    HELDOUT,
    assert_generator_reproduces,
    assert_in_encoding,
    assert_key_lines_in_files,
    assert_no_chrome_line_is_document_text,
    assert_orgs_named_in_files,
    read_key,
)

COLLECTIONS = ("web8", "district_qinghe")


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_key_line_is_in_its_file(name):
    assert_key_lines_in_files(HELDOUT, name, body_in_order=True)


@pytest.mark.parametrize("name", COLLECTIONS)
def test_no_chrome_line_is_document_text(name):
    assert_no_chrome_line_is_document_text(HELDOUT, name)


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_org_is_named_in_its_file_or_path(name):
    assert_orgs_named_in_files(HELDOUT, name)


def test_sizes_and_variety():
    web, district = read_key(HELDOUT, "web8"), read_key(HELDOUT, "district_qinghe")
    assert len(web) >= 30 and len({k["style"] for k in web}) >= 20
    assert len(district) >= 15
    assert {".docx", ".pdf", ".html", ".txt"} <= {Path(k["source"]).suffix for k in district}
    kinds = {a["kind"] for k in web + district for a in k["articles"]}
    assert kinds == {"summary", "plan", "report", "other"}


@pytest.mark.parametrize("source, encoding", [
    ("web8/w26_gbk_term.txt", "gbk"), ("web8/w27_utf16_trad_term.txt", "utf-16"),
    ("web8/w28_bom_shuzhi.txt", "utf-8-sig"), ("district_qinghe/2023/各校报送/清河路小学/工会工作总结.txt", "gb18030"),
    ("district_qinghe/2024/各校报送/清河中心幼儿园工会2024年春季学期工作计划.txt", "utf-16"),
    ("district_qinghe/2023/街道来文/清河街道总工会2023年总结及2024年打算.txt", "utf-8-sig"),
])
def test_text_copies_are_in_their_encodings(source, encoding):
    raw = (HELDOUT / source).read_bytes()
    assert_in_encoding(raw, encoding)


def test_generator_reproduces_the_committed_files(tmp_path):
    assert_generator_reproduces("make_heldout6_collection.py", COLLECTIONS, tmp_path)
