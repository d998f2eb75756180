"""authored_registers.jsonl: written examples in the registers of real documents keep their promises.

They are training rows like authored.jsonl (source "authored", never scored), written where the
classifier fails on real text: indirect 维权, 民主管理 without 教代会 wording, unusual 文体活动,
multi-label sections and hard 其他 cases, in plan/summary, flattened and Traditional registers.
"""

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "unionmine" / "data" / "annotations"
REGISTERS = FOLDER / "authored_registers.jsonl"
THEMES = ["维权", "送温暖", "文体活动", "民主管理"]
OTHER = "其他"
FIELDS = {"id", "source", "article", "heading", "text", "labels", "split", "note"}


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return _read(REGISTERS)


def grams(text: str, n: int = 4) -> set[str]:
    text = re.sub(r"\s+", "", text)
    return {text[i : i + n] for i in range(max(len(text) - n + 1, 1))}


def test_records_are_complete_training_rows(rows):
    assert len(rows) >= 300
    for r in rows:
        assert set(r) == FIELDS, r.get("id")
        assert r["source"] == "authored" and r["split"] == "train", r["id"]
        assert r["id"] == hashlib.sha1(("authored|" + r["text"]).encode("utf-8")).hexdigest()[:12]
        assert isinstance(r["article"], int) and r["article"] >= 1
        assert len(r["text"]) >= 15 and (r["heading"] == "" or r["text"].startswith(r["heading"]))
        assert r["labels"] and set(r["labels"]) <= set(THEMES + [OTHER]), r["id"]
        assert r["labels"] == [t for t in THEMES + [OTHER] if t in r["labels"]], r["id"]  # codebook order, no repeats
        assert not (OTHER in r["labels"] and len(r["labels"]) > 1), r["id"]
    assert "\\u" not in REGISTERS.read_text(encoding="utf-8")


def test_documents_are_their_own_cross_validation_groups(rows):
    # the loader groups by source#article; both authored files share the source "authored",
    # so their imagined documents must not share article numbers
    older = {r["article"] for r in _read(FOLDER / "authored.jsonl")}
    per_doc = Counter(r["article"] for r in rows)
    assert not older & set(per_doc)
    assert len(per_doc) >= 50 and min(per_doc.values()) >= 3
    ids = [r["id"] for path in FOLDER.glob("*.jsonl") for r in _read(path)]
    assert len(ids) == len(set(ids))


def test_aimed_where_the_errors_are(rows):
    pos = Counter(t for r in rows for t in r["labels"])
    assert pos["维权"] >= 90 and all(pos[t] >= 60 for t in THEMES), pos
    assert pos[OTHER] >= len(rows) // 5
    pairs = Counter(tuple(r["labels"]) for r in rows if len(r["labels"]) > 1)
    assert pairs[("维权", "民主管理")] >= 20 and pairs[("送温暖", "文体活动")] >= 15 and pairs[("维权", "送温暖")] >= 5
    # registers: Traditional characters, flattened plan/summary wording, long sections
    assert sum(bool(re.search(r"[會與為職權時護運動]", r["text"])) for r in rows) >= 30
    plans = [r for r in rows if re.search(r"要|将|拟|计划", r["text"]) and "了" not in r["text"]]
    summaries = [r for r in rows if re.search(r"了|人次|共", r["text"])]
    assert len(plans) >= 50 and len(summaries) >= 100, (len(plans), len(summaries))
    assert sum(len(r["text"]) >= 150 for r in rows) >= 15
    assert sum(bool(r["note"]) for r in rows) >= len(rows) * 0.7


def test_not_copies_of_the_seed_or_the_older_authored_units(rows):
    others = [grams(r["text"]) for name in ("sections.jsonl", "authored.jsonl") for r in _read(FOLDER / name)]
    copies = []
    for r in rows:
        g = grams(r["text"])
        if any(len(g & o) / len(g | o) > 0.5 for o in others):
            copies.append(r["id"])
    assert copies == []


def test_follow_the_codebook_hard_cases(rows):
    def units(pattern: str) -> list[dict]:
        return [r for r in rows if re.search(pattern, r["text"])]

    gyn = units(r"妇科|两癌")
    assert gyn and all({"维权", "送温暖"} <= set(r["labels"]) for r in gyn)
    assert all("送温暖" in r["labels"] for r in units(r"探望"))
    family_planning = units(r"环孕|计划生育|计生")
    assert family_planning and all(r["labels"] == [OTHER] for r in family_planning)
    outsiders = units(r"灾区|贫困学生|山区|帮扶村|敬老院|独居老人|空巢老人|义诊")
    assert len(outsiders) >= 8 and all(r["labels"] == [OTHER] for r in outsiders)
    contests = [r for r in units(r"劳动竞赛|技能比武|技能比赛|教学竞赛|优质课") if not re.search(r"球|运动会|文艺|歌|旅游", r["text"])]
    assert contests and all("文体活动" not in r["labels"] for r in contests)
    # 教代会/职代会 deciding pay, performance or title rules: 民主管理 and 维权 (源头参与)
    source = [r for r in units(r"(教代会|职代会|职工代表大会|教职工大会|職代會).{0,40}(通过|审议)")
              if re.search(r"(绩效|薪酬|工资|职称|评聘|考核|分配)\S{0,14}(办法|方案|细则|条件)", r["text"]) and re.search(r"意见|座谈|协商", r["text"])]
    assert len(source) >= 8 and all({"维权", "民主管理"} <= set(r["labels"]) for r in source)


def test_the_readme_counts_the_file(rows):
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    assert "authored_registers.jsonl" in readme and f"| authored_registers | {len(rows)} |" in readme


def test_the_loader_reads_the_file_as_training_rows():
    from unionmine.themes import load_annotations

    data = load_annotations(FOLDER, themes=THEMES)
    written = data[data.id.isin({r["id"] for r in _read(REGISTERS)})]
    assert len(written) == len(_read(REGISTERS))
    assert set(written.split) == {"train"} and set(written.source) == {"authored"}
