"""A forum thread (issue 12, round 38): a page that several of a forum's own lines mark as one thread.

Forums and bulletin boards are one kind of page whatever their site: a post is framed by its author's panel (a user
name, the counts of topics, posts and credits, a user group such as 新手上路 or 高级会员, 该用户从未签到), its header
(发表于 <date>, 只看该作者, 电梯直达, 楼主/沙发/N楼/N#, 本帖最后由 … 于 <date> 编辑) and its buttons (使用道具 举报, 回复
引用); the board adds its reply box (本版积分规则 发表回复 回帖并转播), its archive links (查看完整版本, 页: [1]) and its
footer (Powered by Discuz!, Processed in …). A forum that guards its posts against copying (Discuz!'s 防采集 option)
glues strings of random characters into them (``% O& U0 B% Z)`` …: a character of ``!``-``;``, a space, a character of
``?``-``~``, five times or more), with the forum's name, address and slogan among them.

``forum_lines`` acts only on a page where lines of two kinds only a forum writes are found (``STRONG_MARKERS``: an edit
notice, a post's header or links, 该用户从未签到, the copy guard's strings), or of one such kind and two others (a floor's
name, a user group, a count field, the board's lines: a table or a login box holds such lines on many sites). There the marker lines, the
bare counts beside them and the lines the copy guard made are chrome, and so is everything under the first post's
buttons: the first post's text is the article. A line of the text that names a floor, a reply or credits in a
sentence (``3楼会议室``, ``回复职工来信``, ``积分制管理``) is no marker: markers are whole short lines.
"""

from __future__ import annotations

import re

from .line_shapes import compact, is_paragraph
from .protected import SENTENCE

_DATE = r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
#: A marker is a whole line of at most this many characters (the edit notice may carry the copy guard's string).
MARKER_CHARS = 60
#: The kinds of a forum's own lines, by name (judged on stripped lines in Simplified characters).
POST_MARKERS = {
    "edited": re.compile(rf"^本帖最后由\s*\S.{{0,30}}?\s*于\s*{_DATE}.{{0,24}}?编辑"),
    "posted": re.compile(rf"^(?:\S{{1,24}}\s+)?发表于\s*[:：]?\s*{_DATE}"),
    "quoted": re.compile(rf"^原帖由\s*\S.{{0,30}}?\s*于\s*{_DATE}.{{0,12}}?发表"),
    "post_links": re.compile(r"只看该作者|只看楼主|显示全部楼层|阅读模式|倒序浏览|电梯直达|跳转到指定楼层|使用道具|复制链接|"
                             r"查看完整版本|查看详细资料|回帖奖励"),
    "floor": re.compile(r"^(?:楼主|沙发|板凳|地板|\d{1,5}\s*楼|\d{1,5}\s*#|#\s*\d{1,5})$"),
    "unsigned": re.compile(r"^(?:该用户从未签到|签到天数\s*[:：]?\s*\d+\s*天?)$"),
    "panel": re.compile(r"^(?:主题|帖子|回帖|积分|精华|听众|收听|(?:积分|帖子|精华|主题|UID|注册时间|最后登录|在线时间|"
                        r"阅读权限|威望|金钱|贡献)\s*[:：]?\s*[\d\-:：\s]{1,20}(?:小时)?)$"),
    "group": re.compile(r"^(?:新手上路|注册会员|中级会员|高级会员|金牌会员|论坛元老|禁止发言|禁止访问|等待验证会员|限制会员|实习版主|"
                        r"超级版主|版主|管理员)$"),
}
BOARD_MARKERS = {
    "board": re.compile(r"本版积分规则|回帖并转播|回帖后跳转到最后一页|发新帖|快捷登录|马上注册|您需要\s*登录\s*才可以|收起左侧|"
                        r"只需一步\s*[,，]\s*快速开始|^查看\s*[:：]\s*\d+\s*[|｜]\s*回复\s*[:：]\s*\d+|^\|?\s*小黑屋|Archiver|"
                        r"^页\s*[:：]\s*\[\d+\]"),
    "footer": re.compile(r"Powered\s+by\s+Discuz|Processed\s+in\s+[\d.]+\s+second", re.IGNORECASE),
}
#: Kinds only a forum writes: a page is a thread with lines of two of them, or of one and two other kinds (a floor's
#: name, a user group, a count, the board's lines: a table or a login box has such lines too).
STRONG_MARKERS = frozenset({"edited", "posted", "quoted", "post_links", "unsigned", "jammer"})
#: The copy guard's string: a character of ! to ;, a space, a character of ? to ~, five times or more (the first of
#: each pair may be a space that the text's spacing merged).
_JAMMER = re.compile(r"(?:[!-;]? [?-~]){5,}")
_JAMMER_PAIR = re.compile(r"[!-;] [?-~]")
#: The guard's string is a marker of the page when this many lines hold one.
JAMMER_LINES = 2
#: What a guarded line keeps of the page's text: a sentence, or a line longer than this.
JAMMER_REST_CHARS = 25
#: Lines whose rest opens with the same this many characters (letters, digits, CJK) repeat the forum's slogan.
SLOGAN_CHARS = 10
_URL = re.compile(r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|hk|tw)(?:/\S*)?", re.IGNORECASE)
_COUNT = re.compile(r"^\d{1,7}$")
# one of these on a page, or the guard's pairs, before any line is read
_CUES = re.compile(r"本帖最后由|发表于|原帖由|只看|楼层|阅读模式|倒序浏览|电梯直达|使用道具|复制链接|完整版本|详细资料|回帖|签到|会员|"
                   r"版主|管理员|楼主|沙发|板凳|地板|\d\s*楼|\d\s*#|#\s*\d|积分|帖子|精华|UID|注册|快捷登录|发新帖|小黑屋|"
                   r"Archiver|页\s*[:：]\s*\[|Discuz|Processed\s+in|(?:[!-;] [?-~]){3}", re.IGNORECASE)
