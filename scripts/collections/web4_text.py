"""Invented text for the collections written as the second held-out set, now development data
(corpus/dev/web4, corpus/dev/district_nanshan).

Every sentence here is the team's own writing; organisations, people and figures are invented.
Only the *shape* of real union summaries and plans (openings, numbered headings, closing and
signature lines) was modelled on pages studied once, none of whose text is reproduced.
"""

from __future__ import annotations

import random

# theme -> (summary heading, plan heading, summary sentences, plan sentences)
THEMES: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "维权": (
        ["依法履职，职工权益有了实在保障", "用好协商机制，把维权落到细处", "守住底线，维护职工切身利益"],
        ["健全协商机制，扎实做好维权工作", "依法维护职工合法权益", "把维权服务做在日常"],
        ["年内与行政续签了集体合同，新增带薪培训、体检项目两条条款，覆盖职工{n}人。",
         "工会法律顾问每月到岗一天，全年解答职工咨询{m}人次，调解劳动争议{k}起。",
         "在岗位绩效方案调整中，工会先后组织{k}轮征求意见，方案修改{m}处后才提交会议表决。",
         "对夜班补贴、加班调休的落实情况开展专项检查，发现问题{k}项，已全部整改。",
         "开展《工会法》《劳动合同法》进班组活动，发放学习手册{n}份。",
         "设立职工诉求登记台账，全年登记诉求{m}件，办结率{p}%。"],
        ["年内完成集体合同和女职工专项合同的续签，合同条款提前一个月交职工讨论。",
         "每季度开展一次劳动法律知识进班组活动，全年不少于{k}场。",
         "建立职工诉求“首问负责”制度，做到件件有登记、事事有回音。",
         "配合行政做好绩效方案修订，涉及职工切身利益的事项必须先听取职工意见。",
         "聘请一名法律顾问，为职工提供每月一次的免费咨询。"],
    ),
    "送温暖": (
        ["当好娘家人，困难帮扶有温度", "关心职工生活，把温暖送到心坎上", "帮困助学，暖心服务常态化"],
        ["做实帮扶救助，让职工感受组织温暖", "关心职工生活，办好民生实事", "常态化开展送温暖活动"],
        ["春节前走访慰问困难职工{k}户，送去慰问金{n}00元和米面油等生活物资。",
         "为生病住院的职工送去慰问，全年探望{m}人次，做到“病必访、困必帮”。",
         "开展金秋助学活动，资助职工子女{k}名，发放助学金{n}00元。",
         "盛夏时节为一线职工送去防暑降温用品，覆盖{m}个班组。",
         "职工生日当天送上生日蛋糕券和一封祝福信，全年送出{n}份。",
         "为退休职工举办欢送会，赠送纪念册{k}本。"],
        ["建立困难职工动态档案，年内走访慰问不少于{k}户。",
         "继续开展金秋助学活动，对考入高校的职工子女给予资助。",
         "落实职工生日慰问、生病探望、婚育祝贺等制度，做到不漏一人。",
         "夏季开展送清凉活动，把防暑降温物品送到每一个一线班组。",
         "办好职工爱心托管班，解决双职工子女假期看护难题。"],
    ),
    "文体活动": (
        ["文体活动丰富多彩，职工生活充满活力", "搭建平台，活跃职工文化生活", "以活动凝聚人心"],
        ["开展健康向上的文体活动", "丰富职工精神文化生活", "办好职工喜闻乐见的文体活动"],
        ["举办第{k}届职工趣味运动会，设拔河、跳绳、托球跑等项目，参赛职工{n}人。",
         "组建羽毛球、瑜伽、书法等兴趣小组{k}个，每周固定活动一次。",
         "“三八”节组织女职工开展插花和茶艺体验，参加{m}人。",
         "组队参加上级工会举办的气排球比赛，获得第{k}名。",
         "元旦前举办迎新年文艺汇演，{m}个节目全部由职工自编自演。",
         "开展“职工读书月”活动，职工书屋新增图书{n}册，借阅{m}人次。"],
        ["上半年举办职工气排球联赛，下半年举办趣味运动会。",
         "继续办好羽毛球、书法、合唱等兴趣小组，每个小组每月至少活动两次。",
         "“三八”节组织女职工开展健康讲座和户外健步走活动。",
         "举办迎新年联欢会，鼓励各部门自编自演节目。",
         "开展职工读书分享会，全年不少于{k}期。"],
    ),
    "民主管理": (
        ["推进民主管理，职工参与更加深入", "开好职代会，民主管理有实效", "公开透明，保障职工知情权"],
        ["深化民主管理，保障职工民主权利", "规范职代会制度", "推进事务公开"],
        ["召开第{k}届职工代表大会第{k2}次会议，审议通过年度工作报告和财务预决算报告。",
         "征集代表提案{m}件，立案{k}件，已全部答复，代表满意率达到{p}%。",
         "重大事项坚持公开，全年通过公开栏和内网公开事项{n}项。",
         "组织代表对领导班子进行民主评议，评议结果在全体大会上通报。",
         "工会主席列席行政会{m}次，对涉及职工利益的方案提出意见{k}条。"],
        ["年初召开职工代表大会，审议年度工作报告和财务预算报告。",
         "做好提案征集和督办工作，提案答复率达到100%。",
         "坚持重大事项公开制度，凡涉及职工切身利益的事项一律提交代表大会审议。",
         "每学期组织一次代表巡视，听取职工对后勤、食堂的意见。",
         "开展民主评议领导班子活动，评议结果向全体职工公开。"],
    ),
    "自身建设": (
        ["加强自身建设，工会工作更加规范", "夯实基础，提升工会组织活力", "规范管理，建强职工之家"],
        ["加强工会自身建设", "建强职工之家，提升服务能力", "规范工会经费管理"],
        ["组织工会委员参加上级工会培训{k}次，完成工会干部轮训。",
         "新发展会员{m}人，会员信息全部录入实名制系统。",
         "严格按照制度使用工会经费，经审委员会开展专项审查{k}次。",
         "职工之家新添跑步机、按摩椅等设备，全年接待职工{n}人次。",
         "建立工会工作台账，做到活动有方案、有记录、有总结。"],
        ["组织工会委员参加业务培训，提高履职能力。",
         "完善会员实名制管理，新入职职工当月入会。",
         "严格工会经费预决算管理，接受经审委员会和全体会员监督。",
         "完成职工之家提档升级，年内申报上级“模范职工之家”。",
         "每月召开一次工会委员会议，研究部署工作。"],
    ),
    "师德": (
        ["加强师德建设，教师队伍风清气正", "配合党政抓好师德师风", "立足岗位建功，教师素质稳步提高"],
        ["配合党政抓好师德师风建设", "开展岗位练兵，助力教师成长", "弘扬高尚师德"],
        ["配合学校开展师德师风专题学习{k}次，组织教师签订师德承诺书。",
         "举办青年教师教学基本功比赛，{m}名教师参赛，{k}人获一等奖。",
         "评选“最美教师”{k}名，在校园网和宣传栏集中宣传其事迹。",
         "开展师徒结对活动，结对{m}对，组织公开课{n}节。"],
        ["配合学校开展师德师风学习，组织教师签订师德承诺书。",
         "举办青年教师教学技能比赛和班主任论坛。",
         "开展“最美教师”评选，宣传身边的先进典型。",
         "继续做好师徒结对工作，为青年教师成长搭台子。"],
    ),
    "安全生产": (
        ["围绕安全生产，发挥群众监督作用", "开展劳动竞赛，职工建功有平台", "群安员队伍发挥作用"],
        ["深化劳动竞赛，助力安全生产", "发挥群众安全监督作用", "立足岗位建功立业"],
        ["开展“安全生产月”劳动竞赛，参赛班组{k}个，查改隐患{m}处。",
         "群众安全监督员全年巡查{n}人次，提出合理化建议{m}条。",
         "组织技能比武{k}场，{m}名职工获评岗位能手。",
         "评选“工人先锋号”班组{k}个，营造比学赶超氛围。"],
        ["围绕年度生产任务开展劳动竞赛和技能比武。",
         "加强群众安全监督员队伍建设，每月开展一次隐患排查。",
         "开展合理化建议征集活动，对采纳的建议给予奖励。",
         "评选“工人先锋号”和岗位能手，宣传职工先进事迹。"],
    ),
}

