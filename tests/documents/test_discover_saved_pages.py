"""A browser's "save complete page" folder (页面_files beside 页面.html) is left out, and said so once."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from unionmine.cli import cli
from unionmine.documents.discover import discover_files, saved_page_of
from unionmine.documents.problems import problem_code, reason_zh
from unionmine.run.chain import find_tasks, saved_page_notes

PAGE = """<html><head><meta charset="utf-8"><title>青柳镇中心小学2023年工会工作总结</title>
<script src="青柳镇中心小学2023年工会工作总结_files/jquery.min.js"></script></head><body>
<h1>青柳镇中心小学2023年工会工作总结</h1>
<p>一年来，青柳镇中心小学工会在镇教育工会的指导下，围绕学校中心工作，认真履行维护、建设、参与、教育职能。</p>
<p>一、坚持民主管理。学校召开三届五次教职工代表大会，审议通过了绩效工资分配方案和教师考核办法，
校务公开栏每月更新，教职工提出的十二条建议全部得到答复。</p>
<p>二、关心教职工生活。春节前走访慰问困难教职工七人，为生病住院的两位教师送去慰问金，
组织全体教职工进行健康体检，为退休教师举办了荣休仪式。</p>
<p>三、丰富文体活动。举办教职工趣味运动会和迎新年合唱比赛，组织教师参加镇羽毛球联赛并获得团体第三名。</p>
<iframe src="青柳镇中心小学2023年工会工作总结_files/ad_300x250.htm"></iframe>
</body></html>
"""

AD = """<html><body><p>限时优惠！点击领取新人礼包，全场商品五折起，下载客户端立即体验更多精彩内容，
扫码关注公众号，每天推送热门资讯和精选好物，快来参加抽奖活动赢取大奖吧！</p></body></html>"""


def _save_complete_page(folder: Path, stem: str = "青柳镇中心小学2023年工会工作总结",
                        ending: str = "_files", page_suffix: str = ".html") -> Path:
    """What a browser writes: the page, and beside it a folder of scripts, styles and an ad frame."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}{page_suffix}").write_text(PAGE, encoding="utf-8")
    resources = folder / f"{stem}{ending}"
    resources.mkdir()
    (resources / "jquery.min.js").write_text("!function(e){var t=1;window.q=t}(window);", encoding="utf-8")
    (resources / "style.css").write_text("body{margin:0;font-size:14px}", encoding="utf-8")
    (resources / "ad_300x250.htm").write_text(AD, encoding="utf-8")
    (resources / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    return resources


@pytest.mark.parametrize(("folder", "siblings", "page"), [
    ("页面_files", ["页面.html", "别的.txt"], "页面.html"),
    ("Report_Files", ["report.HTM"], "report.HTM"),  # case does not matter
    ("Bericht-Dateien", ["Bericht.html"], "Bericht.html"),  # a German browser
    ("总结.files", ["总结.htm"], "总结.htm"),  # Chinese Windows, Word's "save as web page"
    ("页面_fichiers", ["页面.shtml"], "页面.shtml"),
    ("页面_files", ["页面.txt", "页面.docx"], None),  # no page beside it
    ("页面_files", ["页面二.html"], None),  # another page's name
    ("_files", [".html"], None),  # the ending alone names no page
    ("资料", ["资料.html"], None),  # an ordinary folder
])
def test_saved_page_of(folder, siblings, page):
    assert saved_page_of(folder, siblings) == page


def test_a_saved_pages_folder_is_skipped_and_listed(tmp_path):
    corpus = tmp_path / "corpus"
    resources = _save_complete_page(corpus / "2023")
    (corpus / "2023" / "城东中学工会计划.txt").write_text("城东中学工会工作计划", encoding="utf-8")
    skipped: list = []
    found = [f.relative_to(corpus).as_posix() for f, _ in discover_files([corpus], skipped)]
    assert found == ["2023/城东中学工会计划.txt", "2023/青柳镇中心小学2023年工会工作总结.html"]
    assert skipped == [(resources, corpus / "2023" / "青柳镇中心小学2023年工会工作总结.html", corpus)]
    # without the list it is skipped all the same
    assert [f for f, _ in discover_files([corpus])] == [corpus / p for p in found]


def test_a_files_folder_without_its_page_is_read(tmp_path):
    corpus = tmp_path / "corpus"
    resources = _save_complete_page(corpus)
    next(corpus.glob("*.html")).unlink()  # the user kept only the folder
    skipped: list = []
    found = sorted(f.name for f, _ in discover_files([corpus], skipped))
    assert found == ["ad_300x250.htm", "jquery.min.js", "logo.png", "style.css"]
    assert skipped == []
    # and a user's own folder named like one, beside a page of another name
    (corpus / "区教育工会_files").mkdir()
    (corpus / "区教育工会_files" / "通知.txt").write_text("通知", encoding="utf-8")
    (corpus / "区教育工会简报.html").write_text(PAGE, encoding="utf-8")
    assert "通知.txt" in {f.name for f, _ in discover_files([corpus])}
    assert resources.is_dir()


def test_notes_name_the_folder_as_a_source(tmp_path):
    corpus = tmp_path / "corpus"
    _save_complete_page(corpus / "sub", stem="总结", ending=".files", page_suffix=".htm")
    skipped: list = []
    tasks = find_tasks([corpus], skipped)
    assert [t.source for t in tasks] == ["sub/总结.htm"]
    [note] = saved_page_notes(skipped, several=False)
    assert note["source"] == "sub/总结.files"
    assert note["stage"] == "discover note"
    assert note["code"] == problem_code(note["reason"]) == "saved_page_folder"
    assert "总结.htm" in reason_zh(note["reason"]) and "未读取" in note["reason_zh"]
    [other] = saved_page_notes(skipped, several=True)
    assert other["source"] == "corpus/sub/总结.files"


def test_ingest_of_a_saved_page_exits_0_with_one_note(tmp_path):
    corpus = tmp_path / "corpus"
    _save_complete_page(corpus)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.count("unionmine: note: 1 folder(s) a browser saved") == 1
    assert "青柳镇中心小学2023年工会工作总结_files" in result.output
    problems = pd.read_csv(out / "problems.csv")
    assert problems["stage"].tolist() == ["discover note"]
    assert problems["source"].tolist() == ["青柳镇中心小学2023年工会工作总结_files"]
    documents = pd.read_parquet(out / "documents.parquet")
    assert documents["source"].tolist() == ["青柳镇中心小学2023年工会工作总结.html"]  # no ad article
    # the run again, from its cache: the same note, once
    again = CliRunner().invoke(cli, ["ingest", str(corpus), "--out", str(out)])
    assert again.exit_code == 0, again.output
    assert pd.read_csv(out / "problems.csv")["stage"].tolist() == ["discover note"]
    # a file added: the update keeps the note once, after the files' own rows
    (corpus / "空白.txt").write_text("", encoding="utf-8")
    third = CliRunner().invoke(cli, ["ingest", str(corpus), "--out", str(out), "--quiet"])
    assert third.exit_code == 3, third.output
    assert "note:" not in third.output  # information is not said with --quiet
    assert pd.read_csv(out / "problems.csv")["stage"].tolist() == ["read", "discover note"]


def test_without_the_page_the_folder_was_read_before(tmp_path):
    """The defect this guards against: the folder's files were inputs of their own (exit 3)."""
    corpus = tmp_path / "corpus"
    _save_complete_page(corpus)
    next(corpus.glob("*.html")).unlink()
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--out", str(out), "--quiet"])
    problems = pd.read_csv(out / "problems.csv")
    assert "discover note" not in set(problems["stage"])
    assert {"jquery.min.js", "style.css"} <= {Path(s).name for s in problems["source"]}
    assert result.exit_code == 3


def test_partitioned_output_lists_the_note_too(tmp_path):
    from unionmine.run import pipeline

    corpus = tmp_path / "corpus"
    _save_complete_page(corpus)
    result = pipeline.ingest([corpus], tmp_path / "out", partitioned=True, progress=False, use_cache=False)
    assert result.exit_code == 0 and result.n_skipped == 0
    assert [n["source"] for n in result.notes] == ["青柳镇中心小学2023年工会工作总结_files"]
    assert pd.read_csv(tmp_path / "out" / "problems.csv")["stage"].tolist() == ["discover note"]


def test_the_report_does_not_count_a_note_as_an_unread_file(tmp_path):
    """The report's "N个文件未能读取" counts inputs skipped or partly read; the note is said as a line."""
    from unionmine.report.display import split_problems
    from unionmine.stats.tables import overview

    corpus = tmp_path / "corpus"
    _save_complete_page(corpus)
    (corpus / "空白.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(corpus), "--out", str(out), "--quiet"])
    assert result.exit_code == 3, result.output
    problems = pd.read_csv(out / "problems.csv")
    assert sorted(problems["stage"]) == ["discover note", "read"]
    unread, notes = split_problems(problems)
    assert unread["source"].tolist() == ["空白.txt"]
    assert len(notes) == 1 and notes[0].startswith("青柳镇中心小学2023年工会工作总结_files：")
    documents = pd.read_parquet(out / "documents.parquet")
    assert overview(documents, documents, None, None, problems).attrs["counts"]["problems"] == 1
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "未能读取或只读了一部分的文件：1个" in html and "青柳镇中心小学2023年工会工作总结_files：" in html
