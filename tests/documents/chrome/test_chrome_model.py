"""The learned chrome pass (``documents.chrome_model``): where it may act, and the shipped weights.

Pages of our own writing (invented units, people and sites)."""

from __future__ import annotations

import json

import pytest

from unionmine.documents.chrome import model as chrome_model
from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.line_shapes import title_like

PAGE = [
    "欢迎光临青禾文档站，每天更新精品范文",   # a site's greeting above the text
    "松林路小学2024年工会工作总结",
    "一年来，我校工会在上级工会和学校党支部的领导下，认真履行维护、建设、参与、教育四项职能。",
    "一、加强组织建设",
    "校工会换届选举产生了新一届委员会，并健全了各项制度。",
    "图表 3",                              # a short line inside the text: never the model's
    "二、关心教职工生活",
    "全年走访慰问生病和困难教职工十二人次，发放慰问金四千八百元。",
    "松林路小学工会",
    "2024年12月30日",
    "浏览量 356 次",                        # a count under the text
]


def _everything(tmp_path, **options):
    """Weights that find every line chrome: what is left is what the pass may never touch."""
    path = tmp_path / "all.json"
    path.write_text(json.dumps({"bias": 10.0, "threshold": 0.5, "weights": {"cjk_share": 0.0}, **options}))
    chrome_model.use_weights(str(path))


@pytest.fixture
def take_everything(tmp_path):
    _everything(tmp_path)
    yield
    chrome_model.use_weights(None)


def test_the_pass_never_acts_inside_the_text_span(take_everything):
    marks = find_chrome(PAGE).removed
    learned = {PAGE[i] for i, rule in marks.items() if rule == "learned"}
    assert "图表 3" not in learned  # between the first and the last paragraph
    assert "松林路小学2024年工会工作总结" not in learned  # a title
    assert "松林路小学工会" not in marks and "2024年12月30日" not in marks  # signature and date
    assert "一、加强组织建设" not in learned
    assert learned <= {PAGE[0], PAGE[-1]}


def test_no_rule_chrome_no_pass(take_everything):
    lines = ["主题：安全生产月", "今年以来，厂工会围绕安全生产开展了多项活动，取得了较好成效。"]
    assert find_chrome(lines).removed == {}


def test_no_paragraph_no_pass(take_everything):
    lines = ["首页", "青禾文档站", "关于我们"]
    assert "learned" not in find_chrome(lines).removed.values()


def test_latin_text_counts_as_paragraph(take_everything):
    lines = ["松林路小学2024年工会工作计划",
             "本学期工会将围绕学校中心工作，组织教职工开展读书和健身活动。",
             "Work plan of the school union",
             "This plan sets out what the union of our school will do this year.",
             "相关阅读"]
    learned = {lines[i] for i, rule in find_chrome(lines).removed.items() if rule == "learned"}
    assert "Work plan of the school union" not in learned


def test_without_a_weights_file_the_pass_does_nothing(tmp_path):
    """Off by default (no weights shipped: see docs/EVALUATION.md); the rules alone decide."""
    chrome_model.use_weights(str(tmp_path / "missing.json"))
    try:
        assert "learned" not in find_chrome(PAGE).removed.values()
    finally:
        chrome_model.use_weights(None)


def test_a_byline_naming_a_unit_is_left_for_the_describer(take_everything):
    lines = ["首页 > 通知公告", "青禾文档站", "松林路小学 王小明",
             "本学期工会将围绕学校中心工作，组织教职工开展读书和健身活动。"]
    learned = {lines[i] for i, rule in find_chrome(lines).removed.items() if rule == "learned"}
    assert "松林路小学 王小明" not in learned


def test_a_table_after_the_text_is_not_a_link_bar(take_everything):
    lines = ["当前位置：首页 > 通知公告", "本学期工会将围绕学校中心工作，组织教职工开展读书和健身活动，安排如下表。",
             "月份 | 活动 |", "三月 | 读书分享会 |", "五月 | 趣味运动会 |", "九月 | 教师节慰问 |"]
    learned = [i for i, rule in find_chrome(lines).removed.items() if rule == "learned"]
    assert learned == []


def _refit_script():
    from builders import script_module

    return script_module("chrome_model.py", name="chrome_model_script")


def test_refit_learns_from_labelled_lines(tmp_path):
    """The refit script's `train` on a few labelled pages of our own: a site line in a place the
    model has seen chrome scores above a line of text."""
    pages = [
        ["访问量 1024", "松林路小学2024年工会工作总结",
         "一年来，我校工会在学校党支部的领导下，认真履行各项职能，服务教职工。", "返回顶部"],
        ["点击 88", "桂湾中学工会2023年工作计划",
         "新学期工会将做好教职工福利和文体活动，组织好教代会。", "打印本页"],
    ]
    chrome = {"访问量 1024", "返回顶部", "点击 88", "打印本页"}
    rows = []
    for page in pages:
        feats = chrome_model.page_features(page, {}, title_like)
        rows += [{"group": "own", "y": int(line in chrome), "ruled": False, "candidate": True, "x": feats[i]}
                 for i, line in enumerate(page) if i != 2]
    script = _refit_script()
    model = script.train(rows, threshold=0.8)
    probe = ["阅读 512", "柳岸小学工会2022年工作总结", "本年度工会组织教职工参加了区运动会，获得团体第二名。"]
    feats = chrome_model.page_features(probe, {}, title_like)
    assert chrome_model.probability(feats[0], model) > 0.5 > chrome_model.probability(feats[1], model)
    # `fit` writes plain JSON with the digest of every label file it read
    data, out = tmp_path / "lines.jsonl", tmp_path / "weights.json"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    script.main(["fit", "--data", str(data), "--out", str(out)])
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["trained_on"] == ["own"] and written["weights"]
    assert all(len(d) == 64 for d in written["label_digests"].values())