SUMMARY_OPEN = [
    "{year_txt}，{org}工会在{upper}的指导下，在{party}的领导下，紧扣中心工作，服务职工群众，较好地完成了全年各项任务，现总结如下：",
    "一年来，{org}工会围绕“{slogan}”的工作思路，主动作为，扎实工作，{year_txt}工会工作取得了新的进展。现将主要工作报告如下：",
    "{year_txt}，我们{org}工会坚持以职工为中心，依靠全体会员，把服务做细、把活动做实，各项工作有序推进。",
    "回顾{year_txt}，{org}工会在上级工会和{party}的关心下，团结带领广大职工，为{unit}的发展凝聚了力量。主要做了以下几方面工作：",
]
PLAN_OPEN = [
    "{year_txt}{org}工会工作的总体思路是：在{party}的领导下，围绕“{slogan}”，服务大局，服务职工，推动工会工作再上台阶。",
    "为做好{year_txt}工会工作，{org}工会结合{unit}实际，提出如下工作要点：",
    "{year_txt}，{org}工会将以建设职工信赖的“职工之家”为目标，突出维权服务，重点做好以下工作。",
    "根据上级工会的工作部署，结合我们{unit}的实际情况，{org}工会{year_txt}主要安排如下：",
]
REPORT_OPEN = [
    "各位代表：现在，我代表{org}工会委员会向大会报告{year_txt}的工作和今后的打算，请予审议。",
    "各位代表、同志们：受{org}工会委员会委托，我向大会报告{year_txt}的工会工作和下一步的工作打算，请各位代表审议。",
]
SUMMARY_CLOSE = [
    "回顾一年的工作，我们也清醒地看到，工会工作与职工的期待还有差距，活动覆盖面还不够广。新的一年，我们将继续努力，把工会建设得更有温度。",
    "总之，这一年的工会工作有收获，也有不足。今后我们将进一步改进作风，当好职工的贴心人。",
    "成绩属于过去，我们将认真查找不足，在新的一年里把工会工作做得更扎实。",
]
PLAN_CLOSE = [
    "以上计划如有变动，以上级工会和{party}的统一部署为准。",
    "新的一年，工会将团结全体会员，以更加饱满的热情把各项计划落到实处。",
    "各工会小组要对照本要点，结合实际抓好落实，年底工会将进行考核。",
]
REPORT_CLOSE = [
    "各位代表，新的一年任务光荣而艰巨，让我们紧密团结在{party}周围，同心同德，为{unit}的发展作出新的贡献！",
    "各位代表，让我们携起手来，共同建设温馨和谐的职工之家！",
]
SLOGANS = ["服务职工、凝心聚力", "建家暖心、实干惠工", "强基础、优服务、促和谐", "聚力同行、共建共享"]

