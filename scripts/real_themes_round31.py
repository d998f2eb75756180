#!/usr/bin/env python3
"""Round 31 (issue 13): where 送温暖 and 其他 fail, and general remedies over a kind measured against main as fitted.

Reads round 30's harness output (``real_themes_round30.py loso|heldout``: each direction's decisions, sets left out in
turn, three inner partitions, the 150 held-out sections); nothing here refits. Texts stay local (the cache).

- ``errors TAG THEME``: every decision of THEME wrong out of fold under GroupKFold (``TAG_loso.pkl``), missed or given
  wrongly, with what was given instead and a cause: the first expression of ``CAUSES`` that fits (Simplified text),
  in that order, per set. For 其他, "missed" is a section labelled 其他 given a theme, "given" a section with a theme
  given none.
- ``apply TAG NEW RULE[,RULE…]``: TAG's decisions with the rules applied as decisions (as round 30's 教代会 rule is),
  written as NEW's pickles for every partition found, so that ``real_themes_festivals.py table TAG NEW`` gives the
  bar. Rules (the codebook and its rulings, over a kind of section, not a page's words):

  - ``outsiders`` (R5, what ships: the taxonomy's first ``[[context.drop]]``): 送温暖 taken away from a section of donations or aid whose recipients are outside the union
    (disaster areas, poor students, children, villagers, residents, patients, the community's elderly) and that names
    no member as a recipient and no care of members (hardship, illness, retirees, members' children, holiday care).
  - ``union`` (R2, what ships: its second): 民主管理 taken away from a section on the union's own congress, elections or fund audit (会员代表大会,
    换届选举, 经审, a union founded) that names no staff congress, no staff-congress business (the unit's own report,
    pay or budget) and no other 民主管理 work.
  - ``festival`` (the codebook's festival line): 送温暖 taken away from a section given 文体活动 too that names no care
    (no gift, greeting, visit, health, retirees, members' children, daily life).
  - ``gifts`` (the codebook's holiday gifts and retired staff): 送温暖 given to a section given 文体活动 that names
    gifts or welfare handed out, visits to staff, or an activity of retired staff.

    export FEST_OUT=/tmp/t31/fest REAL_SETS=1,…,12,14,…,33
    python scripts/real_themes_round31.py errors base@a 送温暖
    python scripts/real_themes_round31.py apply base@a base@union union
    python scripts/real_themes_festivals.py table base@a base@union
"""

from __future__ import annotations

import pickle
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import real_themes_festivals as fest

THEMES = ["维权", "送温暖", "文体活动", "民主管理"]
J = {t: j for j, t in enumerate(THEMES)}

CAUSES = [
    ("introduction or list (R12)", (r"(?s)^(?=.{0,150}$)(?=.*(如下|总结|工作报告|主要做法|取得|成绩|回顾|一年来|指导思想|总体要求|工作目标"
                                   r"|为.{0,10}宗旨))")),
    ("a leader's speech (R11)", r"指出|强调|讲话|致辞|寄语|希望.{0,10}(工会|大家|全体)|提出.{0,6}要求"),
    ("aid to people outside the union (R5)", (r"捐款|捐助|捐赠|捐献|灾区|贫困学生|贫困生|困难学生|留守|扶贫|帮扶村|结对|村民|贫困户|慈善"
                                             r"|一日捐|希望工程|敬老院|福利院|孤寡|献血|志愿|困难群众|低保|残疾人|环卫工人|户外劳动者|外卖"
                                             r"|快递员|新就业形态")),
    ("a staff home or its rooms (R7/R15)", (r"职工之家|教工之家|教职工之家|职工小家|小家|建家|书屋|活动室|母婴室|妈咪|哺乳室|驿站|休息室"
                                           r"|阅览室")),
    ("commendations (R10)", r"表彰|先进|劳模|劳动模范|模范|红旗手|评选|优秀|荣誉|五一劳动奖|工匠"),
    ("health checks and talks", r"体检|健康检查|两癌|筛查|健康讲座|义诊|健康知识"),
    ("canteens and daily life", r"食堂|就餐|午餐|工作餐|夜餐|用餐|早餐|班车|理发|洗衣|宿舍|公寓"),
    ("mutual-aid insurance", r"互助|保险|保障计划|医疗补助|大病救助"),
    ("retired staff", r"退休|离退|老同志|老教师|老干部|退管|老年"),
    ("heat relief (R13)", r"清凉|防暑|降温|高温|酷暑"),
    ("birthdays, weddings, illness, bereavement", r"生日|婚|丧|去世|病故|吊唁|住院|生病|病"),
    ("festival gifts, greetings and events", (r"节日|春节|中秋|端午|三八|元旦|重阳|礼品|礼物|福利|月饼|粽子|新春|元宵|妇女节|教师节"
                                             r"|护士节|医师节")),
    ("hardship aid and 慰问", r"困难|帮扶|救助|助学|帮困|送温暖|慰问"),
    ("the union's own organisation (R2)", r"换届|选举|会员|经审|经费|工会委员|组建|入会"),
    ("care in general words", r"关心|关爱|关怀|温暖|暖心|服务职工|实事"),
    ("a staff congress, its reports and motions (R1)", r"教代会|职代会|代表大会|提案|校务公开|院务公开|厂务公开|民主"),
    ("training, teaching and skill contests, labour competitions (R14)", r"培训|比赛|竞赛|技能|教学|讲课|课堂|比武|练兵"),
    ("political study, ethics, publicity (codebook 其他)", r"学习|党建|师德|思想|宣传|报道|精神|理论|政治"),
    ("safety and labour protection (R8)", r"安全|劳动保护|职业"),
]
CAUSES = [(name, re.compile(p)) for name, p in CAUSES]

