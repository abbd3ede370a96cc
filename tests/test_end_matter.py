"""A letter's heading lines, subject, signature, attachments and distribution: where a
Turkish or a UK reader expects them in both outputs, nothing of them when they are
empty, and read back from our DOCX. Read with tools we did not write: poppler
(text per page, and where each word stands), python-docx, LibreOffice."""

import json
import re
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as WordParagraph
from pypdf import PdfReader

from briefing_studio import fileformat
from briefing_studio.errors import BriefingFileError
from briefing_studio.exporters.docx import write_docx
from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.importers.docx import import_docx
from briefing_studio.model import Briefing, Metadata, Paragraph, Section, Signatory
from briefing_studio.options import ExportOptions
from briefing_studio.style import available_styles, load_style

from .libreoffice import libreoffice_pdfs, needs_libreoffice
from .pdf_reading import needs_poppler, poppler_text, word_boxes


def letter(**meta) -> Briefing:
    fields = dict(
        title="Sınır kapıları görüşmesi", language="tr-TR", reference="E-48213-010.01-77",
        subject="Sınır kapıları hk.", date="2026-12-01", contents="off",
        heading_lines=["T.C.", "DIŞİŞLERİ BAKANLIĞI", "Güvenlik Politikaları Genel Müdürlüğü"],
        signatory=Signatory(name="Ayşe KARACA", title="Genel Müdür", on_behalf_of="Bakan"),
        attachments=["Toplantı gündemi (2 sayfa)", "Katılımcı listesi (1 sayfa)"],
        distribution=["İçişleri Bakanlığına", "Hatay Valiliğine"])
    fields.update(meta)
    return Briefing(meta=Metadata(**fields), sections=[
        Section("", [Paragraph("İlgi yazı ile bildirilen görüşmeye ilişkin notlar sunulur.")]),
        Section("Değerlendirme", [Paragraph("Kapılarda bekleme süresi iki güne çıktı.")]),
        Section("Gündem", [Paragraph("Görüşmenin gündem maddeleri.")], annex=True),
    ])


def exported(tmp_path, briefing: Briefing, style: str = "tr-resmi", name: str = "letter"):
    options = ExportOptions(style=load_style(style))
    pdf, docx_path = tmp_path / f"{name}.pdf", tmp_path / f"{name}.docx"
    write_pdf(briefing, pdf, options)
    write_docx(briefing, docx_path, options)
    return pdf, docx_path


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def in_order(lines: list[str], *wanted: str) -> bool:
    """Whether each wanted line is there, after the one before it; a list item's
    number before it or not (poppler reads it on the item's line or a line of its own)."""
    lines = [re.sub(r"^\d+\.\s+(?=\S)", "", line) for line in lines]
    position = 0
    for line in wanted:
        try:
            position = lines.index(line, position) + 1
        except ValueError:
            return False
    return True


# ---------------------------------------------------------------- the PDF


@needs_poppler
def test_a_turkish_letter_reads_in_the_order_of_the_rules(tmp_path):
    pdf, _ = exported(tmp_path, letter())
    pages = poppler_text(pdf).split("\f")
    first = lines_of(pages[0])
    assert first[:3] == ["T.C.", "DIŞİŞLERİ BAKANLIĞI", "Güvenlik Politikaları Genel Müdürlüğü"]
    # "Konu" beside "Sayı": the row right under it.
    at = first.index("Sayı")
    assert first[at:at + 4] == ["Sayı", "E-48213-010.01-77", "Konu", "Sınır kapıları hk."]
    assert in_order(first, "Kapılarda bekleme süresi iki güne çıktı.",
                    "Ayşe KARACA", "Bakan a.", "Genel Müdür",
                    "Ek:", "Toplantı gündemi (2 sayfa)", "Katılımcı listesi (1 sayfa)",
                    "Dağıtım:", "İçişleri Bakanlığına", "Hatay Valiliğine")
    assert re.search(r"Ek:\s+1\.\s+Toplantı[^:]+2\.\s+Katılımcı", " ".join(first))  # numbered
    # The end matter closes the body: the annex comes after it, on a page of its own.
    assert "Gündem" not in pages[0] and lines_of(pages[1])[0] == "Ek-1: Gündem"


@needs_poppler
def test_heading_lines_are_centred_and_the_signature_stands_on_the_right(tmp_path):
    pdf, _ = exported(tmp_path, letter())
    boxes = word_boxes(pdf, 1)
    width = 595.3  # A4
    left = {word: (x0, x1) for word, x0, x1 in boxes}
    tc_middle = sum(left["T.C."]) / 2 / width
    text_middle = (25 + (210 - 25 - 15) / 2) / 210  # tr-resmi's margins: 25 mm and 15 mm
    assert abs(tc_middle - text_middle) < 0.02
    assert left["KARACA"][0] / width > 0.55  # the right half of the text
    assert left["Ek:"][0] / width < 0.2  # the lists at the left margin


