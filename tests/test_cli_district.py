"""The command line as a district union officer uses it: Chinese filter values, Chinese beside English."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from unionmine.cli import cli
from unionmine.report import html as report_mod


@pytest.fixture
def drawn(tmp_path, monkeypatch):
    """The filters `unionmine report` hands the report (the drawing itself is tested elsewhere)."""
    got = []

    def fake_report(out, filters=None, **kwargs):
        got.append(filters)
        return Path(out) / "report.html"

    monkeypatch.setattr(report_mod, "report", fake_report)
    monkeypatch.setattr("unionmine.cli.tables._compares_nothing", lambda *a: None)
    return got


@pytest.mark.parametrize(("given", "kinds", "org_types"), [
    (["--kind", "计划"], ("plan",), ()),
    (["--kind", "工作总结", "--kind", "plan"], ("summary", "plan"), ()),
    (["--org-type", "学校", "--org-type", "教育工会"], (), ("school", "education_union")),
    (["--kind", "Plan"], ("plan",), ()),
])
def test_filters_take_the_chinese_names_the_report_shows(tmp_path, drawn, given, kinds, org_types):
    result = CliRunner().invoke(cli, ["report", str(tmp_path), *given, "--quiet"])
    assert result.exit_code == 0, result.output
    assert (drawn[0].kinds, drawn[0].org_types) == (kinds, org_types)


def test_an_unknown_filter_value_lists_the_english_and_chinese_names(tmp_path, drawn):
    result = CliRunner().invoke(cli, ["report", str(tmp_path), "--kind", "总结报告X"])
    assert result.exit_code == 2 and not drawn
    assert "summary, plan, report, other" in result.output and "总结、工作总结" in result.output
