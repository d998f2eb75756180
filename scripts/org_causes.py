#!/usr/bin/env python3
"""Why the describer misses organisations on the real development sets: one row per labelled article, by cause.

    PYTHONPATH=$PWD python scripts/org_causes.py local/org_causes.json

Reads the hand-labelled files kept outside the repository (/work/local/real_pagesN/labelled_*.txt, sets 2-8;
set 9 only its TUNE half: groups whose `half_of` is tune, pages from `local/set9tune/pages`), ingests the pages and
sorts each named-organisation miss: `gated` (nothing chosen, the key's name is among `org_candidates` of
title + text), `notformed` (nothing chosen, the name is in the text but never a candidate), `notintext`,
`another` (another unit chosen), `extent` (one name inside the other); `invented` where the key names none.
The output (local, git-ignored) holds page text excerpts: never commit it.
"""
import json
import sys
import tempfile
from pathlib import Path

import pandas as pd

sys.path.insert(0, 'scripts')
from real_ingest import half_of, sha

from unionmine.documents.describe_rules import default_describe_rules
from unionmine.documents.organisations.candidates import org_candidates
from unionmine.evaluation.ingest import compact, match_articles
from unionmine.run.pipeline import ingest

R = default_describe_rules()

def parse(paths, tune_only):
    pages = []
    for path in paths:
        page = None
        for raw in Path(path).read_text(encoding='utf-8').splitlines():
            if not raw.strip(): continue
            if raw.startswith('#url '):
                page = {'lines': [], 'arts': [], 'group': None}; pages.append(page); continue
            if raw.startswith('#group '):
                page['group'] = raw[7:].strip(); continue
            tag, _, rest = raw.partition('|')
            if tag == 'A':
                d = dict(p.partition('=')[::2] for p in rest.split('|'))
                page['arts'][-1]['desc'] = {k.strip(): v.strip() for k, v in d.items()}
                continue
            if tag == 'T':
                _kind, exp, line = rest.split('|', 2); line = line.strip()
                page['arts'].append({'title': exp or line, 'body': [], 'desc': None})
            else:
                line = rest.strip()
                if tag == 'B':
                    if not page['arts']: page['arts'].append({'title': None, 'body': [], 'desc': None})
                    page['arts'][-1]['body'].append(line)
            page['lines'].append(line)
    if tune_only:
        pages = [p for p in pages if half_of(p['group']) == 'tune']
    return pages

def run(setname, labelled, pagesdir, tune_only=False):
    pages = parse(sorted(Path(labelled).glob('labelled_*.txt')), tune_only)
    byname = {sha(p.read_text(encoding='utf-8')): p.name for p in Path(pagesdir).glob('*.txt')}
    with tempfile.TemporaryDirectory() as s:
        ingest([Path(pagesdir)], Path(s), use_cache=False, progress=False)
        docs = pd.read_parquet(Path(s) / 'documents.parquet')
    rows = []
    for page in pages:
        text = '\n'.join(page['lines']) + '\n'
        name = byname.get(sha(text))
        if not name: continue
        outs = [r for r in docs.to_dict('records') if Path(str(r['source'])).name == name]
        outs.sort(key=lambda r: r.get('article') or 0)
        texts = [compact(o.get('title')) + compact(o.get('text')) for o in outs]
        ch = match_articles(page['arts'], outs, texts)
        for art, oi in zip(page['arts'], ch):
            d = art['desc']
            if not d: continue
            got = outs[oi] if oi is not None else {}
            exp = None if d.get('org') in ('', 'null', None) else d['org']
            forms = [exp] + [f for f in (d.get('org_also') or '').replace('；', ';').split(';') if f.strip()] if exp else []
            g = got.get('org'); g = None if g is None or (isinstance(g, float)) else g
            ok = exp and any(compact(f) == compact(g) for f in forms) if g else False
            full = (got.get('title') or '') + '\n' + (got.get('text') or '')
            cause = None
            if exp and not ok:
                cands = {compact(c[0]) for c in org_candidates(full, R)}
                formed = any(compact(f) in cands for f in forms)
                intext = any(compact(f) in compact(full) for f in forms)
                if g is None:
                    cause = 'gated' if formed else ('notformed' if intext else 'notintext')
                elif any(compact(f) in compact(g) or compact(g) in compact(f) for f in forms):
                    cause = 'extent'
                else:
                    cause = 'another'
            elif not exp and g:
                cause = 'invented'
            rows.append({'set': setname, 'page': name, 'exp': exp, 'forms': forms, 'got': g,
                         'src': got.get('org_source'), 'ok': bool(ok), 'cause': cause,
                         'title': got.get('title'), 'head': (got.get('text') or '')[:400],
                         'tail': (got.get('text') or '')[-200:], 'exp_type': d.get('org_type'), 'got_type': got.get('org_type')})
    return rows

if __name__ == '__main__':
    out = []
    sets = [(str(n), f'/work/local/real_pages{n}', f'/work/local/real_pages{n}/pages') for n in range(2, 9)]
    for s, lab, pg in sets:
        out += run(s, lab, pg)
    out += run('9tune', '/work/local/real_pages9', 'local/set9tune/pages', tune_only=True)
    Path(sys.argv[1]).write_text(json.dumps(out, ensure_ascii=False, indent=1))
    from collections import Counter
    print(Counter((r['set'], r['cause']) for r in out if r['cause']))
    print(Counter(r['cause'] for r in out if r['cause']))
