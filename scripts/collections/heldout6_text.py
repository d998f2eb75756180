"""Invented sentences for the sixth held-out ingestion pair (web8, district_qinghe).

Every organisation, person, figure and sentence here is the team's own invention; the pages only
reproduce the *patterns* of real sites (chrome, markers, layouts, noise). A seeded composer builds
the body of each article from sentence templates with invented figures, so no line repeats within
a page and the files are the same on every run.
"""

from __future__ import annotations

import random

HEADS = {
    "summary": [
        "强化思想引领，凝聚职工共识", "深化民主管理，落实职工知情权", "做实帮扶救助，当好职工娘家人",
        "丰富文体生活，增强队伍活力", "推进建家工作，夯实基层基础", "开展劳动竞赛，助推中心工作",
        "关爱女职工，落实特殊权益", "加强自身建设，提升履职能力",
    ],
    "plan": [
        "抓好政治学习，筑牢思想根基", "健全民主制度，畅通诉求渠道", "完善帮扶机制，办好民生实事",
        "组织文体活动，营造和谐氛围", "深化技能比武，服务发展大局", "加强经费管理，严格审查监督",
        "建好职工小家，优化服务阵地", "做好女职工工作，守护职工健康",
    ],
    "report": [
        "过去一年工作回顾", "工作中存在的不足", "今后一年的主要任务", "几点工作要求",
    ],
}

_SUMMARY = [
    "全年共组织专题学习{a}场次，参与职工{b}人次，撰写学习体会{c}篇。",
    "召开职工代表大会{a}次，征集提案{b}件，立案{a}件，办结率达到{p}%。",
    "走访慰问困难职工{a}户，发放慰问金{d}万元，为{c}名职工办理互助保障。",
    "举办{game}，{a}支代表队{b}名职工参赛，评出优胜集体{c}个。",
    "新建职工书屋{a}个，添置图书{b}0册，全年借阅{b}人次。",
    "组织{a}个班组开展岗位练兵，{b}名职工取得技能等级证书，{c}项合理化建议被采纳。",
    "开展“三八”节系列活动{a}项，组织{b}名女职工参加健康筛查，覆盖率{p}%。",
    "工会委员会召开会议{a}次，研究事项{c}项，经费收支全部按规定公开。",
    "夏季送清凉深入一线{a}个点位，惠及职工{b}人，发放防暑物品{c}份。",
    "举办工会干部培训班{a}期，培训专兼职干部{b}人次，考核合格率{p}%。",
    "职工满意度测评共收回问卷{b}份，满意率为{p}%，比上年提高{d}个百分点。",
    "为{a}对新婚职工、{b}名生育职工送去祝福，为{c}名退休职工举办荣休仪式。",
    "组织职工疗休养{a}批次，共{b}人参加，均为一线骨干和先进个人。",
    "推动签订集体合同和工资专项协议{a}份，覆盖职工{b}人。",
    "“职工之家”全年开放{c}0天，接待职工{c}人次，开设兴趣课程{a}门。",
    "协调解决职工反映的食堂、通勤、停车等问题{a}个，满意率为{p}%。",
]
_PLAN = [
    "全年计划组织集中学习不少于{a}次，每个工会小组每月至少开展一次学习活动。",
    "{month}召开职工代表大会，审议年度工作报告和集体合同草案，提案办结率保持在{p}%以上。",
    "建立困难职工动态档案，每季度更新一次，确保{a}户重点对象帮扶到位。",
    "{month}举办{game}，力争参与职工达到{b}人次。",
    "筹建第{a}个职工小家，配齐健身器材和阅读角，年内投入使用。",
    "围绕重点任务开展{a}项劳动竞赛，评选岗位能手{b}名。",
    "{month}组织女职工健康讲座和专项体检，覆盖全体女职工。",
    "严格执行工会经费预算，经审委每半年开展一次专项审查，全年抽查{a}个基层工会账目。",
    "继续做好“两节”送温暖，走访慰问对象不少于{a}人。",
    "完善职工诉求收集机制，设立意见箱{a}个，做到件件有回音。",
    "开展工会干部轮训，年内完成{b}人次培训任务。",
    "{month}开展“职工生日会”和青年联谊活动，增强团队凝聚力。",
    "推进厂务（院务、校务）公开，重大事项公开率达到{p}%。",
    "组织评选优秀工会小组{a}个、优秀工会积极分子{b}名。",
]
_REPORT_EXTRA = [
    "与职工的期待相比，我们的工作还存在服务覆盖不均、基层活力不足等问题，需要在今后认真加以解决。",
    "各位代表，新的一年任务艰巨，让我们团结一心、扎实工作，努力开创工会工作新局面。",
    "下一步，工会将把职工满意作为衡量工作的标准，重点抓好{a}件民生实事。",
]
GAMES = ["职工羽毛球赛", "趣味运动会", "拔河比赛", "健步走活动", "书画摄影展", "乒乓球团体赛",
         "广播操比赛", "读书分享会", "歌咏比赛", "象棋围棋赛"]