NUM_CN = "一二三四五六七八九十"


def heading(style: str, i: int, text: str) -> str:
    if style == "cn":
        return f"{NUM_CN[i]}、{text}"
    if style == "paren":
        return f"（{NUM_CN[i]}）{text}"
    if style == "arabic":
        return f"{i + 1}.{text}"
    if style == "di":
        return f"第{NUM_CN[i]}，{text}"
    if style == "md":
        return f"#### {NUM_CN[i]}、{text}"
    return text  # "plain": Word heading styles give the number


def fill(rng: random.Random, s: str, **kw) -> str:
    vals = {"n": rng.randint(60, 980), "m": rng.randint(5, 58), "k": rng.randint(2, 9),
            "p": rng.choice(["96.5", "98", "97.2", "100", "95.8", "99.1"]), "k2": rng.randint(1, 4)}
    vals.update(kw)
    return s.format(**vals)


def build(rng: random.Random, *, org: str | None, year: int | None, kind: str, themes: list[str],
          style: str = "cn", unit: str = "单位", party: str = "党组织", upper: str = "上级工会",
          year_txt: str | None = None, sign: str | None = None, date: str | None = None,
          per: tuple[int, int] = (2, 3), used: set | None = None) -> tuple[list[str], list[int]]:
    """Body lines (opening, headed sections, closing, optional signature/date) and the indices of
    the heading lines. ``used`` (templates already used on the same page) keeps two articles of one
    page from sharing a line."""
    used = set() if used is None else used

    def pick(pool, k=1):
        free = [x for x in pool if x not in used] or list(pool)
        got = rng.sample(free, min(k, len(free)))
        used.update(got)
        return got

    org_txt = org or ""
    if year_txt is None:
        year_txt = f"{year}年" if year else "今年" if kind == "summary" else "新的一年"
    kw = {"org": org_txt, "year_txt": year_txt, "upper": upper, "party": party, "unit": unit,
          "slogan": rng.choice(SLOGANS)}
    opening = {"summary": SUMMARY_OPEN, "plan": PLAN_OPEN, "report": REPORT_OPEN}.get(kind, SUMMARY_OPEN)
    lines = [fill(rng, pick(opening)[0], **kw)]
    heads = []
    for i, th in enumerate(themes):
        s_heads, p_heads, s_sent, p_sent = THEMES[th]
        plan = kind == "plan"
        heads.append(len(lines))
        lines.append(heading(style, i, pick(p_heads if plan else s_heads)[0]))
        pool = p_sent if plan else s_sent
        for s in pick(pool, rng.randint(*per)):
            lines.append(fill(rng, s, **kw))
    close = {"summary": SUMMARY_CLOSE, "plan": PLAN_CLOSE, "report": REPORT_CLOSE}.get(kind, SUMMARY_CLOSE)
    lines.append(fill(rng, pick(close)[0], **kw))
    lines = [x.replace("我们我", "我") for x in lines]
    if sign:
        lines.append(sign)
    if date:
        lines.append(date)
    return lines, heads
