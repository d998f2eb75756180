"""The five real seed pages, end to end through clean -> split -> describe."""

from pathlib import Path

import pytest

from unionmine.documents.clean import clean_text
from unionmine.documents.describe import describe_article
from unionmine.documents.duplicates import mark_duplicates
from unionmine.documents.split import split_articles

SEEDS = Path(__file__).resolve().parents[2] / "corpus" / "raw"
EXPECTED_COUNTS = {"000": 12, "001": 1, "002": 3, "003": 16, "004": 2}
JUNK = ["发表时间", "下载文档", "温馨提示", "相关推荐", "猜你喜欢", "大家正在看", "第4页", "_第1页", "f215.Com"]


def _normalise(text: str) -> str:
    try:
        from unionmine.text.normalize import normalize_text
    except ImportError:  # the reading stage is not there yet
        return text.replace("\r\n", "\n")
    return normalize_text(text)


@pytest.fixture(scope="module", params=["normalised", "as_stored"])
def articles(request):
    """Both the reading stage's canonical form (full-width punctuation) and the raw pages."""
    prepare = _normalise if request.param == "normalised" else (lambda t: t)
    rows = []
    for path in sorted(SEEDS.glob("*.txt")):
        page = clean_text(prepare(path.read_text(encoding="utf-8")))
        for k, art in enumerate(split_articles(page), 1):
            row = describe_article(art.title, art.text)
            row.update(doc_id=f"{path.name[:3]}#{k}", seed=path.name[:3], title=art.title, text=art.text)
            rows.append(row)
    return mark_duplicates(rows)


def test_article_counts(articles):
    counts = {}
    for r in articles:
        counts[r["seed"]] = counts.get(r["seed"], 0) + 1
    assert counts == EXPECTED_COUNTS
    assert len(articles) == 34


def test_no_junk_left(articles):
    for r in articles:
        for junk in JUNK:
            assert junk.lower() not in r["text"].lower(), (r["doc_id"], junk)


def test_named_organisations_found(articles):
    orgs = {r["org"]: r for r in articles if r["org"]}
    for name, org_type in [("平望镇中心小学", "school"), ("甘浚镇中心学校", "school"), ("五马中学", "school"),
                           ("新碧镇教育工会", "education_union"), ("运河区教育工会", "education_union"),
                           ("中央财经大学", "university")]:
        assert name in orgs and orgs[name]["org_type"] == org_type, name


def test_years(articles):
    by_org = {r["org"]: r for r in articles if r["org"]}
    assert by_org["平望镇中心小学"]["year"] == 2017 and by_org["平望镇中心小学"]["year_source"] == "title"
    assert by_org["甘浚镇中心学校"]["year"] == 2019 and by_org["甘浚镇中心学校"]["kind"] == "report"
    # The compilation's own year (2026 in "2026年工会工作计划表(20篇)") is not given to its articles.
    assert all(r["year"] != 2026 for r in articles if r["seed"] == "003")


def test_off_topic_articles(articles):
    off = sorted(r["doc_id"] for r in articles if not r["on_topic"])
    assert len(off) == 4
    titles = [r["title"] for r in articles if not r["on_topic"]]
    assert sum("亮点工作汇报材料" in t for t in titles) == 2
    texts = [r["text"] for r in articles if not r["on_topic"]]
    assert any("人大" in t[:100] for t in texts) and any("宿舍" in t[:100] for t in texts)


def test_duplicate_pairs(articles):
    pairs = [(r["duplicate_of"], r["doc_id"]) for r in articles if r["duplicate_of"]]
    assert len(pairs) >= 2
    ids = [r["doc_id"] for r in articles]
    assert all(ids.index(a) < ids.index(b) for a, b in pairs)
    highlights = [r["doc_id"] for r in articles if "亮点工作汇报材料" in r["title"]]
    assert (highlights[0], highlights[1]) in pairs
