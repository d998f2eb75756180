"""The codebook as a data file: loads, matches the schema, and a user file can add a theme."""

import pytest

from unionmine.errors import UsageError
from unionmine.schema import OTHER, THEMES
from unionmine.themes.taxonomy import load_taxonomy, themes


def test_shipped_taxonomy_has_the_codebook_themes():
    tax = load_taxonomy()
    assert tax.names == THEMES
    for theme in tax.themes:
        assert theme.description and len(theme.strong) >= 20
    assert "教代会" in tax.theme("民主管理").strong
    assert "劳动竞赛" in tax.theme("文体活动").exclude
    assert tax.other.name == OTHER


def test_user_file_adds_a_theme(tmp_path):
    path = tmp_path / "tax.toml"
    path.write_text(
        '[[theme]]\nname = "环保"\ndescription = "green work"\nstrong = ["植树", "垃圾分类"]\nweak = ["绿色"]\n',
        encoding="utf-8",
    )
    tax = load_taxonomy(path)
    assert tax.names == ["环保"]
    assert tax.theme("环保").weighted_terms() == {"植树": 1.0, "垃圾分类": 1.0, "绿色": 0.4}
    assert [r["theme"] for r in themes(path)] == ["环保", OTHER]


@pytest.mark.parametrize(
    "content, words",
    [
        ("[[theme]]\nstrong = ['a']\n", "needs a name"),
        ("[[theme]]\nname = 'x'\n", "at least one term"),
        ("[[theme]]\nname = 'x'\nstrong = 'a'\n", "list of non-empty strings"),
        ("not toml [", "not valid TOML"),
        ("", "defines no"),
    ],
)
def test_bad_files_say_what_is_wrong(tmp_path, content, words):
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=words):
        load_taxonomy(path)


def test_context_section_is_read_and_checked(tmp_path):
    ctx = load_taxonomy().context
    assert "指导思想" in ctx.slogan and 0 <= ctx.against_weight <= 1
    assert "学生" in load_taxonomy().theme("文体活动").against
    path = tmp_path / "tax.toml"
    path.write_text('[[theme]]\nname = "x"\nstrong = ["a"]\n[context]\nheading_weight = "big"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="heading_weight"):
        load_taxonomy(path)


@pytest.mark.parametrize(
    "content, words",
    [
        ("[[theme]]\nname = 'x'\nstrong = ['…a']\n", "gap"),
        ("[[theme]]\nname = 'x'\nstrong = ['a……b']\n", "gap"),
        ("[[theme]]\nname = 'x'\nstrong = ['a']\n[[theme.pair]]\nname = 'p'\nfirst = ['a']\n", "pair needs"),
        ("[[theme]]\nname = 'x'\nstrong = ['a']\n[[theme.pair]]\nname = 'p'\nfirst = ['a']\nsecond = ['b']\nwindow = -1\n",
         "window"),
        # a theme's key written under a pair's header lands in the pair: refused, never silently ignored
        (("[[theme]]\nname = 'x'\nstrong = ['a']\n[[theme.pair]]\nname = 'p'\nfirst = ['a']\nsecond = ['b']\n"
          "against = ['c']\n"), "unknown key.*against"),
        ("[[theme]]\nname = 'x'\nstrong = ['a']\nstorng = ['b']\n", "unknown key.*storng"),
    ],
)
def test_bad_gaps_and_pairs_say_what_is_wrong(tmp_path, content, words):
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError, match=words):
        load_taxonomy(path)


def test_pairs_are_read_with_their_theme(tmp_path):
    path = tmp_path / "tax.toml"
    path.write_text(
        "[[theme]]\nname = 'x'\nstrong = ['a…b']\n[[theme.pair]]\nname = 'p'\nfirst = ['c']\nsecond = ['d']\nweight = 0.5\n"
        "[[theme]]\nname = 'y'\nstrong = ['e']\n",
        encoding="utf-8",
    )
    x, y = load_taxonomy(path).themes
    assert [(p.name, p.first, p.second, p.weight, p.window) for p in x.pairs] == [("p", ("c",), ("d",), 0.5, 40)]
    assert y.pairs == () and x.hit_weights() == {"a…b": 1.0, "p": 0.5}
    # the shipped codebook rule: 教代会 deciding pay, title or appraisal rules is also 维权
    assert load_taxonomy().theme("维权").pairs