_CARE = re.compile(r"慰问|礼品|礼物|礼包|礼盒|福利|发放|送上|送去|送来|赠送|赠予|看望|探望|走访|生日|体检|困难|帮扶|退休|离退|老同志|老教师"
                   r"|食堂|清凉|防暑|红包|纪念品|鲜花|蛋糕|祝福|问候|关爱|关心|关怀|温暖|暖心|健康讲座|保健|心理|疗休养|疗养|休养|子女"
                   r"|家属|亲子|互助|保险")
_GIFTS = re.compile(r"福利品?发放|发放[^，。；]{0,8}(福利|礼品|慰问品|慰问金|节日|物品|月饼|粽子)|慰问品|慰问金|节日福利|礼品"
                    r"|购买了?[^，。；]{0,6}(慰问品|礼品|礼物)|(看望|探望)[^，。；]{0,8}(职工|教职工|员工|教师|老师|同事|病)"
                    r"|(退休|离退休)(教工|教师|教职工|职工|老同志|人员)")


def _off(theme, when):
    def rule(pred, texts):
        for k, t in enumerate(texts):
            if pred[k, J[theme]] and when(pred[k], t):
                pred[k, J[theme]] = False
        return pred
    return rule


def _drop(name):
    """The taxonomy's ``[[context.drop]]`` whose name starts with NAME (what ships), as a rule on decisions."""
    def rule(pred, texts):
        from unionmine.taxonomy import load_taxonomy
        from unionmine.themes.intro import drops

        context = load_taxonomy().context
        for drop, (theme, where) in zip(context.drop, drops(texts, context)):
            if drop.name.startswith(name):
                pred[where, J[theme]] = False
        return pred
    return rule


def _gifts(pred, texts):
    for k, t in enumerate(texts):
        if pred[k, J["文体活动"]] and not pred[k, J["送温暖"]] and _GIFTS.search(t):
            pred[k, J["送温暖"]] = True
    return pred


RULES = {
    "outsiders": _drop("aid to people outside the union"),
    "union": _drop("the union's own congress"),
    "festival": _off("送温暖", lambda p, t: bool(p[J["文体活动"]]) and not _CARE.search(t)),
    "gifts": _gifts,
}


def apply_rules(names: list[str], pred: np.ndarray, texts: list[str]) -> np.ndarray:
    from unionmine.themes._text import prepare

    pred, prepared = pred.copy(), [prepare(t) for t in texts]
    for name in names:
        pred = RULES[name](pred, prepared)
    return pred


def _texts(tag: str) -> dict:
    cache = pickle.loads((fest.OUT / f"{tag.partition('@')[0]}_cache.pkl").read_bytes())
    return {(n, r["id"]): r["text"] for n, rows in cache["sets"].items() for r in rows}


def _heldout_texts() -> list[str]:
    from unionmine.taxonomy import load_taxonomy
    from unionmine.themes import load_annotations

    data = load_annotations(None, load_taxonomy().names)
    return data[data["split"] == "test"]["text"].tolist()


