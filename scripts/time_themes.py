"""CPU seconds of theme prediction on a folder of synthetic documents, with the lexicon's terms found
by the Aho-Corasick automaton ("fast") or by the look-ahead trie regex it replaced ("regex").

    python scripts/bench.py --docs 300 --workers 1 --style mixed --no-rerun --keep --out bench_out/t300
    python scripts/time_themes.py bench_out/t300/synthetic-300 regex
    python scripts/time_themes.py bench_out/t300/synthetic-300 fast

Prints the best of three of `score_sections` (batches of 250 sections, as the pipeline) and of
`theme_profile`, and an md5 of each output, which must be the same both ways. Not a test.
"""

from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path


def main(folder: str, matcher: str) -> None:
    import pandas as pd

    from unionmine.documents.clean import clean_text
    from unionmine.documents.read import read_document
    from unionmine.documents.split import split_articles
    from unionmine.sections.parse import parse_sections
    from unionmine.themes import _matching, score_sections, theme_profile

    if matcher == "regex":
        _matching._longest_at_each_start = _matching._regex_longest_at_each_start
    rows = []
    for n, path in enumerate(sorted(Path(folder).rglob("*.txt"))):
        for article in split_articles(clean_text(read_document(path).text), page_title=path.stem):
            rows.extend(parse_sections(str(n), article.text.strip()))
    sections = pd.DataFrame(rows)
    score_sections(sections.iloc[:50])  # the model loaded before timing
    best: dict[str, float] = {}
    for _ in range(3):
        start = time.process_time()
        scored = [score_sections(sections.iloc[i : i + 250]) for i in range(0, len(sections), 250)]
        best["score_sections"] = min(best.get("score_sections", 1e9), time.process_time() - start)
        start = time.process_time()
        profile = theme_profile(sections)
        best["theme_profile"] = min(best.get("theme_profile", 1e9), time.process_time() - start)
    digests = [hashlib.md5(df.to_csv().encode()).hexdigest() for df in (pd.concat(scored), profile)]
    print(matcher, f"{len(sections)} sections", {k: round(v, 3) for k, v in best.items()}, *digests)


if __name__ == "__main__":
    main(*sys.argv[1:3])
