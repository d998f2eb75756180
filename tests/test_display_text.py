"""Chinese display text lives in data/labels.toml only: no Chinese string literal in report/ or stats/.

The rule, checked over the syntax tree of every module of ``unionmine/report/`` and
``unionmine/stats/``: a string literal (f-string parts included) that holds a Chinese character
is display text and must come from ``data/labels.toml`` through ``unionmine.labels``
(``say``, ``column_label``, ``value_label``, ``insight_column``), so that a wording is changed in
one place and no code compares a display string. Not display text, and so allowed:

- docstrings (they explain the code to its reader);
- regular expressions: a literal anywhere inside a ``re.*(...)`` call, or assigned to a name that
  only feeds such calls (listed in LEXICONS), matches Chinese text, it does not show any;
- lexicons: word lists that recognise Chinese in the articles (event words, surnames, measure
  words), listed by module and name in LEXICONS with why.

A new Chinese literal anywhere else fails this test: move it to labels.toml, or, if it really
matches text rather than shows it, add its name to LEXICONS with the reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "unionmine"
SCANNED = ("report", "stats")
CHINESE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")

#: (module path under unionmine/, assigned name) -> why its Chinese literals are not display text
LEXICONS = {
    ("report/display.py", "_AFFILIATED"): "words an affiliated unit's name goes on with, recognised in organisation names",
    ("report/display.py", "_SHORTENED_HEADS"): "the heads of organisation names recognised in their short forms",
    ("stats/insights/indicators.py", "_CN"): "Chinese digits inside the quantity patterns",
    ("stats/insights/indicators.py", "_REQUIRED"): "the unit literal every match of a quantity pattern holds (a prefilter)",
    ("stats/insights/indicators.py", "EVENT_WORDS"): "event words recognised in the articles",
    ("stats/insights/indicators.py", "PATTERNS"): "the quantity patterns (re.compile inside a list)",
    ("stats/insights/indicators.py", "NUM"): "the numeral pattern of the quantity patterns (万, 亿 inside 一万二千)",
    ("stats/insights/indicators.py", "MULT"): "multiplier pattern (万, 千, 百, 亿) of the quantity patterns",
    ("stats/insights/indicators.py", "APPROX"): "'more than' pattern (多, 余) of the quantity patterns",
    ("stats/insights/indicators.py", "_MULTIPLIER"): "the value of each multiplier the patterns recognise",
    ("stats/insights/indicators.py", "_ARTICLE_NUMERALS"): "numerals that alone are an article, not a count",
    ("stats/insights/indicators.py", "_LABEL_LEAD"): "verbs stripped before a recognised money label",
    ("stats/insights/indicators.py", "EVENT_UNIT"): "the unit word of an event count, as the patterns find it",
    ("stats/insights/specificity.py", "_SURNAMES"): "surnames recognising named people",
    ("stats/insights/specificity.py", "_NUM_CN"): "Chinese digits inside the fact patterns",
    ("stats/insights/specificity.py", "_MEASURE"): "measure words inside the fact patterns",
    ("stats/insights/specificity.py", "_NO_NAME"): "characters that end no name, inside the fact patterns",
}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _inside(nodes) -> set[int]:
    return {id(sub) for node in nodes for sub in ast.walk(node)}


def _regex_calls(tree: ast.AST) -> list[ast.AST]:
    """Every ``re.<function>(...)`` call: its literals are patterns (or replacements) over text."""
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"]


def _lexicon_values(tree: ast.AST, module: str) -> list[ast.AST]:
    names = {name for (where, name) in LEXICONS if where == module}
    values = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in names for t in targets) and node.value is not None:
                values.append(node.value)
    return values


def chinese_literals(path: Path, package: Path = PACKAGE) -> list[str]:
    """'module:line: text' for each Chinese string literal of PATH (in PACKAGE) that the rule does not allow."""
    module = path.relative_to(package).as_posix()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    allowed = _docstrings(tree) | _inside(_regex_calls(tree)) | _inside(_lexicon_values(tree, module))
    return [f"{module}:{node.lineno}: {node.value[:40]!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CHINESE.search(node.value)
            and id(node) not in allowed]


def _modules() -> list[Path]:
    return sorted(p for folder in SCANNED for p in (PACKAGE / folder).rglob("*.py"))


def test_no_chinese_display_text_outside_labels_toml():
    assert [hit for path in _modules() for hit in chinese_literals(path)] == []


def test_every_allowed_lexicon_still_exists():
    """An allow-list entry whose name is gone would silently allow nothing; keep the list true."""
    for module, name in LEXICONS:
        tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
        assert _lexicon_values(tree, module), f"{module} no longer assigns {name}: drop it from LEXICONS"


def test_the_rule_sees_display_text_and_lets_patterns_and_docstrings_pass(tmp_path):
    folder = tmp_path / "unionmine" / "report"
    folder.mkdir(parents=True)
    path = folder / "fake.py"
    path.write_text('"""模块说明。"""\nimport re\n\n\ndef f(n):\n    """函数说明。"""\n'
                    '    re.search(r"工会(工作)?总结", "x")\n    return f"共{n}篇"\n', encoding="utf-8")
    hits = chinese_literals(path, tmp_path / "unionmine")
    assert [hit.split(": ")[0] for hit in hits] == ["report/fake.py:8"] * 2  # the two parts of f"共{n}篇"


def test_every_say_key_is_in_labels_toml():
    """Each literal key given to say(...) names a text of labels.toml (a typo fails here, not in a report)."""
    from unionmine.labels import say

    keys = set()
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "say"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                keys.add(node.args[0].value)
    assert len(keys) > 100
    for key in sorted(keys):
        assert isinstance(say(key), str), key


def test_labels_toml_is_read_by_the_one_labels_module():
    """Only unionmine/labels.py names the file as a string; every other module asks it."""
    readers = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docs = _docstrings(tree)
        if any(isinstance(n, ast.Constant) and n.value == "labels.toml" and id(n) not in docs for n in ast.walk(tree)):
            readers.append(path.relative_to(PACKAGE).as_posix())
    assert readers == ["labels.py"]
