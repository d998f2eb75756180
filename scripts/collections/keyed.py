"""Write generated collections and their answer keys: FOLDER/NAME/ (made anew) and FOLDER/NAME.key.jsonl."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

from key_rulings import apply_rulings


def write_collections(out: Path, makers: Iterable[tuple[str, Callable[[Path], list[dict]]]]) -> None:
    """For each (NAME, MAKER): empty OUT/NAME, let MAKER write its files there and return their key
    rows, write the rows to OUT/NAME.key.jsonl and print a one-line summary."""
    for name, maker in makers:
        folder = out / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
        keys = apply_rulings(name, maker(folder))  # the conventions settled 2026-11-30
        with open(out / f"{name}.key.jsonl", "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(k, ensure_ascii=False) + "\n" for k in keys)
        n_art = sum(len(k["articles"]) for k in keys)
        print(f"{folder}: {len(keys)} files, {n_art} articles, {len({k['style'] for k in keys})} styles")
