"""Theme methods behind one interface: contract, explanations, save/load, shares."""

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from unionmine.schema import OTHER, THEMES
from unionmine.sections.parse import parse_sections
from unionmine.themes import (
    KeywordBaseline,
    LexiconScorer,
    ThemeClassifier,
    classify,
    load_annotations,
    score_sections,
    theme_profile,
)
from unionmine.themes._text import prepare

FIXTURE = Path(__file__).parents[1] / "data" / "themes" / "annotations.jsonl"


@pytest.fixture(scope="module")
def data():
    return load_annotations(FIXTURE, themes=THEMES)


def test_lexicon_scores_seed_terms_and_respects_exclusions():
    lex = LexiconScorer()
    p = lex.predict_proba(["开展教职工篮球比赛", "开展劳动竞赛和教学比赛", "召开教代会"])
    sport, democ = THEMES.index("文体活动"), THEMES.index("民主管理")
    assert p[0, sport] > 0.5 and p[1, sport] < 0.5
    assert p[2, democ] > p[2, sport]
    why = lex.explain(["慰问生病教师，慰问困难职工"])[0]["送温暖"]
    assert why[0][0] == "慰问" and why[0][1] > 1.0


def test_keyword_baseline_fires_on_any_term():
    out = KeywordBaseline().predict(["开展劳动竞赛", "政治学习"])
    assert out[0, THEMES.index("文体活动")] == 1 and out[1].sum() == 0


def test_supervised_fits_predicts_and_roundtrips_json(data, tmp_path):
    train = data[data.split == "train"]
    clf = ThemeClassifier(cv=3).fit(train.text.tolist(), train.labels.tolist())
    assert clf.themes_ == THEMES and clf.coef_.shape[0] == 4 and len(clf.thresholds_) == 4
    test = ["看望住院教师，慰问退休教师。", "召开教代会，落实校务公开。"]
    pred = clf.predict(test)
    assert pred[0, THEMES.index("送温暖")] == 1 and pred[1, THEMES.index("民主管理")] == 1
    path = clf.save(tmp_path / "model.json")
    assert json.loads(path.read_text(encoding="utf-8"))["format"].startswith("unionmine-theme-model")
    again = ThemeClassifier.load(path)
    np.testing.assert_allclose(again.predict_proba(test), clf.predict_proba(test), atol=1e-6)


def test_training_is_deterministic_and_order_free(data):
    train = data[data.split == "train"]
    a = ThemeClassifier(cv=3).fit(train.text.tolist(), train.labels.tolist())
    shuffled = train.sample(frac=1.0, random_state=7)
    b = ThemeClassifier(cv=3).fit(shuffled.text.tolist(), shuffled.labels.tolist())
    np.testing.assert_array_equal(a.thresholds_, b.thresholds_)
    np.testing.assert_allclose(a.predict_proba(["组织拔河比赛"]), b.predict_proba(["组织拔河比赛"]))


def test_classify_contract(data):
    texts = ["举办教职工羽毛球比赛", "", "Hello world, nothing Chinese here", "召开教代会，推行校务公开。" * 2000,
             "組織教職工籃球比賽<br/>http://example.com/x.html"]
    out = classify(texts, annotations=FIXTURE)
    assert len(out) == len(texts)
    for item in out:
        assert set(item["scores"]) == set(THEMES)
        assert all(0.0 <= v <= 1.0 for v in item["scores"].values())
        assert item["labels"] and (item["labels"] == [OTHER] or OTHER not in item["labels"])
    assert "文体活动" in out[0]["labels"]
    assert out[1]["labels"] == [OTHER] and out[2]["labels"] == [OTHER]
    assert "民主管理" in out[3]["labels"]
    assert "文体活动" in out[4]["labels"]  # Traditional characters and web noise


def test_classify_explain_names_terms(data):
    out = classify(["开展送温暖活动，慰问困难教职工"], method="lexicon", explain=True, annotations=FIXTURE)
    why = out[0]["explain"]["送温暖"]
    terms = [t for t, _ in why["reasons"]]
    assert "送温暖" in terms and "慰问" in terms
    assert why["lexicon"] == why["combined"] == out[0]["scores"]["送温暖"] and why["on"]


