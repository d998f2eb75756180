"""How a run is carried out: one frozen options object, built at the CLI edge and passed down.

`Options` holds every setting of a run that is not what to read or where to write: the safety
limits, where the work runs (engine, workers, scheduler), the result cache, partitioned output
and the progress bar. The library's `ingest` and `run` take one `options=`; the command line
builds it once from its flags (`unionmine.cli`), so no function threads eight loose settings.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from .errors import UsageError

ENGINES = ("serial", "process", "dask")


@dataclass(frozen=True)
class Limits:
    """Safety limits; each maps to a command-line option named in the refusal message."""

    max_file_mb: float = 100
    max_expansion_ratio: float = 100
    max_uncompressed_mb: float = 200
    max_line_chars: int = 1_000_000

    def __post_init__(self) -> None:
        # one form per value: 100 and 100.0 are the same limit (and the same cache key)
        for name in ("max_file_mb", "max_expansion_ratio", "max_uncompressed_mb"):
            object.__setattr__(self, name, float(getattr(self, name)))
        object.__setattr__(self, "max_line_chars", int(self.max_line_chars))


@dataclass(frozen=True)
class Options:
    """Settings of a run (see README, 'Command line'); frozen, so a run cannot change them midway.

    limits: what files are refused or broken up (`Limits`).
    engine: 'serial', 'process' or 'dask'; None chooses serial for one worker, process otherwise.
    workers: worker processes (or Dask workers to start when no scheduler is given).
    scheduler: address of a running Dask scheduler (engine 'dask').
    use_cache: keep each finished file's result in OUT/.unionmine and reuse it on the next run.
    resume: only continue the earlier run in OUT: refuse, saying why, when its finished files
        cannot be reused (another version of the code, other limits, other options).
    find_boilerplate: first look for lines recurring in the margins of many files (site chrome).
    partitioned: write each table as a folder of parts, each where its files were processed.
    progress: show a progress bar on stderr.
    """

    limits: Limits = field(default_factory=Limits)
    engine: str | None = None
    workers: int = 1
    scheduler: str | None = None
    use_cache: bool = True
    resume: bool = False
    find_boilerplate: bool = True
    partitioned: bool = False
    progress: bool = True

    def __post_init__(self) -> None:
        if self.limits is None:
            object.__setattr__(self, "limits", Limits())
        if self.engine is not None and self.engine not in ENGINES:
            raise UsageError(f"unknown engine '{self.engine}'; choose one of {', '.join(ENGINES)}")
        if not isinstance(self.workers, int) or self.workers < 1:
            raise UsageError(f"workers must be a whole number of at least 1, not {self.workers!r}")
        if self.resume and not self.use_cache:
            raise UsageError("--resume reuses the cache of the earlier run; it cannot go with --no-cache")
        if self.resume and self.partitioned:
            raise UsageError("--resume keeps finished files in the cache, which --partitioned does not use")

    @classmethod
    def build(cls, options: Options | None = None, **overrides) -> Options:
        """OPTIONS (or the defaults) with OVERRIDES, which must name fields of `Options`."""
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(overrides) - names)
        if unknown:
            raise TypeError(f"unknown option(s) {', '.join(unknown)}; Options has {', '.join(sorted(names))}")
        base = options if options is not None else cls()
        return dataclasses.replace(base, **overrides) if overrides else base

    @property
    def chosen_engine(self) -> str:
        """The engine that runs: the one asked for, else serial for one worker, process otherwise."""
        if self.engine is not None:
            return self.engine
        return "serial" if self.workers <= 1 else "process"
