"""One unit, many names: the names a collection's articles give one unit, joined (the run stage, after every file).

A district's school reaches it under several names over the years: 城南二中 (a folder), 青槐区城南第二中学工会 (a
title), 城南中学（二中） (a signature), 青槐区城南第二中学教育集团 (after it led a group), 城南二中工会委员会. The
per-document finders name each article's writer as its text names it; this step, over the article records of the
whole collection, files names that are one unit's under one name (`org`), keeps the name as written (`org_written`)
and lists every join in `org_names.csv`, which the user can correct and give back as `--metadata`.

Two names are one unit's when their *keys* are equal: the name without a union's suffix (工会, 工会委员会), its
ordinal written short (第二中学 -> 二中, 第一幼儿园 -> 一幼), a number in brackets put in (城南中学（二中） -> 城南二中),
the place prefix the collection's names share (青槐区; or its bare level, 区一幼) held apart. A name without the place
joins the one placed unit of its key; a campus (实验小学（城南校区）, 实验小学城南校区) joins its school when the school has
one campus named; a group (…教育集团) joins its school when the group's text says the school formed or leads it. Keys
differ wherever the distinctive part differs (城南一中 / 城南二中, 城南小学 / 城南实验小学, 实验小学 / 城南实验小学), and
two places never join. An article the finders left unnamed whose title or folder holds a name with a unit's key is
filed under that unit. Names the metadata fixes (a file's `org`, or a name's `org_written` -> `org`) are never moved,
and a metadata name is the unit's name."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..documents.metadata import Metadata
from ..documents.organisations.name_form import alias
from ..stats.columns import chinese_order
from ..store.tables import write_csv
from .incremental import READ_BUFFER, read_slices, rewrite_documents

JOINS_FILE = "org_names.csv"
_SUFFIX = re.compile(r"(?:工会工作委员会|工会委员会|工会|委员会|分会)$")
_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{2,3}?[省市])?[\u4e00-\u9fff]{1,4}?[区县市旗](?=[\u4e00-\u9fff]{2})")
_BARE_LEVEL = re.compile(r"^[区县市](?=[\u4e00-\u9fff]{2})")
_KINDS = {"高级中学": "高", "中学": "中", "小学": "小", "幼儿园": "幼"}
_ORDINAL = re.compile(r"第([一二三四五六七八九十]{1,3})(高级中学|中学|小学|幼儿园)")
_BRACKET = re.compile(r"^(.+?)[（(]([^（）()]{1,12})[）)]$")
_AFTER = re.compile(r"[（(]([^（）()\n]{1,12})[）)]")  # a bracket right after a name in the text
_SHORT = re.compile(r"^[一二三四五六七八九十]{1,3}[高中小幼]$")
_CAMPUS = re.compile(r"^(.+?(?:小学|中学|幼儿园|学校))([\u4e00-\u9fff]{1,4}校区)$")
_GROUP = re.compile(r"^(.+?(?:小学|中学|幼儿园|学校))(?:教育)?集团$")
_FORMED = ("组建", "成立", "牵头", "合并", "组成", "更名", "加入", "并入")
_CANDIDATE = re.compile(r"^(.{2,20}?)(?:工会|20\d\d|关于|$)")


@dataclass(frozen=True)
class Key:
    place: str | None  # the place prefix ("区" alone: the collection's one place of that level)
    base: str  # the distinctive rest, short ordinals, no suffix
    campus: str | None = None
    group: bool = False


def name_key(name: str) -> Key | None:
    """NAME's key; None for a name too short to hold a distinctive part."""
    name = re.sub(r"\s+", "", name or "")
    campus = None
    bracket = _BRACKET.match(name)
    if bracket:
        name, inner = bracket.group(1), bracket.group(2)
        name = _SUFFIX.sub("", name)
        if inner.endswith("校区"):
            campus = inner
        elif _SHORT.match(inner):
            kind = next((k for k, short in _KINDS.items() if name.endswith(k) and short == inner[-1]), None)
            name = name[: -len(kind)] + inner if kind else name + f"（{inner}）"
        else:
            name += f"（{inner}）"  # something else in brackets: kept, so joined only with the same
    name = _SUFFIX.sub("", name)
    place = _PLACE.match(name) or _BARE_LEVEL.match(name)
    base = name[place.end():] if place else name
    at = _CAMPUS.match(base)
    if at and not campus:
        base, campus = at.group(1), at.group(2)
    group = _GROUP.match(base)
    if group:
        base = group.group(1)
    base = _ORDINAL.sub(lambda m: m.group(1) + _KINDS[m.group(2)], base)
    if len(base) < 2:
        return None
    return Key(place.group(0) if place else None, base, campus, bool(group))


