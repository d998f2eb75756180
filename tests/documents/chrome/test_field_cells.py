"""A disclosure page's metadata table copied as a row of bare cells between bars (索引号 | … | 发布机构 | …) is the
site's meta line; a plan's timetable header (时间 | 内容 | 负责人) is not read as one. Own invented lines."""

from __future__ import annotations

import pytest

from unionmine.documents.chrome.meta_fields import meta_line


@pytest.mark.parametrize("line", ["索引号 | 11530000-7-/2024-0611002 | 发布机构 | ", "文号 | 浏览量 |",
                                  "发布机构 | 青禾县卫生健康局 | 成文日期 | 2024-06-11", "主题分类｜工会工作｜公开方式｜主动公开"])
def test_a_row_of_field_cells_is_meta(line):
    assert meta_line(line)


@pytest.mark.parametrize("line", ["序号 | 时间 | 地点 | 内容", "编号 | 日期 | 活动 | 负责人",
                                  "索引号 | 本次活动共有三百名职工参加，大家热情高涨。 | 发布机构"])
def test_a_plans_table_header_or_a_sentence_is_not(line):
    assert not meta_line(line)
