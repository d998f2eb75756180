"""The documents fast paths give exactly what the plain code gives, each against the reference it replaces."""

from __future__ import annotations

from collections import Counter

from conftest import SEEDS
from fast_paths import PIECES, SETTINGS
from hypothesis import example, given
from hypothesis import strategies as st

# ---------------------------------------------------------------- cleaning: doubled-text pre-check


def _undouble_reference(line: str) -> str:
    """undouble_line without the pre-check (the doubled share decides alone)."""
    from unionmine.documents import clean as cleaning

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
    from unionmine.documents.clean import undouble_line

    assert undouble_line(line) == _undouble_reference(line)


def test_doubled_pre_check_on_the_seeds_and_a_doubled_line():
    from unionmine.documents.clean import undouble_line

    lines = [line for p in sorted(SEEDS.glob("*.txt")) for line in p.read_text(encoding="utf-8").split("\n")]
    doubled = "20102010年年1212月月，，我校工会工会组织组织教职工教职工篮球赛篮球赛"
    for line in lines + [doubled]:
        assert undouble_line(line) == _undouble_reference(line)
    assert undouble_line(doubled) != doubled


# ---------------------------------------------------------------- dating: literal pre-check


def test_dating_pre_check_skips_only_clues_that_cannot_match():
    import re

    from unionmine.documents.dating import _default_clues, _must_contain, infer_year_range

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
    from unionmine.documents.dating import _default_clues, infer_year_range

    clues = list(_default_clues())
    found = infer_year_range(text, clues)
    evidence = []
    for clue in clues:  # the reference: every clue searched
        m = clue.pattern.search(text)
        if m and m.group(0) not in evidence:
            evidence.append(m.group(0))
    assert found["evidence"] == evidence


# ---------------------------------------------------------------- cleaning: candidate lines only


