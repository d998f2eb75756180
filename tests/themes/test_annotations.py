"""The gold theme annotations (sections.jsonl) and the authored training examples keep their promises."""

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PATH = ROOT / "unionmine" / "data" / "annotations" / "sections.jsonl"
CODEBOOK = ROOT.parent / "shared" / "CODEBOOK.md"
THEMES = ["维权", "送温暖", "文体活动", "民主管理"]
OTHER = "其他"
FIELDS = {"id", "source", "article", "heading", "text", "labels", "split", "note"}


@pytest.fixture(scope="module")
def records() -> list[dict]:
    lines = PATH.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def grams(text: str, n: int = 4) -> set[str]:
    text = re.sub(r"\s+", "", text)
    return {text[i : i + n] for i in range(max(len(text) - n + 1, 1))}


def test_every_line_is_a_complete_record(records):
    assert records
    for r in records:
        assert set(r) == FIELDS, r.get("id")
        assert isinstance(r["article"], int) and r["article"] >= 1
        assert r["text"].strip() and len(r["text"]) >= 15
        assert r["heading"] == "" or r["text"].startswith(r["heading"])
        assert re.fullmatch(r"[0-9a-f]{12}", r["id"])


def test_file_is_utf8_without_ascii_escapes():
    raw = PATH.read_text(encoding="utf-8")
    assert "\\u" not in raw  # written with ensure_ascii=False


def test_ids_unique(records):
    ids = Counter(r["id"] for r in records)
    assert [k for k, n in ids.items() if n > 1] == []


def test_at_least_400_units_over_all_seed_files(records):
    assert len(records) >= 400
    seeds = sorted(p.name for p in (ROOT / "corpus" / "raw").glob("*.txt"))
    assert sorted({r["source"] for r in records}) == seeds


def test_sorted_by_source_and_article(records):
    keys = [(r["source"], r["article"]) for r in records]
    assert keys == sorted(keys)


def test_labels_come_from_the_codebook(records):
    if CODEBOOK.exists():  # the shared codebook is the authority when present
        text = CODEBOOK.read_text(encoding="utf-8")
        for theme in THEMES + [OTHER]:
            assert f"| {theme} (" in text
    for r in records:
        assert r["labels"], r["id"]
        assert set(r["labels"]) <= set(THEMES + [OTHER]), r["id"]
        assert len(set(r["labels"])) == len(r["labels"]), r["id"]


def test_other_only_alone(records):
    bad = [r["id"] for r in records if OTHER in r["labels"] and len(r["labels"]) > 1]
    assert bad == []


def test_split_values_and_share(records):
    splits = Counter(r["split"] for r in records)
    assert set(splits) == {"train", "test"}
    share = splits["test"] / len(records)
    assert 0.25 <= share <= 0.35, share


def test_split_is_by_article(records):
    per_article = defaultdict(set)
    for r in records:
        per_article[(r["source"], r["article"])].add(r["split"])
    mixed = [k for k, v in per_article.items() if len(v) > 1]
    assert mixed == []


def test_no_near_duplicate_text_across_splits(records):
    test = [(r, grams(r["text"])) for r in records if r["split"] == "test"]
    train = [(r, grams(r["text"])) for r in records if r["split"] == "train"]
    leaks = []
    for a, ga in test:
        for b, gb in train:
            if len(ga & gb) / len(ga | gb) > 0.6:
                leaks.append((a["id"], b["id"]))
    assert leaks == []


def test_every_theme_has_20_test_positives(records):
    pos = Counter(t for r in records if r["split"] == "test" for t in r["labels"])
    for theme in THEMES:
        assert pos[theme] >= 20, (theme, pos[theme])


def test_every_theme_also_has_train_positives(records):
    pos = Counter(t for r in records if r["split"] == "train" for t in r["labels"])
    for theme in THEMES:
        assert pos[theme] >= 10, (theme, pos[theme])


def test_codebook_hard_cases_are_covered(records):
    """The labelling guide's hard cases occur in the gold data with the codebook's answer."""

    def units(pattern: str) -> list[dict]:
        return [r for r in records if re.search(pattern, r["text"])]

    # 劳动竞赛 alone is never 文体活动.
    contests = [
        r
        for r in units(r"劳动竞赛")
        if not re.search(r"球|运动会|文体|卡拉|歌|舞|登山|游", r["text"])
    ]
    assert contests and all("文体活动" not in r["labels"] for r in contests)
    # Gynaecological checks for women workers carry 维权 and 送温暖.
    gyn = units(r"妇科")
    assert gyn and all({"维权", "送温暖"} <= set(r["labels"]) for r in gyn)
    # Visits to the sick (探望) are 送温暖.
    visits = units(r"探望")
    assert visits and all("送温暖" in r["labels"] for r in visits)
    # Multi-label units exist (a heading naming two themes whose body does both).
    assert sum(len(r["labels"]) > 1 for r in records) >= 10
    # Guiding-ideology paragraphs that only name 维护合法权益 are 其他.
    slogans = [
        r
        for r in units(r"维护教职工合法权益")
        if r["heading"] == "" and re.search(r"指导|领导下|为指引", r["text"][:80])
    ]
    assert slogans and sum(r["labels"] == [OTHER] for r in slogans) >= len(slogans) // 2


