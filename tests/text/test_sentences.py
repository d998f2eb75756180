"""One sentence splitter: text.sentences declares what ends a sentence; the theme lexicon weighs
its terms in the same sentences (as unstripped runs) instead of keeping its own pattern."""

from __future__ import annotations

from unionmine.text.sentences import SENTENCE_MARKS, SENTENCE_RUNS, split_sentences
from unionmine.themes import lexicon


def test_the_lexicon_reads_sentences_with_the_one_declaration():
    assert lexicon._SENTENCE is SENTENCE_RUNS
    assert lexicon._BREAKS == frozenset(SENTENCE_MARKS + "\n")


def test_runs_and_split_sentences_give_the_same_sentences():
    text = "一、送温暖\n慰问困难教职工3户；发放慰问金500元！组织体检？是的!好?\n\n召开教代会。"
    runs = [m.group().strip() for m in SENTENCE_RUNS.finditer(text) if m.group().strip()]
    split = [s.rstrip(SENTENCE_MARKS) for _a, _b, s in split_sentences(text)]
    assert runs == split == ["一、送温暖", "慰问困难教职工3户", "发放慰问金500元", "组织体检", "是的", "好", "召开教代会"]
