#!/usr/bin/env python3
"""Round 25 (issue 13): the theme errors on the users' invented collections, section by section.

USER9 (a university), USER10 (a health system), USER11 (county organs) and USER12 (an enterprise group, round 27)
each wrote a collection whose sections are headed by one invented work item (``scripts/collections/user9_university.py``
… ``user12_group.py``, their ``PAST`` items); USER13 (a district's schools, round 29) heads each section by one theme's
heading (``user13_district.py``'s ``HEADS``, and in plans ``make_district_collections.H1``), its events each of that
theme alone by the codebook (自身建设's are 其他), and only sections with 20 characters of text of their own count
(a heading over its items is not scored), as its ``--themes`` counts them. Each item's themes are decided here **from the codebook** (CODEBOOK.md
and its hard cases, rulings R13-R14 and R17), not from the classifier's output; where the codebook does not settle an item it is left out (``None``). A theme in
``OPTIONAL`` may be given or not. A section is scored when its heading names exactly one item; it is right when the
classifier gives every required theme of its item and nothing outside required + optional.

    unionmine run /work/local/user9/university_jianglan --out OUT/user9      # and user10-12 (any package state)
    python scripts/user_themes.py OUT                                         # per item: sections, wrong, the errors
    python scripts/user_themes.py OUT OTHER                                   # two runs side by side
    python scripts/user_themes.py --rescore OUT                               # OUT's sections, labelled again by
                                                                              # the package on PYTHONPATH (no re-run)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

DM, WQ, SWN, WT, QT = "民主管理", "维权", "送温暖", "文体活动", "其他"

#: item heading -> (required themes, or None where the codebook does not settle it; why)
ITEMS: dict[str, dict[str, tuple[tuple[str, ...] | None, str]]] = {
    "user9": {
        "召开二级教代会": ((DM, WQ), "教代会 reviews the pay-distribution scheme: hard case, 民主管理 and 维权"),
        "推进院务公开": ((DM,), "openness of affairs"),
        "参与职称评审民主监督": ((DM, WQ), "staff representatives in title evaluation, rules through the 教代会"),
        "开展民主评议": ((DM,), "democratic appraisal"),
        "落实提案办理": ((DM,), "motions"),
        "设立院长接待日": ((DM,), "leaders hear staff in person: a channel like the principal's mailbox"),
        "参与绩效方案制定": ((WQ, DM), "staff views on pay rules: 源头参与, hard case"),
        "维护女教职工权益": ((WQ, SWN), "四期 protection and 两癌 screening: hard case, 维权 and 送温暖"),
        "做好劳动保护": ((WQ,), "labour protection"),
        "参与聘用合同签订": ((WQ,), "labour contracts, social insurance"),
        "提供法律咨询": ((WQ,), "legal advice, dispute mediation"),
        "开展节日慰问": ((SWN,), "holiday visits and money"),
        "关爱离退休教职工": ((SWN,), "care for retired staff, birthday cakes"),
        "帮扶困难教职工": ((SWN,), "aid to members in hardship"),
        "组织教职工体检": ((SWN,), "health checks, mutual-aid insurance"),
        "服务青年教师": ((SWN,), "welcome visit, children's kindergarten places"),
        "探望生病住院教职工": ((SWN,), "visits to the sick"),
        "送上生日祝福": ((SWN,), "birthday wishes"),
        "参加校运动会": ((WT,), "sports meet"),
        "开展健步走": ((WT,), "walking"),
        "举办迎新春联欢": ((WT,), "New Year party"),
        "支持兴趣小组": ((WT,), "clubs"),
        "举办羽毛球赛": ((WT,), "badminton"),
        "组织合唱排练": ((WT,), "choir"),
        "开展秋季登山": ((WT,), "hike, photography"),
        "举办青年教师教学竞赛": ((QT,), "a teaching contest: 其他 (codebook, R14)"),
        "服务科研团队": ((QT,), "professional training"),
        "加强师德师风建设": ((QT,), "teachers' ethics"),
        "开展青蓝结对": ((QT,), "mentoring (青蓝工程)"),
        "组织课程思政比赛": ((QT,), "a teaching-design contest: 其他 (R14)"),
        "健全工会小组": ((QT,), "the union's own organisation"),
        "建设教职工之家": ((WT,), "the staff activity room and its fitness equipment: codebook 文体活动 names it"),
        "做好会员服务": ((QT,), "members, publicity"),
        "规范经费使用": ((QT,), "union funds"),
        "开展工会干部培训": ((QT,), "union cadres' training"),
    },
    "user10": {
        "召开职工代表大会": ((DM, WQ), "职代会 reviews the pay-distribution scheme: hard case"),
        "推进院务公开": ((DM,), "openness of affairs"),
        "开展民主评议": ((DM,), "democratic appraisal"),
        "落实院长接待日": ((DM,), "leaders hear staff in person: a channel like the principal's mailbox"),
        "征集合理化建议": ((DM,), "suggestion scheme"),
        "参与绩效方案制定": ((WQ, DM), "staff views on performance and night-shift pay rules: 源头参与"),
        "维护女职工权益": ((WQ, SWN), "四期 protection and 两癌 screening: hard case"),
        "防范暴力伤医": ((WQ,), "safety at work, legal aid"),
        "维护规培医师权益": ((WQ,), "fair treatment of trainees (待遇); their lodging and meals may add 送温暖"),
        "做好职业防护": ((WQ,), "occupational protection and health checks of exposed staff"),
        "开展节日慰问": ((SWN,), "holiday visits and money"),
        "夏送清凉到一线": ((SWN,), "heat relief: R13"),
        "帮扶困难职工": ((SWN,), "aid to members in hardship"),
        "关爱夜班医护人员": ((SWN,), "night-shift meals and rest rooms: daily-life services"),
        "慰问援鄂和抗疫人员": ((SWN,), "visits and gifts"),
        "组织职工体检": ((SWN,), "health checks, mutual-aid insurance"),
        "探望生病住院职工": ((SWN,), "visits to the sick"),
        "庆祝中国医师节": ((QT,), "R17: an ethics speech contest and a doctors' showcase only (R14, R10); 文体活动 before round 33"),
        "庆祝国际护士节": ((WT,), "a festival celebrated as an event (etiquette show, walk)"),
        "举办职工运动会": ((WT,), "sports meet"),
        "支持兴趣小组": ((WT,), "clubs"),
        "举办迎新春联欢": ((WT,), "New Year party"),
        "开展读书活动": ((WT,), "reading"),
        "开展护理技能竞赛": ((QT,), "a skill contest: R14"),
        "建设劳模创新工作室": ((QT,), "output and innovation"),
        "开展岗位练兵": ((QT,), "R14"),
        "选树先进典型": ((QT,), "honours, publicity"),
        "健全工会小组": ((QT,), "the union's own organisation"),
        "建设职工之家": ((WT,), "the staff activity room and its fitness equipment"),
        "做好会员发展": ((QT,), "members"),
        "规范经费使用": ((QT,), "union funds"),
    },
    "user11": {
        "召开职工大会": ((DM, WQ), "the staff assembly reviews appraisal rules and the welfare fund: hard case"),
        "推进务公开": ((DM,), "openness of affairs"),
        "开展民主评议": ((DM,), "democratic appraisal"),
        "征集意见建议": ((DM,), "suggestion scheme"),
        "落实带薪休假": ((WQ, SWN), "paid leave (维权) and health checks (送温暖)"),
        "维护女职工权益": ((WQ, SWN), "两癌 screening and a rights talk: 维权 and 送温暖"),
        "参与制度修订": ((DM, WQ), "staff views on attendance and overtime rules: 源头参与"),
        "开展普法宣传": (None, "legal education: the codebook names legal aid, not legal education"),
        "开展节日慰问": ((SWN,), "holiday visits and money"),
        "帮扶困难职工": ((SWN,), "aid to members in hardship"),
        "开展生日慰问": ((SWN,), "birthday wishes, visits"),
        "参加医疗互助": ((SWN,), "mutual-aid insurance"),
        "夏送清凉": ((SWN,), "heat relief: R13"),
        "做好婚丧慰问": ((SWN,), "weddings and funerals"),
        "开展健步走": ((WT,), "walking"),
        "推广工间操": ((WT,), "exercises"),
        "组织春秋游": ((WT,), "outings"),
        "建设职工书屋": ((WT,), "reading"),
        "参加县直运动会": ((WT,), "sports meet"),
        "成立兴趣小组": ((WT,), "clubs"),
        "强化思想引领": ((QT,), "political study"),
        "开展岗位建功": ((QT,), "岗位练兵 and a knowledge contest: R14"),
        "推进文明创建": ((QT,), "volunteering for the community: outsiders"),
        "选树先进典型": ((QT,), "honours, publicity"),
        "健全工会组织": ((QT,), "the union's own organisation"),
        "争创模范职工之家": ((WT,), "the staff activity room and its fitness equipment"),
        "规范经费管理": ((QT,), "union funds"),
        "发展会员": ((QT,), "members"),
    },
    "user12": {
        "召开职工代表大会": ((DM, WQ), "the congress reviews the pay-distribution scheme and the welfare fund: hard case"),
        "深化厂务公开": ((DM,), "openness of factory affairs"),
        "开展合理化建议征集": ((DM,), "suggestion scheme (R9)"),
        "召开职工座谈会": ((DM,), "staff forums whose views go to the departments: consultation"),
        "签订集体合同": ((WQ,), "collective contracts"),
        "开展劳动保护监督": ((WQ,), "safety supervisors, hazards checked (R8)"),
        "维护女职工权益": ((WQ, SWN), "四期 protection and health checks: hard case, 维权 and 送温暖"),
        "推动农民工入会": ((WQ,), "migrant workers' wages paid in full and on time"),
        "开展节日慰问": ((SWN,), "holiday visits and money"),
        "开展夏送清凉": ((SWN,), "heat relief taken to staff (R13)"),
        "帮扶困难职工": ((SWN,), "aid to members in hardship"),
        "建设职工驿站": ((SWN,), "rest stations with microwaves and water: daily-life services (R7, R15)"),
        "组织职工体检": ((SWN,), "health checks, mutual-aid insurance"),
        "举办职工运动会": ((WT,), "sports meet"),
        "开展读书活动": ((WT,), "reading room, reading shares"),
        "支持兴趣小组": ((WT,), "clubs"),
        "举办迎新春联欢": ((WT,), "New Year party"),
        # round 27: a "安全生产、提质增效" contest is a safety contest, 维权 in every real set (R8; codebook: occupational
        # safety is 维权, only competitions for output are 其他); the USER12 section first counted it as 其他
        "开展劳动竞赛": ((WQ,), "safety-production contests: 维权 (R8)"),
        "举办技能比武": ((QT,), "skill contests (R14)"),
        "建设创新工作室": ((QT,), "technical innovation: professional"),
        "选树先进典型": ((QT,), "commendations (R10)"),
        "健全基层组织": ((QT,), "the union's own organisation"),
        "做好会员发展": ((QT,), "members recruited: the union's own organisation"),
        "规范经费使用": ((QT,), "union funds"),
    },
}


def _user13_items() -> dict[str, tuple[tuple[str, ...], str]]:
    """USER13's theme headings (a kindergarten's wording too) -> the theme, from its generator: its events are each
    of that theme alone by the codebook (round 29 read them: 夏季防暑用品送达 R13, 模范教工之家自查 R15, …)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent / "collections"))
    import make_district_collections as dc
    import user13_district as u13

    heads = {h: t for t, hs in u13.HEADS.items() for h in hs}
    heads.update({h: t for t, hs in dc.H1.items() for h in hs if t in u13.HEADS})
    for h, t in list(heads.items()):
        for school_word, kindergarten_word in dc.KINDERGARTEN_WORDS + [("校务", "园务"), ("学校", "幼儿园")]:
            heads.setdefault(h.replace(school_word, kindergarten_word), t)
    return {h: ((QT if t == "自身建设" else t,), "USER13's theme heading") for h, t in heads.items()}


