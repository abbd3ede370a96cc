"""Reading an exported DOCX back as Word would: styles, numbering, fields, properties."""

import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def body_text(document) -> str:
    """Every piece of text in the body, including tables inside content controls."""
    return " ".join(t.text for t in document.element.body.iter(W + "t") if t.text)


def part_xml(path: Path, prefix: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode("utf-8") for name in archive.namelist()
                       if name.startswith(prefix))


def numbering_format(document, paragraph) -> str:
    """The numFmt (bullet, decimal) that Word uses for a list paragraph."""
    num_pr = paragraph._p.find(f"{W}pPr/{W}numPr")
    if num_pr is None:
        num_pr = paragraph.style.element.find(f"{W}pPr/{W}numPr")
    num_id = num_pr.find(f"{W}numId").get(qn("w:val"))
    numbering = document.part.numbering_part.element
    num = next(n for n in numbering.findall(f"{W}num") if n.get(qn("w:numId")) == num_id)
    abstract_id = num.find(f"{W}abstractNumId").get(qn("w:val"))
    abstract = next(a for a in numbering.findall(f"{W}abstractNum")
                    if a.get(qn("w:abstractNumId")) == abstract_id)
    return abstract.find(f"{W}lvl/{W}numFmt").get(qn("w:val"))


def list_paragraphs(document, style: str):
    return [p for p in document.paragraphs if p.style.name == style]


def open_docx(path: Path):
    return docx.Document(str(path))
