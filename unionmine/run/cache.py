"""A per-file result cache in SQLite, keyed by the file's content hash and the settings it was made with.

It makes re-runs on an unchanged corpus skip every unchanged file, and lets a run that
was killed resume: each finished file is committed, so nothing finished is redone.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
from pathlib import Path

import orjson

from .. import schema
from ..documents.metadata import Metadata
from ..errors import UsageError
from ..options import Options
from ..store.paths import annotation_files, annotations_path, package_digest
from . import provenance
from .chain import FileTask

SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    source TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    version TEXT NOT NULL,
    result BLOB NOT NULL,  -- JSON (orjson: NaN is kept as null, as the tables keep it)
    PRIMARY KEY (source, content_hash, version)
);
CREATE TABLE IF NOT EXISTS runs (
    key TEXT PRIMARY KEY,
    summary TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS margins (
    source TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    version TEXT NOT NULL,
    lines TEXT,  -- JSON: the file's margin lines (run.chain.page_margins); NULL: unreadable
    PRIMARY KEY (source, content_hash, version)
);
CREATE TABLE IF NOT EXISTS run_files (
    position INTEGER PRIMARY KEY,  -- the last completed run's input files, in order
    source TEXT NOT NULL,
    content_hash TEXT,
    counts TEXT NOT NULL  -- JSON: rows given to each table (run.incremental.COUNTS)
);
CREATE TABLE IF NOT EXISTS settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value TEXT NOT NULL  -- JSON: what the kept results depend on (code digest, limits, ...)
);
"""


