"""Document information the reportlab canvas has no API for: a custom info key and an
XMP packet, where labelling and data-loss-prevention tools look for a classification."""

from __future__ import annotations

import datetime

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFName, PDFStream, PDFString
from reportlab.pdfgen.canvas import Canvas

from ..xmltext import escape
from . import DocumentInfo


class _InfoWithClassification(PDFInfo):
    classification = ""

    def format(self, document) -> bytes:
        formatted = super().format(document)
        if not self.classification:
            return formatted
        # PDFInfo.format writes a fixed set of keys; add ours before the closing >>.
        extra = PDFDictionary({"Classification": PDFString(self.classification)}).format(document)
        return formatted[: formatted.rindex(b">>")] + extra[2:-2] + b">>"


def add_classification(canvas: Canvas, info: DocumentInfo) -> None:
    """Put the classification in the document info and, with the other metadata, in an
    XMP packet attached to the catalog (ISO 32000-1, 14.3.2)."""
    pdf_info = _InfoWithClassification()
    pdf_info.__dict__.update(canvas._doc.info.__dict__)
    pdf_info.classification = info.classification
    canvas._doc.info = pdf_info
    packet = _xmp(title=info.title, author=info.author, subject=info.subject,
                  keywords=info.keywords, classification=info.classification)
    stream = PDFStream(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                       packet.encode("utf-8"), filters=[])
    canvas._doc.Catalog.Metadata = stream


def _xmp(**fields: str) -> str:
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat()
    values = {key: escape(value) for key, value in fields.items()}
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:bs="urn:briefing-studio:xmp:1.0">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{values["title"]}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{values["author"]}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt>
    <rdf:li xml:lang="x-default">{values["subject"]}</rdf:li>
   </rdf:Alt></dc:description>
   <pdf:Keywords>{values["keywords"]}</pdf:Keywords>
   <xmp:CreateDate>{now}</xmp:CreateDate>
   <xmp:CreatorTool>Briefing Studio</xmp:CreatorTool>
   <bs:Classification>{values["classification"]}</bs:Classification>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
