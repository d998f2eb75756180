"""Text of the third held-out ingestion set (web3, district_xiangshan): every organisation, person,
figure and sentence here is invented; only the *patterns* of real pages and files were studied.

Documents are assembled from small sentence banks (one bank per theme and tense) so that each
article has its own lines; the choice is deterministic (a counter per bank, numbers from a
string-seeded generator), so the generator reproduces the same files every time."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

# ---------------------------------------------------------------------------------------------
# vocabulary by kind of unit


CTX = {
    "school": {"staff": "教职工", "congress": "教代会", "openness": "校务公开", "we": "我校", "party": "学校党支部",
                   "upper": "区教育工会", "home": "教工之家", "work": "教育教学"},
    "kinder": {"staff": "教职工", "congress": "教代会", "openness": "园务公开", "we": "我园", "party": "幼儿园党支部",
                   "upper": "区教育工会", "home": "教工之家", "work": "保教"},
    "university": {"staff": "教职工", "congress": "二级教代会", "openness": "院务公开", "we": "学院", "party": "学院党委",
                       "upper": "校工会", "home": "教工小家", "work": "教学科研"},
    "hospital": {"staff": "医务职工", "congress": "职代会", "openness": "院务公开", "we": "我院", "party": "医院党委",
                     "upper": "区卫健系统工会", "home": "职工之家", "work": "医疗服务"},
    "enterprise": {"staff": "职工", "congress": "职代会", "openness": "厂务公开", "we": "公司", "party": "公司党委",
                       "upper": "集团工会", "home": "职工之家", "work": "生产经营"},
    "agency": {"staff": "干部职工", "congress": "职工大会", "openness": "局务公开", "we": "我局", "party": "局党组",
                   "upper": "区直机关工会工委", "home": "职工之家", "work": "业务"},
    "street": {"staff": "辖区职工", "congress": "区域职代会", "openness": "厂务公开", "we": "街道", "party": "街道党工委",
                   "upper": "区总工会", "home": "职工服务站", "work": "辖区发展"},
    "town": {"staff": "基层职工", "congress": "职代会", "openness": "厂务公开", "we": "全镇", "party": "镇党委",
                 "upper": "县总工会", "home": "职工服务站", "work": "乡村振兴"},
    "park": {"staff": "园区职工", "congress": "区域职代会", "openness": "厂务公开", "we": "园区", "party": "园区党工委",
                 "upper": "区总工会", "home": "职工驿站", "work": "园区建设"},
}

CN = "一二三四五六七八九十"

# ---------------------------------------------------------------------------------------------
# sentence banks: (heading, [paragraph templates]) per theme, for looking back (past) and ahead (plan)

PAST = {
    "democracy": [
        ("坚持民主管理，畅通{staff}参与渠道", [
            "全年召开{congress}{n0}次，审议通过《绩效工资分配方案》等{n1}项制度，征集代表提案{n3}件，立案{n1}件，均已答复落实。",
            "{openness}栏每月更新，{n1}项涉及{staff}切身利益的事项先公示后实施，没有发生一起因分配不公引起的投诉。"]),
        ("依法维权，推进{openness}", [
            "年初与行政签订《集体合同》和《女职工权益保护专项协议》，工会代表参加职称评审和评优推荐小组，全程参与监督。",
            "设立意见箱和“主席接待日”，全年接待{staff}来访{n3}人次，协调解决食堂、停车、值班补贴等问题{n1}件。"]),
        ("发挥{congress}作用，落实源头参与", [
            "{m1}月召开的{congress}上，代表们对年度考核办法提出修改意见{n3}条，经协商采纳{n1}条后表决通过。",
            "工会牵头开展民主评议中层干部工作，参评{staff}{n4}人，评议结果反馈到个人并作为考核依据之一。"]),
        ("完善协商机制，保障{staff}权益", [
            "工会与行政开展工资集体协商{n2}轮，一线岗位津贴每月提高{n5}元，夜班补贴纳入协议条款。",
            "组织{staff}学习《劳动合同法》和《工会法》，开展法律咨询{n2}场，帮助{n1}名职工解决劳动争议。"]),
    ],
    "warmth": [
        ("关心{staff}生活，把温暖送到心坎上", [
            "坚持“六必访”制度，全年走访生病住院、家庭困难{staff}{n3}人次，发放慰问金{n4}00元。",
            "春节、中秋为全体会员发放节日慰问品，为{n3}名会员送上生日祝福，组织{staff}健康体检，体检率达到{p1}%。"]),
        ("做实帮扶救助，解决急难愁盼", [
            "为{n1}名困难{staff}建立帮扶档案，争取上级工会救助资金{n4}00元，落实“一人一策”帮扶措施。",
            "夏季开展“送清凉”活动，为一线岗位送去绿豆汤、防暑药品，慰问{staff}{n4}人次。"]),
        ("办好暖心实事，增强{staff}获得感", [
            "改造{home}和母婴室，添置跑步机、按摩椅等设备，{home}全年开放{n4}小时。",
            "开设{staff}子女暑期托管班{n2}期，解决了{n3}名{staff}的后顾之忧，受到普遍好评。"]),
        ("关爱退休同志和女职工", [
            "重阳节组织退休同志座谈会，看望{n2}名高龄退休同志；为女职工办理特疾保险，参保率达到{p2}%。",
            "“三八”节开展女职工健康讲座和插花活动，为{n3}名女职工送上节日问候。"]),
    ],
    "culture": [
        ("开展文体活动，丰富{staff}业余生活", [
            "举办{staff}趣味运动会、羽毛球赛、拔河比赛等活动{n2}场，参与{staff}{n4}人次。",
            "成立书法、瑜伽、摄影等{n1}个兴趣小组，每周固定活动，参加人数逐月增加。"]),
        ("建设{staff}书屋，营造读书氛围", [
            "开展“书香{home}”读书月活动，新增图书{n4}册，评选“读书之星”{n1}名。",
            "组织{staff}参加上级工会合唱比赛，获得二等奖；元旦举办迎新联欢会，节目全部由{staff}自编自演。"]),
        ("组织春秋游和健步走，增强凝聚力", [
            "{m1}月组织{staff}赴郊野公园开展健步走，{m2}月组织秋游，参加人数{n4}人次。",
            "举办“最美{home}”摄影展，展出作品{n3}幅，展示了{staff}的精神风貌。"]),
    ],
    "team": [
        ("加强工会自身建设，提升服务能力", [
            "调整充实工会小组长{n1}名，新发展会员{n2}名，会员入会率保持在{p2}%以上。",
            "严格工会经费管理，经费审查委员会每半年审查一次账目，收支情况向会员公开。"]),
        ("开展岗位练兵，助力{work}", [
            "围绕{work}组织技能比武和岗位练兵{n2}项，参赛{staff}{n3}人，评出岗位能手{n1}名。",
            "推荐{n1}名{staff}参加区级技能竞赛，获一等奖一项、三等奖两项。"]),
        ("加强思想引领，弘扬劳模精神", [
            "组织{staff}开展主题学习{n2}次，邀请劳动模范作事迹报告，参加{staff}{n4}人次。",
            "评选表彰先进工会小组{n1}个、优秀工会积极分子{n3}名，营造了比学赶超的氛围。"]),
    ],
}

PLAN = {
    "democracy": [
        ("健全民主管理制度，保障{staff}知情权参与权", [
            "按时召开{congress}，涉及{staff}切身利益的方案必须提交大会审议，提案办理情况在会上逐件通报。",
            "完善{openness}目录，每季度至少公开一次，重大事项随时公开，接受{staff}监督。"]),
        ("深化集体协商，依法维护{staff}权益", [
            "{m1}月前完成集体合同续签工作，重点协商工资增长、休息休假和劳动保护条款。",
            "开展“法律进{home}”活动，全年举办法律讲座不少于{n1}次，及时调处劳动争议。"]),
        ("推进源头参与，做好民主评议", [
            "参与制定年度考核和评优办法，组织代表对中层干部进行民主评议，结果向{staff}反馈。",
            "每学期开展一次{staff}满意度调查，问题清单交行政限期整改。"]),
    ],
    "warmth": [
        ("做好帮扶慰问，当好{staff}娘家人", [
            "继续落实“六必访”，做到生病住院必访、家庭困难必访、婚丧嫁娶必访，慰问标准按规定执行。",
            "建立困难{staff}动态台账，元旦春节前集中走访，确保帮扶资金及时足额发放。"]),
        ("办好{staff}实事，提升幸福感", [
            "组织全体会员健康体检，开设心理健康讲座{n1}场，为有需要的{staff}提供心理疏导。",
            "完善{home}设施，增设午休室和阅览角，延长开放时间。"]),
        ("关爱女职工和退休同志", [
            "做好女职工“两癌”筛查和特疾保险续保工作，“三八”节开展女职工专题活动。",
            "重阳节前走访慰问退休同志，组织退休同志参加秋游和座谈。"]),
    ],
    "culture": [
        ("丰富文体活动，建设温馨家园", [
            "上半年举办{staff}气排球赛和踏青活动，下半年举办趣味运动会和迎新年联欢会。",
            "扶持兴趣小组开展活动，每个小组每月活动不少于两次，年底进行展示评比。"]),
        ("开展读书和文化活动", [
            "开展“阅读伴我行”读书活动，每季度推荐书目一次，组织读书分享会{n1}场。",
            "组织{staff}参加上级工会举办的歌咏、书画比赛，争取取得好成绩。"]),
    ],
    "team": [
        ("加强自身建设，提高工会工作水平", [
            "组织工会委员和小组长参加业务培训，完善工会工作台账，规范经费使用和审批程序。",
            "做好新入职人员入会工作，确保应入尽入，会员信息录入实名制系统。"]),
        ("开展劳动和技能竞赛，服务{work}", [
            "围绕{work}开展岗位练兵和技能竞赛，评选岗位能手，推荐优秀{staff}参加上级比赛。",
            "开展合理化建议征集活动，对采纳的建议给予奖励。"]),
    ],
}

THEMES = ("democracy", "warmth", "culture", "team")

_counters: dict[tuple, int] = {}


def _next(bank: str, theme: str, options: list):
    key = (bank, theme)
    i = _counters.get(key, 0)
    _counters[key] = i + 1
    return options[i % len(options)]


def reset() -> None:
    _counters.clear()


def _nums(r: random.Random) -> dict:
    return {"n0": r.randint(1, 3), "n1": r.randint(2, 9), "n2": r.randint(2, 12), "n3": r.randint(12, 68), "n4": r.randint(120, 980),
                "n5": r.randint(60, 300), "p1": r.randint(90, 99), "p2": r.randint(95, 99), "m1": r.randint(3, 6),
                "m2": r.randint(9, 11)}


@dataclass
class Article:
    title: str                 # the title as the key gives it
    body: list[str]
    org: str | None
    org_type: str | None
    year: int | None
    kind: str
    on_topic: bool = True
    title_line: str | None = None   # the title line as written in the file (None: title stands only in a heading)
    extra: dict = field(default_factory=dict)

    def key(self) -> dict:
        return {"title": self.title, "org": self.org, "org_type": self.org_type, "year": self.year,
                "kind": self.kind, "on_topic": self.on_topic, "first": self.body[0], "last": self.body[-1],
                "body": list(self.body)}


def sections(seed: str, unit: str, tense: str, count: int, *, numbered: str = "cn", paras: int = 1,
             start: int = 0) -> list[str]:
    """Section headings and paragraphs: numbered '一、' (cn), '（一）' (paren), '1.' (arabic) or
    not at all (none: Word heading styles carry the level)."""
    r = random.Random(seed + tense)
    ctx = CTX[unit]
    bank = PAST if tense == "past" else PLAN
    out = []
    themes = [THEMES[(start + i) % len(THEMES)] for i in range(count)]
    for i, theme in enumerate(themes):
        heading, texts = _next(tense, theme, bank[theme])
        vals = dict(ctx, **_nums(r))
        h = heading.format(**vals)
        if numbered == "cn":
            h = f"{CN[i]}、{h}"
        elif numbered == "paren":
            h = f"（{CN[i]}）{h}"
        elif numbered == "arabic":
            h = f"{i + 1}.{h}"
        out.append(h)
        for t in texts[:paras]:
            out.append(t.format(**vals))
    return out


def opening(unit: str, org_ref: str, period: str, tense: str, variant: int = 0) -> str:
    c = CTX[unit]
    if tense == "past":
        forms = [
            (f"{period}，{org_ref}在{c['party']}和{c['upper']}的领导下，紧紧围绕{c['work']}中心工作，"
            f"团结带领广大{c['staff']}履职尽责、真抓实干，较好地完成了各项任务。现将{period}工作总结如下："),
            (f"{period}以来，{org_ref}坚持服务大局、服务{c['staff']}的工作思路，在维权服务、民主管理和"
            f"文体活动等方面做了大量工作，取得了一定成效。现简要汇报如下："),
            (f"回顾{period}，{org_ref}在上级工会的指导下，以建设“{c['home']}”为抓手，"
            f"努力为{c['staff']}办实事、解难题，各项工作稳步推进。主要做了以下几方面工作："),
            (f"{period}，{org_ref}认真落实年初制定的工作计划，围绕“凝聚人心、服务{c['staff']}”的目标开展工作，"
            f"{c['staff']}对工会工作的满意度进一步提高。现将有关情况总结如下："),
        ]
    else:
        forms = [
            (f"{period}，{org_ref}将在{c['party']}和{c['upper']}的领导下，围绕{c['work']}中心工作，"
            f"突出维权服务，加强自身建设，团结带领广大{c['staff']}建功立业。现制定工作计划如下："),
            f"为做好{period}工会工作，根据{c['upper']}的工作部署，结合{c['we']}实际，特制定本计划。",
            (f"{period}{org_ref}工作的总体思路是：以{c['staff']}需求为导向，以“{c['home']}”建设为载体，"
            f"着力在民主管理、帮扶服务和文体活动上下功夫。重点抓好以下工作："),
        ]
    return forms[variant % len(forms)]


def closing(unit: str, period_next: str, tense: str, variant: int = 0) -> str:
    c = CTX[unit]
    if tense == "past":
        forms = [
            (f"一年来的工作虽然取得了一些成绩，但也存在活动覆盖面不够广、服务方式比较单一等不足。"
            f"{period_next}，我们将进一步改进工作方法，努力把工会建设成{c['staff']}信赖的温暖之家。"),
            (f"在今后的工作中，我们将认真总结经验，查找差距，以更加务实的作风做好各项工作，"
            f"为{c['we']}的发展作出新的贡献。"),
            (f"存在的不足主要是：基层小组活动不够平衡，部分{c['staff']}参与积极性不高。"
            f"{period_next}我们将加强调研，改进服务，推动工会工作再上新台阶。"),
        ]
    else:
        forms = [
            (f"全体工会干部要增强责任意识，分工协作，确保{period_next}各项工作落到实处，"
            f"为{c['we']}高质量发展凝聚力量。"),
            f"以上计划将根据上级工会部署和{c['we']}工作安排适时调整，各工会小组要结合实际抓好落实。",
        ]
    return forms[variant % len(forms)]


def doc(seed: str, unit: str, org_ref: str, period: str, tense: str, *, count: int = 4, numbered: str = "cn",
        paras: int = 1, sign: list[str] | None = None, next_period: str = "新的一年", variant: int = 0,
        start: int = 0) -> list[str]:
    body = [opening(unit, org_ref, period, tense, variant)]
    body += sections(seed, unit, tense, count, numbered=numbered, paras=paras, start=start)
    body.append(closing(unit, next_period, tense, variant))
    body += sign or []
    return body


def report(seed: str, unit: str, org: str, congress: str, year: int, sign: list[str]) -> list[str]:
    """A work report to a congress: the past year looked back on, the next year ahead."""
    c = CTX[unit]
    body = ["各位代表：",
            f"现在，我代表{org}工会委员会向大会报告{year}年的工作和{year + 1}年的工作安排，请予审议。",
            f"一、{year}年工作回顾",
            (f"{year}年，工会在{c['party']}的领导下，依靠全体{c['staff']}，认真履行各项职能，"
            f"{congress}各项决议得到较好落实。")]
    body += sections(seed + "r1", unit, "past", 3, numbered="paren", paras=1)
    body += [f"二、{year + 1}年工作安排",
             (f"{year + 1}年工会工作的总体要求是：围绕{c['work']}中心，突出维权服务，推进民主管理，"
             f"建设{c['staff']}满意的“{c['home']}”。")]
    body += sections(seed + "r2", unit, "plan", 3, numbered="paren", paras=1, start=1)
    body.append("各位代表，让我们在新的一年里同心同德、奋发有为，为完成各项目标任务而共同努力！")
    return body + sign
