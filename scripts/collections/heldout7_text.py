"""Invented union documents for the seventh held-out pair (web9, district_yunhe).

A seeded composer writes the body lines of a summary, a plan, a report or a news item for an
invented unit: headings and paragraphs built from the team's own clause pools with invented
figures, no clause twice in one document. Nothing here is copied from any page; only the kinds of
documents (what a school, a bank, a bureau, a hospital, a street union writes about) follow the
patterns studied. Deterministic: the same seed gives the same lines.
"""

from __future__ import annotations

import functools
import random

# vocabulary by kind of unit: who the members are, their congress, the openness scheme, the home,
# the leading party body
VOCAB = {
    "school": ("教职工", "教代会", "校务公开", "教工之家", "学校党支部"),
    "university": ("教职工", "教代会", "校务公开", "教工之家", "学院党委"),
    "education_union": ("教职工", "教代会", "校务公开", "教工之家", "局党委"),
    "enterprise": ("职工", "职代会", "厂务公开", "职工之家", "公司党委"),
    "bank": ("员工", "职代会", "行务公开", "员工之家", "行党委"),
    "agency": ("干部职工", "职工大会", "政务公开", "职工之家", "局党组"),
    "prison": ("民警职工", "职工代表大会", "狱务公开", "民警之家", "监狱党委"),
    "hospital": ("医务职工", "职代会", "院务公开", "职工之家", "医院党委"),
    "street": ("职工", "职代会", "厂务公开", "职工服务站", "街道党工委"),
    "zone": ("园区职工", "职代会", "厂务公开", "职工驿站", "开发区党工委"),
}

