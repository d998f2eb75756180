"""Invented article text for the held-out ingestion collection (see make_heldout_collection.py).

Every sentence here is the team's own writing: invented organisations, people and figures that
reproduce the *shape* of real union summaries and plans (opening line, numbered headings,
paragraphs per theme, signature and date), never their wording.
"""

from __future__ import annotations

import random

CN_NUM = "一二三四五六七八九十"

# Summary sentences per theme; {n}, {m}, {p} are filled with numbers.
SUMMARY = {
    "维权": [
        "全年受理教职工来信来访{n}件，件件有回音，当月办结率达到{p}%。",
        "工会牵头修订了《教职工请休假办法》，新办法经代表讨论后张榜公布。",
        "协助行政为{m}名合同制职工补签劳动合同，补缴社会保险的手续全部办妥。",
        "劳动争议调解小组全年调处矛盾{n}起，没有一起上交到上级部门。",
        "聘请法律顾问举办了两次法律讲座，职工依法表达诉求的意识明显增强。",
        "在绩效方案制定中，工会代表全程参与测算，把一线职工的意见写进了方案。",
    ],
    "送温暖": [
        "春节前走访慰问困难职工{n}户，送去慰问金{m}00元和米面油等物品。",
        "职工生病住院、家有丧事，工会委员第一时间上门看望，全年慰问{n}人次。",
        "为{m}名退休老同志过集体生日，并组织了一次健康体检。",
        "夏季高温期间，工会把绿豆汤和防暑药品送到了每一个班组和值班室。",
        "建立了困难职工档案，对两户重点帮扶对象实行一对一结对，按月走访。",
        "金秋助学活动中，为{n}名职工子女申请了助学补贴。",
    ],
    "文体活动": [
        "举办了第{n}届职工趣味运动会，拔河、跳绳、托球跑等项目吸引了{m}人参加。",
        "组建了羽毛球、书法、合唱三个兴趣小组，每周三下午固定活动。",
        "三八节组织女职工到郊外踏青赏花，开展了插花和茶艺体验。",
        "代表单位参加上级工会的职工篮球联赛，获得了第{n}名的好成绩。",
        "元旦前夕举办迎新年联欢会，{m}个节目全部由职工自编自演。",
        "开展读书月活动，共收到读书心得{m}篇，评出优秀作品{n}篇。",
    ],
    "民主管理": [
        "召开了第{n}届教职工代表大会第二次会议，审议通过了年度工作报告和财务预决算报告。",
        "全年征集代表提案{m}件，立案{n}件，已全部答复，答复满意率为{p}%。",
        "坚持公开办事制度，评优评先、职称推荐、经费使用等事项在公开栏和工作群同步公示。",
        "组织代表对中层干部进行民主评议，评议结果作为年度考核的重要依据。",
        "工会委员列席行政会，对涉及职工切身利益的方案提出修改意见{n}条。",
        "设立工会主席接待日，每月第一个周一面对面听取职工意见。",
    ],
    "组织建设": [
        "调整充实了工会小组长，全单位划分为{n}个工会小组，会员入会率保持100%。",
        "选派{n}名工会干部参加上级组织的业务培训，提高了履职能力。",
        "规范工会经费管理，做到账目清楚、专款专用，接受了经审委员会的审查。",
        "职工之家活动室添置了跑步机和阅览架，开放时间延长到晚上八点。",
        "按照上级部署完成了会员实名制录入，共录入会员{m}人。",
    ],
}

