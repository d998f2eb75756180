"""Body text for the fifth held-out pair (web7, district_jinshui): a seeded composer of union
summaries, plans and reports. Every organisation, person, figure and sentence is invented; the
sentence frames are the team's own. The same seed gives the same lines, and no line repeats within
one composer (each carries its own figures)."""

from __future__ import annotations

import random

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = ["建国", "秀兰", "立新", "海燕", "志强", "春梅", "晓东", "丽娟", "国庆", "玉华", "文博", "静怡", "德明", "雪松", "亚楠", "红霞", "振宇", "婉婷", "永刚", "慧敏", "子涵", "俊杰", "桂芳", "明远", "思琪", "宏伟", "晓玲", "家豪", "淑珍", "一鸣"]
ACTIVITIES = ["气排球联赛", "健步走", "跳绳踢毽比赛", "书画摄影展", "迎新春趣味运动会", "乒乓球团体赛",
              "职工合唱比赛", "读书分享会", "拔河比赛", "羽毛球混合双打赛", "太极拳培训", "亲子手工坊",
              "插花沙龙", "登山健身活动", "篮球友谊赛", "八段锦展示", "职工厨艺比拼", "象棋围棋赛"]
FESTIVALS = ["元旦", "春节", "三八妇女节", "五一劳动节", "端午节", "中秋节", "重阳节", "教师节"]
TRAININGS = ["工会干部履职能力", "劳动法律法规", "心理健康调适", "急救知识", "职业技能提升", "财务报销规范",
             "女职工权益保护", "安全生产知识"]

