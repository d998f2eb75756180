"""Article texts for the second development web collection (corpus/dev/web2): the team's own
writing. Invented organisations, people, figures and sentences; sector vocabulary so that a
kindergarten says 我园, a hospital 我院, a bureau 我局, a street union 街道总工会 (see
docs/COLLECTION_NOTES.md, "Second web collection"). Deterministic for a seed."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

CN = "一二三四五六七八九十"
CN_DIGIT = "〇一二三四五六七八九"

# sector -> how the text speaks: self word, staff word, party body, upper union, congress,
# openness word, document reviewed, an event, a club, the key's org_type
SECTORS = {
    "school": {"we": "我校", "staff": "教职工", "party": "学校党支部", "upper": "区教育工会", "congress": "教职工代表大会",
                   "open": "校务", "doc": "绩效工资分配方案", "event": "教职工气排球赛", "club": "书法", "type": "school"},
    "kinder": {"we": "我园", "staff": "教职工", "party": "幼儿园党支部", "upper": "区教育工会", "congress": "教职工大会",
                   "open": "园务", "doc": "保教人员考核办法", "event": "亲子趣味运动会", "club": "手工", "type": "school"},
    "university": {"we": "我校", "staff": "教职工", "party": "校党委", "upper": "省教科文卫工会", "congress": "教职工代表大会",
                       "open": "校务", "doc": "岗位聘任实施办法", "event": "教职工田径运动会", "club": "摄影", "type": "university"},
    "enterprise": {"we": "公司", "staff": "职工", "party": "公司党委", "upper": "集团工会", "congress": "职工代表大会",
                       "open": "厂务", "doc": "年度工资集体协议", "event": "职工技能比武", "club": "篮球", "type": "enterprise"},
    "agency": {"we": "我局", "staff": "干部职工", "party": "局党组", "upper": "市直机关工会", "congress": "职工大会",
                   "open": "局务", "doc": "年度经费预算", "event": "机关健步走", "club": "太极拳", "type": "agency"},
    "hospital": {"we": "我院", "staff": "医务职工", "party": "医院党委", "upper": "市卫生健康工会", "congress": "职工代表大会",
                     "open": "院务", "doc": "绩效考核分配方案", "event": "护理技能竞赛", "club": "瑜伽", "type": "other"},
    "clinic": {"we": "我院", "staff": "医护职工", "party": "卫生院党支部", "upper": "县卫生健康工会", "congress": "职工大会",
                   "open": "院务", "doc": "绩效考核办法", "event": "乡村医生技能比武", "club": "广场舞", "type": "other"},
    "street": {"we": "街道总工会", "staff": "辖区职工", "party": "街道党工委", "upper": "区总工会", "congress": "区域性职代会",
                   "open": "会务", "doc": "区域性工资集体协议", "event": "楼宇职工运动会", "club": "读书", "type": "other"},
    "town": {"we": "镇总工会", "staff": "全镇职工", "party": "镇党委", "upper": "县总工会", "congress": "职工代表大会",
                 "open": "会务", "doc": "行业工资集体协议", "event": "农民工篮球联赛", "club": "舞龙", "type": "other"},
    "edu_union": {"we": "区教育工会", "staff": "全区教职工", "party": "区教育局党委", "upper": "区总工会",
                      "congress": "教职工代表大会", "open": "校务", "doc": "教代会工作规程", "event": "全区教职工排球联赛",
                      "club": "合唱", "type": "education_union"},
}

EXTRA = {
    "school": ["组织青年教师开展“一师一优课”展示，{n}名教师参与，{k}人在区级评比中获奖。"],
    "kinder": ["结合保教工作特点，开展保育员技能展示，{n}名保育员参与，我园获区集体二等奖。"],
    "university": ["二级学院分工会{k}个全部完成换届，校工会对分工会主席进行了集中培训。"],
    "enterprise": ["围绕安全生产开展“安康杯”竞赛，{k}个车间、{n}个班组参赛，查改隐患{n2}处。"],
    "agency": ["配合局机关开展文明创建，组织干部职工志愿服务{k}次，服务时长{n}小时。"],
    "hospital": ["“5·12”护士节表彰优秀护士{k}名，开展护理技能竞赛，{n}名护士参赛。"],
    "clinic": ["组织医护职工送医下乡{k}次，为{n}名村民义诊，宣传慢病防治知识。"],
    "street": ["新建基层工会{k}家，新发展会员{n}人，其中外卖骑手、快递员等新就业形态劳动者{n2}人。"],
    "town": ["深入辖区企业走访，新建企业工会{k}家，吸纳农民工会员{n}人。"],
    "edu_union": ["指导基层学校工会规范化建设，评选“模范教工之家”{k}个。"],
}

THEMES = {
    "民主": (
        ["推进民主管理，畅通{staff}诉求渠道", "坚持{congress}制度，落实民主权利", "深化{open}公开，接受{staff}监督"],
        ["{m}月召开{congress}，审议通过{doc}等{k}项议题，征集提案{n}件，已办结{n2}件。",
         "坚持{open}公开，全年公开事项{n}项，{staff}对公开工作的满意率为{p}%。",
         "建立{staff}意见箱和线上留言平台，收集意见建议{n}条，逐条反馈。"],
        ["{m}月召开{congress}，认真审议{doc}，提案办理率达到100%。",
         "完善{open}公开目录，涉及{staff}切身利益的事项一律提交{congress}讨论。"],
    ),
    "维权": (
        ["依法维护{staff}合法权益", "做好劳动保护，守住安全底线"],
        ["开展劳动法律知识宣讲{k}场，受众{n}人次，发放宣传手册{n2}份。",
         "督促落实带薪休假制度，为{n}名{staff}办理职工互助保障，理赔{k}人次。",
         "参与签订{doc}，对执行情况开展监督检查{k}次。"],
        ["组织{staff}学习《劳动合同法》等法律法规不少于{k}次。",
         "推动落实年休假和健康体检，体检覆盖率保持在{p}%以上。"],
    ),
    "温暖": (
        ["用心用情做好帮扶慰问", "当好{staff}的贴心人", "关心{staff}生活，办好民生实事"],
        ["春节前夕走访慰问困难{staff}{k}户，送去慰问金{money}元。",
         "坚持生病住院必访，全年探望{n}人次，支出慰问金{money}元。",
         "夏季高温期间开展送清凉活动，慰问一线{staff}{n}人。"],
        ["做好节日慰问和困难帮扶，建立健全困难{staff}档案。",
         "继续开展生日慰问和金秋助学，确保帮扶对象应帮尽帮。"],
    ),
    "文体": (
        ["开展文体活动，凝聚队伍合力", "丰富{staff}精神文化生活"],
        ["{m}月举办{event}，{n}名{staff}参加，{k}个代表队获奖。",
         "成立{club}等兴趣小组{k}个，每周活动一次，参与{staff}{n}人。"],
        ["{m}月组织{event}，力争参与人数不少于{n}人。",
         "办好{club}兴趣小组，每月至少开展一次集中活动。"],
    ),
    "建设": (
        ["加强工会自身建设", "规范工会组织和经费管理"],
        ["完成工会委员会换届，选举产生委员{k}名，健全经费审查委员会和女职工委员会。",
         "严格执行工会经费管理办法，全年收支{money}元，账目按季度公开。"],
        ["加强工会干部培训，年内参训率达到100%。",
         "规范工会经费使用，每半年公开一次收支情况。"],
    ),
}


def cn_year(year: int) -> str:
    """2022 -> 二〇二二"""
    return "".join(CN_DIGIT[int(d)] for d in str(year))


def cn_day(n: int) -> str:
    if n <= 10:
        return "十" if n == 10 else CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


@dataclass
class Art:
    title: str
    org: str | None
    org_type: str | None
    year: int | None
    kind: str
    on_topic: bool = True
    body: list[str] = field(default_factory=list)
    heads: set = field(default_factory=set)  # indexes of heading lines in body


def _fill(rng: random.Random, template: str, s: dict) -> str:
    money = rng.randrange(3000, 90000, 100)
    return template.format(m=rng.randint(3, 11), k=rng.randint(2, 9), n=rng.randint(20, 480),
                           n2=rng.randint(6, 60), p=rng.randint(90, 99), money=money, **s)


def article(rng: random.Random, sector: str, *, title: str, org: str | None, year: int | None, kind: str,
            opening: str, sign: str | None = None, date: str | None = None, themes: int = 3,
            numbering: str = "cn", org_type: str | None = "auto", closing: bool = True) -> Art:
    """One article. OPENING is its first body line (written by the caller to carry the pattern
    under test); sections come from the theme pools in the sector's words."""
    s = SECTORS[sector]
    a = Art(title, org, s["type"] if org_type == "auto" else org_type, year, kind)
    a.body.append(opening)
    chosen = rng.sample(list(THEMES), themes)
    for i, theme in enumerate(chosen):
        heads, past, future = THEMES[theme]
        num = {"cn": f"{CN[i]}、", "paren": f"（{CN[i]}）", "digit": f"{i + 1}．", "none": ""}[numbering]
        a.heads.add(len(a.body))
        a.body.append(num + rng.choice(heads).format(**s))
        pool = future if kind == "plan" else past
        for sentence in rng.sample(pool, 2 if len(pool) > 1 else 1):
            a.body.append(_fill(rng, sentence, s))
        if i == 0 and kind != "plan":
            a.body.append(_fill(rng, rng.choice(EXTRA[sector]), s))
    if closing:
        if kind == "plan":
            a.body.append(f"新的一年，工会将在{s['party']}的领导下，团结带领广大{s['staff']}，扎实做好各项工作。")
        else:
            a.body.append("回顾过去，工会工作还存在服务覆盖面不够广、活动形式较单一等不足，今后将认真加以改进。")
    if sign:
        a.body.append(sign)
    if date:
        a.body.append(date)
    return a
