"""Kinds: whether an article is a summary, a plan, a report (looking back and ahead, or to a congress) or other.

The title is the author's own label and decides when it names a genre (`title_kind`, words in
`data/organisations.toml` [kinds]); a notice, a headline about a document and a news item are other; text cues
decide only when the title is silent. A unit's name that holds a genre word (自然资源和规划局, 城市规划设计研究院)
names no kind (round 25: a bureau's news item read as a plan; such bureaus on two sites of set 16).
"""

from __future__ import annotations

import re

from .describe_rules import DescribeRules, default_describe_rules
from .news import held_lead, is_news, news_lead
from .organisations import OPENING_CHARS


def title_kind(title: str, k: dict) -> tuple[str | None, str]:
    """The kind the title names, and the words that say so ("" when it names none)."""
    plan = next((w for w in k["plan"] if w in title), None)
    summary = next((w for w in k["summary"] if w in title), None)
    if plan and summary:
        return "report", f"{summary!r} and {plan!r}"
    if plan or summary:
        return ("plan", repr(plan)) if plan else ("summary", repr(summary))
    report = next((w for w in k["report"] if w in title), None)
    return ("report", repr(report)) if report else (None, "")


HEADING_MAX_CHARS = 30
# a unit whose name holds 规划 (planning): a bureau, an institute, an office ("自然资源和规划局", "规划和自然资源委员会")
_PLANNING_UNIT = re.compile(r"规划(?:和[\u4e00-\u9fff]{2,6}?)?(?:设计研究院|研究院|设计院|分局|局|院|研究所|所|委员会|委|处|办公室|中心|馆)")


def _named_kind(line: str, k: dict) -> tuple[str | None, str]:
    """`title_kind` of LINE with the units named for planning left out (see the module's docstring)."""
    return title_kind(_PLANNING_UNIT.sub("", line or ""), k)


def _headings(text: str) -> list[str]:
    return [s for s in (line.strip() for line in text.split("\n")) if s and len(s) <= HEADING_MAX_CHARS]


def _report_cue(opening: str, k: dict) -> str | None:
    """A cue that the text is a report to a staff congress, not a sentence saying that a
    congress reviewed one (审议了…工会工作报告: a reviewing verb earlier in the same sentence)."""
    not_after = k.get("report_cue_not_after", [])
    for cue in k["report_text_cues"]:
        at = opening.find(cue)
        while at >= 0:
            sentence_start = max(opening.rfind(p, 0, at) for p in "。；！？\n") + 1
            if not any(w in opening[sentence_start:at] for w in not_after):
                return cue
            at = opening.find(cue, at + 1)
    return None


# A title that names a genre but is a news headline about a meeting ("市总工会召开年度工作总结暨
# 表彰大会") or an explainer of how to write one ("什么是工会年度工作计划", "…工作总结说明") is no
# summary or plan itself.
_ABOUT_GENRE = re.compile(
    r"召开|举行|举办|隆重|顺利|圆满|^(?:什么是|如何|怎样|怎么|浅谈|浅析|论)|(?:总结|计划|要点)(?:的)?(?:说明|写法|格式|技巧|怎么写)$"
)

# A headline in which a unit issues or deploys the document (公司工会发布2018年厂务公开计划, 县总工会安排部署2014年…
# 工作): the news of that act, no plan itself (Round 28; 安排 before 部署 is a verb, not the noun of a plan).
_ISSUED_BY = re.compile(r"(?:工会|公司|委员会|学校|学院|医院|中心|[局厂])\s*(?:发布|安排部署|研究部署|部署)")


# A headline whose genre words stand only in a motto (Round 29): parts parted by a comma, a bar or a space, each part
# that names a genre opening with the genre's verb and going on ("总结2013成果丰硕，展望2014任重道远") or standing before
# an activity headline ("心系使命 志承新岁展望│某某中心工会开展团建活动"); over a news item's text it names no genre.
_MOTTO_PARTS = re.compile(r"\s*[，,│|｜]\s*|\s+")
_GENRE_OPENS = re.compile(r"^(?:总结|展望|回顾|回眸|盘点)(?!会|表彰|大会)[^，,]{3,}")


def _motto_genre(title: str, k: dict) -> str | None:
    """The genre word of TITLE when every part naming a genre is a motto's (see above), else None."""
    parts = [p for p in _MOTTO_PARTS.split(title.strip()) if p]
    named = [(p, _named_kind(p, k)) for p in parts]
    genre = [(p, words) for p, (kind, words) in named if kind]
    if len(parts) < 2 or not genre:
        return None
    before_activity = bool(_ACTIVITY_TITLE.search(parts[-1])) and not named[-1][1][0]
    if before_activity or all(_GENRE_OPENS.match(p) for p, _ in genre):
        return genre[0][1].strip("'")
    return None


# A notice or circular (关于报送2022年度工会工作总结的通知) asks for a document, it is none; one that
# issues a document (关于印发《2023年工会工作要点》的通知) carries it and keeps the kind it names.
_NOTICE = re.compile(r"(?:通知|通报|公告|批复|的函)$")
_ISSUING = re.compile(r"印发|下发|转发|颁发|发布")
# ...unless it is only the cover letter, the document it issues left out or filed on its own
# ("现将《…要点》印发给你们，请认真贯彻落实。"): a short text that hands over a cited title
_CITED_IN_TITLE = re.compile(r"《[^》]{1,60}》")
_COVER_LETTER = re.compile(r"现将《[^》]{2,60}》|(?:印发|下发|转发)给你们")
COVER_LETTER_CHARS = 300


