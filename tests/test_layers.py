"""The package's imports point down the data flow: leaves < documents < sections < themes < stats
< report < run < evaluation < cli, with no cycle between packages or modules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "unionmine"

LEAVES = {"text", "store", "errors", "schema", "labels", "options", "__init__"}
STAGES = ["documents", "sections", "themes", "stats", "report"]
RANK = {**{leaf: 0 for leaf in LEAVES}, **{s: i + 1 for i, s in enumerate(STAGES)},
        "run": 10, "evaluation": 11, "cli": 12, "__main__": 13}
#: the old flat modules, one-line re-exports kept for one release (``deprecated: remove after 0.2``)
SHIM_MARK = "deprecated: remove after 0.2"


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


def _imports(name: str) -> list[tuple[str, int, bool]]:
    """(module imported, line, at module level) for every unionmine import in module NAME."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    here = name.split(".") if _is_package(name) else name.split(".")[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(here[: len(here) - node.level + 1] + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            if base != "unionmine" and not base.startswith("unionmine."):
                continue
            targets = []
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                targets.append(sub if sub in MODULES else base)
            found += [(t, node.lineno, id(node) in top) for t in dict.fromkeys(targets)]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "unionmine" or alias.name.startswith("unionmine."):
                    found.append((alias.name, node.lineno, id(node) in top))
    return found


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _is_shim(module: str) -> bool:
    return module.count(".") == 1 and SHIM_MARK in MODULES[module].read_text(encoding="utf-8")


def test_every_module_has_a_layer():
    unknown = sorted({_layer(m) for m in MODULES if not _is_shim(m)} - set(RANK))
    assert unknown == [], f"add these packages to RANK (and to docs/ARCHITECTURE.md): {unknown}"


def _violations() -> list[str]:
    bad = []
    for module in MODULES:
        if _is_shim(module):
            continue
        mine = _layer(module)
        for target, line, _ in _imports(module):
            theirs = _layer(target)
            if target in MODULES and _is_shim(target):
                bad.append(f"{module}:{line} imports the deprecated {target}")
            elif theirs == mine or mine == "cli" or (mine in LEAVES and theirs in LEAVES):
                continue
            elif mine in LEAVES and theirs not in LEAVES:
                bad.append(f"{module}:{line} is a leaf and imports the stage {target}")
            elif RANK[theirs] >= RANK[mine]:
                bad.append(f"{module}:{line} ({mine}) imports {target} ({theirs}), which comes after it")
    return bad


def test_imports_point_down_the_data_flow():
    assert _violations() == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_cycle_between_modules_even_through_function_level_imports():
    graph = {m: {t for t, _, _ in _imports(m) if t in MODULES and t != m} for m in MODULES}
    assert _cycles(graph) == []


def test_no_cycle_between_packages():
    graph: dict[str, set[str]] = {}
    for m in MODULES:
        if _is_shim(m) or _layer(m) == "__init__":
            continue
        graph.setdefault(_layer(m), set()).update(
            _layer(t) for t, _, _ in _imports(m) if _layer(t) not in {_layer(m), "__init__"}
        )
    assert _cycles(graph) == []


def test_function_level_imports_say_why():
    """A function-level import only defers a heavy library, and says so in a comment on its line."""
    silent = []
    for module, path in MODULES.items():
        lines = path.read_text(encoding="utf-8").splitlines()
        ends = {n.lineno: n.end_lineno for n in ast.walk(ast.parse("\n".join(lines)))
                if isinstance(n, (ast.Import, ast.ImportFrom))}
        for target, line, at_top in _imports(module):
            if not at_top and not any("#" in text for text in lines[line - 1 : ends[line]]):
                silent.append(f"{module}:{line} imports {target} inside a function without a reason")
    assert silent == []


@pytest.mark.parametrize("fake, expected", [
    ({"unionmine.text.x": "from ..documents import read\n"}, "leaf"),
    ({"unionmine.documents.x": "from ..report import html\n"}, "comes after"),
])
def test_the_rule_sees_a_wrong_import(monkeypatch, tmp_path, fake, expected):
    for name, source in fake.items():
        path = tmp_path / (name.replace(".", "_") + ".py")
        path.write_text(source, encoding="utf-8")
        monkeypatch.setitem(MODULES, name, path)
    assert any(expected in v for v in _violations())


def test_the_cycle_finder_sees_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_every_module_says_its_purpose_and_stays_small():
    """Each module opens with a docstring line saying its one purpose, and stays under ~400 lines."""
    bad = []
    for module, path in MODULES.items():
        text = path.read_text(encoding="utf-8")
        doc = ast.get_docstring(ast.parse(text))
        if not doc or not doc.splitlines()[0].strip():
            bad.append(f"{module}: no first docstring line")
        if len(text.splitlines()) > 420:
            bad.append(f"{module}: {len(text.splitlines())} lines")
    assert bad == []
