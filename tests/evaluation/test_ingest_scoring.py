"""The ingestion scorer on a tiny hand-made key and output table, hits and misses both."""

import json

import pandas as pd
import pytest

from unionmine.evaluation import format_scores, score_ingest
from unionmine.evaluation.ingest import compact


def _art(title, body, **fields):
    base = {"title": title, "org": None, "org_type": None, "year": None, "kind": "summary",
            "on_topic": True, "first": body[0], "last": body[-1], "body": body}
    base.update(fields)
    return base


A_BODY = ["一年来，青松小学工会围绕学校中心工作开展工作。", "一、关心教职工生活",
          "春节前走访慰问困难教师六人。", "青松小学工会", "2021年12月30日"]
B_BODY = ["新学年工会工作的思路如下。", "一、主要工作", "组织一次教职工趣味运动会。"]
C_BODY = ["本年度白杨中学工会组织篮球赛两场。", "二、民主管理", "召开教代会一次，审议方案三项。"]

KEY = [
    {"source": "a.html", "style": "s1",
     "articles": [_art("青松小学2021年工会工作总结", A_BODY, org="青松小学", org_type="school", year=2021)],
     "chrome": ["首页 | 工作总结 | 工作计划", "当前位置：首页 > 工作总结", "【打印本页】【关闭窗口】", "上一篇：某某"]},
    {"source": "sub/b.txt", "style": "s2",
     "articles": [_art("工會工作計劃", B_BODY, kind="plan"),
                  _art("白杨中学工会工作总结", C_BODY, org="白杨中学", org_type="school", year=2022)],
     "chrome": ["版权所有 某某范文网 京ICP备00000000号"]},
    {"source": "empty.html", "style": "s2", "articles": [], "chrome": ["网站地图"]},
]


@pytest.fixture()
def key_path(tmp_path):
    path = tmp_path / "tiny.key.jsonl"
    path.write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in KEY) + "\n", encoding="utf-8")
    return path


def _row(source, article, title, text, **fields):
    base = {"source": source, "article": article, "title": title, "org": None, "org_type": None,
            "year": None, "kind": "summary", "on_topic": True, "text": text}
    base.update(fields)
    return base


def perfect():
    return pd.DataFrame([
        _row("a.html", 1, "青松小学2021年工会工作总结", "\n".join(A_BODY), org="青松小学",
             org_type="school", year=2021),
        _row("sub/b.txt", 1, "工会工作计划", "\n".join(B_BODY), kind="plan"),
        _row("sub/b.txt", 2, "白杨中学工会工作总结", "\n".join(C_BODY), org="白杨中学",
             org_type="school", year=2022),
    ])


def test_compact_ignores_script_punctuation_and_case():
    assert compact("工會工作計劃（2022）") == compact("工会工作计划 2022")
    assert compact("ICP备 A-1") == "icp备a1"
    assert compact(None) == ""
    assert compact("工會(huì)工作報（bào）告") == compact("工会工作报告")
    assert compact("工會(huì )全委會(huì )") == compact("工会全委会")  # a space before the bracket
    assert compact("(Word)版") == "word版"  # only pinyin-like brackets go


def test_perfect_output_scores_full(key_path):
    scores = score_ingest(perfect(), key_path)
    m = scores["collections"]["tiny"]
    assert m["split"]["count"] == 3 and m["split"]["total"] == 3
    for field in ("title", "kind", "org_type", "on_topic"):
        assert (m[field]["count"], m[field]["total"]) == (3, 3), field
    assert (m["org"]["count"], m["org"]["total"]) == (2, 2)
    assert (m["year"]["count"], m["year"]["total"]) == (2, 2)
    assert m["chrome_left"]["count"] == 0 and m["chrome_left"]["total"] == 6
    assert m["body_lost"]["count"] == 0 and m["body_lost"]["total"] == len(A_BODY + B_BODY + C_BODY)
    assert all(not rows for rows in scores["misses"].values())
    assert set(scores["styles"]) == {"s1", "s2"}


def test_sources_under_a_parent_folder_still_match(key_path):
    docs = perfect()
    docs["source"] = "web/" + docs["source"]
    assert score_ingest(docs, key_path)["collections"]["tiny"]["split"]["count"] == 3


def test_misses_are_counted(key_path):
    docs = pd.DataFrame([
        # chrome kept as the first line and as the title; two body lines lost; wrong kind
        _row("a.html", 1, "首页 | 工作总结 | 工作计划",
             "首页 | 工作总结 | 工作计划\n" + "\n".join(A_BODY[:2] + A_BODY[3:4]) + "\n上一篇：某某",
             kind="plan", org="作好学校", org_type="school", year=2017),
        # the two articles of b.txt left as one; an org invented where the key has none
        _row("sub/b.txt", 1, "工会工作计划", "\n".join(B_BODY + C_BODY) + "\n版权所有 某某范文网 京ICP备00000000号",
             kind="plan", org="结合学院"),
        # an article made of an index page
        _row("empty.html", 1, "网站地图", "网站地图"),
    ])
    scores = score_ingest(docs, key_path)
    m = scores["collections"]["tiny"]
    assert m["split"]["count"] == 0
    assert m["title"]["count"] == 1  # only b.txt's first article
    assert m["kind"]["count"] == 1
    assert m["org"]["count"] == 0 and m["org"]["total"] == 2
    assert m["org_invented"]["count"] == 1 and m["org_invented"]["total"] == 1
    assert m["year"]["count"] == 0
    # 首页 line (whole line), 上一篇 line (whole line), ICP line (substring), 网站地图 (whole line)
    assert m["chrome_left"]["count"] == 4
    assert m["body_lost"]["count"] == 2
    misses = scores["misses"]
    assert {x["expected"] for x in misses["body_lost"]} == {"春节前走访慰问困难教师六人。", "2021年12月30日"}
    assert {"source": "a.html", "article": 1, "expected": "summary", "got": "plan"} in misses["kind"]
    assert any(x["source"] == "sub/b.txt" and x["expected"] == "白杨中学工会工作总结" for x in misses["title"])
    text = format_scores(scores, misses=5)
    assert "pages split right" in text and "0/3" in text and "Misses: kinds" in text


