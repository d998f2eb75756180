"""A district officer's mistakes on the command line and in the metadata file: the Chinese beside the
English on the one 'Error' line, the exit code that INTERFACE.md gives usage errors (2)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from unionmine.cli import cli


def _error_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if "rror" in line]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize(("args", "english", "chinese"), [
    (["run"], "Missing argument 'CORPUS...'", "缺少 'CORPUS...'；用 unionmine run -h 查看用法"),
    (["rnu", "x"], "No such command 'rnu'", "没有“rnu”这个命令；可用的命令：classify、"),
    (["run", "收件箱", "--bogus"], "No such option '--bogus'", "没有 --bogus 这个选项，也许要写的是 --orgs"),
    (["--bogus"], "No such option '--bogus'", "没有 --bogus 这个选项；用 unionmine -h 查看用法"),
    (["run", "收件箱", "--workers", "0"], "Invalid value for '--workers'", "'--workers' 的值不对"),
    (["report", "结果", "--kind", "总结x"], "in Chinese: 总结、工作总结", "'--kind' 的值不对"),
    (["run", "收件箱", "--out"], "Option '--out' requires an argument", "选项 --out 的用法不对"),
])
def test_clicks_own_usage_errors_say_it_in_chinese_too(args, english, chinese):
    result = CliRunner().invoke(cli, args, prog_name="unionmine")
    assert result.exit_code == 2
    line = _error_line(result)
    assert line.startswith("Error: ") and english in line and chinese in line, line
    assert line.index(english) < line.index("（")  # the English first: a script still finds it


def _metadata(tmp_path, text: str, encoding: str = "utf-8-sig"):
    path = tmp_path / "元数据.csv"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(("text", "english", "chinese"), [
    ("文件名,单位,年份\ndongfeng_2018.txt,东风小学,二〇一八\n", "year '二〇一八' is not a number",
     "第2行：年份/年度一栏的“二〇一八”不是数字"),
    ("文件名,单位,年份\ndongfeng_2018.txt,东风小学,1850\n", "year 1850 is outside 1949-2100",
     "第2行：年份/年度一栏的 1850 不在 1949-2100 之间"),
    ("单位,年份\n东风小学,2018\n", "has no 'source' column", "没有“文件名”（或“路径”）列；可用的列名：文件/文件名"),
    ("文件名,学校名,年份\ndongfeng_2018.txt,东风小学,2018\n", "unknown column(s) '学校名'", "无法识别的列名 学校名"),
    ("文件名,文种\ndongfeng_2018.txt,总结报告\n", "kind '总结报告' is not one of", "文种/类别/文档类型一栏的“总结报告”无法识别；可以写：总结、"),
    ("文件名,是否相关\ndongfeng_2018.txt,也许\n", "on_topic must be true or false", "是否相关/相关/属于工会工作一栏的“也许”无法识别；可以写：是、否"),
    ("文件名,单位\n,东风小学\n", "empty 'source'", "第2行：“文件名”一栏是空的"),
    ("文件名,单位\ndongfeng_2018.txt,东风小学,多余\n", "which has no name in the first line", "“多余”写在第3列"),
    ("文件名,单位,文件路径\na.txt,东风小学,b.txt\n", "two columns stand for 'source'", "有两列都表示“文件/文件名"),
])
def test_metadata_mistakes_say_it_in_chinese_too(tiny_corpus, tmp_path, text, english, chinese):
    meta = _metadata(tmp_path, text)
    result = CliRunner().invoke(cli, ["ingest", str(tiny_corpus), "--out", str(tmp_path / "out"),
                                      "--metadata", str(meta), "-q"])
    assert result.exit_code == 2
    line = _error_line(result)
    assert english in line and "元数据文件“" in line and chinese in line, line


def test_a_missing_or_unreadable_metadata_file_says_it_in_chinese_too(tiny_corpus, tmp_path):
    garbage = tmp_path / "元数据.csv"
    garbage.write_bytes(bytes(range(256)) * 8)
    for meta, english, chinese in (
        (tmp_path / "没有这个.csv", "does not exist", "找不到元数据文件“"),
        (garbage, "is not readable text", "无法读取或不是文本；请在 Excel 中“另存为”"),
    ):
        result = CliRunner().invoke(cli, ["run", str(tiny_corpus), "--out", str(tmp_path / "out"),
                                          "--metadata", str(meta), "-q"])
        assert result.exit_code == 2
        line = _error_line(result)
        assert english in line and chinese in line, line


def test_an_unreadable_organisation_list_says_it_in_chinese_too(tmp_path):
    orgs = tmp_path / "单位.txt"
    orgs.write_bytes(bytes(range(256)) * 8)
    result = CliRunner().invoke(cli, ["report", str(tmp_path), "--orgs", str(orgs)])
    assert result.exit_code == 2
    assert "单位名单“" in _error_line(result)


def test_the_outcome_lines_left_in_english_say_it_in_chinese_too(tiny_corpus, tmp_path, monkeypatch):
    import errno

    from unionmine.run import pipeline

    broken = tmp_path / "只有坏文件"
    broken.mkdir()
    (broken / "损坏的总结.docx").write_bytes(b"PK not a zip at all" * 50)
    a_file = tmp_path / "一个文件"
    a_file.write_text("x", encoding="utf-8")
    runner = CliRunner()
    said = {
        "no article": runner.invoke(cli, ["run", str(broken), "--out", str(tmp_path / "o1"), "-q"]),
        "no article (ingest)": runner.invoke(cli, ["ingest", str(broken), "--out", str(tmp_path / "o2"), "-q"]),
        "folder under a file": runner.invoke(cli, ["ingest", str(tiny_corpus), "--out", str(a_file / "结果"), "-q"]),
        "sql": runner.invoke(cli, ["sql", str(tmp_path / "o1"), "select * from nosuch"]),
    }

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out" / "report.xlsx"))

    monkeypatch.setattr(pipeline, "run", full_disk)
    said["disk"] = runner.invoke(cli, ["run", str(tiny_corpus), "--out", str(tmp_path / "out"), "-q"])

    def bug(*args, **kwargs):
        raise KeyError("share_维权")

    monkeypatch.setattr(pipeline, "run", bug)
    said["bug"] = runner.invoke(cli, ["run", str(tiny_corpus), "--out", str(tmp_path / "out"), "-q"])
    for what, code, english, chinese in (
        ("no article", 3, "none gave an article", "读了1个文件，但没有得到任何文章，所以没有生成报告；原因见 "),
        ("no article (ingest)", 3, "none gave an article", "没有得到任何文章"),
        ("folder under a file", 2, "cannot create output folder", "无法创建结果文件夹“"),
        ("sql", 2, "SQL error", "SQL 查询有误，见前面的英文说明；可查询的表：documents、"),
        ("disk", 1, "No space left on device", "无法读取或写入文件"),
        ("bug", 1, "internal error: KeyError", "程序内部出错；请加 --debug 重新运行"),
    ):
        result = said[what]
        assert result.exit_code == code, (what, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and english in lines[0] and chinese in lines[0], (what, result.stderr)


def test_report_on_a_folder_without_tables_says_only_what_to_do(tmp_path):
    # no progress bar drawn first: the one line, in English and Chinese
    result = CliRunner().invoke(cli, ["report", str(tmp_path)])
    assert result.exit_code == 2
    said = (f"unionmine: error: {tmp_path} holds no documents.parquet; run 'unionmine run' or 'ingest' first "
            f"（“{tmp_path}”中没有分析结果（documents.parquet）；请先运行 unionmine run）")
    assert result.stderr.strip().splitlines() == [said]
