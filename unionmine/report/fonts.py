"""A CJK font for the charts, registered from its file so that no machine shows empty boxes.

The font ships with the `mplfonts` dependency; registering the file directly (rather than
naming a family and hoping the font cache knows it) avoids "missing glyph" warnings on a
fresh machine and a stale cache (see PITFALLS.md).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from pathlib import Path

from ..errors import UnionmineError
from ..store.tables import write_bytes

FONT_FILE = "NotoSansCJKsc-Regular.otf"


def cjk_font_path() -> Path:
    """Return the path of the bundled Noto Sans CJK SC font file."""
    try:
        import mplfonts
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise UnionmineError(
            "the package 'mplfonts' (which carries the Chinese chart font) is missing; "
            "reinstall unionmine with 'pip install -e .'"
        ) from exc
    path = Path(mplfonts.__file__).parent / "fonts" / FONT_FILE
    if not path.is_file():  # pragma: no cover - a broken installation
        raise UnionmineError(f"the Chinese chart font {path} is missing; reinstall 'mplfonts'")
    return path


@functools.lru_cache(maxsize=1)
def register_cjk_font() -> str:
    """Register the CJK font file with matplotlib and return its family name, read from the file."""
    from matplotlib import font_manager

    path = cjk_font_path()
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


@contextlib.contextmanager
def cjk_style() -> Iterator[str]:
    """Draw inside this block with the CJK font (and a plain hyphen for minus signs)."""
    import matplotlib

    family = register_cjk_font()
    with matplotlib.rc_context(
        {
            # the family itself, not the generic "sans-serif": texts keep it when saved later
            "font.family": [family, "DejaVu Sans"],
            "axes.unicode_minus": False,
            "svg.fonttype": "path",
            "savefig.bbox": "tight",
            "svg.hashsalt": "unionmine",  # SVG ids from a fixed salt, not at random: the same bytes each run
        }
    ):
        yield family


def font_subset(text: str) -> bytes:
    """The CJK font cut down to the characters of TEXT (an OpenType file), for embedding in the HTML report.

    The full font is 16 MB; the glyphs a report uses are a few hundred kB, so the page shows
    Chinese on a machine without any Chinese font and still needs no network. Cutting takes
    seconds, so each cut is kept in the cache folder (``$UNIONMINE_CACHE`` or
    ``~/.cache/unionmine``), keyed by the characters, the font file and the fontTools version.
    """
    import hashlib

    import fontTools  # deferred: fontTools is only needed for the HTML page

    from ..themes.modelcache import cache_dir  # deferred: the themes package loads the theme models

    chars = "".join(sorted(set(text) | set("0123456789%.,-+()")))
    font = cjk_font_path()
    key = hashlib.sha256(f"{font.name}\0{font.stat().st_size}\0{fontTools.version}\0{chars}".encode()).hexdigest()
    cached = cache_dir() / "fonts" / f"subset-{key[:32]}.otf"
    try:
        return cached.read_bytes()
    except OSError:
        pass
    data = _cut_font(font, chars)
    try:
        write_bytes(data, cached)
    except OSError:  # a cache that cannot be written only costs the next report the same seconds
        pass
    return data


def _cut_font(path: Path, chars: str) -> bytes:
    import io

    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.layout_features = []
    options.name_IDs = []
    options.hinting = False
    options.notdef_outline = True
    font = TTFont(str(path), lazy=True)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue()
