"""corpus/dev/web2 and corpus/dev/district_nanhu are exactly what their generators write, and
their keys hold the organisation and year patterns they were written for."""

import json
from pathlib import Path

import pytest
from builders import script_module

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "corpus" / "dev"


def _load(name: str):
    return script_module(f"collections/{name}.py")


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("generator, name", [("make_dev_web2", "web2"), ("make_district_nanhu", "district_nanhu")])
def test_generator_reproduces_the_committed_collection(generator, name, tmp_path):
    if name == "district_nanhu":
        pytest.importorskip("reportlab")
        pytest.importorskip("docx")
    args = ["--out", str(tmp_path)] + (["--check"] if name == "district_nanhu" else [])
    assert _load(generator).main(args) == 0
    fresh, committed = _files(tmp_path / name), _files(DEV / name)
    assert sorted(fresh) == sorted(committed)
    changed = [rel for rel in fresh if fresh[rel] != committed[rel]]
    assert not changed, f"{name}: regenerate with scripts/collections/{generator}.py: {changed}"
    key = (DEV / f"{name}.key.jsonl").read_text(encoding="utf-8")
    assert key == (tmp_path / f"{name}.key.jsonl").read_text(encoding="utf-8")


def test_web2_key_holds_the_patterns():
    rows = [json.loads(x) for x in (DEV / "web2.key.jsonl").read_text("utf-8").splitlines()]
    arts = [a for r in rows for a in r["articles"]]
    assert len(rows) >= 30 and len({r["style"] for r in rows}) >= 12
    orgs = {a["org"] for a in arts}
    assert {"十一中", "实验二小", "师院附小", "城南二十三中"} <= orgs
    titles = " ".join(a["title"] for a in arts)
    for pattern in ("学年度", "上半年", "二〇", "街道总工会", "－", "至"):
        assert pattern in titles
    # generic titles that name no organisation still have a type
    assert any(a["org"] is None and a["org_type"] == "other" for a in arts)
    assert {a["org_type"] for a in arts} >= {"school", "university", "education_union", "enterprise", "agency", "other"}
