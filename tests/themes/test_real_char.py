"""The char part (``themes.charpart``): character 2-3-gram TF-IDF keyed by hash, the third input of the
real-document calibration (``scripts/real_themes.py refit --char``). Every text here is written for these
tests; the refit itself is tested in tests/test_real_themes.py on invented rows."""

from __future__ import annotations

import hashlib
import json
import math

import numpy as np
import pytest
from conftest import json_strings

from unionmine.errors import UsageError
from unionmine.themes import make_model, realcal
from unionmine.themes.charpart import CharPart, fit_char_part, key, ngrams, part_from_dict
from unionmine.themes.hashed import HashedPart

THEMES = ["维权", "送温暖", "文体活动", "民主管理"]
TEXTS = [
    ("春节前工会走访慰问生病住院的教师,送去慰问金。", ["送温暖"]),
    ("举办教职工羽毛球比赛和拔河比赛,共六十人参加。", ["文体活动"]),
    ("召开教代会,代表审议绩效工资分配方案并表决通过。", ["维权", "民主管理"]),
    ("与厂方协商签订工资专项集体合同,维护职工权益。", ["维权"]),
    ("组织会员学习师德规范,撰写心得体会。", []),
    ("三八节为女职工发放慰问品,举行趣味运动会。", ["送温暖", "文体活动"]),
] * 3  # every n-gram of these rows reaches min_df 3


def _y(labels) -> np.ndarray:
    return np.array([[int(t in labs) for t in THEMES] for labs in labels])


def _part() -> CharPart:
    texts, labels = zip(*TEXTS)
    return fit_char_part(list(texts), _y(labels), [], np.zeros((0, 4)), THEMES)


def test_features_are_scikit_learns_char_tfidf_on_simplified_text():
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [t for t, _ in TEXTS]
    part = CharPart().fit_vocabulary(texts)
    vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), min_df=3, sublinear_tf=True).fit(texts)
    assert sorted(key(g) for g in vec.get_feature_names_out()) == part.keys_.tolist()
    order = np.argsort([key(g) for g in vec.get_feature_names_out()])
    probe = ["工会  组织羽毛球比赛,慰问教师", "無關的文字"]
    assert np.allclose(vec.transform(probe).toarray()[:, order], part.features(probe).toarray())
    # the key is the documented digest
    assert key("教代") == int.from_bytes(hashlib.blake2b("c教代".encode(), digest_size=8).digest(), "little") % 2 ** 32
    # Traditional text is read as Simplified (the themes' prepare), so it meets the same n-grams
    assert ngrams("維護職工權益") == ngrams("维护职工权益")
    assert np.allclose(part.features(["簽訂工資專項集體合同"]).toarray(), part.features(["签订工资专项集体合同"]).toarray())


def test_decision_is_the_documented_formula():
    # a hand-made part: two n-grams; 教代会 holds 教代 once and 代会 once, 慰问慰问 holds 慰问 twice
    part = CharPart.from_dict({
        "format": "unionmine-char-part/1", "C": 10.0, "themes": THEMES, "intercept": [-1.0, -2.0, 0.0, 0.5],
        "features": {"hash": "blake2b-64 of the UTF-8 bytes of 'c' + n-gram, modulo 2**32", "ngram_range": [2, 3], "min_df": 3},
        "keys": sorted([key("教代"), key("慰问")]), "idf": [2.0, 1.5],
        "coef": {t: [float(j + 1), -float(j)] if key("教代") < key("慰问") else [-float(j), float(j + 1)]
                 for j, t in enumerate(THEMES)}})
    d = part.decision(["教代会", "慰问慰问", "羽毛球"])
    assert np.allclose(d[0], [0.0, 0.0, 3.0, 4.5])  # unit row on 教代: coefficient + intercept
    assert np.allclose(d[1], [-1.0, -3.0, -2.0, -2.5])  # unit row on 慰问 (1 + log 2, scaled to 1)
    assert np.allclose(d[2], part.intercept_)  # no n-gram of the vocabulary
    assert math.isclose(float(part.features(["慰问慰问"]).data[0]), 1.0)


def test_part_learns_and_round_trips_as_numbers_only(tmp_path):
    part = _part()
    d = part.decision(["工会举办羽毛球比赛", "教代会表决绩效工资方案"])
    assert d[0, 2] > 0 > d[0, 0] and d[1, 3] > d[0, 3]
    path = part.save(tmp_path / "char.json", {"labels_sha256": ["0" * 64]})
    data = json.loads(path.read_text(encoding="utf-8"))
    # no n-gram, no text: the only Chinese strings are the theme names
    assert all(not any("\u4e00" <= c <= "\u9fff" for c in s) for s in json_strings(data) if s not in THEMES)
    back = CharPart.load(path)
    assert back.themes_ == THEMES and back.keys_.tolist() == part.keys_.tolist() and back.fitted_on_["labels_sha256"]
    assert np.allclose(back.decision(["工会举办羽毛球比赛", "教代会表决绩效工资方案"]), d, atol=5e-3)  # 4 digits kept
    assert isinstance(part_from_dict(data), CharPart)
    assert isinstance(part_from_dict(HashedPart().fit([t for t, _ in TEXTS], _y([l for _, l in TEXTS]), THEMES).to_dict()), HashedPart)


