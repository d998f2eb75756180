"""The one tokenizer: domain words kept whole, stopwords and punctuation gone, picklable."""

import pickle

from unionmine.text.tokenize import stopwords, tokenize


def test_domain_words_stay_whole():
    words = tokenize("学校工会召开教代会，推行校务公开，开展送温暖和五必访，推进工资集体协商，建设教职工之家，庆祝三八节。")
    for term in ["教代会", "校务公开", "送温暖", "五必访", "工资集体协商", "教职工之家", "三八节"]:
        assert term in words


def test_stopwords_punctuation_and_numbers_removed():
    words = tokenize("我们的工会，在2023年12月里，进行了 3 次 慰问！！")
    assert "慰问" in words and "工会" in words
    assert not set(words) & (stopwords() | {"，", "！", "2023", "3", " ", "的"})


def test_empty_and_non_chinese():
    assert tokenize("") == []
    assert tokenize("Hello world 123") == ["Hello", "world"]


def test_picklable_for_worker_processes():
    again = pickle.loads(pickle.dumps(tokenize))
    assert again("开展送温暖活动") == tokenize("开展送温暖活动")
