"""Round 13b's roles (``scripts/real_themes_roles_features.py``, ``scripts/real_themes_roles.py``): the gold roles are
matched by id and text digest, unknown rows get their own column, the place facts stay inside a page, and the role
classifier reads wording and place. Invented pages, names and sentences."""

import hashlib
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from real_themes_roles_features import (
    ROLES,
    RoleClassifier,
    grouped_oof,
    load_roles,
    place_features,
    role_matrix,
    role_text,
)


def _sha(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_load_roles_matches_by_id_and_digest(tmp_path):
    rows = [{"id": "a1", "text": "一、会议议程\n松岭小学召开教代会。"}, {"id": "b2", "text": "校长指出,要办好食堂。"},
            {"id": "c3", "text": "三月:教工拔河比赛。"}]
    lines = [{"id": "a1", "sha256": _sha(rows[0]["text"]), "role": "meeting"},
             {"id": "b2", "sha256": _sha("校长指出,要办好食堂。(旧稿)"), "role": "speech"},  # text changed since
             {"id": "zz", "sha256": _sha("别处"), "role": "other"}]
    path = tmp_path / "roles.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    idx, counts = load_roles(rows, [path])
    assert idx.tolist() == [ROLES.index("meeting"), -1, -1]
    assert counts == {"matched": 1, "changed": 1, "unused": 1}


def test_role_matrix_one_hot_with_an_unknown_column():
    m = role_matrix(np.array([0, -1, ROLES.index("speech")]))
    assert m.shape == (3, len(ROLES) + 1)
    assert m.sum(axis=1).tolist() == [1, 1, 1]
    assert m[0, 0] == 1 and m[1, -1] == 1 and m[2, ROLES.index("speech")] == 1


def test_place_features_stay_inside_a_page():
    pages = ["p", "p", "p", "q"]
    kinds = ["summary", "summary", "summary", "plan"]
    headings = ["", "一、组织建设", "（二）送温暖", ""]
    texts = ["一年来,青岚中学工会做了以下工作:", "一、组织建设\n调整了工会小组。", "（二）送温暖\n看望了病休教师。", "活动时间:五月十日"]
    F = place_features(pages, kinds, headings, texts)
    assert F[:, 0].tolist() == [1, 0, 0, 1]  # first on its page
    assert F[:, 1].tolist() == [0, 0, 1, 1]  # last on its page
    assert np.allclose(F[:, 2], [0, 0.5, 1, 0])
    assert F[:, 4].tolist() == [0, 0, 0, 1]  # plan
    assert F[:, 6].tolist() == [0, 1, 0, 0] and F[:, 7].tolist() == [0, 0, 1, 0]  # heading levels 1 and 2


def test_role_text_reads_heading_opening_and_ending_once():
    t = role_text("二、活动地点", "二、活动地点\n学校操场东侧。" + "甲" * 300 + "请准时到场。")
    assert t.startswith("H二、活动地点|B学校操场东侧。")
    assert t.endswith("请准时到场。") and t.count("二、活动地点") == 1


def _toy():
    """Invented sections of three roles, two per page; the wording decides the role."""
    speech = ["王校长在会上指出,要关心青年教师。", "李主席强调,各分会要抓好落实。", "书记指出,要办好教工之家。",
              "院长在讲话中强调,要做好慰问。", "赵主席指出,工会要当好娘家人。", "钱书记强调,要依靠教职工办学。"]
    meeting = ["5月8日,青禾医院召开职工代表大会,代表出席。", "大会审议通过了工会工作报告。", "会议由工会主席主持,委员出席。",
               "大会选举产生了新一届工会委员会。", "4月2日,松溪小学召开教代会。", "会议审议通过了绩效方案。"]
    plan = ["三月:组织教工拔河比赛。", "四月:开展读书活动。", "五月:召开教代会。", "六月:慰问退休教师。",
            "九月:庆祝教师节。", "十月:教工登山。"]
    texts = speech + meeting + plan
    y = np.array([ROLES.index("speech")] * 6 + [ROLES.index("meeting")] * 6 + [ROLES.index("work_planned")] * 6)
    pages = [f"p{i // 2}" for i in range(18)]
    place = place_features(pages, ["summary"] * 12 + ["plan"] * 6, [""] * 18, texts)
    return [role_text("", t) for t in texts], place, y, pages


def test_role_classifier_learns_wording_and_gives_every_role_a_column():
    texts, place, y, _ = _toy()
    clf = RoleClassifier(C=10.0).fit(texts, place, y)
    raw = ["周主席在会上强调,要抓好安全生产。", "6月3日,柳岸小学召开教代会。", "十一月:组织教工跳绳。", "十二月:年度总结。"]
    new_place = place_features(["n", "n", "m", "m"], ["summary", "summary", "plan", "plan"], [""] * 4, raw)
    p = clf.proba([role_text("", t) for t in raw], new_place)
    assert p.shape == (4, len(ROLES))
    assert p.argmax(axis=1).tolist() == [ROLES.index(r) for r in ("speech", "meeting", "work_planned", "work_planned")]
    assert p[:, ROLES.index("honours")].tolist() == [0, 0, 0, 0]  # never seen in fitting


def test_grouped_oof_gives_probabilities_for_every_row():
    texts, place, y, pages = _toy()
    oof = grouped_oof(texts, place, y, pages, k=3, C=10.0)
    assert oof.shape == (18, len(ROLES))
    assert np.allclose(oof.sum(axis=1), 1)
    assert (oof.argmax(axis=1) == y).mean() >= 0.6


def test_roles_are_added_per_theme_and_crossed_with_the_char_input():
    from real_themes_roles import _with_roles

    inputs = np.arange(2 * 3 * 2, dtype=float).reshape(2, 3, 2)  # 2 rows, 3 themes, 2 inputs
    R = role_matrix(np.array([1, -1]))
    out = _with_roles(inputs, R, cross=True)
    k = len(ROLES) + 1
    assert out.shape == (2, 3, 2 + 2 * k)
    np.testing.assert_array_equal(out[:, :, :2], inputs)
    np.testing.assert_array_equal(out[0, 2, 2:2 + k], R[0])
    np.testing.assert_array_equal(out[0, 2, 2 + k:], R[0] * inputs[0, 2, -1])
    assert _with_roles(inputs, R, cross=False).shape == (2, 3, 2 + k)
