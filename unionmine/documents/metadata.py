"""What a collector knows about each source file, read from a CSV, overriding extraction."""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..schema import KINDS, ORG_TYPES
from .decode import read_user_text
from .formats.address import web_address

COLUMNS = ("source", "article", "org", "org_type", "year", "kind", "on_topic", "title", "url", "note", "org_written")
YEAR_RANGE = (1949, 2100)

#: The Chinese headers a district officer writes in Excel, and the column each stands for.
CHINESE_COLUMNS = {
    "文件": "source", "文件名": "source", "文件名称": "source", "路径": "source", "文件路径": "source",
    "篇": "article", "篇号": "article", "第几篇": "article", "序号": "article",
    "单位": "org", "学校": "org", "单位名称": "org", "学校名称": "org",
    "类型": "org_type", "单位类型": "org_type",
    "年份": "year", "年度": "year",
    "文种": "kind", "类别": "kind",
    "是否相关": "on_topic", "相关": "on_topic",
    "标题": "title", "题目": "title",
    # the address a page was saved from, as a crawl's manifest or a researcher's list of links holds it
    "网址": "url", "链接": "url", "来源网址": "url", "原文链接": "url",
    "备注": "note", "说明": "note",
    # a name as the articles write it (the run's org_names.csv): every article so named is filed under `org`
    "原写法": "org_written", "写法": "org_written", "原名称": "org_written",
    # the headers of the report's own article table (report.xlsx, stats/articles.csv), copied back
    "来源文件": "source", "篇序": "article", "文档类型": "kind", "属于工会工作": "on_topic",
}
#: Chinese values of org_type, kind and on_topic, as the report shows them and as people write them.
CHINESE_VALUES = {
    "org_type": {"学校": "school", "幼儿园": "school", "中学": "school", "小学": "school",
                 "教育工会": "education_union", "高校": "university", "大学": "university",
                 "企业": "enterprise", "公司": "enterprise", "机关": "agency", "事业单位": "agency",
                 "机关事业单位": "agency", "其他": "other", "其它": "other"},
    "kind": {"总结": "summary", "工作总结": "summary", "计划": "plan", "工作计划": "plan", "报告": "report",
             "工作报告": "report", "其他": "other", "其它": "other"},
}
_TRUE = ("true", "1", "yes", "是", "相关", "对", "y")
_FALSE = ("false", "0", "no", "否", "不相关", "无关", "n")


@dataclass
class Metadata:
    """Known values by source (relative path or bare file name) and optional article number."""

    rows: dict[tuple[str, int | None], dict] = field(default_factory=dict)
    #: units by a name as written (a row with `org_written` and `org`, no `source`: the run's org_names.csv)
    names: dict[str, str] = field(default_factory=dict)

    def lookup(self, source: str, article: int) -> dict:
        """Return the known values for one article: file-level values, then article-level ones."""
        known: dict = {}
        name = Path(source).name
        for key in ((name, None), (source, None), (name, article), (source, article)):
            known.update(self.rows.get(key, {}))
        return known

    def __len__(self) -> int:
        return len(self.rows) + len(self.names)

    def digest_text(self) -> str:
        """What a run's outputs depend on of the metadata, as text to hash."""
        return repr(sorted(self.rows.items(), key=repr)) + (repr(sorted(self.names.items())) if self.names else "")


def read_metadata(path: str | os.PathLike | None) -> Metadata:
    """Read and validate a metadata CSV; every mistake becomes a UsageError naming row and column."""
    if path is None:
        return Metadata()
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"metadata file {path} does not exist; give a CSV with a 'source' column",
                         zh=("cli_text.metadata_missing", {"path": path}))
    text = read_user_text(path, "metadata file", zh="cli_text.metadata_unreadable")  # a BOM (Excel's UTF-8 CSV) and GBK are decoded
    lines = text.splitlines()
    first = lines[0] if lines else ""
    delimiter = "\t" if "\t" in first and "," not in first else ","  # Excel's "Unicode text" is tab-separated
    reader = csv.reader(lines, delimiter=delimiter)
    header = _columns(next(reader, []), path)
    meta = Metadata()
    for line_no, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue  # an empty line Excel left at the end
        row = {name: cells[i].strip() for i, name in enumerate(header) if name and i < len(cells)}
        _check_unnamed(header, cells, path, line_no)
        source = row.pop("source", "")
        written = row.pop("org_written", "")
        if written and not source:
            if row.get("org"):
                meta.names[written] = row["org"]
            continue
        if not source:
            raise UsageError(f"metadata file {path}, line {line_no}: empty 'source'",
                             zh=("cli_text.metadata_empty_source", {"path": path, "line": line_no}))
        article = _parse_int(row.pop("article", ""), path, line_no, "article", (1, 10_000))
        values = {k: v for k, v in row.items() if v and k != "note"}
        if "year" in values:
            values["year"] = _parse_int(values["year"], path, line_no, "year", YEAR_RANGE)
            values["year_source"] = "metadata"
        for column, names in CHINESE_VALUES.items():
            if column in values:
                values[column] = names.get(values[column], values[column].lower())
        for column, allowed in (("org_type", ORG_TYPES), ("kind", KINDS)):
            if column in values and values[column] not in allowed:
                raise UsageError(
                    f"metadata file {path}, line {line_no}: {column} '{values[column]}' "
                    f"is not one of {', '.join(allowed)} (or {'/'.join(CHINESE_VALUES[column])})",
                    zh=_zh_value(path, line_no, column, values[column]),
                )
        if "url" in values:
            values["url"] = _parse_url(values["url"], path, line_no)
        if "on_topic" in values:
            flag = values["on_topic"].lower()
            if flag not in _TRUE + _FALSE:
                raise UsageError(f"metadata file {path}, line {line_no}: on_topic must be true or false (是 or 否)",
                                 zh=_zh_value(path, line_no, "on_topic", values["on_topic"]))
            values["on_topic"] = flag in _TRUE
        meta.rows[(source.replace("\\", "/"), article)] = values
    return meta


