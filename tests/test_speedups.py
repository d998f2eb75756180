"""The fast paths give exactly what the plain code gives: same numbers, same cleaned text.

Each speed-up is checked against the slow reference it replaces (scikit-learn's own char
analyzer, the per-sentence lexicon, the plain doubled-text regex) on the seed articles and on
generated text that mixes arbitrary Unicode with the genre's pieces.
"""

from __future__ import annotations

import numpy as np
from conftest import SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from unionmine.themes._text import prepare
from unionmine.themes.supervised import CharTfidf

PIECES = [
    "工会", "教职工", "慰问", "篮球赛", "教代会", "维护合法权益", "。", "，", "；", "\n", "\n\n", "  ", "\t",
    "\u3000", "AB", "ab", "İ", "ẞ", "一、", "(二)", "\x00", "\ud800", "𠀀", "工会工作", "工会工作总结",
]
GENRE = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=30).map("".join)
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _seed_paragraphs() -> list[str]:
    texts = [prepare(p.read_text(encoding="utf-8", errors="replace")) for p in sorted(SEEDS.glob("*.txt"))]
    return [part for text in texts for part in text.split("\n") if part.strip()]


def _pair(ngram_range=(2, 3), min_df=2, lowercase=True):
    kwargs = {"analyzer": "char", "ngram_range": ngram_range, "sublinear_tf": True, "min_df": min_df, "lowercase": lowercase}
    return TfidfVectorizer(**kwargs), CharTfidf(**kwargs)


def _same(a, b) -> None:
    assert a.shape == b.shape
    assert abs(a - b).max() <= 1e-12 if a.nnz or b.nnz else True
    assert a.nnz == b.nnz


def test_char_tfidf_matches_sklearn_on_the_seed_articles():
    parts = _seed_paragraphs()
    assert len(parts) > 50
    slow, fast = _pair()
    slow.fit(parts[::2])
    fast.fit(parts[::2])
    assert fast.vocabulary_ == slow.vocabulary_
    _same(slow.transform(parts), fast.transform(parts))


def test_char_tfidf_matches_sklearn_for_other_ranges_and_loaded_vocabularies():
    parts = _seed_paragraphs()[:40]
    for ngram_range in [(1, 1), (1, 3), (2, 2), (3, 3), (2, 4)]:
        slow, fast = _pair(ngram_range, min_df=1, lowercase=False)
        slow.fit(parts)
        # as a saved model is loaded: vocabulary and idf set by hand on a fresh vectorizer
        fast.vocabulary_, fast.idf_ = dict(slow.vocabulary_), np.asarray(slow.idf_)
        _same(slow.transform(parts + ["", "工"]), fast.transform(parts + ["", "工"]))


@SETTINGS
@given(st.lists(GENRE, min_size=1, max_size=8), st.lists(GENRE, min_size=1, max_size=8))
def test_char_tfidf_matches_sklearn_on_any_text(train, docs):
    slow, fast = _pair(min_df=1)
    try:
        slow.fit(train)
    except ValueError:  # empty vocabulary: nothing to compare
        return
    fast.fit(train)
    _same(slow.transform(docs), fast.transform(docs))


# ---------------------------------------------------------------- lexicon: one pass per theme


def _lexicon_agrees(text: str) -> None:
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes.lexicon import _slow_term_hits, term_hits

    tax = load_taxonomy()
    for theme in tax.themes:
        assert term_hits(text, theme, tax.context) == _slow_term_hits(text, theme, tax.context)


def test_lexicon_one_pass_matches_sentence_by_sentence_on_the_seeds():
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes.lexicon import LexiconScorer, _slow_term_hits

    texts = [prepare(p.read_text(encoding="utf-8", errors="replace")) for p in sorted(SEEDS.glob("*.txt"))]
    parts = _seed_paragraphs()
    for text in texts + parts:
        _lexicon_agrees(text)
    # the scores built from the hits, too: recomputed here from the reference hits
    tax = load_taxonomy()
    scores = LexiconScorer().raw_scores(parts, prepared=True)
    assert (scores > 0).sum() > 20
    for i, text in enumerate(parts):
        for j, theme in enumerate(tax.themes):
            hits = _slow_term_hits(text, theme, tax.context)
            strong = sum(w for t, w in hits.items() if theme.hit_weights()[t] >= 1.0)
            weak = sum(hits.values()) - strong
            total = (strong + (weak if strong else weak / 2)) / max(1.0, len(text) / 200) ** 0.5
            assert abs(scores[i, j] - (1 - np.exp(-total))) <= 1e-12


@SETTINGS
@given(GENRE)
def test_lexicon_one_pass_matches_sentence_by_sentence_on_any_text(text):
    _lexicon_agrees(text)


def test_lexicon_terms_holding_a_sentence_break_fall_back_to_the_reference():
    from unionmine.taxonomy import Context, Theme
    from unionmine.themes.lexicon import _slow_term_hits, term_hits

    theme = Theme("t", strong=("工会。教代会", "工会"), against=("但是",))
    context = Context(against_weight=0.5)
    text = "我们的工会。教代会召开了；但是工会"
    hits = term_hits(text, theme, context)
    assert hits == _slow_term_hits(text, theme, context)
    assert set(hits) == {"工会"}  # a term is looked for inside one sentence, never across two
    assert term_hits("但是工会", theme, context) == {"工会": 0.5}


