"""Documents to sections: the heading tree of each article."""

from ..text.numerals import chinese_number  # the old public name, read in text/numerals now
from .parse import (
    DEFAULT_STYLES,
    HeadingStyle,
    Settings,
    finest_units,
    leaf_sections,
    load_heading_styles,
    parse_sections,
)
from .profile import theme_shares

__all__ = ["DEFAULT_STYLES", "HeadingStyle", "Settings", "chinese_number", "finest_units", "leaf_sections", "load_heading_styles", "parse_sections", "theme_shares"]
