"""Development collections web5 and district_xiangshan (written as the third held-out set, web3 and
district_xiangshan, promoted to development on 2026-11-30): the committed files are what the
generator writes, and every line of each answer key (titles, body lines, chrome) is really in its
file, so that a key cannot silently drift from its file. These tests check the collection only;
they tune nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_heldout_collection import (
    assert_generator_reproduces,
    assert_key_lines_in_files,
    assert_no_chrome_line_is_document_text,
    read_key,
)

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpus" / "dev"
COLLECTIONS = ("web5", "district_xiangshan")


def load_key(name: str) -> list[dict]:
    return read_key(DEV, name)


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_key_line_is_in_its_file(name):
    assert_key_lines_in_files(DEV, name, body_in_order=True)


def test_collection_sizes():
    web, district = load_key("web5"), load_key("district_xiangshan")
    assert len(web) >= 30 and len({k["style"] for k in web}) >= 20
    assert len(district) >= 15
    suffixes = {Path(k["source"]).suffix for k in district}
    assert {".docx", ".pdf", ".html", ".txt"} <= suffixes
    kinds = {a["kind"] for k in web + district for a in k["articles"]}
    assert kinds == {"summary", "plan", "report", "other"}


@pytest.mark.parametrize("name", COLLECTIONS)
def test_text_files_are_in_the_stated_encodings(name):
    """The text copies really are GBK/GB18030, UTF-16 (with its byte-order mark) or UTF-8 with a BOM."""
    seen = set()
    for p in (DEV / name).rglob("*.txt"):
        raw = p.read_bytes()
        if raw.startswith(b"\xff\xfe"):
            seen.add("utf-16")
        elif raw.startswith(b"\xef\xbb\xbf"):
            seen.add("utf-8-sig")
        else:
            try:
                raw.decode("utf-8")
                seen.add("utf-8")
            except UnicodeDecodeError:
                raw.decode("gb18030")
                seen.add("gb")
    assert {"utf-16", "utf-8-sig", "gb"} <= seen, seen


def test_generator_reproduces_the_committed_files(tmp_path):
    assert_generator_reproduces("make_dev_web5.py", COLLECTIONS, tmp_path, DEV)


@pytest.mark.parametrize("name", COLLECTIONS)
def test_no_chrome_line_is_also_document_text(name):
    assert_no_chrome_line_is_document_text(DEV, name)


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_key_org_is_named_in_its_file_or_path(name):
    """KEYFORMAT: org is as named in the title, text or path, null if not named anywhere."""
    from unionmine.documents.read import read_document
    from unionmine.evaluation.ingest import compact

    for entry in load_key(name):
        orgs = [a["org"] for a in entry["articles"] if a["org"]]
        if orgs:
            where = compact(read_document(DEV / name / entry["source"]).text) + compact(entry["source"])
            assert all(compact(org) in where for org in orgs), (entry["source"], orgs)
