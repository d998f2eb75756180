"""The part-of-speech tagger of `documents.name_pos` reuses the tags jieba.posseg read on import: the same table."""

import jieba
import jieba.posseg

from unionmine.documents.organisations import name_pos


def test_the_taggers_tags_are_those_of_a_fresh_load():
    tagger = name_pos.pos_tagger()
    fresh = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    assert tagger.word_tag_tab == fresh.word_tag_tab
    assert tagger.word_tag_tab is not jieba.posseg.dt.word_tag_tab  # a copy: jieba's default tagger may gain words
    assert tagger.tokenizer is not jieba.dt
    assert [(w.word, w.flag) for w in tagger.cut("争取将市气象局", HMM=False)] == \
        [(w.word, w.flag) for w in fresh.cut("争取将市气象局", HMM=False)]