# ---------------------------------------------------------------- cleaning: doubled-text pre-check


def _undouble_reference(line: str) -> str:
    """undouble_line without the pre-check (the doubled share decides alone)."""
    from unionmine import cleaning

    text = line.strip()
    if len(text) < cleaning.DOUBLED_MIN_CHARS or len(set(text)) < cleaning.DOUBLED_MIN_DISTINCT:
        return line
    if cleaning.doubled_share(text) < cleaning.DOUBLED_MIN_SHARE:
        return line
    saved = cleaning.DOUBLED_MIN_SHARE
    try:  # past the share test: the repair itself is the module's own
        cleaning.DOUBLED_MIN_SHARE = -1.0
        return cleaning.undouble_line(line)
    finally:
        cleaning.DOUBLED_MIN_SHARE = saved


DOUBLED = ["年年", "1010", "月月", "工会工会", "教职工教职工", "，，", "。", "人人", "ab", "慰问", "  "]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(DOUBLED + PIECES), st.text(max_size=5)), max_size=25).map("".join))
def test_doubled_pre_check_changes_nothing(line):
    from unionmine.cleaning import undouble_line

    assert undouble_line(line) == _undouble_reference(line)


def test_doubled_pre_check_on_the_seeds_and_a_doubled_line():
    from unionmine.cleaning import undouble_line

    lines = [line for p in sorted(SEEDS.glob("*.txt")) for line in p.read_text(encoding="utf-8").split("\n")]
    doubled = "20102010年年1212月月，，我校工会工会组织组织教职工教职工篮球赛篮球赛"
    for line in lines + [doubled]:
        assert undouble_line(line) == _undouble_reference(line)
    assert undouble_line(doubled) != doubled


# ---------------------------------------------------------------- dating: literal pre-check


def test_dating_pre_check_skips_only_clues_that_cannot_match():
    import re

    from unionmine.dating import _default_clues, _must_contain, infer_year_range

    clues = list(_default_clues())
    assert sum(_must_contain(c.pattern) is not None for c in clues) > len(clues) // 2
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += ["学习党的十九大精神", "工会十四大召开", "党的第十七次全国代表大会", "汶川地震后", ""]
    for clue in clues:
        needed = _must_contain(clue.pattern)
        for text in texts:
            if needed is not None and clue.pattern.search(text):
                assert any(n in text for n in needed), clue.pattern.pattern
    assert infer_year_range("学习党的十九大精神")["year_min"] == 2017
    assert _must_contain(re.compile("第?十四次")) == ("十四次",)
    assert _must_contain(re.compile("第?十")) == ("十",)
    assert _must_contain(re.compile("[十五]?")) is None
    assert _must_contain(re.compile("(?i)abc")) is None
    assert _must_contain(re.compile("(?<!团)十四大|党的十四次")) == ("十四大", "党的十四次")
    assert _must_contain(re.compile("党的第?十八次全国代表大会")) == ("十八次全国代表大会",)
    assert _must_contain(re.compile("十五大|十五届")) == ("十五",)  # the parser factors the common start


@SETTINGS
@given(st.lists(st.sampled_from(["十九大", "党的", "第", "十四", "次全国代表大会", "工会", "团", "队", "汶川", "地震",
                                 "2008", "奥运", "。"]), max_size=20).map("".join))
def test_dating_pre_check_changes_nothing(text):
    from unionmine.dating import _default_clues, infer_year_range

    clues = list(_default_clues())
    found = infer_year_range(text, clues)
    evidence = []
    for clue in clues:  # the reference: every clue searched
        m = clue.pattern.search(text)
        if m and m.group(0) not in evidence:
            evidence.append(m.group(0))
    assert found["evidence"] == evidence


# ---------------------------------------------------------------- lexicon: one pass over a batch of texts


def _batch_agrees(texts: list[str], themes=None, context=None) -> None:
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes.lexicon import _Batch, _batch_term_hits, _slow_term_hits

    tax = load_taxonomy()
    batch = _Batch(texts)
    for theme in themes or tax.themes:
        got = _batch_term_hits(batch, theme, context or tax.context)
        want = [_slow_term_hits(text, theme, context or tax.context) for text in texts]
        # same terms in the same order (the scores sum them in this order), same values
        assert [list(hits.items()) for hits in got] == [list(hits.items()) for hits in want]


def test_lexicon_batch_matches_text_by_text_on_the_seeds():
    texts = [prepare(p.read_text(encoding="utf-8", errors="replace")) for p in sorted(SEEDS.glob("*.txt"))]
    parts = _seed_paragraphs()
    _batch_agrees(parts + texts + ["", "一、工会慰问困难职工", "\n"])


