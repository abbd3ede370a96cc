"""Opening a Word package whatever flavour of Office Open XML it is written in.

Word's "Strict Open XML Document" (ISO/IEC 29500 Strict) names its XML and its
relationship types in ``http://purl.oclc.org/ooxml/...`` namespaces where the
transitional format that python-docx reads uses ``http://schemas.openxmlformats.org/
.../2006/...``; the elements are the same. A Strict package is therefore rewritten to
the transitional namespaces in memory, part by part, before python-docx parses it.
The importer (a source document) and the DOCX exporter (a template) both open Word
files through here.

A Word file often comes from outside the ministry, so it is looked at before anything
is unpacked or parsed (``refusal``): how many parts it has, how big they unpack, how
much they are squeezed, and whether an XML part declares a DTD (which OOXML forbids,
and through which entity attacks come). zipfile never unpacks more of a part than the
package says it holds (a part that lies fails its checksum), so the declared sizes
bound what reading it costs. Every XML part we parse ourselves goes through PARSER:
no entities expanded, no DTD loaded, no network.
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

MIB = 1024 * 1024
# What a Word package may hold. A briefing's DOCX, pictures and all, is far inside
# these limits (a 500-page report's document.xml is some 20 MB); a zip bomb is not.
MOST_PARTS = 10_000
MOST_PART_BYTES = 100 * MIB  # any one part, unpacked
MOST_TOTAL_BYTES = 400 * MIB  # all parts together, unpacked
# Text squeezes 5 to 20 times, a very repetitive table 50 times; a bomb thousands.
MOST_SQUEEZE = 200
SQUEEZE_FROM_BYTES = 10 * MIB  # small parts may squeeze as they like
DTD_LOOKS = 64 * 1024  # a DTD comes before the root element: at the head of the part
DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)


class PackageRefused(ValueError):
    """A package past one of the limits above; the message says which, in words."""


def _megabytes(size: int) -> str:
    return f"{size / MIB:,.0f} MB"


def refusal(path: Path) -> str:
    """Why the package at ``path`` is not to be unpacked, in words; empty when it may
    be (or is no zip at all, which python-docx then refuses in its own words)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MOST_PARTS:
                return f"it holds {len(members):,} parts, more than the {MOST_PARTS:,} allowed"
            total = 0
            for member in members:
                size = member.file_size
                if size > MOST_PART_BYTES:
                    return (f"{member.filename} would unpack to {_megabytes(size)}, more "
                            f"than the {_megabytes(MOST_PART_BYTES)} a part may have")
                squeeze = size // max(member.compress_size, 1)
                if size > SQUEEZE_FROM_BYTES and squeeze > MOST_SQUEEZE:
                    return (f"{member.filename} is squeezed {squeeze:,} times, more than "
                            f"the {MOST_SQUEEZE} of any real document (a zip bomb)")
                total += size
            if total > MOST_TOTAL_BYTES:
                return (f"it would unpack to {_megabytes(total)}, more than the "
                        f"{_megabytes(MOST_TOTAL_BYTES)} allowed")
            for member in members:
                if member.filename.endswith((".xml", ".rels")):
                    with archive.open(member) as part:
                        head = part.read(DTD_LOOKS)
                    if DOCTYPE.search(head):
                        return (f"{member.filename} declares a DTD (<!DOCTYPE>), which Word "
                                "never writes: refused, as the way of an entity attack")
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, RuntimeError, EOFError,
            NotImplementedError, ValueError):
        return ""  # not a package that can be read: python-docx says so
    return ""


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
    as Word does when it makes a document from one. A package past the limits above
    raises PackageRefused, before anything in it is parsed."""
    if reason := refusal(path):
        raise PackageRefused(reason)
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
