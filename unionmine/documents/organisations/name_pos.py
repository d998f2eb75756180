"""Whether a candidate's head is a name or the tail of a clause, by jieba's part-of-speech tags.

A unit's name is built of places, proper names, nouns and numbers (城西外国语学校, 北辰建工集团). A
candidate found before a suffix may instead be the end of a sentence whose head holds a preposition,
an adverb, a pronoun, a conjunction, a particle or a time word (争取将市气象局, 在州总工会, 并希望该支队,
共同谋划现阶段东至三中), opens with a verb followed by nothing but the kind of body (完成学院), or has a
person acting in it (所长朱俊强作研究所). Then the name is the first proper name after the last such word
that runs to the suffix with name words only (东至三中), or there is none (争取将市气象局, 在州总工会, 完成学院,
本文目录医院: prefer no organisation to a doubtful one).

Tags are those of jieba's dictionary without its HMM guesser, which glues a one-character function
word to the next character (将市, 于川); 和/与/及 between two fields of an official name (住房和城乡建设局) and
the words of `name_compounds` are not clause words.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from ...text.normalize import to_simplified

# a function word, an adverb or a time word: no unit's name holds one (tags of jieba's dictionary)
CLAUSE_TAGS = ("p", "c", "r", "u", "d", "t", "y", "e", "k")
# what a name's words are tagged: nouns, places, proper names, numbers, verbal nouns, set phrases
_NAMEISH = ("n", "m", "b", "vn", "l", "j", "f")
_NUMERALS = set("0123456789一二三四五六七八九十百两")
_JOINS = ("和", "与", "及", "與", "暨")
PROPER = ("ns", "nr", "nt", "nz", "j")
# a one-character word is a clause word only when it is one of these function words: without the HMM guesser
# an unknown name falls apart into characters tagged at random (尚 "d" of 尚德实验小学, 同 "p" of 同煤…公司,
# 夕 "tg" of 夕佳山镇), so a lone character's tag says nothing about a clause
_FUNCTION_CHARS = set("将在于並并把被对對向从從为為让讓使由经經据據按而且则則该該其此我你他她它们們各每这這那")


@lru_cache(maxsize=1)
def pos_tagger():
    import jieba  # deferred: jieba loads its dictionary on first use
    import jieba.posseg  # (the tagger's dictionary likewise)

    jieba.setLogLevel(logging.WARNING)
    tagger = jieba.posseg.POSTokenizer.__new__(jieba.posseg.POSTokenizer)
    tagger.tokenizer = jieba.Tokenizer()  # its own: words added to jieba's default one change no tag here
    if jieba.posseg.dt.tokenizer.dictionary == tagger.tokenizer.dictionary:
        # the tags jieba.posseg read from that dictionary on import, copied (not read again: 0.25 s and ~30 MB)
        tagger.word_tag_tab = dict(jieba.posseg.dt.word_tag_tab)
    else:
        tagger.load_word_tag(tagger.tokenizer.get_dict_file())
    return tagger


@lru_cache(maxsize=8192)
def pos_tokens(text: str) -> tuple[tuple[str, str, str], ...]:
    """(word as in TEXT, its Simplified form, its tag) for each word of TEXT."""
    simple = to_simplified(text)
    if len(simple) != len(text):  # (t2s keeps lengths; if ever not, tag the text as it is)
        simple = text
    out, pos = [], 0
    for w in pos_tagger().cut(simple, HMM=False):
        out.append((text[pos:pos + len(w.word)], w.word, w.flag))
        pos += len(w.word)
    return tuple(out)


def _clause(word: str, flag: str, following: tuple | None) -> bool:
    """A function word, adverb, pronoun or particle; a time word before a proper name or opening the
    head (现阶段东至, 今年医院; not 九年 of 九年一贯制)."""
    if flag == "eng" or word in _JOINS or (len(word) == 1 and word not in _FUNCTION_CHARS):
        return False
    if flag.startswith("t"):  # (a count of years, 九年 of 九年一贯制, is no time of a clause)
        return not _NUMERALS.intersection(word) and (following is None or following[2].startswith(PROPER))
    return flag.startswith(CLAUSE_TAGS)


# a head of two characters whose first jieba tags as a verb is a short name fallen apart (通大附中), not a clause (Round 38)
LONE_CHAR_HEADS = True


# a branch company named by its trade (铸造分公司, 装配分公司): its own union after it makes the verb a name
_TRADE_UNITS = ("分公司",)


def clause_tail(name: str, suffix: str, verbs: tuple[str, ...] = (), after: str = "") -> str:
    """NAME itself when it is a well-formed head, else its tail after the last clause word that is a
    proper name (a place, an organisation, a person's or a brand's name) running to the suffix with
    name words only, else "" (then there is no name). NAME + SUFFIX is tagged as one string so the
    suffix's characters are not read as words of the head. VERBS take a unit as their object
    (代表, 组织: `verbs_before_name`): one inside the head ends a clause too. A head that is one verb of
    a trade before a branch company whose own union follows (AFTER: 铸造分公司工会) is a name."""
    if not name:
        return name
    if suffix in _TRADE_UNITS and after.startswith(("工会", "分工会")) and len(name) >= 2 and [
            flag for _w, _s, flag in pos_tokens(name + suffix)][:1] == ["v"] and len(pos_tokens(name)) == 1:
        return name
    tokens = pos_tokens(name + suffix)
    cut = pos = 0
    for i, (word, simple, flag) in enumerate(tokens):
        end = pos + len(word)
        if end > len(name):
            break
        following = tokens[i + 1] if i + 1 < len(tokens) and end < len(name) else None
        if _clause(simple, flag, following if i else None) or (word in verbs and end < len(name)):
            cut = end
        elif ((flag.startswith("v") and not flag.startswith("vn")) or (flag == "a" and len(word) >= 2)) and (
                (i == 0 and len(name) - end < 2 and (len(word) >= 2 or not LONE_CHAR_HEADS))
                or (i > 0 and len(word) == 1 and end == len(name) and tokens[i - 1][2] in ("a", "nr", "d")
                    and any(t[2] == "nr" for t in tokens[:i]))):
            # a verb opening the head with (next to) nothing after it (完成学院), or a one-character
            # verb right before the suffix after a person's name (…朱俊强作研究所, tagged name or
            # adjectives without the HMM guesser; not 红会 of 西安市红会医院, no name): the clause runs up to the verb
            # (a lone character opening a head of two says nothing: 通大附中's 通 "v", a short name fallen apart; Round 38)
            cut = end
        elif flag == "ns" and i > 0 and tokens[i - 1][2] in ("v", "vn") and not (
                len(tokens[i - 1][0]) == 1 and i > 1 and tokens[i - 2][2] == "ns"):
            cut = pos  # a place after a verb (学校工作丹阳市第五中学, a flattened title run on): the name starts there
            # (not a lone character after a place: 杭州市安华幼儿园's 安 "v" 华 "ns" is a name fallen apart; Round 35)
        pos = end
    if cut:  # a clause: its tail starts at the first proper name whose run of name words reaches the suffix
        pos = 0
        for i, (word, _simple, flag) in enumerate(tokens):
            if pos >= cut and pos + len(word) <= len(name) and flag.startswith(PROPER) and all(
                    f.startswith(_NAMEISH) for _w, _s, f in tokens[i:]):
                return name[pos:]
            pos += len(word)
        return ""  # no proper name after the clause (本文目录医院, 把区环保局): no unit named
    return name


LEAD_VERB_GUARD = True  # Round 38: a clause's verb kept at a name's start is no part of the name


def verb_led(name: str) -> bool:
    """Whether NAME opens with a word of two characters or more jieba's dictionary tags as a verb (决定命名…, 保障…)."""
    tokens = pos_tokens(name)
    return bool(tokens) and tokens[0][2] == "v" and len(tokens[0][0]) >= 2


