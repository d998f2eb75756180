"""scripts/real_ingest.py: the hand-labelled format with article descriptions (A| lines), the
hash-only labels built from it, and the organisation / org type / year scores.

Every page below is written for this test (invented schools, towns, people and figures); the
real pages are never in the repository.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd
import pytest
from builders import script_module

from unionmine.evaluation.ingest import compact, description_checks

REPO = Path(__file__).resolve().parents[1]
ri = script_module("real_ingest.py")

# p01: a titled summary naming its school; p02: an untitled news item (description after its
# first body line); p03: a compilation page in the first set's format (no descriptions).
LABELLED = """\
#url https://one.example/a/1.html
#group one
C|首页 > 工作总结 > 学校工会
T|summary||柳湾实验小学工会2021年工作总结
A|org=柳湾实验小学|org_type=school|year=2021
B|一年来，我校工会在上级工会和学校党支部的领导下，认真履行各项职能。
B|一、关心教职工生活
#url https://two.example/news/7
#group two
B|3月9日，青石镇总工会召开全委会议，总结去年工作。
A|org=null|org_type=other|year=
B|会上还表彰了八个先进职工小家。
C|版权所有：青石镇人民政府
#url https://three.example/p/3
#group three
C|工会工作计划(精选3篇)
T|plan|工会工作计划|工会工作计划 篇1
B|本学期工会将组织教职工开展读书活动。
#url https://four.example/x
#group four
T|plan||石门中学工会2023年工作计划
A|org=石门中学|org_type=school|year=2023
B|新学年工会将围绕学校中心工作，做好以下几项工作。
"""


@pytest.fixture()
def built(tmp_path):
    labelled = tmp_path / "labelled_1.txt"
    labelled.write_text(LABELLED, encoding="utf-8")
    pages, labels = tmp_path / "pages", tmp_path / "labels.jsonl"
    ri.main(["build", str(labelled), "--pages", str(pages), "--labels", str(labels)])
    rows = [json.loads(x) for x in labels.read_text(encoding="utf-8").splitlines()]
    return pages, labels, rows


def test_build_writes_descriptions_as_hash_and_plain_values(built):
    pages, _, rows = built
    first, second, third, _ = rows
    art = first["articles"][0]
    assert art["org"] == ri.sha(compact("柳湾实验小学")) and art["org_type"] == "school" and art["year"] == 2021
    assert "柳湾" not in json.dumps(rows, ensure_ascii=False)  # nothing but hashes of page text
    news = second["articles"][0]
    assert news["title"] is None and news["org"] is None and news["org_type"] == "other" and news["year"] is None
    assert len(news["body"]) == 2  # the A| line neither ends the article nor counts as a line
    assert not {"org", "org_type", "year"} & set(third["articles"][0])  # first-set format unchanged
    text = (pages / "p02.txt").read_text(encoding="utf-8")
    assert "A|" not in text and "org_type" not in text
    assert ri.sha(text) == second["page_sha256"]


@pytest.mark.parametrize("line, message", [
    ("A|org=柳湾实验小学|org_type=hospital|year=2021", "unknown org_type"),
    ("A|org=柳湾实验小学|org_type=school|year=21", "bad year"),
    ("A|org=柳湾实验小学|org_type=school", "needs org, org_type and year"),
    ("A|org=柳湾实验小学|kind=summary|org_type=school|year=2021", "bad description part"),
    ("A|org=null|org_also=柳湾小学|org_type=school|year=2021", "org_also without an org"),
    ("A|org=柳湾实验小学|org_also=；…|org_type=school|year=2021", "empty in compact form"),
])
def test_bad_descriptions_are_refused(tmp_path, line, message):
    path = tmp_path / "labelled_bad.txt"
    path.write_text(f"#url https://x.example/1\n#group x\nT|summary||某某工会工作总结\n{line}\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=message):
        ri.parse_labelled([path])


def test_description_must_follow_an_article_and_only_once(tmp_path):
    path = tmp_path / "labelled_bad.txt"
    path.write_text("#url https://x.example/1\n#group x\nA|org=null|org_type=school|year=null\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="before any article"):
        ri.parse_labelled([path])
    path.write_text("#url https://x.example/1\n#group x\nT|plan||某某工会工作计划\n"
                    "A|org=null|org_type=school|year=null\nA|org=null|org_type=school|year=null\n",
                    encoding="utf-8")
    with pytest.raises(SystemExit, match="second description"):
        ri.parse_labelled([path])


def _fake_ingest(rows):
    """An ingest that writes the given output articles (one dict per article, `source` = page file
    name) instead of running the pipeline, so the scores below depend on the scorer only."""
    def ingest(inputs, out, **_):
        table = pd.DataFrame([{**row, "source": str(Path(inputs[0]) / row["source"])} for row in rows])
        table.to_parquet(Path(out) / "documents.parquet")
    return ingest


def _score(monkeypatch, labels, pages, rows):
    from unionmine.run import pipeline

    monkeypatch.setattr(pipeline, "ingest", _fake_ingest(rows))
    return ri.score(argparse.Namespace(labels=str(labels), pages=str(pages), misses=True, half="all"))


def test_score_counts_orgs_types_and_years_as_evaluate_ingest(built, monkeypatch, capsys):
    pages, labels, _ = built
    rows = [
        {"source": "p01.txt", "article": 1, "title": "柳湾实验小学工会2021年工作总结", "kind": "summary",
         "text": "一年来，我校工会在上级工会和学校党支部的领导下，认真履行各项职能。\n一、关心教职工生活",
         "org": "柳湾中学", "org_type": "school", "year": 2020},           # type right, org and year wrong
        {"source": "p02.txt", "article": 1, "title": None, "kind": "other",
         "text": "3月9日，青石镇总工会召开全委会议，总结去年工作。\n会上还表彰了八个先进职工小家。",
         "org": "青石镇总工会", "org_type": "enterprise", "year": None},   # org invented, type wrong
        {"source": "p03.txt", "article": 1, "title": "工会工作计划", "kind": "plan",
         "text": "本学期工会将组织教职工开展读书活动。", "org": "某中学", "org_type": None, "year": 2023},
        {"source": "p04.txt", "article": 1, "title": "石门中学工会2023年工作计划", "kind": "plan",
         "text": "新学年工会将围绕学校中心工作，做好以下几项工作。",
         "org": "石門中學", "org_type": "school", "year": 2023},           # all right (Traditional org)
    ]
    tallies = _score(monkeypatch, labels, pages, rows)
    out = capsys.readouterr().out
    every = tallies["all"]
    assert every["org"] == [1, 2] and every["org_type"] == [2, 3] and every["year"] == [1, 2]
    # invented: p02 has an org where its label has none; p01's year is stated, so not invented;
    # p03 carries no description (first-set format), so nothing of it is counted
    assert every["org_invented"] == [1, 1] and every["year_invented"] == [0, 1]
    assert every["split"] == [4, 4] and every["title"] == [3, 3] and every["kind"] == [3, 3]
    assert "org_type 2/3" in out and "year: expected 2021, got 2020" in out
    assert "org: expected (named), got '柳湾中学'" in out
    assert "org_invented: expected None, got '青石镇总工会'" in out


def test_first_set_labels_score_without_description_columns(built, monkeypatch, capsys, tmp_path):
    pages, _, rows = built
    plain = tmp_path / "plain.jsonl"
    stripped = []
    for row in rows:
        for art in row["articles"]:
            for name in ("org", "org_type", "year"):
                art.pop(name, None)
        stripped.append(json.dumps(row, ensure_ascii=False))
    plain.write_text("\n".join(stripped) + "\n", encoding="utf-8")
    tallies = _score(monkeypatch, plain, pages, [
        {"source": "p01.txt", "article": 1, "title": "x", "kind": "summary", "text": "", "org": "y",
         "org_type": "school", "year": 2021}])
    assert set(tallies["all"]) == {"split", "title", "kind", "chrome_left", "body_lost"}
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("all"))
    assert line.split()[1::2] == ["split", "title", "kind", "chrome_left", "body_lost"]


def test_description_checks_take_the_caller_s_org_comparison():
    art = {"org": ri.sha(compact("柳湾实验小学")), "org_type": "school", "year": 2021}
    hashed = {"org_equal": lambda e, g: e == ri.sha(compact(g))}
    right = {"org": "柳灣實驗小學", "org_type": "school", "year": 2021}  # Traditional: same compact form
    assert [c[:2] for c in description_checks(art, right, True, **hashed)] == [
        ("org_type", True), ("org", True), ("year", True)]
    assert [c[:2] for c in description_checks(art, {}, False, **hashed)] == [
        ("org_type", False), ("org", False), ("year", False)]
    none = {"org": None, "org_type": None, "year": None}
    assert [c[:2] for c in description_checks(none, right, True)] == [
        ("org_type", False), ("org_invented", True), ("year_invented", True)]


def test_other_accepted_forms_of_an_organisation_score_as_right(tmp_path):
    path = tmp_path / "labelled_also.txt"
    path.write_text("#url https://x.example/1\n#group x\nT|summary||某某工会工作总结\n"
                    "A|org=红岭烟草公司卷烟厂|org_also=卷烟厂；红岭卷烟厂|org_type=enterprise|year=2021\n",
                    encoding="utf-8")
    art = ri.parse_labelled([path])[0]["articles"][0]
    assert art["org_also"] == [ri.sha(compact("卷烟厂")), ri.sha(compact("红岭卷烟厂"))]
    hashed = {"org_equal": lambda e, g: e == ri.sha(compact(g))}
    for got, hit in (("红岭卷烟厂", True), ("红岭烟草公司卷烟厂", True), ("红岭烟草公司", False)):
        out = {"org": got, "org_type": "enterprise", "year": 2021}
        assert dict(c[:2] for c in description_checks(art, out, True, **hashed))["org"] is hit
    plain = {"org": "卷烟厂", "org_also": ["红岭卷烟厂"], "org_type": "enterprise", "year": 2021}
    assert dict(c[:2] for c in description_checks(plain, {"org": "红岭卷烟厂"}, True))["org"] is True


S = "为丰富教职工的业余文化生活，增强团队凝聚力，校工会在学校操场举办了第三届趣味运动会，全体教职工参加。"


@pytest.mark.parametrize(("line", "kept"), [
    (S, True),  # whole
    (S + "（通讯员 王小明 审核 李四）", True),  # a glued by-line
    ("可下载编辑文档 " + S, True),  # a glued notice
    ("2、" + S, True),  # a preview chunk's number
    # lost: a whole sentence taken off the end, a short line's edge, a line not there at all
    (S + "比赛分为五个项目。", False),
    (S + "（通讯员 王小明 审核 李四 摄影 赵五 编辑 钱六）", False),  # an edge too long to be a by-line
    ("东湖集团召开", False),
    ("会上还表彰了八个先进职工小家。", False),
])
def test_a_body_line_is_kept_whole_or_but_for_a_glued_edge(line, kept):
    out = compact(S + "东湖集团工会召开职代会。")
    assert ri.kept_in(line, out) is kept


@pytest.mark.parametrize(("line", "out", "kept"), [
    # a reporter's by-line glued before the first sentence after a long dateline (ruling d): cut or kept, both count
    ("青禾县融媒体中心10月28日讯(记者 王小明 李小红)" + S, "青禾县融媒体中心10月28日讯" + S, True),
    ("青禾县融媒体中心10月28日讯(记者 王小明 李小红)" + S, "青禾县融媒体中心10月28日讯(记者王小明李小红)" + S, True),
    ("（通讯员 王小明 赵小刚 钱小六 孙小七）" + S, S, True),
    ("青禾(hé)县新闻网(wǎng)6月11日讯(通讯员 王小明)" + S, "青禾县新闻网6月11日讯" + S, True),  # pinyin glosses in the dateline
    # not a by-line in the brackets, or the dateline gone too far: lost
    ("青禾县融媒体中心10月28日讯(图为运动会现场)" + S, "青禾县融媒体中心10月28日讯" + S, False),
    ("青禾县融媒体中心10月28日讯(记者 王小明 李小红)" + S, S[:20], False),
])
def test_a_glued_by_line_may_be_cut_out_of_a_body_line(line, out, kept):
    assert ri.kept_in(line, compact(out)) is kept


# Ruling (m), Round 38: markup is not text. The scorer reads an editor's tags as spaces, in a keyed line and in the
# tool's output alike (`measured`), so a line kept but for its tags is kept, and a line of tags alone is not scored.
P, Q = '<p class="ql-block">', "</p>"


@pytest.mark.parametrize(("line", "out", "kept"), [
    (P + S + Q, S, True),  # tags in the keyed line, none in the output (the cleaner took them)
    (S, P + S + Q, True),  # none in the keyed line, tags left in the output
    (P + S + Q + " " + P + "会上还表彰了八个先进职工小家。" + Q, S + "会上还表彰了八个先进职工小家。", True),
    (P + S + Q + ' <p class="ql-', S, True),  # a tag the excerpt cut at the line's end
    ('甲<h3 style="text-align: center">' + S + "</h3>", "甲" + S, True),
    # still lost: the words themselves gone, or a sentence of them
    (P + S + Q, S[:30], False),
    (P + S + Q + " " + P + "会上还表彰了八个先进职工小家。" + Q, S, False),
])
def test_markup_in_a_keyed_or_an_output_line_is_not_text(line, out, kept):
    assert ri.kept_in(line, ri.measured(out)) is kept


def test_only_tags_are_markup():
    # angle brackets around words that are no tag, a comparison, stay letters; a line of tags alone is empty
    assert ri.measured("依据<工会法>第三条，a<b 时") == compact("依据<工会法>第三条，a<b 时")
    assert ri.measured('<rt id="nkcrz"></rt>') == "" and ri.measured("<!-- x -->一") == "一"
    assert ri.measured('1. <rp id="zsypk"></rp>') == "1"


def test_score_reads_markup_as_spaces_in_keys_and_output(tmp_path, monkeypatch, capsys):
    labelled = tmp_path / "labelled.txt"
    labelled.write_text(
        "#url https://five.example/a\n#group five\n"
        'C|<form id="nkcrz"><dfn id="nkcrz"></dfn></form>\n'
        "T|other||青石镇总工会举办趣味运动会\n"
        f"B|{P}{S}{Q} {P}会上还表彰了八个先进职工小家。{Q}\n"
        "C|版权所有：青石镇人民政府\n", encoding="utf-8")
    pages, labels = tmp_path / "pages", tmp_path / "labels.jsonl"
    ri.main(["build", str(labelled), "--pages", str(pages), "--labels", str(labels)])
    rows = [{"source": "p01.txt", "article": 1, "title": "青石镇总工会举办趣味运动会", "kind": "other",
             "text": S + "\n会上还表彰了八个先进职工小家。"}]
    every = _score(monkeypatch, labels, pages, rows)["all"]
    # the body line kept but for its tags; the line of tags alone is no chrome line to leave
    assert every["body_lost"] == [0, 1] and every["chrome_left"] == [0, 1] and every["split"] == [1, 1]
