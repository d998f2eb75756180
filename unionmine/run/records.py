"""A processed file's document rows as they are written: the user's metadata over what extraction found
(`apply_metadata`), and the signature that travels beside each row to the duplicate finder (`file_records`)."""

from __future__ import annotations

from collections.abc import Iterator

from ..documents.describe import year_conflict
from ..documents.metadata import Metadata
from ..documents.organisations import address_org_type


def stated_year_conflict(record: dict) -> bool:
    """A stated year outside the range the text's own dated clues allow (see INTERFACE)."""
    if record.get("year_source") == "inferred":
        return False
    return year_conflict(record.get("year"), record.get("year_min"), record.get("year_max"))[0]


def file_records(file_result: dict, meta: Metadata) -> Iterator[tuple[dict, list[int] | None]]:
    """Each document row of a processed file as it is written (a copy, the user's metadata applied: `apply_metadata`)
    and the signature that travels beside it to the duplicate finder, never written."""
    for record in file_result["documents"]:
        record = dict(record)
        sig = record.pop("_signature", None)
        apply_metadata(record, meta)
        yield record, sig


def apply_metadata(record: dict, meta: Metadata) -> None:
    """Let what the user's metadata file knows about RECORD's source win over extraction; then let the
    address the page was saved from (the metadata's, else the page's own) type a writer the text leaves
    open (`org_host.address_org_type`), unless the metadata gives the type."""
    known = meta.lookup(record["source"], record["article"])
    if known.get("org"):
        record["org_written"] = record.get("org")  # the name as written, kept beside the metadata's (`run.units`)
    if known.get("url"):
        record["source_url"], record["url_source"] = known["url"], "metadata"
    for key, value in known.items():
        if key in record or key == "year_source":
            record[key] = value
    if "year" in known and known["year"] is not None:
        record["year_source"] = "metadata"
    if known.get("org"):
        record["org_source"] = "metadata"
    if "year" in known or "org" in known:
        record["year_conflict"] = stated_year_conflict(record)
    if record.get("source_url") and "org_type" not in known:
        record["org_type"], _ = address_org_type(record.get("org"), record.get("org_type"), record.get("title") or "",
                                                 record.get("text") or "", record["source_url"])