PLAN = {
    "维权": [
        "完善职工诉求受理机制，做到来信来访登记、转办、回访三个环节不落空。",
        "配合行政修订绩效分配办法，方案出台前充分听取一线职工意见。",
        "做好劳动合同续签和社会保险核对工作，确保{m}名聘用人员的权益不受损。",
        "举办一次劳动法律知识讲座，引导职工依法理性表达诉求。",
    ],
    "送温暖": [
        "继续开展“两节”送温暖活动，计划走访慰问困难职工不少于{n}户。",
        "坚持“四必访”制度，职工生病住院、婚丧嫁娶、家庭变故时及时上门看望。",
        "为全体会员办理互助保障，组织一次职工健康体检。",
        "关心退休职工，重阳节前组织一次座谈和慰问。",
    ],
    "文体活动": [
        "四月举办职工春季运动会，设拔河、跳绳、接力等集体项目。",
        "支持兴趣小组常态化活动，每个小组每月至少活动两次。",
        "结合读书节开展“书香工会”读书分享会。",
        "年底筹备迎新年文艺联欢，节目由各工会小组分头准备。",
    ],
    "民主管理": [
        "筹备召开第{n}届职工代表大会第三次会议，做好提案征集和答复工作。",
        "进一步规范公开办事制度，重大事项做到会前公开方案、会后公开结果。",
        "组织代表开展一次民主评议，评议结果向全体职工通报。",
        "推动工会委员列席行政会议，对涉及职工利益的事项提前介入。",
    ],
    "组织建设": [
        "加强工会自身建设，每季度召开一次工会委员会会议。",
        "做好工会经费预算，严格执行经费使用审批程序。",
        "开展一次工会小组长培训，提高小组活动的质量。",
    ],
}

HEADING_SUMMARY = {
    "维权": ["依法履职，切实维护职工合法权益", "畅通诉求渠道，把维权落到实处"],
    "送温暖": ["真情帮扶，把温暖送到职工心坎上", "关心职工生活，扎实开展送温暖"],
    "文体活动": ["丰富职工文化生活，增强团队凝聚力", "开展文体活动，营造和谐氛围"],
    "民主管理": ["推进民主管理，保障职工当家作主", "发挥代表大会作用，落实公开办事制度"],
    "组织建设": ["加强自身建设，提高服务水平", "夯实组织基础，规范工会管理"],
}
HEADING_PLAN = {
    "维权": ["突出维护职能，保障职工权益", "健全维权机制"],
    "送温暖": ["做实帮扶服务，温暖职工人心", "关心职工生活"],
    "文体活动": ["丰富文体活动，活跃职工生活", "开展群众性文体活动"],
    "民主管理": ["深化民主管理，落实公开制度", "开好代表大会"],
    "组织建设": ["加强工会自身建设", "规范组织和经费管理"],
}

OPEN_SUMMARY = [
    "{year}，{org}工会在上级工会和{party}的领导下，紧扣{center}，认真履行各项职能，较好地完成了年初确定的任务。现将一年来的工作总结如下：",
    "一年来，{org}工会围绕{center}，团结带领全体会员扎实工作，在维权服务、民主管理和文体活动等方面取得了新的进展。具体情况汇报如下：",
    "{year}，我们{org}工会坚持以职工为中心，主动作为，各项工作有序推进，现简要回顾如下：",
]
OPEN_PLAN = [
    "{year}，{org}工会将在{party}的领导下，围绕{center}，突出维护和服务两项职能，特制定本年度工作计划如下：",
    "为做好{year}的工会工作，结合{org}实际和上级工会的部署，现将主要工作安排如下：",
    "新的一年，{org}工会的总体思路是：服务大局、服务职工、服务基层，重点抓好以下几项工作。",
]
OPEN_REPORT = [
    "各位代表：现在，我代表{org}工会委员会向大会报告{year}的工作和今后的工作打算，请予审议。",
]
CLOSE_SUMMARY = [
    "回顾一年的工作，我们也清醒地看到不足：活动形式还比较单一，对青年职工的需求了解不够深。新的一年，我们将查找差距，把工会工作做得更实。",
    "总之，这一年工会工作有收获也有不足，今后我们将继续努力，当好职工的贴心人。",
]
CLOSE_PLAN = [
    "以上计划将根据上级工会的部署和本单位实际适时调整。",
    "工会委员会将按月检查计划落实情况，确保各项工作落到实处。",
]

PARTY = ["党支部", "党总支", "单位党委", "校党委", "局党组"]
CENTER = ["教育教学中心工作", "安全生产和经营目标", "服务群众的中心任务", "学校高质量发展", "医疗服务质量提升"]