def _says_formed(texts: list[str], group: str, school: str) -> bool:
    """Whether a sentence of TEXTS names SCHOOL (beside the GROUP's own name) with a verb of forming or leading."""
    for text in texts:
        for sentence in re.split(r"[。！？\n]", text):
            if school in sentence.replace(group, "") and any(v in sentence for v in _FORMED):
                return True
    return False


def bracketed(name: str | None, text: str | None) -> str | None:
    """NAME as the text writes it with a bracket after it (城南中学（二中）), when it does; else NAME."""
    if not isinstance(name, str) or not text or _BRACKET.match(name):
        return name
    at = text.find(name)  # the first place the name has a bracket after it (one pattern for every name)
    while at >= 0:
        found = _AFTER.match(text, at + len(name))
        if found:
            return name + found.group(0) if not alias(found.group(1), name) else name  # (以下简称…, a short form: Round 37, 39)
        at = text.find(name, at + 1)
    return name


def join_names(rows: pd.DataFrame, names: dict[str, str] | None = None) -> pd.DataFrame:
    """The unit of each article of ROWS (columns `written`: the name as written, or None; `fixed`: the unit the
    metadata gives the file, or None; `text`: the article's text, read for a group's only; `candidates`: the names
    its title and folders may hold). NAMES: the metadata's units by name as written. Returns, on ROWS' index,
    `org` (the unit), `org_written` and `rule` (metadata, same, joined, candidate or None)."""
    names = names or {}
    written = rows["written"]
    fixed = rows["fixed"].where(rows["fixed"].notna(), written.map(names))
    keys = {n: name_key(n) for n in set(written.dropna()) | set(fixed.dropna())}
    places = Counter(k.place for k in set(keys.values()) if k and k.place and len(k.place) > 1)
    shared = {p for p, n in places.items() if n >= 3}  # the collection's own places: three names or more hold them
    held: dict[tuple, set] = defaultdict(set)
    for k in keys.values():
        if k and k.place and len(k.place) > 1:
            held[(k.base, k.campus)].add(k.place)

    def unit(k: Key | None) -> tuple | None:
        """K's unit: (place, base, campus); no place or a bare level -> the one shared place holding its base."""
        if k is None:
            return None
        place = k.place
        if place is None or len(place) == 1:
            where = [p for p in held.get((k.base, k.campus), ()) if place is None or p.endswith(place)]
            if not where and place and len(shared) == 1 and next(iter(shared)).endswith(place):
                where = list(shared)
            place = where[0] if len(where) == 1 and where[0] in shared else place
        return (place, k.base, k.campus)

    unit_of = {n: unit(k) for n, k in keys.items()}
    plain = {u[:2] for u in unit_of.values() if u and not u[2]}
    campuses: dict[tuple, set] = defaultdict(set)
    for u in unit_of.values():
        if u and u[2]:
            campuses[u[:2]].add(u[2])

    def school_of(u: tuple | None) -> tuple | None:
        """A campus's unit is its school's when the school has one campus named."""
        return (*u[:2], None) if u and u[2] and u[:2] in plain and len(campuses[u[:2]]) == 1 else u

    unit_of = {n: school_of(u) for n, u in unit_of.items()}
    for n, k in keys.items():  # a group joins its school only when its text says the school formed or leads it
        if k and k.group:
            stem = _group_stem(n)
            school = stem[len(k.place):] if k.place and stem.startswith(k.place) else stem
            texts = list(rows["text"][written == n])
            if not (unit_of[n] in plain or (*unit_of[n][:2], None) in unit_of.values()) or \
                    not _says_formed(texts, n, school):
                unit_of[n] = (*unit_of[n], "group")
    members: dict[tuple, list] = defaultdict(list)
    for n, u in unit_of.items():
        if u:
            members[u].append(n)
    counts, given = Counter(written.dropna()), set(fixed.dropna())
    label = {u: min(ns, key=lambda n: _preference(n, keys[n], counts, given)) for u, ns in members.items()}
    for u, ns in members.items():
        stems = [_group_stem(n) for n in ns if keys[n].group and unit_of[n] == u]
        if stems and label[u] not in given and (keys[label[u]].group or keys[label[u]].place is None):
            label[u] = max(stems, key=len)  # the school's full name, as its group writes it
    out = []
    for i in rows.index:
        w, f = written[i], fixed[i]
        if isinstance(f, str):
            out.append((f, w, "metadata"))
        elif isinstance(w, str):
            u = unit_of.get(w)
            out.append((label[u] if u else w, w, "joined" if u and label[u] != w else "same"))
        elif as_named := next((c for c in rows.at[i, "candidates"] if c in names), None):
            out.append((names[as_named], as_named, "metadata"))  # a name the joins file, corrected, files
        else:
            hits = [(c, unit_of.get(c) or school_of(unit(name_key(c)))) for c in rows.at[i, "candidates"]]
            units = {u for _, u in hits if u in label}
            if len(units) == 1:
                u = units.pop()
                out.append((label[u], next(c for c, v in hits if v == u), "candidate"))
            else:
                out.append((None, None, None))
    return pd.DataFrame(out, columns=["org", "org_written", "rule"], index=rows.index)


