"""Round 13 (issue 13): a section's page context as features, from what the pipeline knows at run time.

For every section of an article (sections in page order, the article's kind, each section's heading line and text)
and the per-theme stack inputs of every section (``stack_inputs`` plus the char log-odds: shape (n, themes, m)),
``context_features`` gives per section and theme the section's own inputs, its neighbours' (the section before, the
section after, the mean of the page's other sections, the nearest section above with a heading: the heading path's
nearest step), and theme-free facts of its place and wording (position, the article's kind, who takes part, an
event's practicalities, whether the page opens as a congress, event or news report). Nothing here reads a label.
"""

from __future__ import annotations

import re

import numpy as np

STAFF = re.compile(r"教职工|教职员工|职工|教师|员工|医务人员|医护人员|干部|教工|會員|職工")
MEMBERS = re.compile(r"会员|會員")
OUTSIDERS = re.compile(r"学生|幼儿|家长|市民|居民|群众|村民|社区|患者|儿童|少年|孤儿|留守|贫困户|农民工子女")
PRACTICAL = re.compile(r"时间|地点|报名|参赛|对象|奖项|奖励|评分|评比办法|规则|组织机构|领导小组|口号|主题|经费|预算|"
                       r"注意事项|要求|安排|流程|议程|程序|指导思想|目的|意义")
CONGRESS = re.compile(r"代表大会|职代会|教代会|會員代表|代表大會")
MEMBER_CONGRESS = re.compile(r"会员代表大会|会员大会|工会代表大会|工会第.{1,4}次代表大会|换届|选举")
EVENT = re.compile(r"比赛|运动会|竞赛|活动方案|联欢|趣味|大赛|拔河|篮球|羽毛球|乒乓|徒步|登山|比賽")
NEWS_DATE = re.compile(r"\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日")
SPEECH = re.compile(r"讲话|致辞|指出|强调|希望|要求大家|表示|认为|講話|指出")
UNION_CONGRESS = re.compile(r"会员代表大会|会员大会|工代会|工会代表大会|工会委员会|经审|經審|工代會|會員代表大會")
REVIEW = re.compile(r"指导思想|工作目标|总体要求|基本情况|概况|工作思路|总体思路|主要成绩|存在的问题|不足|指導思想")
HEADING_NUM = re.compile(r"^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[、.．])")

SHARED = ["has before", "has after", "place on page", "sections on page (log)", "plan", "has heading",
          "length (log)", "staff words", "members words", "outsiders words", "practicalities in heading",
          "page opens as congress", "page opens as event", "page opens as news", "members' congress or election",
          "heading level"]
EXTRA = ["speech words", "union (not staff) congress words", "review or aims in heading or opening"]
PER_THEME = ["own", "before", "after", "page mean", "page max (last input)", "heading above"]


def _flag(pattern: re.Pattern, text: str) -> float:
    return 1.0 if pattern.search(text or "") else 0.0


def heading_level(heading: str) -> int:
    """A numbered heading's level: 一、 1, （一） 2, 1. 3; 0 for none (read by the roles harness too)."""
    m = HEADING_NUM.match(heading or "")
    if not m:
        return 0
    tok = m.group(1)
    return 1 if tok.endswith("、") and not tok[0].isdigit() else 2 if tok[0] in "（(" else 3


def context_features(inputs: np.ndarray, pages: list, kinds: list[str], headings: list[str],
                     texts: list[str], extra: bool = False) -> np.ndarray:
    """(n, themes, m * 5 + 1 + len(SHARED)): per section and theme its inputs, the inputs of the section before and
    after on its page (zeros at an edge), the mean of its page's other sections (zeros when alone), the largest
    last input (the char log-odds) among them, the inputs of the nearest section above with a heading line (its
    own when it has none above), then the theme-free facts of ``SHARED`` (and ``EXTRA``: words of the section itself, when EXTRA). PAGES: one key per section (its
    article), sections of an article contiguous and in page order."""
    inputs = np.asarray(inputs, dtype=float)
    n, t, m = inputs.shape
    per = np.zeros((n, t, 5 * m + 1))
    shared = np.zeros((n, len(SHARED) + (len(EXTRA) if extra else 0)))
    start = 0
    while start < n:
        end = start
        while end < n and pages[end] == pages[start]:
            end += 1
        block = inputs[start:end]
        k = end - start
        first_text = (headings[start] or "") + (texts[start] or "")[:200]
        page_flags = [_flag(CONGRESS, first_text), _flag(EVENT, first_text), _flag(NEWS_DATE, first_text[:80])]
        above = None
        for i in range(k):
            row = start + i
            per[row, :, :m] = block[i]
            if i > 0:
                per[row, :, m:2 * m] = block[i - 1]
            if i < k - 1:
                per[row, :, 2 * m:3 * m] = block[i + 1]
            if k > 1:
                others = np.delete(block, i, axis=0)
                per[row, :, 3 * m:4 * m] = others.mean(axis=0)
                per[row, :, 4 * m] = others[:, :, -1].max(axis=0)
            per[row, :, 4 * m + 1:] = block[above] if above is not None else block[i]
            if headings[row]:
                above = i
            text = texts[row] or ""
            shared[row] = [i > 0, i < k - 1, i / max(k - 1, 1), np.log1p(k), kinds[row] == "plan",
                           bool(headings[row]), np.log1p(len(text)), _flag(STAFF, text), _flag(MEMBERS, text),
                           _flag(OUTSIDERS, text), _flag(PRACTICAL, headings[row] or text[:20]), *page_flags,
                           _flag(MEMBER_CONGRESS, text), float(heading_level(headings[row]))] + (
                [_flag(SPEECH, text), _flag(UNION_CONGRESS, text), _flag(REVIEW, (headings[row] or "") + text[:30])]
                if extra else [])
        start = end
    return np.concatenate([per, np.repeat(shared[:, None, :], t, axis=1)], axis=-1)


def standardise(fit: np.ndarray, *others: np.ndarray):
    """FIT and OTHERS scaled by FIT's mean and spread per theme and column (a constant column left at zero)."""
    mu, sd = fit.mean(axis=0), fit.std(axis=0)
    sd = np.where(sd > 1e-9, sd, 1.0)
    return [(a - mu) / sd for a in (fit, *others)]