# clause pools: (done, will) — a summary uses the first, a plan the second
POOLS = {
    "minzhu": [
        ("召开{meet}{a}次，收集提案{b}件，立案{c}件，办结率达到{p}%",
         "按期召开{meet}，提案征集不少于{b}件，办结情况在下次会议上逐件报告"),
        ("{open}栏目全年更新{c}期，绩效分配、评优评先等事项全部公示",
         "完善{open}目录，涉及{who}切身利益的事项一律先公示后实施"),
        ("组织代表巡视{a}次，对食堂、宿舍和停车等问题提出整改意见{c}条",
         "每学期组织代表巡视不少于{a}次，巡视意见限期答复"),
        ("修订《{home}议事规则》，把民主评议中层干部纳入{meet}议程",
         "修订议事规则，推行代表联系{who}制度，每名代表联系{a}至{c}人"),
        ("开展“金点子”合理化建议征集，收到建议{b}条，采纳{c}条",
         "开展合理化建议征集，对采纳的建议给予{a}百元以内的奖励"),
        ("坚持主席接待日制度，全年接待来访{b}人次，当场解决{c}件",
         "坚持每月第{w}周的主席接待日，来访诉求{c}个工作日内答复"),
    ],
    "weiquan": [
        ("续签集体合同和女职工专项合同，覆盖{who}{b}人",
         "做好集体合同到期续签，女职工专项合同单独签订、单独报备"),
        ("开展工资集体协商{a}轮，人均月收入较上年增长{g}%",
         "推动工资集体协商常态化，年内协商不少于{a}轮"),
        ("劳动争议调解委员会受理调解{c}起，调解成功率{p}%",
         "健全劳动争议调解组织，争议苗头早发现、早调处"),
        ("举办法律知识讲座{a}场，为{c}名{who}提供法律咨询",
         "邀请律师开展法律讲座{a}场，设立线上法律咨询窗口"),
        ("落实女职工“四期”保护，改造母婴室{a}间",
         "落实女职工特殊保护，年内新建或改造母婴室{a}间"),
        ("督促落实带薪休假，全年{who}休假率达到{p}%",
         "督促落实带薪休假和工间休息制度，休假率力争达到{p}%"),
    ],
    "wennuan": [
        ("两节期间走访慰问困难{who}{c}户，发放慰问金{b}千元",
         "两节期间走访慰问困难{who}，慰问对象实行动态管理"),
        ("金秋助学资助{who}子女{c}名，发放助学金{b}千元",
         "做好金秋助学，资助对象名单在公示后报上级工会备案"),
        ("为{b}名会员送上生日蛋糕券，为住院{who}{c}人次送去慰问",
         "坚持会员生日慰问和住院探望，做到应访尽访"),
        ("夏送清凉活动为一线{who}送去防暑物品{b}份",
         "夏季高温期间开展送清凉活动，重点关心一线和户外岗位"),
        ("组织{who}健康体检{b}人次，开设心理疏导讲座{a}场",
         "组织年度健康体检，增加心理健康测评和疏导服务"),
        ("为退休{who}{c}人送上重阳节慰问品，组织座谈会{a}次",
         "重阳节前走访退休{who}，听取他们对工会工作的意见"),
    ],
    "wenti": [
        ("举办第{a}届{who}运动会，设项目{c}个，参赛{b}人次",
         "筹办第{a}届{who}运动会，增设趣味项目和团体项目"),
        ("组建羽毛球、瑜伽、书法等兴趣小组{c}个，活动{b}次",
         "办好兴趣小组，每个小组每月至少活动{a}次"),
        ("开展“书香{home}”读书分享会{a}期，新增图书{b}册",
         "继续开展读书分享活动，年内新增图书不少于{b}册"),
        ("组织健步走活动，{c}支队伍累计行走{b}万步",
         "组织春季健步走和秋季登山活动，参与面力争超过{p}%"),
        ("排练合唱节目参加上级工会文艺汇演，获得{rank}",
         "排练合唱或舞蹈节目，参加上级工会举办的文艺汇演"),
        ("举办迎新春游园活动，设游戏摊位{c}个",
         "元旦前后举办迎新春游园，节目由各工会小组自编自演"),
    ],
    "ziji": [
        ("新发展会员{c}人，会员入会率保持在{p}%以上",
         "做好新入职人员入会工作，入会率保持在{p}%以上"),
        ("经费审查委员会审查经费收支{a}次，未发现违规列支",
         "经费审查委员会每半年审查一次经费收支，结果向会员公布"),
        ("改造{home}活动室{a}间，添置健身器材{c}件",
         "对{home}进行提档升级，增设母婴室和阅览角"),
        ("选派{c}名工会干部参加上级培训，撰写调研报告{a}篇",
         "选派工会干部参加业务培训，每名委员年内完成一篇调研报告"),
        ("建立会员实名制台账，完成会员信息采集{b}条",
         "完善会员实名制管理，信息变动当月更新"),
        ("工会小组由{a}个调整为{c}个，小组长全部经民主推选产生",
         "调整工会小组设置，小组长任期与工会委员会一致"),
    ],
    "jianye": [
        ("开展岗位练兵和技能比武{a}项，{c}人获得技术能手称号",
         "围绕中心工作开展技能竞赛{a}项，评选技术能手"),
        ("组织劳动竞赛{a}轮，参赛班组{c}个",
         "组织“比安全、比质量、比效率”劳动竞赛，每季度讲评一次"),
        ("评选先进集体{a}个、先进个人{c}名，并在{meet}上表彰",
         "推荐评选先进集体和个人，宣传身边的先进典型"),
        ("创建职工创新工作室{a}个，形成创新成果{c}项",
         "依托创新工作室开展课题攻关，年内形成成果不少于{c}项"),
    ],
}

HEADS = {
    "minzhu": (["推进民主管理，保障{who}民主权利", "坚持{meet}制度，民主管理走向规范",
                "深化{open}，让{who}明明白白"],
               ["健全民主管理制度", "提高{meet}质量，落实民主权利", "深化{open}工作"]),
    "weiquan": (["依法履行维护职责，{who}权益得到保障", "突出维权服务，构建和谐关系",
                 "做实维权工作，守住{who}合法权益"],
                ["依法维护{who}合法权益", "做实维权服务，稳定劳动关系", "落实女职工特殊保护"]),
    "wennuan": (["用心用情服务，送温暖常态化", "关心{who}生活，帮扶解困见实效",
                 "办好民生实事，增强{who}获得感"],
                ["办好{who}身边的实事", "做实帮扶慰问工作", "常态化开展送温暖活动"]),
    "wenti": (["丰富文体生活，增强队伍凝聚力", "开展文化体育活动，活跃{who}业余生活",
               "以活动为载体，营造健康向上的氛围"],
              ["组织丰富多彩的文体活动", "办好{who}文化体育活动", "活跃{who}文化生活"]),
    "ziji": (["加强自身建设，提升工会工作水平", "夯实基层基础，建强{home}",
              "规范经费管理，建设模范{home}"],
             ["加强工会自身建设", "建设{who}信赖的{home}", "规范工会经费管理"]),
    "jianye": (["组织建功立业，服务中心工作", "开展劳动技能竞赛，激发{who}创造活力"],
               ["组织{who}建功立业", "深化劳动和技能竞赛"]),
}

