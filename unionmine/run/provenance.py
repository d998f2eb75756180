"""What made a run's tables, for a reader to cite and check: `OUT/manifest.json`.

Written after every `ingest` (so after every `run`): the package's version and the digest of its own code and
data files (the rules, the taxonomy, the theme annotations and the shipped calibration are data files), the
fitted theme model's file and digest, the versions of the packages the results depend on (the segmenter the run
used among them), the settings that change the tables (limits, the metadata file's content, the margins lines
found), the inputs (how many files and a digest of every path relative to the corpus folder with its content's
sha256) and every table written with its rows and sha256. Nothing in it depends on where or how the run ran:
no time, no absolute path, no engine or number of workers (the tables are the same on each, tested), so two
runs of the same corpus with the same code write the same manifest, and a table whose sha256 the manifest
names is the table that run wrote. A partitioned table is listed part by part.
"""

from __future__ import annotations

import hashlib
import platform
import re
from importlib import metadata as importlib_metadata
from pathlib import Path

import pyarrow.parquet as pq

from .. import __version__, schema
from ..store.manifest import file_sha256, read_manifest, write_manifest
from ..store.paths import annotations_path, package_digest

#: what the results depend on beyond the package, when its installed metadata cannot say (a source checkout)
_DEPENDS = ("jieba", "scikit-learn", "numpy", "pandas", "pyarrow", "opencc", "trafilatura", "lxml",
            "beautifulsoup4", "python-docx", "pdfplumber", "striprtf", "charset-normalizer", "cn2an")
_TABLES = ("documents", "sections", *schema.MEASURE_TABLES)


def inputs(tasks, meta, options, with_sections: bool) -> dict:
    """What goes in besides the code: the files (relative path and content hash), the metadata, the limits."""
    digest = hashlib.sha256()
    for task in tasks:
        digest.update(f"{task.source}\0{task.content_hash}\n".encode())
    return {
        "files": {"n": len(tasks), "sha256": digest.hexdigest()},
        "metadata": hashlib.sha256(meta.digest_text().encode()).hexdigest() if meta.rows or meta.names else None,
        "limits": {k: v for k, v in sorted(vars(options.limits).items())},
        "with_sections": with_sections,
        "partitioned": options.partitioned,
    }


def write(result):
    """Write RESULT's manifest into its output folder (`IngestResult.provenance`: `inputs`); returns RESULT.

    The report's entry (`report.state`) is kept while the tables are those it was drawn from."""
    given = result.provenance
    if not given:
        return result
    out = Path(result.out)
    record = {
        "unionmine": {"version": __version__, "code_sha256": package_digest()},
        "theme_model": theme_model() if given.get("with_sections") else None,
        "python": platform.python_version(),
        "packages": package_versions(),
        "inputs": given,
        "tables": result.tables or tables(out, given.get("with_sections", False)),  # (as the run recorded them)
        "n_documents": result.n_documents,
        "n_sections": result.n_sections,
    }
    before = read_manifest(out) or {}
    if before.get("report") and before.get("tables") == record["tables"]:
        record["report"] = before["report"]
    write_manifest(out, record)
    return result


def theme_model() -> dict:
    """The default theme model: its method, the fitted file the run used (in the model cache) and its sha256, the
    shipped calibration's sha256, and each theme's threshold: a section carries a theme when its score reaches it."""
    from ..themes import DEFAULT_METHOD, get_classifier  # deferred: loads scikit-learn
    from ..themes.modelcache import model_file  # deferred: with the themes
    from ..themes.realcal import REAL_CALIBRATION  # deferred: with the themes

    clf = get_classifier()
    found = {"method": DEFAULT_METHOD, "file": None, "sha256": None,
             "calibration_sha256": file_sha256(REAL_CALIBRATION) if REAL_CALIBRATION.is_file() else None,
             "thresholds": {t: round(float(v), 6) for t, v in zip(clf.themes_, getattr(clf, "thresholds_", ()))}}
    try:
        path = model_file(DEFAULT_METHOD, annotations_path(None))
        found.update(file=path.name, sha256=file_sha256(path))
    except (OSError, TypeError):
        pass
    return found


def package_versions() -> dict:
    """The installed versions of the packages unionmine requires (not its extras) and of the segmenter used."""
    from ..text.tokenize import backend_name  # deferred: loads jieba

    try:
        required = [r for r in importlib_metadata.requires("unionmine") or () if "extra ==" not in r]
        names = [re.split(r"[\s<>=!~;\[(]", r, maxsplit=1)[0] for r in required]
    except importlib_metadata.PackageNotFoundError:
        names = list(_DEPENDS)
    names.append(backend_name())
    versions = {}
    for name in sorted(set(names), key=str.lower):
        try:
            versions[name] = importlib_metadata.version(name)
        except importlib_metadata.PackageNotFoundError:
            versions[name] = None
    return {"segmenter": backend_name(), "versions": versions}


def tables(out: Path, with_sections: bool) -> dict:
    """Each table written, with its rows and the sha256 of its file (of each part, for a partitioned one)."""
    names = [f"{n}.parquet" for n in (_TABLES if with_sections else _TABLES[:1])] + ["problems.csv", "org_names.csv"]
    found = {}
    for name in names:
        path = out / name
        if path.is_dir():
            parts = sorted(path.glob("part-*.parquet"))
            found[name] = {"rows": sum(pq.read_metadata(p).num_rows for p in parts),
                           "parts": {p.name: file_sha256(p) for p in parts}}
        elif path.suffix == ".parquet" and path.is_file():
            found[name] = {"rows": pq.read_metadata(path).num_rows, "sha256": file_sha256(path)}
        elif path.is_file():
            found[name] = {"sha256": file_sha256(path)}
    return found
