"""Round 38 (chrome): a forum thread's frames, user panels, copy guard and replies (pages of our own writing, invented
users, units and forums; the guard's strings made by hand in its shape)."""

from __future__ import annotations

from unionmine.documents.chrome.find import find_chrome
from unionmine.documents.chrome.forum import jammer_run, thread_markers

POST = [
    "柳岸小学工会组织教职工开展秋季健步走活动，全校六十余名教职工沿青禾湖畔步行五公里，展现了良好的精神风貌。",
    "活动结束后，工会为完成全程的教职工发放了纪念品，大家纷纷表示这样的活动既锻炼了身体又增进了同事情谊。",
]

THREAD = [
    "快捷登录",
    "青禾社区论坛",
    "柳岸小学工会开展秋季健步走活动",
    "该用户从未签到",
    "215",
    "38",
    "1024",
    "中级会员",
    "发表于 2023-10-20 09:15 | 只看该作者",
    *POST,
    "使用道具 举报",
    "2#",
    "路过的小王",
    "0",
    "6",
    "20",
    "新手上路",
    "发表于 2023-10-20 11:02",
    "活动很有意义，点赞！希望以后多组织这样的活动。",
    "回复 引用",
    "本版积分规则 发表回复 回帖并转播 回帖后跳转到最后一页",
    "|小黑屋|Archiver|手机版|",
]

# the copy guard's strings (a character of ! to ;, a space, a character of ? to ~), the forum's name and slogan
GUARDED = [
    "本帖最后由 qinghe 于 2023-10-21 08:30 编辑 # b7 `3 L# |6 K9 Q$ n8 Q",
    "% O& U0 B% Z) j* m) U- u/ ? B2023年10月20日",
    ") _- i) Q3 J2 Y",
    "8 j5 r( ^+ n$ w; X8 r* p" + POST[0],
    "$ i: b5 h8 f6 C资料图片",
    "0 _) |4 ]. z! u$ D7 V+ S. {青禾社区论坛 汇聚本地新闻、生活资讯和兴趣交流的社区平台",
    "青禾社区论坛 汇聚本地新闻、生活资讯和兴趣交流的社区平台。) L\" m",
    "5 M- v1 X/ ?) G. X1 a" + POST[1],
    "9 d' U: }3 M8 y+ V8 F9 C",
]


def _removed(lines: list[str]) -> set[str]:
    return {lines[i] for i in find_chrome(lines).removed}


def test_a_thread_keeps_its_first_post_and_loses_its_frames_panels_and_replies():
    removed = _removed(THREAD)
    assert not removed & set(POST)
    for line in ("该用户从未签到", "215", "38", "1024", "中级会员", "发表于 2023-10-20 09:15 | 只看该作者", "使用道具 举报",
                 "2#", "路过的小王", "0", "新手上路", "活动很有意义，点赞！希望以后多组织这样的活动。",
                 "本版积分规则 发表回复 回帖并转播 回帖后跳转到最后一页", "|小黑屋|Archiver|手机版|"):
        assert line in removed, line
    assert "柳岸小学工会开展秋季健步走活动" not in removed


def test_a_guarded_post_loses_the_guards_lines_and_keeps_its_text():
    removed = _removed(GUARDED)
    assert GUARDED[3] not in removed and GUARDED[7] not in removed
    assert removed == set(GUARDED) - {GUARDED[3], GUARDED[7]}


def test_the_guards_string_has_its_shape():
    assert jammer_run("% O& U0 B% Z) j* m) U- u/ ? B")
    for line in ("A B C D E F G", "1 2 3 4 5 6", "图 1 图 2 图 3", "2023 年 10 月 20 日", "a b c d e f", "T T A A 大 中 小"):
        assert not jammer_run(line), line


def test_a_union_text_that_names_replies_floors_and_credits_is_no_thread():
    page = [
        "柳岸小学工会2023年工作总结",
        "一年来，工会及时回复职工来信来访，在教学楼3楼会议室设立职工书屋，推行积分制管理，激发了会员参与活动的热情。",
        "工会委员会定期研究会员诉求，回复率达到百分之百，管理员每周整理意见并在例会上通报。",
        "回复",
        "3楼",
        "管理员",
        "积分 120",
        "柳岸小学工会",
        "2023年12月28日",
    ]
    assert thread_markers(page) == {}
    removed = _removed(page)
    assert not removed & {page[1], page[2], "柳岸小学工会", "2023年12月28日"}


def test_a_login_box_alone_makes_no_thread():
    page = ["马上注册", "您需要 登录 才可以下载或查看，没有账号？注册", *POST, "Powered by Discuz! X3.4"]
    assert thread_markers(page) == {}


def test_a_post_header_its_links_and_a_floor_make_a_thread():
    page = ["zhang3 发表于 2023-10-20 09:15 | 只看该作者", *POST, "使用道具 举报", "沙发", "说得好，支持工会的活动。"]
    assert set(thread_markers(page).values()) == {"posted", "post_links", "floor"}
    removed = _removed(page)
    assert not removed & set(POST)
    assert {"使用道具 举报", "沙发", "说得好，支持工会的活动。"} <= removed


def test_one_header_line_and_a_floor_are_too_little():
    assert thread_markers(["zhang3 发表于 2023-10-20 09:15 | 只看该作者", *POST, "沙发"]) == {}


def test_a_blogs_post_date_and_its_author_make_no_thread():
    page = ["柳岸小学工会开展秋季健步走活动", POST[0], "发表于 2023-10-20 09:15", "管理员", POST[1], "回复"]
    assert thread_markers(page) == {}
    assert not _removed(page) & set(POST)


def test_replies_longer_than_the_first_post_are_left_whole():
    page = ["zhang3 发表于 2023-10-20 09:15", POST[0], "使用道具 举报", "2#", POST[1], POST[1] + POST[0]]
    assert set(thread_markers(page).values()) >= {"posted", "post_links"}
    removed = _removed(page)
    assert not removed & {POST[0], POST[1], POST[1] + POST[0]}


def test_a_traditional_thread_is_read_in_simplified():
    post = ["柳岸小學工會組織教職工開展秋季健步走活動，全校六十餘名教職工沿青禾湖畔步行五公里，展現了良好的精神風貌。"]
    page = ["本帖最後由 qinghe 於 2023-10-21 08:30 編輯", *post, "使用道具 舉報", "回覆 引用", "說得好，支持工會的活動。"]
    removed = _removed(page)
    assert not removed & set(post)
    assert {page[0], "使用道具 舉報", "說得好，支持工會的活動。"} <= removed


def test_a_panel_written_label_by_label_is_a_users():
    page = ["查看: 16|回复: 0", "柳岸小学工会开展秋季健步走活动", "[复制链接]", "3", "主题", "0", "回帖", "10", "积分", "新手上路",
            "发表于 2023-10-20 09:15 | 显示全部楼层 |阅读模式", *POST, "使用道具 举报"]
    removed = _removed(page)
    assert not removed & set(POST)
    assert {"3", "主题", "0", "回帖", "10", "积分", "新手上路", "[复制链接]", "查看: 16|回复: 0"} <= removed
