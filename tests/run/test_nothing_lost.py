"""Nothing lost silently: what cleaning removed shows in problems.csv; boilerplate across a run."""

from __future__ import annotations

import pandas as pd

from unionmine.run import pipeline

BODY = [
    "过去一年，桂园中学工会在学校党总支领导下，紧扣教育教学中心工作，较好完成了年初确定的各项任务。",
    "一、健全民主管理",
    "学校召开二届三次教代会，审议通过了职称评审方案和校服采购办法，代表提案十二件全部答复。",
    "二、办好教职工实事",
    "工会为全体教职工办理了互助保险，慰问生病住院教师七人次，为新婚教师送去贺礼。",
    "三、丰富文体生活",
    "举办了教职工气排球赛和迎新年合唱比赛，组织青年教师赴革命老区开展主题研学。",
    "桂园中学工会",
    "2022年1月6日",
]


def _problems(out) -> pd.DataFrame:
    return pd.read_csv(out / "problems.csv", encoding="utf-8-sig")


def _docs(out) -> pd.DataFrame:
    return pd.read_parquet(out / "documents.parquet")


def test_related_tab_under_date_keeps_the_article(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    page = ["桂园中学2021年工会工作总结", "更新时间：2022-01-08 15:40:02", "相关推荐", *BODY]
    (corpus / "page.txt").write_text("\n".join(page), encoding="utf-8")
    pipeline.ingest([corpus], tmp_path / "out", progress=False, use_cache=False)
    text = _docs(tmp_path / "out")["text"].iloc[0]
    assert all(line in text for line in BODY)


def test_heavy_cleaning_and_short_article_are_warned(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    chrome = [f"上一篇：桂园中学第{i}届教职工运动会秩序册与成绩公告汇编" for i in range(1, 12)]
    page = ["桂园中学工会简讯", "本周工会组织了慰问。", *chrome]
    (corpus / "thin.txt").write_text("\n".join(page), encoding="utf-8")
    pipeline.ingest([corpus], tmp_path / "out", progress=False, use_cache=False)
    reasons = " ".join(_problems(tmp_path / "out").query("stage == 'clean warning'")["reason"])
    assert "cleaning removed" in reasons and "chrome:prev_next" in reasons
    assert "Chinese characters after cleaning" in reasons


def test_hidden_text_and_mojibake_are_warned(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    garbled = "学校工会召开了教职工代表大会，审议通过了绩效工资方案。".encode().decode("gbk", errors="replace")
    page = ["桂园中学工会工作总结", *BODY[:3], "……此处隐藏1520个字……", *BODY[3:], garbled]
    (corpus / "p.txt").write_text("\n".join(page), encoding="utf-8")
    pipeline.ingest([corpus], tmp_path / "out", progress=False, use_cache=False)
    reasons = " ".join(_problems(tmp_path / "out")["reason"])
    assert "hidden-text marker" in reasons and "1,520" in reasons
    assert "garbled" in reasons
    assert len(_docs(tmp_path / "out")) == 2  # split at the marker, not merged


def test_lines_recurring_in_many_files_are_dropped(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    for k, school in enumerate(["桂园中学", "榕树小学", "江滨中学", "北岭小学"]):
        body = [line.replace("桂园中学", school) for line in BODY[:-1]]  # signed, undated
        page = ["快乐写作 帮您成文", f"{school}202{k}年工会工作总结", *body, "青柚文秘 学习园地"]
        (corpus / f"p{k}.txt").write_text("\n".join(page), encoding="utf-8")
    pipeline.ingest([corpus], tmp_path / "plain", progress=False, use_cache=False, find_boilerplate=False)
    # under the text no line feature catches it (under a closing date the page's own evidence would:
    # chrome_head.after_the_end; above the text the span pass takes a short line anyway)
    assert all("青柚文秘" in text for text in _docs(tmp_path / "plain")["text"])
    pipeline.ingest([corpus], tmp_path / "out", progress=False, use_cache=False)
    docs = _docs(tmp_path / "out")
    for text in docs["text"]:
        assert "快乐写作" not in text and "青柚文秘" not in text
        assert "一、健全民主管理" in text and text.splitlines()[-1].endswith("工会")
    assert found_boilerplate(corpus)


def found_boilerplate(corpus) -> bool:
    tasks = pipeline.find_tasks([corpus])
    found = pipeline.collect_boilerplate(tasks)
    return "快乐写作帮您成文" in found and not any("健全民主管理" in line for line in found)


def test_cleaning_warnings_have_codes_and_chinese_reasons(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    garbled = "学校工会召开了教职工代表大会，审议通过了绩效工资方案。".encode().decode("gbk", errors="replace")
    page = ["桂园中学工会工作总结", *BODY[:3], "……此处隐藏1520个字……", *BODY[3:], garbled]
    (corpus / "p.txt").write_text("\n".join(page), encoding="utf-8")
    pipeline.ingest([corpus], tmp_path / "out", progress=False, use_cache=False)
    problems = _problems(tmp_path / "out").set_index("code")
    assert {"hidden_text", "mojibake"} <= set(problems.index)
    assert "隐藏" in problems.loc["hidden_text", "reason_zh"] and "乱码" in problems.loc["mojibake", "reason_zh"]