def leading_verb(name: str, suffix: str, text: str = "") -> int:
    """How many characters of NAME are a clause's verb the sentence put before the name (为保障本钢集团…, ，增强区级机关
    团队活力): the head opens with a word of two characters or more that jieba's dictionary tags as a verb (not a
    verbal noun) and knows as no place under a level (开封: 开封市), the rest of the head, two characters or more, opens
    with a word of two characters or more the dictionary reads as a name's (a noun, a place, a proper name, an
    abbreviation), and TEXT writes the rest with its suffix more often than with the verb (…区级机关工委: the unit's
    name stands without it; a brand that opens with a verb, 远航物流集团, is written with it every time). Else 0: a
    verb before nothing but the kind of body (求实中学, 出版集团), before a lone character (保障房建设公司) or before a
    word no name opens with."""
    if not LEAD_VERB_GUARD or len(name) < 4:
        return 0
    tokens = pos_tokens(name + suffix)
    if len(tokens) < 2:
        return 0
    (verb, _simple, flag), (word, _s, next_flag) = tokens[0], tokens[1]
    if flag != "v" or len(verb) < 2 or len(name) - len(verb) < 2 or len(word) < 2:
        return 0
    if len(verb) + len(word) > len(name) + len(suffix) or not next_flag.startswith(("n", "j")):
        return 0
    if any(pos_tagger().word_tag_tab.get(verb + level, "").startswith("ns") for level in "市县区"):
        return 0  # a place the dictionary reads as a verb (开封文化艺术职业学院)
    rest = name[len(verb):] + suffix
    return len(verb) if text.count(rest) > text.count(verb + rest) else 0