ITEMS["user13"] = _user13_items()
#: user -> characters of text a section needs beyond its heading to be scored (a heading over its items has none)
OWN_TEXT = {"user13": 20}
#: (user, item) -> themes that may be given or not
OPTIONAL = {("user10", "维护规培医师权益"): (SWN,)}


def item_of(user: str, heading: str) -> str | None:
    """The one item of USER whose heading HEADING ends with (after its numbering), else None."""
    found = [k for k in ITEMS[user] if str(heading or "").endswith(k)]
    return max(found, key=len) if found else None


def score(out: Path, rescore: bool = False) -> dict:
    """Per user and item: [sections, wrong, Counter of the wrong label sets] of a run's output folder OUT/userN
    (RESCORE: its sections labelled again by the default of the package imported, as ``unionmine run`` labels them)."""
    import pandas as pd

    res: dict = {}
    for user, items in ITEMS.items():
        path = out / user / "sections.parquet"
        if not path.exists():
            continue
        sections = pd.read_parquet(path)
        if rescore:
            from unionmine.themes import score_sections

            sections = score_sections(sections.drop(columns=["labels"]))
        own = ["text"] if user in OWN_TEXT else []
        for heading, labels, *text in sections[["heading", "labels", *own]].itertuples(index=False):
            item = item_of(user, heading)
            if item is None or items[item][0] is None:
                continue
            if own and len(text[0] or "") < len(heading or "") + OWN_TEXT[user]:
                continue
            need, got = set(items[item][0]), set(labels)
            ok = need <= got <= need | set(OPTIONAL.get((user, item), ()))
            entry = res.setdefault((user, item), [0, 0, Counter()])
            entry[0] += 1
            if not ok:
                entry[1] += 1
                entry[2]["+".join(sorted(got))] += 1
    return res


