"""The seventh held-out pair (web9, district_yunhe): every key line is in its file, no chrome line is
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

COLLECTIONS = ("web9", "district_yunhe")


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
    web, district = read_key(HELDOUT, "web9"), read_key(HELDOUT, "district_yunhe")
    assert len(web) >= 30 and len({k["style"] for k in web}) >= 20
    assert len(district) >= 15
    assert {".docx", ".pdf", ".html", ".txt"} <= {Path(k["source"]).suffix for k in district}
    kinds = {a["kind"] for k in web + district for a in k["articles"]}
    assert kinds == {"summary", "plan", "report", "other"}
    also = [a for k in web + district for a in k["articles"] if a.get("org_also")]
    assert also and all(a["org"] and a["org"] not in a["org_also"] for a in also)


@pytest.mark.parametrize("source, encoding", [
    ("web9/w29_gbk_term.txt", "gbk"), ("web9/w30_utf16_trad.txt", "utf-16"),
    ("web9/w31_bom_private_school.txt", "utf-8-sig"),
    ("district_yunhe/区直单位/云河区水利局/2023年度机关工会工作总结.txt", "gb18030"),
    ("district_yunhe/街道来文/枫林街道总工会2024年总结及2025年计划.txt", "utf-16"),
    ("district_yunhe/2023年度/各校/云河区实验中学工会2023年度工作总结.txt", "utf-8-sig"),
    ("district_yunhe/2024年/云河区梅园幼儿园/下半年工作总结.txt", "gb18030"),
    ("district_yunhe/2024年/云河区第三小学/工会工作小结.html", "gb18030"),
])
def test_text_copies_are_in_their_encodings(source, encoding):
    raw = (HELDOUT / source).read_bytes()
    assert_in_encoding(raw, encoding)


def test_generator_reproduces_the_committed_files(tmp_path):
    assert_generator_reproduces("make_heldout7_collection.py", COLLECTIONS, tmp_path)
