"""Opening a Word package whatever flavour of Office Open XML it is written in.

Word's "Strict Open XML Document" (ISO/IEC 29500 Strict) names its XML and its
relationship types in ``http://purl.oclc.org/ooxml/...`` namespaces where the
transitional format that python-docx reads uses ``http://schemas.openxmlformats.org/
.../2006/...``; the elements are the same. A Strict package is therefore rewritten to
the transitional namespaces in memory, part by part, before python-docx parses it.
The importer (a source document) and the DOCX exporter (a template) both open Word
files through here.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

STRICT = re.compile(rb"http://purl\.oclc\.org/ooxml/([A-Za-z]+)/([A-Za-z/-]+)")
# The few Strict names that are not the transitional name with "2006/" put in.
RENAMED = {b"extendedProperties": b"extended-properties",
           b"customProperties": b"custom-properties"}
# No entity expansion or network access while looking for the broken part.
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CONFORMANCE = re.compile(rb'\s[A-Za-z0-9_]+:conformance="strict"')


def custom_properties(document: Document) -> tuple[str, bytes] | None:
    """The relationship id and the XML of the document's custom properties
    (docProps/custom.xml), or None when it has none."""
    for rId, relationship in document.part.package.rels.items():
        if relationship.reltype == RT.CUSTOM_PROPERTIES and not relationship.is_external:
            return rId, relationship.target_part.blob
    return None


def open_word_document(path: Path, as_template: bool = False) -> Document:
    """The document at ``path`` as python-docx reads it; raises what python-docx
    raises for a file that is not a Word document. ``as_template`` also takes a Word
    template (.dotx), whose main part differs from a document's only in content type,
    as Word does when it makes a document from one."""
    strict, template = _flavour(path)
    if not strict and not (template and as_template):
        return docx.Document(str(path))
    return docx.Document(io.BytesIO(transitional_package(path)))


def _flavour(path: Path) -> tuple[bool, bool]:
    """Whether the package is Strict (its main document named in a Strict namespace)
    and whether it is a Word template; a file that is no zip, or lacks these parts, is
    left for python-docx to refuse."""
    try:
        with zipfile.ZipFile(path) as archive:
            return (b"purl.oclc.org/ooxml/" in archive.read("_rels/.rels"),
                    TEMPLATE_TYPE in archive.read("[Content_Types].xml"))
    except (OSError, KeyError, zipfile.BadZipFile):
        return False, False


def transitional_package(path: Path) -> bytes:
    """The package as a transitional Word document, as the bytes of a new zip: every
    Strict namespace and relationship type mapped to its transitional counterpart, a
    template's main part typed as a document's."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(TEMPLATE_TYPE, DOCUMENT_TYPE)
            if item.filename.endswith((".xml", ".rels")):
                data = transitional_xml(data)
            target.writestr(item, data)
    return buffer.getvalue()


def transitional_xml(data: bytes) -> bytes:
    # The document saved from a template is transitional, so it must not keep
    # claiming to be Strict (w:document/@w:conformance).
    return CONFORMANCE.sub(b"", STRICT.sub(_transitional_name, data))


def _transitional_name(match: re.Match[bytes]) -> bytes:
    area, rest = match.group(1), match.group(2)
    head, _, last = rest.rpartition(b"/")
    rest = head + b"/" + RENAMED.get(last, last) if head else RENAMED.get(last, last)
    return b"http://schemas.openxmlformats.org/" + area + b"/2006/" + rest


def unreadable_part(path: Path) -> str:
    """What in the package python-docx could not read, in words: the first part that
    is not well-formed XML, or what the package lacks; empty when nothing is found."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            for name in ("[Content_Types].xml", "_rels/.rels"):
                if name not in names:
                    return f"it has no {name}"
            for name in names:
                if name.endswith((".xml", ".rels")):
                    try:
                        etree.fromstring(archive.read(name), PARSER)
                    except etree.XMLSyntaxError as error:
                        return f"{name} is not well-formed XML ({error.msg})"
    except (OSError, zipfile.BadZipFile):
        return "it is not a zip package"
    return ""
