"""What a unit's name never holds: a clause's words (Round 39, issue 12; a guard over the kind of output).

A finder reads the run before a suffix as the name; when a sentence runs into the name, the run holds words no body is
named by:
- a room or a hall (`在某楼会议室某某集团工会举办…`: 会议室, 报告厅, 礼堂): where the event was, not who held it;
- a person's post (`学校法律顾问某某学院…律师`: 顾问, 主席, 院长): a person's title, then the next unit's name — not a
  post before the kind of body it names (`…律师事务所`, `…管理顾问有限公司`);
- a person's name and its verb (`某某某作图书馆工会工作报告`: a common surname, one or two characters, then a verb by
  jieba's tags);
- a slogan's verb and its adjective (`构建和谐医院`, `打造平安校园`: a verb of two characters or more, an adjective).
The name is what follows the last such word when that is a proper name by the finders' own test (`bare_name`),
else none: the guard trims, it never adds. Read in Simplified, as every finder reads the page.
"""

from __future__ import annotations

from ..describe_rules import DescribeRules
from .bare import bare_name
from .name_pos import pos_tokens
from .outsiders import SURNAMES

#: Round 39's guard: right on its 4 prompting items of sets 30-31 (2 invented names gone, 2 phrases now none), no other
#: page of sets 6-31 holds the shapes: below the round's bar, off (docs/EVALUATION.md "Round 39 (organisations)").
CLAUSE_WORDS = False
_ROOMS = ("会议室", "报告厅", "多功能厅", "活动室", "会客室", "礼堂")
_POSTS = ("顾问", "主席", "书记", "院长", "校长", "主任", "馆长", "处长", "理事长", "会长", "局长", "董事长", "总经理", "律师")
# a post word before the kind of body it names: 律师事务所, 管理顾问有限公司, 主席团
_POST_KINDS = ("事务所", "公司", "有限", "服务", "中心", "协会", "学会", "团", "办公室", "处", "室")


def _last_end(org: str) -> int:
    """Where the clause's words last end in ORG (0 when none)."""
    end = 0
    for room in _ROOMS:
        at = org.rfind(room)
        if at >= 0:
            end = max(end, at + len(room))
    for post in _POSTS:
        at = org.rfind(post)
        if at > 0 and not org[at + len(post):].startswith(_POST_KINDS):
            end = max(end, at + len(post))
    tokens = pos_tokens(org)
    at = 0
    for k, (word, simple, flag) in enumerate(tokens):
        if flag == "v" and at in (2, 3) and org[0] in SURNAMES:  # 某某某作…: a person's name and the verb
            end = max(end, at + len(word))
        if k == 1 and flag == "a" and len(simple) >= 2 and tokens[0][2] == "v" and len(tokens[0][1]) >= 2:
            end = max(end, at + len(word))  # 构建和谐…: a slogan's verb and adjective
        at += len(word)
    return end


def clause_inside(org: str | None, rules: DescribeRules) -> tuple[str | None, str] | None:
    """(the name left, evidence) when ORG holds a clause's words, the name left None when no proper name follows them;
    None when ORG holds none."""
    if not org or not CLAUSE_WORDS:
        return None
    end = _last_end(org)
    if not end:
        return None
    rest = org[end:]
    named = len(rest) >= 2 and (bare_name(rest, rules) or bare_name(rest, rules, suffixed=True))
    left = rest if named else None
    return left, f"org {left!r}: {org!r} holds a clause's words (a room, a post, a person's verb, a slogan)"
