"""Lexicon terms for wording met on real documents (themes6), and the authored rows written for
the errors left on the two labelled real sets. Fixtures are invented sentences."""

import json
from collections import Counter
from pathlib import Path

from conftest import check_authored_rows

from unionmine.schema import THEMES
from unionmine.themes import LexiconScorer

FOLDER = Path(__file__).resolve().parents[2] / "unionmine" / "data" / "annotations"
ROWS = FOLDER / "authored_real_errors.jsonl"


def _found(text: str, theme: str) -> dict[str, float]:
    return dict(LexiconScorer().explain([text], top=20)[0][theme])


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_union_safety_supervision_and_dispute_work_is_rights():
    lex = LexiconScorer()
    rights = THEMES.index("维权")
    texts = ["各车间配齐兼职群监员，每班随班检查作业面。",
             "街道工会本季度调处劳资纠纷五起，帮职工追回工资。",
             "区总工会法律志愿服务队进园区为职工答疑。",
             "工会监督员参加季度隐患排查，提出整改意见。"]
    p = lex.predict_proba(texts)
    assert (p[:, rights] > 0.5).all(), p[:, rights]
    # the gap term: 法律 and 服务 a few characters apart in one clause, not across a sentence
    assert "法律…服务" in _found("成立工会法律志愿服务站", "维权")
    assert "法律…服务" not in _found("学习法律。服务群众", "维权")
    # campus safety is still not rights work
    assert p[0, rights] > lex.predict_proba(["开展校园安全隐患检查，保障学生安全"])[0, rights]


def test_staff_reading_rooms_and_day_trips_are_culture():
    lex = LexiconScorer()
    sport = THEMES.index("文体活动")
    p = lex.predict_proba(["工会建成职工书屋，藏书三千册，晚上对职工开放。",
                           "組織會員郊外一日游，共八十人報名。",
                           "举办迎春联欢，各科室出节目。"])
    assert (p[:, sport] > 0.5).all(), p[:, sport]
    # a political study class is not a reading club
    assert "读书" not in _found("组织党员干部参加理论读书班", "文体活动")


def test_staff_congress_under_other_names_is_democratic_management():
    democ = THEMES.index("民主管理")
    p = LexiconScorer().predict_proba(["医院召开二届三次职工（会员）代表大会，审议院长报告。",
                                       "组织代表出席双代会"])
    assert (p[:, democ] > 0.5).all(), p[:, democ]
    assert "职工…代表大会" in _found("召开职工(会员)代表大会", "民主管理")


def test_authored_rows_for_real_errors_are_complete_training_rows():
    rows = _read(ROWS)
    assert len(rows) >= 30
    check_authored_rows(rows)
    # imagined documents of their own: no article number shared with the other authored files
    per_doc = Counter(r["article"] for r in rows)
    for other in ("authored.jsonl", "authored_registers.jsonl"):
        assert not {r["article"] for r in _read(FOLDER / other)} & set(per_doc)
    assert min(per_doc.values()) >= 2
    # every theme and 其他 has examples; some rows carry two or more themes
    labels = Counter(t for r in rows for t in r["labels"])
    assert all(labels[t] >= 3 for t in [*THEMES, "其他"]), labels
    assert sum(len(r["labels"]) > 1 for r in rows) >= 5
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    assert f"| authored_real_errors | {len(rows)} |" in readme
