"""Development collections web4 and district_nanshan (written as the second held-out set, promoted
to development on 2026-11-30): the committed files are what the
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
COLLECTIONS = ("web4", "district_nanshan")


def load_key(name: str) -> list[dict]:
    return read_key(DEV, name)


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_key_line_is_in_its_file(name):
    assert_key_lines_in_files(DEV, name)


def test_collection_sizes():
    web, district = load_key("web4"), load_key("district_nanshan")
    assert len(web) >= 30 and len({k["style"] for k in web}) >= 15
    assert len(district) >= 15
    suffixes = {Path(k["source"]).suffix for k in district}
    assert {".docx", ".pdf", ".html", ".txt"} <= suffixes


def test_generator_reproduces_the_committed_files(tmp_path):
    assert_generator_reproduces("make_dev_web4.py", COLLECTIONS, tmp_path, committed=DEV)


@pytest.mark.parametrize("name", COLLECTIONS)
def test_no_chrome_line_is_also_document_text(name):
    assert_no_chrome_line_is_document_text(DEV, name)
