"""Template reuse: sentences that also appear, exactly or nearly, in another article.

Union summaries are often copied from model texts with another school's name put in.
Every sentence of at least MIN_CHARS characters gets a MinHash signature over character
4-grams; an LSH index finds candidate near-duplicates (no loop over all pairs, tuned to miss few:
CANDIDATE_WEIGHTS), and each candidate is checked with the true Jaccard similarity before two
sentences are joined: the estimate never decides.
Groups of joined sentences that span two or more articles (or a reference template) are
"shared"; an article's originality is the share of its characters in unshared sentences.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import numpy as np
import pandas as pd
from datasketch import MinHash, MinHashLSH

from ...documents.duplicates import compact, shingles
from ...labels import say
from ...text.sentences import split_sentences

MIN_CHARS = 12
SHINGLE = 4
NUM_PERM = 64
REFERENCE_PREFIX = "ref:"
#: LSH's weights of a false candidate and a missed one: candidates are many but cheap (the exact Jaccard
#: decides each), a missed pair is lost. datasketch's even weights (5 bands of 11 rows at 0.8) proposed a
#: pair of sentences at a Jaccard of 0.81 13 times in 40, and at 0.87 26 times; these (10 bands of 6 rows)
#: 39 and 40 times in 40 (tests/stats/test_reuse.py).
CANDIDATE_WEIGHTS = (0.05, 0.95)


def _minhash(grams: Iterable[str], num_perm: int) -> MinHash:
    mh = MinHash(num_perm=num_perm, seed=1)
    mh.update_batch([g.encode("utf-8") for g in grams])
    return mh


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _cluster(norms: list[str], threshold: float, num_perm: int) -> list[int]:
    """Cluster distinct normalised sentences whose 4-gram Jaccard similarity reaches THRESHOLD."""
    uf = _UnionFind(len(norms))
    if threshold >= 1.0 or len(norms) < 2:
        return [uf.find(i) for i in range(len(norms))]
    grams = [shingles(n, SHINGLE) for n in norms]
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=CANDIDATE_WEIGHTS)
    hashes = []
    for i, g in enumerate(grams):
        mh = _minhash(g, num_perm)
        hashes.append(mh)
        lsh.insert(i, mh)
    for i, mh in enumerate(hashes):
        for j in lsh.query(mh):
            if j <= i or uf.find(i) == uf.find(j):
                continue
            inter = len(grams[i] & grams[j])
            if inter / (len(grams[i]) + len(grams[j]) - inter) >= threshold:
                uf.union(i, j)
    return [uf.find(i) for i in range(len(norms))]


SENTENCE_COLUMNS = [
    "doc_id", "sent_idx", "start", "end", "sentence", "n_chars",
    "cluster_id", "n_docs", "matched", "in_reference",
]
ORIGINALITY_COLUMNS = ["doc_id", "title", "n_chars_checked", "n_chars_shared", "originality",
                       "n_sentences", "n_shared_sentences"]
PASSAGE_COLUMNS = ["cluster_id", "passage", "n_chars", "n_docs", "n_occurrences", "in_reference",
                   "doc_ids", "titles"]


def find_reuse(
    documents: pd.DataFrame,
    references: list[str] | None = None,
    threshold: float = 0.8,
    min_chars: int = MIN_CHARS,
    num_perm: int = NUM_PERM,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Mark reused sentences; return (sentences, originality per article, most-copied passages).

    DOCUMENTS needs `doc_id` and `text` (`title` is shown when present). REFERENCES are known
    template texts: a sentence found in one counts as reused even if no other article has it.
    THRESHOLD is the Jaccard similarity of character 4-gram sets above which two sentences are
    the same passage (0.8 keeps copies with a changed name or a few words, not paraphrases).
    Near-duplicate articles count as "another article": copying a whole text is the point.
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    rows: list[tuple] = []
    titles: dict[str, str] = {}
    sources = [(str(d), t or "", ti) for d, t, ti in zip(
        documents["doc_id"], documents["text"].fillna("") if len(documents) else [],
        documents["title"] if "title" in documents else [None] * len(documents))]
    for k, ref in enumerate(references or []):
        sources.append((f"{REFERENCE_PREFIX}{k + 1}", ref or "", say("stats_text.reference", k=k + 1)))
    for doc_id, text, title in sources:
        titles[doc_id] = "" if title is None or (isinstance(title, float) and np.isnan(title)) else str(title)
        idx = 0
        for start, end, sentence in split_sentences(text):
            norm = compact(sentence)
            if len(norm) < min_chars:
                continue
            rows.append((doc_id, idx, start, end, sentence, len(norm), norm))
            idx += 1

    frame = pd.DataFrame(rows, columns=["doc_id", "sent_idx", "start", "end", "sentence", "n_chars", "norm"])
    # Exact copies share one key; only distinct sentences go through MinHash.
    distinct = list(dict.fromkeys(frame["norm"]))
    root = _cluster(distinct, threshold, num_perm)
    key_cluster = dict(zip(distinct, root))
    frame["cluster_id"] = frame["norm"].map(key_cluster).astype("int64")

    is_ref = frame["doc_id"].str.startswith(REFERENCE_PREFIX)
    docs_per_cluster = frame.loc[~is_ref].groupby("cluster_id")["doc_id"].nunique()
    ref_clusters = set(frame.loc[is_ref, "cluster_id"])
    frame["n_docs"] = frame["cluster_id"].map(docs_per_cluster).fillna(0).astype("int64")
    frame["in_reference"] = frame["cluster_id"].isin(ref_clusters)
    frame["matched"] = (frame["n_docs"] >= 2) | frame["in_reference"]

    sentences = frame.loc[~is_ref, SENTENCE_COLUMNS].reset_index(drop=True)
    originality = _originality(documents, sentences, titles)
    passages = _passages(frame, titles)
    return sentences, originality, passages


def _originality(documents: pd.DataFrame, sentences: pd.DataFrame, titles: dict[str, str]) -> pd.DataFrame:
    # sums per article in one grouped pass (a Python loop over the groups took ~4 ms an article)
    sums: dict[str, tuple[int, int, int, int]] = {}
    if len(sentences):
        chars = sentences["n_chars"].astype("int64")
        matched = sentences["matched"].astype(bool)
        grouped = pd.DataFrame({"doc_id": sentences["doc_id"].astype(str), "total": chars,
                                "shared": chars.where(matched, 0), "n": 1, "n_shared": matched.astype("int64")})
        per_doc = grouped.groupby("doc_id", sort=False).sum()
        sums = {d: tuple(int(v) for v in row) for d, row in zip(
            per_doc.index, per_doc[["total", "shared", "n", "n_shared"]].itertuples(index=False))}
    out = []
    for doc_id in documents["doc_id"].astype(str):
        total, shared, n, n_shared = sums.get(doc_id, (0, 0, 0, 0))
        out.append({
            "doc_id": doc_id,
            "title": titles.get(doc_id, ""),
            "n_chars_checked": total,
            "n_chars_shared": shared,
            "originality": (1 - shared / total) if total else float("nan"),
            "n_sentences": n,
            "n_shared_sentences": n_shared,
        })
    return pd.DataFrame(out, columns=ORIGINALITY_COLUMNS)


MAX_LISTED = 50
"""Articles named in one passage's row; a passage copied into more says how many more (n_docs has all)."""


