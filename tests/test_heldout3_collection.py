"""The third held-out ingestion set (web3, district_xiangshan): the committed files are what the
generator writes, and every line of each answer key (titles, body lines, chrome) is really in its
file, so that a key cannot silently drift from its file. These tests check the collection only;
they tune nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_heldout_collection import assert_generator_reproduces, compact, file_text

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "corpus" / "heldout"
COLLECTIONS = ("web3", "district_xiangshan")
ORG_TYPES = (None, "school", "education_union", "university", "enterprise", "agency", "other")


def load_key(name: str) -> list[dict]:
    return [json.loads(line) for line in (HELDOUT / f"{name}.key.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_key_line_is_in_its_file(name):
    keys = load_key(name)
    assert len(keys) == len([p for p in (HELDOUT / name).rglob("*") if p.is_file()])
    for entry in keys:
        raw = file_text(HELDOUT / name / entry["source"])
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
            # a title may stand only in the page's heading (篇一 alone under '…工作总结三篇')
            assert compact(art["title"]) and compact(art["title"]) in whole, (entry["source"], art["title"])
            if entry["source"].endswith(".docx"):  # the reader gives Word tables after the paragraphs
                continue
            # body lines are in order in the file
            pos = 0
            for line in art["body"]:
                c = compact(line)
                found = text.find(c, pos)
                assert found >= 0, (entry["source"], "out of order", line[:30])
                pos = found


def test_collection_sizes():
    web, district = load_key("web3"), load_key("district_xiangshan")
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
    for p in (HELDOUT / name).rglob("*.txt"):
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
    assert_generator_reproduces("make_heldout3_collection.py", COLLECTIONS, tmp_path)


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
