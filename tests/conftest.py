"""Fixtures shared by the stage tests: the bundled corpus and small corpora made on the fly."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib
import pytest
from hypothesis import settings

matplotlib.use("Agg")

# Property tests draw the same examples on every run (a failure they find once would otherwise come and go by chance,
# and block whoever runs the suite next); UNIONMINE_HYPOTHESIS=explore draws new ones, to look for bugs on purpose.
# Loaded here, before any test module builds its own settings from the default.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("UNIONMINE_HYPOTHESIS", "repeatable"))

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "corpus" / "raw"
METADATA = REPO / "corpus" / "metadata.csv"

SUMMARY = (
    "东风小学2018年工会工作总结\n"
    "2018年，我校工会在上级工会和学校党支部的领导下，认真履行职能，做了以下工作。\n"
    "一、坚持教代会制度，推进校务公开\n"
    "召开第五届教职工代表大会第二次会议，审议通过绩效工资分配方案，收到提案12件。\n"
    "二、关心教职工生活\n"
    "慰问生病住院教职工8人次，春节走访退休教师30人，发放慰问金4000元。\n"
    "三、开展文体活动\n"
    "组织教职工篮球赛和拔河比赛，三八节组织女教师登山活动。\n"
)

PLAN = (
    "西湖中学2019年工会工作计划\n"
    "一、加强民主管理\n"
    "按时召开教代会，落实校务公开，开展民主评议干部工作。\n"
    "二、维护教职工合法权益\n"
    "签订集体合同，开展工资集体协商，做好女职工“四期”保护。\n"
)


def json_strings(value) -> list[str]:
    """Every string in a parsed JSON VALUE, keys included (to check what a shipped data file holds)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *json_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in json_strings(v)]
    return []


def check_authored_rows(rows: list[dict]) -> None:
    """Written training rows are complete: the annotation fields, ``authored``/``train``, a note, the id the
    annotations README defines, the heading as the text's first line, labels in the taxonomy's order, 其他 alone."""
    import hashlib

    from unionmine.schema import THEMES

    for r in rows:
        assert set(r) == {"id", "source", "article", "heading", "text", "labels", "split", "note"}
        assert r["source"] == "authored" and r["split"] == "train" and r["note"]
        assert r["id"] == hashlib.sha1(("authored|" + r["text"]).encode("utf-8")).hexdigest()[:12]
        assert r["heading"] == "" or r["text"].startswith(r["heading"])
        assert r["labels"] == [t for t in [*THEMES, "其他"] if t in r["labels"]]
        assert not ("其他" in r["labels"] and len(r["labels"]) > 1)


@pytest.fixture
def seed_dir() -> Path:
    return SEEDS


@pytest.fixture
def metadata_csv() -> Path:
    return METADATA


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> Path:
    """Two good documents (UTF-8 and GB18030) in a folder of their own."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "dongfeng_2018.txt").write_text(SUMMARY, encoding="utf-8")
    (root / "sub" / "xihu_2019.txt").write_bytes(PLAN.encode("gb18030"))
    return root


@pytest.fixture
def bad_corpus(tiny_corpus: Path) -> Path:
    """The tiny corpus plus an empty file and binary garbage named .txt."""
    (tiny_corpus / "empty.txt").write_bytes(b"")
    (tiny_corpus / "garbage.txt").write_bytes(os.urandom(2048).replace(b"\x00", b"\x01") + b"\x00" * 64)
    return tiny_corpus