OPEN_DONE = [
    "{when}，{unit}工会在{boss}和上级工会的领导下，紧扣中心工作，履行维护、参与、建设、教育职能，各项工作取得了新的进展，现将{scope}工作总结如下。",
    "{when}，{unit}工会以服务{who}为出发点，以{home}建设为抓手，较好地完成了{scope}各项任务，现总结如下：",
    "回顾{scope}，{unit}工会坚持围绕中心、服务大局，团结带领广大{who}攻坚克难，在民主管理、维权服务和自身建设方面做了大量工作。",
]
OPEN_PLAN = [
    "{when}{unit}工会工作的总体思路是：在{boss}的领导下，围绕中心、服务大局，突出维权服务，加强自身建设，团结带领广大{who}为{unit}的发展贡献力量。",
    "为做好{scope}工会工作，根据上级工会的部署和{unit}的实际，制定本计划。",
    "{when}，{unit}工会将以建设{who}信赖的{home}为目标，重点抓好以下几项工作。",
]
CLOSE_DONE = [
    "回顾{scope}的工作，我们也清醒地看到还存在一些不足：活动形式还不够新，服务的精准度还有待提高，工会干部的能力还需要加强。在新的一年里，我们将认真研究解决。",
    "总之，{scope}{unit}工会工作虽然取得了一定成绩，但与{who}的期待相比还有差距，我们将总结经验、补齐短板，努力把工会工作做得更好。",
    "成绩属于过去，今后我们将继续发挥桥梁纽带作用，把{home}建设得更加温暖。",
]
CLOSE_PLAN = [
    "工会委员会将按月分解任务、按季检查落实，确保各项工作落到实处。",
    "以上计划将根据上级工会的部署和{unit}中心工作适时调整。",
    "各工会小组要结合本组实际制定具体安排，认真抓好落实。",
]
RANKS = ["一等奖", "二等奖", "三等奖", "优秀组织奖", "最佳风采奖"]
NUMERALS = "一二三四五六七八九十"


def numeral(i: int) -> str:
    """1 -> 一, 11 -> 十一 (up to 19)."""
    return NUMERALS[i - 1] if i <= 10 else "十" + NUMERALS[i - 11]


