"""Document text for the fourth held-out set (web6, district_baiyun): a seeded composer of union
summaries, plans and reports. Every organisation, person, figure and sentence is invented; the
sentences follow the genre (openings, numbered sections, closing and signature lines), not any page.

A document is a dict: title, org, org_type, year, kind, on_topic, body (lines, exact text).
"""

from __future__ import annotations

import random

# who speaks, by kind of organisation: (we, staff, upper bodies, centre of work)
VOICES = {
    "school": ("我校工会", "教职工", "学校党支部和区教育工会", "立德树人"),
    "special_school": ("学校工会", "教职工", "学校党总支和区教育工会", "特殊教育提质"),
    "agency": ("局机关工会", "干部职工", "局党组和区直机关工会工委", "全局中心工作"),
    "tax": ("机关工会", "税务干部", "局党委和上级工会", "税收征管改革"),
    "police": ("分局工会", "民警辅警", "分局党委和区直机关工会工委", "平安建设"),
    "enterprise": ("公司工会", "职工", "公司党委和上级工会", "安全生产经营"),
    "power": ("公司工会", "电力职工", "公司党委和省电力工会", "保供电、保安全"),
    "water": ("集团工会", "一线职工", "集团党委和市总工会", "供水保障"),
    "gas": ("公司工会", "燃气职工", "公司党委和区总工会", "安全供气"),
    "tech": ("公司工会", "员工", "公司党支部和园区联合工会", "研发攻关"),
    "hospital": ("院工会", "医务职工", "医院党委和区卫生健康工会", "医疗服务提质"),
    "street": ("街道总工会", "辖区职工", "街道党工委和区总工会", "基层治理"),
    "park": ("联合工会", "园区职工", "园区党委和区总工会", "园区企业发展"),
    "university": ("学院工会", "教职工", "学院党委和省教育工会", "内涵式发展"),
    "education_union": ("区教育工会", "全区教职工", "区教育局党委和区总工会", "教育强区建设"),
    "transport": ("局工会", "交通职工", "局党组和市交通运输工会", "交通强区建设"),
    "women": ("女职工委员会", "女职工", "区教育工会和区总工会女职工委员会", "巾帼建功"),
    "audit": ("经费审查委员会", "工会干部", "区总工会党组和上级经审会", "经费规范使用"),
    "district": ("区总工会", "全区职工", "区委和市总工会", "全区高质量发展"),
}

ACTIVITIES = [
    "“迎新春”趣味运动会", "职工健步走", "“书香工会”读书分享会", "羽毛球团体赛", "插花手工课",
    "亲子游园会", "拔河比赛", "气排球联赛", "“最美劳动者”摄影展", "职工书画展", "瑜伽体验课",
    "象棋围棋邀请赛", "红色经典诵读会", "中秋灯谜会", "乒乓球混合团体赛", "登山踏青活动",
    "职工合唱展演", "茶艺沙龙", "篮球友谊赛", "趣味定向赛", "烘焙体验课", "跳绳踢毽比赛",
]

SUMMARY_HEADS = [
    "强化思想引领，凝聚{staff}奋进力量", "深化民主管理，保障{staff}知情参与", "用心用情服务，温暖{staff}身边事",
    "丰富文体生活，增强队伍凝聚力", "建设职工之家，夯实工会工作基础", "开展劳动竞赛，助推{centre}",
    "关爱女职工，维护特殊权益", "加强自身建设，提升履职能力", "规范经费管理，确保收好管好用好",
    "落实帮扶救助，织密困难职工保障网", "推进技能提升，搭建成长成才平台", "做实维权服务，构建和谐劳动关系",
    "弘扬劳模精神，营造比学赶超氛围", "关心离退休人员，传承优良传统",
]

PLAN_HEADS = [
    "突出政治引领，筑牢{staff}思想根基", "健全民主管理，落实{staff}主人翁地位", "围绕{centre}，深化劳动和技能竞赛",
    "扎实送温暖，做优常态化帮扶", "办好文体活动，丰富精神文化生活", "推进职工之家提档升级",
    "加强女职工工作，守护特殊权益", "建强工会干部队伍，提升服务本领", "严格经费管理，主动接受经审监督",
    "关注身心健康，做实疗休养和体检", "创新宣传方式，讲好工会故事", "完善制度建设，推动工作规范运行",
]