def file_hash(path: str | Path) -> str:
    """SHA-256 of a file's bytes, read through one reused buffer so that large files cost no
    memory (``read(1 MB)`` per file allocated a megabyte each time: 0.1 ms a small file)."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


class ResultCache:
    """Finished per-file results of one output folder."""

    def __init__(self, path: str | Path, version: str, commit_every: int = 50):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.version = version
        self.commit_every = commit_every
        self._uncommitted = 0
        self._con = sqlite3.connect(self.path)
        self._con.execute("PRAGMA journal_mode=WAL")
        self._con.execute("PRAGMA synchronous=NORMAL")
        self._con.executescript(SCHEMA)
        self._con.commit()

    def get(self, source: str, content_hash: str) -> dict | None:
        row = self._con.execute(
            "SELECT result FROM files WHERE source=? AND content_hash=? AND version=?",
            (source, content_hash, self.version),
        ).fetchone()
        if row is None:
            return None
        try:
            return orjson.loads(row[0])
        except orjson.JSONDecodeError:  # written by an older version with the json module (NaN)
            return json.loads(row[0])

    def has(self, source: str, content_hash: str) -> bool:
        """Whether a result is kept, without reading it (cheap on large results)."""
        row = self._con.execute(
            "SELECT 1 FROM files WHERE source=? AND content_hash=? AND version=?",
            (source, content_hash, self.version),
        ).fetchone()
        return row is not None

    def put(self, source: str, content_hash: str, result: dict) -> None:
        self._con.execute(
            "INSERT OR REPLACE INTO files (source, content_hash, version, result) VALUES (?, ?, ?, ?)",
            (
                source,
                content_hash,
                self.version,
                orjson.dumps(result, default=_json_plain, option=orjson.OPT_SERIALIZE_NUMPY),
            ),
        )
        self._uncommitted += 1
        if self._uncommitted >= self.commit_every:
            self.commit()

    def margins(self, tasks, compute) -> list[set[str] | None]:
        """Each of TASKS' margin lines (`chain.page_margins`): those kept read back, the others found by
        COMPUTE(task) and kept; those of files no longer among TASKS, or of other settings, forgotten."""
        kept = {(source, digest): lines for source, digest, lines in self._con.execute(
            "SELECT source, content_hash, lines FROM margins WHERE version = ?", (self.version,))}
        found, new = [], []
        for task in tasks:
            key = (task.source, task.content_hash)
            if task.content_hash and key in kept:
                lines = kept.pop(key)
                found.append(None if lines is None else set(json.loads(lines)))
                continue
            lines = compute(task)
            found.append(lines)
            if task.content_hash:
                new.append((*key, self.version, None if lines is None else json.dumps(sorted(lines), ensure_ascii=False)))
        self._con.execute("DELETE FROM margins WHERE version != ?", (self.version,))
        self._con.executemany("DELETE FROM margins WHERE source = ? AND content_hash = ? AND version = ?",
                              [(*key, self.version) for key in kept])
        self._con.executemany("INSERT OR REPLACE INTO margins VALUES (?, ?, ?, ?)", new)
        self.commit()
        return found

    def last_run(self, key: str) -> dict | None:
        """The summary of the last completed run, if it had this KEY (same files, versions, options)."""
        row = self._con.execute("SELECT summary FROM runs WHERE key=?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def latest_run(self) -> dict | None:
        """The summary of the last completed run, whatever its key."""
        row = self._con.execute("SELECT summary FROM runs").fetchone()
        return json.loads(row[0]) if row else None

    def save_run(self, key: str, summary: dict, files: list[tuple[str, str | None, list[int]]] = ()) -> None:
        """Remember the completed run KEY (only the latest is kept) and its FILES: (source, content
        hash, counts) in input order, for the next run to update its tables (`run.incremental`)."""
        self._con.execute("DELETE FROM runs")
        self._con.execute("DELETE FROM run_files")
        self._con.execute(
            "INSERT INTO runs (key, summary) VALUES (?, ?)",
            (key, json.dumps(summary, ensure_ascii=False)),
        )
        self._con.executemany(
            "INSERT INTO run_files (position, source, content_hash, counts) VALUES (?, ?, ?, ?)",
            ((i, source, digest, json.dumps(counts)) for i, (source, digest, counts) in enumerate(files)),
        )
        self.commit()

    def manifest(self) -> list[tuple[str, str | None, list[int]]]:
        """The FILES `save_run` kept, in order."""
        rows = self._con.execute("SELECT source, content_hash, counts FROM run_files ORDER BY position")
        return [(source, digest, json.loads(counts)) for source, digest, counts in rows]

    def settings(self) -> dict | None:
        """What the results kept here were made with (saved when a run starts), if known."""
        row = self._con.execute("SELECT value FROM settings WHERE id = 1").fetchone()
        return json.loads(row[0]) if row else None

    def save_settings(self, settings: dict) -> None:
        """Remember what the results of the run now starting are made with (see `settings`)."""
        self._con.execute(
            "INSERT OR REPLACE INTO settings (id, value) VALUES (1, ?)",
            (json.dumps(settings, sort_keys=True, ensure_ascii=False),),
        )
        self.commit()

    def commit(self) -> None:
        self._con.commit()
        self._uncommitted = 0

    def prune(self, keep: set[tuple[str, str]]) -> None:
        """Forget results of files that are no longer in the corpus or have changed."""
        rows = self._con.execute("SELECT source, content_hash FROM files").fetchall()
        stale = [r for r in rows if (r[0], r[1]) not in keep]
        self._con.executemany("DELETE FROM files WHERE source=? AND content_hash=?", stale)
        self._con.execute("DELETE FROM files WHERE version != ?", (self.version,))
        self.commit()

    def close(self) -> None:
        self.commit()
        self._con.close()


def _json_plain(value):
    """JSON for numpy scalars and arrays that DataFrame rows carry."""
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"cannot store {type(value).__name__} in the cache")


def cache_settings(with_sections: bool, options: Options) -> dict:
    """What a cached result depends on besides the file: the package's code and data, the
    annotations the theme model is trained from, the limits, and the output's form."""
    annotations = None
    if with_sections:
        where = annotations_path(None)
        if where is not None and where.exists():
            digest = hashlib.sha256()
            for path in annotation_files(where):
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
            annotations = digest.hexdigest()[:16]
    return {
        "code": package_digest()[:16],
        "with_sections": with_sections,
        "annotations": annotations,
        "limits": dataclasses.asdict(options.limits),
        "partitioned": options.partitioned,
    }


def settings_digest(settings: dict) -> str:
    """The cache version of SETTINGS: results made under other settings are never read."""
    return hashlib.sha256(json.dumps(settings, sort_keys=True).encode()).hexdigest()[:16]


