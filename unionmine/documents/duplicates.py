"""Near-duplicate articles: the same text posted again, reworded a little or cut short.

What the threshold means: two articles are near-duplicates when at least half (THRESHOLD) of the
shorter one's 3-character shingles (white space and punctuation removed) are in the other, counted
exactly over the two texts' shingle sets (`similarity`: the larger of Jaccard and containment, which
is the containment of the smaller set in the larger). A copy cut short passes whole; two texts of one
length pass from a Jaccard of 1/3 up (half of each one's shingles shared). Template sites copy a
report and change the school's name or reword it, so copies in this genre share far fewer exact
shingles than web mirrors do: on the seed pages the known copies score 0.53 and 0.71 and the most
similar unrelated pair 0.21; hence 0.5.

The finder is streaming: each article is compared with the earlier ones only, as it arrives. MinHash
signatures and an LSH index (`documents.minhash`) only propose candidates and rule out those whose
estimate leaves no real chance of passing (`may_pass`); every other candidate is decided on the exact
shingle sets, re-made from the compressed compact texts the index keeps on disk beside the signatures
(an estimate from 128 hashes is off by 0.05 and more near the threshold, by much more for a short text
against a long one). Memory holds the signatures and shingle sets of one article's candidates (and a
bounded cache of the most recent), never the corpus's texts or its pairs.

What counts as a duplicate: a file sent again (an exact copy, or the same text reworded or cut
short) and a text copied between units. A unit's own text of another year or another kind
(its 2021 summary after its 2020 one, its plan after its summary, written on one template) is
not: that is reuse of its own template, which the originality and copied-passages insights
show (`own_other_text`). Among the earlier articles that pass, the mark names the most similar
(an exact copy first, then the highest similarity, then the earliest), never merely the first.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections import OrderedDict
from collections.abc import Callable

import numpy as np

from .minhash import (  # noqa: F401 - public here too, where they always were
    NUM_PERM,
    SCHEME,
    SHINGLE,
    compact,
    compact_keys,
    estimated_similarities,
    estimated_similarity,
    lsh_bands,
    mix64,
    shingle_keys,
    signature,
)

THRESHOLD = 0.5
#: Jaccard at which LSH proposes candidates; low, because a short copy of a long text has a
#: low Jaccard but a high containment. Candidates are then decided as the module says.
CANDIDATE_JACCARD = 0.15
#: A candidate is ruled out on its estimate only when its estimated Jaccard lies this many standard
#: errors below the least Jaccard at which the two texts' sizes can reach the threshold (a pair that
#: passes is ruled out so less than once in 30,000); every other candidate is decided exactly.
MARGIN_SE = 4.0


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


def pack(text: str) -> bytes:
    """What the index keeps of a text to decide its pairs exactly: its `compact` form, compressed."""
    return zlib.compress(compact(text).encode("utf-8"), 6)


def packed_keys(packed: bytes) -> np.ndarray:
    """The `shingle_keys` of a text kept by `pack`."""
    return compact_keys(zlib.decompress(packed).decode("utf-8"))


def overlaps(keys: np.ndarray, others: list[np.ndarray]) -> np.ndarray:
    """`similarity` of one text with each of OTHERS, from their `shingle_keys`: shared shingles over the
    smaller set's; all at once, each other set's shingles looked up in the one sorted array KEYS."""
    sizes = np.array([len(other) for other in others], dtype=np.int64)
    if not len(keys) or not len(others) or not sizes.sum():
        return np.zeros(len(others))
    joined = np.concatenate(others)
    found = keys[np.minimum(np.searchsorted(keys, joined), len(keys) - 1)] == joined
    shared = np.add.reduceat(found, np.concatenate(([0], np.cumsum(sizes)[:-1])))
    shared[sizes == 0] = 0  # reduceat gives an empty set the next set's first element
    return shared / np.maximum(np.minimum(sizes, len(keys)), 1)


def may_pass(signatures: np.ndarray, sig: np.ndarray, threshold: float) -> np.ndarray:
    """For each row of SIGNATURES, whether its text may reach THRESHOLD with SIG's exactly: its estimated
    Jaccard is not MARGIN_SE standard errors below the least Jaccard at which their two sizes (exact, the
    signatures' first values) can give that share of the smaller set (an identical signature always may)."""
    return _bounds(signatures, sig, threshold)[0]


def _bounds(signatures: np.ndarray, sig: np.ndarray, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """(may pass, must pass): the estimated Jaccard not MARGIN_SE standard errors below the least Jaccard
    that reaches THRESHOLD at the two sizes, and MARGIN_SE standard errors above it."""
    sizes, size = signatures[:, 0].astype(np.float64), float(sig[0])
    smaller = np.minimum(sizes, size) * threshold
    need = np.minimum(1.0, smaller / np.maximum(sizes + size - smaller, 1.0))
    jaccard = np.mean(signatures[:, 1:] == sig[1:], axis=1)
    margin = MARGIN_SE * np.sqrt(need * (1 - need) / (signatures.shape[1] - 1))
    return jaccard >= need - margin, jaccard > need + margin


def most_similar(ids: list[str], signatures: np.ndarray, whos: list, sig: np.ndarray, who: str | None,
                 threshold: float, exact: Callable[[list[int]], np.ndarray] | None = None) -> str | None:
    """The mark among candidates IDS (earliest first, with their SIGNATURES and identities WHOS) of an article
    with signature SIG and identity WHO: the passing candidate that is an exact copy, else the most similar,
    else the earliest; one of the unit's own texts of another year or kind only if an exact copy (the same
    text filed under another year's folder is still one file sent twice: `own_other_text`).

    EXACT(indices) gives those candidates' exact `similarity` with the article, asked of those whose estimate
    does not settle it (`_bounds`: one that may pass but need not); where it is NaN (no text kept, as in an
    index of an older run) or not given, the estimate decides. A candidate whose estimate is MARGIN_SE standard errors
    above the threshold passes on it (and is ranked by it), one below fails: the exact sets would say the same
    but for once in 30,000, and template copies, far above, cost no exact count."""
    if not len(ids):
        return None
    scores = estimated_similarities(signatures, sig)
    if exact is not None:
        possible, certain = _bounds(signatures, sig, threshold)
        unsettled = np.flatnonzero(possible & ~certain)
        decided = np.where(certain, np.maximum(scores, threshold), 0.0)
        if len(unsettled):
            values = exact(unsettled.tolist())
            decided[unsettled] = np.where(np.isnan(values), scores[unsettled], values)
        scores = decided
    best, best_key = None, None
    for i in np.flatnonzero(scores >= threshold).tolist():
        same = bool(np.array_equal(signatures[i], sig))
        if own_other_text(whos[i], who) and not same:  # an exact copy is the file sent again, whatever it says
            continue
        key = (same, float(scores[i]))
        if best_key is None or key > best_key:  # strictly better: the earliest wins a tie
            best, best_key = ids[i], key
    return best


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Character shingles of TEXT with white space and punctuation removed."""
    compact_text = compact(text)
    if len(compact_text) <= size:
        return {compact_text} if compact_text else set()
    return {compact_text[i : i + size] for i in range(len(compact_text) - size + 1)}


def similarity(a: set[str], b: set[str]) -> float:
    """The larger of Jaccard and the containment of the smaller set in the larger (always the containment:
    shared shingles over the smaller set's), the measure THRESHOLD is on."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return max(inter / len(a | b), inter / min(len(a), len(b)))


class DuplicateFinder:
    """Say, for each new article, which earlier article it nearly duplicates.

    The LSH index and the signatures live in SQLite (a file when PATH is given, else in
    memory), so that memory stays flat however many articles have been seen: an in-memory
    index of 100,000 articles took 1.6 GB. Candidates are the earlier articles sharing an
    LSH band with the new one (the earliest PER_KEY under each band, at most MAX_CANDIDATES);
    each is ruled out on its signature or decided on the exact shingle sets (`most_similar`, the
    texts kept by `pack` in the index); the mark is the most similar that passes.
    """

    PER_KEY = 32  # earlier articles read per band key
    MAX_CANDIDATES = 256  # candidates scored per article
    CANDIDATES_PER_READ = 32  # signatures read at a time, earliest first
    BANDS_PER_QUERY = 200  # keys per query (older SQLite builds allow 999 parameters)
    #: shingles of the latest candidates kept in memory (8 bytes each): template keys send the
    #: same early articles as candidates again and again
    KEYS_KEPT = 4_000_000

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
            CREATE TABLE IF NOT EXISTS docs (ord INTEGER PRIMARY KEY, doc_id TEXT UNIQUE, sig BLOB, who TEXT,
                                             text BLOB);
            CREATE TABLE IF NOT EXISTS bands (key INTEGER, ord INTEGER);
            CREATE INDEX IF NOT EXISTS bands_key ON bands (key, ord);
            """
        )
        columns = [row[1] for row in self._db.execute("PRAGMA table_info(docs)")]
        for column, kind in (("who", "TEXT"), ("text", "BLOB")):
            if column not in columns:  # an index kept by an older run
                self._db.execute(f"ALTER TABLE docs ADD COLUMN {column} {kind}")
        self._keys: OrderedDict[int, np.ndarray] = OrderedDict()  # shingles of recent candidates, by ord
        self._keys_size = 0
        self._n = 0
        # keys holding PER_KEY articles, with those articles: at most 51 keys per 32 articles
        self._full: dict[int, np.ndarray] = {}
        # the work done, for tests and profiles: articles read from the index (each key's earliest
        # ones, at most PER_KEY a key), candidates scored (at most MAX_CANDIDATES) and those of them
        # decided on their exact shingle sets, over all adds
        self.index_rows_read = 0
        self.candidates_scored = 0
        self.exact_checks = 0

    def band_keys(self, values: np.ndarray) -> np.ndarray:
        """One 63-bit key per band of each row of VALUES (signatures without their size): a hash of the band
        number and its rows, all bands and rows at once; int64, SQLite's INTEGER, as the bands table holds them."""
        rows = values[:, : self.bands * self.rows].reshape(len(values), self.bands, self.rows)
        keys = np.broadcast_to(np.arange(1, self.bands + 1, dtype=np.uint64), (len(values), self.bands))
        with np.errstate(over="ignore"):
            for column in range(self.rows):
                keys = mix64(keys ^ rows[:, :, column].astype(np.uint64))
        return (keys >> np.uint64(1)).astype(np.int64)

    def _band_keys(self, values: np.ndarray) -> list[int]:
        """`band_keys` of one signature's VALUES (its size left out)."""
        return self.band_keys(values[None, :])[0].tolist()

    def add(self, doc_id: str, sig: list[int] | None, who: str | None = None,
            text: str | bytes | None = None) -> str | None:
        """Index DOC_ID (its `identity` WHO; its TEXT, or the text's `pack`) and return the doc_id of the
        earlier article it nearly duplicates (`most_similar`), or None. Without TEXT its pairs are
        decided on their estimates (and later articles' pairs with it too)."""
        if sig is None:
            return None
        packed = pack(text) if isinstance(text, str) else text
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
        ids, blobs, whos, ords = [], [], [], []
        for start in range(0, len(candidates), self.CANDIDATES_PER_READ):  # earliest first
            chunk = candidates[start : start + self.CANDIDATES_PER_READ]
            for order, candidate, blob, candidate_who in self._db.execute(
                f"SELECT ord, doc_id, sig, who FROM docs WHERE ord IN ({','.join('?' * len(chunk))}) ORDER BY ord",
                chunk,
            ):
                ords.append(order)
                ids.append(candidate)
                blobs.append(blob)
                whos.append(candidate_who)
        self.candidates_scored += len(ids)
        signatures = np.frombuffer(b"".join(blobs), dtype=np.uint32).reshape(len(ids), len(values))
        best = most_similar(ids, signatures, whos, values, who, self.threshold, self.exact(ords, packed))
        inserted = self._db.execute(
            "INSERT OR IGNORE INTO docs (ord, doc_id, sig, who, text) VALUES (?, ?, ?, ?, ?)",
            (self._n, doc_id, values.tobytes(), who, packed),
        ).rowcount
        if inserted:
            self._db.executemany(
                "INSERT INTO bands (key, ord) VALUES (?, ?)", [(k, self._n) for k in self._open_keys(keys)]
            )
            self._n += 1
        return best

    def exact(self, ords: list[int], packed: bytes | None) -> Callable[[list[int]], np.ndarray] | None:
        """`most_similar`'s EXACT: the `overlaps` of the text PACKED with the candidates at those indices of
        ORDS (NaN where that article's text was not kept); None without PACKED."""
        if packed is None:
            return None

        def scores(indices: list[int]) -> np.ndarray:
            others = self.keys_at([ords[i] for i in indices])
            known = [k for k, other in enumerate(others) if other is not None]
            values = np.full(len(indices), np.nan)
            values[known] = overlaps(packed_keys(packed), [others[k] for k in known])
            self.exact_checks += len(known)
            return values

        return scores

    def keys_at(self, orders: list[int]) -> list[np.ndarray | None]:
        """The `shingle_keys` of the articles at ORDERS, from the texts the index keeps (None if none)."""
        missing = [order for order in orders if order not in self._keys]
        for start in range(0, len(missing), self.CANDIDATES_PER_READ):
            chunk = missing[start : start + self.CANDIDATES_PER_READ]
            for order, packed in self._db.execute(
                f"SELECT ord, text FROM docs WHERE ord IN ({','.join('?' * len(chunk))})", chunk
            ):
                if packed is not None:
                    keys = self._keys[order] = packed_keys(packed)
                    self._keys_size += len(keys)
        found = [self._keys.get(order) for order in orders]
        for order in orders:
            if order in self._keys:
                self._keys.move_to_end(order)
        while self._keys_size > self.KEYS_KEPT and len(self._keys) > 1:
            self._keys_size -= len(self._keys.popitem(last=False)[1])
        return found

    def forget_keys(self) -> None:
        """Drop the shingles kept of recent candidates (after their texts changed in the index)."""
        self._keys.clear()
        self._keys_size = 0

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
        self.forget_keys()

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
        text = record.get("text", "")
        record["duplicate_of"] = finder.add(record["doc_id"], signature(text), record_identity(record), text)
    finder.close()
    return records


def record_identity(record: dict) -> str | None:
    """The `identity` of an article record (its org, year and kind)."""
    return identity(record.get("org"), record.get("year"), record.get("kind"))
