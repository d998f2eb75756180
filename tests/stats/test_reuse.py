"""Template reuse: copied sentences are found across articles, originality follows."""

import pandas as pd
import pytest

from unionmine.stats.insights.reuse import find_reuse, shared_by_pair
from unionmine.text.sentences import split_sentences

SHARED = "安全、文明、稳定、和谐的校园环境是学校取得优异成绩的前提，也是学校可持续发展的基础。"
NAMED_A = "青石镇中心小学工会全年共组织教职工开展了十二次集体学习活动。"
NAMED_B = "白沙镇中心小学工会全年共组织教职工开展了十二次集体学习活动。"
OWN_A = "五月份我们为三位退休教师举办了简朴而温馨的座谈会，大家畅谈变化。"
OWN_B = "今年秋天学校新建的塑胶跑道投入使用，教职工晨练的人明显多了起来。"
OWN_C = "食堂改造后增加了两个窗口，午餐排队时间缩短到五分钟以内。"


def docs(*texts):
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))],
                         "title": [f"t{i}" for i in range(len(texts))], "text": list(texts)})


def test_split_sentences_keeps_offsets():
    text = "第一句话在这里。第二句话！\n第三句"
    spans = split_sentences(text)
    assert [s for _a, _b, s in spans] == ["第一句话在这里。", "第二句话！", "第三句"]
    assert all(text[a:b].strip() == s for a, b, s in spans)


def test_exact_and_renamed_copies_are_matched_and_originality_counts_chars():
    d = docs(SHARED + NAMED_A + OWN_A, SHARED + NAMED_B + OWN_B, OWN_C)
    sentences, originality, passages = find_reuse(d, threshold=0.6)
    orig = originality.set_index("doc_id")["originality"]
    n = lambda s: len(s) - sum(ch in "、，。" for ch in s)
    expected_a = n(OWN_A) / (n(SHARED) + n(NAMED_A) + n(OWN_A))
    assert orig["d0"] == pytest.approx(expected_a)
    assert orig["d2"] == 1.0
    assert sentences.loc[sentences["sentence"] == NAMED_A, "matched"].item()
    assert not sentences.loc[sentences["sentence"] == OWN_B, "matched"].item()
    assert passages["n_docs"].max() == 2 and set(passages.iloc[0]["doc_ids"].split("; ")) == {"d0", "d1"}


def test_strict_threshold_separates_renamed_sentences():
    d = docs(NAMED_A + OWN_A, NAMED_B + OWN_B)
    sentences, _o, _p = find_reuse(d, threshold=1.0)
    assert not sentences["matched"].any()


def test_reference_template_marks_sentence_in_single_article():
    d = docs(SHARED + OWN_A, OWN_B)
    sentences, originality, passages = find_reuse(d, references=["模板：" + SHARED])
    assert sentences.loc[sentences["sentence"] == SHARED, "in_reference"].item()
    assert originality.set_index("doc_id").loc["d1", "originality"] == 1.0
    assert passages.iloc[0]["in_reference"] and passages.iloc[0]["n_docs"] == 1


def test_repeat_inside_one_article_is_not_reuse_and_pairs_are_listed():
    d = docs(OWN_A + OWN_A, SHARED + OWN_B, SHARED + OWN_C)
    sentences, originality, _p = find_reuse(d)
    assert originality.set_index("doc_id").loc["d0", "originality"] == 1.0
    pairs = shared_by_pair(sentences)
    assert list(zip(pairs["doc_a"], pairs["doc_b"])) == [("d1", "d2")]


def test_short_sentences_are_ignored_and_bad_threshold_rejected():
    sentences, originality, _p = find_reuse(docs("好的。好的。", "好的。"))
    assert sentences.empty and originality["originality"].isna().all()
    with pytest.raises(ValueError):
        find_reuse(docs(OWN_A), threshold=0)


def test_a_passage_copied_into_many_articles_names_fifty_and_counts_the_rest():
    from unionmine.stats.insights.reuse import MAX_LISTED

    n = MAX_LISTED + 10
    docs = pd.DataFrame({"doc_id": [f"d{i:03d}" for i in range(n)], "title": [f"第{i}校总结" for i in range(n)],
                         "text": [f"第{i}校。组织全体教职工开展登山活动增强体质凝聚人心。" for i in range(n)]})
    _sentences, _originality, passages = find_reuse(docs)
    row = passages.iloc[0]
    assert row["n_docs"] == n
    assert row["doc_ids"].count("; ") == MAX_LISTED and row["doc_ids"].endswith("…（另10篇）")
    assert row["titles"].startswith("第0校总结; 第1校总结")


def _built_sentences(seed: int, shared: int, n: int = 60) -> tuple[str, str]:
    """Two sentences of N distinct characters, the first SHARED the same: a known 4-gram Jaccard."""
    import random

    pool = [chr(c) for c in range(0x4E00, 0x9FA5)]
    chars = random.Random(seed).sample(pool, 2 * n - shared)
    return "".join(chars[:n]) + "。", "".join(chars[:shared] + chars[n:]) + "。"


@pytest.mark.parametrize("shared, jaccard, least_joined", [(52, 0.754, 0), (54, 0.810, 38), (56, 0.869, 40)])
def test_sentences_just_under_the_threshold_are_never_joined_and_just_over_are(shared, jaccard, least_joined):
    """The exact Jaccard decides (none under 0.8 joined); LSH's candidates miss few over it (were 13 and 26
    in 40 with datasketch's even weights)."""
    from unionmine.documents.duplicates import shingles

    joined = 0
    for seed in range(40):
        a, b = _built_sentences(seed, shared)
        sa, sb = shingles(a, 4), shingles(b, 4)
        assert len(sa & sb) / len(sa | sb) == pytest.approx(jaccard, abs=0.002)
        sentences, _originality, _passages = find_reuse(docs(a, b))
        joined += bool(sentences["matched"].all())
    assert joined >= least_joined if least_joined else joined == 0