def _group_stem(name: str) -> str:
    return re.sub(r"(?:教育)?集团$", "", _SUFFIX.sub("", name))


def _preference(name: str, key: Key | None, counts: Counter, given: set) -> tuple:
    """The order in which a unit's names are taken for its name: the metadata's, then a name with the place, no
    group, no campus and no union suffix, the longest (第二中学 before 二中), the most articles, pinyin."""
    return (name not in given, key is None or key.group, key is None or key.place is None or len(key.place) == 1,
            bool(key and key.campus), bool(_SUFFIX.search(name)), -len(name), -counts.get(name, 0),
            chinese_order(name))


def candidates(title: str | None, source: str) -> list[str]:
    """The names an unnamed article's title and folders may hold: the title's words before 工会, a year or 关于,
    each folder's name and the file's own (the same way)."""
    found = []
    for part in [title or "", *Path(source).parts[:-1], Path(source).stem]:
        part = re.sub(r"^(?:附件\d*[:：]|\d{4}年?)", "", part.strip())
        m = _CANDIDATE.match(part)
        if m and not re.search(r"\d", m.group(1)):
            found.append(m.group(1) + ("工会" if part.startswith("工会", m.end(1)) else ""))
    return found


_NOTES = {"same": "单位名称本身", "joined": "与同一单位的其他写法合并", "metadata": "元数据文件指定",
          "candidate": "正文未写明单位，按标题或文件夹中的名称归入",
          "unnamed": "正文未写明单位，标题中的名称未归入任何单位：请在“单位”一栏填上它的单位"}
_READ = ["source", "title", "year", "org", "org_source", "org_written", "text"]


def join_documents(documents: Path, meta: Metadata, joins: Path) -> int:
    """Join the unit names of the documents table at DOCUMENTS (a file or a folder of parts), rewriting it in
    the same row groups with `org` the unit and `org_written` the name as written; write the joins to JOINS (CSV,
    one row a name as written and its unit, for Excel: the user may correct the 单位 column and give the file
    back with `--metadata`). Returns the number of articles filed under a name other than the one written."""
    files = sorted(documents.glob("part-*.parquet")) if documents.is_dir() else [documents]
    parts = []
    for path in files:
        for batch in read_slices(pq.ParquetFile(path, buffer_size=READ_BUFFER), columns=_READ):
            t = batch.to_pandas()
            by_meta = t["org_source"].eq("metadata")
            written = t["org_written"].where(t["org_written"].notna() | by_meta, t["org"])
            written = pd.Series([bracketed(n, x) for n, x in zip(written, t["text"])], index=t.index, dtype=object)
            group_name = written.map(lambda n: bool(isinstance(n, str) and (k := name_key(n)) and k.group))
            parts.append(pd.DataFrame({
                "written": written, "fixed": t["org"].where(by_meta), "year": t["year"],
                "text": t["text"].where(group_name), "title": t["title"],
                "candidates": [candidates(ti, so) if not isinstance(n, str) and not m else []
                               for ti, so, n, m in zip(t["title"], t["source"], written, by_meta)]}))
    if not parts:
        return 0
    rows = pd.concat(parts, ignore_index=True)
    del parts
    joined = join_names(rows, meta.names)
    _write_joins(rows, joined, joins)
    moved = int((joined["rule"].isin(["joined", "candidate"]) | (joined["rule"].eq("metadata")
                                                                 & joined["org"].ne(joined["org_written"]))).sum())
    columns = joined_columns(rows["title"], joined)
    del rows, joined  # nothing of the join's working set is held while the table is rewritten
    start = 0

    def change(table: pa.Table) -> pa.Table:
        nonlocal start
        here = {name: values.slice(start, table.num_rows) for name, values in columns.items()}
        start += table.num_rows
        here["org_source"] = pc.coalesce(here["org_source"], table.column("org_source"))
        return _set(table, here)

    for path in files:
        rewrite_documents(path, change)
    return moved