@SETTINGS
@given(st.lists(GENRE, max_size=8))
def test_lexicon_batch_matches_text_by_text_on_any_text(texts):
    from unionmine.taxonomy import Context, Theme

    _batch_agrees(texts)
    # every weight in play, and an exclude phrase holding a line break (the text-by-text fallback)
    themes = [
        Theme("t", strong=("工会", "工会工作"), weak=("慰问", "教职工"), exclude=("工会工作总结",), against=("篮球赛",)),
        Theme("u", strong=("教代会",), exclude=("工会\n",), against=("AB",)),
    ]
    context = Context(slogan=("维护合法权益",), slogan_weight=0.5, against_weight=0.3, heading_weight=2.0)
    headed = ["一、工会工作\n教职工慰问", "前言。一、工会慰问\n教职工工会工作很多很多", "维护合法权益的工会工作总结"]
    _batch_agrees(texts + headed, themes, context)


# ---------------------------------------------------------------- cleaning: candidate lines only


def _reference_apply_rules(lines, rules):
    """The rules applied to every line, one rule at a time (the code before the fast path)."""
    strips = rules.of_kind("strip")
    out_lines = []
    for line in lines:
        for rule in strips:
            line = rule.pattern.sub("", line.strip())
        out_lines.append(line)
    lines = out_lines
    for rule in rules.of_kind("cut_tail"):
        for i, line in enumerate(lines):
            if rule.pattern.search(line.strip()):
                lines = lines[:i]
                break
    drops, blocks = rules.of_kind("drop_line"), rules.of_kind("drop_block")
    out, i = [], 0
    while i < len(lines):
        s = lines[i].strip()
        block = next((r for r in blocks if s and r.pattern.search(s)), None)
        if block is not None:
            j, taken = i + 1, 0
            while j < len(lines) and taken < block.max_lines:
                t = lines[j].strip()
                if t and not (block.cont and block.cont.search(t)):
                    break
                taken += bool(t)
                j += 1
            i = j
            continue
        if s and any(r.pattern.search(s) for r in drops):
            i += 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _rule_examples() -> list[str]:
    from unionmine.cleaning import default_rules

    return [rule.example for rule in default_rules().rules if rule.example]


JUNK = _rule_examples() + [
    "第3页", "。第12页", "www.f215.com", "f215.Com", "。 s", "相关推荐", "ID:7600492", "大小: 3 MB", "温馨提示:",
    "1. 本站不提供下载", "下载", "上传", "会员上传", "_第1页", "《", "》由会员上传分享", ":", "：", "(", "（",
]
PAGE = st.lists(st.one_of(st.sampled_from(JUNK + PIECES + DOUBLED), st.text(max_size=5)), max_size=40).map("".join)


