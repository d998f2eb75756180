"""The time a report states, and the same bytes for the same report.

A researcher who checks digests needs two reports of the same tables to be the same files. What
changed from run to run was only the time: "生成时间" in report.html, `dc:date` and random path ids in
the SVG charts, the created/modified dates in the .xlsx/.docx core properties and the dates of
their zip entries. All of them now take one time, `report_time()`: SOURCE_DATE_EPOCH (seconds since
1970, UTC) when it is set, as reproducible builds do; otherwise the time of drawing, as before. Set
SOURCE_DATE_EPOCH (e.g. to the newest input's modification time) and two runs give identical bytes.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import re
import zipfile
from pathlib import Path


def report_time() -> _dt.datetime:
    """SOURCE_DATE_EPOCH as a UTC time when set (and an integer), else now (local time)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return _dt.datetime.fromtimestamp(int(epoch), tz=_dt.UTC)
    return _dt.datetime.now().astimezone()


def fixed_office_file(path: Path, when: _dt.datetime) -> None:
    """Rewrite the .xlsx/.docx (a zip) at PATH with WHEN as its core properties' created/modified
    dates and as every entry's date: openpyxl and python-docx stamp both with the time of saving."""
    stamp = when.astimezone(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    zip_time = when.astimezone(_dt.UTC).timetuple()[:6]
    zip_time = max(zip_time, (1980, 1, 1, 0, 0, 0))
    buf = io.BytesIO()
    with zipfile.ZipFile(path) as old, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                for tag in ("created", "modified"):
                    text = re.sub(rf"(<dcterms:{tag}\b[^>]*>)[^<]*(</dcterms:{tag}>)", rf"\g<1>{stamp}\g<2>", text)
                data = text.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=zip_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            new.writestr(entry, data)
    Path(path).write_bytes(buf.getvalue())