def _listed(names: list[str]) -> str:
    shown = "; ".join(names[:MAX_LISTED])
    return shown if len(names) <= MAX_LISTED else say("stats_text.more_articles", shown=shown, n=len(names) - MAX_LISTED)


def _passages(frame: pd.DataFrame, titles: dict[str, str]) -> pd.DataFrame:
    shared = frame[frame["matched"]]
    out = []
    for cid, g in shared.groupby("cluster_id"):
        docs = [d for d in dict.fromkeys(g["doc_id"]) if not d.startswith(REFERENCE_PREFIX)]
        if not docs:
            continue
        longest = g.loc[g["n_chars"].idxmax()]
        out.append({
            "cluster_id": int(cid),
            "passage": longest["sentence"],
            "n_chars": int(longest["n_chars"]),
            "n_docs": len(docs),
            "n_occurrences": int((~g["doc_id"].str.startswith(REFERENCE_PREFIX)).sum()),
            "in_reference": bool(g["in_reference"].iloc[0]),
            "doc_ids": _listed(docs),
            "titles": _listed(list(dict.fromkeys(titles.get(d, "") for d in docs))),
        })
    result = pd.DataFrame(out, columns=PASSAGE_COLUMNS)
    return result.sort_values(["n_docs", "n_chars", "cluster_id"], ascending=[False, False, True],
                              ignore_index=True)


