"""What a document site or a column adds around a title, by the shape of the addition (issue 12, Round 33), each with
near misses. Invented wording only, none copied from a page."""

from unionmine.documents.title_additions import column_headline, drop_site_additions
from unionmine.documents.titles import choose_title

BODY = "一年来，学校工会在校党支部的领导下，围绕学校中心工作，认真履行各项职能，较好地完成了全年目标任务。"


def title_of(text, split_title=None, **kw):
    return choose_title(split_title, text, source="page.txt", **kw)[0]


# ---- a keyword list after an underscore


def test_a_keyword_list_after_an_underscore_goes():
    assert title_of("青禾中学工会2015年工作计划_工会,教代会,师德,教职工\n" + BODY) == "青禾中学工会2015年工作计划"
    assert title_of("镇工会2016年工作总结_工会 维权 帮扶\n" + BODY) == "镇工会2016年工作总结"


def test_an_underscore_before_a_sentence_or_one_name_is_no_keyword_list():
    # a sentence after the underscore: not the site's keywords, and the line is no title line
    assert title_of("青禾中学工会工作计划_为进一步加强学校工会工作，现制定如下计划。\n" + BODY) == ""
    # a single word after it is no list (a site's name after `_` is ruling c's: drop_site_additions)
    assert title_of("青禾中学工会2015年工作计划_工会\n" + BODY) == "青禾中学工会2015年工作计划_工会"


# ---- a document site's words after the genre word


def test_a_tail_of_site_words_after_the_last_genre_word_goes():
    assert drop_site_additions("2022年青禾小学工会工作总结格式范文") == "2022年青禾小学工会工作总结"
    assert drop_site_additions("总工会2019年工作总结及2020年工作计划公文汇，某某文档网") == "总工会2019年工作总结及2020年工作计划"
    assert drop_site_additions("青禾中学工会工作计划模板大全") == "青禾中学工会工作计划"


def test_a_tail_without_site_words_stays():
    assert drop_site_additions("青禾中学工会工作总结反思") == "青禾中学工会工作总结反思"
    assert drop_site_additions("青禾中学工会工作计划书") == "青禾中学工会工作计划书"
    assert drop_site_additions("青禾中学召开工会工作总结表彰大会") == "青禾中学召开工会工作总结表彰大会"
    # a year in the tail is the author's: the tail stays as ruling c keeps a year's bracket
    assert drop_site_additions("青禾区各校工会工作总结汇编（2022）") == "青禾区各校工会工作总结汇编（2022）"
    # a site word inside the title, before its genre word, is the author's
    assert drop_site_additions("青禾镇公文处理工作总结") == "青禾镇公文处理工作总结"


# ---- a unit's name before a colon, over a headline that names no subject of its own


def test_a_units_name_before_a_passive_or_an_honours_headline_stays():
    line = "青禾林场：被县总工会授予“模范职工之家”称号"
    assert column_headline(line) is None
    assert drop_site_additions(line) == line
    line = "青禾林场：喜获“先进工会之家”称号"  # the only union word is in the honour's quoted name
    assert column_headline(line) is None


def test_a_column_before_a_headline_that_names_its_subject_still_goes():
    assert column_headline("工作动态：青禾林场工会荣获“模范职工之家”称号") == "青禾林场工会荣获“模范职工之家”称号"
    assert column_headline("基层快讯：青禾林场工会举办“模范职工之家”创建推进会") == "青禾林场工会举办“模范职工之家”创建推进会"