def test_a_numeric_date_above_the_text_is_the_posting_date():
    lines = ["柳湾镇总工会召开半年工作推进会", "2022-07-08 1530", "柳湾镇总工会于7月6日召开半年工作推进会，各基层工会主席参加会议。",
             "会议要求各基层工会抓好下半年各项工作的落实。", "2022-07-08"]
    marks = find_chrome(lines).removed
    assert marks.get(1) == "posted_date"
    assert marks.get(4) != "posted_date"  # under the text the rule does not look
    other = ["松林路小学工会", "2021/3/5", "新学期工会将组织教职工开展健步走活动，丰富教职工的课余生活。"]
    assert find_chrome(other).removed.get(1) == "posted_date"
    worded = ["松林路小学工会", "2021年3月5日", "新学期工会将组织教职工开展健步走活动，丰富教职工的课余生活。"]
    assert 1 not in find_chrome(worded).removed


def test_a_numeric_date_under_the_text_closes_it(take_everything):
    lines = ["新学期工会将组织教职工开展健步走活动，丰富教职工的课余生活。", "校工会办公室", "2024/06/30", "返回列表"]
    learned = {lines[i] for i, rule in find_chrome(lines).removed.items() if rule == "learned"}
    assert "2024/06/30" not in learned and "校工会办公室" in learned  # the date only is kept


def test_a_page_in_english_is_left_alone(take_everything):
    # round 13: the model took an English mirror's lines and its whole article went (web8)
    lines = ["Home > Union", "Plan 2025", "The union of our plant will hold its congress in March this year.",
             "Next: Union plan 2026", "Copyright 2025 Example"]
    assert "learned" not in find_chrome(lines).removed.values()


def test_a_half_set_copies_and_labels_only_its_half(tmp_path, monkeypatch):
    """Real set 7: only the tune half is development data; the refit script must never ingest,
    label or score a page of the other half."""
    import hashlib
    from pathlib import Path

    from unionmine.evaluation.ingest import compact

    script = _refit_script()
    pages = tmp_path / "pages"
    pages.mkdir()
    texts = {"a.txt": "首页 > 工会\n松林路小学工会2024年工作总结\n", "b.txt": "返回顶部\n桂湾中学工会2023年工作计划\n"}
    rows = []
    for (name, text), half in zip(texts.items(), ("tune", "test")):
        (pages / name).write_text(text, encoding="utf-8")
        lines = text.splitlines()
        digest = [hashlib.sha256(x.encode("utf-8")).hexdigest() for x in lines]
        rows.append({"id": name, "half": half, "page_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                     "chrome": [digest[0]], "articles": [{"body": [], "title_line": digest[1]}]})
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setitem(script.REAL, "halfset", (str(labels), str(pages)))
    monkeypatch.setitem(script.HALF, "halfset", "tune")
    kept_labels, folder = script._real_pages("halfset", tmp_path / "scratch")
    assert sorted(p.name for p in folder.glob("*.txt")) == ["a.txt"]
    assert [json.loads(x)["id"] for x in Path(kept_labels).read_text(encoding="utf-8").splitlines()] == ["a.txt"]
    chrome, text = script._real_labels(str(labels), folder, "tune")
    assert chrome == {compact("首页 > 工会")} and text == {compact("松林路小学工会2024年工作总结")}


def test_bare_lines_have_no_sentence_content():
    assert chrome_model.bare("图表 3") and chrome_model.bare("使用道具 举报") and chrome_model.bare("12")
    assert not chrome_model.bare("一、加强组织建设")  # a heading's number
    assert not chrome_model.bare("（二）关心教职工生活") and not chrome_model.bare("3. 开展读书活动")
    assert not chrome_model.bare("全年发放慰问金。")  # a sentence mark
    assert not chrome_model.bare("校工会组织全体教职工参加了区里举办的健步走")  # longer than BARE_CHARS


@pytest.fixture
def take_everything_inside(tmp_path):
    _everything(tmp_path, inside=True)
    yield
    chrome_model.use_weights(None)


def test_a_model_trained_inside_may_take_bare_lines_within_the_text(take_everything_inside):
    marks = find_chrome(PAGE).removed
    learned = {PAGE[i] for i, rule in marks.items() if rule == "learned"}
    assert "图表 3" in learned  # a bare line between two paragraphs
    assert "一、加强组织建设" not in learned and "二、关心教职工生活" not in learned  # numbered headings
    assert "松林路小学工会" not in marks and "2024年12月30日" not in marks
    assert "松林路小学2024年工会工作总结" not in learned


def test_inside_lines_have_their_own_threshold():
    feats = chrome_model.page_features(PAGE, {0: "rule"}, title_like)
    model = {"threshold": 0.9, "threshold_inside": 0.97, "threshold_under_title": 0.99}
    assert chrome_model._threshold(model, feats[5]) == 0.97  # 图表 3, within the span
    assert chrome_model._threshold(model, feats[10]) == 0.9  # the count under the text, two lines away