def test_hard_case_decisions_are_noted(records):
    multi = [r for r in records if len(r["labels"]) > 1]
    assert sum(bool(r["note"]) for r in multi) >= len(multi) * 0.8


# --- authored.jsonl: written examples, training only -------------------------------------------

AUTHORED = ROOT / "unionmine" / "data" / "annotations" / "authored.jsonl"


@pytest.fixture(scope="module")
def authored() -> list[dict]:
    lines = AUTHORED.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_authored_records_are_complete_and_all_train(authored):
    import hashlib

    assert len(authored) >= 350
    for r in authored:
        assert set(r) == FIELDS, r.get("id")
        assert r["source"] == "authored" and r["split"] == "train", r["id"]
        assert isinstance(r["article"], int) and r["article"] >= 1
        assert r["id"] == hashlib.sha1(("authored|" + r["text"]).encode("utf-8")).hexdigest()[:12]
        assert len(r["text"]) >= 15 and (r["heading"] == "" or r["text"].startswith(r["heading"]))
        assert r["labels"] and set(r["labels"]) <= set(THEMES + [OTHER]), r["id"]
        assert len(set(r["labels"])) == len(r["labels"]), r["id"]
        assert not (OTHER in r["labels"] and len(r["labels"]) > 1), r["id"]
    assert "\\u" not in AUTHORED.read_text(encoding="utf-8")


def test_ids_unique_across_files(records, authored):
    ids = Counter(r["id"] for r in records + authored)
    assert [k for k, n in ids.items() if n > 1] == []


def test_authored_documents_allow_grouped_cross_validation(authored):
    per_doc = Counter(r["article"] for r in authored)
    assert len(per_doc) >= 40 and min(per_doc.values()) >= 3
    pos = Counter(t for r in authored for t in r["labels"])
    for theme in THEMES:
        assert pos[theme] >= 50, (theme, pos[theme])
    assert pos[OTHER] >= len(authored) // 4  # confusable 其他 units, not only positives
    assert sum(len(r["labels"]) > 1 for r in authored) >= 20


def test_authored_units_are_not_copies_of_the_seed_units(records, authored):
    seed = [grams(r["text"]) for r in records]
    copies = []
    for a in authored:
        ga = grams(a["text"])
        if any(len(ga & g) / len(ga | g) > 0.5 for g in seed):
            copies.append(a["id"])
    assert copies == []


def test_authored_follow_the_codebook_hard_cases(authored):
    def units(pattern: str) -> list[dict]:
        return [r for r in authored if re.search(pattern, r["text"])]

    assert all("文体活动" not in r["labels"] for r in units(r"劳动竞赛") if not re.search(r"球|运动会|文艺|歌", r["text"]))
    assert all({"维权", "送温暖"} <= set(r["labels"]) for r in units(r"妇科"))
    assert all("送温暖" in r["labels"] for r in units(r"探望"))
    family_planning = units(r"环孕|查环|环孕检查")
    assert family_planning and all("维权" not in r["labels"] for r in family_planning)


def test_the_readme_counts_the_authored_file(authored):
    readme = (ROOT / "unionmine" / "data" / "annotations" / "README.md").read_text(encoding="utf-8")
    assert "authored.jsonl" in readme and f"| authored | {len(authored)} |" in readme


def test_loader_reads_every_file_and_keeps_authored_rows_in_train(tmp_path):
    from unionmine.errors import UsageError
    from unionmine.themes import load_annotations

    data = load_annotations(ROOT / "unionmine" / "data" / "annotations", themes=THEMES)
    assert set(data[data.source == "authored"].split) == {"train"}
    assert (data.split == "test").sum() == sum(1 for line in PATH.read_text(encoding="utf-8").splitlines()
                                                if line.strip() and json.loads(line)["split"] == "test")
    assert data[data.split == "test"].source.ne("authored").all()
    # an authored row that claims to be test is still training data
    row = {"id": "a1", "source": "authored", "article": 1, "text": "慰问生病住院的教职工。", "labels": ["送温暖"], "split": "test"}
    (tmp_path / "authored.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    assert load_annotations(tmp_path).split.tolist() == ["train"]
    # the same id in two files is refused
    (tmp_path / "more.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(UsageError, match="already used"):
        load_annotations(tmp_path)