SUMMARY = [
    "全年走访慰问生病住院职工{a}人次，发放慰问金{b}元，做到了婚丧嫁娶必访、生病住院必访。",
    "在{f}前夕，工会为全体会员发放节日慰问品，共计支出{b}元，人均{c}元，严格控制在规定标准之内。",
    "组织开展了{act}，共有{a}名职工报名参加，{n}、{n2}等{c}人获得表彰。",
    "坚持每季度召开一次工会委员会议，全年共研究解决职工关心的问题{c}件，办结率达到{p}%。",
    "会员入会率保持在{p}%，新发展会员{a}名，及时为{c}名调入职工办理了会员关系接转手续。",
    "{m}月份召开了第{c}届{c2}次职工代表大会，审议通过了{doc}等事项，收到代表提案{a}件。",
    "全年组织职工参加{tr}培训{c}期，参训{a}人次，{n}同志在上级比赛中获得二等奖。",
    "为{a}名职工办理了职工互助保障，为{c}名患病职工申请大病救助金共{b}元。",
    "职工书屋新增图书{b}册，全年借阅{a}人次，“职工之家”活动室开放{c2}0余天。",
    "在女职工中开展了“两癌”筛查，参检{a}人，参检率{p}%，对{c}名需复查的女职工逐一跟踪回访。",
    "认真落实工会经费预算管理，全年经费收入{b}元、支出{b2}元，经审委员会审查{c}次，未发现违规列支。",
    "开展“金点子”合理化建议征集活动，收到建议{a}条，采纳{c}条，其中{n}提出的建议节约成本约{b}元。",
    "组织劳动技能竞赛{c}场，{a}名职工参赛，评出岗位能手{c2}名，竞赛成绩与评先评优挂钩。",
    "{m}月组织{a}名一线职工分批开展疗休养，工会委员全程跟班服务，职工满意度达到{p}%。",
    "推进办事公开，{doc}等{c}项内容在公开栏和内网同步公示，接受职工监督。",
    "工会牵头成立了{act}兴趣小组，每周活动一次，参与职工由年初的{c}人增加到{a}人。",
    "对{c}户困难职工家庭建立帮扶台账，实行“一户一策”，全年送去帮扶资金{b}元。",
    "{m}月与行政签订了新一轮集体合同，涉及职工{a}人，工资增长条款得到落实。",
    "开展了“最美家庭”评选，{n}家庭等{c}户获评，事迹在宣传栏集中展示。",
    "全年编发工会简报{c2}期，在上级工会网站刊发信息{c}篇，工会工作的影响力不断扩大。",
    "为{a}名职工集中过集体生日，送上生日蛋糕券和贺卡，让职工感受到组织的温暖。",
    "夏季高温期间，工会开展“送清凉”活动{c}次，为一线职工送去防暑物品价值{b}元。",
]
PLAN = [
    "{m}月份组织开展{act}，力争参与职工不少于{a}人。",
    "继续做好{f}等节日的慰问工作，慰问标准严格执行上级工会的规定。",
    "计划举办{tr}专题培训{c}期，覆盖工会小组长和会员代表{a}人次。",
    "全年走访慰问困难职工不少于{a}户，确保帮扶资金{b}元足额发放到位。",
    "{m}月前完成会员实名制信息核对，会员信息准确率达到{p}%以上。",
    "筹备召开第{c}届{c2}次职工代表大会，提前{c}周开展提案征集，提案办复率达到百分之百。",
    "修订完善《职工之家管理办法》，{m}月底前完成活动室器材更新，预算{b}元。",
    "组织{a}名女职工参加健康体检，开展“巾帼建功”活动，推荐{c}名先进个人。",
    "深化劳动技能竞赛，围绕重点岗位组织比武{c}场，评选岗位能手{c2}名。",
    "加强工会经费管理，年中和年末各开展一次经审检查，确保经费使用规范透明。",
    "开展“职工点单、工会买单”服务，全年安排服务项目{c}项，预计受益职工{a}人次。",
    "{m}月启动{act}报名工作，各工会小组至少组队{c}支。",
    "建立职工思想动态季度分析制度，每季度形成一份分析报告报送{up}。",
    "推进职工书屋建设，新增图书不少于{b}册，组织读书活动{c}次。",
    "做好新入职职工入会工作，年内新发展会员{a}名，入会率保持在{p}%以上。",
    "{m}月组织一线职工疗休养，名额向一线倾斜，计划安排{a}人。",
    "完善困难职工档案，实行动态管理，做到困难职工底数清、情况明。",
    "每月开展一次工会小组活动，年底评选先进工会小组{c}个。",
]
REPORT = [
    "过去一年，工会委员会共召开会议{c2}次，研究部署工作事项{a}项，各项决议均已落实。",
    "五年来，累计走访慰问职工{b}人次，发放慰问金{b2}元，帮扶困难职工{a}户。",
    "本届任期内，组织开展{act}等文体活动{c2}场次，参与职工{b}人次。",
    "任期内共收到职代会提案{a}件，立案{c2}件，办结率{p}%，职工满意率{p2}%。",
    "我们坚持把职工代表大会作为民主管理的基本形式，{doc}等重大事项均提交大会审议。",
    "同时也要看到，工会工作还存在一些不足：服务职工的手段还不够多，基层工会小组活动开展不平衡。",
    "今后一年，工会将围绕中心工作，重点抓好民主管理、帮扶服务和职工素质提升三件大事。",
    "新一届工会委员会要进一步加强自身建设，力争在{m}月前完成各工会小组的调整充实。",
]
SHUZHI = [
    "本人自担任工会主席以来，认真履行岗位职责，现将{y}年度履职情况报告如下，请予评议。",
    "一年来，本人参加上级工会组织的{tr}培训{c}次，撰写学习笔记{c2}篇。",
    "牵头组织了{act}等活动{c}项，{a}名教职工参与，活动经费全部按预算执行。",
    "坚持每月深入工会小组听取意见，全年收集教职工意见建议{a}条，推动解决{c}条。",
    "严格执行工会经费管理制度，所有开支均经工会委员会集体研究，做到账目清楚。",
    "反思一年的工作，本人在调查研究方面还不够深入，对青年教职工的需求了解还不够全面。",
    "今后，本人将加强学习，改进作风，在{m}月前建立教职工诉求快速办理机制。",
]
NEWS = [
    "{m}月{d}日，{org}召开{y}年度工会工作总结会，工会委员、工会小组长等{a}人参加会议。",
    "工会主席{n}代表工会委员会作年度工作报告，从{c}个方面回顾了一年来的主要工作。",
    "会议对{c}个先进工会小组和{a}名优秀工会积极分子进行了表彰。",
    "与会人员围绕工会下一步工作展开交流讨论，提出意见建议{c2}条。",
    "{n}在讲话中要求，各工会小组要聚焦职工急难愁盼，把服务做到职工心坎上。",
]

SUMMARY_HEADS = ["强化思想引领，凝聚职工共识", "深化民主管理，保障职工权利", "竭诚服务职工，做实帮扶慰问",
                 "丰富文体生活，建设职工之家", "加强自身建设，规范经费管理", "关爱女职工，维护特殊权益",
                 "开展劳动竞赛，助推中心工作", "存在的不足和努力方向"]