def _seed_pages() -> list[str]:
    from unionmine.reading import normalize_text

    return [normalize_text(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def test_rules_on_candidate_lines_equal_every_line_on_the_seeds():
    from unionmine.cleaning import _apply_rules, _undouble_lines, default_rules, undouble_line

    rules = default_rules()
    doubled = "20102010年年1212月月，，我校工会工会组织组织教职工教职工篮球赛篮球赛"
    for page in _seed_pages() + ["\n".join(JUNK), "\n".join(reversed(JUNK)), f"标题\n {doubled} \n{doubled}"]:
        lines = page.split("\n")
        assert _undouble_lines(lines) == [undouble_line(line) for line in lines]
        assert _apply_rules(list(lines), rules) == _reference_apply_rules(list(lines), rules)


@SETTINGS
@given(PAGE)
def test_rules_on_candidate_lines_equal_every_line(page):
    from unionmine.cleaning import _apply_rules, _undouble_lines, default_rules, undouble_line

    lines = page.replace("\r", "\n").split("\n")
    assert _undouble_lines(lines) == [undouble_line(line) for line in lines]
    assert _apply_rules(list(lines), default_rules()) == _reference_apply_rules(list(lines), default_rules())


@SETTINGS
@given(PAGE)
def test_what_a_rule_needs_is_in_every_line_it_matches(line):
    from unionmine.cleaning import _may_match, _needed, default_rules

    for rule in default_rules().rules:
        if rule.pattern.search(line):
            assert _may_match(_needed(rule.pattern), line), rule.name


def test_what_a_rule_needs_for_other_patterns():
    import re

    from unionmine.cleaning import _may_match, _needed

    assert _needed(re.compile("(?i)K")) == ()  # the Kelvin sign matches too
    assert _needed(re.compile("a*b|c*")) == ()
    assert [n.pattern for n in _needed(re.compile("(?i)第x"))] == ["第"]
    for pattern, text in [("(?<=[。!])x", "。x"), ("(?i:ab)c", "ABc"), ("(a|bc)+d", "bcd"), ("[^a]b", "xb")]:
        assert re.search(pattern, text)
        assert _may_match(_needed(re.compile(pattern)), text)


# ---------------------------------------------------------------- prediction features without scikit-learn


def _reference_tfidf_pair(train: list[str]):
    """scikit-learn's own vectorizers, fitted as the theme model fits them."""
    from unionmine.segmentation import tokenize

    words = TfidfVectorizer(analyzer=tokenize, sublinear_tf=True, min_df=1, dtype=np.float64).fit(train)
    chars = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True, min_df=1, dtype=np.float64).fit(train)
    return words, chars


def _numpy_features_agree(train: list[str], docs: list[str]) -> None:
    from unionmine.themes import features as f

    words, chars = _reference_tfidf_pair(train)
    word_vocabulary = f.tokenizable_vocabulary(words.vocabulary_)
    fast_words = f.tfidf(f.word_counts(docs, word_vocabulary, len(words.vocabulary_)), words.idf_)
    keys, cols = f.char_vocabulary_index(chars.vocabulary_)
    fast_chars = f.tfidf(f.char_counts(docs, keys, cols, len(chars.vocabulary_), (2, 3)), chars.idf_)
    for slow, fast in [(words.transform(docs), fast_words), (chars.transform(docs), fast_chars)]:
        slow = slow.tocsr()
        slow.sort_indices()
        # the same bits: same cells in the same order, same values
        assert slow.shape == fast.shape
        assert np.array_equal(slow.indptr, fast.indptr) and np.array_equal(slow.indices, fast.indices)
        assert np.array_equal(slow.data, fast.data)


def test_numpy_features_equal_sklearn_on_the_seeds():
    parts = _seed_paragraphs()
    _numpy_features_agree(parts[::2], parts + ["", "的", "工会 工会", "AB ab 2023"])


@SETTINGS
@given(st.lists(GENRE, min_size=1, max_size=8), st.lists(GENRE, min_size=1, max_size=8))
def test_numpy_features_equal_sklearn_on_any_text(train, docs):
    from hypothesis import assume

    def no_surrogates(texts):  # rjieba cannot encode lone surrogates (both paths fail alike); decoded files hold none
        return [t.encode("utf-8", "replace").decode("utf-8") for t in texts]

    train, docs = no_surrogates(train), no_surrogates(docs)
    try:
        _reference_tfidf_pair(train)
    except ValueError:  # an empty vocabulary: sklearn will not fit
        assume(False)
    _numpy_features_agree(train, docs)


def test_model_predicts_without_importing_sklearn():
    import subprocess
    import sys

    code = (
        "import sys; from unionmine.themes import classify; classify(['工会慰问困难职工'], method='blend');"
        "sys.exit(1 if any(m.startswith('sklearn') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# ---------------------------------------------------------------- reading: normalisation and plausibility


def _reference_normalize_text(text: str) -> str:
    """normalize_text as it was: str.translate, and every rewrite over the whole text."""
    from unionmine import reading as r

    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(r._TRANSLATION)
    for _ in range(4):
        converted = r._PARENS_RE.sub(r._chinese_parens, text)
        if converted == text:
            break
        text = converted
    text = r._PUNCT_RE.sub(r._chinese_punct, text)
    text = r._PERIOD_RE.sub("。", text)
    text = r._SPACES_AROUND_ZH_PUNCT_RE.sub(lambda m: m.group(1) or m.group(2), text)
    text = r._SPACE_RUN_RE.sub(" ", text)
    text = "\n".join(line.strip(" \t") for line in text.split("\n"))
    text = r._BLANK_LINES_RE.sub("\n\n", text)
    return text.strip("\n")


RAW_PIECES = [
    ",", ":", ";", "!", "?", " , ", "(", ")", "(1)", "（", "）", ".", "。", " 。 ", "，", " ", "\u3000", "\u00a0",
    "\ufeff", "\u200b", "\r\n", "\r", "\x0b", "\x85", "\uff10", "\uff21", "\uff0c", "\ufe50", "\t", "a", "1",
]
RAW = st.lists(st.one_of(st.sampled_from(RAW_PIECES + PIECES), st.text(max_size=4)), max_size=40).map("".join)


def test_normalize_text_equals_the_whole_text_rewrites_on_the_seeds():
    from unionmine.reading import normalize_text

    for p in sorted(SEEDS.glob("*.txt")):
        raw = p.read_text(encoding="utf-8")
        assert normalize_text(raw) == _reference_normalize_text(raw)
    odd = "工会(一)会议 , 决定:开展活动 ! 详见 ( 附件 ) 。\r\n\u3000\u3000２０２３年 ，总结."
    assert normalize_text(odd) == _reference_normalize_text(odd)


@SETTINGS
@given(RAW)
def test_normalize_text_equals_the_whole_text_rewrites(raw):
    from unionmine.reading import normalize_text

    assert normalize_text(raw) == _reference_normalize_text(raw)


@SETTINGS
@given(RAW)
def test_plausibility_counts_like_a_loop_over_characters(text):
    from unionmine import reading

    common = reading._common_hanzi()
    sample = text[:20_000]
    expected = 0.0
    if sample:
        good = sum(1 for ch in sample if ch in common) + len(reading._PLAUSIBLE_OTHER_RE.findall(sample))
        expected = good / len(sample)
    assert reading.plausibility(text) == expected
    assert reading.plausibility("工會工作總結，教職工") == 1.0


def test_model_features_equal_the_fitted_vectorizers():
    from unionmine.themes import get_classifier

    clf = get_classifier("combined")
    texts = [prepare(t) for t in _seed_paragraphs()[:200]]
    fast = clf._transform(texts, prepared=True)
    slow = clf._features(texts, *clf._get_vectorizers())
    assert fast.shape == slow.shape and (fast != slow).nnz == 0


# ---------------------------------------------------------------- sections: non-space count


@SETTINGS
@given(st.lists(RAW, max_size=3))
def test_n_chars_counts_like_isspace(parts):
    from unionmine.sections import _n_chars

    assert _n_chars(*parts) == sum(len(p) - sum(1 for ch in p if ch.isspace()) for p in parts)
    assert _n_chars("一、工会\u3000工作\n\x1c\x85 总结") == 8


def _reference_clean_text(text: str) -> str:
    """clean_text with every line looked at by every rule and always a second pass."""
    from unionmine import cleaning as c

    def once(page: str) -> str:
        lines = [c.undouble_line(line) for line in page.split("\n")]
        lines = _reference_apply_rules(lines, c.default_rules())
        return c._tidy(c._drop_repeated_title(c._join_page_chunks(lines)))

    current = once(text.replace("\r\n", "\n").replace("\r", "\n"))
    for _ in range(20):
        cleaned = once(current)
        if cleaned == current:
            break
        current = cleaned
    return current


@SETTINGS
@given(PAGE)
def test_clean_text_equals_the_plain_passes(page):
    from unionmine.cleaning import clean_text

    assert clean_text(page) == _reference_clean_text(page)


def test_clean_text_equals_the_plain_passes_on_the_seeds():
    from unionmine.cleaning import clean_text

    for page in _seed_pages():
        assert clean_text(page) == _reference_clean_text(page)


# ---------------------------------------------------------------- lexicon: terms as a trie regex


def _reference_alternation(terms):
    """The plain alternation the trie replaces: every term, longest first."""
    import re

    ordered = sorted(set(terms), key=lambda t: (-len(t), t))
    return re.compile("|".join(re.escape(t) for t in ordered)) if ordered else None


def _same_matches(terms, text) -> None:
    from unionmine.themes.lexicon import _alternation

    fast, slow = _alternation(tuple(terms)), _reference_alternation(terms)
    if slow is None:
        assert fast is None
        return
    assert [(m.span(), m.group()) for m in fast.finditer(text)] == [(m.span(), m.group()) for m in slow.finditer(text)]


def test_trie_alternation_matches_the_plain_one_on_the_taxonomy_and_seeds():
    from unionmine.taxonomy import load_taxonomy

    tax = load_taxonomy()
    text = "\n".join(prepare(p.read_text(encoding="utf-8", errors="replace")) for p in sorted(SEEDS.glob("*.txt")))
    for theme in tax.themes:
        for terms in (tuple(theme.weighted_terms()), theme.exclude, theme.against):
            _same_matches(terms, text)
    _same_matches(tax.context.slogan, text)


@SETTINGS
@given(st.lists(st.text(alphabet="工会教职慰问金.*()a", min_size=1, max_size=4), max_size=12),
       st.text(alphabet="工会教职慰问金.*()a\n", max_size=60))
def test_trie_alternation_matches_the_plain_one_on_any_terms(terms, text):
    _same_matches(terms, text)


# ---------------------------------------------------------------- prepare: substitutions only where they can match


def _reference_prepare(text):
    import html

    from unionmine.themes._text import _SPACE, _TAG, _URL, to_simplified

    if not text:
        return ""
    text = _URL.sub(" ", _TAG.sub(" ", html.unescape(str(text))))
    text = _SPACE.sub(" ", text).strip()
    return to_simplified(text) if text else ""


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(PIECES + ["<b>", "<", "WWW.", "www.", "HTTPS://", "http://", "ſ", "W"]),
                          st.text(max_size=6)), max_size=30).map("".join))