def test_short_chrome_inside_a_sentence_is_not_left(key_path):
    docs = perfect()
    # "网站地图" is short: inside a longer line it does not count, as a whole line it does
    docs.loc[0, "text"] = docs.loc[0, "text"] + "\n请查看网站地图了解更多内容"
    assert score_ingest(docs, key_path)["collections"]["tiny"]["chrome_left"]["count"] == 0


def test_misplaced_body_line_is_flagged_not_lost(key_path):
    docs = perfect()
    # the first article of b.txt ends one line early: that line went to the next article
    docs.loc[1, "text"] = "\n".join(B_BODY[:-1])
    docs.loc[2, "text"] = B_BODY[-1] + "\n" + "\n".join(C_BODY)
    m = score_ingest(docs, key_path)["collections"]["tiny"]
    assert m["body_lost"]["count"] == 0
    assert m["body_misplaced"]["count"] == 1
    assert m["split"]["count"] == 2


def test_cli_evaluate_ingest_on_an_output_folder_and_on_a_collection(tmp_path, key_path):
    from click.testing import CliRunner

    from unionmine.cli import cli

    run = tmp_path / "run"
    run.mkdir()
    perfect().to_parquet(run / "documents.parquet")
    result = CliRunner().invoke(cli, ["evaluate-ingest", str(run), str(key_path), "--out", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    assert "pages split right     3/3 (100%)" in result.output
    saved = json.loads((tmp_path / "s" / "ingest_scores.json").read_text(encoding="utf-8"))
    assert saved["collections"]["tiny"]["title"]["count"] == 3

    # a collection folder is ingested first: one page with a link bar the pipeline may keep
    coll = tmp_path / "coll"
    coll.mkdir()
    (coll / "a.txt").write_text("首页 | 工作总结 | 工作计划\n青松小学2021年工会工作总结\n" + "\n".join(A_BODY * 2) + "\n",
                                encoding="utf-8")
    key = tmp_path / "one.key.jsonl"
    body = A_BODY * 2
    key.write_text(json.dumps({"source": "a.txt", "style": "t", "articles": [
        _art("青松小学2021年工会工作总结", body, org="青松小学", org_type="school", year=2021)],
        "chrome": ["首页 | 工作总结 | 工作计划"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate-ingest", str(coll), str(key), "--misses", "3"])
    assert result.exit_code == 0, result.output
    assert "Collection one" in result.output and "body lines lost       0/" in result.output


def test_a_running_header_that_repeats_the_title_is_not_scored(tmp_path):
    """A PDF's running header that repeats the title (or a signature) leaves its text in the
    output as that line whatever the rules do: it can be neither left nor removed, so it is not
    counted; a header of other text still is."""
    entry = {"source": "c.pdf", "style": "pdf",
             "articles": [_art("青松小学2021年工会工作总结", A_BODY)],
             "chrome": ["青松小学2021年工会工作总结", "青松小学工会", "— 1 —", "青松小学内部资料"]}
    path = tmp_path / "pdf.key.jsonl"
    path.write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    docs = pd.DataFrame([_row("c.pdf", 1, "青松小学2021年工会工作总结", "\n".join(A_BODY))])
    chrome = score_ingest(docs, path)["collections"]["pdf"]["chrome_left"]
    assert (chrome["count"], chrome["total"]) == (0, 2)  # "— 1 —" is scored: short, it is left only as a line
    docs.loc[0, "text"] += "\n青松小学内部资料"
    assert score_ingest(docs, path)["collections"]["pdf"]["chrome_left"]["count"] == 1


def test_markup_is_read_as_spaces_in_key_and_output(tmp_path):
    # ruling (m): a key line holding an editor's tags is kept when the output holds its words without them, and the
    # other way round; a chrome line of tags alone is not scored; angle brackets around words stay letters
    body = ['<p class="ql-block">一年来，青松小学工会围绕学校中心工作开展工作。</p>', "依据<工会法>开展民主管理。<br>"]
    key = [{"source": "m.txt", "style": "markup", "chrome": ['<rt id="x"></rt>', "网站地图"],
            "articles": [_art("青松小学工会工作总结", body)]}]
    path = tmp_path / "m.key.jsonl"
    path.write_text(json.dumps(key[0], ensure_ascii=False) + "\n", encoding="utf-8")
    out = pd.DataFrame([_row("m.txt", 1, "青松小学工会工作总结",
                             "一年来，青松小学工会围绕学校中心工作开展工作。\n<p>依据<工会法>开展民主管理。</p>")])
    got = score_ingest(out, path)["collections"]["m"]
    assert got["body_lost"]["count"] == 0 and got["split"]["count"] == 1
    assert got["chrome_left"]["total"] == 1 and got["title"]["count"] == 1
