"""Article texts for the development web collection: the team's own writing, built from invented
organisations, activities and sentence frames (no third-party text). Deterministic for a seed."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# name, org_type, how the text refers to itself, the staff word, the union's own name
ORGS = {
    "school": [
        ("青桥中学", "我校", "教职工"), ("柳湾小学", "我校", "教职工"), ("石门镇中心小学", "我校", "教职工"),
        ("东湖实验小学", "学校", "教职工"), ("南岗第二中学", "我校", "教职工"), ("金溪县第三中学", "学校", "教职工"),
        ("月湖职业中学", "我校", "教职工"), ("城西外国语学校", "学校", "教职工"), ("白沙镇中心幼儿园", "我园", "教职工"),
        ("向阳幼儿园", "我园", "教职工"), ("梅林镇初级中学", "我校", "教职工"), ("北塘小学", "我校", "教职工"),
        ("青阳县实验幼儿园", "我园", "教职工"), ("泉口中学", "我校", "教职工"), ("河埠小学", "学校", "教职工"),
    ],
    "university": [
        ("江岚师范学院", "学校", "教职工"), ("北屿理工大学", "学校", "教职工"), ("临川医学院", "学院", "教职工"),
        ("海州职业技术学院", "学院", "教职工"),
    ],
    "education_union": [
        ("石门镇教育工会", "镇教育工会", "教职工"), ("东湖区教育工会", "区教育工会", "教职工"),
        ("柳江县教育工会", "县教育工会", "教职工"), ("梅林镇教育工会", "镇教育工会", "教职工"),
    ],
    "enterprise": [
        ("恒远机械有限公司", "公司", "职工"), ("华岳水务集团", "集团", "职工"), ("星河纺织股份有限公司", "公司", "员工"),
        ("长宁供电公司", "公司", "职工"), ("远山建设工程有限公司", "公司", "职工"), ("青湾物流公司", "公司", "员工"),
    ],
    "agency": [
        ("临湖市统计局", "我局", "干部职工"), ("江北区人力资源和社会保障局", "我局", "干部职工"),
        ("青阳县财政局", "我局", "干部职工"), ("海州市住房和城乡建设局", "我局", "干部职工"),
    ],
    "other": [
        ("临湖市第一人民医院", "我院", "医护职工"), ("江北区妇幼保健院", "我院", "职工"), ("青阳县中医院", "医院", "职工"),
    ],
}

# theme → activities (noun phrases) the union organised or will organise
ACTIVITIES = {
    "文体": ["教职工气排球比赛", "迎新年登山活动", "三八节趣味运动会", "职工乒乓球联赛", "合唱比赛", "书画摄影作品展",
           "健步走打卡活动", "羽毛球团体赛", "读书分享会", "拔河比赛", "八段锦晨练", "中秋游园会", "篮球友谊赛"],
    "送温暖": ["春节困难职工走访慰问", "患病住院职工探望", "夏季送清凉活动", "职工生日慰问", "退休职工座谈",
            "金秋助学活动", "困难职工子女助学", "职工健康体检", "单身青年联谊", "婚育慰问"],
    "民主管理": ["教职工代表大会", "职工代表大会", "校务公开栏更新", "提案征集与督办", "民主评议干部", "厂务公开专题会",
             "绩效工资方案听证", "食堂管理民主监督", "合理化建议征集"],
    "维权": ["劳动合同签订情况检查", "工资集体协商", "女职工权益专项集体合同续签", "劳动法律法规知识讲座",
           "职工法律援助咨询", "职称评审公示监督", "劳动安全卫生检查", "职工休息休假落实情况检查"],
}

SUMMARY_FRAMES = [
    "{m}月，工会组织了{act}，共有{n}名{staff}参加。",
    "{m}月份举办{act}，{n}人次参与，{staff}反响良好。",
    "全年开展{act}{k}次，覆盖{staff}{n}人。",
    "结合实际，工会牵头开展{act}，参与率达到{p}%。",
    "在{act}中，{ref}{staff}积极参与，{n}人受到表彰。",
    "{m}月，会同有关部门开展{act}，形成书面材料{k}份。",
]
PLAN_FRAMES = [
    "{m}月组织{act}，力争参与{staff}不少于{n}人。",
    "计划于{m}月开展{act}，做到人人知晓、人人参与。",
    "全年拟开展{act}{k}次，参与率争取达到{p}%以上。",
    "继续办好{act}，把好事办实、实事办好。",
    "{m}月前完成{act}的准备工作，由工会委员分工负责。",
    "将{act}列入年度重点工作，按季度检查落实情况。",
]
THEME_HEADS = {
    "文体": ["丰富文体活动，凝聚{staff}队伍", "开展文化体育活动", "活跃{staff}业余生活", "组织文体活动，增强凝聚力"],
    "送温暖": ["关心{staff}生活，做好送温暖工作", "关爱职工，办好实事", "帮扶困难{staff}", "做好慰问帮扶工作"],
    "民主管理": ["推进民主管理，落实公开制度", "加强民主管理和民主监督", "开好代表大会，保障民主权利", "深化公开工作，保障知情权"],
    "维权": ["依法维护{staff}合法权益", "做好维权工作", "维护职工合法权益，构建和谐关系", "加强劳动法律监督"],
}
OPENING_SUMMARY = [
    "{year_t}，{self_name}在{upper}和{party}的领导下，紧紧围绕中心工作，认真履行工会各项职能，现将一年来的工作总结如下。",
    "一年来，{self_name}坚持服务{staff}的宗旨，在维护权益、关心生活、丰富活动等方面做了大量工作，主要情况如下。",
    "{year_t}，{ref_union}以建设“职工之家”为目标，团结带领广大{staff}积极投身各项工作，取得了一定成绩。",
]
OPENING_PLAN = [
    "{year_t}，{self_name}将在{party}的领导下，围绕中心、服务大局，切实履行工会职责，特制定本计划。",
    "为进一步发挥工会的桥梁纽带作用，结合{ref}实际，制定{year_t}工会工作计划如下。",
    "新的一年，{ref_union}将以服务{staff}为出发点，重点抓好以下几方面工作。",
]
CLOSING_SUMMARY = [
    "回顾一年的工作，我们也看到存在的不足：活动形式还不够丰富，服务{staff}的能力有待提高。",
    "今后，我们将继续努力，不断改进工作方法，把工会建设成{staff}信赖的温馨之家。",
    "总之，在各级组织的关心支持下，工会工作取得了新进展，今后我们将再接再厉。",
]
CLOSING_PLAN = [
    "工会将按照本计划，分解任务、落实责任，确保各项工作按时完成。",
    "以上计划如遇上级部署调整，将及时作相应修改。",
    "全体工会委员要各司其职、密切配合，努力完成全年各项任务。",
]
SELF_BUILD = [
    "加强工会自身建设", "提高工会干部业务能力", "规范工会经费管理", "抓好工会组织建设",
]
SELF_BUILD_LINES = [
    "组织工会委员参加上级工会举办的业务培训{k}次，提高了工作水平。",
    "严格执行工会经费收支管理规定，经费审查委员会每半年审查一次账目。",
    "完善工会会员档案，做到会员实名入会、信息准确。",
    "建立工会委员联系{staff}制度，每名委员联系一个小组。",
]


def _local(act: str, staff: str, org_type: str) -> str:
    """An activity in the words of this kind of workplace."""
    if staff != "教职工":
        act = act.replace("教职工代表大会", "职工代表大会").replace("教职工", staff)
    if org_type in ("school", "university", "education_union"):
        return act.replace("厂务公开", "校务公开")
    return act.replace("校务公开", "厂务公开" if org_type == "enterprise" else "院务公开")


@dataclass
class Article:
    title: str
    body: list[str]
    org: str | None
    org_type: str | None
    year: int | None
    kind: str
    on_topic: bool = True
    extra: dict = field(default_factory=dict)


_HEAD_STYLES = [
    ("一、", "（一）", "1．"), ("一、", "1.", "（1）"), ("一、", "（一）", "1、"), ("第一，", "1.", "（1）"),
    ("（一）", "1．", "（1）"),
]
_CN = "一二三四五六七八九十"


def _marker(style: str, i: int) -> str:
    if style in ("一、", "第一，", "（一）"):
        cn = _CN[i]
        return {"一、": f"{cn}、", "第一，": f"第{cn}，", "（一）": f"（{cn}）"}[style]
    n = i + 1
    return {"1．": f"{n}．", "1.": f"{n}.", "1、": f"{n}、", "（1）": f"（{n}）"}[style]


def make_article(rng: random.Random, org_type: str, kind: str, *, year: int | None, year_in_title: str,
                 org_in: str, title_word: str | None = None, n_sections: int | None = None,
                 sub_items: bool | None = None, signature: bool | None = None,
                 pinned: dict | None = None) -> Article:
    """One article. year_in_title: "year" (2021年), "anon" (20xx年), "none" (no year in the title;
    the year, if any, is stated in the opening). org_in: "title", "text", "signature", "none"."""
    pinned = pinned or {}
    name, ref, staff = pinned.get("org_entry") or rng.choice(ORGS[org_type])
    union_name = name if name.endswith("工会") else name + "工会"
    if org_in in ("title", "text"):
        self_name = union_name
    else:
        self_name = ref if ref.endswith("工会") else f"{ref}工会"
    if kind == "plan":
        word = title_word or rng.choice(["工作计划", "工作要点", "工作安排", "工作计划"])
    elif kind == "summary":
        word = title_word or rng.choice(["工作总结", "工作总结", "年度工作总结", "工作小结"])
    elif kind == "report":
        word = title_word or "工作报告"
    else:
        word = title_word or "主席述职报告"
    if year_in_title == "anon":
        year = None
    anon = pinned.get("anon") or rng.choice(["20xx年", "20xx年", "20__年", "20XX年"])
    year_t = f"{year}年" if year else anon
    if year_in_title == "year":
        year_part = f"{year}年"
    elif year_in_title == "anon":
        year_part = anon
    else:
        year_part = ""
    if word.startswith("年度") and year_part.endswith("年"):
        year_part = year_part[:-1]  # 2021年度工作总结, not 2021年年度
    who = name if org_in == "title" else {"school": "学校", "university": "高校", "education_union": "教育",
                                           "enterprise": "企业", "agency": "机关", "other": "医院"}[org_type]
    if org_in == "title":
        title = f"{name}{'' if name.endswith('工会') else '工会'}{year_part}{word}"
    else:
        title = f"{year_part}{who}{'' if who.endswith('工会') else '工会'}{word}"
    title = pinned.get("title", title)

    upper = {"school": "上级教育工会", "university": "省教育工会", "education_union": "县总工会",
             "enterprise": "上级工会", "agency": "市直机关工会", "other": "市卫生健康工会"}[org_type]
    party = {"school": "学校党支部", "university": "学校党委", "education_union": "镇党委",
             "enterprise": "公司党委", "agency": "局党组", "other": "医院党委"}[org_type]
    if ref == "我园":
        party = "幼儿园党支部"
    fmt = {"staff": staff, "ref": ref, "self_name": self_name, "upper": upper, "party": party,
           "year_t": year_t if year_in_title != "none" or year else "今年"}
    if year_in_title == "none" and year is None:
        fmt["year_t"] = "过去的一年" if kind != "plan" else "新的一年"
    body: list[str] = []
    openers = OPENING_PLAN if kind == "plan" else OPENING_SUMMARY
    if kind == "report":
        body.append("各位代表：")
        body.append(f"受{union_name if org_in != 'none' else '工会委员会'}委托，我向大会报告工作，请予审议。")
    fmt["ref_union"] = ref if ref.endswith("工会") else ref + "工会"
    if year_in_title == "none" and year:
        openers = [o for o in openers if "{year_t}" in o]
    if org_in == "text":
        openers = [o for o in openers if "{self_name}" in o]
    body.append(rng.choice(openers).format(**fmt))
    for line in pinned.get("after_opening", []):
        body.append(line.format(**fmt))
    heads, sub, _item = rng.choice(_HEAD_STYLES)
    themes = list(ACTIVITIES)
    rng.shuffle(themes)
    n_sec = n_sections or rng.randint(3, 4)
    frames = PLAN_FRAMES if kind == "plan" else SUMMARY_FRAMES
    sections = [("theme", t) for t in themes[:n_sec]]
    if rng.random() < 0.5:
        sections.append(("self", None))
    if pinned.get("main_work_heading"):
        sections.insert(0, ("main", None))
    use_sub = sub_items if sub_items is not None else rng.random() < 0.4
    if kind == "report":
        sections = [("review", None)] + [("theme", t) for t in themes[:2]] + [("ahead", None), ("plan", themes[2])]
    for si, (what, theme) in enumerate(sections):
        if what == "plan":
            frames, what = PLAN_FRAMES, "theme"
        if what == "theme":
            head = rng.choice(THEME_HEADS[theme]).format(**fmt)
        elif what == "self":
            head = rng.choice(SELF_BUILD)
        elif what == "main":
            head = "主要工作"
        elif what == "review":
            head = f"{year_t if year else '过去一年'}工作回顾"
        else:
            head = f"{year + 1 if year else '今'}年工作打算" if year else "今年工作打算"
        body.append(_marker(heads, si) + head)
        if what in ("review", "ahead", "main"):
            body.append({"review": f"一年来，工会紧紧依靠全体{staff}，重点做了以下工作。",
                         "ahead": "新的一年，工会将重点抓好以下几项工作。",
                         "main": "全年工会工作围绕以下几个方面展开，具体安排见后。"}[what])
            continue
        n_lines = rng.randint(1, 3)
        acts = rng.sample(ACTIVITIES[theme], n_lines + 1) if what == "theme" else []
        picked = rng.sample(frames, n_lines + 1)
        selfs = rng.sample(SELF_BUILD_LINES, n_lines)
        for li in range(n_lines):
            def fill(frame: str) -> str:
                return frame.format(m=rng.randint(1, 12), n=rng.randint(12, 260), k=rng.randint(2, 9),
                                    p=rng.randint(80, 99), **fmt)

            if what == "self":
                text = fill(selfs[li])
            else:
                text = fill(picked[li].replace("{act}", _local(acts[li], staff, org_type)))
                if li == 0 and rng.random() < 0.4:  # a two-sentence paragraph, with the spare pick
                    text += fill(picked[n_lines].replace("{act}", _local(acts[n_lines], staff, org_type)))
            if use_sub:
                text = _marker(sub, li) + text
            body.append(text)
    body.append(rng.choice(CLOSING_PLAN if kind == "plan" else CLOSING_SUMMARY).format(**fmt))
    sign = signature if signature is not None else rng.random() < 0.5
    if org_in == "signature":
        sign = True
    if sign:
        body.append(union_name if org_in != "none" else "校工会" if org_type == "school" else "工会委员会")
        if year and kind != "plan":
            body.append(f"{year}年12月{rng.randint(20, 31)}日")
        elif year:
            body.append(f"{year}年1月{rng.randint(5, 20)}日" if year else "")
    org = name if org_in in ("title", "text", "signature") else None
    # org_type: plain from the text's own self-reference even when the name is not given
    org_kind = org_type
    if org is None and ref in ("学校",) and org_type == "university":
        org_kind = "university"
    return Article(title=title, body=[b for b in body if b], org=org, org_type=org_kind,
                   year=year if (year_in_title == "year" or (year_in_title == "none" and year)) else None,
                   kind={"other": "other"}.get(kind, kind))


OFF_TOPIC = {
    "dorm": ("学生宿舍管理工作总结", [
        "本学期，学校宿舍管理工作以安全为首要任务，宿管员认真履行职责。",
        "一、加强安全检查",
        "每晚十点进行查寝，发现违规使用电器{k}起，均已及时处理。",
        "二、开展文明宿舍评比",
        "全学期共评出文明宿舍{n}间，并在全校通报表扬。",
        "三、存在的问题",
        "个别学生作息不规律，熄灯后仍有讲话现象，需要班主任配合教育。",
        "下学期，我们将继续加强管理，为学生营造安全整洁的住宿环境。",
    ]),
    "npc": ("2022年镇人大代表工作计划", [
        "为更好地履行代表职责，结合本镇实际，制定本年度代表工作计划。",
        "一、加强代表学习",
        "组织代表学习宪法和代表法，每季度集中学习一次。",
        "二、开展视察调研",
        "围绕农村道路建设和饮水安全，组织代表视察{k}次。",
        "三、密切联系选民",
        "每名代表每年至少走访选民{n}户，收集意见建议并及时反映。",
        "镇人大主席团将加强对代表工作的指导，确保计划落到实处。",
    ]),
    "banzhuren": ("班主任工作总结", [
        "本学期我担任七年级三班班主任，现将工作总结如下。",
        "一、抓好班级常规管理",
        "建立值日班长制度，全班{n}名学生轮流参与管理。",
        "二、做好家校沟通",
        "召开家长会{k}次，电话家访二十余次。",
        "三、关注学生心理健康",
        "对情绪波动的学生及时谈心，帮助他们调整状态。",
        "今后我将继续努力，做学生成长路上的引路人。",
    ]),
}


def off_topic(rng: random.Random, which: str) -> Article:
    title, lines = OFF_TOPIC[which]
    body = [line.format(k=rng.randint(2, 9), n=rng.randint(20, 60)) for line in lines]
    year = 2022 if "2022" in title else None
    kind = "plan" if "计划" in title else "summary"
    org_type = {"dorm": "school", "npc": "agency", "banzhuren": "school"}[which]
    return Article(title=title, body=body, org=None, org_type=org_type, year=year, kind=kind, on_topic=False)