def test_classify_explain_shows_both_parts_the_combined_score_and_the_threshold(data, tmp_path, monkeypatch):
    from unionmine import themes

    monkeypatch.setenv("UNIONMINE_CACHE", str(tmp_path))
    monkeypatch.setattr(themes, "_cache", {})
    texts = ["看望住院教师，慰问退休教师。", "组织政治学习。", ""]
    out = classify(texts, method="blend", explain=True, annotations=FIXTURE)
    clf = themes.get_classifier("blend", annotations=FIXTURE)
    parts = clf.parts(texts[:2])
    for i, item in enumerate(out):
        assert set(item["explain"]) == set(THEMES)
        for j, theme in enumerate(THEMES):
            why = item["explain"][theme]
            assert set(why) == {"supervised", "lexicon", "combined", "threshold", "on", "reasons"}
            assert why["combined"] == item["scores"][theme]
            assert why["threshold"] == pytest.approx(clf.thresholds_[j], abs=1e-4)
            assert why["on"] == (theme in item["labels"]) == (why["combined"] >= clf.thresholds_[j] - 1e-4)
            if i < 2:
                assert why["supervised"] == pytest.approx(parts["supervised"][i, j], abs=1e-4)
                assert why["lexicon"] == pytest.approx(parts["lexicon"][i, j], abs=1e-4)
            else:  # no Chinese: every score zero
                assert why["supervised"] == why["lexicon"] == why["combined"] == 0.0
    assert out[0]["explain"]["送温暖"]["on"] and out[0]["explain"]["送温暖"]["lexicon"] > 0.5


def test_prepare_converts_and_strips():
    assert prepare("<p>工會&amp;教職工</p> https://a.b/c") == "工会&教职工"


def test_score_sections_and_profile_shares_sum_to_one():
    text = "一、文体活动\n举办篮球赛。\n组织教职工登山。\n二、送温暖\n慰问生病住院教师，走访困难教职工。\n三、政治学习\n学习党的精神。"
    sections = pd.DataFrame(parse_sections("d1", text) + parse_sections("d2", "召开教代会，审议提案。"))
    scored = score_sections(sections, method="lexicon", annotations=FIXTURE)
    assert {f"score_{t}" for t in THEMES} <= set(scored.columns)
    assert "文体活动" in scored.loc[0, "labels"] and "送温暖" in scored.loc[1, "labels"]
    profile = theme_profile(scored, method="lexicon", annotations=FIXTURE).set_index("doc_id")
    shares = profile[[f"share_{t}" for t in THEMES + [OTHER]]]
    np.testing.assert_allclose(shares.sum(axis=1), 1.0)
    assert profile.loc["d1", "share_文体活动"] > 0 and profile.loc["d1", "share_其他"] > 0
    assert profile.loc["d2", "share_民主管理"] == pytest.approx(1.0)
    assert theme_profile(sections.iloc[0:0]).empty