def check_resume(cache: ResultCache, settings: dict, out: Path) -> None:
    """Refuse --resume, saying why, when the earlier run's finished files cannot be reused."""
    before = cache.settings()
    if before is None:
        raise UsageError(f"--resume: {out} holds no earlier run to continue; run without --resume")
    if before != settings:
        changed = [_difference(name, before.get(name), settings.get(name)) for name in settings
                   if before.get(name) != settings.get(name)]
        raise UsageError(
            f"--resume: the earlier run in {out} was made with other settings ({'; '.join(changed)}), "
            "so none of its finished files can be reused; run without --resume to start over"
        )


def _difference(name: str, before, now) -> str:
    if name == "code":
        return "another version of unionmine's code or data files"
    if name == "annotations":
        return "other theme annotations"
    if name == "boilerplate":
        return "other lines recurring in the files' margins (files added, removed or changed)"
    if isinstance(before, dict) and isinstance(now, dict):
        return ", ".join(f"{k} {_plain(before.get(k))} → {_plain(now.get(k))}"
                         for k in now if before.get(k) != now.get(k))
    return f"{name} {_plain(before)} → {_plain(now)}"


def _plain(value) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def hash_tasks(tasks: list[FileTask]) -> list[FileTask]:
    """Add each file's content hash (None when it cannot be read: the reader will say why)."""
    hashed = []
    for task in tasks:
        try:
            digest = file_hash(task.path)
        except OSError:
            digest = None
        hashed.append(dataclasses.replace(task, content_hash=digest))
    return hashed


def changed_since_hashed(tasks: list[FileTask]) -> set[tuple[str, str]]:
    """(source, hash when the run began) of each of TASKS whose file no longer has that hash (edited, replaced or
    removed while the run read it)."""
    changed = set()
    for task in tasks:
        if task.content_hash:
            try:
                now = file_hash(task.path)
            except OSError:
                now = None
            if now != task.content_hash:
                changed.add((task.source, task.content_hash))
    return changed


def run_key_of(tasks: list[FileTask], version: str, meta: Metadata) -> str:
    """What a run's outputs depend on: the files (names and contents), the versions, the metadata."""
    digest = hashlib.sha256(version.encode())
    digest.update(meta.digest_text().encode())
    for task in tasks:
        digest.update(f"{task.source}\0{task.content_hash}\n".encode())
    return digest.hexdigest()


def _output_names(with_sections: bool) -> list[str]:
    return ["documents.parquet", "problems.csv"] + (
        ["sections.parquet", *(f"{m}.parquet" for m in schema.MEASURE_TABLES)] if with_sections else [])


def outputs_digests(out: Path, with_sections: bool, tables: dict | None = None) -> dict:
    """Rows and sha256 of each output table `outputs_state` covers (each part's), as the manifest records them
    (`provenance.tables`; TABLES: what it gave, not hashed again)."""
    found = provenance.tables(out, with_sections) if tables is None else tables
    return {name: found[name] for name in _output_names(with_sections) if name in found}


def outputs_record(out: Path, with_sections: bool, tables: dict | None = None) -> dict:
    """What a run records of its tables: size and time (`outputs_state`) and content (`outputs_digests`)."""
    return {"outputs": outputs_state(out, with_sections), "tables": outputs_digests(out, with_sections, tables)}


def same_outputs(recorded: dict, out: Path, with_sections: bool) -> bool:
    """Whether OUT's tables are those a run RECORDED: by size and modification time, else by content (a copied
    folder: `cp -r` gives every file a new time), the sha256 it recorded; a changed table is neither."""
    if recorded.get("outputs") == outputs_state(out, with_sections):
        return True
    return bool(recorded.get("tables")) and outputs_digests(out, with_sections) == recorded["tables"]


def outputs_state(out: Path, with_sections: bool) -> dict[str, list | None]:
    """Size and modification time of each output table (each part of a partitioned one), to notice one changed or removed since."""
    state: dict[str, list[int] | None] = {}
    for name in _output_names(with_sections):
        path = out / name
        try:
            files = sorted(path.glob("part-*.parquet")) if path.is_dir() else [path]
            state[name] = [[p.name, p.stat().st_size, p.stat().st_mtime_ns] for p in files]
        except OSError:
            state[name] = None
    return state
