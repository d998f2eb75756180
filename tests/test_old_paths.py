"""The old flat module paths keep their public names for one release (deprecated: remove after 0.2).

tests/data/old_public_names.json lists every public name each old module had before the
package moved to one package per stage.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest

OLD = json.loads((Path(__file__).parent / "data" / "old_public_names.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("module", sorted(OLD))
def test_old_module_path_still_has_its_public_names(module):
    old = importlib.import_module(module)
    assert [name for name in OLD[module] if not hasattr(old, name)] == []


def test_old_paths_are_the_same_objects_as_the_new_ones():
    from unionmine.documents.read import read_document
    from unionmine.pipeline import ingest as old_ingest
    from unionmine.reading import read_document as old_read_document
    from unionmine.run.pipeline import ingest

    assert old_read_document is read_document and old_ingest is ingest