@needs_poppler
def test_an_english_signature_signs_for_someone_after_the_title(tmp_path):
    briefing = letter(language="en-GB", signatory=Signatory(
        name="Jane Holt", title="Head of Borders Unit", on_behalf_of="the Permanent Secretary"),
        attachments=["Agenda"], distribution=["Home Office"])
    pdf, _ = exported(tmp_path, briefing, style="submission")
    text = lines_of(poppler_text(pdf))
    assert in_order(text, "Jane Holt", "Head of Borders Unit",
                    "On behalf of the Permanent Secretary", "Attachments: Agenda",
                    "Distribution: Home Office")
    at = text.index("Reference")
    assert text[at + 2:at + 4] == ["Subject", "Sınır kapıları hk."]
    boxes = word_boxes(pdf, 1)
    assert next(x0 for word, x0, _ in boxes if word == "Jane") / 595.3 < 0.2  # left


@needs_poppler
def test_more_than_five_attachments_have_a_page_of_their_own(tmp_path):
    many = [f"Ek belge {number}" for number in range(1, 8)]
    pdf, _ = exported(tmp_path, letter(attachments=many))
    pages = [lines_of(page) for page in poppler_text(pdf).split("\f")]
    assert "Ek: Ek Listesi" in pages[0] and "Ek belge 1" not in " ".join(pages[0])
    assert pages[1][0] == "EK LİSTESİ"
    assert in_order(pages[1], *(f"Ek belge {n}" for n in range(1, 8)))
    assert in_order(pages[1], *(f"{n}." for n in range(1, 8)))
    assert pages[2][0] == "Ek-1: Gündem"  # the annexes after the list


@needs_poppler
@pytest.mark.parametrize("style", available_styles())
def test_empty_end_matter_prints_nothing_in_either_output(tmp_path, style):
    briefing = letter(subject="", heading_lines=["", " "], signatory=Signatory(),
                      attachments=[], distribution=[""])
    pdf, docx_path = exported(tmp_path, briefing, style=style)
    text = poppler_text(pdf)
    for word in ("T.C.", "Konu", "Ek:", "Dağıtım", "Bakan a."):
        assert word not in text
    body = "\n".join(text for text, _ in word_paragraphs(docx_path))
    assert "Dağıtım" not in body and "Ek:" not in body
    xml = zipfile.ZipFile(docx_path).read("word/document.xml").decode()
    assert "End matter" not in xml and "Heading lines" not in xml


# ---------------------------------------------------------------- the DOCX


def word_paragraphs(path) -> list[tuple[str, str]]:
    """(text, style name) of every paragraph of the body, those in content controls too
    (python-docx's own list leaves them out), in reading order."""
    document = docx.Document(str(path))
    body = document.element.body
    return [("".join(t.text or "" for t in p.iter(qn("w:t"))),
             WordParagraph(p, document._body).style.name) for p in body.iter(qn("w:p"))]


def test_the_docx_holds_the_end_matter_as_word_paragraphs(tmp_path):
    _, docx_path = exported(tmp_path, letter())
    paragraphs = [(text, style) for text, style in word_paragraphs(docx_path) if text]
    texts = [text for text, _ in paragraphs]
    assert texts[:3] == ["T.C.", "DIŞİŞLERİ BAKANLIĞI", "Güvenlik Politikaları Genel Müdürlüğü"]
    assert in_order(texts, "Kapılarda bekleme süresi iki güne çıktı.", "Ayşe KARACA",
                    "Bakan a.", "Genel Müdür", "Ek:", "Toplantı gündemi (2 sayfa)",
                    "Katılımcı listesi (1 sayfa)", "Dağıtım:", "İçişleri Bakanlığına",
                    "Hatay Valiliğine", "Ek-1: Gündem")
    styles = dict(paragraphs)
    assert styles["Ayşe KARACA"] == "Signature" and styles["T.C."] == "Letterhead"
    assert styles["Toplantı gündemi (2 sayfa)"] == "List Number"  # Word numbers them


