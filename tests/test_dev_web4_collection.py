"""Development collections web4 and district_nanshan (written as the second held-out set, promoted
to development on 2026-11-30): the committed files are what the
generator writes, and every line of each answer key (titles, body lines, chrome) is really in its
file, so that a key cannot silently drift from its file. These tests check the collection only;
they tune nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_heldout_collection import assert_generator_reproduces, compact, file_text

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpus" / "dev"
COLLECTIONS = ("web4", "district_nanshan")
ORG_TYPES = (None, "school", "education_union", "university", "enterprise", "agency", "other")


def load_key(name: str) -> list[dict]:
    return [json.loads(line) for line in (DEV / f"{name}.key.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_key_line_is_in_its_file(name):
    keys = load_key(name)
    assert len(keys) == len([p for p in (DEV / name).rglob("*") if p.is_file()])
    for entry in keys:
        raw = file_text(DEV / name / entry["source"])
        whole = compact(raw)
        missing = [x for x in entry["chrome"] if compact(x) not in whole]
        assert not missing, (entry["source"], missing[:3])
        # a paragraph may run across a page marker or a running header: drop the chrome lines first
        chrome = {x.strip() for x in entry["chrome"]}
        text = compact("\n".join(x for x in raw.splitlines() if x.strip() not in chrome))
        for art in entry["articles"]:
            assert art["first"] == art["body"][0] and art["last"] == art["body"][-1]
            assert art["kind"] in ("summary", "plan", "report", "other")
            assert art["org_type"] in ORG_TYPES and isinstance(art["on_topic"], bool)
            missing = [x for x in art["body"] if compact(x) and compact(x) not in text]
            assert not missing, (entry["source"], missing[:3])
            # a title may stand only in the page's heading (篇一： alone under '…工会工作总结三篇')
            assert compact(art["title"]) and compact(art["title"]) in whole, (entry["source"], art["title"])


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
    """The scorer counts a chrome line as left when it equals an output line or (8+ characters) lies
    inside the output; a chrome line that is also a title or body text would be counted against a
    tool that did everything right."""
    for entry in load_key(name):
        doc = [compact(x) for art in entry["articles"] for x in art["body"] + [art["title"]]]
        for line in entry["chrome"]:
            c = compact(line)
            clash = [d for d in doc if c and (c == d or (len(c) >= 8 and c in d))]
            assert not clash, (entry["source"], line, clash[:1])
