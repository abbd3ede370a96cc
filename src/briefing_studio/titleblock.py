"""The title block's metadata rows, their labels, and the dates they show.

The labels are words of the document's language (a house style may change them), so a
Turkish note reads "Sayı" and "Tarih" where an English one reads "Reference" and
"Date"; the date format is the house style's. The Word importer reads every language's
labels back.
"""

from __future__ import annotations

import datetime

from .dates import parse_date
from .model import Metadata

# The DOCX's content controls, by whose tags the Word importer finds them again: the
# title block's; the heading lines'; the end matter's, and inside it each field's
# (``signatory.name``, ``attachments``), which holds only what the user wrote.
METADATA_CONTROL = "Document information"
HEADING_LINES_CONTROL = "Heading lines"
END_MATTER_CONTROL = "End matter"
SIGNATORY_TAG = "signatory."
METADATA_FIELDS = ("reference", "subject", "date", "prepared_for", "prepared_by", "approved_by",
                   "organisation", "source", "version_label")


def metadata_rows(meta: Metadata, labels: dict[str, str], date_format: str,
                  months: tuple[str, ...]) -> list[tuple[str, str]]:
    """The title block's metadata as (label, text), empty fields left out."""
    rows = []
    for field in METADATA_FIELDS:
        value = getattr(meta, field)
        if value:
            shown = format_date(value, date_format, months) if field == "date" else value
            rows.append((labels[field], shown))
    return rows


def format_date(iso: str, pattern: str, months: tuple[str, ...]) -> str:
    """``2026-11-24`` in the style's pattern (``%d``, ``%-d``, ``%m``, ``%B``, ``%Y``),
    with the document language's ``months`` (never the machine's locale, so that the
    same briefing always gives the same document); a date that is not ISO is shown as
    written."""
    try:
        day = datetime.date.fromisoformat(iso)
    except ValueError:
        return iso
    return (pattern.replace("%-d", str(day.day)).replace("%d", f"{day.day:02d}")
            .replace("%m", f"{day.month:02d}").replace("%B", months[day.month - 1])
            .replace("%Y", str(day.year)))


def iso_date(text: str) -> str:
    """A date as a title block shows it, in any language, back to ``2026-11-24``; else
    as written."""
    try:
        return parse_date(text).isoformat()
    except ValueError:
        return text
