"""The district development collections in corpus/dev are exactly what their generator writes,
and their keys name every file."""

import json
from pathlib import Path

import pytest
from builders import script_module

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpus" / "dev"

pytest.importorskip("reportlab")
pytest.importorskip("docx")


def _generator():
    return script_module("collections/make_district_collections.py")


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_generator_reproduces_the_committed_collections(tmp_path):
    gen = _generator()
    assert gen.main(["--out", str(tmp_path), "--check"]) == 0
    for name in ("district_chengbei", "district_xihu"):
        fresh, committed = _files(tmp_path / name), _files(DEV / name)
        assert sorted(fresh) == sorted(committed)
        changed = [rel for rel in fresh if fresh[rel] != committed[rel]]
        assert not changed, (
            f"{name}: regenerate with scripts/collections/make_district_collections.py: {changed}"
        )
        key = (DEV / f"{name}.key.jsonl").read_text(encoding="utf-8")
        assert key == (tmp_path / f"{name}.key.jsonl").read_text(encoding="utf-8")
        rows = [json.loads(line) for line in key.splitlines()]
        assert sorted(r["source"] for r in rows) == sorted(committed)
        assert len(rows) >= 15


def test_keys_hold_the_cases_the_collections_are_for():
    rows = []
    for name in ("district_chengbei", "district_xihu"):
        rows += [json.loads(x) for x in (DEV / f"{name}.key.jsonl").read_text("utf-8").splitlines()]
    styles = {r["style"] for r in rows}
    assert {
        "docx_styles",
        "docx_outline",
        "docx_typed",
        "pdf",
        "html",
        "txt_gb18030",
        "txt_utf16",
        "txt_utf8",
        "empty",
        "corrupt_docx",
    } <= styles
    articles = [a for r in rows for a in r["articles"]]
    assert {a["kind"] for a in articles} == {"summary", "plan", "report"}
    assert any(not a["on_topic"] for a in articles)
    assert any(a["org_type"] == "education_union" for a in articles)
    pasted = [r for r in rows if r["source"].endswith("城北二中工会2022年总结及2023年计划.txt")]
    assert [a["kind"] for a in pasted[0]["articles"]] == ["summary", "plan"]
    assert all(10 <= len(a["body"]) <= 40 for a in articles)
