"""What a PDF says about itself, read with poppler, pypdf and lxml: a tag of its own on
every font subset, and document information that the XMP packet repeats exactly."""

import datetime
import re
import subprocess
import time

import pytest
from lxml import etree
from pypdf import PdfReader
from reportlab import rl_config

from briefing_studio.exporters.pdf import write_pdf
from briefing_studio.model import Briefing, Metadata, Paragraph, Section
from briefing_studio.options import ExportOptions
from tests.pdf_reading import needs_poppler

XMP_NAMESPACES = {"xmp": "http://ns.adobe.com/xap/1.0/", "bs": "urn:briefing-studio:xmp:1.0",
                  "dc": "http://purl.org/dc/elements/1.1/"}


def export(tmp_path, briefing, name="out.pdf", **options):
    path = tmp_path / name
    write_pdf(briefing, path, ExportOptions(**options))
    return path


def briefing(text="Taraflar **Görüşmeleri** sürdürdü; heyet دمشق şehrine gitti.", **meta):
    fields = {"title": "Su Görüşmeleri", "subtitle": "İlk tur", "prepared_by": "Elif Demir",
              "classification": "GİZLİ", "reference": "BRF-7", "date": "2026-11-24"} | meta
    return Briefing(meta=Metadata(**fields),
                    sections=[Section(heading="Sınır", blocks=[Paragraph(text)])])


def subset_names(path) -> list[str]:
    """The name of every font subset, from poppler's listing (one line per font object)."""
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    return [line.split()[0] for line in listing]


def xmp(path) -> etree._Element:
    stream = PdfReader(path).trailer["/Root"]["/Metadata"].get_object()
    return etree.fromstring(stream.get_data())


def xmp_text(path, name: str) -> str | None:
    return xmp(path).findtext(f".//{name}", namespaces=XMP_NAMESPACES)


@pytest.fixture
def time_zone(monkeypatch):
    def use(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


@needs_poppler
def test_every_font_subset_has_a_tag_of_its_own(tmp_path):
    names = subset_names(export(tmp_path, briefing()))
    # Regular and bold Liberation Sans, and Noto Sans Arabic at least.
    assert len(names) >= 3
    assert any("NotoSansArabic" in name for name in names)
    tags = [name.partition("+")[0] for name in names]
    assert all(re.fullmatch("[A-Z]{6}", tag) for tag in tags), names
    assert len(set(tags)) == len(tags), names


@needs_poppler
def test_the_subsets_of_one_font_have_tags_of_their_own(tmp_path):
    # A subset holds at most 256 characters: Latin, Greek and Cyrillic make two.
    letters = "".join(map(chr, [*range(0xC0, 0x180), *range(0x391, 0x3AA), *range(0x3B1, 0x3CA),
                                *range(0x410, 0x450)]))
    names = subset_names(export(tmp_path, briefing(text=letters)))
    assert len([name for name in names if name.endswith("+LiberationSans")]) >= 2
    tags = [name.partition("+")[0] for name in names]
    assert len(set(tags)) == len(tags), names


def test_the_same_briefing_gives_the_same_file(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200")
    first = export(tmp_path, briefing(), name="first.pdf")
    second = export(tmp_path, briefing(), name="second.pdf")
    assert first.read_bytes() == second.read_bytes()


def test_document_information_and_xmp_say_the_same(tmp_path):
    path = export(tmp_path, briefing())
    reader = PdfReader(path)
    info, packet = reader.metadata, reader.xmp_metadata
    assert (info.title, info.author, info.subject) == ("Su Görüşmeleri", "Elif Demir", "İlk tur")
    assert packet.dc_title == {"x-default": info.title}
    assert packet.dc_creator == [info.author]
    assert packet.dc_description == {"x-default": info.subject}
    assert packet.pdf_keywords == info["/Keywords"] == "GİZLİ, Briefing Note, BRF-7"
    assert packet.xmp_creator_tool == info.creator
    assert info.creator.startswith("Briefing Studio")
    assert packet.pdf_producer == info.producer
    assert xmp_text(path, "bs:Classification") == info["/Classification"] == "GİZLİ"


def test_dates_agree_to_the_second_and_the_time_zone(tmp_path, time_zone):
    # India is 5 h 30 ahead: reportlab's own dates drop the 30 minutes.
    time_zone("IST-5:30")
    path = export(tmp_path, briefing())
    info = PdfReader(path).metadata
    created = datetime.datetime.fromisoformat(xmp_text(path, "xmp:CreateDate"))
    modified = datetime.datetime.fromisoformat(xmp_text(path, "xmp:ModifyDate"))
    assert created == info.creation_date and modified == info.modification_date
    india = datetime.timedelta(hours=5, minutes=30)
    assert created.utcoffset() == info.creation_date.utcoffset() == india
    assert abs(created - datetime.datetime.now(datetime.UTC)) < datetime.timedelta(minutes=5)
    assert xmp_text(path, "xmp:MetadataDate") == xmp_text(path, "xmp:CreateDate")


@pytest.mark.parametrize("fix_the_instant, instant", [
    (lambda monkeypatch: monkeypatch.setattr(rl_config, "invariant", 1), "2000-01-01T00:00:00"),
    (lambda monkeypatch: monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764547200"),
     "2025-12-01T00:00:00"),
], ids=["invariant", "source-date-epoch"])
def test_a_fixed_instant_dates_both_alike(tmp_path, monkeypatch, fix_the_instant, instant):
    fix_the_instant(monkeypatch)
    path = export(tmp_path, briefing())
    expected = datetime.datetime.fromisoformat(instant + "+00:00")
    assert PdfReader(path).metadata.creation_date == expected
    for name in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
        assert datetime.datetime.fromisoformat(xmp_text(path, name)) == expected


def test_an_empty_author_is_left_out_of_both(tmp_path):
    path = export(tmp_path, briefing(prepared_by=""))
    reader = PdfReader(path)
    assert "/Author" not in reader.metadata
    assert xmp(path).find(".//dc:creator", namespaces=XMP_NAMESPACES) is None
    assert reader.xmp_metadata.dc_title == {"x-default": "Su Görüşmeleri"}


def test_an_unclassified_briefing_has_the_same_metadata_without_a_classification(tmp_path):
    path = export(tmp_path, briefing(classification=""))
    reader = PdfReader(path)
    info, packet = reader.metadata, reader.xmp_metadata
    assert packet is not None, "no XMP packet in an unclassified PDF"
    assert (packet.dc_creator, packet.xmp_creator_tool) == ([info.author], info.creator)
    assert packet.xmp_create_date == info.creation_date.astimezone(datetime.UTC).replace(
        tzinfo=None)
    assert "/Classification" not in info
    assert xmp_text(path, "bs:Classification") is None
