"""scripts/real_ingest.py build applies the keys' logged rulings (`scripts/real_ingest_rulings.py`): a build from the
frozen hand-labelled files reproduces the committed labels. Invented pages below; the spent sets' check runs only
where their local copies are (never in the repository)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from builders import script_module

REPO = Path(__file__).resolve().parents[1]
ri = script_module("real_ingest.py")

LABELLED = """\
#url https://one.example/news/1
#group one
T|other||柳湾实验小学工会荣获2023年度先进职工之家称号
A|org=柳湾实验小学|org_type=school|year=null
B|近日，柳湾实验小学工会荣获“2023年度先进职工之家”称号。
#url https://two.example/news/2
#group two
T|other||青石镇总工会召开全委会议
A|org=青石镇总工会|org_type=other|year=2012
B|5月17日，青石镇总工会召开全委会议。
"""


def _build(tmp_path, rulings: list[dict], *extra: str, name: str = "labels40.jsonl") -> list[dict]:
    labelled = tmp_path / "labelled_p01.txt"
    labelled.write_text(LABELLED, encoding="utf-8")
    path = tmp_path / "rulings.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rulings), encoding="utf-8")
    labels = tmp_path / name
    ri.main(["build", str(labelled), "--pages", str(tmp_path / "pages"), "--labels", str(labels),
             "--rulings", str(path), *extra])
    return [json.loads(x) for x in labels.read_text(encoding="utf-8").splitlines()]


RULINGS = [{"set": 40, "page": "p01", "article": 0, "field": "year", "old": None, "new": 2023, "ruling": "l"},
           {"set": 40, "page": "p02", "article": 0, "field": "year", "old": 2012, "new": None, "ruling": "b"},
           {"set": 41, "page": "p01", "article": 0, "field": "year", "old": None, "new": 2020, "ruling": "b"}]


def test_build_applies_the_rulings_of_its_set_by_the_labels_name(tmp_path, capsys):
    rows = _build(tmp_path, RULINGS)
    assert [r["articles"][0]["year"] for r in rows] == [2023, None]  # set 41's row is another set's
    assert "p01 article 0 year: None -> 2023 (ruling l)" in capsys.readouterr().out


def test_build_keeps_the_labeller_s_values_without_rulings_or_a_set(tmp_path):
    assert [r["articles"][0]["year"] for r in _build(tmp_path, RULINGS, "--no-rulings")] == [None, 2012]
    assert [r["articles"][0]["year"] for r in _build(tmp_path, RULINGS, name="labels.jsonl")] == [None, 2012]
    assert [r["articles"][0]["year"] for r in _build(tmp_path, RULINGS, "--set", "41",
                                                     name="labels.jsonl")] == [2020, 2012]


def test_a_new_org_also_goes_last_and_a_changed_field_stays_in_place(tmp_path):
    also = ["a" * 64]
    rows = _build(tmp_path, [{"set": 40, "page": "p02", "article": 0, "field": "org_also", "old": None, "new": also,
                              "ruling": "h"}])
    article = rows[1]["articles"][0]
    assert list(article) == ["title_line", "title", "kind", "body", "org", "org_type", "year", "org_also"]
    assert article["org_also"] == also


@pytest.mark.parametrize("row", [
    {"set": 40, "page": "p01", "article": 0, "field": "year", "old": 2019, "new": 2023, "ruling": "l"},  # not the old
    {"set": 40, "page": "p09", "article": 0, "field": "year", "old": None, "new": 2023, "ruling": "l"},  # no page
    {"set": 40, "page": "p01", "article": 2, "field": "year", "old": None, "new": 2023, "ruling": "l"},  # no article
])
def test_a_ruling_that_does_not_fit_the_built_key_stops_the_build(tmp_path, row):
    with pytest.raises(SystemExit):
        _build(tmp_path, [row])


def test_a_ruling_row_must_name_a_known_field(tmp_path):
    with pytest.raises(SystemExit):
        _build(tmp_path, [{"set": 40, "page": "p01", "article": 0, "field": "body", "old": [], "new": [],
                           "ruling": "x"}])


def test_the_committed_rulings_are_well_formed_and_logged():
    from real_ingest_rulings import load_rulings

    rows = load_rulings()
    log = (REPO / "corpus" / "annotations" / "real_ingest" / "RULINGS_LOG.md").read_text(encoding="utf-8")
    assert rows and all(f"| {r['set']} | {r['page']} |" in log for r in rows)
    assert len({(r["set"], r["page"], r["article"], r["field"]) for r in rows}) == len(rows)


LOCAL = Path(os.environ.get("UNIONMINE_LOCAL", "/work/local"))
SPENT = [n for n in range(15, 32) if sorted((LOCAL / f"blind{n}").glob("labelled_*.txt"))]


@pytest.mark.skipif(not SPENT, reason="the spent sets' hand-labelled files are local only")
@pytest.mark.parametrize("number", SPENT)
def test_a_rebuild_of_a_spent_set_reproduces_its_committed_labels(tmp_path, number):
    labels = tmp_path / f"labels{number}.jsonl"
    ri.main(["build", *map(str, sorted((LOCAL / f"blind{number}").glob("labelled_*.txt"))),
             "--pages", str(tmp_path / "pages"), "--labels", str(labels)])
    committed = REPO / "corpus" / "annotations" / "real_ingest" / f"labels{number}.jsonl"
    assert labels.read_bytes() == committed.read_bytes()