def joined_columns(titles: pd.Series, joined: pd.DataFrame) -> dict[str, pa.Array]:
    """The documents' columns the join sets, from JOINED (`join_names`) and the articles' TITLES: `org`,
    `org_written`, `org_join` (the rule) and `org_source` where the join decides it (metadata; title or path for a
    candidate), null where the article's own `org_source` stays."""
    src = [("metadata" if r == "metadata" else ("title" if w in candidates(ti, "") else "path")
            if r == "candidate" else None) for w, ti, r in zip(joined["org_written"], titles, joined["rule"])]
    return {name: pa.array([v if isinstance(v, str) else None for v in values], type=pa.string())
            for name, values in (("org", joined["org"]), ("org_written", joined["org_written"]),
                                 ("org_source", src), ("org_join", joined["rule"]))}


def _set(table: pa.Table, columns: dict[str, pa.Array]) -> pa.Table:
    for name, values in columns.items():
        at = table.schema.get_field_index(name)
        table = table.set_column(at, table.schema.field(at), values)
    return table

_GENERIC = re.compile(r"学校|企业|机关|单位|公司|幼儿园|中学|小学|医院|基层|教育|学院|大学|我校|本校|我园|全校|各级|上级")


def _named_title(candidate: str) -> bool:
    """Whether CANDIDATE (a title's words before 工会) may name a unit: Chinese only, two characters or more besides
    the words every writer uses of itself (学校工会, 企业工会 and 机关单位工会 name none)."""
    words = candidate.removesuffix("工会")
    return candidate.endswith("工会") and not re.search(r"[A-Za-z0-9]", words) and len(_GENERIC.sub("", words)) >= 2


def _write_joins(rows: pd.DataFrame, joined: pd.DataFrame, path: Path) -> None:
    """The joins for Excel: 原写法 org_written, 单位 org, 备注 note (articles, years, why), by unit in pinyin order; last,
    the names before 工会 in the titles of articles no unit was found for, their 单位 empty for her to fill in."""
    named = joined.assign(year=rows["year"])
    unnamed = named["org"].isna() & named["rule"].isna()
    named.loc[unnamed, "org_written"] = [next((c for c in cs if _named_title(c)), None)
                                         for cs in rows.loc[unnamed, "candidates"]]
    named.loc[unnamed, ["org", "rule"]] = ["", "unnamed"]
    named = named.dropna(subset=["org", "org_written"])
    groups: dict[tuple, tuple] = {}  # (name as written, unit) -> articles, years, rules; in the order first met
    for written, org, year, rule in zip(named["org_written"], named["org"], named["year"], named["rule"]):
        n, years, rules = groups.setdefault((written, org), ([0], set(), Counter()))
        n[0] += 1
        if not pd.isna(year):
            years.add(int(year))
        if isinstance(rule, str):
            rules[rule] += 1
    lines = []
    for (written, org), (n, years, rules) in groups.items():
        rule = min(rules, key=lambda r: (-rules[r], r))  # the commonest, the first in order on a tie
        when = "、".join(map(str, sorted(years))) + "年" if years else "年份不详"
        lines.append({"原写法 org_written": written, "单位 org": org,
                      "备注 note": f"{n[0]}篇（{when}）；{_NOTES.get(rule, '')}"})
    table = pd.DataFrame(lines, columns=["原写法 org_written", "单位 org", "备注 note"])
    if len(table):
        order = sorted(range(len(table)), key=lambda i: (not table.iat[i, 1], chinese_order(table.iat[i, 1]),
                                                         chinese_order(table.iat[i, 0])))
        table = table.iloc[order]
    write_csv(table, path)
