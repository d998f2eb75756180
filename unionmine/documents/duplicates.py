"""Near-duplicate articles: the same text posted again, reworded a little or cut short.

The measure is the larger of Jaccard and containment over character shingles, so that a copy
cut short still counts. Template sites copy a report and change the school's name or reword
it, so copies in this genre share far fewer exact shingles than web mirrors do: on the seed
pages the known copies score 0.53 and 0.71 (3-character shingles) and the most similar
unrelated pair 0.21; hence the threshold of 0.5.

The finder is streaming: each article is compared with the earlier ones only, as it arrives,
through MinHash signatures and an LSH index, so a corpus of any size needs memory only for
the signatures (about 0.5 KB an article), never for the texts.

What counts as a duplicate: a file sent again (an exact copy, or the same text reworded or cut
short) and a text copied between units. A unit's own text of another year or another kind
(its 2021 summary after its 2020 one, its plan after its summary, written on one template) is
not: that is reuse of its own template, which the originality and copied-passages insights
show (`own_other_text`). Among the earlier articles that pass, the mark names the most similar
(an exact copy first, then the highest similarity, then the earliest), never merely the first.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

import numpy as np

SHINGLE = 3
THRESHOLD = 0.5
NUM_PERM = 128
#: Jaccard at which LSH proposes candidates; low, because a short copy of a long text has a
#: low Jaccard but a high containment. Candidates are then scored on their signatures.
CANDIDATE_JACCARD = 0.15
SCHEME = "affine32"  # fixed, so that signatures kept in a cache stay comparable
_NOISE = re.compile(r"[\s\W_]+")


_WHO = "\x1f"  # separates the parts of an identity


def identity(org, year, kind) -> str | None:
    """Who wrote an article, for what year and of what kind, as the finder stores it (None: no org named)."""
    if not isinstance(org, str) or not org.strip():
        return None
    try:
        year = str(int(year))
    except (TypeError, ValueError):  # None, NaN, pandas' NA
        year = ""
    kind = kind if isinstance(kind, str) and kind not in ("", "other") else ""
    return _WHO.join((org.strip(), year, kind))


def own_other_text(who_a: str | None, who_b: str | None) -> bool:
    """Whether two identities are one unit's texts of different years or kinds: not a re-send of one file."""
    if not who_a or not who_b:
        return False
    org_a, year_a, kind_a = who_a.split(_WHO)
    org_b, year_b, kind_b = who_b.split(_WHO)
    return org_a == org_b and bool((year_a and year_b and year_a != year_b) or (kind_a and kind_b and kind_a != kind_b))


def most_similar(ids: list[str], signatures: np.ndarray, whos: list, sig: np.ndarray, who: str | None,
                 threshold: float) -> str | None:
    """The mark among candidates IDS (earliest first, with their SIGNATURES and identities WHOS) of an article
    with signature SIG and identity WHO: the passing candidate that is an exact copy, else the most similar,
    else the earliest; one of the unit's own texts of another year or kind only if an exact copy (the same
    text filed under another year's folder is still one file sent twice: `own_other_text`)."""
    if not len(ids):
        return None
    scores = estimated_similarities(signatures, sig)
    best, best_key = None, None
    for i in np.flatnonzero(scores >= threshold).tolist():
        exact = bool(np.array_equal(signatures[i], sig))
        if own_other_text(whos[i], who) and not exact:  # an exact copy is the file sent again, whatever it says
            continue
        key = (exact, float(scores[i]))
        if best_key is None or key > best_key:  # strictly better: the earliest wins a tie
            best, best_key = ids[i], key
    return best


def compact(text: str) -> str:
    """TEXT without white space and punctuation: copies differ in them more than in words."""
    return _NOISE.sub("", text or "")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Character shingles of TEXT with white space and punctuation removed."""
    compact_text = compact(text)
    if len(compact_text) <= size:
        return {compact_text} if compact_text else set()
    return {compact_text[i : i + size] for i in range(len(compact_text) - size + 1)}


def similarity(a: set[str], b: set[str]) -> float:
    """The larger of Jaccard and the containment of the smaller set in the larger."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return max(inter / len(a | b), inter / min(len(a), len(b)))


