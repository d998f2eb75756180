"""`duplicate_of` after an update (`run.incremental`): the previous index patched, or replayed.

A full run adds each article to the near-duplicate index in input order (`DuplicateFinder.add`):
its candidates are the earliest articles (at most ``PER_KEY``) stored under each of its LSH band
keys before it, and its mark is the most similar candidate that passes (`most_similar`: not one of its
unit's own texts of another year or kind). After an update the marks and the index must be what that
full run would give.

**Patch** (the articles are the same, in the same order, only some texts changed, as when a file
is edited): the index holds, per band key, the first ``PER_KEY`` articles having it. A key's list
can only change if a changed article gained or lost that key; those keys' lists are found again
from every article's signature (one vectorised pass). An article's mark can only change if it has
one of those keys, or shares a key with a changed article and may pass against its old text or its
new one (`duplicates.may_pass`), or is itself changed: only those are marked again, by the finder's
own query on the patched index. Everything else keeps its mark.

**Replay** (files added or removed, or an article more or fewer): the index is rolled back to the
first difference and every later article added again, as the full run adds it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import numpy as np

from ..documents.duplicates import DuplicateFinder, may_pass, most_similar

CHUNK = 4096  # signatures whose band keys are computed at once
#: More changed articles than this are replayed rather than patched: the patch compares every
#: article with each changed one, the replay costs a finder's add per later article.
MAX_PATCHED = 64


def remark(old_index: Path, new_index: Path, start: int, sequence: list[tuple[str, object]]) -> dict[str, str | None]:
    """Write NEW_INDEX, the index of the updated run, from OLD_INDEX, and return the marks to set:
    {doc_id: duplicate_of} of the articles whose mark is not the one written (kept articles: their
    previous mark; new ones: none). SEQUENCE: the updated run's articles after the first START of
    the index, in order, as (doc_id, signature, identity, packed text) for new articles (identity:
    `duplicates.identity`, packed text: `duplicates.pack`; either may be left out) and (doc_id, None)
    for kept ones."""
    sequence = [(*item, None, None)[:4] for item in sequence]
    shutil.copyfile(old_index, new_index)
    finder = DuplicateFinder(path=str(new_index))
    try:
        db = finder._db
        old_ids = [d for (d,) in db.execute("SELECT doc_id FROM docs WHERE ord >= ? ORDER BY ord", (start,))]
        position = {doc_id: start + i for i, doc_id in enumerate(old_ids)}
        indexed = [item for item in sequence if (item[0] in position if item[1] is None else item[1] is not None)]
        changed = [item for item in indexed if item[1] is not None]
        if len(changed) <= MAX_PATCHED and [item[0] for item in indexed] == old_ids:
            return _patch(finder, position, changed)
        return _replay(finder, start, indexed, sequence)
    finally:
        finder.close()


def _signatures(db: sqlite3.Connection) -> np.ndarray:
    rows = db.execute("SELECT sig FROM docs ORDER BY ord").fetchall()
    return np.frombuffer(b"".join(blob for (blob,) in rows), dtype=np.uint32).reshape(len(rows), -1).copy()


def _patch(finder: DuplicateFinder, position: dict[str, int], changed: list[tuple[str, object]]) -> dict:
    db = finder._db
    sigs = _signatures(db)
    ids, whos = map(list, zip(*db.execute("SELECT doc_id, who FROM docs ORDER BY ord"))) if len(sigs) else ([], [])
    moved: list[tuple[int, np.ndarray, np.ndarray]] = []  # (position, old signature, new signature)
    for doc_id, sig, who, packed in changed:
        at = position[doc_id]
        new = np.asarray(sig, dtype=np.uint32)
        (kept,) = db.execute("SELECT text FROM docs WHERE ord = ?", (at,)).fetchone()
        if not np.array_equal(new, sigs[at]) or who != whos[at] or packed != kept:  # a text decides exactly
            moved.append((at, sigs[at].copy(), new))
            sigs[at], whos[at] = new, who
    redo = {position[item[0]] for item in changed}  # new articles are marked again in any case
    if moved:
        old_keys = finder.band_keys(np.stack([o for _a, o, _n in moved])[:, 1:])
        new_keys = finder.band_keys(np.stack([n for _a, _o, n in moved])[:, 1:])
        lost_or_gained = np.unique(np.concatenate([np.setxor1d(o, n) for o, n in zip(old_keys, new_keys)]))
        members: dict[int, list[int]] = {int(k): [] for k in lost_or_gained}
        for first in range(0, len(sigs), CHUNK):
            keys = finder.band_keys(sigs[first : first + CHUNK][:, 1:])
            hit = np.isin(keys, lost_or_gained)
            earliest = min(at for at, _o, _n in moved)
            for row in np.flatnonzero(hit.any(axis=1)):
                for key in keys[row][hit[row]]:
                    members[int(key)].append(first + int(row))
                if first + row > earliest:  # earlier articles saw these keys' lists before any change
                    redo.add(first + int(row))
            for (at, old, new), olds, news in zip(moved, old_keys, new_keys):
                shared = np.isin(keys, np.union1d(olds, news)).any(axis=1)
                shared[: max(0, at + 1 - first)] = False  # only later articles have it as a candidate
                rows = np.flatnonzero(shared)
                if len(rows):
                    reached = rows[may_pass(sigs[first + rows], old, finder.threshold)
                                   | may_pass(sigs[first + rows], new, finder.threshold)]
                    redo.update(first + int(r) for r in reached)
        db.executemany("UPDATE docs SET sig = ?, who = ? WHERE ord = ?",
                       [(n.tobytes(), whos[a], a) for a, _o, n in moved])
        db.executemany("DELETE FROM bands WHERE key = ?", [(k,) for k in members])
        db.executemany("INSERT INTO bands (key, ord) VALUES (?, ?)",
                       [(k, o) for k, ords in members.items() for o in sorted(set(ords))[: finder.PER_KEY]])
        db.commit()
    db.executemany("UPDATE docs SET text = ? WHERE ord = ?", [(packed, position[d]) for d, _s, _w, packed in changed])
    finder.forget_keys()
    return {ids[at]: _mark(finder, sigs, ids, whos, at) for at in sorted(redo)}


def _mark(finder: DuplicateFinder, sigs: np.ndarray, ids: list[str], whos: list, at: int) -> str | None:
    """The mark the finder gives article AT, from the index it sees then (the keys' earliest articles)."""
    keys = finder.band_keys(sigs[at : at + 1][:, 1:])[0].tolist()
    found: set[int] = set()
    for first in range(0, len(keys), finder.BANDS_PER_QUERY):
        chunk = keys[first : first + finder.BANDS_PER_QUERY]
        rows = finder._db.execute(
            f"SELECT DISTINCT ord FROM bands WHERE key IN ({','.join('?' * len(chunk))}) AND ord < ? "
            "ORDER BY ord LIMIT ?", (*chunk, at, finder.MAX_CANDIDATES))
        found.update(o for (o,) in rows)
    candidates = sorted(found)[: finder.MAX_CANDIDATES]
    (packed,) = finder._db.execute("SELECT text FROM docs WHERE ord = ?", (at,)).fetchone()
    return most_similar([ids[c] for c in candidates], sigs[np.asarray(candidates, dtype=np.int64)],
                        [whos[c] for c in candidates], sigs[at], whos[at], finder.threshold,
                        finder.exact(candidates, packed))


def _replay(finder: DuplicateFinder, start: int, indexed: list[tuple[str, object]], sequence) -> dict:
    old = {d: (np.frombuffer(blob, dtype=np.uint32), who, packed) for d, blob, who, packed in finder._db.execute(
        "SELECT doc_id, sig, who, text FROM docs WHERE ord >= ?", (start,))}
    finder.roll_back(start)
    marks = {doc_id: finder.add(doc_id, *(old[doc_id] if sig is None else (sig, who, packed)))
             for doc_id, sig, who, packed in indexed}
    for doc_id, *_rest in sequence:  # new articles without a signature: no mark, as written
        marks.setdefault(doc_id, None)
    return marks
