"""Statistics to the report: labels, charts, fonts, CSV/xlsx tables, the HTML page and the Word report."""

from .charts import (
    CHARTS,
    COLORS,
    DPI,
    draw_charts,
    kind_comparison,
    org_heatmap,
    profile_bars,
    terms_grid,
    year_trends,
)
from .display import (
    HTML_HEADERS,
    TABLE_NOTES,
    cell_text,
    header,
    overview_paragraphs,
    skipped_inputs,
)
from .fonts import FONT_FILE, cjk_font_path, cjk_style, font_subset, register_cjk_font
from .html import (
    TITLE,
    Filters,
    html_table,
    render_html,
    report,
    theme_profile,
)
from .workbook import DECIMAL_COLUMNS, PERCENT_COLUMNS, write_stats_csv, write_xlsx

__all__ = ["CHARTS", "COLORS", "DECIMAL_COLUMNS", "DPI", "FONT_FILE", "HTML_HEADERS", "PERCENT_COLUMNS", "TABLE_NOTES", "TITLE", "Filters", "cell_text", "cjk_font_path", "cjk_style", "draw_charts", "font_subset", "header", "html_table", "kind_comparison", "org_heatmap", "overview_paragraphs", "profile_bars", "register_cjk_font", "render_html", "report", "skipped_inputs", "terms_grid", "theme_profile", "write_stats_csv", "write_xlsx", "year_trends"]