def signature(text: str, num_perm: int = NUM_PERM) -> list[int] | None:
    """Shingle-set size followed by the MinHash values, as plain ints (picklable, JSON-able).

    None for a text with no shingles. Vectorised with numpy, because a profile showed
    datasketch's one SHA-1 call per shingle as a tenth of the pipeline's time: each shingle
    is packed exactly into 64 bits (21 bits a code point), hashed to 32 bits, then put
    through datasketch's own affine32 step (MurmurHash3 finalizer, the permutations of
    ``MinHash(seed=1)``), so the values stay comparable with ``DuplicateFinder``.
    """
    compact_text = compact(text)
    if not compact_text:
        return None
    points = np.frombuffer(compact_text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    size = min(SHINGLE, len(points))
    n = len(points) - size + 1
    keys = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(size):  # exact for SHINGLE <= 3; a hash (wrapping) beyond
            keys = (keys << np.uint64(21)) ^ points[k : n + k]
        keys.sort()  # distinct keys by sorting: several times faster than np.unique's hashing
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))]
        hashes = _fmix32(
            ((keys * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(32)).astype(np.uint32)
        )
        a, b = _permutations(num_perm)
        a, b = a[:, None], b[:, None]  # one row per permutation: the minimum runs along rows
        values = np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32)
        block = np.empty((num_perm, min(len(hashes), 4096)), dtype=np.uint32)
        for start in range(0, len(hashes), 4096):  # bounded memory on very long texts
            part = hashes[start : start + 4096]
            permuted = block[:, : len(part)]
            np.multiply(a, part, out=permuted)  # in place: no temporary matrices
            np.add(permuted, b, out=permuted)
            values = np.minimum(values, permuted.min(axis=1))
    return [len(keys), *values.tolist()]


def _mix64(z: np.ndarray) -> np.ndarray:
    """SplitMix64's finalizer: every input bit moves every output bit (uint64, wrapping)."""
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, as datasketch's affine32 scheme applies it."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


@lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations of datasketch's ``MinHash(num_perm, seed=1, scheme="affine32")``.

    Drawn here exactly as datasketch draws them (tests compare the two) rather than imported:
    importing datasketch pulls in scipy, a second of start-up for every run.
    """
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


@lru_cache(maxsize=16)
def lsh_bands(
    threshold: float, num_perm: int, false_positive_weight: float = 0.5, false_negative_weight: float = 0.5
) -> tuple[int, int]:
    """(bands, rows) minimising the weighted chance of a false candidate or a missed one.

    The same search as datasketch's ``_optimal_param`` (tests compare the two), without its
    scipy import: both probabilities are integrals of polynomials of degree at most NUM_PERM,
    which Gauss-Legendre quadrature with NUM_PERM/2 + 1 nodes computes exactly.
    """
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)
    below = threshold / 2 * (nodes + 1)  # the nodes moved onto [0, threshold]
    above = threshold + (1 - threshold) / 2 * (nodes + 1)  # and onto [threshold, 1]
    best, chosen = float("inf"), (0, 0)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            # (1 - s**rows) ** bands: the chance that texts of similarity s share no band
            false_positive = threshold / 2 * float((1 - (1 - below**rows) ** bands) @ weights)
            false_negative = (1 - threshold) / 2 * float(((1 - above**rows) ** bands) @ weights)
            error = false_positive * false_positive_weight + false_negative * false_negative_weight
            if error < best:
                best, chosen = error, (bands, rows)
    return chosen


def estimated_similarity(sig_a: list[int] | np.ndarray, sig_b: list[int] | np.ndarray) -> float:
    """Estimate `similarity` of two texts from their signatures."""
    size_a, size_b = int(sig_a[0]), int(sig_b[0])
    jaccard = float(np.mean(np.asarray(sig_a[1:]) == np.asarray(sig_b[1:])))
    inter = jaccard * (size_a + size_b) / (1 + jaccard)
    return max(jaccard, min(1.0, inter / min(size_a, size_b)))


def estimated_similarities(signatures: np.ndarray, sig: np.ndarray) -> np.ndarray:
    """`estimated_similarity` of SIG with each row of SIGNATURES at once (the same arithmetic)."""
    sizes, size = signatures[:, 0].astype(np.int64), int(sig[0])
    jaccard = np.mean(signatures[:, 1:] == sig[1:], axis=1)
    inter = jaccard * (sizes + size) / (1 + jaccard)
    return np.maximum(jaccard, np.minimum(1.0, inter / np.minimum(sizes, size)))


class DuplicateFinder:
    """Say, for each new article, which earlier article it nearly duplicates.

    The LSH index and the signatures live in SQLite (a file when PATH is given, else in
    memory), so that memory stays flat however many articles have been seen: an in-memory
    index of 100,000 articles took 1.6 GB. Candidates are the earlier articles sharing an
    LSH band with the new one (the earliest PER_KEY under each band, at most MAX_CANDIDATES),
    all scored on their signatures; the mark is the most similar that passes (`most_similar`).
    """

    PER_KEY = 32  # earlier articles read per band key
    MAX_CANDIDATES = 256  # candidates scored per article
    CANDIDATES_PER_READ = 32  # signatures read at a time, earliest first
    BANDS_PER_QUERY = 200  # keys per query (older SQLite builds allow 999 parameters)

    def __init__(
        self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM, path: str | None = None
    ):
        self.threshold = threshold
        self.num_perm = num_perm
        self.bands, self.rows = lsh_bands(CANDIDATE_JACCARD, num_perm)
        self._db = sqlite3.connect(path or ":memory:")
        self._db.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE;
            CREATE TABLE IF NOT EXISTS docs (ord INTEGER PRIMARY KEY, doc_id TEXT UNIQUE, sig BLOB, who TEXT);
            CREATE TABLE IF NOT EXISTS bands (key INTEGER, ord INTEGER);
            CREATE INDEX IF NOT EXISTS bands_key ON bands (key, ord);
            """
        )
        if "who" not in [row[1] for row in self._db.execute("PRAGMA table_info(docs)")]:
            self._db.execute("ALTER TABLE docs ADD COLUMN who TEXT")  # an index kept by an older run
        self._n = 0
        # keys holding PER_KEY articles, with those articles: at most 51 keys per 32 articles
        self._full: dict[int, np.ndarray] = {}
        # the work done, for tests and profiles: articles read from the index (each key's earliest
        # ones, at most PER_KEY a key) and candidates scored (at most MAX_CANDIDATES), over all adds
        self.index_rows_read = 0
        self.candidates_scored = 0

    def _band_keys(self, values: np.ndarray) -> list[int]:
        """One 63-bit key per band: a hash of the band number and its rows, all bands at once."""
        rows = values[: self.bands * self.rows].reshape(self.bands, self.rows).astype(np.uint64)
        keys = np.arange(1, self.bands + 1, dtype=np.uint64)
        with np.errstate(over="ignore"):
            for column in rows.T:
                keys = _mix64(keys ^ column)
        return (keys >> np.uint64(1)).tolist()

    def add(self, doc_id: str, sig: list[int] | None, who: str | None = None) -> str | None:
        """Index DOC_ID (its `identity` WHO) and return the doc_id of the earlier article it nearly
        duplicates (`most_similar`), or None."""
        if sig is None:
            return None
        values = np.asarray(sig, dtype=np.uint32)
        keys = self._band_keys(values[1:])
        # Only the earliest PER_KEY articles under a key are ever read, and articles arrive in
        # order, so a key takes no rows once it holds PER_KEY: work and table stay bounded even
        # when a template text makes a key common to thousands of articles, and plain IN
        # queries find the candidates (one per-key LIMIT subquery per band grew to 1.6 ms an
        # article at 10,000 articles).
        # A full key's articles never change: they are kept in memory and not asked for again.
        # The earliest MAX_CANDIDATES of all the keys' articles, merged with numpy: as the keys fill
        # up (towards PER_KEY articles each), Python sets over them grew to a third of the finder.
        parts = [self._full[key] for key in keys if key in self._full]
        cold = [k for k in keys if k not in self._full]
        for start in range(0, len(cold), self.BANDS_PER_QUERY):
            chunk = cold[start : start + self.BANDS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT DISTINCT ord FROM bands WHERE key IN ({marks}) ORDER BY ord LIMIT ?",
                (*chunk, self.MAX_CANDIDATES),
            ).fetchall()
            if rows:
                parts.append(np.array(rows, dtype=np.int64).ravel())
        self.index_rows_read += sum(len(part) for part in parts)
        candidates = np.unique(np.concatenate(parts))[: self.MAX_CANDIDATES].tolist() if parts else []
        ids, blobs, whos = [], [], []
        for start in range(0, len(candidates), self.CANDIDATES_PER_READ):  # earliest first
            chunk = candidates[start : start + self.CANDIDATES_PER_READ]
            for candidate, blob, candidate_who in self._db.execute(
                f"SELECT doc_id, sig, who FROM docs WHERE ord IN ({','.join('?' * len(chunk))}) ORDER BY ord", chunk
            ):
                ids.append(candidate)
                blobs.append(blob)
                whos.append(candidate_who)
        self.candidates_scored += len(ids)
        signatures = np.frombuffer(b"".join(blobs), dtype=np.uint32).reshape(len(ids), len(values))
        best = most_similar(ids, signatures, whos, values, who, self.threshold)
        inserted = self._db.execute(
            "INSERT OR IGNORE INTO docs (ord, doc_id, sig, who) VALUES (?, ?, ?, ?)",
            (self._n, doc_id, values.tobytes(), who),
        ).rowcount
        if inserted:
            self._db.executemany(
                "INSERT INTO bands (key, ord) VALUES (?, ?)", [(k, self._n) for k in self._open_keys(keys)]
            )
            self._n += 1
        return best

    def _open_keys(self, keys: list[int]) -> list[int]:
        """The KEYS that hold fewer than PER_KEY articles. Those found full are remembered with
        their articles (a full key stays full and its earliest articles stay the same), so hot
        template keys are neither counted nor looked up again."""
        unknown = [k for k in keys if k not in self._full]
        for start in range(0, len(unknown), self.BANDS_PER_QUERY):
            chunk = unknown[start : start + self.BANDS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, ord FROM bands WHERE key IN (SELECT key FROM bands WHERE key IN ({marks})"
                " GROUP BY key HAVING count(*) >= ?) ORDER BY key, ord",
                (*chunk, self.PER_KEY),
            ).fetchall()
            filled: dict[int, list[int]] = {}
            for key, order in rows:
                filled.setdefault(key, []).append(order)
            self._full.update((key, np.asarray(orders, dtype=np.int64)) for key, orders in filled.items())
        return [k for k in unknown if k not in self._full]

    def roll_back(self, n: int) -> None:
        """Forget every article but the first N (of an index kept in a file by an earlier run): the
        index is then as it was after its first N additions, and the next article added is the N+1th."""
        self._db.execute("DELETE FROM docs WHERE ord >= ?", (n,))
        self._db.execute("DELETE FROM bands WHERE ord >= ?", (n,))
        self._db.commit()
        self._n = n
        self._full = {}  # a key full then may not be now; found again from the table as needed

    def close(self) -> None:
        """Commit and close (a run keeps its index for the next one to update: `run.incremental`);
        closing again does nothing."""
        if self._db is not None:
            self._db.commit()
            self._db.close()
            self._db = None


def mark_duplicates(records: list[dict], threshold: float = THRESHOLD) -> list[dict]:
    """Set `duplicate_of` on each record (with `doc_id` and `text`; `org`, `year`, `kind` if known) to the
    earlier article it nearly duplicates."""
    finder = DuplicateFinder(threshold=threshold)
    for record in records:
        record["duplicate_of"] = finder.add(record["doc_id"], signature(record.get("text", "")), record_identity(record))
    finder.close()
    return records


def record_identity(record: dict) -> str | None:
    """The `identity` of an article record (its org, year and kind)."""
    return identity(record.get("org"), record.get("year"), record.get("kind"))