MONTHS = ["1月", "3月", "4月", "5月", "6月", "9月", "10月", "11月", "12月", "上半年", "下半年"]
NUMS = "一二三四五六七八九十"


class Composer:
    """Seeded sentences with invented figures; never the same sentence twice in one composer."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.used: set[str] = set()
        self.used_tpl: set[str] = set()

    def _fill(self, tpl: str) -> str:
        r = self.rng
        for _ in range(50):
            s = tpl.format(a=r.randint(2, 19), b=r.randint(30, 980), c=r.randint(3, 60),
                           p=f"{r.randint(90, 99)}.{r.randint(1, 9)}", d=f"{r.randint(1, 6)}.{r.randint(1, 9)}",
                           game=r.choice(GAMES), month=r.choice(MONTHS))
            if s not in self.used:
                self.used.add(s)
                return s
        raise RuntimeError(tpl)

    def sentences(self, kind: str, n: int) -> list[str]:
        pool = [t for t in (_PLAN if kind == "plan" else _SUMMARY) if t not in self.used_tpl]
        if len(pool) < n:  # every template used once in this composer: start over
            self.used_tpl.clear()
            pool = _PLAN if kind == "plan" else _SUMMARY
        picks = self.rng.sample(pool, n)
        self.used_tpl.update(picks)
        return [self._fill(t) for t in picks]

    def opening(self, kind: str, who: str, year: str) -> str:
        if kind == "plan":
            return (f"{year}，{who}将坚持以职工为中心，围绕单位年度目标，突出维权服务主责，"
                    f"结合实际制定本计划。")
        if kind == "report":
            return f"受{who}委托，现将{year}工作情况和下一步打算报告如下，请予审议。"
        return (f"{year}，{who}在上级工会和本单位党组织的领导下，紧扣中心工作，"
                f"认真履行各项职能，较好完成了年初确定的任务。现将主要工作总结如下：")

    def body(self, kind: str, who: str, year: str, sections: int = 3, per: int = 2,
             numbering: str = "cn", close: str | None = None) -> list[str]:
        """Opening, SECTIONS headed sections of PER sentences, optional closing line(s)."""
        heads = self.rng.sample(HEADS["plan" if kind == "plan" else "summary"], sections)
        lines = [self.opening(kind, who, year)]
        for i, h in enumerate(heads):
            if numbering == "cn":
                lines.append(f"{NUMS[i]}、{h}")
            elif numbering == "paren":
                lines.append(f"（{NUMS[i]}）{h}")
            elif numbering == "digit":
                lines.append(f"{i + 1}.{h}")
            elif numbering == "none":
                lines.append(h)
            lines += self.sentences(kind, per)
        if kind == "report":
            lines.append(self._fill(next(t for t in _REPORT_EXTRA if t.format(a=0) not in self.used)))
        if close:
            lines += close.split("\n")
        return lines

    def plain(self, kind: str, n: int) -> list[str]:
        return self.sentences(kind, n)
