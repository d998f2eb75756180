"""Run the per-file chain on one file: read, clean, split, describe, then sections and themes.

Never raises for a bad input: each failure becomes a problem row naming its stage. Runs in
any engine (a worker process imports only this module and the stages).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import pandas as pd

from .. import schema
from ..documents.archives import is_archive, unpack_archive
from ..documents.boilerplate import BOILERPLATE_MIN_FILES, boilerplate, margin_lines
from ..documents.clean import clean_page
from ..documents.dating import infer_year_range
from ..documents.describe import describe_article, year_from_path
from ..documents.discover import discover_files
from ..documents.duplicates import signature
from ..documents.organisations import account_org
from ..documents.organisations.page import page_org
from ..documents.problems import describe_problem
from ..documents.read import HTML_SUFFIXES, MHT_SUFFIXES, TEXT_SUFFIXES, read_document
from ..documents.signed_date import preview_file_name
from ..documents.split import hidden_markers, is_listing_page, split_articles
from ..documents.title_additions import drop_site_additions
from ..documents.titles import title_as_written
from ..errors import InputError, UsageError
from ..sections.parse import parse_sections
from ..text.normalize import cjk_count, has_chinese, mojibake_lines, to_simplified
from ..text.tokenize import shared_cuts
from .records import stated_year_conflict

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileTask:
    """One input file: where it is and how the output names it.

    ``boilerplate``: compact lines found to recur in the margins of many files of the run
    (``documents.chrome.boilerplate``), dropped from this file like site chrome."""

    path: str
    source: str
    content_hash: str | None = None
    boilerplate: frozenset[str] = frozenset()
    #: for a .zip: (path inside, reason) of what could not be unpacked; its members are tasks of their own
    unpack_problems: tuple[tuple[str, str], ...] = ()


#: A page whose cleaning removed more than this share of its Chinese text is listed in
#: problems.csv (stage "clean warning") with the rules that removed most.
CLEAN_WARN_SHARE = 0.5
#: An article left with fewer Chinese characters than this, by a cleaning that removed at
#: least as many, is listed too.
ARTICLE_MIN_CHINESE = 80



def make_doc_id(source: str, article: int) -> str:
    """Stable id: the same article of the same source file gets the same id on every run."""
    return hashlib.sha1(f"{source}#{article}".encode()).hexdigest()[:16]


def find_tasks(paths: Sequence[str | os.PathLike], skipped: list | None = None) -> list[FileTask]:
    """List the input files under PATHS, each with its path relative to the root it was found under.

    SKIPPED, when given, receives (folder, page, root) for each browser folder of a saved page
    left out (`discover.discover_files`); `saved_page_notes` turns them into problems.csv rows."""
    if not paths:
        raise UsageError("no corpus given; name one or more files or folders")
    roots = [Path(p) for p in paths]
    for root in roots:
        if not root.exists() and not root.is_symlink():
            raise UsageError(f"corpus path {root} does not exist", zh=("cli_text.corpus_missing", {"path": root}))
    tasks = []
    for file, root in discover_files(roots, skipped):
        tasks.append(FileTask(str(file), _source_name(file, root, several=len(roots) > 1)))
    return tasks


def _source_name(file: Path, root: Path, several: bool) -> str:
    if not root.is_dir():
        return file.name
    source = file.relative_to(root).as_posix()
    return f"{root.name}/{source}" if several else source


#: The stage of a problems.csv row that only informs (a run with only these still exits 0).
NOTE_STAGE = "discover note"


def saved_page_notes(skipped, several: bool) -> list[dict]:
    """problems.csv rows (stage ``discover note``) for the browser folders SKIPPED beside their
    saved pages (`discover.discover_files`): information, not a skipped input."""
    return [describe_problem(_source_name(folder, root, several), NOTE_STAGE,
                             f"browser folder of the saved page {page.name} not read "
                             "(its scripts, styles, images and ad frames); the page itself is read")
            for folder, page, root in skipped]


def unpack_tasks(tasks: Sequence[FileTask], dest: Path, limits=None) -> list[FileTask]:
    """Follow each .zip among TASKS by the files it holds, unpacked under DEST
    (`documents.archives`); a member's source is the archive's source and its path inside
    (``2022/材料.zip/城北二中/总结.docx``). The archive stays a task: its result is the problems
    of unpacking it, so they are cached and updated like any file's."""
    out: list[FileTask] = []
    used: set[str] = set()
    for task in tasks:
        if not is_archive(task.path) or not os.path.isfile(task.path):
            out.append(task)  # a missing or odd path: read_document says why
            continue
        unpacked = unpack_archive(Path(task.path), dest, limits)
        out.append(replace(task, unpack_problems=tuple(unpacked.problems)))
        for inner, file in unpacked.members:
            used.add(file.relative_to(dest).parts[0])
            out.append(FileTask(str(file), f"{task.source}/{inner}"))
    if dest.is_dir():  # folders of archives no longer in the corpus
        for stale in dest.iterdir():
            if stale.name not in used:
                shutil.rmtree(stale, ignore_errors=True)
    return out


