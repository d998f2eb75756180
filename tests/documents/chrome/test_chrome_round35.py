"""Round 35 (chrome): a bare picture number is a picture's label (pages of our own writing, invented units)."""

from __future__ import annotations

from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.forms import form_feature

TEXT = [
    "柳岸小学工会组织教职工赴青禾湿地公园开展秋游活动",
    "十月十八日，柳岸小学工会组织四十余名教职工赴青禾湿地公园开展秋游活动，大家在湖边徒步、拍照、交流。",
    "图1",
    "图2",
    "通过本次活动，教职工们放松了身心，增进了彼此的了解，也增强了集体的凝聚力。",
    "图 3",
    "圖4",
]


def test_bare_picture_numbers_are_picture_labels():
    for line in ("图1", "图 3", "图12", "图十", "图片", "图片2"):
        assert form_feature(line) == "image_name", line


def test_a_caption_with_words_and_other_lines_stay():
    for line in ("图1：柳岸小学工会代表队合影", "图1 教职工在湖边徒步", "图书室", "图表", "图123", "1", "附图"):
        assert form_feature(line) != "image_name", line


def test_a_page_loses_its_picture_numbers_and_keeps_its_text():
    marks = find_chrome(TEXT).removed
    assert {TEXT[i] for i in marks} == {"图1", "图2", "图 3", "圖4"}