def shared_by_pair(sentences: pd.DataFrame) -> pd.DataFrame:
    """Characters shared between each pair of articles, from the sentences table.

    Only clusters that are shared are expanded, so the cost follows the amount of copying,
    not the square of the corpus.
    """
    pairs: dict[tuple[str, str], int] = defaultdict(int)
    shared = sentences[sentences["n_docs"] >= 2]
    for _, g in shared.groupby("cluster_id"):
        chars = g.groupby("doc_id")["n_chars"].sum()
        docs = sorted(chars.index)
        for i, a in enumerate(docs):
            for b in docs[i + 1:]:
                pairs[(a, b)] += int(min(chars[a], chars[b]))
    rows = [{"doc_a": a, "doc_b": b, "n_chars_shared": n} for (a, b), n in pairs.items()]
    return pd.DataFrame(rows, columns=["doc_a", "doc_b", "n_chars_shared"]).sort_values(
        "n_chars_shared", ascending=False, ignore_index=True)


def find_reuse_stream(
    documents: pd.DataFrame,
    texts: Iterable[pd.DataFrame],
    references: list[str] | None = None,
    threshold: float = 0.8,
    min_chars: int = MIN_CHARS,
    num_perm: int = NUM_PERM,
    top: int | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`find_reuse`'s (originality, passages) without holding the articles' text: TEXTS yields batches
    (doc_id, text) of the articles of DOCUMENTS (doc_id, title), in DOCUMENTS' order, and only the
    distinct normalised sentences are kept (with the first original of each), beside three integers
    per sentence. TOP: only the TOP most-copied passages (all when None). The same tables as
    `find_reuse` (tested); its per-sentence table is not made.
    """
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    from array import array

    order = [str(d) for d in documents["doc_id"]]
    titles: dict[str, str] = {}
    for d, ti in zip(order, documents["title"] if "title" in documents else [None] * len(order)):
        titles[d] = "" if ti is None or (isinstance(ti, float) and np.isnan(ti)) else str(ti)
    owner, lengths, keys = array("i"), array("i"), array("i")
    norm_id: dict[str, int] = {}
    first_sentence: list[str] = []

    def add(k: int, text: str) -> None:
        for _start, _end, sentence in split_sentences(text):
            norm = compact(sentence)
            if len(norm) < min_chars:
                continue
            key = norm_id.get(norm)
            if key is None:
                key = norm_id[norm] = len(first_sentence)
                first_sentence.append(sentence)
            owner.append(k)
            lengths.append(len(norm))
            keys.append(key)

    position = 0
    for batch in texts:
        for doc_id, text in zip(batch["doc_id"], batch["text"]):
            if position >= len(order) or str(doc_id) != order[position]:
                raise ValueError("find_reuse_stream: the texts do not come in the documents' order")
            add(position, text if isinstance(text, str) else "")
            position += 1
    if position != len(order):
        raise ValueError(f"find_reuse_stream: {len(order) - position} of the documents' texts are missing")
    sources = list(order)
    for k, ref in enumerate(references or []):
        ref_id = f"{REFERENCE_PREFIX}{k + 1}"
        titles[ref_id] = say("stats_text.reference", k=k + 1)
        sources.append(ref_id)
        add(len(sources) - 1, ref or "")
    n_docs_real = len(order)

    distinct = list(norm_id)
    norm_id.clear()
    root = np.asarray(_cluster(distinct, threshold, num_perm), dtype=np.int32)
    del distinct
    # per sentence: int32 arrays (12 bytes a sentence; int64 copies and a pair table cost ~10x that)
    owner_a = np.frombuffer(owner, dtype=np.int32)
    length_a = np.frombuffer(lengths, dtype=np.int32)
    key_a = np.frombuffer(keys, dtype=np.int32)
    cluster = root[key_a] if len(key_a) else np.zeros(0, dtype=np.int32)
    size = int(root.max()) + 1 if len(root) else 0
    real = owner_a < n_docs_real
    # articles per cluster (references not counted): distinct (cluster, article) keys
    pair_keys = np.unique(cluster[real].astype(np.int64) * (n_docs_real + 1) + owner_a[real])
    docs_per_cluster = np.bincount((pair_keys // (n_docs_real + 1)).astype(np.int64), minlength=size)
    del pair_keys
    ref_cluster = np.zeros(size, dtype=bool)
    ref_cluster[cluster[~real]] = True
    matched = (docs_per_cluster[cluster] >= 2) | ref_cluster[cluster] if size else np.zeros(0, bool)

    o, ln, m = owner_a[real], length_a[real], matched[real]
    total = np.bincount(o, weights=ln, minlength=n_docs_real)
    shared = np.bincount(o, weights=np.where(m, ln, 0), minlength=n_docs_real)
    count = np.bincount(o, minlength=n_docs_real)
    n_shared = np.bincount(o, weights=m, minlength=n_docs_real)
    del o, ln, m
    originality = pd.DataFrame({
        "doc_id": order,
        "title": [titles.get(d, "") for d in order],
        "n_chars_checked": total.astype(np.int64)[:n_docs_real],
        "n_chars_shared": shared.astype(np.int64)[:n_docs_real],
        "originality": np.nan,
        "n_sentences": count.astype(np.int64)[:n_docs_real],
        "n_shared_sentences": n_shared.astype(np.int64)[:n_docs_real],
    }, columns=ORIGINALITY_COLUMNS)
    originality["originality"] = [(1 - int(s) / int(t)) if t else float("nan")
                                  for s, t in zip(originality["n_chars_shared"], originality["n_chars_checked"])]

    # passages: shared clusters with at least one article, most articles first, then longest
    rows = np.flatnonzero(matched)
    if not len(rows):
        return originality, pd.DataFrame(columns=PASSAGE_COLUMNS)
    c_rows = cluster[rows]
    # the longest sentence of a cluster: its first row (in the articles' order) of the largest length
    best_len = np.zeros(size, dtype=np.int64)
    np.maximum.at(best_len, c_rows, length_a[rows])
    longest = rows[length_a[rows] == best_len[c_rows]]
    firsts, where = np.unique(cluster[longest], return_index=True)
    first_row = np.full(size, -1, dtype=np.int64)
    first_row[firsts] = longest[where]
    del longest, c_rows
    real_rows = rows[real[rows]]
    occurrences = np.bincount(cluster[real_rows], minlength=size)
    ids = np.unique(cluster[real_rows])
    del rows, real_rows
    frame = pd.DataFrame({"cluster_id": ids.astype(np.int64), "n_chars": best_len[ids], "n_docs": docs_per_cluster[ids]})
    frame = frame.sort_values(["n_docs", "n_chars", "cluster_id"], ascending=[False, False, True], ignore_index=True)
    if top is not None:
        frame = frame.head(top)
    out = []
    for cid, n_chars in zip(frame["cluster_id"].tolist(), frame["n_chars"].tolist()):
        # the cluster's articles in the order they first use it
        members = owner_a[(cluster == cid) & real]
        _u, first = np.unique(members, return_index=True)
        docs = [sources[k] for k in members[np.sort(first)]]
        out.append({
            "cluster_id": int(cid),
            "passage": first_sentence[int(key_a[first_row[cid]])],
            "n_chars": int(n_chars),
            "n_docs": len(docs),
            "n_occurrences": int(occurrences[cid]),
            "in_reference": bool(ref_cluster[cid]),
            "doc_ids": _listed(docs),
            "titles": _listed(list(dict.fromkeys(titles.get(d, "") for d in docs))),
        })
    return originality, pd.DataFrame(out, columns=PASSAGE_COLUMNS)
