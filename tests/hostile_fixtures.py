"""Files built to hurt a reader: zip bombs, entity attacks, external references, and
Markdown, text and JSON shaped to exhaust time or memory. Each is written small (the
bombs are streamed, never held in memory whole) and is refused, or read harmlessly."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import docx

from tests.docx_fixtures import rewrite_package

MIB = 1024 * 1024
PARAGRAPH = (b'<w:p><w:r><w:t>bomb</w:t></w:r></w:p>' * 1000)
DOCUMENT_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 b'<w:document xmlns:w="http://schemas.openxmlformats.org/'
                 b'wordprocessingml/2006/main"><w:body>')
DOCUMENT_TAIL = b"</w:body></w:document>"
# Billion laughs: ten entities each ten times the one before, 10^9 "lol"s from 1 KB.
LAUGHS = (b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + b"".join(f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
                     .encode() for n in range(1, 10))
          + b"]>")
SECRET = "file:///etc/passwd"


def plain_word_file(path: Path, text: str = "A harmless paragraph.") -> Path:
    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


def document_bomb(path: Path, unpacked_mb: int = 300) -> Path:
    """A Word file whose document.xml unpacks to ``unpacked_mb`` MB of paragraphs
    (a few hundred KB packed), streamed into the zip a chunk at a time."""
    template = plain_word_file(path.with_name(path.stem + "-template.docx"))
    with zipfile.ZipFile(template) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                target.writestr(item.filename, source.read(item))
        with target.open("word/document.xml", "w") as part:
            part.write(DOCUMENT_HEAD)
            chunk = PARAGRAPH * (MIB // len(PARAGRAPH) + 1)
            for _ in range(unpacked_mb):
                part.write(chunk[:MIB])
            part.write(DOCUMENT_TAIL)
    template.unlink()
    return path


def lying_bomb(path: Path) -> Path:
    """A Word file whose document.xml says it holds 2 KB and unpacks to 64 MB: its
    size in the zip's directory is rewritten to lie."""
    document_bomb(path, unpacked_mb=64)
    data = bytearray(path.read_bytes())
    # The central directory's entry (signature PK\1\2), its unpacked size at offset 24.
    entry = data.rfind(b"PK\x01\x02", 0, data.rfind(b"word/document.xml"))
    struct.pack_into("<I", data, entry + 24, 2048)
    path.write_bytes(bytes(data))
    return path


def entity_attack(path: Path, part: str) -> Path:
    """A Word file whose ``part`` declares the billion laughs before its root."""
    plain_word_file(path)
    if part == "word/footnotes.xml":
        _add_footnotes_part(path)

    def poisoned(name: str, data: bytes) -> bytes:
        if name != part:
            return data
        head, _, rest = data.partition(b"?>")
        return head + b"?>" + LAUGHS + rest if rest else LAUGHS + data

    rewrite_package(path, poisoned)
    return path


def outside_entity(path: Path) -> Path:
    """A Word file whose document.xml asks for a file of the machine (XXE)."""
    plain_word_file(path)

    def poisoned(name: str, data: bytes) -> bytes:
        if name != "word/document.xml":
            return data
        head, _, rest = data.partition(b"?>")
        declared = f'<!DOCTYPE w:document [<!ENTITY secret SYSTEM "{SECRET}">]>'.encode()
        return head + b"?>" + declared + rest.replace(b"<w:body>", b"<w:body>&secret;", 1)

    rewrite_package(path, poisoned)
    return path


def _add_footnotes_part(path: Path) -> None:
    footnotes = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 b'<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                 b'2006/main"><w:footnote w:id="1"><w:p><w:r><w:t>Note.</w:t></w:r></w:p>'
                 b'</w:footnote></w:footnotes>')
    relationship = (b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
    content_type = (b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')

    def added(name: str, data: bytes) -> bytes:
        if name == "word/_rels/document.xml.rels":
            return data.replace(b"</Relationships>", relationship + b"</Relationships>")
        if name == "[Content_Types].xml":
            return data.replace(b"</Types>", content_type + b"</Types>")
        return data

    rewrite_package(path, added)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/footnotes.xml", footnotes)


def outside_references(path: Path) -> Path:
    """A Word file that links a picture from the machine's disk and from the web, has a
    hyperlink out, and a part named to climb out of any folder it is unpacked in."""
    plain_word_file(path, "Before the links.")
    picture = (
        b'<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        b'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        b'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        b'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        b'<w:r><w:drawing><wp:inline><wp:extent cx="914400" cy="914400"/>'
        b'<wp:docPr id="7" name="Linked" descr="A linked map"/><a:graphic><a:graphicData '
        b'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
        b'<pic:nvPicPr><pic:cNvPr id="7" name="Linked"/><pic:cNvPicPr/></pic:nvPicPr>'
        b'<pic:blipFill><a:blip r:link="rIdDisk"/></pic:blipFill><pic:spPr/></pic:pic>'
        b'</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
        b'<w:hyperlink r:id="rIdWeb"><w:r><w:t>After the links.</w:t></w:r></w:hyperlink>'
        b'</w:p>')
    relationships = (
        f'<Relationship Id="rIdDisk" Type="http://schemas.openxmlformats.org/officeDocument/'
        f'2006/relationships/image" Target="{SECRET}" TargetMode="External"/>'
        '<Relationship Id="rIdWeb" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/hyperlink" Target="http://198.51.100.7/track.png" '
        'TargetMode="External"/>').encode()

    def linked(name: str, data: bytes) -> bytes:
        if name == "word/document.xml":
            return data.replace(b"<w:sectPr", picture + b"<w:sectPr", 1)
        if name == "word/_rels/document.xml.rels":
            return data.replace(b"</Relationships>", relationships + b"</Relationships>")
        return data

    rewrite_package(path, linked)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("../../../../tmp/briefing-studio-escaped.xml", b"<x/>")
    return path


def deep_json(path: Path, depth: int = 100_000) -> Path:
    path.write_text('{"format": "briefing-studio", "version": 1, "sections": '
                    + "[" * depth + "]" * depth + "}", encoding="utf-8")
    return path


def many_sections_json(path: Path, count: int = 1_000_000) -> Path:
    with path.open("w", encoding="utf-8") as out:
        out.write('{"format": "briefing-studio", "version": 1, "meta": {"title": "Many"}, '
                  '"sections": [')
        out.write(", ".join(['{"heading": "S", "blocks": []}'] * count))
        out.write("]}")
    return path


def deep_markdown(path: Path, depth: int = 100_000) -> Path:
    path.write_text("> " * depth + "quoted\n\n" + "- " * depth + "listed\n\n"
                    + "[" * depth + "link" + "]" * depth + "\n", encoding="utf-8")
    return path


def long_line_text(path: Path, megabytes: int = 20) -> Path:
    path.write_text("Headline of a long story\n\n" + "word " * (megabytes * MIB // 5) + "\n",
                    encoding="utf-8")
    return path
