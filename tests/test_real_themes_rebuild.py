"""scripts/real_themes.py rebuild: a theme set's local copy again from saved excerpts or ingestion pages.

Every page, line and label below is invented for this test (made-up schools, towns and figures); the labels are made
by the test from the section texts it means, as a labeller would have cut them.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from builders import script_module

REPO = Path(__file__).resolve().parents[1]
rt = script_module("real_themes.py")
import real_themes_rebuild as rb

# an invented school plan saved as the search tool returns it: indented lines, blank lines between them
SCHOOL = """#url https://a.example/plan1
欢迎来到范文网!

  青石镇中心小学工会工作计划

  一、指导思想

  以上级工会精神为指导，围绕学校中心工作，做好服务教职工的各项工作。

  二、关心教职工生活

  春节前走访生病住院的三位老师，每人送去慰问金五百元。

  （图为工会主席走访生病住院老师的慰问现场）

  重阳节组织退休教师座谈，发放慰问品。

  三、丰富文体活动十月举办教职工羽毛球赛，共有四十人参加。
"""
# an invented news page flattened into one line by the source, then cut off
NEWS = """#url https://b.example/news/7
本报讯 5月12日，河湾区总工会在体育馆举办职工拔河比赛，十六支队伍参赛。  比赛分为男子组和女子组，各单位职工踊跃报名，现场气氛热烈。  区总工会还为获奖队伍颁发了奖杯和证书，并为参赛职工送上矿泉水和
"""
# an invented summary whose PDF text broke one paragraph over three lines
PDF = """#url https://c.example/doc/3
本年度我园工会在园党支部的领导下开展工作。
认真组织教职工参加读书活动，共开展读书
分享会六次，每次都有二十余人参加。
"""


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def label(url: str, n: int, text: str, **extra) -> dict:
    return {"id": f"{url[-6:]}-{n}", "url": url, "site": url.split("/")[2], "unit_type": "school", "kind": "plan",
            "group": f"g-{url[-6:]}", "sha256": sha(text), "labels": ["其他"], "note": "", **extra}


WANTED = [  # (url, text the labeller saved, heading, cut expected)
    ("https://a.example/plan1", "一、指导思想\n以上级工会精神为指导，围绕学校中心工作，做好服务教职工的各项工作。", "一、指导思想", "stripped:run"),
    ("https://a.example/plan1", "二、关心教职工生活\n春节前走访生病住院的三位老师，每人送去慰问金五百元。\n重阳节组织退休教师座谈，发放慰问品。",
     "二、关心教职工生活", "stripped:run-title"),
    ("https://a.example/plan1", "三、丰富文体活动\n十月举办教职工羽毛球赛，共有四十人参加。", "三、丰富文体活动", "stripped:split-head"),
    ("https://b.example/news/7", "比赛分为男子组和女子组，各单位职工踊跃报名，现场气氛热烈。", "", "stripped:piece"),
    ("https://b.example/news/7", ("本报讯 5月12日，河湾区总工会在体育馆举办职工拔河比赛，十六支队伍参赛。\n比赛分为男子组和女子组，各单位职工"
     "踊跃报名，现场气氛热烈。\n区总工会还为获奖队伍颁发了奖杯和证书，并为参赛职工送上矿泉水和"), "", "stripped:piece"),
    ("https://c.example/doc/3", "本年度我园工会在园党支部的领导下开展工作。认真组织教职工参加读书活动，共开展读书分享会六次，每次都有二十余人参加。",
     "", "stripped:rejoin"),
]


def _write(tmp_path: Path, labels: list[dict]) -> tuple[Path, Path]:
    raw = tmp_path / "q01.txt"
    raw.write_text(SCHOOL + "\n" + NEWS + PDF, encoding="utf-8")
    lab = tmp_path / "labels.jsonl"
    lab.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in labels), encoding="utf-8")
    return raw, lab


def test_every_labelled_cut_is_found_with_its_text_heading_and_order(tmp_path, capsys):
    labels = [label(url, n, text) for n, (url, text, _, _) in enumerate(WANTED)]
    labels = labels[3:] + labels[:3]  # the labels' order, not the excerpts', is the output's
    raw, lab = _write(tmp_path, labels)
    out = tmp_path / "local" / "real_sectionsX.jsonl"
    assert rt.main(["rebuild", str(raw), "--labels", str(lab), "--out", str(out)]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [r["id"] for r in labels]
    by_id = {r["id"]: r for r in rows}
    for n, (url, text, heading, _) in enumerate(WANTED):
        row = by_id[f"{url[-6:]}-{n}"]
        assert (row["text"], row["heading"], row["url"]) == (text, heading, url)
        assert set(row) == {"id", "url", "site", "unit_type", "kind", "group", "heading", "text"}
    check = rt.check_digests(labels, rows)
    assert (len(check["matched"]), check["missing"], check["changed"]) == (len(WANTED), [], [])
    report = capsys.readouterr().out
    assert f"{len(WANTED)} of {len(WANTED)} labelled rows rebuilt" in report
    for cut in {c for *_, c in WANTED}:
        assert f"{cut} " in report


def test_a_text_not_in_the_excerpt_is_never_written(tmp_path, capsys):
    """A row whose text differs by one character (or whose url has no excerpt) is left out; exit code 1."""
    changed = WANTED[0][1].replace("各项", "多项")
    labels = [label(WANTED[0][0], 0, changed), label("https://z.example/gone", 1, "某某单位工会组织职工参加植树活动。"),
              label(WANTED[2][0], 2, WANTED[2][1])]
    raw, lab = _write(tmp_path, labels)
    out = tmp_path / "out.jsonl"
    assert rt.main(["rebuild", str(raw), "--labels", str(lab), "--out", str(out)]) == 1
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == [labels[2]["id"]]
    captured = capsys.readouterr()
    assert "1 of 3 labelled rows rebuilt" in captured.out and "1 without an excerpt" in captured.out
    assert "no excerpt: https://z.example/gone" in captured.err and f"not rebuilt: {labels[0]['id']}" in captured.err


def test_pages_folder_with_ingestion_labels_cuts_the_body_lines(tmp_path):
    """Sets 13-18: a page's body lines (by the ingestion labels' sha256) are cut; its chrome and title never join in."""
    lines = ["首页 > 新闻中心", "柳岸小学举行教职工趣味运动会", "3月8日，柳岸小学工会组织全体女教职工开展趣味运动会。",
             "发布时间：2025-03-09", "运动会设有套圈、夹弹珠等六个项目，大家积极参与。", "返回顶部"]
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "p01.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    ingest = tmp_path / "ingest.jsonl"
    entry = {"id": "p01", "url": "https://d.example/n/1", "chrome": [sha(lines[0]), sha(lines[3]), sha(lines[5])],
             "articles": [{"title_line": sha(lines[1]), "body": [sha(lines[2]), sha(lines[4])]}]}
    ingest.write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    body = lines[2] + "\n" + lines[4]
    lab = tmp_path / "labels.jsonl"
    lab.write_text(json.dumps(label(entry["url"], 0, body), ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert rt.main(["rebuild", "--pages", str(tmp_path / "pages"), str(ingest), "--labels", str(lab),
                    "--out", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["text"] == body
    pages = rb.read_pages(tmp_path / "pages", ingest)
    assert [name for name, _ in pages[entry["url"]]] == ["body", "all"]


@pytest.mark.parametrize("text, heading", [
    ("（二）持续读书分享\n1.参与对象：全体教职工", "（二）持续读书分享"),
    ("3、关心职工生活。春节前走访困难职工十户。\n另为生病职工送去慰问金。", "3、关心职工生活。"),
    ("第二部分 民主管理\n召开教代会一次。", "第二部分 民主管理"),
    ("5月12日，某区总工会举办拔河比赛。\n十六支队伍参赛。", ""),
])
def test_heading_rule(text, heading):
    assert rb.heading_of(text) == heading


def test_bad_input_names_the_file_and_the_reason(tmp_path):
    with pytest.raises(SystemExit, match="nope.jsonl: no such labels file"):
        rt.main(["rebuild", "--labels", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o.jsonl")])
    lab = tmp_path / "labels.jsonl"
    lab.write_text(json.dumps({"id": "x", "url": "https://e.example/"}) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"labels.jsonl: row 1 has no site, unit_type, kind, group, sha256"):
        rt.main(["rebuild", "--labels", str(lab), "--out", str(tmp_path / "o.jsonl")])
    with pytest.raises(SystemExit, match="missing: not a pages folder"):
        rb.read_pages(tmp_path / "missing", lab)
    assert not (tmp_path / "o.jsonl").exists()


def test_raw_excerpt_cut_on_its_body_lines_with_body_labels(tmp_path):
    """A raw excerpt whose body lines have a site line between them: --body-labels leaves the site line out."""
    lines = ["  松江小学工会举办教师读书分享会，三十位教师参加。", "  本站文章均由网友投稿，仅供学习参考，转载请注明出处。",
             "  会后评选出五位“读书之星”并颁发证书。 阅读次数：356"]  # the ingestion labeller kept a piece of this line
    raw = tmp_path / "q01.txt"
    raw.write_text("#url https://f.example/r/2\n" + "\n".join(lines) + "\n", encoding="utf-8")
    ingest = tmp_path / "ingest.jsonl"
    entry = {"id": "p01", "url": "https://f.example/r/2", "chrome": [sha(lines[1].strip())],
             "articles": [{"title_line": None, "body": [sha(lines[0].strip()), sha("会后评选出五位“读书之星”并颁发证书。")]}]}
    ingest.write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    text = lines[0].strip() + "\n会后评选出五位“读书之星”并颁发证书。"
    lab = tmp_path / "labels.jsonl"
    lab.write_text(json.dumps(label(entry["url"], 0, text), ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    args = ["rebuild", str(raw), "--labels", str(lab), "--out", str(out)]
    assert rt.main(args) == 1  # the site line is long and ends a sentence: no cut drops it
    assert rt.main([*args, "--body-labels", str(ingest)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["text"] == text


def test_pdf_lines_and_viewer_page_markers_joined_again(tmp_path):
    """A PDF page's broken lines (a numbered heading line stays its own) and a doc viewer's `1、` `2、` page markers."""
    pdf = ["（二）期末会员大会工作分配", "会员大会预计于六月二十七日举行，餐点组由三位", "老师负责，签到组由两位老师负责。"]
    viewer = ["1、柳河中学工会工作总结本学期工会组织教职工开展", "2、健步走活动三次，参加人数逐次增加。"]
    raw = tmp_path / "q01.txt"
    raw.write_text("#url https://g.example/p/28\n" + "\n".join(pdf) + "\n#url https://g.example/v/5\n"
                   + "\n".join(viewer) + "\n", encoding="utf-8")
    texts = [("https://g.example/p/28", pdf[0] + "\n" + pdf[1] + pdf[2]),
             ("https://g.example/v/5", "本学期工会组织教职工开展健步走活动三次，参加人数逐次增加。")]
    lab = tmp_path / "labels.jsonl"
    lab.write_text("".join(json.dumps(label(u, n, t), ensure_ascii=False) + "\n" for n, (u, t) in enumerate(texts)),
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert rt.main(["rebuild", str(raw), "--labels", str(lab), "--out", str(out)]) == 0
    assert [json.loads(x)["text"] for x in out.read_text(encoding="utf-8").splitlines()] == [t for _, t in texts]
    assert rb._pdf_join(pdf) == [pdf[0], pdf[1] + pdf[2]]


def test_pieces_start_after_a_compilation_marker_and_end_at_a_sentence_end():
    line = "某校工会述职报告【篇一】本学期工会为教职工办理体检。二是组织篮球赛。"
    pieces = set(rb._pieces(line))
    assert "本学期工会为教职工办理体检。" in pieces and "二是组织篮球赛。" in pieces
    assert "本学期工会为教职工办理" not in pieces  # a piece never ends inside a sentence


def test_pdf_join_ends_at_ascii_periods_and_keeps_comma_numbered_headings():
    lines = ["一,加强理论学习", "组织职工学习新《工会法》,举办", "礼仪讲座两次. ", "二,坚持职代会制度"]
    assert rb._pdf_join([x.strip() for x in lines]) == ["一,加强理论学习", "组织职工学习新《工会法》,举办礼仪讲座两次.",
                                                        "二,坚持职代会制度"]