@needs_libreoffice
def test_libreoffice_shows_the_letter_as_the_pdf_does(tmp_path):
    _, docx_path = exported(tmp_path, letter())
    [seen] = libreoffice_pdfs(tmp_path, [docx_path])
    pages = [lines_of(page) for page in poppler_text(seen).split("\f")]
    assert pages[0][:3] == ["T.C.", "DIŞİŞLERİ BAKANLIĞI",
                            "Güvenlik Politikaları Genel Müdürlüğü"]
    assert in_order(pages[0], "Ayşe KARACA", "Bakan a.", "Genel Müdür", "Ek:",
                    "Toplantı gündemi (2 sayfa)", "Dağıtım:", "Hatay Valiliğine")
    assert re.search(r"Ek:\s+1\.\s+Toplantı", " ".join(pages[0]))  # Word numbers them
    assert pages[1][0] == "Ek-1: Gündem"
    boxes = word_boxes(seen, 1)
    assert next(x0 for word, x0, _ in boxes if word == "KARACA") / 595.3 > 0.55


@pytest.mark.parametrize("count", [2, 7])
def test_our_docx_reads_back_as_the_letter_it_was(tmp_path, count):
    original = letter(attachments=[f"Belge {n}" for n in range(1, count + 1)])
    _, docx_path = exported(tmp_path, original)
    read = import_docx(docx_path)
    for field in ("subject", "heading_lines", "signatory", "attachments", "distribution",
                  "reference"):
        assert getattr(read.meta, field) == getattr(original.meta, field), field
    assert [s.heading for s in read.sections] == ["", "Değerlendirme", "Gündem"]
    assert read.sections[2].annex
    # Nothing of the end matter became body text.
    body = " ".join(read.words())
    assert "Dağıtım" not in body and "KARACA" not in body and "Listesi" not in body


def test_what_a_colleague_typed_beside_the_fields_is_kept_as_text(tmp_path):
    _, docx_path = exported(tmp_path, letter())
    document = docx.Document(str(docx_path))
    # Typed in Word after the distribution, inside the end matter's control but outside
    # its list: a note the importer cannot put in a field.
    control = next(sdt for sdt in document.element.body.iter(qn("w:sdt"))
                   if sdt.find(f"{qn('w:sdtPr')}/{qn('w:tag')}").get(qn("w:val")) == "End matter")
    control.find(qn("w:sdtContent")).append(
        docx.oxml.parse_xml('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml'
                            '/2006/main"><w:r><w:t>Gereği rica olunur.</w:t></w:r></w:p>'))
    document.save(str(docx_path))
    read = import_docx(docx_path)
    assert "Gereği rica olunur." in " ".join(read.words())
    assert read.meta.distribution == ["İçişleri Bakanlığına", "Hatay Valiliğine"]


# ---------------------------------------------------------------- the file


def test_the_end_matter_is_saved_under_the_design_keys_and_only_when_filled(tmp_path):
    path = tmp_path / "letter.briefing"
    fileformat.save(letter(), path)
    saved = fileformat.loads(path.read_text(encoding="utf-8"))
    assert saved.meta == letter().meta
    meta = json.loads(path.read_text(encoding="utf-8"))["meta"]
    assert meta["signatory"] == {"name": "Ayşe KARACA", "title": "Genel Müdür",
                                 "on_behalf_of": "Bakan"}
    assert meta["heading_lines"][0] == "T.C." and meta["subject"] == "Sınır kapıları hk."
    fileformat.save(Briefing(meta=Metadata(title="Plain")), path)
    plain = json.loads(path.read_text(encoding="utf-8"))["meta"]
    assert not {"subject", "heading_lines", "signatory", "attachments",
                "distribution"} & plain.keys()


def test_a_newer_signatory_key_survives_a_load_and_save(tmp_path):
    text = ('{"format": "briefing-studio", "version": 1, "meta": {"title": "T", '
            '"signatory": {"name": "A", "seal": "round"}}, "sections": []}')
    briefing = fileformat.loads(text)
    assert briefing.meta.signatory.name == "A"
    assert '"seal": "round"' in fileformat.dumps(briefing)


@pytest.mark.parametrize(("meta", "place"), [
    ('"distribution": "İçişleri"', "meta.distribution"),
    ('"attachments": ["a", 2]', "meta.attachments[1]"),
    ('"signatory": {"name": 7}', "meta.signatory.name"),
    ('"signatory": "Ayşe"', "meta.signatory"),
])
def test_a_bad_end_matter_value_names_its_place(meta, place):
    text = f'{{"format": "briefing-studio", "version": 1, "meta": {{{meta}}}, "sections": []}}'
    with pytest.raises(BriefingFileError) as error:
        fileformat.loads(text, "letter.briefing")
    assert place in str(error.value) and "letter.briefing" in str(error.value)


def test_the_subject_is_the_documents_subject_in_both_files(tmp_path):
    pdf, docx_path = exported(tmp_path, letter())
    assert PdfReader(pdf).metadata.subject == "Sınır kapıları hk."
    assert docx.Document(str(docx_path)).core_properties.subject == "Sınır kapıları hk."
