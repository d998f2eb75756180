"""Cleaning: one fixture per junk kind, the doubled-run repair both ways, idempotence."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionmine.documents.clean import clean_text, doubled_share, load_rules, undouble_line
from unionmine.errors import UsageError

BODY = "一年来,学校工会在党支部的领导下,组织教职工开展了篮球比赛和慰问活动。"


@pytest.mark.parametrize(
    "junk",
    [
        "你的位置: 范文 > 工作总结 > 导航",
        "导航栏 ×",
        "发表时间:2023-12-30",
        "更新时间:2024-07-02 20:35:52 热度:0°C",
        "工作计划 会员上传 下载docx",
        "申明敬告: 本站不保证该用户上传的文档完整性,不预览、不比对内容而直接下载产生的反悔问题本站不予受理。",
        "文档介绍",
        "资源描述:",
        "当前文档最多预览五页,下载文档查看全文",
        "此文档下载收益归作者所有",
        "《学校工会工作总结》由会员上传分享,免费在线阅读,更多相关内容在应用文档-天天文库",
        "学校工会工作总结_第3页",
        "中学范文网",
    ],
)
def test_junk_lines_are_dropped(junk):
    page = f"学校工会工作总结\n\n{junk}\n\n{BODY}"
    assert clean_text(page) == f"学校工会工作总结\n\n{BODY}"


@pytest.mark.parametrize("tail", ["相关推荐", "猜你喜欢", "大家正在看", "查看更多", "相关文章", "您可能关注的文档"])
def test_tail_blocks_end_the_page(tail):
    page = f"{BODY}\n\n{tail}\n\n学校工会工作计划范文\n\n换一换"
    assert clean_text(page) == BODY


def test_metadata_block_and_download_notice():
    page = (
        "标题总结\n\nID:7600492\n\n大小:48.18 KB\n\n页数:4页\n\n时间:2018-02-20\n\n"
        f"{BODY}\n\n温馨提示:\n1. 部分包含数学公式或PPT动画的文件,查看预览时可能会显示错乱或异常,文件下载后无此问题。\n"
        "2. 本文档由用户上传,版权归属用户,天天文库负责整理代发布。\n"
    )
    assert clean_text(page) == f"标题总结\n\n{BODY}"


def test_marks_inside_lines_are_stripped():
    page = f"四、今后努力方向f215.Com\n提高水平。第4页1、我们从学习入手。\n{BODY} s"
    out = clean_text(page)
    assert out == f"四、今后努力方向\n提高水平。1、我们从学习入手。\n{BODY}"


def test_prose_with_junk_words_stays():
    prose = [
        "学校工会及时下载上级文件,组织教职工学习。",
        "相关部门大力支持工会工作,查看更多资料后我们制定了计划。",
        "详见第4页表格,各分会按要求填写。",
        "2、组织教职工参加篮球比赛。",
        "时间:每周三下午,地点:学校会议室。",
        "人人参与,常常交流,谢谢大家。",
    ]
    page = "\n".join(prose)
    assert clean_text(page) == page


def test_repeated_title_lines_keep_one():
    page = "平望镇中心小学工会工作总结\n\n平望镇中心小学工会工作总结\n\n平望镇中心小学工会工作总结。\n\n" + BODY
    assert clean_text(page) == "平望镇中心小学工会工作总结\n\n" + BODY


DOUBLED = "中央财经大学工会中央财经大学工会20082008年年1010月月2727日日经过校工会委员经过校工会委员会的评审,共评会的评审,共评出出二级先进教职工之家共5家。"


def test_doubled_runs_are_undone():
    assert doubled_share(DOUBLED) > 0.6
    assert undouble_line(DOUBLED) == "中央财经大学工会2008年10月27日经过校工会委员会的评审,共评出二级先进教职工之家共5家。"


@pytest.mark.parametrize(
    "line",
    [
        "人人参与,常常交流,大家都说工会是教职工的家,年年组织体检,2007年至今坚持不懈。",
        "谢谢大家!",
        "我们要看看、想想、做做,天天坚持,步步为营。",
    ],
)
def test_legitimate_doubling_is_kept(line):
    assert undouble_line(line) == line
    assert clean_text(line) == line


def test_lone_doubling_in_a_doubled_line_is_kept():
    line = DOUBLED + "工会干部继2005和2006两年参与此项活动后,2007年又成为20名本科生的成长导师。"
    assert undouble_line(line).endswith("继2005和2006两年参与此项活动后,2007年又成为20名本科生的成长导师。")


def _chunks(n=3, size=110):
    text = (
        "学校工会积极参与民主管理,规范校务公开的内容、依据、程序和办事纪律,进一步完善学校公开办事制度,"
        "督促学校行政办好校务公开栏,使广大教职工通过参与校务公开工作,充分行使自己的知情权、参与权、决策权"
        "和监督权。我们从加强教师思想政治工作入手,认识到发展教育是发展先进生产力和先进文化的基础,符合人民"
        "群众的根本利益。以构建师表工程为主要载体,强化师德师风建设,不断提高教师的政治思想和职业道德,在奉献"
        "爱心活动中教师共捐款四千余元。今年有八名教师参加了无偿义务献血,工会自觉参与学校事业发展的推进,主动"
        "做好村校布局调整的协调工作,充分发挥全体教师对学生知识增长和思想进步的影响力,建立平等和谐的师生关系。"
    )
    return [text[i * size : (i + 1) * size] for i in range(n)]


def test_preview_chunks_are_joined():
    chunks = _chunks()
    page = "\n\n".join(f"{i}、{c}" for i, c in enumerate(chunks, 1))
    assert clean_text(page) == "".join(chunks)


def test_ordinary_numbered_list_is_kept():
    items = [
        "1、面对教育改革和发展的新形势,学校工会积极主动地参与学校民主管理和民主监督,参与制定了学校领导班子建设的若干意见,对学校中层干部进行了民意测评。",
        "2、充分发挥工会在校务公开过程中的积极作用,积极参与校务公开工作,规范校务公开的内容、依据、程序、办事纪律等,进一步完善学校公开办事制度。",
        "3、组织教职工参加篮球比赛,丰富教职工的业余文化生活,增强了工会组织的凝聚力和向心力,受到教职工的普遍欢迎和好评。",
    ]
    page = "\n\n".join(items)
    assert clean_text(page) == page


def test_rule_examples_match_their_rules():
    rules = load_rules()
    assert rules.rules
    for rule in rules.rules:
        assert rule.example, rule.name
        assert rule.pattern.search(rule.example.strip()), rule.name


def test_bad_rules_file_is_a_usage_error(tmp_path):
    bad = tmp_path / "rules.toml"
    bad.write_text('[[rule]]\nname = "x"\nkind = "drop_line"\npattern = "(unclosed"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="bad regular expression"):
        load_rules(bad)
    bad.write_text('[[rule]]\nname = "x"\nkind = "zap"\npattern = "a"\n', encoding="utf-8")
    with pytest.raises(UsageError, match="kind"):
        load_rules(bad)


def test_user_rule_removes_a_site_pattern(tmp_path):
    user = tmp_path / "rules.toml"
    user.write_text(
        "[[rule]]\nname='ad'\nkind='drop_line'\npattern='^本站广告'\ncomment='x'\nexample='本站广告'\n",
        encoding="utf-8",
    )
    assert clean_text(f"本站广告:招聘\n{BODY}", load_rules(user)) == BODY


LINES = st.sampled_from(
    [BODY, "相关推荐", "发表时间:2023-12-30", "第4页", "f215.Com", "篇一", "1、", "人人", "年年1010",
     "", " ", "学校工会工作总结", "温馨提示:", "1. 下载文档", "ID:1", "大小:1KB", DOUBLED, "。", "x"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINES, max_size=12), st.text(alphabet="工会年篇第页1、。 \n相关下载", max_size=40))
def test_cleaning_is_idempotent_and_never_longer(lines, noise):
    page = "\n".join(lines) + noise
    once = clean_text(page)
    assert clean_text(once) == once
    assert len(once) <= len(page)
    # Only removes: every character left appears, in order, in the input.
    it = iter(page)
    assert all(ch in it for ch in re.sub(r"\s", "", once))


def test_flattened_page_loses_its_edge_chrome_and_keeps_title_and_date():
    sentences = [
        "2020年，县卫生健康工会在县总工会的指导下，团结带领全系统职工，较好完成了年度任务。",
        "一、关心职工生活", "春节前夕慰问困难职工15户，发放慰问金三万二千元。",
        "二、开展文体活动", "举办职工气排球赛和健步走活动，参与职工六百余人次。",
        "三、推进民主管理", "指导12家医疗机构召开职代会，提案全部办结。",
        "今后，工会将继续努力，为职工办好事、办实事。",
    ]
    flat = " ".join(["位置：", "首页", ">", "工会工作", ">", "正文", "青县卫生健康工会2020年工作总结",
                     "来源：本站", "时间：2021-01-08", *sentences, "青县卫生健康工会", "2020年12月29日",
                     "下一篇：职工之家建设情况汇报", "打印本页", "关闭窗口"])
    out = clean_text(flat)
    lines = out.split("\n")
    assert lines[0] == "青县卫生健康工会2020年工作总结"
    assert lines[-2:] == ["青县卫生健康工会", "2020年12月29日"]
    for chrome in ("位置", "来源：本站", "下一篇", "打印本页"):
        assert chrome not in out
    assert all(s in out for s in sentences)