def test_prepare_pre_checks_change_nothing(text):
    def outcome(function):  # lone surrogates make OpenCC raise, in both versions alike
        try:
            return function(text)
        except UnicodeEncodeError as exc:
            return type(exc)

    assert outcome(prepare) == outcome(_reference_prepare)


def test_prepare_pre_checks_on_the_seeds():
    for path in sorted(SEEDS.glob("*.txt")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        assert prepare(raw) == _reference_prepare(raw)
        for part in raw.split("\n"):
            assert prepare(part) == _reference_prepare(part)


@SETTINGS
@given(st.lists(st.lists(st.floats(0.01, 50.0), max_size=40), min_size=1, max_size=12), st.integers(1, 64))
def test_l2_row_normalisation_is_sklearns_to_the_bit(rows, budget):
    import scipy.sparse as sp
    from sklearn.preprocessing import normalize

    from unionmine.themes.features import _normalize_rows_l2

    indptr = np.cumsum([0] + [len(r) for r in rows])
    indices = np.concatenate([np.arange(len(r)) for r in rows]).astype(np.int32)
    data = np.array([v for r in rows for v in r], dtype=np.float64)
    X = sp.csr_matrix((data, indices, indptr), shape=(len(rows), 41))
    want = normalize(X.copy(), norm="l2", copy=False)
    _normalize_rows_l2(X, budget=budget)  # a small budget: rows normalised a few at a time
    assert np.array_equal(X.data, want.data)


# ---------------------------------------------------------------- dating: one pass for all clue literals


def _reference_clues_to_search(text, clues):
    from unionmine.dating import _must_contain

    wanted = []
    for i, clue in enumerate(clues):  # the plain pre-check: one `in` scan per clue
        needed = _must_contain(clue.pattern)
        if needed is None or any(n in text for n in needed):
            wanted.append(i)
    return wanted


def _clue_literals():
    from unionmine.dating import _default_clues, _must_contain

    return sorted({n for c in _default_clues() for n in (_must_contain(c.pattern) or ())})


def test_clue_literals_found_in_one_pass_equal_the_per_clue_scans_on_the_seeds():
    from unionmine.dating import _clues_to_search, _default_clues, _default_index

    clues = _default_clues()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += ["".join(_clue_literals()), "十五届四中全会十五大", "十十五届", "", "习近平新时代"]
    for text in texts:
        assert _clues_to_search(text, _default_index()) == _reference_clues_to_search(text, clues)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3),
                          st.sampled_from(_clue_literals()).flatmap(lambda s: st.sampled_from([s, s[:-1], s[1:]]))),
                max_size=20).map("".join))
