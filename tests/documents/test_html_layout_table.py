"""A page laid out in one table (<table><tr><td> around the whole page, as older university and government sites
are): the article it wraps is read once, not again as a flattened table row (USER9: a university news page)."""

from unionmine.documents.read import read_document

BODY = [
    "5月12日，青禾大学化学化工学院分工会在东区体育馆举办教职工气排球比赛，学院八个系的教职工参加。",
    "比赛分小组赛和决赛两个阶段，经过一天角逐，有机化学系代表队获得冠军。",
    "分工会主席表示，将把气排球作为学院教职工的常设项目，每学期组织一次。",
    "（化学化工学院分工会）",
]


def _page(extra: str = "") -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>化学化工学院分工会举办教职工气排球比赛-青禾大学</title>"
        "</head><body><table width='1000' align='center' border='0'><tbody><tr><td>"
        "<div class='top'>青禾大学新闻中心</div><div class='menu'><a>首页</a> | <a>青禾要闻</a> | <a>学院动态</a></div>"
        "<div class='pos'>您的位置：首页 &gt; 学院动态</div>"
        f"<div class='article'><h2>化学化工学院分工会举办教职工气排球比赛</h2><div class='meta'>日期：2024-05-13　"
        f"点击：233</div><div class='text'>{paragraphs}{extra}</div></div>"
        "<div class='pager'>上一条：图书馆开展读书月活动</div><div class='copy'>青禾大学党委宣传部　版权所有</div>"
        "</td></tr></tbody></table></body></html>"
    )


def test_a_layout_table_around_the_page_does_not_repeat_the_article(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(_page(), encoding="utf-8")
    text = read_document(path).text
    for line in BODY:
        assert text.count(line[:20]) == 1, line


def test_a_table_inside_the_article_is_kept(tmp_path):
    rows = "".join(f"<tr><td>{team}</td><td>{score}</td></tr>" for team, score in
                   (("有机化学系", "第一名"), ("化工系", "第二名"), ("分析化学系", "第三名")))
    path = tmp_path / "page.html"
    path.write_text(_page(f"<table border='1'>{rows}</table>"), encoding="utf-8")
    text = read_document(path).text
    assert "有机化学系" in text and "分析化学系" in text
    for line in BODY:
        assert text.count(line[:20]) == 1, line
