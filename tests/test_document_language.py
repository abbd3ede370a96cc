"""A document prints its furniture in its own language and says which language that is:
a Turkish briefing reads "Yüksek", "Brifing Notu", "Tablo 1", "Sayfa 1 / 3" and the
Turkish title-block labels, and declares tr-TR where Word's status bar and a PDF
reader's document properties look."""

import re
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree
from pypdf import PdfReader

from briefing_studio import fileformat
from briefing_studio.cli import main
from briefing_studio.exporters import FORMATS
from briefing_studio.model import (
    Briefing,
    Bullet,
    BulletList,
    Metadata,
    Paragraph,
    Priority,
    Section,
    Table,
)
from briefing_studio.options import ExportOptions
from briefing_studio.style import load_style
from tests.pdf_reading import needs_poppler

TURKISH_FURNITURE = ("Yüksek", "Orta", "Düşük", "Brifing Notu", "Tablo 1:", "Sayı", "Tarih",
                     "Kime", "Hazırlayan", "Onaylayan", "Kurum", "Kaynak", "Sürüm",
                     "24 Kasım 2026")
ENGLISH_FURNITURE = ("High", "Medium", "Low", "Briefing Note", "Table", "Page", "Reference",
                     "Date", "Prepared for", "Prepared by", "Approved by", "Organisation",
                     "Source", "Version", "November", "of")
TITLE_BLOCK = dict(reference="DİŞ-2026/417", date="2026-11-24", prepared_for="Dışişleri Bakanı",
                   prepared_by="Elif Demir, Güneydoğu Masası", approved_by="Kerem Aydın",
                   organisation="Dışişleri Bakanlığı", source="Heyet raporları",
                   version_label="Taslak 2")
PROSE = ("Dicle ve Fırat üzerindeki mevsimlik akışlar son yıllarda azaldı ve aşağı havzadaki "
         "çiftçiler hasatlarının düştüğünü bildiriyor. İki hükümet de daha öngörülebilir bir "
         "bırakma takvimi ve daha iyi paylaşılan veriler istedi. Heyetler ölçüm yöntemlerini "
         "karşılaştırdı ve ortak bir teknik komite kurulmasını önerdi.")


def turkish_briefing() -> Briefing:
    """Three pages of Turkish: every title-block field, a bullet of each priority, a
    captioned table, the document type left at the default."""
    bullets = BulletList(items=[
        Bullet(text="Yaz bırakma takvimi sulama mevsiminden önce kararlaştırılmalı.",
               label="Barajlar", priority=Priority.HIGH),
        Bullet(text="Sınırdaki üç ölçüm istasyonunun günlük verileri paylaşılmalı.",
               label="Akış verisi", priority=Priority.MEDIUM),
        Bullet(text="Iraklı hidrologlar için Ankara'da kısa kurslar açılmalı.",
               label="Eğitim", priority=Priority.LOW),
    ])
    table = Table(header=["Konu", "Mevcut durum"], caption="Başlıca sorunlar",
                  rows=[["Yaz bırakmaları", "Her yıl kısa sürede belirleniyor"],
                        ["Akış ölçümü", "İki tarafta farklı yöntemler"]])
    return Briefing(
        meta=Metadata(title="Bölgesel Su ve Enerji Görüşmeleri", language="tr-TR",
                      subtitle="Ankara'daki ilk teknik turun özeti", **TITLE_BLOCK),
        sections=[Section(heading="Görüşülen başlıca konular", blocks=[bullets, table]),
                  Section(heading="Arka plan", blocks=[Paragraph(PROSE) for _ in range(24)])],
    )


def export(briefing: Briefing, tmp_path: Path, options: ExportOptions | None = None):
    options = options or ExportOptions()
    pdf, word = tmp_path / "note.pdf", tmp_path / "note.docx"
    FORMATS["pdf"].write(briefing, pdf, options)
    FORMATS["docx"].write(briefing, word, options)
    return pdf, word


def page_texts(pdf: Path) -> list[str]:
    """Each page's text as poppler reads it."""
    pages = len(PdfReader(pdf).pages)
    return [subprocess.run(["pdftotext", "-enc", "UTF-8", "-f", str(n), "-l", str(n), str(pdf),
                            "-"], capture_output=True, text=True, check=True).stdout
            for n in range(1, pages + 1)]


def docx_text(path: Path) -> str:
    """Every text of the document a reader sees: body (title block included), headers
    and footers, each paragraph on its own line."""
    lines = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", name):
                root = etree.fromstring(archive.read(name))
                lines += ["".join(t.text or "" for t in p.iter(qn("w:t")))
                          for p in root.iter(qn("w:p"))]
    return "\n".join(lines)


def english_words_in(text: str) -> list[str]:
    return [word for word in ENGLISH_FURNITURE if re.search(rf"\b{word}\b", text)]


def docx_language(path: Path) -> tuple[str, str]:
    """The language of the styles' defaults (Word's status bar) and of the core properties."""
    document = docx.Document(str(path))
    defaults = document.styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    return lang.get(qn("w:val")), document.core_properties.language