def test_clue_literals_found_in_one_pass_equal_the_per_clue_scans(text):
    from unionmine.dating import _clue_index, _clues_to_search, _default_clues

    clues = _default_clues()
    assert _clues_to_search(text, _clue_index(tuple(c.pattern for c in clues))) == _reference_clues_to_search(text, clues)


# ---------------------------------------------------------------- sections: heading end by a character-class search


def _reference_first_stop(text, stops, start, stop):
    return next((j + 1 for j in range(start, stop) if text[j] in stops), stop)


@SETTINGS
@given(GENRE, st.sampled_from(["。！？；;!?\n", "，,", "，,。！？；;!?：:\n", "-]^\\"]), st.integers(0, 40), st.integers(0, 40))
def test_heading_end_search_equals_the_character_loop(text, stops, start, stop):
    from unionmine.sections import _any_of

    stop = min(stop, len(text))  # a line end; the marker's end (start) may lie past it
    found = _any_of(stops).search(text, start, stop)
    assert (found.end() if found else stop) == _reference_first_stop(text, stops, start, stop)


def test_heading_end_search_equals_the_character_loop_on_the_seeds():
    from unionmine.sections import _any_of, load_heading_styles

    styles = load_heading_styles()[1]
    for text in _seed_paragraphs():
        for stops in {s.heading_end for s in styles} | {"，,"}:
            for start in range(0, len(text), 7):
                stop = min(len(text), start + 45)
                found = _any_of(stops).search(text, start, stop)
                assert (found.end() if found else stop) == _reference_first_stop(text, stops, start, stop)


# ---------------------------------------------------------------- reading: period regex led by the period


def _reference_period_re():
    import re

    from unionmine import reading as r

    return re.compile(f"(?<=[{r._CJK}])(?<![{r._NUMERALS}])\\.(?=[ \t]*[{r._ZH}]|[ \t]*$)", re.MULTILINE)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(RAW_PIECES + PIECES + ["一.", "十.", "结.", "总结. ", "。.", ".\n", "𠀀."]),
                          st.text(max_size=3)), max_size=40).map("".join))
def test_period_regex_finds_what_the_look_behind_first_one_found(text):
    from unionmine.reading import _PERIOD_RE

    assert [m.span() for m in _PERIOD_RE.finditer(text)] == [m.span() for m in _reference_period_re().finditer(text)]


def test_period_regex_finds_what_the_look_behind_first_one_found_on_the_seeds():
    from unionmine.reading import _PERIOD_RE

    for p in sorted(SEEDS.glob("*.txt")):
        raw = p.read_text(encoding="utf-8") + "\n工作总结.\n一.加强 总结. 工会"
        assert [m.span() for m in _PERIOD_RE.finditer(raw)] == [m.span() for m in _reference_period_re().finditer(raw)]


# ---------------------------------------------------------------- lexicon scores: contributions as arrays


def _reference_raw_scores(scorer, texts, tax=None):
    """LexiconScorer.raw_scores as it was: per-text hit dicts, summed in Python."""
    import math

    from unionmine.taxonomy import STRONG_WEIGHT
    from unionmine.themes.lexicon import _term_hits

    tax = tax or scorer._tax()
    out = np.zeros((len(texts), len(tax.themes)))
    for i, text in enumerate(texts):
        damp = math.sqrt(max(1.0, len(text) / scorer.length_unit))
        for j, theme in enumerate(tax.themes):
            hits = _term_hits(text, theme, tax.context)
            if hits:
                strong = sum(w for t, w in hits.items() if theme.hit_weights()[t] >= STRONG_WEIGHT)
                weak = sum(hits.values()) - strong
                out[i, j] = 1.0 - math.exp(-((strong + (weak if strong else weak / 2)) / damp) / scorer.scale)
    return out


def test_lexicon_scores_equal_the_per_text_dicts_to_the_bit_on_the_seeds():
    from unionmine.themes.lexicon import LexiconScorer

    texts = [prepare(p.read_text(encoding="utf-8", errors="replace")) for p in sorted(SEEDS.glob("*.txt"))]
    texts += _seed_paragraphs() + ["", "一、工会慰问困难职工", "\n"]
    scorer = LexiconScorer()
    assert np.array_equal(scorer.raw_scores(texts, prepared=True), _reference_raw_scores(scorer, texts))


