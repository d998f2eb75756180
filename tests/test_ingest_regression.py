"""scripts/ingest_regression.py: reading both tools' score files back, and telling what moved and what got worse.

The score files below are written in the formats `scripts/real_ingest.py score` and `unionmine evaluate-ingest` print
(the second made by `format_scores` itself), with invented counts.
"""

from __future__ import annotations

from builders import script_module

from unionmine.evaluation.ingest import FIELDS, format_scores

reg = script_module("ingest_regression.py")

REAL = ("all   split 40/41  title 20/22  kind 21/22  org 15/30  org_invented 1/9  org_type 35/41  year 10/11  "
        "year_invented 0/30  chrome_left 5/120  body_lost 1/200\n"
        "tune  split 20/21  title 10/11\n")


def _synthetic(**counts) -> str:
    measures = {f: {"count": 5, "total": 10, "rate": 0.5} for f in FIELDS}
    for field, count in counts.items():
        measures[field] = {"count": count, "total": 10, "rate": count / 10}
    return format_scores({"collections": {"web": measures}, "styles": {}, "misses": {}})


def test_set_numbers_take_ranges_and_lists():
    assert reg.set_numbers("13-15,38") == [13, 14, 15, 38]
    assert reg.set_numbers("6") == [6]


def test_a_real_score_file_is_read_from_its_all_line(tmp_path):
    path = tmp_path / "real_30.txt"
    path.write_text(REAL, encoding="utf-8")
    measures = reg.measures_of(path)
    assert measures["split"] == (40, 41)
    assert measures["chrome_left"] == (5, 120)
    assert measures["title"] == (20, 22)  # the `all` line's, not the tuning half's


def test_a_synthetic_score_file_is_read_by_field_name(tmp_path):
    path = tmp_path / "synth_dev_web.txt"
    path.write_text(_synthetic(chrome_left=3), encoding="utf-8")
    measures = reg.measures_of(path)
    assert set(measures) == set(FIELDS)
    assert measures["chrome_left"] == (3, 10)


def test_worse_knows_which_way_each_measure_points():
    assert reg.worse("title", (20, 22), (19, 22))
    assert not reg.worse("title", (20, 22), (21, 22))
    assert reg.worse("chrome_left", (5, 120), (6, 120))
    assert reg.worse("org_invented", (1, 9), (2, 9))
    assert not reg.worse("body_lost", (1, 200), (0, 200))


def test_compare_marks_a_set_that_got_worse_and_passes_when_none_did(tmp_path, capsys):
    before, after = tmp_path / "before", tmp_path / "after"
    for folder in (before, after):
        folder.mkdir()
        (folder / "synth_dev_web.txt").write_text(_synthetic(), encoding="utf-8")
    (before / "real_30.txt").write_text(REAL, encoding="utf-8")
    (after / "real_30.txt").write_text(REAL.replace("title 20/22", "title 21/22"), encoding="utf-8")
    assert reg.main(["compare", str(before), str(after)]) == 0
    out = capsys.readouterr().out
    assert "title 20/22 → 21/22" in out and "WORSE" not in out
    assert "1 of 2 score files identical" in out

    (after / "real_30.txt").write_text(REAL.replace("chrome_left 5/120", "chrome_left 7/120"), encoding="utf-8")
    assert reg.main(["compare", str(before), str(after)]) == 1
    assert "chrome_left 5/120 → 7/120 WORSE" in capsys.readouterr().out


def test_the_committed_collections_are_all_found():
    names = [name for name, _, _ in reg.synthetic_collections(reg.ROOT)]
    assert len(names) >= 20 and "dev_web" in names and "heldout_web9" in names
