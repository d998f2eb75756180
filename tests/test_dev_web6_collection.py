"""Development collections web6 and district_baiyun (the fourth held-out set, promoted): the
committed files are what the generator writes, and every line of each answer key (titles, body lines, chrome) is really in its
file, so that a key cannot silently drift from its file. These tests check the collection only;
they tune nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_heldout_collection import (
    assert_generator_reproduces,
    assert_in_encoding,
    assert_key_lines_in_files,
    assert_no_chrome_line_is_document_text,
    read_key,
)

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpus" / "dev"
COLLECTIONS = ("web6", "district_baiyun")


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_key_line_is_in_its_file(name):
    assert_key_lines_in_files(DEV, name, body_in_order=True)


@pytest.mark.parametrize("name", COLLECTIONS)
def test_no_chrome_line_is_also_document_text(name):
    assert_no_chrome_line_is_document_text(DEV, name)


def test_collection_sizes_and_variety():
    web, district = read_key(DEV, "web6"), read_key(DEV, "district_baiyun")
    assert len(web) >= 30 and len({k["style"] for k in web}) >= 20
    assert len(district) >= 15
    assert {".docx", ".pdf", ".html", ".txt"} <= {Path(k["source"]).suffix for k in district}
    kinds = {a["kind"] for k in web + district for a in k["articles"]}
    assert kinds == {"summary", "plan", "report", "other"}
    types = {a["org_type"] for k in web + district for a in k["articles"]}
    assert {"school", "education_union", "university", "enterprise", "agency", "other"} <= types


ENCODINGS = {  # text copies in the encodings the key's style names
    ("web6", "p30_gbk_recommend.txt"): "gbk",
    ("web6", "p31_utf16_company.txt"): "utf-16",
    ("web6", "p32_bom_flat_office.txt"): "utf-8-sig",
    ("district_baiyun", "2024/各单位报送/云岭供电公司工会2024年工作总结及2025年工作计划.txt"): "gb18030",
    ("district_baiyun", "街道来文/白云街道总工会工作总结.txt"): "utf-16",
    ("district_baiyun", "2024/各单位报送/白云区第一初级中学/2024-2025学年第一学期工会工作计划.txt"): "utf-8-sig",
    ("district_baiyun", "2024/各单位报送/白云科技园联合工会2024年工作总结.txt"): "gb18030",
    ("district_baiyun", "2024/各单位报送/白云区第三中学工会工作总结（网页另存）.html"): "gb18030",
}


@pytest.mark.parametrize(("name", "source"), sorted(ENCODINGS))
def test_text_copies_are_in_their_encodings(name, source):
    raw = (DEV / name / source).read_bytes()
    encoding = ENCODINGS[(name, source)]
    text = assert_in_encoding(raw, encoding)
    assert encoding in ("utf-16", "utf-8-sig") or "工会" in text  # GBK/GB18030: readable in the stated encoding


def test_generator_reproduces_the_committed_files(tmp_path):
    assert_generator_reproduces("make_dev_web6.py", COLLECTIONS, tmp_path, committed=DEV)