def _reference_apply_rules(lines, rules, dropped=None):
    """The rules applied to every line, one rule at a time (the code before the fast path); with DROPPED (a
    dict) the dropped lines stay in place, their index → rule name in DROPPED."""
    strips = rules.of_kind("strip")
    out_lines = []
    for line in lines:
        for rule in strips:
            line = rule.pattern.sub("", line.strip())
        out_lines.append(line)
    lines = out_lines
    def chinese(part):
        return sum(1 for line in part for ch in line if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")

    from unionmine.documents.chrome.protected import CN_HEADING

    for rule in rules.of_kind("cut_tail"):
        for i, line in enumerate(lines):
            if rule.pattern.search(line.strip()):
                # the cut only when the text above outweighs the rest and no 三、 heading follows
                continues = any(CN_HEADING.match(x.strip()) for x in lines[i + 1 :])
                cut = chinese(lines[:i]) > chinese(lines[i + 1 :]) and not continues
                lines = lines[:i] if cut else [*lines[:i], "", *lines[i + 1 :]]
                break
    drops, blocks = rules.of_kind("drop_line"), rules.of_kind("drop_block")
    out, i = [], 0
    while i < len(lines):
        s = lines[i].strip()
        long = len(s) > 300  # a paragraph or flattened page: line rules only take their match
        block = next((r for r in blocks if s and r.pattern.search(s) and not long), None)
        if block is not None:
            j, taken = i + 1, 0
            while j < len(lines) and taken < block.max_lines:
                t = lines[j].strip()
                if t and not (block.cont and block.cont.search(t)):
                    break
                taken += bool(t)
                j += 1
            for k in range(i, j) if dropped is not None else ():
                if lines[k].strip():
                    dropped[len(out)] = block.name
                out.append(lines[k])
            i = j
            continue
        rule = next((r for r in drops if s and r.pattern.search(s)), None)
        if rule is not None:
            if long:
                out.append(rule.pattern.sub("", s).strip())
            elif dropped is not None:
                dropped[len(out)] = rule.name
                out.append(lines[i])
            i += 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _rule_examples() -> list[str]:
    from unionmine.documents.clean import default_rules

    return [rule.example for rule in default_rules().rules if rule.example]


JUNK = _rule_examples() + [
    "第3页", "。第12页", "www.f215.com", "f215.Com", "。 s", "相关推荐", "ID:7600492", "大小: 3 MB", "温馨提示:",
    "1. 本站不提供下载", "下载", "上传", "会员上传", "_第1页", "《", "》由会员上传分享", ":", "：", "(", "（",
]
PAGE = st.lists(st.one_of(st.sampled_from(JUNK + PIECES + DOUBLED), st.text(max_size=5)), max_size=40).map("".join)


def _seed_pages() -> list[str]:
    from unionmine.text.normalize import normalize_text

    return [normalize_text(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]


def test_rules_on_candidate_lines_equal_every_line_on_the_seeds():
    from unionmine.documents.clean import (
        apply_rules,
        default_rules,
        undouble_line,
        undouble_lines,
    )

    rules = default_rules()
    doubled = "20102010年年1212月月，，我校工会工会组织组织教职工教职工篮球赛篮球赛"
    for page in _seed_pages() + ["\n".join(JUNK), "\n".join(reversed(JUNK)), f"标题\n {doubled} \n{doubled}"]:
        lines = page.split("\n")
        assert undouble_lines(lines) == [undouble_line(line) for line in lines]
        assert apply_rules(list(lines), rules) == _reference_apply_rules(list(lines), rules)


@SETTINGS
@given(PAGE)
def test_rules_on_candidate_lines_equal_every_line(page):
    from unionmine.documents.clean import (
        apply_rules,
        default_rules,
        undouble_line,
        undouble_lines,
    )

    lines = page.replace("\r", "\n").split("\n")
    assert undouble_lines(lines) == [undouble_line(line) for line in lines]
    assert apply_rules(list(lines), default_rules()) == _reference_apply_rules(list(lines), default_rules())


@SETTINGS
@given(PAGE)
def test_what_a_rule_needs_is_in_every_line_it_matches(line):
    from unionmine.documents._rule_analysis import may_match, required_searches
    from unionmine.documents.clean import default_rules

    for rule in default_rules().rules:
        if rule.pattern.search(line):
            assert may_match(required_searches(rule.pattern), line), rule.name


def test_what_a_rule_needs_for_other_patterns():
    import re

    from unionmine.documents._rule_analysis import may_match, required_searches

    assert required_searches(re.compile("(?i)K")) == ()  # the Kelvin sign matches too
    assert required_searches(re.compile("a*b|c*")) == ()
    assert [n.pattern for n in required_searches(re.compile("(?i)第x"))] == ["第"]
    for pattern, text in [("(?<=[。!])x", "。x"), ("(?i:ab)c", "ABc"), ("(a|bc)+d", "bcd"), ("[^a]b", "xb")]:
        assert re.search(pattern, text)
        assert may_match(required_searches(re.compile(pattern)), text)


def _reference_clean_text(text: str) -> str:
    """clean_text with every line looked at by every rule and always a second pass."""
    from unionmine.documents import clean as c
    from unionmine.documents.chrome.bylines import cut_glued_bylines
    from unionmine.documents.chrome.find import drop_chrome
    from unionmine.documents.chrome.line_shapes import title_like
    from unionmine.documents.chrome.site_marks import unglue_counters
    from unionmine.documents.mail import mail_wrapper

    def once(page: str) -> str:
        lines = unglue_counters([c.undouble_line(line) for line in page.split("\n")])
        dropped = {}
        lines = _reference_apply_rules(lines, c.default_rules(), dropped)
        if "mail_header" in dropped.values():  # a mail: its covering letter around the document goes too
            lines, dropped = [line for i, line in enumerate(lines) if i not in dropped], {}
            wrapper = mail_wrapper(lines, title_like)
            lines = [line for i, line in enumerate(lines) if i not in wrapper]
        lines = drop_chrome(lines, frozenset(), Counter(), dropped=dropped)  # no fast path: the same call
        lines = cut_glued_bylines(lines, Counter())
        return c._tidy(c.drop_repeated_title(c.join_page_chunks(lines)))

    current = once(c.unflatten_edges(text.replace("\r\n", "\n").replace("\r", "\n")))
    for _ in range(20):
        cleaned = once(current)
        if cleaned == current:
            break
        current = cleaned
    return current


@SETTINGS
@given(PAGE)
def test_clean_text_equals_the_plain_passes(page):
    from unionmine.documents.clean import clean_text

    assert clean_text(page) == _reference_clean_text(page)


def test_clean_text_equals_the_plain_passes_on_the_seeds():
    from unionmine.documents.clean import clean_text

    for page in _seed_pages():
        assert clean_text(page) == _reference_clean_text(page)


# ---------------------------------------------------------------- dating: one pass for all clue literals


def _reference_clues_to_search(text, clues):
    from unionmine.documents.dating import _must_contain

    wanted = []
    for i, clue in enumerate(clues):  # the plain pre-check: one `in` scan per clue
        needed = _must_contain(clue.pattern)
        if needed is None or any(n in text for n in needed):
            wanted.append(i)
    return wanted


def _clue_literals():
    from unionmine.documents.dating import _default_clues, _must_contain

    return sorted({n for c in _default_clues() for n in (_must_contain(c.pattern) or ())})


def test_clue_literals_found_in_one_pass_equal_the_per_clue_scans_on_the_seeds():
    from unionmine.documents.dating import _clues_to_search, _default_clues, _default_index

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
    from unionmine.documents.dating import _clue_index, _clues_to_search, _default_clues

    clues = _default_clues()
    assert _clues_to_search(text, _clue_index(tuple(c.pattern for c in clues))) == _reference_clues_to_search(text, clues)


# ---------------------------------------------------------------- splitting: marker styles only on pages holding their literals

SPLIT_PIECES = ["篇", "篇一", "第2篇", "篇3：", "。篇4:", "学校工会工作总结", "工作计划", "(12篇)", "一", "十二", "\n", " ",
                "。", "：", "工会", "2023年"]


def _split_with_and_without_pre_check(text, monkeypatch):
    from unionmine.documents import markers
    from unionmine.documents import split as splitting

    fast = splitting.split_articles(text, page_title="工会工作总结")
    with monkeypatch.context() as patch:
        patch.setattr(markers, "may_match", lambda needed, text: True)  # the reference: every style tried
        plain = splitting.split_articles(text, page_title="工会工作总结")
    assert fast == plain


def test_split_pre_check_changes_nothing_on_the_seeds(monkeypatch):
    from unionmine.documents.clean import clean_text

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

    from unionmine.documents._rule_analysis import line_end_chars

    assert line_end_chars(re.compile(r"(?<=[。!?！？])\s*[A-Za-z]$")) == frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    assert line_end_chars(re.compile(r"^.{1,80}_第\d{1,3}页$")) == frozenset("页")
    for open_ended in (r"[a-z]\s*$", r"a$|b", r"a", r"(?i)k$", r"[^a]$", r"\w$", r"(a)$"):
        assert line_end_chars(re.compile(open_ended)) is None, open_ended


LINE_END_PIECES = ["。 s", "。a", "。 Z \t", "x", "。第3页", "_第12页", "页 ", "f215.Com", "。 s f215.Com", " ", "\n",
                   "\u3000", "。", "工会"]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(LINE_END_PIECES + JUNK), st.text(max_size=3)), max_size=40).map("".join))