# the first post's buttons, or the next post's frame: the first post ends at the first of these under its text
_CLOSING = ("post_links", "floor", "posted", "board", "footer")
_BUTTONS = re.compile(r"^(?:[\s|｜]*(?:回复|引用|举报|评分|收藏|分享|支持|反对|使用道具|TOP|顶部))+[\s|｜]*$", re.IGNORECASE)


def _marker(line: str) -> str | None:
    """The kind of forum line LINE is, or None."""
    s = line.strip()
    if not s or len(s) > MARKER_CHARS:
        return None
    for name, pattern in (POST_MARKERS | BOARD_MARKERS).items():
        if pattern.search(s) and (name in ("edited", "footer") or not SENTENCE.search(s)):
            return name
    return None


def jammer_run(line: str) -> bool:
    """LINE holds the copy guard's string: five pairs or more, at least three with their first character."""
    return any(len(_JAMMER_PAIR.findall(m.group(0))) >= 3 for m in _JAMMER.finditer(line))


def _unguarded(line: str) -> str:
    """LINE without the guard's strings and web addresses."""
    rest = _JAMMER.sub(lambda m: "" if len(_JAMMER_PAIR.findall(m.group(0))) >= 3 else m.group(0), line)
    return _URL.sub("", rest).strip()


def thread_markers(lines: list[str]) -> dict[int, str]:
    """Line index → marker kind, when the page is a forum thread; else nothing."""
    if not _CUES.search("\n".join(lines)):
        return {}
    found: dict[int, str] = {}
    guarded = []
    for i, line in enumerate(lines):
        guard = jammer_run(line)
        name = _marker(_unguarded(line) if guard else line)
        if name:
            found[i] = name
        elif guard:
            guarded.append(i)
    kinds = set(found.values()) | ({"jammer"} if len(guarded) >= JAMMER_LINES else set())
    strong = len(kinds & STRONG_MARKERS)
    if strong < 2 and (strong < 1 or len(kinds - STRONG_MARKERS) < 2):
        return {}
    return found | {i: "jammer" for i in guarded} if "jammer" in kinds else found


def forum_lines(lines: list[str], marks: dict[int, str]) -> None:
    """On a forum thread (``thread_markers``): its marker lines, the bare counts of a user's panel beside them, the lines
    the copy guard made and everything under the first post's buttons are chrome."""
    found = thread_markers(lines)
    if not found:
        return
    for i, name in found.items():
        if i in marks:
            continue
        if name != "jammer":
            marks[i] = "forum"
            continue
        rest = _unguarded(lines[i])
        if not rest or (len(rest) <= JAMMER_REST_CHARS and not SENTENCE.search(rest)):
            marks[i] = "forum_guard"
    _slogans(lines, marks, found)
    _counts(lines, marks)
    _under_first_post(lines, marks, found)


def _slogans(lines: list[str], marks: dict[int, str], found: dict[int, str]) -> None:
    """The forum's slogan the copy guard strews: lines whose text opens as another guarded line's does."""
    openings: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        key = compact(_unguarded(line))[:SLOGAN_CHARS]
        if len(key) == SLOGAN_CHARS:
            openings.setdefault(key, []).append(i)
    for key, at in openings.items():
        if len(at) >= 2 and any(found.get(i) == "jammer" for i in at):
            marks.update((i, "forum_guard") for i in at if i not in marks)


def _counts(lines: list[str], marks: dict[int, str]) -> None:
    """Bare counts (主题, 帖子, 积分 of a user's panel) in a run that borders a chrome line."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    pos = 0
    while pos < len(nonblank):
        end = pos
        while end < len(nonblank) and nonblank[end] not in marks and _COUNT.match(lines[nonblank[end]].strip()):
            end += 1
        if end > pos:
            run = nonblank[pos:end]
            beside = [nonblank[k] for k in (pos - 1, end) if 0 <= k < len(nonblank)]
            if any(k in marks for k in beside):
                marks.update((k, "forum") for k in run)
            pos = end
        else:
            pos += 1


def _under_first_post(lines: list[str], marks: dict[int, str], found: dict[int, str]) -> None:
    """Under the first post's text (its first paragraph and the lines down to its buttons or the next post's frame):
    the other posts, the reply box and the board's footer — when the first post's paragraphs outweigh theirs (else
    the closing line may stand inside the article: nothing is taken)."""
    first = next((i for i, line in enumerate(lines) if i not in marks and is_paragraph(line)), None)
    if first is None:
        return
    close = next((i for i in range(first + 1, len(lines))
                  if found.get(i) in _CLOSING or _BUTTONS.match(lines[i].strip())), None)
    if close is None:
        return
    # a post's text outweighs what follows it (a date line under a lead is no post's frame, whatever the page)
    below = sum(len(lines[i].strip()) for i in range(close, len(lines)) if i not in marks and is_paragraph(lines[i]))
    if below > sum(len(lines[i].strip()) for i in range(first, close) if i not in marks and is_paragraph(lines[i])):
        return
    for i in range(close, len(lines)):
        if lines[i].strip() and i not in marks:
            marks[i] = "forum_reply"
