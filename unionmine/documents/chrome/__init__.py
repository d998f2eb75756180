"""Site chrome: the lines of a page's text that are the site's, not the article's (navigation, bylines,
breadcrumbs, footers), found by the line rules, the page passes and the learned line model.

`find` runs every pass in order (`find_chrome`, `drop_chrome`); `protected`, `lines`, `meta_fields`, `menus`, `forms`,
`line_shapes`, `credit_lines` and `widgets` say what one line looks like; `top`, `related`, `tail`, `head`, `edges`,
`headlines`, `crumbs`, `closing`, `late`, `echo`, `span`, `blocks` and `pictures` are the passes by a line's place;
`forum` reads a forum thread's frames, user panels, copy guard and replies; `press` a news page's furniture (ads,
browser and app prompts, an age gate, press lists, picture placeholders, a by-line standing alone); `model` is the learned line model;
`site_marks`, `credit_fields` and `bylines` are what a site writes about itself and its reporters, `notices` what it
writes about the text it shows; `own` lifts the marks of lines that are an article's own (a news lead, a closing
caption) whatever pass took them (off).
"""

from .bylines import cut_glued_bylines
from .credit_lines import credit_line
from .find import ChromeReport, find_chrome
from .lines import line_feature
from .site_marks import unglue_counters

__all__ = ["ChromeReport", "credit_line", "cut_glued_bylines", "find_chrome", "line_feature", "unglue_counters"]
