"""A page's interface in words: an interface verb and what it acts on (查看原文, 分享到朋友圈, 还能输入140字), a row of
a post's engagement buttons, a line of empty field labels (``widget_line``)."""

from __future__ import annotations

import re

from .forms import PINYIN_GLOSS
from .line_shapes import title_shaped
from .protected import HEADING

# A widget asks the reader to act on the page: an interface verb and, with it, what the interface acts on.
_UI_VERB = re.compile(r"查看|分享|下载|输入|打印|扫描|扫码|扫一扫|点击|收藏|复制|返回|关注|登录|注册|评论|转发|预览|订阅|提交|阅读")
_UI_OBJECT = re.compile(
    r"原文|全文|正文|本文|本页|此页|文章|网址|链接|APP|客户端|手机|朋友圈|微信|微博|二维码|\d+\s*字|图片|账号|用户|文本|文档|页面",
    re.IGNORECASE)
#: A widget's line is at most this long.
WIDGET_CHARS = 30
# what a reader is asked to do with a post: two of these in a short line are its buttons ("点赞、在看、转发")
_ENGAGE = re.compile(r"点赞|在看|转发|分享|收藏|评论|留言|打赏|赞赏")
# a line of field labels whose values are empty ("今天是： 今日天气："): a widget whose values a script fills in
_EMPTY_FIELDS = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}\s*[:：]\s*){2,}$")


def widget_line(line: str) -> bool:
    """A page's interface in words: short, no full stop or semicolon, an interface verb (查看/分享/下载/输入/打印/
    扫描/点击/收藏/复制/返回/关注/登录/评论…) and what it acts on (原文/全文/正文/朋友圈/APP/手机/二维码/N字/账号/
    用户…): "查看原文", "分享到朋友圈", "还能输入140字", "【打印正文】", "即可在手机端查看". Not a title's shape
    (a genre word at its end, or a union named in a longer line)."""
    s = PINYIN_GLOSS.sub("", line).strip()
    if not s or len(s) > WIDGET_CHARS or re.search(r"[。；;]", s) or HEADING.match(s):
        return False
    if _EMPTY_FIELDS.match(s) or len(set(_ENGAGE.findall(s))) >= 2:
        return True
    return bool(_UI_VERB.search(s) and _UI_OBJECT.search(s)) and not title_shaped(s)