def main(argv: list[str]) -> None:
    rescore = "--rescore" in argv
    argv = [a for a in argv if a != "--rescore"]
    runs = [score(Path(a), rescore) for a in argv]
    keys = sorted({k for r in runs for k in r})
    print("| user | item | codebook | " + " | ".join(f"wrong ({Path(a).name})" for a in argv) + " |")
    print("|---|---|---|" + "---|" * len(argv))
    for k in keys:
        cells = []
        for r in runs:
            n, w, c = r.get(k, [0, 0, Counter()])
            cells.append(f"{w}/{n}" + (" " + ", ".join(f"{lab} {m}" for lab, m in c.most_common()) if w else ""))
        if any(r.get(k, [0, 0])[1] for r in runs):
            print(f"| {k[0]} | {k[1]} | {'+'.join(ITEMS[k[0]][k[1]][0])} | " + " | ".join(cells) + " |")
    for a, r in zip(argv, runs):
        per = Counter()
        for (user, _), (n, w, _) in r.items():
            per[user, "n"] += n
            per[user, "w"] += w
        print(f"{a}: " + ", ".join(f"{u} {per[u, 'w']}/{per[u, 'n']}" for u in ITEMS)
              + f"; all {sum(w for _, w, _ in r.values())}/{sum(n for n, _, _ in r.values())} sections wrong")


if __name__ == "__main__":
    main(sys.argv[1:] or sys.exit(__doc__))
