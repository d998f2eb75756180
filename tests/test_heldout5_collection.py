"""The fifth held-out pair (corpus/heldout/web7, corpus/heldout/district_jinshui): every key line is
in its file (body lines in order outside Word files), no chrome line is also document text, every
key organisation is named in its file or path, the text copies are in the stated encodings, and the
generator reproduces the committed files. These tests check the collection only; they tune nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_heldout_collection import (
    HELDOUT,
    assert_generator_reproduces,
    assert_in_encoding,
    assert_key_lines_in_files,
    assert_no_chrome_line_is_document_text,
    assert_orgs_named_in_files,
    read_key,
)

COLLECTIONS = ("web7", "district_jinshui")


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_key_line_is_in_its_file(name):
    assert_key_lines_in_files(HELDOUT, name, body_in_order=True)


@pytest.mark.parametrize("name", COLLECTIONS)
def test_no_chrome_line_is_document_text(name):
    assert_no_chrome_line_is_document_text(HELDOUT, name)


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_key_org_is_named_in_its_file_or_path(name):
    assert_orgs_named_in_files(HELDOUT, name)


def test_collection_sizes_and_kinds():
    web, district = read_key(HELDOUT, "web7"), read_key(HELDOUT, "district_jinshui")
    assert len(web) >= 30 and len({k["style"] for k in web}) >= 20
    assert len(district) >= 15
    assert {".docx", ".pdf", ".html", ".txt"} <= {Path(k["source"]).suffix for k in district}
    kinds = {a["kind"] for k in web + district for a in k["articles"]}
    assert kinds == {"summary", "plan", "report", "other"}


ENCODINGS = {
    ("web7", "w35_trad_page_glued.txt"): "utf-16",
    ("web7", "w36_gbk_copy.txt"): "gbk",
    ("web7", "w37_bom_yidong.txt"): "utf-8-sig",
    ("district_jinshui", "2023/各校报送/金水路小学/工会工作总结.txt"): "gb18030",
    ("district_jinshui", "2023/企业/豫华物流公司工会2023年上半年工作总结.txt"): "utf-16",
    ("district_jinshui", "2022/金水区人民法院机关工会2022年度工作总结.txt"): "utf-8-sig",
    ("district_jinshui", "2024/邮件来稿/转发：东风路中学工会2023年工作总结.txt"): "gb18030",
}


@pytest.mark.parametrize(("name", "source"), sorted(ENCODINGS))
def test_text_copies_are_in_their_encodings(name, source):
    raw = (HELDOUT / name / source).read_bytes()
    text = assert_in_encoding(raw, ENCODINGS[(name, source)])
    assert "工会" in text or "工會" in text


def test_generator_reproduces_the_committed_files(tmp_path):
    assert_generator_reproduces("make_heldout5_collection.py", COLLECTIONS, tmp_path)
