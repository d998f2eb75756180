"""`run.remark`: after an update, the near-duplicate marks and index equal a full run's, whether the
previous index is patched (texts changed in place) or replayed (articles added or removed)."""

from __future__ import annotations

import random
import sqlite3

import pytest

from unionmine.documents.duplicates import DuplicateFinder, identity, signature
from unionmine.run.remark import remark

SENTENCES = [f"第{n}项工作：工会组织教职工开展{topic}活动，参加人数{n * 7}人，受到大家好评。"
             for n, topic in enumerate(["登山", "拔河", "读书", "慰问", "篮球", "体检", "培训", "合唱"] * 3)]


def text(rng: random.Random) -> str:
    """Articles drawn from a small pool of sentences: many near-duplicates, keys shared widely."""
    return "".join(rng.sample(SENTENCES, rng.randint(3, 8)))


def full_run(path, articles) -> dict[str, str | None]:
    finder = DuplicateFinder(path=str(path))
    marks = {doc_id: finder.add(doc_id, signature(body)) for doc_id, body in articles}
    finder.close()
    return marks


def index_rows(path) -> tuple[list, list]:
    with sqlite3.connect(path) as db:
        return (db.execute("SELECT ord, doc_id, sig, who FROM docs ORDER BY ord").fetchall(),
                sorted(db.execute("SELECT key, ord FROM bands").fetchall()))


@pytest.fixture(params=["default caps", "tight caps"])
def caps(request, monkeypatch):
    """The finder's caps as they are, and tight (2 articles a key, 3 candidates) so that they bind."""
    if request.param == "tight caps":
        monkeypatch.setattr(DuplicateFinder, "PER_KEY", 2)
        monkeypatch.setattr(DuplicateFinder, "MAX_CANDIDATES", 3)
        monkeypatch.setattr(DuplicateFinder, "CANDIDATES_PER_READ", 2)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("change", ["texts", "added and removed", "many texts"])
def test_marks_and_index_after_an_update_equal_a_full_run(tmp_path, caps, seed, change, monkeypatch):
    if change == "many texts":  # more changes than MAX_PATCHED: replayed
        monkeypatch.setattr("unionmine.run.remark.MAX_PATCHED", 2)
    rng = random.Random(seed)
    before = [(f"d{i}", text(rng)) for i in range(60)]
    old_marks = full_run(tmp_path / "old.sqlite", before)
    after = list(before)
    for at in rng.sample(range(60), 3):
        after[at] = (after[at][0], text(rng) if rng.random() < 0.5 else after[at][1] + SENTENCES[0])
    if change == "added and removed":
        del after[rng.randrange(60)]
        after.insert(rng.randrange(50), ("new", text(rng)))
    start = next(i for i, (a, b) in enumerate(zip(before, after)) if a != b)
    new_ids = {doc_id for doc_id, body in after if (doc_id, body) not in before}
    sequence = [(doc_id, signature(body) if doc_id in new_ids else None) for doc_id, body in after[start:]]
    marks = remark(tmp_path / "old.sqlite", tmp_path / "new.sqlite", start, sequence)
    expected = full_run(tmp_path / "full.sqlite", after)
    got = {doc_id: marks.get(doc_id, None if doc_id in new_ids else old_marks[doc_id]) for doc_id, _b in after}
    assert got == expected
    assert index_rows(tmp_path / "new.sqlite") == index_rows(tmp_path / "full.sqlite")
    if change != "added and removed":  # nothing before the first changed article is marked again
        assert set(marks) <= {doc_id for doc_id, _b in after[start:]}


def test_a_changed_text_sharing_no_key_with_others_is_the_only_one_marked_again(tmp_path):
    rng = random.Random(1)
    distinct = ["".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(300)) for _ in range(40)]
    before = [(f"d{i}", body) for i, body in enumerate(distinct)]
    full_run(tmp_path / "old.sqlite", before)
    sequence = [("d10", signature(distinct[10] + "工会组织教职工开展登山活动。"))] + [(f"d{i}", None) for i in range(11, 40)]
    assert remark(tmp_path / "old.sqlite", tmp_path / "new.sqlite", 10, sequence) == {"d10": None}


def who(rng: random.Random) -> str | None:
    """An identity from few units, years and kinds: many candidates are a unit's own other texts."""
    return identity(rng.choice(["甲院", "乙院", None]), rng.choice([2021, 2022, None]), rng.choice(["summary", "plan"]))


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("change", ["texts", "units and years only", "added and removed", "many texts"])
def test_marks_with_identities_after_an_update_equal_a_full_run(tmp_path, caps, seed, change, monkeypatch):
    """The mark is the most similar passing candidate that is not the unit's own text of another year or kind:
    an update that changes a text, or only who wrote it and when, gives the full run's marks and index."""
    if change == "many texts":
        monkeypatch.setattr("unionmine.run.remark.MAX_PATCHED", 2)
    rng = random.Random(100 + seed)
    before = [(f"d{i}", text(rng), who(rng)) for i in range(60)]

    def run(path, articles):
        finder = DuplicateFinder(path=str(path))
        marks = {d: finder.add(d, signature(body), w) for d, body, w in articles}
        finder.close()
        return marks

    old_marks = run(tmp_path / "old.sqlite", before)
    after = list(before)
    for at in rng.sample(range(60), 3):
        d, body, w = after[at]
        after[at] = (d, body, who(rng)) if change == "units and years only" else (d, text(rng), w)
    if change == "added and removed":
        del after[rng.randrange(60)]
        after.insert(rng.randrange(50), ("new", text(rng), who(rng)))
    if after == before:
        return
    start = next(i for i, (a, b) in enumerate(zip(before, after)) if a != b)
    new_ids = {d for d, body, w in after if (d, body, w) not in before}
    sequence = [(d, signature(body), w) if d in new_ids else (d, None) for d, body, w in after[start:]]
    marks = remark(tmp_path / "old.sqlite", tmp_path / "new.sqlite", start, sequence)
    expected = run(tmp_path / "full.sqlite", after)
    got = {d: marks.get(d, None if d in new_ids else old_marks[d]) for d, _b, _w in after}
    assert got == expected
    assert index_rows(tmp_path / "new.sqlite") == index_rows(tmp_path / "full.sqlite")
    assert sum(m is not None for m in expected.values()) >= 5  # the texts really are near-copies
