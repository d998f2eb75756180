"""The hashed part (``themes.hashed``): a linear model over hashed words and character n-grams
whose weight file holds no text, the optional third input of the real-document calibration
(``scripts/real_themes.py refit --hashed``; not shipped by default, see docs/EVALUATION.md).
The refit itself is tested in tests/test_real_themes.py on invented rows.
"""

import hashlib
import json
import math

import numpy as np
from conftest import json_strings

from unionmine.themes import classify, make_model
from unionmine.themes.hashed import HashedPart, hash_features, mean_part, tokens

THEMES = ["维权", "送温暖", "文体活动", "民主管理"]


def _chinese(s: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in s)


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


def _rows():
    texts = [f"第{k}分会组织会员{w}比赛" for k in range(8) for w in ("拔河", "跳绳")]
    texts += [f"第{k}分会走访{w}职工" for k in range(8) for w in ("生病", "退休")]
    return texts, np.array([[0, 0, 1, 0]] * 16 + [[0, 1, 0, 0]] * 16)


def test_mean_of_fold_parts_is_one_linear_part():
    texts, y = _rows()
    a = HashedPart(n_features=2 ** 16).fit(texts[::2], y[::2], THEMES)
    b = HashedPart(n_features=2 ** 16).fit(texts[1::2], y[1::2], THEMES)
    new = ["工会组织跳绳比赛", "走访退休职工", "学习文件"]
    assert np.allclose(mean_part([a, b]).decision(new), (a.decision(new) + b.decision(new)) / 2)


def test_a_model_with_the_hashed_part_explains_it_and_keeps_it_when_saved(tmp_path):
    texts, y = _rows()
    labels = [[t for t, on in zip(THEMES, row) if on] for row in y]
    model = make_model("blend").fit(texts, labels, groups=[f"d{k % 4}" for k in range(len(texts))])
    model.hashed_part_ = HashedPart(n_features=2 ** 16).fit(texts, y, THEMES)
    model.joint_coef_ = np.tile([0.5, 1.0, 1.0], (4, 1))
    model.joint_intercept_ = np.full(4, -1.0)
    new = ["工会组织会员拔河比赛", "走访生病职工"]
    parts = model.parts(new)
    assert set(parts) == {"supervised", "lexicon", "hashed", "combined"}
    z = (np.stack([np.log(np.clip(parts["supervised"], 1e-4, 1 - 1e-4) / (1 - np.clip(parts["supervised"], 1e-4, 1 - 1e-4))),
                   parts["lexicon"], np.log(parts["hashed"] / (1 - parts["hashed"]))], axis=-1) * model.joint_coef_).sum(-1)
    assert np.allclose(parts["combined"], 1 / (1 + np.exp(-(z - 1.0))))
    path = model.save(tmp_path / "model.json")
    assert [s for s in json_strings(json.loads(path.read_text(encoding="utf-8"))["hashed_part"]) if _chinese(s) and s not in THEMES] == []
    item = classify(new[:1], explain=True, model=path)[0]
    why = item["explain"]["文体活动"]
    assert {"supervised", "lexicon", "hashed", "combined", "threshold", "on"} <= set(why)
    assert why["hashed"] == round(float(parts["hashed"][0, 2]), 4) and why["combined"] == round(float(parts["combined"][0, 2]), 4)
