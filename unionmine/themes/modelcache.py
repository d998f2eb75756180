"""A disk cache of the fitted default models, so only the first process pays for training.

Fitting the supervised models takes seconds; every ``unionmine run``, ``classify`` and worker
process would pay it again. The fitted model is saved as JSON (``save``/``load``: no pickle,
loading never runs code) in ``$UNIONMINE_CACHE`` or ``~/.cache/unionmine/``. The file name is
a sha256 over everything that decides the fit: the method, the annotation files, the taxonomy,
the user dictionary and stopwords (they decide the word features) and the package's own code
(``store.paths.package_digest``: a changed feature or model format is never read from an old file).
A file that cannot be read is ignored and rebuilt; a cache folder that cannot be written
only costs speed.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..errors import UsageError
from ..store.paths import annotation_files, package_digest
from ..text.tokenize import STOPWORDS, USERDICT
from .taxonomy import DEFAULT_TAXONOMY

log = logging.getLogger(__name__)

ENV = "UNIONMINE_CACHE"


def cache_dir() -> Path:
    """``$UNIONMINE_CACHE`` if set, else ``~/.cache/unionmine`` (created when first written)."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV]).expanduser()
    return Path.home() / ".cache" / "unionmine"


def model_key(method: str, annotations: Path, taxonomy: str | Path | None = None) -> str:
    """sha256 of the method, the annotation and taxonomy bytes, the word lists and the package's code."""
    digest = hashlib.sha256()
    digest.update(f"{package_digest()}\0{method}\0".encode())
    files = annotation_files(Path(annotations))
    files += [Path(taxonomy) if taxonomy else DEFAULT_TAXONOMY, USERDICT, STOPWORDS]
    for file in files:
        digest.update(file.name.encode() + b"\0")
        digest.update(file.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def model_file(method: str, annotations: Path) -> Path:
    """Where the model of METHOD fitted on ANNOTATIONS is kept (it may not be there yet)."""
    return cache_dir() / f"theme-model-{method}-{model_key(method, annotations)[:24]}.json"


def cached_model(method: str, annotations: Path, fit: Callable[[], object], load: Callable[[Path], object]):
    """The model fitted by ``fit()``, read from the cache when an up-to-date copy is there.

    ``load(path)`` reads a saved model; the fitted model must have ``save(path)``.
    """
    try:
        path = model_file(method, annotations)
    except OSError as exc:  # unreadable annotations: let fit() raise the real error
        log.debug("theme model cache unusable: %s", exc)
        return fit_reproducibly(fit)
    if path.is_file():
        try:
            return load(path)
        except (UsageError, KeyError, TypeError, ValueError, IndexError) as exc:
            log.warning("ignoring a broken cached theme model %s (%s); training again", path, exc)
    model = fit_reproducibly(fit)
    try:
        model.save(path)  # atomic: a reader never sees half a file
    except (OSError, UsageError) as exc:
        log.debug("cannot write the theme model cache %s: %s", path, exc)
        return _as_saved(model, load)
    # The saved file rounds the weights: the process that trained must label as every later
    # process that loads the file does, or a run's labels would depend on the cache's state.
    return load(path)


def fit_reproducibly(fit: Callable[[], object]):
    """``fit()`` with one BLAS thread: a multi-threaded BLAS sums in an order that depends on the thread
    count, and the weights (even rounded, as saved) then differed between OMP_NUM_THREADS=1 and the
    default, so a run's scores depended on the machine that trained the cached model."""
    from threadpoolctl import threadpool_limits  # training only: predicting needs neither

    with threadpool_limits(limits=1):
        return fit()


def _as_saved(model, load: Callable[[Path], object]):
    """MODEL after a round trip through its saved form (when the cache folder cannot be written)."""
    with tempfile.TemporaryDirectory(prefix="unionmine-model-") as folder:
        path = Path(folder) / "model.json"
        model.save(path)
        return load(path)