@SETTINGS
@given(st.lists(GENRE, max_size=8))
def test_lexicon_scores_equal_the_per_text_dicts_to_the_bit(texts):
    from unittest import mock

    from unionmine.taxonomy import Context, Taxonomy, Theme
    from unionmine.themes.lexicon import LexiconScorer

    scorer = LexiconScorer()
    assert np.array_equal(scorer.raw_scores(texts, prepared=True), _reference_raw_scores(scorer, texts))
    # weak terms alone, every context weight in play, and the text-by-text fallback (theme u)
    themes = (
        Theme("t", strong=("工会", "工会工作"), weak=("慰问", "教职工", "工会"), exclude=("工会工作总结",), against=("篮球赛",)),
        Theme("u", strong=("教代会",), weak=("工会",), exclude=("工会\n",), against=("AB",)),
    )
    context = Context(slogan=("维护合法权益",), slogan_weight=0.5, against_weight=0.3, heading_weight=2.0)
    tax = Taxonomy(themes=themes, context=context)
    texts = texts + ["一、工会工作\n教职工慰问", "前言。一、工会慰问\n教职工工会工作很多很多", "维护合法权益的工会工作总结"]
    with mock.patch.object(LexiconScorer, "_tax", lambda self: tax):
        assert np.array_equal(scorer.raw_scores(texts, prepared=True), _reference_raw_scores(scorer, texts, tax))


# ---------------------------------------------------------------- pipeline: section rows from column values


def _reference_section_rows(results):
    """_add_sections as it was: the scored frame through astype(object), where and to_dict."""
    import pandas as pd

    from unionmine.sections import parse_sections
    from unionmine.themes import score_sections

    rows = [row for result in results for record in result["documents"] for row in parse_sections(record["doc_id"], record["text"])]
    scored = score_sections(pd.DataFrame(rows))
    return scored.astype(object).where(scored.notna(), None).to_dict("records")


def _same_rows(got, want):
    assert len(got) == len(want)
    for a, b in zip(got, want):
        assert list(a) == list(b)
        assert [type(v) for v in a.values()] == [type(v) for v in b.values()]
        assert a == b  # missing values are None on both sides, never NaN


def test_section_rows_equal_the_to_dict_rows_on_the_seeds():
    from unionmine.pipeline import _add_sections

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))]
    texts += ["一、工会工作\n（一）慰问困难职工。\n\n二、其他\n职代会", "没有标题的一段话"]
    results = [{"documents": [{"doc_id": f"d{i}", "text": t}], "sections": []} for i, t in enumerate(texts)]
    _add_sections(results)
    _same_rows([row for r in results for row in r["sections"]], _reference_section_rows(results))


@SETTINGS
@given(st.lists(GENRE, min_size=1, max_size=5))
def test_section_rows_equal_the_to_dict_rows(texts):
    from unionmine.pipeline import _add_sections

    texts = [t.encode("utf-8", "replace").decode("utf-8") for t in texts]  # Arrow strings hold no lone surrogates
    results = [{"documents": [{"doc_id": str(i), "text": t}], "sections": []} for i, t in enumerate(texts)]
    _add_sections(results)
    got = [row for r in results for row in r["sections"]]
    want = _reference_section_rows(results) if got else []
    _same_rows(got, want)


# ---------------------------------------------------------------- sections: heading patterns that start with a class

_REFERENCE_STYLE_PATTERNS = {  # heading_styles.toml as first written (a repeat or alternation first)
    "chinese": r"(?P<num>[一二三四五六七八九十]{1,3})\s*[、.．]",
    "roman": r"(?P<num>[IVX]{1,4}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ])\s*[、.．](?![A-Za-z0-9])",
    "shi": r"(?P<num>[一二三四五六七八九十]{1,2})是(?=[^是，,。])",
}
HEADING_PIECES = ["一", "二", "十", "三十", "I", "V", "X", "IV", "Ⅲ", "Ⅰ", "ⅩII", "是", "是是", "、", ".", "．", " ", "\n", "，", "。",
                  "a", "1", "工会"]


def _same_style_matches(text):
    import re

    from unionmine.sections import load_heading_styles

    styles = {s.name: s.pattern for s in load_heading_styles()[1]}
    for name, reference in _REFERENCE_STYLE_PATTERNS.items():
        got = [(m.span(), m.group("num")) for m in styles[name].finditer(text)]
        assert got == [(m.span(), m.group("num")) for m in re.finditer(reference, text)], name


def test_heading_patterns_match_like_the_first_written_ones_on_the_seeds():
    for p in sorted(SEEDS.glob("*.txt")):
        _same_style_matches(p.read_text(encoding="utf-8"))


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(HEADING_PIECES), st.text(max_size=2)), max_size=30).map("".join))
def test_heading_patterns_match_like_the_first_written_ones(text):
    _same_style_matches(text)


# ---------------------------------------------------------------- splitting: marker styles only on pages holding their literals

SPLIT_PIECES = ["篇", "篇一", "第2篇", "篇3：", "。篇4:", "学校工会工作总结", "工作计划", "(12篇)", "一", "十二", "\n", " ",
                "。", "：", "工会", "2023年"]


