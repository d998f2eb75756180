"""The held-out ingestion collections: the committed files are what the generator writes, and every
line of each answer key (titles, body lines, chrome) is really in its file, so that a key cannot
silently drift from its file. These tests check the collection only; they tune nothing."""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from unionmine.evaluation.ingest import chrome_measurable

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "corpus" / "heldout"
COLLECTIONS = ("web", "district_dongcheng")
_KEEP = re.compile(r"[^0-9a-z\u3400-\u9fff]+")
_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def compact(text: str) -> str:
    return _KEEP.sub("", _t2s().convert(_PINYIN.sub("", text)).lower())


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style", "title")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style", "title")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def file_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for r in t.rows for c in r.cells]
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    if suffix == ".pdf":
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    raw = path.read_bytes()
    if raw.startswith(b"\xff\xfe"):
        text = raw[2:].decode("utf-16-le")
    else:
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
    if suffix in (".html", ".htm"):
        v = _Visible()
        v.feed(text)
        return "\n".join(v.parts)
    return text


def load_key(name: str) -> list[dict]:
    return read_key(HELDOUT, name)


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_key_line_is_in_its_file(name):
    keys = load_key(name)
    assert len(keys) == len([p for p in (HELDOUT / name).rglob("*") if p.is_file()])
    for entry in keys:
        raw = file_text(HELDOUT / name / entry["source"])
        whole = compact(raw)
        missing = [x for x in entry["chrome"] if compact(x) not in whole]
        assert not missing, (entry["source"], missing[:3])
        if entry["source"].endswith(".pdf"):  # a paragraph may run across a page's footer and the next header
            raw = "\n".join(x for x in raw.splitlines() if x.strip() not in entry["chrome"])
        text = compact(raw)
        lines = []
        for art in entry["articles"]:
            assert art["first"] == art["body"][0] and art["last"] == art["body"][-1]
            assert art["kind"] in ("summary", "plan", "report", "other")
            lines += art["body"]
            if art["title"] not in ("",) and art.get("title"):
                lines.append(art["title"])
        missing = [x for x in lines if compact(x) and compact(x) not in text]
        assert not missing, (entry["source"], missing[:3])


def test_collection_sizes():
    web, district = load_key("web"), load_key("district_dongcheng")
    assert len(web) >= 30 and len({k["style"] for k in web}) >= 10
    assert len(district) >= 15
    suffixes = {Path(k["source"]).suffix for k in district}
    assert {".docx", ".pdf", ".html", ".txt"} <= suffixes


def assert_generator_reproduces(script: str, collections: tuple[str, ...], out: Path,
                                committed: Path = HELDOUT) -> None:
    """Running scripts/collections/SCRIPT into OUT writes the committed files and keys (in COMMITTED)
    again."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "collections" / script), "--out", str(out)],
                   check=True, cwd=ROOT, capture_output=True)
    for name in collections:
        assert (out / f"{name}.key.jsonl").read_bytes() == (committed / f"{name}.key.jsonl").read_bytes()
        for p in (committed / name).rglob("*"):
            if not p.is_file():
                continue
            new = out / name / p.relative_to(committed / name)
            if p.suffix in (".pdf", ".docx"):  # bytes depend on the library version; the text must not
                assert file_text(new) == file_text(p), p
            else:
                assert new.read_bytes() == p.read_bytes(), p


ORG_TYPES = (None, "school", "education_union", "university", "enterprise", "agency", "other")


def assert_in_encoding(raw: bytes, encoding: str) -> str:
    """RAW, a text copy's bytes, is in ENCODING (a UTF-16 or UTF-8 byte-order mark; a legacy encoding's text is not
    UTF-8); the text it reads as."""
    if encoding == "utf-16":
        assert raw.startswith(b"\xff\xfe")
    elif encoding == "utf-8-sig":
        assert raw.startswith(b"\xef\xbb\xbf")
    else:
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
    return raw.decode(encoding)


def read_key(folder: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (folder / f"{name}.key.jsonl").read_text(encoding="utf-8").splitlines()]


def assert_key_lines_in_files(folder: Path, name: str, body_in_order: bool = False) -> None:
    """Every line of FOLDER/NAME's key (chrome, body, title) is in its file; with BODY_IN_ORDER the
    body lines also come in the file's order (not checked in Word files, whose tables the reader
    gives after the paragraphs)."""
    keys = read_key(folder, name)
    assert len(keys) == len([p for p in (folder / name).rglob("*") if p.is_file()])
    for entry in keys:
        raw = file_text(folder / name / entry["source"])
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
            if not body_in_order or entry["source"].endswith(".docx"):
                continue
            pos = 0
            for line in art["body"]:
                found = text.find(compact(line), pos)
                assert found >= 0, (entry["source"], "out of order", line[:30])
                pos = found


def assert_no_chrome_line_is_document_text(folder: Path, name: str) -> None:
    """No key chrome line is also a title or body text of its file: the scorer could not measure it
    (`unionmine.evaluation.ingest.chrome_measurable` leaves such a line out), so the key would
    hold a chrome line that counts for nothing."""
    for entry in read_key(folder, name):
        doc = [compact(x) for art in entry["articles"] for x in art["body"] + [art["title"]]]
        for line in entry["chrome"]:
            c = compact(line)
            assert not c or chrome_measurable(c, doc), (entry["source"], line)


def assert_orgs_named_in_files(folder: Path, name: str) -> None:
    """Every key organisation is named in its file or its path, as the scorer expects to find it."""
    for entry in read_key(folder, name):
        where = compact(file_text(folder / name / entry["source"]) + entry["source"])
        for art in entry["articles"]:
            assert art["org"] is None or compact(art["org"]) in where, (entry["source"], art["org"])


def test_generator_reproduces_the_committed_files(tmp_path):
    assert_generator_reproduces("make_heldout_collection.py", COLLECTIONS, tmp_path)
