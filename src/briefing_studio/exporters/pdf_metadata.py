"""The PDF's metadata, written twice and alike: in the document information dictionary,
where most readers look, and in an XMP packet attached to the catalog (ISO 32000-1,
14.3.2), where labelling and data-loss-prevention tools look for the classification.

reportlab writes only the dictionary; here both are written from the same values and
the same instant when the file is saved, so that a reader of either finds the same.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

from reportlab.lib.utils import TimeStamp
from reportlab.pdfbase.pdfdoc import XMP, PDFDictionary, PDFDocument, PDFInfo, PDFName, PDFString
from reportlab.pdfgen.canvas import Canvas

from ..xmltext import escape


@dataclass(frozen=True)
class _Properties:
    """What the dictionary and the packet both say; an empty text is left out of both."""

    title: str
    author: str
    subject: str
    keywords: str
    creator: str
    producer: str
    trapped: str
    classification: str
    language: str
    moment: datetime.datetime


class _Info(PDFInfo):
    """reportlab's info object, which the document template fills in (title, author...),
    written with our dates, without empty entries and with the classification."""

    classification = ""
    language = ""

    def format(self, document: PDFDocument) -> bytes:
        return _info_dictionary(_properties(self, document)).format(document)


def add_metadata(canvas: Canvas, classification: str, language: str) -> None:
    """Write the document information and an XMP packet that agree with it, both with
    the ``classification`` when there is one; the packet names the document's
    ``language`` (the catalog's /Lang is the document template's)."""
    info = _Info()
    info.__dict__.update(canvas._doc.info.__dict__)
    info.classification, info.language = classification, language
    canvas._doc.info = info
    # Made when the file is saved, after the document template has set the title.
    packet = XMP(creator=lambda document: _xmp(_properties(info, document)).encode("utf-8"))
    # Uncompressed, so that tools that do not parse PDF still find the packet.
    packet.filters = []
    canvas._doc.Catalog.Metadata = packet


def _properties(info: _Info, document: PDFDocument) -> _Properties:
    return _Properties(title=info.title, author=info.author, subject=info.subject,
                       keywords=info.keywords, creator=info.creator, producer=info.producer,
                       trapped=info.trapped, classification=info.classification,
                       language=info.language, moment=_moment(document._timeStamp))


def _moment(stamp: TimeStamp) -> datetime.datetime:
    """The instant reportlab stamps the document with (fixed in its invariant mode and by
    SOURCE_DATE_EPOCH), in the time zone it was taken in. reportlab's own dates drop the
    minutes of a zone's offset (India's +05:30 comes out as +05'00'); the offset is the
    difference between the wall-clock time it recorded and the instant."""
    instant = int(stamp.t)
    offset = datetime.timedelta(seconds=calendar.timegm(stamp.YMDhms) - instant)
    return datetime.datetime.fromtimestamp(instant, datetime.timezone(offset))


def _info_dictionary(properties: _Properties) -> PDFDictionary:
    texts = {"Title": properties.title, "Author": properties.author,
             "Subject": properties.subject, "Keywords": properties.keywords,
             "Creator": properties.creator, "Producer": properties.producer,
             "Classification": properties.classification}
    entries: dict[str, object] = {key: PDFString(value) for key, value in texts.items() if value}
    entries["CreationDate"] = entries["ModDate"] = PDFString(_pdf_date(properties.moment))
    entries["Trapped"] = PDFName(properties.trapped)
    return PDFDictionary(entries)


def _pdf_date(moment: datetime.datetime) -> str:
    """A date string (ISO 32000-1, 7.9.4): D:YYYYMMDDHHmmSS+HH'mm'."""
    offset = moment.utcoffset() // datetime.timedelta(minutes=1)
    hours, minutes = divmod(abs(offset), 60)
    sign = "-" if offset < 0 else "+"
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{minutes:02d}'"


def _xmp(properties: _Properties) -> str:
    date = properties.moment.isoformat()
    entries = [
        _language_alternative("dc:title", properties.title),
        _sequence("dc:creator", properties.author),
        _language_alternative("dc:description", properties.subject),
        _bag("dc:language", properties.language),
        _simple("pdf:Keywords", properties.keywords),
        _simple("pdf:Producer", properties.producer),
        _simple("pdf:Trapped", properties.trapped),
        _simple("xmp:CreatorTool", properties.creator),
        _simple("xmp:CreateDate", date),
        _simple("xmp:ModifyDate", date),
        _simple("xmp:MetadataDate", date),
        _simple("bs:Classification", properties.classification),
    ]
    body = "\n".join(f"   {entry}" for entry in entries if entry)
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:bs="urn:briefing-studio:xmp:1.0">
{body}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def _simple(name: str, value: str) -> str:
    return f"<{name}>{escape(value)}</{name}>" if value else ""


def _sequence(name: str, value: str) -> str:
    return f"<{name}><rdf:Seq><rdf:li>{escape(value)}</rdf:li></rdf:Seq></{name}>" if value else ""


def _bag(name: str, value: str) -> str:
    return f"<{name}><rdf:Bag><rdf:li>{escape(value)}</rdf:li></rdf:Bag></{name}>" if value else ""


def _language_alternative(name: str, value: str) -> str:
    if not value:
        return ""
    return (f'<{name}><rdf:Alt><rdf:li xml:lang="x-default">{escape(value)}</rdf:li>'
            f"</rdf:Alt></{name}>")