def pdf_language(path: Path) -> tuple[str, list[str]]:
    """The catalog's /Lang and the XMP's dc:language."""
    reader = PdfReader(path)
    return str(reader.trailer["/Root"]["/Lang"]), list(reader.xmp_metadata.dc_language)


def exit_status(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as stop:  # argparse's way out
        return stop.code


# ---------------------------------------------------------------- a Turkish document


@pytest.fixture(scope="module")
def turkish_outputs(tmp_path_factory):
    return export(turkish_briefing(), tmp_path_factory.mktemp("turkish"))


@needs_poppler
def test_a_turkish_pdf_prints_every_furniture_word_in_turkish(turkish_outputs):
    text = "\n".join(page_texts(turkish_outputs[0]))
    assert [word for word in TURKISH_FURNITURE if word not in text] == []
    assert english_words_in(text) == []


@needs_poppler
def test_every_page_of_a_turkish_pdf_says_sayfa_n_of_m(turkish_outputs):
    pages = page_texts(turkish_outputs[0])
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert f"Sayfa {number} / {len(pages)}" in text


def test_a_turkish_docx_prints_every_furniture_word_in_turkish(turkish_outputs):
    text = docx_text(turkish_outputs[1])
    assert [word for word in TURKISH_FURNITURE if word not in text] == []
    assert english_words_in(text) == []


def test_a_turkish_docx_numbers_pages_and_tables_in_turkish_with_fields(turkish_outputs):
    document = docx.Document(str(turkish_outputs[1]))
    footer = document.sections[0].footer._element
    instructions = [i.text.strip() for i in footer.iter(qn("w:instrText"))]
    texts = "".join(t.text for t in footer.iter(qn("w:t")))
    assert instructions == ["PAGE", "NUMPAGES"]
    assert texts.endswith("Sayfa 1 / 1")  # the fields' last shown values, until Word updates
    caption = next(p for p in document.paragraphs if p.style.name == "Caption")
    assert caption.text == "Tablo 1: Başlıca sorunlar"


def test_a_turkish_document_declares_turkish_in_both_outputs(turkish_outputs):
    pdf, word = turkish_outputs
    assert pdf_language(pdf) == ("tr-TR", ["tr-TR"])
    assert docx_language(word) == ("tr-TR", "tr-TR")


# ---------------------------------------------------------------- English, the default


@needs_poppler
def test_an_english_briefing_prints_english_and_declares_en_gb(tmp_path):
    briefing = turkish_briefing()
    briefing.meta.language = ""  # the house style's
    pdf, word = export(briefing, tmp_path)
    pages = page_texts(pdf)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
    for text in ("\n".join(pages), docx_text(word)):
        for english in ("High", "Medium", "Low", "Briefing Note", "Table 1:", "Reference",
                        "Prepared for", "Version", "24 November 2026"):
            assert english in text
        assert not re.search(r"\b(Yüksek|Orta|Düşük|Brifing|Tablo|Sayfa|Sayı|Hazırlayan)\b", text)
    assert pdf_language(pdf) == ("en-GB", ["en-GB"])
    assert docx_language(word) == ("en-GB", "en-GB")


# ---------------------------------------------------------------- the command line


@needs_poppler
def test_the_language_option_prints_an_english_file_in_turkish(tmp_path):
    source = tmp_path / "talks.briefing"
    briefing = turkish_briefing()
    briefing.meta.language = "en-GB"
    fileformat.save(briefing, source)
    pdf, word = tmp_path / "out.pdf", tmp_path / "out.docx"
    assert exit_status(["export", str(source), "--pdf", str(pdf), "--docx", str(word),
                        "--language", "tr-TR"]) == 0
    text = "\n".join(page_texts(pdf))
    assert [word for word in TURKISH_FURNITURE if word not in text] == []
    assert english_words_in(text) == []
    assert pdf_language(pdf) == ("tr-TR", ["tr-TR"])
    assert docx_language(word) == ("tr-TR", "tr-TR")
    assert fileformat.load(source).meta.language == "en-GB"  # the file itself is unchanged


@pytest.mark.parametrize("tag", ["turkish", "tr_TR", "x", ""])
def test_a_bad_language_tag_is_one_line_and_exit_2(tmp_path, capsys, tag):
    source = tmp_path / "talks.briefing"
    fileformat.save(turkish_briefing(), source)
    pdf = tmp_path / "out.pdf"
    assert exit_status(["export", str(source), "--pdf", str(pdf), "--language", tag]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1, lines
    assert repr(tag) in lines[0] and "language tag" in lines[0]
    assert not pdf.exists()


# ---------------------------------------------------------------- a house style's own words


@needs_poppler
def test_the_turkish_official_style_numbers_pages_one_slash_three(tmp_path):
    pdf, word = export(turkish_briefing(), tmp_path, ExportOptions(style=load_style("tr-resmi")))
    pages = page_texts(pdf)
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert re.search(rf"(?<![\d/]){number}/{len(pages)}(?![\d/])", text), text[-200:]
        assert "Sayfa" not in text
    footer = docx.Document(str(word)).sections[0].footer._element
    assert "".join(t.text for t in footer.iter(qn("w:t"))).endswith("1/1")
    assert "24.11.2026" in "\n".join(pages)  # the style's own date format
