"""Round 13b (issue 13): section roles — gold roles read from the hash-keyed files, and a simple role classifier.

A role (``corpus/annotations/real/ROLES.md``) is what a section does on its page: work told as done or planned, an
overview, a speech, a meeting's proceedings, an event's practicalities, honours, other. ``load_roles`` matches the
role files to rows by id and text digest; ``role_matrix`` gives one-hot roles with an "unknown" column (rows of sets
nobody labelled); ``RoleClassifier`` predicts a role from the section's wording (char n-grams of its heading, opening
and ending) and its place on the page (position, heading level, the article's kind, length). Nothing here reads a
theme label.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
from real_themes_context_features import heading_level

ROLES = ["work_done", "work_planned", "overview", "speech", "meeting", "practicalities", "honours", "other"]


def load_roles(rows: list[dict], paths: list[str | Path]) -> tuple[np.ndarray, dict]:
    """Per row the index in ``ROLES`` of its gold role, -1 when no file has it (or its text changed). ROWS: dicts
    with ``id`` and ``text``. Returns the indices and counts (matched, changed: digest differs, unused: in a file
    but not among ROWS)."""
    by_id = {}
    for p in paths:
        for line in Path(p).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                by_id[r["id"]] = r
    out = np.full(len(rows), -1)
    changed, seen = 0, set()
    for i, row in enumerate(rows):
        r = by_id.get(row["id"])
        if r is None:
            continue
        seen.add(row["id"])
        if hashlib.sha256(row["text"].encode("utf-8")).hexdigest() != r["sha256"]:
            changed += 1
            continue
        out[i] = ROLES.index(r["role"])
    return out, {"matched": int((out >= 0).sum()), "changed": changed, "unused": len(set(by_id) - seen)}


def role_matrix(role_idx: np.ndarray) -> np.ndarray:
    """(n, len(ROLES) + 1): one-hot roles, the last column 1 for a row whose role is unknown (-1)."""
    role_idx = np.asarray(role_idx)
    m = np.zeros((len(role_idx), len(ROLES) + 1))
    known = role_idx >= 0
    m[np.flatnonzero(known), role_idx[known]] = 1.0
    m[~known, -1] = 1.0
    return m


def place_features(pages: list, kinds: list[str], headings: list[str], texts: list[str]) -> np.ndarray:
    """Per section: first on its page, last, place (0..1), sections on the page (log), plan, has a heading, heading
    level 1/2/3, length (log). PAGES: one key per section, a page's sections contiguous and in order."""
    n = len(pages)
    out = np.zeros((n, 10))
    start = 0
    while start < n:
        end = start
        while end < n and pages[end] == pages[start]:
            end += 1
        k = end - start
        for i in range(k):
            row = start + i
            lv = heading_level(headings[row])
            out[row] = [i == 0, i == k - 1, i / max(k - 1, 1), np.log1p(k), kinds[row] == "plan",
                        bool(headings[row]), lv == 1, lv == 2, lv == 3, np.log1p(len(texts[row] or ""))]
        start = end
    return out


def role_text(heading: str, text: str) -> str:
    """What the char n-grams read: the heading, the body's opening and its ending (a speech's verbs, a meeting's
    opening, a closing evaluation sit there)."""
    body = (text[len(heading):] if heading and text.startswith(heading) else text).lstrip("\n")
    return f"H{heading}|B{body[:160]}|E{body[-60:]}"


class RoleClassifier:
    """Char 1-3-gram TF-IDF of ``role_text`` beside ``place_features``, one multinomial logistic regression."""

    def __init__(self, C: float = 3.0):
        self.C = C

    def _X(self, texts, place, fit=False):
        import scipy.sparse as sp

        if fit:
            from sklearn.feature_extraction.text import TfidfVectorizer

            self.vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=2, sublinear_tf=True)
            Xt = self.vec.fit_transform(texts)
            self.mu, self.sd = place.mean(axis=0), np.where(place.std(axis=0) > 1e-9, place.std(axis=0), 1.0)
        else:
            Xt = self.vec.transform(texts)
        return sp.hstack([Xt, sp.csr_matrix((place - self.mu) / self.sd)]).tocsr()

    def fit(self, texts: list[str], place: np.ndarray, y: np.ndarray) -> RoleClassifier:
        from sklearn.linear_model import LogisticRegression

        self.model = LogisticRegression(C=self.C, max_iter=3000).fit(self._X(texts, place, fit=True), y)
        return self

    def proba(self, texts: list[str], place: np.ndarray) -> np.ndarray:
        """(n, len(ROLES)): a role never seen in fitting gets 0."""
        p = self.model.predict_proba(self._X(texts, place))
        out = np.zeros((len(texts), len(ROLES)))
        out[:, self.model.classes_] = p
        return out


def grouped_oof(texts: list[str], place: np.ndarray, y: np.ndarray, groups: list, k: int = 5,
                C: float = 3.0) -> np.ndarray:
    """Out-of-fold role probabilities, GroupKFold over GROUPS (pages: no page in both halves)."""
    from sklearn.model_selection import GroupKFold

    out = np.zeros((len(texts), len(ROLES)))
    for fi, si in GroupKFold(n_splits=min(k, len(set(groups)))).split(texts, y, groups):
        out[si] = RoleClassifier(C).fit([texts[i] for i in fi], place[fi], y[fi]).proba([texts[i] for i in si],
                                                                                        place[si])
    return out
