"""Plans kept: does an organisation's summary of a year give an account of what its plan promised?

Pairs: a plan for year Y and a summary of year Y by the same organisation. A report (kind
"report") looks back on its year Y and ahead: its look-back part is a summary of Y and its plan
part a plan for Y + 1. Plan items are the leaf sections of the plan (or its sentences when it
has no headings); each is matched to the summary's sentences by TF-IDF cosine over
`segmentation.tokenize` tokens without words of frequency and manner (坚持, 每学期, 一次: they say
how often, not what), and a match must share at least two character pairs of content words. An
item's status is `kept` when its best match reaches THRESHOLD
and that sentence does not say the work was not done, `not_done` when it does (未能, 尚未, 没有
完成, 推迟, 取消, 因…未 …), and `no_account` when no sentence reaches THRESHOLD. THRESHOLD 0.3
was chosen on the three written pairs in tests/data/insights/plans_kept: 0.2 to 0.3 judge all
22 items right there (before the manner words were set aside, 0.25 to 0.3: shared genre words
such as 每季度 and 坚持 made matches on their own); higher, reworded accounts are missed. Titles, headings, signatures and date lines
are never items and never accounts.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ...text.sentences import split_sentences

try:  # another stage's tokenizer; character bigrams keep this module usable without it
    from ...text.tokenize import tokenize as _tokenize  # deferred: loads jieba
except ImportError:  # pragma: no cover - only while the segmentation stage is missing
    def _tokenize(text: str) -> list[str]:
        compact = re.sub(r"[\s\W_]+", "", text)
        return [compact[i:i + 2] for i in range(len(compact) - 1)]

THRESHOLD = 0.3
MIN_SHARED_BIGRAMS = 2
MIN_ITEM_CHARS = 8
PLAN_MARKER = re.compile(
    r"(今后|下一步|明年|来年|新的一年|下学期|下半年|下一年度?|\d{4}年|20[x×＊*]{2}年)[^。\n]{0,8}"
    r"(工作)?(计划|打算|设想|思路|安排|重点|要点|目标)|工作(计划|设想|打算|思路)"
)
NOT_ITEMS = re.compile(r"指导思想|总体要求|总体目标|工作目标|主要目标|基本思路|^[\s\d一二三四五六七八九十、.．()（）]*$")
_TITLE_LINE = re.compile(r"(计划|要点|安排|总结|打算)\s*$")
# What an account of an item says when the item was not done: failed, not yet, postponed,
# cancelled, or "because of … not". 未 alone is not enough (未成年, 未发生事故 are no excuses).
NOT_DONE = re.compile(
    r"未能|没能|尚未|未(?:按期|如期|按时|及时)?(?:举行|举办|开展|召开|完成|落实|实现|签订?|组织|组建|建立|成立|提交)"
    r"|没有(?:按期|如期|按时)?(?:举行|举办|开展|召开|完成|落实|实现|签订?|组织|组建|建立|成立)|工作没有完成"
    r"|推迟|延期|延后|改期|取消|暂停|搁置|暂缓|因[^，。；\n]{1,15}(?:未|没|无法|不能|不再)"
)
_DATE_LINE = re.compile(
    r"^[\s（(]*(?:\d{4}|[〇○零一二三四五六七八九]{4}|20[xX×＊*]{2})\s*年"
    r"(?:\s*[\d一二三四五六七八九十]{1,3}\s*月(?:\s*[\d一二三四五六七八九十]{1,3}\s*[日号])?)?[\s）)]*$"
)
_SIGNATURE_LINE = re.compile(r"^[^\s，。；：、,.;:!?！？“”]{2,30}(?:工会(?:委员会)?|委员会|学校|小学|中学|幼儿园|医院|公司|局)$")
_HEADING_LINE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．])[^。；！？]{0,18}$")
_LIST_INTRO = re.compile(r"(?:做好|抓好|开展|完成)(?:了)?以下|如下[:：。]?$|现(?:将|把)[^。]{0,12}(?:计划|总结|安排)")
STATUSES = ("kept", "not_done", "no_account")
_CLAUSE = re.compile(r"[，；,;]")
_ORG_TAIL = re.compile(r"(教育工会|工会委员会|工会|委员会)$")

PAIR_COLUMNS = ["pair_id", "org", "year", "plan_doc", "plan_title", "summary_doc", "summary_title",
                "n_items", "n_kept", "follow_through"]
ITEM_COLUMNS = ["pair_id", "plan_doc", "item_id", "item", "best_match", "similarity", "status", "kept"]


def is_furniture(line: str) -> bool:
    """True for a line that is a title, a signature or a date, never an item or an account."""
    line = line.strip()
    return bool(_DATE_LINE.match(line) or _SIGNATURE_LINE.match(line)
                or (_TITLE_LINE.search(line) and not re.search("[，。；]", line)))


def _content_lines(text: str) -> str:
    return "\n".join(line for line in (text or "").splitlines() if line.strip() and not is_furniture(line))


def org_key(org) -> str | None:
    """Organisation name for pairing: without white space and a trailing 工会 or 委员会."""
    if org is None or (isinstance(org, float) and np.isnan(org)):
        return None
    key = re.sub(r"\s+", "", str(org))
    key = _ORG_TAIL.sub("", key) or key
    return key or None


def split_report(text: str, sections: pd.DataFrame | None = None) -> tuple[str, pd.DataFrame | None, str, pd.DataFrame | None]:
    """Split a report into (look-back text, its sections, plan text, its sections).

    The plan part starts at the first heading that announces plans (今后工作打算, 下一步工作
    计划, 2020年工作要点 ...); without such a heading, at the first such phrase in the text.
    When nothing announces plans the whole text is look-back and the plan part is empty.
    """
    if sections is not None and len(sections):
        secs = sections.sort_values("section_id").reset_index(drop=True)
        hits = secs.index[secs["level"].ge(1) & secs["heading"].fillna("").map(lambda h: bool(PLAN_MARKER.search(h)))]
        if len(hits):
            cut = hits[0]
            back, ahead = secs.iloc[:cut], secs.iloc[cut:]
            return _join(back), back, _join(ahead), ahead
        return _join(secs), secs, "", secs.iloc[0:0]
    m = PLAN_MARKER.search(text or "")
    if not m:
        return text or "", None, "", None
    start = (text or "").rfind("\n", 0, m.start()) + 1
    return text[:start], None, text[start:], None


def _join(secs: pd.DataFrame) -> str:
    return "\n".join(f"{h or ''}\n{t or ''}".strip() for h, t in zip(secs["heading"], secs["text"]))


def plan_items(text: str, sections: pd.DataFrame | None = None) -> list[tuple[str, str]]:
    """(item_id, text) of a plan: its leaf sections with headings, else its sentences."""
    items: list[tuple[str, str]] = []
    if sections is not None and len(sections):
        parents = set(sections["parent_id"].dropna())
        for rec in sections.itertuples(index=False):
            if rec.level < 1 or rec.section_id in parents:
                continue
            heading = (rec.heading or "").strip()
            if NOT_ITEMS.search(heading) and heading:
                continue
            if is_furniture(heading):
                continue
            body = _content_lines(f"{heading}\n{rec.text or ''}")
            if len(re.sub(r"[\s\W_]+", "", body)) >= MIN_ITEM_CHARS:
                items.append((rec.section_id, body))
    if not items:
        for k, (_s, _e, sentence) in enumerate(split_sentences(text or "")):
            if len(re.sub(r"[\s\W_]+", "", sentence)) >= MIN_ITEM_CHARS and not NOT_ITEMS.search(sentence) \
                    and not _TITLE_LINE.search(sentence) and not is_furniture(sentence) \
                    and not _LIST_INTRO.search(sentence):
                items.append((f"sent{k + 1:03d}", sentence))
    return items


def match_items(items: list[tuple[str, str]], summary_text: str, threshold: float = THRESHOLD) -> pd.DataFrame:
    """Best-matching summary sentence for each plan item, its cosine similarity and status.

    Headings, titles, signatures and dates of the summary are not accounts of anything.
    """
    columns = ["item_id", "item", "best_match", "similarity", "status", "kept"]
    sentences = [s for _a, _b, s in split_sentences(summary_text or "")
                 if len(s) >= 6 and not is_furniture(s) and not _HEADING_LINE.match(s)]
    rows = []
    if not items:
        return pd.DataFrame(rows, columns=columns)
    if not sentences:
        return pd.DataFrame([{"item_id": i, "item": t, "best_match": None, "similarity": 0.0,
                              "status": "no_account", "kept": False} for i, t in items], columns=columns)
    # Items and summary sentences are compared whole, sentence by sentence and clause by clause:
    # a long section and one long summary sentence share few words even when one clause of the
    # sentence reports exactly one clause of the item. The account shown is the whole sentence.
    pieces, owner = [], []
    for k, (_i, text) in enumerate(items):
        parts = [text] + [s for _a, _b, s in split_sentences(text) if len(s) >= 6]
        parts += [c for part in parts[1:] for c in _CLAUSE.split(part) if len(c) >= 6 and c != part]
        pieces.extend(parts)
        owner.extend([k] * len(parts))
    candidates, sentence_of = [], []
    for k, sentence in enumerate(sentences):
        clauses = [c for c in _CLAUSE.split(sentence) if len(c) >= 6]
        for part in [sentence] + (clauses if len(clauses) > 1 else []):
            candidates.append(part)
            sentence_of.append(k)
    sims = _similarities(pieces, candidates)
    owner_arr = np.array(owner)
    for k, (item_id, text) in enumerate(items):
        block = sims[owner_arr == k]
        flat = int(block.argmax())
        best = float(block.flat[flat])
        match = sentences[sentence_of[flat % len(candidates)]]
        status = "no_account" if best < threshold else ("not_done" if NOT_DONE.search(match) else "kept")
        rows.append({"item_id": item_id, "item": text, "best_match": match, "similarity": best,
                     "status": status, "kept": status == "kept"})
    return pd.DataFrame(rows, columns=columns)


#: Words that say how often or how keenly, not what: 坚持每周…, 每学期开展一次…. Shared by a plan
#: item and an unrelated summary sentence (坚持每周三政治学习), they made a match on their own.
_MANNER = re.compile(
    r"^(?:每[\d一二两三四五六七八九十]*个?(?:周|星期|月|季度?|学期|学年|年|天|日)[一二三四五六日天末]?"
    r"|[\d一二两三四五六七八九十]+次|坚持|继续|不断|定期|经常|按时|按期|及时|认真|切实|积极|努力|进一步"
    r"|全年|全面|深入|扎实|持续|常态化|长期|始终|务必)$"
)


def match_words(text: str) -> list[str]:
    """The words a plan item and its account are compared by: content words without the
    words of frequency and manner (`_MANNER`)."""
    return [word for word in _tokenize(text) if not _MANNER.match(word)]


def _word_bigrams(text: str) -> set[str]:
    return {word[i:i + 2] for word in match_words(text) for i in range(len(word) - 1)} or {""}


def _similarities(pieces: list[str], candidates: list[str]) -> np.ndarray:
    """TF-IDF cosine between plan pieces and summary candidates, zero where they share fewer than
    MIN_SHARED_BIGRAMS character pairs of content words: one shared word is no account, and
    pairs rather than words, because 困难职工档案 is one word and 困难职工…档案 two."""
    # deferred: ingest imports this package for its measures, and scikit-learn (with scipy.stats) costs a second
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    vectorizer = TfidfVectorizer(tokenizer=match_words, lowercase=False, token_pattern=None, sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform(pieces + candidates)
    except ValueError:  # no tokens at all
        return np.zeros((len(pieces), len(candidates)))
    sims = cosine_similarity(matrix[: len(pieces)], matrix[len(pieces):])
    marks = CountVectorizer(analyzer=_word_bigrams, binary=True).fit_transform(pieces + candidates)
    shared = (marks[: len(pieces)] @ marks[len(pieces):].T).toarray()
    return np.where(shared >= MIN_SHARED_BIGRAMS, sims, 0.0)


def _sources(documents: pd.DataFrame, sections: pd.DataFrame | None) -> tuple[list[dict], list[dict]]:
    by_doc = dict(tuple(sections.groupby("doc_id"))) if sections is not None and len(sections) else {}
    plans, summaries = [], []
    for rec in documents.itertuples(index=False):
        if getattr(rec, "on_topic", True) is False:
            continue
        key, year = org_key(getattr(rec, "org", None)), getattr(rec, "year", None)
        if key is None or year is None or pd.isna(year):
            continue
        year = int(year)
        secs = by_doc.get(rec.doc_id)
        base = {"doc_id": rec.doc_id, "title": getattr(rec, "title", None), "org": rec.org, "key": key}
        text = getattr(rec, "text", "") or ""
        if rec.kind == "plan":
            plans.append({**base, "year": year, "text": text, "sections": secs})
        elif rec.kind == "summary":
            summaries.append({**base, "year": year, "text": text})
        elif rec.kind == "report":
            back, _bs, ahead, ahead_secs = split_report(text, secs)
            summaries.append({**base, "year": year, "text": back})
            if ahead.strip():
                plans.append({**base, "year": year + 1, "text": ahead, "sections": ahead_secs})
    return plans, summaries


def match_plans(documents: pd.DataFrame, sections: pd.DataFrame | None = None,
                threshold: float = THRESHOLD) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Pair plans with summaries of the same organisation and year; return (pairs, items).

    `follow_through` is the share of a plan's items whose best summary sentence reaches
    THRESHOLD. Both tables are empty when the corpus holds no such pair.
    """
    plans, summaries = _sources(documents, sections)
    by_key: dict[tuple[str, int], list[dict]] = {}
    for s in summaries:
        by_key.setdefault((s["key"], s["year"]), []).append(s)
    pair_rows, item_frames = [], []
    for plan in plans:
        for summary in by_key.get((plan["key"], plan["year"]), []):
            if summary["doc_id"] == plan["doc_id"] and summary["year"] == plan["year"]:
                continue
            pair_id = f"{plan['doc_id']}~{summary['doc_id']}"
            items = plan_items(plan["text"], plan["sections"])
            matched = match_items(items, summary["text"], threshold)
            matched.insert(0, "plan_doc", plan["doc_id"])
            matched.insert(0, "pair_id", pair_id)
            item_frames.append(matched)
            n_kept = int(matched["kept"].sum())
            pair_rows.append({
                "pair_id": pair_id, "org": plan["org"], "year": plan["year"],
                "plan_doc": plan["doc_id"], "plan_title": plan["title"],
                "summary_doc": summary["doc_id"], "summary_title": summary["title"],
                "n_items": len(matched), "n_kept": n_kept,
                "follow_through": (n_kept / len(matched)) if len(matched) else None,
            })
    pairs = pd.DataFrame(pair_rows, columns=PAIR_COLUMNS)
    items_df = (pd.concat(item_frames, ignore_index=True) if item_frames
                else pd.DataFrame(columns=ITEM_COLUMNS))[ITEM_COLUMNS]
    return pairs, items_df
