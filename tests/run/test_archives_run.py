"""A run over a folder holding a ZIP: its files are read, named by their path inside, cached and
updated like any other file, and what cannot be unpacked is in problems.csv."""

from __future__ import annotations

import zipfile
from typing import ClassVar

import pandas as pd
import tqdm

from tests.builders import make_docx
from unionmine.run import pipeline

SUMMARY = """2022年工会工作总结
一年来，校工会围绕学校中心工作，团结全体教职工，做了以下几项工作。
一、关心教职工生活
春节前走访慰问困难教职工6人，发放慰问金三千元；为生病住院的教职工送去慰问品。
二、丰富教职工文体活动
组织教职工参加广播操比赛和趣味运动会，参与八十五人次。
校工会
2022年12月28日
"""


class _GbkName(zipfile.ZipInfo):
    def __init__(self, name: str):
        super().__init__(name.encode("gbk").decode("cp437"))
        self._raw = name.encode("gbk")

    def _encodeFilenameFlags(self):
        return self._raw, self.flag_bits


def _collection(root, tmp_path):
    (root / "2022").mkdir(parents=True)
    plan = make_docx(tmp_path / "plan.docx", paragraphs=(
        "西湖小学工会2023年工作计划", "一、做好教职工慰问工作", "节日走访慰问退休教职工，看望生病教职工。",
        "二、开展文体活动", "组织教职工羽毛球比赛和读书分享会。"), table=False)
    archive = root / "2022" / "东湖区各校材料.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(_GbkName("城北二中/2022年工会工作总结.txt"), SUMMARY.encode("gbk"))
        zf.writestr("西湖小学工会2023年工作计划.docx", plan.read_bytes())
        zf.writestr(_GbkName("说明.doc"), b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    return archive


def test_files_in_a_zip_are_read_and_named_by_their_path_inside(tmp_path):
    root = tmp_path / "corpus"
    archive = _collection(root, tmp_path)
    out = tmp_path / "out"
    first = pipeline.ingest([root], out, progress=False)
    table = pd.read_parquet(out / "documents.parquet")
    docs = table.set_index("source")
    summary = docs.loc["2022/东湖区各校材料.zip/城北二中/2022年工会工作总结.txt"]
    assert summary["org"] == "城北二中" and summary["org_source"] == "path"
    assert summary["year"] == 2022 and summary["kind"] == "summary" and summary["encoding"].startswith("gb")
    plan = docs.loc["2022/东湖区各校材料.zip/西湖小学工会2023年工作计划.docx"]
    assert plan["org"] == "西湖小学" and plan["kind"] == "plan" and plan["year"] == 2023
    problems = pd.read_csv(out / "problems.csv", encoding="utf-8-sig")
    assert problems.set_index("source").loc["2022/东湖区各校材料.zip/说明.doc", "code"] == "doc_corrupt"
    assert first.n_files == 4  # the archive and its three members

    again = pipeline.ingest([root], out, progress=False)
    assert again.n_cached == again.n_files - again.n_archives == 3  # the files read: its members, not the .zip
    pd.testing.assert_frame_equal(table, pd.read_parquet(out / "documents.parquet"))

    archive.unlink()  # the archive is gone: so are its documents and its unpacked files
    (root / "2022" / "other.txt").write_text(SUMMARY.replace("城北", "城南"), encoding="utf-8")
    pipeline.ingest([root], out, progress=False)
    assert list(pd.read_parquet(out / "documents.parquet")["source"]) == ["2022/other.txt"]
    assert not any((out / ".unionmine" / "unpacked").iterdir())


def test_a_broken_archive_is_a_problem_and_the_run_goes_on(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "坏的.zip").write_bytes(b"PK\x03\x04 broken")
    (root / "总结.txt").write_text(SUMMARY, encoding="utf-8")
    out = tmp_path / "out"
    result = pipeline.ingest([root], out, progress=False)
    assert result.n_documents == 1
    problems = pd.read_csv(out / "problems.csv", encoding="utf-8-sig")
    row = problems.set_index("source").loc["坏的.zip"]
    assert row["code"] == "zip_corrupt" and "压缩包" in row["reason_zh"]
    assert result.exit_code == 3  # a skipped input, as INTERFACE says


class _Bar:
    """Stands in for tqdm's bar: what it was told to count and what it counted."""

    seen: ClassVar[list] = []

    def __init__(self, total=None, **kwargs):
        self.total, self.done = total, 0
        _Bar.seen.append(self)

    def update(self, n=1):
        self.done += n

    def close(self):
        pass


def _spy(function, calls: list):
    def spied(*args, **kwargs):
        calls.append(args)
        return function(*args, **kwargs)
    return spied


def test_the_bar_counts_each_file_read_once_a_zip_by_its_files(tmp_path, monkeypatch):
    root = tmp_path / "corpus"
    _collection(root, tmp_path)  # a .zip holding three files
    (root / "总结.txt").write_text(SUMMARY, encoding="utf-8")
    monkeypatch.setattr(_Bar, "seen", [])
    monkeypatch.setattr(tqdm, "tqdm", _Bar)
    out = tmp_path / "out"
    updates = []
    monkeypatch.setattr(pipeline.incremental, "update", _spy(pipeline.incremental.update, updates))
    first = pipeline.ingest([root], out, progress=True)  # a first run
    (root / "新.txt").write_text(SUMMARY.replace("城北", "城南"), encoding="utf-8")
    pipeline.ingest([root], out, progress=True)  # an update of its tables: one file added
    assert len(updates) == 1
    pipeline.ingest([root], tmp_path / "parts", progress=True, partitioned=True)
    assert first.n_files == 5 and first.n_archives == 1  # the count line's facts: 2 on disk, 1 a .zip of 3
    assert [(bar.total, bar.done) for bar in _Bar.seen] == [(4, 4), (5, 5), (5, 5)]