SUMMARY_SENT = [
    "全年组织{staff}集中学习{a}次，开展专题研讨{a2}场，撰写心得体会{c}篇。",
    "召开{who}代表大会{a1}次，审议通过提案{b}件，落实率达到{p1}%。",
    "春节、端午、中秋期间走访慰问困难{staff}{c}人次，发放慰问金{w}万元。",
    "举办{act}，{c}名{staff}报名参加，{a}个工会小组获得组织奖。",
    "组织{c}名{staff}参加年度健康体检，为{b}名{staff}建立健康档案。",
    "对{b}名生病住院的{staff}进行探望，送去慰问品和慰问金共计{y}元。",
    "{m}月组织{act}，{a}支代表队同场竞技，现场气氛热烈。",
    "新建母婴关爱室{a1}间，添置冷藏柜、沙发等设施{b}件。",
    "发展新会员{b}名，会员入会率由{p2}%提高到{p1}%。",
    "开展岗位练兵和技能比武{a}项，评选岗位能手{b}名。",
    "落实“三必访”制度，全年上门走访{b}户，协调解决实际困难{a2}件。",
    "推荐{a}名{staff}参评区级以上先进，其中{a1}人获评“最美劳动者”。",
    "严格执行工会经费预算，全年支出{w}万元，均按规定报经审委员会审查。",
    "组织{c}名女职工开展“两癌”筛查，举办健康讲座{a}场。",
    "为{c}名{staff}办理职工互助保障，理赔{b}人次。",
    "职工书屋新增图书{c}册，全年借阅{c2}人次。",
    "向上级工会报送信息{b}篇，被采用{a}篇。",
    "开展“夏送清凉”活动{a}次，为一线{staff}送去防暑用品{c}份。",
    "在{m}月开展“金秋助学”，资助{staff}子女{b}名，发放助学金{y}元。",
    "组织新入职{staff}座谈{a}次，收集意见建议{b}条并逐条反馈。",
    "全年组织{act}等活动{b}场，参与{staff}达{c}人次。",
    "对{b}个基层工会小组进行考核，评出先进工会小组{a}个。",
    "开展合理化建议征集，收到建议{c}条，采纳{b}条，创造效益{w}万元。",
    "组织工会干部参加培训{a}期，{b}人取得结业证书。",
    "举办“工会开放日”{a1}次，邀请{b}名{staff}家属走进单位。",
    "为{a}名退休{staff}举办荣休仪式，赠送纪念册。",
    "在{m}月组织{act}，{b}名{staff}获得一、二、三等奖。",
    "配合行政修订规章制度{a}项，广泛征求{staff}意见{b}条。",
    "全年受理{staff}来信来访{b}件，办结率{p1}%。",
    "联合社区开展志愿服务{a2}次，参与志愿者{c}人次。",
]

PLAN_SENT = [
    "计划每季度组织一次集中学习，全年不少于{a}次。",
    "{m}月召开{who}代表大会，审议年度工作报告和经费收支情况，力争提案{b}件以上。",
    "年内争取新建或改造职工小家{a}个，完善活动器材。",
    "全年计划开展{act}等文体活动不少于{a2}场。",
    "继续做好困难{staff}建档立卡，做到底数清、情况明，确保帮扶{c}人次以上。",
    "组织{staff}健康体检，参检率力争达到{p1}%。",
    "举办{a}期工会干部业务培训，提高做{staff}工作的本领。",
    "开展岗位技能竞赛{a}项，评选技术能手{b}名。",
    "{m}月举办{act}，丰富{staff}业余生活，预计参与{c}人次。",
    "落实女职工特殊保护专项集体合同，全年组织女职工活动不少于{a}次。",
    "推进会员实名制管理，会员信息准确率达到{p1}%。",
    "每半年向{staff}公开一次经费收支情况，接受{a}名经审委员监督。",
    "建立{staff}诉求台账，对收集到的问题在{a}个工作日内答复。",
    "选树先进典型{a}名，在宣传栏和公众号开设专栏宣传。",
    "组织疗休养{a}批次，优先安排一线{staff}和先进人物。",
    "开展“送清凉”“送温暖”活动，全年投入资金约{w}万元。",
    "完善工会小组考核办法，年底评选先进工会小组{a}个。",
    "{m}月开展“金秋助学”，对考入大学的{staff}子女每人资助{y}元。",
    "建设职工书屋，年内新增图书不少于{c}册。",
    "探索“工会+志愿服务”模式，组建志愿服务队{a}支，服务时长不少于{c}小时。",
]

OPENINGS_SUMMARY = [
    "{year}年，{we}在{upper}的领导下，紧紧围绕{centre}，认真履行维护、建设、参与、教育职能，各项工作取得新进展。现将一年来的工作总结如下：",
    "过去的一年，{we}坚持以{staff}为中心，围绕{centre}谋划和推进工作，较好地完成了年初确定的目标任务。现将主要工作汇报如下：",
    "{year}年是{we}工作扎实推进的一年。一年来，我们在{upper}的关心支持下，团结带领广大{staff}凝心聚力、担当作为，现将有关情况总结如下：",
    "一年来，{we}以建设“{staff}信赖的职工之家”为目标，围绕{centre}，履职尽责，服务大局，取得了一定成效，总结如下：",
]

OPENINGS_PLAN = [
    "{year}年{we}工作的总体思路是：在{upper}的领导下，围绕{centre}，团结动员广大{staff}建功立业，着力做好以下工作。",
    "为进一步发挥工会的桥梁纽带作用，结合{we}实际，现制定{year}年工作计划如下：",
    "{year}年，{we}将坚持服务大局、服务{staff}，重点抓好以下几个方面的工作：",
    "根据{upper}的工作部署，结合本单位实际，{we}{year}年工作安排如下：",
]