class Composer:
    """Body lines of invented union documents; seeded, no clause twice in one document."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.heads: set[str] = set()  # every heading line written, as written

    def _fill(self, template: str, unit: str, vocab: tuple, scope: str = "", when: str = "") -> str:
        who, meet, open_, home, boss = vocab
        r = self.rng
        return template.format(
            who=who, meet=meet, open=open_, home=home, boss=boss, unit=unit, scope=scope, when=when,
            a=r.randint(2, 9), b=r.randint(12, 480), c=r.randint(3, 60), p=r.choice(range(81, 100)),
            g=r.randint(3, 9), w=r.randint(1, 4),
            rank=r.choice(RANKS))

    def _para(self, theme: str, tense: int, unit: str, vocab: tuple, used: set, n: int) -> str:
        pool = [i for i in range(len(POOLS[theme])) if (theme, i) not in used]
        self.rng.shuffle(pool)
        parts = []
        for i in pool[:n]:
            used.add((theme, i))
            parts.append(self._fill(POOLS[theme][i][tense], unit, vocab))
        joiner = "；" if tense else "，"
        lead = self.rng.choice(["一年来，", "", "同时，", "此外，", ""]) if not tense else self.rng.choice(
            ["", "要", "进一步", ""])
        return lead + joiner.join(parts) + "。"

    def body(self, kind: str, unit: str, org_kind: str, *, scope: str = "本年度", when: str = "今年以来",
             themes: tuple = ("minzhu", "weiquan", "wennuan", "wenti", "ziji"), paras: int = 2,
             numbering: str = "cn", opening: bool = True, closing: bool = True,
             sign: tuple = ()) -> list[str]:
        """Lines of a summary (kind 'summary') or plan (kind 'plan'): opening, numbered sections
        (numbering 'cn' 一、, 'paren' （一）, 'arabic' 1., 'none' for Word heading styles),
        paragraphs, a closing paragraph and the SIGN lines (unit, date)."""
        vocab = VOCAB[org_kind]
        tense = 1 if kind == "plan" else 0
        used: set = set()
        lines = []
        if opening:
            lines.append(self._fill(self.rng.choice(OPEN_PLAN if tense else OPEN_DONE), unit, vocab,
                                    scope, when))
        heads_used: set = set()
        for k, theme in enumerate(themes, 1):
            choices = [h for h in HEADS[theme][tense] if h not in heads_used]
            head = self.rng.choice(choices)
            heads_used.add(head)
            head = self._fill(head, unit, vocab)
            mark = {"cn": f"{numeral(k)}、", "paren": f"（{numeral(k)}）", "arabic": f"{k}.",
                    "none": ""}[numbering]
            lines.append(mark + head)
            self.heads.add(mark + head)
            for _ in range(paras):
                if len([i for i in range(len(POOLS[theme])) if (theme, i) not in used]) < 2:
                    break
                lines.append(self._para(theme, tense, unit, vocab, used, self.rng.choice((2, 3))))
        if closing:
            lines.append(self._fill(self.rng.choice(CLOSE_PLAN if tense else CLOSE_DONE), unit, vocab,
                                    scope, when))
        lines.extend(sign)
        return lines

    def month_rows(self, unit: str, org_kind: str, months=(3, 4, 5, 6, 9, 10, 11, 12)) -> list[tuple[str, str]]:
        """(month, task) rows of a plan's month table."""
        vocab = VOCAB[org_kind]
        tasks = [self._fill(t[1], unit, vocab) for pool in POOLS.values() for t in pool]
        self.rng.shuffle(tasks)
        return [(f"{m}月", tasks[i]) for i, m in enumerate(months)]

    def news(self, unit: str, org_kind: str, date: str, event: str) -> list[str]:
        """Lines of a news item (kind other) about a union meeting or visit."""
        vocab = VOCAB[org_kind]
        who, _, _, home, boss = vocab
        r = self.rng
        lines = [
            f"{date}，{unit}工会{event}，{boss}负责同志、工会委员和{who}代表共{r.randint(30, 160)}人参加。",
            (f"会议回顾了一年来的工会工作，通报了{home}建设和经费使用情况，"
             f"审议通过了经费审查报告和{r.choice(['下一年度工作要点', '换届选举办法', '提案办理情况报告'])}。"),
            self._fill(r.choice(POOLS['wennuan'])[0], unit, vocab) + "，与会代表对这些做法给予肯定。",
            (f"会议要求，各工会小组要把{who}的所思所盼放在心上，把实事办到{who}心坎上，"
             f"以更加务实的作风推动工会工作提质增效。"),
        ]
        return lines

    def report(self, unit: str, org_kind: str, *, scope: str, nxt: str, speaker_open: str = "各位代表：",
               sign: tuple = ()) -> list[str]:
        """Lines of a work report to a congress: address, review (summary clauses), next steps."""
        vocab = VOCAB[org_kind]
        who = vocab[0]
        used: set = set()
        lines = [speaker_open,
                 f"现在，我代表{unit}工会委员会向大会报告工作，请予审议。",
                 f"一、{scope}工作回顾"]
        for theme in ("minzhu", "weiquan", "wennuan"):
            lines.append(self._para(theme, 0, unit, vocab, used, 2))
        lines.append("二、存在的不足")
        lines.append(f"一是服务{who}的手段还不够多；二是基层工会小组活力不均衡；三是工会干部兼职多、精力有限。")
        lines.append(f"三、{nxt}工作安排")
        for theme in ("wenti", "ziji"):
            lines.append(self._para(theme, 1, unit, vocab, used, 2))
        lines.append(f"各位代表，让我们团结一心、扎实工作，为{unit}的发展作出新的贡献！")
        lines.extend(sign)
        return lines


PINYIN = {"報": "bào", "會": "huì", "總": "zǒng", "結": "jié", "開": "kāi", "職": "zhí", "學": "xué",
          "動": "dòng", "組": "zǔ", "織": "zhī", "進": "jìn", "關": "guān", "維": "wéi"}


@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def trad(line: str) -> str:
    """Simplified -> Traditional (opencc s2t)."""
    return _s2t().convert(line)


def with_pinyin(line: str) -> str:
    """Traditional text with bracketed pinyin after some characters, as machine-converted sites print it."""
    return "".join(ch + (f"({PINYIN[ch]})" if ch in PINYIN else "") for ch in line)