# a mail header before a site's page notice: the reference once lacked the mail's covering-letter step (session 16)
@example("发件人：城南小学工会<cnxx@example.cn>。 s。 s。 s。 s。 s。 s。 s。 swww.f215.com_第12页精选优质文档-倾情为你奉上"
         "2021年学校工会工作总结。 s精选优质文档-倾情为你奉上2021年学校工会工作总结")
def test_clean_text_with_line_end_requirements_equals_the_plain_passes(page):
    from unionmine.documents.clean import clean_text

    assert clean_text(page) == _reference_clean_text(page)


def _reference_rule_lines(rules, lines):
    """Each rule's candidate lines by their definition: every line tested on its own."""
    from unionmine.documents._rule_analysis import line_end_chars, may_match, required_searches

    found = []
    for rule in rules:
        needed, ends = required_searches(rule.pattern), line_end_chars(rule.pattern)
        at = {i for i, line in enumerate(lines) if (ends is None or line.rstrip()[-1:] in ends)
              and may_match(needed, line)}
        if at or not needed:
            found.append((rule, at))
    return found


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(LINE_END_PIECES + JUNK), st.text(max_size=3)), max_size=40).map("".join))
def test_rule_lines_equal_the_per_line_requirements(page):
    from unionmine.documents.clean_rules import default_rules, rule_lines

    lines = page.split("\n")
    for kind in ("strip", "cut_tail", "drop_line", "drop_block"):
        rules = default_rules().of_kind(kind)
        got = rule_lines(rules, lines, "\n".join(lines))
        want = {r.name: at for r, at in _reference_rule_lines(rules, lines)}
        assert {r.name: at for r, at in got if at} == {name: at for name, at in want.items() if at}
        for rule, at in got:  # every line the rule matches is among its candidates
            assert {i for i, line in enumerate(lines) if rule.pattern.search(line.strip())} <= at


def test_rule_lines_equal_the_per_line_requirements_on_the_seeds():
    from unionmine.documents.clean_rules import default_rules, rule_lines

    for page in _seed_pages():
        lines = page.split("\n")
        for kind in ("strip", "cut_tail", "drop_line", "drop_block"):
            rules = default_rules().of_kind(kind)
            got = {r.name: at for r, at in rule_lines(rules, lines, "\n".join(lines)) if at}
            want = {r.name: at for r, at in _reference_rule_lines(rules, lines) if at}
            assert got == want