def cmd_apply(tag: str, new: str, names: list[str], rule=None) -> None:
    """TAG's decisions with the rules NAMES applied (or RULE(pred, texts), round 32's drops), as NEW's pickles."""
    rule = rule or (lambda pred, texts: apply_rules(names, pred, texts))
    text = _texts(tag)
    for seed in (None, 1, 2):
        path = fest._path(tag, "loso", seed)
        if path.exists():
            dec = pickle.loads(path.read_bytes())
            for n, d in dec.items():
                d["pred"] = rule(d["pred"], [text[(n, i)] for i in d["ids"]])
            fest._path(new, "loso", seed).write_bytes(pickle.dumps(dec))
        path = fest._path(tag, "heldout", seed)
        if path.exists():
            held = pickle.loads(path.read_bytes())
            texts = _heldout_texts()
            for key in [k for k in held if isinstance(k, int)]:
                held[key] = rule(held[key], texts)
            fest._path(new, "heldout", seed).write_bytes(pickle.dumps(held))
    print(f"{new}: {', '.join(names)} applied to {tag}")


def cause(text: str) -> str:
    from unionmine.themes._text import prepare

    t = prepare(text)
    return next((name for name, p in CAUSES if p.search(t)), "other wording")


def _names(row) -> str:
    return "+".join(t for t, x in zip(THEMES, row) if x) or "其他"


def cmd_errors(tag: str, theme: str) -> None:
    text, dec = _texts(tag), pickle.loads(fest._path(tag, "loso", None).read_bytes())
    table = defaultdict(lambda: {"missed": [], "given": []})
    for n, d in dec.items():
        for k, i in enumerate(d["ids"]):
            p, g = d["pred"][k], d["gold"][k]
            has_g, has_p = (g[J[theme]], p[J[theme]]) if theme in J else (not g.any(), not p.any())
            if has_g != has_p:
                table[cause(text[(n, i)])]["missed" if has_g else "given"].append((n, _names(p), _names(g)))
    print(f"| cause | {theme} missed | given instead | sets | {theme} given wrongly | labelled | sets |")
    print("|---|---|---|---|---|---|---|")
    total = Counter()
    for name in [c for c, _ in CAUSES] + ["other wording"]:
        if name not in table:
            continue
        m, g = table[name]["missed"], table[name]["given"]
        total.update(missed=len(m), given=len(g))
        top = lambda rows, k: ", ".join(f"{x} {c}" for x, c in Counter(r[k] for r in rows).most_common(3))
        print(f"| {name} | {len(m)} | {top(m, 1)} | {len({r[0] for r in m})} | {len(g)} | {top(g, 2)} | "
              f"{len({r[0] for r in g})} |")
    print(f"| all | {total['missed']} | | | {total['given']} | | |")


def cmd_bar(base: str, new: str) -> None:
    """The brief's bar on the real sets: per partition NEW minus BASE (mean macro-F1 over the sets, sets up / flat /
    down), the 150 held-out sections' macro-F1 of both, and per theme the decisions added and missed over all sets."""
    from real_themes_metrics import macro_f1

    for seed in (None, 1, 2):
        pa, pb = fest._path(base, "loso", seed), fest._path(new, "loso", seed)
        name = "GroupKFold" if seed is None else f"seed {seed}"
        if pa.exists() and pb.exists():
            a, b = pickle.loads(pa.read_bytes()), pickle.loads(pb.read_bytes())
            a = fest._same_gold(a, b)
            fa = np.array([macro_f1(a[n]["pred"], a[n]["gold"]) for n in fest.SCORED])
            fb = np.array([macro_f1(b[n]["pred"], b[n]["gold"]) for n in fest.SCORED])
            d = fb - fa
            errs = "; ".join(f"{t} " + " → ".join(f"{x}/{y}" for x, y in (fest._errs(v, fest.SCORED, j) for v in (a, b)))
                             for j, t in enumerate(THEMES))
            print(f"{name}: {fa.mean():.4f} → {fb.mean():.4f} ({d.mean():+.4f}; up/flat/down {(d > 5e-4).sum()}/"
                  f"{(abs(d) <= 5e-4).sum()}/{(d < -5e-4).sum()}); added/missed {errs}")
        ha, hb = fest._path(base, "heldout", seed), fest._path(new, "heldout", seed)
        if ha.exists() and hb.exists():
            a, b = pickle.loads(ha.read_bytes()), pickle.loads(hb.read_bytes())
            key = next(k for k in a if isinstance(k, int))
            print(f"  held out ({name}): {macro_f1(a[key], a['gold']):.3f} → {macro_f1(b[key], b['gold']):.3f} "
                  f"({int((a[key] != b[key]).sum())} decisions)")


if __name__ == "__main__":
    cmd, args = (sys.argv[1] if len(sys.argv) > 1 else ""), sys.argv[2:]
    if cmd == "errors":
        cmd_errors(args[0], args[1])
    elif cmd == "bar":
        cmd_bar(args[0], args[1])
    elif cmd == "apply":
        cmd_apply(args[0], args[1], args[2].split(","))
    else:
        raise SystemExit(__doc__)
