"""Round 24's pool of unlabelled real sections and its pseudo-labels (``scripts/real_themes_unlabelled.py``): what is
kept out of the pool (labelled digests, near copies of labelled sections, repeats, pages of a left-out set), and which
pool rows a confident recipe labels. Invented pages and texts."""

import hashlib
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import real_themes_unlabelled as ru


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


KEPT = "一、关心职工生活\n工会今年走访困难教职工十二户，送去慰问金和米面油。"
LABELLED = "二、组织文体活动\n举办教职工趣味运动会，设拔河、跳绳等八个项目。"
NEAR = "三、民主管理\n召开第五届教代会第二次会议，审议通过绩效工资分配方案和职称评审办法。"
NEAR_LABELLED = "召开第五届教代会第二次会议，审议通过绩效工资分配方案和职称评审办法，代表们认真讨论。"


def test_the_pool_keeps_only_sections_no_label_file_holds(tmp_path, monkeypatch):
    monkeypatch.setattr(ru, "INGEST_SETS", [6])
    labels, ingest = tmp_path / "labels", tmp_path / "ingest"
    _write(labels / "labels.jsonl", [{"url": "http://a.example/1", "sha256": _sha(LABELLED)}])
    _write(labels / "labels4_shared.jsonl", [{"url": "http://x.example/9", "sha256": "0" * 64}])
    _write(tmp_path / "real_sections.jsonl", [{"id": "r1", "text": NEAR_LABELLED}])
    free_lines = ["学校工会2025年工作总结", *KEPT.split("\n"), *LABELLED.split("\n"), *NEAR.split("\n")]
    body = [_sha(x) for x in free_lines[1:]]  # the first line is the title, not body
    pages = tmp_path / "real_pages6" / "pages"
    pages.mkdir(parents=True)
    (pages / "p01.txt").write_text("\n".join(free_lines) + "\n", encoding="utf-8")
    (pages / "p02.txt").write_text("\n".join(KEPT.split("\n")) + "\n", encoding="utf-8")  # a repost
    (pages / "p03.txt").write_text("四、其他\n完成上级工会交办的各项任务。\n", encoding="utf-8")
    _write(ingest / "labels6.jsonl", [
        {"id": "p01", "url": "http://b.example/2", "articles": [{"body": body}]},
        {"id": "p02", "url": "http://c.example/3", "articles": [{"body": [_sha(x) for x in KEPT.split("\n")]}]},
        {"id": "p03", "url": "http://a.example/1", "articles": [{"body": [_sha("四、其他"), _sha("完成上级工会交办的各项任务。")]}]},
        {"id": "p04", "url": "http://d.example/4", "articles": []},  # no local copy
    ])
    rows, dropped = ru.pool_rows(tmp_path, labels, ingest)
    assert [r["text"] for r in rows] == [KEPT, "四、其他\n完成上级工会交办的各项任务。"]
    assert rows[0]["in_sets"] == [] and rows[1]["in_sets"] == ["1"]  # the page of a labelled address: wide pool only
    assert dropped == {"a labelled digest": 1, "near a labelled section": 1, "repeat in the pool": 1}
    in_sets = [r["in_sets"] for r in rows]
    assert ru._keep(in_sets, "free", "2").tolist() == [0]
    assert ru._keep(in_sets, "wide", "2").tolist() == [0, 1] and ru._keep(in_sets, "wide", "1").tolist() == [0]


def test_theme_set_names_follow_the_harness():
    assert [ru.theme_set_name(Path(p)) for p in ("labels.jsonl", "labels12.jsonl", "labels4_shared.jsonl")] == [
        "1", "12", "4s"]


def test_pseudo_labels_need_every_theme_sure_and_cap_keeps_the_surest():
    def logit(p):
        return np.log(p / (1 - p))

    probs = np.array([[0.95, 0.02, 0.01, 0.03],  # sure: 维权
                      [0.60, 0.02, 0.01, 0.03],  # 维权 unsure
                      [0.01, 0.01, 0.01, 0.04],  # sure: 其他
                      [0.99, 0.99, 0.001, 0.001]])  # sure, two themes
    pin = logit(probs)[..., None]  # one input per theme, weight 1, intercept 0: the probability itself
    coef, icpt, thr = np.ones((4, 1)), np.zeros(4), np.full(4, 0.4)
    sel, lab = ru.pseudo(pin, coef, icpt, thr, 0.05, 0.9, None)
    assert sel.tolist() == [0, 2, 3]
    assert lab.tolist() == [[1, 0, 0, 0], [0, 0, 0, 0], [1, 1, 0, 0]]
    sel, _ = ru.pseudo(pin, coef, icpt, thr, 0.05, 0.9, 1)
    assert sel.tolist() == [3]  # its least sure theme is 0.59 from its threshold, row 0's 0.37 and row 2's 0.36
    sel, _ = ru.pseudo(pin, coef, icpt, np.full(4, 0.95), 0.05, 0.9, None)  # a threshold above HI counts
    assert sel.tolist() == [2, 3]