_UNION_WORDS = ("工会委员会", "工會委員會", "工会", "工會")
# what opens a clause's predicate: a verb, an adverb, a preposition (not a verbal noun: 工会工作, 工会建设)
_PREDICATE_TAGS = ("v", "d", "p", "ad")
_NOT_PREDICATE = ("组织", "組織")  # 工会组织建设: the union's organisation, a noun phrase


def union_then_verb(after: str) -> bool:
    """Whether AFTER (the text right after a candidate name) is its union followed by the predicate of a
    clause (…林业局工会迎来了…, …公司工会于3月…, …厂工会多次…): the union is the clause's subject, so the
    name is its writer. Read by part-of-speech (jieba's dictionary tags), not from a list of verbs;
    a noun after the union (工会主席, 工会经费, 工会工作) makes a noun phrase, no clause."""
    union = next((u for u in _UNION_WORDS if after.startswith(u)), None)
    return union is not None and opens_predicate(after[len(union):len(union) + 8])


def opens_predicate(rest: str, *, loose: bool = False) -> bool:
    """Whether REST (what follows a clause's subject) opens its predicate: a verb, an adverb or a preposition of two
    characters or more (not a verbal noun: 工会工作), or 于在将把对从为以向. LOOSE (a union's own name as the subject,
    Round 39) also reads a time word before it (今天举行), any one-character adverb or preposition (狠批, 与, 就) and an
    adjective of two characters (不满)."""
    tokens = pos_tokens(rest)
    if loose and len(tokens) > 1 and tokens[0][2].startswith("t"):
        tokens = tokens[1:]
    if not tokens:
        return False
    _word, simple, flag = tokens[0]
    if loose and (flag in ("d", "p") and len(simple) == 1 or flag == "a" and len(simple) == 2):
        return True
    return (flag.startswith(_PREDICATE_TAGS) and not flag.startswith("vn") and simple not in _NOT_PREDICATE
            and len(simple) >= 2 or (len(simple) == 1 and simple in "于在将把对从为以向"))


# a company that a workshop or centre is named under (铸造分公司机加车间, 东岭电厂检修车间): its unit words after it
_PARENT_UNITS = ("公司", "集团", "厂", "矿")


def has_proper(name: str) -> bool:
    """Whether NAME holds a proper name (a place, an organisation's, a person's or a brand's name, by jieba's
    tags): 广州邮区, 闽江流域, 宣城 do; 公路养护, 生产 (a kind of centre or workshop, no unit's name) do not. A
    company named before the unit's own words (铸造分公司机加, 东岭电厂检修) names it too; 工厂生产 does not."""
    return any(flag.startswith(PROPER) for _w, _s, flag in pos_tokens(name)) or any(
        2 <= name.find(u) and name.find(u) + len(u) < len(name) for u in _PARENT_UNITS)


def place_led(name: str, after: str = "") -> bool:
    """Whether NAME opens with a place's name (jieba's ns, two characters or more) and goes on with two characters or
    more of its own name words (长沙青岚建工, 河北冀泰能源东岭): a unit named after its place, not a phrase (服务大局); and
    whether the name ends there, no unit of it whose own union follows in AFTER (…集团东岭矿机电区工会)."""
    tokens = pos_tokens(name)
    if len(tokens) < 2 or tokens[0][2] != "ns" or len(tokens[0][0]) < 2 or len(name) - len(tokens[0][0]) < 2:
        return False
    return _UNIT_UNION.match(after) is None and all(
        flag.startswith(_NAMEISH + PROPER) and not _clause(simple, flag, None) for _w, simple, flag in tokens[1:])


_UNIT_UNION = re.compile(r"[\u4e00-\u9fff]{1,8}?分?工[会會]")


_BRAND_SUFFIXES = ("公司", "厂", "矿")
_NOT_BRAND = set("省市县区镇乡村州旗全总分子本该各某")


def brand_pair(name: str, suffix: str) -> bool:
    """Whether NAME, before a company's SUFFIX, is a brand of two characters (利海公司, 禄发公司: Round 27): two
    characters the dictionary does not hold as one word, neither a function word, a numeral nor a level. A word
    the dictionary knows is a trade or a kind (供电公司, 物流公司, 上市公司, 国有企业), not a company's own name."""
    if suffix not in _BRAND_SUFFIXES or len(name) != 2 or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return False
    if any(c in _FUNCTION_CHARS or c in _NUMERALS or c in _NOT_BRAND for c in name):
        return False
    return len(pos_tokens(name)) == 2