def fill(rng: random.Random, s: str) -> str:
    return s.format(n=rng.randint(2, 19), m=rng.randint(12, 96), p=rng.choice(["95.2", "97.8", "98.6", "100"]))


def year_phrase(year: int | None, rng: random.Random) -> str:
    if year is None:
        return rng.choice(["今年", "本年度", "20xx年"])
    return f"{year}年"


def build_body(
    rng: random.Random,
    *,
    org: str | None,
    year: int | None,
    kind: str,
    themes: list[str],
    heading_style: str = "cn",
    sign: bool = True,
    date: str | None = None,
) -> tuple[list[str], list[int]]:
    """Body lines of one article and the indexes of its heading lines.

    heading_style: cn (一、), paren ((一)), arabic (1.), plain (no marker; Word styles carry the level).
    """
    org_word = org or rng.choice(["我单位", "我校", "本单位"])
    yp = year_phrase(year, rng)
    ctx = {"year": yp, "org": org_word, "party": rng.choice(PARTY), "center": rng.choice(CENTER)}
    lines: list[str] = []
    heads: list[int] = []
    if kind == "plan":
        lines.append(rng.choice(OPEN_PLAN).format(**ctx))
    elif kind == "report":
        lines.append(OPEN_REPORT[0].format(**ctx))
    else:
        lines.append(rng.choice(OPEN_SUMMARY).format(**ctx))
    sections: list[tuple[str, str]] = []
    if kind == "report":
        sections = [(t, "summary") for t in themes[:2]] + [(t, "plan") for t in themes[2:]]
    else:
        sections = [(t, kind) for t in themes]
    for i, (theme, k) in enumerate(sections):
        hs = HEADING_PLAN if k == "plan" else HEADING_SUMMARY
        head = rng.choice(hs[theme])
        marker = {
            "cn": f"{CN_NUM[i]}、",
            "paren": f"（{CN_NUM[i]}）",
            "arabic": f"{i + 1}.",
            "plain": "",
            "ordinal": f"第{CN_NUM[i]}，",
        }[heading_style]
        heads.append(len(lines))
        lines.append(marker + head)
        bank = PLAN if k == "plan" else SUMMARY
        picks = rng.sample(bank[theme], k=min(len(bank[theme]), rng.randint(2, 3)))
        numbered = heading_style in ("cn", "plain") and rng.random() < 0.5
        for j, s in enumerate(picks):
            prefix = f"{j + 1}、" if numbered else ""
            lines.append(prefix + fill(rng, s))
    if kind in ("summary", "report"):
        lines.append(rng.choice(CLOSE_SUMMARY))
    else:
        lines.append(rng.choice(CLOSE_PLAN))
    if sign:
        lines.append(f"{org}工会委员会" if org else "工会委员会")
        if date is None:
            if year is None:
                date = f"二〇二{rng.randint(0, 3)}年十二月"
            elif kind == "plan":
                date = f"{year}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日"
            else:
                date = f"{year}年{rng.randint(10, 12)}月{rng.randint(1, 28)}日"
        lines.append(date)
    return [tidy(x) for x in lines], heads


def tidy(line: str) -> str:
    """Undo doubled words from filling templates with names that already end in 工会."""
    for a, b in (("工会工会", "工会"), ("工会联合会工会", "工会联合会"), ("工委工会", "工委"), ("我们我单位", "我们"),
                 ("我们我校", "我们"), ("我们本单位", "我们"), ("为做好今年的", "为做好新一年的")):
        line = line.replace(a, b)
    return line


OFF_TOPIC_CREATE = [
    "今年，在县委县政府的统一部署下，我单位把创建卫生县城作为一项重点工作，成立了由主要负责人任组长的领导小组。",
    "一、领导重视，创卫工作常抓不懈",
    "单位班子多次召开专题会议研究创卫工作，明确了分片包干、责任到人的办法。",
    "二、加强日常保洁，改善办公环境",
    "办公区域坚持每天一小扫、每周一大扫，节假日前彻底清扫，卫生死角全部清理。",
    "三、广泛宣传，增强卫生意识",
    "利用宣传栏和工作群发放健康知识资料，组织干部职工参加义务劳动{n}次。",
]