def files_to_read(tasks: Sequence[FileTask]) -> int:
    """The files among TASKS that a run reads, as its progress bar counts them: each file a .zip holds,
    not the .zip itself (unpacked before the bar starts, its task only reports what could not be)."""
    return sum(not is_archive(task.path) for task in tasks)


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


PAGE_HEAD_CHARS = 400  # the page's first lines as read: a compilation's heading, a headline the cleaner took (Round 33)


def _describe_file(task: FileTask, limits) -> dict:
    """Read, clean, split and describe one file; sections are added per batch."""
    result: dict = {"documents": [], "sections": [], "problems": []}
    if is_archive(task.path):
        for inner, reason in task.unpack_problems:
            result["problems"].append(describe_problem(f"{task.source}/{inner}".rstrip("/"), "read", reason))
        return result
    try:
        decoded = read_document(Path(task.path), limits)
    except InputError as exc:
        result["problems"].append(describe_problem(task.source, "read", exc.reason))
        return result
    except Exception as exc:  # noqa: BLE001 - one odd file must not stop a week's run
        result["problems"].append(
            describe_problem(task.source, "read", f"unexpected error: {type(exc).__name__}: {exc}")
        )
        return result
    for warning in decoded.warnings:
        result["problems"].append(describe_problem(task.source, "read warning", warning))

    try:
        structural = getattr(decoded, "chrome_keys", frozenset())
        cleaned = clean_page(decoded.text, boilerplate=task.boilerplate, simplified=True, structural=structural)
        clean = cleaned.text
        clean_original = (
            clean_page(decoded.original, boilerplate=task.boilerplate, structural=structural).text
            if decoded.original != decoded.text
            else None
        )
        stem = Path(task.source).stem
        hint = decoded.title_hint
        articles = split_articles(clean, page_title=to_simplified(hint) if hint else stem)
        originals = (
            split_articles(clean_original, page_title=hint or stem)
            if clean_original
            else None
        )
    except Exception as exc:  # noqa: BLE001
        result["problems"].append(
            describe_problem(task.source, "split", f"unexpected error: {type(exc).__name__}: {exc}")
        )
        return result
    result["problems"].extend(_cleaning_warnings(task.source, decoded, cleaned, articles))
    if originals is not None and len(originals) != len(articles):
        originals = None

    preview = preview_file_name(decoded.text)
    for number, article in enumerate(articles, start=1):
        text = article.text.strip()
        if not has_chinese(text):
            reason = "no Chinese text" if text else "no article text left after cleaning"
            result["problems"].append(describe_problem(task.source, "describe", f"article {number}: {reason}"))
            continue
        doc_id = make_doc_id(task.source, number)
        several = len(articles) > 1
        written, _title_source = title_as_written(article.title, text, source=task.source,
                                                  hint=getattr(decoded, "title_hint", None), several=several,
                                                  page_head=to_simplified(decoded.text[:PAGE_HEAD_CHARS]))
        title = drop_site_additions(written)  # ruling c of 2026-11-30: the site's additions are no part of the title
        described = describe_article(written, text, task.source, several=several)
        if not described.get("org") and getattr(decoded, "writer_hint", None):  # a WeChat account's own words
            org, org_type, _ev = account_org(decoded.writer_hint)
            if org:
                described.update(org=org, org_type=org_type, org_source="text")
        if not described.get("org") and not several:  # the page's own lines cleaning took: (某某矿 某某); the file's text, as
            # the account fallback above: org_source keeps INTERFACE's four values
            org, org_type, _ev = page_org(decoded.text, clean, text, described.get("kind"))
            if org:
                described.update(org=org, org_type=org_type or described.get("org_type"), org_source="text")
        if described.get("year") is None and preview:  # a document site's preview names the file: its year
            year, _ev = year_from_path(preview, described.get("kind"), tied_only=several)
            described.update(year=year, year_source="path" if year else described.get("year_source"))
        dated = infer_year_range(text)
        record = schema.record(
            doc_id=doc_id,
            source=task.source,
            source_url=decoded.source_url,
            url_source="page" if decoded.source_url else None,
            article=number,
            title=title,
            org=described.get("org"),
            org_type=described.get("org_type"),
            org_source=described.get("org_source"),
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
        record["_marker"] = article.marker  # read by _share_pasted_org, then dropped
        if record["year"] is None and (
            dated["year_min"] is not None or dated["year_max"] is not None
        ):
            record["year_source"] = "inferred"
        record["year_conflict"] = stated_year_conflict(record)
        result["documents"].append(record)
    if not articles:
        reason = "no article text found"
        if clean.strip() and is_listing_page(clean):
            reason = "no article: the page only lists document titles (a site's listing page)"
        result["problems"].append(describe_problem(task.source, "split", reason))
    _share_pasted_org(result["documents"])
    return result


def _cleaning_warnings(source: str, decoded, cleaned, articles) -> list[dict]:
    """Nothing lost silently: heavy cleaning, short articles, hidden text and garbled lines."""
    out = []

    def warn(reason: str) -> None:
        out.append(describe_problem(source, "clean warning", reason))

    if cleaned.chinese_before and cleaned.removed_share > CLEAN_WARN_SHARE:
        warn(
            f"cleaning removed {cleaned.removed_share:.0%} of the page's Chinese text "
            f"(more than {CLEAN_WARN_SHARE:.0%}); most by: {cleaned.main_rules()}"
        )
    removed = sum(cleaned.removed.values())
    for number, article in enumerate(articles, start=1):
        n = cjk_count(article.text)
        # Short by nature (a notice, a test file) is no loss; short after cleaning took as
        # much as the floor may be.
        if 0 < n < ARTICLE_MIN_CHINESE and removed >= ARTICLE_MIN_CHINESE:
            warn(f"article {number} has only {n} Chinese characters after cleaning "
                 f"(fewer than {ARTICLE_MIN_CHINESE}); cleaning removed most by: {cleaned.main_rules()}")
    hidden = hidden_markers(decoded.text)
    if hidden:
        warn(f"{len(hidden)} hidden-text marker(s) (此处隐藏…个字): the site hid {sum(hidden):,} characters; "
             "the articles were split there, not merged (an article the page's numbering "
             "shows going on after the marker stays one)")
    garbled = mojibake_lines(decoded.text, simplified=True)
    if garbled:
        warn(f"{len(garbled)} line(s) look garbled (mojibake: wrong encoding upstream?), "
             f"e.g. {garbled[0][:30]!r}")
    return out


def collect_boilerplate(tasks: Sequence[FileTask], limits=None, known=None) -> frozenset[str]:
    """Lines recurring in the margins of many text and web files of this run (site furniture).

    A pre-pass: each text or HTML file is read, and the short lines above its first and
    below its last paragraph are counted (``chrome.margin_lines``); those found in enough
    files (``chrome.boilerplate``) are dropped from every file of the run. Word and PDF
    files carry no site furniture and are not read twice. KNOWN: a store of each file's margins
    (`cache.ResultCache.margins`), so that a re-run reads only the files it has not seen.
    """
    page_suffixes = TEXT_SUFFIXES | HTML_SUFFIXES | MHT_SUFFIXES
    pages = [t for t in tasks if Path(t.path).suffix.lower() in page_suffixes]
    if len(pages) < BOILERPLATE_MIN_FILES:
        return frozenset()
    compute = partial(page_margins, limits=limits)
    margins = known.margins(pages, compute) if known is not None else [compute(task) for task in pages]
    return boilerplate([lines for lines in margins if lines is not None], n_pages=len(pages))


def page_margins(task: FileTask, limits=None) -> set[str] | None:
    """The compact margin lines of one page (`boilerplate.margin_lines`); None when it cannot be read."""
    try:
        # Uncleaned: chrome the line rules catch anyway may be counted too, harmlessly.
        return margin_lines(read_document(Path(task.path), limits).text)
    except Exception as exc:  # noqa: BLE001 - the main pass reports unreadable files
        log.debug("boilerplate pre-pass skips %s: %s", task.source, exc)
        return None


def _share_pasted_org(records: list[dict]) -> None:
    """A summary and next year's plan pasted into one file come from one writer: the part that
    names no organisation takes the one the other part names (not on compilation pages, whose
    articles come from many writers, told by the markers the page was split at)."""
    markers = [r.pop("_marker", None) for r in records]
    if len(records) != 2 or {r["kind"] for r in records} != {"summary", "plan"}:
        return
    if any(m not in (None, "pasted") for m in markers):
        return  # split at a compilation's markers (第一篇：…, 篇二): two writers' documents
    named = [r for r in records if r["org"] and r.get("org_source") in ("title", "text")]
    if len(named) != 1:
        return
    for record in records:
        if not record["org"]:
            record["org"], record["org_type"] = named[0]["org"], named[0]["org_type"]
            record["org_source"] = "text"


def _add_sections(results: list[dict]) -> None:
    """Parse every document of RESULTS into sections and score them all in one call; add each
    article's measures (theme profile, specificity, indicators: `measures.add_measures`)."""
    with shared_cuts():  # each line cut once for the classifier and the term counts
        _add_scored_sections(results)


def _add_scored_sections(results: list[dict]) -> None:
    from ..themes import score_sections  # deferred: the theme models load scikit-learn
    from .measures import add_measures  # deferred: only runs with sections need the insights

    rows, owners = [], []
    for i, result in enumerate(results):
        for record in result["documents"]:
            parsed = parse_sections(record["doc_id"], record["text"], title=record.get("title"))
            rows.extend(parsed)
            owners.extend([i] * len(parsed))
    if not rows:
        add_measures(results, None)
        return
    scored = add_measures(results, score_sections(pd.DataFrame(rows)))
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