def _split_with_and_without_pre_check(text, monkeypatch):
    from unionmine import splitting

    fast = splitting.split_articles(text, page_title="工会工作总结")
    with monkeypatch.context() as patch:
        patch.setattr(splitting, "_may_match", lambda needed, text: True)  # the reference: every style tried
        plain = splitting.split_articles(text, page_title="工会工作总结")
    assert fast == plain


def test_split_pre_check_changes_nothing_on_the_seeds(monkeypatch):
    from unionmine.cleaning import clean_text

    for p in sorted(SEEDS.glob("*.txt")):
        _split_with_and_without_pre_check(clean_text(p.read_text(encoding="utf-8")), monkeypatch)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(SPLIT_PIECES), st.text(max_size=2)), max_size=40).map("".join))
def test_split_pre_check_changes_nothing(text):
    import pytest

    with pytest.MonkeyPatch.context() as monkeypatch:
        _split_with_and_without_pre_check(text, monkeypatch)


# ---------------------------------------------------------------- cleaning: rules ending in "X$" only on lines ending in X


def test_last_character_requirement_of_the_rules():
    import re

    from unionmine.cleaning import _last_chars

    assert _last_chars(re.compile(r"(?<=[。!?！？])\s*[A-Za-z]$")) == frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    assert _last_chars(re.compile(r"^.{1,80}_第\d{1,3}页$")) == frozenset("页")
    for open_ended in (r"[a-z]\s*$", r"a$|b", r"a", r"(?i)k$", r"[^a]$", r"\w$", r"(a)$"):
        assert _last_chars(re.compile(open_ended)) is None, open_ended


LINE_END_PIECES = ["。 s", "。a", "。 Z \t", "x", "。第3页", "_第12页", "页 ", "f215.Com", "。 s f215.Com", " ", "\n",
                   "\u3000", "。", "工会"]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(LINE_END_PIECES + JUNK), st.text(max_size=3)), max_size=40).map("".join))
def test_clean_text_with_line_end_requirements_equals_the_plain_passes(page):
    from unionmine.cleaning import clean_text

    assert clean_text(page) == _reference_clean_text(page)


def _reference_prepare(text):
    """``prepare`` as first written: the URL and space rewrites on every text."""
    import html

    from unionmine.reading import to_simplified
    from unionmine.themes._text import _SPACE, _TAG, _URL

    if not text:
        return ""
    text = html.unescape(str(text))
    if "<" in text:
        text = _TAG.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _SPACE.sub(" ", text).strip()
    return to_simplified(text) if text else ""


PREPARE_PIECES = [" ", "  ", "\t", "\u3000", "\xa0", "www.", "WwW.", "wWw.x", "http://a.b", "https://工会.cn", "w", "W",
                  "<b>", "&amp;", "&nbsp;", "工會", "。", "\n"]


def test_prepare_with_pre_checks_equals_the_plain_rewrites_on_the_seeds():
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        assert prepare(text) == _reference_prepare(text)
        for part in text.split("\n"):
            assert prepare(part) == _reference_prepare(part)


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(PREPARE_PIECES + [p for p in PIECES if p != "\ud800"]),
                          st.text(st.characters(blacklist_categories=("Cs",)), max_size=4)), max_size=30).map("".join))
def test_prepare_with_pre_checks_equals_the_plain_rewrites(text):  # no lone surrogates: OpenCC rejects them either way
    assert prepare(text) == _reference_prepare(text)


def _reference_rule_lines(rules, lines):
    """Each rule's candidate lines by their definition: every line tested on its own."""
    from unionmine.cleaning import _last_chars, _may_match, _needed

    found = []
    for rule in rules:
        needed, ends = _needed(rule.pattern), _last_chars(rule.pattern)
        at = {i for i, line in enumerate(lines) if (ends is None or line.rstrip()[-1:] in ends)
              and _may_match(needed, line)}
        if at or not needed:
            found.append((rule, at))
    return found


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(LINE_END_PIECES + JUNK), st.text(max_size=3)), max_size=40).map("".join))
def test_rule_lines_equal_the_per_line_requirements(page):
    from unionmine.cleaning import _rule_lines, default_rules

    lines = page.split("\n")
    for kind in ("strip", "cut_tail", "drop_line", "drop_block"):
        rules = default_rules().of_kind(kind)
        got = _rule_lines(rules, lines, "\n".join(lines))
        want = {r.name: at for r, at in _reference_rule_lines(rules, lines)}
        assert {r.name: at for r, at in got if at} == {name: at for name, at in want.items() if at}
        for rule, at in got:  # every line the rule matches is among its candidates
            assert {i for i, line in enumerate(lines) if rule.pattern.search(line.strip())} <= at


def test_rule_lines_equal_the_per_line_requirements_on_the_seeds():
    from unionmine.cleaning import _rule_lines, default_rules

    for page in _seed_pages():
        lines = page.split("\n")
        for kind in ("strip", "cut_tail", "drop_line", "drop_block"):
            rules = default_rules().of_kind(kind)
            got = {r.name: at for r, at in _rule_lines(rules, lines, "\n".join(lines)) if at}
            want = {r.name: at for r, at in _reference_rule_lines(rules, lines) if at}
            assert got == want