CLOSINGS_SUMMARY = [
    "回顾一年来的工作，我们也清醒地看到，服务{staff}的方式还不够多样，基层工会小组的活力还需增强。新的一年，{we}将找准差距，改进方法，努力把各项工作做得更实更好。",
    "总之，一年来{we}做了一些工作，但离{staff}的期望还有差距。我们将在{upper}的领导下，继续开拓创新，为{centre}作出新的贡献。",
    "成绩来之不易，不足仍需正视：活动覆盖面不够广，经费使用效益有待提高。{next}年，{we}将针对问题逐项整改。",
]

CLOSINGS_PLAN = [
    "{we}将以更加务实的作风抓好各项任务落实，为{centre}贡献工会力量。",
    "以上计划将根据上级工会部署和实际情况适时调整。",
    "全体工会干部要明确分工、压实责任，确保各项工作按期完成。",
]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "晓敏伟芳静丽强磊军洋勇艳杰涛明超秀娟霞平刚桂英华玲红梅鹏飞建国志宏海燕春雪立新文彬丹婷琳瑶宇航子涵思远浩然雨萱佳怡"
NUMERALS = "一二三四五六七八九十"


class Composer:
    """Deterministic fills: every sentence gets its own figures, so no two body lines repeat."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self._decks: dict[str, list[str]] = {}

    def _draw(self, name: str, pool: list[str]) -> str:
        deck = self._decks.get(name)
        if not deck:
            deck = list(pool)
            self.rng.shuffle(deck)
            self._decks[name] = deck
        return deck.pop()

    def person(self) -> str:
        r = self.rng
        return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2))))

    def fill(self, template: str, voice: str, year: int | None) -> str:
        we, staff, upper, centre = VOICES[voice]
        r = self.rng
        return template.format(
            we=we, staff=staff, upper=upper, centre=centre, year=year or "今", next=year + 1 if year else "明",
            a=r.randint(2, 12), a1=r.randint(1, 4), a2=r.randint(3, 9), b=r.randint(12, 90), c=r.randint(90, 900),
            c2=r.randint(900, 3000), y=r.randint(6, 96) * 100, w=f"{r.randint(1, 29)}.{r.randint(1, 9)}",
            n1=r.randint(3, 96), n2=r.randint(12, 480), p1=r.randint(91, 99), p2=r.randint(72, 89),
            m=r.randint(3, 11), act=self._draw("act", ACTIVITIES),
            who="教职工" if voice in ("school", "special_school", "university", "education_union") else "职工")

    def sections(self, voice: str, year: int | None, kind: str, n: int, style: str = "一、",
                 per: tuple[int, int] = (2, 3), start: int = 0) -> list[str]:
        heads, sents = (SUMMARY_HEADS, SUMMARY_SENT) if kind == "summary" else (PLAN_HEADS, PLAN_SENT)
        lines = []
        for i in range(start, start + n):
            head = self.fill(self._draw(kind + "h", heads), voice, year)
            lines.append(number(i, style) + head + ("。" if style in ("第一，",) else ""))
            k = self.rng.randint(*per)
            for j in range(k):
                sent = self.fill(self._draw(kind + "s", sents), voice, year)
                if style == "（一）" and j == 0:
                    sent = f"{j + 1}.{sent}"
                lines.append(sent)
        return lines

    def summary(self, voice: str, year: int | None, n: int = 4, style: str = "一、", sign: list[str] | None = None,
                opening: bool = True, closing: bool = True) -> list[str]:
        lines = []
        if opening:
            lines.append(self.fill(self._draw("os", OPENINGS_SUMMARY), voice, year))
        lines += self.sections(voice, year, "summary", n, style)
        if closing:
            lines.append(self.fill(self._draw("cs", CLOSINGS_SUMMARY), voice, year))
        return lines + (sign or [])

    def plan(self, voice: str, year: int | None, n: int = 4, style: str = "一、", sign: list[str] | None = None,
             opening: bool = True, closing: bool = True) -> list[str]:
        lines = []
        if opening:
            lines.append(self.fill(self._draw("op", OPENINGS_PLAN), voice, year))
        lines += self.sections(voice, year, "plan", n, style)
        if closing:
            lines.append(self.fill(self._draw("cp", CLOSINGS_PLAN), voice, year))
        return lines + (sign or [])


def number(i: int, style: str) -> str:
    cn = NUMERALS[i] if i < 10 else str(i + 1)
    return {"一、": f"{cn}、", "（一）": f"（{cn}）", "1.": f"{i + 1}. ", "第一，": f"第{cn}，", "": ""}[style]


def doc(title, org, org_type, year, kind, body, on_topic=True, **extra) -> dict:
    d = {"title": title, "org": org, "org_type": org_type, "year": year, "kind": kind, "on_topic": on_topic,
         "body": list(body)}
    d.update(extra)
    return d