def find_kind(title: str, text: str, rules: DescribeRules | None = None) -> tuple[str, list[str]]:
    """summary, plan, report (looking back and ahead, to a congress) or other.

    The title is the author's own label: when it names a kind (计划/要点/安排 → plan, 总结/小结/回顾
    → summary, both → report, 工作报告 → report), that decides; a summary addressed to a staff
    congress (向大会作报告, 请代表们审议) is a report. Text cues decide only when the title is silent.
    """
    k = (rules or default_describe_rules()).kinds
    about = _ABOUT_GENRE.search(title or "")
    if about:
        return "other", [f"kind other: {about.group(0)!r} in title reports on a document, not is one"]
    issued = _ISSUED_BY.search(title or "")
    if issued:
        return "other", [f"kind other: {issued.group(0)!r} in title, a unit issuing or deploying the document"]
    motto = _motto_genre(title or "", k)
    if motto and is_news(title, text):
        return "other", [f"kind other: {motto!r} in title is a motto's word over a news item, no genre"]
    notice = _NOTICE.search(title or "")
    if notice and not _ISSUING.search(title):
        return "other", [f"kind other: a notice ({notice.group(0)!r} in title), not the document it asks for"]
    if notice and len(text) <= COVER_LETTER_CHARS and _COVER_LETTER.search(text):
        return "other", ["kind other: the cover letter of a notice, without the document it issues"]
    opening = text[: OPENING_CHARS * 3]
    address = next((c for c in k.get("address_cues", []) if c in opening), None)
    # a title citing a document (…大会关于《工会工作报告》的决议) is not that document, unless it issues it
    kind, words = _named_kind(title if _ISSUING.search(title or "") else _CITED_IN_TITLE.sub("", title or ""), k)
    if kind == "summary" and address:
        return "report", [f"kind report: {words} in title, but {address!r} addresses a congress"]
    if kind:
        return kind, [f"kind {kind}: {words} in title"]
    if news_lead(text, title):  # "3月13日上午，…召开…", "日前，…": the report of an event
        return "other", ["kind other: the text opens as a news item (its date, 日前/近日)"]
    activity = _ACTIVITY_TITLE.search(title or "")
    if activity:
        return "other", [f"kind other: the title reports an activity held ({activity.group(0)!r})"]
    if held_lead(text, title):
        return "other", ["kind other: the text's first sentence reports a meeting or event held"]
    cue = _report_cue(opening, k)
    if cue:
        return "report", [f"kind report: {cue!r} in opening"]
    heads = _headings(text)
    back = next((h for h in heads if any(w in h for w in k["review_headings"])), None)
    ahead = next((h for h in heads if any(w in h for w in k["ahead_headings"])), None)
    if back and ahead:
        return "report", [f"kind report: headings {back!r} and {ahead!r}"]
    # the text's own first line, when it names a kind (a title the splitter did not take)
    first = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    if len(first) <= HEADING_MAX_CHARS * 2:
        kind, words = _named_kind(first, k)
        if kind:
            return kind, [f"kind {kind}: {words} in first line"]
    planned = _SCHEDULED.sub("", text[:OPENING_CHARS])  # "工会计划5月20日组织…": an event's day, not a plan
    ahead = _AHEAD.search(planned)
    word = next((w for w in k["plan_text_cues"] if w in planned), None) or (ahead and ahead.group(0))
    if word:
        return "plan", [f"kind plan: {word!r} in opening"]
    back = _LOOKS_BACK.search(text[:OPENING_CHARS])
    if back:
        return "summary", [f"kind summary: looks back in opening ({back.group(0)!r})"]
    told = text.split("\n", 1)[1] if first == (title or "").strip() and "\n" in text else text
    lead = _YEAR_FRAME.match(told.lstrip())
    if lead and "将" not in lead.group(1):  # "2017年，…工会认真贯彻…": the year's work told (not "…将…")
        return "summary", ["kind summary: the text opens with the year its work is told of"]
    return "other", []


# a title that names no genre and reports an activity the union held ("校工会开展庆“三八”妇女节春游赏花活动"), or an
# outing by its own noun ("某某馆工会组织职工观光旅游", Round 40)
_ACTIVITY_TITLE = re.compile(r"(?:开展|组织|举办)[^，,。；;]{0,24}(?:活动|旅游|春游|秋游|踏青|登山|徒步|健步走|观影)"
                             r"|活动[^，,。；;]{0,6}(?:开展|举办)")
# an opening that looks back on the work (一年来, 今年以来, "今年，…开展了…") or tells this year's work still to do
# ("今年着力抓好…", "今年将…", "今年的重点是…"): 今年 alone only names the year, which a plan and a news item name as
# well ("今年，书屋该添哪些新书？")
_LOOKS_BACK = re.compile(r"一年来|过去的一年|今年以来|今年来|今年[，,][^。！？!?\n]{0,60}?(?:了|取得|完成)|本学年|回顾|回眸|总结如下")
_AHEAD = re.compile(r"今年[^，,。；;！？!?\n]{0,6}?(?:将|要|着力|重点)")
# a day an event is set for ("计划5月20日组织职工登山", "计划于3月8日举办"): the news of that event
_SCHEDULED = re.compile(r"计划\s*(?:于|在)?\s*(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月")
_YEAR_FRAME = re.compile(r"\s*(?:19|20)\d{2}\s*年\s*[，,]([^。！？!?\n]*)")
