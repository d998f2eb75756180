"""The article's title line is not a section: it adds no 其他 row to the theme shares and counts."""

from __future__ import annotations

from unionmine.run.chain import FileTask, process_file
from unionmine.sections.parse import is_title_line, parse_sections

TITLE = "松岭镇第三小学2022年工会工作总结"
ARTICLE = f"""{TITLE}

一年来，松岭镇第三小学工会在镇教育工会的指导下，紧紧围绕学校中心工作开展工作。

一、关心教职工生活
春节前走访慰问困难教职工六人，送去慰问金四千二百元；教师生病住院，工会委员及时到医院看望。
二、丰富文体活动
举办教职工拔河比赛和乒乓球比赛，组织全体教职工参加镇第五届教职工气排球联赛。
三、推进民主管理
召开第二届第四次教职工代表大会，审议通过绩效工资分配方案，校务公开栏按月公布收支情况。
"""


def test_the_title_line_gets_no_row():
    plain = parse_sections("d", ARTICLE)
    rows = parse_sections("d", ARTICLE, title=TITLE)
    assert plain[0]["text"] == TITLE and plain[0]["level"] == 0  # without the title it is a row
    assert len(rows) == len(plain) - 1
    assert [r["text"] for r in rows] == [r["text"] for r in plain[1:]]
    assert rows[0]["section_id"] == "d-s001" and rows[0]["text"].startswith("一年来")
    assert all(TITLE not in r["heading"] + r["text"] for r in rows)


def test_only_a_first_line_that_repeats_the_title():
    # white space and punctuation aside
    assert is_title_line("松岭镇第三小学 2022年 工会工作总结", TITLE)
    assert is_title_line("《松岭镇第三小学2022年工会工作总结》", TITLE)
    assert not is_title_line("松岭镇第三小学工会", TITLE)  # a name line above the title is text
    assert not is_title_line(TITLE, None) and not is_title_line(TITLE, "")
    # a first paragraph that is not the title stays
    text = "松岭镇第三小学工会\n\n" + ARTICLE
    assert parse_sections("d", text, title=TITLE)[0]["text"] == "松岭镇第三小学工会"
    # the title said again further on is text
    again = "一年来工作如下。\n\n" + TITLE + "\n\n一、关心教职工生活\n走访慰问困难教职工。"
    assert [r["text"] for r in parse_sections("d", again, title=TITLE)][:2] == ["一年来工作如下。", TITLE]


def test_an_article_that_is_only_its_title_keeps_its_row():
    assert [r["text"] for r in parse_sections("d", TITLE + "\n", title=TITLE)] == [TITLE]
    # a title line over headings alone is still no section
    rows = parse_sections("d", f"{TITLE}\n一、关心教职工生活\n走访慰问困难教职工。", title=TITLE)
    assert [r["heading"] for r in rows] == ["一、关心教职工生活"]


def test_the_chain_keeps_the_title_on_the_article_and_out_of_the_shares(tmp_path):
    path = tmp_path / f"{TITLE}.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = process_file(FileTask(str(path), path.name))
    [record] = result["documents"]
    assert record["title"] == TITLE and record["text"].startswith(TITLE)  # the article keeps it
    sections = result["sections"]
    assert sections and all(TITLE not in r["heading"] + r["text"] for r in sections)
    assert len(sections) == len(parse_sections(record["doc_id"], record["text"])) - 1
    [profile] = result["profiles"]
    # every unit counted in the shares is a section's: the title's characters are not among them
    counted = sum(r["n_chars"] for r in sections)
    assert profile["n_chars_profiled"] == counted == len("".join(record["text"].split())) - len(TITLE)
