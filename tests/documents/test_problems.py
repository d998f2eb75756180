"""Problem codes: every code has a Chinese message, every reason the readers write has a code."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import unionmine
from unionmine.documents.problems import (
    OTHER,
    PATTERNS,
    describe_problem,
    problem_code,
    problem_messages,
    reason_zh,
)
from unionmine.schema import PROBLEM_COLUMNS

PACKAGE = Path(unionmine.__file__).parent
CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_code_has_a_chinese_message_and_no_message_lacks_a_code():
    codes = [code for code, _ in PATTERNS] + [OTHER]
    assert len(codes) == len(set(codes))
    messages = problem_messages()
    assert set(messages) == set(codes)
    for code, pattern in [*PATTERNS, (OTHER, "(?P<reason>.*)")]:
        assert CJK.search(messages[code]), code
        named = {name for _, name, _, _ in string.Formatter().parse(messages[code]) if name}
        assert named <= set(re.compile(pattern).groupindex), (code, named)


def _reason_literals() -> list[tuple[str, str]]:
    """Every English reason the readers and the chain write: InputError(...), warnings.append(...),
    describe_problem(..., reason), the helpers that return a reason; f-string parts become 7."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            args = []
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name == "InputError" and node.args:
                    args = [node.args[0]]
                elif name == "append" and getattr(node.func.value, "id", None) == "warnings":
                    args = node.args[:1]
                elif name == "describe_problem" and len(node.args) == 3:
                    args = [node.args[2]]
            elif isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "LEGACY_DOC":
                args = [node.value]
            elif isinstance(node, ast.FunctionDef) and node.name in ("_os_reason", "_looks_binary"):
                args = [n.value for n in ast.walk(node) if isinstance(n, ast.Return) and n.value is not None]
            for arg in args:
                text = _literal(arg)
                if text is not None:
                    found.append((f"{path.relative_to(PACKAGE)}:{arg.lineno}", text))
    return found


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "7" for v in node.values)
    return None


def test_every_reason_written_in_the_code_has_a_code():
    literals = _reason_literals()
    assert len(literals) > 40  # the scan finds the readers' reasons at all
    assert any("legacy Word" in text for _, text in literals)
    # the chain builds "article N: " + one of the two reasons of an article without Chinese text
    literals = [(w, t) for w, t in literals if t != "article 7: 7"]
    literals += [("chain", "article 7: no Chinese text"), ("chain", "article 7: no article text left after cleaning")]
    unknown = [(where, text) for where, text in literals if problem_code(text) == OTHER]
    assert not unknown


@pytest.mark.parametrize(("reason", "code", "zh"), [
    ("article 3: no Chinese text", "article_no_chinese", "第3篇没有中文文字"),
    ("file is 120.0 MB, larger than the 100 MB limit (--max-file-mb)", "too_large",
     "文件大小为120.0 MB，超过100 MB的上限（--max-file-mb）"),
    ("2 of 9 PDF pages have no text layer (scanned?)", "pdf_pages_without_text", "PDF共9页，其中2页没有文字层（可能是扫描页）"),
    ("something new", OTHER, "其他问题：something new"),
])
def test_details_are_carried_into_the_chinese_reason(reason, code, zh):
    assert problem_code(reason) == code
    assert reason_zh(reason) == zh
    row = describe_problem("a.txt", "read", reason)
    assert list(row) == PROBLEM_COLUMNS and row["code"] == code and row["reason_zh"] == zh