def test_missing_or_corrupt_weights_give_a_clear_error(tmp_path):
    with pytest.raises(UsageError, match="cannot read the char theme part"):
        CharPart.load(tmp_path / "absent.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "unionmine-char-part/1", "keys": [1, 2', encoding="utf-8")
    with pytest.raises(UsageError, match="cannot read the char theme part"):
        CharPart.load(bad)
    data = _part().to_dict()
    data["idf"] = data["idf"][:-1]
    with pytest.raises(UsageError, match="do not match"):
        CharPart.from_dict(data)
    del data["coef"]
    with pytest.raises(UsageError, match="incomplete or malformed"):
        CharPart.from_dict(data)
    with pytest.raises(UsageError, match="not fitted"):
        CharPart().decision(["工会"])


def _calibrated(tmp_path):
    """A blend fitted on the texts above (as an annotations folder), a char part and a hand-written
    three-input calibration beside it."""
    folder = tmp_path / "ann"
    folder.mkdir()
    rows = [{"id": f"c{n}", "source": "mini", "article": f"a{n % 6}", "split": "train", "heading": "", "text": t,
             "labels": labs or ["其他"]} for n, (t, labs) in enumerate(TEXTS)]
    (folder / "mini.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    char_file = _part().save(tmp_path / "real_char.json")
    coef = np.array([[0.5, 2.0, 0.25]] * 4)
    cal_file = realcal.write_calibration(tmp_path / "cal.json", THEMES, coef, np.full(4, -1.0), np.full(4, 0.4), folder,
                                         {"labels": []}, 1.0, char_file=char_file)
    texts, labels = zip(*TEXTS)
    model = make_model("blend").fit(list(texts), [labs or ["其他"] for labs in labels], groups=[r["article"] for r in rows])
    return model, folder, cal_file, char_file


def test_calibration_reads_the_char_part_and_reproduces_a_pinned_score(tmp_path):
    model, folder, cal_file, char_file = _calibrated(tmp_path)
    cal = realcal.read_calibration(cal_file)
    assert cal["inputs"] == [*realcal.INPUTS[:2], realcal.CHAR_INPUT] and cal["char_file"] == "real_char.json"
    assert realcal.apply_calibration(model, cal, folder) and isinstance(model.hashed_part_, CharPart)
    text = "工会举办教职工羽毛球比赛"
    parts = model.parts([text])
    assert set(parts) == {"supervised", "lexicon", "char", "combined"}
    char = CharPart.load(char_file).decision([text])[0]
    # the char part's decision on this text, pinned (fit on the rows above, liblinear, C 10, 4 digits kept)
    assert np.allclose(char, [-2.1221, -1.9576, 0.9255, -2.8078], atol=2e-3)
    logit = np.log(np.clip(parts["supervised"][0], 1e-4, 1 - 1e-4) / (1 - np.clip(parts["supervised"][0], 1e-4, 1 - 1e-4)))
    expected = 1 / (1 + np.exp(-(0.5 * logit + 2.0 * parts["lexicon"][0] + 0.25 * char - 1.0)))
    # and the combined score of blend + char part + calibration, pinned
    assert np.allclose(model.predict_proba([text])[0], [0.0826, 0.1035, 0.8257, 0.0623], atol=1e-3)
    assert np.allclose(model.predict_proba([text])[0], expected) and np.allclose(parts["char"][0], 1 / (1 + np.exp(-char)))
    assert model.predict([text])[0].tolist() == (expected >= 0.4).astype(int).tolist()
    # the part survives a model save and load
    again = type(model).load(model.save(tmp_path / "model.json"))
    assert isinstance(again.hashed_part_, CharPart) and np.allclose(again.predict_proba([text]), model.predict_proba([text]))


def test_calibration_refuses_a_missing_or_changed_char_file(tmp_path):
    model, folder, cal_file, char_file = _calibrated(tmp_path)
    char_file.write_text(char_file.read_text(encoding="utf-8").replace('"C":10.0', '"C":11.0'), encoding="utf-8")
    with pytest.raises(UsageError, match="changed or damaged"):
        realcal.apply_calibration(model, realcal.read_calibration(cal_file), folder)
    char_file.unlink()
    with pytest.raises(UsageError, match="is missing.*refit --char"):
        realcal.apply_calibration(model, realcal.read_calibration(cal_file), folder)
    with pytest.raises(UsageError, match="beside it"):
        realcal.write_calibration(tmp_path / "cal2.json", THEMES, np.zeros((4, 3)), np.zeros(4), np.full(4, 0.5),
                                  folder, {}, 1.0, char_file=tmp_path / "elsewhere" / "real_char.json")


def test_vectorised_features_equal_the_plain_loop_exactly():
    # the fast path must give the very numbers of the documented loop, on a first call (hashing new
    # n-grams) and a second (remembered ones), for odd texts too
    part = CharPart().fit_vocabulary([t for t, _ in TEXTS])
    probe = ["", "会", "工会  组织羽毛球比赛,慰问教师\n\n召开教代会", "與廠方協商簽訂工資專項集體合同", "𠀀𠀁 慰问 😀慰问慰问",
             "ABC abc 教代会教代会教代会"] * 2
    only_unknown = ["0㐀", "𠀀𠀁"]  # n-grams, none of the vocabulary
    for texts in (probe, probe, only_unknown):
        fast, loop = part.features(texts), part._features_by_loop(texts)
        assert fast.shape == loop.shape
        assert (fast.indptr == loop.indptr).all() and (fast.indices == loop.indices).all()
        assert (fast.data == loop.data).all()


def test_gram_codes_stand_for_their_n_grams_and_never_share_one():
    from unionmine.themes.charpart import _gram_codes, _gram_of

    text = "𠀀会a 工"
    codes = _gram_codes(text, 1, 3)
    grams = [text[i : i + n] for n in (1, 2, 3) for i in range(len(text) - n + 1)]
    assert [_gram_of(int(c)) for c in codes] == grams
    assert len(set(codes.tolist())) == len(set(grams))
    assert _gram_codes("", 2, 3).size == 0 and _gram_codes("会", 2, 3).size == 0
