"""Rules files: the packaged ones load, and a user's broken copy gets one clear UsageError."""

from __future__ import annotations

import pytest

from unionmine.documents.clean import load_rules
from unionmine.documents.split import load_markers
from unionmine.errors import UsageError
from unionmine.store.paths import DATA, read_data_text, read_data_toml


def test_packaged_rules_files_load():
    data, where = read_data_toml("cleaning_rules.toml")
    assert where == "cleaning_rules.toml" and data["rule"]
    text, _ = read_data_text("year_clues.csv")
    assert "十六大" in text
    assert (DATA / "taxonomy.toml").is_file()


def test_a_users_broken_copy_is_a_usage_error(tmp_path):
    bad = tmp_path / "rules.toml"
    bad.write_text("[[rule]\nname = ", encoding="utf-8")
    with pytest.raises(UsageError, match="is not valid TOML"):
        load_rules(bad)
    with pytest.raises(UsageError, match="cannot read article markers"):
        load_markers(tmp_path / "missing.toml")
    latin = tmp_path / "latin.toml"
    latin.write_bytes("name = '\xe9'".encode("latin-1"))
    with pytest.raises(UsageError, match="not UTF-8"):
        read_data_toml("x.toml", latin, "rules")
