"""The parts of a DOCX package besides its text: only what we put there.

Every DOCX starts from python-docx's default template (or the ministry's own), which
carries things no briefing wrote: a blank thumbnail, a bibliography store in
``customXml/``, a ``stylesWithEffects.xml`` from Word 2010 that lacks our styles (Word
then repairs the file), an ``app.xml`` claiming "Microsoft Macintosh Word" with one page
and no words, and the template author's name in the core properties. A file that leaves
the ministry carries only what the briefing says, so these go, and the properties are
written afresh.
"""

from __future__ import annotations

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from .. import __version__
from ..xmltext import escape

STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
# Parts of the template, not of the document (ECMA-376 Part 2, 15.2.16; Part 1, 15.2.5).
LEFTOVER_PACKAGE_PARTS = {RT.THUMBNAIL}
LEFTOVER_DOCUMENT_PARTS = {RT.CUSTOM_XML, STYLES_WITH_EFFECTS}
EXTENDED_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def drop_template_leftovers(document: Document) -> None:
    """Remove the thumbnail, the custom XML stores, stylesWithEffects and the stale
    settings; a part that nothing relates to is not saved."""
    package = document.part.package
    for relationships, unwanted in ((package.rels, LEFTOVER_PACKAGE_PARTS),
                                    (document.part.rels, LEFTOVER_DOCUMENT_PARTS)):
        for rId in [rId for rId, rel in relationships.items() if rel.reltype in unwanted]:
            relationships.pop(rId)
    drop_stale_settings(document)


# Settings of the template that would speak falsely of this file: a spelling check that
# never ran, the template's revision ids and document id, and a request to save a
# thumbnail that the next save in Word would embed.
STALE_SETTINGS = ("w:proofState", "w:rsids", "w14:docId", "w:savePreviewPicture")


def drop_stale_settings(document: Document) -> None:
    settings = document.settings.element
    for tag in STALE_SETTINGS:
        for element in settings.findall(qn(tag)):
            settings.remove(element)


def write_application_properties(document: Document, company: str) -> None:
    """docProps/app.xml naming Briefing Studio as the application that wrote the file.

    Word counts pages and words itself when it opens a file; counts we cannot know are
    left out rather than written wrong.
    """
    company_element = f"<Company>{escape(company)}</Company>" if company else ""
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<Properties xmlns="{EXTENDED_PROPERTIES}">'
           f"<Application>Briefing Studio/{__version__}</Application>"
           f"<DocSecurity>0</DocSecurity>{company_element}</Properties>").encode()
    package = document.part.package
    for rel in package.rels.values():
        if rel.reltype == RT.EXTENDED_PROPERTIES and not rel.is_external:
            rel.target_part._blob = xml  # a plain Part: its bytes are what is saved
            return


def drop_empty_core_properties(document: Document) -> None:
    """Leave out the core properties that have no value (an empty author, say), rather
    than writing them empty; the revision and the dates always have one."""
    core = document.core_properties._element
    for child in list(core):
        if not (child.text or "").strip() and len(child) == 0:
            core.remove(child)


def clear_core_properties(document: Document) -> None:
    """Forget the template's core properties (its author, its last editor, when it was
    printed) before ours are set."""
    core = document.core_properties._element
    for child in list(core):
        if child.tag != qn("cp:revision"):
            core.remove(child)