def test_default_model_is_cached_on_disk_and_a_broken_file_is_rebuilt(tmp_path, monkeypatch):
    from unionmine import themes
    from unionmine.themes import modelcache

    monkeypatch.setenv("UNIONMINE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(themes, "_cache", {})
    first = themes.get_classifier("supervised", annotations=FIXTURE)
    files = list((tmp_path / "cache").glob("theme-model-supervised-*.json"))
    assert len(files) == 1
    key = modelcache.model_key("supervised", FIXTURE)
    assert key[:24] in files[0].name and key != modelcache.model_key("combined", FIXTURE)

    monkeypatch.setattr(themes, "_cache", {})

    def no_training(self, X, Y):
        raise AssertionError("the cached model should have been loaded, not trained")

    with monkeypatch.context() as m:
        m.setattr(ThemeClassifier, "fit", no_training)
        again = themes.get_classifier("supervised", annotations=FIXTURE)
    texts = ["看望住院教师", "召开教代会"]
    np.testing.assert_allclose(again.predict_proba(texts), first.predict_proba(texts), atol=1e-6)

    files[0].write_text('{"format": "unionmine-theme-model/1", "params": {', encoding="utf-8")
    monkeypatch.setattr(themes, "_cache", {})
    rebuilt = themes.get_classifier("supervised", annotations=FIXTURE)
    np.testing.assert_allclose(rebuilt.predict_proba(texts), first.predict_proba(texts), atol=1e-6)
    assert json.loads(files[0].read_text(encoding="utf-8"))["format"].startswith("unionmine-theme-model")


@pytest.mark.parametrize("writable", [True, False])
def test_the_process_that_trains_labels_exactly_as_one_that_loads(tmp_path, monkeypatch, writable):
    """The saved file rounds the weights; a freshly trained model is used in its saved form."""
    from unionmine import themes

    cache = tmp_path / "cache"
    if not writable:
        cache.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("UNIONMINE_CACHE", str(cache))
    monkeypatch.setattr(themes, "_cache", {})
    trained = themes.get_classifier("supervised", annotations=FIXTURE)
    data = themes.load_annotations(FIXTURE, themes=THEMES)
    fitted = themes.make_model("supervised").fit(
        data.text.tolist(), data.labels.tolist(), groups=data.group.tolist()  # as get_classifier fits
    )
    assert not np.array_equal(fitted.coef_, trained.coef_)  # the round trip does change the weights
    saved = tmp_path / "saved.json"
    fitted.save(saved)
    loaded = ThemeClassifier.load(saved)
    assert np.array_equal(trained.coef_, loaded.coef_)
    assert np.array_equal(trained.thresholds_, loaded.thresholds_)


def test_changed_annotations_change_the_cache_key(tmp_path):
    from unionmine.themes.modelcache import model_key

    copy = tmp_path / "a.jsonl"
    copy.write_bytes(FIXTURE.read_bytes())
    before = model_key("combined", copy)
    copy.write_bytes(FIXTURE.read_bytes() + b"\n")
    assert model_key("combined", copy) != before


def test_combined_explanations_are_words_and_seed_terms(data):
    train = data[data.split == "train"]
    clf = ThemeClassifier(cv=3).fit(train.text.tolist(), train.labels.tolist())
    why = clf.explain(["慰问生病住院的退休教师，组织教职工登山。"])[0]
    terms = [t for t, _ in why["送温暖"]]
    assert "慰问" in terms and "住院" in terms  # seed terms of the taxonomy
    from unionmine.themes.taxonomy import load_taxonomy

    readable = set(clf.word_vocabulary_) | load_taxonomy().all_terms()
    char_only = set(clf.char_vocabulary_) - readable
    for reasons in why.values():
        for term, weight in reasons:
            assert weight > 0 and not term.startswith("词表")
            # every reason is a seed term or a whole word, never a bare character n-gram
            assert term in readable and term not in char_only


def test_context_cues_lower_outsider_and_keep_member_scores():
    lex = LexiconScorer()
    care = THEMES.index("送温暖")
    members, outsiders = lex.predict_proba(["走访慰问困难教职工。", "走访慰问灾区的贫困户和留守学生。"])
    assert members[care] > outsiders[care]


def test_blend_averages_the_supervised_probability_with_the_lexicon_score(data, tmp_path):
    train = data[data.split == "train"]
    texts = ["看望住院教师,慰问退休教师。", "召开教代会,落实校务公开。", "组织政治学习。"]
    plain = ThemeClassifier(cv=3, use_lexicon=False).fit(train.text.tolist(), train.labels.tolist())
    half = ThemeClassifier(cv=3, use_lexicon=False, blend=0.5).fit(train.text.tolist(), train.labels.tolist())
    lex = LexiconScorer().raw_scores(texts)
    np.testing.assert_allclose(half.predict_proba(texts), 0.5 * plain.predict_proba(texts) + 0.5 * lex, atol=1e-9)
    per_theme = ThemeClassifier(cv=3, use_lexicon=False, blend=(1.0, 0.0, 0.0, 0.0)).fit(
        train.text.tolist(), train.labels.tolist()
    )
    p = per_theme.predict_proba(texts)
    np.testing.assert_allclose(p[:, 0], lex[:, 0], atol=1e-9)
    np.testing.assert_allclose(p[:, 1:], plain.predict_proba(texts)[:, 1:], atol=1e-9)
    again = ThemeClassifier.load(per_theme.save(tmp_path / "blend.json"))
    np.testing.assert_allclose(again.predict_proba(texts), p, atol=1e-6)
    assert any(term == "慰问" for term, _ in half.explain(texts[:1])[0]["送温暖"])
    with pytest.raises(Exception, match="between 0 and 1"):
        ThemeClassifier(blend=1.5).fit(train.text.tolist(), train.labels.tolist())


def _found(text: str, theme: str) -> dict[str, float]:
    return dict(LexiconScorer().explain([text], top=20)[0][theme])


def test_lexicon_longest_find_wins_over_the_terms_it_overlaps():
    # 工会法 (weak) overlaps the longer 法律援助 (strong): only the longer one counts
    assert set(_found("工会法律援助站为三名教师提供了帮助", "维权")) == {"法律援助"}
    assert set(_found("组织学习工会法", "维权")) == {"工会法"}
    # a term inside a longer one of the same theme never counts beside it
    assert set(_found("开展工资集体协商", "维权")) == {"工资集体协商"}


def test_lexicon_terms_with_a_bounded_gap():
    assert "关心…职工" in _found("工会关心广大职工的疾苦", "送温暖")
    # a gap spans a few characters of one clause, not a whole sentence or a clause mark
    assert "关心…职工" not in _found("关心学校的长远发展和全体在岗职工", "送温暖")
    assert "关心…职工" not in _found("关心，职工", "送温暖")
    # a term without a gap beats a gap find of the same length; the rest still counts
    assert set(_found("关心退休职工", "送温暖")) == {"退休职工", "关心"}


def test_weak_cross_theme_terms_do_not_pull_into_care():
    lex = LexiconScorer()
    care, rights = THEMES.index("送温暖"), THEMES.index("维权")
    p = lex.predict_proba(["为全体教职工缴纳生育保险", "举办青年教师基本功比赛", "看望生育的女教师"])
    assert p[0, care] == 0.0 and p[0, rights] > 0.5
    assert p[1, care] == 0.0
    assert p[2, care] > 0.5


def test_staff_congress_on_pay_rules_is_rights_too_and_on_reports_is_not():
    lex = LexiconScorer()
    rights, democ = THEMES.index("维权"), THEMES.index("民主管理")
    on_rules = [
        "三月召开教代会，审议通过了《教职工奖励性绩效分配办法》。",
        "学校《职称推荐评审细则》和《教师考核办法》先后提交教职工代表大会讨论表决。",
    ]
    on_reports = ["召开第六届教代会第二次会议，听取并审议了校长工作报告和财务工作报告。"]
    p = lex.predict_proba(on_rules + on_reports)
    assert (p[:2, democ] > 0.5).all() and p[2, democ] > 0.5
    assert (p[:2, rights] > 0.5).all() and p[2, rights] == 0.0
    assert "教代会+待遇规则" in _found(on_rules[1], "维权")
    # the two words must stand close together in one paragraph
    far = "召开教代会。\n" + "学校开展了许多有益的工作" * 5 + "，发放了工资"
    assert "教代会+待遇规则" not in _found(far, "维权")
    far = "召开教代会，" + "学校开展了许多有益的工作" * 8 + "，发放了工资"  # more than the window (80) apart
    assert "教代会+待遇规则" not in _found(far, "维权")


def test_staff_congress_rule_holds_on_real_wording():
    """The 教代会 rule (源头参与) as real reports word it: the congress in one sentence, its rules a
    sentence or two later; Traditional characters; a site's inline pinyin; 奖惩/请假/晋升 rules."""
    lex = LexiconScorer()
    rights = THEMES.index("维权")
    found = [
        # congress named, the leave and attendance rules two sentences on (about 60 characters)
        ("学校召开第三届二次教职工代表大会。会前由校委会和工会委员会拟定议题，代表们分组逐条讨论，"
         "修订了《青禾中学教职工请假与考勤办法》。"),
        # Traditional, as 16 pages of the real set are written
        "本學期召開教職工代表大會，審議通過《教師職稱晉升評審辦法》和《年度考核實施細則》。",
        # a site that prints pinyin after hard words
        "十月十日召开教代会，讨(tǎo)论(lùn)并举手表决通过了《奖励性绩(jì)效工资考核方案》。",
        # the rules first, the congress after them
        "凡奖惩办法等涉及教职工切身利益的方案，一律先提交教师代表大会审议。",
        # an all-staff meeting of a small school
        "召开全体教工大会，讨论本年度晋升评审的推荐办法。",
    ]
    for text in found:
        assert "教代会+待遇规则" in _found(text, "维权"), text
    p = lex.predict_proba(found)
    assert (p[:, rights] > 0.5).all()
    not_found = [
        "召开第二届教代会第三次会议，听取并审议学校工作报告、财务工作报告和提案工作报告。",  # reports only
        "學校召開教職工代表大會，聽取校長工作報告。",  # Traditional, reports only
        "召开教代会，代表们畅所欲言。\n年底为全体教职工发放了节日福利。",  # two paragraphs
        "班主任给学生讲了(le)请假的规矩。",  # pinyin in brackets, no congress
    ]
    for text in not_found:
        assert "教代会+待遇规则" not in _found(text, "维权"), text


def test_prepare_drops_inline_pinyin_only():
    from unionmine.themes._text import prepare

    assert prepare("调(diào)动教职工的积极性，发(fā)挥作用") == "调动教职工的积极性，发挥作用"
    # brackets without a tone mark, or not after a Chinese character, stay
    assert prepare("第(1)条，方案(a)，Word(diào)") == "第(1)条，方案(a)，Word(diào)"


def _either_part_rows():
    """Sport written two ways: with lexicon terms (篮球, 拔河) or with made-up words the lexicon
    does not know (蹦蹦床, 飞盘); the other rows are 其他, most of them with weak sport words
    (活动, 丰富, 兴趣), which an average of the two parts must stay below."""
    rows = []
    for k in range(12):
        rows.append((f"第{k}工会小组组织教职工篮球和拔河，共{k + 3}队参加。", ["文体活动"]))
        rows.append((f"第{k}工会小组组织教职工蹦蹦床和飞盘，共{k + 3}队参加。", ["文体活动"]))
        rows.append((f"第{k}工会小组组织教职工学习文件和制度，共{k + 3}人参加。", [OTHER]))
        rows.append((f"第{k}工会小组整理档案和报表，活动丰富，兴趣浓厚，共{k + 3}人参加。", [OTHER]))
        rows.append((f"第{k}工会小组开展师德学习活动，内容丰富，兴趣很高，共{k + 4}人参加。", [OTHER]))
        rows.append((f"第{k}工会小组开展业务培训活动，形式丰富，培养兴趣，共{k + 5}人参加。", [OTHER]))
    return [t for t, _ in rows], [labels for _, labels in rows], [f"doc{k % 6}" for k in range(len(rows))]


def test_stacked_blend_lets_either_part_carry_a_theme(tmp_path):
    texts, labels, groups = _either_part_rows()
    sport = THEMES.index("文体活动")
    stacked = ThemeClassifier(use_lexicon=False, stack=True, cv=3).fit(texts, labels, groups=groups)
    new = ["组织教职工蹦蹦床和飞盘。", "组织教职工篮球赛。", "工会小组整理档案和报表。"]
    assert stacked.predict(new)[:, sport].tolist() == [1, 1, 0]
    parts = stacked.parts(new)
    assert parts["lexicon"][0, sport] == 0.0 and parts["supervised"][0, sport] >= 0.5  # the supervised part alone
    np.testing.assert_allclose(parts["combined"], stacked.predict_proba(new))
    # the stacker and its thresholds survive the JSON file
    again = ThemeClassifier.load(stacked.save(tmp_path / "stack.json"))
    np.testing.assert_allclose(again.predict_proba(new), stacked.predict_proba(new), atol=1e-6)
    np.testing.assert_array_equal(again.thresholds_, stacked.thresholds_)
    assert again.stack and again.stack_coef_.shape == (len(THEMES), 2)
    # an average with a fixed lexicon share has a gate: without a lexicon term it cannot fire
    averaged = ThemeClassifier(use_lexicon=False, blend=0.7, cv=3).fit(texts, labels, groups=groups)
    assert averaged.predict(new)[:, sport].tolist() == [0, 1, 0]


def test_groups_keep_a_document_on_one_side_of_the_internal_folds():
    from unionmine.themes.supervised import _folds

    groups = [f"doc{k // 3}" for k in range(18)]
    for train, test in _folds(18, 5, groups, 0):
        assert not {groups[i] for i in train} & {groups[i] for i in test}
    assert len(_folds(18, 5, None, 0)) == 5 and _folds(1, 5, None, 0) == []
    texts, labels, groups = _either_part_rows()
    with pytest.raises(Exception, match="groups"):
        ThemeClassifier(stack=True, cv=3).fit(texts, labels, groups=groups[:-1])


def test_the_theme_model_is_fitted_with_one_blas_thread():
    """A multi-threaded BLAS sums in an order set by the thread count: the seed run's scores differed between
    OMP_NUM_THREADS=1 and the default until the fit ran on one thread."""
    from threadpoolctl import threadpool_info

    from unionmine.themes.modelcache import fit_reproducibly

    def fit():
        return [pool["num_threads"] for pool in threadpool_info()]

    assert fit_reproducibly(fit) and set(fit_reproducibly(fit)) == {1}
