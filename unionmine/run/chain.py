"""Run the per-file chain on one file: read, clean, split, describe, then sections and themes.

Never raises for a bad input: each failure becomes a problem row naming its stage. Runs in
any engine (a worker process imports only this module and the stages).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import schema
from ..documents.clean import clean_text
from ..documents.dating import infer_year_range
from ..documents.describe import describe_article
from ..documents.discover import discover_files
from ..documents.duplicates import signature
from ..documents.metadata import Metadata
from ..documents.read import read_document
from ..documents.split import split_articles
from ..errors import InputError, UsageError
from ..sections.parse import parse_sections
from ..text.normalize import has_chinese


@dataclass(frozen=True)
class FileTask:
    """One input file: where it is and how the output names it."""

    path: str
    source: str
    content_hash: str | None = None



def make_doc_id(source: str, article: int) -> str:
    """Stable id: the same article of the same source file gets the same id on every run."""
    return hashlib.sha1(f"{source}#{article}".encode()).hexdigest()[:16]


def find_tasks(paths: Sequence[str | os.PathLike]) -> list[FileTask]:
    """List the input files under PATHS, each with its path relative to the root it was found under."""
    if not paths:
        raise UsageError("no corpus given; name one or more files or folders")
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists() and not root.is_symlink():
            raise UsageError(f"corpus path {root} does not exist")
    tasks = []
    for file, root in discover_files(roots):
        if root.is_dir():
            source = file.relative_to(root).as_posix()
            if len(roots) > 1:
                source = f"{root.name}/{source}"
        else:
            source = file.name
        tasks.append(FileTask(str(file), source))
    return tasks


def process_file(task: FileTask, limits=None, with_sections: bool = True) -> dict:
    """Run the per-file stages on one file; never raises for a bad input, reports it instead."""
    return process_batch([task], limits=limits, with_sections=with_sections)[0]


def process_batch(tasks: Sequence[FileTask], limits=None, with_sections: bool = True) -> list[dict]:
    """Run the per-file stages on a few files, scoring all their sections in one call.

    Scoring section by section repeated the classifier's fixed costs for every article (half
    the pipeline's time in a profile); a batch pays them once.
    """
    results = [_describe_file(task, limits) for task in tasks]
    if with_sections:
        _add_sections(results)
    return results


def _describe_file(task: FileTask, limits) -> dict:
    """Read, clean, split and describe one file; sections are added per batch."""
    result: dict = {"documents": [], "sections": [], "problems": []}
    try:
        decoded = read_document(Path(task.path), limits)
    except InputError as exc:
        result["problems"].append({"source": task.source, "stage": "read", "reason": exc.reason})
        return result
    except Exception as exc:  # noqa: BLE001 - one odd file must not stop a week's run
        result["problems"].append(
            {
                "source": task.source,
                "stage": "read",
                "reason": f"unexpected error: {type(exc).__name__}: {exc}",
            }
        )
        return result
    for warning in decoded.warnings:
        result["problems"].append(
            {"source": task.source, "stage": "read warning", "reason": warning}
        )

    try:
        clean = clean_text(decoded.text)
        clean_original = clean_text(decoded.original) if decoded.original != decoded.text else None
        articles = split_articles(clean, page_title=Path(task.source).stem)
        originals = (
            split_articles(clean_original, page_title=Path(task.source).stem)
            if clean_original
            else None
        )
    except Exception as exc:  # noqa: BLE001
        result["problems"].append(
            {
                "source": task.source,
                "stage": "split",
                "reason": f"unexpected error: {type(exc).__name__}: {exc}",
            }
        )
        return result
    if originals is not None and len(originals) != len(articles):
        originals = None

    for number, article in enumerate(articles, start=1):
        text = article.text.strip()
        if not has_chinese(text):
            reason = "no Chinese text" if text else "no article text left after cleaning"
            result["problems"].append(
                {
                    "source": task.source,
                    "stage": "describe",
                    "reason": f"article {number}: {reason}",
                }
            )
            continue
        doc_id = make_doc_id(task.source, number)
        described = describe_article(article.title, text)
        dated = infer_year_range(text)
        record = schema.record(
            doc_id=doc_id,
            source=task.source,
            article=number,
            title=article.title,
            org=described.get("org"),
            org_type=described.get("org_type"),
            year=described.get("year"),
            year_source=described.get("year_source"),
            year_min=dated["year_min"],
            year_max=dated["year_max"],
            year_evidence=dated["evidence"],
            kind=described.get("kind") or "other",
            on_topic=bool(described.get("on_topic", True)),
            encoding=decoded.encoding,
            n_chars=len(text),
            text=text,
            original_text=originals[number - 1].text.strip() if originals else text,
            content_hash=task.content_hash,
        )
        record["_signature"] = signature(text)  # travels to the duplicate finder, never written
        if record["year"] is None and (
            dated["year_min"] is not None or dated["year_max"] is not None
        ):
            record["year_source"] = "inferred"
        result["documents"].append(record)
    if not articles:
        result["problems"].append(
            {"source": task.source, "stage": "split", "reason": "no article text found"}
        )
    return result


def _add_sections(results: list[dict]) -> None:
    """Parse every document of RESULTS into sections and score them all in one call."""
    from ..themes import score_sections  # deferred: the theme models load scikit-learn


    rows, owners = [], []
    for i, result in enumerate(results):
        for record in result["documents"]:
            parsed = parse_sections(record["doc_id"], record["text"])
            rows.extend(parsed)
            owners.extend([i] * len(parsed))
    if not rows:
        return
    scored = score_sections(pd.DataFrame(rows))
    # rows from each column's Python values (missing ones None): to_dict("records") after
    # astype(object) gave the same dicts 3x slower, a quarter of a second per 1,000 documents
    names = list(scored.columns)
    columns = []
    for name in names:
        values = scored[name].tolist()
        missing = scored[name].isna().to_numpy()
        columns.append([None if gone else v for v, gone in zip(values, missing)] if missing.any() else values)
    for owner, values in zip(owners, zip(*columns)):
        results[owner]["sections"].append(dict(zip(names, values)))


def apply_metadata(record: dict, meta: Metadata) -> None:
    """Let what the user's metadata file knows about RECORD's source win over extraction."""
    known = meta.lookup(record["source"], record["article"])
    for key, value in known.items():
        if key in record or key == "year_source":
            record[key] = value
    if "year" in known and known["year"] is not None:
        record["year_source"] = "metadata"
