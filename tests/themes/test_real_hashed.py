"""The hashed part of the default model (unionmine/data/real_hashed.json, ``themes.hashed``).

It is fitted by ``scripts/real_themes.py refit`` on the committed annotations and the labelled
real sections (texts in a local copy, not in the repository); these tests need no local copy.
"""

import hashlib
import json
import math

import numpy as np
from conftest import json_strings

from unionmine.store.paths import ANNOTATIONS
from unionmine.themes import ThemeClassifier, classify, get_classifier, realcal
from unionmine.themes.hashed import HASHED_PART, HashedPart, file_digest, hash_features, tokens

THEMES = ["维权", "送温暖", "文体活动", "民主管理"]


def _chinese(s: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in s)


def test_shipped_weight_file_holds_numbers_and_theme_names_only():
    data = json.loads(HASHED_PART.read_text(encoding="utf-8"))
    assert data["themes"] == THEMES and data["hashing"]["alternate_sign"] is False
    assert [s for s in json_strings(data) if _chinese(s) and s not in THEMES] == []
    n = data["hashing"]["n_features"]
    for theme in THEMES:
        w = data["weights"][theme]
        assert len(w["columns"]) == len(w["values"]) > 1000
        assert all(isinstance(c, int) and 0 <= c < n for c in w["columns"])
        assert all(v != 0 and math.isfinite(v) for v in w["values"])
    fitted = data["fitted_on"]
    assert fitted["annotations_digest"] == realcal.training_digest(ANNOTATIONS), (
        "the training data changed since the hashed part was fitted: run scripts/real_themes.py refit")
    assert fitted["n_sections"] >= 300 and fitted["n_committed_rows"] > 1000


def test_calibration_reads_the_shipped_weight_file():
    cal = realcal.read_calibration()
    assert cal["inputs"] == realcal.INPUTS and np.asarray(cal["coef"]).shape == (4, 3)
    assert cal["hashed_sha256"] == file_digest(HASHED_PART), "refit the hashed part and the calibration together"
    # the hashed input carries weight for every theme (it was kept because it helps)
    assert (np.asarray(cal["coef"])[:, 2] > 0).all()


def test_default_classifier_loads_the_hashed_part_without_a_local_copy():
    clf = get_classifier()
    assert clf.hashed_part_ is not None and clf.joint_coef_.shape == (4, 3)
    texts = ["工会组织教职工开展羽毛球比赛和登山活动。", "召开教代会，审议通过《奖励性绩效工资分配方案》。"]
    parts = clf.parts(texts)
    assert set(parts) == {"supervised", "lexicon", "hashed", "combined"}
    # the combined score is the calibration's regression over the three parts
    z = (np.stack([np.log(np.clip(parts["supervised"], 1e-4, 1 - 1e-4) / np.clip(1 - parts["supervised"], 1e-4, 1)),
                   parts["lexicon"], np.log(parts["hashed"] / (1 - parts["hashed"]))], axis=-1) * clf.joint_coef_).sum(-1)
    assert np.allclose(parts["combined"], 1 / (1 + np.exp(-(z + clf.joint_intercept_))), atol=1e-6)
    item = classify(texts[:1], explain=True)[0]
    why = item["explain"]["文体活动"]
    assert {"supervised", "lexicon", "hashed", "combined", "threshold", "on", "reasons"} <= set(why)
    assert why["on"] and "文体活动" in item["labels"]


def test_saved_default_model_keeps_the_hashed_part(tmp_path):
    clf = get_classifier()
    texts = ["年底走访慰问困难教职工十二户。", "组织全体会员学习工会章程。"]
    loaded = ThemeClassifier.load(clf.save(tmp_path / "m.json"))
    assert loaded.hashed_part_ is not None
    assert np.allclose(loaded.predict_proba(texts), clf.predict_proba(texts))
    assert (loaded.predict(texts) == clf.predict(texts)).all()


def test_hashing_is_the_documented_one():
    # words prefixed w, character 2- and 3-grams prefixed c, white space left out
    assert tokens("教代会 审议") == ["w教代会", "w审议", "c教代", "c代会", "c会审", "c审议", "c教代会", "c代会审", "c会审议"]
    X = hash_features(["慰问慰问"], 2 ** 20)
    counts = {}
    for t in tokens("慰问慰问"):
        col = int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(), "little") % 2 ** 20
        counts[col] = counts.get(col, 0) + 1
    want = {c: 1 + math.log(k) for c, k in counts.items()}
    norm = math.sqrt(sum(v * v for v in want.values()))
    got = dict(zip(X.indices.tolist(), X.data.tolist()))
    assert got.keys() == want.keys() and all(abs(got[c] - v / norm) < 1e-12 for c, v in want.items())
    assert hash_features([""], 2 ** 20).nnz == 0


def test_hashed_part_learns_and_round_trips(tmp_path):
    texts = [f"第{k}分会组织会员{w}比赛" for k in range(8) for w in ("拔河", "跳绳")]
    texts += [f"第{k}分会走访{w}职工" for k in range(8) for w in ("生病", "退休")]
    y = np.array([[0, 0, 1, 0]] * 16 + [[0, 1, 0, 0]] * 16)
    part = HashedPart(n_features=2 ** 16).fit(texts, y, THEMES)
    new = ["工会组织拔河比赛", "走访生病职工"]
    d = part.decision(new)
    assert d[0, 2] > 0 > d[0, 1] and d[1, 1] > 0 > d[1, 2]
    assert (d[:, 0] == -9.0).all()  # a theme with no example never fires
    path = part.save(tmp_path / "h.json", {"note": "test"})
    again = HashedPart.load(path)
    assert np.allclose(again.decision(new), d, atol=1e-4) and again.fitted_on_ == {"note": "test"}
    assert [s for s in json_strings(json.loads(path.read_text(encoding="utf-8"))) if _chinese(s) and s not in THEMES] == []