PLAN_HEADS = ["指导思想", "加强思想政治引领", "推进民主管理", "做好服务帮扶", "开展文体活动",
              "加强工会自身建设", "工作安排", "保障措施"]
REPORT_HEADS = ["过去工作回顾", "主要做法和体会", "存在的问题", "今后工作任务"]
SHUZHI_HEADS = ["加强学习，提高履职能力", "围绕中心，组织开展活动", "联系群众，维护教职工权益",
                "廉洁自律，规范经费使用", "存在不足和今后打算"]

POOLS = {"summary": SUMMARY, "plan": PLAN, "report": REPORT + SUMMARY[:8], "shuzhi": SHUZHI + SUMMARY[8:16],
         "news": NEWS}
HEADS = {"summary": SUMMARY_HEADS, "plan": PLAN_HEADS, "report": REPORT_HEADS, "shuzhi": SHUZHI_HEADS}
CN = "一二三四五六七八九十"
DOCS = ["《绩效工资分配方案》", "《职称评聘实施细则》", "《年度考核办法》", "《职工福利费使用办法》",
        "《带薪休假实施细则》", "《评优评先办法》"]


def numbered(style: str, i: int, head: str) -> str:
    """A heading numbered in STYLE (one of 'cn', 'paren', 'arabic', 'di', 'none')."""
    return {"cn": f"{CN[i]}、{head}", "paren": f"（{CN[i]}）{head}", "arabic": f"{i + 1}.{head}",
            "di": f"第{CN[i]}，{head}", "none": head}[style]


class Composer:
    """Seeded sentences and documents; every line unique within the composer."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.used: set[str] = set()
        self.frames: set[str] = set()

    def name(self) -> str:
        return self.rng.choice(SURNAMES) + self.rng.choice(GIVEN)

    def fill(self, frame: str, **extra) -> str:
        r = self.rng
        for _ in range(50 if "{" in frame else 1):
            vals = {"a": r.randint(12, 480), "b": r.randint(1200, 98000), "b2": r.randint(1000, 90000),
                        "c": r.randint(2, 9), "c2": r.randint(3, 19), "d": r.randint(1, 28), "m": r.randint(1, 12),
                        "p": f"{r.randint(90, 99)}.{r.randint(1, 9)}", "p2": f"{r.randint(90, 99)}.{r.randint(1, 9)}",
                        "n": self.name(), "n2": self.name(), "act": r.choice(ACTIVITIES), "f": r.choice(FESTIVALS),
                        "tr": r.choice(TRAININGS), "doc": r.choice(DOCS), "up": "上级工会", "y": "", "org": ""}
            vals.update(extra)
            line = frame.format(**vals)
            if line not in self.used:
                self.used.add(line)
                return line
        raise LookupError(frame)

    def paras(self, kind: str, n: int, **extra) -> list[str]:
        pool, out = POOLS[kind], []
        while len(out) < n:
            fresh = [f for f in pool if f not in self.frames]
            frame = self.rng.choice(fresh or pool)  # a frame used once per composer while any is left
            self.frames.add(frame)
            try:
                out.append(self.fill(frame, **extra))
            except LookupError:  # a frame without figures, used already
                continue
        return out

    def sections(self, kind: str, n: int, style: str = "cn", per: tuple[int, int] = (1, 2),
                 heads: list[str] | None = None, **extra) -> list[str]:
        """N sections: a numbered heading, then 1-2 paragraphs of KIND sentences (two or three
        sentences a paragraph)."""
        heads = heads or HEADS[kind]
        picked = heads[:n] if len(heads) <= n else self.rng.sample(heads[:-1], n - 1) + [heads[-1]]
        out = []
        for i, head in enumerate(picked):
            out.append(numbered(style, i, head))
            for _ in range(self.rng.randint(*per)):
                out.append("".join(self.paras(kind, self.rng.randint(2, 3), **extra)))
        return out


def summary_open(who: str, period: str, upper: str = "上级工会") -> str:
    return (f"{period}，{who}工会在{upper}和单位党组织的领导下，紧紧围绕中心工作，认真履行各项职能，"
            f"较好地完成了年初确定的目标任务。现将主要工作总结如下：")


def plan_open(who: str, period: str) -> str:
    return (f"{period}，{who}工会将坚持服务职工的工作主线，突出维权服务、民主管理和文化建设，"
            f"结合本单位实际，特制定本计划。")
