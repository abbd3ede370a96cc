"""The title block's metadata rows, their labels, and the dates they show.

Shared by the exporters, which write the rows, and the Word importer, which reads
them back from a document that went through Word.
"""

from __future__ import annotations

import datetime

from .model import Metadata

METADATA_ROWS = (
    ("Reference", "reference"), ("Date", "date"), ("Prepared for", "prepared_for"),
    ("Prepared by", "prepared_by"), ("Approved by", "approved_by"),
    ("Organisation", "organisation"), ("Source", "source"), ("Version", "version_label"),
)
DATE_FORMAT = "%d %B %Y"


def metadata_rows(meta: Metadata) -> list[tuple[str, str]]:
    """The title block's metadata as (label, text), empty fields left out."""
    rows = []
    for label, key in METADATA_ROWS:
        value = getattr(meta, key)
        if value:
            rows.append((label, readable_date(value) if key == "date" else value))
    return rows


def readable_date(iso: str) -> str:
    """``2026-11-24`` as ``24 November 2026``; anything else as written."""
    try:
        day = datetime.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%B %Y}"


def iso_date(text: str) -> str:
    """A date as the title block shows it, back to ``2026-11-24``; else as written."""
    for pattern in (DATE_FORMAT, "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return text