def _columns(cells: list[str], path: Path) -> list[str]:
    """The column each header cell stands for (English or Chinese name, any case; "" for a blank
    cell); a UsageError names an unknown or repeated column, or a missing 'source'."""
    allowed = "columns allowed: " + ", ".join(
        f"{c} ({'/'.join(z for z, e in CHINESE_COLUMNS.items() if e == c)})" for c in COLUMNS)
    header: list[str] = []
    names = [_bare(cell.strip().lstrip("\ufeff").strip()) for cell in cells]
    unknown = [n for n in names if n and n.lower() not in COLUMNS and n not in CHINESE_COLUMNS]
    if unknown:
        raise UsageError(f"metadata file {path}: unknown column(s) {', '.join(repr(n) for n in unknown)}; {allowed}",
                         zh=("cli_text.metadata_unknown_columns", {"path": path, "names": "、".join(unknown),
                                                                   "allowed": _ZH_ALLOWED}))
    for name in names:
        column = name.lower() if name.lower() in COLUMNS else CHINESE_COLUMNS.get(name, name)
        if column and column in header:
            raise UsageError(f"metadata file {path}: two columns stand for '{column}' (the second is '{name}'); "
                             "keep one", zh=("cli_text.metadata_two_columns",
                                              {"path": path, "column": _zh_column(column), "name": name}))
        header.append(column)
    if "source" not in header and "org_written" not in header:
        raise UsageError(f"metadata file {path} has no 'source' column (文件名 or 路径 in Chinese); {allowed}",
                         zh=("cli_text.metadata_no_source", {"path": path, "allowed": _ZH_ALLOWED}))
    return header


def _check_unnamed(header: list[str], cells: list[str], path: Path, line_no: int) -> None:
    """Excel keeps blank columns a user once touched: harmless unless they hold a value."""
    for i, cell in enumerate(cells):
        if cell.strip() and (i >= len(header) or not header[i]):
            raise UsageError(f"metadata file {path}, line {line_no}: the value '{cell.strip()}' is in column "
                             f"{i + 1}, which has no name in the first line; name it or delete it",
                             zh=("cli_text.metadata_unnamed",
                                 {"path": path, "line": line_no, "value": cell.strip(), "n": i + 1}))


def _parse_int(value: str, path: Path, line_no: int, column: str, bounds: tuple[int, int]) -> int | None:
    value = value.removeprefix("第").removesuffix("年度").removesuffix("年").removesuffix("篇").strip()
    if value == "":
        return None
    try:
        number = int(float(value))
    except ValueError:
        raise UsageError(f"metadata file {path}, line {line_no}: {column} '{value}' is not a number",
                         zh=("cli_text.metadata_not_number", {"path": path, "line": line_no,
                                                              "column": _zh_column(column), "value": value})) from None
    if not bounds[0] <= number <= bounds[1]:
        raise UsageError(
            f"metadata file {path}, line {line_no}: {column} {number} is outside {bounds[0]}-{bounds[1]}",
            zh=("cli_text.metadata_out_of_range", {"path": path, "line": line_no, "column": _zh_column(column),
                                                    "value": number, "low": bounds[0], "high": bounds[1]}),
        )
    return number


def _parse_url(value: str, path: Path, line_no: int) -> str:
    address = web_address(value)
    if address is None:
        raise UsageError(f"metadata file {path}, line {line_no}: url '{value}' is not a web address "
                         "(http:// or https:// and a host)",
                         zh=("cli_text.metadata_bad_url", {"path": path, "line": line_no, "value": value}))
    return address


def _zh_column(column: str) -> str:
    """A column by its Chinese headers (年份/年度), for the Chinese half of a message."""
    return "/".join(z for z, e in CHINESE_COLUMNS.items() if e == column) or column


_ZH_ALLOWED = "、".join(_zh_column(c) for c in COLUMNS)


def _zh_value(path: Path, line_no: int, column: str, value: str) -> tuple[str, dict]:
    """The Chinese of 'this value is not one the column takes', listing the Chinese values it takes."""
    allowed = "、".join(CHINESE_VALUES[column]) if column in CHINESE_VALUES else "是、否"
    return ("cli_text.metadata_bad_value",
            {"path": path, "line": line_no, "column": _zh_column(column), "value": value, "allowed": allowed})


def _bare(name: str) -> str:
    """A header as the report writes it, "来源文件 source", stands for its English column."""
    chinese, _, english = name.rpartition(" ")
    return english if chinese and english.lower() in COLUMNS else name
