"""The title block's metadata rows, their labels, and the dates they show.

The labels and the date format belong to the house style (``labels``, ``date_format``),
so a Turkish official note reads "Sayı" and "Tarih" where the ministry style reads
"Reference" and "Date". The Word importer reads any style's labels back.
"""

from __future__ import annotations

import datetime

from .model import Metadata

# The DOCX title block's content control, by which the Word importer finds it again.
METADATA_CONTROL = "Document information"
METADATA_FIELDS = ("reference", "date", "prepared_for", "prepared_by", "approved_by",
                   "organisation", "source", "version_label")
# Month names are written out in English whatever the machine's locale, so that the
# same briefing always gives the same document.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def metadata_rows(meta: Metadata, labels: dict[str, str],
                  date_format: str) -> list[tuple[str, str]]:
    """The title block's metadata as (label, text), empty fields left out."""
    rows = []
    for field in METADATA_FIELDS:
        value = getattr(meta, field)
        if value:
            shown = format_date(value, date_format) if field == "date" else value
            rows.append((labels[field], shown))
    return rows


def format_date(iso: str, pattern: str) -> str:
    """``2026-11-24`` in the style's pattern (``%d``, ``%-d``, ``%m``, ``%B``, ``%Y``);
    a date that is not ISO is shown as written."""
    try:
        day = datetime.date.fromisoformat(iso)
    except ValueError:
        return iso
    return (pattern.replace("%-d", str(day.day)).replace("%d", f"{day.day:02d}")
            .replace("%m", f"{day.month:02d}").replace("%B", MONTHS[day.month - 1])
            .replace("%Y", str(day.year)))


def iso_date(text: str) -> str:
    """A date as a title block shows it, back to ``2026-11-24``; else as written."""
    for pattern in ("%d %B %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return text
